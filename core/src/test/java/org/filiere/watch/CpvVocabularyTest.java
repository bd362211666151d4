package org.filiere.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CpvVocabularyTest {

    private static final CpvVocabulary CPV = CpvVocabulary.shipped();

    @Test
    void shouldShipTheWholeCpv2008WithFrenchAndEnglishLabels() {
        assertThat(CPV.size()).isEqualTo(9454);
        CpvEntry highways = CPV.read("45233130-9");
        assertThat(highways.frenchLabel()).isEqualTo("Travaux de construction de routes nationales");
        assertThat(highways.englishLabel()).isEqualTo("Construction work for highways");
        assertThat(CPV.all()).allSatisfy(e -> assertThat(e.frenchLabel()).isNotBlank());
    }

    @Test
    void shouldReadACodeWrittenAsAFloatByAFeed() {
        assertThat(CPV.read("45233130.0").writtenCode()).isEqualTo("45233130-9");
        assertThat(CPV.read(" 45233130 ").writtenCode()).isEqualTo("45233130-9");
    }

    @Test
    void shouldRestoreTheLeadingZeroAFloatLost() {
        assertThat(CPV.read("3000000.0").writtenCode()).isEqualTo("03000000-1");
    }

    @Test
    void shouldRefuseAWrongCheckDigitAndSayTheRightOne() {
        assertThatThrownBy(() -> CPV.read("45233130-1")).isInstanceOf(InvalidCpvCodeException.class)
                .hasMessageContaining("45233130-1").hasMessageContaining("check digit should be 9");
    }

    @Test
    void shouldRefuseCodesThatAreNotInTheVocabulary() {
        assertThatThrownBy(() -> CPV.read("99999999")).isInstanceOf(InvalidCpvCodeException.class)
                .hasMessageContaining("not in the CPV 2008 list");
        assertThatThrownBy(() -> CPV.read("informatique")).isInstanceOf(InvalidCpvCodeException.class)
                .hasMessageContaining("\"informatique\"");
    }

    @Test
    void shouldResolveLeadingDigitsToTheirNodeOfTheTree() {
        assertThat(CPV.node("72").code()).isEqualTo(new CpvCode("72000000"));
        assertThat(CPV.node("7221").code()).isEqualTo(new CpvCode("72210000"));
        assertThat(CPV.node("72262000-9").code()).isEqualTo(new CpvCode("72262000"));
        assertThatThrownBy(() -> CPV.node("4529")).isInstanceOf(InvalidCpvCodeException.class)
                .hasMessageContaining("no code of the CPV 2008 tree starts with 4529");
        assertThatThrownBy(() -> CPV.node("7")).isInstanceOf(InvalidCpvCodeException.class);
    }

    @Test
    void shouldGiveTheLineageOfACodeUpToItsDivision() {
        assertThat(CPV.lineage(new CpvCode("45233130"))).extracting(CpvCode::digits)
                .containsExactly("45233130", "45233100", "45233000", "45230000", "45200000", "45000000");
    }

    @Test
    void shouldPlaceCodesUnderTheirAncestorsAsTheTreeSaysEvenWhereDigitsDiffer() {
        assertThat(CPV.isUnder(new CpvCode("72262000"), new CpvCode("72200000"))).isTrue();
        assertThat(CPV.isUnder(new CpvCode("72262000"), new CpvCode("70000000"))).isTrue();
        assertThat(CPV.isUnder(new CpvCode("72262000"), new CpvCode("72210000"))).isFalse();
        assertThat(new CpvCode("72000000").significantDigits()).isEqualTo("72");
        assertThat(new CpvCode("45233130").significantDigits()).isEqualTo("4523313");
    }
}
