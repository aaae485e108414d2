// Access: zero axe violations in every state, a keyboard-only journey through each element, reflow at 320 px and at
// 200 % zoom, forced colours and reduced motion.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, settle, waitForStatus } from './support/browser.mjs';
import { focusedElement } from './support/dom.mjs';
import { htmlPage, servePage } from './support/pages.mjs';
import { respond, startSites } from './support/server.mjs';

const FEED = '/feeds/network.json';
const MISSING = '/feeds/does-not-exist.json';
const SLOW = '/access/slow.json';

/** Pages of elements in each of their states, and the status each element must reach before axe runs. */
const STATES = {
  ready: {
    body: `
      <h2>Karte, Abzeichen und Nachrichten</h2>
      <engaged-city-map id="map" src="${FEED}" loading="eager"></engaged-city-map>
      <engaged-city-map id="details" src="${FEED}" selected="marburg" controls="none" shading="members" loading="eager"></engaged-city-map>
      <partnership-badge id="badge" src="${FEED}" member="e2e-stadt"></partnership-badge>
      <partnership-badge id="compact" src="${FEED}" member="e2e-stadt" variant="compact" size="s"></partnership-badge>
      <partnership-badge id="seal" src="${FEED}" member="e2e-stadt" variant="seal" size="l"></partnership-badge>
      <network-news id="news" src="${FEED}" limit="2"></network-news>
      <network-news id="cards" src="${FEED}" layout="cards" theme="dark"></network-news>
      <network-news id="compact-news" src="${FEED}" layout="compact" lang="en"></network-news>`,
    statuses: { '#map': 'ready', '#details': 'ready', '#badge': 'ready', '#compact': 'ready', '#seal': 'ready', '#news': 'ready', '#cards': 'ready', '#compact-news': 'ready' },
  },
  'list view': {
    body: `
      <h2>Die Mitglieder als Liste</h2>
      <engaged-city-map id="list" src="${FEED}" view="list" loading="eager"></engaged-city-map>`,
    statuses: { '#list': 'ready' },
  },
  'two maps on one page': {
    body: `
      <h2>Zwei Karten</h2>
      <engaged-city-map id="east" src="${FEED}" region="DE-ST DE-TH DE-SN" loading="eager"></engaged-city-map>
      <engaged-city-map id="west" src="${FEED}" region="DE-HE DE-NI" view="list" loading="eager"></engaged-city-map>`,
    statuses: { '#east': 'ready', '#west': 'ready' },
  },
  loading: {
    body: `
      <h2>Karte, Abzeichen und Nachrichten</h2>
      <engaged-city-map id="map" src="${SLOW}" loading="eager"></engaged-city-map>
      <partnership-badge id="badge" src="${SLOW}" member="e2e-stadt"></partnership-badge>
      <network-news id="news" src="${SLOW}"></network-news>`,
    statuses: { '#map': 'loading', '#badge': 'loading', '#news': 'loading' },
  },
  error: {
    body: `
      <h2>Karte, Abzeichen und Nachrichten</h2>
      <engaged-city-map id="map" src="${MISSING}" loading="eager"></engaged-city-map>
      <engaged-city-map id="fallback" src="${MISSING}" loading="eager"><p>Die Karte ist nicht verfügbar. <a href="https://www.engagiertestadt.de/">Zum Netzwerk</a></p></engaged-city-map>
      <partnership-badge id="badge" src="${MISSING}" member="e2e-stadt"></partnership-badge>
      <network-news id="news" src="${MISSING}"></network-news>`,
    statuses: { '#map': 'error', '#fallback': 'error', '#badge': 'error', '#news': 'error' },
  },
  'empty, unverified and not found': {
    body: `
      <h2>Karte, Abzeichen und Nachrichten</h2>
      <engaged-city-map id="map" src="${FEED}" region="DE-SH" loading="eager"></engaged-city-map>
      <network-news id="news" src="${FEED}" tag="gibt-es-nicht"></network-news>
      <partnership-badge id="unverified" src="${FEED}" member="marburg"></partnership-badge>
      <partnership-badge id="not-found" src="${FEED}" member="gibt-es-nicht"></partnership-badge>`,
    statuses: { '#map': 'empty', '#news': 'empty', '#unverified': 'unverified', '#not-found': 'not-found' },
  },
};

