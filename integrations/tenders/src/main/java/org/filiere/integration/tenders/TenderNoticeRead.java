package org.filiere.integration.tenders;

import java.util.List;

import org.filiere.watch.FieldIssue;
import org.filiere.watch.TenderId;
import org.filiere.watch.application.TenderReception;

/**
 * A CDI event fired for each tender a feed brought in, saying what became of it and which of its fields were left
 * out: what staff read to see how clean a feed is.
 *
 * @param feed     the file or address it came from
 * @param tenderId the tender
 * @param outcome  new, updated or unchanged
 * @param issues   the fields left out, and why
 */
public record TenderNoticeRead(String feed, TenderId tenderId, TenderReception.Outcome outcome,
        List<FieldIssue> issues) {

    public TenderNoticeRead {
        issues = List.copyOf(issues);
    }
}
