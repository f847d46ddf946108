import { describe, expect, it } from 'vitest';
import { HttpError } from './http-error.ts';

describe('HttpError', () => {
  it('takes its status from the code and renders the body the contract names', () => {
    const error = new HttpError('invalid_request', 'Invalid request: question is required', [{ path: ['question'], message: 'Required' }]);
    expect(error).toBeInstanceOf(Error);
    expect(error.status).toBe(400);
    expect(error.toBody()).toEqual({
      error: { code: 'invalid_request', message: 'Invalid request: question is required', issues: [{ path: ['question'], message: 'Required' }] },
    });
  });

  it('leaves issues out of the body when there are none, and carries the headers it implies', () => {
    const error = new HttpError('rate_limited', 'Too many requests; retry after 3 s', undefined, { 'Retry-After': '3' });
    expect([error.status, error.headers]).toEqual([429, { 'Retry-After': '3' }]);
    expect(error.toBody()).toEqual({ error: { code: 'rate_limited', message: 'Too many requests; retry after 3 s' } });
    expect([new HttpError('not_found', 'x').status, new HttpError('payload_too_large', 'x').status, new HttpError('internal', 'x').status]).toEqual([404, 413, 500]);
  });
});
