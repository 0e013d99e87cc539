/**
 * Word lists of the resolution stage: pronouns and their agreement features, nouns that name people
 * by role or by sex, nouns that name organisations, accounts, courts and laws, and nouns for the
 * documents and channels people speak through. General English news vocabulary only, never names.
 */

export type Gender = 'male' | 'female';
export type GrammaticalNumber = 'singular' | 'plural';
/** Who a word can stand for: a person, a thing (an organisation, a place, an account), or a group. */
export type Animacy = 'person' | 'thing';
export type Case = 'nominative' | 'accusative' | 'possessive' | 'reflexive';

export interface PronounFeatures {
  gender: Gender | null;
  number: GrammaticalNumber;
  /** null: "they" stands for people and things alike. */
  animacy: Animacy | null;
  case: Case;
}

const p = (gender: Gender | null, number: GrammaticalNumber, animacy: Animacy | null, c: Case): PronounFeatures => ({ gender, number, animacy, case: c });

/**
 * Third-person pronouns, the ones the stage resolves. "her" is listed as accusative; the phrase
 * reader makes it possessive when a noun phrase follows.
 */
export const PRONOUNS: ReadonlyMap<string, PronounFeatures> = new Map([
  ['he', p('male', 'singular', 'person', 'nominative')],
  ['him', p('male', 'singular', 'person', 'accusative')],
  ['his', p('male', 'singular', 'person', 'possessive')],
  ['himself', p('male', 'singular', 'person', 'reflexive')],
  ['she', p('female', 'singular', 'person', 'nominative')],
  ['her', p('female', 'singular', 'person', 'accusative')],
  ['hers', p('female', 'singular', 'person', 'possessive')],
  ['herself', p('female', 'singular', 'person', 'reflexive')],
  ['it', p(null, 'singular', 'thing', 'nominative')],
  ['its', p(null, 'singular', 'thing', 'possessive')],
  ['itself', p(null, 'singular', 'thing', 'reflexive')],
  ['they', p(null, 'plural', null, 'nominative')],
  ['them', p(null, 'plural', null, 'accusative')],
  ['their', p(null, 'plural', null, 'possessive')],
  ['theirs', p(null, 'plural', null, 'possessive')],
  ['themselves', p(null, 'plural', null, 'reflexive')],
]);

/** Relative pronouns that stand for the name they follow: "Franklin Graham, who has vowed", "the agency, which had demanded". */
export const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which']);

/** Titles and honorifics that tell a person's sex: "Mr. Smith", "Queen Rania". */
export const GENDERED_TITLES: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'], ['sir', 'male'], ['lord', 'male'], ['king', 'male'], ['prince', 'male'], ['duke', 'male'],
  ['father', 'male'], ['brother', 'male'], ['pope', 'male'], ['uncle', 'male'], ['monsignor', 'male'], ['emperor', 'male'], ['count', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['madam', 'female'], ['madame', 'female'], ['mme', 'female'],
  ['dame', 'female'], ['lady', 'female'], ['queen', 'female'], ['princess', 'female'], ['duchess', 'female'],
  ['sister', 'female'], ['mother', 'female'], ['aunt', 'female'], ['empress', 'female'], ['countess', 'female'],
]);

