import { Claim, GraphPath, get, Page } from './api';
import { claimCard } from './claims';
import { claimTypes } from './colors';
import { entityHref, h } from './dom';

const defaultTypes = ['supply', 'manufacture', 'sponsor', 'part_of'];
/** Claims shown under each hop before "show all": the first few make the case, the rest are there on demand. */
const hopClaims = 3;

/** Paths between two entities through chosen claim types, each hop with the sentences it rests on. */
export async function renderPaths(view: HTMLElement, params: URLSearchParams): Promise<void> {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const types = params.has('types') ? (params.get('types') ?? '').split(',').filter(Boolean) : defaultTypes;
  const denied = params.get('includeDenied') === 'true';
  const maxDepth = params.get('maxDepth') ?? '4';

  const fromInput = h('input', { type: 'text', id: 'path-from', value: from, placeholder: 'e.g. China', size: '18' });
  const toInput = h('input', { type: 'text', id: 'path-to', value: to, placeholder: 'e.g. Houthis', size: '18' });
  const boxes = claimTypes.map(t => h('input', { type: 'checkbox', value: t, checked: types.includes(t), 'data-filter': 'type' }));
  const deniedBox = h('input', { type: 'checkbox', id: 'path-denied', checked: denied });
  const depthSelect = h('select', { id: 'path-depth' }, ['2', '3', '4', '5', '6'].map(d => h('option', { value: d, selected: d === maxDepth }, `at most ${d} hops`)));
  const find = h('button', { type: 'submit', id: 'path-find' }, 'Find paths');
  const form = h('form', { class: 'card', id: 'path-form' },
    h('div', { class: 'filters' }, h('label', {}, 'From ', fromInput), h('label', {}, 'to ', toInput), depthSelect, find),
    h('div', { class: 'filters' }, h('span', { class: 'muted' }, 'Through:'), boxes.map((b, i) => h('label', {}, b, ' ', claimTypes[i]))),
    h('label', {}, deniedBox, ' also through denied claims'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const q = new URLSearchParams({ from: fromInput.value.trim(), to: toInput.value.trim() });
    q.set('types', boxes.filter(b => b.checked).map(b => b.value).join(','));
    if (deniedBox.checked) q.set('includeDenied', 'true');
    q.set('maxDepth', depthSelect.value);
    location.hash = '#/paths?' + q.toString();
  });
  view.append(h('h1', {}, 'Paths between two entities'), form);
  document.title = 'Paths · ArmsTrace';
  if (!from || !to) {
    view.append(h('p', { class: 'muted' }, 'Name two entities (a name or key) to see how claims join them, shortest paths first. Denied claims are left out unless you ask for them.'));
    return;
  }

  const started = performance.now();
  const page = await get<Page<GraphPath>>('/api/graph/paths', {
    from, to, types: types.join(','), includeDenied: denied ? 'true' : undefined, maxDepth, limit: 10,
  });
  window.armstrace = { ...(window.armstrace ?? {}), pathMs: performance.now() - started };
  const results = h('div', { id: 'paths' });
  if (page.items.length === 0) {
    results.append(h('p', { class: 'muted', id: 'no-path' }, `No path within ${maxDepth} hops through ${types.join(', ') || 'the default types'}${denied ? '' : ' (denied claims left out)'}.`));
  }
  page.items.forEach((p, i) => {
    const names = new Map(p.entities.map(e => [e.key, e.name]));
    results.append(h('section', { class: 'card path', 'data-path': String(i) },
      h('div', { class: 'chain' }, p.entities.flatMap((e, j) => [j ? ' → ' : '', h('a', { href: entityHref(e.key) }, e.name)])),
      p.hops.map(hop => hopView(names.get(hop.fromKey) ?? hop.fromKey, names.get(hop.toKey) ?? hop.toKey, hop.claims))));
  });
  view.append(h('p', { class: 'muted' }, `${page.items.length}${page.hasMore ? '+' : ''} shortest path${page.items.length === 1 ? '' : 's'}${denied ? ', denied claims included' : ', denied claims left out'}.`), results);
}

function hopView(from: string, to: string, claims: Claim[]): HTMLElement {
  const rest = claims.slice(hopClaims);
  const list = h('div', { class: 'hop-claims' }, claims.slice(0, hopClaims).map(claimCard));
  const more = rest.length ? h('button', { type: 'button', class: 'hop-more' }, `Show ${rest.length} more`) : null;
  more?.addEventListener('click', () => { list.append(...rest.map(claimCard)); more.remove(); });
  return h('div', { class: 'hop', 'data-hop': `${from} → ${to}` },
    h('h3', {}, `${from} – ${to}`, h('span', { class: 'muted' }, ` · ${claims.length} claim${claims.length === 1 ? '' : 's'}`)), list, more);
}
