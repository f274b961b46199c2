/**
 * Reading module content from files: the descriptor, lessons (CommonMark with tables, rendered and
 * sanitised), the question bank, and the checks that a module agrees with itself in every language.
 * Every error names its file and line. See {@code content/modules/README.md}.
 */
package org.capacita.catalog.content;
