/**
 * What the features' generated documents share: the embedded DejaVu fonts, the cleaning of typed
 * text before it is printed, and QR codes.
 */
package org.capacita.infrastructure.documents;