/** What closes a person's name and no other: a regnal number or a generational suffix ("Philip II", "John DeWitt Jr."). */
export const PERSON_NAME_SUFFIXES = new Set(['ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'jr', 'sr']);

/** Nouns for people that tell their sex: "his wife", "the spokeswoman", "a businessman". */
export const GENDERED_NOUNS: ReadonlyMap<string, Gender> = new Map([
  ...[...GENDERED_TITLES].filter(([w]) => w.length > 3),
  ...(['man', 'boy', 'husband', 'son', 'grandson', 'nephew', 'grandfather', 'stepfather', 'boyfriend', 'fiance',
    'widower', 'gentleman', 'spokesman', 'chairman', 'congressman', 'businessman', 'councilman', 'assemblyman',
    'alderman', 'actor', 'waiter', 'host', 'hero', 'monk', 'priest', 'bishop', 'cardinal', 'pope', 'sultan',
    'sheikh', 'dad', 'daddy', 'baron', 'groom', 'prince', 'king', 'emperor', 'lord', 'duke', 'bachelor', 'sportsman', 'policeman', 'fireman', 'statesman',
    'godfather', 'brother-in-law', 'father-in-law', 'son-in-law', 'schoolboy', 'patriarch', 'headmaster'] as const)
    .map((w): [string, Gender] => [w, 'male']),
  ...(['woman', 'girl', 'wife', 'daughter', 'granddaughter', 'niece', 'grandmother', 'stepmother', 'girlfriend',
    'fiancee', 'widow', 'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'councilwoman',
    'assemblywoman', 'actress', 'waitress', 'hostess', 'heroine', 'nun', 'mom', 'mum', 'mommy', 'baroness',
    'bride', 'sportswoman', 'policewoman', 'stateswoman', 'godmother', 'sister-in-law', 'mother-in-law',
    'daughter-in-law', 'schoolgirl', 'matriarch', 'headmistress', 'ballerina', 'diva', 'maid', 'lady',
    'landlady', 'heiress', 'empress', 'queen', 'princess', 'duchess', 'countess'] as const)
    .map((w): [string, Gender] => [w, 'female']),
]);

/** Adjectives that tell a person's sex: "a male heir", "the female lead". */
export const SEX_ADJECTIVES: ReadonlyMap<string, Gender> = new Map([['male', 'male'], ['female', 'female']]);

/**
 * Nouns that name a person by office, trade or part in a story: "the judge", "the Texas governor",
 * "a spokeswoman for the ACLU". A description with one of these heads stands for a person.
 */
export const PERSON_ROLE_NOUNS = new Set([
  'judge', 'justice', 'magistrate', 'senator', 'governor', 'mayor', 'president', 'vice-president', 'premier',
  'minister', 'chancellor', 'secretary', 'ambassador', 'diplomat', 'envoy', 'representative', 'congressman',
  'congresswoman', 'lawmaker', 'legislator', 'politician', 'candidate', 'nominee', 'incumbent', 'challenger',
  'official', 'spokesman', 'spokeswoman', 'spokesperson', 'lawyer', 'attorney', 'counsel', 'prosecutor',
  'defendant', 'plaintiff', 'suspect', 'victim', 'witness', 'juror', 'detective', 'officer', 'sheriff',
  'executive', 'chief', 'ceo', 'founder', 'co-founder', 'chairman', 'chairwoman', 'chair', 'director',
  'manager', 'owner', 'businessman', 'businesswoman', 'billionaire', 'millionaire', 'entrepreneur', 'investor',
  'banker', 'economist', 'analyst', 'professor', 'researcher', 'scientist', 'doctor', 'physician', 'surgeon',
  'nurse', 'teacher', 'student', 'author', 'writer', 'novelist', 'poet', 'journalist', 'reporter', 'editor',
  'columnist', 'host', 'anchor', 'actor', 'actress', 'singer', 'musician', 'artist', 'rapper', 'star',
  'player', 'coach', 'athlete', 'striker', 'quarterback', 'pitcher', 'champion', 'leader', 'commander',
  'general', 'admiral', 'colonel', 'captain', 'sergeant', 'lieutenant', 'soldier', 'pilot', 'king', 'queen',
  'prince', 'princess', 'pope', 'bishop', 'priest', 'pastor', 'rabbi', 'imam', 'cleric', 'activist',
  'campaigner', 'aide', 'adviser', 'advisor', 'consultant', 'strategist', 'commissioner', 'inspector',
  'administrator', 'treasurer', 'auditor', 'deputy', 'speaker', 'whip', 'delegate', 'councillor',
  'councilman', 'councilwoman', 'mogul', 'tycoon', 'heir', 'heiress', 'dictator', 'monarch', 'emperor',
  'frontrunner', 'front-runner', 'contender', 'hopeful', 'architect', 'engineer', 'designer', 'producer',
  'filmmaker', 'director', 'comedian', 'dancer', 'photographer', 'economist', 'historian', 'philosopher',
  'man', 'woman', 'boy', 'girl', 'father', 'mother', 'husband', 'wife', 'son', 'daughter', 'brother', 'sister',
  'widow', 'widower', 'grandmother', 'grandfather', 'uncle', 'aunt', 'nephew', 'niece', 'cousin', 'friend',
  'businessman', 'actor', 'lady', 'gentleman', 'resident', 'worker', 'employee', 'whistleblower', 'inmate',
  'prisoner', 'detainee', 'refugee', 'immigrant', 'patient', 'fan', 'voter', 'protester', 'critic', 'supporter',
  'opponent', 'rival', 'winner', 'loser', 'veteran', 'pundit', 'commentator', 'blogger', 'attorney-general',
]);

/**
 * Role nouns too generic to tie a description to a named person by role alone ("the man", "his
 * friend"): they resolve only through a role the text gave an entity in so many words.
 */
export const KIN_AND_GENERIC_PERSON_NOUNS = new Set([
  'man', 'woman', 'boy', 'girl', 'father', 'mother', 'husband', 'wife', 'son', 'daughter', 'brother', 'sister',
  'widow', 'widower', 'grandmother', 'grandfather', 'uncle', 'aunt', 'nephew', 'niece', 'cousin', 'friend',
  'lady', 'gentleman', 'resident', 'worker', 'employee', 'fan', 'voter', 'protester', 'critic', 'supporter',
  'opponent', 'rival', 'winner', 'loser', 'patient', 'victim', 'witness', 'student', 'star', 'player',
]);

/** Abbreviated titles and the role they stand for: "Sen. Jane Roe" is a senator. */
export const TITLE_ROLES: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'], ['gov', 'governor'], ['rep', 'representative'], ['pres', 'president'], ['atty', 'attorney'],
  ['gen', 'general'], ['adm', 'admiral'], ['col', 'colonel'], ['capt', 'captain'], ['sgt', 'sergeant'],
  ['lt', 'lieutenant'], ['cmdr', 'commander'], ['supt', 'superintendent'], ['insp', 'inspector'], ['det', 'detective'],
  ['prof', 'professor'], ['dr', 'doctor'], ['rev', 'reverend'], ['amb', 'ambassador'], ['sec', 'secretary'],
  ['assemblymember', 'assemblymember'], ['congressman', 'congressman'], ['congresswoman', 'congresswoman'],
]);

