import { EntityView, get } from './api';
import { claimCard } from './claims';
import { entityHref, h } from './dom';
import { downloadLinks } from './downloads';
import { drawTimeline } from './timeline';

export async function renderDossier(view: HTMLElement, key: string, after: string | null): Promise<void> {
  const e = await get<EntityView>('/api/entities/' + encodeURIComponent(key), { limit: 200, after: after ?? undefined });
  document.title = `${e.name} · ArmsTrace`;
  const also = [...new Set([...e.names, ...e.aliases])].filter(n => n !== e.name);
  const timeline = h('div', { class: 'timeline card' });
  view.append(
    h('h1', { id: 'dossier-name' }, e.name, ' ', h('span', { class: 'type-tag' }, e.type)),
    h('div', { class: 'card' }, h('dl', { class: 'facts' },
      h('dt', {}, 'Also known as'), h('dd', {}, also.length ? also.slice(0, 25).join(' · ') : '—'),
      h('dt', {}, 'Type'), h('dd', {}, e.type),
      h('dt', {}, 'Part of'), h('dd', {}, e.parent ? h('a', { href: entityHref(e.parent.key) }, e.parent.name) : '—'),
      h('dt', {}, 'Country'), h('dd', {}, e.country ? h('a', { href: entityHref(e.country.key) }, e.country.name) : '—'),
      h('dt', {}, 'Location'), h('dd', {}, e.latitude !== null && e.longitude !== null ? `${e.latitude}, ${e.longitude}` : '—'),
      h('dt', {}, 'Claims'), h('dd', {}, String(e.claims), ' · ', h('a', { href: '#/network/' + encodeURIComponent(e.key), id: 'open-network' }, 'Network view')),
      h('dt', {}, 'Its network'), h('dd', {}, downloadLinks({ entity: e.key, depth: '1' })))),
    h('h2', {}, 'Timeline'), timeline,
    ...e.claimsByType.map(g => h('section', { class: 'card claim-group', 'data-type': g.type },
      h('h2', {}, `${g.type} (${g.claims.length})`), g.claims.map(claimCard))),
    h('div', { class: 'pager' },
      after ? h('a', { href: entityHref(e.key) }, '← First claims') : null,
      e.next ? h('a', { href: `${entityHref(e.key)}?after=${encodeURIComponent(e.next)}` }, 'More claims →') : null),
  );
  drawTimeline(timeline, e.claimsByType.flatMap(g => g.claims));
}
