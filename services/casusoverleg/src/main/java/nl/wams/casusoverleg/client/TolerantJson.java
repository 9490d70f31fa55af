package nl.wams.casusoverleg.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;

/**
 * The JSON reader of the onderzoek client: the service's own mapper (dates, modules), but ignoring
 * fields it does not know. The service itself rejects unknown fields in requests it receives; as a
 * client it must keep working when onderzoek adds a field in a compatible version.
 */
class TolerantJson implements ContextResolver<ObjectMapper> {

  private final ObjectMapper mapper;

  TolerantJson(ObjectMapper serviceMapper) {
    this.mapper =
        serviceMapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  }

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return mapper;
  }
}
