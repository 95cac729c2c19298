import path from 'node:path';

export interface PlaygroundAsset {
  file: string;
  contentType: string;
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

function packageFile(pkg: string, file: string): string {
  // The package roots, not the files: react's `exports` hides its umd/ builds from require.resolve.
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

/**
 * Everything the playground page loads, by the name it is served under
 * (`/playground/assets/<name>`). A fixed list: nothing else of node_modules
 * is reachable over HTTP, and nothing is loaded from a CDN.
 */
export function playgroundAssets(browserDir: string): ReadonlyMap<string, PlaygroundAsset> {
  return new Map(
    Object.entries({
      'react.production.min.js': {
        file: packageFile('react', 'umd/react.production.min.js'),
        contentType: JS,
      },
      'react-dom.production.min.js': {
        file: packageFile('react-dom', 'umd/react-dom.production.min.js'),
        contentType: JS,
      },
      'graphiql.min.js': { file: packageFile('graphiql', 'graphiql.min.js'), contentType: JS },
      'graphiql.min.css': { file: packageFile('graphiql', 'graphiql.min.css'), contentType: CSS },
      'playground.js': { file: path.join(browserDir, 'playground.js'), contentType: JS },
      'playground.css': { file: path.join(browserDir, 'playground.css'), contentType: CSS },
    }),
  );
}
