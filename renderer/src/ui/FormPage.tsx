import type { ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { errorItems, showServerError, type ErrorItem } from '../lib/forms.js';
import { BackLink } from './BackLink.js';
import { ErrorSummary } from './ErrorSummary.js';
import { PageHeading } from './PageHeading.js';
import { usePageTitle } from './page-title.js';

interface Props<In extends FieldValues, Out> {
  title: string;
  /** The h1; leave out when the question's legend is the heading. */
  heading?: ReactNode;
  caption?: ReactNode;
  back?: string | undefined;
  form: UseFormReturn<In, unknown, Out>;
  /** Runs with valid values. A thrown ApiError is shown on the form like a schema error. */
  onSubmit: (values: Out) => Promise<void> | void;
  /** Map a core field path onto this form's field name, when they differ. */
  rename?: Record<string, string>;
  /** Handle some errors yourself (e.g. go to another page); return true when handled. */
  onError?: (error: unknown) => boolean;
  intro?: ReactNode;
  /** Problems the page tracks itself (e.g. a refusal that another page fixes). */
  extraErrors?: ErrorItem[];
  children: ReactNode;
}

/**
 * The frame of every form page, in GOV.UK order: back link, error summary, heading, form.
 * Schema errors and the core's refusals both end up in the same summary and field messages.
 */
export function FormPage<In extends FieldValues, Out>(p: Props<In, Out>) {
  const items = [...(p.extraErrors ?? []), ...errorItems(p.form.formState.errors)];
  usePageTitle(p.title, items.length > 0);
  const submit = p.form.handleSubmit(async (values) => {
    try {
      await p.onSubmit(values);
    } catch (e) {
      if (!p.onError?.(e)) showServerError(p.form as never, e, p.rename);
    }
  });
  return (
    <>
      {p.back && <BackLink to={p.back} />}
      <ErrorSummary items={items} attempt={p.form.formState.submitCount} />
      {p.heading && <PageHeading caption={p.caption}>{p.heading}</PageHeading>}
      {p.intro}
      <form noValidate onSubmit={submit}>
        {p.children}
      </form>
    </>
  );
}

/** Wraps the page's question as the h1 inside a legend (one question per page). */
export function QuestionHeading({ children, caption }: { children: ReactNode; caption?: ReactNode }) {
  return <PageHeading caption={caption}>{children}</PageHeading>;
}
