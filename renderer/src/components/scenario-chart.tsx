/** chart.js chart of the history (bars) and every scenario (dashed lines), updated in place on every change. */
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
  type ChartData,
  type Plugin,
} from 'chart.js';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEok, formatNumber } from '../../../core/format';
import type { MethodResult } from '../../../core/projection-methods';
import type { Lang, Scenario, Series } from '../../../core/types';
import { scenarioColor } from './scenario-colors';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);
Chart.defaults.font.family = '"Noto Sans KR", sans-serif';

/** Marks each finished draw, so the e2e harness can time an edit → redraw. */
const drawMark: Plugin = { id: 'drawMark', afterDraw: () => void performance.mark('chart-drawn') };

/** Paints a white background, so the exported PNG is not transparent (chart.js docs' recipe). */
const whiteBackground: Plugin = {
  id: 'whiteBackground',
  beforeDraw: (chart) => {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

/** Renders the chart at 2× without animation and returns it as a PNG data URL. */
function captureAt2x(chart: Chart<'bar' | 'line', (number | null)[], string>): string {
  // Set on the config (options are re-resolved from it on update), then resize so the canvas gets 2× pixels.
  const options = chart.config.options!;
  const ratio = options.devicePixelRatio;
  const render = () => {
    chart.update('none');
    chart.resize();
    chart.update('none');
  };
  // A running animation defers resizing to the next frame: finish it first ("after the animation ends").
  chart.stop();
  options.devicePixelRatio = 2;
  render();
  const url = chart.toBase64Image('image/png', 1);
  options.devicePixelRatio = ratio;
  render();
  return url;
}

interface Props {
  series: Series;
  scenarios: Scenario[];
  results: Record<string, MethodResult>;
  activeId: string;
  lang: Lang;
  /** Receives a function that captures the chart as a PNG data URL (for the xlsx briefing). */
  onCapture?(capture: (() => string | undefined) | null): void;
}

type Data = ChartData<'bar' | 'line', (number | null)[], string>;

function chartData(
  series: Series,
  scenarios: Scenario[],
  results: Record<string, MethodResult>,
  activeId: string,
  historyLabel: string,
): Data {
  const history = [...series.points].sort((a, b) => a.year - b.year);
  const years = new Set(history.map((p) => p.year));
  for (const s of scenarios) {
    const r = results[s.id];
    if (r?.ok) r.points.forEach((p) => years.add(p.year));
  }
  const labels = [...years].sort((a, b) => a - b);
  const actual = new Map(history.map((p) => [p.year, p.value]));
  return {
    labels: labels.map(String),
    datasets: [
      {
        type: 'bar',
        label: historyLabel,
        data: labels.map((y) => actual.get(y) ?? null),
        backgroundColor: '#2563eb',
        borderRadius: 3,
        order: 100,
      },
      ...scenarios.map((s, i) => {
        const r = results[s.id];
        const values = new Map<number, number>(
          r?.ok ? [[r.baseYear, r.baseValue], ...r.points.map((p) => [p.year, p.value] as [number, number])] : [],
        );
        const active = s.id === activeId;
        return {
          type: 'line' as const,
          label: s.name,
          data: labels.map((y) => values.get(y) ?? null),
          borderColor: scenarioColor(i),
          backgroundColor: scenarioColor(i),
          borderDash: [6, 4],
          borderWidth: active ? 3 : 1.6,
          pointRadius: active ? 3 : 2,
          order: i,
        };
      }),
    ],
  };
}

/** The budget and scenarios chart. Its aria-label states each scenario's end value, read from the chart's data. */
export function ScenarioChart({ series, scenarios, results, activeId, lang, onCapture }: Props) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<'bar' | 'line', (number | null)[], string> | null>(null);
  const data = useMemo(
    () => chartData(series, scenarios, results, activeId, t('chart.history')),
    [series, scenarios, results, activeId, t],
  );

  useEffect(() => {
    const chart = new Chart<'bar' | 'line', (number | null)[], string>(canvasRef.current!, {
      type: 'bar',
      data: { labels: [], datasets: [] },
      plugins: [drawMark, whiteBackground],
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: { duration: 200 },
        interaction: { mode: 'index', intersect: false },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 14, sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0) } },
        },
        scales: { x: { grid: { display: false } }, y: { beginAtZero: true } },
      },
    });
    chartRef.current = chart;
    onCapture?.(() => captureAt2x(chart));
    return () => {
      onCapture?.(null);
      chart.destroy();
      chartRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    const canvas = canvasRef.current;
    if (!chart || !canvas) return;
    chart.data = data;
    chart.options.plugins!.tooltip = {
      callbacks: { label: (ctx) => `${ctx.dataset.label}: ${formatEok(ctx.parsed.y, lang, ctx.datasetIndex === 0 ? 0 : 1)}` },
    };
    chart.options.scales!.y = { beginAtZero: true, ticks: { callback: (v) => formatNumber(Number(v), lang) } };
    chart.update();
    // Describe what was drawn, from the chart's own datasets (for screen readers and the e2e test).
    const labels = chart.data.labels ?? [];
    const bars = chart.data.datasets[0]?.data ?? [];
    const lastActual = bars.reduce<number>((idx, v, i) => (v === null ? idx : i), -1);
    const parts = chart.data.datasets.slice(1).map((ds) => {
      const last = ds.data.reduce<number>((idx, v, i) => (v === null || i <= lastActual ? idx : i), -1);
      return last < 0
        ? `${ds.label}: —`
        : t('chart.scenarioEnd', { name: ds.label, year: labels[last], value: formatEok(ds.data[last] ?? null, lang, 1) });
    });
    canvas.setAttribute(
      'aria-label',
      [t('chart.historyRange', { first: labels[0] ?? '', last: labels[lastActual] ?? '' }), ...parts].join('; '),
    );
  }, [data, lang, t]);

  return (
    <section className="card chart-card" aria-labelledby="chart-title">
      <header className="card-header">
        <h2 id="chart-title">{t('chart.title')}</h2>
        <span className="muted">{series.unit}</span>
      </header>
      <div className="chart-host">
        <canvas ref={canvasRef} role="img" data-testid="projection-chart" />
      </div>
    </section>
  );
}
