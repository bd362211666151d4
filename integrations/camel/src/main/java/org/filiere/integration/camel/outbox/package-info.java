/**
 * The outbox: messages for partners are written to the {@code outbox_message} table in the very transaction of the
 * change they tell, and a relay publishes them afterwards, at least once, in order for each aggregate, marking them
 * sent in its own transaction. Channels say where messages go: the message broker over AMQP 1.0
 * ({@link org.filiere.integration.camel.outbox.BrokerChannel}), or any integration's own route.
 */
package org.filiere.integration.camel.outbox;
