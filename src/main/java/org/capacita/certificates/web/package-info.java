/** Pages: public verification, the learner's certificates, a workshop's certificates. */
package org.capacita.certificates.web;
