package org.capacita.scheduling.domain;

/**
 * How people get a place: they sign up, they ask and a trainer or lead approves, or by invitation.
 */
public enum SignUpMode {
  OPEN,
  APPROVAL,
  INVITATION
}
