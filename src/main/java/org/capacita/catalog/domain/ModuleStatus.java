package org.capacita.catalog.domain;

/** Where a module is in its life: written, offered to learners, withdrawn. */
public enum ModuleStatus {
  DRAFT,
  PUBLISHED,
  RETIRED
}
