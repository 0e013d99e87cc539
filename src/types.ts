/**
 * The output schema of newsclaims: every type a user receives, in one place.
 *
 * Rules that hold for every type here:
 * - An item that stands in the text carries half-open UTF-16 offsets `[start, end)` into the
 *   untouched input, and `input.slice(start, end) === text`.
 * - A value that was inferred rather than written (an ISO date resolved from "Thursday", the
 *   entity that "the social network" stands for) sits in its own field, carries no span, and says
 *   how it was reached.
 * - Everything is plain, JSON-serialisable data. Items refer to each other by `id`.
 */

/** Bumped on any change to the shape of the output. Major: breaking; minor: additive. */
export const SCHEMA_VERSION = '1.4.0' as const;

/** A stretch of the input text. */
export interface Span {
  /** Offset of the first UTF-16 code unit, inclusive. */
  start: number;
  /** Offset after the last UTF-16 code unit, exclusive. */
  end: number;
  /** Exactly `input.slice(start, end)`. */
  text: string;
}

/** A paragraph: text between blank lines (or single line breaks where the text has no blank lines). */
export interface Paragraph extends Span {
  kind: 'paragraph';
  id: string;
  index: number;
}

/** A sentence, inside one paragraph. */
export interface Sentence extends Span {
  kind: 'sentence';
  id: string;
  index: number;
  /** Index of the paragraph that holds this sentence. */
  paragraph: number;
}

/** A word or punctuation mark, as wink-nlp reads it (only with `tokens: true`). */
export interface Token extends Span {
  kind: 'token';
  index: number;
  /** Universal part-of-speech tag from wink-nlp (NOUN, PROPN, VERB, PUNCT, ...). */
  pos: string;
  /** Index of the sentence that holds this token. */
  sentence: number;
}

/** What kind of thing an entity is. */
export type EntityType =
  | 'person'
  | 'organization'
  | 'place'
  /** A social-media account: @ALT_USCIS. */
  | 'handle'
  /** #altgov */
  | 'hashtag'
  /** A law, statute or constitutional provision: "First Amendment", "19 U.S.C. 1509". */
  | 'law'
  /** "federal court", "Ninth Circuit". */
  | 'court'
  /** A case name: "Twitter v. Department of Homeland Security". */
  | 'case';

/** How a mention names its entity. */
export type MentionForm =
  /** A proper name as written: "Twitter Inc.", "American Civil Liberties Union". */
  | 'name'
  /** An acronym or initialism: "ACLU". */
  | 'acronym'
  /** A definite description: "the social network", "the microblogging site". */
  | 'description'
  /** A pronoun: "it", "he". */
  | 'pronoun'
  /** A legal citation standing for its case or law: "410 U.S. 113", "18 U.S.C. § 1030" (since schema 1.3). */
  | 'citation';

/**
 * The rule of the resolution stage that tied a pronoun or description to its entity, most precise
 * first: the text equates it with a name ('apposition': "X, the governor,"; 'predicate-nominative':
 * "X is the governor"), the grammar does ('relative-pronoun', 'reflexive'), it names a role the text
 * gave the entity ('role': "the judge" for "Judge X"), the head of its name ('head-match': "the
 * court" for "federal court") or its kind ('class': "the company" for the organisation the article
 * is most about), or it is a pronoun that agrees with its antecedent and was the most salient choice
 * ('pronoun').
 */
export type ResolutionRule =
  | 'apposition'
  | 'predicate-nominative'
  | 'relative-pronoun'
  | 'reflexive'
  | 'role'
  | 'head-match'
  | 'class'
  | 'pronoun';

/** One place in the text that names or refers to an entity. */
export interface Mention extends Span {
  kind: 'mention';
  /** Id of the entity this mention belongs to. */
  entity: string;
  form: MentionForm;
  /** For a pronoun or description: the rule that resolved it to the entity (since schema 1.4). */
  rule?: ResolutionRule;
}

