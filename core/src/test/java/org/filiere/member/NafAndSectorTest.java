package org.filiere.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NafAndSectorTest {

    private final NafNomenclature naf = NafNomenclature.shipped();

    @Test
    void shouldShipEveryNafSubClass() {
        assertThat(naf.size()).isEqualTo(732);
        assertThat(naf.activity("62.01Z").label()).isEqualTo("Programmation informatique");
        assertThat(naf.activity("58.29C").label()).isEqualTo("Edition de logiciels applicatifs");
    }

    @ParameterizedTest
    @CsvSource({"6201Z,62.01Z", "62.01z,62.01Z", "' 62 01 Z ',62.01Z", "74.90B,74.90B"})
    void shouldReadCodesAsPeopleWriteThem(String raw, String expected) {
        assertThat(naf.activity(raw).code().value()).isEqualTo(expected);
    }

    @Test
    void shouldRefuseACodeThatIsNotInTheInseeList() {
        assertThatThrownBy(() -> naf.activity("62.99Z"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("NAF code \"62.99Z\" is not valid: it is not in the INSEE NAF rev. 2 list.");
    }

    @ParameterizedTest
    @CsvSource({"62.01", "620", "ABCDE", "62.01ZZ", "'62.0'"})
    void shouldRefuseMalformedCodes(String raw) {
        assertThatThrownBy(() -> naf.activity(raw))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("NAF code \"" + raw + "\"")
                .hasMessageContaining("written like 62.01Z");
    }

    @ParameterizedTest
    @CsvSource({"58.29C,software-publishing", "62.01Z,it-services", "63.11Z,it-services", "61.10Z,telecoms",
            "59.11A,digital-content", "63.91Z,digital-content", "26.20Z,industrial-it", "10.71C,other"})
    void shouldDeriveTheShippedSectorFamily(String code, String family) {
        assertThat(SectorFamilies.shipped().familyOf(new NafCode(code)).key()).isEqualTo(family);
    }

    @Test
    void shouldTakeTheLongestPrefixOfAConfiguredMapping() throws IOException {
        SectorFamilies families = SectorFamilies.read(new StringReader("""
                family.services.label=Services
                family.services.naf=62
                family.games.label=Video games
                family.games.naf=58.21
                family.publishing.label=Publishing
                family.publishing.naf=58
                """));
        assertThat(families.familyOf(new NafCode("58.21Z")).label()).isEqualTo("Video games");
        assertThat(families.familyOf(new NafCode("58.29C")).label()).isEqualTo("Publishing");
        assertThat(families.familyOf(new NafCode("62.02A")).label()).isEqualTo("Services");
        assertThat(families.familyOf(new NafCode("01.11Z"))).isEqualTo(SectorFamily.OTHER);
        assertThat(families.codesOf(families.family("games").orElseThrow(), naf))
                .extracting(NafCode::value).containsExactly("58.21Z");
    }

    @Test
    void shouldRefuseAFamilyWithoutPrefixes() {
        assertThatThrownBy(() -> SectorFamilies.read(new StringReader("family.x.label=X\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'family.x.naf'");
    }
}
