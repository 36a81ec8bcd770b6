import { Claim, claimDate, EntityView, FactSummary, get, Page } from './api';
import { claimCard } from './claims';
import { claimTypes, stanceNames } from './colors';
import { dateInput, rangeProblem } from './dates';
import { clear, entityHref, h } from './dom';
import { downloadLinks } from './downloads';
import { factLine, loadTimeline, timelineList } from './facts';
import { drawTimeline } from './timeline';

/** Claims read per page, with or without filters. */
const pageSize = 200;

const groupings: Record<string, (c: Claim) => string> = {
  type: c => c.type,
  stance: c => c.stance,
  source: c => c.sourceName ?? 'no named source',
  year: c => claimDate(c)?.slice(0, 4) ?? 'undated',
};

/**
 * An entity's dossier. Without filters its claims page through the dossier's own keyset pages; with any filter
 * (type, stance, source, date range) they come from the claim search, which filters in the database, so a filter
 * never only sifts the page on screen.
 */
export async function renderDossier(view: HTMLElement, key: string, params: URLSearchParams): Promise<void> {
  const after = params.get('after');
  const asOf = params.get('asOf') ?? '';
  const type = params.get('type') ?? '';
  const stance = params.get('stance') ?? '';
  const source = params.get('source') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const group = params.get('group') && groupings[params.get('group')!] ? params.get('group')! : 'type';
  const offset = Math.max(0, Number(params.get('offset') ?? '0') || 0);
  const filtered = Boolean(type || stance || source || from || to);
  const badDates = rangeProblem(from, to);

  const e = await get<EntityView>('/api/entities/' + encodeURIComponent(key), { limit: filtered ? 1 : pageSize, after: filtered ? undefined : after ?? undefined, asOf: asOf || undefined });
  let claims: Claim[] = e.claimsByType.flatMap(g => g.claims);
  let nextHref: string | null = e.next ? `${entityHref(e.key)}?${withParams(params, { after: e.next, offset: '' })}` : null;
  if (filtered && !badDates) {
    const page = await get<Page<Claim>>('/api/claims', { entity: e.key, type, stance, source, from, to, asOf: asOf || undefined, limit: pageSize, offset });
    claims = page.items;
    nextHref = page.hasMore ? `${entityHref(e.key)}?${withParams(params, { offset: String(offset + pageSize), after: '' })}` : null;
  } else if (filtered) {
    claims = [];
  }
  document.title = `${e.name} · ArmsTrace`;
  const also = [...new Set([...e.names, ...e.aliases])].filter(n => n !== e.name);
  const timeline = h('div', { class: 'timeline card' });
  const date = h('input', { type: 'text', id: 'dossier-as-of', placeholder: 'YYYY[-MM[-DD]]', size: '11', value: asOf });
  const apply = h('button', { type: 'button' }, 'Show');
  apply.addEventListener('click', () => {
    location.hash = entityHref(e.key) + (date.value.trim() ? '?asOf=' + encodeURIComponent(date.value.trim()) : '');
  });

  const typeSelect = h('select', { id: 'd-type' }, h('option', { value: '' }, 'any type'), claimTypes.map(t => h('option', { value: t, selected: t === type }, t)));
  const stanceSelect = h('select', { id: 'd-stance' }, h('option', { value: '' }, 'any stance'), stanceNames.map(s => h('option', { value: s, selected: s === stance }, s)));
  const sources = new Map<string, string>();
  for (const c of e.claimsByType.flatMap(g => g.claims).concat(claims)) if (c.sourceKey && c.sourceName) sources.set(c.sourceKey, c.sourceName);
  if (source && !sources.has(source)) sources.set(source, source);
  const sourceSelect = h('select', { id: 'd-source' }, h('option', { value: '' }, 'any source'),
    [...sources].sort((a, b) => a[1].localeCompare(b[1])).map(([k, n]) => h('option', { value: k, selected: k === source }, n)));
  const fromInput = dateInput('d-from', from);
  const toInput = dateInput('d-to', to);
  const groupSelect = h('select', { id: 'd-group' }, Object.keys(groupings).map(g => h('option', { value: g, selected: g === group }, `group by ${g}`)));
  const dateError = h('p', { id: 'dossier-date-error', class: 'error', role: 'alert', hidden: !badDates }, badDates ?? '');
  const filter = h('button', { type: 'button', id: 'd-apply' }, 'Filter');
  const clearFilters = h('a', { href: entityHref(e.key) + (asOf ? '?asOf=' + encodeURIComponent(asOf) : ''), id: 'd-clear' }, 'Clear filters');
  filter.addEventListener('click', () => {
    const problem = rangeProblem(fromInput.value, toInput.value);
    dateError.textContent = problem ?? '';
    dateError.hidden = !problem;
    if (problem) return;
    const q = new URLSearchParams();
    for (const [k, v] of [['type', typeSelect.value], ['stance', stanceSelect.value], ['source', sourceSelect.value], ['from', fromInput.value.trim()], ['to', toInput.value.trim()], ['asOf', asOf]]) if (v) q.set(k, v);
    if (groupSelect.value !== 'type') q.set('group', groupSelect.value);
    location.hash = entityHref(e.key) + (q.size ? '?' + q.toString() : '');
  });

  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const g = groupings[group](c);
    groups.set(g, [...(groups.get(g) ?? []), c]);
  }
  const ordered = [...groups].sort((a, b) => (group === 'year' ? b[0].localeCompare(a[0]) : b[1].length - a[1].length || a[0].localeCompare(b[0])));

  view.append(
    h('h1', { id: 'dossier-name' }, e.name, ' ', h('span', { class: 'type-tag' }, e.type)),
    h('div', { class: 'as-of' }, h('label', {}, 'As known on ', date), apply, asOf ? h('span', { class: 'muted' }, `showing what was published up to ${asOf}`) : null),
    h('div', { class: 'card' }, h('dl', { class: 'facts' },
      h('dt', {}, 'Also known as'), h('dd', {}, also.length ? also.slice(0, 25).join(' · ') : '—'),
      h('dt', {}, 'Type'), h('dd', {}, e.type),
      h('dt', {}, 'Part of'), h('dd', {}, e.parent ? h('a', { href: entityHref(e.parent.key) }, e.parent.name) : '—'),
      h('dt', {}, 'Country'), h('dd', {}, e.country ? h('a', { href: entityHref(e.country.key) }, e.country.name) : '—'),
      h('dt', {}, 'Location'), h('dd', {}, e.latitude !== null && e.longitude !== null ? `${e.latitude}, ${e.longitude}` : '—'),
      h('dt', {}, 'Claims'), h('dd', {}, String(e.claims), ' · ', h('a', { href: '#/network/' + encodeURIComponent(e.key) + (asOf ? '?asOf=' + encodeURIComponent(asOf) : ''), id: 'open-network' }, 'Network view'),
        ' · ', h('a', { href: '#/paths?from=' + encodeURIComponent(e.key) }, 'Paths from here')),
      h('dt', {}, 'Its network'), h('dd', {}, downloadLinks({ entity: e.key, depth: '1', asOf })))),
    h('h2', {}, 'Timeline'), timeline,
    h('h2', {}, 'Facts and how well they are corroborated'), factTable(e.facts, asOf),
    h('h2', { id: 'claims-heading' }, 'Claims'),
    h('div', { class: 'filters card', id: 'dossier-filters' }, typeSelect, stanceSelect, sourceSelect,
      h('label', {}, 'from ', fromInput), h('label', {}, 'to ', toInput), groupSelect, filter, filtered ? clearFilters : null),
    dateError,
    h('p', { class: 'muted', id: 'dossier-count' }, filtered
      ? `${claims.length}${nextHref ? '+' : ''} claims match the filters${offset ? ` (from number ${offset + 1})` : ''}.`
      : `${claims.length} of ${e.claims} claims on this page.`),
    h('div', { id: 'dossier-export' }, downloadLinks({ involving: e.key, types: type, stances: stance, source, from, to, asOf }),
      h('span', { class: 'muted' }, ' these claims (every page)')),
    ...ordered.map(([name, list]) => h('section', { class: 'card claim-group', 'data-group': name, 'data-type': group === 'type' ? name : undefined },
      h('h2', { class: 'group-head' }, `${name} (${list.length})`), list.map(claimCard))),
    h('div', { class: 'pager' },
      after || offset ? h('a', { href: `${entityHref(e.key)}?${withParams(params, { after: '', offset: '' })}` }, '← First claims') : null,
      nextHref ? h('a', { href: nextHref, id: 'more-claims' }, 'More claims →') : null),
  );
  drawTimeline(timeline, claims);
}

