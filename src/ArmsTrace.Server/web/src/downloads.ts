import { showsRaw } from './api';
import { h } from './dom';

const formats: [string, string, string][] = [
  ['stix', '', 'STIX 2.1'],
  ['ftm', '', 'FollowTheMoney'],
  ['graphml', '', 'GraphML'],
  ['csv', 'claims', 'CSV claims'],
  ['csv', 'entities', 'CSV entities'],
];

/** Links that download what the page shows through /api/export, with the page's own filters. */
export function downloadLinks(filters: Record<string, string>): HTMLElement {
  const links = formats.map(([format, table, label]) => {
    const q = new URLSearchParams({ format });
    if (table) q.set('table', table);
    for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
    if (showsRaw()) q.set('raw', 'true');
    return h('a', { href: '/api/export?' + q.toString(), download: '', class: 'download', 'data-format': format + (table ? '-' + table : '') }, label);
  });
  return h('div', { class: 'downloads' }, h('span', { class: 'muted' }, 'Download: '), links);
}
