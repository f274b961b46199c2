package org.capacita.certificates.application;

import com.itextpdf.kernel.crypto.DigestAlgorithms;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.BouncyCastleDigest;
import com.itextpdf.signatures.IExternalSignature;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignerProperties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.Certificate;

/**
 * Signs a certificate's PDF (PAdES baseline B, iText with Bouncy Castle) with the issuing
 * organisation's key: an invisible signature over the whole document, so that any change after
 * issue shows in a PDF reader and in {@code pdfsig}.
 */
@ApplicationScoped
public class CertificateSigner {

  static final String FIELD = "Capacita";

  @Inject private SigningKey signing;

  public byte[] sign(byte[] unsigned, String reason, String location) {
    return sign(unsigned, signing.key(), signing.chain(), reason, location);
  }

  /** Signs with {@code key}, whose certificate heads {@code chain}. */
  static byte[] sign(
      byte[] unsigned, PrivateKey key, Certificate[] chain, String reason, String location) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(unsigned.length + 12 * 1024);
    try (PdfReader reader = new PdfReader(new ByteArrayInputStream(unsigned))) {
      PdfSigner signer = new PdfSigner(reader, out, new StampingProperties().useAppendMode());
      SignerProperties properties = new SignerProperties().setFieldName(FIELD).setReason(reason);
      if (location != null) {
        properties.setLocation(location);
      }
      signer.setSignerProperties(properties);
      IExternalSignature signature = new PrivateKeySignature(key, DigestAlgorithms.SHA256, null);
      signer.signDetached(
          new BouncyCastleDigest(),
          signature,
          chain,
          null,
          null,
          null,
          estimate(chain),
          PdfSigner.CryptoStandard.CADES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not sign a certificate", e);
    }
    return out.toByteArray();
  }

  /** Room for the signature: the chain, the signed attributes and a margin. */
  private static int estimate(Certificate[] chain) {
    int size = 2048;
    for (Certificate certificate : chain) {
      try {
        size += certificate.getEncoded().length;
      } catch (GeneralSecurityException e) {
        size += 2048;
      }
    }
    return size;
  }
}
