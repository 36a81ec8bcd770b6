// Every piece of stored text reaches the page through text nodes, never through HTML parsing,
// so a document containing markup shows it as text.
type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') el.className = String(value);
    else el.setAttribute(name, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/**
 * Evidence as a reader sees it: stored evidence is the exact slice of the page it came from, so it may
 * hold character references (&#34;) or inline tags. Parsed as an inert document (no scripts run, nothing
 * loads) and read back as text.
 */
export function readable(stored: string): string {
  return /[&<]/.test(stored) ? new DOMParser().parseFromString(stored, 'text/html').documentElement.textContent ?? stored : stored;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function entityHref(key: string): string {
  return '#/entity/' + encodeURIComponent(key);
}

export function docHref(key: string, claimId?: number): string {
  return '#/doc/' + encodeURIComponent(key) + (claimId ? '?claim=' + claimId : '');
}

export function stanceBadge(stance: string): HTMLElement {
  return h('span', { class: 'badge stance-' + stance, title: 'stance' }, stance);
}
