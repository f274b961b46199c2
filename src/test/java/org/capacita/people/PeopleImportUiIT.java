package org.capacita.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.capacita.support.Api;
import org.capacita.support.Browser;
import org.capacita.support.Http;
import org.capacita.support.NeedsChromium;
import org.capacita.support.RunningApplication;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trainer imports a 30-row list with two bad rows: sees both errors in Spanish, corrects the
 * file, imports it, and finds the people.
 */
@ExtendWith(NeedsChromium.class)
@RunAsClient
class PeopleImportUiIT extends RunningApplication {

  @ArquillianResource private URL base;

  @TempDir Path folder;

  @Test
  void shouldShowRowErrorsInSpanishThenImportTheCorrectedFile() throws Exception {
    String tag = "U" + UUID.randomUUID().toString().substring(0, 6);
    PeopleCsv list = PeopleCsv.healthWorkers(tag, 30);
    list.replace(
        6,
        "Tomás,Vergara "
            + tag
            + ",M,tomas@@hospital,,,Hospital Regional de Antofagasta "
            + tag
            + ",health,,Antofagasta,CL");
    list.replace(
        19,
        "Antonia,Pino "
            + tag
            + ",F,,,,Hospital Regional de Antofagasta "
            + tag
            + ",astronautas,,Antofagasta,CL");
    Path bad = write("lista.csv", list.text());

    try (Browser trainer = Browser.open(base, "es")) {
      trainer.signIn("trainer", TestSettings.demoPassword());
      trainer.go("people/import.xhtml");
      trainer.find("#upload\\:file").sendKeys(bad.toString());
      trainer.click("#upload\\:check");

      String errors = trainer.text("#result\\:errors");
      assertTrue(
          trainer.text("#summary").contains("Filas: 30. Personas nuevas: 28"),
          trainer.text("#summary"));
      assertTrue(errors.contains("8") && errors.contains("Escriba un correo electrónico"), errors);
      assertTrue(
          errors.contains("21") && errors.contains("No hay un sector «astronautas»"), errors);
      assertFalse(
          trainer.has("#result\\:importAll"), "no all-or-nothing import of a file with errors");

      list.replace(
          6,
          "Tomás,Vergara "
              + tag
              + ",M,tomas@hospital.example.cl,,,Hospital Regional de Antofagasta "
              + tag
              + ",health,,Antofagasta,CL");
      list.replace(
          19,
          "Antonia,Pino "
              + tag
              + ",F,,,,Hospital Regional de Antofagasta "
              + tag
              + ",health,,Antofagasta,CL");
      Path fixed = write("lista-corregida.csv", list.text());
      trainer.find("#upload\\:file").sendKeys(fixed.toString());
      trainer.click("#upload\\:check");
      assertTrue(
          trainer.text("#summary").contains("Personas nuevas: 30"), trainer.text("#summary"));
      trainer.click("#result\\:importAll");
      String done = trainer.messagesOnceShowing("Importadas: 30 personas nuevas");
      assertTrue(done.contains("Importadas: 30 personas nuevas"), done);

      trainer.go("people/index.xhtml?q=vergara+" + tag);
      assertTrue(trainer.text("#list\\:people").contains("Tomás Vergara " + tag));
    }
  }

  @Test
  void shouldShowWhoMatchedOfferTheirNewDetailsAndStillListTheSkippedRows() throws Exception {
    String tag = "M" + UUID.randomUUID().toString().substring(0, 6);
    Api api = new Api(base);
    long registered = api.newPerson("Rosa Elena", "Huanca " + tag);
    String csv =
        PeopleCsv.HEADER
            + "\r\nRosa Elena,Huanca "
            + tag
            + ",F,rosa."
            + tag.toLowerCase()
            + "@salud.example.cl,,,CESFAM Cirujano Videla,Salud,Enfermera jefa,Iquique,Chile"
            + "\r\nMarta,Ríos "
            + tag
            + ",F,,,,Comisaría "
            + tag
            + ",Policía,,Iquique,chile"
            + "\r\nLuis,Mamani "
            + tag
            + ",M,,,,Hospital "
            + tag
            + ",astronautas,,Iquique,CL\r\n";
    Path file = write("mezcla.csv", csv);

    try (Browser trainer = Browser.open(base, "es")) {
      trainer.signIn("trainer", TestSettings.demoPassword());
      trainer.go("people/import.xhtml");
      trainer.find("#upload\\:file").sendKeys(file.toString());
      trainer.click("#upload\\:check");

      String matches = trainer.text("#result\\:matches");
      assertTrue(trainer.text("#summary").contains("Personas nuevas: 1. Ya registradas: 1"));
      assertTrue(matches.contains("Rosa Elena Huanca " + tag), matches);
      assertTrue(matches.contains("Correo: rosa." + tag.toLowerCase()), matches);
      assertTrue(matches.contains("Cargo: Enfermera jefa (registrado: ninguno)"), matches);
      assertTrue(trainer.text("#result\\:errors").contains("Salud; "), "valid sectors listed");
      trainer.width(390);
      trainer.width(1280);

      trainer.check("#result\\:updateExisting");
      trainer.click("#result\\:importValid");
      String done = trainer.messagesOnceShowing("Actualizadas con el archivo");

      assertTrue(done.contains("Importadas: 1 personas nuevas"), done);
      assertTrue(done.contains("Actualizadas con el archivo: una persona"), done);
      assertTrue(trainer.text("#errors-heading").contains("no se importaron"));
      assertTrue(trainer.text("#result\\:errors").contains("astronautas"));
      assertFalse(trainer.has("#result\\:importValid"));
      trainer.width(390);
    }
    JsonObject person =
        Http.json(
            api.http()
                .get(
                    "api/v1/people/" + registered,
                    "Authorization",
                    "Bearer " + api.demoToken("trainer")));
    assertEquals("rosa." + tag.toLowerCase() + "@salud.example.cl", person.getString("email"));
    assertEquals("Enfermera jefa", person.getString("position"));
  }

  @Test
  void shouldNotOfferToImportTheValidRowsOfAFileWithNone() throws Exception {
    String tag = "Z" + UUID.randomUUID().toString().substring(0, 6);
    Path file =
        write(
            "mala.csv",
            PeopleCsv.HEADER
                + "\r\nLuis,Mamani "
                + tag
                + ",M,,,,Hospital "
                + tag
                + ",astronautas,,Iquique,CL\r\n");

    try (Browser trainer = Browser.open(base, "es")) {
      trainer.signIn("trainer", TestSettings.demoPassword());
      trainer.go("people/import.xhtml");
      trainer.find("#upload\\:file").sendKeys(file.toString());
      trainer.click("#upload\\:check");

      assertTrue(trainer.text("#result\\:noValidRows").contains("Ninguna fila"));
      assertFalse(trainer.has("#result\\:importValid"));
      assertFalse(trainer.has("#result\\:importAll"));
    }
  }

  private Path write(String name, String text) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
