package org.filiere.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.monitor.TermWeightor;
import org.filiere.member.MemberId;
import org.filiere.watch.CpvVocabulary;
import org.filiere.watch.Tender;
import org.filiere.watch.TenderMatch;
import org.filiere.watch.TenderMatcher;
import org.filiere.watch.WatchCriteria;
import org.filiere.watch.WatchProfile;

/**
 * The matching engine: Apache Lucene's monitor keeps every active watch profile as a query, and matches batches of
 * tenders against all of them at once. Its presearcher indexes the profiles by their terms, so a tender is only
 * checked against the profiles that share a word or a CPV code with it. Between calls it keeps the profiles and
 * re-registers only those that changed.
 */
@ApplicationScoped
public class LuceneTenderMatcher implements TenderMatcher, AutoCloseable {

    /**
     * How many tenders are matched together: the monitor indexes a batch, then runs each candidate profile once over
     * it. Larger batches run each profile fewer times; a week's tenders fit in one.
     */
    static final int BATCH = 8192;

    private final TenderDocuments documents;
    private final ProfileQueries queries;
    private final Monitor monitor;
    private final Map<String, ProfileQuery> registered = new ConcurrentHashMap<>();
    private final Map<String, WatchCriteria> registeredCriteria = new HashMap<>();

    @Inject
    public LuceneTenderMatcher(CpvVocabulary cpv) {
        FrenchAnalysis analysis = new FrenchAnalysis();
        this.documents = new TenderDocuments(cpv);
        this.queries = new ProfileQueries(analysis);
        TermWeightor filtersLast = TermWeightor.combine(TermFilteredPresearcher.DEFAULT_WEIGHTOR,
                TermWeightor.fieldWeightor(0.01, TenderDocuments.DEPARTMENT, TenderDocuments.VALUE_KNOWN));
        try {
            this.monitor = new Monitor(analysis, new TermFilteredPresearcher(filtersLast, List.of(), Set.of()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the matching engine", e);
        }
    }

    /** For the CDI container's proxies. */
    protected LuceneTenderMatcher() {
        this.documents = null;
        this.queries = null;
        this.monitor = null;
    }

    @Override
    public synchronized List<TenderMatch> match(Collection<WatchProfile> profiles, Collection<Tender> tenders) {
        try {
            watchOnly(profiles);
            List<Tender> all = List.copyOf(tenders);
            List<TenderMatch> matches = new ArrayList<>();
            for (int from = 0; from < all.size(); from += BATCH) {
                matchBatch(all.subList(from, Math.min(all.size(), from + BATCH)), matches);
            }
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException("The matching engine failed", e);
        }
    }

    private void matchBatch(List<Tender> batch, List<TenderMatch> matches) throws IOException {
        Document[] docs = batch.stream().map(documents::of).toArray(Document[]::new);
        MultiMatchingQueries<ReasonedMatch> result = monitor.match(docs,
                searcher -> new ReasonsMatcher(searcher, registered));
        if (!result.getErrors().isEmpty()) {
            throw new IllegalStateException("The matching engine could not run the profiles of members "
                    + result.getErrors().keySet() + ": " + result.getErrors().values().iterator().next().getMessage());
        }
        for (int i = 0; i < batch.size(); i++) {
            Tender tender = batch.get(i);
            result.getMatches(i).stream().sorted(Comparator.comparing(ReasonedMatch::getQueryId))
                    .forEach(m -> matches.add(new TenderMatch(tender.id(), MemberId.of(m.getQueryId()), m.reasons())));
        }
    }

    /** Keeps exactly the active profiles given, registering those that are new or changed. */
    private void watchOnly(Collection<WatchProfile> profiles) throws IOException {
        Map<String, WatchProfile> wanted = new HashMap<>();
        profiles.stream().filter(WatchProfile::isActive).forEach(p -> wanted.put(p.memberId().value(), p));
        List<String> gone = registeredCriteria.keySet().stream().filter(id -> !wanted.containsKey(id)).toList();
        if (!gone.isEmpty()) {
            monitor.deleteById(gone);
            gone.forEach(id -> {
                registeredCriteria.remove(id);
                registered.remove(id);
            });
        }
        List<MonitorQuery> changed = new ArrayList<>();
        for (WatchProfile profile : wanted.values()) {
            String id = profile.memberId().value();
            if (!profile.criteria().equals(registeredCriteria.get(id))) {
                ProfileQuery query = queries.of(profile);
                registeredCriteria.put(id, profile.criteria());
                if (query.matchesNothing()) {
                    registered.remove(id);
                    monitor.deleteById(id);
                } else {
                    registered.put(id, query);
                    changed.add(new MonitorQuery(id, query.query()));
                }
            }
        }
        if (!changed.isEmpty()) {
            monitor.register(changed);
        }
    }

    @PreDestroy
    @Override
    public synchronized void close() {
        if (monitor != null) {
            try {
                monitor.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot close the matching engine", e);
            }
        }
    }
}
