package org.newsgraph.extract;

import org.newsgraph.extract.ner.NerModel;
import org.newsgraph.extract.segment.HanlpSegmenter;
import org.newsgraph.extract.segment.NameRoles;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.lexicon.OrgLexicon;
import org.newsgraph.lexicon.TitleLexicon;
import org.newsgraph.model.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.Figure;
import org.newsgraph.model.Jurisdiction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Official;
import org.newsgraph.model.Organization;
import org.newsgraph.model.Place;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;

/**
 * Finds and resolves the entities of one article: segmentation, the recognisers in priority order,
 * merging, then resolution of places, organisations, officials, dates and figures.
 *
 * <p>Thread-safe: all state is immutable lexicons; HanLP segmenters are per thread.
 */
public final class EntityExtractor {

    /** Log-odds for reading a name on and cutting it back ({@link GivenNames}); chosen on the development parts. */
    private static final double GIVEN_NAME_MARGIN = 4.0;
    private static final double GIVEN_NAME_CUT = 3.0;

    private final HanlpSegmenter segmenter = new HanlpSegmenter();
    private final List<Recognizer> recognizers;
    private final MentionMerger merger;
    private final Resolver resolver;
    private final OfficialLinker officials;
    private final DateRecognizer dates = new DateRecognizer();
    private final FigureRecognizer figures;
    private final PersonNames names;
    private final ForeignNames foreignNames;
    private final NameBoundaries nameBoundaries;
    private final NameCompletion nameCompletion;
    private final CoordinatedNames coordinated;
    private final TeamNames teams;
    private final GivenNames givenNames;
    private final WorkTitles workTitles;
    private final TitlesInNames titlesInNames;
    private final RepeatedNames repeatedNames;
    private final OrgBoundaries orgBoundaries;
    private final PlaceCues placeCues;
    private final RoleNames roleNames;
    private final KnownOrganizations knownOrgs;
    private final ForeignNameEnds foreignNameEnds;
    private final JoinedNames joinedNames;
    private final OriginalNames originalNames = new OriginalNames();
    private final PlaceAbbreviations placeAbbreviations;
    private final SideNames sideNames;
    private final ListedOrganizations listedOrgs;
    private final RailwayLines railwayLines;

    public EntityExtractor(Lexicons lexicons) {
        Gazetteer gazetteer = Gazetteer.load(lexicons);
        this.figures = new FigureRecognizer(lexicons);
        OrgLexicon orgs = OrgLexicon.load(lexicons, gazetteer);
        this.names = new PersonNames(lexicons, segmenter::isCommonWord);
        this.foreignNames = ForeignNames.load(lexicons);
        this.nameBoundaries = NameBoundaries.load(lexicons);
        this.nameCompletion = new NameCompletion(lexicons, segmenter::nameRoles, names);
        this.coordinated = new CoordinatedNames(lexicons, segmenter::nameRoles, names, foreignNames,
                segmenter::isKnownPlace);
        this.teams = TeamNames.load(lexicons);
        this.knownOrgs = KnownOrganizations.load(lexicons, foreignNames);
        this.foreignNameEnds = new ForeignNameEnds(foreignNames, segmenter::nameRoles);
        this.placeCues = PlaceCues.load(lexicons);
        this.placeAbbreviations = PlaceAbbreviations.load(lexicons);
        this.sideNames = SideNames.load(lexicons);
        this.listedOrgs = ListedOrganizations.load(lexicons);
        this.railwayLines = RailwayLines.load(lexicons);
        this.orgBoundaries = OrgBoundaries.load(lexicons, segmenter::isWord, segmenter::plainWords);
        this.workTitles = new WorkTitles(names::plausible, foreignNames);
        this.givenNames = new GivenNames(new NameRoles(segmenter), names::hasSurname, segmenter::isWord, names.placeholderGivenNames(),
                names.surnameInfixes(), GIVEN_NAME_MARGIN,
                GIVEN_NAME_CUT);
        TitleLexicon titles = TitleLexicon.load(lexicons);
        this.merger = new MentionMerger(titles);
        this.titlesInNames = new TitlesInNames(titles, lexicons.rows("person-roles.tsv", 1));
        Predicate<String> isName = s -> names.plausible(s)
                || foreignNames.allForeign(s.codePoints().toArray(), 0, s.codePointCount(0, s.length()));
        this.roleNames = RoleNames.load(lexicons, titles, isName, foreignNames, segmenter::isKnownPlace);
        this.joinedNames = new JoinedNames(coordinated.conjunctions(), isName);
        this.repeatedNames = new RepeatedNames(titles);
        this.resolver = new Resolver(gazetteer, orgs);
        this.officials = new OfficialLinker(titles, resolver);
        List<Recognizer> all = new ArrayList<>(List.of(
                new BylineRecognizer(names),
                dates,
                new TitleRecognizer(titles, names, segmenter::isVerb, givenNames::usual),
                figures,
                new OrganizationRecognizer(orgs),
                new GazetteerRecognizer(gazetteer, segmenter::isCommonWord)));
        NerModel.bundled(lexicons).ifPresent(model -> all.add(new NerRecognizer(model, names, NerModel.NEWS_DOMAIN,
                NerModel.ONLINE_DOMAIN)));
        this.recognizers = List.copyOf(all);
    }

