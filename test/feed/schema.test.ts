// The hand-written documents of the schema test, read by parseFeed in the browser. The same documents are checked
// against schema/network-feed.schema.json with ajv in test/node/schema.test.mjs (ajv is CommonJS, which the test
// runner's dev server does not load in the browser).
import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { parseFeed } from '../../src/feed/parse.js';
import documents from './fixtures/schema-documents.json';

interface SchemaDocument {
  name: string;
  valid: boolean;
  document: unknown;
  /** The feed as parseFeed reads it, where the format fills in a default (a member's roles); else the document. */
  parsed?: unknown;
}

describe('the schema documents, read by parseFeed in the browser', () => {
  it('include at least 15 documents, valid and invalid', () => {
    expect(documents.length).to.be.at.least(15);
  });

  for (const { name, valid, document, parsed = document } of documents as SchemaDocument[]) {
    if (valid) {
      it(`returns ${name} ${parsed === document ? 'unchanged' : 'with its defaults'}, without warnings`, () => {
        const { feed, warnings } = parseFeed(document);
        expect(warnings).to.deep.equal([]);
        expect(JSON.stringify(feed)).to.equal(JSON.stringify(parsed));
      });
    } else {
      it(`warns or throws for ${name}`, () => {
        let warningCount: number;
        try {
          warningCount = parseFeed(document).warnings.length;
        } catch (error) {
          expect(FeedError.is(error)).to.equal(true);
          return;
        }
        expect(warningCount).to.be.greaterThan(0);
      });
    }
  }
});
