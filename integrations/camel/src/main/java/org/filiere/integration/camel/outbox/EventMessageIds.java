package org.filiere.integration.camel.outbox;

import org.apache.qpid.jms.JmsDestination;
import org.apache.qpid.jms.JmsSession;
import org.apache.qpid.jms.message.JmsMessageIDBuilder;
import org.apache.qpid.jms.policy.JmsMessageIDPolicy;

/**
 * Gives each message the id its sender chose (the outbox message's id), instead of one Qpid JMS makes up: Qpid JMS
 * assigns the message id while sending, on the sending thread, so the sender names it just before.
 */
final class EventMessageIds implements JmsMessageIDPolicy {

    private final ThreadLocal<String> next;

    EventMessageIds(ThreadLocal<String> next) {
        this.next = next;
    }

    @Override
    public JmsMessageIDPolicy copy() {
        return this;
    }

    @Override
    public JmsMessageIDBuilder getMessageIDBuilder(JmsSession session, JmsDestination destination) {
        return (producerId, sequence) -> {
            String id = next.get();
            return id != null ? id : "ID:" + producerId + "-" + sequence;
        };
    }
}
