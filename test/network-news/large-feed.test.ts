import { expect, html } from '@open-wc/testing';
import { feedWithItems, items, renderNews, showMore, titles } from './helpers.js';

/** A generated feed of 1,000 items with summaries, tags and regions, like a busy network's archive. */
const largeFeed = () =>
  feedWithItems(1000, {}, (index) => ({
    summary: `Zusammenfassung ${index}: ${'Engagement in der Stadt. '.repeat(12)}`,
    tags: index % 2 ? ['Ehrenamt'] : ['Jugend'],
    _engaged_city: { regions: [index % 3 ? 'DE-ST' : 'DE-HE'] },
  }));

describe('<network-news> with a 1,000-item feed', () => {
  it('shows `limit` items, not the whole feed', async () => {
    const el = await renderNews(html`<network-news .data=${largeFeed()}></network-news>`);
    expect(items(el)).to.have.length(5);
    expect(titles(el)).to.deep.equal(['Meldung 1', 'Meldung 2', 'Meldung 3', 'Meldung 4', 'Meldung 5']);
  });

  it('shows at most 50 at first and 50 more per "show more"', async () => {
    const el = await renderNews(html`<network-news limit="50" .data=${largeFeed()}></network-news>`);
    expect(items(el)).to.have.length(50);
    await showMore(el);
    expect(items(el)).to.have.length(100);
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('Meldung 51');
  });

  it('filters the whole feed, not only what is shown', async () => {
    const el = await renderNews(html`<network-news limit="3" region="DE-HE" tag="jugend" .data=${largeFeed()}></network-news>`);
    expect(titles(el)).to.deep.equal(['Meldung 6', 'Meldung 12', 'Meldung 18']);
  });
});
