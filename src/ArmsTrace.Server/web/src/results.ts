import { Entity, get, Page, SearchHits, SnippetPart } from './api';
import { docHref, entityHref, h, readable, stanceBadge } from './dom';

const pageSize = 20;

/** Matched words in <mark>, every part a text node, so nothing in a stored text is ever read as markup. */
function snippet(parts: SnippetPart[]): HTMLElement {
  return h('span', { class: 'snippet' }, parts.map(p => (p.match ? h('mark', {}, readable(p.text)) : readable(p.text))));
}

/** A total as the server counted it: a common word's count stops at a cap. */
function total(n: number, more: boolean): string {
  return more ? `more than ${n}` : String(n);
}

/** The results page of the search box: entities by name (as the type-ahead finds them), documents and evidence sentences by their words. */
export async function renderSearch(view: HTMLElement, params: URLSearchParams): Promise<void> {
  const q = (params.get('q') ?? '').trim();
  const offset = Number(params.get('offset') ?? '0') || 0;
  document.title = `${q} · Search · ArmsTrace`;
  view.append(h('h1', {}, 'Search: ', h('span', { id: 'search-query' }, q)));
  if (!q) {
    view.append(h('p', { class: 'muted', id: 'no-results' }, 'Type words in the search box and press Enter.'));
    return;
  }

  const [entities, hits] = await Promise.all([
    get<Page<Entity>>('/api/entities', { q, limit: 10 }),
    get<SearchHits>('/api/search', { q, limit: pageSize, offset }),
  ]);
  const link = (to: number) => `#/search?q=${encodeURIComponent(q)}${to ? '&offset=' + to : ''}`;
  view.append(
    entities.items.length === 0 && hits.documentsTotal === 0 && hits.claimsTotal === 0
      ? h('p', { class: 'muted', id: 'no-results' }, 'Nothing matches every word.')
      : '',
    offset === 0 && entities.items.length > 0
      ? h('div', { class: 'card' }, h('h2', {}, 'Entities'),
        h('ul', { id: 'result-entities', class: 'results' }, entities.items.map(e =>
          h('li', {}, h('a', { href: entityHref(e.key) }, e.name), ' ', h('span', { class: 'type-tag' }, `${e.type} · ${e.claims} claims`)))))
      : '',
    h('div', { class: 'card' }, h('h2', {}, `Documents (${total(hits.documentsTotal, hits.documentsMore)})`),
      h('ul', { id: 'result-documents', class: 'results' }, hits.documents.map(d =>
        h('li', { 'data-key': d.key },
          h('a', { href: docHref(d.key) }, d.title ?? d.key), ' ',
          h('span', { class: 'muted' }, [d.outlet, d.published].filter(Boolean).join(' · ')),
          h('div', {}, snippet(d.snippet)))))),
    h('div', { class: 'card' }, h('h2', {}, `Evidence sentences (${total(hits.claimsTotal, hits.claimsMore)})`),
      h('ul', { id: 'result-claims', class: 'results' }, hits.claims.map(c =>
        h('li', { 'data-claim': String(c.id) },
          h('a', { href: entityHref(c.subjectKey) }, c.subjectName), ' ', h('span', { class: 'type-tag' }, c.type), ' ',
          c.objectKey && c.objectName ? h('a', { href: entityHref(c.objectKey) }, c.objectName) : '', ' ', stanceBadge(c.stance),
          h('div', {}, snippet(c.evidence), ' ', h('a', { href: docHref(c.documentKey, c.id), class: 'muted' }, c.documentTitle ?? c.documentKey)))))),
    h('div', { class: 'pager' },
      offset > 0 ? h('a', { href: link(Math.max(0, offset - pageSize)) }, '← Previous') : null,
      hits.hasMore ? h('a', { href: link(offset + pageSize), id: 'results-next' }, 'Next →') : null),
  );
}
