import { useApiQuery } from '../../lib/queries.js';
import { useSaveAndGo } from '../../lib/save.js';
import { Loading } from '../../ui/index.js';
import { EmployerForm } from './EmployerForm.js';

export function EmployerPage() {
  const employer = useApiQuery('employer.get', {});
  const save = useSaveAndGo('employer.update');
  if (employer.isPending) return <Loading />;
  return (
    <EmployerForm
      title="About you"
      back="/settings"
      initial={employer.data ?? null}
      onSave={(v) => save(v, { flash: 'Your details have been saved', to: '/settings' })}
    />
  );
}
