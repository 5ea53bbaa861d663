import { useQueryClient } from '@tanstack/react-query';
import { useApiMutation } from '../../lib/queries.js';
import { navigate } from '../../lib/router/index.js';
import { EmployerForm } from '../settings/index.js';
import { newBook } from './journey.js';

/** Last step of a new book: the employer profile, or skip it for later. */
export function AboutYouPage() {
  const client = useQueryClient();
  const save = useApiMutation('employer.update');
  const finish = async () => {
    newBook.reset();
    navigate('/', { replace: true });
    // Now the app may show the open book.
    await client.invalidateQueries({ queryKey: ['book.status'] });
  };
  return (
    <EmployerForm
      title="Tell us about you"
      intro="Carebook puts these details on your PAs’ contracts and payslips. You can fill them in later in Settings."
      initial={null}
      submitLabel="Save and continue"
      onSave={async (values) => {
        await save.mutateAsync(values);
        await finish();
      }}
      secondary={
        <button type="button" className="button button--secondary" onClick={() => void finish()}>
          Skip for now
        </button>
      }
    />
  );
}
