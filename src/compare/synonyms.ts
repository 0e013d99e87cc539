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
  'indict indictment prosecute prosecution',
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
  'fire dismiss sack oust',
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

/** Stem of a word to the stem of its group's first word. */
export const SYNONYM: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const group of GROUPS) {
    const words = group.split(' ');
    const head = stem(words[0]!);
    for (const w of words) map.set(stem(w), head);
  }
  return map;
})();

/** Groups as written, for tests that check no word sits in two groups. */
export const SYNONYM_GROUPS = GROUPS;
