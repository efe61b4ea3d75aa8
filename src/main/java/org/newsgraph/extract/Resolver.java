package org.newsgraph.extract;

import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.OrgLexicon;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Division;
import org.newsgraph.model.Jurisdiction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Organization;
import org.newsgraph.model.Place;

/**
 * Resolves place and organisation mentions against the gazetteer, the alias table and the article's
 * jurisdiction: 清徐 → 清徐县 (140121); 市卫健委 → 太原市卫生健康委员会; 县委 → 中共清徐县委员会 when 清徐县
 * is the county named most recently before it.
 */
public final class Resolver {

    private final Gazetteer gazetteer;
    private final OrgLexicon orgs;

    public Resolver(Gazetteer gazetteer, OrgLexicon orgs) {
        this.gazetteer = gazetteer;
        this.orgs = orgs;
    }

    /** The jurisdiction with both code and name filled in when either is known. */
    public Jurisdiction complete(Jurisdiction j) {
        if (!j.code().isEmpty() && j.name().isEmpty()) {
            return gazetteer.byCode(j.code()).map(d -> new Jurisdiction(d.code(), d.name())).orElse(j);
        }
        if (j.code().isEmpty() && !j.name().isEmpty()) {
            return gazetteer.resolve(j.name(), "").map(d -> new Jurisdiction(d.code(), d.name())).orElse(j);
        }
        return j;
    }

    public Place place(Mention m, Jurisdiction j) {
        var landmark = gazetteer.landmark(m.text());
        var division = gazetteer.resolve(m.text(), j.code());
        if (division.isPresent() && (landmark.isEmpty() || gazetteer.isFullName(m.text()))) {
            return new Place(m, division.get().code(), division.get().name(), Place.Kind.ADMINISTRATIVE);
        }
        if (landmark.isPresent()) {
            return new Place(m, "", m.text(), Place.Kind.valueOf(landmark.get().kind()));
        }
        return new Place(m, "", m.text(), Place.Kind.OTHER);
    }

    /**
     * Resolves an organisation name.
     *
     * @param nearbyPlaces places mentioned before the organisation in the same article, nearest last;
     *                     a bare 县/区 prefix takes the nearest county-level one, else the jurisdiction
     *                     when it is a county (a county paper's 县委)
     */
    public Organization organization(Mention m, Jurisdiction j, List<Place> nearbyPlaces) {
        return canonical(m.text(), j, nearbyPlaces)
                .map(c -> new Organization(m, c.name, c.parent, c.jurisdiction))
                .orElse(new Organization(m, m.text(), "", ""));
    }

    /** A canonical organisation: full name, parent and jurisdiction code. */
    public record Canonical(String name, String parent, String jurisdiction) {
    }

    public Optional<Canonical> canonical(String text, Jurisdiction j, List<Place> nearbyPlaces) {
        var parsed = orgs.parse(text);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        var p = parsed.get();
        if (p.named() != null) {
            return Optional.of(new Canonical(p.named().canonical(), p.named().parent(), p.named().jurisdiction()));
        }
        Optional<Division> place = prefixPlace(p.prefix(), j, nearbyPlaces);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        String name = place.get().name();
        String parent = p.suffix().parentTemplate().replace("{P}", name);
        return Optional.of(new Canonical(p.suffix().canonicalTemplate().replace("{P}", name), parent,
                place.get().code()));
    }

    private Optional<Division> prefixPlace(String prefix, Jurisdiction j, List<Place> nearbyPlaces) {
        switch (prefix) {
            case "" , "市" -> {
                return cityOf(j.code());
            }
            case "省" -> {
                return gazetteer.province(j.code());
            }
            case "县", "区" -> {
                for (int i = nearbyPlaces.size() - 1; i >= 0; i--) {
                    Optional<Division> d = gazetteer.byCode(nearbyPlaces.get(i).code());
                    if (d.isPresent() && isCounty(d.get(), prefix)) {
                        return d;
                    }
                }
                // a county paper's own 县委 when no other county was named before it
                return gazetteer.byCode(j.code()).filter(d -> isCounty(d, prefix));
            }
            default -> {
                return gazetteer.resolve(prefix, j.code());
            }
        }
    }

    private static boolean isCounty(Division d, String prefix) {
        return d.level().equals("county") && d.name().endsWith(prefix);
    }

    /** The prefecture-level city of a jurisdiction (the jurisdiction itself when it is a city). */
    public Optional<Division> cityOf(String code) {
        return gazetteer.ancestorsAndSelf(code).stream().filter(d -> d.level().equals("city")).findFirst();
    }

    public Optional<Division> provinceOf(String code) {
        return gazetteer.province(code);
    }
}
