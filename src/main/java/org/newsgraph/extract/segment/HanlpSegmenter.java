package org.newsgraph.extract.segment;

import org.newsgraph.model.Token;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.newsgraph.model.Span;
import org.newsgraph.model.Text;

/**
 * HanLP word segmentation with its person, place and organisation recognisers switched on.
 *
 * <p>This is the only class that talks to HanLP's segmenter. HanLP returns UTF-16 offsets; they are
 * converted to code points here, once. HanLP's global custom dictionary is switched off for this
 * segmenter so that its results do not depend on process-wide state.
 */
public final class HanlpSegmenter {

    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableOffset(true)
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true)
            .enableCustomDictionary(false));
    /** The same segmenter with no name recognisers: the dictionary's words inside a recognised name. */
    private final ThreadLocal<Segment> plain = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableOffset(true)
            .enableNameRecognize(false)
            .enableCustomDictionary(false));

    /**
     * Segments with HanLP's default segmenter exactly as it comes ({@code HanLP.newSegment()}: Viterbi,
     * person names, custom dictionary) and returns the number of words: the baseline that throughput
     * benchmarks compare extraction with.
     */
    public static ToIntFunction<String> outOfTheBox() {
        ThreadLocal<Segment> plain = ThreadLocal.withInitial(HanLP::newSegment);
        return text -> plain.get().seg(text).size();
    }

    /** How often HanLP's person-name corpus has the character in the role (its letter: B, C, D, E, L…); see {@link NameRoles}. */
    int nameRoleCount(String character, String role) {
        var item = PersonDictionary.dictionary.get(character);
        Integer n = item == null ? null : item.labelMap.get(NR.valueOf(role));
        return n == null ? 0 : n;
    }

    int nameRoleTotal(String role) {
        return PersonDictionary.transformMatrixDictionary.getTotalFrequency(NR.valueOf(role));
    }

    int nameRoleTransitions(String from, String to) {
        return PersonDictionary.transformMatrixDictionary.getFrequency(NR.valueOf(from), NR.valueOf(to));
    }

    /**
     * True when HanLP's core dictionary uses the word mostly as something other than a person or place
     * name (平均, 关于, 公安, 资源): such a word is not accepted as a name however it was tagged.
     */
    public boolean isCommonWord(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        int nameUses = 0;
        int otherUses = 0;
        for (int i = 0; i < a.nature.length; i++) {
            String n = a.nature[i].toString();
            if (n.startsWith("nr") || n.startsWith("ns")) {
                nameUses += a.frequency[i];
            } else {
                otherUses += a.frequency[i];
            }
        }
        return otherUses > nameUses;
    }

    /**
     * How often HanLP's person-name role dictionary (counted from the People's Daily corpus) saw the
     * character in each role of a Chinese name and around names; all zero for a character it never saw.
     */
    public NameRoleCounts nameRoles(int codePoint) {
        String c = new String(Character.toChars(codePoint));
        return new NameRoleCounts(nameRoleCount(c, "B"), nameRoleCount(c, "C"), nameRoleCount(c, "D"),
                nameRoleCount(c, "E"), nameRoleCount(c, "K") + nameRoleCount(c, "L") + nameRoleCount(c, "M"));
    }

    /** True when HanLP's core dictionary uses the word more often as a place name than as a person name (巴西). */
    public boolean isKnownPlace(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        int place = 0;
        int person = 0;
        for (int i = 0; i < a.nature.length; i++) {
            String n = a.nature[i].toString();
            place += n.startsWith("ns") ? a.frequency[i] : 0;
            person += n.startsWith("nr") ? a.frequency[i] : 0;
        }
        return place > person;
    }

    /** True when the core dictionary knows the word at all (原子, 以色列). */
    public boolean isWord(String word) {
        return CoreDictionary.contains(word);
    }

    /** True when the core dictionary knows the word as a verb (主持 in 魏民主持). */
    public boolean isVerb(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        return a != null && a.hasNatureStartsWith("v");
    }

    /**
     * The most characters HanLP segments at once: its word lattice grows with the input, so a long record
     * is segmented in windows cut at sentence ends ({@link Windows}). Articles are far shorter than this
     * and are segmented whole.
     */
    static final int WINDOW = 8_000;

    public List<Token> segment(String text) {
        if (text.length() <= WINDOW) {
            return segmentWindow(text, 0);
        }
        int[] cps = text.codePoints().toArray();
        List<Token> tokens = new ArrayList<>();
        for (int[] w : Windows.split(cps, 0, cps.length, WINDOW)) {
            tokens.addAll(segmentWindow(new String(cps, w[0], w[1] - w[0]), w[0]));
        }
        return tokens;
    }

    /**
     * The dictionary words of a short text with no name recognised (下九三学社 → 下 | 九三学社), with spans
     * from {@code offset}: what a recognised organisation is made of.
     */
    public List<Token> plainWords(String text, int offset) {
        return toTokens(text, offset, plain.get().seg(text));
    }

    /** Segments one window whose first character is code point {@code offset} of the article. */
    private List<Token> segmentWindow(String text, int offset) {
        return toTokens(text, offset, segment.get().seg(text));
    }

    private static List<Token> toTokens(String text, int offset, List<Term> terms) {
        int[] toCodePoint = Text.utf16ToCodePoint(text);
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term term : terms) {
            int from = term.offset;
            int to = from + term.word.length();
            if (to > text.length() || !text.startsWith(term.word, from)) {
                continue; // HanLP normalises some characters; such terms cannot be mapped back safely
            }
            tokens.add(new Token(new Span(offset + toCodePoint[from], offset + toCodePoint[to]), term.word,
                    term.nature == null ? "x" : term.nature.toString()));
        }
        return tokens;
    }
}
