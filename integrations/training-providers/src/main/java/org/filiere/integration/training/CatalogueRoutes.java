package org.filiere.integration.training;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.apache.camel.Exchange;
import org.apache.camel.WrappedFile;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.filiere.integration.camel.IntegrationRouteBuilder;
import org.filiere.integration.camel.deadletter.DeadLetters;
import org.filiere.integration.camel.idempotency.IdempotentRepositories;
import org.filiere.integration.training.catalogue.CatalogueRefusedException;

/**
 * Where catalogues come from: a drop folder (when {@code drop-directory} is set), a URL polled on a schedule (when
 * {@code url} is set), and {@code direct:training-providers-import} for a file named by path. Several nodes may
 * watch the same folder: a file is taken by one of them only, and taken again by any when the node that took it
 * stopped before it was done (once {@code drop-lock-lease} has passed). A file that is not a catalogue is refused whole:
 * its dead letter says why and the file moves to {@code .refused}.
 */
@Dependent
public class CatalogueRoutes extends IntegrationRouteBuilder {

    public static final String FILE_ROUTE = "training-providers-files";
    public static final String URL_ROUTE = "training-providers-url";
    public static final String IMPORT_ROUTE = "training-providers-import";
    /** Send a {@link Path} here to import that file. */
    public static final String IMPORT = "direct:" + IMPORT_ROUTE;

    static final String FOLDER = "FiliereCatalogueFolder";
    static final String FILES_TAKEN = "training-provider-files";

    private final CatalogueImport catalogueImport;
    private final IdempotentRepositories repositories;

    @Inject
    public CatalogueRoutes(CatalogueImport catalogueImport, IdempotentRepositories repositories) {
        super(TrainingProviderSettings.INTEGRATION);
        this.catalogueImport = catalogueImport;
        this.repositories = repositories;
    }

    @Override
    protected void routes() {
        TrainingProviderSettings settings = new TrainingProviderSettings(ConfigProvider.getConfig());

        settings.dropDirectory().ifPresent(folder -> {
            getCamelContext().getRegistry().bind(FILES_TAKEN,
                    repositories.dropFolderLock(FILES_TAKEN, settings.dropLockLease()));
            from("file:" + folder + "?readLock=idempotent-changed&idempotentRepository=#" + FILES_TAKEN
                    + "&readLockRemoveOnCommit=true&readLockCheckInterval=500&readLockMinAge=1000"
                    + "&delay=" + settings.dropPoll().toMillis()
                    + "&move=${exchangeProperty." + FOLDER + "}/${date:now:yyyyMMdd-HHmmss}-${file:name}"
                    + "&moveFailed=.failed/${date:now:yyyyMMdd-HHmmss}-${file:name}")
                    .routeId(FILE_ROUTE)
                    .policy(actingAsSystem())
                    .setProperty(FOLDER, constant(".failed"))
                    .setProperty(DeadLetters.ITEM_KEY, header(Exchange.FILE_NAME))
                    .process(this::importFile)
                    .setProperty(FOLDER, constant(".done"))
                    .process(exchange -> PausePoints.reach(PausePoints.FILE_MOVE));
        });

        settings.url().ifPresent(url -> from("timer:" + URL_ROUTE + "?delay=1000&period="
                + settings.urlPoll().toMillis())
                .routeId(URL_ROUTE)
                .policy(actingAsSystem())
                .setProperty(DeadLetters.ITEM, constant(url))
                .setProperty(DeadLetters.ITEM_KEY, constant(url))
                .setBody(constant((Object) null))
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .to(url + (url.contains("?") ? "&" : "?") + "disableStreamCache=true")
                .process(exchange -> {
                    try (InputStream in = exchange.getIn().getMandatoryBody(InputStream.class)) {
                        Long length = exchange.getIn().getHeader(Exchange.CONTENT_LENGTH, Long.class);
                        exchange.getMessage().setBody(catalogueImport.importCatalogue(url, in,
                                length == null || length < 0 ? OptionalLong.empty() : OptionalLong.of(length)));
                    }
                }));

        from(IMPORT).routeId(IMPORT_ROUTE)
                .policy(actingAsSystem())
                .process(exchange -> {
                    Path file = exchange.getIn().getMandatoryBody(Path.class);
                    exchange.setProperty(DeadLetters.ITEM, "file " + file.toAbsolutePath());
                    exchange.setProperty(DeadLetters.ITEM_KEY, file.getFileName().toString());
                    try (InputStream in = Files.newInputStream(file)) {
                        exchange.getMessage().setBody(catalogueImport.importCatalogue(
                                file.getFileName().toString(), in, OptionalLong.of(Files.size(file))));
                    }
                });

        from(CatalogueImport.COURSE_ENDPOINT).routeId(CatalogueImport.COURSE_ROUTE)
                .policy(actingAsSystem())
                .process(exchange -> exchange.getMessage().setBody(
                        catalogueImport.importCourse(exchange.getIn().getMandatoryBody(String.class))));
    }

    private void importFile(Exchange exchange) throws Exception {
        WrappedFile<?> file = exchange.getIn().getBody(WrappedFile.class);
        Path path = Path.of(String.valueOf(file.getFile()));
        try (InputStream in = Files.newInputStream(path)) {
            exchange.getMessage().setBody(catalogueImport.importCatalogue(path.getFileName().toString(), in,
                    OptionalLong.of(Files.size(path))));
        } catch (CatalogueRefusedException refused) {
            exchange.setProperty(FOLDER, ".refused");
            exchange.getIn().setBody(file);
            throw refused;
        }
    }

    @Override
    protected boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpOperationFailedException http) {
                return http.getStatusCode() >= 500 || http.getStatusCode() == 429 || http.getStatusCode() == 408;
            }
        }
        return super.isTransient(failure);
    }
}
