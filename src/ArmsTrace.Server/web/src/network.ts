import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { Claim, Entity, get, KnownSpan, Neighbourhood, NetworkEdge, Page } from './api';
import { claimCard } from './claims';
import { claimTypes, colorOf, deniedColor, disputedColor, entityStyle, entityStyles, lineStyleOf, stanceNames } from './colors';
import { dateInput, rangeProblem } from './dates';
import { append, clear, entityHref, h, stanceBadge } from './dom';
import { downloadLinks } from './downloads';
import { factLine, loadTimeline, timelineList } from './facts';

cytoscape.use(fcose);

declare global { interface Window { armstrace?: { cy?: cytoscape.Core; networkMs?: number; pathMs?: number; mapMs?: number } } }

/** What one drawing shows at first and what each "show more" adds: enough to read, never a blob. */
const nodeStep = 40;
const edgeStep = 150;
/** Neighbours an expanded node brings into the drawing, its best connected first. */
const expandStep = 15;

const edgeId = (e: { subjectKey: string; type: string; targetKey: string }) => `${e.subjectKey}|${e.type}|${e.targetKey}`;

export async function renderNetwork(view: HTMLElement, key: string, params: URLSearchParams): Promise<void> {
  const depth = params.get('depth') ?? '1';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const picked = (params.get('stances') ?? '').split(',').filter(Boolean);
  const types = (params.get('types') ?? '').split(',').filter(Boolean);
  const source = params.get('source') ?? '';
  const asOf = params.get('asOf') ?? '';
  const minSources = params.get('minSources') ?? '';
  const started = performance.now();
  const badDates = rangeProblem(from, to);
  const filters = { depth, types: types.join(','), stances: picked.join(','), source, from, to, asOf: asOf || undefined, minSources: minSources || undefined };
  const [data, span] = await Promise.all([
    badDates ? null : get<Neighbourhood>('/api/graph/neighbourhood/' + encodeURIComponent(key), { ...filters, limit: 150 }),
    get<KnownSpan>('/api/graph/dates'),
  ]);
  const months = monthsBetween(span.first, span.last);

  const fromInput = dateInput('f-from', from);
  const toInput = dateInput('f-to', to);
  const dateError = h('p', { id: 'date-error', class: 'error', role: 'alert', hidden: !badDates }, badDates ?? '');
  const depthSelect = h('select', { id: 'f-depth' }, ['1', '2', '3'].map(d => h('option', { value: d, selected: d === depth }, `depth ${d}`)));
  const typeBoxes = claimTypes.map(t => h('input', { type: 'checkbox', value: t, checked: types.includes(t), 'data-filter': 'type' }));
  const stanceBoxes = stanceNames.map(s => h('input', { type: 'checkbox', value: s, checked: picked.includes(s), 'data-filter': 'stance' }));
  const sourceInput = h('input', { type: 'text', id: 'f-source', value: source, size: '14', list: 'f-source-list', placeholder: 'any source' });
  const sources = new Map<string, string>();
  for (const c of data?.claims ?? []) if (c.sourceKey && c.sourceName) sources.set(c.sourceKey, c.sourceName);
  const sourceList = h('datalist', { id: 'f-source-list' }, [...sources].map(([k, n]) => h('option', { value: k }, n)));
  const sourcesInput = h('input', { type: 'number', min: '1', size: '3', value: minSources, id: 'f-min-sources' });
  // The last position is "today": no as-of date, everything stored.
  const at = asOf ? months.indexOf(asOf.slice(0, 7)) : -1;
  const slider = h('input', { type: 'range', id: 'as-of', min: '0', max: String(months.length), value: String(at >= 0 ? at : months.length) });
  const sliderLabel = h('span', { id: 'as-of-label' });
  const showLabel = () => { const m = months[Number(slider.value)]; sliderLabel.textContent = m ? `as known at the end of ${m}` : 'as known today'; };
  showLabel();
  const apply = h('button', { type: 'button', id: 'apply-filters' }, 'Apply');
  const go = () => {
    const problem = rangeProblem(fromInput.value, toInput.value);
    dateError.textContent = problem ?? '';
    dateError.hidden = !problem;
    if (problem) return;
    const q = new URLSearchParams();
    q.set('depth', depthSelect.value);
    if (fromInput.value.trim()) q.set('from', fromInput.value.trim());
    if (toInput.value.trim()) q.set('to', toInput.value.trim());
    const t = typeBoxes.filter(b => b.checked).map(b => b.value);
    if (t.length) q.set('types', t.join(','));
    const s = stanceBoxes.filter(b => b.checked).map(b => b.value);
    if (s.length) q.set('stances', s.join(','));
    if (sourceInput.value.trim()) q.set('source', sourceInput.value.trim());
    if (sourcesInput.value.trim()) q.set('minSources', sourcesInput.value.trim());
    const m = months[Number(slider.value)];
    if (m) q.set('asOf', m);
    location.hash = '#/network/' + encodeURIComponent(key) + '?' + q.toString();
  };
  apply.addEventListener('click', go);
  slider.addEventListener('input', showLabel);
  slider.addEventListener('change', go);

  view.append(
    h('h1', {}, 'Network of ', data ? h('a', { href: entityHref(data.centre.key) }, data.centre.name) : key),
    h('div', { class: 'filters' }, depthSelect,
      h('label', {}, 'from ', fromInput), h('label', {}, 'to ', toInput),
      h('label', {}, 'asserted by ', sourceInput), sourceList,
      h('label', {}, 'at least ', sourcesInput, ' independent sources'), apply),
    h('div', { class: 'filters', id: 'type-filters' }, h('span', { class: 'muted' }, 'Types:'), typeBoxes.map((b, i) => h('label', {}, b, ' ', claimTypes[i]))),
    h('div', { class: 'filters', id: 'stance-filters' }, h('span', { class: 'muted' }, 'Stances:'), stanceBoxes.map((b, i) => h('label', {}, b, ' ', stanceNames[i]))),
    dateError,
    h('div', { class: 'as-of' }, h('label', { for: 'as-of' }, 'Graph as known on'), slider, sliderLabel),
    legends(),
  );
  if (!data) return;

  const status = h('p', { id: 'network-status', class: 'muted' });
  const more = h('button', { type: 'button', id: 'show-more' }, 'Show more');
  const unhide = h('button', { type: 'button', id: 'show-hidden' }, 'Show hidden');
  const panel = h('div', { id: 'edge-panel', class: 'card' },
    h('p', { class: 'muted' }, 'Click an edge for the claims and evidence behind it. Click an entity to add its own neighbours to the drawing; double-click it to open its dossier.'));
  const graph = h('div', { id: 'graph' });
  view.append(
    data.truncated ? h('p', { class: 'muted', id: 'nodes-left-out' }, `The 150 best connected entities are loaded; at least ${data.nodesLeftOut} more are not. Narrow the filters to reach them.`) : '',
    h('div', { class: 'network-bar' }, status, more, unhide),
    downloadLinks({ entity: data.centre.key, depth, types: types.join(','), from, to, stances: picked.join(','), limit: '150', asOf }),
    h('div', { class: 'layout' }, graph, panel),
  );

  const nodes = new Map<string, Entity>(data.nodes.map(n => [n.key, n]));
  const edges = new Map<string, NetworkEdge>(data.edges.map(e => [edgeId(e), e]));
  const loaded = new Map<string, Claim[]>();
  for (const c of data.claims) {
    const id = edgeId({ subjectKey: c.subjectKey, type: c.type, targetKey: (c.objectKey ?? c.itemKey)! });
    loaded.set(id, [...(loaded.get(id) ?? []), c]);
  }
  const hidden = new Set<string>();
  const expanded = new Set<string>([data.centre.key]);
  // Entities an expansion brought in: drawn whatever the cap, as the analyst asked for them.
  const added: string[] = [];
  let nodeCap = nodeStep;
  let edgeCap = edgeStep;

  /** The centre's neighbours by how many claims join them to it, then everyone else by all their claims here. */
  const ranked = (): string[] => {
    const toCentre = new Map<string, number>();
    const overall = new Map<string, number>();
    for (const e of edges.values()) {
      for (const [a, b] of [[e.subjectKey, e.targetKey], [e.targetKey, e.subjectKey]]) {
        overall.set(a, (overall.get(a) ?? 0) + e.claims);
        if (b === data.centre.key) toCentre.set(a, (toCentre.get(a) ?? 0) + e.claims);
      }
    }
    return [...nodes.keys()].filter(k => k !== data.centre.key)
      .sort((x, y) => (toCentre.get(y) ?? 0) - (toCentre.get(x) ?? 0) || (overall.get(y) ?? 0) - (overall.get(x) ?? 0) || x.localeCompare(y));
  };

  const cy = cytoscape({
    container: graph,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'background-color': 'data(color)', shape: 'data(shape)' as never, width: 18, height: 18, 'text-valign': 'bottom', 'text-margin-y': 3, 'text-background-color': '#fff', 'text-background-opacity': 0.7, 'text-background-padding': '1px' } },
      { selector: 'node[centre = 1]', style: { width: 32, height: 32, 'border-width': 3, 'border-color': '#12263f', 'font-weight': 'bold', 'font-size': 12 } },
      { selector: 'node[expanded = 1]', style: { 'border-width': 2, 'border-color': '#12263f' } },
      {
        selector: 'edge', style: {
          'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'data(arrow)' as never, 'curve-style': 'bezier', 'arrow-scale': 0.7,
          'line-style': 'data(lineStyle)' as never, width: 'data(width)', opacity: 'data(opacity)' as never,
          label: 'data(label)', 'font-size': 8, color: '#374151', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': '1px',
        },
      },
      { selector: 'edge[disputed = 1]', style: { 'line-style': 'dashed', 'line-dash-pattern': [10, 3, 2, 3] as never } },
      { selector: 'edge:selected', style: { 'overlay-opacity': 0.2, 'overlay-color': '#12263f' } },
    ],
    minZoom: 0.2,
    maxZoom: 2.5,
  });

  const nodeData = (n: Entity) => {
    const style = entityStyle(n.type);
    return { id: n.key, label: n.name, type: n.type, color: style.color, shape: style.shape, centre: n.key === data.centre.key ? 1 : 0, expanded: 0 };
  };
  const edgeData = (e: NetworkEdge) => ({
    id: edgeId(e), source: e.subjectKey, target: e.targetKey, type: e.type, claims: e.claims, strongest: e.strongest,
    label: `${e.type}${e.disputed ? ' (disputed)' : ''} ${e.claims}`,
    disputed: e.disputed ? 1 : 0,
    color: e.disputed ? disputedColor : e.strongest === 'denied' ? deniedColor : colorOf(e.type),
    lineStyle: lineStyleOf(e.strongest),
    arrow: e.strongest === 'denied' ? 'tee' : 'triangle',
    // Width for how many claims, firmness of colour for how many independent origins back the fact (up to five).
    width: Math.min(12, 1.5 + 2 * Math.log2(e.claims)),
    opacity: 0.45 + 0.11 * Math.min(e.origins, 5),
  });

  /** Brings the drawing in line with the caps, hidden entities and expansions; a full layout only when asked. */
  const draw = (fresh: boolean) => {
    const want = new Set<string>([data.centre.key, ...added.filter(k => !hidden.has(k))]);
    for (const k of ranked()) {
      if (want.size >= nodeCap + added.length + 1) break;
      if (!hidden.has(k)) want.add(k);
    }
    want.delete('');
    for (const k of hidden) want.delete(k);
    const candidates = [...edges.values()].filter(e => want.has(e.subjectKey) && want.has(e.targetKey));
    const touchesExpanded = (e: NetworkEdge) => expanded.has(e.subjectKey) || expanded.has(e.targetKey);
    candidates.sort((a, b) => Number(touchesExpanded(b)) - Number(touchesExpanded(a)) || b.claims - a.claims);
    const shownEdges = candidates.slice(0, edgeCap);
    const shownIds = new Set(shownEdges.map(edgeId));
    cy.batch(() => {
      cy.elements().filter(el => (el.isNode() ? !want.has(el.id()) : !shownIds.has(el.id()))).remove();
      const newNodes = [...want].filter(k => cy.getElementById(k).empty() && nodes.has(k)).map(k => ({ group: 'nodes' as const, data: nodeData(nodes.get(k)!) }));
      cy.add(newNodes);
      cy.add(shownEdges.filter(e => cy.getElementById(edgeId(e)).empty()).map(e => ({ group: 'edges' as const, data: edgeData(e) })));
      cy.nodes().forEach(n => { n.data('expanded', expanded.has(n.id()) && n.id() !== data.centre.key ? 1 : 0); });
    });
    cy.layout({
      name: 'fcose', animate: false, randomize: fresh, quality: 'default', nodeRepulsion: () => 9000, idealEdgeLength: () => 110,
      nodeSeparation: 90, packComponents: true, fit: true, padding: 20,
    } as cytoscape.LayoutOptions).run();

    const drawnNodes = cy.nodes().length;
    const claimsDrawn = shownEdges.reduce((n, e) => n + e.claims, 0);
    const moreWaiting = nodes.size - hidden.size > drawnNodes || candidates.length > shownEdges.length;
    status.textContent = `Showing ${drawnNodes} of ${nodes.size} entities and ${shownEdges.length} of ${edges.size} links (${claimsDrawn} of ${data.claimsTotal} claims).`;
    more.hidden = !moreWaiting;
    unhide.hidden = hidden.size === 0;
    unhide.textContent = `Show hidden (${hidden.size})`;
    graph.dataset.nodes = String(drawnNodes);
    graph.dataset.edges = String(shownEdges.length);
  };

  more.addEventListener('click', () => { nodeCap += nodeStep; edgeCap += edgeStep; draw(false); });
  unhide.addEventListener('click', () => { hidden.clear(); draw(false); });

  draw(true);
  window.armstrace = { ...(window.armstrace ?? {}), cy, networkMs: performance.now() - started };
  graph.dataset.claims = String(data.claimsTotal);
  graph.dataset.rendered = 'true';

  cy.on('tap', 'edge', ev => { void showEdge(panel, edges.get(ev.target.id())!, nodes, loaded, filters); });
  cy.on('tap', 'node', ev => {
    const k = ev.target.id() as string;
    void expand(k);
  });
  cy.on('dbltap', 'node', ev => { location.hash = entityHref(ev.target.id()); });

  /** Adds the entity's own neighbourhood, with the page's filters, to the drawing in place. */
  const expand = async (k: string) => {
    const n = nodes.get(k);
    if (!n) return;
    showNode(panel, n, k === data.centre.key ? null : () => { hidden.add(k); clear(panel); draw(false); });
    if (expanded.has(k)) return;
    expanded.add(k);
    graph.dataset.expanding = k;
    const more = await get<Neighbourhood>('/api/graph/neighbourhood/' + encodeURIComponent(k), { ...filters, depth: '1', limit: 150, maxClaims: 1 });
    for (const m of more.nodes) if (!nodes.has(m.key)) nodes.set(m.key, m);
    for (const e of more.edges) edges.set(edgeId(e), e);
    const neighbours = more.edges.filter(e => e.subjectKey === k || e.targetKey === k)
      .map(e => (e.subjectKey === k ? e.targetKey : e.subjectKey))
      .filter((x, i, all) => all.indexOf(x) === i && x !== k && !hidden.has(x));
    for (const x of neighbours.slice(0, expandStep)) if (!added.includes(x)) added.push(x);
    if (!added.includes(k) && k !== data.centre.key) added.push(k);
    draw(false);
    graph.dataset.expanded = [...expanded].join(' ');
    delete graph.dataset.expanding;
  };
}