/** One real-world thing the text names, with every mention of it merged. */
export interface Entity {
  kind: 'entity';
  id: string;
  type: EntityType;
  /** The fullest name the document gives, as written in it. */
  name: string;
  /**
   * A normalised key meant to be equal across documents for the same real-world thing
   * ("twitter" for "Twitter" and "Twitter Inc."), so two articles can be compared.
   */
  key: string;
  /** Every mention in document order. */
  mentions: Mention[];
  /**
   * What the text says the entity is, from titles, appositions and predicate nominatives, as role
   * nouns: "judge" for "Judge Maria Alvarez", "governor" for "Texas Gov. Greg Abbott", "network" for
   * "Twitter, the social network". Present when there is one (since schema 1.4).
   */
  roleNouns?: string[];
  /** What the text says a person is in a legal story, read off the title before a name (since schema 1.3). */
  roles?: EntityRole[];
}

/** A person's legal role: "U.S. District Judge Maria Alvarez", "Judge Samuel Okonkwo of the Cook County Circuit Court". */
export interface EntityRole {
  role: 'judge' | 'prosecutor';
  /** The title as written before the name: "U.S. District Judge", "Chief Justice". */
  title: Span;
  /** Id of the court entity the title or an "of the ..." after the name names, if any. */
  court: string | null;
  /** Inferred: the court the title implies when it names none as such ("U.S. District Judge": "U.S. District Court"). */
  courtName: string | null;
}

/** What a citation cites, by its shape. */
export type CitationForm =
  /** A reported case: "410 U.S. 113", "31 F.4th 1180". */
  | 'case'
  /** A later, shorter cite of a case: "410 U.S. at 153". */
  | 'short-case'
  /** A case's name: "Roe v. Wade", "In re Grand Jury Subpoena", "Ex parte Young". */
  | 'case-name'
  /** A statute: "18 U.S.C. § 1030(a)(2)(C)", "Fla. Stat. § 120.68", "Section 230 of the Communications Decency Act", "Title 18". */
  | 'statute'
  /** A regulation: "47 C.F.R. § 73.3555". */
  | 'regulation'
  /** A public law or the Statutes at Large: "Pub. L. No. 115-164", "132 Stat. 1253". */
  | 'public-law'
  /** A docket number: "No. 3:17-cv-01876", "No. 21-476". */
  | 'docket'
  /** A law review article: "1 Minn. L. Rev. 1". */
  | 'journal';

/** The name of one part of a citation. */
export type CitationPartName =
  | 'volume' | 'reporter' | 'page' | 'pin' | 'court' | 'year'
  | 'title' | 'code' | 'chapter' | 'section' | 'subsection' | 'act'
  | 'congress' | 'number' | 'journal'
  | 'plaintiff' | 'defendant' | 'party';

/** One part of a citation, where it stands: the volume "410", the reporter "U.S.", the pin cite "153". */
export interface CitationPart extends Span {
  name: CitationPartName;
}

/**
 * A legal citation, in eyecite's sense: its span is the core ("410 U.S. 113", "18 U.S.C. § 1030"),
 * its `full` span adds the case name before it, pin cites and the parenthetical after it
 * ("Roe v. Wade, 410 U.S. 113, 153 (1973)"). Since schema 1.3.
 */
export interface Citation extends Span {
  kind: 'citation';
  id: string;
  form: CitationForm;
  /** The parts as written, in text order. */
  parts: CitationPart[];
  /** The citation with its case name, pin cites and parenthetical. */
  full: { start: number; end: number };
  /** Id of the entity the citation stands for (a case or a law); null for a law review. */
  entity: string | null;
  /** For a case, short or docket citation: id of the case-name citation beside it, or of the case cited before with the same volume and reporter. */
  caseName: string | null;
  /** Inferred: the reporter, code or journal in its standard abbreviation and its full name, from Free Law Project's reporters database. */
  source: { abbreviation: string; name: string } | null;
  /** Inferred: the court the parenthetical or the reporter names ("9th Cir.": "Court of Appeals for the Ninth Circuit"). */
  court: string | null;
}

