import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { signToken } from '../../core/auth';
import { loadConfig } from '../../core/config';
import { authenticateRequest } from '../http/authenticateRequest';
import { requestAuth } from '../http/requestAuth';

const jwt = loadConfig({}).jwt;
let server: http.Server;
let url: string;

beforeAll(async () => {
  const app = express();
  app.get('/', authenticateRequest(jwt), (_req, res) => {
    res.json(requestAuth(res));
  });
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function verdictFor(authorization?: string): Promise<unknown> {
  const res = await fetch(url, { headers: authorization ? { authorization } : {} });
  expect(res.status).toBe(200);
  return res.json();
}

describe('authenticateRequest', () => {
  it('records an anonymous caller', async () => {
    expect(await verdictFor()).toEqual({ ok: true, principal: null });
  });

  it('records the principal of a valid token', async () => {
    const principal = { sub: 'dana', name: 'Dana', roles: [] };
    const authorization = `Bearer ${signToken(principal, jwt, { expiresIn: 60 })}`;
    expect(await verdictFor(authorization)).toEqual({ ok: true, authorization, principal });
  });

  it('records why a token is refused, and lets the request go on', async () => {
    expect(await verdictFor('Bearer abc.def.ghi')).toEqual({
      ok: false,
      authorization: 'Bearer abc.def.ghi',
      reason: 'invalid token: malformed',
    });
  });
});
