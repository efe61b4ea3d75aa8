package org.newsgraph.extract;

import org.newsgraph.lexicon.Lexicons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.model.Figure;
import org.newsgraph.model.Mention;

class FigureRecognizerTest {

    private final FigureRecognizer figures = new FigureRecognizer(Lexicons.bundled());

    private List<Figure> read(String text) {
        List<Mention> found = figures.find(Fixtures.article(text, "2021-10-28"), List.of());
        return found.stream().map(m -> figures.interpret(m, text).orElseThrow()).toList();
    }

    @Test
    void scaleWordsMultiplyAndUnitsAreNormalised() {
        Figure f = read("全市地区生产总值达到1,234.5亿元。").get(0);
        assertEquals(0, new BigDecimal("123450000000").compareTo(f.value()));
        assertEquals("CNY", f.unit());
        assertEquals("全市地区生产总值", f.measure());
    }

    @Test
    void changeWordsBeforeTheFigureAreItsChange() {
        Figure f = read("规模以上工业增加值同比增长8.5%。").get(0);
        assertEquals("同比增长", f.change());
        assertEquals("percent", f.unit());
        assertEquals("规模以上工业增加值", f.measure());
        assertEquals(0, new BigDecimal("8.5").compareTo(f.value()));
    }

    @Test
    void unitsWithoutAnEnglishNameStayAsWritten() {
        Figure f = read("共有120名志愿者参加。").get(0);
        assertEquals("名", f.unit());
        assertEquals(0, BigDecimal.valueOf(120).compareTo(f.value()));
    }

    @Test
    void numbersWithoutAUnitAreNoFigures() {
        assertTrue(read("第3届会议在2号楼召开").stream().noneMatch(f -> f.mention().text().startsWith("3")));
    }
}
