import { expect, html, waitUntil } from '@open-wc/testing';
import type { FeedItem, NetworkFeed } from '../../src/feed/types.js';
import { sampleFeed } from '../support/feeds.js';
import { items, renderNews, shadowText, titles } from './helpers.js';

/** Four items about different regions, members and tags, with the sample feed's directory for names. */
function regionalFeed(): NetworkFeed {
  const item = (id: string, about: FeedItem['_engaged_city'], tags: string[]): FeedItem => ({
    id,
    title: id,
    url: `https://www.engagiertestadt.de/news/${id}`,
    date_published: '2025-05-16T10:00:00+02:00',
    tags,
    _engaged_city: about,
  });
  return sampleFeed({
    items: [
      item('wittenberg-ehrenamt', { regions: ['DE-ST'], members: ['lutherstadt-wittenberg'] }, ['Ehrenamt']),
      item('marburg-ehrenamt', { regions: ['DE-HE'], members: ['marburg'] }, ['ehrenamt', 'Jugend']),
      item('hessen-jugend', { regions: ['DE-HE'] }, ['Jugend']),
      item('bundesweit', {}, []),
    ],
  });
}

describe('<network-news> filters', () => {
  it('shows every item without filters', async () => {
    const el = await renderNews(html`<network-news .data=${regionalFeed()}></network-news>`);
    expect(titles(el)).to.deep.equal(['wittenberg-ehrenamt', 'marburg-ehrenamt', 'hessen-jugend', 'bundesweit']);
  });

  it('`region` keeps the items about that state', async () => {
    const el = await renderNews(html`<network-news region="DE-HE" .data=${regionalFeed()}></network-news>`);
    expect(titles(el)).to.deep.equal(['marburg-ehrenamt', 'hessen-jugend']);
  });

  it('`region` with several states keeps items about any of them, in any case', async () => {
    const el = await renderNews(html`<network-news region="de-st  DE-HE" .data=${regionalFeed()}></network-news>`);
    expect(titles(el)).to.deep.equal(['wittenberg-ehrenamt', 'marburg-ehrenamt', 'hessen-jugend']);
  });

  it('reads values separated by commas too, as the map\'s `region` does', async () => {
    const el = await renderNews(html`<network-news region="DE-ST, DE-HE" member="marburg,lutherstadt-wittenberg" .data=${regionalFeed()}></network-news>`);
    expect(titles(el)).to.deep.equal(['wittenberg-ehrenamt', 'marburg-ehrenamt']);
  });

  it('`member` keeps the items about that member', async () => {
    const el = await renderNews(html`<network-news member="marburg" .data=${regionalFeed()}></network-news>`);
    expect(titles(el)).to.deep.equal(['marburg-ehrenamt']);
  });

  it('`member` with several ids keeps items about any of them', async () => {
    const el = await renderNews(html`<network-news member="marburg lutherstadt-wittenberg" .data=${regionalFeed()}></network-news>`);
    expect(titles(el)).to.deep.equal(['wittenberg-ehrenamt', 'marburg-ehrenamt']);
  });

  it('`tag` matches tags case-insensitively', async () => {
    const el = await renderNews(html`<network-news tag="EHRENAMT" .data=${regionalFeed()}></network-news>`);
    expect(titles(el)).to.deep.equal(['wittenberg-ehrenamt', 'marburg-ehrenamt']);
  });

  it('`tag` with several tags keeps items with any of them', async () => {
    const el = await renderNews(html`<network-news tag="jugend ehrenamt" .data=${regionalFeed()}></network-news>`);
    expect(titles(el)).to.deep.equal(['wittenberg-ehrenamt', 'marburg-ehrenamt', 'hessen-jugend']);
  });

  it('combines filters: an item must pass all of them', async () => {
    const el = await renderNews(html`<network-news region="DE-HE" tag="ehrenamt" .data=${regionalFeed()}></network-news>`);
    expect(titles(el)).to.deep.equal(['marburg-ehrenamt']);
    const all = await renderNews(
      html`<network-news region="DE-HE DE-ST" member="marburg lutherstadt-wittenberg" tag="jugend" .data=${regionalFeed()}></network-news>`,
    );
    expect(titles(all)).to.deep.equal(['marburg-ehrenamt']);
  });

  it('applies filters changed later, and starts again from `limit` items', async () => {
    const el = await renderNews(html`<network-news limit="1" .data=${regionalFeed()}></network-news>`);
    expect(titles(el)).to.deep.equal(['wittenberg-ehrenamt']);
    el.tag = 'jugend';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['marburg-ehrenamt']);
    el.tag = undefined;
    el.region = 'DE-HE';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['marburg-ehrenamt']);
  });

  it('says what matched nothing, by name, with status "empty", accessibly', async () => {
    const el = await renderNews(html`<network-news region="DE-ST" tag="Jugend" .data=${regionalFeed()}></network-news>`);
    expect(el.status).to.equal('empty');
    expect(items(el)).to.have.length(0);
    expect(shadowText(el)).to.equal('Keine Meldungen passen zu Region Sachsen-Anhalt, Schlagwort Jugend.');
    await expect(el).to.be.accessible();
  });

  it('names unknown filter values as written, and speaks English', async () => {
    const el = await renderNews(html`<network-news lang="en" member="nowhere marburg" region="DE-BY" .data=${regionalFeed()}></network-news>`);
    expect(shadowText(el)).to.equal('No news matches region DE-BY, member nowhere / Marburg.');
  });

  it('`region` with no state code in it (a name, as `Berlin`) matches nothing: "empty", as in the map', async () => {
    const el = await renderNews(html`<network-news region="Berlin" .data=${regionalFeed()}></network-news>`);
    expect(el.status).to.equal('empty');
    expect(items(el)).to.have.length(0);
    expect(shadowText(el)).to.equal('Keine Meldungen passen zu Region Berlin.');
  });

  it('leaves the empty state when a filter is removed', async () => {
    const el = await renderNews(html`<network-news tag="gibt-es-nicht" .data=${regionalFeed()}></network-news>`);
    expect(el.status).to.equal('empty');
    el.removeAttribute('tag');
    await waitUntil(() => el.status === 'ready', 'the status stays empty');
    expect(items(el)).to.have.length(4);
  });
});
