package org.capacita.shared.rest.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON-B the API reads and writes bodies with (Jersey asks a {@code ContextResolver<Jsonb>}
 * first): the container's, with default settings, whose parsers refuse a number that does not fit
 * its field instead of truncating it.
 */
@Provider
public class StrictJsonBinding implements ContextResolver<Jsonb> {

  private final Jsonb jsonb =
      JsonbBuilder.newBuilder()
          .withProvider(new ExactNumbersProvider(JsonProvider.provider()))
          .build();

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
