import { useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ProgressDay } from '../../../shared/api/no-contact.ts';
import './mood-chart.css';

const cssVar = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/**
 * Mood (1–10) and craving (0–10) per day. The chart is decorative for screen readers: the
 * one-line summary beside it carries the same information.
 */
export function MoodChart({ days }: { days: ProgressDay[] }) {
  const host = useRef<HTMLDivElement>(null);
  const scheme = useColorScheme();
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const xs = days.map((d) => Date.parse(`${d.day}T12:00:00Z`) / 1000);
    const data: uPlot.AlignedData = [xs, days.map((d) => d.mood), days.map((d) => d.craving)];
    // Every value gets a filled dot: a line needs two, and the first day has one (it must still show).
    const dot = (color: string) => ({ show: true, size: days.length > 120 ? 5 : 8, fill: color });
    const [accent, focus] = [cssVar('--accent'), cssVar('--focus')];
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
          { label: 'Mood', stroke: accent, width: 2, spanGaps: true, points: dot(accent) },
          {
            label: 'Craving',
            stroke: focus,
            width: 2,
            dash: [6, 4],
            spanGaps: true,
            points: dot(focus),
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
  }, [days, scheme]);
  return <div ref={host} className="chart" aria-hidden="true" />;
}

/** 'dark' or 'light', following the system: the canvas takes its colours when drawn, so it redraws. */
function useColorScheme(): 'dark' | 'light' {
  const query = '(prefers-color-scheme: dark)';
  const [dark, setDark] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const media = window.matchMedia(query);
    const onChange = () => setDark(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return dark ? 'dark' : 'light';
}
