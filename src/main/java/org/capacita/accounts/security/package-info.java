/** Authentication for pages (form and session) and for the API (bearer tokens). */
package org.capacita.accounts.security;
