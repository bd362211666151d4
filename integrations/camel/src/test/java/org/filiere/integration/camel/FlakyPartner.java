package org.filiere.integration.camel;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A partner system for tests, that answers as it is told: accepts, refuses a bad item, or is down for a while.
 * It notes every attempt.
 */
@ApplicationScoped
public class FlakyPartner {

    /** How the partner answers one attempt. */
    public enum Answer { ACCEPT, REFUSE, DOWN }

    private final Deque<Answer> script = new ArrayDeque<>();
    private Answer otherwise = Answer.ACCEPT;
    private final List<Instant> attempts = new ArrayList<>();
    private final List<String> accepted = new ArrayList<>();

    /** The next answers, in order, and then {@code otherwise} for ever. */
    public synchronized void answers(Answer otherwise, Answer... next) {
        script.clear();
        script.addAll(List.of(next));
        this.otherwise = otherwise;
    }

    public synchronized void receive(String item) throws IOException {
        attempts.add(Instant.now());
        Answer answer = script.isEmpty() ? otherwise : script.poll();
        switch (answer) {
            case REFUSE -> throw new IllegalArgumentException("Registration " + item + ": the e-mail address is missing");
            case DOWN -> throw new IOException("Connection refused by the partner");
            default -> accepted.add(item);
        }
    }

    public synchronized List<Instant> attempts() {
        return List.copyOf(attempts);
    }

    public synchronized List<String> accepted() {
        return List.copyOf(accepted);
    }
}
