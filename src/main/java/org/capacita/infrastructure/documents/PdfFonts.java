package org.capacita.infrastructure.documents;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The DejaVu fonts shipped in {@code fonts/} (with their licence), embedded as a subset so that
 * every Latin name prints exactly. Each font program is read and parsed once (iText shares parsed
 * programs between documents and threads itself, in its font cache); each document gets a font of
 * its own on it, because a font keeps the subset of the one document it is used in.
 */
public enum PdfFonts {
  SANS("DejaVuSans.ttf"),
  SANS_BOLD("DejaVuSans-Bold.ttf"),
  SERIF("DejaVuSerif.ttf"),
  SERIF_BOLD("DejaVuSerif-Bold.ttf");

  private final FontProgram program;

  PdfFonts(String file) {
    try (InputStream in = PdfFonts.class.getResourceAsStream("fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("Font missing from the build: " + file);
      }
      this.program = FontProgramFactory.createFont(in.readAllBytes(), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new font for one document. */
  public PdfFont forOneDocument() {
    return PdfFontFactory.createFont(
        program, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
  }
}