/**
 * Nouns any organisation may be called: "the company", "the social network", "the microblogging
 * site". A description with one of these heads stands for the organisation the text is most about.
 */
export const GENERIC_ORGANISATION_NOUNS = new Set([
  'company', 'firm', 'corporation', 'business', 'group', 'organization', 'organisation', 'network', 'site',
  'website', 'platform', 'service', 'app', 'giant', 'startup', 'start-up', 'conglomerate', 'multinational', 'outlet',
]);

/**
 * Nouns for an organisation of a particular kind or for a part of one ("the university", "the
 * board"): they stand for an organisation whose name has them as head ("Harvard University") or
 * that the text gave them as a role, never for whichever organisation is most prominent.
 */
export const ORGANISATION_NOUNS = new Set([
  'company', 'firm', 'network', 'site', 'website', 'platform', 'service', 'group', 'organization', 'organisation',
  'agency', 'corporation', 'giant', 'startup', 'start-up', 'business', 'outlet', 'newspaper', 'paper', 'magazine',
  'union', 'party', 'campaign', 'department', 'ministry', 'bureau', 'office', 'body', 'team', 'club', 'bank',
  'lender', 'insurer', 'maker', 'manufacturer', 'automaker', 'carmaker', 'retailer', 'chain', 'carrier', 'airline',
  'provider', 'publisher', 'broadcaster', 'channel', 'studio', 'label', 'charity', 'nonprofit', 'non-profit',
  'foundation', 'institution', 'institute', 'university', 'college', 'school', 'hospital', 'church', 'coalition',
  'alliance', 'association', 'federation', 'league', 'council', 'board', 'committee', 'commission', 'watchdog',
  'regulator', 'authority', 'app', 'conglomerate', 'multinational', 'operator', 'utility', 'developer',
  'supplier', 'distributor', 'exporter', 'importer', 'brand', 'fund', 'exchange', 'militia', 'movement', 'lobby',
  'consortium', 'cartel', 'syndicate', 'collective', 'band', 'orchestra', 'choir', 'squad', 'army', 'navy',
  'military', 'police', 'legislature', 'parliament', 'congress', 'senate', 'assembly',
]);

/** Nouns for a government or its seat: "the government", "the administration", "the White House". */
export const GOVERNMENT_NOUNS = new Set(['government', 'administration', 'regime', 'authorities', 'cabinet']);

