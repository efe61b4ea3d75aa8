package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Division;

class GazetteerTest {

    private static final Gazetteer SMALL = new Gazetteer(List.of(
            new String[] {"140000", "山西省", "province", ""},
            new String[] {"140100", "太原市", "city", "140000"},
            new String[] {"140121", "清徐县", "county", "140100"},
            new String[] {"140121100", "城关镇", "town", "140121"},
            new String[] {"141100", "吕梁市", "city", "140000"},
            new String[] {"141124", "临县", "county", "141100"},
            new String[] {"141124100", "城关镇", "town", "141124"}),
            List.<String[]>of(new String[] {"汾河", "river", "140000"}));

    @Test
    void fullAndShortNamesResolve() {
        assertEquals("140121", SMALL.resolve("清徐县", "").map(Division::code).orElseThrow());
        assertEquals("140121", SMALL.resolve("清徐", "").map(Division::code).orElseThrow());
        assertTrue(SMALL.isShortName("清徐"));
        assertTrue(SMALL.isFullName("清徐县"));
        assertEquals(Optional.empty(), SMALL.resolve("大同", "140100"));
    }

    @Test
    void anAmbiguousNameResolvesInsideTheJurisdictionOrNotAtAll() {
        assertEquals("140121100", SMALL.resolve("城关镇", "140100").map(Division::code).orElseThrow());
        assertEquals("141124100", SMALL.resolve("城关镇", "141100").map(Division::code).orElseThrow());
        assertEquals(Optional.empty(), SMALL.resolve("城关镇", "140000"), "both lie in the province");
    }

    @Test
    void hierarchyWalksUpToTheProvince() {
        assertEquals(List.of("140121100", "140121", "140100", "140000"),
                SMALL.ancestorsAndSelf("140121100").stream().map(Division::code).toList());
        assertTrue(SMALL.within("140121100", "140100"));
        assertFalse(SMALL.within("141124100", "140100"));
        assertEquals("山西省", SMALL.province("141124").map(Division::name).orElseThrow());
        assertEquals("river", SMALL.landmark("汾河").orElseThrow().kind());
    }

    @Test
    void theBundledGazetteerKnowsTaiyuansDistricts() {
        Gazetteer g = Gazetteer.load(Lexicons.bundled());
        assertEquals("140105", g.resolve("小店区", "140100").map(Division::code).orElseThrow());
        assertEquals("140100", g.ancestorsAndSelf("140105").get(1).code());
    }
}
