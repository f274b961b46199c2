package org.capacita.reports.domain;

/**
 * A person behind a report's number: their id, name and institution as the registry holds them now,
 * and how many of the cell's completions are theirs.
 */
public record DrillPerson(long id, String name, String institution, long completions) {}
