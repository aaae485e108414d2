import { expect, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { forgetFeeds } from '../../src/feed/load.js';
import { feedWithItems, items, renderNews, type NetworkNews } from './helpers.js';

/** Words enough for about five lines of a wide list, cut after 240 characters. */
const LONG = [
  'Die Bürgerstiftung lädt alle Vereine zum Engagementtag auf den Marktplatz ein, mit Ständen, Musik und Gesprächen.',
  'Wer mitmachen möchte, meldet sich bis Ende Mai im Rathaus, Zimmer 12, oder bei der Freiwilligenagentur.',
  'Am Abend ehrt die Bürgermeisterin die Ehrenamtlichen des Jahres; der Eintritt ist frei, für Kinder gibt es ein Programm.',
];
/** About 170 characters: three lines or fewer on a wide list, more on a phone. */
const MEDIUM = 'Die Freiwilligenagentur sucht Lesepatinnen und Lesepaten für die Grundschulen der Stadt, eine Stunde in der Woche, ab dem neuen Schuljahr; Einarbeitung und Begleitung inklusive.';

/** After the element measured its summaries (the observer reports after the frame's animation callbacks). */
const measured = async () => {
  await nextFrame();
  await nextFrame();
};
const button = (item: HTMLElement) => item.querySelector<HTMLButtonElement>('[part~="whole-text"]');
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const shown = (element: HTMLElement | null) => Boolean(element) && getComputedStyle(element!).display !== 'none';
const summary = (item: HTMLElement) => item.querySelector<HTMLElement>('[part~="summary"]')!;

describe('<network-news>: the whole text of an item without a link', () => {
  beforeEach(() => forgetFeeds());
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('cuts the text after two lines and offers "Ganzer Text" on the third, which shows every paragraph when pressed', async () => {
    const feed = feedWithItems(2, {}, (index) => ({
      url: index === 1 ? undefined : 'https://www.engagiertestadt.de/news/2',
      content_html: LONG.map((paragraph) => `<p>${paragraph}</p>`).join(''),
    }));
    const el = await renderNews(html`<network-news .data=${feed}></network-news>`);
    await measured();
    const [linkless, linked] = items(el);
    expect(button(linked!), 'an item with a link has its text on its page').to.equal(null);
    const toggle = button(linkless!)!;
    expect(shown(toggle)).to.equal(true);
    expect(toggle.previousElementSibling, 'read after the summary it opens').to.equal(summary(linkless!));
    const cut = summary(linkless!);
    const lineHeight = parseFloat(getComputedStyle(cut).lineHeight);
    expect(cut.getBoundingClientRect().height, 'two lines of the text').to.be.closeTo(2 * lineHeight, 1);
    expect(cut.scrollHeight, 'the rest is cut').to.be.greaterThan(cut.clientHeight + 1);
    expect(toggle.getBoundingClientRect().top, 'the button on the third line, below the text').to.be.at.least(cut.getBoundingClientRect().bottom - 0.5);
    expect(text(toggle), 'named with its item: a list of buttons says which item each opens').to.equal('Ganzer Text: Meldung 1');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(cut.textContent, 'screen readers read all of it').to.equal(LONG.join('\n\n'));

    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(toggle), 'its name stays (aria-expanded says that it is open)').to.equal('Ganzer Text: Meldung 1');
    expect(el.shadowRoot!.activeElement, 'the focus stays on the button').to.equal(toggle);
    const whole = summary(linkless!);
    expect(whole.textContent).to.equal(LONG.join('\n\n'));
    expect(whole.getBoundingClientRect().height, 'all of it, every paragraph').to.be.greaterThan(5 * lineHeight);
    expect(whole.scrollHeight).to.be.at.most(whole.clientHeight + 1);
    expect(toggle.getBoundingClientRect().top, 'the button below all of the text').to.be.at.least(whole.getBoundingClientRect().bottom - 0.5);

    toggle.click();
    await el.updateComplete;
    await measured();
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(summary(linkless!).getBoundingClientRect().height).to.be.closeTo(2 * lineHeight, 1);
    expect(shown(toggle), 'closed again, the button stays to open it').to.equal(true);
  });

  it('never covers the text, at twice the browser\'s text size on a phone either (WCAG 1.4.4)', async () => {
    await setViewport({ width: 320, height: 640 });
    await executeServerCommand('set-default-font-size', { px: 32 });
    try {
      const feed = feedWithItems(2, {}, (index) => ({ url: undefined, summary: LONG[index - 1], image: index === 1 ? `${location.origin}/images/markt.jpg` : undefined }));
      const el = await renderNews(html`<network-news .data=${feed}></network-news>`);
      await measured();
      for (const item of items(el)) {
        const toggle = button(item)!;
        for (const open of [false, true]) {
          if (open) {
            toggle.click();
            await el.updateComplete;
            await measured();
          }
          expect(shown(toggle), `open: ${open}`).to.equal(true);
          const [textBox, buttonBox] = [summary(item).getBoundingClientRect(), toggle.getBoundingClientRect()];
          expect(buttonBox.top, `open: ${open}: below the text`).to.be.at.least(textBox.bottom - 0.5);
          expect(buttonBox.right, `open: ${open}: within the item`).to.be.at.most(item.getBoundingClientRect().right + 0.5);
        }
      }
    } finally {
      await executeServerCommand('set-default-font-size', { px: 16 });
    }
  });

  it('shows the button only where three lines cut the summary: on a phone, not on a wide list', async () => {
    await setViewport({ width: 1000, height: 700 });
    const feed = feedWithItems(1, {}, () => ({ url: undefined, summary: MEDIUM }));
    const el = await renderNews(html`<network-news .data=${feed}></network-news>`);
    const item = items(el)[0]!;
    await nextFrame();
    await nextFrame();
    expect(shown(button(item)), 'the whole summary is shown').to.equal(false);

    await setViewport({ width: 320, height: 640 });
    await waitUntil(() => shown(button(item)), 'the button shows once the summary is cut', { timeout: 2000 });
    button(item)!.click();
    await el.updateComplete;
    expect(summary(item).textContent).to.equal(MEDIUM);
    await nextFrame();
    expect(shown(button(item)), 'open, it stays to close the text').to.equal(true);
  });

  it('opens the whole text of an untitled item, whose title is its text cut after 100 characters', async () => {
    const feed = feedWithItems(1, {}, () => ({ url: undefined, title: undefined, content_text: LONG.join(' ') }));
    const el = await renderNews(html`<network-news .data=${feed}></network-news>`);
    const item = items(el)[0]!;
    expect(summary(item).checkVisibility(), 'the text is its title until opened').to.equal(false);
    button(item)!.click();
    await el.updateComplete;
    expect(summary(item).textContent).to.equal(LONG.join(' '));
  });

  it('offers the whole text of an untitled item where its lines cut it, below 240 characters too: on a phone, not on a wide list', async () => {
    const feed = feedWithItems(1, {}, () => ({ url: undefined, title: undefined, content_text: MEDIUM }));
    await setViewport({ width: 320, height: 640 });
    const el = await renderNews(html`<network-news .data=${feed}></network-news>`);
    const item = items(el)[0]!;
    await measured();
    const heading = item.querySelector<HTMLElement>('[part~="title"]')!;
    expect(heading.textContent!.trim(), 'its whole text (below 240 characters) is its title').to.equal(MEDIUM);
    expect(heading.scrollHeight, 'which four lines cut on a phone').to.be.greaterThan(heading.clientHeight + 1);
    expect(shown(button(item)), 'so it offers the rest').to.equal(true);
    button(item)!.click();
    await el.updateComplete;
    expect(summary(item).checkVisibility()).to.equal(true);
    expect(summary(item).textContent).to.equal(MEDIUM);
    button(item)!.click();
    await el.updateComplete;
    await setViewport({ width: 1000, height: 700 });
    await waitUntil(() => !shown(button(item)), 'no button where the lines hold it', { timeout: 2000 });
    expect(summary(item).checkVisibility(), 'and the text is not shown twice').to.equal(false);
  });

  it('keeps the focus on the button when it closes a text that now fits (the window grew meanwhile)', async () => {
    await setViewport({ width: 320, height: 640 });
    const feed = feedWithItems(1, {}, () => ({ url: undefined, summary: MEDIUM }));
    const el = await renderNews(html`<network-news .data=${feed}></network-news>`);
    await measured();
    const toggle = button(items(el)[0]!)!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await setViewport({ width: 1000, height: 700 });
    await measured();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await measured();
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement, 'the focus stays on the button').to.equal(toggle);
    expect(shown(toggle), 'shown while it has the focus').to.equal(true);
  });

  it('prints the whole text of an item without a link, untitled too, and no button', async () => {
    const feed = feedWithItems(2, {}, (index) => ({ url: undefined, title: index === 1 ? 'Meldung' : undefined, summary: LONG.join(' ') }));
    const el = await renderNews(html`<network-news .data=${feed}></network-news>`);
    await emulateMedia({ media: 'print' });
    try {
      for (const item of items(el)) {
        const paper = summary(item);
        expect(paper.checkVisibility(), 'printed').to.equal(true);
        expect(paper.textContent).to.equal(LONG.join(' '));
        expect(paper.scrollHeight, 'not cut').to.be.at.most(paper.clientHeight + 1);
        expect(shown(button(item)), 'no button on paper').to.equal(false);
      }
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('offers nothing where the whole text is shown', async () => {
    const feed = feedWithItems(2, {}, (index) => ({ url: undefined, title: index === 1 ? 'Kurz' : undefined, summary: 'Ein Satz.' }));
    const el = await renderNews(html`<network-news .data=${feed}></network-news>`);
    await nextFrame();
    await nextFrame();
    expect(items(el).map((item) => shown(button(item)))).to.deep.equal([false, false]);
  });

  describe('in the compact layout (titles and dates only)', () => {
    const disclosure = (item: HTMLElement) => item.querySelector<HTMLButtonElement>('[part~="title"] button');

    it('makes the title of an item without a link the button that opens its text below, with no line more while closed', async () => {
      await setViewport({ width: 1000, height: 700 });
      const feed = feedWithItems(4, {}, (index) => ({
        url: index === 2 ? 'https://www.engagiertestadt.de/news/2' : undefined,
        title: index === 3 ? undefined : `Meldung ${index}`,
        content_html: index === 3 ? '<p>Ein Satz.</p>' : LONG.map((paragraph) => `<p>${paragraph}</p>`).join(''),
      }));
      const el = await renderNews(html`<network-news layout="compact" .data=${feed}></network-news>`);
      const [linkless, linked, short] = items(el);
      const title = disclosure(linkless!)!;
      expect(text(title), 'named by the title').to.equal('Meldung 1');
      expect(title.getAttribute('aria-expanded')).to.equal('false');
      expect(button(linkless!), 'no "Ganzer Text" line').to.equal(null);
      expect(summary(linkless!).checkVisibility(), 'the text waits below, closed').to.equal(false);
      expect(linkless!.getBoundingClientRect().height, 'as high as the row of a linked item').to.be.closeTo(linked!.getBoundingClientRect().height, 0.5);
      expect(disclosure(linked!), 'a linked title is its link').to.equal(null);
      expect(text(disclosure(short!)!), 'an untitled item is a disclosure too (compact does not measure its two lines)').to.equal('Ein Satz.');

      title.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(title.getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.activeElement, 'the focus stays on the title').to.equal(title);
      const whole = summary(linkless!);
      expect(whole.checkVisibility()).to.equal(true);
      expect(whole.textContent, 'every paragraph').to.equal(LONG.join('\n\n'));
      expect(whole.getBoundingClientRect().top, 'below the title and the date').to.be.at.least(title.getBoundingClientRect().bottom);
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(title.getAttribute('aria-expanded')).to.equal('false');
      expect(summary(linkless!).checkVisibility()).to.equal(false);
    });

    it('opens the text of an untitled item whose two lines cut it, below 240 characters too', async () => {
      const feed = feedWithItems(1, {}, () => ({ url: undefined, title: undefined, content_text: MEDIUM }));
      const el = await renderNews(html`<network-news layout="compact" .data=${feed}></network-news>`);
      const title = disclosure(items(el)[0]!)!;
      expect(text(title)).to.equal(MEDIUM);
      title.click();
      await el.updateComplete;
      expect(summary(items(el)[0]!).checkVisibility()).to.equal(true);
    });

    it('opens the text of an untitled item, whose title is its text cut', async () => {
      const feed = feedWithItems(1, {}, () => ({ url: undefined, title: undefined, content_text: LONG.join(' ') }));
      const el = await renderNews(html`<network-news layout="compact" .data=${feed}></network-news>`);
      const title = disclosure(items(el)[0]!)!;
      expect(text(title).endsWith('…')).to.equal(true);
      title.click();
      await el.updateComplete;
      expect(summary(items(el)[0]!).textContent).to.equal(LONG.join(' '));
    });

    it('prints the text of an item without a link', async () => {
      const feed = feedWithItems(1, {}, () => ({ url: undefined, summary: LONG.join(' ') }));
      const el = await renderNews(html`<network-news layout="compact" .data=${feed}></network-news>`);
      await emulateMedia({ media: 'print' });
      try {
        expect(summary(items(el)[0]!).checkVisibility()).to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  it('measures again when a web font has loaded: a wider font cuts a summary that fitted', async () => {
    await setViewport({ width: 1000, height: 700 });
    // Twice the size of the fallback's letters: the summary's two lines become four.
    // (`sizeAdjust` is a descriptor of CSS Fonts 5 that Chromium has and TypeScript's DOM types do not name yet.)
    const face = new FontFace('Late Wide Font', 'local("DejaVu Sans Mono")', { sizeAdjust: '200%' } as FontFaceDescriptors);
    const feed = feedWithItems(1, {}, () => ({ url: undefined, summary: MEDIUM }));
    const el = await renderNews(html`<network-news style="--engaged-font-family: 'Late Wide Font', sans-serif" .data=${feed}></network-news>`);
    const item = items(el)[0]!;
    // Measured (the observer reports after the frame's animation callbacks) before the font comes.
    await nextFrame();
    await nextFrame();
    expect(shown(button(item)), 'three lines of the fallback font hold it').to.equal(false);
    document.fonts.add(face);
    try {
      await face.load();
      await waitUntil(() => shown(button(item)), 'the button shows once the wide font cuts the summary', { timeout: 2000 });
    } finally {
      document.fonts.delete(face);
    }
  });

  it('forgets what was opened when another feed comes', async () => {
    const feed = () => feedWithItems(1, {}, () => ({ url: undefined, summary: LONG.join(' ') }));
    const el = await renderNews(html`<network-news .data=${feed()}></network-news>`);
    button(items(el)[0]!)!.click();
    await el.updateComplete;
    expect(button(items(el)[0]!)!.getAttribute('aria-expanded')).to.equal('true');
    el.data = feed();
    await el.updateComplete;
    await waitUntil(() => el.status === 'ready' && items(el).length === 1, 'the new feed is not shown');
    await el.updateComplete;
    expect(button(items(el)[0]!)!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('says "Full text" in English', async () => {
    const feed = feedWithItems(1, {}, () => ({ url: undefined, summary: LONG.join(' ') }));
    const el: NetworkNews = await renderNews(html`<network-news lang="en" .data=${feed}></network-news>`);
    expect(text(button(items(el)[0]!)!)).to.equal('Full text: Meldung 1');
  });
});
