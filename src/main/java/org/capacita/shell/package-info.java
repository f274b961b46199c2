/** The frame around every page: templates, menu by role, language switcher, error pages. */
package org.capacita.shell;