/** The TIMEX3 type of a date: a calendar date, a time of day, a length of time, or a recurrence. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** The calendar parts a date value can have ("week": an ISO week, "2017-W13"; "quarter": "2017-Q3"). */
export type DatePart = 'year' | 'quarter' | 'month' | 'week' | 'day' | 'weekday' | 'hour' | 'minute';

/** A date, time, duration or recurrence written in the text, with its TIMEX3 value. */
export interface DateMention extends Span {
  kind: 'date';
  id: string;
  type: TimexType;
  /**
   * TIMEX3-style value: "2017-04-06", "2014", "XXXX-03-13" (year unknown), "P3M", "T14:30".
   * For a range, its two ends' values joined by a slash, as ISO 8601 writes an interval:
   * "2011-08-10/2011-11-12" ("P12M/P18M" for a range of durations).
   * null when the expression could not be normalised.
   */
  value: string | null;
  /** Parts written in the text. */
  written: DatePart[];
  /** Parts taken from the reference date or the tense of the article. */
  implied: DatePart[];
  /** Present when the words next to the date say what it is: "a 13 March deadline". */
  role?: 'deadline';
  /**
   * Present when the expression is a range or interval ("Aug 10 - Nov 12, 2011", "from Monday to
   * Wednesday", "between 12 and 18 months"): its two ends, each where it stands in the text, with
   * its own value. What one end wrote and the other left out (the year, the month) is carried across.
   */
  range?: { from: DateEnd; to: DateEnd };
  /** Present when a written weekday falls on no day the rest of the date allows: "Sunday, Sept. 15, 2012". */
  inconsistent?: 'weekday';
}

/** One end of a date range. */
export interface DateEnd extends Span {
  /** TIMEX3-style value of this end, as `DateMention.value`. */
  value: string | null;
}

/** One contiguous piece of a quotation, with its quotation marks. */
export interface QuoteFragment extends Span {
  /** The words inside the marks, without them. */
  content: Span;
}

/** Whether a quotation stands as whole sentences or sits inside the reporter's sentence. */
export type QuoteForm =
  /** One or more whole sentences in quotation marks. */
  | 'direct'
  /** Quoted words inside the reporter's own sentence: Twitter "respectfully asks ...". */
  | 'partial';

/** How a speaker was found. */
export type SpeakerEvidence =
  /** A name next to a cue verb: "Twitter argued". */
  | 'name'
  /** A pronoun resolved to an earlier entity: "it said". */
  | 'pronoun'
  /** A description resolved to an entity: "the social network". */
  | 'description'
  /** No cue of its own: the speaker of the quote before, as news style does. */
  | 'continuation'
  /** "According to X". */
  | 'according-to';

/** Who a quote or claim is attributed to, and how that was found. */
export interface Speaker {
  /** The speaker as written next to the cue, or null when inherited from an earlier quote. */
  mention: Span | null;
  /** Id of the entity the speaker resolves to, when one does. */
  entity: string | null;
  /** Name of that entity (or the mention's own text when nothing resolves). */
  name: string | null;
  evidence: SpeakerEvidence;
  /**
   * The document or channel the speaker spoke through, when the attribution names one ("a
   * statement", "the bio of the account"): the speaker is whoever issued it (since schema 1.4).
   */
  via?: Span;
}

/** A quotation in quotation marks, with its speaker and cue when they were found. */
export interface Quote extends Span {
  kind: 'quote';
  id: string;
  form: QuoteForm;
  /** The quoted pieces in order: one, or several for split and multi-paragraph quotes. */
  fragments: QuoteFragment[];
  speaker: Speaker | null;
  /** The verb or phrase that attributes the quote: "argued", "said in an emailed statement". */
  cue: Span | null;
  /** Offsets of the quote with its attribution: first fragment or speaker to the last of them. */
  full: { start: number; end: number };
  /** Number of paragraphs the quote runs over. */
  paragraphs: number;
}

