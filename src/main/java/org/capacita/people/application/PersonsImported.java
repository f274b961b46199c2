package org.capacita.people.application;

/** Fired when an import stored new persons; observers act once its transaction has committed. */
public record PersonsImported(long created) {}
