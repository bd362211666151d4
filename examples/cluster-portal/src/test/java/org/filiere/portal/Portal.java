package org.filiere.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The running portal started by the build, reached over HTTP on loopback. */
final class Portal {

    static final String URL = System.getProperty("portal.url", "http://localhost:9181");
    static final String STAFF = "claire:staff-demo";
    static final String ANNE = "anne:member-demo";
    static final String PAUL = "paul:member-demo";

    private static final HttpClient ANONYMOUS = client();
    private static final Map<String, HttpClient> SIGNED_IN = new ConcurrentHashMap<>();
    private static String notStarted;

    private Portal() {
    }

    /**
     * Waits until the portal answers its public session list (the server reports itself started before the
     * application has migrated and seeded its database), for at most ten minutes; if it never does, fails with the
     * last answer and the end of the server's log, so that the build output says why.
     */
    static synchronized void awaitStarted() throws InterruptedException {
        if (notStarted != null) {
            throw new IllegalStateException(notStarted);
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> answer = ANONYMOUS.send(request("/api/sessions").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
                last = answer.statusCode() + " " + answer.body();
                if (answer.statusCode() != 404 && answer.statusCode() != 503) {
                    break;
                }
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(2000);
        }
        notStarted = "The portal did not answer its session list at " + URL + ": " + last
                + "\nThe end of the server's log:\n" + serverLogTail(60);
        throw new IllegalStateException(notStarted);
    }

    private static String serverLogTail(int lines) {
        String log = System.getProperty("portal.log");
        if (log == null || !Files.isReadable(Path.of(log))) {
            return "(no server log at " + log + ")";
        }
        try (Stream<String> all = Files.lines(Path.of(log), StandardCharsets.UTF_8)) {
            List<String> kept = all.collect(Collectors.toList());
            return String.join("\n", kept.subList(Math.max(0, kept.size() - lines), kept.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(the server log " + log + " could not be read: " + e + ")";
        }
    }

    static HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return as(user).send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postJson(String path, String user, String json)
            throws IOException, InterruptedException {
        return postJsonAsync(path, user, json).join();
    }

    static CompletableFuture<HttpResponse<String>> postJsonAsync(String path, String user, String json) {
        return as(user).sendAsync(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends a page's form as this user: the form token of their session is read from the page at {@code formPage}
     * and added to the fields (each "name=value", value not yet encoded).
     */
    static HttpResponse<String> postForm(String formPage, String action, String user, String... fields)
            throws IOException, InterruptedException {
        String token = first(get(formPage, user).body(), "name=\"formToken\" value=\"([^\"]+)\"");
        StringBuilder body = new StringBuilder("formToken=").append(token);
        for (String field : fields) {
            String[] parts = field.split("=", 2);
            body.append('&').append(parts[0]).append('=').append(java.net.URLEncoder.encode(parts[1],
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return as(user).send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(URL + path)).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json, text/html;q=0.9");
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A client signed in through the portal's login form as this "user:password", or an anonymous one. */
    private static HttpClient as(String user) {
        return user == null ? ANONYMOUS : SIGNED_IN.computeIfAbsent(user, Portal::signIn);
    }

    private static HttpClient signIn(String user) {
        HttpClient client = client();
        String[] parts = user.split(":", 2);
        try {
            client.send(request("/account").GET().build(), HttpResponse.BodyHandlers.discarding());
            HttpResponse<Void> login = client.send(request("/j_security_check")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("j_username=" + parts[0] + "&j_password=" + parts[1]))
                    .build(), HttpResponse.BodyHandlers.discarding());
            if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("failed")) {
                throw new IllegalStateException("Cannot sign in as " + parts[0] + ": " + login.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return client;
    }

    /** A new open session of the catalogue's first course, scheduled by staff, a month from now. */
    static String newSession(int capacity, int inDays) throws IOException, InterruptedException {
        String courses = get("/api/courses", STAFF).body();
        String courseId = first(courses, "\"id\":\"([0-9a-f-]{36})\"");
        HttpResponse<String> created = postJson("/api/staff/sessions", STAFF, "{\"courseId\":\"" + courseId
                + "\",\"day\":\"" + LocalDate.now().plusDays(inDays) + "\",\"capacity\":" + capacity + "}");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Cannot schedule a session: " + created.statusCode() + " "
                    + created.body());
        }
        return first(created.body(), "\"id\":\"([0-9a-f-]{36})\"");
    }

    static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("No " + regex + " in " + text);
        }
        return m.group(1);
    }

    static int count(String text, String literal) {
        int n = 0;
        for (int i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + literal.length())) {
            n++;
        }
        return n;
    }
}
