package org.capacita.infrastructure.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;

/**
 * Counts the SQL statements the application's connections send, per thread, when {@code
 * capacita.db.count-statements} is true (tests and benchmarks; off in production, where connections
 * are not wrapped at all). One {@code execute...} call counts one, and so does one {@code
 * executeBatch}: a JDBC batch reaches the database as one round trip (Connector/J rewrites a batch
 * of inserts into one multi-row INSERT). Commits and rollbacks are counted apart. Work done inside
 * an EJB or a transaction called from a thread runs on that thread, so a test reads what one call
 * cost while other tests use the same application.
 */
public final class StatementCounter {

  private static final ThreadLocal<long[]> COUNTS = ThreadLocal.withInitial(() -> new long[2]);
  private static final Set<String> EXECUTES =
      Set.of(
          "execute",
          "executeQuery",
          "executeUpdate",
          "executeLargeUpdate",
          "executeBatch",
          "executeLargeBatch");
  private static final Set<String> ENDINGS = Set.of("commit", "rollback");

  private StatementCounter() {}

  /** The statements executed on this thread so far (batches counted once). */
  public static long statements() {
    return COUNTS.get()[0];
  }

  /** The commits and rollbacks on this thread so far. */
  public static long transactionEnds() {
    return COUNTS.get()[1];
  }

  /** The connection, with every statement it makes counted. */
  static Connection counting(Connection connection) {
    return wrap(Connection.class, connection, new Counting(connection, true));
  }

  private static <T> T wrap(Class<T> type, Object target, InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private record Counting(Object target, boolean connection) implements InvocationHandler {

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (name.equals("equals") && method.getParameterCount() == 1) {
        return proxy == args[0];
      }
      if (name.equals("hashCode") && method.getParameterCount() == 0) {
        return System.identityHashCode(proxy);
      }
      if (!connection && EXECUTES.contains(name)) {
        COUNTS.get()[0]++;
      } else if (connection && ENDINGS.contains(name)) {
        COUNTS.get()[1]++;
      }
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (connection && result instanceof Statement statement) {
        return wrap(statementType(statement), statement, new Counting(statement, false));
      }
      return result;
    }

    private static Class<? extends Statement> statementType(Statement statement) {
      if (statement instanceof CallableStatement) {
        return CallableStatement.class;
      }
      return statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
    }
  }
}
