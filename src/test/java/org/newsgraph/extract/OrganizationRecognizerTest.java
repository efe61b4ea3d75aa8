package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.Parts.show;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationRecognizerTest {

    private final OrganizationRecognizer orgs = new OrganizationRecognizer(Parts.ORGS);

    private List<String> found(String text) {
        return show(orgs.find(Parts.article(text, Parts.QINGXU), List.of()));
    }

    @Test
    void anAliasAfterAJurisdictionPrefixIsAnOrganisation() {
        assertTrue(found("市卫健委发布健康提示。").contains("ORGANIZATION 市卫健委 0-4"), found("市卫健委发布健康提示。").toString());
    }

    @Test
    void aPlaceNamePrefixGivesTheLongestOrganisationAndItsParts() {
        List<String> found = found("万柏林区委组织部召开会议。");
        assertTrue(found.contains("ORGANIZATION 万柏林区委组织部 0-8"), found.toString());
    }

    @Test
    void spansCountCodePoints() {
        List<String> found = found("𠮷祥物由县教育局设计。");
        assertTrue(found.contains("ORGANIZATION 县教育局 4-8"), found.toString());
    }

    @Test
    void ordinaryWordsAreNoOrganisation() {
        assertEquals(List.of(), found("今年夏天雨水偏多，农民忙着抢收小麦。"));
    }
}
