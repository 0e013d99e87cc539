/**
 * Words that can cue reported speech, thought or stance, beyond the reporting verbs: attitude and
 * intention verbs, nouns ("claim", "denial that"), adjectives ("critical of", "confident that") and
 * light-verb frames ("made mention of", "paid tribute to", "took issue with"). Each carries the kind
 * of claim it makes. General news vocabulary, written by hand; which uses of these words really
 * attribute is decided by the cue classifier (cue-model.ts), not here.
 */
import type { ClaimType } from '../types.js';

/** Builds a word -> type map from lists per type. */
function typed(lists: Partial<Record<ClaimType, string>>): ReadonlyMap<string, ClaimType> {
  const out = new Map<string, ClaimType>();
  for (const [type, words] of Object.entries(lists) as Array<[ClaimType, string]>) {
    for (const w of words.trim().split(/\s+/)) out.set(w, type);
  }
  return out;
}

/**
 * Verbs of speech, thought, intention and stance, by lemma. A verb not listed is still a candidate
 * (the classifier reads its lemma), and counts as a statement.
 */
export const CUE_VERB_TYPES = typed({
  statement: `say tell write add note argue claim announce report state explain insist warn deny confirm
    admit acknowledge concede suggest mention describe declare assert contend allege testify vow pledge
    promise predict speculate caution reply respond answer remark comment observe point stress emphasize
    reiterate repeat recall recount reveal disclose tweet post blog quip joke shout whisper muse retort
    exclaim plead concur proclaim opine quote cite ask question accuse blame charge criticize
    condemn denounce attack blast slam rip lambaste chide scold rebuke mock ridicule dismiss reject dispute
    challenge counter rebut refute praise hail laud applaud commend congratulate thank tout boast brag
    defend champion endorse recommend propose urge demand order call request implore beg invite
    complain grumble lament protest object threaten assure reassure inform notify remind persuade convince
    advise signal indicate show highlight underscore characterize portray label brand dub
    estimate calculate forecast project conclude find determine rule deem clarify specify
    outline detail lay unveil apologize confess lobby campaign advocate decry deplore
    bemoan imply hint insinuate articulate chastise castigate berate assail excoriate fault lash
    reprimand admonish taunt disparage belittle denigrate vilify demonize insult deride lampoon
    skewer`,
  belief: `think believe know feel consider expect doubt suspect assume suppose imagine reckon guess
    understand realize recognize see view regard presume trust figure sense perceive judge`,
  intention: `want plan intend seek aim mean wish try attempt decide refuse decline prefer choose
    resolve strive endeavor`,
  attitude: `hope fear worry like love hate dislike support oppose favor back welcome appreciate regret resent
    admire enjoy embrace`,
});

/** Nouns that attribute when a possessor, a "by X" or the clause's subject gives their source. */
export const CUE_NOUN_TYPES = typed({
  statement: `claim statement assertion allegation accusation denial warning criticism charge argument
    announcement remark comment suggestion insistence admission acknowledgment acknowledgement promise
    pledge vow threat demand call request plea complaint praise attack testimony prediction explanation
    message response reply answer proposal recommendation confirmation assurance declaration boast
    concession contention objection protest rebuke condemnation endorsement swipe jab dig tribute
    remarks comments statements claims allegations accusations warnings denials questions question
    insinuation characterization description account version reminder appeal apology`,
  belief: `belief view opinion assessment conviction impression suspicion assumption expectation
    conclusion position stance understanding notion theory estimate judgment judgement finding
    perception sense verdict`,
  intention: `plan intention intent goal aim desire wish bid strategy decision refusal determination
    push effort attempt agenda commitment`,
  attitude: `fear hope concern worry doubt skepticism scepticism support opposition preference
    frustration anger outrage admiration dismay disappointment optimism pessimism confidence enthusiasm
    disdain contempt antipathy displeasure approval disapproval reservation reservations doubts fears
    hopes concerns worries misgivings sympathy hostility distrust mistrust`,
});

/** Nouns for a person by the stance they take: "a supporter of X", "critics of the plan". */
export const AGENT_NOUN_TYPES = typed({
  attitude: `supporter critic opponent advocate proponent champion backer detractor fan defender ally
    skeptic sceptic`,
});

