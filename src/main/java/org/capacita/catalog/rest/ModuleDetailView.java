package org.capacita.catalog.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.capacita.catalog.content.Lesson;
import org.capacita.catalog.content.ModuleContent;
import org.capacita.catalog.content.ModuleDescriptor;

/** One module: what the catalogue page shows, in the request's language where the module has it. */
public record ModuleDetailView(
    String code,
    String title,
    String description,
    String language,
    BigDecimal hours,
    int version,
    List<String> languages,
    List<String> sectors,
    boolean pretest,
    boolean posttest,
    int passMark,
    int maxAttempts,
    String completion,
    List<LessonTitle> lessons) {

  /** A lesson's place and title. */
  public record LessonTitle(int number, String title) {}

  static ModuleDetailView of(ModuleContent module, Locale locale) {
    ModuleDescriptor d = module.descriptor();
    List<Lesson> lessons = module.lessons(locale);
    return new ModuleDetailView(
        d.code(),
        d.title(locale),
        d.description(locale),
        d.languageFor(locale),
        d.hours(),
        d.version(),
        d.languages(),
        d.sectors(),
        d.pretest(),
        d.posttest(),
        d.passMark(),
        d.maxAttempts(),
        d.completion().word(),
        java.util.stream.IntStream.range(0, lessons.size())
            .mapToObj(i -> new LessonTitle(i + 1, lessons.get(i).title()))
            .toList());
  }
}
