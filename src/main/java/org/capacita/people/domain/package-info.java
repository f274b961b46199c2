/** People: person records, the facts that identify them, and finding duplicate records. */
package org.capacita.people.domain;
