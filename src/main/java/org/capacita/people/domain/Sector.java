package org.capacita.people.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;

/** A sector of government or society people work in (health, prosecution, police...). */
@Entity
@Cacheable
@Table(name = "sector")
@NamedQuery(name = "Sector.findAll", query = "SELECT s FROM Sector s ORDER BY s.position")
public class Sector {

  @Id
  @Column(length = 40)
  private String code;

  @Column(name = "name_en", nullable = false, length = 120)
  private String nameEn;

  @Column(name = "name_es", nullable = false, length = 120)
  private String nameEs;

  @Column(nullable = false)
  private int position;

  @Column(name = "built_in", nullable = false)
  private boolean builtIn;

  protected Sector() {}

  public Sector(String code, String nameEn, String nameEs, int position) {
    if (code == null || !code.matches("[a-z][a-z0-9_]{1,39}")) {
      throw new IllegalArgumentException("A sector code is lower-case letters, digits and _");
    }
    this.code = code;
    this.nameEn = nameEn;
    this.nameEs = nameEs;
    this.position = position;
  }

  public String getCode() {
    return code;
  }

  public String name(Locale locale) {
    return "es".equals(locale.getLanguage()) ? nameEs : nameEn;
  }

  public int getPosition() {
    return position;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getNameEs() {
    return nameEs;
  }

  public boolean isBuiltIn() {
    return builtIn;
  }
}
