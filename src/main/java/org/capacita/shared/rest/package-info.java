/** The REST API's activation and its RFC 9457 problem answers. */
package org.capacita.shared.rest;
