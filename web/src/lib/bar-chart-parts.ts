// Only the parts of Chart.js a bar chart needs, registered once: bar-chart.ts imports this module
// on first use, so the bundler leaves the rest of Chart.js out.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export { Chart };
