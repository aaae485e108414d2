import { defineElement } from '../base/define.js';
import { EngagedCityMap } from './engaged-city-map.component.js';

export { EngagedCityMap } from './engaged-city-map.component.js';
export type { MapControls, MapLoading, MapView, MemberSelectDetail } from './engaged-city-map.component.js';

defineElement('engaged-city-map', EngagedCityMap);

declare global {
  interface HTMLElementTagNameMap {
    'engaged-city-map': EngagedCityMap;
  }
}
