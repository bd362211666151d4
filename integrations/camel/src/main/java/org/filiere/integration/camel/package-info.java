/**
 * The bridge between the CDI container and Apache Camel 4: a {@link org.apache.camel.CamelContext} created and
 * started with the container and stopped with it, every {@link org.apache.camel.RoutesBuilder} bean added to it,
 * CDI beans visible to Camel by name and type, MicroProfile Config behind Camel's {@code {{placeholders}}}, and
 * Camel's lifecycle moments fired as CDI events. Integrations extend {@link org.filiere.integration.camel.IntegrationRouteBuilder}
 * to be switched on and off by configuration and to share one way of handling errors.
 */
package org.filiere.integration.camel;
