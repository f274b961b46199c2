/**
 * Pages of workshops: the list with filters, the scheduling form and the workshop page's own part
 * (its facts and cancelling it); other features add their fragments to that page.
 */
package org.capacita.scheduling.web;
