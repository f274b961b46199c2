/**
 * The catalogue: training modules as written in {@code content/modules/<CODE>/} (descriptor,
 * lessons in Markdown per language, an item bank of questions, images), loaded at start-up and on
 * an administrator's request, and the module rows learning refers to.
 */
package org.capacita.catalog;
