/**
 * Online learning: a person's enrolment in a module, the lessons read in order, pre- and post-test
 * attempts (questions and options shuffled per attempt, scored on the server), and the completion
 * the module's rule grants, recorded in the training record.
 */
package org.capacita.learning;
