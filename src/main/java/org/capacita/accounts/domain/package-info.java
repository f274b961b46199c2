/** Accounts, roles, API tokens, e-mailed links and sign-in throttling. */
package org.capacita.accounts.domain;
