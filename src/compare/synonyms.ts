/**
 * Groups of general English news words that report the same thing in other words, so that two
 * outlets paraphrasing one fact still share terms: "filed a lawsuit" and "is suing", "freedom of
 * expression" and "rights of free speech". Each group is folded to its first word.
 *
 * The groups are the verbs and nouns that news writing rotates to avoid repeating itself (legal
 * action, speech, demands, disclosure, conflict, change in numbers, office), not any one story's
 * words. A word sits in one group only; words with several common senses ("charge") are left out.
 */
import { stem } from './stem.js';

const GROUPS: readonly string[] = [
  // Legal action and courts.
  'sue lawsuit suit litigation litigate',
  'court tribunal judiciary',
  'judge justice magistrate',
  'rule ruling verdict judgment decision decide',
  'accuse allege allegation accusation',
  // "Charges" and "case" are how news names a prosecution: "dropped the charges", "threw out the case".
  'indict indictment prosecute prosecution charge case',
  // A court ends a case: "dismissed", "threw out", "tossed" (phrasal verbs are folded in PHRASAL_VERBS).
  'dismiss toss',
  'overturn overrule reverse vacate',
  'acquit exonerate clear',
  'arrest detain detention custody',
  'convict conviction sentence',
  'appeal challenge contest',
  'law statute legislation',
  'illegal unlawful illicit unconstitutional',
  // Rights and speech.
  'freedom free liberty right',
  'speech expression',
  'give afford grant provide accord confer',
  'guarantee protect safeguard secure',
  'anonymous pseudonymous unnamed unidentified',
  // Saying, demanding, disclosing.
  'demand request ask order require subpoena summon',
  'reveal disclose unmask identify expose divulge',
  'information data record detail',
  'refuse reject deny',
  'criticize criticise criticism condemn denounce attack slam blast',
  'support endorse applaud praise welcome',
  'oppose resist opposition resistance dissent',
  'warn caution',
  'promise pledge vow',
  // Publishing and social media.
  'post tweet pin publish retweet',
  'account profile',
  'report article story',
  'statement announcement',
  'follower subscriber',
  // Actors.
  'government administration authority authorities',
  'company firm business corporation',
  'person people individual',
  'official officer',
  'employee worker staff staffer',
  'lawmaker legislator congressman congresswoman senator',
  'spokesman spokeswoman spokesperson representative',
  'agency department bureau',
  'leader chief',
  // Action verbs.
  'stop block halt prevent prohibit bar ban',
  'start begin launch',
  'end finish conclude',
  'plan intend aim',
  'try attempt seek',
  'help assist aid',
  'kill slay murder',
  'die death dead',
  'injure wound hurt',
  'buy acquire purchase acquisition',
  'hire appoint recruit',
  'fire sack oust',
  'resign quit',
  'investigate investigation probe inquiry',
  'meet meeting talk negotiate negotiation',
  'agree agreement deal',
  'vote ballot election poll',
  'win victory',
  'defeat loss lose',
  'increase rise grow climb surge jump',
  'decrease fall drop decline plunge slump',
  'recall withdraw',
  'fault defect flaw',
  'cost price expense',
  'pay payment compensation',
  'fine penalty',
  'threat threaten',
  'danger dangerous risk hazard',
];

const SYNONYM_MAP: ReadonlyMap<string, string> = groupMap();

/**
 * Verb + particle that mean one verb, as news writes them: "threw out the case" is "dismissed" it.
 * Keyed by the verb's stem and the particle; the value is a word of a group above (or a plain verb).
 */
const PHRASES: readonly string[] = [
  'throw out:dismiss', 'toss out:dismiss', 'strike down:overturn', 'knock down:overturn',
  'step down:resign', 'stand down:resign', 'pull out:withdraw', 'back out:withdraw', 'walk away:withdraw',
  'turn down:refuse', 'call for:demand', 'lash out:criticize', 'hit out:criticize', 'speak out:criticize',
  'shut down:close', 'close down:close', 'set up:start', 'take over:buy', 'sign off:approve', 'back down:retreat',
  'give up:quit', 'find out:discover', 'carry out:conduct', 'point out:note',
];

/** "stem particle" -> the term it stands for: "throw out" -> the term of "dismiss". */
export const PHRASAL_VERBS: ReadonlyMap<string, string> = new Map(PHRASES.map((p) => {
  const [phrase, word] = p.split(':') as [string, string];
  const [verb, particle] = phrase.split(' ') as [string, string];
  const head = stem(word);
  return [`${stem(verb)} ${particle}`, SYNONYM_MAP.get(head) ?? head];
}));

/** Stem of a word to the stem of its group's first word. */
export const SYNONYM: ReadonlyMap<string, string> = SYNONYM_MAP;

function groupMap(): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of GROUPS) {
    const words = group.split(' ');
    const head = stem(words[0]!);
    for (const w of words) map.set(stem(w), head);
  }
  return map;
}

/** Groups as written, for tests that check no word sits in two groups. */
export const SYNONYM_GROUPS = GROUPS;
