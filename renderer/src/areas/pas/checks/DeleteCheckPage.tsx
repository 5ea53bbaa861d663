import { dateInWords } from '../../../lib/format.js';
import { useSaveAndGo } from '../../../lib/save.js';
import { CHECK_KINDS, type WorkerChecks } from '../../../shared.js';
import { ConfirmPage } from '../../../ui/index.js';
import { checksTab } from './paths.js';
import { WithChecks } from './WithChecks.js';
import { CHECK_KIND_WORDS, type CheckKind } from './words.js';

/** Which record this is, in words: "the DBS check issued on 3 March 2026". */
function describe(checks: WorkerChecks, kind: CheckKind, id: string): string | undefined {
  switch (kind) {
    case 'right-to-work': {
      const c = checks.rightToWork.find((x) => x.id === id);
      return c && `the right-to-work check done on ${dateInWords(c.checkedOn)}`;
    }
    case 'dbs': {
      const c = checks.dbs.find((x) => x.id === id);
      return c && `the DBS check issued on ${dateInWords(c.issuedOn)}`;
    }
    case 'dbs-status': {
      const s = checks.dbs.flatMap((d) => d.statusChecks).find((x) => x.id === id);
      return s && `the DBS status check done on ${dateInWords(s.checkedOn)}`;
    }
    case 'reference': {
      const r = checks.references.find((x) => x.id === id);
      return r && `the reference from ${r.refereeName}`;
    }
    case 'interview': {
      const iv = checks.interviews.find((x) => x.id === id);
      return iv && `the interview on ${dateInWords(iv.heldOn)}`;
    }
  }
}

export function DeleteCheckPage({ params }: { params: { kind: string; checkId: string } }) {
  const kind = (CHECK_KINDS as readonly string[]).includes(params.kind) ? (params.kind as CheckKind) : undefined;
  const remove = useSaveAndGo('checks.delete');
  return (
    <WithChecks checkId={kind && params.checkId} pick={(c, id) => (kind ? describe(c, kind, id) : undefined)}>
      {(w, what) =>
        kind &&
        what && (
          <ConfirmPage
            title={`Delete this ${CHECK_KIND_WORDS[kind]}?`}
            back={checksTab(w.id)}
            confirmLabel={`Yes, delete this ${CHECK_KIND_WORDS[kind]}`}
            onConfirm={() => remove({ kind, id: params.checkId }, { flash: `The ${CHECK_KIND_WORDS[kind]} has been deleted`, to: checksTab(w.id) })}
          >
            <p className="body">
              You are about to delete {what} for {w.fullName}. Any documents attached to it will be deleted too. This
              cannot be undone.
            </p>
            <p className="body">
              Only delete it if it was entered by mistake. If you really did this check, keep the record: you may need
              to show it, and the Records tab says how long to keep it after they leave.
            </p>
          </ConfirmPage>
        )
      }
    </WithChecks>
  );
}
