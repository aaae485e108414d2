/**
 * The React wrapper of `<engaged-city-map>` alone (`engaged-city-widgets/react/engaged-city-map.js`): a React app that
 * shows only the map bundles neither the badge nor the news. Importing it defines the element.
 *
 * @example
 * import { EngagedCityMap } from 'engaged-city-widgets/react/engaged-city-map.js';
 * <EngagedCityMap region="DE-ST" onMemberSelect={(event) => console.log(event.detail.id)} />
 */
import type { EventName } from '@lit/react';
import { EngagedCityMap as EngagedCityMapElement, type MemberSelectDetail } from '../engaged-city-map/engaged-city-map.js';
import { feedEvents } from './events.js';
import { wrapElement } from './wrap.js';

/** The map's event props. */
export const mapEvents = { ...feedEvents, onMemberSelect: 'member-select' as EventName<CustomEvent<MemberSelectDetail>> };

export const EngagedCityMap = wrapElement({
  tagName: 'engaged-city-map',
  elementClass: EngagedCityMapElement,
  events: mapEvents,
  displayName: 'EngagedCityMap',
});
