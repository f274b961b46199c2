/** Loading content into the catalogue, and what pages, the API and learning ask of it. */
package org.capacita.catalog.application;
