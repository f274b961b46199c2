package org.capacita.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.capacita.people.application.PersonDirectory;
import org.capacita.people.application.SectorAdministration;
import org.capacita.people.application.ValidSectorCode;
import org.capacita.people.domain.Sector;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.validation.RequiredText;
import org.capacita.shared.web.PageMessages;

/** {@code admin/sectors.xhtml}: the sector list, and adding a sector in both languages. */
@Named
@RequestScoped
public class SectorsBacking {

  @Inject private SectorAdministration administration;
  @Inject private PersonDirectory directory;

  @ValidSectorCode private String code;
  @RequiredText private String nameEn;
  @RequiredText private String nameEs;

  public String add() {
    try {
      administration.add(code, nameEn, nameEs);
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    PageMessages.info("admin.sectors.added", code);
    return "/admin/sectors?faces-redirect=true";
  }

  public List<Sector> getSectors() {
    return directory.sectors();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNameEs() {
    return nameEs;
  }

  public void setNameEs(String nameEs) {
    this.nameEs = nameEs;
  }
}
