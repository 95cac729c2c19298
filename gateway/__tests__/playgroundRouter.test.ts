import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { playgroundRouter } from '../playground/playgroundRouter';

let server: http.Server;
let base: string;

beforeAll(async () => {
  const app = express();
  app.use(
    playgroundRouter({ endpoint: '/graphql', dir: path.join(__dirname, '..', 'playground') }),
  );
  app.use((_req, res) => {
    res.status(404).send('fell through');
  });
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('playgroundRouter', () => {
  it('serves GraphiQL with a strict CSP to a browser', async () => {
    const res = await fetch(`${base}/graphql`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain('/playground/assets/graphiql.min.js');
  });

  it('leaves GraphQL requests to Apollo Server', async () => {
    const asJson = await fetch(`${base}/graphql?query={__typename}`, {
      headers: { accept: 'application/json' },
    });
    const noAccept = await fetch(`${base}/graphql?query={__typename}`);
    const post = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { accept: 'text/html' },
    });
    for (const res of [asJson, noAccept, post]) expect(await res.text()).toBe('fell through');
  });

  it.each([
    ['graphiql.min.js', 'text/javascript'],
    ['graphiql.min.css', 'text/css'],
    ['react.production.min.js', 'text/javascript'],
    ['react-dom.production.min.js', 'text/javascript'],
    ['playground.js', 'text/javascript'],
  ])('serves the asset %s', async (name, type) => {
    const res = await fetch(`${base}/playground/assets/${name}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(type);
    await res.arrayBuffer();
  });

  it.each(['package.json', '..%2F..%2Fpackage.json', 'index.js'])(
    'serves nothing else: %s',
    async (name) => {
      const res = await fetch(`${base}/playground/assets/${name}`);
      expect(res.status).toBe(404);
      await res.arrayBuffer();
    },
  );
});
