package org.filiere.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.filiere.member.InvalidIdentifierException;
import org.junit.jupiter.api.Test;

class PlaceTest {

    @Test
    void shouldFindTheDepartmentOfAPostcodeIncludingCorsicaAndOverseas() {
        assertThat(Department.ofPostcode("38000").code()).isEqualTo("38");
        assertThat(Department.ofPostcode("20000").code()).isEqualTo("2A");
        assertThat(Department.ofPostcode("20200").code()).isEqualTo("2B");
        assertThat(Department.ofPostcode("97400").code()).isEqualTo("974");
        assertThat(Department.ofCommune("2A004").code()).isEqualTo("2A");
    }

    @Test
    void shouldRefuseADepartmentThatDoesNotExist() {
        assertThatThrownBy(() -> Department.parse("96")).isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("department \"96\"");
        assertThatThrownBy(() -> Department.ofPostcode("3800")).isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("five digits");
    }

    @Test
    void shouldCoverEveryDepartmentByExactlyOneRegion() {
        assertThat(Region.allDepartmentCodes()).hasSize(101).doesNotHaveDuplicates();
        assertThat(Department.parse("38").region()).isEqualTo(Region.AUVERGNE_RHONE_ALPES);
        assertThat(Region.find("auvergne-rhone-alpes")).contains(Region.AUVERGNE_RHONE_ALPES);
        assertThat(Region.find("84")).contains(Region.AUVERGNE_RHONE_ALPES);
        assertThat(Region.find("Île-de-France")).contains(Region.ILE_DE_FRANCE);
        assertThat(Region.find("Atlantide")).isEmpty();
    }
}
