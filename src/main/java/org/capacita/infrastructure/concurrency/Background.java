package org.capacita.infrastructure.concurrency;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Runs work after the caller's request, on the container's asynchronous-bean threads, without a
 * transaction (the work opens its own). Not through {@code ManagedExecutorService}: on Payara 6 a
 * managed task that ends while the submitting request still renders closed that request's
 * non-transactional entity managers ("Attempting to execute an operation on a closed EntityManager"
 * on a page, and in tests), since the task ran in a copy of the request's invocation. An
 * asynchronous bean call runs in an invocation of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Background {

  @Asynchronous
  public void run(Runnable work) {
    work.run();
  }
}
