package org.filiere.demo.directory;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoConverters.MemberIdConverter;
import org.filiere.directory.DirectoryListing;
import org.filiere.directory.PartnerListing;
import org.filiere.directory.PartnerQuery;
import org.filiere.directory.PartnerSource;
import org.filiere.directory.application.DirectoryCommands.ConsentToDirectory;
import org.filiere.directory.application.DirectoryCommands.WithdrawFromDirectory;
import org.filiere.directory.application.DirectoryService;
import org.filiere.directory.application.PartnerDirectoryService;
import org.filiere.directory.application.PartnerImportReport;
import org.filiere.integration.partners.DirectoryHttpServer;
import org.filiere.integration.partners.DirectoryPublication;
import org.filiere.integration.partners.PartnerImport;
import org.filiere.member.MemberId;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code directory}: the public directory and the partners' directories. */
@Command(name = "directory", description = "The public directory (consents, publication) and partners' directories.",
        subcommands = {DirectoryCommand.Listed.class, DirectoryCommand.Consent.class, DirectoryCommand.Withdraw.class,
            DirectoryCommand.Publish.class, DirectoryCommand.Serve.class, DirectoryCommand.Import.class,
            DirectoryCommand.Search.class})
public class DirectoryCommand implements Callable<Integer> {

    @ParentCommand
    ClusterDemo demo;

    @Override
    public Integer call() {
        try (DemoCluster cluster = demo.open()) {
            new DirectoryTour().report(cluster, demo.out());
        }
        return 0;
    }

    /** {@code directory list}: the members listed. */
    @Command(name = "list", description = "List the members in the public directory.")
    static class Listed implements Callable<Integer> {
        @ParentCommand
        DirectoryCommand parent;

        @Override
        public Integer call() {
            try (DemoCluster cluster = parent.demo.open()) {
                for (DirectoryListing l : cluster.get(DirectoryService.class).listings()) {
                    parent.demo.out().printf("%s  %-40s %s  %s%n", l.memberId(), l.name(), l.activity().code(),
                            l.address().commune());
                }
            }
            return 0;
        }
    }

    /** {@code directory consent SIREN --offer TEXT}. */
    @Command(name = "consent", description = "Record a member's consent to be listed (dated now), with its offer.")
    static class Consent implements Callable<Integer> {
        @ParentCommand
        DirectoryCommand parent;

        @Parameters(paramLabel = "SIREN", converter = MemberIdConverter.class, description = "The member's SIREN.")
        MemberId member;

        @Option(names = "--offer", paramLabel = "TEXT", defaultValue = "", description = "What the member offers.")
        String offer;

        @Override
        public Integer call() {
            try (DemoCluster cluster = parent.demo.open()) {
                cluster.get(DirectoryService.class).consent(new ConsentToDirectory(cluster.actor(), member, offer));
                parent.demo.out().printf("Member %s is listed in the directory.%n", member);
            }
            return 0;
        }
    }

    /** {@code directory withdraw SIREN}. */
    @Command(name = "withdraw", description = "Withdraw a member's consent: it leaves the directory.")
    static class Withdraw implements Callable<Integer> {
        @ParentCommand
        DirectoryCommand parent;

        @Parameters(paramLabel = "SIREN", converter = MemberIdConverter.class, description = "The member's SIREN.")
        MemberId member;

        @Override
        public Integer call() {
            try (DemoCluster cluster = parent.demo.open()) {
                cluster.get(DirectoryService.class).withdraw(new WithdrawFromDirectory(cluster.actor(), member));
                parent.demo.out().printf("Member %s left the directory.%n", member);
            }
            return 0;
        }
    }

    /** {@code directory publish [--to DIR]}. */
    @Command(name = "publish", description = "Write the directory as schema.org JSON-LD and Popolo files.")
    static class Publish implements Callable<Integer> {
        @ParentCommand
        DirectoryCommand parent;

