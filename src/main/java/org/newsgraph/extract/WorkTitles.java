package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;

/**
 * Persons read inside the title of a work (《…》: films, books, games): a foreign or invented name there
 * names the work or its character (《勾魂谷》, 《阿凡龙》, 《哈利·波特与死亡圣器》), not someone the report is
 * about, and online news corpora do not mark it. A Chinese personal name stays (《王贵与李香香》, 《中国机器人之父
 * 蒋新松》), as People's Daily marks it; places and organisations (《费加罗报》) are not touched.
 */
public final class WorkTitles {

    private final Predicate<String> chineseName;
    private final ForeignNames foreign;

    /**
     * @param chineseName true for a plausible Chinese personal name; @param foreign the transliteration
     *                    characters: a name written wholly in them is no Chinese one (《辛普森一家》, 《费卢杰六日》:
     *                    辛 and 费 are surnames too)
     */
    public WorkTitles(Predicate<String> chineseName, ForeignNames foreign) {
        this.chineseName = chineseName;
        this.foreign = foreign;
    }

    public List<Mention> dropPersons(String text, List<Mention> mentions) {
        int[] cps = text.codePoints().toArray();
        boolean[] inTitle = new boolean[cps.length];
        int depth = 0;
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == '》' && depth > 0) {
                depth--;
            }
            inTitle[i] = depth > 0;
            if (cps[i] == '《') {
                depth++;
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean work = m.type() == MentionType.PERSON && m.start() < cps.length && inTitle[m.start()];
            if (!work || chineseName.test(m.text()) && !foreign.allForeign(cps, m.start(), Math.min(m.end(), cps.length))) {
                out.add(m);
            }
        }
        return out;
    }
}
