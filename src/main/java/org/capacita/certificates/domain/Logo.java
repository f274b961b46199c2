package org.capacita.certificates.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A logo printed at the head of a template's certificates: a PNG or JPEG image, told by its content
 * (its first bytes), never by its name, of at most {@link #MAX_BYTES} so that a certificate stays
 * under 60 KB. Its name is what the admin chose or uploaded, for the page only.
 */
public record Logo(String name, byte[] content) {

  public static final int MAX_BYTES = 24 * 1024;
  public static final int MAX_NAME = 100;
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

  public Logo {
    Objects.requireNonNull(name);
    Objects.requireNonNull(content);
    name = name.strip().replaceAll("[^\\p{L}\\p{N}._ -]", "_");
    if (name.isEmpty() || name.length() > MAX_NAME) {
      throw new IllegalArgumentException("A logo's name holds 1 to " + MAX_NAME + " characters");
    }
    content = content.clone();
    if (content.length > MAX_BYTES) {
      throw new IllegalArgumentException("A logo holds at most " + MAX_BYTES + " bytes");
    }
    if (!isImage(content)) {
      throw new IllegalArgumentException("A logo is a PNG or JPEG image");
    }
  }

  /** Whether {@code content} starts as a PNG or a JPEG image does. */
  public static boolean isImage(byte[] content) {
    return startsWith(content, PNG) || startsWith(content, JPEG);
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  /** What the template's version records of it: its name and bytes. */
  byte[] fingerprint() {
    byte[] label = name.getBytes(StandardCharsets.UTF_8);
    byte[] all = Arrays.copyOf(label, label.length + 1 + content.length);
    all[label.length] = 0;
    System.arraycopy(content, 0, all, label.length + 1, content.length);
    return all;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Logo logo
        && name.equals(logo.name)
        && Arrays.equals(content, logo.content);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "Logo[" + name + ", " + content.length + " bytes]";
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length
        && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }
}
