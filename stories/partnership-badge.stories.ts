import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/partnership-badge/partnership-badge.js';
import { commonArgTypes, orAbsent, type CommonArgs } from './support/args.js';
import { exampleFeed } from './support/example-feed.js';
import { LOADING_TIMEOUT, STORY_FEEDS } from './support/story-feeds.js';

interface BadgeArgs extends CommonArgs {
  member?: string;
  variant?: 'full' | 'compact' | 'seal';
  size?: 's' | 'm' | 'l';
  verify?: 'domain' | 'none';
  /** An already parsed feed, as the `.data` property. */
  data?: unknown;
  /** Fallback content for the default slot. */
  fallback?: boolean;
}

const renderBadge = (args: BadgeArgs) => html`<partnership-badge
  member=${ifDefined(orAbsent(args.member))}
  variant=${ifDefined(args.variant)}
  size=${ifDefined(args.size)}
  verify=${ifDefined(args.verify)}
  theme=${ifDefined(args.theme)}
  lang=${ifDefined(orAbsent(args.lang))}
  src=${ifDefined(orAbsent(args.src))}
  timeout=${ifDefined(args.timeout)}
  .data=${args.data}
  >${args.fallback ? html`<a href="https://www.engagiertestadt.de/">Netzwerk Engagierte Stadt</a>` : nothing}</partnership-badge
>`;

/**
 * The membership badge a member town or partner shows on its own website. The stories use `verify="none"` (this page
 * is no member's), so the badge says "Website nicht geprüft", except the one that shows what an unlisted page gets.
 */
const meta = {
  title: 'Elements/partnership-badge',
  component: 'partnership-badge',
  render: renderBadge,
  args: { member: 'trier', variant: 'full', size: 'm', verify: 'none', theme: 'light', lang: '', src: '' },
  argTypes: {
    ...commonArgTypes,
    member: { control: 'text', table: { category: 'attributes' } },
    variant: { control: 'inline-radio', options: ['full', 'compact', 'seal'], table: { category: 'attributes' } },
    size: { control: 'inline-radio', options: ['s', 'm', 'l'], table: { category: 'attributes' } },
    verify: { control: 'inline-radio', options: ['domain', 'none'], table: { category: 'attributes' } },
    data: { control: false, table: { category: 'properties' } },
    fallback: { control: 'boolean', description: 'Adds a fallback link in the default slot.', table: { category: 'story' } },
  },
} satisfies Meta<BadgeArgs>;

export default meta;
type Story = StoryObj<BadgeArgs>;

/** The full badge on the bundled snapshot: mark, member name, role and year joined. */
export const Full: Story = {};

export const Compact: Story = { args: { variant: 'compact' } };

/** The mark only, with an accessible name. */
export const Seal: Story = { args: { variant: 'seal' } };

/** Every variant in every size: each has a fixed size, reserved while loading. */
export const VariantsAndSizes: Story = {
  render: (args) => html`<div style="display:grid;gap:1rem;justify-items:start">
    ${(['full', 'compact', 'seal'] as const).map(
      (variant) => html`<div style="display:flex;flex-wrap:wrap;gap:1rem;align-items:center">
        ${(['s', 'm', 'l'] as const).map((size) => renderBadge({ ...args, variant, size }))}
      </div>`,
    )}
  </div>`,
};

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

export const English: Story = { args: { lang: 'en' } };

/**
 * A feed given as `.data` (no request at all). It is not the network's own data, so the badge confirms nothing from
 * it: the neutral note, never the mark (`.data` still drives the map and the news).
 */
export const FromDataUnverified: Story = {
  name: 'From Data (unverified)',
  args: { member: 'musterstadt', data: exampleFeed },
};

/** With `verify="domain"` (the default) on a page the member does not list: a neutral note, never the mark. */
export const Unverified: Story = { args: { verify: 'domain' } };

/** A member id the feed does not list: a neutral note, never the mark. */
export const NotFound: Story = { args: { member: 'gibt-es-nicht' } };

/** While the feed loads, the badge's final size is reserved. */
export const Loading: Story = {
  tags: ['loading-state'],
  args: { src: STORY_FEEDS.neverAnswers, timeout: LOADING_TIMEOUT },
};

/** The feed cannot be loaded (404): without fallback content the badge shows a plain link to the network. */
export const ErrorState: Story = { name: 'Error', args: { src: STORY_FEEDS.missing } };

/** The feed cannot be loaded, and the page gave fallback content: that is shown. */
export const ErrorWithFallback: Story = { args: { src: STORY_FEEDS.missing, fallback: true } };
