/**
 * A light English stemmer for comparing claims: compare() sees only the extraction's text, not
 * wink-nlp's lemmas, and loading a model again would cost more than the whole comparison.
 * Irregular verb and noun forms are looked up; regular suffixes are stripped. It need not give real
 * lemmas, only the same stem to the forms of one word ("demands", "demanded", "demanding").
 */

/** Irregular forms common in news, each to its base. */
const IRREGULAR: Record<string, string> = Object.fromEntries(
  ('say:said,says give:gave,given take:took,taken tell:told write:wrote,written make:made win:won lose:lost ' +
    'bring:brought buy:bought sell:sold seek:sought fight:fought think:thought hold:held meet:met leave:left ' +
    'keep:kept begin:began,begun speak:spoke,spoken choose:chose,chosen rise:rose,risen fall:fell,fallen ' +
    'strike:struck go:went,gone come:came run:ran see:saw,seen know:knew,known hide:hid,hidden lead:led ' +
    'pay:paid send:sent spend:spent build:built find:found stand:stood understand:understood break:broke,broken ' +
    'steal:stole,stolen drive:drove,driven fly:flew,flown grow:grew,grown throw:threw,thrown draw:drew,drawn ' +
    'shoot:shot catch:caught teach:taught feel:felt hear:heard sit:sat get:got,gotten see:seeing forbid:forbade,forbidden ' +
    'person:people child:children man:men woman:women be:is,are,was,were,been have:has,had,having do:does,did,done')
    .split(' ')
    .flatMap((group) => {
      const [base, forms] = group.split(':') as [string, string];
      return forms.split(',').map((f) => [f, base] as const);
    }),
);

/** Words whose ending is not a suffix to strip: the s of "news", the -ment of "statement" (not "state"). */
const KEEP = new Set(['statement', 'news', 'series', 'species', 'bias', 'alias', 'chaos', 'seeing', 'being', 'thus', 'always', 'perhaps']);

/** Endings never stripped: "us", "is", "ss" are not plurals; short words keep their ending. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return trimE(irregular);
  if (w.length <= 3 || KEEP.has(w)) return trimE(w);
  let s = w;
  if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (KEEP.has(s)) return s;
  // After -ed or -ing the final e is already gone ("agreed" -> "agre"), as trimE takes it from "agree".
  const before = s;
  s = s.replace(/(ing|ed)$/, (m, _g, at: number) => (hasVowel(s.slice(0, at)) && at >= 2 ? '' : m));
  const verbEnding = s !== before;
  s = s.replace(/ly$/, (m, at: number) => (at >= 4 ? '' : m));
  s = s.replace(/ation$/, 'ate').replace(/(ss)ion$/, '$1').replace(/ment$/, (m, at: number) => (at >= 5 ? '' : m));
  // "stopped" -> "stopp" -> "stop"; "filled" keeps one l like "fill" does.
  if (/([^aeiouls])\1$/.test(s)) s = s.slice(0, -1);
  return verbEnding ? s : trimE(s);
}

/** "sue", "sued", "suing" all become "su": dropping a final e makes the forms meet. */
function trimE(s: string): string {
  return s.length > 2 && s.endsWith('e') ? s.slice(0, -1) : s;
}

function hasVowel(s: string): boolean {
  return /[aeiouy]/.test(s);
}
