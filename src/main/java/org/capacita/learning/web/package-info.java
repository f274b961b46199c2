/**
 * Learning pages: the module page's learner box ({@code catalog/module.xhtml}, here because it
 * shows the caller's progress), my learning, a lesson, a test.
 */
package org.capacita.learning.web;
