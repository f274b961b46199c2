package org.capacita.catalog.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The checks that a module says the same thing in each language: the same lesson files, the same
 * questions with as many options and the right one in the same place, and a bank when tests exist.
 */
final class ModuleAgreement {

  private ModuleAgreement() {}

  static void check(
      ModuleDescriptor descriptor,
      Path folder,
      Function<Path, String> label,
      Map<String, List<Lesson>> lessons,
      Map<String, List<Question>> questions,
      List<ContentError> errors) {
    String first = descriptor.languages().get(0);
    List<String> names = lessons.get(first).stream().map(Lesson::fileName).toList();
    for (String language : descriptor.languages().subList(1, descriptor.languages().size())) {
      List<String> others = lessons.get(language).stream().map(Lesson::fileName).toList();
      if (!others.equals(names)) {
        List<String> missing = names.stream().filter(n -> !others.contains(n)).toList();
        List<String> extra = others.stream().filter(n -> !names.contains(n)).toList();
        errors.add(
            ContentError.at(
                label.apply(folder.resolve(language)),
                0,
                "catalog.error.lessonsDiffer",
                first,
                String.join(", ", missing),
                String.join(", ", extra)));
      }
      if (questions.containsKey(first)) {
        compareQuestions(
            questions.get(first),
            questions.get(language),
            label.apply(folder.resolve(language).resolve("questions.md")),
            first,
            errors);
      }
    }
  }

  private static void compareQuestions(
      List<Question> reference,
      List<Question> other,
      String file,
      String referenceLanguage,
      List<ContentError> errors) {
    List<String> ids = reference.stream().map(Question::id).toList();
    List<String> otherIds = other.stream().map(Question::id).toList();
    if (!ids.equals(otherIds)) {
      errors.add(
          ContentError.at(
              file,
              0,
              "catalog.error.question.idsDiffer",
              referenceLanguage,
              String.join(", ", ids),
              String.join(", ", otherIds)));
      return;
    }
    for (int i = 0; i < reference.size(); i++) {
      Question a = reference.get(i);
      Question b = other.get(i);
      if (a.options().size() != b.options().size() || a.correct() != b.correct()) {
        errors.add(
            ContentError.at(
                file, b.line(), "catalog.error.question.differs", a.id(), referenceLanguage));
      }
    }
  }
}
