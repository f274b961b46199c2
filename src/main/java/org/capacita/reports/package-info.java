/**
 * Reports for programme leads and donors: the indicators of {@link
 * org.capacita.reports.domain.Indicator} (people trained, participations, first-time people,
 * workshops, person-hours, attendance, knowledge gain, pass share, certificates) by the dimensions
 * of {@link org.capacita.reports.domain.Dimension}, read from the {@code training_fact} table,
 * which this feature keeps in step with completions, merges and cancellations in their own
 * transactions. Distinct counts are computed for every row and total, never summed. Floor 4: it
 * reads completion, people, catalog and certificates' table through SQL only, and nothing uses it
 * but the pages.
 */
package org.capacita.reports;
