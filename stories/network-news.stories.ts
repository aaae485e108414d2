import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/network-news/network-news.js';
import { commonArgTypes, orAbsent, type CommonArgs } from './support/args.js';
import { exampleFeed } from './support/example-feed.js';
import { LOADING_TIMEOUT, STORY_FEEDS } from './support/story-feeds.js';

interface NewsArgs extends CommonArgs {
  region?: string;
  member?: string;
  tag?: string;
  limit?: number;
  layout?: 'list' | 'cards' | 'compact';
  headingLevel?: number;
  remoteMedia?: boolean;
  data?: unknown;
  fallback?: boolean;
}

const renderNews = (args: NewsArgs) => html`<network-news
  region=${ifDefined(orAbsent(args.region))}
  member=${ifDefined(orAbsent(args.member))}
  tag=${ifDefined(orAbsent(args.tag))}
  limit=${ifDefined(args.limit)}
  layout=${ifDefined(args.layout)}
  heading-level=${ifDefined(args.headingLevel)}
  ?remote-media=${args.remoteMedia}
  theme=${ifDefined(args.theme)}
  lang=${ifDefined(orAbsent(args.lang))}
  src=${ifDefined(orAbsent(args.src))}
  timeout=${ifDefined(args.timeout)}
  .data=${args.data}
  >${args.fallback ? html`<a href="https://www.engagiertestadt.de/">Netzwerk Engagierte Stadt</a>` : nothing}</network-news
>`;

/** The network's news, or any JSON Feed, RSS 2.0 or Atom 1.0 feed given as `src`. */
const meta = {
  title: 'Elements/network-news',
  component: 'network-news',
  render: renderNews,
  args: { region: '', member: '', tag: '', limit: 3, layout: 'list', headingLevel: 2, theme: 'light', lang: '', src: '' },
  argTypes: {
    ...commonArgTypes,
    region: { control: 'text', description: 'State codes separated by spaces or commas.', table: { category: 'attributes' } },
    member: { control: 'text', description: 'Member ids separated by spaces or commas.', table: { category: 'attributes' } },
    tag: { control: 'text', description: 'Tags separated by spaces or commas (a tag with a space or a comma in it cannot be chosen).', table: { category: 'attributes' } },
    limit: { control: { type: 'number', min: 1, max: 50 }, table: { category: 'attributes' } },
    layout: { control: 'inline-radio', options: ['list', 'cards', 'compact'], table: { category: 'attributes' } },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 }, table: { category: 'attributes' } },
    remoteMedia: { name: 'remote-media', control: 'boolean', table: { category: 'attributes' } },
    data: { control: false, table: { category: 'properties' } },
    fallback: { control: 'boolean', description: 'Adds a fallback link in the default slot.', table: { category: 'story' } },
  },
} satisfies Meta<NewsArgs>;

export default meta;
type Story = StoryObj<NewsArgs>;

/** The network's news from the bundled snapshot, as a list. */
export const List: Story = {};

export const Cards: Story = { args: { layout: 'cards' } };

/** Title and date only; the title of an item without a link (most of the snapshot's) opens its text. */
export const Compact: Story = { args: { layout: 'compact', limit: 5 } };

/** Only news about Saxony-Anhalt. */
export const FilteredByRegion: Story = { args: { region: 'DE-ST' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const English: Story = { args: { lang: 'en' } };

/** A feed given as `.data`. */
export const FromData: Story = { args: { data: exampleFeed } };

/** No item matches the filters: a message that says so. */
export const Empty: Story = { args: { tag: 'gibt-es-nicht' } };

/** While the feed loads, the list's space is reserved. */
export const Loading: Story = {
  tags: ['loading-state'],
  args: { src: STORY_FEEDS.neverAnswers, timeout: LOADING_TIMEOUT },
};

/** The feed cannot be loaded (404): a short message and a retry button. */
export const ErrorState: Story = { name: 'Error', args: { src: STORY_FEEDS.missing } };

/** The feed cannot be loaded, and the page gave fallback content: that is shown. */
export const ErrorWithFallback: Story = { args: { src: STORY_FEEDS.missing, fallback: true } };
