package org.capacita.shared.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.util.Constants;

/**
 * Writes PrimeFaces' script nonce into every form, next to the view state, so that forms work
 * without JavaScript.
 *
 * <p>In CSP mode PrimeFaces keeps one nonce per view, and when a postback renders a page again it
 * insists that the request's {@code primefaces.nonce} parameter equals the view's ({@code
 * CspState.getNonce}, "CSP nonce mismatch"). Only its JavaScript added that field, at page load; so
 * from a browser without JavaScript every form that answers with a page (a wrong password, a
 * validation error) ended on the 500 page. The field rendered here is the one that script would
 * have added. It reveals nothing new: the same nonce is already in the page, in the script that
 * sets up PrimeFaces. The policy itself is unchanged: scripts still need the nonce.
 */
public class CspNonceViewHandler extends ViewHandlerWrapper {

  public CspNonceViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void writeState(FacesContext context) throws IOException {
    super.writeState(context);
    if (PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
      ResponseWriter writer = context.getResponseWriter();
      writer.startElement("input", null);
      writer.writeAttribute("type", "hidden", null);
      writer.writeAttribute("name", Constants.RequestParams.NONCE_PARAM, null);
      writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
      writer.writeAttribute("autocomplete", "off", null);
      writer.endElement("input");
    }
  }
}
