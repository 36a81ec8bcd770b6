import { get, post, Judgement, ReviewItem } from './api';
import { claimCard } from './claims';
import { h } from './dom';

const past: Record<string, string> = { accept: 'accepted', reject: 'rejected', edit: 'edited' };
const help = 'j / k: next / previous · a: accept · r: reject · e: edit · u: undo the last judgement';

/**
 * The review queue, driven from the keyboard: the claims most worth a look first, each judged in
 * the signed-in user's name; every other view reads the judgements at once.
 */
export async function renderReview(view: HTMLElement): Promise<void> {
  const items = await get<ReviewItem[]>('/api/review/queue', { limit: 50 });
  const status = h('p', { id: 'review-status', class: 'muted', role: 'status' }, `${items.length} claims to review. ${help}`);
  const list = h('div', { id: 'review-list', class: 'card' });
  const done: Judgement[] = [];
  let current = 0;

  const rows = items.map((item, i) => {
    const row = h('div', { class: 'review-item', 'data-claim': String(item.claim.id), 'data-index': String(i) },
      h('div', { class: 'review-worth' }, h('strong', {}, item.worth.toFixed(2)), ' ', h('span', { class: 'muted' }, item.reasons.join('; '))),
      claimCard(item.claim),
      item.claim.basis ? h('p', { class: 'muted basis' }, item.claim.basis) : null,
      h('span', { class: 'review-verdict' }));
    row.addEventListener('click', () => select(i));
    return row;
  });
  list.append(...rows);

  function select(i: number): void {
    if (rows.length === 0) return;
    current = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach((r, k) => r.classList.toggle('current', k === current));
    rows[current].scrollIntoView({ block: 'nearest' });
  }

  async function judge(action: string, edit?: Record<string, string>): Promise<void> {
    const row = rows[current];
    if (!row || row.dataset.verdict) return;
    try {
      const j = await post<Judgement>(`/api/claims/${row.dataset.claim}/judgements`, { action, edit });
      done.push(j);
      row.dataset.verdict = action;
      row.querySelector('.review-verdict')!.textContent = `${past[action]} by ${j.decidedBy}`;
      status.textContent = `${done.length} judged; ${past[action]} claim ${row.dataset.claim}. ${help}`;
      select(current + 1);
    } catch (err) {
      status.textContent = String(err instanceof Error ? err.message : err);
    }
  }

  async function undo(): Promise<void> {
    const last = done.pop();
    if (!last) return;
    await post<Judgement>(`/api/judgements/${last.id}/undo`);
    const row = rows.find(r => r.dataset.claim === String(last.claimId));
    if (row) {
      delete row.dataset.verdict;
      row.querySelector('.review-verdict')!.textContent = '';
      select(rows.indexOf(row));
    }
    status.textContent = `undid judgement ${last.id}. ${help}`;
  }

  function openEdit(): void {
    const row = rows[current];
    if (!row || row.dataset.verdict || row.querySelector('form')) return;
    const fields = ['type', 'subject', 'object', 'stance'].map(name =>
      h('label', {}, name + ' ', h('input', { name, size: '18', autocomplete: 'off' })));
    const form = h('form', { class: 'review-edit' }, fields, h('button', { type: 'submit' }, 'Save edit'), h('span', { class: 'muted' }, ' Enter saves, Escape cancels; entity by name, key or new:TYPE:NAME'));
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      const edit: Record<string, string> = {};
      for (const input of Array.from(form.querySelectorAll('input'))) if (input.value.trim()) edit[input.name] = input.value.trim();
      form.remove();
      void judge('edit', edit);
    });
    form.addEventListener('keydown', ev => { if (ev.key === 'Escape') { form.remove(); ev.stopPropagation(); } });
    row.append(form);
    (form.querySelector('input') as HTMLInputElement).focus();
  }

  const keys = (ev: KeyboardEvent): void => {
    if (!document.body.contains(list)) { document.removeEventListener('keydown', keys); return; }
    if (ev.target instanceof HTMLInputElement || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    switch (ev.key) {
      case 'j': case 'ArrowDown': select(current + 1); break;
      case 'k': case 'ArrowUp': select(current - 1); break;
      case 'a': void judge('accept'); break;
      case 'r': void judge('reject'); break;
      case 'e': openEdit(); break;
      case 'u': void undo(); break;
      default: return;
    }
    ev.preventDefault();
  };
  document.addEventListener('keydown', keys);

  view.append(h('h1', {}, 'Review'), status, list);
  select(0);
  document.title = 'Review · ArmsTrace';
}
