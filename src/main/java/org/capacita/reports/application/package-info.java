/**
 * Runs reports on the {@code training_fact} table ({@link
 * org.capacita.reports.application.Reports}), keeps that table consistent ({@link
 * org.capacita.reports.application.TrainingFacts}), names dimension values in the reader's language
 * and writes the exports (CSV, XLSX, PDF).
 */
package org.capacita.reports.application;
