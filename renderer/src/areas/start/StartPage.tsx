import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, navigate } from '../../lib/router/index.js';
import { call } from '../../lib/api.js';
import { queryKey } from '../../lib/queries.js';
import { Button, ButtonLink, ErrorSummary, StaticPage } from '../../ui/index.js';

/** First run: what Carebook is, and the three ways in. */
export function StartPage() {
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const openExample = async () => {
    setBusy(true);
    setError(null);
    try {
      const status = await call('book.openExample', {});
      navigate('/', { replace: true });
      client.setQueryData(queryKey('book.status', {}), status);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The example book could not be opened. Try again.');
      setBusy(false);
    }
  };
  return (
    <>
      {error && <ErrorSummary items={[{ message: error }]} />}
      <StaticPage title="Welcome to Carebook" heading="Welcome to Carebook">
        <p className="body-l">Carebook keeps your PAs&rsquo; records safe on this computer.</p>
        <p className="body">
          Keep each PA&rsquo;s contract, pay, hours, holidays, training and supervision in one place. Carebook also
          tells you when something needs doing.
        </p>
        <p className="body">
          Everything is kept in one locked file on this computer, called your book. Only someone who knows your
          passphrase can open it. Nothing is sent over the internet.
        </p>
        <ButtonLink to="/new/where" start>
          Start a new book
        </ButtonLink>
        <h2 className="heading-m">Not ready yet?</h2>
        <p className="body">You can look around an example book with made-up people first. It does not change anything.</p>
        <Button type="button" variant="secondary" busy={busy} busyText="Opening the example book…" onClick={openExample}>
          Look at an example book first
        </Button>
        <h2 className="heading-m">Already use Carebook?</h2>
        <ul className="list">
          <li>
            <Link to="/open">Open a book I already have</Link>
          </li>
          <li>
            <Link to="/restore">Restore a book from a backup</Link>
          </li>
        </ul>
      </StaticPage>
    </>
  );
}
