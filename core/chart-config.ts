/**
 * The chart of series and their scenarios as chart.js data and axes, shared by the app's chart
 * (renderer/src/scenarios/scenario-chart.tsx) and the CLI's report picture, so both draw the same
 * lines: history as bars (one series) or lines, each scenario dashed in its palette colour, one y axis
 * per unit.
 */
import { formatEntered } from './format';
import type { MethodResult } from './projection-methods';
import { scenarioHex } from './scenario-palette';
import type { Lang, Scenario, Series, SeriesPoint } from './types';
import { unitLabel } from './units';

/** Colour of the i-th scenario (palette shared with the tabs, tables and the briefing). */
export const scenarioColor = (index: number): string => `#${scenarioHex(index)}`;

/** One series drawn: its history and its scenarios' projections. */
export interface PlottedSeries {
  series: Series;
  history: SeriesPoint[];
  scenarios: Scenario[];
  results: Record<string, MethodResult>;
}

/** One line or set of bars, in chart.js's dataset shape (core names only what it sets: it imports no chart.js). */
export interface Dataset {
  type: 'bar' | 'line';
  label: string;
  data: (number | null)[];
  backgroundColor: string;
  borderColor?: string;
  borderRadius?: number;
  borderDash?: number[];
  borderWidth?: number;
  pointRadius?: number;
  order: number;
  yAxisID: string;
  spanGaps?: boolean;
  /** Hidden by its legend entry (the app's legend buttons). */
  hidden?: boolean;
}

/** The chart's data, in chart.js's shape. */
export interface Data {
  labels: string[];
  datasets: Dataset[];
}

/** A y axis, in chart.js's linear scale shape. */
export interface LinearAxis {
  type: 'linear';
  position: 'left' | 'right';
  beginAtZero: boolean;
  grid: { drawOnChartArea: boolean };
  title: { display: boolean; text: string };
  ticks: { callback: (v: string | number) => string };
  display?: boolean;
}

// Series colours when several are drawn (the first stays the app's blue).
const SERIES_COLOURS = ['#2563eb', '#0f766e', '#9333ea', '#b45309', '#be123c', '#4d7c0f'];

export function chartData(
  plotted: PlottedSeries[],
  scenarioIndex: Map<string, number>,
  activeId: string | null,
  text: { historyOf: (name: string) => string; history: string; failed: (name: string) => string },
): { data: Data; units: string[] } {
  const units = [...new Set(plotted.map((p) => p.series.unit))];
  const years = new Set<number>();
  for (const p of plotted) {
    p.history.forEach((h) => years.add(h.year));
    for (const s of p.scenarios) {
      const r = p.results[s.id];
      if (r?.ok) r.points.forEach((x) => years.add(x.year));
    }
  }
  const labels = [...years].sort((a, b) => a - b);
  const single = plotted.length === 1;
  const datasets: Dataset[] = [];
  plotted.forEach((p, k) => {
    const axis = `y${units.indexOf(p.series.unit)}`;
    const colour = SERIES_COLOURS[k % SERIES_COLOURS.length]!;
    const actual = new Map(p.history.map((h) => [h.year, h.value]));
    const data = labels.map((y) => actual.get(y) ?? null);
    const label = single ? text.history : text.historyOf(p.series.name);
    if (single) datasets.push({ type: 'bar', label, data, backgroundColor: colour, borderRadius: 3, order: 100, yAxisID: axis });
    else
      datasets.push({
        type: 'line',
        label,
        data,
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: 2.5,
        pointRadius: 3,
        order: 50,
        yAxisID: axis,
        spanGaps: true,
      });
    for (const s of p.scenarios) {
      const r = p.results[s.id];
      const values = new Map<number, number>(
        r?.ok ? [[r.baseYear, r.baseValue], ...r.points.map((x) => [x.year, x.value] as [number, number])] : [],
      );
      const colourOf = scenarioColor(scenarioIndex.get(s.id) ?? 0);
      const name = single ? s.name : `${p.series.name} · ${s.name}`;
      datasets.push({
        type: 'line',
        label: r?.ok ? name : text.failed(name),
        data: labels.map((y) => values.get(y) ?? null),
        borderColor: colourOf,
        backgroundColor: colourOf,
        borderDash: [6, 4],
        borderWidth: s.id === activeId ? 3 : 1.6,
        pointRadius: s.id === activeId ? 3 : 2,
        order: 1,
        yAxisID: axis,
      });
    }
  });
  return { data: { labels: labels.map(String), datasets }, units };
}

export function axes(units: string[], lang: Lang): Record<string, LinearAxis> {
  const out: Record<string, LinearAxis> = {};
  units.forEach((unit, i) => {
    out[`y${i}`] = {
      type: 'linear',
      position: i === 0 ? 'left' : 'right',
      beginAtZero: true,
      grid: { drawOnChartArea: i === 0 },
      title: { display: units.length > 1 || i > 0, text: unitLabel(unit, lang) },
      // Ticks with the decimals they have: a small range (0–1) reads 0.2, 0.4, never 0 0 1 1.
      ticks: { callback: (v: string | number) => formatEntered(Number(v), lang) },
    };
  });
  return out;
}

/** The year axis: its labels all have the same width, so a few of them tell chart.js how many fit (it measures every label otherwise, on every redraw). */
export const X_AXIS = { grid: { display: false }, ticks: { sampleSize: 4 } };
