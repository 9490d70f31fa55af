package nl.wams.onderzoek.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wams.onderzoek.domain.Procedure;

/**
 * The thin change events of onderzoek, written in the changing transaction. They carry the
 * procedure's URL and no personal data; consumers fetch what they need from the source.
 */
@ApplicationScoped
public class ProcedureEvents {

  void gestart(Procedure procedure) {}

  void conclusieVastgesteld(Procedure procedure) {}
}
