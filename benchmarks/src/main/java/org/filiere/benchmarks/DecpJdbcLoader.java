package org.filiere.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The tender-import benchmark's baseline: a DECP file read with Jackson's streaming parser, one contract at a time,
 * and its rows written with plain JDBC (prepared statements, batches of 1,000, a commit every 10,000 contracts).
 * It maps only the fields the generated file has, the way the library stores them (a new tender is at version 1).
 */
final class DecpJdbcLoader {

    private static final int BATCH = 1_000;
    private static final int COMMIT = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private DecpJdbcLoader() {
    }

    /** Loads the file's contracts; returns how many. */
    static int load(Path file, Connection c) throws IOException, SQLException {
        int count = 0;
        Timestamp now = Timestamp.from(Instant.now());
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.getFactory().createParser(in);
                PreparedStatement tender = c.prepareStatement("INSERT INTO tender (id, source, reference, buyer_name,"
                        + " buyer_siret, title, description, department, postcode, value_amount, value_currency,"
                        + " published_on, received_at, updated_at, version) VALUES (?, 'decp', ?, ?, ?, ?, '', ?, ?, ?,"
                        + " 'EUR', ?, ?, ?, 1)");
                PreparedStatement cpv = c.prepareStatement("INSERT INTO tender_cpv (tender_id, cpv_code, item_order)"
                        + " VALUES (?, ?, 0)")) {
            while (p.nextToken() != null) {
                if (p.currentToken() != JsonToken.FIELD_NAME || !"marche".equals(p.currentName())) {
                    continue;
                }
                p.nextToken();
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    JsonNode m = p.readValueAsTree();
                    String id = UUID.randomUUID().toString();
                    String siret = m.path("acheteur").path("id").asText();
                    String postcode = m.path("lieuExecution").path("code").asText();
                    tender.setString(1, id);
                    tender.setString(2, siret + m.path("id").asText());
                    tender.setString(3, m.path("acheteur").path("nom").asText());
                    tender.setString(4, siret);
                    tender.setString(5, m.path("objet").asText());
                    tender.setString(6, postcode.substring(0, 2));
                    tender.setString(7, postcode);
                    tender.setBigDecimal(8, new BigDecimal(m.path("montant").asText()));
                    tender.setDate(9, Date.valueOf(LocalDate.parse(m.path("datePublicationDonnees").asText())));
                    tender.setTimestamp(10, now);
                    tender.setTimestamp(11, now);
                    tender.addBatch();
                    cpv.setString(1, id);
                    cpv.setString(2, m.path("codeCPV").asText());
                    cpv.addBatch();
                    count++;
                    if (count % BATCH == 0) {
                        tender.executeBatch();
                        cpv.executeBatch();
                    }
                    if (count % COMMIT == 0) {
                        c.commit();
                    }
                }
            }
            tender.executeBatch();
            cpv.executeBatch();
            c.commit();
        }
        return count;
    }
}
