import { STATUS_WORDS, type TrainingStatus } from '../../shared.js';

/** A status in words with its symbol, never colour alone: "✗ Expired". */
export function StatusTag({ status }: { status: TrainingStatus }) {
  const w = STATUS_WORDS[status];
  return (
    <span className={`training-status training-status--${status}`}>
      <span aria-hidden="true">{w.symbol}</span> {w.words}
    </span>
  );
}

export const statusWords = (status: TrainingStatus) => STATUS_WORDS[status].words;
