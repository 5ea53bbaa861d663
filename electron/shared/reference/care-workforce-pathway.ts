/**
 * The Care Workforce Pathway's universal values (REFERENCE §4.1 [46]), with a question an
 * employer might ask at interview to hear each one. The questions are ours, not the pathway's.
 */
export const CWP_VALUES = [
  { id: 'kind', value: 'Kind, compassionate and empathetic', question: 'Tell me about a time you helped someone who was upset. What did you do?' },
  { id: 'honest', value: 'Honest, trustworthy and reliable', question: 'Tell me about a time you made a mistake at work. What happened next?' },
  { id: 'respect', value: 'Respect', question: 'How would you make sure I stay in charge of my own support?' },
  { id: 'courageous', value: 'Courageous and principled', question: 'What would you do if you saw someone being treated badly?' },
  { id: 'whole-person', value: 'See the whole person', question: 'What would you want to know about me, beyond what I need help with?' },
  { id: 'flexible', value: 'Flexible, open and learning', question: 'Tell me about something new you learned recently. How did you learn it?' },
  { id: 'proud', value: 'Proud and positive', question: 'What do you enjoy about supporting people?' },
] as const;
export type CwpValueId = (typeof CWP_VALUES)[number]['id'];
export const CWP_VALUE_IDS = CWP_VALUES.map((v) => v.id) as [CwpValueId, ...CwpValueId[]];
export const CWP_SOURCE = 'REFERENCE §4.1 [46]';
