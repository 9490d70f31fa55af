package nl.wams.meldpunt.domain;

/** De sociaal-domeinwetten die de Wams wijzigt. */
public enum SdWet {
  WMO,
  JEUGDWET,
  PARTICIPATIEWET,
  WGS
}
