import type { EventName } from '@lit/react';
import type { FeedErrorDetail, FeedLoadDetail } from '../base/feed-controller.js';

/** The event props every wrapper has. */
export const feedEvents = {
  onFeedLoad: 'feed-load' as EventName<CustomEvent<FeedLoadDetail>>,
  onFeedError: 'feed-error' as EventName<CustomEvent<FeedErrorDetail>>,
};
