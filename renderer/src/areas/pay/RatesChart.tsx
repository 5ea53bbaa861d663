import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { WorkerPay } from '../../shared.js';

/**
 * Their rate, the legal minimum for them and the Real Living Wage as step lines (uPlot). The
 * table beside it says the same in words: the chart is hidden from screen readers. The three
 * lines differ in dash as well as colour, so colour is not the only difference.
 */
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
        legend: { live: false },
        axes: [{ values: (_u, v) => v.map((s) => SHORT.format(new Date(s * 1000))), space: 70 }, { values: (_u, v) => v.map((n) => `£${n.toFixed(2)}`), size: 70 }],
        series: [
          {},
          { label: 'Their rate', stroke: '#1d70b8', width: 3, paths: step },
          { label: 'Legal minimum', stroke: '#d4351c', width: 2, dash: [8, 4], paths: step },
          { label: 'Real Living Wage', stroke: '#00703c', width: 2, dash: [2, 4], paths: step },
        ],
      },
      [x, lines.map((l) => pounds(l.ratePence)), lines.map((l) => pounds(l.minimumPence)), lines.map((l) => pounds(l.realLivingWagePence))],
      el,
    );
    return () => chart.destroy();
  }, [lines]);
  return <div ref={box} className="pay-chart" aria-hidden="true" />;
}