    public Analysis extract(Article article) {
        List<Token> tokens = segmenter.segment(article.text());
        List<Mention> candidates = new ArrayList<>();
        for (Recognizer r : recognizers) {
            candidates.addAll(r.find(article, tokens));
        }
        MentionMerger.Merged merged = merger.merge(candidates, tokens);
        List<Mention> flat = repaired(article.text(), merged.mentions(), tokens);
        List<Mention> mentions = withNested(flat, merged.insideTitles());
        tokens = withoutUnreadNames(tokens, mentions);
        Jurisdiction j = resolver.complete(article.jurisdiction());

        List<Place> places = new ArrayList<>();
        List<Organization> orgs = new ArrayList<>();
        List<TimeValue> times = new ArrayList<>();
        List<Figure> figs = new ArrayList<>();
        for (Mention m : mentions) {
            switch (m.type()) {
                case PLACE -> places.add(resolver.place(m, j));
                case ORGANIZATION -> orgs.add(resolver.organization(m, j, places));
                case DATE -> dates.normalise(m, article.published()).ifPresent(times::add);
                case FIGURE -> figures.interpret(m, article.text()).ifPresent(figs::add);
                default -> { }
            }
        }
        List<Official> offs = officials.link(article, j, flat, places);
        return new Analysis(article, tokens, mentions, places, orgs, offs, times, withContext(article.text(), figs, times,
                places, orgs), List.of());
    }

    /**
     * The words, with each word HanLP's name recogniser made (nr) that no person mention covers read again
     * without it (混合|区说 → 混合区|说): later stages look for verbs and cue words among the words.
     */
    private List<Token> withoutUnreadNames(List<Token> tokens, List<Mention> mentions) {
        int length = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).span().end();
        boolean[] person = new boolean[length];
        for (Mention m : mentions) {
            if (m.type() == MentionType.PERSON) {
                for (int k = Math.max(0, m.start()); k < Math.min(m.end(), length); k++) {
                    person[k] = true;
                }
            }
        }
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean unread = t.pos().startsWith("nr") && t.span().length() > 1 && !anyTrue(person, t.span());
            if (unread && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (out != null) {
                out.addAll(unread ? segmenter.plainWords(t.text(), t.span().start()) : List.of(t));
            }
        }
        return out == null ? tokens : out;
    }

    private static boolean anyTrue(boolean[] flags, Span span) {
        for (int k = span.start(); k < Math.min(span.end(), flags.length); k++) {
            if (flags[k]) {
                return true;
            }
        }
        return false;
    }

    /** The merged mentions with their boundaries and types repaired by the rules, in this order. */
    private List<Mention> repaired(String text, List<Mention> merged, List<Token> tokens) {
        List<Mention> m = placeCues.retype(text, merged, tokens);
        m = orgBoundaries.trim(text, m, tokens);
        m = titlesInNames.cut(text, m);
        m = roleNames.repair(text, m, tokens);
        m = workTitles.dropPersons(text, m);
        m = names.dropWordsUsedAsNouns(text, m);
        m = merger.extendPlaces(text, m);
        m = nameBoundaries.cut(text, m);
        m = givenNames.repair(text, m, tokens);
        m = nameCompletion.complete(text, m);
        m = foreignNames.complete(text, m, tokens);
        m = foreignNameEnds.cut(text, m);
        m = joinedNames.split(text, m, tokens);
        m = originalNames.add(text, m);
        m = placeAbbreviations.add(m, tokens);
        m = sideNames.drop(m);
        m = coordinated.complete(text, m, tokens);
        m = repeatedNames.complete(text, m);
        m = knownOrgs.mark(text, teams.retype(text, m), tokens);
        return railwayLines.mark(text, listedOrgs.retype(text, m, tokens));
    }

    /** The flat mentions and the organisations and places inside titles that are still there, by start. */
    private static List<Mention> withNested(List<Mention> flat, List<Mention> insideTitles) {
        List<Mention> out = new ArrayList<>(flat);
        for (Mention m : insideTitles) {
            if (flat.stream().anyMatch(t -> t.type() == MentionType.TITLE && t.span().contains(m.span()))) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    /**
     * The period and the subject of each figure: the nearest date and the nearest place or organisation
     * before it in the same sentence (【前三季度】，【太原市】一般公共预算收入362.83亿元).
     */
    private static List<Figure> withContext(String text, List<Figure> figures, List<TimeValue> times,
                                            List<Place> places, List<Organization> orgs) {
        List<Figure> out = new ArrayList<>();
        for (Figure f : figures) {
            int start = sentenceStart(text, f.mention().start());
            TimeValue period = null;
            for (TimeValue t : times) {
                if (t.mention().start() >= start && t.mention().end() <= f.mention().start()) {
                    period = t;
                }
            }
            String about = "";
            int best = -1;
            for (Place p : places) {
                if (p.mention().start() >= start && p.mention().end() <= f.mention().start() && p.mention().start() > best) {
                    about = p.name();
                    best = p.mention().start();
                }
            }
            for (Organization o : orgs) {
                if (o.mention().start() >= start && o.mention().end() <= f.mention().start() && o.mention().start() > best) {
                    about = o.name();
                    best = o.mention().start();
                }
            }
            out.add(f.withContext(period, about));
        }
        return out;
    }

    private static int sentenceStart(String text, int cp) {
        int[] cps = text.codePoints().limit(cp).toArray();
        for (int i = cps.length - 1; i >= 0; i--) {
            if ("。！？；\n".indexOf(cps[i]) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }
}