describe('Access', () => {
  let browser;
  let sites;
  let axeSource;
  before(async () => {
    browser = await launchBrowser();
    sites = await startSites();
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    sites.site.route(SLOW, respond.delayed(60_000, respond.file('feeds/network.json')));
    for (const [name, state] of Object.entries(STATES)) {
      sites.site.route(`/access/${slug(name)}.html`, servePage(htmlPage({ title: `Zustand: ${name}`, body: state.body })));
    }
  });
  after(async () => {
    await browser?.close();
    await sites?.close();
  });

  /**
   * Runs axe on the whole page (it looks into open shadow roots) and lists the violations, one line each. Pages put
   * the elements under an <h2>, as the elements' documentation asks (their headings are <h3> by default).
   */
  async function axeViolations(page, rules = {}) {
    await page.addScriptTag({ content: axeSource });
    const results = await page.evaluate((rules) => window.axe.run(document, { resultTypes: ['violations'], rules }), rules);
    return results.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' → ')} – ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
    );
  }

  async function openState(name, options = {}) {
    const opened = await openPage(browser, sites.site.url(`/access/${slug(name)}.html`), options);
    await waitForStatus(opened.page, STATES[name].statuses);
    await settle(opened.page);
    return opened;
  }

  for (const name of Object.keys(STATES)) {
    it(`axe finds no violation in the ${name} state`, async () => {
      const { page, close } = await openState(name);
      try {
        assert.deepEqual(await axeViolations(page), []);
      } finally {
        await close();
      }
    });
  }

  it('gives screen readers no blank text: the accessibility tree holds no text of spaces only', async () => {
    const { page, close } = await openState('ready');
    try {
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const blank = nodes.filter((node) => node.role?.value === 'StaticText' && !node.ignored && /^[\s\u200b]+$/.test(node.name?.value ?? ''));
      assert.deepEqual(blank.map((node) => JSON.stringify(node.name.value.slice(0, 12))), []);
    } finally {
      await close();
    }
  });

  it('axe finds no violation with the badge’s proof open and a member’s details open', async () => {
    const { page, close } = await openState('ready');
    try {
      await page.locator('#badge').getByRole('button').first().click();
      await page.locator('#map').getByRole('button', { name: /Teststadt/ }).first().click();
      await settle(page);
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await close();
    }
  });

  for (const [emulation, options] of Object.entries({
    'forced colours': { forcedColors: 'active' },
    'reduced motion': { reducedMotion: 'reduce' },
  })) {
    it(`with ${emulation}, every element renders and axe finds no violation`, async () => {
      const { page, close } = await openState('ready', options);
      try {
        const heights = await page.evaluate(() =>
          Array.from(document.querySelectorAll('main > [id]'), (element) => [element.id, element.getBoundingClientRect().height]),
        );
        for (const [id, height] of heights) assert.ok(height >= 24, `#${id} is rendered (${height} px high)`);
        // Under forced colours the visitor's system colours decide the contrast; axe reads the page's own colours
        // there and reports contrasts that are never painted, so its contrast rule does not apply.
        assert.deepEqual(await axeViolations(page, options.forcedColors ? { 'color-contrast': { enabled: false } } : {}), []);
        if (options.forcedColors) {
          const { checked, problems } = await unreadableButtons(page);
          assert.ok(checked >= 5, `${checked} buttons checked`);
          assert.deepEqual(problems, []);
        }
      } finally {
        await close();
      }
    });
  }

  for (const width of [320, 640]) {
    it(`reflows at ${width} px${width === 640 ? ' (a 1280 px window at 200 % zoom)' : ''}: no horizontal scrolling, nothing cut off`, async () => {
      const { page, close } = await openState('ready', { viewport: { width, height: 800 }, deviceScaleFactor: width === 640 ? 2 : 1 });
      try {
        const overflow = await page.evaluate((width) => {
          const problems = [];
          const scrollWidth = document.scrollingElement.scrollWidth;
          if (scrollWidth > width) problems.push(`the page scrolls sideways: ${scrollWidth} px wide`);
          for (const element of document.querySelectorAll('main > [id]')) {
            const base = element.shadowRoot?.querySelector('[part~="base"]');
            if (!base) continue;
            if (base.scrollWidth > base.clientWidth + 1) problems.push(`#${element.id}: content ${base.scrollWidth} px wide in ${base.clientWidth} px`);
            for (const child of base.querySelectorAll('*')) {
              const box = child.getBoundingClientRect();
              if (box.width > 0 && box.right > width + 0.5 && getComputedStyle(child).visibility !== 'hidden' && !child.closest('.visually-hidden')) {
                problems.push(`#${element.id} ${child.localName}.${child.className?.baseVal ?? child.className}: right edge at ${Math.round(box.right)} px`);
                break;
              }
            }
          }
          return problems;
        }, width);
        assert.deepEqual(overflow, []);
      } finally {
        await close();
      }
    });
  }

  describe('Keyboard only', () => {
    /** A page with a link before the element, to Tab from. */
    async function openJourney(name, body, statuses) {
      const url = sites.site.route(`/access/keyboard-${name}.html`, servePage(htmlPage({ title: `Tastatur: ${name}`, body: `<a id="start" href="#start">Vorher</a>${body}` })));
      const opened = await openPage(browser, url);
      await waitForStatus(opened.page, statuses);
      await opened.page.focus('#start');
      return { ...opened, focused: () => opened.page.evaluate(focusedElement) };
    }

    it('the badge: Tab reaches it, Enter opens the proof, Tab reaches the proof’s link, Escape closes it and returns focus, Space opens it again', async () => {
      const { page, focused, close } = await openJourney('badge', `<partnership-badge id="badge" src="${FEED}" member="e2e-stadt"></partnership-badge>`, { '#badge': 'ready' });
      try {
        await page.keyboard.press('Tab');
        assert.deepEqual(pick(await focused(), 'host', 'tag', 'expanded'), { host: 'partnership-badge#badge', tag: 'button', expanded: 'false' });
        await page.keyboard.press('Enter');
        assert.equal((await focused()).expanded, 'true');
        await page.keyboard.press('Tab');
        assert.deepEqual(pick(await focused(), 'host', 'tag'), { host: 'partnership-badge#badge', tag: 'a' });
        await page.keyboard.press('Escape');
        assert.deepEqual(pick(await focused(), 'host', 'tag', 'expanded'), { host: 'partnership-badge#badge', tag: 'button', expanded: 'false' });
        await page.keyboard.press('Space');
        assert.equal((await focused()).expanded, 'true');
      } finally {
        await close();
      }
    });

    it('the news: Tab goes through the items’ links to "show more", Enter shows more and moves focus to the first new item', async () => {
      const { page, focused, close } = await openJourney('news', `<network-news id="news" src="${FEED}" limit="2"></network-news>`, { '#news': 'ready' });
      try {
        const items = () => page.locator('#news [part~="item"]').count();
        assert.equal(await items(), 2);
        await page.keyboard.press('Tab');
        assert.deepEqual(pick(await focused(), 'host', 'tag', 'text'), { host: 'network-news#news', tag: 'a', text: 'Sachsen-Anhalt wird Länderpartner' });
        await page.keyboard.press('Tab');
        assert.deepEqual(pick(await focused(), 'tag', 'text'), { tag: 'a', text: 'Engagementwoche in Marburg' });
        await page.keyboard.press('Tab');
        assert.deepEqual(pick(await focused(), 'host', 'tag', 'part'), { host: 'network-news#news', tag: 'button', part: 'more' });
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.querySelector('#news').shadowRoot.querySelectorAll('[part~="item"]').length === 3);
        await settle(page);
        assert.deepEqual(pick(await focused(), 'host', 'tag', 'text'), { host: 'network-news#news', tag: 'a', text: 'Neue Förderrunde beginnt' });
      } finally {
        await close();
      }
    });

    it('the error state: Tab reaches the retry button, Space loads again and focus stays in the element', async () => {
      const { page, focused, close } = await openJourney('error', `<network-news id="news" src="${MISSING}"></network-news>`, { '#news': 'error' });
      try {
        const before = sites.site.count(MISSING);
        await page.keyboard.press('Tab');
        assert.deepEqual(pick(await focused(), 'host', 'tag', 'text'), { host: 'network-news#news', tag: 'button', text: 'Erneut versuchen' });
        await page.keyboard.press('Space');
        await until(() => sites.site.count(MISSING) === before + 1, 'the feed is requested again');
        await waitForStatus(page, { '#news': 'error' });
        assert.equal((await focused())?.host, 'network-news#news', 'focus stays in the element');
      } finally {
        await close();
      }
    });

    it('the map: Tab reaches the view toggle and a marker, arrow keys move between cities, Enter opens details, Escape closes them and returns focus', async () => {
      const { page, focused, close } = await openJourney('map', `<engaged-city-map id="map" src="${FEED}" loading="eager"></engaged-city-map>`, { '#map': 'ready' });
      const map = page.locator('#map');
      try {
        let marker;
        const seen = [];
        for (let step = 0; step < 20 && !marker; step++) {
          await page.keyboard.press('Tab');
          const now = await focused();
          assert.equal(now?.host, 'engaged-city-map#map', `Tab ${step + 1} stays in the map until a marker is reached (seen: ${seen.join(', ')})`);
          seen.push(`${now.tag}${now.part ? `[${now.part}]` : ''} "${now.text}"`);
          if (/\bmarker\b/.test(now.part ?? '')) marker = now;
        }
        assert.ok(marker, `a marker is reached by Tab (seen: ${seen.join(', ')})`);
        await page.keyboard.press('ArrowLeft');
        const moved = await focused();
        assert.match(moved.part ?? '', /\bmarker\b/);
        assert.notEqual(moved.text, marker.text, 'an arrow key moves to another city');
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.querySelector('#map').hasAttribute('selected'));
        assert.ok(await map.locator('[part~="details"]').isVisible(), 'the details are shown');
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => !document.querySelector('#map').hasAttribute('selected'));
        await settle(page);
        assert.deepEqual(pick(await focused(), 'host', 'text'), { host: 'engaged-city-map#map', text: moved.text });

        // Back to the view toggle (Shift+Tab), and into the list with Space.
        for (let step = 0; step < 10 && (await focused())?.text !== 'Liste'; step++) await page.keyboard.press('Shift+Tab');
        assert.equal((await focused())?.text, 'Liste', 'Shift+Tab reaches the view toggle');
        await page.keyboard.press('Space');
        await page.waitForFunction(() => document.querySelector('#map').getAttribute('view') === 'list');
      } finally {
        await close();
      }
    });
  });
});

