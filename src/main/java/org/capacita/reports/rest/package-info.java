/** {@code /api/v1/reports}: the indicators as JSON, CSV, XLSX or PDF, drill-down, rebuild. */
package org.capacita.reports.rest;
