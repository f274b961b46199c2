/** Demo data for trying the product out, loaded only with {@code CAPACITA_DEMO_DATA=true}. */
package org.capacita.demo;
