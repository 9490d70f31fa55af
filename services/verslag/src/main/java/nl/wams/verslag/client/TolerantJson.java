package nl.wams.verslag.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;

/** The JSON reader of the source clients: ignores fields a source adds in a compatible version. */
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
