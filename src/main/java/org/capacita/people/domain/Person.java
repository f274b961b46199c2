package org.capacita.people.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.capacita.shared.domain.BaseEntity;

/**
 * One human in the registry. Where they work (institution, sector, city, country) is part of the
 * record, because reports count people by it. A person merged into another stays, marked, so that
 * the merge can be undone.
 */
@Entity
@Table(name = "person")
@NamedQuery(
    name = "Person.findByNationalId",
    query = "SELECT p FROM Person p WHERE p.workCountry = :country AND p.nationalIdKey = :key")
@NamedQuery(
    name = "Person.findBlockFrom",
    query =
        "SELECT p FROM Person p WHERE p.familyKey = :familyKey AND p.givenKey >= :givenKey"
            + " AND p.mergedInto IS NULL AND p <> :person ORDER BY p.givenKey, p.id")
@NamedQuery(
    name = "Person.findBlockBefore",
    query =
        "SELECT p FROM Person p WHERE p.familyKey = :familyKey AND p.givenKey < :givenKey"
            + " AND p.mergedInto IS NULL AND p <> :person ORDER BY p.givenKey DESC, p.id DESC")
@NamedQuery(
    name = "Person.findGivenBlockFrom",
    query =
        "SELECT p FROM Person p WHERE p.givenKey = :givenKey AND p.familyKey >= :familyKey"
            + " AND p.mergedInto IS NULL AND p <> :person ORDER BY p.familyKey, p.id")
@NamedQuery(
    name = "Person.findGivenBlockBefore",
    query =
        "SELECT p FROM Person p WHERE p.givenKey = :givenKey AND p.familyKey < :familyKey"
            + " AND p.mergedInto IS NULL AND p <> :person ORDER BY p.familyKey DESC, p.id DESC")
@NamedQuery(
    name = "Person.findOthersByEmail",
    query =
        "SELECT p FROM Person p WHERE p.email = :email AND p.mergedInto IS NULL AND p <> :person"
            + " ORDER BY p.id")
@NamedQuery(
    name = "Person.findIdsByNationalIds",
    query =
        "SELECT p.nationalIdKey, p.id FROM Person p"
            + " WHERE p.workCountry.code = :country AND p.nationalIdKey IN :keys")
@NamedQuery(
    name = "Person.findIdsByIdentities",
    query = "SELECT p.identityKey, p.id FROM Person p WHERE p.identityKey IN :keys")
@NamedQuery(
    name = "Person.findNamesByIds",
    query = "SELECT p.id, p.givenNames, p.familyNames FROM Person p WHERE p.id IN :ids")
@NamedQuery(
    name = "Person.findContactsByIds",
    query =
        "SELECT p.id, p.givenNames, p.familyNames, p.email, p.position FROM Person p"
            + " WHERE p.id IN :ids")
@NamedQuery(
    name = "Person.findUnlinkedByEmail",
    query =
        "SELECT p FROM Person p WHERE p.email = :email AND p.accountId IS NULL"
            + " AND p.mergedInto IS NULL")
@NamedQuery(
    name = "Person.findInIdRange",
    query = "SELECT p FROM Person p WHERE p.id BETWEEN :first AND :last ORDER BY p.id")
@NamedQuery(
    name = "Person.findByAccount",
    query = "SELECT p FROM Person p WHERE p.accountId = :accountId")
public class Person extends BaseEntity {

  @Column(name = "given_names", nullable = false, length = 120)
  private String givenNames;

