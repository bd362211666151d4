package org.filiere.integration.camel.outbox;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.PublicRead;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.integration.camel.AddressSearch;
import org.filiere.persistence.CurrentTransaction;
import org.filiere.privacy.PersonalDataKind;
import org.filiere.privacy.PersonalDataPlace;
import org.filiere.privacy.application.ReadsPersonalData;

/**
 * The integrations' outbox as a place of personal data: a message to a partner (a training registration sent to its
 * provider, say) may hold a person's name and address in its payload, its headers or the error a partner answered.
 * The messages whose payload, headers or last error contain the address are exported, and erased by deleting them,
 * whatever their status:
 * <ul>
 * <li>a message already sent is only kept for the relay's history, and goes;</li>
 * <li>a message still waiting (never tried, or refused and waiting for its next attempt) goes too, so that the
 * partner never receives the erased data: the erasure withdraws it, and the messages after it of the same aggregate
 * are relayed in their order as if it had never been written;</li>
 * <li>a dead message goes as well (its dead letter is reached by the dead letters' own place).</li>
 * </ul>
 *
 * <p>The deletion waits for a relay that claimed one of these messages: the relay holds its claim's row locks until
 * it has written the outcome ({@link OutboxStore#claim}), so a message the relay is handing to its partner at that
 * moment is deleted once marked sent (it reached the partner before the erasure), and a message the erasure deleted
 * first is never claimed. Both work in the caller's transaction, unlike {@link OutboxStore}, so that an erasure that
 * rolls back keeps the messages, still waiting to be sent.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class OutboxPersonalData implements PersonalDataPlace {

    private static final AddressSearch NAMING = AddressSearch.in("payload", "headers", "last_error");

    private final CurrentTransaction transaction;

    @Inject
    public OutboxPersonalData(CurrentTransaction transaction) {
        this.transaction = transaction;
    }

    /** For the CDI container's proxies. */
    protected OutboxPersonalData() {
        this(null);
    }

    @Override
    @PublicRead
    public String name() {
        return "integration outbox";
    }

    @Override
    @ReadsPersonalData(PersonalDataKind.OUTBOX_MESSAGES)
    public List<Map<String, String>> export(Actor actor, String email) {
        requireStaff(actor, "export the outbox messages naming a person");
        List<Map<String, String>> records = new ArrayList<>();
        String sql = "SELECT id, channel, aggregate_id, message_type, status, created_at, sent_at, payload"
                + " FROM outbox_message" + NAMING.where() + " ORDER BY seq";
        try (PreparedStatement s = connection().prepareStatement(sql)) {
            NAMING.bind(s, email);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> record = new LinkedHashMap<>();
                    record.put("id", rs.getString(1));
                    record.put("channel", rs.getString(2));
                    record.put("aggregate", rs.getString(3));
                    record.put("type", rs.getString(4));
                    record.put("status", rs.getString(5));
                    record.put("created at", rs.getTimestamp(6).toInstant().toString());
                    Timestamp sentAt = rs.getTimestamp(7);
                    record.put("sent at", sentAt == null ? "" : sentAt.toInstant().toString());
                    record.put("payload", rs.getString(8));
                    records.add(record);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the outbox messages naming a person: " + e.getMessage(), e);
        }
        return records;
    }

    @Override
    public int erase(Actor actor, String email) {
        requireStaff(actor, "erase the outbox messages naming a person");
        try (PreparedStatement s = connection().prepareStatement("DELETE FROM outbox_message" + NAMING.where())) {
            NAMING.bind(s, email);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot delete the outbox messages naming a person: " + e.getMessage(),
                    e);
        }
    }

    private Connection connection() {
        return transaction.connection();
    }
}
