import { expect, fixture, html } from '@open-wc/testing';
import { resolveLanguage, toSupportedLanguage } from '../../src/base/language.js';

describe('resolveLanguage', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'de'));

  it('takes the element’s own lang first', async () => {
    const el = await fixture(html`<div lang="de"><span lang="en"></span></div>`);
    expect(resolveLanguage(el.querySelector('span')!)).to.equal('en');
  });

  it('then the closest ancestor’s lang', async () => {
    const el = await fixture(html`<section lang="en-GB"><div><span></span></div></section>`);
    expect(resolveLanguage(el.querySelector('span')!)).to.equal('en');
  });

  it('then the document’s lang', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const el = await fixture(html`<span></span>`);
    expect(resolveLanguage(el)).to.equal('en');
  });

  it('crosses shadow roots to find the host’s language', async () => {
    const host = await fixture(html`<div lang="en"></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLanguage(inner)).to.equal('en');
  });

  it('falls back to German for anything unsupported or absent', async () => {
    document.documentElement.removeAttribute('lang');
    expect(resolveLanguage(await fixture(html`<span></span>`))).to.equal('de');
    expect(resolveLanguage(await fixture(html`<span lang="fr"></span>`))).to.equal('de');
    expect(resolveLanguage(await fixture(html`<span lang=""></span>`))).to.equal('de');
  });

  it('reads region subtags and any case', () => {
    expect(toSupportedLanguage('EN-us')).to.equal('en');
    expect(toSupportedLanguage('de_AT')).to.equal('de');
    expect(toSupportedLanguage('english')).to.equal(undefined);
  });
});
