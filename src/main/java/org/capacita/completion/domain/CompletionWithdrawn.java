package org.capacita.completion.domain;

/**
 * Fired in the transaction that removes a completion: a re-opened workshop closed again without the
 * person reaching its rule (certificates issued for it are for their feature to revoke).
 */
public record CompletionWithdrawn(long completionId, long personId, String moduleCode) {}
