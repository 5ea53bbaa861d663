import { SubNav } from '../../ui/index.js';

const PARTS = [
  { to: '/training', label: 'Matrix' },
  { to: '/training/plan', label: 'Plan' },
  { to: '/training/topics', label: 'Topics' },
  { to: '/training/funding', label: 'Funding' },
  { to: '/training/asc-wds', label: 'ASC-WDS' },
];

/** The parts of Training, as links (one page each). */
export function TrainingNav({ current }: { current: string }) {
  return <SubNav label="Training" items={PARTS.map((p) => ({ ...p, current: p.to === current }))} />;
}
