package org.filiere.integration.partners;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.filiere.integration.camel.IntegrationRouteBuilder;
import org.filiere.integration.camel.http.BodyTooLargeException;
import org.filiere.integration.camel.idempotency.IdempotentRepositories;
import org.filiere.kernel.StaleDataException;

/**
 * Partners' files in, and the association's directory out.
 *
 * <ul>
 * <li>Files dropped in a sub-folder of {@code drop-directory} named for the partner source
 * ({@code drop/pole-sce/annuaire.jsonld}) go to {@code direct:partner-file}; read files move to the sub-folder's
 * {@code .done}, files refused whole (or that failed for good) to its {@code .refused}, with a dead letter saying why:
 * to read one again once it is corrected, drop it again. Several nodes may watch one folder: a file is taken by one
 * of them only, and taken again by any when the node that took it stopped before it was done (once
 * {@code drop-lock-lease} has passed).</li>
 * <li>Two nodes storing the same partner's records at the same moment: the second finds a record stored since it
 * read, and its file is tried again with growing waits, finding the records and updating them.</li>
 * <li>Every {@code poll.<source>} web address is fetched every {@code poll-period} (connect and read timeouts, a size
 * limit) through {@code direct:partner-fetch}, then read the same way. A server down, a 5xx, a 429 or a timeout is
 * tried again with growing waits; a 4xx or a file refused whole goes to the dead letters at once.</li>
 * <li>With {@code publish-directory} set, the directory's files are written there every {@code publish-period}.</li>
 * </ul>
 *
 * <table>
 * <caption>Configuration properties ({@code filiere.integration.partners.})</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code drop-directory}</td><td>none</td><td>folder of one sub-folder per partner source</td></tr>
 * <tr><td>{@code drop-lock-lease}</td><td>{@code PT30M}</td><td>how long a dropped file taken by a node is left
 * to it</td></tr>
 * <tr><td>{@code poll.<source>}</td><td>none</td><td>a partner's web address (directory, events, cards)</td></tr>
 * <tr><td>{@code poll-period}</td><td>{@code PT6H}</td><td>how often they are fetched</td></tr>
 * <tr><td>{@code connect-timeout}, {@code read-timeout}</td><td>{@code PT10S}, {@code PT60S}</td><td>longest waits for
 * a partner's server</td></tr>
 * <tr><td>{@code max-file-bytes}, {@code max-record-bytes}, {@code max-records}</td><td>10485760, 65536,
 * 50000</td><td>largest file, largest JSON record, most events or cards in a file</td></tr>
 * <tr><td>{@code publish-directory}, {@code publish-period}</td><td>none, {@code PT1H}</td><td>where and how often the
 * directory's files are written</td></tr>
 * <tr><td>{@code directory.cluster-name}, {@code directory.id-base}</td><td>{@code Filière},
 * {@code urn:filiere:}</td><td>the association's name in the directory, and the start of its {@code @id}s</td></tr>
 * </table>
 */
@Dependent
public class PartnerRoutes extends IntegrationRouteBuilder {

    /** The integration's name in configuration keys. */
    public static final String NAME = "partners";
    /** Where a partner file is handed (body: the file; header {@link PartnerImport#SOURCE}). */
    public static final String FILE = "direct:partner-file";
    /** Where a web address to fetch is handed (headers {@link PartnerImport#SOURCE} and {@link PartnerImport#URL}). */
    public static final String FETCH = "direct:partner-fetch";
    static final String FILE_ROUTE = "partner-file";
    /** Exchange property: the sub-folder a dropped file moves to once handled. */
    private static final String FOLDER = "partnerFileFolder";

    /** The registry name of the repository through which several nodes share one drop folder. */
    static final String FILES_TAKEN = "partner-files";

    private final IdempotentRepositories repositories;

    @Inject
    public PartnerRoutes(IdempotentRepositories repositories) {
        super(NAME);
        this.repositories = repositories;
    }

    @Override
    protected void routes() {
        Config config = ConfigProvider.getConfig();
        if (config.getOptionalValue(settingKey("drop-directory"), String.class).isPresent()) {
            getCamelContext().getRegistry().bind(FILES_TAKEN, repositories.dropFolderLock(FILES_TAKEN,
                    config.getOptionalValue(settingKey("drop-lock-lease"), Duration.class)
                            .orElse(Duration.ofMinutes(30))));
            from("file:" + setting("drop-directory") + "?recursive=true&minDepth=2&maxDepth=2"
                    + "&move=${file:parent}/${exchangeProperty." + FOLDER + "}/${file:onlyname}"
                    + "&moveFailed=${file:parent}/.refused/${file:onlyname}"
                    + "&readLock=idempotent-changed&idempotentRepository=#" + FILES_TAKEN
                    + "&readLockRemoveOnCommit=true&readLockRemoveOnRollback=true&readLockCheckInterval=500"
                    + "&readLockMinAge=500&exclude=^\\..*")
                    .routeId("partner-drop")
                    .setProperty(FOLDER, constant(".refused"))
                    .process(exchange -> exchange.getIn().setHeader(PartnerImport.SOURCE, Path.of(exchange.getIn()
                            .getHeader("CamelFileParent", String.class)).getFileName().toString()))
                    .to(FILE)
                    .setProperty(FOLDER, constant(".done"));
        }
        long poll = config.getOptionalValue(settingKey("poll-period"), Duration.class).orElse(Duration.ofHours(6))
                .toMillis();
        from("timer:partner-poll?delay=" + poll + "&period=" + poll).routeId("partner-poll")
                .bean(PartnerImport.class, "polled")
                .split(body())
                    .process(exchange -> {
                        Map.Entry<?, ?> target = exchange.getIn().getBody(Map.Entry.class);
                        exchange.getIn().setHeader(PartnerImport.SOURCE, target.getKey());
                        exchange.getIn().setHeader(PartnerImport.URL, target.getValue());
                        exchange.getIn().setBody("");
                    })
                    .to(FETCH)
                .end();
        from(FETCH).routeId("partner-fetch")
                .bean(PartnerImport.class, "fetch")
                .to(FILE);
        from(FILE).routeId(FILE_ROUTE)
                .policy(actingAsSystem())
                .bean(PartnerImport.class, "read(${exchange})");
        if (config.getOptionalValue(settingKey("publish-directory"), String.class).isPresent()) {
            long publish = config.getOptionalValue(settingKey("publish-period"), Duration.class)
                    .orElse(Duration.ofHours(1)).toMillis();
            from("timer:partner-directory-publish?delay=1000&period=" + publish).routeId("partner-directory-publish")
                    .bean(DirectoryPublication.class, "writeConfiguredFiles");
        }
    }

    @Override
    protected boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLargeException || t instanceof UnreadablePartnerFileException) {
                return false;
            }
            if (t instanceof StaleDataException) {
                return true;
            }
        }
        return super.isTransient(failure);
    }
}
