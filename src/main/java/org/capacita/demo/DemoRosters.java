package org.capacita.demo;

import java.util.List;

/**
 * Who takes part in the demo programme, by workplace: the health and municipal services of the four
 * Chilean cities, and the institutions that send people to the Formosa and Lima meetings (country,
 * sector, institution, city, how many). Invented people at institutions of the kinds the stories
 * name; the numbers add up to the meetings' sizes.
 */
final class DemoRosters {

  private DemoRosters() {}

  /** Where health staff work, by city: institutions of the health and the municipal services. */
  static final List<String[]> HEALTH_PLACES =
      List.of(
          new String[] {"Arica", "Hospital Regional Dr. Juan Noé", "Servicio de Salud Arica"},
          new String[] {"Arica", "CESFAM Dr. Víctor Bertín Soto", "Servicio de Salud Arica"},
          new String[] {
            "Iquique", "Hospital Regional Dr. Ernesto Torres Galdames", "Servicio de Salud Iquique"
          },
          new String[] {"Iquique", "CESFAM Cirujano Videla", "Servicio de Salud Iquique"},
          new String[] {
            "Antofagasta", "Hospital Regional de Antofagasta", "Servicio de Salud Antofagasta"
          },
          new String[] {"Antofagasta", "CESFAM Corvallis", "Servicio de Salud Antofagasta"},
          new String[] {"Santiago", "Hospital San José", "SEREMI de Salud Metropolitana"},
          new String[] {
            "Santiago",
            "Hospital Clínico San Borja Arriarán",
            "Servicio de Salud Metropolitano Central"
          });

  static final List<String[]> MUNICIPAL =
      List.of(
          new String[] {"Arica", "Municipalidad de Arica, Departamento de Salud"},
          new String[] {"Iquique", "Municipalidad de Iquique, Departamento de Salud Municipal"},
          new String[] {"Antofagasta", "Corporación Municipal de Desarrollo Social de Antofagasta"},
          new String[] {"Santiago", "Municipalidad de Santiago, Dirección de Salud"});

  /** Country, sector, institution, city, how many. */
  static final String[][] FORMOSA_PEOPLE = {
    {"AR", "law_enforcement", "Policía de la Provincia de Formosa", "Formosa", "14"},
    {
      "AR", "law_enforcement", "Gendarmería Nacional Argentina, Escuadrón Clorinda", "Clorinda", "7"
    },
    {"AR", "law_enforcement", "Policía Federal Argentina, Delegación Formosa", "Formosa", "5"},
    {"AR", "justice", "Juzgado Federal de Formosa", "Formosa", "8"},
    {"AR", "justice", "Poder Judicial de la Provincia de Formosa", "Formosa", "7"},
    {"AR", "prosecution", "Fiscalía Federal de Formosa", "Formosa", "7"},
    {"AR", "prosecution", "Ministerio Público Fiscal de la Provincia de Formosa", "Formosa", "6"},
    {"PY", "law_enforcement", "Policía Nacional del Paraguay", "Asunción", "9"},
    {"PY", "law_enforcement", "Policía Nacional, Jefatura de Ñeembucú", "Pilar", "5"},
    {"PY", "justice", "Poder Judicial del Paraguay", "Asunción", "6"},
    {"PY", "justice", "Juzgado Penal de Garantías de Pilar", "Pilar", "4"},
    {"PY", "prosecution", "Ministerio Público de Paraguay", "Asunción", "7"},
    {"PY", "prosecution", "Unidad Fiscal Especializada en Trata de Personas", "Asunción", "4"},
  };

  static final String[][] LIMA_PEOPLE = {
    {"PE", "migration", "Superintendencia Nacional de Migraciones", "Lima", "12"},
    {"PE", "migration", "Jefatura Zonal de Migraciones de Tacna", "Tacna", "4"},
    {"PE", "justice", "Poder Judicial del Perú", "Lima", "10"},
    {
      "PE",
      "law_enforcement",
      "Policía Nacional del Perú, División contra la Trata de Personas",
      "Lima",
      "12"
    },
    {"PE", "law_enforcement", "Policía Nacional del Perú, Región Policial Puno", "Puno", "4"},
    {"PE", "ngo", "Asociación Andina por los Derechos de las Personas Migrantes", "Lima", "10"},
    {"BO", "migration", "Dirección General de Migración", "La Paz", "7"},
    {"BO", "justice", "Tribunal Departamental de Justicia de La Paz", "La Paz", "5"},
    {
      "BO",
      "law_enforcement",
      "Policía Boliviana, División de Trata y Tráfico de Personas",
      "La Paz",
      "8"
    },
    {"BO", "ngo", "Fundación Caminos de Protección", "El Alto", "6"},
    {"AR", "migration", "Dirección Nacional de Migraciones", "Buenos Aires", "5"},
    {"AR", "justice", "Poder Judicial de la Nación", "Buenos Aires", "4"},
    {
      "AR",
      "law_enforcement",
      "Policía Federal Argentina, División Trata de Personas",
      "Buenos Aires",
      "4"
    },
    {"AR", "ngo", "Asociación Civil Mujeres del Sur", "Buenos Aires", "3"},
    {
      "BR",
      "migration",
      "Ministério da Justiça e Segurança Pública, Departamento de Migrações",
      "Brasília",
      "5"
    },
    {"BR", "justice", "Tribunal Regional Federal da 3ª Região", "São Paulo", "4"},
    {"BR", "law_enforcement", "Polícia Federal", "Brasília", "5"},
    {"BR", "ngo", "Associação Brasileira de Defesa da Mulher", "Foz do Iguaçu", "4"},
    {"CL", "migration", "Servicio Nacional de Migraciones", "Santiago", "6"},
    {"CL", "justice", "Poder Judicial de Chile", "Santiago", "5"},
    {"CL", "law_enforcement", "Policía de Investigaciones, Brigada de Trata", "Santiago", "6"},
    {"CL", "ngo", "Corporación Puentes Migrantes", "Santiago", "5"},
    {"PY", "migration", "Dirección General de Migraciones del Paraguay", "Asunción", "5"},
    {"PY", "justice", "Poder Judicial del Paraguay", "Asunción", "4"},
    {"PY", "law_enforcement", "Policía Nacional del Paraguay", "Asunción", "4"},
    {"PY", "ngo", "Centro de Apoyo a Mujeres Migrantes", "Ciudad del Este", "5"},
  };
}
