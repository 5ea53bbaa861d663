import { useQueryClient } from '@tanstack/react-query';
import { navigate } from '../../../lib/router/index.js';
import { Button, StaticPage } from '../../../ui/index.js';
import { restoreJourney } from './journey.js';

export function DonePage() {
  const client = useQueryClient();
  const { restored } = restoreJourney.use();
  const next = async () => {
    restoreJourney.reset();
    navigate('/', { replace: true });
    // The core now points at the restored book: ask it again what state that book is in.
    await client.invalidateQueries();
  };
  return (
    <StaticPage title="Backup restored" heading="Your backup has been restored">
      {restored && (
        <p className="body">
          The restored book is in <span className="path">{restored.folder}</span>.
        </p>
      )}
      <p className="body">Your previous book has not been changed. It is still in its own folder.</p>
      <Button type="button" onClick={() => void next()}>
        Continue
      </Button>
    </StaticPage>
  );
}