/** The page's parameters with some replaced; an empty value drops one. */
function withParams(params: URLSearchParams, changes: Record<string, string>): string {
  const q = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) if (v) q.set(k, v); else q.delete(k);
  return q.toString();
}

/** One row per fact; its stance timeline opens under it on demand, so the dossier reads no claim twice. */
function factTable(facts: FactSummary[], asOf: string): HTMLElement {
  if (facts.length === 0) return h('p', { class: 'muted' }, 'No facts.');
  const link = (key: string | null, name: string | null) => (key && name ? h('a', { href: entityHref(key) }, name) : (name ?? '—'));
  return h('div', { class: 'card', id: 'dossier-facts' }, facts.map(f => {
    const detail = h('div', { class: 'fact-timeline' });
    const open = h('button', { type: 'button', class: 'open-timeline' }, 'Timeline');
    open.addEventListener('click', async () => {
      clear(detail);
      const t = await loadTimeline(f.subjectKey, f.type, f.targetKey, asOf);
      detail.append(timelineList(t.steps));
    });
    return h('div', { class: 'claim fact', 'data-fact': `${f.subjectKey}|${f.type}|${f.targetKey ?? ''}` },
      h('div', { class: 'head' }, h('strong', {}, link(f.subjectKey, f.subjectName)), h('span', { class: 'type-tag' }, f.type), link(f.targetKey, f.targetName), open),
      factLine(f), detail);
  }));
}