/** Adjectives of stance, belief and intention: "critical of", "confident that", "eager to". */
export const CUE_ADJECTIVE_TYPES = typed({
  belief: `confident sure certain convinced aware adamant doubtful unsure uncertain unconvinced
    positive clear`,
  attitude: `critical skeptical sceptical wary supportive hopeful fearful worried concerned optimistic
    pessimistic happy glad pleased proud angry upset furious frustrated disappointed satisfied
    dissatisfied unhappy outspoken vocal dismissive enthusiastic opposed favorable favourable hostile
    sympathetic fond nervous anxious afraid grateful thankful appreciative impressed comfortable
    uncomfortable alarmed troubled disturbed offended outraged livid irate unimpressed receptive
    open cautious emphatic complimentary scathing harsh`,
  intention: `eager determined intent bent keen willing unwilling reluctant ready prepared committed
    loath hesitant desperate`,
});

/**
 * Light verbs that attribute together with a noun ("made mention of", "paid tribute to"), by verb
 * lemma: the nouns each takes. The frame's type is its noun's (cue nouns above), else a statement.
 */
export const LIGHT_VERB_FRAMES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    make: `mention point case argument claim claims statement statements remark remarks comment comments
      announcement prediction promise promises pledge vow plea appeal call pitch accusation accusations
      allegation allegations reference references clear assertion threat threats demand demands
      suggestion apology joke jokes`,
    pay: `tribute homage`,
    take: `issue aim swipe swipes shot shots jab jabs dig digs exception credit stand position line
      offense umbrage note`,
    give: `speech speeches warning assurance assurances credit voice account explanation testimony
      endorsement support`,
    express: `concern concerns support doubt doubts frustration confidence hope hopes regret opposition
      interest reservation reservations skepticism disappointment anger outrage sympathy optimism
      dismay gratitude admiration displeasure surprise`,
    voice: `concern concerns support opposition doubt doubts frustration skepticism objection objections
      disappointment anger`,
    raise: `concern concerns question questions doubt doubts possibility objection objections alarm`,
    issue: `statement statements warning warnings denial call apology threat`,
    offer: `praise support apology explanation condolences assurance assurances defense defence
      criticism`,
    cast: `doubt aspersions`,
    level: `criticism charges charge accusations accusation`,
    lodge: `complaint complaints objection objections protest`,
    file: `complaint complaints objection`,
    draw: `contrast contrasts distinction comparison comparisons`,
    heap: `praise scorn criticism`,
    pour: `scorn`,
    have: `idea doubts concerns confidence faith views view opinion opinions words`,
    lend: `support voice`,
    throw: `support weight`,
    sound: `alarm`,
    send: `message signal`,
    deliver: `speech speeches remarks address message warning rebuke`,
    release: `statement statements`,
    put: `statement`,
  }).map(([verb, nouns]) => [verb, new Set(nouns.trim().split(/\s+/))]),
);

/** Particles and prepositions that a cue takes along: "pointed out", "called for", "critical of". */
export const CUE_PARTICLES = new Set(['out', 'back', 'about', 'for', 'against', 'of', 'to', 'with', 'at', 'on', 'over', 'in', 'into', 'up', 'off']);

/** Particles that never open a setting ("said out", "hit back"): always part of the cue. */
export const PURE_PARTICLES = new Set(['out', 'back', 'up', 'off']);

/** Verbs that address someone before what they say: "told reporters that", "reminds us of how". */
export const ADDRESSEE_VERBS = new Set(['tell', 'remind', 'assure', 'reassure', 'inform', 'notify', 'warn', 'convince', 'persuade', 'advise', 'promise', 'show', 'teach', 'ask', 'urge', 'caution', 'brief']);

/** Verbs whose complement is what someone is told to do: "demanded that the network reveal ...". */
export const DIRECTIVE_VERBS = new Set(['demand', 'ask', 'urge', 'request', 'order', 'require', 'compel', 'force', 'call', 'want', 'press', 'push', 'implore', 'beg', 'invite', 'instruct', 'direct']);

/** The type a claim takes from a cue word of any class, or null when the word is in no list. */
export function cueTypeOf(lemma: string): ClaimType | null {
  return CUE_VERB_TYPES.get(lemma) ?? CUE_NOUN_TYPES.get(lemma) ?? CUE_ADJECTIVE_TYPES.get(lemma) ?? AGENT_NOUN_TYPES.get(lemma) ?? null;
}

/** Words that stand alone for people of a group: "another said", "one of the witnesses said", "most said". */
export const QUANTIFIERS: ReadonlySet<string> = new Set(['another', 'one', 'others', 'some', 'many', 'most', 'several']);
