/**
 * General news vocabulary that types a capitalised name by its own words or by the words next to
 * it. Head words, suffixes, roles and prepositions only: no names of particular people, companies
 * or places, so nothing here is fitted to an evaluation set.
 */

/** Last words that make a name an organisation: "Twitter Inc.", "Justice Department", "Ajax FC". */
export const ORG_HEAD = new Set([
  // Corporate forms.
  'inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'llc', 'plc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa', 'ab', 'asa',
  'group', 'holdings', 'holding', 'partners', 'bancorp', 'industries', 'enterprises', 'motors', 'airlines', 'airways',
  'systems', 'technologies', 'communications', 'telecom', 'securities', 'investments', 'petroleum', 'pharmaceuticals',
  'labs', 'laboratories', 'media', 'entertainment', 'foods', 'stores', 'brewery', 'brewing', 'bank', 'exchange',
  // Public and civil bodies.
  'department', 'ministry', 'office', 'bureau', 'agency', 'agencies', 'institute', 'university', 'commission',
  'committee', 'council', 'union', 'association', 'federation', 'services', 'service', 'board', 'center', 'centre',
  'school', 'college', 'society', 'foundation', 'party', 'administration', 'league', 'academy', 'authority',
  'organization', 'organisation', 'church', 'museum', 'hospital', 'senate', 'assembly', 'parliament', 'congress',
  'army', 'navy', 'police', 'guard', 'fund', 'trust', 'alliance', 'coalition', 'network', 'front', 'movement',
  'court', 'tribunal', 'cabinet', 'protection', 'enforcement', 'affairs', 'customs', 'government', 'directorate', 'command', 'corps', 'forces', 'force',
  // News outlets and sports clubs.
  'times', 'post', 'journal', 'press', 'news', 'herald', 'tribune', 'gazette', 'television', 'radio', 'newsroom',
  'fc', 'united', 'rovers', 'athletic', 'wanderers', 'club',
]);

/** First words that make a name an organisation: "AC Milan", "FC Porto", "PT Astra". */
export const ORG_PREFIX = new Set(['ac', 'fc', 'sc', 'as', 'pt', 'sv', 'cf', 'cd', 'vfb', 'vfl']);

/** Last words that make a name a place: "Gulf Coast", "Red Sea", "Wall Street". */
export const PLACE_HEAD = new Set([
  'island', 'islands', 'river', 'mountains', 'mountain', 'valley', 'lake', 'sea', 'ocean', 'bay', 'gulf', 'coast',
  'province', 'region', 'peninsula', 'strait', 'straits', 'desert', 'street', 'avenue', 'square', 'airport', 'city',
  'county', 'state', 'district', 'territory', 'heights', 'hills', 'strip', 'canal',
]);

/** Lower-case words that, right before a name, say a person follows: "striker Filippo Inzaghi". */
export const PERSON_ROLE = /^(trainer|coach|manager|striker|midfielder|defender|goalkeeper|forward|captain|player|batsman|bowler|skipper|teammate|champion|rider|driver|spokesman|spokeswoman|spokesperson|minister|president|premier|leader|chairman|chairwoman|chief|director|executive|official|analyst|economist|lawyer|attorney|judge|prosecutor|senator|governor|mayor|envoy|ambassador|secretary|general|colonel|commander|sergeant|officer|colleague|rival|son|daughter|wife|husband|brother|sister|father|mother|actor|actress|singer|writer|author|novelist|producer|candidate|opponent|successor|predecessor|deputy|aide|adviser|advisor|dr|mr|mrs|ms)$/;

/** Lower-case words that, right before a name, say a place follows: "in Rome", "near Bangui". */
export const PLACE_PREPOSITION = /^(in|at|near|from|to|into|across|outside|inside|around|toward|towards|throughout)$/;

/** Nouns that put a place after "of": "the town of Ayodhya", "the province of Aceh". */
export const PLACE_NOUN = /^(town|city|village|capital|province|state|region|island|district|county|port|suburb|republic|kingdom|area|border)$/;

/** Titles that begin a person's name inside a capitalised run: "Burkina Faso President Blaise Compaore". */
export const INNER_TITLE = /^(president|minister|premier|chancellor|governor|senator|judge|justice|mayor|king|queen|prince|princess|pope|secretary|ambassador|chairman|chairwoman|coach|general|colonel|cardinal|archbishop|bishop|sheikh|ayatollah|emir|sultan|leader|spokesman|spokeswoman|director|chief|commissioner|envoy)$/;

/** Lower-case particles inside a person's name: "Derek da Cunha", "Ludwig van Beethoven". */
export const NAME_PARTICLE = new Set(['de', 'da', 'di', 'du', 'des', 'del', 'della', 'van', 'von', 'der', 'den', 'dos', 'das', 'la', 'le', 'bin', 'ben', 'al', 'el', 'ter', 'ten', 'y']);

/** Abbreviations that end with a period inside a name: "St. Louis", "Mt. Everest". */
export const INNER_ABBREVIATION = /^(St|Ste|Mt|Ft|Pt|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Prof|Rev)$/;

/** Demonyms compromise's lexicon lacks and no rule derives from a country name. */
export const IRREGULAR_DEMONYM = new Set([
  'spanish', 'british', 'swiss', 'welsh', 'scottish', 'irish', 'danish', 'swedish', 'finnish', 'polish', 'turkish',
  'kurdish', 'flemish', 'montenegrin', 'croat', 'serb', 'bosnian', 'slovak', 'czech', 'thai', 'arab', 'filipino',
  'basque', 'catalan', 'afghan', 'pakistani', 'bangladeshi', 'iraqi', 'kuwaiti', 'saudi', 'yemeni', 'omani', 'qatari',
  'emirati', 'somali', 'kenyan', 'zambian', 'malawian', 'zimbabwean', 'namibian', 'sudanese', 'lebanese', 'maltese',
  'portuguese', 'congolese', 'senegalese', 'vietnamese', 'burmese', 'nepali', 'greek', 'dutch', 'french', 'german',
]);
