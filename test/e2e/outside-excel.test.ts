/**
 * The built pane outside Office (real office.js: Office.onReady gives no host) says where it
 * runs, and makes no network request beyond Office.js itself.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { launch, openPane, REAL_OFFICE_JS, requireBuild, screenshot, serve } from './harness';

let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  requireBuild();
  ({ server, url } = await serve());
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

test('outside Excel: a message that says where CAL Register runs', async () => {
  const { page, offline } = await openPane(browser, url, readFileSync(REAL_OFFICE_JS, 'utf8'));
  await page.getByText('CAL Register runs inside Excel').waitFor({ timeout: 30_000 });
  await screenshot(page, 'outside-excel');
  // office.js may try its own helpers; the pane itself asks for nothing else.
  expect(offline.filter((u) => !u.startsWith('https://appsforoffice.microsoft.com/'))).toEqual([]);
});
