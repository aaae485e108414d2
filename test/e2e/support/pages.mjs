// Test pages made on the fly, for the variants a static page in pages/ would only repeat.
import { BUNDLE } from './server.mjs';

/**
 * A small, valid HTML document (language, title, main landmark, heading) that loads the CDN bundle from `bundle`
 * and holds `body` inside <main>. `head` adds to the head (e.g. a stylesheet link).
 */
export function htmlPage({ title = 'Testseite', body = '', head = '', bundle = `/cdn/${BUNDLE}`, lang = 'de' } = {}) {
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <link rel="stylesheet" href="/pages/layout.css">
  ${head}
  <script type="module" src="${bundle}"></script>
</head>
<body>
  <main>
    <h1>${title}</h1>
    ${body}
  </main>
</body>
</html>`;
}

/** Answers with an HTML page (for `server.route()`). */
export function servePage(page, headers = {}) {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
    res.end(page);
  };
}
