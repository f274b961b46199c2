package org.capacita.certificates.application;

import java.math.BigDecimal;
import java.security.KeyStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.capacita.certificates.domain.CertificateFacts;
import org.capacita.shared.i18n.Messages;

/**
 * The page alone, in one JVM without the application (certificate-pages.sh): certificates rendered
 * ({@link CertificatePage}), and rendered and signed ({@link CertificateSigner}, ECDSA P-256), per
 * second on one thread and on one thread per core, after a warm-up: the ceiling of the issuing
 * benchmark, which also stores them. Arguments: pages a round, rounds.
 */
public class CertificatePageBench {

  public static void main(String[] args) throws Exception {
    int pages = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    KeyStore.PrivateKeyEntry key = SigningKey.selfSigned("Programa Capacita");
    int cores = Runtime.getRuntime().availableProcessors();
    for (int round = 0; round <= rounds; round++) {
      for (int threads : new int[] {1, cores}) {
        double rendered = rate(pages, threads, false, key);
        double signed = rate(pages, threads, true, key);
        if (round > 0) {
          System.out.printf(
              "round %d, %d thread(s): rendered %,.0f/s; rendered and signed %,.0f/s%n",
              round, threads, rendered, signed);
        }
      }
    }
    byte[] one = make(1, true, key);
    System.out.printf("one signed page: %,.1f KB%n", one.length / 1024.0);
  }

  private static double rate(int pages, int threads, boolean sign, KeyStore.PrivateKeyEntry key)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<byte[]>> made = new ArrayList<>();
    for (int i = 0; i < pages; i++) {
      long number = i;
      made.add(pool.submit(() -> make(number, sign, key)));
    }
    for (Future<byte[]> page : made) {
      page.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return pages / seconds;
  }

  private static byte[] make(long number, boolean sign, KeyStore.PrivateKeyEntry key) {
    CertificateFacts facts =
        new CertificateFacts(
            "Ştefan Ţărână-Müller Núñez " + number,
            "TIP-HEALTH",
            "Caring for trafficked persons in health services",
            "Atención de salud a personas víctimas de trata",
            new BigDecimal("8"),
            LocalDate.of(2026, 11, 2),
            LocalDate.of(2026, 11, 4),
            "Antofagasta",
            "Capacita",
            List.of(Messages.SPANISH, Messages.ENGLISH));
    String url = "http://127.0.0.1:8080/verify/ABCDEFGHJK01234567" + (number % 90 + 10);
    byte[] page =
        CertificatePage.pdf(
            new Printing(
                facts,
                Templates.defaultWording(),
                1000 + number,
                "ABCDEFGHJK0123456789",
                url,
                LocalDate.of(2026, 12, 7),
                null));
    return sign
        ? CertificateSigner.sign(
            page, key.getPrivateKey(), key.getCertificateChain(), "Capacita " + number, "Antofagasta")
        : page;
  }
}
