/** chart.js chart of history (bars) and projection (dashed line), updated in place on every change. */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartData } from 'chart.js';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEok, formatNumber, formatPercent } from '../../../core/format';
import type { ProjectionResult } from '../../../core/projection';
import type { Lang, Series } from '../../../core/types';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);
Chart.defaults.font.family = '"Noto Sans KR", sans-serif';

interface Props {
  series: Series;
  projection: ProjectionResult;
  lang: Lang;
}

type Data = ChartData<'bar' | 'line', (number | null)[], string>;

/** Labels and datasets: bars for actual years, a dashed line from the last actual year through the horizon. */
function chartData(series: Series, projection: ProjectionResult, labels: { history: string; projection: string }): Data {
  const history = [...series.points].sort((a, b) => a.year - b.year);
  const years = history.map((p) => p.year);
  if (projection.ok) years.push(...projection.points.map((p) => p.year));
  const actual = new Map(history.map((p) => [p.year, p.value]));
  const projected = new Map<number, number>(projection.ok ? [[projection.baseYear, projection.baseValue], ...projection.points.map((p) => [p.year, p.value] as [number, number])] : []);
  return {
    labels: years.map(String),
    datasets: [
      { type: 'bar', label: labels.history, data: years.map((y) => actual.get(y) ?? null), backgroundColor: '#2563eb', borderRadius: 3, order: 2 },
      {
        type: 'line',
        label: labels.projection,
        data: years.map((y) => projected.get(y) ?? null),
        borderColor: '#ea580c',
        backgroundColor: '#ea580c',
        borderDash: [6, 4],
        borderWidth: 2,
        pointRadius: 3,
        spanGaps: false,
        order: 1,
      },
    ],
  };
}

/** The budget chart. Its aria-label states what it shows, read from the chart's own data. */
export function ProjectionChart({ series, projection, lang }: Props) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<'bar' | 'line', (number | null)[], string> | null>(null);
  const rateLabel = projection.ok ? formatPercent(projection.rate, lang) : '';
  const data = useMemo(
    () => chartData(series, projection, { history: t('chart.history'), projection: t('chart.projection', { rate: rateLabel }) }),
    [series, projection, t, rateLabel],
  );

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const chart = new Chart<'bar' | 'line', (number | null)[], string>(canvas, {
      type: 'bar',
      data: { labels: [], datasets: [] },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: { duration: 250 },
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 14, sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0) } } },
        scales: { x: { grid: { display: false } }, y: { beginAtZero: true } },
      },
    });
    chartRef.current = chart;
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    const canvas = canvasRef.current;
    if (!chart || !canvas) return;
    chart.data = data;
    chart.options.plugins!.tooltip = {
      callbacks: { label: (ctx) => `${ctx.dataset.label}: ${formatEok(ctx.parsed.y, lang, ctx.datasetIndex === 1 ? 1 : 0)}` },
    };
    chart.options.scales!.y = { beginAtZero: true, ticks: { callback: (v) => formatNumber(Number(v), lang) } };
    chart.update();
    // Describe what was drawn from the chart's own datasets, for screen readers (and the e2e test).
    const labels = chart.data.labels ?? [];
    const line = chart.data.datasets[1]?.data ?? [];
    const bars = chart.data.datasets[0]?.data ?? [];
    const lastActual = bars.reduce<number>((idx, v, i) => (v === null ? idx : i), -1);
    const lastIdx = labels.length - 1;
    canvas.setAttribute(
      'aria-label',
      t('chart.summary', {
        first: labels[0] ?? '',
        last: labels[lastActual] ?? '',
        horizon: lastIdx > lastActual ? labels[lastIdx] : '—',
        value: lastIdx > lastActual ? formatEok(line[lastIdx] ?? null, lang, 1) : '—',
      }),
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
