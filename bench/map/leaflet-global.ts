// leaflet.markercluster is a UMD script that extends the global `L`: give it one before it loads.
import L from 'leaflet';

(globalThis as unknown as { L: typeof L }).L = L;
