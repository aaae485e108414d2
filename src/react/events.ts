import type { EventName } from '@lit/react';
import type { FeedError } from '../feed/errors.js';
import type { NetworkFeed } from '../feed/types.js';

/** The event props every wrapper has. */
export const feedEvents = {
  onFeedLoad: 'feed-load' as EventName<CustomEvent<{ feed: NetworkFeed }>>,
  onFeedError: 'feed-error' as EventName<CustomEvent<{ error: FeedError }>>,
};
