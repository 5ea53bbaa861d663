import { ButtonLink, StaticPage } from '../../ui/index.js';
import { problemMessage } from './problem.js';

const TEXT: Record<string, { heading: string; body: string }> = {
  damaged_book: {
    heading: 'Your book cannot be opened',
    body: 'Part of your book is damaged, for example because the computer switched off while it was saving. Your records are probably safe in a backup.',
  },
  foreign_file: {
    heading: 'This is not a Carebook book',
    body: 'The folder does not hold a Carebook book, or the file is not one Carebook made.',
  },
  weak_key_settings: {
    heading: 'This book is not locked safely enough',
    body: 'The lock on this book is weaker than Carebook allows, so Carebook will not open it. It may have been changed by another program.',
  },
};

/** The book itself cannot be opened: say so plainly and point to the way out (a backup). */
export function ProblemPage({ params }: { params: { code: string } }) {
  const t = TEXT[params.code] ?? TEXT.damaged_book!;
  const detail = problemMessage();
  return (
    <StaticPage title={t.heading} back="/">
      <p className="body">{t.body}</p>
      {detail && (
        <div className="inset-text">
          <span className="visually-hidden">What Carebook found: </span>
          {detail}
        </div>
      )}
      <h2 className="heading-m">What you can do</h2>
      <p className="body">
        Restore your most recent backup into a new folder. Your current book stays where it is, so nothing is lost.
      </p>
      <ButtonLink to="/restore">Restore a backup</ButtonLink>
      <p className="body">If you need help, ask the person who set up Carebook for you, or your direct payments support service.</p>
    </StaticPage>
  );
}
