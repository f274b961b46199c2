package org.capacita.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.i18n.UserText;
import org.junit.jupiter.api.Test;

class UserTextTest {

  @Test
  void shouldIsolateTextsAndLeaveNumbersAlone() {
    Object[] isolated = UserText.isolateAll("Zoe\u202Eabc", 3, null);

    assertArrayEquals(new Object[] {"\u2068Zoe\u202Eabc\u2069", 3, null}, isolated);
    assertNull(UserText.isolate(null));
  }

  @Test
  void shouldKeepTheSentenceAroundAnIsolatedNameOutOfItsReach() {
    String message =
        Messages.get(Locale.ENGLISH, "people.edit.created", UserText.isolateAll("Zoe\u202E"));

    assertEquals("\u2068Zoe\u202E\u2069 is registered.", message);
  }
}
