import { useEffect } from 'react';
import { z } from 'zod';
import { navigate } from '../../lib/router/index.js';
import { downloadText } from '../../lib/download.js';
import { dateInWords, today } from '../../lib/format.js';
import { useZodForm } from '../../lib/forms.js';
import { Button, Checkbox, FormPage } from '../../ui/index.js';
import { newBook } from './journey.js';

const schema = z.object({
  saved: z.literal(true, { error: 'Tick the box to confirm you have printed or saved your recovery code' }),
});

/** Split the code into short groups that are easy to copy by hand and to read aloud. */
export function groupCode(code: string): string[] {
  const parts = code.trim().split(/[\s-]+/).filter(Boolean);
  if (parts.length > 1) return parts;
  return code.match(/.{1,4}/g) ?? [code];
}

function instructions(code: string, folder: string): string {
  return [
    'Carebook recovery code',
    '',
    groupCode(code).join(' '),
    '',
    `For the book in: ${folder}`,
    `Made on: ${dateInWords(today())}`,
    '',
    'If you forget your passphrase, open Carebook, choose "I have forgotten my passphrase"',
    'and type this code. Keep it somewhere safe, away from your computer.',
    'Anyone who has this code and your computer can open your book.',
    '',
  ].join('\n');
}

/** Shown once, right after the book is made. */
export function RecoveryCodePage() {
  const { created } = newBook.use();
  const form = useZodForm(schema, {});
  useEffect(() => {
    if (!created) navigate('/', { replace: true });
  }, [created]);
  if (!created) return null;
  const groups = groupCode(created.recoveryCode);
  return (
    <FormPage
      title="Your recovery code"
      heading="Your recovery code"
      form={form}
      onSubmit={() => navigate('/new/about-you', { replace: true })}
      intro={
        <>
          <div className="warning-text">
            <span className="warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="warning-text__text">
              <span className="visually-hidden">Warning: </span>
              Carebook shows this code only once, now.
            </strong>
          </div>
          <p className="body">
            If you ever forget your passphrase, this code is the only way to open your book. Print it or save it, and
            keep it somewhere safe away from this computer, for example with your important papers.
          </p>
          <div className="recovery-code print-area">
            <p className="print-only body">Carebook recovery code</p>
            {/* The groups are drawn apart for the eye; a screen reader hears the code once, as words. */}
            <p className="recovery-code__code">
              <span className="visually-hidden recovery-code__spoken">Recovery code: {groups.join(' ')}</span>
              <span aria-hidden="true">
                {groups.map((g, i) => (
                  <span key={i} className="recovery-code__group">
                    {g}
                  </span>
                ))}
              </span>
            </p>
            <div className="print-only body">
              <p>For the book in: {created.folder}</p>
              <p>
                If you forget your passphrase, open Carebook, choose &ldquo;I have forgotten my passphrase&rdquo; and
                type this code. Anyone who has this code and your computer can open your book.
              </p>
            </div>
          </div>
          <div className="button-group no-print">
            <button type="button" className="button button--secondary" onClick={() => window.print()}>
              Print
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => downloadText('carebook-recovery-code.txt', instructions(created.recoveryCode, created.folder))}
            >
              Save as a file
            </button>
          </div>
        </>
      }
    >
      <Checkbox
        field={form.register('saved')}
        label="I have printed or saved my recovery code and put it somewhere safe"
        error={form.formState.errors.saved?.message}
      />
      <Button>Continue</Button>
    </FormPage>
  );
}
