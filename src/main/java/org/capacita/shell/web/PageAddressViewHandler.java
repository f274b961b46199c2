package org.capacita.shell.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Forms post to the page's own address with its parameters ({@code workshop.xhtml?id=12}), not to
 * the bare view: the address bar keeps the parameters after a postback that answers with the page,
 * and a postback that finds the session ended can send the person to sign in and back to exactly
 * that page. Only a form of the page being shown gets them, while it is rendered; links to other
 * views and redirects (a lesson's "next" to {@code lesson.xhtml?n=2}) are unchanged.
 */
public class PageAddressViewHandler extends ViewHandlerWrapper {

  public PageAddressViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    String url = super.getActionURL(context, viewId);
    if (context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
        || context.getViewRoot() == null
        || !viewId.equals(context.getViewRoot().getViewId())
        || !(context.getExternalContext().getRequest() instanceof HttpServletRequest request)
        || request.getDispatcherType() != jakarta.servlet.DispatcherType.REQUEST
        || request.getQueryString() == null
        || request.getQueryString().isEmpty()) {
      return url;
    }
    return url + (url.contains("?") ? "&" : "?") + request.getQueryString();
  }
}
