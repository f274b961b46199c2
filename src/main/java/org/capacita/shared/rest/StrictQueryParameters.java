package org.capacita.shared.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;
import org.capacita.shared.domain.InvalidInputException;

/**
 * Reads every numeric and boolean query parameter with {@link QueryValues}, so that a malformed or
 * out-of-range value is a 400 naming the parameter. Without it Jersey answered {@code ?page=abc}
 * with a 404, let {@code ?minScore=NaN} through, and read {@code ?partial=yes} as false. Path
 * parameters keep Jersey's reading: one that is not a number names no resource (404).
 */
@Provider
public class StrictQueryParameters implements ParamConverterProvider {

  @Override
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = queryParameter(annotations);
    Function<String, Object> reader = name == null ? null : reader(rawType, name);
    return reader == null ? null : new Strict<>(reader);
  }

  private static Function<String, Object> reader(Class<?> type, String name) {
    if (type == int.class || type == Integer.class) {
      return text ->
          (int) QueryValues.wholeNumber(name, text, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
    if (type == long.class || type == Long.class) {
      return text -> QueryValues.wholeNumber(name, text, Long.MIN_VALUE, Long.MAX_VALUE);
    }
    if (type == double.class || type == Double.class) {
      return text -> QueryValues.finiteNumber(name, text);
    }
    if (type == boolean.class || type == Boolean.class) {
      return text -> QueryValues.flag(name, text);
    }
    return null;
  }

  private static String queryParameter(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof QueryParam query) {
        return query.value();
      }
    }
    return null;
  }

  /**
   * A refusal leaves as a {@code BadRequestException}: Jersey passes those on as they are, while
   * any other exception becomes its own 404. The mappers answer the cause.
   */
  private static final class Strict<T> implements ParamConverter<T> {

    private final Function<String, Object> reader;

    Strict(Function<String, Object> reader) {
      this.reader = reader;
    }

    @Override
    @SuppressWarnings("unchecked") // the reader returns the parameter's type, boxed
    public T fromString(String text) {
      if (text == null) {
        // JAX-RS: an absent parameter without a default; Jersey then injects its default value
        throw new IllegalArgumentException("no value");
      }
      try {
        return (T) reader.apply(text);
      } catch (InvalidInputException refused) {
        throw new BadRequestException(refused);
      }
    }

    @Override
    public String toString(T value) {
      return String.valueOf(value);
    }
  }
}
