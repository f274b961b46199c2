/** Issuing, rendering, signing, reading, revoking and verifying certificates. */
package org.capacita.certificates.application;
