package org.capacita.people.importing;

import java.io.Serializable;

/** What is wrong with one row of an imported file, in the user's language. */
public record RowError(long row, String field, String message) implements Serializable {}
