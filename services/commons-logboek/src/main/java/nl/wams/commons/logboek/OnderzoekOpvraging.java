package nl.wams.commons.logboek;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.wams.commons.apicontract.PublicUrls;

/**
 * One call of onderzoek's {@code GET /procedures/{uuid}/betrokkenen} ({@code
 * getProcedureBetrokkenen}) with the service's own token, read as JSON: the BSNs it answers, the
 * betrokkene first. Anything but a 200 with a readable body throws, so {@link OnderzoekBetrokkenen}
 * answers 503 and discloses nothing.
 */
public final class OnderzoekOpvraging implements OnderzoekBetrokkenen.Opvraging {

  private final String procedures;
  private final Duration leestijd;
  private final Supplier<String> bearer;
  private final ObjectMapper json;
  private final HttpClient http;

  /**
   * @param onderzoek the base URL the service calls, including the base path
   * @param bearer the {@code Authorization} value, e.g. {@code DienstToken::bearer}
   */
  public OnderzoekOpvraging(
      URI onderzoek,
      Duration verbindtijd,
      Duration leestijd,
      Supplier<String> bearer,
      ObjectMapper json) {
    this.procedures = PublicUrls.zonderSlash(onderzoek.toString()) + "/procedures/";
    this.leestijd = leestijd;
    this.bearer = bearer;
    this.json = json;
    this.http = HttpClient.newBuilder().connectTimeout(verbindtijd).build();
  }

  @Override
  public Collection<String> bsns(UUID procedure) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(procedures + procedure + "/betrokkenen"))
            .timeout(leestijd)
            .header("Accept", "application/json")
            .header("Authorization", bearer.get())
            .GET()
            .build();
    HttpResponse<byte[]> antwoord;
    try {
      antwoord = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("onderzoek unreachable or too slow", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking onderzoek", e);
    }
    if (antwoord.statusCode() != 200) {
      throw new IllegalStateException("onderzoek answered " + antwoord.statusCode());
    }
    try {
      List<String> bsns = new ArrayList<>();
      for (JsonNode betrokkene : json.readTree(antwoord.body()).path("betrokkenen")) {
        JsonNode bsn = betrokkene.path("bsn");
        bsns.add(bsn.isTextual() ? bsn.asText() : null);
      }
      return bsns;
    } catch (IOException e) {
      throw new IllegalStateException("onderzoek's answer is not readable", e);
    }
  }
}
