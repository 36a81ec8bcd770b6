import cytoscape from 'cytoscape';
import { Claim, FactSummary, get, KnownSpan, Neighbourhood } from './api';
import { claimCard } from './claims';
import { colorOf, isSoft, typeColors } from './colors';
import { clear, entityHref, h } from './dom';
import { downloadLinks } from './downloads';
import { factId, factLine, loadTimeline, timelineList } from './facts';

const stances = ['asserted', 'confirmed', 'reported', 'alleged', 'unconfirmed', 'possible', 'intended', 'denied'];

declare global { interface Window { armstrace?: { cy?: cytoscape.Core; networkMs?: number } } }

export async function renderNetwork(view: HTMLElement, key: string, params: URLSearchParams): Promise<void> {
  const depth = params.get('depth') ?? '1';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const picked = (params.get('stances') ?? '').split(',').filter(Boolean);
  const asOf = params.get('asOf') ?? '';
  const minSources = params.get('minSources') ?? '';
  const started = performance.now();
  const [data, span] = await Promise.all([
    get<Neighbourhood>('/api/graph/neighbourhood/' + encodeURIComponent(key),
      { depth, from, to, stances: picked.join(','), limit: 150, asOf: asOf || undefined, minSources: minSources || undefined }),
    get<KnownSpan>('/api/graph/dates'),
  ]);
  const months = monthsBetween(span.first, span.last);

  const fromInput = h('input', { type: 'text', placeholder: 'YYYY[-MM]', size: '9', value: from, id: 'f-from' });
  const toInput = h('input', { type: 'text', placeholder: 'YYYY[-MM]', size: '9', value: to, id: 'f-to' });
  const depthSelect = h('select', { id: 'f-depth' }, ['1', '2', '3'].map(d => h('option', { value: d, selected: d === depth }, `depth ${d}`)));
  const boxes = stances.map(s => h('input', { type: 'checkbox', value: s, checked: picked.includes(s) }));
  const sourcesInput = h('input', { type: 'number', min: '1', size: '3', value: minSources, id: 'f-min-sources' });
  // The last position is "today": no as-of date, everything stored.
  const at = asOf ? months.indexOf(asOf.slice(0, 7)) : -1;
  const slider = h('input', { type: 'range', id: 'as-of', min: '0', max: String(months.length), value: String(at >= 0 ? at : months.length) });
  const sliderLabel = h('span', { id: 'as-of-label' });
  const showLabel = () => { const m = months[Number(slider.value)]; sliderLabel.textContent = m ? `as known at the end of ${m}` : 'as known today'; };
  showLabel();
  const apply = h('button', { type: 'button' }, 'Apply');
  const go = () => {
    const q = new URLSearchParams();
    q.set('depth', depthSelect.value);
    if (fromInput.value.trim()) q.set('from', fromInput.value.trim());
    if (toInput.value.trim()) q.set('to', toInput.value.trim());
    const s = boxes.filter(b => b.checked).map(b => b.value);
    if (s.length) q.set('stances', s.join(','));
    if (sourcesInput.value.trim()) q.set('minSources', sourcesInput.value.trim());
    const m = months[Number(slider.value)];
    if (m) q.set('asOf', m);
    location.hash = '#/network/' + encodeURIComponent(key) + '?' + q.toString();
  };
  apply.addEventListener('click', go);
  slider.addEventListener('input', showLabel);
  slider.addEventListener('change', go);
  const panel = h('div', { id: 'edge-panel', class: 'card' }, h('p', { class: 'muted' }, 'Click an edge to see the claims and evidence behind it; click a node to open its dossier.'));
  const graph = h('div', { id: 'graph' });
  view.append(
    h('h1', {}, 'Network of ', h('a', { href: entityHref(data.centre.key) }, data.centre.name)),
    h('div', { class: 'filters' }, depthSelect, h('label', {}, 'from ', fromInput), h('label', {}, 'to ', toInput),
      boxes.map((b, i) => h('label', {}, b, ' ', stances[i])), h('label', {}, 'at least ', sourcesInput, ' independent sources'), apply),
    h('div', { class: 'as-of' }, h('label', { for: 'as-of' }, 'Graph as known on'), slider, sliderLabel),
    h('div', { class: 'legend' }, Object.entries(typeColors).map(([t, c]) => h('span', { style: `--c:${c}` }, t)),
      h('span', { style: '--c:#d62728' }, 'denied (red)'), h('span', { class: 'muted' }, 'dashed: alleged / unconfirmed')),
    data.truncated ? h('p', { class: 'muted', id: 'nodes-left-out' }, `The 150 best connected entities are shown; at least ${data.nodesLeftOut} more are not. Narrow the filters to see them.`) : '',
    data.claimsLeftOut > 0 ? h('p', { class: 'muted', id: 'claims-left-out' }, `${data.claims.length} of ${data.claimsTotal} claims are drawn, those touching ${data.centre.name} first.`) : '',
    downloadLinks({ entity: data.centre.key, depth, from, to, stances: picked.join(','), limit: '150', asOf }),
    h('div', { class: 'layout' }, graph, panel),
  );

  const byId = new Map<string, Claim>(data.claims.map(c => [String(c.id), c]));
  const facts = new Map<string, FactSummary>(data.facts.map(f => [factId(f.subjectKey, f.type, f.targetKey), f]));
  const factOf = (c: Claim) => facts.get(factId(c.subjectKey, c.type, c.objectKey ?? c.itemKey));
  const elements: cytoscape.ElementDefinition[] = [
    ...data.nodes.map(n => ({ data: { id: n.key, label: n.name, type: n.type, centre: n.key === data.centre.key ? 1 : 0 } })),
    ...data.claims.map(c => ({
      data: {
        id: 'c' + c.id, claim: String(c.id), source: c.subjectKey, target: (c.objectKey ?? c.itemKey)!, label: c.type,
        color: c.stance === 'denied' ? '#d62728' : colorOf(c.type),
        lineStyle: isSoft(c.stance) ? 'dashed' : 'solid',
        // Wider for facts more independent origins support, up to five.
        width: 1.5 + Math.min(factOf(c)?.origins ?? 1, 5),
      },
    })),
  ];
  const cy = cytoscape({
    container: graph,
    elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'background-color': '#5b7db1', width: 18, height: 18, 'text-valign': 'bottom', 'text-margin-y': 3 } },
      { selector: 'node[type = "country"]', style: { 'background-color': '#2e7d32', shape: 'round-rectangle' } },
      { selector: 'node[type = "weapon"]', style: { 'background-color': '#c62828', shape: 'diamond' } },
      { selector: 'node[type = "person"]', style: { 'background-color': '#8e24aa' } },
      { selector: 'node[centre = 1]', style: { width: 30, height: 30, 'border-width': 3, 'border-color': '#12263f', 'font-weight': 'bold' } },
      { selector: 'edge', style: { 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'line-style': 'data(lineStyle)' as never, width: 'data(width)' } },
      { selector: 'edge:selected', style: { 'overlay-opacity': 0.2, 'overlay-color': '#12263f' } },
    ],
    minZoom: 0.2,
    maxZoom: 1.6,
    // One hop reads best as a ring around the centre; deeper neighbourhoods need a force layout to show clusters.
    layout: depth === '1'
      ? { name: 'concentric', animate: false, concentric: (n: cytoscape.NodeSingular) => (n.data('centre') ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 28 } as cytoscape.LayoutOptions
      : { name: 'cose', animate: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 120, nodeOverlap: 20 } as cytoscape.LayoutOptions,
  });
  window.armstrace = { ...(window.armstrace ?? {}), cy, networkMs: performance.now() - started };
  graph.dataset.rendered = 'true';
  graph.dataset.edges = String(data.claims.length);

  cy.on('tap', 'edge', async ev => {
    const claim = byId.get(ev.target.data('claim'));
    clear(panel);
    if (!claim) return;
    const same = data.claims.filter(c => c.subjectKey === claim.subjectKey && (c.objectKey ?? c.itemKey) === (claim.objectKey ?? claim.itemKey));
    const fact = factOf(claim);
    const steps = h('div', { id: 'edge-timeline' }, h('p', { class: 'muted' }, 'Loading the stance timeline…'));
    panel.append(h('h2', {}, `${claim.subjectName} → ${claim.objectName ?? claim.itemName ?? ''}`),
      fact ? factLine(fact) : '',
      h('h3', {}, `How the ${claim.type} claim was told over time`), steps,
      claimCard(claim),
      same.length > 1 ? h('p', { class: 'muted' }, `${same.length - 1} more claims between these two:`) : '',
      ...same.filter(c => c !== claim).map(claimCard));
    const t = await loadTimeline(claim.subjectKey, claim.type, claim.objectKey ?? claim.itemKey, asOf);
    clear(steps);
    steps.append(timelineList(t.steps));
    steps.dataset.ready = 'true';
  });
  cy.on('tap', 'node', ev => { location.hash = entityHref(ev.target.id()); });
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
