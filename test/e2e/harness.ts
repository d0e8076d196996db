/**
 * End-to-end harness: serves the built add-in (dist/addin) on loopback and drives it in the
 * machine's Chromium with playwright-core. The Office.js CDN URL is routed to a local file:
 * the real office.js (outside Office) or the fake Excel host (test/e2e/fake-office.ts).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = join(__dirname, '..', '..');
export const ADDIN = join(ROOT, 'dist', 'addin');
/**
 * Where screenshots go: the README's docs/screenshots when asked for
 * (`npm run screenshots`), else out/screenshots, so a test run leaves the checkout as it was.
 */
export const SCREENSHOTS =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? join(ROOT, 'docs', 'screenshots')
    : join(ROOT, 'out', 'screenshots');
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const OFFICE_DIST = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
export const REAL_OFFICE_JS = join(OFFICE_DIST, 'office.js');
const CDN_FOLDER = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

export function requireBuild(): void {
  if (!existsSync(join(ADDIN, 'taskpane.html'))) {
    throw new Error('dist/addin is missing: npm test builds it first (npm run build:addin)');
  }
}

export async function serve(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent((request.url ?? '/').split('?')[0])).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(ADDIN, path === '/' ? 'taskpane.html' : path);
    if (!file.startsWith(ADDIN) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/taskpane.html` };
}

/** Headless Chromium with no network of its own; playwright gives it a fresh profile each time. */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A 320 px wide pane, as Excel opens it. Any request off loopback fails the test. */
export async function openPane(
  browser: Browser,
  url: string,
  officeJs: string,
  init?: string,
): Promise<{ page: Page; offline: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 320, height: 900 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const offline: string[] = [];
  await page.route('**/*', async (route) => {
    const requested = route.request().url();
    if (requested === OFFICE_CDN)
      return route.fulfill({ contentType: 'text/javascript', body: officeJs });
    // The rest of Office.js's own files (mapping table, locale strings) from its npm package.
    if (requested.startsWith(CDN_FOLDER)) {
      const file = normalize(join(OFFICE_DIST, requested.slice(CDN_FOLDER.length).split('?')[0]));
      if (file.startsWith(OFFICE_DIST) && existsSync(file)) {
        return route.fulfill({
          contentType: TYPES[extname(file)] ?? 'text/javascript',
          body: readFileSync(file),
        });
      }
    }
    if (requested.startsWith('http://127.0.0.1')) return route.continue();
    offline.push(requested);
    return route.abort();
  });
  if (init) await page.addInitScript(init);
  await page.goto(url);
  return { page, offline };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
