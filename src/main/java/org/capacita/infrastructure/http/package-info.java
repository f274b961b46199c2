/**
 * Start-ups that never go deaf: this instance asks its own HTTP listener for an answer, reports it
 * in {@code /health/ready}, and ends the JVM when the listener does not answer after start-up.
 */
package org.capacita.infrastructure.http;
