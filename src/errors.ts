/** The one error type newsclaims throws, with a code a caller can switch on. */
export type NewsclaimsErrorCode =
  /** extract() was given something other than a string. */
  | 'INVALID_INPUT'
  /** An option is unknown, of the wrong type, or out of range (a reference date that is no date). */
  | 'INVALID_OPTION'
  /** The input is longer than `maxLength` (default 20,000,000 UTF-16 code units). */
  | 'INPUT_TOO_LONG'
  /** compare() was given something that is not what extract() returns. */
  | 'INVALID_RESULT'
  /** compare() was given results of schema versions that cannot be compared. */
  | 'SCHEMA_MISMATCH';

/** What every bad call throws, before any work: a one-line `message`, and a `code` to switch on. */
export class NewsclaimsError extends Error {
  /** What was wrong, as one of a closed set of codes. */
  readonly code: NewsclaimsErrorCode;
  constructor(code: NewsclaimsErrorCode, message: string) {
    super(message);
    this.name = 'NewsclaimsError';
    this.code = code;
  }
}
