package nl.wams.verslag.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Where the accountability report reads its sources (onderzoek, casusoverleg), fail-closed. */
public interface Verantwoordingsbronnen {

  /** The canonical URL of a procedure at onderzoek. */
  URI procedureUrl(UUID procedure);

  /** The procedure (its municipality and gegevensverzoeken are used). */
  JsonNode procedure(UUID procedure);

  /** Every overleg about the procedure that the caller may read. */
  List<JsonNode> overleggen(URI procedure);

  /** The further-processing requests of an overleg. */
  List<JsonNode> verzoeken(UUID overleg);
}
