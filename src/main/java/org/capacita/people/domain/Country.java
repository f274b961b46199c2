package org.capacita.people.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;

/** A country, by its ISO 3166-1 alpha-2 code. */
@Entity
@Cacheable
@Table(name = "country")
@NamedQuery(name = "Country.findAll", query = "SELECT c FROM Country c ORDER BY c.nameEs")
public class Country {

  @Id
  @Column(length = 2)
  private String code;

  @Column(name = "name_en", nullable = false, length = 120)
  private String nameEn;

  @Column(name = "name_es", nullable = false, length = 120)
  private String nameEs;

  protected Country() {}

  public String getCode() {
    return code;
  }

  public String name(Locale locale) {
    return "es".equals(locale.getLanguage()) ? nameEs : nameEn;
  }
}
