/**
 * chart.js chart of the chosen series (history) and their scenarios (dashed), updated in place.
 * Series of different units never share an axis: each unit gets its own, labelled with the unit.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type Plugin,
} from 'chart.js';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatWithUnit } from '../../../core/format';
import { unitLabel } from '../../../core/units';
import type { Lang, Series } from '../../../core/types';
import { axes, chartData, X_AXIS, type Data, type PlottedSeries } from '../../../core/chart-config';
export type { PlottedSeries } from '../../../core/chart-config';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);
Chart.defaults.font.family = '"Noto Sans KR", sans-serif';

/** Marks each finished draw, so the e2e harness can time an edit → redraw. */
const drawMark: Plugin = { id: 'drawMark', afterDraw: () => void performance.mark('chart-drawn') };

/** The chart's colours: the page's (light or dark, from its CSS variables), or the printed briefing's (always light). */
interface ChartColors {
  text: string;
  grid: string;
  background: string;
}
const PRINT: ChartColors = { text: '#1b2430', grid: '#dde3ea', background: '#ffffff' };
function pageColors(): ChartColors {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return { text: v('--muted', PRINT.text), grid: v('--line', PRINT.grid), background: v('--card', PRINT.background) };
}
let colors: ChartColors = PRINT;
/** Uses a set of colours for the next draws. */
function applyColors(next: ChartColors): void {
  colors = next;
  Chart.defaults.color = next.text;
  Chart.defaults.borderColor = next.grid;
}

