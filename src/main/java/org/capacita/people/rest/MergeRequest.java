package org.capacita.people.rest;

import jakarta.validation.constraints.NotNull;

/** The body of {@code POST /api/v1/people/{id}/merge}. */
public class MergeRequest {

  @NotNull private Long duplicateId;

  public Long duplicateId() {
    return duplicateId;
  }

  public Long getDuplicateId() {
    return duplicateId;
  }

  public void setDuplicateId(Long duplicateId) {
    this.duplicateId = duplicateId;
  }
}
