package org.capacita.scheduling.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.capacita.catalog.application.Modules;
import org.capacita.catalog.domain.Module;
import org.capacita.people.web.PlaceNames;
import org.capacita.scheduling.application.Scheduling;
import org.capacita.scheduling.application.TrainerClash;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.PageMessages;
import org.omnifaces.util.Faces;

/**
 * {@code workshops/edit.xhtml[?id=|?copyOf=]}: schedules a workshop, changes one the caller
 * manages, or schedules a copy of one they manage, to repeat it elsewhere (another trainer's
 * workshop is a 403). Saving tells of trainers booked elsewhere at the same time, without refusing;
 * a refusal is shown on the field it concerns ({@link FormErrors}).
 */
@Named
@ViewScoped
public class WorkshopEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Scheduling scheduling;
  @Inject private Modules modules;
  @Inject private PlaceNames placeNames;

  /**
   * The reader's language. Not the view root's: in the view action that loads the page the view is
   * not built yet, and its locale is still the browser's, not the one the user chose.
   */
  @Inject private LocaleSelector localeSelector;

  private Long id;
  private Long copyOf;
  private String sourceTitle;
  private WorkshopForm form = new WorkshopForm();
  private boolean allZones;

  public void load() {
    try {
      if (id != null) {
        form = WorkshopForm.of(scheduling.manageable(id));
      } else if (copyOf != null) {
        Workshop source = scheduling.manageable(copyOf);
        form = WorkshopForm.copyOf(source);
        sourceTitle = source.title(localeSelector.getLocale());
      }
    } catch (NotFoundException e) {
      Faces.responseSendError(403, "");
    }
  }

  public String save() {
    Workshop saved;
    try {
      saved =
          id == null ? scheduling.schedule(form.toInput()) : scheduling.change(id, form.toInput());
    } catch (BusinessRuleException e) {
      FormErrors.show(e, localeSelector.getLocale());
      return null;
    }
    Locale locale = localeSelector.getLocale();
    PageMessages.info(
        id == null ? "workshop.edit.created" : "workshop.edit.saved", saved.title(locale));
    scheduling
        .clashes(saved)
        .forEach(c -> PageMessages.warn(TrainerClash.KEY, c.arguments(locale)));
    return "/workshops/workshop?faces-redirect=true&id=" + saved.getId();
  }

  /** Published modules, code to title in the page's language. */
  public Map<String, String> getModules() {
    Locale locale = localeSelector.getLocale();
    Map<String, String> titles = new TreeMap<>();
    modules.all().stream()
        .filter(Module::isPublished)
        .forEach(m -> titles.put(m.getCode(), m.getCode() + " · " + m.title(locale)));
    return titles;
  }

  /** The country's time zones, the main one first; with {@code allZones}, then all the others. */
  public List<SelectItem> getTimeZones() {
    return ZoneOptions.of(form, allZones, localeSelector.getLocale(), placeNames);
  }

  /** A message about one session of the form (its row {@code index}, from 0). */
  public String sessionMessage(String key, int index) {
    return Messages.get(localeSelector.getLocale(), key, index + 1);
  }

  public boolean isAllZones() {
    return allZones;
  }

  public void setAllZones(boolean allZones) {
    this.allZones = allZones;
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isCopy() {
    return id == null && copyOf != null;
  }

  public String getSourceTitle() {
    return sourceTitle;
  }

  public Long getCopyOf() {
    return copyOf;
  }

  public void setCopyOf(Long copyOf) {
    this.copyOf = copyOf;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public WorkshopForm getForm() {
    return form;
  }
}
