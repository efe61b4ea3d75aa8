package org.newsgraph.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.model.Jurisdiction;

/**
 * Builds a realistic scale corpus at any size: pages in the plain-text layout of the seed pages (kicker and
 * headline lines, {@code 本报讯 M月D日，…} leads, body paragraphs, bylines such as （刘 涛）), made by
 * recombining the sentence patterns of the seed articles ({@code bench/templates.txt}) with substituted
 * officials, posts, organisations, places (GB/T 2260), dates and figures.
 *
 * <p>The corpus is a set of city papers ("太原日报", "大同日报", …), one page per day each. Every paper has a
 * roster of city and county officials that changes slowly (a post changes hands about every two years),
 * plus people named once (experts, entrepreneurs): so persons, pairs of officials meeting and events grow
 * with the corpus the way they do in a real archive. The number of papers grows with the corpus
 * (about one per 1,000 articles, the chosen province first, then the rest of the country).
 *
 * <p>Deterministic: the same seed and size give byte-identical output ({@link SplittableRandom}, no
 * hash-ordered iteration, no clock). Streaming: pages and articles are produced one at a time and written
 * as they are made; nothing but the current page is held in memory.
 */
public final class CorpusGenerator {

    /** One generated article. {@code id} is {@code <pageId>-NN}, as {@code ArticleReader} would name it. */
    public record GeneratedArticle(String id, String text, LocalDate published, Jurisdiction jurisdiction,
                                   String publisher) {
    }

    /** One generated page: a day of one paper; {@code text} is the page in the seed layout. */
    public record Page(String id, String text, LocalDate published, Jurisdiction jurisdiction, String publisher,
                       List<GeneratedArticle> articles) {
    }

    /** What a write produced. */
    public record Stats(long articles, long pages, int papers, long chars) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final Pattern SLOT = Pattern.compile("\\{([A-Z_]+?)([0-9]?)\\}");
    private static final Pattern POOL_REF = Pattern.compile("@([a-z_]+)");
    /** Average days a post stays with one holder. */
    private static final double TENURE_DAYS = 730;

    private final long seed;
    private final Templates templates;
    private final Places places;
    private final List<String> surnames;
    private final List<String> departments;
    private final List<String> countyDepartments;
    private final List<Places.City> cities;
    private final LocalDate start;
    private final int papers;

    /**
     * @param seed the random seed: same seed, same corpus
     * @param provinceCode the province whose cities come first ({@code 140000}, Shanxi, like the seeds)
     * @param papers number of papers; 0 = about one per 1,000 articles
     * @param start date of every paper's first page
     */
    public CorpusGenerator(long seed, String provinceCode, int papers, LocalDate start) {
        this.seed = seed;
        this.templates = Templates.bundled();
        Lexicons lexicons = Lexicons.bundled();
        this.places = Places.load(lexicons);
        this.cities = places.citiesStartingWith(provinceCode);
        if (cities.isEmpty()) {
            throw new IllegalArgumentException("no cities with counties in province " + provinceCode);
        }
        this.surnames = lexicons.rows("surnames.tsv", 1).stream().map(r -> r[0]).filter(s -> !s.isEmpty()).toList();
        List<String> depts = new ArrayList<>();
        List<String> countyDepts = new ArrayList<>();
        for (String[] row : lexicons.rows("org-aliases.tsv", 2)) {
            String suffix = row[0];
            if (suffix.length() < 3 || suffix.contains("政府") || suffix.contains("人大") || suffix.contains("法院")
                    || suffix.contains("检察院") || suffix.contains("政协") || suffix.contains("党组")) {
                continue;
            }
            depts.add(suffix);
            if (suffix.endsWith("局")) {
                countyDepts.add(suffix);
            }
        }
        this.departments = List.copyOf(depts);
        this.countyDepartments = List.copyOf(countyDepts);
        this.start = start;
        this.papers = papers;
    }

    /** Shanxi first, papers by corpus size, first page on 2021-01-01. */
    public CorpusGenerator(long seed) {
        this(seed, "140000", 0, LocalDate.of(2021, 1, 1));
    }

    /** Number of papers a corpus of {@code articles} is spread over. */
    public int papersFor(long articles) {
        long n = papers > 0 ? papers : (articles + 999) / 1000;
        return (int) Math.max(1, Math.min(n, cities.size()));
    }

