/** Outgoing e-mail through Jakarta Mail, sent after the transaction that asked for it commits. */
package org.capacita.infrastructure.mail;
