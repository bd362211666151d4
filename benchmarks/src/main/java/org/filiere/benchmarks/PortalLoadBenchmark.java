package org.filiere.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cluster portal (the library embedded in Open Liberty, JTA on the server's data source) under load: 50 clients
 * at once, each sending its next request as soon as the last one is answered, on the portal's JSON API, half of the
 * requests the public session list ({@code GET /api/sessions}) and half a representative's registration of a colleague
 * ({@code POST /api/member/sessions/{id}/registrations}, spread over ten sessions), against the same clients on the
 * same server's liveness endpoint ({@code GET /health/live}, which checks nothing and touches no database), the
 * server's own floor. The sides alternate in rounds (three of 20 s each by default, 60 s per side) after the same
 * warm-up (20 s per side); each side's figure is the median round's requests per second, printed with the spread, and each
 * endpoint's p50 and p99 latency over all its rounds. Any error (an answer other than 200 or 201, or no answer) fails
 * the benchmark.
 *
 * <p>The ratio is the API's requests per second over the liveness endpoint's. Target: at least 0.10. Every API
 * request is a server transaction that reads or writes the embedded Derby database through the library (access
 * check, JPA, a registration holding its session's row for update), where the liveness answer is a constant; a
 * portal whose API keeps a tenth of the server's bare request rate under 50 concurrent clients spends its time in
 * useful work, not in the embedding (transaction binding, actor mapping, per-request CDI beans). Below that, the
 * embedding or a lock would be the bottleneck worth finding.
 *
 * <p>The portal: {@code -Dfiliere.bench.portal.url=http://host:port} names a running one (seeded with the demo
 * cluster, as every start of the portal does). Without it, the benchmark starts its own server, {@code portal-bench}
 * on port 9381 ({@code -Dfiliere.bench.portal.port}) with a fresh Derby database, from the Liberty runtime the
 * example's build leaves in {@code examples/cluster-portal/target/liberty/wlp} ({@code mvn -pl
 * examples/cluster-portal -am install -DskipTests} makes it), and stops it at the end. {@code
 * -Dfiliere.bench.portal.clients} and {@code -Dfiliere.bench.portal.seconds} (per side) change the load.
 */
public final class PortalLoadBenchmark implements Benchmark {

    private static final Path WLP = Path.of(System.getProperty("filiere.bench.portal.wlp",
            "examples/cluster-portal/target/liberty/wlp"));
    private static final String SERVER = "portal-bench";
    private static final int ROUNDS = 3;
    private static final int SESSIONS = 10;

    @Override
    public String name() {
        return "portal-load";
    }

    @Override
    public String description() {
        return "portal JSON API (session list + registrations), 50 clients, vs the same server's liveness endpoint";
    }

    @Override
    public Result run(PrintStream out) throws Exception {
        int clients = Integer.getInteger("filiere.bench.portal.clients", 50);
        int seconds = Integer.getInteger("filiere.bench.portal.seconds", 60);
        String given = System.getProperty("filiere.bench.portal.url");
        String url = given != null ? given.replaceAll("/+$", "")
                : "http://localhost:" + Integer.getInteger("filiere.bench.portal.port", 9381);
        if (given == null) {
            startServer(url, out);
        }
        try {
            return measure(url, clients, seconds, out);
        } finally {
            if (given == null) {
                stopServer(out);
            }
        }
    }

