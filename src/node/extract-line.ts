/**
 * One JSON line in, one JSON line out: the unit of work of `newsclaims extract --jsonl`. Pure, so
 * the worker thread is a thin shell around it and tests can call it directly.
 *
 * Input line:  {"id": ..., "text": "...", "date"?: "YYYY-MM-DD", "title"?: "..."}
 * Output line: {"id": ..., "result": ExtractResult}  or, on failure,
 *              {"id"?: ..., "file"?: ..., "line": n, "code": ..., "error": "..."}
 * An error line always says where its input was (line number, and file unless it came from
 * stdin), because a line that is not JSON has no id to report.
 */
// The package by its name: the built worker imports dist/index.js instead of holding a copy of it.
import { extract, NewsclaimsError } from 'newsclaims';

/** Where an input line came from. */
export interface LineOrigin {
  /** 1-based line number within its input. */
  line: number;
  /** The input file, or undefined for standard input. */
  file?: string;
}

export interface LineOutcome {
  /** The output line, without its newline. */
  out: string;
  ok: boolean;
}

/** Error codes of a line that never reached extract(). */
export type LineErrorCode = 'BAD_JSON' | 'BAD_LINE';

export function extractLine(raw: string, origin: LineOrigin, defaultDate?: string): LineOutcome {
  let input: unknown;
  try {
    input = JSON.parse(raw);
  } catch (e) {
    return failure(origin, undefined, 'BAD_JSON', `not JSON: ${(e as Error).message}`);
  }
  if (!input || typeof input !== 'object' || Array.isArray(input)) return failure(origin, undefined, 'BAD_LINE', 'a line must be a JSON object {id, text, date?, title?}');
  const { id, text, date, title } = input as { id?: unknown; text?: unknown; date?: unknown; title?: unknown };
  if (typeof id !== 'string' && typeof id !== 'number') return failure(origin, undefined, 'BAD_LINE', 'the line has no "id" (a string or number)');
  if (date !== undefined && typeof date !== 'string') return failure(origin, id, 'BAD_LINE', '"date" must be a YYYY-MM-DD string');
  if (title !== undefined && typeof title !== 'string') return failure(origin, id, 'BAD_LINE', '"title" must be a string');
  try {
    const referenceDate = date ?? defaultDate;
    const result = extract(text as string, { ...(referenceDate === undefined ? {} : { referenceDate }), ...(title === undefined ? {} : { title }) });
    return { out: JSON.stringify({ id, result }), ok: true };
  } catch (e) {
    if (e instanceof NewsclaimsError) return failure(origin, id, e.code, e.message);
    // Anything else is a bug in newsclaims or a library under it: report it on this line, go on.
    return failure(origin, id, 'INTERNAL', e instanceof Error ? e.message : String(e));
  }
}

function failure(origin: LineOrigin, id: string | number | undefined, code: string, error: string): LineOutcome {
  const where = origin.file === undefined ? { line: origin.line } : { file: origin.file, line: origin.line };
  return { out: JSON.stringify(id === undefined ? { ...where, code, error } : { id, ...where, code, error }), ok: false };
}
