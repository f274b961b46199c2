package org.capacita.shared.security;

/** What an account may do. The names are the roles used by pages, services and the API. */
public enum Role {
  ADMIN,
  LEAD,
  TRAINER,
  LEARNER;

  public static final String ADMIN_NAME = "ADMIN";
  public static final String LEAD_NAME = "LEAD";
  public static final String TRAINER_NAME = "TRAINER";
  public static final String LEARNER_NAME = "LEARNER";
}
