package org.capacita.attendance.rest;

import java.time.Instant;
import org.capacita.attendance.application.ShownCode;

/**
 * The code to show in the room now: {@code code} (also typed), {@code link} (what the QR code
 * holds; absent when the site's address is unknown), when it changes and when check-in closes, and
 * how many are marked present.
 */
public record ShownCodeView(
    String code, String link, Instant changesAt, Instant closesAt, long present) {

  static ShownCodeView of(ShownCode shown) {
    return new ShownCodeView(
        shown.code(), shown.link(), shown.changesAt(), shown.closesAt(), shown.present());
  }
}
