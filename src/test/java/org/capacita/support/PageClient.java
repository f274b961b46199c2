package org.capacita.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Pages over plain HTTP, for what a browser hides: headers, cookies, forged form posts. */
public final class PageClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
  private static final Pattern HIDDEN_INPUT = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
  private static final Pattern NAME = Pattern.compile("\\sname=\"([^\"]*)\"");
  private static final Pattern VALUE = Pattern.compile("\\svalue=\"([^\"]*)\"");

  private final URL base;
  private final Http http;
  private String session;

  public PageClient(URL base) {
    this.base = base;
    this.http = new Http(base);
  }

  public HttpResponse<String> get(String page) {
    HttpResponse<String> response =
        session == null ? http.get(page) : http.get(page, "Cookie", "JSESSIONID=" + session);
    remember(response);
    return response;
  }

  /**
   * Posts a form; {@code viewState} null leaves the Faces view state out, as a forged post would.
   */
  public HttpResponse<String> post(String page, Map<String, String> fields, String viewState) {
    return post(page, fields, viewState, new String[0]);
  }

  /** The same, with extra request headers ({@code "Origin", "https://..."}) a browser would add. */
  public HttpResponse<String> post(
      String page, Map<String, String> fields, String viewState, String... headers) {
    Map<String, String> body = new LinkedHashMap<>(fields);
    if (viewState != null) {
      body.put("jakarta.faces.ViewState", viewState);
    }
    String form = formOf(body);
    HttpRequest.Builder request =
        http.request(page)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (session != null) {
      request.header("Cookie", "JSESSIONID=" + session);
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    HttpResponse<String> response = http.send(request);
    remember(response);
    return response;
  }

  /**
   * Posts a form with this {@code Host} header, as a forged request would. java.net.http refuses to
   * set {@code Host}, so this one goes over a bare socket (HTTP/1.1, one request, then closed).
   */
  public RawResponse postWithHost(
      String page, Map<String, String> fields, String viewState, String host) {
    Map<String, String> body = new LinkedHashMap<>(fields);
    body.put("jakarta.faces.ViewState", viewState);
    byte[] form = formOf(body).getBytes(StandardCharsets.UTF_8);
    String head =
        "POST "
            + path(page)
            + " HTTP/1.1\r\nHost: "
            + host
            + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
            + form.length
            + (session == null ? "" : "\r\nCookie: JSESSIONID=" + session)
            + "\r\nConnection: close\r\n\r\n";
    return raw(head, form);
  }

  /** A GET with this {@code Host} header and these header lines ({@code "Name: value"}). */
  public RawResponse getWithHost(String page, String host, String... headerLines) {
    StringBuilder head = new StringBuilder("GET " + path(page) + " HTTP/1.1\r\nHost: " + host);
    for (String line : headerLines) {
      head.append("\r\n").append(line);
    }
    return raw(head.append("\r\nConnection: close\r\n\r\n").toString(), new byte[0]);
  }

  /** What came back over the socket: the status code and the whole text (headers and body). */
  public record RawResponse(int status, String text) {}

  private RawResponse raw(String head, byte[] body) {
    int port = base.getPort() == -1 ? base.getDefaultPort() : base.getPort();
    try (Socket socket = new Socket(base.getHost(), port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return new RawResponse(Integer.parseInt(text.split(" ", 3)[1]), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String path(String page) {
    String root = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
    return root + page;
  }

  /** Signs in through the login form, as a browser would. */
  public HttpResponse<String> signIn(String username, String password) {
    String viewState = viewStateOf(get("login.xhtml"));
    return post(
        "login.xhtml",
        Map.of(
            "login",
            "login",
            "login:username",
            username,
            "login:password",
            password,
            "login:signIn",
            ""),
        viewState);
  }

  public String session() {
    return session;
  }

  public void forgetSession() {
    session = null;
  }

  public static String viewStateOf(HttpResponse<String> page) {
    Matcher matcher = VIEW_STATE.matcher(page.body());
    if (!matcher.find()) {
      throw new AssertionError("no view state in " + page.uri());
    }
    return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
  }

  /**
   * The hidden fields of a form as the server rendered them (view state, form marker, and whatever
   * else), which a browser without JavaScript posts back unchanged.
   */
  public static Map<String, String> hiddenFieldsOf(HttpResponse<String> page, String formId) {
    Matcher form =
        Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\".*?</form>", Pattern.DOTALL)
            .matcher(page.body());
    if (!form.find()) {
      throw new AssertionError("no form " + formId + " in " + page.uri());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = HIDDEN_INPUT.matcher(form.group());
    while (input.find()) {
      Matcher name = NAME.matcher(input.group());
      Matcher value = VALUE.matcher(input.group());
      if (name.find()) {
        fields.put(unescape(name.group(1)), value.find() ? unescape(value.group(1)) : "");
      }
    }
    return fields;
  }

  private static String unescape(String html) {
    return html.replace("&#58;", ":")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private void remember(HttpResponse<String> response) {
    response.headers().allValues("Set-Cookie").stream()
        .map(SESSION::matcher)
        .filter(Matcher::find)
        .findFirst()
        .ifPresent(m -> session = m.group(1));
  }

  private static String formOf(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