// Town websites often have a "larger text" button that enlarges the whole page with CSS `zoom`: the pointer then moves
// in the page's pixels, the map draws in its own (twice as large). The map must still follow the pointer.
describe('A page enlarged with CSS zoom', () => {
  let browser;
  let sites;
  before(async () => {
    browser = await launchBrowser();
    sites = await startSites();
    sites.site.route(
      '/access/css-zoom.html',
      servePage(htmlPage({ title: 'Große Schrift', head: '<link rel="stylesheet" href="/pages/zoom-2.css">', body: `<engaged-city-map id="map" src="${FEED}" loading="eager" controls="none"></engaged-city-map>` })),
    );
  });
  after(async () => {
    await browser?.close();
    await sites?.close();
  });

  it('a drag moves the map with the pointer, and Ctrl + wheel zooms around the point under it', async () => {
    const { page, close } = await openPage(browser, sites.site.url('/access/css-zoom.html'), { viewport: { width: 1400, height: 1000 } });
    try {
      await waitForStatus(page, { '#map': 'ready' });
      await settle(page);
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).zoom), '2');
      const marker = page.locator('#map .markers [part~="marker"]').first();
      const key = await marker.getAttribute('data-key');
      const centre = async () => {
        const box = await page.locator(`#map .markers [data-key="${key}"]`).boundingBox();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      };
      const start = await centre();
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      await page.mouse.move(start.x + 40, start.y + 30, { steps: 8 });
      await page.mouse.up();
      await settle(page);
      const dragged = await centre();
      assert.ok(Math.abs(dragged.x - start.x - 40) < 1.5 && Math.abs(dragged.y - start.y - 30) < 1.5, `the town moved from ${JSON.stringify(start)} to ${JSON.stringify(dragged)} for a drag of (40, 30)`);

      await page.mouse.move(dragged.x, dragged.y);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -100);
      await page.keyboard.up('Control');
      await settle(page);
      await page.waitForTimeout(400);
      const zoomed = await centre();
      assert.ok(Math.abs(zoomed.x - dragged.x) < 2 && Math.abs(zoomed.y - dragged.y) < 2, `the town under the pointer moved from ${JSON.stringify(dragged)} to ${JSON.stringify(zoomed)} while zooming`);
    } finally {
      await close();
    }
  });
});

