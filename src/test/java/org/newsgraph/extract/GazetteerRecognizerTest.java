package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.Parts.show;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.MentionType;

class GazetteerRecognizerTest {

    private final GazetteerRecognizer places = new GazetteerRecognizer(Parts.GAZETTEER, Parts.SEGMENTER::isCommonWord);

    private List<String> found(String text) {
        return show(places.find(Parts.article(text, Parts.QINGXU), Parts.SEGMENTER.segment(text)), MentionType.PLACE);
    }

    @Test
    void aFullDivisionNameIsAPlaceWhereverItStands() {
        assertTrue(found("万柏林区开展垃圾分类宣传。").contains("PLACE 万柏林区 0-4"));
        assertTrue(found("游客来到清徐县采摘葡萄。").contains("PLACE 清徐县 4-7"));
    }

    @Test
    void aShortNameIsAPlaceOnWordBoundaries() {
        assertTrue(found("清徐葡萄迎来丰收。").contains("PLACE 清徐 0-2"), found("清徐葡萄迎来丰收。").toString());
    }

    @Test
    void anOrdinaryWordThatIsAlsoADivisionIsNoPlace() {
        List<String> found = found("各地推进平安建设。");
        assertFalse(found.stream().anyMatch(m -> m.contains("平安")), found.toString());
    }

    @Test
    void aFullNameThatIsAnOrdinaryWordIsAPlaceOnlyAfterThePlaceItLiesIn() {
        assertTrue(found("阳泉市城区新建三所学校。").contains("PLACE 城区 3-5"), found("阳泉市城区新建三所学校。").toString());
        assertFalse(found("雨后城区部分路段积水。").stream().anyMatch(m -> m.contains("城区")), found("雨后城区部分路段积水。").toString());
    }

    @Test
    void spansCountCodePoints() {
        assertTrue(found("𠮷祥物在晋源区亮相。").contains("PLACE 晋源区 4-7"), found("𠮷祥物在晋源区亮相。").toString());
    }

    @Test
    void theRecogniserFindsOnlyPlaces() {
        assertEquals(List.of(), show(places.find(Parts.article("市场监管部门加强检查。", Parts.QINGXU),
                Parts.SEGMENTER.segment("市场监管部门加强检查。"))));
    }
}
