// Bench page (c)/(d): the same feed in Leaflet + leaflet.markercluster, without tiles: a GeoJSON layer of the states
// (the same TopoJSON, converted in the page as our element draws its own) and the clustered markers.
import L from 'leaflet';
import './leaflet-global.js';
import 'leaflet.markercluster';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { installBench } from './bench-probe.js';

const probe = installBench();
const main = document.querySelector('main')!;
const box = document.createElement('div');
box.style.cssText = 'width: 100%; aspect-ratio: 4 / 5; max-height: 75vh;';
main.append(box);

interface FeedMember {
  name: string;
  population?: number;
  location?: { lat: number; lon: number };
}

async function start() {
  const feedUrl = new URLSearchParams(location.search).get('feed') ?? 'feed-20000.json';
  const [feed, topology] = await Promise.all([
    fetch(feedUrl).then((response) => response.json() as Promise<{ _engaged_city: { members: FeedMember[] } }>),
    fetch('de-states.topo.json').then((response) => response.json() as Promise<Topology>),
  ]);
  const map = L.map(box, { zoomSnap: 0.25, maxZoom: 18, preferCanvas: false });
  const states = L.geoJSON(feature(topology, topology.objects['states']!), {
    style: { color: '#585a5f', weight: 1, fillColor: '#eef3f7', fillOpacity: 1 },
  }).addTo(map);
  map.fitBounds(states.getBounds());
  // leaflet.markercluster adds markerClusterGroup to L (its types are not installed).
  const cluster = (L as unknown as { markerClusterGroup(options: object): L.FeatureGroup }).markerClusterGroup({ chunkedLoading: false });
  const markers = feed._engaged_city.members
    .filter((member) => member.location)
    .map((member) => L.circleMarker([member.location!.lat, member.location!.lon], {
      radius: member.population ? Math.min(26, Math.max(4, 0.03 * Math.sqrt(member.population))) : 6,
    }).bindTooltip(member.name));
  cluster.addLayers(markers);
  map.addLayer(cluster);
  requestAnimationFrame(() => requestAnimationFrame(() => probe.ready()));
  probe.zoom = async (steps: number) => {
    for (let i = 0; i < steps; i++) {
      map.zoomIn(1);
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    for (let i = 0; i < steps; i++) {
      map.zoomOut(1);
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
  };
}
start();
