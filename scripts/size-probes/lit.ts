// Size probe: Lit alone (LitElement, a decorator, css and html), in a trivial element. Measured by scripts/sizes.mjs.
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';

export class LitProbe extends LitElement {
  static override styles = css`:host { display: block; }`;
  @property() label = '';
  protected override render() {
    return html`<p>${this.label}</p>`;
  }
}
customElements.define('lit-probe', LitProbe);
