import { useState } from 'react';
import { ApiError } from '../../lib/api.js';
import { dateInWords } from '../../lib/format.js';
import { useApiQuery } from '../../lib/queries.js';
import { Link } from '../../lib/router/index.js';
import { useSaveAndGo } from '../../lib/save.js';
import { minutesInWords } from '../../shared.js';
import { BackLink, Button, ButtonGroup, ErrorSummary, Loading, PageHeading, usePageTitle, WarningText } from '../../ui/index.js';
import { usePa } from '../pas/index.js';
import { KINDS } from './words.js';

/**
 * "Are you sure?" before a shift is deleted, naming the shift: a click on a row's Delete link
 * is easy to make by mistake, and the shift's hours are part of a pay period already checked.
 */
export function DeleteShiftPage({ params }: { params: { date: string; shiftId: string } }) {
  const pa = usePa();
  const shifts = useApiQuery('pay.shifts', { workerId: pa.id, from: params.date, to: params.date });
  const remove = useSaveAndGo('pay.deleteShift');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const back = `/pas/${pa.id}/hours`;
  const shift = shifts.data?.find((s) => s.id === params.shiftId);
  const title = shift ? `Delete the shift on ${dateInWords(shift.date)}?` : 'Delete a shift';
  usePageTitle(title, error !== '');
  if (shifts.isPending) return <Loading />;
  if (!shift) return <p className="body">Carebook cannot find that shift. It may have been deleted already. <Link to={back}>Back to their hours</Link></p>;
  const what = `${KINDS[shift.kind]}, ${shift.start} to ${shift.end}${shift.end < shift.start ? ' (ends the next day)' : ''}, ${minutesInWords(shift.minutes)}`;
  const confirm = async () => {
    setBusy(true);
    try {
      await remove({ shiftId: shift.id }, { flash: `The shift on ${dateInWords(shift.date)} has been deleted`, to: back });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Carebook could not delete the shift. Try again.');
      setBusy(false);
    }
  };
  return (
    <>
      <BackLink to={back} />
      <ErrorSummary items={error ? [{ message: error }] : []} />
      <PageHeading caption={pa.fullName}>{title}</PageHeading>
      <p className="body">{what}.</p>
      <WarningText>This cannot be undone. Their pay for that period will no longer count it.</WarningText>
      <ButtonGroup>
        <Button type="button" variant="warning" busy={busy} busyText="Deleting…" onClick={() => void confirm()}>
          Yes, delete this shift
        </Button>
        <Link to={back} className="body">
          No, keep it
        </Link>
      </ButtonGroup>
    </>
  );
}
