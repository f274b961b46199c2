/** Scheduling, changing and cancelling workshops, with the caller's rights checked. */
package org.capacita.scheduling.application;
