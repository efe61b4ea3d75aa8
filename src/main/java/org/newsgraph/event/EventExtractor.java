package org.newsgraph.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.lexicon.DictionaryMatcher;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Names;
import org.newsgraph.model.Official;
import org.newsgraph.model.Participant;
import org.newsgraph.model.Participant.Role;
import org.newsgraph.model.Place;
import org.newsgraph.model.Section;
import org.newsgraph.model.Span;
import org.newsgraph.model.Text;
import org.newsgraph.model.Token;
import org.newsgraph.model.TimeValue;

/**
 * Events with date, place and participants in roles, read sentence by sentence, in two ways.
 *
 * <p>First the contact constructions of constructions.txt ({@link ConstructionEngine}): 甲会见了乙,
 * 甲与乙举行会谈, 甲、乙等出席了晚宴, 甲陪同乙… — each names the rule that fired and the sentence as evidence.
 * Then a trigger word (推进会, 督导检查, 讲座 …) that no construction took opens an event whose participants
 * are the persons with a role there (a role verb after them, 陈博【出席并讲话】, or being the subject of an
 * inspection or research visit), and the persons of the following sentences who get a role verb
 * (市领导王剑峰、程永平【参加】). People in bylines, boxed features (历史上的今天) and headlines, and people only
 * mentioned, are never participants, so merely appearing in the same article never makes a pair. Reports
 * of the same event inside one article are merged.
 */
public final class EventExtractor {

    /** The longest piece of text read as one sentence; longer runs are cut into windows. */
    static final int MAX_SENTENCE = 300;
    /** What ends a sentence (a line end ends one too, and is not part of it). */
    private static final String SENTENCE_ENDS = "。！？!?；;";
    /** Words before a trigger that make it a plan or a call to action, not something that happened. */
    /** Words that put a report in the past (曾, 曾经, 先后): class BACKGROUND of contact-words.tsv. */
    private static final String BACKGROUND = "BACKGROUND";
    /** Speech verbs (强调, 指出) and addresses (讲话, 致辞): classes SAY and ADDRESS of contact-words.tsv. */
    private static final String SAY = "SAY";
    private static final String ADDRESS = "ADDRESS";
    /** Words for the two sides named before (双方, 两国元首). */
    private static final String BOTH = "BOTH";
    /** Plans and negations (将, 计划, 未, 没有): class FUTURE of contact-words.tsv. */
    private static final String IRREALIS = "FUTURE";
    /** What lies between a speaker and the gathering they speak at (尹弘【今天在全省领导干部】会议上强调). */
    private static final Pattern AT_THE_GATHERING = Pattern.compile("[^，,。；;：:]{0,8}?在[^，,。；;：:“”]{0,30}");
    private static final Pattern NOT_HAPPENED = Pattern.compile("(要|将|应|须|需|拟|计划|争取|推动|加强|做好|确保|即将)[\\p{IsHan}]{0,6}$");
    private static final Pattern PLACE_CUE = Pattern.compile("(在|到|赴|深入|前往|来到|走进)$");
    private static final Pattern GROUP = Pattern.compile(
            "((?:相关|有关|各|部分|全体)?[\\p{IsHan}、]{0,12}?(?:负责人|负责同志|代表|工作人员|党员干部|干部职工|委员|领导干部))(?=一同|参加|出席|陪同|列席|参会|等)");
    /** At most this many characters no recogniser read may stand before a listed person's post (九州通董事长). */
    private static final int MAX_UNREAD_BEFORE_POST = 6;
    /** The event type of a gathering (ontology/event-types.ttl). */
    private static final String MEETING = "meeting";
    /** What may stand between a list of names and its verb: 等, 同志, an adverb, 在会上. */
    private static final Pattern NAME_LIST_GAP = Pattern.compile(
            "(?:等|同志|等同志)?(?:也|还|分别|一同|共同|亲自|先后|随后|今天|当天)?"
            + "(?:在会上|在会议上|在大会上|在座谈会上|会上)?"); // at the meeting the sentence before reported
    private static final Pattern NAMED_GATHERING = Pattern.compile("(会|讲座|论坛|仪式|党课|培训班|开幕式)$");
    private static final Pattern TOPIC_STOP = Pattern.compile("[，,。；;：:、！？\\s（）()]");
    private static final Pattern VERB_BEFORE_TOPIC = Pattern.compile("召开|举行|举办|参加|出席|组织|开展|主持|收听|收看|观看");
    private static final Pattern ORGANISES = Pattern.compile("(召开|举办|举行|组织|主办)");
    private static final Pattern WITH_GROUP = Pattern.compile("与([\\p{IsHan}、]{2,16}?(?:负责人|负责同志|代表|部门))[，,]?一同");

    /** A role verb, limited to some event types or (empty set) good for all. */
    private record RoleVerb(Role role, Set<String> types) {
        boolean appliesTo(String type) {
            return types.isEmpty() || types.contains(type);
        }
    }

    private final DictionaryMatcher<String> triggers = new DictionaryMatcher<>();
    private final DictionaryMatcher<RoleVerb> roleVerbs = new DictionaryMatcher<>();
    private final ItemBuilder items;
    private final ConstructionEngine constructions;