    private static Result measure(String url, int clients, int seconds, PrintStream out) throws Exception {
        Portal portal = new Portal(url);
        portal.awaitStarted(Duration.ofMinutes(10));
        HttpClient anne = portal.signedIn("anne", "member-demo");
        HttpClient staff = portal.signedIn("claire", "staff-demo");
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            sessions.add(portal.newSession(staff, 100 + i));
        }
        AtomicLong people = new AtomicLong();
        Load api = new Load("api", clients, k -> k % 2 == 0
                ? new Call("sessions", anne, portal.get("/api/sessions"))
                : new Call("register", anne, portal.postJson("/api/member/sessions/" + sessions.get(
                        (int) (k / 2 % SESSIONS)) + "/registrations", person(people.incrementAndGet()))));
        Load health = new Load("health", clients, k -> new Call("health", anne, portal.get("/health/live")));
        Duration round = Duration.ofSeconds(Math.max(1, seconds / ROUNDS));
        Duration warmUp = Duration.ofSeconds(Math.max(1, seconds / 3));
        out.printf("%d clients; warm-up %d s per side, then %d alternating rounds of %d s per side%n", clients,
                warmUp.toSeconds(), ROUNDS, round.toSeconds());
        api.run(warmUp);
        health.run(warmUp);
        api.clear();
        health.clear();
        List<Double> apiRates = new ArrayList<>();
        List<Double> healthRates = new ArrayList<>();
        for (int r = 1; r <= ROUNDS; r++) {
            apiRates.add(api.run(round));
            healthRates.add(health.run(round));
            out.printf(Locale.ROOT, "round %d: api %.0f req/s, health %.0f req/s%n", r, apiRates.get(r - 1),
                    healthRates.get(r - 1));
        }
        out.println("api:    " + summary(apiRates));
        out.println("health: " + summary(healthRates));
        for (Load load : List.of(api, health)) {
            load.latencies(out);
        }
        long errors = api.errors.get() + health.errors.get();
        out.println("errors: " + errors);
        if (errors > 0) {
            out.println("first error: " + api.firstError + " / " + health.firstError);
            throw new IllegalStateException(errors + " requests failed under load; the benchmark counts none");
        }
        double ours = median(apiRates);
        double baseline = median(healthRates);
        return new Result(String.format(Locale.ROOT, "%.0f_req/s", ours),
                String.format(Locale.ROOT, "%.0f_req/s", baseline), ours / baseline, "0.10");
    }

    private static String person(long n) {
        return "{\"name\":\"Stagiaire " + n + "\",\"email\":\"stagiaire" + n + "@alpes.example\"}";
    }

    /** One kind of request: its name (for the latencies), the signed-in client and the request. */
    private record Call(String name, HttpClient client, HttpRequest request) {
    }

    /** The k-th call of a client's sequence. */
    @FunctionalInterface
    private interface Calls {
        Call next(long k);
    }

    /** Clients sending calls back to back for a while, keeping every latency per call name. */
    private static final class Load {

        private final String name;
        private final int clients;
        private final Calls calls;
        private final AtomicLong sequence = new AtomicLong();
        private final AtomicLong errors = new AtomicLong();
        private final java.util.Map<String, List<Long>> nanos = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile String firstError = "";

        Load(String name, int clients, Calls calls) {
            this.name = name;
            this.clients = clients;
            this.calls = calls;
        }

        /** Runs the clients for this long; returns the requests answered per second. */
        double run(Duration duration) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            List<Future<Long>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    long answered = 0;
                    while (System.nanoTime() < end) {
                        Call call = calls.next(sequence.getAndIncrement());
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> response = call.client().send(call.request(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() != 200 && response.statusCode() != 201) {
                                error(call.name() + " " + response.statusCode() + " " + response.body());
                            }
                        } catch (IOException e) {
                            error(call.name() + " " + e);
                        }
                        nanos.computeIfAbsent(call.name(), n -> Collections.synchronizedList(new ArrayList<>()))
                                .add(System.nanoTime() - t0);
                        answered++;
                    }
                    return answered;
                }));
            }
            long answered = 0;
            for (Future<Long> f : done) {
                answered += f.get();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            return answered / elapsed;
        }

        private void error(String what) {
            if (errors.getAndIncrement() == 0) {
                firstError = what.length() > 300 ? what.substring(0, 300) : what;
            }
        }

        void clear() {
            nanos.clear();
            errors.set(0);
        }

        void latencies(PrintStream out) {
            nanos.forEach((call, list) -> {
                long[] sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
                out.printf(Locale.ROOT, "%s %-9s %8d requests  p50 %.1f ms  p99 %.1f ms%n", name, call,
                        sorted.length, percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6);
            });
        }
    }

    static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String summary(List<Double> rates) {
        return String.format(Locale.ROOT, "median %.0f req/s (min %.0f, max %.0f; %d rounds)", median(rates),
                Collections.min(rates), Collections.max(rates), rates.size());
    }

    /** The portal over HTTP: requests, signing in through its login form, scheduling a session as staff. */
    private static final class Portal {

        private final String url;

        Portal(String url) {
            this.url = url;
        }

        HttpRequest get(String path) {
            return request(path).GET().build();
        }

        HttpRequest postJson(String path, String json) {
            return request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json");
        }

        private static HttpClient client() {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }

        void awaitStarted(Duration within) throws InterruptedException {
            HttpClient anonymous = client();
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    if (anonymous.send(get("/api/sessions"), HttpResponse.BodyHandlers.discarding())
                            .statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(2000);
            }
            throw new IllegalStateException("The portal at " + url + " did not answer within " + within);
        }

        HttpClient signedIn(String user, String password) throws IOException, InterruptedException {
            HttpClient client = client();
            client.send(request("/account").GET().build(), HttpResponse.BodyHandlers.discarding());
            HttpResponse<Void> login = client.send(request("/j_security_check")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password=" + password))
                    .build(), HttpResponse.BodyHandlers.discarding());
            if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("failed")) {
                throw new IllegalStateException("Cannot sign in to the portal as " + user);
            }
            return client;
        }

        String newSession(HttpClient staff, int inDays) throws IOException, InterruptedException {
            String courses = staff.send(get("/api/courses"), HttpResponse.BodyHandlers.ofString()).body();
            String courseId = first(courses, "\"id\":\"([0-9a-f-]{36})\"");
            HttpResponse<String> created = staff.send(postJson("/api/staff/sessions", "{\"courseId\":\"" + courseId
                    + "\",\"day\":\"" + LocalDate.now().plusDays(inDays) + "\",\"capacity\":20}"),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("Cannot schedule a session: " + created.statusCode() + " "
                        + created.body());
            }
            return first(created.body(), "\"id\":\"([0-9a-f-]{36})\"");
        }

        private static String first(String text, String regex) {
            Matcher m = Pattern.compile(regex).matcher(text);
            if (!m.find()) {
                throw new IllegalStateException("No " + regex + " in " + text);
            }
            return m.group(1);
        }
    }

    /**
     * Makes {@code portal-bench} beside the example's built server (its configuration and WAR, a fresh database, the
     * benchmark's port) and starts it.
     */
    private static void startServer(String url, PrintStream out) throws IOException, InterruptedException {
        Path servers = WLP.resolve("usr/servers");
        Path built = List.of("portal-it", "portal").stream().map(servers::resolve)
                .filter(s -> Files.isRegularFile(s.resolve("apps/cluster-portal.war"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("No built portal under " + servers.toAbsolutePath()
                        + ": build it first (mvn -pl examples/cluster-portal -am install -DskipTests) or name a "
                        + "running one with -Dfiliere.bench.portal.url=http://host:port"));
        Path bench = servers.resolve(SERVER);
        server("stop", out);
        deleteTree(bench);
        Files.createDirectories(bench.resolve("apps"));
        try (var files = Files.list(built)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (f.getFileName().toString().matches("server\\.xml|jvm\\.options|datasource-.*\\.xml")) {
                    Files.copy(f, bench.resolve(f.getFileName()));
                }
            }
        }
        Files.copy(built.resolve("apps/cluster-portal.war"), bench.resolve("apps/cluster-portal.war"));
        String port = url.substring(url.lastIndexOf(':') + 1);
        Files.writeString(bench.resolve("bootstrap.properties"), "portal.http.port=" + port + "\n"
                + "portal.derby.directory=" + bench.toAbsolutePath().resolve("derby") + "\n");
        out.println("starting " + SERVER + " from " + built + " on port " + port);
        if (server("start", out) != 0) {
            throw new IllegalStateException("The server " + SERVER + " did not start; see "
                    + bench.resolve("logs/messages.log"));
        }
    }

    private static void stopServer(PrintStream out) throws IOException, InterruptedException {
        server("stop", out);
    }

    private static int server(String action, PrintStream out) throws IOException, InterruptedException {
        Path script = WLP.resolve("bin/server");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("No Liberty runtime at " + WLP.toAbsolutePath());
        }
        Process p = new ProcessBuilder(List.of(script.toString(), action, SERVER)).redirectErrorStream(true)
                .start();
        String said = new String(p.getInputStream().readAllBytes());
        int status = p.waitFor();
        if (action.equals("start")) {
            Arrays.stream(said.split("\n")).filter(l -> !l.isBlank()).forEach(out::println);
        }
        return status;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(Collections.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
