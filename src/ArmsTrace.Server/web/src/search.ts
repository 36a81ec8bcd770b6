import { get, Entity, Page } from './api';
import { clear, h } from './dom';

// Type-ahead: a short pause after typing, and answers to older keystrokes are dropped. A suggestion is chosen
// with the arrow keys (or a click); Enter opens the chosen one, or without one searches documents and evidence too.
export function setupSearch(input: HTMLInputElement, list: HTMLUListElement): void {
  let timer = 0;
  let seq = 0;
  let active = -1;
  let items: Entity[] = [];
  const render = () => {
    clear(list);
    items.forEach((e, i) => {
      const li = h('li', { role: 'option', class: i === active ? 'active' : '', 'data-key': e.key },
        h('span', {}, e.name), h('span', { class: 'type-tag' }, `${e.type} · ${e.claims}`));
      li.addEventListener('mousedown', ev => { ev.preventDefault(); open(e); });
      list.appendChild(li);
    });
    list.hidden = items.length === 0;
  };
  const open = (e: Entity) => {
    list.hidden = true;
    input.value = '';
    location.hash = '#/entity/' + encodeURIComponent(e.key);
  };
  const showResults = (q: string) => {
    window.clearTimeout(timer);
    seq++;
    items = [];
    render();
    location.hash = '#/search?q=' + encodeURIComponent(q);
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (!q) { items = []; render(); return; }
    timer = window.setTimeout(async () => {
      const mine = ++seq;
      const page = await get<Page<Entity>>('/api/entities', { q, limit: 10 });
      if (mine !== seq) return;
      items = page.items;
      active = -1;
      render();
    }, 120);
  });
  input.addEventListener('keydown', ev => {
    if (ev.key === 'ArrowDown' && items.length) { active = (active + 1) % items.length; render(); ev.preventDefault(); }
    else if (ev.key === 'ArrowUp' && items.length) { active = (active - 1 + items.length) % items.length; render(); ev.preventDefault(); }
    else if (ev.key === 'Enter' && active >= 0 && !list.hidden) { open(items[active]); }
    else if (ev.key === 'Enter' && input.value.trim()) { showResults(input.value.trim()); }
    else if (ev.key === 'Escape') { list.hidden = true; }
  });
  input.addEventListener('blur', () => { list.hidden = true; });
}