/** Waits until `condition()` holds (checked every 20 ms, at most 5 s). */
async function until(condition, what) {
  for (const started = Date.now(); !condition(); ) {
    if (Date.now() - started > 5000) throw new Error(`timed out waiting until ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

function slug(name) {
  return name.replace(/\W+/g, '-');
}

function pick(object, ...keys) {
  return object ? Object.fromEntries(keys.map((key) => [key, object[key]])) : object;
}

/**
 * Buttons whose label cannot be read under forced colours: the text's colour against what is painted behind it (its
 * own background where the element opts out with `forced-color-adjust: none`, else the backplate in `Canvas` that the
 * browser draws behind text). Contrast below 4.5:1 counts as unreadable.
 */
function unreadableButtons(page) {
  return page.evaluate(() => {
    // The probe turns colour names into numbers; it opts out of forced colours, or it would say CanvasText for all.
    const probe = document.body.appendChild(document.createElement('div'));
    probe.style.forcedColorAdjust = 'none';
    const rgb = (value) => {
      probe.style.color = value;
      return (getComputedStyle(probe).color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    };
    const luminance = (channels) => {
      const [r, g, b] = channels.map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a, b) => {
      const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (high + 0.05) / (low + 0.05);
    };
    const canvas = rgb('Canvas');
    const problems = [];
    let checked = 0;
    for (const element of document.querySelectorAll('main > [id]')) {
      for (const button of element.shadowRoot?.querySelectorAll('button') ?? []) {
        if (!button.textContent.trim() || !button.checkVisibility()) continue;
        checked++;
        const style = getComputedStyle(button);
        const behind = style.forcedColorAdjust === 'none' ? rgb(style.backgroundColor) : canvas;
        const ratio = contrast(rgb(style.color), behind);
        if (ratio < 4.5) problems.push(`#${element.id} "${button.textContent.trim()}": ${ratio.toFixed(2)}:1`);
      }
    }
    probe.remove();
    return { checked, problems };
  });
}

