import { useApiQuery } from '../lib/queries.js';
import { StaticPage, Loading } from '../ui/index.js';
import { Pages } from '../lib/router/index.js';
import { AfterRecoveryPage } from '../areas/settings/index.js';
import { ROUTES } from './areas.js';
import { Layout } from './Layout.js';
import { UnlockedApp } from './UnlockedApp.js';

/**
 * The lock screen gate. Asks the core what state the book is in and shows only what fits:
 * no book yet → first run; locked → unlock; unlocked → the app.
 */
export function Gate() {
  const status = useApiQuery('book.status', {});
  if (status.isPending) {
    return (
      <Layout>
        <Loading what="Opening Carebook" />
      </Layout>
    );
  }
  if (status.isError) {
    return (
      <Layout>
        <StaticPage title="Carebook could not start">
          <p className="body">{status.error.message}</p>
        </StaticPage>
      </Layout>
    );
  }
  const s = status.data;
  if (s.state === 'none') {
    return (
      <Layout>
        <Pages routes={ROUTES.noBook} />
      </Layout>
    );
  }
  if (s.state === 'locked') {
    return (
      <Layout>
        <Pages routes={ROUTES.locked} />
      </Layout>
    );
  }
  if (s.unlockedWithRecoveryCode) {
    // Opened with the recovery code: a new passphrase comes first, so next time is easy.
    return (
      <UnlockedApp status={s}>
        <AfterRecoveryPage />
      </UnlockedApp>
    );
  }
  return <UnlockedApp status={s} />;
}