/**
 * Last words of the names of places that are sites, not areas: "Mill Street", "Union Square",
 * "Dulles Airport". "The city" or "the state" stands for no such place.
 */
export const SITE_WORDS = new Set([
  'street', 'st.', 'avenue', 'ave.', 'road', 'boulevard', 'lane', 'drive', 'highway', 'freeway', 'square', 'plaza',
  'park', 'bridge', 'airport', 'station', 'building', 'tower', 'hall', 'center', 'centre', 'stadium', 'arena', 'mall',
]);

/** Nouns for a place: "the country", "the city". A description with one stands for a place. */
export const PLACE_NOUNS = new Set(['state', 'city', 'country', 'nation', 'county', 'province', 'town', 'village', 'republic', 'kingdom', 'island', 'region', 'district', 'capital']);

/** Nouns for a court: "the court", "the tribunal". */
export const COURT_NOUNS = new Set(['court', 'tribunal']);

/** Nouns for a social-media account: "the account", "the handle". */
export const ACCOUNT_NOUNS = new Set(['account', 'handle', 'feed', 'profile', 'username']);

/** Nouns for a law: "the law", "the act", "the amendment". */
export const LAW_NOUNS = new Set(['law', 'act', 'statute', 'amendment', 'constitution', 'ordinance', 'regulation', 'bill', 'code']);

/**
 * Documents and channels: what people speak through. "a statement", "the letter", "in an
 * interview": the one who issued it speaks, the document never does.
 */
export const DOCUMENT_NOUNS = new Set([
  'statement', 'letter', 'email', 'e-mail', 'memo', 'memorandum', 'tweet', 'post', 'posting', 'ad', 'advert',
  'advertisement', 'commercial', 'release', 'communique', 'announcement', 'complaint', 'filing', 'lawsuit',
  'suit', 'brief', 'motion', 'petition', 'affidavit', 'testimony', 'deposition', 'interview', 'op-ed', 'column',
  'editorial', 'essay', 'article', 'blog', 'message', 'note', 'text', 'transcript', 'speech', 'remarks', 'address',
  'video', 'podcast', 'broadcast', 'bio', 'biography', 'profile', 'book', 'memoir', 'report', 'document',
  'documents', 'papers', 'ruling', 'opinion', 'order', 'decision', 'verdict', 'response', 'reply', 'notice',
  'guidance', 'report', 'study', 'survey', 'poll', 'presentation', 'appearance', 'conference', 'briefing',
  'hearing', 'call', 'podcast', 'livestream', 'message', 'voicemail', 'letters', 'emails', 'tweets', 'posts',
]);

/** Documents that are a channel more than a text: "in an interview", "at a briefing". */
export const CHANNEL_NOUNS = new Set(['interview', 'appearance', 'conference', 'briefing', 'hearing', 'call', 'podcast', 'broadcast', 'livestream', 'speech', 'address']);

/** Verbs by which someone issues a document: "Romney released a statement", "the firm filed a complaint". */
export const ISSUE_VERBS = new Set([
  'release', 'issue', 'send', 'post', 'publish', 'write', 'file', 'put', 'tweet', 'sign', 'submit', 'deliver',
  'email', 'pen', 'share', 'give', 'grant', 'lodge', 'bring', 'author', 'draft', 'circulate', 'distribute',
  'upload', 'broadcast', 'air', 'run', 'launch', 'hold', 'make', 'offer', 'provide', 'read', 'record',
]);

/** Words that link a subject to a predicate nominative: "Smith is the governor". */
export const COPULAS = new Set(['be', 'become', 'remain']);

/** Verbs whose "it" subject is pleonastic before an adjective and a clause: "it is clear that". */
export const PLEONASTIC_VERBS = new Set(['seem', 'appear', 'look', 'sound', 'happen', 'turn', 'take', 'matter', 'remain', 'rain', 'snow']);

/** Words that end a clause for binding: a pronoun after one of these is in a clause of its own. */
export const CLAUSE_OPENERS = new Set([
  'that', 'who', 'whom', 'whose', 'which', 'because', 'although', 'though', 'while', 'whereas', 'when', 'whenever',
  'after', 'before', 'since', 'until', 'unless', 'if', 'whether', 'as', 'where', 'once', 'so',
]);
