/**
 * The headings the import understands, as the page explains them. The core also accepts other
 * common spellings (for example "Surname", "DOB", "NI"); these are the ones we suggest.
 */
export const IMPORT_COLUMNS: { heading: string; what: string; example: string }[] = [
  { heading: 'Full name', what: 'Needed on every row. Or use two columns, “First name” and “Last name”.', example: 'Sam Taylor' },
  { heading: 'Preferred name', what: 'What they like to be called.', example: 'Sammy' },
  { heading: 'Pronouns', what: '', example: 'they/them' },
  { heading: 'Date of birth', what: 'Day, month, year.', example: '27/03/1990' },
  { heading: 'NI number', what: 'Their National Insurance number.', example: 'QQ 12 34 56 C' },
  { heading: 'Phone', what: '', example: '07700 900123' },
  { heading: 'Email', what: '', example: 'sam@example.com' },
  { heading: 'Address line 1', what: '', example: '1 High Street' },
  { heading: 'Address line 2', what: '', example: '' },
  { heading: 'Town', what: '', example: 'Leeds' },
  { heading: 'Postcode', what: '', example: 'LS1 1AA' },
  { heading: 'Emergency contact name', what: '', example: 'Alex Taylor' },
  { heading: 'Emergency contact relationship', what: '', example: 'Partner' },
  { heading: 'Emergency contact phone', what: '', example: '07700 900456' },
  { heading: 'Job title', what: '', example: 'Personal assistant' },
  { heading: 'Start date', what: 'Day, month, year. Needed for someone who already works for you.', example: '05/01/2026' },
  {
    heading: 'Status',
    what: '“active” if they work for you, “applicant” if they are applying. Leave empty and Carebook decides from the start date.',
    example: 'active',
  },
];
