package org.capacita.certificates.application;

/** Fired in the transaction that queued a certificate's mail: the sender wakes after the commit. */
public record CertificateMailQueued(long certificateId) {}
