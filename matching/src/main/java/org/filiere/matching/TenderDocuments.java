package org.filiere.matching;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.filiere.watch.CpvCode;
import org.filiere.watch.CpvVocabulary;
import org.filiere.watch.Department;
import org.filiere.watch.EstimatedValue;
import org.filiere.watch.Tender;
import org.filiere.watch.TenderDetails;

/**
 * A tender as a Lucene document: its words (title and description) for the French analysis, its CPV codes with
 * every code above them in the tree (so that a profile naming a node of the tree finds the codes under it), its
 * department and its estimated value, or markers saying they are not known.
 */
final class TenderDocuments {

    static final String TEXT = "text";
    static final String CPV = "cpv";
    static final String DEPARTMENT = "department";
    static final String VALUE = "value";
    static final String VALUE_KNOWN = "value_known";
    static final String UNKNOWN = "none";

    private final CpvVocabulary cpv;

    TenderDocuments(CpvVocabulary cpv) {
        this.cpv = cpv;
    }

    Document of(Tender tender) {
        TenderDetails d = tender.details();
        Document doc = new Document();
        doc.add(new TextField(TEXT, d.title() + "\n" + d.description(), Field.Store.NO));
        Set<CpvCode> lineage = new LinkedHashSet<>();
        d.cpvCodes().forEach(code -> lineage.addAll(cpv.lineage(code)));
        lineage.forEach(code -> doc.add(new StringField(CPV, code.digits(), Field.Store.NO)));
        doc.add(new StringField(DEPARTMENT, d.place().department().map(Department::code).orElse(UNKNOWN),
                Field.Store.NO));
        if (d.value().isPresent()) {
            doc.add(new LongPoint(VALUE, cents(d.value().map(EstimatedValue::amount).orElseThrow())));
            doc.add(new StringField(VALUE_KNOWN, "yes", Field.Store.NO));
        } else {
            doc.add(new StringField(VALUE_KNOWN, UNKNOWN, Field.Store.NO));
        }
        return doc;
    }

    /** An amount in cents, the unit values are compared in. */
    static long cents(BigDecimal amount) {
        return amount.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }
}
