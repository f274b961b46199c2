package org.capacita.enrollment.web;

import java.util.List;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.i18n.UserText;
import org.capacita.shared.web.PageMessages;
import org.omnifaces.util.Faces;

/**
 * What enrolling several people did, as page messages: who got a seat, who went to the waitlist
 * (with their place) and who was in the workshop already. Each name is isolated on its own, so that
 * one name cannot reorder the list around it.
 */
final class EnrolmentSummary {

  private EnrolmentSummary() {}

  static String waitlisted(String name, Integer position) {
    return Messages.get(
        Faces.getLocale(),
        "workshop.add.waitlistedPerson",
        UserText.isolate(name),
        position == null ? 0 : position);
  }

  static void tell(List<String> seated, List<String> waiting, List<String> already) {
    if (!seated.isEmpty()) {
      PageMessages.info("workshop.add.enrolled", seated.size(), names(seated));
    }
    if (!waiting.isEmpty()) {
      PageMessages.info("workshop.add.waitlisted", waiting.size(), names(waiting));
    }
    if (!already.isEmpty()) {
      PageMessages.info("workshop.add.already", already.size(), names(already));
    }
  }

  private static String names(List<String> names) {
    return String.join(", ", names.stream().map(UserText::isolate).toList());
  }
}