    EventExtractor(List<String[]> triggerRows, List<String[]> roleRows, ItemBuilder items,
                   List<Construction> constructions) {
        triggerRows.forEach(r -> triggers.add(r[0], r[1]));
        roleRows.forEach(r -> roleVerbs.add(r[0], new RoleVerb(Role.valueOf(r[1].toUpperCase()),
                r[2].isEmpty() ? Set.of() : Set.of(r[2].split(",")))));
        Map<String, String> triggerTypes = new HashMap<>();
        triggerRows.forEach(r -> triggerTypes.put(r[0], r[1]));
        this.items = items;
        this.constructions = new ConstructionEngine(constructions, triggerTypes);
    }

    public static EventExtractor load(Lexicons lexicons) {
        return new EventExtractor(lexicons.rows("event-triggers.tsv", 2), lexicons.rows("role-verbs.tsv", 3),
                new ItemBuilder(lexicons.rows("contact-words.tsv", 2), lexicons.rows("titles.tsv", 1),
                        lexicons.rows("surnames.tsv", 1)),
                ConstructionEngine.load(lexicons));
    }

    public Analysis apply(Analysis in) {
        Article article = in.article();
        String text = article.text();
        int[] cps = text.codePoints().toArray();
        List<Mention> mentions = in.mentions().stream().filter(m -> !inCredit(article, m))
                .sorted(Comparator.comparing(Mention::span)).toList();
        Map<String, Mention> bySurname = items.uniqueBySurname(
                mentions.stream().filter(m -> m.type() == MentionType.PERSON).toList());
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        List<Draft> reported = List.of();
        List<Mention> previous = List.of();
        for (Span sentence : sentences(article, cps)) {
            List<Mention> inSentence = within(mentions, sentence, Mention::span);
            Reading r = read(in, cps, sentence, inSentence, bySurname, new Before(current, reported), previous);
            previous = r.persons();
            if (!r.events().isEmpty()) {
                drafts.addAll(r.events());
                current = r.events().get(r.events().size() - 1);
                reported = lastReported(r.events(), reported);
            } else if (current != null) {
                Draft open = current;
                for (Mention p : r.persons()) {
                    roleAfter(text, p, sentence, inSentence, open.type).ifPresent(role -> open.add(p, role));
                }
                groups(Text.slice(text, sentence), open);
            }
        }
        Map<String, String> fullNames = fullForeignNames(mentions);
        drafts.forEach(d -> d.rekey(fullNames));
        return in.withEvents(withTitles(merge(drafts, datelineDate(in)), in.officials()));
    }

    /**
     * The last part of each joined name the article writes (辛格 of 曼莫汉·辛格, by spelling), mapped to the whole:
     * a report names a foreign person in full once and by the last part after, and both are one participant.
     * Not where the short name comes first.
     */
    private static Map<String, String> fullForeignNames(List<Mention> mentions) {
        Map<String, Integer> firstAt = new HashMap<>();
        mentions.stream().filter(m -> m.type() == MentionType.PERSON)
                .forEach(m -> firstAt.merge(Names.spelling(m.text()), m.start(), Math::min));
        Map<String, String> out = new HashMap<>();
        for (Mention m : mentions) {
            String last = Names.spelling(Names.lastPart(m.text()));
            // a short name written before the whole one is someone else (国王萨勒曼 … 王储穆罕默德·本·萨勒曼)
            boolean before = firstAt.getOrDefault(last, Integer.MAX_VALUE) < m.start();
            if (m.type() == MentionType.PERSON && !last.isEmpty() && !before) {
                out.putIfAbsent(last, Names.spelling(m.text()));
            }
        }
        return out;
    }

    /**
     * A participant whose sentence wrote no title beside the name gets the posts the article gives that
     * mention (市委副书记、市长【张新伟】), as written.
     */
    private static List<Event> withTitles(List<Event> events, List<Official> officials) {
        Map<Span, String> titleOf = new HashMap<>();
        for (Official o : officials) {
            titleOf.put(o.person().span(), String.join("、", o.posts().stream().map(p -> p.title().text()).toList()));
        }
        return events.stream().map(e -> new Event(e.type(), e.trigger(), e.triggerSpan(), e.time(), e.place(),
                e.participants().stream().map(p -> p.title().isEmpty() && titleOf.containsKey(p.person().span())
                        ? new Participant(p.person(), p.role(), titleOf.get(p.person().span())) : p).toList(),
                e.groups(), e.topic(), e.organizer(), e.construction(), e.evidence())).toList();
    }

    /**
     * What the sentences before left: the event still open (the last one, which later sentences may add to),
     * and the last contact reported by a construction, one event per person met where it was 分别 (what
     * 参加上述会见 refers to).
     */
    private record Before(Draft open, List<Draft> reported) {

        /**
         * The event a later sentence's companions and attendees join: the open one where a construction reported
         * it, else the last contact a construction reported (a gathering's trigger word may come after it:
         * 颁奖盛典举行，乙、丙齐聚现场。丁为最佳团队颁奖。).
         */
        Draft joinable() {
            if (open == null || open.byConstruction() || reported.isEmpty()) {
                return open;
            }
            return reported.get(reported.size() - 1);
        }
    }

