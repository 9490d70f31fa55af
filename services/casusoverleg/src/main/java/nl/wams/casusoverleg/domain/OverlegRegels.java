package nl.wams.casusoverleg.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rules of organising a casusoverleg (003 table 4.3, art. 4.3.3: the organiser establishes the
 * necessity of each participant, invites the client and/or their representatives, records the
 * agreements):
 *
 * <ul>
 *   <li>an identified overleg names its procedure, an anonymous one never ({@link AnoniemRegels});
 *   <li>every participant has a recorded, non-blank necessity; an organisation takes part once;
 *   <li>an identified overleg is recorded as held only after someone was invited (the client, a
 *       representative or a cliëntondersteuner), on a day not in the future, with at least one
 *       participant present; attendance names participants and invitations of this overleg;
 *   <li>an agreement names a participant of this overleg as the party that carries it out.
 * </ul>
 */
public final class OverlegRegels {

  public static final String NIET_LEEG = "leeg";
  public static final String ONBEKEND = "onbekend";

  private OverlegRegels() {}

  static List<Regelovertreding> controleerPlanning(OverlegInvoer invoer) {
    List<Regelovertreding> overtredingen = new ArrayList<>();
    boolean anoniem = invoer.soort() == OverlegSoort.ANONIEM;
    if (anoniem && invoer.procedure() != null) {
      overtredingen.add(AnoniemRegels.geenProcedure());
    }
    if (!anoniem && invoer.procedure() == null) {
      overtredingen.add(
          new Regelovertreding(
              "procedure",
              "required",
              "Een geïdentificeerd overleg noemt de URL van de procedure bij onderzoek."));
    }
    niet(leeg(invoer.onderwerp()), "onderwerp", overtredingen);
    if (anoniem) {
      overtredingen.addAll(
          AnoniemRegels.controleerTeksten(Map.of("onderwerp", invoer.onderwerp())));
    }
    return overtredingen;
  }

  static List<Regelovertreding> controleerDeelnemer(
      DeelnemerInvoer invoer, List<Deelnemer> deelnemers, boolean anoniem) {
    List<Regelovertreding> overtredingen = new ArrayList<>();
    niet(leeg(invoer.organisatie()), "organisatie", overtredingen);
    niet(leeg(invoer.rol()), "rol", overtredingen);
    if (leeg(invoer.noodzaak())) {
      overtredingen.add(
          new Regelovertreding(
              "noodzaak",
              "noodzaak-ontbreekt",
              "Leg vast waarom de deelname van deze partij noodzakelijk is."));
    }
    if (!leeg(invoer.organisatie())
        && deelnemers.stream().anyMatch(d -> d.isOrganisatie(invoer.organisatie()))) {
      overtredingen.add(
          new Regelovertreding(
              "organisatie", "al-deelnemer", "Deze organisatie neemt al deel aan dit overleg."));
    }
    if (anoniem) {
      Map<String, String> teksten = new LinkedHashMap<>();
      teksten.put("organisatie", invoer.organisatie());
      teksten.put("rol", invoer.rol());
      teksten.put("noodzaak", invoer.noodzaak());
      overtredingen.addAll(AnoniemRegels.controleerTeksten(teksten));
    }
    return overtredingen;
  }

  static List<Regelovertreding> controleerUitnodiging(UitnodigingInvoer invoer, boolean anoniem) {
    List<Regelovertreding> overtredingen = new ArrayList<>();
    if (anoniem) {
      overtredingen.add(AnoniemRegels.geenUitnodiging());
    }
    if (invoer.naam() != null) {
      niet(leeg(invoer.naam()), "naam", overtredingen);
    }
    return overtredingen;
  }

  static List<Regelovertreding> controleerAfronding(
      AfrondingInvoer invoer,
      boolean anoniem,
      List<Deelnemer> deelnemers,
      List<Uitnodiging> uitnodigingen,
      LocalDate vandaag) {
    List<Regelovertreding> overtredingen = new ArrayList<>();
    if (Kalender.dag(invoer.gehoudenOp()).isAfter(vandaag)) {
      overtredingen.add(
          new Regelovertreding(
              "gehoudenOp",
              "in-de-toekomst",
              "Een overleg kan niet in de toekomst gehouden zijn."));
    }
    List<UUID> deelnemerIds = deelnemers.stream().map(Deelnemer::id).toList();
    if (!deelnemerIds.containsAll(invoer.aanwezigeDeelnemers())) {
      overtredingen.add(
          new Regelovertreding(
              "aanwezigeDeelnemers",
              ONBEKEND,
              "Niet elke genoemde deelnemer hoort bij dit overleg."));
    }
    List<UUID> uitnodigingIds = uitnodigingen.stream().map(Uitnodiging::id).toList();
    if (!uitnodigingIds.containsAll(invoer.aanwezigeUitgenodigden())) {
      overtredingen.add(
          new Regelovertreding(
              "aanwezigeUitgenodigden",
              ONBEKEND,
              "Niet elke genoemde uitnodiging hoort bij dit overleg."));
    }
    if (!anoniem && uitnodigingen.isEmpty()) {
      overtredingen.add(
          new Regelovertreding(
              "uitnodigingen",
              "uitnodiging-ontbreekt",
              "Nodig de cliënt en/of een vertegenwoordiger of cliëntondersteuner uit, en leg dat vast,"
                  + " voordat het overleg als gehouden wordt vastgelegd."));
    }
    return overtredingen;
  }

  static List<Regelovertreding> controleerAfspraak(
      AfspraakInvoer invoer, List<Deelnemer> deelnemers, boolean anoniem) {
    List<Regelovertreding> overtredingen = new ArrayList<>();
    niet(leeg(invoer.omschrijving()), "omschrijving", overtredingen);
    if (InbrengRegels.zoek(deelnemers, invoer.partij()).isEmpty()) {
      overtredingen.add(
          new Regelovertreding("partij", ONBEKEND, "De partij is geen deelnemer van dit overleg."));
    }
    if (anoniem) {
      overtredingen.addAll(
          AnoniemRegels.controleerTeksten(Map.of("omschrijving", invoer.omschrijving())));
    }
    return overtredingen;
  }

  static void niet(boolean leeg, String veld, List<Regelovertreding> overtredingen) {
    if (leeg) {
      overtredingen.add(new Regelovertreding(veld, NIET_LEEG, "Dit veld is leeg."));
    }
  }

  static boolean leeg(String tekst) {
    return tekst == null || tekst.isBlank();
  }
}
