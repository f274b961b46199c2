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
 * every Latin name prints exactly. The font files are read once; each document gets a font of its
 * own, because a font keeps the subset of the one document it is used in.
 */
public enum PdfFonts {
  SANS("DejaVuSans.ttf"),
  SANS_BOLD("DejaVuSans-Bold.ttf"),
  SERIF("DejaVuSerif.ttf"),
  SERIF_BOLD("DejaVuSerif-Bold.ttf");

  private final byte[] program;

  PdfFonts(String file) {
    try (InputStream in = PdfFonts.class.getResourceAsStream("fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("Font missing from the build: " + file);
      }
      this.program = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new font for one document. */
  public PdfFont forOneDocument() {
    try {
      FontProgram font = FontProgramFactory.createFont(program, false);
      return PdfFontFactory.createFont(
          font, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