/** Words in quotation marks that are not a quotation: a name or a scare quote. */
export interface QuotedTerm extends Span {
  kind: 'quoted-term';
  role: 'name' | 'scare';
  content: Span;
}

/** What a source does with a claim: says it, holds it true, means to do it, or takes a stance on it (since schema 1.4: intention, attitude). */
export type ClaimType =
  /** Something a source says or said: "said", "denied", "a warning that". */
  | 'statement'
  /** Something a source believes, thinks or knows: "believes", "confident that", "her view that". */
  | 'belief'
  /** Something a source means to do or wants done: "plans to", "wants", "eager to", "a bid to". */
  | 'intention'
  /** A stance a source takes toward something: "hopes", "fears", "critical of", "paid tribute to". */
  | 'attitude';

/**
 * Where a claim comes from: 'quote' when its content is in quotation marks, 'reported' for indirect
 * speech ("X said that ..."), 'narrative' for a statement in the outlet's own voice.
 */
export type ClaimSource = Claim['source'];

/** The rule that made a quote claim: `quote:` and how its speaker was found ('none': no speaker). */
export type QuoteClaimRule =
  | 'quote:name'
  | 'quote:pronoun'
  | 'quote:description'
  | 'quote:continuation'
  | 'quote:according-to'
  | 'quote:none';

/** The rule that made a reported-speech claim. */
export type ReportedClaimRule =
  /** X (also) CUE (that) COMPLEMENT: "Twitter argued that the order was unlawful". */
  | 'reported:cue'
  /** ..., adding that COMPLEMENT: a participle speaks for its sentence's subject. */
  | 'reported:participle'
  /** According to X, CLAUSE. / CLAUSE, according to X. */
  | 'reported:according-to'
  /** CLAUSE, said X. / CLAUSE reported X. */
  | 'reported:inverted'
  /** A, X said, B. */
  | 'reported:parenthetical'
  /** A cue noun with its source (since schema 1.4): "Smith's claim that ...", "a demand by X that ...", "X, a critic of Y". */
  | 'reported:noun-cue'
  /** A cue adjective (since schema 1.4): "X was critical of Y", "X is confident that ...". */
  | 'reported:adjective-cue'
  /** A light verb and its noun (since schema 1.4): "X made mention of Y", "paid tribute to", "took issue with". */
  | 'reported:light-verb'
  /** A short name and a colon before the claim, as headlines and transcripts attribute (since schema 1.4): "Gingrich: Trump must decide". */
  | 'reported:colon';

/** The rule that made a narrative claim: a sentence, or the part of it no attribution covers. */
export type NarrativeClaimRule = 'narrative:sentence';

/** Name of the rule that produced a claim, so users can filter: one of a closed set. */
export type ClaimRule = QuoteClaimRule | ReportedClaimRule | NarrativeClaimRule;

/** What every claim has, whatever its source. */
export interface ClaimBase {
  kind: 'claim';
  id: string;
  type: ClaimType;
  /** What is claimed: the quoted or reported words. */
  content: Span;
  /** Ids of entities mentioned inside the content. */
  entities: string[];
  /** Ids of dates inside the content, or inside the attribution ("said on Thursday that"). */
  dates: string[];
  /** 0..1: how sure the rule that made the claim is. */
  confidence: number;
}

/** A claim resting on a quotation: its content is the quoted words (or the clause around a partial quote). */
export interface QuoteClaim extends ClaimBase {
  source: 'quote';
  /** Who is quoted, or null when no speaker was found. */
  speaker: Speaker | null;
  /** The verb or phrase that attributes the quote, or null when there is none. */
  cue: Span | null;
  /** Id of the quote this claim rests on. */
  quote: string;
  rule: QuoteClaimRule;
}

