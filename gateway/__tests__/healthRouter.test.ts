import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { loadConfig } from '../../core/config';
import { healthRouter } from '../health/healthRouter';

const servers: http.Server[] = [];

async function listen(handler: http.RequestListener): Promise<number> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function freePort(): Promise<number> {
  const port = await listen(() => undefined);
  const server = servers.pop();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  return port;
}

afterAll(() =>
  Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve())))),
);

async function gatewayFor(env: Record<string, string>): Promise<string> {
  const app = express();
  app.use(healthRouter(loadConfig(env).levels));
  return `http://127.0.0.1:${await listen(app)}`;
}

const healthy: http.RequestListener = (req, res) => {
  res.statusCode = req.url === '/healthz' ? 200 : 404;
  res.end('{"status":"ok"}');
};

describe('healthRouter', () => {
  it('answers liveness without asking anyone', async () => {
    const gateway = await gatewayFor({ COUNTY_PORT: String(await freePort()) });
    const res = await fetch(`${gateway}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', pid: process.pid });
  });

  it('is ready when every subgraph answers its /healthz', async () => {
    const env = {
      COUNTY_PORT: String(await listen(healthy)),
      CITY_PORT: String(await listen(healthy)),
      PROVINCE_PORT: String(await listen(healthy)),
    };
    const res = await fetch(`${await gatewayFor(env)}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ready', failing: [] });
  });

  it('is not ready, naming the failing subgraphs, when some do not answer', async () => {
    const env = {
      COUNTY_PORT: String(await listen(healthy)),
      CITY_PORT: String(await listen((_req, res) => void ((res.statusCode = 500), res.end()))),
      PROVINCE_PORT: String(await freePort()),
    };
    const res = await fetch(`${await gatewayFor(env)}/readyz`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as {
      failing: string[];
      subgraphs: { level: string; error?: string }[];
    };
    expect(body.failing).toEqual(['CITY', 'PROVINCE']);
    expect(body.subgraphs).toContainEqual({ level: 'CITY', ok: false, error: 'HTTP 500' });
    expect(body.subgraphs).toContainEqual({ level: 'PROVINCE', ok: false, error: 'unreachable' });
    expect(JSON.stringify(body)).not.toContain('127.0.0.1');
  });
});
