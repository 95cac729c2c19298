import type { PlaygroundTab } from './playgroundTab';

export const PLAYGROUND_ASSETS_PATH = '/playground/assets';

/**
 * Only the gateway's own origin: scripts and styles are files it serves (no
 * inline script, no CDN), fonts and icons are data: URIs inside GraphiQL's
 * CSS, and the page talks to nothing but the gateway's /graphql.
 */
export const PLAYGROUND_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface PlaygroundPageOptions {
  /** Path of the GraphQL endpoint the playground sends operations to. */
  endpoint: string;
  tabs: PlaygroundTab[];
}

/**
 * The playground's HTML. Settings travel in a JSON data block (not executed,
 * so the CSP needs no 'unsafe-inline'); `<` is escaped so no example text can
 * close the block.
 */
export function renderPlaygroundPage({ endpoint, tabs }: PlaygroundPageOptions): string {
  const settings = JSON.stringify({ endpoint, tabs }).replace(/</g, '\\u003c');
  const asset = (name: string) => `${PLAYGROUND_ASSETS_PATH}/${name}`;
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>govhub GraphQL playground</title>
    <link rel="stylesheet" href="${asset('graphiql.min.css')}" />
    <link rel="stylesheet" href="${asset('playground.css')}" />
  </head>
  <body>
    <div id="graphiql">Loading the playground…</div>
    <script type="application/json" id="playground-settings">${settings}</script>
    <script src="${asset('react.production.min.js')}"></script>
    <script src="${asset('react-dom.production.min.js')}"></script>
    <script src="${asset('graphiql.min.js')}"></script>
    <script src="${asset('playground.js')}"></script>
  </body>
</html>
`;
}
