package nl.wams.coordinatie.mapping;

/** Enum constants share their names in the contract's model and the domain. */
final class Enums {

  private Enums() {}

  static <E extends Enum<E>> E map(Enum<?> value, Class<E> target) {
    return value == null ? null : Enum.valueOf(target, value.name());
  }
}
