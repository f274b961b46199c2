/** The workshop page: seats left, sign-up for oneself, and the roster for its trainers. */
package org.capacita.enrollment.web;
