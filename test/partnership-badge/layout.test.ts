import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { forgetFeeds } from '../../src/feed/load.js';
import type { PartnershipBadge } from '../../src/partnership-badge/partnership-badge.js';
import { jsonResponse, stubFetch } from '../support/feeds.js';
import { SIZES, VARIANTS, badgeFeed, proofOf, settled, toggleOf } from './badge-fixtures.js';

const boxOf = (el: Element) => {
  const { width, height } = el.getBoundingClientRect();
  return { width, height };
};

const LONG_NAME = 'Verbandsgemeinde Südliches Anhalt mit den Ortschaften Weißandt-Gölzau, Quellendorf und Zehbitz';

describe('<partnership-badge>: no layout shift', () => {
  let fetchStub: ReturnType<typeof stubFetch> | undefined;
  let feed = badgeFeed();
  let release: () => void = () => {};
  beforeEach(() => {
    forgetFeeds();
    const gate = new Promise<void>((resolve) => (release = resolve));
    fetchStub = stubFetch(async () => {
      await gate;
      return jsonResponse(feed);
    });
  });
  afterEach(() => {
    fetchStub?.restore();
    forgetFeeds();
    feed = badgeFeed();
  });

  for (const variant of VARIANTS) {
    for (const size of SIZES) {
      it(`reserves exactly the final box while loading: variant "${variant}", size "${size}"`, async () => {
        const el = await fixture<PartnershipBadge>(html`<badge-on-host
          variant=${variant} size=${size} member="lutherstadt-wittenberg" src=${`/badge/${variant}-${size}.json`}
        ></badge-on-host>`);
        expect(el.status).to.equal('loading');
        const whileLoading = boxOf(el);
        release();
        await settled(el);
        expect(el.status).to.equal('ready');
        expect(boxOf(el)).to.deep.equal(whileLoading);
        expect(whileLoading.width).to.be.greaterThan(0);
      });
    }
  }

  for (const variant of VARIANTS) {
    for (const [outcome, member, answer, fallback] of [
      ['not-found', 'gibt-es-nicht', 'feed', false],
      ['error', 'lutherstadt-wittenberg', 'failure', false],
      ['error', 'lutherstadt-wittenberg', 'failure', true],
    ] as const) {
      it(`reserves the box of the note too: variant "${variant}", ${outcome}${fallback ? ' with the page’s fallback link' : ''}, in every size`, async () => {
        for (const size of SIZES) {
          forgetFeeds();
          const src = `/badge/${variant}-${size}-${outcome}.json`;
          fetchStub?.restore();
          let open!: () => void;
          const gate = new Promise<void>((resolve) => (open = resolve));
          fetchStub = stubFetch(async () => {
            await gate;
            return answer === 'feed' ? jsonResponse(feed) : new Response('Not found', { status: 404 });
          });
          const el = await fixture<PartnershipBadge>(html`<badge-on-host
            variant=${variant} size=${size} member=${member} src=${src}
          >${fallback ? html`<a href="https://www.engagiertestadt.de/">Engagierte Stadt</a>` : ''}</badge-on-host>`);
          const whileLoading = boxOf(el);
          open();
          await settled(el);
          expect(el.status).to.equal(outcome);
          expect(boxOf(el), `size ${size}`).to.deep.equal(whileLoading);
        }
      });
    }
  }

  it('grows with the size: s < m < l, in each variant', async () => {
    for (const variant of VARIANTS) {
      const widths = [];
      for (const size of SIZES) {
        const el = await fixture<PartnershipBadge>(
          html`<badge-on-host variant=${variant} size=${size} member="lutherstadt-wittenberg" .data=${badgeFeed()}></badge-on-host>`,
        );
        await settled(el);
        widths.push(boxOf(el).width);
      }
      expect(widths[0]).to.be.below(widths[1]!);
      expect(widths[1]).to.be.below(widths[2]!);
    }
  });

  it('keeps the box for a very long member name: two lines, cut with an ellipsis, shown in full in the proof', async () => {
    release();
    const normal = await fixture<PartnershipBadge>(
      html`<badge-on-host member="lutherstadt-wittenberg" .data=${badgeFeed()}></badge-on-host>`,
    );
    const long = await fixture<PartnershipBadge>(
      html`<badge-on-host member="lutherstadt-wittenberg" .data=${badgeFeed({ name: LONG_NAME })}></badge-on-host>`,
    );
    await Promise.all([settled(normal), settled(long)]);
    expect(boxOf(long)).to.deep.equal(boxOf(normal));
    const name = long.shadowRoot!.querySelector<HTMLElement>('.name')!;
    expect(getComputedStyle(name).webkitLineClamp).to.equal('2');
    expect(name.scrollHeight, 'cut after two lines').to.be.greaterThan(name.clientHeight);
    expect(name.textContent).to.equal(LONG_NAME);
    toggleOf(long)!.click();
    await long.updateComplete;
    const fullName = proofOf(long)!.querySelector('strong')!;
    expect(fullName.textContent).to.equal(LONG_NAME);
    expect(fullName.getBoundingClientRect().right).to.be.at.most(proofOf(long)!.getBoundingClientRect().right);
  });

  // Names of real members (outside review): they were cut on one line, and two roles pushed the year out of sight.
  for (const size of SIZES) {
    it(`shows a real member's name and the year joined in full, in the same box: size "${size}"`, async () => {
      release();
      const normal = await fixture<PartnershipBadge>(
        html`<badge-on-host size=${size} member="lutherstadt-wittenberg" .data=${badgeFeed()}></badge-on-host>`,
      );
      const real = await fixture<PartnershipBadge>(html`<badge-on-host size=${size} member="lutherstadt-wittenberg"
        .data=${badgeFeed({ name: 'Neustadt an der Weinstraße', roles: ['funder', 'network-partner'], since: '2019-05-01' })}
      ></badge-on-host>`);
      await Promise.all([settled(normal), settled(real)]);
      expect(boxOf(real)).to.deep.equal(boxOf(normal));
      const button = toggleOf(real)!.getBoundingClientRect();
      const name = real.shadowRoot!.querySelector<HTMLElement>('.name')!;
      // Not cut: a third line would be 15 to 23 px more (the descenders may reach a pixel or two below the box).
      expect(name.scrollWidth, 'the whole name').to.equal(name.clientWidth);
      expect(name.scrollHeight, 'the whole name').to.be.at.most(name.clientHeight + 2);
      expect(name.getBoundingClientRect().bottom).to.be.at.most(button.bottom);
      const since = real.shadowRoot!.querySelector<HTMLElement>('.since')!;
      expect(since.textContent).to.equal('seit 2019');
      const year = since.getBoundingClientRect();
      expect(year.right, 'the year in sight').to.be.at.most(button.right);
      expect(year.bottom).to.be.at.most(button.bottom);
      expect(since.scrollWidth).to.equal(since.clientWidth);
      expect(toggleOf(real)!.textContent!.replace(/\s+/g, ' ')).to.contain('Förderer, Netzwerkpartner seit 2019');
    });
  }

  it('shows every line whole with a visitor\'s own text spacing (WCAG 1.4.12): the box grows a little instead', async () => {
    release();
    const spacing = new CSSStyleSheet();
    spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }');
    for (const verify of ['domain', 'none']) {
      const el = await fixture<PartnershipBadge>(html`<badge-on-host member="lutherstadt-wittenberg" verify=${verify}
        .data=${badgeFeed({ name: 'Neustadt an der Weinstraße', roles: ['funder', 'network-partner'], since: '2019-05-01' })}
      ></badge-on-host>`);
      await settled(el);
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
      const button = toggleOf(el)!.getBoundingClientRect();
      const lines = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.network, .name, .role, .since, .unchecked-line')];
      expect(lines.length, verify).to.equal(verify === 'none' ? 5 : 4);
      for (const line of lines) {
        const box = line.getBoundingClientRect();
        const where = `${verify}: ${line.className}`;
        expect([box.top >= button.top, box.bottom <= button.bottom + 0.5, box.right <= button.right], where).to.deep.equal([true, true, true]);
        // The name may be cut after its second line (the proof shows it whole); no other line loses its ascenders or descenders.
        if (!line.matches('.name')) expect(line.scrollHeight, where).to.be.at.most(line.clientHeight + 1);
      }
    }
  });

  it('writes "Nicht bestätigt" in the seal on two lines, no word broken, with a visitor\'s letter spacing', async () => {
    release();
    const spacing = new CSSStyleSheet();
    spacing.replaceSync('[part~="base"] { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }');
    for (const size of SIZES) {
      const el = await fixture<PartnershipBadge>(html`<partnership-badge variant="seal" size=${size} member="lutherstadt-wittenberg"
        .data=${badgeFeed()}></partnership-badge>`);
      await settled(el);
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
      const text = el.shadowRoot!.querySelector<HTMLElement>('.note > [aria-hidden="true"]')!;
      expect(text.textContent, size).to.equal('Nicht bestätigt');
      const lineHeight = parseFloat(getComputedStyle(text).lineHeight);
      expect(text.getBoundingClientRect().height, size).to.be.at.most(2 * lineHeight + 0.5);
    }
  });

  it('keeps its size when the page sets a tiny root font size', async () => {
    release();
    const el = await fixture<PartnershipBadge>(
      html`<badge-on-host member="lutherstadt-wittenberg" .data=${badgeFeed()}></badge-on-host>`,
    );
    await settled(el);
    const before = boxOf(el);
    document.documentElement.style.fontSize = '9px';
    try {
      expect(boxOf(el)).to.deep.equal(before);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('has the same box in every variant and size as before: 18 × 4.5, 16.5 × 2.75 and 4 × 4 units of 13, 16 or 20 px', async () => {
    release();
    const units = { s: 13, m: 16, l: 20 } as const;
    const boxes = { full: [18, 4.5], compact: [16.5, 2.75], seal: [4, 4] } as const;
    for (const variant of VARIANTS) {
      for (const size of SIZES) {
        const el = await fixture<PartnershipBadge>(html`<div style="width: 800px"><badge-on-host
          variant=${variant} size=${size} member="lutherstadt-wittenberg" .data=${badgeFeed()}
        ></badge-on-host></div>`).then((wrapper) => wrapper.firstElementChild as PartnershipBadge);
        await settled(el);
        const box = toggleOf(el)!.getBoundingClientRect();
        expect([box.width, box.height], `${variant}, ${size}`).to.deep.equal(boxes[variant].map((n) => n * units[size]));
      }
    }
  });

  it('grows with its text where a browser enlarges text alone (as Firefox\'s "zoom text only" does)', async () => {
    release();
    // Chromium cannot zoom text alone: a larger font size on the badge's base does the same to it.
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px">
      <style>.zoomed-text::part(base) { font-size: 32px; }</style>
      <badge-on-host member="lutherstadt-wittenberg" .data=${badgeFeed()}></badge-on-host>
      <badge-on-host class="zoomed-text" member="lutherstadt-wittenberg" .data=${badgeFeed()}></badge-on-host>
    </div>`);
    const [normal, zoomed] = [...wrapper.querySelectorAll<PartnershipBadge>('badge-on-host')] as [PartnershipBadge, PartnershipBadge];
    await Promise.all([settled(normal), settled(zoomed)]);
    const [a, b] = [toggleOf(normal)!.getBoundingClientRect(), toggleOf(zoomed)!.getBoundingClientRect()];
    expect([b.width, b.height]).to.deep.equal([a.width * 2, a.height * 2]);
    const mark = (el: PartnershipBadge) => el.shadowRoot!.querySelector('[part~="mark"]')!.getBoundingClientRect().width;
    expect(mark(zoomed)).to.equal(mark(normal) * 2);
  });

  it('fits a 320 px wide screen, with the proof open', async () => {
    release();
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<PartnershipBadge>(
        html`<badge-on-host size="l" member="lutherstadt-wittenberg" .data=${badgeFeed()}></badge-on-host>`,
      );
      await settled(el);
      toggleOf(el)!.click();
      await el.updateComplete;
      expect(document.documentElement.clientWidth).to.be.at.most(320);
      for (const part of [el, toggleOf(el)!, proofOf(el)!]) {
        expect(part.getBoundingClientRect().right).to.be.at.most(document.documentElement.clientWidth);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
