// Stability: from the moment an element is put on the page until it shows its data, nothing on the page moves
// (cumulative layout shift 0): the element reserves its final size while it loads.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage } from './support/browser.mjs';
import { htmlPage, servePage } from './support/pages.mjs';
import { respond, startSites } from './support/server.mjs';

/** The feed arrives a little later, so that the loading state is surely painted first. */
const FEED = '/stability/feed.json';

/** The elements as a page would write them: tag and attributes, and the status each ends in. */
const CASES = [
  { name: 'the map', tag: 'engaged-city-map', attributes: {} },
  { name: 'the map as a list', tag: 'engaged-city-map', attributes: { view: 'list' } },
  { name: 'the badge', tag: 'partnership-badge', attributes: { member: 'e2e-stadt' } },
  { name: 'the compact badge, small', tag: 'partnership-badge', attributes: { member: 'e2e-stadt', variant: 'compact', size: 's' } },
  { name: 'the seal, large', tag: 'partnership-badge', attributes: { member: 'e2e-stadt', variant: 'seal', size: 'l' } },
  // The feed has three news items: with `limit` 2 the element knows how many it will show, and a "show more" button.
  { name: 'the news', tag: 'network-news', attributes: { limit: '2' } },
  { name: 'the news as cards', tag: 'network-news', attributes: { layout: 'cards', limit: '2' } },
  { name: 'the compact news', tag: 'network-news', attributes: { layout: 'compact', limit: '2' } },
];

describe('Stability', () => {
  let browser;
  let sites;
  before(async () => {
    // The browser first: when it cannot start (or the bundle is not built), no server is left running.
    browser = await launchBrowser();
    sites = await startSites();
    sites.site.route(FEED, respond.delayed(400, respond.file('feeds/network.json')));
    sites.site.route(
      '/stability/page.html',
      servePage(htmlPage({ title: 'Keine Layoutverschiebung', body: '<p>Text über dem Element.</p><div id="slot"></div><p id="below">Text unter dem Element: er darf sich nicht bewegen.</p>' })),
    );
  });
  after(async () => {
    await browser?.close();
    await sites?.close();
  });

  for (const { name, tag, attributes } of CASES) {
    it(`${name} causes no layout shift from insertion to ready`, async () => {
      const { page, close } = await openPage(browser, sites.site.url('/stability/page.html'));
      try {
        const result = await page.evaluate(
          async ([tag, attributes, src]) => {
            await customElements.whenDefined(tag);
            const shifts = [];
            let started = Infinity;
            const observer = new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) {
                if (entry.startTime < started || entry.hadRecentInput) continue;
                shifts.push({ value: entry.value, sources: entry.sources.map((source) => source.node?.nodeName ?? '?') });
              }
            });
            observer.observe({ type: 'layout-shift', buffered: true });
            const element = document.createElement(tag);
            for (const [attribute, value] of Object.entries({ src, ...attributes })) element.setAttribute(attribute, value);
            document.querySelector('#slot').append(element);
            // The insertion itself moves the text below (that is the page's doing); what counts is every frame after
            // the first one, which shows the element in its loading state.
            const loadingHeight = await new Promise((done) =>
              requestAnimationFrame(() => requestAnimationFrame(() => done(element.getBoundingClientRect().height))),
            );
            started = performance.now();
            await new Promise((done, fail) => {
              const deadline = setTimeout(() => fail(new Error(`still ${element.getAttribute('status')} after 8 s`)), 8000);
              const check = () => (element.getAttribute('status') === 'loading' ? setTimeout(check, 20) : (clearTimeout(deadline), done()));
              check();
            });
            await element.updateComplete;
            // Let whatever the data caused be laid out, painted and reported.
            await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 250))));
            observer.disconnect();
            return {
              status: element.getAttribute('status'),
              loadingHeight,
              readyHeight: element.getBoundingClientRect().height,
              cls: shifts.reduce((sum, shift) => sum + shift.value, 0),
              shifts,
            };
          },
          [tag, attributes, FEED],
        );
        assert.notEqual(result.status, 'error');
        assert.equal(result.cls, 0, `layout shifts ${JSON.stringify(result.shifts)}; height while loading ${result.loadingHeight} px, when ready ${result.readyHeight} px`);
      } finally {
        await close();
      }
    });
  }
});

