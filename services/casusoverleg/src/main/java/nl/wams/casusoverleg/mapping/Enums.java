package nl.wams.casusoverleg.mapping;

/** Enum constants share their names in the contract's model and the domain. */
public final class Enums {

  private Enums() {}

  public static <E extends Enum<E>> E map(Enum<?> value, Class<E> target) {
    return value == null ? null : Enum.valueOf(target, value.name());
  }
}
