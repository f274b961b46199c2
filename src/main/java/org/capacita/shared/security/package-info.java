/**
 * Who is calling, as every feature needs it: the roles, the signed-in {@link
 * org.capacita.shared.security.Caller} and the accounts other features may look up. The accounts
 * feature owns accounts and implements {@link org.capacita.shared.security.AccountDirectory}; the
 * interface lives here so that features beside or below accounts (people, scheduling) ask without
 * importing it.
 */
package org.capacita.shared.security;
