import { describe, expect, it } from 'vitest';
import { ReaderError } from './reader-error.ts';

describe('ReaderError', () => {
  it('carries code, file name, line and a message without the location', () => {
    const error = new ReaderError({ code: 'unreadable', fileName: 'a.txt', line: 3, message: 'NUL byte' });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'ReaderError', code: 'unreadable', fileName: 'a.txt', line: 3, message: 'NUL byte' });
  });

  it('leaves line out when not given', () => {
    const error = new ReaderError({ code: 'empty', fileName: 'b.pdf', message: 'no text' });
    expect(error).toMatchObject({ code: 'empty', fileName: 'b.pdf', message: 'no text' });
    expect(error.line).toBeUndefined();
  });
});
