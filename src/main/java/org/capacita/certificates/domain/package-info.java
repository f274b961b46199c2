/** Certificates, their stored PDFs and templates, with the rules they guard. */
package org.capacita.certificates.domain;
