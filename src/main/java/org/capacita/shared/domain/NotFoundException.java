package org.capacita.shared.domain;

/** The thing asked for does not exist, or is outside the caller's reach (no existence leak). */
public class NotFoundException extends BusinessRuleException {

  private static final long serialVersionUID = 1L;

  public NotFoundException() {
    super("error.notFound");
  }
}
