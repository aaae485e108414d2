import { expect } from '@open-wc/testing';
import { loadSnapshot, scriptDirectory } from '../../src/feed/snapshot.js';

describe('the bundled snapshot', () => {
  it('is frozen: shared by every element and trusted by the badge, no script can change what it says', async () => {
    const { feed, url } = await loadSnapshot();
    const member = feed._engaged_city!.members[0]!;
    expect(Object.isFrozen(feed) && Object.isFrozen(member) && Object.isFrozen(feed._engaged_city!.members)).to.equal(true);
    expect(() => {
      (member as { name: string }).name = 'Gefälscht';
    }).to.throw(TypeError);
    expect(url.startsWith('http')).to.equal(true);
  });

  it('takes the script’s folder, without a CMS’s version query, as the feed’s address', () => {
    expect(scriptDirectory('https://example.org/js/engaged-city-widgets.js?ver=6.4.2#x')).to.equal('https://example.org/js/');
  });
});
