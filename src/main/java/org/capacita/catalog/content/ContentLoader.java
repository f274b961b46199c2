package org.capacita.catalog.content;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads every module under {@code <content>/modules/}. A module with any error is reported and left
 * out; the others load. Pure file reading: no database, no container.
 */
public final class ContentLoader {

  private static final long MAX_FILE_BYTES = 1024 * 1024;

  private final Path root;

  public ContentLoader(Path root) {
    this.root = root;
  }

  public LoadReport load(Instant now) {
    List<ModuleContent> modules = new ArrayList<>();
    List<ContentError> errors = new ArrayList<>();
    Path folder = root.resolve("modules");
    if (!Files.isDirectory(folder)) {
      errors.add(ContentError.at("modules", 0, "catalog.error.noModulesFolder"));
      return new LoadReport(root.toString(), now, modules, errors);
    }
    for (Path module : list(folder, Files::isDirectory)) {
      List<ContentError> moduleErrors = new ArrayList<>();
      module(module, moduleErrors).ifPresent(modules::add);
      errors.addAll(moduleErrors);
    }
    return new LoadReport(root.toString(), now, modules, errors);
  }

  private Optional<ModuleContent> module(Path folder, List<ContentError> errors) {
    String name = folder.getFileName().toString();
    Path descriptorFile = folder.resolve("module.properties");
    if (!Files.isRegularFile(descriptorFile)) {
      errors.add(ContentError.at(label(descriptorFile), 0, "catalog.error.missingFile"));
      return Optional.empty();
    }
    Optional<ModuleDescriptor> parsed;
    try (Reader reader = Files.newBufferedReader(descriptorFile, StandardCharsets.UTF_8)) {
      parsed = DescriptorParser.parse(label(descriptorFile), reader, name, errors);
    } catch (CharacterCodingException e) {
      errors.add(ContentError.at(label(descriptorFile), 0, "catalog.error.notUtf8"));
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    ModuleDescriptor descriptor = parsed.get();
    Map<String, List<Lesson>> lessons = new LinkedHashMap<>();
    Map<String, List<Question>> questions = new LinkedHashMap<>();
    for (String language : descriptor.languages()) {
      Path languageFolder = folder.resolve(language);
      if (!Files.isDirectory(languageFolder)) {
        errors.add(ContentError.at(label(languageFolder), 0, "catalog.error.missingLanguage"));
        continue;
      }
      lessons.put(language, lessons(descriptor.code(), folder, languageFolder, errors));
      if (descriptor.pretest() || descriptor.posttest()) {
        Path bank = languageFolder.resolve("questions.md");
        if (!Files.isRegularFile(bank)) {
          errors.add(ContentError.at(label(bank), 0, "catalog.error.missingFile"));
        } else {
          readLines(bank, errors)
              .ifPresent(
                  lines ->
                      questions.put(language, QuestionParser.parse(label(bank), lines, errors)));
        }
      }
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    ModuleAgreement.check(descriptor, folder, this::label, lessons, questions, errors);
    return errors.isEmpty()
        ? Optional.of(new ModuleContent(descriptor, lessons, questions, folder))
        : Optional.empty();
  }

  private List<Lesson> lessons(
      String code, Path module, Path languageFolder, List<ContentError> errors) {
    Path assets = module.resolve("assets");
    List<Lesson> lessons = new ArrayList<>();
    for (Path file :
        list(languageFolder, p -> p.getFileName().toString().matches("[0-9].*\\.md"))) {
      String fileName = file.getFileName().toString();
      readLines(file, errors)
          .flatMap(
              lines ->
                  LessonParser.parse(
                      label(file),
                      fileName,
                      lines,
                      asset -> LessonParser.assetExists(assets, asset),
                      "../content/" + code + "/assets/",
                      errors))
          .ifPresent(lessons::add);
    }
    if (lessons.isEmpty() && errors.isEmpty()) {
      errors.add(ContentError.at(label(languageFolder), 0, "catalog.error.noLessons"));
    }
    return lessons;
  }

  private Optional<List<String>> readLines(Path file, List<ContentError> errors) {
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        errors.add(
            ContentError.at(label(file), 0, "catalog.error.tooLarge", MAX_FILE_BYTES / 1024));
        return Optional.empty();
      }
      return Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (CharacterCodingException e) {
      errors.add(ContentError.at(label(file), 0, "catalog.error.notUtf8"));
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> list(Path folder, java.util.function.Predicate<Path> filter) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(filter).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A path as errors show it: relative to the content folder, with forward slashes. */
  private String label(Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
