import { useZodForm } from '../../../lib/forms.js';
import { Link } from '../../../lib/router/index.js';
import { useSaveAndGo } from '../../../lib/save.js';
import { workersApi } from '../../../shared.js';
import { Button, ButtonGroup, FormPage, TextInput, WarningText } from '../../../ui/index.js';
import { usePa } from '../pa-context.js';
import { paPath } from '../paths.js';

const schema = workersApi['workers.delete'].input;

/** The biggest delete there is, so it asks for their name typed out, not just a click. */
export function DeletePaPage() {
  const w = usePa();
  const form = useZodForm(schema, { id: w.id, confirmName: '' });
  const remove = useSaveAndGo('workers.delete');
  const back = paPath(w.id, '/records');
  const title = `Delete everything about ${w.fullName}?`;
  return (
    <FormPage
      title={title}
      heading={title}
      back={back}
      form={form}
      onSubmit={(values) => remove(values, { flash: `Everything about ${w.fullName} has been deleted`, to: '/pas' })}
      intro={
        <>
          <p className="body">This deletes from this book:</p>
          <ul className="list list--bullet">
            <li>their details</li>
            <li>their checks: right to work, DBS, references and interviews</li>
            <li>their contracts and written statements</li>
            <li>their documents</li>
          </ul>
          <WarningText>This cannot be undone.</WarningText>
          <p className="body">Your backups still hold their records until those backups are replaced by newer ones.</p>
          {w.status !== 'left' && (
            <p className="body">
              {w.status === 'active' ? 'They still work for you.' : 'They are still applying.'} If they are leaving,{' '}
              <Link to={paPath(w.id, '/left')}>record that they have left</Link> instead, and keep their records for as
              long as the Records tab says.
            </p>
          )}
        </>
      }
    >
      <TextInput
        label="Type their full name to confirm"
        hint={`Type ${w.fullName}`}
        autoComplete="off"
        spellCheck={false}
        error={form.formState.errors.confirmName?.message}
        {...form.register('confirmName')}
      />
      <ButtonGroup>
        <Button variant="warning" busy={form.formState.isSubmitting} busyText="Deleting…">
          Delete everything about {w.fullName}
        </Button>
        <Link to={back} className="body">
          No, keep their records
        </Link>
      </ButtonGroup>
    </FormPage>
  );
}
