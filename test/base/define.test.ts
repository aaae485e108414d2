import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/base/define.js';
import { VERSION } from '../../src/base/version.js';
import pkg from '../../package.json';
import { captureWarnings } from '../support/console.js';

let counter = 0;
const uniqueTag = () => `test-define-${++counter}-${Math.random().toString(36).slice(2, 7)}`;

describe('defineElement (guarded registration)', () => {
  it('defines an element that is not yet defined', () => {
    const tag = uniqueTag();
    class Fresh extends HTMLElement {}
    defineElement(tag, Fresh);
    expect(customElements.get(tag)).to.equal(Fresh);
  });

  it('does not throw and keeps the first definition when the same tag is defined again', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {
      static packageVersion = VERSION;
    }
    class Second extends HTMLElement {
      static packageVersion = VERSION;
    }
    const warnings = captureWarnings();
    try {
      defineElement(tag, First);
      expect(() => defineElement(tag, Second)).not.to.throw();
      expect(() => defineElement(tag, First)).not.to.throw();
    } finally {
      warnings.restore();
    }
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings.messages, 'same version: no warning').to.deep.equal([]);
  });

  it('warns once when a different version defined the tag first', () => {
    const tag = uniqueTag();
    class Old extends HTMLElement {
      static packageVersion = '0.0.1-old';
    }
    class New extends HTMLElement {}
    const warnings = captureWarnings();
    try {
      defineElement(tag, Old);
      defineElement(tag, New);
      defineElement(tag, New);
    } finally {
      warnings.restore();
    }
    expect(customElements.get(tag)).to.equal(Old);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('0.0.1-old').and.contain(tag);
  });

  it('warns once for all the elements that another version defined first, as the spec says', () => {
    const tags = [uniqueTag(), uniqueTag(), uniqueTag()];
    const warnings = captureWarnings();
    try {
      for (const tag of tags) {
        defineElement(tag, class extends HTMLElement {
          static packageVersion = '0.0.2-other';
        });
        defineElement(tag, class extends HTMLElement {});
      }
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('0.0.2-other');
  });

  it('keeps its version equal to package.json', () => {
    expect(VERSION).to.equal(pkg.version);
  });
});
