package org.capacita.people.domain;

/** Fired inside the undo's transaction: features move back the records the merge noted. */
public record MergeUndone(PersonMerge merge) {}
