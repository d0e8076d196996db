/**
 * What the build does to ship the add-in (scripts/addin-build.js, used by webpack.config.js):
 * the address it is served from, the production manifest's own Id, and a manifest Version
 * raised whenever the function metadata change.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require('../../scripts/addin-build') as {
  DEV_ID: string;
  PROD_ID: string;
  addinUrl: (
    env: Record<string, string | undefined>,
    production?: boolean,
  ) => { url: string; warning?: string };
  buildManifest: (
    xml: string,
    options: { url: string; version: string; production: boolean; id?: string },
  ) => string;
  manifestVersion: (
    packageVersion: string,
    metadataJson: string,
    options?: { record?: boolean; file?: string },
  ) => { version: string; raised: boolean };
};

const MANIFEST = readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8');

describe('ADDIN_URL', () => {
  test('unset: the development server, and a production build says so loudly', () => {
    const production = build.addinUrl({}, true);
    expect(production.url).toBe('https://localhost:3000/');
    expect(production.warning).toMatch(/ADDIN_URL is not set/);
    expect(production.warning).toMatch(/works only on this machine/);
    expect(build.addinUrl({}, false).warning).toBeUndefined();
  });

  test('without a trailing slash it is completed, so no URL runs into the next', () => {
    expect(build.addinUrl({ ADDIN_URL: 'https://addins.contoso.com/cal-register' }).url).toBe(
      'https://addins.contoso.com/cal-register/',
    );
    const xml = build.buildManifest(MANIFEST, {
      url: build.addinUrl({ ADDIN_URL: 'https://addins.contoso.com/cal-register' }).url,
      version: '0.1.0.1',
      production: true,
    });
    expect(xml).toContain('https://addins.contoso.com/cal-register/assets/icon-32.png');
    expect(xml).not.toMatch(/cal-registerassets|localhost/);
  });

  test('not HTTPS, or not an address: refused, saying why', () => {
    expect(() => build.addinUrl({ ADDIN_URL: 'http://addins.contoso.com/' })).toThrow(/not HTTPS/);
    expect(() => build.addinUrl({ ADDIN_URL: 'addins.contoso.com' })).toThrow(/not an address/);
  });
});

test('the production manifest has its own Id: both it and the development one can be installed', () => {
  const prod = build.buildManifest(MANIFEST, {
    url: 'https://addins.contoso.com/cal-register/',
    version: '0.1.0.3',
    production: true,
  });
  const dev = build.buildManifest(MANIFEST, {
    url: 'https://localhost:3000/',
    version: '0.1.0.3',
    production: false,
  });
  const id = (xml: string) => /<Id>([^<]+)<\/Id>/.exec(xml)?.[1];
  expect(id(dev)).toBe(build.DEV_ID);
  expect(id(prod)).toBe(build.PROD_ID);
  expect(build.PROD_ID).not.toBe(build.DEV_ID);
  expect(/<Version>([^<]+)<\/Version>/.exec(prod)?.[1]).toBe('0.1.0.3');
  expect(() =>
    build.buildManifest(MANIFEST, {
      url: 'https://a/',
      version: '1.0.0.0',
      production: true,
      id: 'x',
    }),
  ).toThrow(/not a GUID/);
});

test('the manifest Version is raised when the function metadata change, and only then', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cal-version-'));
  try {
    const file = join(dir, 'manifest-version.json');
    const first = build.manifestVersion('0.1.0', '{"functions":[]}', { record: true, file });
    expect(first).toEqual({ version: '0.1.0.1', raised: true });
    expect(build.manifestVersion('0.1.0', '{"functions":[]}', { record: true, file })).toEqual({
      version: '0.1.0.1',
      raised: false,
    });
    const changed = build.manifestVersion('0.1.0', '{"functions":[1]}', { record: true, file });
    expect(changed).toEqual({ version: '0.1.0.2', raised: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
