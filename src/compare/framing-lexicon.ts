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
  'touted touts trumpeted hyped ' +
  // Levin's (1993) complain verbs (class 37.8), which tell speech as grievance: "the mayor complained".
  'complain complains complained complaining gripe gripes griped griping grouse groused grousing ' +
  'grumble grumbles grumbled grumbling moan moans moaned moaning whine whines whined whining ' +
  'carped carping').split(' '));

/**
 * -ly words that are not evaluative, by the classes of adverbs a grammar of English gives (Quirk et
 * al.): time and frequency ("repeatedly", "ultimately"), degree ("slightly", "heavily"), focus and
 * hedging ("notably", "exactly", "reportedly"), viewpoint, and -ly words that are not adverbs at all.
 */
export const NEUTRAL_LY = new Set((
  // Time and frequency.
  'early daily weekly monthly yearly recently previously currently finally initially originally eventually ' +
  'subsequently immediately quickly slowly briefly gradually progressively steadily suddenly abruptly swiftly ' +
  'promptly instantly shortly lately formerly ultimately repeatedly constantly continually continuously ' +
  'regularly periodically routinely consistently habitually invariably intermittently sporadically perpetually ' +
  'frequently occasionally rarely usually normally typically generally newly ' +
  // Degree.
  'only really nearly largely mostly entirely fully partly partially highly widely closely slightly ' +
  'significantly substantially considerably heavily greatly hugely vastly markedly increasingly marginally ' +
  'moderately somewhat barely hardly scarcely fairly relatively comparatively extremely ' +
  // Focus, hedging and viewpoint.
  'likely reportedly apparently allegedly actually certainly probably possibly clearly simply particularly ' +
  'especially notably similarly likewise specifically exactly precisely accurately roughly approximately ' +
  'explicitly expressly properly broadly mainly chiefly primarily merely solely publicly formally officially ' +
  'directly jointly separately respectfully actively ' +
  // Not adverbs.
  'family july italy supply apply reply rely ally fly holy ugly').split(' '));

/** Words by which an outlet marks a term in quotation marks as not its own: so-called "alternative". */
export const DISTANCING_WORDS: readonly string[] = ['so-called', 'self-described', 'self-styled', 'supposed', 'alleged'];
