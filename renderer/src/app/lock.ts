import { call } from '../lib/api.js';

/**
 * Lock the book and reload the page, so nothing from the open book stays in memory. The route
 * is cleared first: after unlocking, people start again at Home.
 */
export async function lockAndReload() {
  try {
    await call('book.lock', {});
  } finally {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    window.location.reload();
  }
}
