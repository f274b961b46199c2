package org.capacita.people.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A list of person ids a request names: present and at most 100,000 long. A composed constraint
 * because Payara's OpenAPI generator fails on a bare {@code @Size} on a record component (a 500
 * from {@code /openapi}).
 */
@NotNull
@Size(max = DuplicatesAmongResource.MAX_PEOPLE)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
public @interface PersonIdList {
  String message() default "{people.ids.tooMany}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
