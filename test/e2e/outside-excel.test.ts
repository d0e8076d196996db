/**
 * The built pane outside Office (real office.js: Office.onReady gives no host) says where it
 * runs, and makes no network request beyond Office.js itself.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import {
  ADDIN,
  launch,
  openPane,
  REAL_OFFICE_JS,
  requireBuild,
  screenshot,
  serve,
} from './harness';

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

test('the page allows no network beyond Office.js and its host-trust frame: its Content-Security-Policy', () => {
  const html = readFileSync(join(ADDIN, 'taskpane.html'), 'utf8');
  const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html)?.[1] ?? '';
  const directives = Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
  // Office.js's CDN, by its old domain and its new one (Microsoft, "Referencing the Office
  // JavaScript API library": officeapis.public.onecdn.static.microsoft).
  const officeJs = [
    'https://appsforoffice.microsoft.com',
    'https://officeapis.public.onecdn.static.microsoft',
  ];
  expect(directives['default-src']).toEqual(["'self'"]);
  expect(directives['script-src']).toEqual(["'self'", ...officeJs]);
  expect(directives['connect-src']).toEqual(["'none'"]);
  expect(directives['font-src']).toEqual(["'self'"]);
  // Only Office.js's own frame: on the web it checks the host in a hidden frame it loads from
  // its CDN (office.js: AgaveErrorUX/index.html under its base path).
  expect(directives['frame-src']).toEqual(officeJs);
  // Every script the page loads is the add-in's own or Office.js.
  const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
  expect(scripts.filter((src) => /^https?:/.test(src))).toEqual([
    'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
  ]);
});
