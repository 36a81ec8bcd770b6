import { get, DocumentSummary, Entity, Page } from './api';
import { docHref, entityHref, h } from './dom';

export async function renderHome(view: HTMLElement): Promise<void> {
  const [entities, docs] = await Promise.all([
    get<Page<Entity>>('/api/entities', { limit: 15 }),
    get<Page<DocumentSummary>>('/api/documents', { limit: 8 }),
  ]);
  view.append(
    h('h1', {}, 'Evidence graph'),
    h('p', { class: 'muted' }, 'Search an entity above, or start from the most connected ones.'),
    h('div', { class: 'card' }, h('h2', {}, 'Most claims'),
      h('table', { class: 'list' }, h('tbody', {}, entities.items.map(e =>
        h('tr', {}, h('td', {}, h('a', { href: entityHref(e.key) }, e.name)), h('td', { class: 'type-tag' }, e.type), h('td', {}, `${e.claims} claims`)))))),
    h('div', { class: 'card' }, h('h2', {}, 'Latest documents'), docTable(docs.items), h('a', { href: '#/documents' }, 'All documents →')),
  );
}

export function docTable(items: DocumentSummary[]): HTMLElement {
  return h('table', { class: 'list' }, h('tbody', {}, items.map(d =>
    h('tr', {}, h('td', {}, h('a', { href: docHref(d.key) }, d.title ?? d.key)), h('td', {}, d.outlet ?? ''), h('td', {}, d.published ?? ''), h('td', {}, `${d.claims} claims`)))));
}

export async function renderDocuments(view: HTMLElement, offset: number, deleted: string | null = null): Promise<void> {
  const page = await get<Page<DocumentSummary>>('/api/documents', { limit: 25, offset });
  view.append(h('h1', {}, 'Documents'),
    deleted ? h('p', { class: 'muted', id: 'deleted-note' }, `Deleted ${deleted}.`) : '',
    h('div', { class: 'card' }, docTable(page.items)),
    h('div', { class: 'pager' },
      offset > 0 ? h('a', { href: `#/documents?offset=${Math.max(0, offset - 25)}` }, '← Previous') : null,
      page.hasMore ? h('a', { href: `#/documents?offset=${offset + 25}` }, 'Next →') : null));
}
