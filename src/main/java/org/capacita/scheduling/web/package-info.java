/** Pages of workshops: the list with filters and the scheduling form. */
package org.capacita.scheduling.web;
