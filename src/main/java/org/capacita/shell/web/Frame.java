package org.capacita.shell.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The frame of every page: which menu entry the page belongs to ({@code aria-current}), and whether
 * the page opens with an error message, which then takes the focus (a failed sign-in, say).
 */
@Named
@RequestScoped
public class Frame {

  /** Menu entries by the pages they hold, most specific first: a page belongs to the first. */
  private static final List<Map.Entry<String, String>> SECTIONS =
      List.of(
          Map.entry("/index.xhtml", "/index.xhtml"),
          Map.entry("/people/import", "/people/import.xhtml"),
          Map.entry("/people/duplicates", "/people/duplicates.xhtml"),
          Map.entry("/people/merges", "/people/duplicates.xhtml"),
          Map.entry("/people/", "/people/index.xhtml"),
          Map.entry("/admin/account", "/admin/accounts.xhtml"),
          Map.entry("/admin/sectors", "/admin/sectors.xhtml"),
          Map.entry("/admin/content", "/admin/content.xhtml"),
          Map.entry("/reports/", "/reports/index.xhtml"),
          Map.entry("/catalog/", "/catalog/index.xhtml"),
          Map.entry("/learning/", "/learning/index.xhtml"),
          Map.entry("/workshops/", "/workshops/index.xhtml"),
          Map.entry("/account/", "/account/settings.xhtml"));

  /**
   * {@code "page"} on the menu link to the page shown, {@code "true"} on the link to the list a
   * page belongs to (a workshop's page under "Workshops"), else null: no attribute.
   */
  public String current(String entry) {
    String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
    if (entry.equals(viewId)) {
      return "page";
    }
    return SECTIONS.stream()
        .filter(section -> viewId.startsWith(section.getKey()))
        .findFirst()
        .filter(section -> section.getValue().equals(entry))
        .map(section -> "true")
        .orElse(null);
  }

  /** Whether an error message for the whole page is shown: it then takes the focus. */
  public boolean isErrorShown() {
    return FacesContext.getCurrentInstance().getMessageList(null).stream()
        .anyMatch(m -> m.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal());
  }
}
