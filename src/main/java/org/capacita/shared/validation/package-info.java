/**
 * Composed Bean Validation constraints shared by features. Records and services use these rather
 * than the standard constraints directly, with messages from {@code ValidationMessages}.
 */
package org.capacita.shared.validation;
