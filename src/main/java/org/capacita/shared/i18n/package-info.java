/** The two languages of the product and the lookup of its words. */
package org.capacita.shared.i18n;
