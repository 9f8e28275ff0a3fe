// Temporary: before/after screenshots (not committed).
import { startApp } from '../support/app-process.ts';
import { launchBrowser, newPage } from '../support/browser.ts';
const prefix = process.argv[2] ?? 'before';
const dir = process.argv[3] ?? '/tmp/uxwork';
const app = await startApp();
const browser = await launchBrowser();
try {
  const page = await newPage(browser, { width: 1280, height: 900 });
  await page.goto(`${app.url}/`);
  await page.locator('.chip[data-channel="instagram"]').waitFor();
  await page.getByRole('textbox', { name: 'Inlägg' }).click();
  await page.keyboard.insertText('Välkomen till öppet hus på biblioteket på lördag! 𝗩𝗜𝗞𝗧𝗜𝗚𝗧: fika för alla. Frågor? Ring Anna, 811218-9876.');
  await page.locator('.cm-finding-error').first().waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${dir}/${prefix}-editor.png` });
  await page.locator('.cm-finding-error').first().hover();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${dir}/${prefix}-editor-card.png` });
  await page.getByRole('button', { name: 'Skicka för granskning' }).click();
  await page.getByLabel('Ditt namn').fill('Sara Skribent');
  await page.getByRole('button', { name: 'Skapa länkarna' }).click();
  const link = await page.getByRole('textbox', { name: 'Länk för granskaren' }).inputValue();
  const reviewer = await newPage(browser, { width: 1280, height: 900 });
  await reviewer.goto(link);
  await reviewer.getByRole('heading', { name: 'Granskning av utkast' }).waitFor();
  await reviewer.waitForTimeout(1500);
  await reviewer.screenshot({ path: `${dir}/${prefix}-review.png`, fullPage: true });
} finally {
  await browser.close();
  await app.stop();
}
