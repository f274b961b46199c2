/** Taking modules online: enrolling, reading, testing, completing; for the caller or by person. */
package org.capacita.learning.application;
