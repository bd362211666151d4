package org.filiere.persistence.member;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Table {@code contribution}: days a member gave. Rows are only ever added. */
@Entity
@Table(name = "contribution")
public class ContributionEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "siren", nullable = false, length = 9)
    String siren;

    @Column(name = "work_day", nullable = false)
    LocalDate on;

    @Column(name = "contribution_year", nullable = false)
    int year;

    @Column(name = "kind", nullable = false, length = 20)
    String kind;

    @Column(name = "days", nullable = false, precision = 5, scale = 1)
    BigDecimal days;

    @Column(name = "description", length = 500)
    String description;
}
