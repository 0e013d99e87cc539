/**
 * What the resolution stage hands the later steps: every referring phrase it read, with the entity
 * it stands for (or none) and the rule that decided it. Resolved pronouns and descriptions are
 * mentions of their entities as well; references also keep what did not resolve, relative pronouns
 * ("who") and documents ("a statement"), which stand for the one who issued them.
 */
import type { ResolutionRule } from '../types.js';

export interface Reference {
  start: number;
  end: number;
  form: 'pronoun' | 'description' | 'relative' | 'document';
  /** Id of the entity the phrase stands for; for a document, of the entity that issued it. */
  entity: string | null;
  /** The sieve that decided, 'issuer' for a document, or null when none did. */
  rule: ResolutionRule | 'issuer' | null;
  /** For a document: where its issuer is named, when the text names one ("Romney released a statement"). */
  issuer: { start: number; end: number } | null;
}
