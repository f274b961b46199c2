/**
 * How the API reads JSON bodies: JSON-B as the container provides it, with parsers that refuse a
 * number they would have to change to fit the field.
 */
package org.capacita.shared.rest.json;