/**
 * Indirect speech: "X said (that) ...", "According to X, ...", "X believes that ...", "X was critical
 * of ...", "X's denial that ...". Cues other than the fixed frames (according to, inverted, parenthetical)
 * are kept by a trained classifier; `confidence` grows with its probability, from just above a
 * narrative claim's (0.35) to the speaker evidence's (0.8 at most).
 */
export interface ReportedClaim extends ClaimBase {
  source: 'reported';
  /** The source the outlet attributes the claim to: always named next to the cue. */
  speaker: Speaker;
  /** The cue: "said", "According to", "believes". */
  cue: Span;
  quote: null;
  rule: ReportedClaimRule;
}

/** A statement in the outlet's own voice: no speaker and no cue but the outlet itself. */
export interface NarrativeClaim extends ClaimBase {
  source: 'narrative';
  speaker: null;
  cue: null;
  quote: null;
  rule: NarrativeClaimRule;
}

/**
 * What a source claims. Discriminated on `source`: after `claim.source === 'reported'` the speaker
 * and cue are known to be there; after `claim.source === 'narrative'` they are known to be null.
 */
export type Claim = QuoteClaim | ReportedClaim | NarrativeClaim;

/** What a legal action is, by the word the text uses or the noun its verb stands for ("sued": lawsuit). */
export type LegalActionType =
  | 'lawsuit'
  | 'complaint'
  | 'summons'
  | 'subpoena'
  | 'order'
  | 'injunction'
  | 'motion'
  | 'petition'
  | 'appeal'
  | 'indictment'
  | 'warrant'
  /** "charged", "charges against" (since schema 1.3, as every type below). */
  | 'charge'
  | 'arrest'
  | 'conviction'
  | 'acquittal'
  /** "pleaded guilty", "pleaded not guilty", "pleaded no contest". */
  | 'plea'
  | 'sentence'
  | 'fine'
  | 'settlement'
  | 'ruling'
  /** "dismissed", "threw out", "tossed". */
  | 'dismissal'
  /** "overturned", "reversed", "vacated". */
  | 'reversal'
  /** "upheld", "affirmed". */
  | 'affirmance'
  /** "blocked": a court stopping a law, rule or order. */
  | 'block';

/**
 * A legal step one party takes against another: "Twitter Inc. filed a lawsuit against the U.S.
 * government", "prosecutors charged Okafor with wire fraud", "Judge Maria Alvarez sentenced him to
 * 20 years in prison". The span is the word naming the action ("lawsuit", "sued", "charged",
 * "pleaded guilty"); the roles are the entities the sentence gives them. Roles are inferred from
 * the sentence's wording, so they carry no span here: their mentions are in `entities`.
 */
export interface LegalAction extends Span {
  kind: 'legal-action';
  id: string;
  action: LegalActionType;
  /** Ids of the entities that brought or issued the action: the plaintiffs, petitioners, issuers, or in a criminal action the prosecution. */
  plaintiffs: string[];
  /** Ids of the entities it is brought against or addressed to: the defendants, the accused. */
  defendants: string[];
  /** Ids of entities the action names with no side: "Meta settled with the FTC" (since schema 1.3). */
  parties: string[];
  /** Id of the court entity named in the same sentence, if any. */
  court: string | null;
  /** Id of the judge (a person with a judge's role) who acts or is named in the sentence (since schema 1.3). */
  judge: string | null;
  /** Ids of the laws the sentence names: the statute charged under or sued under (since schema 1.3). */
  statutes: string[];
  /** Id of the first date in the sentence (since schema 1.3). */
  date: string | null;
  /** The outcome or term as written: "20 years in prison", "$5 million", "not guilty", "granted" (since schema 1.3). */
  outcome: Span | null;
  /** True for a criminal action (charge, arrest, indictment, plea, conviction, sentence), where the plaintiffs are the prosecution (since schema 1.3). */
  criminal: boolean;
  /** Id of the claim whose content holds the action's word, if any (since schema 1.3). */
  claim: string | null;
  /** Name of the rule that tied the parties, so users can filter: 'against', 'sued', 'sued-by', 'verb', 'passive', ... */
  rule: string;
}

