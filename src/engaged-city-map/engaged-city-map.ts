import { defineElement } from '../base/define.js';
import { EngagedCityMapElement } from './engaged-city-map.component.js';

export { EngagedCityMapElement } from './engaged-city-map.component.js';
export type { MapControls, MapLoading, MapView, MemberSelectDetail } from './engaged-city-map.component.js';

defineElement('engaged-city-map', EngagedCityMapElement);

declare global {
  interface HTMLElementTagNameMap {
    'engaged-city-map': EngagedCityMapElement;
  }
}
