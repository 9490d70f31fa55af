package nl.wams.inzage.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import nl.wams.commons.security.Caller;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The copy of the resident's data (AVG art. 15 lid 3): every dossier as they see it, their requests
 * and complaints; as JSON, and the same content as a plain PDF (PDFBox, one line per field).
 */
@ApplicationScoped
public class Kopie {

  private final Dossiers dossiers;
  private final RechtenService rechten;
  private final ObjectMapper json;

  Kopie(Dossiers dossiers, RechtenService rechten, ObjectMapper json) {
    this.dossiers = dossiers;
    this.rechten = rechten;
    this.json = json;
  }

  public ObjectNode json(
      Caller caller,
      String token,
      java.util.function.Function<Object, Object> verzoek,
      java.util.function.Function<Object, Object> klacht) {
    ObjectNode kopie = json.createObjectNode();
    kopie.put("gemaaktOp", rechten.nu().toString());
    caller.bsn().ifPresent(b -> kopie.put("bsn", b));
    ArrayNode lijst = kopie.putArray("dossiers");
    for (JsonNode p : dossiers.overzicht(token).path("procedures")) {
      lijst.add(dossiers.dossier(token, p.path("uuid").asText()));
    }
    ArrayNode verzoeken = kopie.putArray("verzoeken");
    rechten
        .verzoeken(caller, null, null, 1, 100)
        .items()
        .forEach(v -> verzoeken.add(json.valueToTree(verzoek.apply(v))));
    ArrayNode klachten = kopie.putArray("klachten");
    rechten
        .klachten(caller, null, 1, 100)
        .items()
        .forEach(k -> klachten.add(json.valueToTree(klacht.apply(k))));
    return kopie;
  }

  public byte[] pdf(ObjectNode kopie) {
    List<String> regels = new ArrayList<>();
    regels.add("Kopie van uw gegevens (Wams) - gemaakt op " + kopie.path("gemaaktOp").asText());
    regels.add("");
    schrijf(kopie, "", regels);
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      float marge = 50;
      float regelhoogte = 13;
      PDPageContentStream tekst = null;
      float y = 0;
      for (String regel : regels) {
        for (String stuk : breek(winAnsi(regel), 95)) {
          if (tekst == null || y < marge) {
            if (tekst != null) {
              tekst.endText();
              tekst.close();
            }
            PDPage pagina = new PDPage(PDRectangle.A4);
            pdf.addPage(pagina);
            tekst = new PDPageContentStream(pdf, pagina);
            tekst.beginText();
            tekst.setFont(font, 10);
            y = PDRectangle.A4.getHeight() - marge;
            tekst.newLineAtOffset(marge, y);
          }
          tekst.showText(stuk);
          tekst.newLineAtOffset(0, -regelhoogte);
          y -= regelhoogte;
        }
      }
      if (tekst != null) {
        tekst.endText();
        tekst.close();
      }
      pdf.getDocumentInformation().setTitle("Kopie van uw gegevens");
      pdf.save(uit);
      return uit.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void schrijf(JsonNode node, String inspringing, List<String> regels) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> velden = node.fields();
      while (velden.hasNext()) {
        Map.Entry<String, JsonNode> veld = velden.next();
        if (veld.getValue().isValueNode()) {
          regels.add(inspringing + veld.getKey() + ": " + veld.getValue().asText());
        } else {
          regels.add(inspringing + veld.getKey() + ":");
          schrijf(veld.getValue(), inspringing + "  ", regels);
        }
      }
    } else if (node.isArray()) {
      int i = 1;
      for (JsonNode item : node) {
        if (item.isValueNode()) {
          regels.add(inspringing + "- " + item.asText());
        } else {
          regels.add(inspringing + "#" + i++);
          schrijf(item, inspringing + "  ", regels);
        }
      }
    }
  }

  private static List<String> breek(String regel, int breedte) {
    List<String> stukken = new ArrayList<>();
    String rest = regel;
    while (rest.length() > breedte) {
      stukken.add(rest.substring(0, breedte));
      rest = "    " + rest.substring(breedte);
    }
    stukken.add(rest);
    return stukken;
  }

  /** Helvetica (a standard font) knows WinAnsi only; anything else becomes '?'. */
  private static String winAnsi(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      b.append(c < 256 && c >= 32 ? c : (c == '\t' ? ' ' : '?'));
    }
    return b.toString();
  }
}
