/**
 * The pipeline, declared in one place. Extractors run first, in order, each a small pure function
 * from the analysed document to candidate items; refiners then run in order over all items (merge
 * mentions into entities, tell quotes from scare quotes, attribute, build claims). The order matters
 * and is written down here with the reason for each position.
 *
 * Users extend it by passing their own lists to `createExtractor` (see index.ts), usually the
 * defaults with their own step inserted.
 */
import type { AnalysedDocument } from './document/analyse.js';
import type { ExtractedItems } from './types.js';
import type { Reference } from './resolution/reference.js';
import { resolveReferences } from './resolution/resolve-references.js';
import { nameMentions } from './entities/names.js';
import { handleMentions } from './entities/handles.js';
import { legalMentions } from './legal/extract.js';
import { mergeEntities } from './entities/merge.js';
import { linkAccountNames } from './entities/aliases.js';
import { legalActions, linkActionClaims } from './legal/actions.js';
import { legalPrecedence } from './legal/precedence.js';
import { linkCitations } from './legal/link.js';
import { judgeRoles } from './legal/judges.js';
import { dateMentions } from './dates/find.js';
import { quotations } from './quotes/find.js';
import { attributeQuotes } from './attribution/attribute-quotes.js';
import { separateQuotedTerms } from './quotes/quoted-terms.js';
import { quoteClaims } from './claims/quote-claims.js';
import { reportedSpeechClaims } from './attribution/reported-speech.js';
import { narrativeClaims } from './claims/narrative-claims.js';
import { linkClaimItems } from './claims/link-items.js';

/**
 * Everything the pipeline finds, by kind: the item fields of ExtractResult, and the references the
 * resolution stage read (every pronoun, description and document, resolved or not), which later
 * steps look up and `extract` leaves out of its result (resolved ones are entity mentions there).
 */
export interface Items extends ExtractedItems {
  references: Reference[];
}

/** A step that finds items in the analysed document: a name, for errors and for lists, and a pure function. */
export interface Extractor {
  name: string;
  extract(doc: AnalysedDocument): Partial<Items>;
}

/** A step that reads every item found so far and returns them changed: merged, attributed, linked. */
export interface Refiner {
  name: string;
  refine(doc: AnalysedDocument, items: Items): Items;
}

/** The extractors `extract` runs, in order: names, handles, legal references, dates, quotations. */
export const DEFAULT_EXTRACTORS: readonly Extractor[] = [
  // Entity extractors emit one entity per mention; mergeEntities joins them below.
  nameMentions,
  handleMentions,
  legalMentions,
  dateMentions,
  // Quotation marks are paired on the whole text, so quotes may run over paragraphs.
  quotations,
];

/** The refiners `extract` runs, in order, each placed after what it needs (see the comments in pipeline.ts). */
export const DEFAULT_REFINERS: readonly Refiner[] = [
  // Before the merge, on one-mention entities: no name is made of a citation's parts, and the names
  // inside a case's name are its parties.
  legalPrecedence,
  // Every later step resolves speakers to merged entities.
  mergeEntities,
  // After merging, before anything asks who spoke or renumbers: every pronoun and description
  // resolved once, to merged entities (account aliases and first names joined, ids renumbered);
  // attribution, reported speech, legal actions and claim links read the result.
  resolveReferences,
  // After the merge, which renumbers entities: each citation names its entity by its final id.
  linkCitations,
  // After the merge, so a judge's role is on the one entity of all the judge's mentions.
  judgeRoles,
  // Needs entities to resolve "the social network" or "it" to the entity they stand for.
  attributeQuotes,
  // After attribution: a short quoted phrase with a speaker is a partial quote, without one a scare quote.
  separateQuotedTerms,
  // After quoted terms are known: a quoted account name ("ALT Immigration") becomes a mention of
  // its handle. Before claims, so claims link to the handle, not to a stray name entity.
  linkAccountNames,
  // After attribution, so "the social network ... in its complaint" already names Twitter, and
  // after account names, so a handle sued under its display name is one party.
  legalActions,
  quoteClaims,
  // After quote claims, so reported speech never claims a sentence a quote already covers.
  reportedSpeechClaims,
  // After every attributed claim: the reporter's own voice is whatever no quote or reported claim
  // (with its speaker and cue) covers, so it must see them all.
  narrativeClaims,
  // Ties every claim to the entities and dates it mentions.
  linkClaimItems,
  // Last: each legal action names the claim that holds it, so every claim must be built.
  linkActionClaims,
];

export function emptyItems(): Items {
  return { entities: [], dates: [], quotes: [], quotedTerms: [], claims: [], legalActions: [], citations: [], references: [] };
}

export function runPipeline(doc: AnalysedDocument, extractors: readonly Extractor[], refiners: readonly Refiner[]): Items {
  const items = emptyItems();
  for (const extractor of extractors) {
    const found = extractor.extract(doc);
    for (const key of Object.keys(found) as Array<keyof Items>) {
      (items[key] as unknown[]).push(...(found[key] ?? []));
    }
  }
  return refiners.reduce((current, refiner) => refiner.refine(doc, current), items);
}
