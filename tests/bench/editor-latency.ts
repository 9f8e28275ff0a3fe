/**
 * Keystroke-to-underline latency in the real editor: starts the app (npm start) and Chromium, types
 * a post whose last keystroke completes a personnummer, and measures from that keydown to the
 * error underline in the DOM (and the frame after it). Includes the 250 ms debounce; target
 * ≤ 300 ms. A benchmark, not a test: it prints figures and exits 0.
 *
 *   node --import tsx tests/bench/editor-latency.ts [runs]      (BENCH_URL=http://… uses a running app)
 */
import { startApp, type RunningApp } from '../support/app-process.ts';
import { launchBrowser, newPage } from '../support/browser.ts';

const runs = Number(process.argv[2] ?? 20);
const post = 'Grattis Lisa Berg 811218-9876';

let app: RunningApp | undefined;
const url = process.env.BENCH_URL ?? (app = await startApp()).url;
const browser = await launchBrowser();

try {
  const page = await newPage(browser, { width: 1280, height: 800 });
  await page.goto(`${url}/`);
  await page.locator('.cm-content').waitFor();
  await page.evaluate(() => {
    const state = window as unknown as { lastKeydown: number; underlineAt: number; paintedAt: number };
    document.addEventListener('keydown', () => (state.lastKeydown = performance.now()), true);
    new MutationObserver(() => {
      if (state.underlineAt === 0 && document.querySelector('.cm-finding-error')) {
        state.underlineAt = performance.now();
        requestAnimationFrame(() => (state.paintedAt = performance.now()));
      }
    }).observe(document.querySelector('.cm-content')!, { childList: true, subtree: true, attributes: true });
  });

  const inDom: number[] = [];
  const painted: number[] = [];
  for (let run = 0; run <= runs; run++) {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    // Let the empty text's answer arrive, so every run starts from a clean editor.
    await page.waitForFunction(() => !document.querySelector('.cm-finding'));
    await page.waitForTimeout(600);
    await page.evaluate(() => Object.assign(window, { underlineAt: 0, paintedAt: 0 }));
    await page.keyboard.type(post, { delay: 30 });
    await page.waitForFunction(() => (window as unknown as { paintedAt: number }).paintedAt > 0, undefined, { timeout: 10_000 });
    const times = await page.evaluate(() => {
      const { lastKeydown, underlineAt, paintedAt } = window as unknown as { lastKeydown: number; underlineAt: number; paintedAt: number };
      return { lastKeydown, underlineAt, paintedAt };
    });
    if (run === 0) continue; // warm-up
    inDom.push(times.underlineAt - times.lastKeydown);
    painted.push(times.paintedAt - times.lastKeydown);
  }

  const percentile = (values: number[], p: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  };
  const line = (label: string, values: number[]) =>
    `${label.padEnd(24)} median ${percentile(values, 50).toFixed(0).padStart(4)} ms   p95 ${percentile(values, 95).toFixed(0).padStart(4)} ms   min ${Math.min(...values).toFixed(0).padStart(4)} ms   max ${Math.max(...values).toFixed(0).padStart(4)} ms`;
  console.log(`Keystroke to underline, ${runs} runs (250 ms debounce included; target ≤ 300 ms):`);
  console.log(line('underline in the DOM', inDom));
  console.log(line('next frame painted', painted));
} finally {
  await browser.close();
  await app?.stop();
}
