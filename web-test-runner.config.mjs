// Browser tests: every test/**/*.test.ts runs in Debian's Chromium (CHROME_PATH), driven by Playwright.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { summaryReporter, defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium-args.mjs';

const executablePath = chromiumPath();

/**
 * `executeServerCommand('set-default-font-size', { px })`: the browser's default font size, as a visitor sets it in
 * the browser's settings (Chromium's DevTools protocol; `medium` in CSS). Tests set it back to 16.
 */
const defaultFontSize = {
  name: 'default-font-size',
  async executeCommand({ command, payload, session }) {
    if (command !== 'set-default-font-size') return undefined;
    const page = session.browser.getPage(session.id);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: payload.px, fixed: Math.round((payload.px * 13) / 16) } });
    await cdp.detach();
    return true;
  },
};

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**', '!test/node/**', '!test/engaged-city-map/views-unavailable.test.ts'],
  groups: [
    {
      // The map's views module cannot be loaded: the page's import map sends it to a missing URL.
      name: 'views-unavailable',
      files: 'test/engaged-city-map/views-unavailable.test.ts',
      testRunnerHtml: (testFramework) => `<!doctype html>
        <html><head>
          <script type="importmap">{ "imports": { "/src/engaged-city-map/views.ts": "/test/missing/views.js" } }</script>
        </head><body><script type="module" src="${testFramework}"></script></body></html>`,
    },
  ],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  rootDir: '.',
  concurrency: 2,
  testsFinishTimeout: 180_000,
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }), defaultFontSize],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
  reporters: [process.env.CI ? summaryReporter({ flatten: true }) : defaultReporter(), countReporter()],
};