    /**
     * The contacts of the last trigger a construction reported with two or more people (not counting one that a
     * larger contact of the sentence contains), else those before; also those before where the sentence only
     * tells of one of them again (甲在会见乙时指出).
     */
    private static List<Draft> lastReported(List<Draft> events, List<Draft> before) {
        List<Draft> all = events.stream().filter(d -> d.byConstruction() && d.participants.size() >= 2).toList();
        // a contact inside a larger one of the sentence is that one told again (甲会见了乙和丙，同他们亲切交谈)
        List<Draft> contacts = all.stream().filter(d -> all.stream().noneMatch(o -> o != d
                && o.participants.size() > d.participants.size()
                && o.participants.keySet().containsAll(d.participants.keySet()))).toList();
        boolean again = contacts.stream().allMatch(d -> before.stream()
                .anyMatch(b -> b.participants.keySet().containsAll(d.participants.keySet())));
        if (contacts.isEmpty() || again) {
            return before;
        }
        Span last = contacts.get(contacts.size() - 1).triggerSpan;
        return contacts.stream().filter(d -> d.triggerSpan.equals(last)).toList();
    }

    /** What one sentence says: the events it reports and the persons it names. */
    private record Reading(List<Draft> events, List<Mention> persons) {
    }

    /**
     * The events of one sentence: the constructions' first, then a trigger word's (推进会, 督导检查) unless
     * a construction already took that word.
     */
    private Reading read(Analysis in, int[] cps, Span sentence, List<Mention> inSentence,
                         Map<String, Mention> bySurname, Before before, List<Mention> previousPersons) {
        boolean previousSubject = !previousPersons.isEmpty();
        List<Draft> found = new ArrayList<>();
        List<Mention> persons = new ArrayList<>();
        for (Mention m : inSentence) {
            if (m.type() == MentionType.PERSON) {
                persons.add(m);
            }
        }
        if (mayReportAContact(inSentence, persons.size(), before.joinable())
                || persons.size() + (previousSubject ? 1 : 0) >= 2 && items.hasPronoun(cps, sentence)
                || previousPersons.size() >= 2 && items.hasWordOf(cps, sentence, BOTH)) {
            SentenceItems si = items.build(cps, sentence, inSentence, within(in.tokens(), sentence, Token::span),
                    bySurname, previousPersons);
            found.addAll(contacts(in, sentence, constructions.contacts(si), before));
            persons = si.items().stream().filter(i -> i.isPerson() && i.span().equals(i.person().span()))
                    .map(Item::person).toList();
        }
        Set<Span> claimed = found.isEmpty() ? Set.of() : found.stream().map(d -> d.triggerSpan).collect(Collectors.toSet());
        Optional<Draft> own = triggerEvent(in, sentence, inSentence, persons, claimed);
        if (own.isEmpty() && !claimed.isEmpty()) {
            // the gathering a construction took still gives roles to the persons before it (乙主持会议，丙、丁发言)
            own = triggerEvent(in, sentence, inSentence, persons, Set.of()).filter(d -> d.type.equals(MEETING));
        }
        own.ifPresent(d -> addOrMerge(found, d));
        return new Reading(found, persons);
    }

    /**
     * The events the constructions found in a sentence. Persons of an attaching construction (…陪同, …一同出席)
     * join the sentence's other event, else the event still open from the sentences before; those of one
     * that refers back (…参加会见) join the event before, with any event the sentence made of them alone.
     */
    private List<Draft> contacts(Analysis in, Span sentence, List<Contact> contacts, Before before) {
        List<Draft> found = new ArrayList<>();
        List<Contact> ordered = new ArrayList<>(contacts);
        // the events of their own first: an attaching construction joins one of them (…举行欢迎仪式，乙出席)
        ordered.sort(Comparator.comparing(Contact::attach));
        for (Contact c : ordered) {
            if (c.attach() == Construction.Attach.EARLIER && !before.reported().isEmpty()) {
                joinEarlier(c, found, before.reported());
                continue;
            }
            Draft host = c.attach() == Construction.Attach.NONE ? null : hostOf(c, found, before.joinable());
            if (host != null) {
                c.participants().forEach(host::addIfAbsent);
            } else if (c.participants().size() >= 2) {
                Draft d = new Draft(c.type(), c.trigger(), c.triggerSpan(), c.construction(), sentence);
                d.time = dayIn(in, sentence).orElse(null);
                d.place = placeIn(in, sentence).orElse(null);
                c.participants().forEach(d::add);
                found.add(d);
            }
        }
        return found;
    }

    /**
     * The event an attaching construction's persons join: the sentence's event of another trigger (甲为乙举行
     * 欢迎仪式，丙出席), else the event still open from before, which an event of the same words read by
     * another construction (乙、丙等集体亮相 read twice) then repeats.
     */
    private static Draft hostOf(Contact c, List<Draft> found, Draft open) {
        Draft other = found.stream().filter(d -> !d.triggerSpan.equals(c.triggerSpan())).findFirst().orElse(null);
        if (other != null || open == null) {
            return other;
        }
        Set<String> persons = c.participants().stream().map(p -> Names.spelling(p.person().text()))
                .collect(Collectors.toSet());
        found.removeIf(d -> d.triggerSpan.equals(c.triggerSpan()) && persons.containsAll(d.participants.keySet()));
        return open;
    }

