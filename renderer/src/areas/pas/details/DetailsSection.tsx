import { dateInWords } from '../../../lib/format.js';
import { Link } from '../../../lib/router/index.js';
import { callName } from '../../../shared.js';
import { SummaryList, type SummaryRow } from '../../../ui/index.js';
import { formatNiNumber, lines } from '../format.js';
import { Lines, OrNotGiven } from '../NotGiven.js';
import { usePa } from '../pa-context.js';
import { paPath } from '../paths.js';
import { MissingForPa } from './MissingForPa.js';

/** The Details tab: who they are, and where they stand (applying, working, left). */
export function DetailsSection() {
  const w = usePa();
  const change = { to: paPath(w.id, '/edit') };
  const row = (key: string, value: string, show = value): SummaryRow => ({ key, value: <OrNotGiven value={value}>{show}</OrNotGiven>, change });
  const name = callName(w);
  return (
    <>
      <MissingForPa w={w} />
      <h2 className="heading-m">Their details</h2>
      <SummaryList
        rows={[
          row('Full name', w.fullName),
          row('Preferred name', w.preferredName),
          row('Pronouns', w.pronouns),
          row('Date of birth', w.dateOfBirth, w.dateOfBirth && dateInWords(w.dateOfBirth)),
          row('National Insurance number', w.niNumber, formatNiNumber(w.niNumber)),
          row('Phone number', w.phone),
          row('Email address', w.email),
          { key: 'Address', value: <Lines lines={lines(w.addressLine1, w.addressLine2, w.town, w.postcode)} />, change },
          {
            key: 'Emergency contact',
            value: <Lines lines={lines(w.emergencyName && [w.emergencyName, w.emergencyRelationship && `(${w.emergencyRelationship})`].filter(Boolean).join(' '), w.emergencyPhone)} />,
            change,
          },
          row('Job title', w.jobTitle),
          row('Start date', w.startDate, w.startDate && dateInWords(w.startDate)),
        ]}
      />

      <h2 className="heading-m">{{ applicant: w.startDate ? 'Starting' : 'Applying', active: 'Working for you', left: 'Leaving' }[w.status]}</h2>
      {w.status === 'applicant' && (
        <>
          <p className="body">
            {w.startDate
              ? `${name} is due to start on ${dateInWords(w.startDate)}. Record their checks on the Checks tab before their first day.`
              : `${name} is applying to work for you. Record their checks and interview on the Checks tab before they start.`}
          </p>
          <ul className="list pa-actions">
            <li>
              <Link to={paPath(w.id, '/started')}>They have started work</Link>
            </li>
            <li>
              <Link to={paPath(w.id, '/left')}>They will not be working for you</Link>
            </li>
          </ul>
        </>
      )}
      {w.status === 'active' && (
        <>
          <p className="body">{w.startDate ? `${name} has worked for you since ${dateInWords(w.startDate)}.` : `${name} works for you.`}</p>
          <ul className="list pa-actions">
            <li>
              <Link to={paPath(w.id, '/left')}>They have left</Link>
            </li>
          </ul>
        </>
      )}
      {w.status === 'left' && (
        <>
          <SummaryList
            rows={[
              { key: 'Left on', value: <OrNotGiven value={w.leftOn}>{w.leftOn && dateInWords(w.leftOn)}</OrNotGiven> },
              { key: 'Why they left', value: <OrNotGiven value={w.leftReason} /> },
            ]}
          />
          <p className="body">
            Carebook keeps their records. The <Link to={paPath(w.id, '/records')}>Records tab</Link> shows how long you
            should keep each kind, and lets you delete them after that.
          </p>
        </>
      )}
    </>
  );
}
