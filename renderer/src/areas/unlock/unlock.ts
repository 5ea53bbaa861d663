import type { QueryClient } from '@tanstack/react-query';
import { navigate } from '../../lib/router/index.js';
import { call, isApiError } from '../../lib/api.js';
import { queryKey } from '../../lib/queries.js';
import type { SecretInput } from '../../shared.js';
import { BOOK_PROBLEMS, rememberProblem } from './problem.js';

/**
 * Unlock with a passphrase or recovery code. A damaged or foreign book goes to the problem page;
 * any other refusal (a wrong secret) is thrown for the form to show on its field.
 */
export async function unlock(client: QueryClient, secret: SecretInput) {
  try {
    const status = await call('book.unlock', secret);
    navigate('/', { replace: true });
    client.setQueryData(queryKey('book.status', {}), status);
  } catch (e) {
    if (isApiError(e, ...BOOK_PROBLEMS)) {
      rememberProblem(e.message);
      navigate(`/problem/${e.code}`);
      return;
    }
    throw e;
  }
}
