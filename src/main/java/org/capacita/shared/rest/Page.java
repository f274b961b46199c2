package org.capacita.shared.rest;

import java.util.List;

/** A page of a list that can grow: {@code {"items": [...], "total": N}}. */
public record Page<T>(List<T> items, long total) {}
