package org.capacita.shared.web;

import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * A small uploaded file kept in a view-scoped page between its preview and its commit (a roster, a
 * marked sign-in sheet): refused with a translated message when none was chosen, it is larger than
 * the page allows or it cannot be read.
 */
public final class KeptUpload implements Serializable {

  private static final long serialVersionUID = 1L;

  private byte[] bytes;
  private String fileName;

  /** Keeps the file's content; false, with a page message, when it cannot be kept. */
  public boolean take(Part file, int maxBytes) {
    bytes = null;
    if (file == null || file.getSize() == 0) {
      PageMessages.error("people.import.chooseFile");
      return false;
    }
    if (file.getSize() > maxBytes) {
      PageMessages.error("import.file.tooLarge", maxBytes / (1024 * 1024));
      return false;
    }
    try (InputStream input = file.getInputStream()) {
      bytes = input.readAllBytes();
      fileName = file.getSubmittedFileName() == null ? "" : file.getSubmittedFileName();
      return true;
    } catch (IOException e) {
      PageMessages.error("import.file.unreadable");
      return false;
    }
  }

  public boolean isKept() {
    return bytes != null;
  }

  /** The kept content, to read again. */
  public InputStream open() {
    return new ByteArrayInputStream(bytes);
  }

  /** The name the file had on the user's computer (its extension picks the reader). */
  public String fileName() {
    return fileName;
  }

  public void forget() {
    bytes = null;
  }
}
