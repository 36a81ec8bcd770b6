import { h } from './dom';

/**
 * Trades an API key for a session cookie (HttpOnly, so page scripts never hold the key afterwards),
 * then shows the page that asked.
 */
export function renderLogin(view: HTMLElement, done: () => void): void {
  const key = h('input', { type: 'password', id: 'login-key', autocomplete: 'off', size: '48', placeholder: 'atk_…' });
  const message = h('p', { class: 'muted', id: 'login-message' }, 'This server is shared: sign in with the API key `armstrace keys add` gave you.');
  const form = h('form', { id: 'login' }, h('label', {}, 'API key ', key), ' ', h('button', { type: 'submit' }, 'Sign in'));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const res = await fetch('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ key: key.value.trim() }),
    });
    key.value = '';
    if (res.ok) {
      done();
    } else {
      message.textContent = res.status === 429 ? 'Too many attempts; wait a minute.' : 'That key is not valid here.';
    }
  });
  view.dataset.ready = 'login';
  view.append(h('h1', {}, 'Sign in'), message, form);
}
