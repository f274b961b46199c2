package org.capacita.scheduling.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.capacita.people.web.PlaceNames;
import org.capacita.scheduling.application.CountryZones;
import org.capacita.shared.i18n.Messages;

/**
 * The time-zone menu of the scheduling form: the zones of the workshop's country, the main one
 * first (one for most countries); on demand, or for a country without known zones, every other zone
 * too, in a group of its own. A zone already chosen stays among the choices.
 */
final class ZoneOptions {

  private ZoneOptions() {}

  static List<SelectItem> of(WorkshopForm form, boolean all, Locale locale, PlaceNames names) {
    List<String> own = CountryZones.of(form.getCountry());
    String chosen = form.getTimeZone();
    if (own.isEmpty()) {
      return items(with(CountryZones.all(), chosen));
    }
    if (!all) {
      return items(with(own, chosen));
    }
    List<String> others = CountryZones.all().stream().filter(z -> !own.contains(z)).toList();
    String country = names.country(form.getCountry());
    return List.of(
        group(
            Messages.get(locale, "workshop.timeZone.countryZones", country),
            others.contains(chosen) ? own : with(own, chosen)),
        group(Messages.get(locale, "workshop.timeZone.otherZones"), others));
  }

  /** The zones, and after them the chosen one if it is not among them. */
  private static List<String> with(List<String> zones, String chosen) {
    if (chosen == null || chosen.isBlank() || zones.contains(chosen)) {
      return zones;
    }
    List<String> more = new ArrayList<>(zones);
    more.add(chosen);
    return more;
  }

  private static SelectItemGroup group(String label, List<String> zones) {
    SelectItemGroup group = new SelectItemGroup(label);
    group.setSelectItems(items(zones).toArray(SelectItem[]::new));
    return group;
  }

  private static List<SelectItem> items(List<String> zones) {
    return zones.stream().map(z -> new SelectItem(z, z)).toList();
  }
}
