package org.capacita.attendance.web;

import com.google.zxing.common.BitMatrix;
import org.capacita.infrastructure.documents.QrCodes;

/**
 * A QR code (ZXing) as inline SVG: one path of dark squares on a white square, sharp at any size,
 * so that the trainer's screen or a projector can show it as large as it is. The text is a link the
 * application built (no user input), and the markup holds only numbers besides it.
 */
public final class QrSvg {

  private static final int QUIET_ZONE = 4;

  private QrSvg() {}

  /** The SVG element of a QR code holding {@code text}, labelled for screen readers. */
  public static String of(String text, String label) {
    BitMatrix matrix = QrCodes.of(text, QUIET_ZONE);
    int size = matrix.getWidth();
    StringBuilder path = new StringBuilder(size * size);
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < size; x++) {
        if (matrix.get(x, y)) {
          path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" role=\"img\" aria-label=\""
        + escaped(label)
        + "\" viewBox=\"0 0 "
        + size
        + " "
        + matrix.getHeight()
        + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
