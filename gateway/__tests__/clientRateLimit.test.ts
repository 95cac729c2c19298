import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { signToken } from '../../core/auth';
import { loadConfig } from '../../core/config';
import { createLogger } from '../../core/logging';
import { authenticateRequest } from '../http/authenticateRequest';
import { clientRateLimit } from '../http/clientRateLimit';

const jwt = loadConfig({}).jwt;
const logger = createLogger({ level: 'silent', name: 'test' });
let server: http.Server;
let url: string;

beforeAll(async () => {
  const app = express();
  app.get('/', authenticateRequest(jwt), clientRateLimit({ perMinute: 2, logger }), (_req, res) => {
    res.json({ ok: true });
  });
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function tokenOf(sub: string): string {
  return signToken({ sub, name: sub, roles: [] }, jwt, { expiresIn: 60 });
}

async function statuses(count: number, token?: string): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    await res.arrayBuffer();
    seen.push(res.status);
  }
  return seen;
}

describe('clientRateLimit', () => {
  it('limits each token subject on its own, with a GraphQL-shaped 429', async () => {
    expect(await statuses(2, tokenOf('ann'))).toEqual([200, 200]);
    const res = await fetch(url, { headers: { authorization: `Bearer ${tokenOf('ann')}` } });
    expect(res.status).toBe(429);
    expect(res.headers.get('ratelimit-policy')).toMatch(/q=2; w=60/);
    expect(res.headers.get('ratelimit')).toMatch(/r=0/);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: 'too many requests: at most 2 a minute, try again later',
          extensions: { code: 'RATE_LIMITED' },
        },
      ],
    });
    expect(await statuses(2, tokenOf('bob'))).toEqual([200, 200]);
  });

  it('limits anonymous callers (and bad tokens) by address', async () => {
    expect(await statuses(3)).toEqual([200, 200, 429]);
    expect(await statuses(1, 'abc.def.ghi')).toEqual([429]);
    expect(await statuses(1, tokenOf('carol'))).toEqual([200]);
  });
});
