package org.capacita.people.importing;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading speed and live heap of {@link XlsxRowReader} against {@link PoiEventRowReader} (POI's
 * event API) on the same 100,000-row workbooks of the unit tests' fixtures, one with inline strings
 * and one with a shared strings table (as Excel writes them). Both read in the same JVM after a
 * warm-up, interleaved and in alternating order, so that whatever else the shared machine does
 * falls on both alike. The live heap is read in a separate, untimed pass: a full collection half-way
 * through the file. Run by xlsx-read.sh.
 */
public final class XlsxReadBench {

  private interface Opener {
    RowReader open(Path file) throws Exception;
  }

  private static final Map<String, Opener> READERS = new LinkedHashMap<>();

  static {
    READERS.put("own (XlsxRowReader)", XlsxRowReader::new);
    READERS.put("POI (XSSFSheetXMLHandler)", PoiEventRowReader::new);
  }

  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path dir = Files.createTempDirectory("xlsx-bench-");
    for (boolean shared : new boolean[] {false, true}) {
      Path file = dir.resolve("people-" + shared + ".xlsx");
      try {
        XlsxFixtures.largeWorkbook(file, rows, shared);
        System.out.printf(
            "%n%,d rows, %s, %,d KB%n",
            rows, shared ? "shared strings" : "inline strings", Files.size(file) / 1024);
        measure(file, rows, rounds);
      } finally {
        Files.deleteIfExists(file);
      }
    }
    Files.delete(dir);
  }

  private static void measure(Path file, int rows, int rounds) throws Exception {
    List<String> names = new ArrayList<>(READERS.keySet());
    for (String name : names) {
      read(READERS.get(name), file, rows);
      read(READERS.get(name), file, rows);
    }
    Map<String, List<double[]>> runs = new LinkedHashMap<>();
    names.forEach(name -> runs.put(name, new ArrayList<>()));
    for (int round = 0; round < rounds; round++) {
      List<String> order = new ArrayList<>(names);
      if (round % 2 == 1) {
        Collections.reverse(order);
      }
      for (String name : order) {
        System.gc();
        runs.get(name).add(read(READERS.get(name), file, rows));
      }
    }
    for (String name : names) {
      List<Double> rates = new ArrayList<>();
      List<Double> cpu = new ArrayList<>();
      for (double[] run : runs.get(name)) {
        rates.add(rows / run[0]);
        cpu.add(run[1] * 1000);
      }
      Collections.sort(rates);
      Collections.sort(cpu);
      System.out.printf(
          "  %-27s %,7.0f rows/s (%,.0f–%,.0f); CPU per file %,5.0f ms (%,.0f–%,.0f),"
              + " %,7.0f rows per CPU second; live heap half-way %,6d KB%n",
          name,
          median(rates),
          rates.get(0),
          rates.get(rates.size() - 1),
          median(cpu),
          cpu.get(0),
          cpu.get(cpu.size() - 1),
          rows / median(cpu) * 1000,
          liveHeap(READERS.get(name), file, rows) / 1024);
    }
  }

  /** Reads the whole file: wall seconds and CPU seconds of the process (all threads). */
  private static double[] read(Opener opener, Path file, int rows) throws Exception {
    long cpu = OS.getProcessCpuTime();
    long start = System.nanoTime();
    long chars = 0;
    int read = 0;
    try (RowReader reader = opener.open(file)) {
      for (SourceRow row = reader.next(); row != null; row = reader.next()) {
        read++;
        chars += row.cell(0).length() + row.cell(2).length();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (read != rows || chars == 0) {
      throw new IllegalStateException("read " + read + " rows of " + rows);
    }
    return new double[] {seconds, (OS.getProcessCpuTime() - cpu) / 1e9};
  }

  /** Heap in use after a full collection half-way through the file, minus that before opening. */
  private static long liveHeap(Opener opener, Path file, int rows) throws Exception {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long before = runtime.totalMemory() - runtime.freeMemory();
    long growth = 0;
    int read = 0;
    try (RowReader reader = opener.open(file)) {
      for (SourceRow row = reader.next(); row != null; row = reader.next()) {
        if (++read == rows / 2) {
          System.gc();
          growth = runtime.totalMemory() - runtime.freeMemory() - before;
        }
      }
    }
    return growth;
  }

  private static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