    /** Streams the pages of a corpus of exactly {@code articles} articles, paper after paper. */
    public void pages(long articles, Consumer<Page> sink) {
        SplittableRandom root = new SplittableRandom(seed);
        int paperCount = papersFor(articles);
        for (int p = 0; p < paperCount; p++) {
            long share = articles / paperCount + (p < articles % paperCount ? 1 : 0);
            SplittableRandom rnd = root.split();
            if (share > 0) {
                new Paper(cities.get(p), rnd).pages(share, sink);
            }
        }
    }

    /** Streams the articles of a corpus of exactly {@code articles} articles. */
    public void articles(long articles, Consumer<GeneratedArticle> sink) {
        pages(articles, page -> page.articles().forEach(sink));
    }

    /**
     * Writes a directory of pages: one sub-directory per paper ({@code 140100/}) holding its pages
     * ({@code 140100_20210101.txt}) and a {@code manifest.json} like {@code seeds/manifest.json}.
     */
    public Stats writeDirectory(Path dir, long articles) {
        long[] count = new long[3]; // articles, pages, chars
        Set<String> papersSeen = new HashSet<>();
        JsonFactory factory = new JsonFactory();
        Object[] open = new Object[2]; // current paper code, its manifest generator
        try {
            Files.createDirectories(dir);
            pages(articles, page -> {
                try {
                    String code = page.jurisdiction().code();
                    if (!code.equals(open[0])) {
                        closeManifest((JsonGenerator) open[1]);
                        Path paperDir = dir.resolve(code);
                        Files.createDirectories(paperDir);
                        JsonGenerator g = factory.createGenerator(
                                Files.newOutputStream(paperDir.resolve("manifest.json")), JsonEncoding.UTF8);
                        g.useDefaultPrettyPrinter();
                        g.writeStartObject();
                        g.writeStringField("publisher", page.publisher());
                        g.writeObjectFieldStart("jurisdiction");
                        g.writeStringField("name", page.jurisdiction().name());
                        g.writeStringField("code", code);
                        g.writeEndObject();
                        g.writeStringField("generator", "newsgraph bench generate (CorpusGenerator), seed " + seed
                                + ", " + articles + " articles in all");
                        g.writeArrayFieldStart("pages");
                        open[0] = code;
                        open[1] = g;
                        papersSeen.add(code);
                    }
                    String file = page.id() + ".txt";
                    Files.writeString(dir.resolve(code).resolve(file), page.text(), StandardCharsets.UTF_8);
                    JsonGenerator g = (JsonGenerator) open[1];
                    g.writeStartObject();
                    g.writeStringField("file", file);
                    g.writeStringField("published", page.published().toString());
                    g.writeStringField("confidence", "high");
                    g.writeStringField("evidence", "generated page; the date is the generator's");
                    g.writeEndObject();
                    count[0] += page.articles().size();
                    count[1]++;
                    count[2] += page.text().length();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            closeManifest((JsonGenerator) open[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Stats(count[0], count[1], papersSeen.size(), count[2]);
    }

    private static void closeManifest(JsonGenerator g) throws IOException {
        if (g != null) {
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
            g.close();
        }
    }

    /**
     * Writes one JSON Lines file of article records
     * {@code {"id","text","published","jurisdiction":{"code","name"},"publisher"}}, one per line.
     */
    public Stats writeJsonLines(Path file, long articles) {
        long[] count = new long[3];
        Set<String> papersSeen = new HashSet<>();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file);
                 JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                g.setRootValueSeparator(null);
                pages(articles, page -> {
                    papersSeen.add(page.jurisdiction().code());
                    count[1]++;
                    for (GeneratedArticle a : page.articles()) {
                        try {
                            g.writeStartObject();
                            g.writeStringField("id", a.id());
                            g.writeStringField("text", a.text());
                            g.writeStringField("published", a.published().toString());
                            g.writeObjectFieldStart("jurisdiction");
                            g.writeStringField("code", a.jurisdiction().code());
                            g.writeStringField("name", a.jurisdiction().name());
                            g.writeEndObject();
                            g.writeStringField("publisher", a.publisher());
                            g.writeEndObject();
                            g.writeRaw('\n');
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        count[0]++;
                        count[2] += a.text().length();
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Stats(count[0], count[1], papersSeen.size(), count[2]);
    }

    // ------------------------------------------------------------------------------------------------
    // One paper: its city, roster of officials and reporters, and its run of daily pages.

    private record Post(String title, String countyCode, String[] holder) {
    }

    private final class Paper {
        private final Places.City city;
        private final SplittableRandom rnd;
        private final Jurisdiction jurisdiction;
        private final String publisher;
        private final List<Post> cityPosts = new ArrayList<>();
        private final Map<String, List<Post>> countyPosts = new LinkedHashMap<>();
        private final List<String> reporters = new ArrayList<>();
        private final Set<String> inOffice = new HashSet<>();
        private final boolean asciiPunctuation;

        Paper(Places.City city, SplittableRandom rnd) {
            this.city = city;
            this.rnd = rnd;
            this.jurisdiction = new Jurisdiction(city.code(), city.name());
            this.publisher = city.shortName() + "日报";
            this.asciiPunctuation = rnd.nextInt(3) == 0; // two of the five seed pages use ASCII commas
            for (String title : List.of("省委常委、市委书记", "市委副书记、市长", "市委副书记", "副市长", "副市长",
                    "副市长", "副市长", "副市长", "市委常委、秘书长", "市委常委、宣传部部长", "市委常委、组织部部长",
                    "市人大常委会党组书记、主任", "市政协主席")) {
                cityPosts.add(new Post(title, "", new String[]{newOfficialName()}));
            }
            for (Places.County county : city.counties()) {
                List<Post> posts = new ArrayList<>();
                posts.add(new Post(county.name() + "委书记", county.code(), new String[]{newOfficialName()}));
                posts.add(new Post(county.name() + "长", county.code(), new String[]{newOfficialName()}));
                countyPosts.put(county.code(), posts);
            }
            for (int i = 0; i < 12; i++) {
                reporters.add(personName());
            }
        }

        private String newOfficialName() {
            for (int attempt = 0; ; attempt++) {
                String name = personName();
                if (inOffice.add(name) || attempt > 20) {
                    return name;
                }
            }
        }

        private void rotate() {
            double p = 1.0 / TENURE_DAYS;
            for (Post post : cityPosts) {
                maybeRotate(post, p);
            }
            for (List<Post> posts : countyPosts.values()) {
                for (Post post : posts) {
                    maybeRotate(post, p);
                }
            }
        }

        private void maybeRotate(Post post, double p) {
            if (rnd.nextDouble() < p) {
                inOffice.remove(post.holder()[0]);
                post.holder()[0] = newOfficialName();
            }
        }

        void pages(long articles, Consumer<Page> sink) {
            LocalDate day = start;
            long left = articles;
            while (left > 0) {
                int n = (int) Math.min(left, 4 + rnd.nextInt(5));
                sink.accept(page(day, n));
                left -= n;
                day = day.plusDays(1);
                rotate();
            }
        }

        private Page page(LocalDate published, int n) {
            String pageId = city.code() + "_" + DAY.format(published);
            StringBuilder page = new StringBuilder("\n\n");
            List<GeneratedArticle> articles = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String text = article(published, i == 0);
                if (asciiPunctuation) {
                    text = text.replace('，', ',').replace('（', '(').replace('）', ')');
                }
                page.append(text).append("\n\n");
                articles.add(new GeneratedArticle(String.format(Locale.ROOT, "%s-%02d", pageId, i + 1),
                        text.strip(), published, jurisdiction, publisher));
            }
            return new Page(pageId, page.toString(), published, jurisdiction, publisher, List.copyOf(articles));
        }

        /** One article: a frame with its slots bound afresh. */
        private String article(LocalDate published, boolean firstOnPage) {
            Templates.Frame frame = templates.pickFrame(rnd);
            Binder b = new Binder(frame, published);
            StringBuilder out = new StringBuilder();
            boolean kicker = false;
            for (Templates.Line line : frame.lines()) {
                switch (line.kind()) {
                    case 'K' -> {
                        if (firstOnPage || rnd.nextInt(3) == 0) {
                            out.append(b.fill(line.text())).append("\n\n");
                            kicker = true;
                        }
                    }
                    case 'H' -> out.append(b.fill(line.text())).append('\n');
                    case 'L' -> out.append('\n').append("本报讯 ").append(b.fill(line.text())).append("\n\n");
                    case 'B' -> out.append(b.fill(line.text())).append("\n\n");
                    case 'O' -> {
                        if (rnd.nextBoolean()) {
                            out.append(b.fill(line.text())).append("\n\n");
                        }
                    }
                    case 'Y' -> out.append(byline()).append('\n');
                    default -> throw new IllegalStateException("bad template line kind " + line.kind());
                }
            }
            if (firstOnPage && !kicker) {
                out.insert(0, "政务之要\n\n");
            }
            return out.toString().strip();
        }

        private String byline() {
            int n = 1 + (rnd.nextInt(4) == 0 ? 1 : 0);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String name = reporters.get(rnd.nextInt(reporters.size()));
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
            List<String> shown = names.stream().map(s -> s.length() == 2 ? s.charAt(0) + " " + s.charAt(1) : s).toList();
            return "（" + String.join("、", shown) + "）";
        }

        /** Surname (frequent ones more often) plus one or two given-name characters. */
        private String personName() {
            double u = rnd.nextDouble();
            String surname = surnames.get((int) (u * u * u * surnames.size()));
            List<String> given = templates.pool("given");
            String name = surname + given.get(rnd.nextInt(given.size()));
            if (rnd.nextInt(10) < 6) {
                name += given.get(rnd.nextInt(given.size()));
            }
            return name;
        }

        /** Binds the slots of one article, each once, different values for different indices. */
        private final class Binder {
            private final Templates.Frame frame;
            private final LocalDate published;
            private final Map<String, String> bound = new HashMap<>();
            private final List<Post> officials = new ArrayList<>();

            Binder(Templates.Frame frame, LocalDate published) {
                this.frame = frame;
                this.published = published;
            }

            String fill(String text) {
                String expanded = text;
                for (int depth = 0; depth < 3 && expanded.indexOf('@') >= 0; depth++) {
                    Matcher m = POOL_REF.matcher(expanded);
                    StringBuilder sb = new StringBuilder();
                    while (m.find()) {
                        List<String> pool = templates.pool(m.group(1));
                        m.appendReplacement(sb, Matcher.quoteReplacement(pool.get(rnd.nextInt(pool.size()))));
                    }
                    m.appendTail(sb);
                    expanded = sb.toString();
                }
                Matcher m = SLOT.matcher(expanded);
                StringBuilder sb = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(sb, Matcher.quoteReplacement(slot(m.group(1), m.group(2).isEmpty() ? 1
                            : Integer.parseInt(m.group(2)))));
                }
                m.appendTail(sb);
                return sb.toString();
            }

            private String slot(String name, int index) {
                String key = name + index;
                String v = bound.get(key);
                if (v == null) {
                    v = bind(name, index);
                    bound.put(key, v);
                }
                return v;
            }

            private String bind(String name, int index) {
                return switch (name) {
                    case "PERSON", "TITLE" -> holder(official(index), "PERSON", "TITLE", name, index);
                    case "CPERSON", "CTITLE" -> {
                        List<Post> posts = countyPosts.get(countyCode(1));
                        yield holder(posts.get(rnd.nextInt(posts.size())), "CPERSON", "CTITLE", name, index);
                    }
                    case "NAME" -> personName();
                    case "ORG" -> "市" + distinct(name, index, departments);
                    case "CORG" -> placeName(1) + distinct(name, index, countyDepartments);
                    case "COMPANY" -> pick("brand") + pick("industry") + "有限公司";
                    case "PLACE" -> placeName(index);
                    case "TOWN" -> town(index);
                    case "CITY" -> city.name();
                    case "CITYSHORT" -> city.shortName();
                    case "PROVINCE" -> city.provinceName();
                    case "DATE" -> {
                        LocalDate d = published.minusDays(index);
                        yield d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
                    }
                    case "YEAR" -> Integer.toString(published.getYear());
                    case "FIGURE" -> Integer.toString(2 + rnd.nextInt(998));
                    case "MONTH" -> Integer.toString(2 + rnd.nextInt(10));
                    case "AGE" -> Integer.toString(35 + rnd.nextInt(20));
                    case "BIG" -> Integer.toString(1000 + rnd.nextInt(99000));
                    case "PERCENT" -> String.format(Locale.ROOT, "%.1f%%", (1 + rnd.nextInt(999)) / 10.0);
                    case "MONEY" -> String.format(Locale.ROOT, "%.2f%s", (100 + rnd.nextInt(99900)) / 100.0,
                            rnd.nextBoolean() ? "亿元" : "万元");
                    default -> distinct(name, index, templates.pool(name.toLowerCase(Locale.ROOT)));
                };
            }

            /** Binds a post's holder and title together, so that a person keeps one title in an article. */
            private String holder(Post post, String personSlot, String titleSlot, String name, int index) {
                bound.put(personSlot + index, post.holder()[0]);
                bound.put(titleSlot + index, post.title());
                return bound.get(name + index);
            }

            private String town(int index) {
                List<String> towns = city.county(countyCode(index)).towns();
                return towns.isEmpty() ? "城关镇" : towns.get(rnd.nextInt(towns.size()));
            }

            private String pick(String pool) {
                List<String> values = templates.pool(pool);
                return values.get(rnd.nextInt(values.size()));
            }

            /** A value of the list not yet bound to another index of the same slot. */
            private String distinct(String name, int index, List<String> values) {
                for (int attempt = 0; attempt < 20; attempt++) {
                    String v = values.get(rnd.nextInt(values.size()));
                    boolean used = false;
                    for (int i = 1; i <= 9; i++) {
                        if (i != index && v.equals(bound.get(name + i))) {
                            used = true;
                        }
                    }
                    if (!used) {
                        return v;
                    }
                }
                return values.get(rnd.nextInt(values.size()));
            }

            /** The city official for PERSON{index}: the frame's lead post for index 1, distinct from the others. */
            private Post official(int index) {
                List<Post> candidates = cityPosts;
                if (index == 1 && frame.lead() != null) {
                    List<Post> lead = cityPosts.stream().filter(p -> p.title().contains(frame.lead())).toList();
                    if (!lead.isEmpty()) {
                        candidates = lead;
                    }
                }
                for (int attempt = 0; ; attempt++) {
                    Post p = candidates.get(rnd.nextInt(candidates.size()));
                    if (!officials.contains(p) || attempt > 20) {
                        officials.add(p);
                        return p;
                    }
                }
            }

            private String countyCode(int index) {
                String key = "PLACECODE" + index;
                String code = bound.get(key);
                if (code == null) {
                    List<Places.County> counties = city.counties();
                    for (int attempt = 0; ; attempt++) {
                        Places.County c = counties.get(rnd.nextInt(counties.size()));
                        boolean used = false;
                        for (int i = 1; i <= 9; i++) {
                            if (i != index && c.code().equals(bound.get("PLACECODE" + i))) {
                                used = true;
                            }
                        }
                        if (!used || attempt > 20) {
                            code = c.code();
                            break;
                        }
                    }
                    bound.put(key, code);
                }
                return code;
            }

            private String placeName(int index) {
                return city.county(countyCode(index)).name();
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // The template file.

    /** The parsed {@code bench/templates.txt}: pools and frames. */
    static final class Templates {
        record Line(char kind, String text) {
        }

        record Frame(String name, int weight, String lead, List<Line> lines) {
        }

        private final Map<String, List<String>> pools;
        private final List<Frame> frames;
        private final int totalWeight;

        private Templates(Map<String, List<String>> pools, List<Frame> frames) {
            this.pools = pools;
            this.frames = frames;
            this.totalWeight = frames.stream().mapToInt(Frame::weight).sum();
        }

        static Templates bundled() {
            try (InputStream in = CorpusGenerator.class.getResourceAsStream("/bench/templates.txt")) {
                if (in == null) {
                    throw new IllegalStateException("bench/templates.txt is missing from the classpath");
                }
                return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Templates parse(BufferedReader in) throws IOException {
            Map<String, List<String>> pools = new LinkedHashMap<>();
            List<Frame> frames = new ArrayList<>();
            List<String> pool = null;
            List<Line> frameLines = null;
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                line = line.strip();
                if (line.startsWith("[") && line.endsWith("]")) {
                    String[] head = line.substring(1, line.length() - 1).strip().split("\\s+");
                    pool = null;
                    frameLines = null;
                    if (head[0].equals("pool") && head.length == 2) {
                        pool = new ArrayList<>();
                        pools.put(head[1], pool);
                    } else if (head[0].equals("frame") && head.length >= 3) {
                        String lead = null;
                        for (int i = 3; i < head.length; i++) {
                            if (head[i].startsWith("lead=")) {
                                lead = head[i].substring(5);
                            }
                        }
                        frameLines = new ArrayList<>();
                        frames.add(new Frame(head[1], Integer.parseInt(head[2]), lead, frameLines));
                    } else {
                        throw new IllegalArgumentException("templates.txt line " + lineNo + ": bad section " + line);
                    }
                } else if (pool != null) {
                    pool.add(line);
                } else if (frameLines != null && line.length() >= 2 && line.charAt(1) == ':'
                        && "KHLBOY".indexOf(line.charAt(0)) >= 0) {
                    frameLines.add(new Line(line.charAt(0), line.substring(2).strip()));
                } else {
                    throw new IllegalArgumentException("templates.txt line " + lineNo + ": unexpected " + line);
                }
            }
            if (frames.isEmpty()) {
                throw new IllegalArgumentException("templates.txt has no frames");
            }
            return new Templates(pools, List.copyOf(frames));
        }

        List<String> pool(String name) {
            List<String> p = pools.get(name);
            if (p == null || p.isEmpty()) {
                throw new IllegalArgumentException("templates.txt has no pool " + name);
            }
            return p;
        }

        Frame pickFrame(SplittableRandom rnd) {
            int r = rnd.nextInt(totalWeight);
            for (Frame f : frames) {
                r -= f.weight();
                if (r < 0) {
                    return f;
                }
            }
            return frames.get(frames.size() - 1);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // The gazetteer rows the generator needs: prefecture-level cities with their counties and towns.

    static final class Places {
        record County(String code, String name, List<String> towns) {
        }

        record City(String code, String name, String provinceName, List<County> counties) {
            String shortName() {
                return name.endsWith("市") && name.length() > 2 ? name.substring(0, name.length() - 1) : name;
            }

            County county(String code) {
                for (County c : counties) {
                    if (c.code().equals(code)) {
                        return c;
                    }
                }
                throw new IllegalArgumentException("no county " + code + " in " + name);
            }
        }

        private final List<City> cities;

        private Places(List<City> cities) {
            this.cities = cities;
        }

        static Places load(Lexicons lexicons) {
            Map<String, String> provinces = new LinkedHashMap<>();
            Map<String, String[]> cityRows = new LinkedHashMap<>();
            Map<String, List<String[]>> countiesOf = new HashMap<>();
            Map<String, List<String>> townsOf = new HashMap<>();
            for (String[] r : lexicons.rows("places-gbt2260.tsv", 4)) {
                switch (r[2]) {
                    case "province" -> provinces.put(r[0], r[1]);
                    case "city" -> cityRows.put(r[0], r);
                    case "county" -> countiesOf.computeIfAbsent(r[3], k -> new ArrayList<>()).add(r);
                    case "town" -> townsOf.computeIfAbsent(r[3], k -> new ArrayList<>()).add(r[1]);
                    default -> { }
                }
            }
            List<City> cities = new ArrayList<>();
            for (String[] c : cityRows.values()) {
                if (!c[1].endsWith("市") || c[1].equals("市辖区")) {
                    continue;
                }
                List<County> counties = new ArrayList<>();
                for (String[] k : countiesOf.getOrDefault(c[0], List.of())) {
                    if (k[1].equals("市辖区") || !(k[1].endsWith("县") || k[1].endsWith("区") || k[1].endsWith("市"))) {
                        continue;
                    }
                    List<String> towns = townsOf.getOrDefault(k[0], List.of()).stream()
                            .filter(t -> t.endsWith("镇") || t.endsWith("乡") || t.endsWith("街道")).toList();
                    counties.add(new County(k[0], k[1], towns));
                }
                if (counties.size() >= 2) {
                    cities.add(new City(c[0], c[1], provinces.getOrDefault(c[3], ""), List.copyOf(counties)));
                }
            }
            return new Places(cities);
        }

        /** All cities, those of the given province first, each group in code order. */
        List<City> citiesStartingWith(String provinceCode) {
            String prefix = provinceCode.length() >= 2 ? provinceCode.substring(0, 2) : provinceCode;
            List<City> out = new ArrayList<>();
            cities.stream().filter(c -> c.code().startsWith(prefix)).forEach(out::add);
            cities.stream().filter(c -> !c.code().startsWith(prefix)).forEach(out::add);
            return List.copyOf(out);
        }
    }
}
