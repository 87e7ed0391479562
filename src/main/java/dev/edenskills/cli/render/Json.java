package dev.edenskills.cli.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The one JSON mapper: records serialize by their components, maps keep insertion order. JSON view
 * types hold no {@code Optional} (absent values are null or omitted).
 */
public final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          // CONTRACT field names are snake_case (skill_id, elapsed_ms); records stay camelCase.
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private Json() {}

  public static String write(Object document) {
    try {
      return MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + document.getClass().getName(), e);
    }
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
