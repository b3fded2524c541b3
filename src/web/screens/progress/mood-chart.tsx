import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ProgressDay } from '../../../shared/api/no-contact.ts';

const cssVar = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/**
 * Mood (1–10) and craving (0–10) per day. The chart is decorative for screen readers: the
 * one-line summary beside it carries the same information.
 */
export function MoodChart({ days }: { days: ProgressDay[] }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const xs = days.map((d) => Date.parse(`${d.day}T12:00:00Z`) / 1000);
    const data: uPlot.AlignedData = [xs, days.map((d) => d.mood), days.map((d) => d.craving)];
    const plot = new uPlot(
      {
        width: el.clientWidth,
        height: 220,
        scales: { x: { time: true }, y: { range: [0, 10] } },
        axes: [
          { stroke: cssVar('--muted'), grid: { stroke: cssVar('--border') } },
          { stroke: cssVar('--muted'), grid: { stroke: cssVar('--border') }, size: 30 },
        ],
        series: [
          {},
          { label: 'Mood', stroke: cssVar('--accent'), width: 2, spanGaps: true, points: { size: 5 } },
          {
            label: 'Craving',
            stroke: cssVar('--focus'),
            width: 2,
            dash: [6, 4],
            spanGaps: true,
            points: { size: 5 },
          },
        ],
        legend: { show: true, live: false },
        cursor: { show: false },
      },
      data,
      el,
    );
    const resize = () => plot.setSize({ width: el.clientWidth, height: 220 });
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      plot.destroy();
    };
  }, [days]);
  return <div ref={host} className="chart" aria-hidden="true" />;
}