/** Paints the background, so the exported PNG is not transparent (chart.js docs' recipe), in the card's colour on screen. */
const background: Plugin = {
  id: 'background',
  beforeDraw: (chart) => {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = colors.background;
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

type LineChart = Chart<'bar' | 'line', (number | null)[], string>;

/** Renders the chart at 2× without animation and returns it as a PNG data URL. */
function captureAt2x(chart: LineChart): string {
  const options = chart.config.options!;
  const ratio = options.devicePixelRatio;
  const render = () => {
    chart.update('none');
    chart.resize();
    chart.update('none');
  };
  chart.stop();
  // The briefing is printed on white whatever the screen's scheme, and the picture carries its own legend.
  const screen = colors;
  applyColors(PRINT);
  options.devicePixelRatio = 2;
  options.plugins!.legend!.display = true;
  render();
  const url = chart.toBase64Image('image/png', 1);
  options.devicePixelRatio = ratio;
  options.plugins!.legend!.display = false;
  applyColors(screen);
  render();
  return url;
}

interface Props {
  plotted: PlottedSeries[];
  /** Every series, for the picker. */
  allSeries: Series[];
  /** Global index of each scenario, so its colour matches the tabs and the briefing. */
  scenarioIndex: Map<string, number>;
  activeId: string | null;
  lang: Lang;
  onPick: (seriesIds: string[]) => void;
  /** Receives a function that captures the chart as a PNG data URL (for the xlsx briefing). */
  onCapture?: (capture: (() => string | undefined) | null) => void;
}

/**
 * Puts new data into the chart. While the datasets are the same kinds on the same axes (an edited value,
 * a longer horizon), their objects are updated in place, so chart.js keeps its controllers and elements.
 */
function applyData(chart: LineChart, next: Data, hidden: ReadonlySet<string>): void {
  const current = chart.data.datasets;
  const same =
    current.length === next.datasets.length &&
    current.every((d, i) => d.type === next.datasets[i]!.type && d.yAxisID === next.datasets[i]!.yAxisID);
  next.datasets.forEach((d) => (d.hidden = hidden.has(d.label ?? '')));
  if (!same) {
    chart.data = next;
    return;
  }
  chart.data.labels = next.labels;
  next.datasets.forEach((d, i) => Object.assign(current[i]!, d));
}

/** The legend as buttons: each shows or hides its line, as a click on chart.js's own legend would. */
function ChartLegend({
  datasets,
  hidden,
  label,
  onToggle,
}: {
  datasets: Data['datasets'];
  hidden: ReadonlySet<string>;
  label: string;
  onToggle: (label: string) => void;
}) {
  if (datasets.length === 0) return null;
  return (
    <ul className="chart-legend" aria-label={label} data-testid="chart-legend">
      {datasets.map((d, i) => {
        const text = d.label ?? '';
        // Every dataset is given one colour string (chartData): the same for its border and fill.
        const colour = typeof d.borderColor === 'string' ? d.borderColor : typeof d.backgroundColor === 'string' ? d.backgroundColor : '';
        const dashed = d.type === 'line' && Array.isArray((d as { borderDash?: number[] }).borderDash);
        return (
          <li key={`${i}-${text}`}>
            <button type="button" aria-pressed={!hidden.has(text)} onClick={() => onToggle(text)}>
              <span
                className={`legend-swatch${d.type === 'bar' ? ' bar' : dashed ? ' dashed' : ''}`}
                style={{ color: colour }}
                aria-hidden="true"
              />
              <span data-user-text>{text}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** The chart card with its series picker. Its aria-label states each scenario's end value, read from the chart's data. */
export function ScenarioChart({ plotted, allSeries, scenarioIndex, activeId, lang, onPick, onCapture }: Props) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<LineChart | null>(null);
  // Datasets the user hid by their legend entry (by label, so a hidden scenario stays hidden while values change).
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const [pickerOpen, setPickerOpen] = useState(false);
  const { data, units } = useMemo(
    () =>
      chartData(plotted, scenarioIndex, activeId, {
        history: t('chart.history'),
        historyOf: (name) => t('chart.historyOf', { name }),
        failed: (name) => t('chart.failedLegend', { name }),
      }),
    [plotted, scenarioIndex, activeId, t],
  );

  useEffect(() => {
    applyColors(pageColors());
    const chart = new Chart<'bar' | 'line', (number | null)[], string>(canvasRef.current!, {
      type: 'bar',
      data: { labels: [], datasets: [] },
      plugins: [drawMark, background],
      options: {
        responsive: true,
        maintainAspectRatio: false,
        // Redraws follow edits at once; animating every keystroke only delays the answer.
        animation: false,
        interaction: { mode: 'index', intersect: false },
        // On screen the legend is HTML below the canvas (buttons a keyboard reaches, no text measured per redraw);
        // the canvas legend is drawn only into the briefing's picture.
        plugins: { legend: { display: false, position: 'bottom', labels: { boxWidth: 14 } } },
        scales: { x: X_AXIS },
      },
    });
    chartRef.current = chart;
    onCapture?.(() => captureAt2x(chart));
    // Dark or light follows the system, live.
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    const onScheme = () => {
      applyColors(pageColors());
      chart.update('none');
    };
    scheme.addEventListener('change', onScheme);
    return () => {
      scheme.removeEventListener('change', onScheme);
      onCapture?.(null);
      chart.destroy();
      chartRef.current = null;
    };
    // The chart is created once; data changes update it in place below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Axes and tooltips change with the units and the language only: an edited value keeps the chart's
  // options objects, so chart.js updates its scales instead of building them again.
  const unitKey = units.join('|');
  // Without a single value the axes say nothing (no 0–1 scale): the empty state explains instead.
  const hasValues = data.datasets.some((d) => d.data.some((v) => v !== null));
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const axisUnits = unitKey === '' ? [] : unitKey.split('|');
    const unitOf = (axisId: string | undefined) => axisUnits[Number((axisId ?? 'y0').slice(1))] ?? '';
    chart.options.plugins!.tooltip = {
      callbacks: {
        label: (ctx) =>
          `${ctx.dataset.label ?? ''}: ${formatWithUnit(ctx.parsed.y, unitOf((ctx.dataset as { yAxisID?: string }).yAxisID), lang, 1)}`,
      },
    };
    const yAxes = axes(axisUnits, lang);
    for (const axis of Object.values(yAxes)) axis.display = hasValues;
    chart.options.scales = { x: { ...X_AXIS, display: hasValues }, ...yAxes };
  }, [unitKey, lang, hasValues]);

  useEffect(() => {
    const chart = chartRef.current;
    const canvas = canvasRef.current;
    if (!chart || !canvas) return;
    applyData(chart, data, hidden);
    chart.update('none');
    canvas.setAttribute('aria-label', describe(chart, plotted, t, lang));
    canvas.dataset.axes = units.join('|');
  }, [data, units, plotted, lang, t, hidden]);

  const picked = new Set(plotted.map((p) => p.series.id));
  const toggle = (label: string) =>
    setHidden((h) => {
      const next = new Set(h);
      if (!next.delete(label)) next.add(label);
      return next;
    });
  return (
    <section className="card chart-card" aria-labelledby="chart-title">
      <header className="card-header">
        <h2 id="chart-title">{t('chart.title')}</h2>
        <details className="series-picker" onToggle={(e) => setPickerOpen(e.currentTarget.open)}>
          <summary data-testid="chart-pick">{t('chart.pick')}</summary>
          {/* Listed only while open: a budget book has thousands of series, and an edit must not re-render them all. */}
          {pickerOpen && (
            <div className="picker-list" role="group" aria-label={t('chart.pick')}>
              {allSeries.map((s) => (
                <label key={s.id} className="check">
                  <input
                    type="checkbox"
                    checked={picked.has(s.id)}
                    onChange={(e) => onPick(e.target.checked ? [...picked, s.id] : [...picked].filter((id) => id !== s.id))}
                    data-testid={`plot-${s.id}`}
                  />
                  <span>
                    <span data-user-text>{s.name}</span> <span className="muted">({unitLabel(s.unit, lang)})</span>
                  </span>
                </label>
              ))}
            </div>
          )}
        </details>
      </header>
      <div className="chart-host">
        <canvas ref={canvasRef} role="img" data-testid="projection-chart" />
        {!hasValues && <p className="empty-state chart-empty">{t('chart.noData')}</p>}
      </div>
      <ChartLegend datasets={data.datasets} hidden={hidden} label={t('chart.legend')} onToggle={toggle} />
    </section>
  );
}

/** What was drawn, from the chart's own datasets: history range and each scenario's end value (for screen readers and tests). */
function describe(chart: LineChart, plotted: PlottedSeries[], t: TFunction, lang: Lang): string {
  const labels = chart.data.labels ?? [];
  const parts: string[] = [];
  let k = 0;
  for (const p of plotted) {
    const history = chart.data.datasets[k++]!.data;
    const lastActual = history.reduce<number>((idx, v, i) => (v === null ? idx : i), -1);
    const firstActual = history.findIndex((v) => v !== null);
    if (lastActual >= 0)
      parts.push(
        `${plotted.length > 1 ? `${p.series.name} ` : ''}${t('chart.historyRange', { first: labels[firstActual] ?? '', last: labels[lastActual] ?? '' })}`,
      );
    for (let s = 0; s < p.scenarios.length; s++) {
      const ds = chart.data.datasets[k++]!;
      // A line hidden by its legend entry is not drawn, so it is not described.
      if (ds.hidden) continue;
      const last = ds.data.reduce<number>((idx, v, i) => (v === null || i <= lastActual ? idx : i), -1);
      parts.push(
        last < 0
          ? `${ds.label ?? ''}: —`
          : t('chart.scenarioEnd', {
              name: ds.label,
              year: labels[last],
              value: formatWithUnit(ds.data[last] ?? null, p.series.unit, lang, 1),
            }),
      );
    }
  }
  return parts.join('; ');
}
