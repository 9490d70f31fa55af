package nl.wams.coordinatie.service;

import nl.wams.coordinatie.domain.Aanpak;

/** The aanpak of a procedure, and whether this call created it or found it. */
public record Aanmaak(Aanpak aanpak, boolean nieuw) {}
