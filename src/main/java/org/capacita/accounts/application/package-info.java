/** Account use cases: sign-in, API tokens, registration, password reset, administration. */
package org.capacita.accounts.application;