/** The date relative dates are resolved against, and where it came from. */
export interface ReferenceDate {
  /** YYYY-MM-DD, or null when none was given or found. */
  value: string | null;
  source: 'caller' | 'text' | 'none';
}

/** Everything the pipeline finds in a text, by kind: what extractors and refiners read and return. */
export interface ExtractedItems {
  entities: Entity[];
  dates: DateMention[];
  quotes: Quote[];
  quotedTerms: QuotedTerm[];
  claims: Claim[];
  /** Lawsuits, complaints, summonses and the like, with their parties (since schema 1.1). */
  legalActions: LegalAction[];
  /** Case citations, case names, statutes, regulations, public laws, docket numbers (since schema 1.3). */
  citations: Citation[];
}

/** What `extract` returns: plain, JSON-serialisable data, described by the schema of `schemaVersion`. */
export interface ExtractResult extends ExtractedItems {
  schemaVersion: typeof SCHEMA_VERSION;
  kind: 'extraction';
  /** Length of the input in UTF-16 code units. */
  length: number;
  referenceDate: ReferenceDate;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Present only when `tokens: true` was asked for. */
  tokens?: Token[];
}

/** Options of `extract`; an unknown option is an error, not ignored. */
export interface ExtractOptions {
  /** The article's date, YYYY-MM-DD or a Date, used to resolve "Thursday" or "13 March". */
  referenceDate?: string | Date;
  /** Include every token in the result (off by default: it is large). */
  tokens?: boolean;
  /** Refuse input longer than this many UTF-16 code units. Default 20,000,000. */
  maxLength?: number;
  /**
   * The article's headline (or a web page's title) when it is not part of `text`. It is not read for
   * items and no span points into it; the people it names are the article's topic, which weighs in
   * when a pronoun could stand for more than one of them.
   */
  title?: string;
}

/** Two claims, one from each article, that report the same thing. */
export interface ClaimPair {
  a: string;
  b: string;
  /** 0..1 similarity. */
  score: number;
  evidence: {
    /** Keys of entities both claims mention. */
    sharedEntities: string[];
    /**
     * Content words both claims use, matched on stems with synonyms folded together, shown as each
     * claim wrote them: "twitter", or "lawsuit/suing" when the words differ.
     */
    sharedWords: string[];
    sameSpeaker: boolean;
  };
}

/** What both articles give, and what each gives alone. */
export interface SetComparison {
  shared: string[];
  onlyA: string[];
  onlyB: string[];
}

/** Why a word counts as framing. */
export type FramingReason =
  | 'loaded-adjective'
  | 'loaded-noun'
  | 'loaded-verb'
  /** A manner adverb before a verb: "belligerently demanded". */
  | 'evaluative-adverb'
  /** Words the outlet puts in quotation marks to distance itself: so-called "alternative". */
  | 'scare-quote'
  /** Adjacent loaded words read as one: "comical incompetence". */
  | 'loaded-phrase';

/** A loaded or evaluative word (or phrase) an outlet uses in its own voice. */
export interface FramingWord extends Span {
  /** Why it counts. */
  reason: FramingReason;
}

/** One claim of one outlet in a comparison: the outlet's index in compare()'s arguments and the claim's id. */
export interface ClusterMember {
  /** Index of the extraction in compare()'s arguments: 0 for the first (A), 1 for B, ... */
  outlet: number;
  claim: string;
}

/** Two members of a cluster the alignment matched directly, with the evidence. */
export interface ClusterLink {
  a: ClusterMember;
  b: ClusterMember;
  /** 0..1 similarity. */
  score: number;
  evidence: ClaimPair['evidence'];
}

/** A run of quoted words where two outlets quoting one speaker differ; each side as written, null where it has none. */
export interface DriftDifference {
  a: Span | null;
  b: Span | null;
}

