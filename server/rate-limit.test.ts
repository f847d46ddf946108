import { describe, expect, it } from 'vitest';
import { takeToken } from './rate-limit.ts';

describe('takeToken', () => {
  it('starts a new client with a full bucket and takes one token', () => {
    expect(takeToken(undefined, 1_000, 60)).toEqual({ allowed: true, bucket: { tokens: 59, updatedAt: 1_000 }, retryAfterSeconds: 0 });
  });

  it('refuses an empty bucket and says when one token will be back', () => {
    // 60 per minute refills one token per second; 0.25 left means 0.75 s, rounded up to 1 s.
    expect(takeToken({ tokens: 0.25, updatedAt: 0 }, 0, 60)).toEqual({
      allowed: false,
      bucket: { tokens: 0.25, updatedAt: 0 },
      retryAfterSeconds: 1,
    });
    // 2 per minute: one token every 30 s.
    expect(takeToken({ tokens: 0, updatedAt: 0 }, 0, 2).retryAfterSeconds).toBe(30);
  });

  it('refills with elapsed time and never above the limit', () => {
    expect(takeToken({ tokens: 0, updatedAt: 0 }, 30_000, 2)).toEqual({ allowed: true, bucket: { tokens: 0, updatedAt: 30_000 }, retryAfterSeconds: 0 });
    expect(takeToken({ tokens: 0, updatedAt: 0 }, 3_600_000, 2).bucket.tokens).toBe(1);
  });

  it('ignores a clock that goes backwards instead of minting tokens', () => {
    expect(takeToken({ tokens: 0, updatedAt: 10_000 }, 5_000, 60).allowed).toBe(false);
  });
});