    /**
     * 乙、丙参加(上述)会见: they join each earlier event, and an event the sentence made of them alone is that
     * reading again.
     */
    private static void joinEarlier(Contact c, List<Draft> found, List<Draft> earlier) {
        Set<String> persons = c.participants().stream().map(p -> Names.spelling(p.person().text()))
                .collect(Collectors.toSet());
        List<Participant> joining = new ArrayList<>(c.participants());
        for (Iterator<Draft> it = found.iterator(); it.hasNext(); ) {
            Draft d = it.next();
            if (persons.containsAll(d.participants.keySet())) {
                joining.addAll(d.participants.values());
                it.remove();
            }
        }
        earlier.forEach(e -> joining.forEach(e::addIfAbsent));
    }

    /** The event a trigger word opens (推进会, 督导检查), with the persons who have a role verb there. */
    private Optional<Draft> triggerEvent(Analysis in, Span sentence, List<Mention> inSentence, List<Mention> persons,
                                         Set<Span> claimed) {
        String text = in.article().text();
        String s = Text.slice(text, sentence);
        Optional<DictionaryMatcher.Match<String>> trigger = firstTrigger(s, sentence, inSentence, claimed);
        if (trigger.isEmpty()) {
            return Optional.empty();
        }
        Span t = trigger.get().span().shift(sentence.start());
        String type = trigger.get().value();
        Draft d = new Draft(type, trigger.get().word(), t, Event.TRIGGER_RULES, sentence);
        d.background = items.hasClassWord(s.substring(0, s.offsetByCodePoints(0, trigger.get().span().start())),
                BACKGROUND);
        d.time = dayIn(in, sentence).orElse(null);
        d.topic = topic(s, trigger.get());
        d.organizer = organizer(in, sentence);
        d.place = placeIn(in, sentence).orElse(null);
        for (Mention p : persons) {
            roleInTriggerSentence(text, sentence, p, inSentence, t, type).ifPresent(r -> d.add(p, r));
        }
        groups(s, d);
        return Optional.of(d);
    }

    /**
     * Only a sentence that can name two people is read for contacts: two persons, one and a title that no
     * name follows (王主席 may stand for a second person), or one who may join a contact reported just
     * before (陪同会见的有…). Most sentences name one or none.
     */
    private static boolean mayReportAContact(List<Mention> inSentence, int persons, Draft open) {
        if (persons >= 2 || persons == 1 && open != null && open.byConstruction()) {
            return true;
        }
        if (persons == 0) {
            return false;
        }
        for (int i = 0; i < inSentence.size(); i++) {
            Mention m = inSentence.get(i);
            boolean nameFollows = i + 1 < inSentence.size() && inSentence.get(i + 1).type() == MentionType.PERSON
                    && inSentence.get(i + 1).start() == m.end();
            if (m.type() == MentionType.TITLE && !nameFollows) {
                return true;
            }
        }
        return false;
    }

    /** A trigger-word event joins a construction's event of the same type in its sentence. */
    private static void addOrMerge(List<Draft> found, Draft d) {
        Draft same = found.stream().filter(f -> f.type.equals(d.type)).findFirst().orElse(null);
        if (same == null) {
            found.add(d);
        } else {
            d.participants.values().forEach(same::addIfAbsent);
            d.groups.stream().filter(g -> !same.groups.contains(g)).forEach(same.groups::add);
        }
    }

    /**
     * Body and caption sentences only: never headlines, bylines or boxed features. A run of text without
     * a sentence end is read in windows of at most {@link #MAX_SENTENCE} characters, cut after a comma
     * where there is one, so that no record, however long, makes one huge sentence.
     */
    private static List<Span> sentences(Article article, int[] cps) {
        List<Span> out = new ArrayList<>();
        for (Section section : article.sections()) {
            if (section.kind() != Section.Kind.BODY && section.kind() != Section.Kind.CAPTION) {
                continue;
            }
            int from = section.span().start();
            boolean enumeration = false;
            for (int i = from; i < section.span().end(); i++) {
                boolean newline = cps[i] == '\n';
                enumeration |= cps[i] == '：' || cps[i] == ':';
                boolean end = SENTENCE_ENDS.indexOf(cps[i]) >= 0 && !Text.isLostCharacter(cps, i);
                if (newline || end && !(enumeration && isSemicolon(cps[i]))) {
                    enumeration = false;
                    if (i + (newline ? 0 : 1) > from) {
                        windows(cps, new Span(from, i + (newline ? 0 : 1)), out);
                    }
                    from = i + 1;
                }
            }
            if (section.span().end() > from) {
                windows(cps, new Span(from, section.span().end()), out);
            }
        }
        return out;
    }

