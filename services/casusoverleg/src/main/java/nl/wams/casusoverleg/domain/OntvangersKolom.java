package nl.wams.casusoverleg.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** Stores {@link Ontvangers} in one text column: the ids separated by commas, empty for none. */
@Converter
public class OntvangersKolom implements AttributeConverter<Ontvangers, String> {

  @Override
  public String convertToDatabaseColumn(Ontvangers ontvangers) {
    return ontvangers == null
        ? ""
        : ontvangers.ids().stream().map(UUID::toString).collect(Collectors.joining(","));
  }

  @Override
  public Ontvangers convertToEntityAttribute(String kolom) {
    if (kolom == null || kolom.isEmpty()) {
      return Ontvangers.alle();
    }
    return new Ontvangers(Arrays.stream(kolom.split(",")).map(UUID::fromString).toList());
  }
}
