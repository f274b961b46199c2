/** What every page shares: the chosen language, translated page messages, security headers. */
package org.capacita.shared.web;
