/**
 * The budget as a bar: the part spent filled, the rest empty; over budget, the whole bar filled
 * and striped. Hidden from screen readers: the words and the table beside it say the same, and
 * the stripes (not only the colour) tell over from within.
 */
export function BudgetBar({ budgetPence, spentPence }: { budgetPence: number; spentPence: number }) {
  const over = spentPence > budgetPence;
  const share = budgetPence > 0 ? Math.min(1, spentPence / budgetPence) : 1;
  return (
    <svg className="budget-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <defs>
        <pattern id="budget-bar-over" width="3" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="1.5" height="8" className="budget-bar__stripe" />
        </pattern>
      </defs>
      <rect x="0" y="0" width="100" height="8" className="budget-bar__budget" />
      <rect x="0" y="0" width={share * 100} height="8" className="budget-bar__spent" />
      {over && <rect x="0" y="0" width="100" height="8" fill="url(#budget-bar-over)" />}
    </svg>
  );
}
