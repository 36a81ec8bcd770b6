import { geoCentroid, geoNaturalEarth1, geoPath } from 'd3-geo';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, ZoomTransform } from 'd3-zoom';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { Claim, get, KnownSpan, MapData, Page } from './api';
import { claimCard } from './claims';
import { isSoft } from './colors';
import { clear, entityHref, h } from './dom';

const svgNs = 'http://www.w3.org/2000/svg';

function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, title?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(svgNs, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (title) { const t = document.createElementNS(svgNs, 'title'); t.textContent = title; el.appendChild(t); }
  return el;
}

const norm = (n: string) => n.toLowerCase().replace(/[^a-z]/g, '');

type Transfer = MapData['transfers'][number];

export async function renderMap(view: HTMLElement, params: URLSearchParams): Promise<void> {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const showDenied = params.get('denied') === 'true';
  const started = performance.now();
  const [data, atlas, span] = await Promise.all([
    get<MapData>('/api/map', { limit: 500, from, to }),
    fetch('/countries-110m.json').then(r => r.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>),
    get<KnownSpan>('/api/graph/dates'),
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

  const panel = h('div', { id: 'map-panel', class: 'card' }, h('p', { class: 'muted' }, 'Click a route or a place for the claims and evidence behind it. Scroll or pinch to zoom, drag to pan.'));
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'World map of places and transfers' });
  const defs = s('defs', {});
  for (const [id, color] of [['arrow', '#1f4e8c'], ['arrow-denied', '#8a8a8a']]) {
    const marker = s('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 5, markerHeight: 5, orient: 'auto-start-reverse' });
    marker.appendChild(s('path', { d: 'M0,0 L10,5 L0,10 z', fill: color }));
    defs.appendChild(marker);
  }
  svg.appendChild(defs);
  const world = s('g', { class: 'world' });
  svg.appendChild(world);
  for (const f of land.features) world.appendChild(s('path', { d: path(f) ?? '', class: present.has(f.properties.name) ? 'land present' : 'land' }, f.properties.name));

  const routes = s('g', { class: 'routes' });
  world.appendChild(routes);
  let drawn = 0, deniedDrawn = 0;
  for (const t of data.transfers) {
    const a = where.get(t.from.key), b = where.get(t.to.key);
    if (!a || !b) continue;
    const mx = (a[0] + b[0]) / 2, my = (a[1] + b[1]) / 2 - Math.hypot(b[0] - a[0], b[1] - a[1]) * (t.denied ? 0.32 : 0.2);
    const soft = !t.denied && t.stances.every(isSoft);
    const route = s('path', {
      d: `M${a[0]},${a[1]} Q${mx},${my} ${b[0]},${b[1]}`,
      class: t.denied ? 'transfer denied' : soft ? 'transfer soft' : 'transfer',
      'stroke-width': Math.min(6, 1 + Math.log2(1 + t.claims) * 1.5),
      'data-size': Math.min(6, 1 + Math.log2(1 + t.claims) * 1.5),
      'marker-end': t.denied ? 'url(#arrow-denied)' : 'url(#arrow)',
      'data-from': t.from.key, 'data-to': t.to.key,
    }, `${t.from.name} → ${t.to.name}: ${t.claims} ${t.denied ? 'denials of supply' : 'supply claims'}${t.items.length ? ' (' + t.items.join(', ') + ')' : ''}`);
    if (t.denied) { route.style.display = showDenied ? '' : 'none'; deniedDrawn++; } else drawn++;
    route.addEventListener('click', () => { selectRoute(route); void showRoute(panel, t, from, to); });
    routes.appendChild(route);
  }
  const selectRoute = (el: Element | null) => {
    routes.querySelectorAll('.selected').forEach(x => x.classList.remove('selected'));
    el?.classList.add('selected');
  };

  const labels: { el: SVGTextElement; x: number; y: number; weight: number; width?: number }[] = [];
  const marks = s('g', { class: 'marks' });
  world.appendChild(marks);
  for (const c of data.countries) {
    const p = where.get(c.key);
    if (!p) continue;
    marks.appendChild(s('circle', { cx: p[0], cy: p[1], r: 2.5, 'data-size': 2.5, class: 'country-dot' }, `${c.name}: ${c.claims} claims`));
    const label = s('text', { x: p[0] + 4, y: p[1] - 3, class: 'country-label' });
    label.textContent = c.name;
    marks.appendChild(label);
    labels.push({ el: label, x: p[0], y: p[1], weight: c.claims });
  }
  for (const pl of data.places) {
    const p = projection([pl.longitude, pl.latitude]);
    if (!p) continue;
    const dot = s('circle', { cx: p[0], cy: p[1], r: 4, 'data-size': 4, class: 'place', 'data-key': pl.key }, `${pl.name} (${pl.type}): ${pl.claims} claims`);
    dot.addEventListener('click', () => { selectRoute(null); void showPlace(panel, pl.key, pl.name, from, to); });
    marks.appendChild(dot);
    const label = s('text', { x: p[0] + 5, y: p[1] + 3, class: 'place-label' });
    label.textContent = pl.name;
    marks.appendChild(label);
    labels.push({ el: label, x: p[0], y: p[1], weight: pl.claims });
  }
  labels.sort((a, b) => b.weight - a.weight);

  // Labels keep their size on screen while the map zooms, and a label that would overlap a weightier one is hidden
  // until zooming in makes room for it.
  const placeLabels = (k: number) => {
    const taken: [number, number, number, number][] = [];
    for (const l of labels) {
      // Inline style, as the stylesheet's sizes would outrank attributes.
      l.el.style.fontSize = `${10 / k}px`;
      l.el.style.strokeWidth = `${2 / k}px`;
      // Measured once at the first scale (font size 10), with a margin for the white halo around the letters.
      l.width ??= l.el.getBBox().width * k + 4;
      const box: [number, number, number, number] = [l.x + 2 / k, l.y - 14 / k, l.width / k, 14 / k];
      const clash = taken.some(t => box[0] < t[0] + t[2] && t[0] < box[0] + box[2] && box[1] < t[1] + t[3] && t[1] < box[1] + box[3]);
      l.el.setAttribute('x', String(l.x + 4 / k));
      l.el.setAttribute('y', String(l.y - 3 / k));
      l.el.classList.toggle('hidden-label', clash);
      if (!clash) taken.push(box);
    }
  };
  const zoomer = zoom<SVGSVGElement, unknown>().scaleExtent([1, 12]).translateExtent([[0, 0], [width, height]])
    .on('zoom', ev => {
      const t = ev.transform as ZoomTransform;
      world.setAttribute('transform', t.toString());
      // Routes and dots keep their size on screen, so zooming in separates them instead of magnifying them.
      world.querySelectorAll<SVGElement>('[data-size]').forEach(el => {
        el.setAttribute(el.tagName === 'circle' ? 'r' : 'stroke-width', String(Number(el.dataset.size) / t.k));
      });
      placeLabels(t.k);
      svg.dataset.zoom = t.k.toFixed(2);
    });
  select(svg).call(zoomer);

  const years = yearsBetween(span.first, span.last);
  const fromSlider = h('input', { type: 'range', id: 'map-from', min: '0', max: String(Math.max(0, years.length - 1)), value: String(Math.max(0, years.indexOf(from.slice(0, 4)))) });
  const toIndex = years.indexOf(to.slice(0, 4));
  const toSlider = h('input', { type: 'range', id: 'map-to', min: '0', max: String(Math.max(0, years.length - 1)), value: String(toIndex >= 0 ? toIndex : years.length - 1) });
  const rangeLabel = h('span', { id: 'map-range-label' });
  const showRange = () => { rangeLabel.textContent = years.length ? `${years[Number(fromSlider.value)]} to ${years[Number(toSlider.value)]}` : 'no dated claims'; };
  showRange();
  const deniedToggle = h('input', { type: 'checkbox', id: 'map-denied', checked: showDenied });
  const go = () => {
    let a = Number(fromSlider.value), b = Number(toSlider.value);
    if (a > b) [a, b] = [b, a];
    const q = new URLSearchParams();
    if (a > 0) q.set('from', years[a]);
    if (b < years.length - 1) q.set('to', years[b]);
    if (deniedToggle.checked) q.set('denied', 'true');
    location.hash = '#/map' + (q.size ? '?' + q.toString() : '');
  };
  for (const el of [fromSlider, toSlider]) { el.addEventListener('input', showRange); el.addEventListener('change', go); }
  deniedToggle.addEventListener('change', () => {
    routes.querySelectorAll<SVGPathElement>('.transfer.denied').forEach(r => { r.style.display = deniedToggle.checked ? '' : 'none'; });
    history.replaceState(null, '', '#/map' + mapQuery(from, to, deniedToggle.checked));
  });
  const reset = h('button', { type: 'button', id: 'map-reset' }, 'Reset zoom');
  reset.addEventListener('click', () => select(svg).call(zoomer.transform, zoomIdentity));

  view.append(h('h1', {}, 'Map'),
    h('div', { class: 'map-controls' },
      h('label', {}, 'Supply claims from ', fromSlider), h('label', {}, 'to ', toSlider), rangeLabel,
      h('label', {}, deniedToggle, ` show denials (${deniedDrawn})`), reset),
    h('div', { class: 'legend map-legend', id: 'map-legend' },
      h('span', { class: 'route', style: '--c:#1f4e8c' }, 'supply route (asserted or confirmed)'),
      h('span', { class: 'route soft', style: '--c:#1f4e8c' }, 'supply route only reported or alleged'),
      h('span', { class: 'route denied', style: '--c:#8a8a8a' }, 'denied supply (not a route; hidden unless shown)'),
      h('span', { class: 'dot', style: '--c:#c62828' }, 'located place or facility'),
      h('span', { class: 'dot', style: '--c:#12263f' }, 'country'),
      h('span', { class: 'muted' }, 'wider: more claims')),
    h('p', { class: 'muted', id: 'map-summary' }, `${data.places.length} located places and facilities, ${data.countries.length} countries, ${drawn} supply routes between countries${data.hasMore ? ' (the largest 500 of each)' : ''}.`),
    h('div', { class: 'map-layout' }, h('div', { id: 'map' }, svg), panel));
  // Labels are measured, so they are placed once the map is on the page.
  placeLabels(1);
  window.armstrace = { ...(window.armstrace ?? {}), mapMs: performance.now() - started };
  svg.dataset.rendered = 'true';
}

function mapQuery(from: string, to: string, denied: boolean): string {
  const q = new URLSearchParams();
  if (from) q.set('from', from);
  if (to) q.set('to', to);
  if (denied) q.set('denied', 'true');
  return q.size ? '?' + q.toString() : '';
}

async function showRoute(panel: HTMLElement, t: Transfer, from: string, to: string): Promise<void> {
  clear(panel);
  const list = h('div', { id: 'map-claims' });
  panel.append(h('h2', {}, `${t.from.name} → ${t.to.name}`),
    h('p', { class: 'muted' }, t.denied ? `${t.claims} denial${t.claims === 1 ? '' : 's'} that supply went this way` : `${t.claims} supply claim${t.claims === 1 ? '' : 's'}`,
      t.items.length ? ` · ${t.items.join(', ')}` : ''), list);
  const claims = await get<Claim[]>('/api/map/route', { source: t.from.key, target: t.to.key, denied: t.denied ? 'true' : undefined, from, to });
  list.append(...claims.map(claimCard));
  list.dataset.ready = 'true';
}

async function showPlace(panel: HTMLElement, key: string, name: string, from: string, to: string): Promise<void> {
  clear(panel);
  const list = h('div', { id: 'map-claims' });
  panel.append(h('h2', {}, h('a', { href: entityHref(key) }, name)), list);
  const page = await get<Page<Claim>>('/api/claims', { entity: key, from, to, limit: 30 });
  list.append(...page.items.map(claimCard), page.hasMore ? h('p', {}, h('a', { href: entityHref(key) }, 'All its claims in the dossier')) : '');
  list.dataset.ready = 'true';
}

function yearsBetween(first: string | null, last: string | null): string[] {
  if (!first || !last) return [];
  const out: string[] = [];
  for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) out.push(String(y));
  return out;
}