  @Column(name = "family_names", nullable = false, length = 120)
  private String familyNames;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 1)
  private Sex sex;

  @Column(length = 254)
  private String email;

  @Column(length = 40)
  private String phone;

  @Column(name = "national_id", length = 40)
  private String nationalId;

  @Column(name = "national_id_key", length = 40)
  private String nationalIdKey;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "institution_id", nullable = false)
  private Institution institution;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sector_code", nullable = false)
  private Sector sector;

  @Column(name = "position_title", length = 120)
  private String position;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "work_city_id", nullable = false)
  private City workCity;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "work_country_code", nullable = false)
  private Country workCountry;

  @Column(name = "search_text", nullable = false, length = 700)
  private String searchText;

  /**
   * The folded words of {@link #searchText}, one row each in {@code person_search_token} with the
   * person's other words and sort key ({@link SearchWord}), which a search reads by prefix of the
   * word through the table's primary key ({@code People.search}); none while merged away. Written
   * with the person, by JPA or by the import's writer; read by {@link PersonSearchToken}.
   */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "person_search_token", joinColumns = @JoinColumn(name = "person_id"))
  private Set<SearchWord> searchWords = new LinkedHashSet<>();

  @Column(name = "family_key", nullable = false, length = 60)
  private String familyKey;

  @Column(name = "given_key", nullable = false, length = 60)
  private String givenKey;

  @Column(name = "identity_key", nullable = false, length = 40)
  private String identityKey;

  @Column(name = "account_id")
  private Long accountId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "merged_into_id")
  private Person mergedInto;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Person() {}

  public Person(PersonDetails details, Workplace workplace, Instant createdAt) {
    this.createdAt = Objects.requireNonNull(createdAt);
    update(details, workplace);
  }

  /** Replaces what is known about the person. */
  public final void update(PersonDetails details, Workplace workplace) {
    this.givenNames = details.givenNames();
    this.familyNames = details.familyNames();
    this.sex = details.sex();
    this.email = details.email();
    this.phone = details.phone();
    this.nationalId = details.nationalId();
    this.nationalIdKey = keyOf(nationalId);
    this.position = details.position();
    this.institution = workplace.institution();
    this.sector = workplace.sector();
    this.workCity = workplace.city();
    this.workCountry = workplace.city().getCountry();
    this.searchText = searchTextOf();
    refreshSearchWords();
    this.familyKey = blockKey(familyNames);
    this.givenKey = givenKeyOf(givenNames);
    this.identityKey =
        identityKeyOf(workCountry.getCode(), givenNames, familyNames, institution.getName());
  }

  /**
   * What makes a record without a national ID "the same row again" when a file is imported twice:
   * country, names and institution, folded, as a short digest that indexes cheaply.
   */
  public static String identityKeyOf(
      String country, String givenNames, String familyNames, String institution) {
    String key =
        country
            + "|"
            + Names.fold(givenNames)
            + "|"
            + Names.fold(familyNames)
            + "|"
            + Names.fold(institution);
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-1")
              .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every Java platform", e);
    }
  }

  public String getIdentityKey() {
    return identityKey;
  }

  public String getNationalIdKey() {
    return nationalIdKey;
  }

  public String getSearchText() {
    return searchText;
  }

  public String getPhone() {
    return phone;
  }

  public String getNationalId() {
    return nationalId;
  }

  public String getPosition() {
    return position;
  }

  private static String keyOf(String nationalId) {
    String key = nationalId == null ? "" : Names.normalizeNationalId(nationalId);
    return key.isEmpty() ? null : key;
  }

  /**
   * How the first significant word of a name sounds: the duplicate search groups persons by this
   * key of their family names.
   */
  public static String blockKey(String names) {
    List<String> tokens = Names.nameTokens(names);
    String key = tokens.isEmpty() ? "" : Names.soundKey(tokens.get(0));
    return key.length() > 60 ? key.substring(0, 60) : key;
  }

  public String getFamilyKey() {
    return familyKey;
  }

  /**
   * How each significant word of the given names sounds, in order ("María José" gives "maria jose",
   * "Camila 100" gives "kamila 100", numbers staying as typed): within a family-name group the
   * duplicate search compares a person with those whose key sorts nearest. Its first word is the
   * block key of the given names, which finds records whose given and family names were typed the
   * other way round.
   */
  public static String givenKeyOf(String givenNames) {
    String key =
        Names.nameTokens(givenNames).stream()
            .map(word -> word.chars().anyMatch(Character::isDigit) ? word : Names.soundKey(word))
            .filter(sound -> !sound.isEmpty())
            .collect(Collectors.joining(" "));
    return key.length() > 60 ? key.substring(0, 60) : key;
  }

  public String getGivenKey() {
    return givenKey;
  }

  private String searchTextOf() {
    String text =
        Stream.of(givenNames + " " + familyNames, email, nationalIdKey, institution.getName())
            .filter(Objects::nonNull)
            .map(Names::fold)
            .collect(Collectors.joining(" | "));
    return text.length() > 700 ? text.substring(0, 700) : text;
  }

  /** The rows this person is found by (see {@link SearchWord#tokensOf}), none while merged away. */
  public Set<SearchWord> searchWords() {
    if (isMerged()) {
      return Set.of();
    }
    return SearchWord.of(
        SearchWord.tokensOf(givenNames, familyNames, email, nationalIdKey, institution.getName()),
        givenNames,
        familyNames);
  }

  private void refreshSearchWords() {
    Set<SearchWord> rows = searchWords();
    if (!searchWords.equals(rows)) {
      searchWords.retainAll(rows);
      searchWords.addAll(rows);
    }
  }

  public void linkAccount(long account) {
    this.accountId = account;
  }

  public void unlinkAccount() {
    this.accountId = null;
  }

  public void mergeInto(Person survivor) {
    if (survivor == this || survivor.isMerged()) {
      throw new IllegalArgumentException("A person merges into another, unmerged person");
    }
    this.mergedInto = survivor;
    refreshSearchWords();
  }

  public void unmerge() {
    this.mergedInto = null;
    refreshSearchWords();
  }

  public boolean isMerged() {
    return mergedInto != null;
  }

  public PersonDetails details() {
    return new PersonDetails(givenNames, familyNames, sex, email, phone, nationalId, position);
  }

  public Workplace workplace() {
    return new Workplace(institution, sector, workCity);
  }

  /** What the duplicate matcher compares. */
  public PersonFacts facts() {
    return new PersonFacts(
        givenNames,
        familyNames,
        sex.name().charAt(0),
        email,
        nationalId,
        workCountry.getCode(),
        institution.getName(),
        workCity.getName());
  }

  public String fullName() {
    return givenNames + " " + familyNames;
  }

  public String getGivenNames() {
    return givenNames;
  }

  public String getFamilyNames() {
    return familyNames;
  }

  public Sex getSex() {
    return sex;
  }

  public String getEmail() {
    return email;
  }

  public Institution getInstitution() {
    return institution;
  }

  public Sector getSector() {
    return sector;
  }

  public City getWorkCity() {
    return workCity;
  }

  public Country getWorkCountry() {
    return workCountry;
  }

  public Long getAccountId() {
    return accountId;
  }

  public Person getMergedInto() {
    return mergedInto;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
