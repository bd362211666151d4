package org.filiere.demo.watch;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;

import org.filiere.demo.DemoCluster;
import org.filiere.integration.tenders.FeedFile;
import org.filiere.integration.tenders.TenderFeeds;
import org.filiere.watch.UnusableTenderException;
import org.filiere.watch.application.TenderReception;
import org.filiere.watch.application.TenderService;

/** Imports a feed file (OCDS, DECP v2 or eForms) entry by entry, and says what became of each. */
final class TenderFiles {

    private TenderFiles() {
    }

    /** Imports the file; with {@code out} it prints one line per tender, its left-out fields and refusals. */
    static Map<TenderReception.Outcome, Integer> importFile(DemoCluster cluster, String name, byte[] content,
            PrintStream out) {
        FeedFile file = TenderFeeds.split(name, content);
        TenderService service = cluster.get(TenderService.class);
        Map<TenderReception.Outcome, Integer> outcomes = new EnumMap<>(TenderReception.Outcome.class);
        int refused = 0;
        for (FeedFile.Entry entry : file.entries()) {
            try {
                TenderReception reception = service.receive(TenderFeeds.notice(entry.format(), entry.json(),
                        file.issues()));
                outcomes.merge(reception.outcome(), 1, Integer::sum);
                if (out != null) {
                    out.printf("%-9s %s%n", reception.outcome(), reception.tenderId());
                    reception.issues().forEach(i -> out.printf("          left out: %s%n", i));
                }
            } catch (UnusableTenderException e) {
                refused++;
                if (out != null) {
                    out.printf("REFUSED   %s%n", e.getMessage());
                }
            }
        }
        if (out != null) {
            out.printf("%s: %d entries, %d new, %d updated, %d unchanged, %d refused%n", name, file.entries().size(),
                    outcomes.getOrDefault(TenderReception.Outcome.CREATED, 0),
                    outcomes.getOrDefault(TenderReception.Outcome.UPDATED, 0),
                    outcomes.getOrDefault(TenderReception.Outcome.UNCHANGED, 0), refused);
        }
        return outcomes;
    }
}
