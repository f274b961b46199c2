/**
 * Certificates: issued once per completion from the completion's own copy of the facts (never from
 * attendance or today's registry), numbered from a counter row, with a random verification code;
 * rendered once as a signed PDF (PAdES) and stored with its SHA-256, so a later template or name
 * change never alters an issued one; revoked, expired or superseded; verified by anyone. Floor 4:
 * it may use completion, scheduling, accounts, people, catalog, infrastructure and shared; nothing
 * uses it.
 */
package org.capacita.certificates;
