/** Modules as the database keeps them, so that learning and completions can refer to them. */
package org.capacita.catalog.domain;
