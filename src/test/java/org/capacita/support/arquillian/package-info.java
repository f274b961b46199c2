/**
 * Arquillian set-up of the test client: one Payara Micro per test run. Never packed into a test
 * deployment (the server has no Arquillian client classes).
 */
package org.capacita.support.arquillian;
