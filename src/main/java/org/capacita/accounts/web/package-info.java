/**
 * Pages for signing in and out, registration, password reset, settings and account administration.
 */
package org.capacita.accounts.web;
