package nl.wams.casusoverleg.domain;

/** A broken Wams rule on input: which field, a machine code and the reason in plain Dutch. */
public record Regelovertreding(String veld, String code, String reden) {}
