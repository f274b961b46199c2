/** The training record over the API: a person's completions with the facts they carry. */
package org.capacita.completion.rest;
