/** Why a reader gave up on a file: bytes that are not text, text that breaks the format, or nothing to read. */
export type ReaderErrorCode = 'unreadable' | 'malformed' | 'empty';

export interface ReaderErrorDetails {
  code: ReaderErrorCode;
  fileName: string;
  message: string;
  /** 1-based line (text formats) where the problem was found, when it is tied to one place. */
  line?: number;
}

/**
 * The one error type readers throw. Errors are data: callers branch on `code` and show `fileName`/`line`
 * to the person who supplied the file, instead of parsing a message string.
 */
export class ReaderError extends Error {
  readonly code: ReaderErrorCode;
  readonly fileName: string;
  readonly line?: number;

  constructor(details: ReaderErrorDetails) {
    // The message stays free of the location so callers can format fileName and line their own way.
    super(details.message);
    this.name = 'ReaderError';
    this.code = details.code;
    this.fileName = details.fileName;
    if (details.line !== undefined) this.line = details.line;
  }
}
