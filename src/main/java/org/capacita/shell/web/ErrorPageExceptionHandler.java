package org.capacita.shell.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capacita.shared.domain.NotFoundException;

/**
 * Sends a full-page request that failed to an error page by a redirect, so that the error page is a
 * fresh request with its own script nonce (PrimeFaces CSP cannot render a forwarded error page). An
 * expired view goes to the "session ended" page, told the page's address with its parameters so
 * that it can offer to open that page again; anything else is logged with an incident id, which the
 * error page shows instead of any detail. A {@link NotFoundException} (a page's view action found
 * nothing the caller may see) answers 404 with the "not found" page, in place: the address stays
 * what the person asked for. Ajax requests are left to OmniFaces.
 */
public class ErrorPageExceptionHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(ErrorPageExceptionHandler.class.getName());

  public ErrorPageExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && !faces.getPartialViewContext().isAjaxRequest()) {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      if (events.hasNext() && !faces.getExternalContext().isResponseCommitted()) {
        Throwable failure = events.next().getContext().getException();
        events.remove();
        while (events.hasNext()) {
          events.next();
          events.remove();
        }
        redirect(faces, failure);
      }
    }
    getWrapped().handle();
  }

  private static void redirect(FacesContext faces, Throwable failure) {
    ExternalContext external = faces.getExternalContext();
    if (causedBy(failure, NotFoundException.class)) {
      NotFoundPages.send(faces);
      return;
    }
    String target;
    if (causedBy(failure, ViewExpiredException.class)) {
      target = "/error/expired.xhtml" + ExpiredBacking.continuing(external);
    } else {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Page incident " + incident, failure);
      target = "/error/500.xhtml?incident=" + incident;
    }
    try {
      external.redirect(external.getRequestContextPath() + target);
      faces.responseComplete();
    } catch (IOException e) {
      throw new FacesException(e);
    }
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
