package org.capacita.accounts.application;

import jakarta.validation.constraints.Pattern;

/** What a learner gives to register. */
public record SignUp(
    @ValidUsername String username,
    @ValidEmail String email,
    @ValidPassword String password,
    @Pattern(regexp = "en|es", message = "{account.language.invalid}") String language) {}