/** The entity's links; the centre cannot be hidden, so the drawing always has its anchor. */
function showNode(panel: HTMLElement, n: Entity, hide: (() => void) | null): void {
  clear(panel);
  const hideButton = hide ? h('button', { type: 'button', id: 'hide-node' }, 'Hide from the drawing') : null;
  hideButton?.addEventListener('click', hide!);
  append(panel, [h('h2', { id: 'node-name' }, n.name, ' ', h('span', { class: 'type-tag' }, n.type)),
    h('p', {}, `${n.claims} claims in all. Its neighbours are added to the drawing.`),
    h('p', {}, h('a', { href: entityHref(n.key), id: 'node-dossier' }, 'Open the dossier'), ' · ',
      h('a', { href: '#/network/' + encodeURIComponent(n.key), id: 'node-recentre' }, 'Network centred here')),
    hideButton]);
}

/** The edge's stance mix and fact timeline, then its claims with evidence: those already loaded, else a page from the API. */
async function showEdge(panel: HTMLElement, e: NetworkEdge, nodes: Map<string, Entity>, loaded: Map<string, Claim[]>, filters: Record<string, string | undefined>): Promise<void> {
  clear(panel);
  const name = (k: string) => nodes.get(k)?.name ?? k;
  const steps = h('div', { id: 'edge-timeline' }, h('p', { class: 'muted' }, 'Loading the stance timeline…'));
  const list = h('div', { id: 'edge-claims', 'data-edge': edgeId(e) });
  panel.append(
    h('h2', {}, `${name(e.subjectKey)} → ${name(e.targetKey)}`),
    h('p', { class: 'edge-summary' }, h('span', { class: 'type-tag' }, e.type), ` · ${e.claims} claim${e.claims === 1 ? '' : 's'} · `,
      Object.entries(e.stances).map(([s, n]) => h('span', {}, stanceBadge(s), ` ${n} `)),
      e.disputed ? h('span', { class: 'badge disputed-badge', id: 'edge-disputed' }, 'disputed: affirmed and denied') : null),
    h('h3', {}, 'Claims and evidence'), list,
    h('h3', {}, `How the ${e.type} claim was told over time`), steps);

  const have = loaded.get(edgeId(e)) ?? [];
  let offset = 0;
  const page = async () => {
    const p = await get<Page<Claim>>('/api/claims', {
      subject: e.subjectKey, target: e.targetKey, type: e.type, stance: filters.stances, source: filters.source,
      from: filters.from, to: filters.to, asOf: filters.asOf, minSources: filters.minSources, limit: 50, offset,
    });
    list.querySelector('button.more-claims')?.remove();
    list.append(...p.items.map(claimCard));
    offset += p.items.length;
    if (p.hasMore) {
      const more = h('button', { type: 'button', class: 'more-claims' }, 'More claims');
      more.addEventListener('click', () => void page());
      list.append(more);
    }
  };
  if (have.length >= e.claims) list.append(...have.map(claimCard));
  else await page();
  list.dataset.ready = 'true';

  const t = await loadTimeline(e.subjectKey, e.type, e.targetKey, filters.asOf ?? '');
  clear(steps);
  steps.append(factLine(t.fact), timelineList(t.steps));
  steps.dataset.ready = 'true';
}

