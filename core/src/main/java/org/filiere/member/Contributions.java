package org.filiere.member;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The days members gave to the association's work. */
public interface Contributions {

    void add(Contribution contribution);

    /** A member's contributions in a year, by date. */
    List<Contribution> ofMember(MemberId memberId, int year);

    /** Total days given in a year, per member. */
    Map<MemberId, BigDecimal> daysByMember(int year);
}
