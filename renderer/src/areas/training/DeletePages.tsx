import type { ReactNode } from 'react';
import { dateInWords } from '../../lib/format.js';
import { useApiQuery } from '../../lib/queries.js';
import { useSaveAndGo } from '../../lib/save.js';
import type { PaTraining, Worker } from '../../shared.js';
import { ConfirmPage, Loading, StaticPage } from '../../ui/index.js';
import { usePa } from '../pas/index.js';
import { trainingTab } from './paths.js';

/**
 * "Are you sure?" before a training record, a qualification or a planned item is deleted: the
 * question names the item, says it cannot be undone, and the one red button says what it does.
 * Each page finds its item in the PA's training; one already gone says so and goes nowhere.
 */
function WithTraining({ pick, children }: { pick: (t: PaTraining) => boolean; children: (w: Worker, t: PaTraining) => ReactNode }) {
  const w = usePa();
  const training = useApiQuery('training.get', { workerId: w.id });
  if (training.isPending) return <Loading what="Loading their training" />;
  if (!training.data || !pick(training.data)) {
    return (
      <StaticPage title="This could not be found" back={trainingTab(w.id)}>
        <p className="body">{training.error?.message ?? 'It may have been deleted already. Go back to their training to see what is held.'}</p>
      </StaticPage>
    );
  }
  return <>{children(w, training.data)}</>;
}

const SURE = 'This cannot be undone. Your backups still hold it until they are replaced by newer ones.';

export function DeleteRecordPage({ params }: { params: { recordId: string } }) {
  const remove = useSaveAndGo('training.deleteRecord');
  return (
    <WithTraining pick={(t) => t.records.some((r) => r.id === params.recordId)}>
      {(w, t) => {
        const r = t.records.find((x) => x.id === params.recordId)!;
        const what = `${w.fullName}’s ${r.topicName} training from ${dateInWords(r.completedOn)}`;
        const certificates = r.certificateIds.length === 1 ? 'its certificate' : `its ${r.certificateIds.length} certificates`;
        return (
          <ConfirmPage
            title={`Are you sure you want to delete ${what}?`}
            back={trainingTab(w.id)}
            confirmLabel="Yes, delete it"
            onConfirm={() => remove({ id: r.id }, { flash: `${r.topicName} training from ${dateInWords(r.completedOn)} has been deleted`, to: trainingTab(w.id) })}
          >
            {r.certificateIds.length > 0 && <p className="body">Carebook will delete {certificates} with it: a certificate belongs to the training it proves.</p>}
            <p className="body">
              <strong>{SURE}</strong>
            </p>
            <p className="body">Only delete it if it was entered by mistake. Training they really did is part of their record, even once it has run out.</p>
          </ConfirmPage>
        );
      }}
    </WithTraining>
  );
}

export function DeleteQualificationPage({ params }: { params: { qualificationId: string } }) {
  const remove = useSaveAndGo('training.deleteQualification');
  return (
    <WithTraining pick={(t) => t.qualifications.some((q) => q.id === params.qualificationId)}>
      {(w, t) => {
        const q = t.qualifications.find((x) => x.id === params.qualificationId)!;
        return (
          <ConfirmPage
            title={`Are you sure you want to delete ${w.fullName}’s ${q.name}?`}
            back={trainingTab(w.id)}
            confirmLabel="Yes, delete it"
            onConfirm={() => remove({ id: q.id }, { flash: `${q.name} has been deleted`, to: trainingTab(w.id) })}
          >
            <p className="body">
              <strong>{SURE}</strong>
            </p>
          </ConfirmPage>
        );
      }}
    </WithTraining>
  );
}

export function DeletePlanPage({ params }: { params: { planId: string } }) {
  const remove = useSaveAndGo('training.deletePlan');
  return (
    <WithTraining pick={(t) => t.plans.some((p) => p.id === params.planId)}>
      {(w, t) => {
        const p = t.plans.find((x) => x.id === params.planId)!;
        return (
          <ConfirmPage
            title={`Are you sure you want to delete the plan for ${w.fullName}’s ${p.topicName} training by ${dateInWords(p.targetOn)}?`}
            back={trainingTab(w.id)}
            confirmLabel="Yes, delete it"
            onConfirm={() => remove({ id: p.id }, { flash: `The plan for ${p.topicName} has been deleted`, to: trainingTab(w.id) })}
          >
            <p className="body">
              <strong>This cannot be undone.</strong> If the training is still needed, it goes back on the plan as needing a date.
            </p>
          </ConfirmPage>
        );
      }}
    </WithTraining>
  );
}
