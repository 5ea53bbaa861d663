import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './pay.css';
import type { WorkerPay } from '../../shared.js';

/**
 * Their rate, the legal minimum for them and the Real Living Wage as step lines (uPlot), to a
 * year ahead. The table beside it says the same in words: the chart is hidden from screen
 * readers. The three lines differ in dash and thickness as well as colour, and the key under
 * the chart draws each line as it is drawn (uPlot's own key shows only a square of colour).
 */
const LINES = [
  { label: 'Their rate', stroke: '#1d70b8', width: 3, dash: [] as number[] },
  { label: 'Legal minimum', stroke: '#d4351c', width: 2, dash: [8, 4] },
  { label: 'Real Living Wage', stroke: '#00703c', width: 2, dash: [2, 4] },
];
const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export default function RatesChart({ lines }: { lines: WorkerPay['lines'] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const x = lines.map((l) => Date.parse(`${l.date}T00:00:00Z`) / 1000);
    const pounds = (p: number | null) => (p === null ? null : p / 100);
    const step = uPlot.paths.stepped!({ align: 1 });
    const chart = new uPlot(
      {
        width: Math.min(640, el.clientWidth || 640),
        height: 260,
        scales: { x: { time: true } },
        legend: { show: false },
        axes: [{ values: (_u, v) => v.map((s) => SHORT.format(new Date(s * 1000))), space: 70 }, { values: (_u, v) => v.map((n) => `£${n.toFixed(2)}`), size: 70 }],
        series: [
          {},
          ...LINES.map((l) => ({ ...l, dash: l.dash.length ? l.dash : undefined, paths: step })),
        ],
      },
      [x, lines.map((l) => pounds(l.ratePence)), lines.map((l) => pounds(l.minimumPence)), lines.map((l) => pounds(l.realLivingWagePence))],
      el,
    );
    return () => chart.destroy();
  }, [lines]);
  return (
    <div className="pay-chart" aria-hidden="true">
      <div ref={box} />
      <ul className="pay-chart__key">
        {LINES.map((l) => (
          <li key={l.label}>
            <svg width="40" height="12" viewBox="0 0 40 12">
              <line x1="0" y1="6" x2="40" y2="6" stroke={l.stroke} strokeWidth={l.width} strokeDasharray={l.dash.join(' ') || undefined} />
            </svg>
            {l.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
