import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { accessLog, type AccessLogEntry } from './access-log.ts';

function exchange(originalUrl: string) {
  const request = { method: 'GET', originalUrl, ip: '10.0.0.7', socket: { remoteAddress: '10.0.0.7' } } as unknown as Request;
  const response = Object.assign(new EventEmitter(), { statusCode: 200 }) as unknown as Response & EventEmitter;
  return { request, response };
}

describe('accessLog', () => {
  it('writes one entry when the response finishes, with the path but not the query string', () => {
    const entries: AccessLogEntry[] = [];
    const readings = [100, 112.34];
    const middleware = accessLog((entry) => entries.push(entry), () => readings.shift()!);
    const { request, response } = exchange('/api/search?q=%E5%85%AC%E5%8A%A1%E7%94%A8%E8%BD%A6&k=5');
    let nextCalls = 0;
    middleware(request, response, () => (nextCalls += 1));
    expect(nextCalls).toBe(1);
    expect(entries).toEqual([]);
    response.statusCode = 404;
    response.emit('finish');
    response.emit('close');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ method: 'GET', path: '/api/search', status: 404, ms: 12.3, ip: '10.0.0.7' });
  });

  it('still writes the entry when the client goes away before the response finishes', () => {
    const entries: AccessLogEntry[] = [];
    const middleware = accessLog((entry) => entries.push(entry), () => 0);
    const { request, response } = exchange('/api/ask');
    middleware(request, response, () => {});
    response.emit('close');
    expect(entries.map((entry) => entry.path)).toEqual(['/api/ask']);
  });
});
