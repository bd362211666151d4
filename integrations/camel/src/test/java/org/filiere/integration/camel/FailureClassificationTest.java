package org.filiere.integration.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.integration.camel.FailureClassification.Kind.PERMANENT;
import static org.filiere.integration.camel.FailureClassification.Kind.TRANSIENT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.MalformedInputException;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;

import jakarta.persistence.PersistenceException;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.filiere.integration.camel.http.BodyTooLargeException;
import org.filiere.integration.camel.http.FetchRefusedException;
import org.filiere.kernel.InvalidFieldException;
import org.filiere.kernel.StaleDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule telling failures worth trying again from bad items. */
class FailureClassificationTest {

    @Test
    void shouldTryAgainWhenTheConnectionIsRefusedOrTimesOut() {
        assertThat(FailureClassification.of(new ConnectException("Connection refused"))).isEqualTo(TRANSIENT);
        assertThat(FailureClassification.of(new SocketTimeoutException("Read timed out"))).isEqualTo(TRANSIENT);
        assertThat(FailureClassification.of(new TimeoutException("no answer"))).isEqualTo(TRANSIENT);
        assertThat(FailureClassification.of(new UncheckedIOException(new ConnectException("refused"))))
                .isEqualTo(TRANSIENT);
    }

    @ParameterizedTest
    @ValueSource(ints = { 500, 502, 503, 504, 429, 408 })
    void shouldTryAgainWhenTheServerIsUnavailableOrBusy(int status) {
        assertThat(FailureClassification.of(http(status))).isEqualTo(TRANSIENT);
    }

    @ParameterizedTest
    @ValueSource(ints = { 400, 401, 403, 404, 410, 422 })
    void shouldNotTryAgainWhenTheServerRefusesTheRequest(int status) {
        assertThat(FailureClassification.of(http(status))).isEqualTo(PERMANENT);
    }

    @ParameterizedTest
    @ValueSource(strings = { "40001", "40P01", "55P03", "40XL1", "40XL2", "08006" })
    void shouldTryAgainAfterALockTimeoutADeadlockOrASerializationFailure(String sqlState) {
        SQLException sql = new SQLException("could not obtain lock", sqlState);
        assertThat(FailureClassification.of(sql)).isEqualTo(TRANSIENT);
        assertThat(FailureClassification.of(new PersistenceException("Cannot save", sql))).isEqualTo(TRANSIENT);
    }

    @Test
    void shouldNotTryAgainAConstraintViolationOrAnyOtherDatabaseRefusal() {
        assertThat(FailureClassification.of(new SQLException("duplicate key", "23505"))).isEqualTo(PERMANENT);
        assertThat(FailureClassification.of(new SQLException("value too long", "22001"))).isEqualTo(PERMANENT);
    }

    @Test
    void shouldTryAgainWhenARecordWasChangedMeanwhile() {
        assertThat(FailureClassification.of(new StaleDataException("Tender T-1", "version 3"))).isEqualTo(TRANSIENT);
    }

    @Test
    void shouldNotTryAgainBadInputEvenWhenItIsAnInputOutputFailure() {
        assertThat(FailureClassification.of(new MalformedInputException(2))).isEqualTo(PERMANENT);
        assertThat(FailureClassification.of(new BodyTooLargeException("File f.json is larger than 10 bytes")))
                .isEqualTo(PERMANENT);
        assertThat(FailureClassification.of(new IOException("wrapped", new MalformedInputException(1))))
                .isEqualTo(PERMANENT);
    }

    @Test
    void shouldNotTryAgainAValidationErrorOrARefusedFetch() {
        assertThat(FailureClassification.of(new InvalidFieldException("Member", "siret", "has 14 digits, not 2")))
                .isEqualTo(PERMANENT);
        assertThat(FailureClassification.of(new FetchRefusedException("https://x answered 404"))).isEqualTo(PERMANENT);
        assertThat(FailureClassification.of(new IllegalArgumentException("The e-mail address is missing")))
                .isEqualTo(PERMANENT);
    }

    @Test
    void shouldLetThePermanentCauseDecideWhenAFailureHoldsBoth() {
        IOException parse = new IOException("Cannot read", new MalformedInputException(1));
        assertThat(FailureClassification.of(new CamelExecutionException("failed", null, parse))).isEqualTo(PERMANENT);
        assertThat(FailureClassification.of(new TransientFailureException("busy", http(404)))).isEqualTo(PERMANENT);
    }

    @Test
    void shouldCallAFailureWithoutKnownCausePermanent() {
        assertThat(FailureClassification.of(new IllegalStateException("surprise"))).isEqualTo(PERMANENT);
        assertThat(FailureClassification.of(null)).isEqualTo(PERMANENT);
    }

    private static HttpOperationFailedException http(int status) {
        return new HttpOperationFailedException("http://127.0.0.1/feed", status, "status " + status, null, null, null);
    }
}
