package nl.wams.onderzoek.domain;

/**
 * The only grounds on which a caseworker may withhold an item from the client's inzage (000 ch. 4,
 * WAMS.md §6): it would harm the client's own interest, or a third party must be protected.
 */
public enum InzageBeperkingGrond {
  BELANG_CLIENT,
  BESCHERMING_DERDE
}
