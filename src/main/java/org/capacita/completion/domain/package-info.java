/** Completions and the event that announces a new one. */
package org.capacita.completion.domain;
