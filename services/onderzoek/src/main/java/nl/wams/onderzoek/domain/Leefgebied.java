package nl.wams.onderzoek.domain;

/** The life areas in which problems are established. */
public enum Leefgebied {
  FINANCIEN,
  WERK_EN_DAGBESTEDING,
  HUISVESTING,
  GEZONDHEID,
  OPVOEDING_EN_GEZIN,
  ONDERWIJS,
  VEILIGHEID,
  SOCIAAL_NETWERK,
  ZELFREDZAAMHEID
}
