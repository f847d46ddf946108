import type { RequestHandler } from 'express';

export interface AccessLogEntry {
  time: string;
  method: string;
  path: string;
  status: number;
  ms: number;
  ip: string;
}

/**
 * One structured entry per request, written when the response is finished (or the client went away).
 * The path is logged without its query string: questions and search terms people type stay out of the logs.
 */
export function accessLog(log: (entry: AccessLogEntry) => void, now: () => number = () => performance.now()): RequestHandler {
  return (request, response, next) => {
    const started = now();
    const time = new Date().toISOString();
    let written = false;
    const write = () => {
      if (written) return;
      written = true;
      log({
        time,
        method: request.method,
        path: request.originalUrl.split('?')[0] ?? request.originalUrl,
        status: response.statusCode,
        ms: Math.round((now() - started) * 10) / 10,
        ip: request.ip ?? request.socket.remoteAddress ?? '',
      });
    };
    response.on('finish', write);
    response.on('close', write);
    next();
  };
}
