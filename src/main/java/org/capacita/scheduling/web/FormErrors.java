package org.capacita.scheduling.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.i18n.UserText;
import org.capacita.shared.web.PageMessages;

/**
 * Shows a refusal of the scheduling service beside the field it names, as the API names it: {@code
 * "capacity"} on the input of that id, {@code "sessions[1].end"} on the input {@code end} of the
 * second row of the table {@code sessions}, with "Session 2:" before it unless the message names
 * the session itself. A field the form does not show gets the message at the top of the page.
 */
final class FormErrors {

  private static final Pattern ROW = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?");

  private FormErrors() {}

  static void show(BusinessRuleException refusal, Locale locale) {
    if (refusal.getField() == null || !placed(refusal, locale)) {
      PageMessages.error(refusal);
    }
  }

  private static boolean placed(BusinessRuleException refusal, Locale locale) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text =
        Messages.get(locale, refusal.getMessageKey(), UserText.isolateAll(refusal.getArguments()));
    Matcher row = ROW.matcher(refusal.getField());
    if (!row.matches()) {
      return find(faces, refusal.getField())
          .filter(UIInput.class::isInstance)
          .map(input -> mark(faces, input.getClientId(faces), text))
          .orElse(false);
    }
    int index = Integer.parseInt(row.group(2));
    String input = row.group(3) == null ? "date" : row.group(3);
    String numbered =
        refusal.getMessageKey().startsWith("workshop.session.")
            ? text
            : Messages.get(locale, "workshop.session.error", index + 1, text);
    char separator = UINamingContainer.getSeparatorChar(faces);
    return find(faces, row.group(1))
        .filter(UIData.class::isInstance)
        .map(table -> table.getClientId(faces) + separator + index + separator + input)
        .map(clientId -> mark(faces, clientId, numbered))
        .orElse(false);
  }

  /** Marks the input invalid and gives it the message; false if the page has no such input. */
  private static boolean mark(FacesContext faces, String clientId, String text) {
    boolean found =
        faces
            .getViewRoot()
            .invokeOnComponent(
                faces,
                clientId,
                (context, component) -> {
                  if (component instanceof UIInput input) {
                    input.setValid(false);
                  }
                });
    if (found) {
      faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      faces.validationFailed();
    }
    return found;
  }

  private static Optional<UIComponent> find(FacesContext faces, String id) {
    UIComponent[] found = new UIComponent[1];
    faces
        .getViewRoot()
        .visitTree(
            VisitContext.createVisitContext(faces, null, Set.of(VisitHint.SKIP_ITERATION)),
            (context, component) -> {
              if (id.equals(component.getId())) {
                found[0] = component;
                return VisitResult.COMPLETE;
              }
              return VisitResult.ACCEPT;
            });
    return Optional.ofNullable(found[0]);
  }
}
