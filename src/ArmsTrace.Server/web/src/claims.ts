import { Claim } from './api';
import { docHref, entityHref, h, readable, stanceBadge } from './dom';

function ref(key: string | null, name: string | null): Node | string {
  return key && name ? h('a', { href: entityHref(key) }, name) : (name ?? '');
}

/** One claim: who does what to whom, stance, source, date and the sentence it rests on. */
export function claimCard(c: Claim): HTMLElement {
  const date = c.timeText ?? c.timeFrom ?? c.published;
  return h('div', { class: 'claim', 'data-claim': String(c.id) },
    h('div', { class: 'head' },
      h('strong', {}, ref(c.subjectKey, c.subjectName)), h('span', { class: 'type-tag' }, c.type),
      c.objectName ? ref(c.objectKey, c.objectName) : null,
      c.itemName ? h('span', {}, '· ', ref(c.itemKey, c.itemName)) : null,
      c.quantityText ? h('span', { class: 'muted' }, `(${c.quantityText})`) : null,
      stanceBadge(c.stance),
      c.review === 'correction' ? h('span', { class: 'badge review-badge', title: 'an analyst corrected this claim' }, 'corrected') : null,
      c.review === 'accepted' ? h('span', { class: 'badge review-badge', title: 'an analyst checked this claim' }, 'checked') : null,
      c.review === 'rejected' ? h('span', { class: 'badge review-badge', title: 'an analyst rejected this claim; shown because the page shows the raw extraction' }, 'rejected') : null),
    h('p', { class: 'evidence' }, '“', readable(c.evidenceText), '”'),
    h('div', { class: 'meta' },
      c.sourceName ? h('span', {}, 'according to ', ref(c.sourceKey, c.sourceName), ' · ') : null,
      date ? `${date} · ` : null,
      h('a', { href: docHref(c.documentKey, c.id) }, c.outlet ? `${c.outlet}: ${c.documentKey}` : c.documentKey)));
}
