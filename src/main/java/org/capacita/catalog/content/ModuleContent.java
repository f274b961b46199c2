package org.capacita.catalog.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A module read from its folder without errors: descriptor, lessons and question bank in each of
 * its languages (the same lessons, in the same order, and the same questions in every language).
 */
public record ModuleContent(
    ModuleDescriptor descriptor,
    Map<String, List<Lesson>> lessons,
    Map<String, List<Question>> questions,
    Path folder) {

  public ModuleContent {
    lessons = Map.copyOf(lessons);
    questions = Map.copyOf(questions);
  }

  public String code() {
    return descriptor.code();
  }

  public int lessonCount() {
    return lessons.get(descriptor.languages().get(0)).size();
  }

  /** The lessons in the language closest to {@code locale}. */
  public List<Lesson> lessons(Locale locale) {
    return lessons.get(descriptor.languageFor(locale));
  }

  /** Lesson {@code number} (from 1, in order) in the language closest to {@code locale}. */
  public Optional<Lesson> lesson(int number, Locale locale) {
    List<Lesson> list = lessons(locale);
    return number >= 1 && number <= list.size()
        ? Optional.of(list.get(number - 1))
        : Optional.empty();
  }

  /** The item bank in the language closest to {@code locale}. */
  public List<Question> questions(Locale locale) {
    return questions.getOrDefault(descriptor.languageFor(locale), List.of());
  }

  /** The item bank in the module's first language: ids, option counts and right answers. */
  public List<Question> bank() {
    return questions.getOrDefault(descriptor.languages().get(0), List.of());
  }

  public Optional<Question> question(String id, Locale locale) {
    return questions(locale).stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /** Whether the module has a test of either kind, so a question bank. */
  public boolean hasTests() {
    return descriptor.pretest() || descriptor.posttest();
  }
}
