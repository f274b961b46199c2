package org.capacita.certificates.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.logging.Logger;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The key certificates are signed with: the issuing organisation's, from the PKCS#12 keystore
 * configured ({@code CAPACITA_CERTIFICATES_KEYSTORE} and {@code _PASSWORD}); else one the
 * application makes at its first start and keeps in the data directory ({@code
 * certificates/signing.p12}, its random password beside it, both readable by the owner only): an
 * ECDSA P-256 key with a self-signed certificate, which PDF readers do not trust until an operator
 * configures one from a recognised authority.
 */
@Singleton
@Lock(LockType.READ)
@Startup
public class SigningKey {

  private static final Logger LOG = Logger.getLogger(SigningKey.class.getName());
  private static final String OWN_STORE = "signing.p12";
  private static final String OWN_PASSWORD = "signing.p12.password";

  @Inject private CertificateSettings settings;

  private PrivateKey key;
  private Certificate[] chain;

  @PostConstruct
  void load() {
    try {
      if (settings.keystore().isPresent()) {
        Path store = settings.keystore().get();
        read(store, settings.keystorePassword());
        LOG.info(() -> "Certificates are signed with the key of " + store);
      } else {
        Path directory = settings.ownKeyDirectory();
        Path store = directory.resolve(OWN_STORE);
        if (!Files.exists(store)) {
          make(directory);
        }
        read(store, Files.readString(directory.resolve(OWN_PASSWORD)).strip().toCharArray());
        LOG.warning(
            () ->
                "Certificates are signed with a self-signed key made by the application ("
                    + store.toAbsolutePath()
                    + "): PDF readers will not trust it; configure"
                    + " CAPACITA_CERTIFICATES_KEYSTORE with one from a recognised authority");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("No key to sign certificates with", e);
    }
  }

  public PrivateKey key() {
    return key;
  }

  public Certificate[] chain() {
    return chain.clone();
  }

  /** The signer's own certificate. */
  public X509Certificate certificate() {
    return (X509Certificate) chain[0];
  }

  private void read(Path store, char[] password) throws IOException, GeneralSecurityException {
    KeyStore keystore = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keystore.load(in, password);
    }
    for (String alias : Collections.list(keystore.aliases())) {
      if (keystore.isKeyEntry(alias)) {
        key = (PrivateKey) keystore.getKey(alias, password);
        chain = keystore.getCertificateChain(alias);
        return;
      }
    }
    throw new GeneralSecurityException("No private key in " + store);
  }

  private void make(Path directory) throws IOException, GeneralSecurityException {
    Files.createDirectories(directory);
    KeyStore.PrivateKeyEntry entry = selfSigned(settings.issuer());
    byte[] secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret).toCharArray();
    KeyStore keystore = KeyStore.getInstance("PKCS12");
    keystore.load(null, null);
    keystore.setKeyEntry(
        "certificates", entry.getPrivateKey(), password, entry.getCertificateChain());
    Path passwordFile = directory.resolve(OWN_PASSWORD);
    Files.writeString(passwordFile, new String(password), StandardCharsets.US_ASCII);
    ownerOnly(passwordFile);
    Path store = directory.resolve(OWN_STORE);
    try (OutputStream out = Files.newOutputStream(store)) {
      keystore.store(out, password);
    }
    ownerOnly(store);
    LOG.info(() -> "Made a self-signed key for certificates in " + store.toAbsolutePath());
  }

  /** A new ECDSA P-256 key with a self-signed certificate naming {@code issuer}, ten years. */
  static KeyStore.PrivateKeyEntry selfSigned(String issuer) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
    KeyPair pair = generator.generateKeyPair();
    var name =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.CN, issuer + " certificates (self-signed)")
            .addRDN(BCStyle.O, issuer)
            .build();
    Instant now = Instant.now();
    try {
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              name,
              new BigInteger(64, new SecureRandom()),
              Date.from(now.minus(Duration.ofDays(1))),
              Date.from(now.plus(Duration.ofDays(3650))),
              name,
              pair.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(
                      new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
      return new KeyStore.PrivateKeyEntry(pair.getPrivate(), new Certificate[] {certificate});
    } catch (OperatorCreationException | IOException e) {
      throw new GeneralSecurityException("Could not make a self-signed certificate", e);
    }
  }

  private static void ownerOnly(Path file) {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException e) {
      LOG.warning(() -> "Could not restrict the permissions of " + file + ": " + e);
    }
  }
}
