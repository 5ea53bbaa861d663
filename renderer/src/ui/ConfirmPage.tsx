import { useState, type ReactNode } from 'react';
import { Link } from '../lib/router/index.js';
import { ApiError } from '../lib/api.js';
import { BackLink } from './BackLink.js';
import { Button, ButtonGroup } from './Button.js';
import { ErrorSummary } from './ErrorSummary.js';
import { PageHeading } from './PageHeading.js';
import { usePageTitle } from './page-title.js';

/**
 * "Are you sure?" for something that cannot be undone: the question as the h1, what will
 * happen in words, one red button, and a way back that changes nothing. A refusal from the
 * core is shown in the error summary.
 */
export function ConfirmPage({
  title,
  back,
  confirmLabel,
  busyText = 'Deleting…',
  onConfirm,
  cancel = 'No, go back',
  children,
}: {
  title: string;
  back: string;
  confirmLabel: string;
  busyText?: string;
  onConfirm: () => Promise<void>;
  cancel?: string;
  children: ReactNode;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(title, error !== null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Something went wrong. Try again.');
      setBusy(false);
    }
  };
  return (
    <>
      <BackLink to={back} />
      <ErrorSummary items={error ? [{ message: error }] : []} />
      <PageHeading>{title}</PageHeading>
      {children}
      <ButtonGroup>
        <Button type="button" variant="warning" busy={busy} busyText={busyText} onClick={() => void confirm()}>
          {confirmLabel}
        </Button>
        <Link to={back} className="body">
          {cancel}
        </Link>
      </ButtonGroup>
    </>
  );
}
