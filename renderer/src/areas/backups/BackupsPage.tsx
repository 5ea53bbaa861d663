import { useState } from 'react';
import { formatBytes, dateTimeInWords } from '../../lib/format.js';
import { useApiMutation, useApiQuery } from '../../lib/queries.js';
import { Button, ButtonGroup, ErrorSummary, Flash, Loading, NotificationBanner, StaticPage, TableBox } from '../../ui/index.js';
import { restoreJourney } from './restore/journey.js';
import { Link, navigate } from '../../lib/router/index.js';

export function BackupsPage() {
  const settings = useApiQuery('settings.get', {});
  const list = useApiQuery('book.backups', {});
  const backup = useApiMutation('book.backup');
  const [done, setDone] = useState<string | null>(null);

  const backUpNow = async () => {
    if (!settings.data?.backupFolder) {
      navigate('/backups/folder');
      return;
    }
    setDone(null);
    try {
      const made = await backup.mutateAsync({});
      setDone(dateTimeInWords(made.createdAt));
    } catch {
      // Shown from backup.error below.
    }
  };

  const restore = (file: string) => {
    restoreJourney.reset();
    restoreJourney.set({ file, startedFrom: '/backups' });
    navigate('/restore/where');
  };

  return (
    <>
      <Flash />
      {done && (
        <NotificationBanner kind="success">
          <p className="notification-banner__heading">Your book has been backed up ({done})</p>
        </NotificationBanner>
      )}
      {backup.error && <ErrorSummary items={[{ message: backup.error.message }]} />}
      <StaticPage title="Backups">
        <p className="body">
          A backup is a copy of your whole book in one file. If this computer breaks, you can get your records back
          from it.
        </p>
        {settings.data?.backupFolder ? (
          <p className="body">
            Backups go to <span className="path">{settings.data.backupFolder}</span>.{' '}
            <Link to="/settings/backups">Change backup settings</Link>
          </p>
        ) : (
          <p className="body">You have not chosen a folder for backups yet. Carebook will ask when you back up.</p>
        )}
        <ButtonGroup>
          <Button type="button" busy={backup.isPending} busyText="Backing up… this can take a little while" onClick={() => void backUpNow()}>
            Back up now
          </Button>
        </ButtonGroup>

        <h2 className="heading-m">Your backups</h2>
        {list.isPending && <Loading what="Looking for backups" />}
        {list.data && list.data.backups.length === 0 && <p className="body">There are no backups yet.</p>}
        {list.data && list.data.backups.length > 0 && (
          <TableBox label="Your backups">
            <table className="table">
              <caption className="visually-hidden">Your backups, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Made on</th>
                  <th scope="col">Size</th>
                  <th scope="col">
                    <span className="visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...list.data.backups]
                  .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
                  .map((b) => (
                    <tr key={b.file}>
                      <td>{dateTimeInWords(b.createdAt)}</td>
                      <td>{formatBytes(b.bytes)}</td>
                      <td>
                        <button type="button" className="link-button" onClick={() => restore(b.file)}>
                          Restore<span className="visually-hidden"> the backup made on {dateTimeInWords(b.createdAt)}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </TableBox>
        )}
        <h2 className="heading-m">Restore a backup</h2>
        <p className="body">
          Restoring puts a backup into a new folder. Your current book is kept where it is.{' '}
        </p>
        <p className="body">
          <Link to="/restore" onClick={() => restoreJourney.reset()}>
            Restore a backup from a file
          </Link>
        </p>
      </StaticPage>
    </>
  );
}
