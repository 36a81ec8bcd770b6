import { geoCentroid, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { get, MapData } from './api';
import { isSoft } from './colors';
import { entityHref, h } from './dom';

const svgNs = 'http://www.w3.org/2000/svg';

function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, title?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(svgNs, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (title) { const t = document.createElementNS(svgNs, 'title'); t.textContent = title; el.appendChild(t); }
  return el;
}

const norm = (n: string) => n.toLowerCase().replace(/[^a-z]/g, '');

export async function renderMap(view: HTMLElement): Promise<void> {
  const [data, atlas] = await Promise.all([
    get<MapData>('/api/map', { limit: 500 }),
    fetch('/countries-110m.json').then(r => r.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>),
  ]);
  const land = feature(atlas, atlas.objects.countries) as unknown as FeatureCollection<Geometry, { name: string }>;
  const width = 1200, height = 620;
  const projection = geoNaturalEarth1().fitSize([width, height], land);
  const path = geoPath(projection);
  const byName = new Map(land.features.map(f => [norm(f.properties.name), f]));

  // Country positions: the centroid of its atlas shape when a name or alias matches, else the knowledge base's point.
  const where = new Map<string, [number, number]>();
  const present = new Set<string>();
  for (const c of data.countries) {
    const shape = [c.name, ...c.aliases].map(n => byName.get(norm(n))).find(Boolean);
    const lonLat = shape ? geoCentroid(shape) : c.longitude !== null && c.latitude !== null ? [c.longitude, c.latitude] as [number, number] : null;
    if (shape) present.add(shape.properties.name);
    const p = lonLat ? projection(lonLat) : null;
    if (p) where.set(c.key, p as [number, number]);
  }

  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'World map of places and transfers' });
  for (const f of land.features) svg.appendChild(s('path', { d: path(f) ?? '', class: present.has(f.properties.name) ? 'land present' : 'land' }, f.properties.name));
  for (const t of data.transfers) {
    const a = where.get(t.from.key), b = where.get(t.to.key);
    if (!a || !b) continue;
    const mx = (a[0] + b[0]) / 2, my = (a[1] + b[1]) / 2 - Math.hypot(b[0] - a[0], b[1] - a[1]) * 0.2;
    const soft = t.stances.every(isSoft);
    svg.appendChild(s('path', { d: `M${a[0]},${a[1]} Q${mx},${my} ${b[0]},${b[1]}`, class: soft ? 'transfer soft' : 'transfer', 'stroke-width': Math.min(6, 1 + t.claims) },
      `${t.from.name} → ${t.to.name}: ${t.claims} supply claims${t.items.length ? ' (' + t.items.join(', ') + ')' : ''}`));
  }
  for (const c of data.countries) {
    const p = where.get(c.key);
    if (!p) continue;
    svg.appendChild(s('circle', { cx: p[0], cy: p[1], r: 2.5, class: 'country-dot' }, `${c.name}: ${c.claims} claims`));
    const label = s('text', { x: p[0] + 4, y: p[1] - 3 });
    label.textContent = c.name;
    svg.appendChild(label);
  }
  for (const pl of data.places) {
    const p = projection([pl.longitude, pl.latitude]);
    if (!p) continue;
    const a = document.createElementNS(svgNs, 'a');
    a.setAttribute('href', entityHref(pl.key));
    a.appendChild(s('circle', { cx: p[0], cy: p[1], r: 4, class: 'place' }, `${pl.name} (${pl.type}): ${pl.claims} claims`));
    svg.appendChild(a);
  }
  view.append(h('h1', {}, 'Map'),
    h('p', { class: 'muted' }, `${data.places.length} located places and facilities (red), ${data.countries.length} countries, ${data.transfers.length} supply routes between countries (dashed where only alleged).`),
    h('div', { id: 'map' }, svg));
}
