/**
 * What kind of thing a name is, said by the noun that heads an apposition after it ("Doki Doki, a
 * dessert shop"; "Ana Ruiz, a lawyer"; "Kestrelton, a town"). The tagger reads the kind, not the
 * noun, so what it learns from the heads that training news has ("company", "spokesman", "town")
 * carries to the ones it lacks ("shop", "bakery"). General news vocabulary, no names.
 */
export type HeadKind = 'org' | 'person' | 'place';

const ORGANISATIONS = [
  'agency', 'airline', 'alliance', 'association', 'band', 'bank', 'bakery', 'bar', 'board', 'bookshop', 'bookstore',
  'brand', 'broadcaster', 'business', 'cafe', 'carrier', 'chain', 'charity', 'club', 'coalition', 'college',
  'commission', 'committee', 'company', 'conglomerate', 'consortium', 'cooperative', 'council', 'court', 'daily',
  'department', 'developer', 'distributor', 'division', 'exchange', 'exporter', 'federation', 'firm', 'foundation',
  'fund', 'group', 'hospital', 'hotel', 'importer', 'institute', 'insurer', 'label', 'league', 'lender', 'magazine',
  'maker', 'manufacturer', 'ministry', 'network', 'newspaper', 'nonprofit', 'operator', 'organisation',
  'organization', 'outlet', 'party', 'producer', 'publisher', 'regulator', 'restaurant', 'retailer', 'school',
  'service', 'shop', 'startup', 'station', 'store', 'studio', 'subsidiary', 'supplier', 'team', 'union', 'unit',
  'university', 'utility', 'website', 'weekly',
];

const PEOPLE = [
  'actor', 'actress', 'ambassador', 'analyst', 'attorney', 'author', 'candidate', 'champion', 'chairman', 'chairwoman',
  'coach', 'colleague', 'defendant', 'diplomat', 'director', 'doctor', 'economist', 'envoy', 'executive', 'farmer',
  'founder', 'goalkeeper', 'governor', 'journalist', 'judge', 'lawyer', 'leader', 'manager', 'mayor', 'member',
  'minister', 'native', 'nominee', 'officer', 'official', 'owner', 'plaintiff', 'player', 'president', 'professor',
  'prosecutor', 'reporter', 'researcher', 'resident', 'scientist', 'senator', 'singer', 'spokesman', 'spokesperson',
  'spokeswoman', 'striker', 'student', 'suspect', 'veteran', 'victim', 'witness', 'worker', 'writer',
];

const PLACES = [
  'area', 'border', 'capital', 'city', 'country', 'county', 'district', 'enclave', 'island', 'kingdom', 'lake',
  'mountain', 'nation', 'neighborhood', 'neighbourhood', 'port', 'province', 'region', 'republic', 'resort', 'river',
  'state', 'suburb', 'territory', 'town', 'valley', 'village',
];

export const HEAD_KINDS: ReadonlyMap<string, HeadKind> = new Map([
  ...ORGANISATIONS.map((w) => [w, 'org'] as const),
  ...PEOPLE.map((w) => [w, 'person'] as const),
  ...PLACES.map((w) => [w, 'place'] as const),
]);
