package org.capacita.catalog.content;

/** One lesson in one language: its place in the module, its title and its sanitised HTML. */
public record Lesson(int number, String fileName, String title, String html) {}
