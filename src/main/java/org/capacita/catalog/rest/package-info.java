/** {@code /api/v1/modules}: the published modules, for anyone. */
package org.capacita.catalog.rest;
