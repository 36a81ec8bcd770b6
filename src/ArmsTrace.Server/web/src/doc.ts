import { DocumentDeletion, DocumentView, get, remove } from './api';
import { claimCard } from './claims';
import { entityHref, h } from './dom';

/**
 * The stored text cut at every mention, claim and boilerplate boundary; each piece is a text node
 * inside a span whose classes say what covers it.
 */
export async function renderDocument(view: HTMLElement, key: string, focusClaim: number | null): Promise<void> {
  const d = await get<DocumentView>('/api/documents/' + encodeURIComponent(key));
  document.title = `${d.title ?? d.key} · ArmsTrace`;
  const text = d.text;
  const cuts = new Set<number>([0, text.length]);
  for (const r of [...d.mentions, ...d.boilerplate]) { cuts.add(r.start); cuts.add(r.end); }
  for (const c of d.claims) { cuts.add(c.evidenceStart); cuts.add(c.evidenceEnd); }
  const points = [...cuts].filter(p => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const body = h('div', { class: 'doc-text', id: 'doc-text' });
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const classes: string[] = [];
    if (d.boilerplate.some(r => r.start <= a && b <= r.end)) classes.push('boilerplate');
    const claims = d.claims.filter(c => c.evidenceStart <= a && b <= c.evidenceEnd);
    if (claims.length) classes.push('in-claim');
    const mention = d.mentions.find(m => m.start <= a && b <= m.end);
    if (!classes.length && !mention) { body.appendChild(document.createTextNode(piece)); continue; }
    const span = mention
      ? h('a', { href: entityHref(mention.entityKey), class: [...classes, 'mention', 't-' + mention.entityType].join(' '), title: `${mention.entityName} (${mention.entityType})` }, piece)
      : h('span', { class: classes.join(' ') }, piece);
    if (claims.length) span.dataset.claims = claims.map(c => c.id).join(' ');
    body.appendChild(span);
  }
  // Asked first, as a deletion takes the document's claims out of every view; judgements on them are kept as orphans.
  const del = h('button', { type: 'button', id: 'delete-document', class: 'danger' }, 'Delete document…');
  del.addEventListener('click', async () => {
    if (!window.confirm(`Delete "${d.title ?? d.key}" with its ${d.claims.length} claims? Judgements on them are kept as orphans.`)) return;
    try {
      const gone = await remove<DocumentDeletion>('/api/documents/' + encodeURIComponent(d.key));
      location.hash = '#/documents?deleted=' + encodeURIComponent(gone.key);
    } catch (err) {
      del.after(h('span', { class: 'muted', id: 'delete-error' }, ' ', String(err instanceof Error ? err.message : err)));
    }
  });
  view.append(
    h('h1', {}, d.title ?? d.key),
    h('p', { class: 'muted' }, [d.outlet, d.published, `version ${d.version}`, d.key].filter(Boolean).join(' · '), ' ',
      d.url ? h('span', {}, '· ', d.url) : null, ' ', del),
    h('p', { class: 'legend' }, h('span', { style: '--c:#7aa2d6' }, 'mention'), h('span', { style: '--c:#fff4c2' }, 'claim evidence'), h('span', { style: '--c:#a0a6b0' }, 'boilerplate (grey)')),
    body,
    h('h2', {}, `Claims (${d.claims.length})`),
    h('div', { class: 'card' }, d.claims.map(claimCard)),
  );
  if (focusClaim !== null) {
    const target = body.querySelector(`[data-claims~="${focusClaim}"]`);
    if (target) { target.classList.add('flash'); target.scrollIntoView({ block: 'center' }); }
  }
}
