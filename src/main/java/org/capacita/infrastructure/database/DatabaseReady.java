package org.capacita.infrastructure.database;

/** Fired once at start-up when the schema is migrated and the database can be used. */
public record DatabaseReady() {}
