import { css } from 'lit';

/**
 * The public design tokens (`--engaged-*`), mapped to private variables (`--_*`) that the elements use inside.
 * Light is the default; `theme="dark"` and `theme="auto"` (following `prefers-color-scheme`) switch the defaults, and a
 * page's own `--engaged-*` values always win.
 *
 * Typography is set on `[part=base]`, not inherited from the page, so that a host page's aggressive global rules
 * (`:root { font-size: 9px }`, `* { line-height: 3 !important }`, `body { white-space: pre-wrap; text-transform:
 * uppercase }`, `dir="rtl"`) do not reach inside: every inherited text property is reset there. The text size is the
 * browser's default (`medium`), which follows the visitor's setting; text sizes inside are in `em` of it.
 */
export const tokenStyles = css`
  :host {
    --_light-accent: #1b5e8c;
    --_light-text: #1d1d1f;
    --_light-muted: #585a5f;
    --_light-surface: #ffffff;
    --_light-border: #c5c7cc;
    --_dark-accent: #8cc8f2;
    --_dark-text: #f2f2f4;
    --_dark-muted: #b7b9bf;
    --_dark-surface: #1c1d21;
    --_dark-border: #55585f;

    --_accent: var(--engaged-color-accent, var(--_light-accent));
    --_text: var(--engaged-color-text, var(--_light-text));
    --_muted: var(--engaged-color-muted, var(--_light-muted));
    --_surface: var(--engaged-color-surface, var(--_light-surface));
    --_border: var(--engaged-color-border, var(--_light-border));
    --_font-family: var(--engaged-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_radius: var(--engaged-radius, 6px);
    --_focus-ring: 3px solid var(--_accent);

    display: block;
    box-sizing: border-box;
    color-scheme: light;
  }

  :host([theme='dark']) {
    --_accent: var(--engaged-color-accent, var(--_dark-accent));
    --_text: var(--engaged-color-text, var(--_dark-text));
    --_muted: var(--engaged-color-muted, var(--_dark-muted));
    --_surface: var(--engaged-color-surface, var(--_dark-surface));
    --_border: var(--engaged-color-border, var(--_dark-border));
    color-scheme: dark;
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_accent: var(--engaged-color-accent, var(--_dark-accent));
      --_text: var(--engaged-color-text, var(--_dark-text));
      --_muted: var(--engaged-color-muted, var(--_dark-muted));
      --_surface: var(--engaged-color-surface, var(--_dark-surface));
      --_border: var(--engaged-color-border, var(--_dark-border));
      color-scheme: dark;
    }
  }

  :host([hidden]) {
    display: none;
  }

  /* Set here, not inherited from the host: a page's '* { box-sizing: content-box }' reaches the host, never inside. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [part~='base'] {
    /*
     * The shorthand resets every font property a page may set on an ancestor (style, variant, stretch, kerning ...).
     * \`medium\`: the browser's default font size, 16 px unless the visitor set another; a page's root cannot change it.
     */
    font: 400 medium / 1.5 var(--_font-family);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    hyphens: manual;
    list-style: none;
    word-break: normal;
    overflow-wrap: break-word;
    tab-size: 8;
    writing-mode: horizontal-tb;
    /* German and English, left to right, also on a page or in a section written right to left. */
    direction: ltr;
    unicode-bidi: isolate;
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
  }

  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    [part~='base'] {
      border: 1px solid CanvasText;
    }
    :focus-visible {
      outline: 3px solid Highlight;
    }
  }
`;

/** Shared look of the loading, error and fallback states. */
export const stateStyles = css`
  .state {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5em;
    padding: 1em;
  }
  .state-message {
    margin: 0;
  }
  .state-detail {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .button {
    font: inherit;
    line-height: 1.25;
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  .button:hover {
    background: var(--_accent);
    color: var(--_surface);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
  }
`;
