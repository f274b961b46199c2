package org.capacita.scheduling.domain;

/** Fired inside the cancelling transaction, so that enrolled people can be told. */
public record WorkshopCancelled(Workshop workshop) {}
