package org.filiere.integration.camel.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.qpid.jms.JmsConnectionFactory;

/**
 * A partner reading a queue of the broker as receivers should: it drops a message whose id it has already seen,
 * and counts what it dropped.
 */
final class BrokerReceiver implements AutoCloseable {

    private final Connection connection;
    private final BlockingQueue<Message> arrived = new LinkedBlockingQueue<>();
    private final Set<String> seen = new LinkedHashSet<>();
    private final Map<String, List<String>> byAggregate = new LinkedHashMap<>();
    private final List<Received> received = new ArrayList<>();
    private int duplicates;

    BrokerReceiver(String url, String address) throws JMSException {
        connection = new JmsConnectionFactory(TestBroker.username(), TestBroker.password(), url).createConnection();
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        MessageConsumer consumer = session.createConsumer(session.createQueue(address));
        consumer.setMessageListener(arrived::add);
        connection.start();
    }

    /** Receives until {@code count} distinct messages arrived, or fails after 60 s. */
    BrokerReceiver awaitDistinct(int count) throws JMSException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (seen.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Only " + seen.size() + " of " + count + " messages arrived within 60 s");
            }
            Message message = arrived.poll(500, TimeUnit.MILLISECONDS);
            if (message != null) {
                take(message);
            }
        }
        return this;
    }

    /** Takes whatever else arrives within a short while (duplicates, messages that should not be there). */
    BrokerReceiver drain() throws JMSException, InterruptedException {
        Message message;
        while ((message = arrived.poll(1, TimeUnit.SECONDS)) != null) {
            take(message);
        }
        return this;
    }

    private void take(Message message) throws JMSException {
        String id = message.getJMSMessageID();
        if (!seen.add(id)) {
            duplicates++;
            return;
        }
        String aggregate = message.getStringProperty(BrokerChannel.AGGREGATE_PROPERTY);
        byAggregate.computeIfAbsent(aggregate, k -> new ArrayList<>()).add(id);
        received.add(new Received(id, message.getJMSType(), aggregate, ((TextMessage) message).getText()));
    }

    /** The distinct message ids, in the order they arrived. */
    List<String> ids() {
        return List.copyOf(seen);
    }

    /** The distinct message ids of each aggregate, in the order they arrived. */
    Map<String, List<String>> byAggregate() {
        return byAggregate;
    }

    List<Received> received() {
        return received;
    }

    /** How many messages were dropped as already seen. */
    int duplicates() {
        return duplicates;
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }

    record Received(String id, String type, String aggregate, String body) {
    }
}
