package nl.wams.verslag.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wams.verslag.domain.Momentopname;
import nl.wams.verslag.domain.VerslagStatus;
import nl.wams.verslag.service.VerslagService;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The report, or one participant's part of it, as a PDF (Apache PDFBox): the same content as the
 * JSON - who took part and the agreements - laid out on A4 pages.
 */
@ApplicationScoped
public class VerslagPdf {

  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));
  private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d-M-yyyy");

  public byte[] verslag(VerslagService.Versie versie) {
    Momentopname inhoud = versie.inhoud();
    Schrijver pdf = new Schrijver("Verslag casusoverleg");
    pdf.kop("Verslag casusoverleg");
    algemeen(pdf, versie);
    pdf.tussenkop("Afspraken");
    afspraken(pdf, inhoud.afspraken(), true);
    return pdf.klaar();
  }

  public byte[] deel(VerslagService.Deel deel) {
    Momentopname.Deelnemer deelnemer = deel.deel().deelnemer();
    Schrijver pdf = new Schrijver("Verslag casusoverleg - deel " + deelnemer.organisatie());
    pdf.kop("Verslag casusoverleg");
    pdf.regel("Deel voor: " + deelnemer.organisatie() + " (" + deelnemer.rol() + ")", true);
    algemeen(pdf, deel.versie());
    pdf.tussenkop("Afspraken voor " + deelnemer.organisatie());
    afspraken(pdf, deel.deel().afspraken(), false);
    return pdf.klaar();
  }

  private static void algemeen(Schrijver pdf, VerslagService.Versie versie) {
    Momentopname inhoud = versie.inhoud();
    pdf.regel("Overleg: " + inhoud.overleg(), false);
    pdf.regel("Gemeente: " + inhoud.gemeentecode(), false);
    Optional.ofNullable(inhoud.gehoudenOp())
        .ifPresent(g -> pdf.regel("Gehouden op: " + MOMENT.format(g), false));
    String status =
        versie.versie().status() == VerslagStatus.VASTGESTELD
            ? "vastgesteld op " + versie.versie().vastgesteldOp().map(MOMENT::format).orElse("?")
            : "concept, niet vastgesteld";
    pdf.regel("Versie " + versie.versie().nummer() + ": " + status, false);
    pdf.tussenkop("Deelnemers");
    for (Momentopname.Deelnemer d : inhoud.deelnemers()) {
      String aanwezig =
          d.aanwezig() == null
              ? ""
              : Boolean.TRUE.equals(d.aanwezig()) ? ", aanwezig" : ", afwezig";
      pdf.opsomming(d.organisatie() + " - " + d.rol() + " (" + d.domein() + ")" + aanwezig);
    }
  }

  private static void afspraken(
      Schrijver pdf, List<Momentopname.Afspraak> afspraken, boolean metPartij) {
    if (afspraken.isEmpty()) {
      pdf.regel("Geen afspraken.", false);
    }
    for (Momentopname.Afspraak a : afspraken) {
      String partij = metPartij ? a.organisatie() + ": " : "";
      pdf.opsomming(partij + a.omschrijving() + " (uiterlijk " + DATUM.format(a.deadline()) + ")");
    }
  }

  /** A simple flowing layout: lines wrapped to the page width, new pages as needed. */
  private static final class Schrijver {
    private static final float MARGE = 56;
    private static final float GROOTTE = 10.5f;
    private static final float REGELAFSTAND = 14.5f;

    private final PDDocument document = new PDDocument();
    private final PDType1Font normaal = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font vet = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream stroom;
    private float y;

    Schrijver(String titel) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(titel);
      info.setProducer("Wams verslag");
      info.setCreationDate(
          java.util.GregorianCalendar.from(Instant.now().atZone(ZoneId.of("UTC"))));
      nieuwePagina();
    }

    void kop(String tekst) {
      schrijf(tekst, vet, 16, MARGE, 22);
    }

    void tussenkop(String tekst) {
      y -= 6;
      schrijf(tekst, vet, 12.5f, MARGE, 18);
    }

    void regel(String tekst, boolean nadruk) {
      schrijf(tekst, nadruk ? vet : normaal, GROOTTE, MARGE, REGELAFSTAND);
    }

    void opsomming(String tekst) {
      schrijf("- " + tekst, normaal, GROOTTE, MARGE + 8, REGELAFSTAND);
    }

    private void schrijf(String tekst, PDType1Font font, float grootte, float x, float afstand) {
      float breedte = PDRectangle.A4.getWidth() - MARGE - x;
      for (String regel : afbreken(veilig(tekst, font), font, grootte, breedte)) {
        if (y - afstand < MARGE) {
          nieuwePagina();
        }
        y -= afstand;
        try {
          stroom.beginText();
          stroom.setFont(font, grootte);
          stroom.newLineAtOffset(x, y);
          stroom.showText(regel);
          stroom.endText();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    private static List<String> afbreken(
        String tekst, PDType1Font font, float grootte, float breedte) {
      List<String> regels = new ArrayList<>();
      StringBuilder regel = new StringBuilder();
      for (String woord : tekst.split("\\s+")) {
        String kandidaat = regel.isEmpty() ? woord : regel + " " + woord;
        if (!regel.isEmpty() && breedte(kandidaat, font, grootte) > breedte) {
          regels.add(regel.toString());
          regel = new StringBuilder(woord);
        } else {
          regel = new StringBuilder(kandidaat);
        }
      }
      regels.add(regel.toString());
      return regels;
    }

    private static float breedte(String tekst, PDType1Font font, float grootte) {
      try {
        return font.getStringWidth(tekst) / 1000 * grootte;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The standard fonts encode WinAnsi only; anything else becomes '?' rather than fail. */
    private static String veilig(String tekst, PDType1Font font) {
      StringBuilder uit = new StringBuilder(tekst.length());
      tekst
          .codePoints()
          .forEach(
              c -> {
                String teken = Character.isWhitespace(c) ? " " : Character.toString(c);
                try {
                  font.encode(teken);
                  uit.append(teken);
                } catch (IOException | IllegalArgumentException e) {
                  uit.append('?');
                }
              });
      return uit.toString();
    }

    private void nieuwePagina() {
      try {
        if (stroom != null) {
          stroom.close();
        }
        PDPage pagina = new PDPage(PDRectangle.A4);
        document.addPage(pagina);
        stroom = new PDPageContentStream(document, pagina);
        y = PDRectangle.A4.getHeight() - MARGE;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    byte[] klaar() {
      try (document) {
        stroom.close();
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        document.save(uit);
        return uit.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
