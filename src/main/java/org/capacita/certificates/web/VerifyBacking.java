package org.capacita.certificates.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Optional;
import org.capacita.certificates.application.Verification;
import org.capacita.certificates.application.Verification.TooManyVerifications;
import org.capacita.certificates.application.Verification.Verified;
import org.capacita.certificates.rest.VerificationView;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.PageMessages;

/**
 * {@code /verify/{code}} ({@code certificates/verify.xhtml}), public: the certificate of a code and
 * its status, showing only what the certificate shows; an unknown code is a plain 404. Anyone may
 * also send a PDF and learn whether it is a certificate issued here, unaltered.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String CODE_ATTRIBUTE = "capacita.verify.code";
  private static final long MAX_BYTES = 2L * 1024 * 1024;

  @Inject private Verification verification;
  @Inject private LocaleSelector localeSelector;

  private String code;
  private VerificationView card;
  private transient Part file;
  private VerificationView checked;
  private boolean uploadChecked;
  private boolean throttled;

  /** Loads the code's certificate; a 404 when no certificate has it. */
  public void load() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Object forwarded = request.getAttribute(CODE_ATTRIBUTE);
    code = forwarded == null ? request.getParameter("code") : forwarded.toString();
    if (code == null || code.isBlank() || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    try {
      Optional<Verified> verified = verification.verify(code, request.getRemoteAddr());
      if (verified.isEmpty()) {
        external.responseSendError(404, null);
        FacesContext.getCurrentInstance().responseComplete();
        return;
      }
      card = VerificationView.of(verified.get(), localeSelector.getLocale());
    } catch (TooManyVerifications e) {
      throttled = true;
      PageMessages.error("certificates.verify.tooManyPage");
    }
  }

  /** Whether the PDF sent is a certificate issued here, byte for byte. */
  public void check() {
    if (file == null || file.getSize() == 0 || file.getSize() > MAX_BYTES) {
      PageMessages.error("certificates.verify.chooseFile");
      return;
    }
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    try (InputStream in = file.getInputStream()) {
      Optional<Verified> verified = verification.check(in.readAllBytes(), request.getRemoteAddr());
      checked = verified.map(v -> VerificationView.of(v, localeSelector.getLocale())).orElse(null);
      uploadChecked = true;
    } catch (IOException e) {
      PageMessages.error("certificates.verify.chooseFile");
    } catch (TooManyVerifications e) {
      PageMessages.error("certificates.verify.tooManyPage");
    }
  }

  public String getCode() {
    return code;
  }

  public VerificationView getCard() {
    return card;
  }

  public VerificationView getChecked() {
    return checked;
  }

  public boolean isUploadChecked() {
    return uploadChecked;
  }

  public boolean isThrottled() {
    return throttled;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
