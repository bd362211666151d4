package org.filiere.persistence.techwatch;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.kernel.StaleDataException;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.techwatch.LetterEntry;
import org.filiere.techwatch.TechItemId;
import org.filiere.techwatch.TechLetter;
import org.filiere.techwatch.TechLetterId;
import org.filiere.techwatch.TechLetters;
import org.filiere.watch.WatchWeek;

/**
 * Technology letters in the library's database. A save raises the letter's version even when only its items
 * changed, so that two staff members editing one draft cannot both save.
 */
@ApplicationScoped
public class JpaTechLetters implements TechLetters {

    private final Transactions transactions;

    @Inject
    public JpaTechLetters(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaTechLetters() {
        this(null);
    }

    @Override
    public void save(TechLetter letter) {
        EntityManager em = em();
        TechLetterEntity row = em.find(TechLetterEntity.class, letter.id().toString());
        if (row == null) {
            if (letter.version() != 0) {
                throw new StaleDataException("technology letter \"" + letter.title() + "\"", "it was deleted");
            }
            row = new TechLetterEntity();
            row.id = letter.id().toString();
            copy(letter, row);
            em.persist(row);
            return;
        }
        VersionedRows.change(em, transactions, row, row.version, letter.version());
        copy(letter, row);
    }

    @Override
    public Optional<TechLetter> find(TechLetterId id) {
        return Optional.ofNullable(em().find(TechLetterEntity.class, id.toString())).map(JpaTechLetters::toDomain);
    }

    @Override
    public List<TechLetter> published() {
        return em().createQuery("SELECT l FROM TechLetterEntity l WHERE l.publishedAt IS NOT NULL"
                + " ORDER BY l.publishedAt DESC, l.id", TechLetterEntity.class).getResultStream()
                .map(JpaTechLetters::toDomain).toList();
    }

    @Override
    public List<TechLetter> drafts() {
        return em().createQuery("SELECT l FROM TechLetterEntity l WHERE l.publishedAt IS NULL"
                + " ORDER BY l.weekYear DESC, l.weekNumber DESC, l.id", TechLetterEntity.class).getResultStream()
                .map(JpaTechLetters::toDomain).toList();
    }

    private static void copy(TechLetter letter, TechLetterEntity row) {
        row.title = letter.title();
        row.weekYear = letter.week().year();
        row.weekNumber = letter.week().week();
        row.publishedAt = letter.publishedAt().orElse(null);
        row.entries.clear();
        for (LetterEntry entry : letter.entries()) {
            LetterEntryRow entryRow = new LetterEntryRow();
            entryRow.position = row.entries.size();
            entryRow.itemId = entry.itemId().toString();
            entryRow.comment = entry.comment().isEmpty() ? null : entry.comment();
            row.entries.add(entryRow);
        }
    }

    private static TechLetter toDomain(TechLetterEntity e) {
        List<LetterEntry> entries = e.entries.stream().sorted(Comparator.comparingInt(r -> r.position))
                .map(r -> new LetterEntry(TechItemId.parse(r.itemId), r.comment == null ? "" : r.comment)).toList();
        return new TechLetter(TechLetterId.parse(e.id), e.title, new WatchWeek(e.weekYear, e.weekNumber), entries,
                Optional.ofNullable(e.publishedAt), e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
