import { navigate } from '../../lib/router/index.js';
import { setFlash } from '../../lib/flash.js';
import { useApiMutation, useApiQuery } from '../../lib/queries.js';
import { Loading } from '../../ui/index.js';
import { EmployerForm } from './EmployerForm.js';

export function EmployerPage() {
  const employer = useApiQuery('employer.get', {});
  const save = useApiMutation('employer.update');
  if (employer.isPending) return <Loading />;
  return (
    <EmployerForm
      title="About you"
      back="/settings"
      initial={employer.data ?? null}
      onSave={async (v) => {
        await save.mutateAsync(v);
        setFlash('Your details have been saved');
        navigate('/settings');
      }}
    />
  );
}
