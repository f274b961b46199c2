package org.capacita.completion.domain;

/** Fired in the transaction that records a new completion (never for a repeat). */
public record CompletionRecorded(long completionId, long personId, String moduleCode) {}
