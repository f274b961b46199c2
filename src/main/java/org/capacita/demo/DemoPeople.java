package org.capacita.demo;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Instant;
import java.util.logging.Logger;
import org.capacita.infrastructure.database.DatabaseReady;
import org.capacita.people.application.People;
import org.capacita.people.application.Places;
import org.capacita.people.domain.City;
import org.capacita.people.domain.Country;
import org.capacita.people.domain.Names;
import org.capacita.people.domain.Person;
import org.capacita.people.domain.PersonDetails;
import org.capacita.people.domain.Sector;
import org.capacita.people.domain.Sex;
import org.capacita.people.domain.Workplace;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With demo data on, an invented registry shaped like the programmes Capacita serves: health staff
 * of northern Chile and Santiago, police, prosecutors and migration officers from the
 * Argentina–Paraguay border. Loaded once, into an empty registry.
 */
@Stateless
public class DemoPeople {

  private static final Logger LOG = Logger.getLogger(DemoPeople.class.getName());

  /** given names; family names; sex; sector; institution; city; country; national ID. */
  private static final String[] PEOPLE = {
    "Camila Andrea;Rojas Tapia;F;health;Hospital Regional de Antofagasta;Antofagasta;CL;15.234.876-2",
    "Javiera;Muñoz Castillo;F;health;Hospital Regional de Antofagasta;Antofagasta;CL;16.872.113-5",
    "Matías;González Araya;M;health;CESFAM Corvallis;Antofagasta;CL;",
    "Francisca;Contreras Olivares;F;health;Hospital Regional Dr. Juan Noé;Arica;CL;14.556.901-K",
    "Luis Alberto;Mamani Flores;M;health;Hospital Regional Dr. Juan Noé;Arica;CL;17.003.448-1",
    "Valentina;Choque Condori;F;health;CESFAM Cirujano Videla;Iquique;CL;18.290.671-4",
    "Ignacio;Fernández Soto;M;health;Hospital Regional Dr. Ernesto Torres Galdames;Iquique;CL;",
    "Paula;Herrera Núñez;F;health;Hospital San José;Santiago;CL;13.998.204-7",
    "Sebastián;Vergara Pino;M;health;SEREMI de Salud Metropolitana;Santiago;CL;12.447.330-9",
    "Constanza;Saavedra Lagos;F;prosecution;Fiscalía Regional de Antofagasta;Antofagasta;CL;",
    "Diego;Alarcón Reyes;M;law_enforcement;Policía de Investigaciones, Brigada de Trata;Santiago;CL;",
    "María Belén;Acosta Benítez;F;law_enforcement;Policía de la Provincia de Formosa;Formosa;AR;28.445.102",
    "Gustavo;Ramírez Ledesma;M;justice;Juzgado Federal de Formosa;Formosa;AR;23.901.554",
    "Lorena;Giménez Duarte;F;prosecution;Ministerio Público de Paraguay;Asunción;PY;3.456.789",
    "Rodrigo;Ortiz Cabrera;M;migration;Dirección General de Migraciones;Clorinda;AR;",
    "Rocío;Quispe Huamán;F;migration;Superintendencia Nacional de Migraciones;Lima;PE;45678123",
    "Ana Cláudia;da Silva Souza;F;ngo;Associação Brasileira de Defesa da Mulher;Foz do Iguaçu;BR;",
    "Ştefan;Ţărână-Müller;M;international_organisation;Organización Internacional para las Migraciones;Santiago;CL;",
  };

  @Inject private People people;
  @Inject private Places places;

  @Inject
  @ConfigProperty(name = "capacita.demo-data", defaultValue = "false")
  private boolean enabled;

  public void onDatabaseReady(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 5) DatabaseReady ready) {
    if (!enabled || people.count("") > 0) {
      return;
    }
    for (String line : PEOPLE) {
      people.add(person(line.split(";", -1)));
    }
    LOG.info(() -> "Demo registry loaded: " + PEOPLE.length + " people");
  }

  private Person person(String[] f) {
    Sector sector = places.sector(f[3]).orElseThrow();
    Country country = places.country(f[6]).orElseThrow();
    City city = places.city(country, f[5]);
    String email =
        Names.fold(f[0]).charAt(0) + "." + Names.fold(f[1]).split(" ")[0] + "@demo.example.org";
    PersonDetails details =
        new PersonDetails(f[0], f[1], Sex.valueOf(f[2]), email, null, f[7], null);
    return new Person(
        details,
        new Workplace(places.institution(f[4], sector, city), sector, city),
        Instant.now());
  }
}
