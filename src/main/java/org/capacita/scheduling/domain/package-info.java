/**
 * Workshops and their sessions, sign-up modes and statuses, and the rules that keep them sound; a
 * trainer's secret calendar feed.
 */
package org.capacita.scheduling.domain;
