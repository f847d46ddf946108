import type { RequestHandler } from 'express';
import { HttpError } from './http-error.ts';

export interface Bucket {
  tokens: number;
  /** Clock reading (ms) when `tokens` was last brought up to date. */
  updatedAt: number;
}

export interface TakeResult {
  allowed: boolean;
  bucket: Bucket;
  /** Whole seconds until one token is available again; 0 when allowed. */
  retryAfterSeconds: number;
}

/**
 * Token bucket: holds at most `perMinute` tokens and refills continuously at `perMinute` per minute, so a client may
 * burst up to the limit and then proceeds at the steady rate. Pure: the caller keeps the bucket and the clock.
 */
export function takeToken(bucket: Bucket | undefined, now: number, perMinute: number): TakeResult {
  const refillPerMs = perMinute / 60_000;
  const current = bucket ?? { tokens: perMinute, updatedAt: now };
  const elapsed = Math.max(0, now - current.updatedAt);
  const tokens = Math.min(perMinute, current.tokens + elapsed * refillPerMs);
  if (tokens >= 1) {
    return { allowed: true, bucket: { tokens: tokens - 1, updatedAt: now }, retryAfterSeconds: 0 };
  }
  return {
    allowed: false,
    bucket: { tokens, updatedAt: now },
    retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / refillPerMs / 1000)),
  };
}

export interface RateLimitOptions {
  perMinute: number;
  now?: () => number;
  /** Above this many tracked clients, buckets that have refilled completely are dropped (they equal a new bucket). */
  maxTrackedClients?: number;
}

/**
 * Per client IP. The app does not trust X-Forwarded-For (Express `trust proxy` stays off), so a client cannot pick its
 * own bucket by sending a header; behind a reverse proxy, set `trust proxy` where the app is created.
 */
export function rateLimit(options: RateLimitOptions): RequestHandler {
  const now = options.now ?? (() => Date.now());
  const maxTrackedClients = options.maxTrackedClients ?? 10_000;
  const buckets = new Map<string, Bucket>();

  const forgetFullBuckets = (at: number) => {
    // An empty bucket is full again after one minute, whatever the rate.
    const msToFull = 60_000;
    for (const [key, bucket] of buckets) {
      if (at - bucket.updatedAt >= msToFull) buckets.delete(key);
    }
  };

  return (request, response, next) => {
    const key = request.ip ?? request.socket.remoteAddress ?? 'unknown';
    const at = now();
    if (buckets.size >= maxTrackedClients && !buckets.has(key)) forgetFullBuckets(at);
    const result = takeToken(buckets.get(key), at, options.perMinute);
    buckets.set(key, result.bucket);
    response.setHeader('RateLimit-Limit', String(options.perMinute));
    response.setHeader('RateLimit-Remaining', String(Math.floor(result.bucket.tokens)));
    if (!result.allowed) {
      const retryAfter = String(result.retryAfterSeconds);
      next(new HttpError('rate_limited', `Too many requests; retry after ${retryAfter} s`, undefined, { 'Retry-After': retryAfter }));
      return;
    }
    next();
  };
}
