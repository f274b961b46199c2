package org.capacita.accounts.application;

import org.capacita.shared.validation.LanguageCode;

/** What a learner gives to register. */
public record SignUp(
    @ValidUsername String username,
    @ValidEmail String email,
    @ValidPassword String password,
    @LanguageCode String language) {}
