package org.capacita.shell.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.omnifaces.util.FacesLocal;

/**
 * A page address that names nothing answers 404: a view action threw {@code NotFoundException} (see
 * {@link ErrorPageExceptionHandler}), or a view parameter did not convert ({@code
 * person.xhtml?id=abc}), which would otherwise skip the view action and render an empty page. Only
 * first requests count: on a postback, a failed conversion is a form field the person corrects.
 */
public class NotFoundPages implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.PROCESS_VALIDATIONS;
  }

  @Override
  public void beforePhase(PhaseEvent event) {}

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (!faces.isPostback() && faces.isValidationFailed()) {
      send(faces);
    }
  }

  /** Answers 404 with the container's error page for it, and ends the Faces lifecycle. */
  static void send(FacesContext faces) {
    FacesLocal.responseSendError(faces, 404, "");
  }
}
