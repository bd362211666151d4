package org.filiere.persistence.watch;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Table {@code tender_cpv}: one CPV code of a tender, owned by the tender row. */
@Entity
@Table(name = "tender_cpv")
@IdClass(TenderCpvEntity.Key.class)
public class TenderCpvEntity {

    @Id
    @Column(name = "tender_id", length = 36, insertable = false, updatable = false)
    String tenderId;

    @Id
    @Column(name = "cpv_code", length = 8)
    String code;

    @ManyToOne(optional = false)
    @JoinColumn(name = "tender_id", nullable = false)
    TenderEntity tender;

    @Column(name = "item_order", nullable = false)
    int order;

    /** The primary key: tender and code. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        String tenderId;
        String code;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.tenderId, tenderId) && Objects.equals(k.code, code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenderId, code);
        }
    }
}
