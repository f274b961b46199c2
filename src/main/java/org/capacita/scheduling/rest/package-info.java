/** {@code /api/v1/workshops}: schedule, find, change and cancel workshops. */
package org.capacita.scheduling.rest;