        @Option(names = "--to", paramLabel = "DIR", description = "The folder (default: 'directory' beside the data).")
        Path folder;

        @Override
        public Integer call() throws IOException {
            try (DemoCluster cluster = parent.demo.open()) {
                List<Path> files = folder == null ? DirectoryTour.publish(cluster)
                        : cluster.get(DirectoryPublication.class).writeFiles(folder);
                files.forEach(f -> parent.demo.out().println("Wrote " + f));
            }
            return 0;
        }
    }

    /** {@code directory serve [--port P] [--seconds S]}. */
    @Command(name = "serve", description = "Serve the directory over HTTP on this machine (loopback) for a while.")
    static class Serve implements Callable<Integer> {
        @ParentCommand
        DirectoryCommand parent;

        @Option(names = "--port", defaultValue = "0", description = "The port (default: any free port).")
        int port;

        @Option(names = "--seconds", defaultValue = "60", description = "How long to serve (default: ${DEFAULT-VALUE}).")
        int seconds;

        @Override
        public Integer call() throws Exception {
            try (DemoCluster cluster = parent.demo.open();
                    DirectoryHttpServer server = DirectoryHttpServer.start(cluster.get(DirectoryPublication.class),
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
                parent.demo.out().printf("Serving %sdirectory.jsonld and %sdirectory.popolo.json for %d s%n",
                        server.address(), server.address(), seconds);
                Thread.sleep(seconds * 1000L);
            }
            return 0;
        }
    }

    /** {@code directory import FILE --source KEY}. */
    @Command(name = "import", description = "Read a partner's file (schema.org JSON-LD, Popolo, iCalendar, vCard, jCard).")
    static class Import implements Callable<Integer> {
        @ParentCommand
        DirectoryCommand parent;

        @Parameters(paramLabel = "FILE", description = "The partner's file.")
        Path file;

        @Option(names = "--source", required = true, paramLabel = "KEY",
                description = "The partner source, lower-case words joined by hyphens (pole-sud).")
        String source;

        @Override
        public Integer call() throws IOException {
            try (DemoCluster cluster = parent.demo.open(); InputStream in = Files.newInputStream(file)) {
                PartnerImportReport report = cluster.get(PartnerImport.class).read(new PartnerSource(source),
                        file.getFileName().toString(), in);
                parent.demo.out().printf("%s: %d new, %d changed, %d unchanged (refused records are in the dead "
                        + "letters)%n", file.getFileName(), report.created(), report.updated(), report.unchanged());
            }
            return 0;
        }
    }

    /** {@code directory search [WORDS] [--sector NAF] [--place P]}. */
    @Command(name = "search", description = "Find partners by what they offer (French), sector and place.")
    static class Search implements Callable<Integer> {
        @ParentCommand
        DirectoryCommand parent;

        @Parameters(paramLabel = "WORDS", arity = "0..*", description = "Words about what you look for.")
        List<String> words = List.of();

        @Option(names = "--sector", paramLabel = "NAF", description = "The start of a NAF code (62, 62.01).")
        String sector;

        @Option(names = "--place", paramLabel = "PLACE", description = "A department (13), a postcode or a town.")
        String place;

        @Override
        public Integer call() {
            try (DemoCluster cluster = parent.demo.open()) {
                List<PartnerListing> found = cluster.get(PartnerDirectoryService.class).search(new PartnerQuery(
                        String.join(" ", words), Optional.ofNullable(sector), Optional.ofNullable(place), 20));
                for (PartnerListing l : found) {
                    parent.demo.out().printf("%-30s %-8s %-6s %s — %s%n", l.details().name(), l.source(),
                            l.details().activity().map(Object::toString).orElse(""), l.details().address(),
                            l.details().offer().replace('\n', ' '));
                }
                parent.demo.out().printf("%d partner(s) found.%n", found.size());
            }
            return 0;
        }
    }
}
