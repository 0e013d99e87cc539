/**
 * The wink-nlp instances the adapter reads with. Two things about wink-nlp 2 and its English model
 * decide how they are made and how long each one lives:
 *
 * - An instance adds every word it has not seen to its own lexicon (about 140 bytes each) and never
 *   lets go. Over an endless stream, where new names, numbers and links keep coming, one instance
 *   would grow without bound, so an instance is replaced after it has read a set number of characters.
 * - wink-eng-lite-web-model 1.8.1's metaCER() loader stores JSON.stringify of its own last result
 *   (`machines = JSON.stringify(machines)`), so each winkNLP(model) escapes that text once more; the
 *   21st instance in a process throws "Invalid string length". Instances here are made from a copy
 *   of the model whose metaCER() is called once and then returns that first result, which is what the
 *   first instance gets from the package as it is.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type WinkNlp = ReturnType<typeof winkNLP>;

let stableModel: typeof model | null = null;

/** A new wink-nlp instance (about 100 ms: it unpacks the model). */
export function newWinkInstance(): WinkNlp {
  if (!stableModel) {
    // The package types its loaders as unknown; metaCER is a function of no arguments.
    const load = model.metaCER as () => unknown;
    let metaCER: unknown;
    stableModel = { ...model, metaCER: () => (metaCER ??= load()) };
  }
  return winkNLP(stableModel);
}

/** Hands out one instance until it has read `renewAfter` characters, then a new one. */
export class RenewingWink {
  private instance: WinkNlp | null = null;
  private read = 0;
  private made = 0;

  constructor(private readonly renewAfter: number) {}

  /** The instance to read the next `length` characters with; the first is made on first use. */
  for(length: number): WinkNlp {
    if (!this.instance || this.read > this.renewAfter) {
      this.instance = newWinkInstance();
      this.read = 0;
      this.made++;
    }
    this.read += length;
    return this.instance;
  }

  /** Instances made so far. */
  get instancesMade(): number {
    return this.made;
  }
}
