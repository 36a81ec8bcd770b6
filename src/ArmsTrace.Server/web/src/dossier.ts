import { EntityView, FactSummary, get } from './api';
import { claimCard } from './claims';
import { clear, entityHref, h } from './dom';
import { downloadLinks } from './downloads';
import { factLine, loadTimeline, timelineList } from './facts';
import { drawTimeline } from './timeline';

export async function renderDossier(view: HTMLElement, key: string, after: string | null, asOf: string): Promise<void> {
  const e = await get<EntityView>('/api/entities/' + encodeURIComponent(key), { limit: 200, after: after ?? undefined, asOf: asOf || undefined });
  document.title = `${e.name} · ArmsTrace`;
  const also = [...new Set([...e.names, ...e.aliases])].filter(n => n !== e.name);
  const timeline = h('div', { class: 'timeline card' });
  const date = h('input', { type: 'text', id: 'dossier-as-of', placeholder: 'YYYY[-MM[-DD]]', size: '11', value: asOf });
  const apply = h('button', { type: 'button' }, 'Show');
  apply.addEventListener('click', () => {
    location.hash = entityHref(e.key) + (date.value.trim() ? '?asOf=' + encodeURIComponent(date.value.trim()) : '');
  });
  view.append(
    h('h1', { id: 'dossier-name' }, e.name, ' ', h('span', { class: 'type-tag' }, e.type)),
    h('div', { class: 'as-of' }, h('label', {}, 'As known on ', date), apply, asOf ? h('span', { class: 'muted' }, `showing what was published up to ${asOf}`) : null),
    h('div', { class: 'card' }, h('dl', { class: 'facts' },
      h('dt', {}, 'Also known as'), h('dd', {}, also.length ? also.slice(0, 25).join(' · ') : '—'),
      h('dt', {}, 'Type'), h('dd', {}, e.type),
      h('dt', {}, 'Part of'), h('dd', {}, e.parent ? h('a', { href: entityHref(e.parent.key) }, e.parent.name) : '—'),
      h('dt', {}, 'Country'), h('dd', {}, e.country ? h('a', { href: entityHref(e.country.key) }, e.country.name) : '—'),
      h('dt', {}, 'Location'), h('dd', {}, e.latitude !== null && e.longitude !== null ? `${e.latitude}, ${e.longitude}` : '—'),
      h('dt', {}, 'Claims'), h('dd', {}, String(e.claims), ' · ', h('a', { href: '#/network/' + encodeURIComponent(e.key) + (asOf ? '?asOf=' + encodeURIComponent(asOf) : ''), id: 'open-network' }, 'Network view')),
      h('dt', {}, 'Its network'), h('dd', {}, downloadLinks({ entity: e.key, depth: '1', asOf })))),
    h('h2', {}, 'Timeline'), timeline,
    h('h2', {}, 'Facts and how well they are corroborated'), factTable(e.facts, asOf),
    ...e.claimsByType.map(g => h('section', { class: 'card claim-group', 'data-type': g.type },
      h('h2', {}, `${g.type} (${g.claims.length})`), g.claims.map(claimCard))),
    h('div', { class: 'pager' },
      after ? h('a', { href: entityHref(e.key) }, '← First claims') : null,
      e.next ? h('a', { href: `${entityHref(e.key)}?after=${encodeURIComponent(e.next)}${asOf ? '&asOf=' + encodeURIComponent(asOf) : ''}` }, 'More claims →') : null),
  );
  drawTimeline(timeline, e.claimsByType.flatMap(g => g.claims));
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
