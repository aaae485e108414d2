// A tiny static server on 127.0.0.1 for the benchmarks: serves files from `root` and in-memory routes.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.xml': 'application/xml' };

/** @param {{ root: string, routes?: Record<string, { body: string | Buffer, type?: string }> }} options */
export async function startServer({ root, routes = {} }) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    const route = routes[path];
    if (route) {
      response.writeHead(200, { 'content-type': route.type ?? TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(route.body);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
