import { useApiQuery } from '../../lib/queries.js';
import { FairPayNotice } from './FairPayNotice.js';

/** The fair-pay check for an hourly rate that may not be saved yet (the contract form and the statement). */
export function RateCheck({ workerId, ratePence, date, hoursPerWeek = 0 }: { workerId: string; ratePence: number | null; date: string; hoursPerWeek?: number }) {
  const valid = ratePence !== null && ratePence > 0 && /^\d{4}-\d{2}-\d{2}$/.test(date);
  const check = useApiQuery('pay.checkRate', { workerId, ratePence: valid ? ratePence : 1, date: valid ? date : '2026-01-01', hoursPerWeek: Number.isFinite(hoursPerWeek) && hoursPerWeek >= 0 && hoursPerWeek <= 100 ? hoursPerWeek : 0 });
  if (!valid || !check.data) return null;
  return <FairPayNotice check={check.data} />;
}
