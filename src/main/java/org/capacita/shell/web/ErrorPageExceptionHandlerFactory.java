package org.capacita.shell.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link ErrorPageExceptionHandler} around the handlers declared before it. */
public class ErrorPageExceptionHandlerFactory extends ExceptionHandlerFactory {

  public ErrorPageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new ErrorPageExceptionHandler(getWrapped().getExceptionHandler());
  }
}
