package org.capacita.enrollment.web;

import org.omnifaces.util.Faces;

/**
 * Whether the person already said yes to an action that cannot be undone by a click. With
 * JavaScript, the PrimeFaces dialog asks and its "yes" sends the request with {@value #PARAMETER}
 * (an {@code f:param} of the button); without JavaScript the button posts the form as it is, and
 * the page asks again in a card of its own before acting.
 */
final class Confirmation {

  static final String PARAMETER = "confirmed";

  private Confirmation() {}

  static boolean given() {
    return "true".equals(Faces.getRequestParameter(PARAMETER));
  }
}
