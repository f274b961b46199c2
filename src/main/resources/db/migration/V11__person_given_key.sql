-- The duplicate search compares a person with those whose first family name sounds alike and whose
-- given names sort nearest by sound (people/application/DuplicateFinder), so that a common surname
-- no longer makes every two of its bearers a pair to score. The key is computed by the application
-- (Person.givenKeyOf): V12 fills it in for the persons stored before, V14 indexes it.
ALTER TABLE person ADD given_key VARCHAR(60);