    /** A semicolon after a colon separates the items of one enumeration (嘉宾：甲；乙；丙。), not sentences. */
    private static boolean isSemicolon(int c) {
        return c == '；' || c == ';';
    }

    private static void windows(int[] cps, Span sentence, List<Span> out) {
        int start = sentence.start();
        while (sentence.end() - start > MAX_SENTENCE) {
            int cut = start + MAX_SENTENCE;
            for (int i = cut - 1; i > start + MAX_SENTENCE / 2; i--) {
                if (cps[i] == '，' || cps[i] == ',') {
                    cut = i + 1;
                    break;
                }
            }
            out.add(new Span(start, cut));
            start = cut;
        }
        out.add(new Span(start, sentence.end()));
    }

    /**
     * The first trigger that is not part of a name (市人大【常委会】), not a plan (要加强【检查】) and not the
     * trigger of a construction's event.
     */
    private Optional<DictionaryMatcher.Match<String>> firstTrigger(String sentence, Span at, List<Mention> mentions,
                                                                   Set<Span> claimed) {
        int[] cps = sentence.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            var m = triggers.longestAt(cps, i);
            if (m != null) {
                String before = new String(cps, 0, i);
                Span span = m.span().shift(at.start());
                if (!insideName(span, mentions) && !overlapsAny(span, claimed) && !NOT_HAPPENED.matcher(before).find()) {
                    return Optional.of(m);
                }
                i = m.span().end() - 1;
            }
        }
        return Optional.empty();
    }

    private static boolean insideName(Span span, List<Mention> mentions) {
        for (Mention x : mentions) {
            if (x.span().overlaps(span) && x.type() != MentionType.DATE && x.type() != MentionType.FIGURE) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsAny(Span span, Set<Span> spans) {
        for (Span s : spans) {
            if (s.overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The event's name or subject as written: for a named gathering the words before the trigger back to
     * the verb or punctuation (召开【全市疫苗接种工作推进会】); for an activity the object after it
     * (督导检查【防汛救灾工作】).
     */
    private static String topic(String sentence, DictionaryMatcher.Match<String> trigger) {
        int[] cps = sentence.codePoints().toArray();
        int start = trigger.span().start();
        int end = trigger.span().end();
        if (trigger.word().length() >= 2 && NAMED_GATHERING.matcher(trigger.word()).find()) {
            int from = start;
            while (from > 0 && !TOPIC_STOP.matcher(new String(cps, from - 1, 1)).matches()
                    && !VERB_BEFORE_TOPIC.matcher(new String(cps, Math.max(0, from - 2), from - Math.max(0, from - 2))).matches()
                    && start - from < 30) {
                from--;
            }
            return new String(cps, from, end - from);
        }
        int to = end;
        while (to < cps.length && !TOPIC_STOP.matcher(new String(cps, to, 1)).matches() && to - end < 20) {
            to++;
        }
        return new String(cps, end, to - end).replaceFirst("(时|中|期间)$", "");
    }

    /**
     * An organisation written just before 召开/举办/组织 in the sentence: the organiser
     * (【太原市市场监督管理局】举行新闻发布会); not a venue (在【市卫健委】举行).
     */
    private static String organizer(Analysis in, Span sentence) {
        String text = in.article().text();
        for (var o : in.organizations()) {
            Span s = o.mention().span();
            if (!sentence.contains(s)) {
                continue; // checked first: a long record has thousands of organisations and of sentences
            }
            boolean venue = s.start() > 0 && "在于到".indexOf(Text.slice(text, s.start() - 1, s.start())) >= 0;
            if (!venue && ORGANISES.matcher(Text.slice(text, s.end(),
                    Math.min(sentence.end(), s.end() + 3))).lookingAt()) {
                return o.name();
            }
        }
        return "";
    }

    /** A person's role in the sentence that names the event, if they have one. */
    private Optional<Role> roleInTriggerSentence(String text, Span sentence, Mention person, List<Mention> mentions,
                                                 Span trigger, String type) {
        Optional<Role> verb = roleVerbAfter(text, person, sentence, mentions, type);
        if (verb.isPresent()) {
            return verb;
        }
        if (person.end() <= trigger.start() && speaksAt(text, person, trigger, sentence)) {
            return Optional.of(Role.SPEAKER);
        }
        if (person.end() <= trigger.start() && gapIsClause(text, person.end(), trigger.start())) {
            return switch (type) {
                case "inspection", "research", "condolence" -> Optional.of(Role.INSPECTOR);
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    /** 甲在…会议上强调 / 讲话: 甲 speaks at the gathering the trigger names. */
    private boolean speaksAt(String text, Mention person, Span trigger, Span sentence) {
        if (!AT_THE_GATHERING.matcher(Text.slice(text, person.end(), trigger.start())).matches()) {
            return false;
        }
        String after = Text.slice(text, trigger.end(), Math.min(sentence.end(), trigger.end() + 6)).replaceFirst("^[上中]", "");
        return items.startsWithClassWord(after, SAY) || items.startsWithClassWord(after, ADDRESS);
    }

    /**
     * A person's role in a sentence after the one that names the event: a role verb right after them
     * (王剑峰、程永平【参加】), or, when they open the sentence, a role verb anywhere in it
     * (【张勤】结合…进行了深入浅出的【阐述】).
     */
    private Optional<Role> roleAfter(String text, Mention person, Span sentence, List<Mention> mentions, String type) {
        Optional<Role> right = roleVerbAfter(text, person, sentence, mentions, type);
        if (right.isPresent()) {
            return right;
        }
        boolean opens = mentions.stream().filter(m -> sentence.contains(m.span()) && m.end() <= person.start())
                .allMatch(m -> m.type() == MentionType.TITLE || m.type() == MentionType.ORGANIZATION)
                && Text.slice(text, sentence.start(), person.start()).matches("[\\p{IsHan}、\\s]{0,30}");
        if (!opens) {
            return Optional.empty();
        }
        return roleVerbIn(Text.slice(text, person.end(), sentence.end()), type);
    }

    /**
     * The role verb right after a person: directly (陈博【出席】并【讲话】, the most specific of a chain joined
     * by 并/和), or after a list of further names or a title (王剑峰、程永平【参加】). A verb further on
     * belongs to someone else (贯彻习近平总书记关于…重要【讲话】).
     */
    private Optional<Role> roleVerbAfter(String text, Mention person, Span sentence, List<Mention> mentions, String type) {
        int from = afterListedNames(text, person, sentence, mentions);
        String after = Text.slice(text, from, Math.min(sentence.end(), from + 30));
        int[] cps = after.codePoints().toArray();
        Matcher gap = NAME_LIST_GAP.matcher(after);
        int i = gap.lookingAt() ? after.codePointCount(0, gap.end()) : 0;
        Role best = null;
        boolean joined = true;
        while (i < cps.length) {
            var m = roleVerbs.longestAt(cps, i);
            if (m == null) {
                break;
            }
            if (best == Role.ATTENDEE && !joined && m.value().role() == Role.INSPECTOR) {
                break; // 陪同检查, 参加调研: the verb after names the visit they attend, not what they do
            }
            if (m.value().appliesTo(type) && (best == null || rank(m.value().role()) > rank(best))) {
                best = m.value().role();
            }
            i = m.span().end();
            joined = false;
            while (i < cps.length && "并和及、".indexOf(cps[i]) >= 0) {
                i++;
                joined = true;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Where the verb of a person may start: after the names listed with them, each joined by 、 or a comma, with
     * or without an organisation and post of their own (李稻葵、北京大学教授姚洋【发言】), and after the date and
     * place of the act (李锦斌昨天在合肥【主持召开】).
     */
    private static int afterListedNames(String text, Mention person, Span sentence, List<Mention> mentions) {
        Map<Integer, Mention> byStart = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != MentionType.FIGURE && sentence.contains(m.span())) {
                byStart.putIfAbsent(m.start(), m);
            }
        }
        int end = person.end();
        while (end < sentence.end() && "、，,".contains(Text.slice(text, end, end + 1))) {
            Mention next = nextAfterUnread(text, end + 1, sentence, byStart);
            while (next != null && next.type() != MentionType.PERSON) {
                next = byStart.get(next.end()); // the organisation and post before the name
            }
            if (next == null) {
                break;
            }
            end = next.end();
        }
        return afterDateAndPlace(text, end, sentence, byStart);
    }

    /**
     * The mention at {@code at}, or the post a few unread characters later (、九州通董事长刘宝林: the company the
     * recognisers did not read); null where none is there.
     */
    private static Mention nextAfterUnread(String text, int at, Span sentence, Map<Integer, Mention> byStart) {
        for (int k = at; k < Math.min(sentence.end(), at + MAX_UNREAD_BEFORE_POST + 1); k++) {
            Mention m = byStart.get(k);
            if (m != null && (k == at || m.type() == MentionType.TITLE)) {
                return m;
            }
            if (m != null || !Character.isIdeographic(Text.slice(text, k, k + 1).codePointAt(0))) {
                return null;
            }
        }
        return null;
    }

    private static int afterDateAndPlace(String text, int end, Span sentence, Map<Integer, Mention> byStart) {
        Mention date = byStart.get(end);
        if (date != null && date.type() == MentionType.DATE) {
            end = date.end();
        }
        if (end >= sentence.end() || !Text.slice(text, end, end + 1).equals("在")) {
            return end;
        }
        int at = end + 1;
        Mention place = byStart.get(at);
        while (place != null && (place.type() == MentionType.PLACE || place.type() == MentionType.ORGANIZATION)) {
            at = place.end();
            place = byStart.get(at);
        }
        return at > end + 1 ? at : end;
    }

    /** The most specific role verb anywhere in a piece of text, unless a plan or a "not" comes right before it (未有出席). */
    private Optional<Role> roleVerbIn(String after, String type) {
        int[] cps = after.codePoints().toArray();
        Role best = null;
        for (int i = 0; i < cps.length; i++) {
            var m = roleVerbs.longestAt(cps, i);
            if (m != null) {
                boolean unreal = items.endsWithClassWord(new String(cps, 0, i), IRREALIS);
                if (!unreal && m.value().appliesTo(type) && (best == null || rank(m.value().role()) > rank(best))) {
                    best = m.value().role();
                }
                i = m.span().end() - 1;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int rank(Role r) {
        return r == Role.ATTENDEE ? 0 : 1;
    }

    /** True when nothing between two points ends the clause (no full stop or semicolon). */
    private static boolean gapIsClause(String text, int from, int to) {
        String gap = Text.slice(text, from, to);
        return Text.length(gap) <= 40 && !gap.matches(".*[。；;].*");
    }

    /** Reporters named in a dateline (本报讯(记者 殷雪青、梁涛)) or a byline never take part in the event. */
    private static boolean inCredit(Article article, Mention m) {
        return article.sections().stream().anyMatch(s -> (s.kind() == Section.Kind.DATELINE
                || s.kind() == Section.Kind.BYLINE) && s.span().contains(m.span()));
    }

    /** The mentions or tokens (sorted by start) that lie inside a span, found by binary search. */
    private static <T> List<T> within(List<T> sorted, Span span, Function<T, Span> spanOf) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spanOf.apply(sorted.get(mid)).start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<T> out = new ArrayList<>();
        for (int i = lo; i < sorted.size() && spanOf.apply(sorted.get(i)).start() < span.end(); i++) {
            if (span.contains(spanOf.apply(sorted.get(i)))) {
                out.add(sorted.get(i));
            }
        }
        return out;
    }


    private static Optional<TimeValue> dayIn(Analysis in, Span sentence) {
        return in.times().stream()
                .filter(t -> sentence.contains(t.mention().span()) && t.granularity() == TimeValue.Granularity.DAY)
                .findFirst();
    }

    /** The date of the dateline paragraph (本报讯 12月20日), used for events whose sentence has none. */
    private static TimeValue datelineDate(Analysis in) {
        Article a = in.article();
        Optional<Section> firstBody = a.sections().stream().filter(s -> s.kind() == Section.Kind.BODY).findFirst();
        if (firstBody.isEmpty()) {
            return null;
        }
        return in.times().stream()
                .filter(t -> firstBody.get().span().contains(t.mention().span())
                        && t.granularity() == TimeValue.Granularity.DAY)
                .findFirst().orElse(null);
    }

    private static Optional<Place> placeIn(Analysis in, Span sentence) {
        String text = in.article().text();
        for (Place p : in.places()) {
            if (!sentence.contains(p.mention().span())) {
                continue;
            }
            String before = Text.slice(text, sentence.start(), p.mention().start());
            if (PLACE_CUE.matcher(before).find()) {
                return Optional.of(p);
            }
        }
        for (var o : in.organizations()) {
            Mention m = o.mention();
            if (sentence.contains(m.span()) && PLACE_CUE.matcher(Text.slice(text, sentence.start(), m.start())).find()) {
                return Optional.of(new Place(m, "", o.name(), Place.Kind.FACILITY));
            }
        }
        return Optional.empty();
    }

    private static void groups(String sentence, Draft d) {
        for (Pattern p : List.of(GROUP, WITH_GROUP)) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                String g = m.group(1).replaceFirst("^[、]", "");
                if (!g.isEmpty() && !d.groups.contains(g)) {
                    d.groups.add(g);
                }
            }
        }
    }

    /**
     * Merges reports of one event within the article: same type, same date or no date, and — when a
     * construction found either — the people of one are all in the other (分别会见 乙 and 丙 stays two), or
     * the same gathering is named again with a person of the first report ({@link #sameGathering}).
     */
    private static List<Event> merge(List<Draft> drafts, TimeValue dateline) {
        // twice: a report can only join one that already has its people (座谈会举行。…出席座谈会。…座谈会上讲话。)
        List<Draft> merged = mergeReports(mergeReports(drafts));
        for (Draft d : merged) {
            if (d.time == null) {
                d.time = dateline;
            }
        }
        // an undated trigger-word report is background (林武曾调研…), not news of an event, unless it names
        // two people in their roles at it (甲主持会议。乙、丙出席。); a construction (甲会见了乙) states that the
        // contact happened, dated or not
        return absorbSubActivities(merged).stream()
                .filter(d -> d.time != null || d.byConstruction() || d.sharedUndated())
                .map(Draft::toEvent).toList();
    }

    private static List<Draft> mergeReports(List<Draft> drafts) {
        List<Draft> merged = new ArrayList<>();
        for (Draft d : drafts) {
            Draft same = merged.stream().filter(m -> sameReport(m, d)).findFirst().orElse(null);
            if (same == null) {
                merged.add(d);
            } else {
                d.participants.values().forEach(same::add);
                if (same.time == null) {
                    same.time = d.time;
                }
                if (same.place == null) {
                    same.place = d.place;
                }
                if (same.organizer.isEmpty()) {
                    same.organizer = d.organizer;
                }
                d.groups.stream().filter(g -> !same.groups.contains(g)).forEach(same.groups::add);
            }
        }
        return merged;
    }

    private static boolean sameReport(Draft a, Draft b) {
        if (!a.type.equals(b.type) || !sameDay(a.time, b.time)) {
            return false;
        }
        if (!a.byConstruction() && !b.byConstruction()) {
            return true;
        }
        Set<String> pa = a.participants.keySet();
        Set<String> pb = b.participants.keySet();
        return !pa.isEmpty() && !pb.isEmpty() && (pa.containsAll(pb) || pb.containsAll(pa) || sameGathering(a, b));
    }

    /**
     * One gathering named again (座谈会 … 座谈会由乙主持) with a person in both reports, or by the head of its name:
     * a meeting, unlike a meeting verb (甲会见乙。甲会见丙。 are two).
     */
    private static boolean sameGathering(Draft a, Draft b) {
        return a.type.equals(MEETING) && (a.trigger.equals(b.trigger)
                && a.participants.keySet().stream().anyMatch(b.participants::containsKey) || refersBack(a, b));
    }

    /**
     * A later report names the gathering again or by the head of its name or topic (召开常务会议 … 参加会议;
     * 企业家座谈会 … 出席座谈会) and has no chair of its own: the same meeting, whoever was named at it.
     */
    private static boolean refersBack(Draft earlier, Draft later) {
        return later.triggerSpan.start() > earlier.triggerSpan.end() && later.trigger.codePointCount(0, later.trigger.length()) >= 2
                && (earlier.trigger.endsWith(later.trigger) || earlier.topic.endsWith(later.trigger))
                && later.participants.values().stream().noneMatch(p -> p.role() == Role.CHAIR);
    }

    /**
     * A stop within a visit (张新伟督导检查… 慰问…) is part of the visit: a later event of the same day whose
     * named participants all took part in an earlier event of that day is folded into the earlier one.
     */
    private static List<Draft> absorbSubActivities(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft host = d.participants.isEmpty() ? null : out.stream()
                    .filter(o -> sameDay(o.time, d.time) && o.participants.keySet().containsAll(d.participants.keySet()))
                    .findFirst().orElse(null);
            if (host == null) {
                out.add(d);
            } else {
                d.groups.stream().filter(g -> !host.groups.contains(g)).forEach(host.groups::add);
            }
        }
        return out;
    }

    private static boolean sameDay(TimeValue a, TimeValue b) {
        return a == null || b == null || a.value().equals(b.value());
    }

    /** An event while it is being assembled. */
    private static final class Draft {
        final String type;
        final String trigger;
        final Span triggerSpan;
        final String construction;
        final Span evidence;
        TimeValue time;
        Place place;
        String topic = "";
        String organizer = "";
        /** Reported as the past (曾, 先后): background unless dated. */
        boolean background;
        final Map<String, Participant> participants = new LinkedHashMap<>();
        final List<String> groups = new ArrayList<>();

        Draft(String type, String trigger, Span triggerSpan, String construction, Span evidence) {
            this.type = type;
            this.trigger = trigger;
            this.triggerSpan = triggerSpan;
            this.construction = construction;
            this.evidence = evidence;
        }

        /**
         * An undated report still tells of one event when it is not written as the past (曾, 先后) and names
         * two people, one in a role other than inspector (a list of visitors may have come one by one).
         */
        boolean sharedUndated() {
            return !background && participants.size() >= 2
                    && participants.values().stream().anyMatch(p -> p.role() != Role.INSPECTOR);
        }

        boolean byConstruction() {
            return !construction.equals(Event.TRIGGER_RULES);
        }

        /** A person a role verb names; a surname alone (老郑, 陈教授) names nobody in particular. */
        void add(Mention person, Role role) {
            if (Names.compact(person.text()).codePointCount(0, Names.compact(person.text()).length()) > 1) {
                add(new Participant(person, role));
            }
        }

        /** One entry per person; the more specific role wins over attendee, a written title over none. */
        void add(Participant p) {
            String key = Names.spelling(p.person().text());
            Participant old = participants.get(key);
            if (old == null) {
                participants.put(key, p);
            } else if (old.role() == Role.ATTENDEE && p.role() != Role.ATTENDEE || old.title().isEmpty()) {
                Role role = old.role() == Role.ATTENDEE ? p.role() : old.role();
                participants.put(key, new Participant(old.person(), role, old.title().isEmpty() ? p.title() : old.title()));
            }
        }

        /** Keys the participants by the full name where a key is the last part of a joined name (辛格). */
        void rekey(Map<String, String> fullNames) {
            if (fullNames.isEmpty() || participants.keySet().stream().noneMatch(fullNames::containsKey)) {
                return;
            }
            Map<String, Participant> before = new LinkedHashMap<>(participants);
            participants.clear();
            before.forEach((key, p) -> {
                String full = fullNames.getOrDefault(key, key);
                Participant old = participants.get(full);
                if (old == null || key.equals(full)) {
                    participants.put(full, p);
                }
            });
        }

        /** A person joins in the role given, unless they already take part. */
        void addIfAbsent(Participant p) {
            participants.putIfAbsent(Names.spelling(p.person().text()), p);
        }

        Event toEvent() {
            return new Event(type, trigger, triggerSpan, time, place, List.copyOf(participants.values()), groups, topic,
                    organizer, construction, evidence);
        }
    }
}
