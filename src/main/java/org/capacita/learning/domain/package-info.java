/** Enrolments, attempts and the rules of reading in order, testing and completing. */
package org.capacita.learning.domain;
