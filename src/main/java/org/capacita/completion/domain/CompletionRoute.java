package org.capacita.completion.domain;

/** How a module was completed: self-paced online, or attending a workshop. */
public enum CompletionRoute {
  ONLINE,
  WORKSHOP
}
