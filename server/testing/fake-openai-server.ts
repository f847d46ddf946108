import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local OpenAI-compatible server for tests: chat completions and embeddings, with behaviour set per test
 * (a reply, malformed JSON, a delay longer than the client's timeout, an HTTP error). It records every request.
 */
export interface ChatRequestBody {
  model?: string;
  messages: Array<{ role: string; content: string }>;
  response_format?: { type: string; json_schema?: { name?: string } };
  stream?: boolean;
  tools?: unknown[];
}

export type ChatBehaviour = (body: ChatRequestBody) => { content?: string; delayMs?: number; status?: number; raw?: string };

export interface FakeOpenAiServer {
  baseUrl: string;
  requests: Array<{ path: string; body: unknown }>;
  setChat(behaviour: ChatBehaviour): void;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

function embeddingFor(text: string, dimensions: number): string {
  const vector = new Float32Array(dimensions);
  for (const [index, character] of Array.from(text).entries()) vector[(character.codePointAt(0) ?? 0) % dimensions] += 1 / (index + 1);
  return Buffer.from(vector.buffer).toString('base64');
}

export async function startFakeOpenAiServer(options: { dimensions?: number } = {}): Promise<FakeOpenAiServer> {
  const dimensions = options.dimensions ?? 8;
  const requests: FakeOpenAiServer['requests'] = [];
  let chat: ChatBehaviour = () => ({ content: 'ok' });
  const server: Server = createServer(async (request, response) => {
    const text = await readBody(request);
    let body: unknown = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const path = (request.url ?? '').replace(/\?.*$/, '');
    requests.push({ path, body });
    const send = (status: number, payload: string) => {
      if (response.destroyed) return;
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(payload);
    };
    if (path.endsWith('/embeddings')) {
      const input = (body as { input: string | string[] }).input;
      const inputs = Array.isArray(input) ? input : [input];
      send(200, JSON.stringify({ object: 'list', model: 'fake-embed', data: inputs.map((item, index) => ({ object: 'embedding', index, embedding: embeddingFor(String(item), dimensions) })), usage: { prompt_tokens: 1, total_tokens: 1 } }));
      return;
    }
    if (path.endsWith('/chat/completions')) {
      const behaviour = chat(body as ChatRequestBody);
      if (behaviour.delayMs) await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs));
      if (behaviour.status && behaviour.status >= 400) {
        send(behaviour.status, JSON.stringify({ error: { message: 'fake failure', type: 'server_error' } }));
        return;
      }
      if (behaviour.raw !== undefined) {
        send(200, behaviour.raw);
        return;
      }
      if ((body as ChatRequestBody).stream) {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        const pieces = Array.from(behaviour.content ?? '').reduce<string[]>((all, character, index) => {
          if (index % 4 === 0) all.push('');
          all[all.length - 1] += character;
          return all;
        }, []);
        for (const piece of pieces) {
          response.write(`data: ${JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 0, model: 'fake', choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`);
        }
        response.write(`data: ${JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 0, model: 'fake', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`);
        response.end('data: [DONE]\n\n');
        return;
      }
      send(200, JSON.stringify({
        id: 'chatcmpl-fake',
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: (body as ChatRequestBody).model ?? 'fake',
        choices: [{ index: 0, message: { role: 'assistant', content: behaviour.content ?? '' }, finish_reason: 'stop', logprobs: null }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      }));
      return;
    }
    send(404, JSON.stringify({ error: { message: `no route ${path}` } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    setChat(behaviour) {
      chat = behaviour;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
