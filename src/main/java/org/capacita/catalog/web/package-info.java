/** Catalogue pages: the public list of modules, the administrator's content page, lesson images. */
package org.capacita.catalog.web;
