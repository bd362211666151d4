package org.filiere.integration.partners;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small web server for the association's directory (a thin adapter over the JDK's HTTP server): {@code GET
 * /directory.jsonld} (schema.org, {@code application/ld+json}), {@code /directory.popolo.json} (Popolo JSON) and,
 * when the events feature publishes events, {@code /events.jsonld} and {@code /events.ics}. Each answer is read from the database when it is
 * asked for, built, then sent with its length (or a 500 status if it could not be built).
 */
public final class DirectoryHttpServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DirectoryHttpServer.class.getName());

    private final HttpServer server;
    private final ExecutorService executor;

    private DirectoryHttpServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving the directory.
     *
     * @param publication what is served
     * @param address     where to listen; port 0 takes a free port (use a loopback address unless the directory is
     *                    to be reached from other machines)
     */
    public static DirectoryHttpServer start(DirectoryPublication publication, InetSocketAddress address)
            throws IOException {
        HttpServer server = HttpServer.create(address, 16);
        server.createContext("/" + DirectoryPublication.JSON_LD, e -> answer(e, "application/ld+json", publication::jsonLd));
        server.createContext("/" + DirectoryPublication.POPOLO, e -> answer(e, "application/json", publication::popolo));
        server.createContext("/" + DirectoryPublication.EVENTS, e -> answer(e, "application/ld+json", out -> {
            if (!publication.events(out)) {
                throw new NoEventsException();
            }
        }));
        server.createContext("/" + DirectoryPublication.CALENDAR, e -> answer(e, "text/calendar", out -> {
            if (!publication.calendar(out)) {
                throw new NoEventsException();
            }
        }));
        ExecutorService executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.start();
        return new DirectoryHttpServer(server, executor);
    }

    /** Where it listens, such as {@code http://127.0.0.1:41234/}. */
    public URI address() {
        InetSocketAddress a = server.getAddress();
        return URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + "/");
    }

    @FunctionalInterface
    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static final class NoEventsException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static void answer(HttpExchange exchange, String type, Body body) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseHeaders().add("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            if (!exchange.getHttpContext().getPath().equals(path)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try {
                body.write(buffer);
            } catch (NoEventsException none) {
                exchange.sendResponseHeaders(404, -1);
                return;
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "The directory could not be written for " + path, e);
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", type + "; charset=UTF-8");
            exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : buffer.size());
            if (!head) {
                buffer.writeTo(exchange.getResponseBody());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
