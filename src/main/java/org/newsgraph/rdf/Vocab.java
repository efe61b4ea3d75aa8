package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The vocabularies newsgraph writes: its own terms (ng:) and the W3C/community ones it reuses —
 * schema.org, W3C ORG, SEM, PROV-O, NIF 2.0, ITS 2.0 RDF, SKOS. See ontology/newsgraph.ttl.
 */
public final class Vocab {

    public static final String NG = "https://w3id.org/newsgraph/ns#";
    public static final String ID = "https://w3id.org/newsgraph/id/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    /** The PREFIX lines for SPARQL queries written in Java (enrichment, export). */
    public static final String SPARQL_PREFIXES = "PREFIX ng: <" + NG + "> PREFIX sem: <" + SEM + "> PREFIX org: <" + ORG
            + "> PREFIX schema: <" + SCHEMA + ">\nPREFIX rdf: <" + RDF + "> PREFIX rdfs: <" + RDFS + "> PREFIX skos: <"
            + SKOS + ">\n";

    public static final Node TYPE = uri(RDF, "type");
    public static final Node VALUE = uri(RDF, "value");
    public static final Node LABEL = uri(RDFS, "label");

    // newsgraph terms
    /** One literal per mention: {@link MentionRecord}. */
    public static final Node MENTION_RECORD = uri(NG, "mention");
    public static final Node CONTENT_HASH = uri(NG, "contentHash");
    public static final Node DATE_INFERRED = uri(NG, "publicationDateInferred");
    public static final Node SOURCE_FILE = uri(NG, "sourceFile");
    public static final Node PAGE_START = uri(NG, "pageStart");
    public static final Node PAGE_END = uri(NG, "pageEnd");
    public static final Node DIVISION = uri(NG, "AdministrativeDivision");
    public static final Node DIVISION_CODE = uri(NG, "divisionCode");
    public static final Node DIVISION_LEVEL = uri(NG, "divisionLevel");
    public static final Node PLACE_KIND = uri(NG, "placeKind");
    public static final Node TITLE = uri(NG, "title");
    public static final Node ORG_IMPLIED = uri(NG, "organizationImplied");
    public static final Node PARTICIPATION = uri(NG, "participation");
    public static final Node PARTICIPANT_GROUP = uri(NG, "participantGroup");
    public static final Node TRIGGER = uri(NG, "trigger");
    public static final Node TOPIC = uri(NG, "topic");
    public static final Node ORGANIZER = uri(SCHEMA, "organizer");
    public static final Node FIGURE = uri(NG, "Figure");
    public static final Node MEASURE = uri(NG, "measure");
    public static final Node CHANGE = uri(NG, "change");
    public static final Node PERIOD = uri(NG, "period");
    public static final Node ABOUT_NAME = uri(NG, "aboutName");
    public static final Node NORMALIZED = uri(NG, "normalizedValue");
    public static final Node GRANULARITY = uri(NG, "granularity");
    public static final Node START_DATE = uri(NG, "startDate");
    public static final Node END_DATE = uri(NG, "endDate");
    public static final Node MET_WITH = uri(NG, "metWith");
    public static final Node CONTACTED_WITH = uri(NG, "contactedWith");
    public static final Node PHONED_WITH = uri(NG, "phonedWith");
    public static final Node CONSTRUCTION = uri(NG, "construction");
    public static final Node TITLE_AS_WRITTEN = uri(NG, "titleAsWritten");
    public static final Node SUPPORTED_BY = uri(NG, "supportedBy");
    public static final Node PAIR = uri(NG, "MeetingPair");
    public static final Node PERSON_A = uri(NG, "personA");
    public static final Node PERSON_B = uri(NG, "personB");
    public static final Node LABEL_A = uri(NG, "labelA");
    public static final Node LABEL_B = uri(NG, "labelB");
    public static final Node SUMMARY_ROW = uri(NG, "summaryRow");
    public static final Node JURISDICTION = uri(NG, "jurisdiction");
    public static final Node PERSON_KEY = uri(NG, "personKey");
    public static final Node CANONICAL = uri(NG, "canonical");
    public static final Node CANONICAL_PERSON = uri(NG, "CanonicalPerson");
    public static final Node CANONICAL_EVENT = uri(NG, "CanonicalEvent");
    public static final Node REPORTED_AS = uri(NG, "reportedAs");
    public static final Node AMBIGUOUS = uri(NG, "ambiguousName");
    public static final Node EVENT_COUNT = uri(NG, "eventCount");
    public static final Node FIRST_DATE = uri(NG, "firstDate");
    public static final Node LAST_DATE = uri(NG, "lastDate");
    public static final Node WITHIN_ORGANIZATION = uri(NG, "withinOrganization");
    public static final Node INGEST_RUN = uri(NG, "IngestRun");
    public static final Node INPUT = uri(NG, "input");
    public static final Node TOOL_VERSION = uri(NG, "toolVersion");
    public static final Node MODEL_VERSION = uri(NG, "modelVersion");

    // schema.org
    public static final Node NEWS_ARTICLE = uri(SCHEMA, "NewsArticle");
    public static final Node PERSON = uri(SCHEMA, "Person");
    public static final Node PLACE = uri(SCHEMA, "Place");
    public static final Node ADMIN_AREA = uri(SCHEMA, "AdministrativeArea");
    public static final Node HEADLINE = uri(SCHEMA, "headline");
    public static final Node DATE_PUBLISHED = uri(SCHEMA, "datePublished");
    public static final Node PUBLISHER = uri(SCHEMA, "publisher");
    public static final Node CONTAINED_IN = uri(SCHEMA, "containedInPlace");
    public static final Node SCHEMA_VALUE = uri(SCHEMA, "value");
    public static final Node UNIT_TEXT = uri(SCHEMA, "unitText");

    // W3C ORG
    public static final Node ORGANIZATION = uri(ORG, "Organization");
    public static final Node MEMBERSHIP = uri(ORG, "Membership");
    public static final Node MEMBER = uri(ORG, "member");
    public static final Node ORGANIZATION_P = uri(ORG, "organization");
    public static final Node ROLE = uri(ORG, "role");
    public static final Node ROLE_CLASS = uri(ORG, "Role");
    public static final Node SUB_ORGANIZATION_OF = uri(ORG, "subOrganizationOf");

    // SEM
    public static final Node EVENT = uri(SEM, "Event");
    public static final Node EVENT_TYPE = uri(SEM, "eventType");
    public static final Node HAS_ACTOR = uri(SEM, "hasActor");
    public static final Node HAS_PLACE = uri(SEM, "hasPlace");
    public static final Node HAS_TIMESTAMP = uri(SEM, "hasTimeStamp");
    public static final Node ROLE_TYPE = uri(SEM, "roleType");

    // PROV-O
    public static final Node ACTIVITY = uri(PROV, "Activity");
    public static final Node STARTED = uri(PROV, "startedAtTime");
    public static final Node ENDED = uri(PROV, "endedAtTime");

    // NIF 2.0 and ITS RDF
    public static final Node IS_STRING = uri(NIF, "isString");

    // SKOS
    public static final Node ALT_LABEL = uri(SKOS, "altLabel");
    public static final Node PREF_LABEL = uri(SKOS, "prefLabel");

    private Vocab() {
    }

    private static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }
}
