import { adoptStyles, html, nothing, supportsAdoptingStyleSheets, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { EngagedElement } from '../base/base-element.js';
import { choice } from '../base/choices.js';
import { DEFAULT_HEADING_LEVEL, headingLevelOf } from '../base/heading.js';
import type { ElementStatus } from '../base/feed-controller.js';
import type { FeedError } from '../feed/errors.js';
import { stringsFor } from '../base/strings/index.js';
import { STATE_CODES, type Member, type NetworkFeed, type StateCode } from '../feed/types.js';
import { loadMapEngine, type BaseMap, type MapEngine } from './base-map.js';
import type { ClusterIndex, MapItem } from './clusters.js';
import { renderControls, type MapView } from './controls.js';
import { styles } from './engaged-city-map.styles.js';
import type { MapGestures } from './map-gestures.js';
import { loadMapViews, type MapViews } from './load-views.js';
import { MapData } from './map-data.js';
import type { Shading } from './shading.js';
import { mapStrings, type FrameStrings, type MapStrings } from './strings.js';
import type { FrameRect, Size, View } from './viewport.js';

export type { MapView } from './controls.js';
/** Whether the element shows its controls. */
export type MapControls = 'full' | 'none';
/** When the element loads its data: when it comes near the viewport (`lazy`) or at once (`eager`). */
export type MapLoading = 'lazy' | 'eager';

/** The detail of `member-select`. */
export interface MemberSelectDetail {
  id: string;
  member: Member;
}

declare global {
  // Typed for `addEventListener` on the map and on any ancestor (it bubbles and crosses shadow roots).
  interface GlobalEventHandlersEventMap {
    'member-select': CustomEvent<MemberSelectDetail>;
  }
}

const VIEWS: readonly [MapView, ...MapView[]] = ['map', 'list'];
const SHADINGS: readonly [Shading, ...Shading[]] = ['partners', 'members', 'none'];
/** Rows of the list view drawn at once, then per step: about 50 ms of work each on a slow machine. */
const LIST_FIRST_ROWS = 400;
/** The rows a step of a long list draws at first; then as many as take about LIST_STEP_MS to draw on this device. */
const LIST_STEP_ROWS = 1000;
const LIST_STEP_MS = 25;
/** How far the map may zoom in beyond the whole of Germany. */
const MAX_ZOOM_FACTOR = 128;
const ZOOM_STEP = 2;
const TRANSITION_MS = 300;
const SEARCH_DELAY_MS = 150;
/** The search result is announced once the visitor pauses typing this long, not after every keystroke. */
const ANNOUNCE_DELAY_MS = 700;
/** How long a gesture hint (Ctrl + wheel, two fingers) stays after the last gesture that called for it. */
const HINT_MS = 1600;
/** Screen pixels beyond the box in which markers are still drawn, so panning shows no gap. */
const OVERDRAW = 40;


/**
 * The network's member towns on a map of Germany that ships with the package (no tile server), with clusters, zoom,
 * details, shading of the states, search, a state filter, and a list view that is a complete alternative to the map.
 *
 * Keyboard: Tab enters the map (at the `selected` town when the page set it); the arrow keys move to the nearest town
 * in their direction, at most 60° aside (the map follows when a town at its edge is reached, and, zoomed in, moves to
 * the next town in that direction when none is in sight), Shift + arrows pan (the focus moves to a town in sight when
 * its own leaves the box), Enter or Space open a town's details or a cluster, Escape closes the details and returns to
 * the marker, `+` and `-` zoom. Entering the map by keyboard shows these keys for a few seconds. A cluster is named by
 * its number of towns, its states and its largest town; one whose towns the map cannot draw apart lists them instead
 * of zooming in. Until the map is drawn, its box says that it is loading. When the feed cannot be loaded, the box
 * (or the list's) keeps its size and shows the message with a retry button, or the page's fallback content.
 *
 * @tagname engaged-city-map
 * @summary A map of the member towns of the "Engagierte Stadt" network, with a list view.
 *
 * @slot - Fallback content, shown before the element is defined and when the feed cannot be loaded.
 * @fires {CustomEvent<MemberSelectDetail>} member-select - When the visitor selects a member (on the map or in the list).
 * @fires {CustomEvent<{ feed: NetworkFeed }>} feed-load - Once data is shown.
 * @fires {CustomEvent<{ error: FeedError }>} feed-error - When the feed cannot be loaded.
 * @csspart base - The element's outer box.
 * @csspart map - The map's box (base map, markers, zoom buttons, attribution; the message when the feed fails).
 * @csspart marker - A member's marker (a button).
 * @csspart cluster - A group of markers (a button that zooms in, or lists towns at one place).
 * @csspart details - The panel with the selected member's details.
 * @csspart list - The list view.
 * @csspart controls - Search, state filter and view toggle.
 * @csspart legend - The legend of the state shading.
 * @csspart attribution - The base map's source and licence.
 * @cssprop --engaged-color-accent - Markers, partner shading, links, focus rings.
 * @cssprop --engaged-color-text - Text, marker outlines.
 * @cssprop --engaged-color-muted - Secondary text, state borders.
 * @cssprop --engaged-color-surface - Background.
 * @cssprop --engaged-color-border - Borders.
 * @cssprop --engaged-font-family - Font stack.
 * @cssprop --engaged-radius - Corner radius.
 */
export class EngagedCityMap extends EngagedElement {
  static override styles = [...EngagedElement.styles, styles];

  /** State codes separated by spaces or commas (`DE-ST DE-TH`): show and zoom to those states only. Empty: all of Germany. */
  @property({ reflect: true }) region: string | null = '';

  /** Id of the selected member, whose details are open. Reflected. An id the feed does not list opens nothing and logs one console warning. */
  @property({ reflect: true }) selected?: string;

  /** `map` (default) or `list`. The visitor switches with the built-in toggle. */
  @property({ reflect: true }) view: MapView = 'map';

  /** `partners` (default: the programme's state partners), `members` (states by number of members) or `none`. */
  @property({ reflect: true }) shading: Shading = 'partners';

  /**
   * `full` (default: search, state filter, zoom buttons, view toggle) or `none`, for a small teaser map. Without them the
   * map is still used by keyboard (arrow keys, `+` and `-`, Enter), touch and Ctrl + wheel, but the visitor has no way
   * to the list view or the search: a page that needs the list as an alternative (BITV) keeps `full` or switches
   * `view` itself.
   */
  @property({ reflect: true }) controls: MapControls = 'full';

  /** `lazy` (default: nothing is requested until the element is near the viewport) or `eager`. */
  @property({ reflect: true }) loading: MapLoading = 'lazy';

  /**
   * The level of the map's headings (2–6, default 3): the states in the list view and the details panel. Set it to one
   * below the page's heading above the map; a member's name in the list view is one level lower still.
   * @default 3
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = DEFAULT_HEADING_LEVEL;

  @state() private baseMap?: BaseMap;
  /** What the map draws once data is there (views.ts), loaded with the feed. */
  @state() private views?: MapViews;
  #indexMembers?: MapEngine['indexMembers'];
  #MapGestures?: MapEngine['MapGestures'];
  /** The view arithmetic (viewport.ts), part of the engine: only needed once the base map is there. */
  #viewport?: MapEngine['viewport'];
  @state() private baseMapFailed = false;
  @state() private viewsFailed = false;
  @state() private mapView?: View;
  @state() private size?: Size;
  @state() private query = '';
  @state() private appliedQuery = '';
  @state() private stateFilter: StateCode | '' = '';
  @state() private announcement = '';
  /** The gesture hint shown over the map: how to zoom with the wheel, how to move the map by touch. */
  @state() private hint?: 'wheel' | 'touch';
  /** Members at one spot that a cluster could not separate, listed in the details panel. */
  @state() private spotMembers?: string[];
  /** Members whose disclosure is open in the list view. */
  @state() private expanded = new Set<string>();
  /** How many members the list view draws now (see `#drawMoreOfTheList`). */
  @state() private listLimit = LIST_FIRST_ROWS;
  #listFor?: readonly Member[];
  #listTimer?: ReturnType<typeof setTimeout>;
  #listStep = LIST_STEP_ROWS;
  /** When the step of the list being drawn began (see `#drawMoreOfTheList`). */
  #listStepStart?: number;
  @state() private activeKey?: string;

  #resizeObserver?: ResizeObserver;
  #gestures?: MapGestures;
  #stage?: HTMLElement;
  #transitions: Animation[] = [];
  /** True while the map moves (transition, drag, pinch, wheel): the base map is then shifted, not redrawn. */
  #moving = false;
  #motionTimer?: ReturnType<typeof setTimeout>;
  /** The view the base map was last drawn at. */
  #paintedView?: View;
  #searchTimer?: ReturnType<typeof setTimeout>;
  #announceTimer?: ReturnType<typeof setTimeout>;
  /** The number of matches last announced (or shown before the first search): a search announces only a change. */
  #announcedCount?: number;
  #hintTimer?: ReturnType<typeof setTimeout>;
  #lastFocused?: HTMLElement;
  #focusAfterUpdate?: () => HTMLElement | null | undefined;
  /** The members by id, the filtered members, the counts per state and the cluster index, recomputed when needed. */
  readonly #data = new MapData();
  #items: MapItem[] = [];
  #itemsIndex?: ClusterIndex;
  /** The view the markers were last placed at, and how large their dots were drawn there. */
  #itemsView?: View;
  #itemsGrowth = 1;
  #placementTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super({
      lazy: () => (this as EngagedCityMap).loading !== 'eager',
      // The views and the base map are requested when the feed is.
      onNear: () => (this as EngagedCityMap).#loadMapCode(),
    });
  }

  /** The strings of the map's frame in the element's language. */
  private get strings(): FrameStrings {
    return stringsFor(mapStrings, this.language);
  }

  /** The frame's strings joined with each table of the views' strings (one per language, and per wording). */
  readonly #allStrings = new WeakMap<object, MapStrings>();

  /**
   * Every string of the map, for the views (the frame's and theirs), in the element's language, and in the words of
   * the feed ("members" when it lists organisations too).
   */
  #stringsForViews(views: MapViews): MapStrings {
    const viewStrings = views.viewStringsFor(this.language, this.feedController.feed);
    let strings = this.#allStrings.get(viewStrings);
    if (!strings) this.#allStrings.set(viewStrings, (strings = { ...this.strings, ...viewStrings }));
    return strings;
  }

  /** The members this element shows: all of them, or those of the `region` states (none if it names no state). */
  get #members(): Member[] {
    return this.#membersOf(this.feedController.feed);
  }

  #membersOf(feed: NetworkFeed | undefined): Member[] {
    const all = feed?._engaged_city?.members ?? [];
    if (!this.#region.trim()) return all;
    const region = this.#regionCodes;
    return all.filter((member) => member.region && region.includes(member.region));
  }

  /**
   * The valid state codes in `region`, read case-insensitively (`de-st` is `DE-ST`) and separated by spaces or commas
   * (`DE-HE, DE-RP`), as `attributeWords` reads them (written out here: the entry's bytes). A word
   * that is no state code (`sachsen`) is left out, with one console warning for the webmaster (see `checkAttributes`).
   */
  get #regionCodes(): StateCode[] {
    return this.#region.toUpperCase().split(/[\s,]+/).filter((code): code is StateCode => (STATE_CODES as readonly string[]).includes(code));
  }

  /** `region` is set but names no state: the map shows nothing (not all of Germany). */
  get #regionNamesNoState(): boolean {
    return Boolean(this.#region.trim()) && !this.#regionCodes.length;
  }

  protected override emptyAnnouncement(): string {
    return this.#emptyMessage;
  }

  /** What the element says when it has no member to show: none at all, or none in the `region`. */
  get #emptyMessage(): string {
    return this.#region.trim() ? this.strings.emptyRegion : this.strings.empty;
  }

  /** `region` as text: '' when the attribute was removed (the property is then `null`). */
  get #region(): string {
    return this.region ?? '';
  }

  override statusForFeed(feed: NetworkFeed): ElementStatus {
    if (!this.#membersOf(feed).length) return 'empty';
    // Ready once the data is shown: the views that draw it come with the feed (or say that they could not).
    return this.views || this.viewsFailed ? 'ready' : 'loading';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved on the page (frameworks, tabs, CMS editors): render again so `updated()` watches the size and attaches
    // the gestures once more; `disconnectedCallback` let them go.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#gestures?.disconnect();
    this.#gestures = undefined;
    this.#stage = undefined;
    this.#stopTransition();
    // A cancelled transition never ends the motion: end it here, or the base map would stay shifted, never redrawn.
    this.#moving = false;
    clearTimeout(this.#motionTimer);
    clearTimeout(this.#searchTimer);
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#hintTimer);
    clearTimeout(this.#listTimer);
    clearTimeout(this.#placementTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('view')) this.view = choice(this, 'view', this.view, VIEWS);
    // What this update changes may take the focus away (a view, a panel, a control gone; a marker moved in the DOM):
    // remember where it was, so that it does not fall to the page (see `#keepFocus`).
    this.#focusedBeforeUpdate = (this.renderRoot as ShadowRoot | undefined)?.activeElement ?? null;
    // The page chose a member while the keyboard was elsewhere: Tab enters the map at it, or at the cluster that holds
    // it (see `keyAfterPlacing`), not at the town the keyboard left.
    if (changed.has('selected') && this.selected && !this.#focusedBeforeUpdate) this.activeKey = undefined;
    if (changed.has('shading')) this.shading = choice(this, 'shading', this.shading, SHADINGS);
    if (changed.has('controls')) this.controls = choice(this, 'controls', this.controls, ['full', 'none']);
    if (changed.has('loading')) this.loading = choice(this, 'loading', this.loading, ['lazy', 'eager']);
    if (changed.has('region') && changed.get('region') !== undefined) {
      // A state chosen in the filter that the new region leaves out would hide every member, unseen: drop it.
      const codes = this.#regionCodes;
      if (this.stateFilter && codes.length && !codes.includes(this.stateFilter)) this.stateFilter = '';
      if (this.size && this.baseMap) this.mapView = this.#homeView();
    }
    if (!this.mapView && this.size && this.baseMap) this.mapView = this.#homeView();
    if ((changed as Map<PropertyKey, unknown>).has('views') && this.views) this.#adoptViewStyles(this.views);
    this.#prepareData();
    if (this.views && this.feedController.feed) this.views.checkAttributes(this, this.#region, this.selected, this.#data.membersById);
    // Another list of members (a filter, a search, a new feed): drawn again in steps from the top.
    if (this.#listFor !== this.#data.filtered) {
      this.#listFor = this.#data.filtered;
      this.listLimit = LIST_FIRST_ROWS;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#attachStage();
    const focusAfterUpdate = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    focusAfterUpdate?.()?.focus();
    if ((focusAfterUpdate || this.#focusedBeforeUpdate) && this.#focusIsLost()) {
      this.#keepFocus(this.#focusedBeforeUpdate, changed.has('view'));
    }
    this.#focusedBeforeUpdate = null;
    this.#drawMoreOfTheList();
  }

  /**
   * A long list is drawn in steps, one per task, so that the page answers in between (see `renderListView`); each step
   * draws as many rows as the last one drew in about LIST_STEP_MS, which leaves the browser time to lay them out and
   * collect garbage in the same task without making it a long one, on a fast device and a slow one.
   */
  #drawMoreOfTheList(): void {
    clearTimeout(this.#listTimer);
    if (this.#listStepStart !== undefined) {
      const took = Math.max(1, performance.now() - this.#listStepStart);
      this.#listStep = Math.round(Math.min(4 * LIST_STEP_ROWS, Math.max(100, (this.#listStep * LIST_STEP_MS) / took)));
      this.#listStepStart = undefined;
    }
    if (this.view !== 'list' || this.listLimit >= this.#data.filtered.length) return;
    this.#listTimer = setTimeout(() => {
      this.#listStepStart = performance.now();
      this.listLimit += this.#listStep;
    }, 0);
  }

  // ── data ──────────────────────────────────────────────────────────────────────────────────────────────────────

  #prepareData(): void {
    this.#data.update({
      all: this.feedController.feed?._engaged_city?.members,
      members: this.#members,
      region: this.#region,
      stateFilter: this.stateFilter,
      query: this.appliedQuery,
      baseMap: this.baseMap,
      indexMembers: this.#indexMembers,
    });
  }

  #viewStylesAdopted = false;

  /** The views' styles join the element's once they are loaded, before anything of them is drawn. */
  #adoptViewStyles(views: MapViews): void {
    if (this.#viewStylesAdopted || !(this.renderRoot instanceof ShadowRoot)) return;
    this.#viewStylesAdopted = true;
    // Constructable style sheets are replaced as a list; the fallback adds a <style> (with the page's nonce, if set).
    const styles = supportsAdoptingStyleSheets ? [...(this.constructor as typeof EngagedCityMap).elementStyles, views.viewStyles] : [views.viewStyles];
    adoptStyles(this.renderRoot, styles);
  }

  /**
   * Loads the views and the base map with its engine, each once; a failed one is loaded again on retry. The map draws
   * once, when both have come (or failed); the list needs only the views and gets them as soon as they are there.
   */
  #loadMapCode(): void {
    const views = this.views ? undefined : loadMapViews();
    if (views) this.viewsFailed = false;
    const engine = this.baseMap ? undefined : loadMapEngine();
    if (engine) this.baseMapFailed = false;
    views?.then(
      (loaded) => {
        if (this.view === 'list' || !engine) this.views = loaded;
      },
      () => undefined, // said below
    );
    Promise.allSettled([views, engine]).then(([viewsResult, engineResult]) => {
      if (viewsResult.status === 'rejected') this.viewsFailed = true;
      else if (viewsResult.value) this.views = viewsResult.value;
      if (engineResult.status === 'rejected') {
        this.baseMapFailed = true;
      } else if (engineResult.value) {
        const loaded = engineResult.value;
        this.#indexMembers = loaded.indexMembers;
        this.#MapGestures = loaded.MapGestures;
        this.#viewport = loaded.viewport;
        this.baseMap = loaded.baseMap;
      }
    });
  }

  // ── the view: size, zoom, pan ────────────────────────────────────────────────────────────────────────────────

  /** The frame rectangle of the states shown (the `region`, else Germany). */
  #homeRect(): FrameRect {
    const baseMap = this.baseMap!;
    const region = this.#regionCodes;
    const rects = baseMap.states.filter((entry) => region.includes(entry.code)).map((entry) => entry.bounds);
    return this.#viewport!.unionRect(rects) ?? [0, 0, baseMap.width, baseMap.height];
  }

  #homeView(): View {
    return this.#viewport!.fitView(this.#homeRect(), this.size!);
  }

  #limit(view: View): View {
    const home = this.#homeView();
    return this.#viewport!.clampView(view, this.size!, this.#homeRect(), home.scale, this.#maxScale());
  }

  /** The view moved by (dx, dy) screen pixels, as far as the map may go. */
  #panned = (dx: number, dy: number): View => this.#limit({ ...this.mapView!, tx: this.mapView!.tx + dx, ty: this.mapView!.ty + dy });

  /** The closest the map zooms in. */
  #maxScale(): number {
    const germany = this.#viewport!.fitView([0, 0, this.baseMap!.width, this.baseMap!.height], this.size!);
    return Math.max(this.#homeView().scale, germany.scale * MAX_ZOOM_FACTOR);
  }

  /**
   * Whether a cluster's members cannot be told apart on this map: they stand at one spot, or so close together that
   * the cluster would only split beyond the map's closest zoom, or the map is at its closest zoom already. Such a
   * cluster lists its members when activated (zooming in would do nothing).
   */
  #isAtOneSpot(clusterId: number): boolean {
    const maxScale = this.#maxScale();
    return Boolean(this.#data.index?.isAtOneSpot(clusterId, maxScale)) || this.mapView!.scale >= maxScale * 0.999;
  }

  /**
   * Moves the view to `target`, with a short transition unless the visitor prefers reduced motion. The transition is a
   * compositor animation of the two drawn layers (base map and markers) from where they are to where the new view puts
   * them; the main thread only draws again once, when it ends.
   */
  #moveTo(target: View, then?: () => void): void {
    this.#stopTransition();
    // A gesture that just ended must not end this move halfway (it would draw the map at the target mid-transition).
    clearTimeout(this.#motionTimer);
    const to = this.#limit(target);
    const from = this.mapView;
    if (!from || matchMedia('(prefers-reduced-motion: reduce)').matches) {
      this.mapView = to;
      this.#endMotion();
      then?.();
      return;
    }
    this.#moving = true;
    this.mapView = to;
    this.updateComplete.then(() => {
      const layers = [...this.renderRoot.querySelectorAll<HTMLElement | SVGElement>('.base-map, .markers')];
      this.#transitions = layers.map((layer) =>
        layer.animate([{ transform: 'none' }, { transform: layer.style.transform || 'none' }], {
          duration: TRANSITION_MS,
          easing: 'cubic-bezier(0.215, 0.61, 0.355, 1)',
        }),
      );
      // The browser runs the transition off the main thread: meanwhile, in a task of its own, cluster for the view it
      // ends at, so that the frame that ends it only draws (at 20,000 members each is a fraction of a long task).
      clearTimeout(this.#placementTimer);
      this.#placementTimer = setTimeout(() => {
        if (this.mapView === to && this.views && this.size) this.#placeItems(to, this.views);
      });
      Promise.all(this.#transitions.map((animation) => animation.finished)).then(
        () => {
          this.#transitions = [];
          this.#endMotion();
          then?.();
        },
        () => undefined, // cancelled by the next move
      );
    });
  }

  #stopTransition(): void {
    for (const animation of this.#transitions) animation.cancel();
    this.#transitions = [];
  }

  /** A gesture moves the map: shift the drawn base map until it has been still for a moment. */
  #gestureMotion(): void {
    this.#stopTransition();
    this.#moving = true;
    clearTimeout(this.#motionTimer);
    this.#motionTimer = setTimeout(() => {
      // Cluster for the view the gesture left in this task and draw in the next: two tasks, neither of them long.
      if (this.mapView && this.views && this.size) this.#placeItems(this.mapView, this.views);
      this.#motionTimer = setTimeout(() => this.#endMotion());
    }, 150);
  }

  /** The map stands still: draw the base map at the current view. */
  #endMotion(): void {
    clearTimeout(this.#motionTimer);
    if (!this.#moving) return;
    this.#moving = false;
    this.requestUpdate();
  }

  /** Zooms by `factor` around the focused marker, else around the centre. */
  zoomBy(factor: number): void {
    if (!this.mapView || !this.size) return;
    const active = this.#items.find((item) => item.key === this.activeKey);
    const [x, y] = active ? this.#toScreen(active.x, active.y) : [this.size.width / 2, this.size.height / 2];
    const to = this.#zoomedAt(factor, x, y);
    // At a limit: nothing to draw again.
    if (to.scale !== this.mapView.scale) this.#moveTo(to);
  }

  /** The view zoomed by `factor` around a screen point, as far as the map zooms: at its limits the map stays put. */
  #zoomedAt(factor: number, x: number, y: number): View {
    const view = this.mapView!;
    const scale = Math.min(Math.max(view.scale * factor, this.#homeView().scale), this.#maxScale());
    return this.#limit(this.#viewport!.zoomAround(view, scale / view.scale, x, y));
  }

  /** Shows the whole map (the `region`, else Germany) again. */
  resetView(): void {
    if (this.size && this.baseMap) this.#moveTo(this.#homeView());
  }

  #toScreen(x: number, y: number): [number, number] {
    const view = this.mapView!;
    return [x * view.scale + view.tx, y * view.scale + view.ty];
  }

  /** Watches the stage's size, and once the engine chunk is in, its gestures. Idempotent: runs after every update. */
  #attachStage(): void {
    const stage = this.renderRoot.querySelector<HTMLElement>('.stage') ?? undefined;
    if (stage !== this.#stage) {
      this.#gestures?.disconnect();
      this.#gestures = undefined;
      this.#resizeObserver?.disconnect();
      this.#stage = stage;
      if (stage) this.#observeSize(stage);
    }
    if (stage && !this.#gestures && this.#MapGestures) this.#attachGestures(stage, this.#MapGestures);
  }

  #attachGestures(stage: HTMLElement, Gestures: MapEngine['MapGestures']): void {
    this.#gestures = new Gestures(stage, {
      pan: (dx, dy) => {
        this.#gestureMotion();
        if (this.mapView) this.mapView = this.#panned(dx, dy);
      },
      zoomAt: (factor, x, y) => {
        this.#gestureMotion();
        if (this.mapView) this.mapView = this.#zoomedAt(factor, x, y);
      },
      showWheelHint: () => this.#showHint('wheel'),
      showTouchHint: () => this.#showHint('touch'),
      gestureEnd: () => this.#endMotion(),
    });
  }

  #observeSize(stage: HTMLElement): void {
    this.#resizeObserver = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      if (width === 0 || height === 0) return;
      const previous = this.size;
      this.size = { width, height };
      if (this.mapView && previous && this.baseMap) {
        // Keep the same frame point in the middle, at the same size relative to the box.
        const centre = [(previous.width / 2 - this.mapView.tx) / this.mapView.scale, (previous.height / 2 - this.mapView.ty) / this.mapView.scale] as const;
        const ratio = this.#viewport!.fitView(this.#homeRect(), this.size).scale / this.#viewport!.fitView(this.#homeRect(), previous).scale;
        this.mapView = this.#limit(this.#viewport!.centreOn(centre[0], centre[1], this.mapView.scale * ratio, this.size));
      }
    });
    this.#resizeObserver.observe(stage);
  }

  #showHint(hint: 'wheel' | 'touch'): void {
    this.hint = hint;
    clearTimeout(this.#hintTimer);
    this.#hintTimer = setTimeout(() => (this.hint = undefined), HINT_MS);
  }

  // ── selection and focus ──────────────────────────────────────────────────────────────────────────────────────

  /** Selects a member as the visitor did: opens its details and fires `member-select`. */
  #select(member: Member, focusDetails: boolean): void {
    this.selected = member.id;
    this.spotMembers = undefined;
    this.dispatchEvent(
      new CustomEvent<MemberSelectDetail>('member-select', { bubbles: true, composed: true, detail: { id: member.id, member } }),
    );
    if (focusDetails) this.#focusNext(this.#detailsHeading);
  }

  /**
   * The heading of the details panel, which takes the focus when it opens, once the panel is scrolled into view: below
   * the map in a narrow element (on a phone) focusing the heading alone would show its first line at the bottom edge.
   */
  #detailsHeading = () => {
    const panel = this.renderRoot.querySelector<HTMLElement>('[part~="details"]');
    if (panel && panel.offsetHeight <= innerHeight) panel.scrollIntoView({ block: 'nearest' });
    return panel?.querySelector<HTMLElement>('.details-name');
  };

  /** Closes the details and returns focus to the marker they belong to (or the map's current item). */
  #closeDetails(): void {
    // Back to the member's marker, or the cluster that holds it (a member opened in the list may be in one).
    const key = this.selected && this.#data.index?.holderOf(this.selected, this.#items)?.key;
    this.selected = undefined;
    this.spotMembers = undefined;
    if (key) this.activeKey = key;
    this.#focusNext(() => this.#markerButton(this.activeKey));
  }

  #markerButton(key: string | undefined): HTMLElement | null {
    if (!key) return null;
    return this.renderRoot.querySelector<HTMLElement>(`.markers [data-key="${CSS.escape(key)}"]`);
  }

  /** What had the focus in the element when the current update began. */
  #focusedBeforeUpdate: Element | null = null;

  /**
   * The update took the focus from `before` (the visitor's or the page's doing: a cluster split, a marker moved among
   * the others, a filter, the view switched, the controls or the details panel removed): it goes to the nearest thing
   * that is still there, so that a keyboard or screen reader user stays in the element instead of falling to the page.
   */
  #keepFocus(before: Element | null, viewChanged: boolean): void {
    const query = (selector: string) => this.renderRoot.querySelector<HTMLElement>(selector);
    const candidates = [
      // Still there, only moved in the DOM (markers are drawn in a new order after a zoom): focus it again.
      before?.isConnected ? (before as HTMLElement) : null,
      // The view switched: the toggle that shows it.
      viewChanged ? query('.toggle [aria-pressed="true"]') : null,
      this.view === 'list' ? query('[part~="list"]') : this.#markerButton(this.activeKey),
      this.view === 'list' ? null : query('.stage [tabindex="0"]'),
      // No marker left (a search that finds nothing): the search field.
      query('#search'),
    ];
    // Given back, not moved by the visitor: the map is not panned to it (see `#reveal`).
    this.#restoringFocus = true;
    try {
      for (const candidate of candidates) {
        candidate?.focus();
        if (!this.#focusIsLost()) return;
      }
    } finally {
      this.#restoringFocus = false;
    }
  }

  #restoringFocus = false;

  /** Focuses what `target` names after the next update, and asks for one (nothing else may change meanwhile). */
  #focusNext(target: () => HTMLElement | null | undefined): void {
    this.#focusAfterUpdate = target;
    this.requestUpdate();
  }

  #focusIsLost(): boolean {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    return !active && (document.activeElement === document.body || document.activeElement === this);
  }

  #onItemActivate(item: MapItem): void {
    this.activeKey = item.key;
    if (item.kind === 'marker') {
      const member = this.#data.membersById.get(item.id);
      if (member) this.#select(member, true);
      return;
    }
    const index = this.#data.index!;
    if (this.#isAtOneSpot(item.clusterId)) {
      this.selected = undefined;
      this.spotMembers = index.memberIds(item.clusterId);
      this.#focusNext(this.#detailsHeading);
      return;
    }
    const scale = index.expansionScale(item.clusterId);
    this.#moveTo(this.#viewport!.centreOn(item.x, item.y, Math.max(scale, this.mapView!.scale * 1.5), this.size!), async () => {
      // The cluster is gone: the nearest of what it split into takes the keyboard focus.
      await this.updateComplete;
      const nearest = this.views!.nearestTo(this.#items, item.x, item.y);
      if (nearest) {
        this.activeKey = nearest.key;
        if (this.#focusIsLost() || this.#lastFocused === undefined || !this.#lastFocused.isConnected) {
          this.#focusNext(() => this.#markerButton(nearest.key));
        }
      }
    });
  }

  #onMapKeydown = (event: KeyboardEvent) => {
    // Without the views no marker is drawn: there is nothing to move to, zoom or close.
    const action = this.views?.mapKeyAction(event, {
      candidates: (beyond) => (beyond ? this.#placeItems(this.mapView!, this.views!, this.#viewport!.areaBeyond(this.mapView!, this.size!, beyond)).items : this.#items).map((item) => {
        const [x, y] = this.#toScreen(item.x, item.y);
        return { key: item.key, x, y };
      }),
      activeKey: this.activeKey,
      zoomStep: ZOOM_STEP,
      detailsOpen: Boolean(this.selected || this.spotMembers),
      size: this.size,
      panned: this.#panned,
    });
    if (!action) return;
    event.preventDefault();
    const { pan, focus, zoom, at } = action;
    if (pan) this.#moveTo(pan);
    if (focus) {
      this.activeKey = focus;
      if (at) {
        // Not drawn: the map moves it to the middle, where it (or what holds it there) then takes the focus.
        const view = this.mapView!;
        this.#moveTo({ ...view, tx: view.tx + this.size!.width / 2 - at[0], ty: view.ty + this.size!.height / 2 - at[1] }, async () => {
          await this.updateComplete;
          this.#markerButton(this.activeKey)?.focus();
        });
      } else this.#focusNext(() => this.#markerButton(focus));
    }
    if (zoom) this.zoomBy(zoom);
    if (action.close) this.#closeDetails();
  };

  /** Escape closes the details from anywhere in them or in the map's box (a marker's is handled with the arrow keys). */
  #onEscape = (event: KeyboardEvent) => {
    // Only where details are shown: in the error state a `selected` the page set stays, and Escape reaches the page.
    if (event.key === 'Escape' && !event.defaultPrevented && this.status === 'ready' && (this.selected || this.spotMembers)) {
      // Not also a dialog's or a menu's of the page around the map.
      event.preventDefault();
      event.stopPropagation();
      this.#closeDetails();
    }
  };

  // ── controls ─────────────────────────────────────────────────────────────────────────────────────────────────

  /** Filters soon after each keystroke; announces the number of matches once typing pauses, and only if it changed. */
  #onSearchInput = (event: Event) => {
    this.#announcedCount ??= this.#data.filtered.length;
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    clearTimeout(this.#announceTimer);
    this.#searchTimer = setTimeout(() => (this.appliedQuery = this.query), SEARCH_DELAY_MS);
    this.#announceTimer = setTimeout(() => this.#announceResults(true), ANNOUNCE_DELAY_MS);
  };

  #onStateChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    this.stateFilter = (STATE_CODES as readonly string[]).includes(value) ? (value as StateCode) : '';
    this.#announceResults();
    if (this.baseMap && this.size && this.mapView) {
      const entry = this.baseMap.states.find((item) => item.code === this.stateFilter);
      this.#moveTo(entry ? this.#viewport!.fitView(entry.bounds, this.size) : this.#homeView());
    }
  };

  #announceResults(onlyIfChanged = false): void {
    this.updateComplete.then(() => {
      const count = this.#data.filtered.length;
      if (!this.views || (onlyIfChanged && count === this.#announcedCount)) return;
      this.#announcedCount = count;
      const text = this.views.foundText(this.#stringsForViews(this.views), count);
      // A polite live region announces a change: make the same text new when it repeats.
      this.announcement = this.announcement === text ? `${text}\u00a0` : text;
    });
  }

  #toggleExpanded(id: string): void {
    const member = this.#data.membersById.get(id);
    if (!member) return;
    const expanded = new Set(this.expanded);
    if (expanded.has(id) || this.selected === id) {
      expanded.delete(id);
      if (this.selected === id) this.selected = undefined;
    } else {
      expanded.add(id);
      this.#select(member, false);
    }
    this.expanded = expanded;
  }

  // ── rendering ────────────────────────────────────────────────────────────────────────────────────────────────

  // Loading and data share one template, so that the DOM drawn while loading (the reserved space, the controls, the
  // map's box) is kept and filled when the data comes: nothing is built twice, and nothing is measured again.
  protected override renderLoading(): unknown {
    return this.#renderLayout(undefined);
  }

  protected override renderFeed(feed: NetworkFeed): unknown {
    return this.#renderLayout(feed);
  }

  // The feed failed: its message (or the page's fallback content) is shown in the map's or the list's box, which keep
  // the height they had while loading, so that the page below does not move (nor again when a retry brings the data).
  protected override renderError(error: FeedError | undefined): unknown {
    return this.#renderLayout(undefined, super.renderError(error));
  }

  #renderLayout(feed: NetworkFeed | undefined, failure?: unknown): TemplateResult {
    const showList = this.view === 'list';
    // The legend sits beside the map in a wide element (also a fairly wide one in a short window) and inside the map's
    // box in a narrow one (where it would otherwise appear below the map with the data and push the page down): both
    // are drawn, CSS shows one.
    const views = this.views;
    const legend = feed && views && !this.#regionNamesNoState
      ? views.renderLegend({ shading: this.shading, regions: feed._engaged_city?.regions, shownStates: this.#regionCodes, counts: this.#data.counts, strings: this.#stringsForViews(views) })
      : nothing;
    // The map's keys: its description for screen readers (#map-help) and a short hint for sighted keyboard users
    // (keys-hint.ts).
    return html`<div class="layout ${showList ? 'is-list' : 'is-map'}">
      ${this.controls === 'full'
        ? renderControls({
            counts: this.#data.counts,
            query: this.query,
            stateFilter: this.stateFilter,
            view: this.view,
            // Nothing to search or filter without members (the view toggle still shows the list's message).
            disabled: !feed || !this.views || this.status === 'empty',
            onSearchInput: this.#onSearchInput,
            onStateChange: this.#onStateChange,
            onView: (view) => (this.view = view),
            strings: this.strings,
            stateNames: this.views && this.#stringsForViews(this.views).stateNames,
          })
        : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${feed ? this.announcement : failure ? nothing : this.sharedStrings.loading}</p>
      ${showList
        ? this.#renderList(feed, views, failure)
        : html`${this.#renderMapBox(feed, legend, failure)}<div class="side">${feed && views ? this.#renderDetails(views) : nothing}${legend}</div>
          ${views ? views.renderKeys(this.#stringsForViews(views), this.#data.filtered) : nothing}`}
    </div>`;
  }

  /** The list view; while the feed or the views load, its box (as high as the list) says so. */
  #renderList(feed: NetworkFeed | undefined, views: MapViews | undefined, failure: unknown): unknown {
    if (!feed || !views || this.viewsFailed) {
      return html`<div part="list" class="list">${failure ?? (this.viewsFailed ? this.#codeFailed(this.strings.viewsError) : html`<p class="state" aria-hidden="true">${this.sharedStrings.loading}</p>`)}</div>`;
    }
    return views.renderListView({
      members: this.#data.filtered,
      noMembersAtAll: this.#members.length === 0,
      emptyMessage: this.#emptyMessage,
      open: this.selected ? new Set(this.expanded).add(this.selected) : this.expanded,
      onToggle: (id) => this.#toggleExpanded(id),
      strings: this.#stringsForViews(views),
      language: this.language,
      headingLevel: headingLevelOf(this.headingLevel),
      limit: this.listLimit,
      feedLanguage: feed.language,
      selected: this.selected,
    });
  }

  /** The map's own code (or the base map) could not be loaded: said on the map or in the list, with a retry button. */
  #codeFailed(message: string): TemplateResult {
    return html`<div class="map-message" role="alert">
      <p>${message}</p>
      <button type="button" class="button" @click=${() => this.#loadMapCode()}>${this.sharedStrings.retry}</button>
    </div>`;
  }

  #renderMapBox(feed: NetworkFeed | undefined, legend: unknown, failure: unknown): TemplateResult {
    const strings = this.strings;
    const views = this.views;
    const ready = Boolean(feed && this.baseMap && views && this.mapView) && !this.#regionNamesNoState;
    // The markers are placed first: the base map writes the member counts clear of them.
    const markers = ready ? this.#renderMarkers(views!) : nothing;
    return html`<div part="map" class="map-box" @keydown=${this.#onEscape}>
      <div
        class="stage ${this.#moving ? 'is-moving' : ''}"
        role="group"
        aria-roledescription=${strings.mapRoleDescription}
        aria-label=${strings.mapLabel}
        aria-describedby="map-help"
        @keydown=${this.#onMapKeydown}
        @focusin=${this.#onStageFocusIn}
      >
        ${ready ? this.#renderBaseMap(feed!, views!) : nothing}
        ${markers}
      </div>
      ${failure
        ? html`<div class="map-message">${failure}</div>`
        : this.baseMapFailed || this.viewsFailed
        ? this.#codeFailed(this.viewsFailed || !views ? strings.viewsError : this.#stringsForViews(views).baseMapError)
        : feed && this.status === 'empty' || !ready
          // No members, or the map is not drawn yet: said on the map (screen readers hear it from the status regions,
          // see `emptyAnnouncement`).
          ? html`<p class="map-message" aria-hidden="true">${feed && this.status === 'empty' ? this.#emptyMessage : this.sharedStrings.loading}</p>`
          : nothing}
      ${feed && this.status === 'ready' && !this.#data.filtered.some((member) => member.location)
        // The search or the state filter leaves nothing, or nothing with a place on the map (the list shows it): said on
        // the map too, which would otherwise be blank (the status region says how many were found).
        ? html`<p class="map-message">${views && this.#stringsForViews(views)[this.#data.filtered.length ? 'noneOnMap' : 'noMatch']}</p>`
        : nothing}
      ${this.controls === 'full'
        // At the closest zoom (and at the whole map) the button says it does nothing more, and keeps the focus that
        // `disabled` would drop to the page.
        ? html`<div class="zoom">
            <button type="button" class="zoom-button" aria-label=${strings.zoomIn} ?disabled=${!ready} aria-disabled=${ready && this.mapView!.scale >= this.#maxScale() * 0.999} @click=${() => this.zoomBy(ZOOM_STEP)}>
              <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8h10M8 3v10" /></svg>
            </button>
            <button type="button" class="zoom-button" aria-label=${strings.zoomOut} ?disabled=${!ready} aria-disabled=${ready && this.mapView!.scale <= this.#homeView().scale * 1.001} @click=${() => this.zoomBy(1 / ZOOM_STEP)}>
              <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8h10" /></svg>
            </button>
            <button type="button" class="zoom-button" aria-label=${strings.zoomReset} ?disabled=${!ready} @click=${() => this.resetView()}>
              <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" /></svg>
            </button>
          </div>`
        : nothing}
      ${views
        ? html`<p class="gesture-hint" ?hidden=${!this.hint} aria-hidden="true">${this.#stringsForViews(views)[this.hint === 'touch' ? 'touchHint' : 'wheelHint']}</p>`
        : nothing}
      ${legend}
      <p part="attribution" class="attribution">
        <span class="visually-hidden">${strings.attributionLabel}: </span>
        <a href="https://www.bkg.bund.de" lang="de">© GeoBasis-DE / BKG 2021 (Daten verändert)</a>,
        <a href="https://www.govdata.de/dl-de/by-2-0" rel="license" lang="de" aria-label="dl-de/by-2-0, Datenlizenz Deutschland – Namensnennung – Version 2.0">dl-de/by-2-0</a>
      </p>
    </div>`;
  }

  #onStageFocusIn = (event: FocusEvent) => {
    const target = event.target as HTMLElement;
    const key = target.dataset['key'];
    if (key) {
      this.#lastFocused = target;
      if (this.activeKey !== key) this.activeKey = key;
      // Moved to by the keyboard (arrow keys, Tab, a cluster split): brought into sight if it is at the map's edge.
      if (!this.#restoringFocus && target.matches(':focus-visible')) this.#reveal(key, target.offsetWidth / 2);
    }
  };

  /**
   * Pans the map so that the item `key` (drawn `half` pixels around its point) is inside the map's box and clear of the
   * zoom buttons: the markers drawn just outside the box (so that panning shows no gap) can take the keyboard focus.
   */
  #reveal(key: string, half: number): void {
    const item = this.#items.find((candidate) => candidate.key === key);
    const view = this.mapView;
    if (!item || !this.#stage || !view || !this.size) return;
    const [dx, dy] = this.#viewport!.revealShiftIn(this.#stage, this.renderRoot.querySelector('.zoom'), ...this.#toScreen(item.x, item.y), half, this.size);
    if (Math.abs(dx) >= 0.5 || Math.abs(dy) >= 0.5) this.#moveTo({ ...view, tx: view.tx + dx, ty: view.ty + dy });
  }

  #renderBaseMap(feed: NetworkFeed, views: MapViews) {
    const current = this.mapView!;
    if (!this.#moving || !this.#paintedView) this.#paintedView = current;
    return views.renderBaseMapLayer({
      baseMap: this.baseMap!,
      current,
      painted: this.#paintedView,
      size: this.size!,
      shownStates: this.#regionCodes,
      regions: feed._engaged_city?.regions,
      counts: this.#data.counts,
      shading: this.shading,
      dots: { items: this.#items, membersById: this.#data.membersById, growth: this.#itemsGrowth },
    });
  }

  /**
   * The markers and clusters drawn at `view`, none overlapping another, and how large their dots are: the index
   * answers the same question from memory, so that a transition can work them out for the view it ends at while the
   * browser animates (see `#moveTo`).
   */
  #placeItems(view: View, views: MapViews, rect = this.#viewport!.visibleRect(view, this.size!, OVERDRAW)): { items: MapItem[]; growth: number } {
    const [x0, y0, x1, y1] = rect;
    const { dotGrowth, hitSize, itemRadius } = views;
    const growth = dotGrowth(view.scale * Math.max(this.baseMap!.width, this.baseMap!.height));
    const membersById = this.#data.membersById;
    const sizeOf = (item: MapItem) => hitSize(itemRadius(item, membersById, growth));
    return { items: this.#data.index?.itemsAt(x0, y0, x1, y1, view.scale, sizeOf) ?? [], growth };
  }

  #renderMarkers(views: MapViews): TemplateResult {
    const current = this.mapView!;
    const size = this.size!;
    // While the map moves, the markers stay as drawn at the base map's view and their layer is shifted with it (they
    // grow or shrink a little during a zoom); they are clustered and placed anew when the map stands still.
    const view = this.#moving && this.#paintedView ? this.#paintedView : current;
    // Where the item in the tab order was: if a zoom (or a narrower element) merges it, the cluster it went into takes
    // its place; if one splits, the item nearest to it.
    const before = this.#items.find((item) => item.key === this.activeKey);
    if (!this.#moving || this.#itemsIndex !== this.#data.index) {
      const placement = this.#placeItems(view, views);
      this.#items = placement.items;
      this.#itemsGrowth = placement.growth;
      this.#itemsIndex = this.#data.index;
      this.#itemsView = view;
    }
    const items = this.#items;
    // Not while the map moves: the keyboard may have chosen a town that is drawn only once it stands still.
    if (!this.#moving && !items.some((item) => item.key === this.activeKey)) {
      const [x, y] = before ? [before.x, before.y] : [(size.width / 2 - view.tx) / view.scale, (size.height / 2 - view.ty) / view.scale];
      this.activeKey = views.keyAfterPlacing(items, before, this.selected, this.#data.index, x, y);
    }
    return views.renderMarkersLayer({
      items,
      isAtOneSpot: (clusterId) => this.#isAtOneSpot(clusterId),
      drawn: this.#itemsView ?? view,
      current,
      growth: this.#itemsGrowth,
      activeKey: this.activeKey,
      selected: this.selected,
      index: this.#data.index,
      membersById: this.#data.membersById,
      onActivate: (item) => this.#onItemActivate(item),
      strings: this.#stringsForViews(views),
    });
  }

  #renderDetails(views: MapViews): unknown {
    const membersById = this.#data.membersById;
    return views.renderDetailsPanel({
      member: this.selected ? membersById.get(this.selected) : undefined,
      spotMembers: this.spotMembers?.map((id) => membersById.get(id)).filter((member): member is Member => Boolean(member)),
      onSelect: (member) => this.#select(member, true),
      onClose: () => this.#closeDetails(),
      onKeydown: this.#onEscape,
      strings: this.#stringsForViews(views),
      language: this.language,
      headingLevel: headingLevelOf(this.headingLevel),
      feedLanguage: this.feedController.feed?.language,
    });
  }
}
