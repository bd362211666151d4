package org.filiere.integration.camel.outbox;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.CompletionListener;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.qpid.jms.exceptions.JmsConnectionClosedException;
import org.apache.qpid.jms.exceptions.JmsConnectionFailedException;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.apache.qpid.jms.JmsOperationTimedOutException;
import org.apache.qpid.jms.JmsSendTimedOutException;
import org.apache.qpid.jms.provider.exceptions.ProviderIOException;
import org.eclipse.microprofile.config.Config;

/**
 * The channel of the messages partners receive: a message broker reached over AMQP 1.0 (Apache Qpid JMS) at
 * {@code filiere.amqp.url}. A batch is sent as persistent messages without waiting for each one: every send
 * carries a completion listener, and the batch is delivered once the broker has accepted each message. The
 * message id is the outbox message's id ({@code ID:<event id>}), so that receivers drop a message sent twice.
 *
 * <p>Failures: a broker that cannot be reached (connection refused or lost, a send that times out) leaves the rest
 * of the batch in the outbox; a message the broker refuses (an address it does not know, a message it rejects) is
 * refused, to be tried again later and then dead-lettered.
 */
@ApplicationScoped
public class BrokerChannel implements OutboxChannel {

    /** The channel's name in the outbox. */
    public static final String NAME = "broker";
    /** The property carrying the aggregate's id. */
    public static final String AGGREGATE_PROPERTY = "FiliereAggregateId";

    private static final Logger LOG = Logger.getLogger(BrokerChannel.class.getName());
    private static final ThreadLocal<String> NEXT_ID = new ThreadLocal<>();

    private final OutboxSettings settings;
    private Connection connection;
    private Session session;
    private final Map<String, MessageProducer> producers = new HashMap<>();
    private volatile boolean broken;

    @Inject
    public BrokerChannel(Config config) {
        this.settings = config == null ? null : new OutboxSettings(config);
    }

    /** For the CDI container's proxies. */
    protected BrokerChannel() {
        this(null);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean configured() {
        return settings.brokerUrl().isPresent();
    }

    @Override
    public Delivery deliver(List<OutboxMessage> batch) {
        return start(batch).outcome();
    }

    /** Sends every message of the batch without waiting; the outcome waits for the broker's confirmations. */
    @Override
    public synchronized PendingDelivery start(List<OutboxMessage> batch) {
        Delivery.Builder outcome = Delivery.builder();
        try {
            connect();
        } catch (JMSException e) {
            disconnect();
            Delivery unreachable = outcome.unreachable(e).build();
            return () -> unreachable;
        }
        CountDownLatch completions = new CountDownLatch(batch.size());
        for (OutboxMessage message : batch) {
            MessageProducer producer;
            try {
                producer = producer(settings.address(message.type()));
            } catch (JMSException e) {
                if (unreachable(e)) {
                    outcome.unreachable(e);
                    break;
                }
                outcome.refused(message.id(), e);
                completions.countDown();
                if (!reconnect(outcome)) {
                    break;
                }
                continue;
            }
            try {
                TextMessage jms = session.createTextMessage(message.payload());
                jms.setJMSType(message.type());
                jms.setStringProperty(AGGREGATE_PROPERTY, message.aggregateId());
                for (Map.Entry<String, String> header : message.headers().entrySet()) {
                    jms.setStringProperty(header.getKey(), header.getValue());
                }
                NEXT_ID.set("ID:" + message.id());
                producer.send(jms, DeliveryMode.PERSISTENT, Message.DEFAULT_PRIORITY, Message.DEFAULT_TIME_TO_LIVE,
                        completion(message.id(), outcome, completions));
            } catch (JMSException | RuntimeException e) {
                if (unreachable(e)) {
                    outcome.unreachable(e);
                    break;
                }
                outcome.refused(message.id(), e);
                completions.countDown();
            } finally {
                NEXT_ID.remove();
            }
        }
        return () -> awaitOutcome(outcome, completions);
    }

    private synchronized Delivery awaitOutcome(Delivery.Builder outcome, CountDownLatch completions) {
        try {
            if (!completions.await(settings.brokerTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                outcome.unreachable(new JmsOperationTimedOutException("The broker did not confirm every message "
                        + "of the batch within " + settings.brokerTimeout()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome.unreachable(e);
        }
        Delivery delivery = outcome.build();
        if (delivery.unreachable().isPresent()) {
            disconnect();
        }
        return delivery;
    }

    private CompletionListener completion(String id, Delivery.Builder outcome, CountDownLatch completions) {
        return new CompletionListener() {
            @Override
            public void onCompletion(Message message) {
                outcome.delivered(id);
                completions.countDown();
            }

            @Override
            public void onException(Message message, Exception failure) {
                if (unreachable(failure) || failure instanceof JmsSendTimedOutException) {
                    outcome.unreachable(failure);
                } else {
                    outcome.refused(id, failure);
                }
                completions.countDown();
            }
        };
    }

    private boolean reconnect(Delivery.Builder outcome) {
        disconnect();
        try {
            connect();
            return true;
        } catch (JMSException e) {
            outcome.unreachable(e);
            return false;
        }
    }

    /** Whether a failure says the broker cannot be reached (rather than that it refused a message). */
    static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException || t instanceof ProviderIOException
                    || t instanceof JmsConnectionFailedException || t instanceof JmsConnectionClosedException
                    || t instanceof jakarta.jms.IllegalStateException) {
                return true;
            }
        }
        return false;
    }

    private void connect() throws JMSException {
        if (connection != null && !broken) {
            return;
        }
        disconnect();
        String url = settings.brokerUrl().orElseThrow(() -> new IllegalStateException(
                "No broker is configured (filiere.amqp.url)"));
        JmsConnectionFactory factory = new JmsConnectionFactory(url);
        settings.brokerUsername().ifPresent(factory::setUsername);
        settings.brokerPassword().ifPresent(factory::setPassword);
        long timeout = settings.brokerTimeout().toMillis();
        factory.setConnectTimeout(timeout);
        factory.setRequestTimeout(timeout);
        factory.setSendTimeout(timeout);
        factory.setCloseTimeout(Math.min(timeout, 5000));
        factory.setMessageIDPolicy(new EventMessageIds(NEXT_ID));
        Connection opened = factory.createConnection();
        try {
            opened.setExceptionListener(e -> broken = true);
            session = opened.createSession(false, Session.AUTO_ACKNOWLEDGE);
            opened.start();
        } catch (JMSException | RuntimeException e) {
            close(opened);
            throw e;
        }
        connection = opened;
        broken = false;
    }

    private MessageProducer producer(String address) throws JMSException {
        MessageProducer producer = producers.get(address);
        if (producer == null) {
            producer = session.createProducer(session.createQueue(address));
            producers.put(address, producer);
        }
        return producer;
    }

    private void disconnect() {
        producers.clear();
        session = null;
        if (connection != null) {
            close(connection);
            connection = null;
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.FINE, "The broker connection did not close cleanly", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        disconnect();
    }
}
