// A tiny static file server for the Node tests: serves folders on 127.0.0.1 (a free port), and pages given as strings.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Starts a server. `mounts` maps a URL prefix (`/`, `/cdn/`) to a folder; `pages` maps an exact path to an HTML
 * string. `cache: true` lets the browser keep files (for many page loads of one unchanging build). Resolves to
 * `{ origin, close() }`.
 * @param {{ mounts?: Record<string, string>, pages?: Record<string, string>, cache?: boolean }} options
 */
export async function serveStatic({ mounts = {}, pages = {}, cache = false } = {}) {
  const cacheControl = cache ? 'max-age=3600' : 'no-store';
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (Object.hasOwn(pages, path)) {
      response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      response.end(pages[path]);
      return;
    }
    const prefix = prefixes.find((candidate) => path.startsWith(candidate));
    if (prefix === undefined) return notFound(response);
    const root = mounts[prefix];
    const file = normalize(join(root, path.slice(prefix.length)));
    if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return notFound(response);
    let target = file;
    try {
      if (statSync(target).isDirectory()) target = join(target, 'index.html');
      statSync(target);
    } catch {
      return notFound(response);
    }
    response.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream', 'cache-control': cacheControl });
    createReadStream(target).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(resolve);
    }),
  };
}

function notFound(response) {
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end('Not found');
}
