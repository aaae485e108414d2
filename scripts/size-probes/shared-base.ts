// Size probe: what every element carries before its own code (Lit, the shared base element with its feed controller,
// the loader, language, strings and tokens; the parser is a lazy chunk), in an element that renders nothing of its own.
import { html } from 'lit';
import { EngagedElement } from '../../src/base/base-element.js';
import { defineElement } from '../../src/base/define.js';

export class SharedBaseProbe extends EngagedElement {
  protected override renderFeed() {
    return html``;
  }
}
defineElement('shared-base-probe', SharedBaseProbe);
