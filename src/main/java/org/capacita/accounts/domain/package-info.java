/**
 * Accounts, their roles (the roles themselves are {@code shared.security}), API tokens, e-mailed
 * links and sign-in throttling.
 */
package org.capacita.accounts.domain;
