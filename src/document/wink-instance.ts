/**
 * The wink-nlp instances the adapter reads with, made so that what an instance returns for a text
 * depends on that text alone, never on what the instance read before. Five things about wink-nlp 2
 * and its English model decide how they are made:
 *
 * - **The tokenizer asks the lexicon.** Before it splits a piece of text, wink's tokenizer looks the
 *   whole piece up (`cache.lookup`, through `_addTokenIfInCache` and `isLexeme`) and keeps it as one
 *   token if it is found. Every word wink has not seen is added to that same lexicon as it is read,
 *   so after "Trump's," (read as `Trump's | ,`) a later "Trump's" is found and stays one token where a
 *   fresh instance splits it `Trump | 's`. Here the lexicon the tokenizer asks is the model's own and
 *   never grows: once the instance is built, new words go to a separate table layered over it (a
 *   child object whose prototype is the model's table), which wink's `add` writes to and reads from,
 *   while `lookup` keeps the model's table it captured when it was built. Every piece of text is
 *   therefore split as a fresh instance splits the first piece it reads.
 * - **The model's POS feature looks up the word it is adding.** For an unknown word it asks
 *   `cache.lookup(lowerCase)[0]`, which is now null; it is handed a lookup that answers "beyond the
 *   model's lexicon" for such a word, which is what it got before and what makes it guess from the
 *   word's shape.
 * - **Feature values are packed into fixed bit fields.** Each unknown word's prefix, suffix and shape
 *   get an index in the model's feature lists, and a new value extends the list. The shape field
 *   holds 14 bits: after 16,384 distinct shapes (a few pages of base64 or minified code) new indices
 *   overflow into the bits of the word's abbreviation flag and part of speech, which decide sentence
 *   breaks. Nothing here reads those three features, so a value the model does not know is given the
 *   model's own out-of-vocabulary value (index 0): the lists never grow.
 * - **The lexicon still grows**, about 140 bytes per new word, and a word's id must stay below the
 *   ids wink's models reserve for their own markers (1,050,000 and up). `WinkPool` gives out a new
 *   instance whenever the next read could take the instance past `MAX_NEW_LEXEMES` new words, which
 *   bounds both the memory and the ids. Since no read depends on the instance's past, when an
 *   instance is renewed changes nothing in the output.
 * - wink-eng-lite-web-model 1.8.1's metaCER() loader stores JSON.stringify of its own last result
 *   (`machines = JSON.stringify(machines)`), so each winkNLP(model) escapes that text once more; the
 *   21st instance in a process throws "Invalid string length". Instances here are made from a copy
 *   of the model whose metaCER() is called once and then returns that first result, which is what the
 *   first instance gets from the package as it is.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type WinkNlp = ReturnType<typeof winkNLP>;

/** A wink-nlp instance and how many words it has added to its lexicon so far. */
export interface WinkInstance {
  readonly nlp: WinkNlp;
  /** Words (and lower-case forms) added beyond the model's own lexicon. */
  lexemesAdded(): number;
}

/** The parts of wink's unpacked core model this module touches. */
interface Feature {
  hash: Record<string, number>;
  list: string[];
}
interface CoreModel {
  features: { lexeme: Feature & { intrinsicSize: number }; prefix: Feature; suffix: Feature; shape: Feature };
}
/** The cache methods the model's POS feature is handed. */
interface CacheMethods {
  lookup(text: string): number[] | null;
  intrinsicSize(): number;
}
type FeatureFn = (word: string, category: number, cache: CacheMethods) => unknown;
type Features = Record<string, FeatureFn>;

/** Features whose values wink indexes in growing lists; none is read by the adapter. */
const BOUNDED_FEATURES = ['prefix', 'suffix', 'shape'] as const;

/**
 * The most words one instance may add. With the model's 87,593 words that keeps every id far below
 * 1,050,000, and what the instance adds under about 42 MB (measured: 141 bytes a word).
 */
export const MAX_NEW_LEXEMES = 300_000;

let metaCER: unknown;

/**
 * What an instance annotates. Tokens, sentences and parts of speech are all the pipeline reads:
 * wink's own entities, negation and sentiment take about a quarter of a read and change neither
 * (measured on 150 PolNeAR articles: the same sentences and parts of speech for all 141,601 tokens).
 */
export type WinkPipe = 'reading' | 'entities';
const PIPES: Record<WinkPipe, string[] | undefined> = { reading: ['sbd', 'pos'], entities: undefined };

/** A new wink-nlp instance (about 100 ms: it unpacks the model) whose tokenizer sees a frozen lexicon. */
export function newWinkInstance(pipe: WinkPipe = 'reading'): WinkInstance {
  let core: CoreModel | null = null;
  const loadCore = model.core as () => CoreModel;
  const loadMeta = model.metaCER as () => unknown;
  const makeFeatures = model.featureFn as (config: unknown) => Features;
  const nlp = winkNLP({
    ...model,
    core: () => (core = loadCore()),
    metaCER: () => (metaCER ??= loadMeta()),
    featureFn: (config: unknown) => boundedFeatures(makeFeatures(config), () => core!),
  }, PIPES[pipe]);
  const lexeme = core!.features.lexeme;
  const intrinsic = lexeme.list.length;
  // wink's cache captured `lexeme.hash` as the table `lookup` reads; from here on, `add` writes to
  // this layer over it (it reads `model.features.lexeme.hash` afresh on every call).
  lexeme.hash = Object.create(lexeme.hash) as Record<string, number>;
  return { nlp, lexemesAdded: () => lexeme.list.length - intrinsic };
}

/** The model's features, with the POS feature given a lookup that answers for unknown words and the indexed ones kept to known values. */
function boundedFeatures(features: Features, core: () => CoreModel): Features {
  const out: Features = { ...features };
  const pos = features.pos!;
  let shim: { of: CacheMethods; lookup: CacheMethods } | null = null;
  out.pos = (word, category, cache) => {
    if (shim?.of !== cache) {
      const outside = [cache.intrinsicSize()];
      shim = { of: cache, lookup: { ...cache, lookup: (text) => cache.lookup(text) ?? outside } };
    }
    return pos(word, category, shim.lookup);
  };
  for (const name of BOUNDED_FEATURES) {
    const feature = features[name]!;
    out[name] = (word, category, cache) => {
      const value = feature(word, category, cache) as string;
      const known = core().features[name];
      return known.hash[value] === undefined ? known.list[0] : value;
    };
  }
  return out;
}

/** Hands out one instance until a read could take it past `maxNewLexemes` new words, then a new one. */
export class WinkPool {
  private instance: WinkInstance | null = null;
  private made = 0;

  constructor(private readonly maxNewLexemes = MAX_NEW_LEXEMES, private readonly pipe: WinkPipe = 'reading') {}

  /**
   * The instance to read `length` characters with. A read adds at most two words (a token and its
   * lower case) per character, so that many must still fit.
   */
  for(length: number): WinkNlp {
    if (!this.instance || this.instance.lexemesAdded() + 2 * length > this.maxNewLexemes) {
      this.instance = newWinkInstance(this.pipe);
      this.made++;
    }
    return this.instance.nlp;
  }

  /** Instances made so far. */
  get instancesMade(): number {
    return this.made;
  }

  /** Words the current instance has added, 0 before the first. */
  get lexemesAdded(): number {
    return this.instance?.lexemesAdded() ?? 0;
  }
}
