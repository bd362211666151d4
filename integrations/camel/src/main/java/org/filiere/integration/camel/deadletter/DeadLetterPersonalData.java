package org.filiere.integration.camel.deadletter;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * The integrations' dead letters as a place of personal data: a failed item (a provider's registration, a row of a
 * partner's file) may hold a person's address and name, in the item itself, in its headers or in the reason it
 * failed. The letters whose key, item, headers or reason contain the address are exported, and erased by deleting them:
 * a retry would bring the person back, and no figure counts dead letters. Unlike {@link DeadLetterStore}, which
 * commits each call on its own, both work in the caller's transaction, so that an erasure that rolls back keeps
 * the letters.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class DeadLetterPersonalData implements PersonalDataPlace {

    private static final AddressSearch NAMING = AddressSearch.in("item_key", "item", "headers", "reason");

    private final CurrentTransaction transaction;

    @Inject
    public DeadLetterPersonalData(CurrentTransaction transaction) {
        this.transaction = transaction;
    }

    /** For the CDI container's proxies. */
    protected DeadLetterPersonalData() {
        this(null);
    }

    @Override
    @PublicRead
    public String name() {
        return "integration dead letters";
    }

    @Override
    @ReadsPersonalData(PersonalDataKind.DEAD_LETTERS)
    public List<Map<String, String>> export(Actor actor, String email) {
        requireStaff(actor, "export the dead letters naming a person");
        List<Map<String, String>> records = new ArrayList<>();
        String sql = "SELECT id, route_id, item_key, failed_at, status, item, headers, reason FROM dead_letter"
                + NAMING.where() + " ORDER BY failed_at, id";
        try (PreparedStatement s = connection().prepareStatement(sql)) {
            NAMING.bind(s, email);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> record = new LinkedHashMap<>();
                    record.put("id", rs.getString(1));
                    record.put("route", rs.getString(2));
                    record.put("key", orEmpty(rs.getString(3)));
                    record.put("failed at", rs.getTimestamp(4).toInstant().toString());
                    record.put("status", rs.getString(5));
                    record.put("item", orEmpty(rs.getString(6)));
                    record.put("headers", orEmpty(rs.getString(7)));
                    record.put("reason", rs.getString(8));
                    records.add(record);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the dead letters naming a person: " + e.getMessage(), e);
        }
        return records;
    }

    @Override
    public int erase(Actor actor, String email) {
        requireStaff(actor, "erase the dead letters naming a person");
        try (PreparedStatement s = connection().prepareStatement("DELETE FROM dead_letter" + NAMING.where())) {
            NAMING.bind(s, email);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot delete the dead letters naming a person: " + e.getMessage(), e);
        }
    }

    private Connection connection() {
        return transaction.connection();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
