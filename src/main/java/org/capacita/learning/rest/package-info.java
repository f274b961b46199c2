/** {@code /api/v1/learning}: the caller's own online learning, for a mobile or offline client. */
package org.capacita.learning.rest;
