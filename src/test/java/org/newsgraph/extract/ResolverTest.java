package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.Parts.mention;
import static org.newsgraph.model.MentionType.ORGANIZATION;
import static org.newsgraph.model.MentionType.PLACE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Jurisdiction;
import org.newsgraph.model.Organization;
import org.newsgraph.model.Place;

class ResolverTest {

    private final Resolver resolver = new Resolver(Parts.GAZETTEER, Parts.ORGS);

    private Place place(String text, String name, Jurisdiction home) {
        return resolver.place(mention(text, name, PLACE, GazetteerRecognizer.METHOD), home);
    }

    private Organization organization(String text, String name, Jurisdiction home, List<Place> before) {
        return resolver.organization(mention(text, name, ORGANIZATION, OrganizationRecognizer.METHOD), home, before);
    }

    @Test
    void aShortCountyNameResolvesToItsDivision() {
        Place p = place("清徐葡萄节开幕。", "清徐", Parts.TAIYUAN);
        assertEquals(List.of("140121", "清徐县", Place.Kind.ADMINISTRATIVE), List.of(p.code(), p.name(), p.kind()));
    }

    @Test
    void aRiverIsANaturalPlaceWithoutACode() {
        Place p = place("汾河两岸绿意盎然。", "汾河", Parts.TAIYUAN);
        assertEquals(List.of("", "汾河", Place.Kind.NATURAL), List.of(p.code(), p.name(), p.kind()));
    }

    @Test
    void anUnknownPlaceNameStaysAsWritten() {
        Place p = place("他来自远方的桃花坞。", "桃花坞", Parts.TAIYUAN);
        assertEquals(List.of("", "桃花坞", Place.Kind.OTHER), List.of(p.code(), p.name(), p.kind()));
    }

    @Test
    void aCityPrefixTakesTheArticlesCity() {
        Organization o = organization("市卫健委发布提示。", "市卫健委", Parts.QINGXU, List.of());
        assertEquals(List.of("太原市卫生健康委员会", "太原市人民政府", "140100"), List.of(o.name(), o.parent(), o.jurisdiction()));
    }

    @Test
    void aProvincePrefixTakesTheArticlesProvince() {
        Organization o = organization("省教育厅部署工作。", "省教育厅", Parts.TAIYUAN, List.of());
        assertEquals("山西省教育厅", o.name());
    }

    @Test
    void aBareCountyPrefixTakesTheCountyNamedLastBeforeIt() {
        String text = "阳曲县、清徐县两地联动，县委召开会议。";
        List<Place> before = List.of(place(text, "阳曲县", Parts.TAIYUAN), place(text, "清徐县", Parts.TAIYUAN));
        assertEquals("中共清徐县委员会", organization(text, "县委", Parts.TAIYUAN, before).name());
        Organization alone = organization("县委召开会议。", "县委", Parts.TAIYUAN, List.of());
        assertEquals(List.of("县委", ""), List.of(alone.name(), alone.parent()), "no county named: left as written");
    }

    @Test
    void aBareCountyPrefixInACountyPaperTakesThatCounty() {
        Organization o = organization("县委召开会议。", "县委", Parts.QINGXU, List.of());
        assertEquals(List.of("中共清徐县委员会", "140121"), List.of(o.name(), o.jurisdiction()));
    }

    @Test
    void aJurisdictionGivenByCodeOrByNameIsCompleted() {
        assertEquals(Parts.QINGXU, resolver.complete(new Jurisdiction("140121", "")));
        assertEquals(Parts.TAIYUAN, resolver.complete(new Jurisdiction("", "太原市")));
        assertEquals(Jurisdiction.NONE, resolver.complete(Jurisdiction.NONE));
    }
}
