package org.capacita.people.domain;

/**
 * Fired inside the merge's transaction: features that keep records of persons (enrolments,
 * attendance, certificates) move the duplicate's records to the survivor and note each one on the
 * merge, so that {@link MergeUndone} can move them back.
 */
public record PersonsMerged(PersonMerge merge) {}
