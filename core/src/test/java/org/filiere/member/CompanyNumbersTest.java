package org.filiere.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SIREN and SIRET as people write them. The values are real identifiers with the validity INSEE's rules give them
 * (from python-stdnum's test suite), including La Poste's exception.
 */
class CompanyNumbersTest {

    @ParameterizedTest(name = "SIRET \"{0}\" valid={1}")
    @CsvSource(delimiter = ';', textBlock = """
            356 000 000 09075;true
            35600000000048;true
            35600000049837;true
            35600000049838;false
            0 5 7 8 1 3 1 3 1 0 0 0 2 6;true
            1 800 700 39 00 110;true
            2 00 03 00 13 000 11;true
            2 101 005 33 000 12;true
            2 777 000 43 000 15;true
            3 1 0 1 8 8 4 2 0 00 0 8 0;true
            3 12 494 529 000 34;true
            3 24 34 54 20 000 40;true
            30206838200050;true
            314 901 323 00043;true
            31719324100013;true
            32228438100017;true
            32650798500058;true
            32738082000032;true
            329.338.88300153;true
            32929695800039;true
            33770320100034;true
            34530016400018;true
            380 321 430 00023;true
            38446899700034;true
            38536958200023;true
            389 011 529 00036;true
            38981890700203;true
            39039475700020;true
            39102766100050;true
            4 0 0 9 0 8 5 0 5 0 0 0 11;true
            4 0 3 3 1 4 6 6 9 0 0 0 4 1;true
            4 0 9 0 8 5 2 1 4 0 0 0 2 4;true
            4 2 0 3 0 9 6 2 7 0 0 0 3 2;true
            4 4 3 4 8 9 2 7 3 0 0 0 1 3;true
            4 4 3 5 4 9 8 7 8 0 0 0 4 1;true
            4 8 2 7 8 1 9 11 0 0 0 11;true
            40300300700032;true
            44126652500019;true
            44142526100019;true
            44796433900017;true
            479 461 675 00049;true
            5 12 326 653 000 15;true
            5 17 758 173 000 10;true
            50397442000021;true
            513 133 637 000 35;true
            52524288900042;true
            542 097 324 0006 6;true
            652 059 213 00023;true
            7 7821 0526 00019;true
            775.563.232.00104;true
            778 239 798 000 11;true
            79068156300017;true
            8 1 0 2 4 7 3 8 7 0 0 0 1 4;true
            8 1002665800015;true
            8 21 114 55000014;true
            """)
    void shouldJudgeRealSiretsAsInseeDoes(String raw, boolean valid) {
        assertThat(Siret.isValid(raw)).isEqualTo(valid);
        if (valid) {
            Siret siret = Siret.parse(raw);
            assertThat(siret.value()).hasSize(14).containsOnlyDigits();
            assertThat(siret.siren().value()).isEqualTo(siret.value().substring(0, 9));
            assertThat(siret.siren().value() + siret.nic()).isEqualTo(siret.value());
        }
    }

    @ParameterizedTest(name = "SIREN \"{0}\"")
    @CsvSource(delimiter = ';', textBlock = """
            217601 145
            3 1 0 1 8 8 4 2 0
            350792008
            480318245
            500 674 056
            529290488
            738 205 269
            752136200
            752490334
            775 699 309
            775672272
            776 944 944
            820043784
            """)
    void shouldAcceptRealSirens(String raw) {
        assertThat(Siren.parse(raw).value()).isEqualTo(raw.replace(" ", ""));
    }

    @ParameterizedTest(name = "\"{0}\" is refused because {1}")
    @CsvSource(delimiter = ';', textBlock = """
            35600000049838;sum of its digits must be a multiple of 5
            30206838200051;check digit is wrong (Luhn)
            3020683820005;it has 13 digits, a SIRET has 14
            302068382000500;it has 15 digits, a SIRET has 14
            3020683820005O;it contains 'O'
            ' ';it is empty
            """)
    void shouldRefuseBadSiretsQuotingThemAndSayingWhy(String raw, String reason) {
        assertThatThrownBy(() -> Siret.parse(raw))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("SIRET \"" + raw + "\"")
                .hasMessageContaining(reason);
    }

    @ParameterizedTest(name = "\"{0}\" is refused because {1}")
    @CsvSource(delimiter = ';', textBlock = """
            732829321;check digit is wrong (Luhn)
            73282932;it has 8 digits, a SIREN has 9
            7328293200;it has 10 digits, a SIREN has 9
            732-829-320;it contains '-'
            """)
    void shouldRefuseBadSirensQuotingThemAndSayingWhy(String raw, String reason) {
        assertThatThrownBy(() -> Siren.parse(raw))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("SIREN \"" + raw + "\"")
                .hasMessageContaining(reason);
    }

    @org.junit.jupiter.api.Test
    void shouldNormaliseSpacesDotsAndNonBreakingSpaces() {
        assertThat(Siret.parse("329.338.883\u00a000153").value()).isEqualTo("32933888300153");
        assertThat(Siret.parse("32933888300153").formatted()).isEqualTo("329 338 883 00153");
        assertThat(Siren.parse("356 000 000").value()).isEqualTo(Siren.LA_POSTE);
    }

    @org.junit.jupiter.api.Test
    void shouldApplyTheLaPosteRuleOnlyToLaPoste() {
        // 35600000049837: digit sum 45, Luhn fails: valid only thanks to the La Poste rule.
        assertThat(CompanyNumbers.passesLuhn("35600000049837")).isFalse();
        assertThat(Siret.isValid("35600000049837")).isTrue();
        // The same digit-sum trick does not make any other company's SIRET valid.
        assertThat(CompanyNumbers.digitSum("30206838200053") % 5).isZero();
        assertThat(Siret.isValid("30206838200053")).isFalse();
    }
}