/**
 * Misquote drift: two outlets quote one speaker for one statement in different words. Only the
 * stretch both quote is compared (one outlet quoting more is no drift); words differ when they do
 * after case, punctuation and the style of apostrophes are set aside.
 */
export interface QuoteDrift {
  a: ClusterMember;
  b: ClusterMember;
  /** Key of the speaker both attribute the words to. */
  speaker: string;
  /** The differing runs, in text order; spans are into each outlet's own text. */
  differences: DriftDifference[];
  /** Share of the compared words that agree, 0..1. */
  agreement: number;
}

/** What a cluster's members are: quotes, reported speech, the outlets' own statements, or a mix. */
export type ClusterKind = 'quote' | 'reported' | 'narrative' | 'mixed';

/**
 * One statement or event reported by two or more outlets: one claim of each that carries it, or
 * (since schema 1.4) more than one when an outlet quotes the statement in consecutive quotations of
 * one speaker ("...," she said. She added, "...") and another quotes it whole.
 */
export interface ClaimCluster {
  /** "k1", "k2", ... in the order of the first outlet's claims. */
  id: string;
  kind: ClusterKind;
  /** In outlet order, then in each outlet's claim order. */
  members: ClusterMember[];
  /** Indexes of the outlets that carry the statement, and of those that omit it. */
  carriedBy: number[];
  omittedBy: number[];
  /** Key of the speaker every attributed member names, when they agree; null otherwise. */
  speaker: string | null;
  /** The direct matches that joined the members (a tree over them, best first). */
  links: ClusterLink[];
  /** Quoted words that differ between members quoting one speaker; empty when none do. */
  drift: QuoteDrift[];
}

/** A source, entity or date and the outlets that give it. */
export interface CoverageItem {
  /** Entity key (cross-outlet, surnames joined to full names), date value, or lower-cased name. */
  key: string;
  /** A name to show: the entity's name, or the date as first written. */
  name: string;
  /** Indexes of the outlets that give it. */
  outlets: number[];
}

/** One outlet of a comparison: what it alone reports, and how it frames the story. */
export interface OutletView {
  /** Index in compare()'s arguments. */
  index: number;
  /** "A", "B", "C", ... */
  label: string;
  /** Number of claims its extraction holds. */
  claims: number;
  /** Ids of its claims in no cluster: what it alone reports. */
  only: string[];
  /** Loaded or evaluative words it uses in its own voice, outside quotations. */
  framing: FramingWord[];
}

/**
 * What `compare` returns. For two or more extractions of one story: `clusters` of claims that
 * report one statement, `outlets` with what each alone reports and its framing, and `coverage` of
 * sources, entities and dates by outlet (since schema 1.3). The fields of schema 1.2 (`pairs`,
 * `onlyA`, `onlyB`, `sources`, `entities`, `dates`, `framing`) remain: they compare the first two
 * extractions, A and B, and with two extractions say exactly what they said before.
 */
export interface Comparison {
  schemaVersion: typeof SCHEMA_VERSION;
  kind: 'comparison';
  /** A against B: clusters holding a claim of each, as pairs. */
  pairs: ClaimPair[];
  /** Ids of claims in A with no partner in B. */
  onlyA: string[];
  onlyB: string[];
  /** Speakers and cited sources of A and B, by entity key (or lower-cased name when unresolved). */
  sources: SetComparison;
  /** Entities of A and B, by key. */
  entities: SetComparison;
  /** Dates of A and B, by normalised value (or text when unresolved). */
  dates: SetComparison;
  /** Evaluative words A and B use in their own voice, outside quotations. */
  framing: { a: FramingWord[]; b: FramingWord[] };
  /** Every compared extraction, in argument order (since 1.3). */
  outlets: OutletView[];
  /** Statements two or more outlets report (since 1.3). */
  clusters: ClaimCluster[];
  /** Sources quoted or cited, entities named and dates given, each with the outlets that give it (since 1.3). */
  coverage: { sources: CoverageItem[]; entities: CoverageItem[]; dates: CoverageItem[] };
}
