package nl.wams.onderzoek.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.wams.onderzoek.contract.model.BeperktOnderdeel;
import nl.wams.onderzoek.contract.model.InzageBeperking;
import nl.wams.onderzoek.contract.model.Procedure;

/**
 * The dossier as the client (role {@code inwoner}) sees it: items a caseworker withheld are left
 * out, and only their kind and general ground are listed in {@code beperkteOnderdelen}. Neither the
 * content nor the recorded reason reaches the client.
 */
public final class InwonerWeergave {

  private InwonerWeergave() {}

  public static Procedure van(Procedure dossier) {
    List<BeperktOnderdeel> beperkt = new ArrayList<>();
    dossier.setProblemen(
        zichtbaar(
            dossier.getProblemen(),
            p -> p.getInzageBeperking(),
            BeperktOnderdeel.SoortEnum.PROBLEEM,
            beperkt));
    dossier.setInterventies(
        zichtbaar(
            dossier.getInterventies(),
            i -> i.getInzageBeperking(),
            BeperktOnderdeel.SoortEnum.INTERVENTIE,
            beperkt));
    dossier.setGegevensverzoeken(
        zichtbaar(
            dossier.getGegevensverzoeken(),
            v -> v.getInzageBeperking(),
            BeperktOnderdeel.SoortEnum.GEGEVENSVERZOEK,
            beperkt));
    dossier.setBeperkteOnderdelen(beperkt);
    return dossier;
  }

  private static <T> List<T> zichtbaar(
      List<T> onderdelen,
      Function<T, InzageBeperking> beperking,
      BeperktOnderdeel.SoortEnum soort,
      List<BeperktOnderdeel> beperkt) {
    List<T> zichtbaar = new ArrayList<>();
    for (T onderdeel : onderdelen == null ? List.<T>of() : onderdelen) {
      InzageBeperking b = beperking.apply(onderdeel);
      if (b == null) {
        zichtbaar.add(onderdeel);
      } else {
        beperkt.add(new BeperktOnderdeel().soort(soort).grond(b.getGrond()));
      }
    }
    return zichtbaar;
  }
}
