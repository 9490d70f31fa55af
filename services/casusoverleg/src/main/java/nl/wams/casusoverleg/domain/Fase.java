package nl.wams.casusoverleg.domain;

/**
 * When the overleg is held: during the onderzoek (organised by the municipality, an onderzoeker) or
 * during the execution of the coordinated approach (organised by the coordinator).
 */
public enum Fase {
  ONDERZOEK,
  UITVOERING
}
