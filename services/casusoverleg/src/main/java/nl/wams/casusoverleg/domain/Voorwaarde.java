package nl.wams.casusoverleg.domain;

/** The three cumulative conditions of further processing outside the overleg (WAMS.md §4). */
public enum Voorwaarde {
  NOODZAKELIJK_VOOR_EIGEN_TAAK,
  INSTEMMING_VERSTREKKER,
  BEVOEGD_VOLGENS_DOMEINWET
}