// Before the script has run: an undefined element is an inline element one line high. On a slow connection the page is
// painted before the script arrives, and when it defines the elements everything below them would jump (0.5 of layout
// shift for a map above the fold). dist/cdn/engaged-city-widgets.css, linked in the page's head (README), gives each
// undefined element the box it has while loading.
describe('Stability before the script has run', () => {
  let browser;
  let sites;
  /** Each element in its own box, whose width the test sets; a feed that does not answer keeps them loading. */
  const ELEMENTS = [
    '<engaged-city-map></engaged-city-map>',
    '<engaged-city-map lang="en"></engaged-city-map>',
    '<engaged-city-map controls="none"></engaged-city-map>',
    '<engaged-city-map view="list"></engaged-city-map>',
    '<partnership-badge member="e2e-stadt"></partnership-badge>',
    '<partnership-badge member="e2e-stadt" variant="compact" size="s"></partnership-badge>',
    '<partnership-badge member="e2e-stadt" variant="Seal" size="l"></partnership-badge>',
    '<network-news></network-news>',
    '<network-news layout="compact" limit="3"></network-news>',
    '<network-news layout="cards" limit="2"></network-news>',
    '<network-news limit="30"></network-news>',
  ];
  const FLEX_ROW = ['<engaged-city-map></engaged-city-map>', '<network-news></network-news>'];
  const ALL = [...ELEMENTS, ...FLEX_ROW.map((element) => `${element} in a flex row`)];
  const WIDTHS = [320, 400, 600, 1024];
  const FALLBACK = '<a href="https://www.engagiertestadt.de/">Netzwerk Engagierte Stadt</a>';
  before(async () => {
    browser = await launchBrowser();
    sites = await startSites();
    sites.site.route('/before-definition/hang.json', respond.delayed(60_000, respond.file('feeds/network.json')));
    const withFeed = (element) => element.replace('>', ` src="/before-definition/hang.json">${FALLBACK}`);
    // Each element in a box of its own, and the map and the news also in a flex row beside a column of text, where
    // the page sizes them to their content.
    const body = [
      ...ELEMENTS.map((element) => `<div class="box">${withFeed(element)}</div>`),
      ...FLEX_ROW.map((element) => `<div class="box" style="display: flex">${withFeed(element)}<p style="flex: 0 0 150px; margin: 0">Text daneben</p></div>`),
    ].join('\n');
    sites.site.route(
      '/before-definition/page.html',
      servePage(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Vor dem Skript</title>
        <link rel="stylesheet" href="/cdn/engaged-city-widgets.css"><style>.hide-on-phones { display: none }</style></head><body><main>${body}</main></body></html>`),
    );
  });
  after(async () => {
    await browser?.close();
    await sites?.close();
  });

  it('with the package stylesheet, every element has its loading size before the script defines it', async () => {
    const { page, close } = await openPage(browser, sites.site.url('/before-definition/page.html'));
    try {
      const sizes = () =>
        page.evaluate((widths) =>
          widths.map((width) => {
            for (const box of document.querySelectorAll('.box')) box.style.width = `${width}px`;
            return [...document.querySelectorAll('.box > :not(p)')].map((element) => {
              const { width: w, height: h } = element.getBoundingClientRect();
              return [w, h];
            });
          }), WIDTHS);
      const before = await sizes();
      assert.equal(await page.evaluate(() => document.querySelectorAll(':not(:defined)').length), ALL.length);
      // A page's `hidden`, and a rule of the page's own, still hide one.
      assert.deepEqual(await page.evaluate(() => {
        const element = document.querySelector('.box > *');
        element.hidden = true;
        const hidden = element.getBoundingClientRect().height;
        element.hidden = false;
        element.classList.add('hide-on-phones');
        const byThePage = element.getBoundingClientRect().height;
        element.classList.remove('hide-on-phones');
        return [hidden, byThePage];
      }), [0, 0]);
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.type = 'module';
        script.src = '/cdn/engaged-city-widgets.js';
        document.head.append(script);
      });
      await page.waitForFunction(() => [...document.querySelectorAll('.box > :not(p)')].every((element) => element.shadowRoot?.childElementCount && element.getAttribute('status') === 'loading'));
      const loading = await sizes();
      const differences = [];
      WIDTHS.forEach((width, w) =>
        ALL.forEach((element, e) => {
          const [[bw, bh], [lw, lh]] = [before[w][e], loading[w][e]];
          if (Math.abs(bw - lw) > 0.5 || Math.abs(bh - lh) > 0.5) differences.push(`${element} at ${width} px: ${bw}×${bh} before the script, ${lw}×${lh} while loading`);
        }),
      );
      assert.deepEqual(differences, []);
    } finally {
      await close();
    }
  });
});
