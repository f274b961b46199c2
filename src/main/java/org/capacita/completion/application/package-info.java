/** Recording completions once, and reading a person's record. */
package org.capacita.completion.application;
