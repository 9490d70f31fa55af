package nl.wams.inzage.api;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.wams.inzage.contract.model.InzageVerzoek;
import nl.wams.inzage.contract.model.KlachtAard;
import nl.wams.inzage.contract.model.VerzoekSoort;
import nl.wams.inzage.contract.model.VerzoekStatus;
import nl.wams.inzage.domain.Klacht;
import nl.wams.inzage.domain.Verzoek;

/** Requests and complaints as the contract shows them. */
public final class Weergaven {

  private Weergaven() {}

  public static InzageVerzoek verzoek(Verzoek v, URI url, Instant nu) {
    return new InzageVerzoek()
        .url(url)
        .uuid(v.id())
        .kenmerk(v.kenmerk())
        .soort(VerzoekSoort.valueOf(v.soort().name()))
        .gemeentecode(v.gemeentecode())
        .procedure(v.procedure())
        .toelichting(v.toelichting())
        .status(VerzoekStatus.valueOf(v.status().name()))
        .ontvangenOp(tijd(v.ontvangenOp()))
        .uiterlijkOp(v.uiterlijkOp())
        .teLaat(v.teLaat(nu))
        .afgehandeldOp(tijd(v.afgehandeldOp()))
        .reactie(v.reactie());
  }

  public static nl.wams.inzage.contract.model.Klacht klacht(Klacht k, URI url) {
    return new nl.wams.inzage.contract.model.Klacht()
        .url(url)
        .uuid(k.id())
        .kenmerk(k.kenmerk())
        .aard(KlachtAard.valueOf(k.aard().name()))
        .gemeentecode(k.gemeentecode())
        .procedure(k.procedure())
        .omschrijving(k.omschrijving())
        .indiener(nl.wams.inzage.contract.model.Klacht.IndienerEnum.valueOf(k.indiener().name()))
        .familielid(k.familielid())
        .status(VerzoekStatus.valueOf(k.status().name()))
        .ingediendOp(tijd(k.ingediendOp()))
        .afgehandeldOp(tijd(k.afgehandeldOp()))
        .reactie(k.reactie());
  }

  public static OffsetDateTime tijd(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
