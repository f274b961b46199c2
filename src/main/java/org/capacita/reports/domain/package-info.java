/**
 * What a report is, without a container: the dimensions and indicators, the query and its checks,
 * the period keys (month, quarter, year, fiscal year), the result, and small-cell suppression.
 */
package org.capacita.reports.domain;
