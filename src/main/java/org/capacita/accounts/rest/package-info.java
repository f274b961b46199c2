/** REST endpoints for tokens and accounts. */
package org.capacita.accounts.rest;
