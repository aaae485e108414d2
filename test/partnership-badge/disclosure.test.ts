import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PartnershipBadge } from '../../src/partnership-badge/partnership-badge.js';
import { badgeFeed, proofOf, settled, toggleOf } from './badge-fixtures.js';

const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
const focused = (el: PartnershipBadge) => el.shadowRoot!.activeElement;

async function badge(template = html`<badge-on-host member="lutherstadt-wittenberg" .data=${badgeFeed()}></badge-on-host>`) {
  const el = await fixture<PartnershipBadge>(template);
  await settled(el);
  return el;
}

describe('<partnership-badge>: the proof a visitor can open', () => {
  it('is one button, closed at first, that controls a hidden group (no landmark: a widget adds none to the page)', async () => {
    const el = await badge();
    const toggle = toggleOf(el)!;
    expect(el.shadowRoot!.querySelectorAll('button, a[href]:not([hidden] *)').length).to.equal(1);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const proof = proofOf(el)!;
    expect(toggle.getAttribute('aria-controls')).to.equal(proof.id);
    expect(proof.hidden).to.equal(true);
    expect(proof.getAttribute('aria-label')).to.equal('Nachweis der Mitgliedschaft');
    expect(proof.getAttribute('role')).to.equal('group');
  });

  it('opens and closes with the mouse, and says who confirms the membership and as of when', async () => {
    const el = await badge();
    const toggle = toggleOf(el)!;
    toggle.click();
    await el.updateComplete;
    const proof = proofOf(el)!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(proof.hidden).to.equal(false);
    expect(proof.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(text(proof)).to.equal(
      'Lutherstadt Wittenberg – Engagierte Stadt ' +
        'Mitglied im Netzwerk Engagierte Stadt seit 2015 – bestätigt durch das Netzwerk Engagierte Stadt ' +
        // The member's website the page (www.wittenberg.de) was checked against, to compare with the address bar.
        'Geprüft für die Website wittenberg.de ' +
        'Stand: 1. Juni 2025 ' +
        'Eintrag beim Netzwerk ansehen',
    );
    expect(proof.querySelector('time')!.getAttribute('datetime')).to.equal('2025-06-01T00:00:00Z');
    await expect(el).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(proof.hidden).to.equal(true);
  });

  it('names every role of the member, which the badge itself cuts short when there are several', async () => {
    for (const variant of ['full', 'compact']) {
      const el = await badge(html`<badge-on-host
        member="stiftung-beispiel" variant=${variant} .pageHostForTest=${'www.stiftung-beispiel.de'} .data=${badgeFeed()}
      ></badge-on-host>`);
      const role = el.shadowRoot!.querySelector<HTMLElement>('.role > :first-child')!;
      expect(role.scrollWidth, `${variant}: the roles fit the badge`).to.be.greaterThan(role.clientWidth);
      toggleOf(el)!.click();
      await el.updateComplete;
      expect(text(proofOf(el)!)).to.contain('Stiftung Beispiel – Netzwerkpartner, Förderer');
    }
  });

  it('names the website it was checked for as the address bar shows it, an umlaut domain in Unicode', async () => {
    const el = await badge(html`<badge-on-host
      member="lutherstadt-wittenberg" .pageHostForTest=${'www.xn--mnchen-3ya.de'} .data=${badgeFeed({ domains: ['xn--mnchen-3ya.de'] })}
    ></badge-on-host>`);
    toggleOf(el)!.click();
    // Its decoder is a chunk of its own, loaded for such a name.
    await waitUntil(() => text(proofOf(el)!).includes('Geprüft für die Website münchen.de'), 'the domain stays in punycode');
  });

  it('links to the member’s entry in the network’s own directory', async () => {
    const el = await badge();
    toggleOf(el)!.click();
    await el.updateComplete;
    const links = [...proofOf(el)!.querySelectorAll('a')];
    expect(links.map((link) => link.href)).to.deep.equal(['https://www.engagiertestadt.de/staedte/wittenberg']);
  });

  it('always names the network as the one who confirms, never a name the feed gives itself', async () => {
    const feed = badgeFeed();
    feed.title = 'Bundesministerium für Engagement';
    const el = await badge(html`<badge-on-host member="lutherstadt-wittenberg" .data=${feed}></badge-on-host>`);
    toggleOf(el)!.click();
    await el.updateComplete;
    expect(text(proofOf(el)!)).to.contain('– bestätigt durch das Netzwerk Engagierte Stadt').and.not.contain('Bundesministerium');
  });

  it('without a profile page shows no link, but still says who confirms the membership', async () => {
    const el = await badge(html`<badge-on-host member="lutherstadt-wittenberg" .data=${badgeFeed({ profile_url: undefined })}></badge-on-host>`);
    toggleOf(el)!.click();
    await el.updateComplete;
    const proof = proofOf(el)!;
    expect(proof.querySelector('a')).to.equal(null);
    expect(text(proof)).to.contain('bestätigt durch das Netzwerk Engagierte Stadt');
    await expect(el).to.be.accessible();
  });

  it('opens with Enter, closes with Space, and keeps the focus on the button', async () => {
    const el = await badge();
    const toggle = toggleOf(el)!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)).to.equal(toggle);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(toggle);
  });

  it('lets Tab reach the profile link right after the button, and Escape close the proof and return focus', async () => {
    const el = await badge();
    const toggle = toggleOf(el)!;
    toggle.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(proofOf(el)!.querySelector('a'));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(proofOf(el)!.hidden).to.equal(true);
    expect(focused(el)).to.equal(toggle);
  });

  it('lets Escape pass on to the page when the proof is closed', async () => {
    const el = await badge();
    let pageSawEscape = false;
    const listener = (event: KeyboardEvent) => (pageSawEscape ||= event.key === 'Escape');
    document.addEventListener('keydown', listener);
    toggleOf(el)!.focus();
    await sendKeys({ press: 'Escape' });
    document.removeEventListener('keydown', listener);
    expect(pageSawEscape).to.equal(true);
  });

  it('speaks English', async () => {
    const el = await badge(html`<badge-on-host lang="en" member="lutherstadt-wittenberg" .data=${badgeFeed()}></badge-on-host>`);
    toggleOf(el)!.click();
    await el.updateComplete;
    expect(text(proofOf(el)!)).to.equal(
      'Lutherstadt Wittenberg – Engaged City ' +
        'Member of the Engagierte Stadt network since 2015 – confirmed by the Engagierte Stadt network ' +
        'Checked for the website wittenberg.de ' +
        'As of June 1, 2025 ' +
        'View the entry at the network',
    );
    expect(proofOf(el)!.getAttribute('aria-label')).to.equal('Proof of membership');
  });

  describe('with verify="none" (a preview: the website is not checked)', () => {
    const preview = (variant = 'full', lang = 'de') =>
      badge(html`<badge-on-host
        verify="none" variant=${variant} lang=${lang} member="lutherstadt-wittenberg" .pageHostForTest=${'test.example.com'}
        .data=${badgeFeed()}
      ></badge-on-host>`);

    it('still shows the badge, but says on it, in its accessible name and in the proof that the website was not checked', async () => {
      const el = await preview();
      expect(el.status).to.equal('ready');
      const toggle = toggleOf(el)!;
      expect(text(toggle)).to.equal('Netzwerk Engagierte Stadt Lutherstadt Wittenberg Engagierte Stadt seit 2015 Website nicht geprüft');
      expect(toggle.getAttribute('aria-label')).to.equal('Netzwerk Engagierte Stadt: Lutherstadt Wittenberg, Engagierte Stadt seit 2015. Website nicht geprüft');
      const line = toggle.querySelector<HTMLElement>('.unchecked-line')!;
      expect(line.getBoundingClientRect().height, 'the note is visible on the badge').to.be.greaterThan(0);
      expect(line.getBoundingClientRect().bottom).to.be.at.most(toggle.getBoundingClientRect().bottom);
      expect(getComputedStyle(toggle).borderTopStyle).to.equal('dashed');
      toggle.click();
      await el.updateComplete;
      expect(text(proofOf(el)!)).to.contain(
        'Website nicht geprüft: Ob diese Website zum Mitglied gehört, wurde nicht geprüft (Vorschau).',
      ).and.not.contain('Geprüft für');
      await expect(el).to.be.accessible();
    });

    it('says so in the compact and the seal variant too (the seal in its accessible name), accessibly', async () => {
      for (const variant of ['compact', 'seal']) {
        const el = await preview(variant);
        expect(text(toggleOf(el)!), variant).to.contain('Website nicht geprüft');
        expect(toggleOf(el)!.getAttribute('aria-label'), variant).to.match(/^Netzwerk Engagierte Stadt: Lutherstadt Wittenberg, .*\. Website nicht geprüft$/);
        expect(getComputedStyle(toggleOf(el)!).borderTopStyle, variant).to.equal('dashed');
        await expect(el).to.be.accessible();
      }
    });

    it('never shows the network mark or the member’s artwork, so that it cannot pass for a confirmed badge', async () => {
      for (const variant of ['full', 'compact', 'seal']) {
        const el = await preview(variant);
        expect(el.shadowRoot!.querySelector('[part~="mark"], svg, slot[name="mark"]'), variant).to.equal(null);
        // A part of its own: a page's ::part(mark) rules do not reach it.
        const mark = el.shadowRoot!.querySelector<HTMLElement>('[part~="preview"]')!;
        expect(getComputedStyle(mark).borderTopStyle, variant).to.equal('dashed');
        if (variant === 'seal') {
          expect(mark.textContent, 'the seal says it on its face').to.equal('Nicht geprüft');
          expect(mark.getBoundingClientRect().height).to.be.greaterThan(20);
        }
      }
    });

    it('says so in English', async () => {
      const el = await preview('full', 'en');
      expect(text(toggleOf(el)!)).to.contain('Website not checked');
      expect(toggleOf(el)!.getAttribute('aria-label')).to.equal('Engagierte Stadt network: Lutherstadt Wittenberg, Engaged City since 2015. Website not checked');
      toggleOf(el)!.click();
      await el.updateComplete;
      expect(text(proofOf(el)!)).to.contain('Website not checked: Whether this website belongs to the member was not checked (preview).');
    });

    it('does not say so when the website was checked', async () => {
      const el = await badge();
      toggleOf(el)!.click();
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('[part~="base"]')!)).to.not.contain('nicht geprüft');
      expect(getComputedStyle(toggleOf(el)!).borderTopStyle).to.equal('solid');
    });
  });
});
