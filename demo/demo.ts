// The demo page: all three elements live on the bundled snapshot, the language switch, and the snippet builder.
import '../src/engaged-city-map/engaged-city-map.js';
import '../src/partnership-badge/partnership-badge.js';
import '../src/network-news/network-news.js';
import './snippet-builder.js';
import { initLanguageSwitch } from './page-language.js';

initLanguageSwitch();
