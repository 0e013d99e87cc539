/**
 * Loaded and evaluative words of general news English, by part of speech: words by which a reporter
 * judges rather than tells ("draconian policies", "rammed through", "a fiasco"). Neutral words of
 * degree or time that end in -ly are listed apart, so the adverb rule in framing.ts skips them.
 */

export const LOADED_ADJECTIVES = new Set(('draconian comical outrageous shameful disgraceful absurd ridiculous laughable ' +
  'heroic brave courageous cowardly reckless notorious infamous sinister shocking scandalous disastrous catastrophic ' +
  'brutal harsh radical extremist militant embattled beleaguered defiant faithful hapless stunning alarming ' +
  'appalling egregious blatant dubious bogus sham chilling ominous aggressive belligerent hostile vindictive petty ' +
  'baseless bizarre unhinged furious fierce disgusting pathetic inept incompetent corrupt crooked dishonest lavish ' +
  'bloated vaunted rogue disgraced tyrannical authoritarian heavy-handed misguided staggering astonishing devastating ' +
  'horrific horrendous tragic cruel ruthless callous arrogant smug hypocritical cynical feeble chaotic hasty shoddy ' +
  'so-called self-styled alleged infamous despicable deplorable dreadful disgraceful miserable lousy ' +
  // How hard criticism is said to hit: "a blistering opinion", "a scathing report".
  'blistering scathing withering stinging searing excoriating').split(' '));

export const LOADED_NOUNS = new Set(('incompetence debacle fiasco chaos scandal farce blunder witch-hunt crackdown onslaught ' +
  'tirade rant propaganda regime cronies hypocrisy meltdown travesty outrage atrocity bully bullies thug thugs zealot ' +
  'zealots power-grab mess shambles stunt charade cover-up spin').split(' '));

export const LOADED_VERBS = new Set(('rammed ram rams slammed slams blasted blasts lashed railed bullied bullies caved caves ' +
  'ranted boasted bragged gutted trampled snubbed flouted smeared scrambled stonewalled meddled splurged squandered ' +
  'wasted botched bungled ' +
  // Promotion told as the outlet's doubt: "prosecutors had touted the case".
  'touted touts trumpeted hyped').split(' '));

/** -ly words that are not evaluative: time, frequency, degree, hedging, or not adverbs at all. */
export const NEUTRAL_LY = new Set(('only early really likely daily weekly monthly yearly family july italy reportedly recently ' +
  'previously currently finally nearly largely mostly directly entirely regularly immediately simply fully ' +
  'initially originally publicly formally officially particularly especially apparently allegedly typically usually ' +
  'generally normally actually certainly probably possibly clearly quickly slowly briefly jointly separately ' +
  'partly newly widely highly closely rarely frequently occasionally eventually subsequently respectfully ' +
  'supply apply reply rely ally fly holy ugly').split(' '));
