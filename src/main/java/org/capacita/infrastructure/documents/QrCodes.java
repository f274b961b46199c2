package org.capacita.infrastructure.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * QR codes (ZXing, error correction M, UTF-8) as a matrix of dark and light modules. Always with
 * the same mask pattern, valid for any reader: ZXing's search for the best of the eight took a
 * sixth of a certificate's rendering and signing time.
 */
public final class QrCodes {

  private static final int MASK_PATTERN = 2;

  private QrCodes() {}

  /** The modules of a QR code holding {@code text}, with {@code quietZone} light modules around. */
  public static BitMatrix of(String text, int quietZone) {
    try {
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  quietZone,
                  EncodeHintType.CHARACTER_SET,
                  "UTF-8",
                  EncodeHintType.QR_MASK_PATTERN,
                  MASK_PATTERN));
    } catch (WriterException e) {
      throw new IllegalArgumentException("Too long for a QR code: " + text.length(), e);
    }
  }
}
