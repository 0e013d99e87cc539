/**
 * A wire dateline opening a paragraph: "SPRINGFIELD, Ill. —", "WASHINGTON (AP) -", "LONDON, March 3
 * (Reuters) -". It names where the story was filed, not who did anything: the subject of the
 * sentence comes after it. Matched on the normalised text, where every dash is "-".
 */
/**
 * A place in capitals (three letters or more in its first word, up to four words), then optionally a
 * comma and a state or date of up to four words, an agency in brackets, and a dash.
 */
const DATELINE = /^[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]*){0,3}(?:, [A-Z][A-Za-z.]*(?: [A-Za-z0-9.,]+){0,3})?(?: \([A-Za-z .]{1,30}\))? ?-{1,2} /;

/** How far into a sentence a dateline may reach. */
const REACH = 120;

/**
 * The offset just past the dateline that opens `sentence` in the normalised text, or the sentence's
 * start when there is none. analyse() reads it once per sentence (AnalysedDocument.datelineEnds).
 */
export function datelineEnd(norm: string, sentence: { start: number; end: number }): number {
  const m = DATELINE.exec(norm.slice(sentence.start, Math.min(sentence.end, sentence.start + REACH)));
  return m ? sentence.start + m[0].length : sentence.start;
}
