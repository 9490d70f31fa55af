package nl.wams.commons.apicontract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class PublicUrlsTest {

  private static final String PREFIX = "http://localhost:8082/onderzoek/v1/procedures/";

  @Test
  void readsTheUuidThatEndsACanonicalUrl() {
    UUID id = UUID.randomUUID();
    assertThat(PublicUrls.uuidNa(PREFIX, PREFIX + id)).contains(id);
  }

  @Test
  void anotherPrefixAnotherPathOrNoUuidIsEmpty() {
    UUID id = UUID.randomUUID();
    assertThat(PublicUrls.uuidNa(PREFIX, "http://elders/onderzoek/v1/procedures/" + id)).isEmpty();
    assertThat(PublicUrls.uuidNa(PREFIX, PREFIX + id + "/problemen")).isEmpty();
    assertThat(PublicUrls.uuidNa(PREFIX, PREFIX + "geen-uuid")).isEmpty();
    assertThat(PublicUrls.uuidNa(PREFIX, null)).isEmpty();
  }
}
