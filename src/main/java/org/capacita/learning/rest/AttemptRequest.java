package org.capacita.learning.rest;

/** Which test to sit: {@code PRE} or {@code POST}. */
public record AttemptRequest(String kind) {}
