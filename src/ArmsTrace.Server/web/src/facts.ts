import { FactStep, FactSummary, FactTimeline, get } from './api';
import { docHref, entityHref, h, stanceBadge } from './dom';

/** The key a fact's claims share, as the network's edges and the timeline endpoint name it. */
export function factId(subjectKey: string, type: string, targetKey: string | null): string {
  return `${subjectKey}|${type}|${targetKey ?? ''}`;
}

export function factLine(f: FactSummary): HTMLElement {
  const mix = Object.entries(f.stances).map(([s, n]) => `${n} ${s}`).join(', ');
  return h('span', { class: 'fact-counts' },
    h('strong', { class: 'origins' }, `${f.origins} independent source${f.origins === 1 ? '' : 's'}`),
    ` · ${f.parties} asserting part${f.parties === 1 ? 'y' : 'ies'} · ${f.claims} claim${f.claims === 1 ? '' : 's'} · ${mix}`,
    f.firstSeen ? ` · seen ${f.firstSeen}${f.lastSeen && f.lastSeen !== f.firstSeen ? ' to ' + f.lastSeen : ''}` : '',
    f.disputed ? h('span', { class: 'badge stance-denied disputed' }, `disputed: ${f.disputes.join(', ')}`) : null);
}

/** "alleged by Ukraine 2022-08-20 → denied by Iran 2022-10-18 → ...", each step linking to its document. */
export function timelineList(steps: FactStep[]): HTMLElement {
  return h('ol', { class: 'stance-timeline' }, steps.map(s => h('li', { 'data-stance': s.stance },
    stanceBadge(s.stance), ' by ', s.sourceKey ? h('a', { href: entityHref(s.sourceKey) }, s.party) : s.party,
    ` · ${s.known} · `, h('a', { href: docHref(s.documentKey, s.claimId) }, s.outlet ?? s.documentKey),
    s.quantityText ? h('span', { class: 'muted' }, ` (${s.quantityText})`) : null,
    h('div', { class: 'evidence muted' }, '“', s.evidenceText, '”'))));
}

export async function loadTimeline(subjectKey: string, type: string, targetKey: string | null, asOf: string): Promise<FactTimeline> {
  return get<FactTimeline>('/api/facts/timeline', { subject: subjectKey, type, target: targetKey ?? undefined, asOf: asOf || undefined });
}
