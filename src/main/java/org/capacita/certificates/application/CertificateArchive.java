package org.capacita.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.capacita.certificates.domain.CertificateStatus;

/**
 * A workshop's valid certificates as one ZIP, streamed: the list is read (and the caller's right to
 * it checked) first, then each PDF is read on its own as it is written, so memory stays flat
 * whatever the cohort. The PDFs are stored as issued, byte for byte (they are compressed already).
 */
@ApplicationScoped
public class CertificateArchive {

  @PersistenceContext private EntityManager em;
  @Inject private WorkshopCertificates certificates;

  /**
   * The workshop's valid certificates, by number; a 404 ({@code NotFoundException}) for a workshop
   * the caller does not manage.
   */
  public List<Entry> entries(long workshopId) {
    LocalDate today = LocalDate.now();
    return certificates.of(workshopId).stream()
        .filter(c -> c.status(today) == CertificateStatus.VALID)
        .map(c -> new Entry(c.getId(), c.getNumber()))
        .toList();
  }

  /** Writes {@code entries} as a ZIP to {@code out}, one PDF at a time. */
  public void write(List<Entry> entries, OutputStream out) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setMethod(ZipOutputStream.STORED);
      for (Entry entry : entries) {
        byte[] pdf = pdf(entry.certificateId());
        CRC32 crc = new CRC32();
        crc.update(pdf);
        ZipEntry file = new ZipEntry(entry.fileName());
        file.setSize(pdf.length);
        file.setCompressedSize(pdf.length);
        file.setCrc(crc.getValue());
        zip.putNextEntry(file);
        zip.write(pdf);
        zip.closeEntry();
      }
    }
  }

  private byte[] pdf(long certificateId) {
    return (byte[])
        em.createNativeQuery("SELECT content FROM certificate_pdf WHERE certificate_id = ?")
            .setParameter(1, certificateId)
            .getSingleResult();
  }

  /** One certificate of the archive. */
  public record Entry(long certificateId, long number) {
    /** Its name in the archive, as a single download names it. */
    public String fileName() {
      return "certificate-" + number + ".pdf";
    }
  }
}
