/**
 * The training record: who completed which module, when, by which route (online or in a workshop)
 * and for how many hours. Learning and attendance produce completions; certificates and reports
 * read only these.
 */
package org.capacita.completion;