function legends(): HTMLElement {
  const line = (style: string, color: string, label: string, id?: string) =>
    h('span', { class: 'line-key', 'data-line': style, style: `--c:${color}`, id }, label);
  return h('div', { class: 'legends' },
    h('div', { class: 'legend', id: 'legend-colours' }, h('strong', {}, 'Link colour: '),
      claimTypes.map(t => h('span', { style: `--c:${colorOf(t)}`, 'data-type': t }, t)),
      h('span', { style: `--c:${disputedColor}`, 'data-type': 'disputed' }, 'disputed (affirmed and denied)'),
      h('span', { style: `--c:${deniedColor}`, 'data-type': 'denied' }, 'only denied')),
    h('div', { class: 'legend', id: 'legend-lines' }, h('strong', {}, 'Line: '),
      line('solid', '#333', 'asserted or confirmed'), line('dashed', '#333', 'reported, alleged or unconfirmed'),
      line('dotted', '#333', 'possible, intended or denied'),
      h('span', { class: 'muted' }, 'wider: more claims · fainter: fewer independent sources')),
    h('div', { class: 'legend', id: 'legend-shapes' }, h('strong', {}, 'Entity: '),
      Object.entries(entityStyles).map(([type, s]) => h('span', { class: 'shape-key', 'data-shape': s.shape, 'data-entity': type, style: `--c:${s.color}` }, type))));
}

/** "YYYY-MM" for every month from the first to the last known date, oldest first. */
function monthsBetween(first: string | null, last: string | null): string[] {
  if (!first || !last) return [];
  const out: string[] = [];
  let y = Number(first.slice(0, 4)), m = Number(first.slice(5, 7) || '1');
  const endY = Number(last.slice(0, 4)), endM = Number(last.slice(5, 7) || '12');
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}
