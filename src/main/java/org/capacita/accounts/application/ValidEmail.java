package org.capacita.accounts.application;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A plausible e-mail address: one {@code @}, a dot in the domain, no spaces, at most 254. */
@NotBlank
@Size(max = 254)
@Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
public @interface ValidEmail {
  String message() default "{account.email.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
