/**
 * The verbs of legal news and what each one's subject and object are, as an ordered table (word
 * lists apart from the logic in legal/actions.ts). General legal English only.
 *
 * - `subject`: what the party before the verb is, in the active voice ('agent': the plaintiff or,
 *   for a criminal action, the prosecution; 'defendant'; 'court': a court or judge; 'party': a side
 *   the sentence does not name).
 * - `object`: what the party right after the verb is; in the passive ("X was charged") X is that.
 * - `context`: the sentence must hold a legal word as well ("blocked the road" is no ruling).
 * - `outcome`: which reader of outcome.ts gives the term or result.
 */
import type { LegalActionType } from '../types.js';

export type Role = 'agent' | 'defendant' | 'court' | 'party' | 'none';
export type OutcomeReader = 'term' | 'money' | 'plea' | 'ruling' | 'object' | 'crime' | 'none';

export interface ActionVerb {
  pattern: RegExp;
  action: LegalActionType;
  criminal: boolean;
  subject: Role;
  object: Role;
  context: boolean;
  outcome: OutcomeReader;
}

/** Each pattern matches the verb as written; the first group, where there is one, is the outcome word ("guilty"). */
export const ACTION_VERBS: readonly ActionVerb[] = [
  { pattern: /\b(?:pleaded|pled|pleads|plead|pleading|enter(?:ed|s)? a plea of)\s+(not guilty|guilty|no contest)\b/gi, action: 'plea', criminal: true, subject: 'defendant', object: 'none', context: false, outcome: 'plea' },
  { pattern: /\b(?:charged|charging)\b/gi, action: 'charge', criminal: true, subject: 'agent', object: 'defendant', context: true, outcome: 'crime' },
  { pattern: /\b(?:indicted|indicts|indicting)\b/gi, action: 'indictment', criminal: true, subject: 'agent', object: 'defendant', context: false, outcome: 'crime' },
  { pattern: /\b(?:arrested|arrests|arresting)\b/gi, action: 'arrest', criminal: true, subject: 'agent', object: 'defendant', context: false, outcome: 'crime' },
  { pattern: /\b(?:convicted|convicts|convicting)\b/gi, action: 'conviction', criminal: true, subject: 'court', object: 'defendant', context: false, outcome: 'crime' },
  { pattern: /\b(?:acquitted|acquits|acquitting)\b/gi, action: 'acquittal', criminal: true, subject: 'court', object: 'defendant', context: false, outcome: 'crime' },
  { pattern: /\b(?:sentenced|sentences|sentencing)\b/gi, action: 'sentence', criminal: true, subject: 'court', object: 'defendant', context: false, outcome: 'term' },
  { pattern: /\b(?:fined|fines|fining)\b/gi, action: 'fine', criminal: false, subject: 'agent', object: 'defendant', context: false, outcome: 'money' },
  { pattern: /\b(?:settled|settles|settling|agreed to settle|agreed to pay)\b/gi, action: 'settlement', criminal: false, subject: 'party', object: 'party', context: true, outcome: 'money' },
  { pattern: /(?<!\b(?:the|a|an|its|his|her|their|this|that|new|earlier|latest|lower court's|court's)\s)\b(?:ruled|rules|ruling)(?!\s+out\b)(?=\s+(?:that|in favor|against|for|on)\b)/gi, action: 'ruling', criminal: false, subject: 'court', object: 'none', context: true, outcome: 'ruling' },
  { pattern: /\b(?:dismissed|dismisses|dismissing|threw out|throws out|tossed(?: out)?)\b/gi, action: 'dismissal', criminal: false, subject: 'court', object: 'none', context: true, outcome: 'object' },
  { pattern: /\b(?:appealed|appeals|appealing)\b(?=\s+(?:the|a|his|her|its|their|to)\b)/gi, action: 'appeal', criminal: false, subject: 'agent', object: 'none', context: true, outcome: 'object' },
  { pattern: /\b(?:overturned|overturns|overturning|reversed|reverses|vacated|vacates|struck down|strikes down)\b/gi, action: 'reversal', criminal: false, subject: 'court', object: 'none', context: true, outcome: 'object' },
  { pattern: /\b(?:upheld|upholds|upholding|affirmed|affirms)\b/gi, action: 'affirmance', criminal: false, subject: 'court', object: 'none', context: true, outcome: 'object' },
  { pattern: /\b(?:blocked|blocks|blocking|halted|halts)\b/gi, action: 'block', criminal: false, subject: 'court', object: 'none', context: true, outcome: 'object' },
];

/** Verbs that decide a motion, petition or request: their outcome goes to the motion they decide. */
export const DECIDING_VERB = /\b(granted|grants|granting|denied|denies|denying|rejected|rejects)\b/gi;

/** Words that make a sentence legal, for verbs that are not legal on their own. */
export const LEGAL_CONTEXT = /\b(?:court|judge|justices?|jury|juries|lawsuits?|sued?|suits?|legal|ruling|ruled|plaintiffs?|defendants?|attorneys?|lawyers?|prosecutors?|prosecution|subpoena|summons|unconstitutional|illegal|unlawful|statute|charges?|indictment|conviction|verdict|appeal|injunction|motion|case|claims|allegations|fraud|settlement|police|FBI|detectives?|officers?|agents?|regulators?|Commission)\b/i;

/** Nouns a dismissal, reversal, block or appeal acts on: its outcome is the noun phrase ("the lawsuit"). */
export const ACTED_ON = /^\s+((?:the|a|an|his|her|its|their|this|that)\s+(?:[\w'-]+\s+){0,3}?(?:lawsuits?|suits?|case|charges?|complaint|claims?|indictment|conviction|verdict|ruling|decision|sentence|order|ban|law|rule|policy|injunction|appeal|motion|petition|regulation|statute|merger|deal|settlement|judgment))\b/i;
