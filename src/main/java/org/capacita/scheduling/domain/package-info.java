/** Workshops and their sessions, sign-up modes and statuses, and the rules that keep them sound. */
package org.capacita.scheduling.domain;
