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

/** Table {@code watch_profile_item}: one keyword, phrase, excluded word, CPV code, place or recipient of a profile. */
@Entity
@Table(name = "watch_profile_item")
@IdClass(WatchProfileItemEntity.Key.class)
public class WatchProfileItemEntity {

    @Id
    @Column(name = "siren", length = 9, insertable = false, updatable = false)
    String siren;

    @Id
    @Column(name = "kind", length = 12)
    String kind;

    @Id
    @Column(name = "item_order")
    int order;

    @ManyToOne(optional = false)
    @JoinColumn(name = "siren", nullable = false)
    WatchProfileEntity profile;

    @Column(name = "item_value", nullable = false, length = 500)
    String value;

    /** The primary key: member, kind and order. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        String siren;
        String kind;
        int order;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.order == order && Objects.equals(k.siren, siren)
                    && Objects.equals(k.kind, kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(siren, kind, order);
        }
    }
}
