package org.capacita.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.capacita.certificates.domain.CertificateTemplate;
import org.capacita.certificates.domain.Wording;

/**
 * The wording certificates are issued with: a module's own (an admin's edit), else the default
 * template packed in the jar ({@code default-template.properties}).
 */
@ApplicationScoped
public class Templates {

  private static final Wording DEFAULT = load();

  @PersistenceContext private EntityManager em;

  /** The wording a new certificate of {@code moduleCode} is issued with. */
  public Wording of(String moduleCode) {
    return find(moduleCode).map(CertificateTemplate::wording).orElse(DEFAULT);
  }

  public Optional<CertificateTemplate> find(String moduleCode) {
    return em.createNamedQuery("CertificateTemplate.findByModule", CertificateTemplate.class)
        .setParameter("moduleCode", moduleCode)
        .getResultStream()
        .findFirst();
  }

  public static Wording defaultWording() {
    return DEFAULT;
  }

  private static Wording load() {
    Properties template = new Properties();
    try (InputStream in =
            Templates.class.getResourceAsStream(
                "/org/capacita/certificates/default-template.properties");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      template.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Wording(
        template.getProperty("title.en"),
        template.getProperty("title.es"),
        template.getProperty("body.en"),
        template.getProperty("body.es"));
  }
}
