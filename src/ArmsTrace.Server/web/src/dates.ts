import { h } from './dom';

/** Why the text is not a date the API reads ("YYYY", "YYYY-MM" or "YYYY-MM-DD"); null when it is one or blank. */
export function dateProblem(label: string, text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(t);
  const month = m?.[2] ? Number(m[2]) : 1;
  const day = m?.[3] ? Number(m[3]) : 1;
  const real = m && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return real ? null : `${label}: '${t}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.`;
}

/** The first problem with a from/to pair: either is not a date, or the range ends before it starts. */
export function rangeProblem(from: string, to: string): string | null {
  const bad = dateProblem('From', from) ?? dateProblem('To', to);
  if (bad) return bad;
  const a = from.trim(), b = to.trim();
  const n = Math.min(a.length, b.length);
  return a && b && a.slice(0, n) > b.slice(0, n) ? `The range ends (${b}) before it starts (${a}).` : null;
}

export function dateInput(id: string, value: string): HTMLInputElement {
  return h('input', { type: 'text', id, value, size: '12', placeholder: 'YYYY[-MM[-DD]]', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', inputmode: 'numeric' });
}
