// A small HTTP server on 127.0.0.1 for the end-to-end suite: serves the built CDN bundle, the test pages and feeds,
// counts every request, and answers chosen paths the way a broken or hostile server would.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const e2eDir = resolve(import.meta.dirname, '..');
const projectDir = resolve(e2eDir, '../..');

/** The built CDN bundle. `E2E_CDN_DIR` points elsewhere only for local trials; CI always tests dist/cdn. */
export const CDN_DIR = resolve(projectDir, process.env.E2E_CDN_DIR ?? 'dist/cdn');
/** The CDN bundle's file name. */
export const BUNDLE = 'engaged-city-widgets.js';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
};

/** Text files of the suite in which `{{NAME}}` placeholders are replaced (e.g. `{{THIRD_PARTY}}`). */
const TEMPLATED = new Set(['.html', '.json', '.css', '.rss', '.atom']);

/** Waits `ms`, or less when the client goes away first (so that no timer outlives a test). */
const waitFor = (ms, res) =>
  new Promise((done) => {
    const timer = setTimeout(done, ms);
    res.once('close', () => {
      clearTimeout(timer);
      done();
    });
  });

/** Ready-made answers for `server.route()`. Each returns a handler `(req, res) => void | Promise<void>`. */
export const respond = {
  /** A body with a content type and status, after an optional delay. */
  body(body, { type = 'application/json; charset=utf-8', status = 200, delay = 0, headers = {}, chunked = false } = {}) {
    return async (_req, res) => {
      if (delay) await waitFor(delay, res);
      if (res.destroyed || res.writableEnded) return;
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      if (!chunked) return res.end(body);
      // Without Content-Length: the size is known only by reading the body.
      const bytes = Buffer.from(body);
      for (let start = 0; start < bytes.length && !res.destroyed; start += 65_536) {
        if (!res.write(bytes.subarray(start, start + 65_536))) await new Promise((done) => res.once('drain', done));
      }
      res.end();
    };
  },
  /** A JSON value. */
  json(value, options) {
    return respond.body(typeof value === 'string' ? value : JSON.stringify(value), options);
  },
  /** A bare status code with a short text body. */
  status(status) {
    return respond.body(`${status}`, { status, type: 'text/plain; charset=utf-8' });
  },
  /** Announces `body` in full, sends its first half, then drops the connection. */
  dropMidBody(body) {
    return (_req, res) => {
      const bytes = Buffer.from(body);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length, 'cache-control': 'no-store' });
      res.write(bytes.subarray(0, bytes.length >> 1), () => setTimeout(() => res.socket?.destroy(), 50));
    };
  },
  /** `handler`'s answer, `ms` later. */
  delayed(ms, handler) {
    return async (req, res, server) => {
      await waitFor(ms, res);
      if (!res.destroyed && !res.writableEnded) await handler(req, res, server);
    };
  },
  /** A file of the suite (test/e2e/<path>), with extra headers (e.g. a CSP). */
  file(path, headers = {}) {
    return (req, res, server) => server.sendFile(res, resolve(e2eDir, path), headers);
  },
};

/**
 * Starts a server on 127.0.0.1 at a random port.
 * - `mounts`: URL prefix → directory (`/cdn/`, `/a/` and `/b/` serve the CDN bundle, `/pages/` and `/feeds/` the suite's
 *   files by default; pass `{}` for a server that only counts, like the stand-in for third parties).
 * - `substitutions`: `{ NAME: value }` replaces `{{NAME}}` in the suite's HTML, JSON and CSS files.
 * Every request is recorded in `server.requests` (`path` is pathname + search).
 */
export async function startServer({ mounts, substitutions = {} } = {}) {
  const mounted = Object.entries(
    mounts ?? {
      '/cdn/': CDN_DIR,
      '/a/': CDN_DIR,
      '/b/': CDN_DIR,
      '/pages/': resolve(e2eDir, 'pages'),
      '/feeds/': resolve(e2eDir, 'feeds'),
    },
  );
  // Browsers ask for a favicon on their own; answer it quietly so the console stays clean.
  const routes = new Map([['/favicon.ico', (_req, res) => res.writeHead(204).end()]]);
  const requests = [];

  const server = {
    origin: '',
    requests,
    substitutions,
    /** The absolute URL of `path` on this server. */
    url: (path) => new URL(path, server.origin).href,
    /** Answers `path` (pathname, exact) with `handler`, e.g. one of `respond`. */
    route(path, handler) {
      routes.set(path, handler);
      return server.url(path);
    },
    /** How many requests asked for `path` (pathname + search, or pathname alone when `path` has no `?`), or all. */
    count(path) {
      if (path === undefined) return requests.length;
      return requests.filter((request) => (path.includes('?') ? request.path : request.pathname) === path).length;
    },
    /** Sends a file, with `{{NAME}}` substituted in the suite's text files. */
    async sendFile(res, file, headers = {}) {
      let body;
      try {
        body = await readFile(file);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const extension = extname(file);
      if (TEMPLATED.has(extension) && file.startsWith(e2eDir + sep)) {
        body = body.toString('utf8').replace(/\{\{([A-Z_]+)\}\}/g, (match, name) => server.substitutions[name] ?? match);
      }
      res.writeHead(200, { 'content-type': TYPES[extension] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers });
      res.end(body);
    },
    close() {
      http.closeAllConnections();
      return new Promise((done) => http.close(() => done()));
    },
  };

  const http = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ method: req.method, path: url.pathname + url.search, pathname: url.pathname });
    res.on('error', () => {});
    try {
      const route = routes.get(url.pathname);
      if (route) return await route(req, res, server);
      for (const [prefix, dir] of mounted) {
        if (!url.pathname.startsWith(prefix)) continue;
        const file = resolve(dir, decodeURIComponent(url.pathname.slice(prefix.length)));
        if (file.startsWith(dir + sep)) return await server.sendFile(res, file);
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } catch {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    }
  });
  http.on('clientError', (_error, socket) => socket.destroy());
  await new Promise((done) => http.listen(0, '127.0.0.1', done));
  server.origin = `http://127.0.0.1:${http.address().port}`;
  return server;
}

/**
 * The two servers most tests need: `site` (the page, the bundle, the feeds) and `thirdParty`, a server on another
 * origin that stands in for every other host on the internet and must see no request at all. Feeds and pages name it
 * as `{{THIRD_PARTY}}`.
 */
export async function startSites() {
  const thirdParty = await startServer({ mounts: {} });
  const site = await startServer({ substitutions: { THIRD_PARTY: thirdParty.origin } });
  return {
    site,
    thirdParty,
    close: () => Promise.all([site.close(), thirdParty.close()]),
  };
}