// On a phone held upright the legend is a strip inside the map's box: a visitor who swipes there to scroll the page
// must scroll the page (one finger over the map scrolls it too; two fingers move the map).
describe('On a phone', () => {
  let browser;
  let sites;
  before(async () => {
    browser = await launchBrowser();
    sites = await startSites();
    const text = '<p>Unsere Stadt engagiert sich.</p>'.repeat(30);
    sites.site.route(
      '/access/phone.html',
      servePage(htmlPage({ title: 'Auf dem Telefon', body: `${text}<engaged-city-map id="map" src="${FEED}" loading="eager"></engaged-city-map>${text}` })),
    );
  });
  after(async () => {
    await browser?.close();
    await sites?.close();
  });

  /** One finger moved 120 px up from the middle of the element `selector` (in the map's shadow root): real touch input. */
  async function swipeUp(page, selector) {
    const middle = await page.evaluate((selector) => {
      const part = document.querySelector('#map').shadowRoot.querySelector(selector);
      scrollTo(0, scrollY + part.getBoundingClientRect().top - innerHeight / 3);
      const box = part.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }, selector);
    await page.waitForTimeout(200);
    const before = await page.evaluate(() => scrollY);
    const cdp = await page.context().newCDPSession(page);
    const at = (dy) => [{ x: middle.x, y: middle.y + dy, id: 0, radiusX: 1, radiusY: 1, force: 1 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
    for (let step = 1; step <= 12; step++) {
      await page.waitForTimeout(16);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(-10 * step) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForTimeout(300);
    return (await page.evaluate(() => scrollY)) - before;
  }

  it('a one-finger swipe on the map and on the legend strip below it scrolls the page', async () => {
    const { page, close } = await openPage(browser, sites.site.url('/access/phone.html'), { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    try {
      await waitForStatus(page, { '#map': 'ready' });
      await settle(page);
      assert.ok((await swipeUp(page, '.stage')) > 50, 'the map holds the page');
      assert.ok((await swipeUp(page, '.map-box > .legend')) > 50, 'the legend strip holds the page');
    } finally {
      await close();
    }
  });
});
