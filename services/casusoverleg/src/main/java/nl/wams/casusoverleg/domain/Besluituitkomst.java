package nl.wams.casusoverleg.domain;

/** The decision on a request for further processing; open while an answer is missing. */
public enum Besluituitkomst {
  OPEN,
  TOEGESTAAN,
  GEWEIGERD
}
