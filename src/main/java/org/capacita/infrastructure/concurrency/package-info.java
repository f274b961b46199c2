/** Work that runs after the request that asked for it. */
package org.capacita.infrastructure.concurrency;
