import { Dispute, get, Page } from './api';
import { entityHref, h } from './dom';
import { factLine, timelineList } from './facts';

/** Disputed facts, latest activity first, each side's sources in the order they became known. */
export async function renderDisputes(view: HTMLElement, params: URLSearchParams): Promise<void> {
  const asOf = params.get('asOf') ?? '';
  const offset = Number(params.get('offset') ?? '0') || 0;
  const page = await get<Page<Dispute>>('/api/disputes', { asOf: asOf || undefined, limit: 25, offset });
  document.title = 'Disputed facts · ArmsTrace';
  const date = h('input', { type: 'text', id: 'disputes-as-of', placeholder: 'YYYY[-MM[-DD]]', size: '11', value: asOf });
  const apply = h('button', { type: 'button' }, 'Show');
  apply.addEventListener('click', () => {
    location.hash = '#/disputes' + (date.value.trim() ? '?asOf=' + encodeURIComponent(date.value.trim()) : '');
  });
  const link = (key: string | null, name: string | null) => (key && name ? h('a', { href: entityHref(key) }, name) : (name ?? '—'));
  view.append(
    h('h1', {}, 'Disputed facts'),
    h('p', { class: 'muted' }, 'Facts asserted or confirmed by some and denied by others, or given figures or dates that cannot both hold.'),
    h('div', { class: 'filters' }, h('label', {}, 'as known on ', date), apply),
    page.items.length === 0 ? h('p', { class: 'muted', id: 'no-disputes' }, 'No disputed facts.') : '',
    h('div', { id: 'disputes' }, page.items.map(d => h('section', { class: 'card dispute', 'data-fact': `${d.fact.subjectKey}|${d.fact.type}|${d.fact.targetKey ?? ''}` },
      h('h2', {}, link(d.fact.subjectKey, d.fact.subjectName), ' ', h('span', { class: 'type-tag' }, d.fact.type), ' ', link(d.fact.targetKey, d.fact.targetName)),
      factLine(d.fact),
      h('div', { class: 'sides' }, d.sides.map(s => h('div', { class: 'side', 'data-side': s.label }, h('h3', {}, s.label), timelineList(s.claims))))))),
    h('div', { class: 'pager' },
      offset > 0 ? h('a', { href: `#/disputes?offset=${Math.max(0, offset - 25)}${asOf ? '&asOf=' + encodeURIComponent(asOf) : ''}` }, '← Previous') : null,
      page.hasMore ? h('a', { href: `#/disputes?offset=${offset + 25}${asOf ? '&asOf=' + encodeURIComponent(asOf) : ''}` }, 'Next →') : null),
  );
}
