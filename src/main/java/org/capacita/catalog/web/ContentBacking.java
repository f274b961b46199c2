package org.capacita.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.capacita.catalog.application.Catalog;
import org.capacita.catalog.application.ContentLoading;
import org.capacita.catalog.application.ContentLocation;
import org.capacita.catalog.content.ContentError;
import org.capacita.catalog.content.LoadReport;
import org.capacita.catalog.content.ModuleContent;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.PageMessages;

/** {@code admin/content.xhtml}: the last content load, its errors, and reloading. */
@Named
@RequestScoped
public class ContentBacking {

  @Inject private Catalog catalog;
  @Inject private ContentLoading loading;
  @Inject private ContentLocation location;
  @Inject private LocaleSelector localeSelector;

  public String reload() {
    LoadReport report = loading.reload();
    PageMessages.info("catalog.admin.reloaded", report.modules().size(), report.errors().size());
    return "/admin/content?faces-redirect=true";
  }

  public String getFolder() {
    return location.folder().toString();
  }

  public Optional<LoadReport> getReport() {
    return catalog.lastReport();
  }

  public List<ModuleContent> getModules() {
    return catalog.lastReport().map(LoadReport::modules).orElse(List.of());
  }

  public List<ContentError> getErrors() {
    return catalog.lastReport().map(LoadReport::errors).orElse(List.of());
  }

  public String message(ContentError error) {
    return error.message(localeSelector.getLocale());
  }
}
