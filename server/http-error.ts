/** The one error type of the HTTP layer. The error handler in create-app.ts renders it as `{ error: { code, message, issues? } }`. */

export type HttpErrorCode =
  | 'invalid_request'
  | 'not_found'
  | 'rate_limited'
  | 'payload_too_large'
  | 'internal';

export interface HttpErrorIssue {
  path: Array<string | number>;
  message: string;
}

const statusByCode: Record<HttpErrorCode, number> = {
  invalid_request: 400,
  not_found: 404,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
};

export class HttpError extends Error {
  readonly status: number;

  constructor(
    readonly code: HttpErrorCode,
    message: string,
    readonly issues?: HttpErrorIssue[],
    /** Extra response headers the error implies (Retry-After for rate_limited). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
    this.status = statusByCode[code];
  }

  toBody(): { error: { code: HttpErrorCode; message: string; issues?: HttpErrorIssue[] } } {
    return { error: { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) } };
  }
}
