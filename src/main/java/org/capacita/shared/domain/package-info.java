/** Building blocks every feature's domain model uses. */
package org.capacita.shared.domain;
