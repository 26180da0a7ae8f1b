import type { Action } from 'svelte/action';
import type { Chart } from 'chart.js';

/** One series of bars; a null value is a gap (e.g. a year without known km). */
export type BarChartData = { labels: string[]; values: (number | null)[]; unit: 'EUR' | 'km'; horizontal?: boolean };

const euro = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const number = new Intl.NumberFormat('de-DE');
const formatValue = (unit: BarChartData['unit'], value: number) => (unit === 'EUR' ? euro.format(value) : `${number.format(value)} km`);

/**
 * Draws a bar chart with Chart.js on a canvas (`use:barChart={data}`). Chart.js (its bar chart parts)
 * is loaded on first use, so it stays out of the pages that draw none. Colours come from the page's CSS variables;
 * no animation (reduced motion, stable screenshots). Screen readers skip the canvas
 * (aria-hidden): callers show a text summary and a table with the same figures next to it.
 */
export const barChart: Action<HTMLCanvasElement, BarChartData> = (canvas, initial) => {
  let data = initial;
  let chart: Chart<'bar', (number | null)[], string> | undefined;
  let destroyed = false;

  // What is drawn, for the browser tests (a canvas has no text to read).
  const drawn = () => (canvas.dataset.values = JSON.stringify(data.values));
  const datasets = () => {
    const style = getComputedStyle(canvas);
    return [{ data: data.values, backgroundColor: style.getPropertyValue('--color-primary').trim() || '#1f4e5f', maxBarThickness: 48 }];
  };

  void import('./bar-chart-parts.ts').then(({ Chart }) => {
    if (destroyed) return;
    const style = getComputedStyle(canvas);
    const text = style.getPropertyValue('--color-text').trim() || '#1c2526';
    const grid = style.getPropertyValue('--color-border').trim() || '#c9d1cf';
    const valueAxis = { beginAtZero: true, ticks: { color: text, callback: (value: string | number) => formatValue(data.unit, Number(value)) }, grid: { color: grid } };
    const labelAxis = { ticks: { color: text }, grid: { display: false } };
    chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: data.labels, datasets: datasets() },
      options: {
        indexAxis: data.horizontal ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: data.horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
        plugins: { tooltip: { callbacks: { label: (item) => formatValue(data.unit, Number(item.raw)) } } },
      },
    });
    drawn();
  });

  return {
    update(next) {
      data = next;
      if (!chart) return;
      chart.data = { labels: data.labels, datasets: datasets() };
      chart.update();
      drawn();
    },
    destroy() {
      destroyed = true;
      chart?.destroy();
    },
  };
};
