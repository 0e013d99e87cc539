/** The one error type newsclaims throws, with a code a caller can switch on. */
export type NewsclaimsErrorCode = 'INVALID_INPUT' | 'INVALID_OPTION' | 'INPUT_TOO_LONG';

export class NewsclaimsError extends Error {
  readonly code: NewsclaimsErrorCode;
  constructor(code: NewsclaimsErrorCode, message: string) {
    super(message);
    this.name = 'NewsclaimsError';
    this.code = code;
  }
}
