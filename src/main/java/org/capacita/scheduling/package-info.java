/**
 * Scheduling: workshops of a module at a venue in a city, with sessions in the venue's time zone,
 * trainers, a capacity and seat counters that enrolment keeps under a row lock.
 */
package org.capacita.scheduling;
