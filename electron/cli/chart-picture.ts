/**
 * The report's chart picture without a window: the app's own chart data (core/chart-config) drawn by
 * chart.js on a Skia canvas (@napi-rs/canvas) in Noto Sans KR, white, with its legend, at print
 * resolution. The app's export embeds the chart as drawn on screen; the CLI has no screen.
 */
import type { Canvas } from '@napi-rs/canvas';
import { createRequire } from 'node:module';
import { briefingContent } from '../../core/briefing/briefing-content';
import { axes, chartData, X_AXIS } from '../../core/chart-config';
import { formatMessage, type MessageKey } from '../../core/messages';
import type { Lang, Workbook } from '../../core/types';

/** The picture's size in CSS pixels, drawn at 2×: 1600 × 900 pixels, about 270 dpi across an A4 text width. */
const WIDTH = 800;
const HEIGHT = 450;
const FONT_FILES = ['korean-400-normal', 'latin-400-normal'].map((f) => `@fontsource/noto-sans-kr/files/noto-sans-kr-${f}.woff2`);

/** Draws the chart of the report's main series (the first with scenarios) as a PNG; null when there is nothing to draw. */
export async function reportChartPng(workbook: Workbook, lang: Lang): Promise<Buffer | null> {
  const content = briefingContent(workbook, lang, { date: '', author: '' });
  const main = content.projections[0];
  if (!main || main.history.length === 0) return null;
  // Loaded here, not with the CLI: only a report needs the native canvas, and a missing one costs only the picture.
  const { createCanvas, GlobalFonts } = await import('@napi-rs/canvas');
  const chartJs = await import('chart.js');
  const { Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend } = chartJs;
  Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend);
  const require = createRequire(import.meta.url);
  for (const file of FONT_FILES) GlobalFonts.registerFromPath(require.resolve(file), 'Noto Sans KR');
  // Print size: the picture is about 150 mm wide, where the screen's 12 px would read as 6 pt.
  Chart.defaults.font.size = 16;
  const say = (key: string, params?: Record<string, string>) => formatMessage(lang, `chart.${key}` as MessageKey, params);
  const scenarioIndex = new Map(workbook.scenarios.map((s, i) => [s.id, i]));
  const { data, units } = chartData([main], scenarioIndex, null, {
    history: say('history'),
    historyOf: (name) => say('historyOf', { name }),
    failed: (name) => say('failedLegend', { name }),
  });
  // chart.js scales the canvas by the pixel ratio itself (BasicPlatform, outside a browser).
  const canvas: Canvas = createCanvas(WIDTH, HEIGHT);
  const chart = new Chart(canvas as unknown as ConstructorParameters<typeof Chart>[0], {
    type: 'line',
    data,
    options: {
      animation: false,
      responsive: false,
      devicePixelRatio: 2,
      font: { family: 'Noto Sans KR' },
      color: '#1b2430',
      borderColor: '#dde3ea',
      plugins: { legend: { display: true, position: 'bottom', labels: { boxWidth: 14, font: { family: 'Noto Sans KR' } } } },
      scales: { x: X_AXIS, ...axes(units, lang) },
    },
    plugins: [
      {
        id: 'background',
        beforeDraw: (c) => {
          c.ctx.save();
          c.ctx.globalCompositeOperation = 'destination-over';
          c.ctx.fillStyle = '#ffffff';
          c.ctx.fillRect(0, 0, c.width, c.height);
          c.ctx.restore();
        },
      },
    ],
  });
  chart.draw();
  const png = canvas.toBuffer('image/png');
  chart.destroy();
  return png;
}
