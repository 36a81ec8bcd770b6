import { NeedsKey, setShowsRaw, showsRaw } from './api';
import { clear, h } from './dom';
import { renderLogin } from './login';
import { renderDossier } from './dossier';
import { renderDocuments, renderHome } from './home';
import { setupSearch } from './search';

// Hash routes keep every page one static file; the graph and map libraries load only when their view opens.
async function route(): Promise<void> {
  const view = document.getElementById('view')!;
  const [path, query] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query ?? '');
  const parts = (path || '/').split('/').filter(Boolean).map(decodeURIComponent);
  const offset = Number(params.get('offset') ?? '0') || 0;
  clear(view);
  document.title = 'ArmsTrace';
  try {
    switch (parts[0]) {
      case 'entity': await renderDossier(view, parts[1], params); break;
      case 'network': await (await import('./network')).renderNetwork(view, parts[1], params); break;
      case 'map': await (await import('./map')).renderMap(view, params); break;
      case 'paths': await (await import('./paths')).renderPaths(view, params); break;
      case 'doc': await (await import('./doc')).renderDocument(view, parts[1], params.has('claim') ? Number(params.get('claim')) : null); break;
      case 'documents': await renderDocuments(view, offset, params.get('deleted')); break;
      case 'review': await (await import('./review')).renderReview(view); break;
      case 'disputes': await (await import('./disputes')).renderDisputes(view, params); break;
      case 'search': await (await import('./results')).renderSearch(view, params); break;
      default: await renderHome(view);
    }
    view.dataset.ready = location.hash;
  } catch (err) {
    clear(view);
    if (err instanceof NeedsKey) {
      renderLogin(view, () => void route());
      return;
    }
    view.append(h('h1', {}, 'Not available'), h('p', { class: 'muted', id: 'error' }, String(err instanceof Error ? err.message : err)));
  }
}

document.addEventListener('DOMContentLoaded', () => {
  setupSearch(document.getElementById('search') as HTMLInputElement, document.getElementById('suggestions') as HTMLUListElement);
  const raw = document.getElementById('raw') as HTMLInputElement;
  raw.checked = showsRaw();
  raw.addEventListener('change', () => { setShowsRaw(raw.checked); void route(); });
  window.addEventListener('hashchange', () => void route());
  void route();
});
