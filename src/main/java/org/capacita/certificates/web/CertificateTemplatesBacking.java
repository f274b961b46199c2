package org.capacita.certificates.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.capacita.catalog.application.Modules;
import org.capacita.catalog.domain.Module;
import org.capacita.certificates.application.LogoLibrary;
import org.capacita.certificates.application.TemplateAdministration;
import org.capacita.certificates.domain.Logo;
import org.capacita.certificates.domain.Placeholders;
import org.capacita.certificates.domain.Wording;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.PageMessages;

/**
 * {@code admin/certificate-templates.xhtml?module=}: an admin words and designs a module's
 * certificates (titles and texts in Spanish and English, one language or both, a shipped or
 * uploaded logo), opens a preview PDF of the draft, and saves it; the placeholders allowed are
 * listed. The draft's logo stays with the view between preview and save.
 */
@Named
@ViewScoped
public class CertificateTemplatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String KEEP = "keep";
  static final String NONE = "none";

  @Inject private TemplateAdministration administration;
  @Inject private LogoLibrary library;
  @Inject private Modules modules;
  @Inject private LocaleSelector localeSelector;

  private final TemplateForm form = new TemplateForm();
  private String module;
  private Logo logo;
  private transient Part upload;
  private boolean previewed;

  /** Loads the module's template (the default one until an admin changed it). */
  public void load() {
    if (module == null || modules.findByCode(module).isEmpty()) {
      module = modules.all().stream().map(Module::getCode).sorted().findFirst().orElse(null);
    }
    if (module != null) {
      Wording wording = administration.wordingOf(module);
      form.fill(wording);
      logo = wording.logo();
    }
  }

  /** Opens the template of the module chosen. */
  public String open() {
    return "/admin/certificate-templates?faces-redirect=true&module=" + module;
  }

  /** Renders the draft as a PDF the page links to ({@link TemplatePreviewServlet}). */
  public String preview() {
    try {
      byte[] pdf = administration.preview(module, draft());
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .getSessionMap()
          .put(TemplatePreviewServlet.SESSION_KEY, pdf);
      previewed = true;
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
    }
    return null;
  }

  public String save() {
    try {
      administration.design(module, draft());
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    PageMessages.info("certificates.templates.saved", module);
    return "/admin/certificate-templates?faces-redirect=true&module=" + module;
  }

  private Wording draft() {
    chooseLogo();
    Wording words =
        TemplateAdministration.words(
            form.getTitleEn(), form.getTitleEs(), form.getBodyEn(), form.getBodyEs());
    List<Locale> printed =
        Arrays.stream(form.getLanguages().split(",")).map(Locale::forLanguageTag).toList();
    return words.designed(printed, logo);
  }

  /** The logo of the draft: the one uploaded now, else the one chosen, else the one it had. */
  private void chooseLogo() {
    if (upload != null && upload.getSize() > 0) {
      logo = TemplateAdministration.logo(upload.getSubmittedFileName(), read(upload));
      form.setLogoChoice(KEEP);
    } else if (NONE.equals(form.getLogoChoice())) {
      logo = null;
    } else if (!KEEP.equals(form.getLogoChoice())) {
      logo = library.find(form.getLogoChoice()).orElse(logo);
      form.setLogoChoice(KEEP);
    }
    upload = null;
  }

  private static byte[] read(Part part) {
    if (part.getSize() > Logo.MAX_BYTES) {
      return null; // too large: refused unread
    }
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes(Logo.MAX_BYTES + 1);
    } catch (IOException e) {
      return null;
    }
  }

  public List<Module> getModules() {
    Locale locale = localeSelector.getLocale();
    return modules.all().stream()
        .sorted((a, b) -> a.title(locale).compareToIgnoreCase(b.title(locale)))
        .toList();
  }

  public List<String> getShippedLogos() {
    return library.names();
  }

  /** The placeholders a text may use, as written in it, one after the other. */
  public String getPlaceholders() {
    return Placeholders.ALLOWED.stream()
        .sorted()
        .map(p -> "{" + p + "}")
        .collect(Collectors.joining(" "));
  }

  public TemplateForm getForm() {
    return form;
  }

  public String getModule() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }

  /** The draft's logo's name, or null. */
  public String getLogoName() {
    return logo == null ? null : logo.name();
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  public boolean isPreviewed() {
    return previewed;
  }
}
