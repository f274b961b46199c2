package org.capacita;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The floors of {@code shared/design/style.md} as code: a feature package ({@code
 * org.capacita.<feature>}) depends only on features on lower floors, never sideways or upwards; a
 * lower feature that must react to a higher one observes a CDI event or implements an interface
 * owned below. The one reading style.md needs: its floor 2 holds {@code infrastructure} beside
 * {@code people} and {@code catalog}, but infrastructure imports no feature, so it is drawn here
 * one step below them (they use its mail and its database-ready event); and {@code enrollment},
 * "just below attendance", has a floor of its own under floor 4. {@code shell} (the frame of every
 * page) and {@code demo} sit on top. style.md's {@code certification} is written as {@code
 * certificates}. style.md's {@code reporting} is written as {@code reports}.
 */
class FloorsTest {

  private static final String MIGRATIONS = "db.migration";

  /** Lowest first; each feature may depend on the features of the floors below its own. */
  static final List<List<String>> FLOORS =
      List.of(
          List.of("shared"),
          List.of("infrastructure"),
          List.of("people", "catalog"),
          List.of("scheduling", "accounts", "completion"),
          List.of("enrollment"),
          List.of("learning", "attendance", "certificates", "reports"),
          List.of("shell", "demo"));

  private static final String ROOT = "org.capacita";
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?org\\.capacita\\.(\\w+)\\.", Pattern.MULTILINE);

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = new ClassFileImporter().importPath(Path.of("target/classes"));
  }

  @Test
  void shouldKeepEveryFeatureAboveTheFeaturesItUses() {
    LayeredArchitecture floors =
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true);
    for (String feature : features()) {
      floors = floors.layer(feature).definedBy(ROOT + "." + feature + "..");
    }
    for (String feature : features()) {
      List<String> below = below(feature);
      floors =
          below.isEmpty()
              ? floors.whereLayer(feature).mayNotAccessAnyLayer()
              : floors.whereLayer(feature).mayOnlyAccessLayers(below.toArray(String[]::new));
    }
    floors.check(main);
  }

  @Test
  void shouldHaveNoCyclesBetweenFeatures() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(main);
  }

  @Test
  void shouldKeepSharedAndInfrastructureFreeOfFeatures() {
    String[] features =
        features().stream()
            .filter(f -> !f.equals("shared") && !f.equals("infrastructure"))
            .map(f -> ROOT + "." + f + "..")
            .toArray(String[]::new);
    noClasses()
        .that()
        .resideInAnyPackage(ROOT + ".shared..", ROOT + ".infrastructure..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(features)
        .check(main);
  }

  /**
   * Every class sits on a floor, but for Flyway's Java migrations: they live in {@code
   * db.migration} beside the SQL ones (Flyway's convention) and run once, before any feature
   * starts.
   */
  @Test
  void shouldPlaceEveryPackageOnAFloor() {
    String[] known =
        Stream.concat(features().stream().map(f -> ROOT + "." + f + ".."), Stream.of(MIGRATIONS))
            .toArray(String[]::new);
    classes().should().resideInAnyPackage(known).check(main);
  }

  /**
   * The same floors for {@code import} lines: javac copies constants such as {@code Role.LEAD_NAME}
   * in {@code @RolesAllowed} into the using class, so the bytecode shows no dependency that the
   * source has.
   */
  @Test
  void shouldImportOnlyFromLowerFloors() throws IOException {
    List<String> upward = new ArrayList<>();
    Path sources = Path.of("src/main/java/org/capacita");
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String feature = sources.relativize(file).getName(0).toString();
        Matcher imported = IMPORT.matcher(Files.readString(file));
        while (imported.find()) {
          String used = imported.group(1);
          if (!used.equals(feature) && !below(feature).contains(used)) {
            upward.add(sources.relativize(file) + " imports " + used);
          }
        }
      }
    }
    assertEquals(List.of(), upward, "imports of features on the same or a higher floor");
  }

  private static List<String> features() {
    return FLOORS.stream().flatMap(List::stream).toList();
  }

  private static List<String> below(String feature) {
    List<String> below = new ArrayList<>();
    for (List<String> floor : FLOORS) {
      if (floor.contains(feature)) {
        return below;
      }
      below.addAll(floor);
    }
    throw new IllegalArgumentException(feature + " is on no floor");
  }
}
