/** Reading and writing attendance: the ledger completions read, check-ins and roll-call saves. */
package org.capacita.attendance.application;
