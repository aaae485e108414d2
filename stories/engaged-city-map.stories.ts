import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/engaged-city-map/engaged-city-map.js';
import { commonArgTypes, orAbsent, type CommonArgs } from './support/args.js';
import { emptyFeed, exampleFeed } from './support/example-feed.js';
import { LOADING_TIMEOUT, STORY_FEEDS } from './support/story-feeds.js';

interface MapArgs extends CommonArgs {
  region?: string;
  selected?: string;
  view?: 'map' | 'list';
  shading?: 'partners' | 'members' | 'none';
  controls?: 'full' | 'none';
  loading?: 'lazy' | 'eager';
  headingLevel?: number;
  data?: unknown;
  fallback?: boolean;
}

const renderMap = (args: MapArgs) => html`<engaged-city-map
  region=${ifDefined(orAbsent(args.region))}
  selected=${ifDefined(orAbsent(args.selected))}
  view=${ifDefined(args.view)}
  shading=${ifDefined(args.shading)}
  controls=${ifDefined(args.controls)}
  loading=${ifDefined(args.loading)}
  heading-level=${ifDefined(args.headingLevel)}
  theme=${ifDefined(args.theme)}
  lang=${ifDefined(orAbsent(args.lang))}
  src=${ifDefined(orAbsent(args.src))}
  timeout=${ifDefined(args.timeout)}
  .data=${args.data}
  >${args.fallback ? html`<a href="https://www.engagiertestadt.de/">Netzwerk Engagierte Stadt</a>` : nothing}</engaged-city-map
>`;

/** The member towns on a map of Germany that ships with the package, with a list view as a complete alternative. */
const meta = {
  title: 'Elements/engaged-city-map',
  component: 'engaged-city-map',
  render: renderMap,
  args: { region: '', view: 'map', shading: 'partners', controls: 'full', loading: 'eager', theme: 'light', lang: '', src: '' },
  argTypes: {
    ...commonArgTypes,
    region: { control: 'text', description: 'State codes separated by spaces or commas, e.g. `DE-ST DE-TH`.', table: { category: 'attributes' } },
    selected: { control: 'text', table: { category: 'attributes' } },
    view: { control: 'inline-radio', options: ['map', 'list'], table: { category: 'attributes' } },
    shading: { control: 'inline-radio', options: ['partners', 'members', 'none'], table: { category: 'attributes' } },
    controls: { control: 'inline-radio', options: ['full', 'none'], table: { category: 'attributes' } },
    loading: { control: 'inline-radio', options: ['lazy', 'eager'], table: { category: 'attributes' } },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 }, table: { category: 'attributes' } },
    data: { control: false, table: { category: 'properties' } },
    fallback: { control: 'boolean', description: 'Adds a fallback link in the default slot.', table: { category: 'story' } },
  },
} satisfies Meta<MapArgs>;

export default meta;
type Story = StoryObj<MapArgs>;

/** All of Germany on the bundled snapshot, the programme's state partners shaded. */
export const Germany: Story = {};

/** Only Saxony-Anhalt and Thuringia. */
export const Region: Story = { args: { region: 'DE-ST DE-TH' } };

/** A member's details open. */
export const Selected: Story = { args: { selected: 'trier' } };

/** The list view: every member that matches the filters, also those without a location. */
export const ListView: Story = { args: { view: 'list' } };

/** States shaded by their number of members. */
export const ShadedByMembers: Story = { args: { shading: 'members' } };

/** No search, filter or view toggle. */
export const WithoutControls: Story = { args: { controls: 'none', shading: 'none' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const English: Story = { args: { lang: 'en' } };

/** A feed given as `.data`. */
export const FromData: Story = { args: { data: exampleFeed } };

/** A feed without members. */
export const Empty: Story = { args: { data: emptyFeed } };

/** While the feed loads, the map's space is reserved. */
export const Loading: Story = {
  tags: ['loading-state'],
  args: { src: STORY_FEEDS.neverAnswers, timeout: LOADING_TIMEOUT },
};

/** The feed cannot be loaded (404): a short message and a retry button. */
export const ErrorState: Story = { name: 'Error', args: { src: STORY_FEEDS.missing } };

/** The feed cannot be loaded, and the page gave fallback content: that is shown. */
export const ErrorWithFallback: Story = { args: { src: STORY_FEEDS.missing, fallback: true } };
