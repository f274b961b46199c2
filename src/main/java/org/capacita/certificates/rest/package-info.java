/** The certificate and verification endpoints of the REST API. */
package org.capacita.certificates.rest;
