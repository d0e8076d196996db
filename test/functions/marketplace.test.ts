/**
 * The Marketplace (AppSource) validation rules that can be checked offline, on the manifest
 * the production build writes: the element order and types of Microsoft's manifest schema,
 * icons of the required sizes, HTTPS everywhere, a SupportUrl. `npm run validate` asks
 * Microsoft's online validator for the rest.
 *
 * Microsoft publishes the manifest schema only inside the [MS-OWEMXML] specification (its
 * PDF); no package or repository available to this build carries the XSD files, so the
 * schema's rules that apply to this add-in are written out here from the specification's
 * sections (2.2 complex types, 2.3 simple types) and Microsoft's manifest reference.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require('../../scripts/addin-build') as {
  buildManifest: (
    xml: string,
    options: { url: string; version: string; production: boolean },
  ) => string;
};

const ROOT = join(__dirname, '..', '..');
const URL_BASE = 'https://addins.contoso.com/cal-register/';
const xml = build.buildManifest(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'), {
  url: URL_BASE,
  version: '1.0.0.1',
  production: true,
});

type Ordered = Record<string, unknown>[];
const ordered = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  preserveOrder: true,
  removeNSPrefix: true,
}).parse(xml) as Ordered;

/** The child elements of an ordered node, by name, in document order (comments left out). */
function children(node: unknown): { name: string; node: Ordered }[] {
  return ((node as Ordered) ?? [])
    .map((entry) => {
      const name = Object.keys(entry).find((k) => k !== ':@' && k !== '#comment' && k !== '#text');
      return name ? { name, node: entry[name] as Ordered } : undefined;
    })
    .filter((c): c is { name: string; node: Ordered } => c !== undefined);
}

const officeApp = children(ordered).find((c) => c.name === 'OfficeApp');
if (!officeApp) throw new Error('manifest.xml has no OfficeApp');

/** The value of an element's text or DefaultValue attribute. */
function attributes(parent: Ordered, name: string): Record<string, string>[] {
  return parent
    .filter((entry) => name in entry)
    .map((entry) => (entry[':@'] ?? {}) as Record<string, string>);
}

function text(parent: Ordered, name: string): string | undefined {
  const found = children(parent).find((c) => c.name === name);
  const value = (found?.node[0] as { '#text'?: unknown } | undefined)?.['#text'];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

test('OfficeApp (TaskPaneApp): the schema order of its elements, and those it must have', () => {
  // [MS-OWEMXML] 2.2: OfficeApp's sequence, then TaskPaneApp's extension.
  const order = [
    'Id',
    'AlternateId',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'IconUrl',
    'HighResolutionIconUrl',
    'SupportUrl',
    'AppDomains',
    'Hosts',
    'Requirements',
    'DefaultSettings',
    'Permissions',
    'AllowSnapshot',
    'Dictionary',
    'VersionOverrides',
  ];
  const names = children(officeApp.node).map((c) => c.name);
  const positions = names.map((n) => order.indexOf(n));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  for (const required of [
    'Id',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'DefaultSettings',
    'Permissions',
  ])
    expect(names).toContain(required);
  // Required for AppSource (Microsoft's manifest reference for IconUrl and HighResolutionIconUrl).
  expect(names).toEqual(expect.arrayContaining(['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']));
});

test('simple types: a GUID, a four-part version, a culture name, short and long strings', () => {
  const node = officeApp.node;
  expect(text(node, 'Id')).toMatch(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i);
  // ST_Version: up to four numbers of at most five digits.
  expect(text(node, 'Version')).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
  expect(text(node, 'DefaultLocale')).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);
  expect(text(node, 'Permissions')).toMatch(
    /^(Restricted|ReadDocument|ReadAllDocument|WriteDocument|ReadWriteDocument)$/,
  );
  // ShortString: 125 characters at most; LongString: 250.
  expect((text(node, 'ProviderName') ?? '').length).toBeLessThanOrEqual(125);
  expect(attributes(node, 'DisplayName')[0]['@DefaultValue'].length).toBeLessThanOrEqual(125);
  expect(attributes(node, 'Description')[0]['@DefaultValue'].length).toBeLessThanOrEqual(250);
  for (const m of xml.matchAll(/<bt:ShortStrings>([\s\S]*?)<\/bt:ShortStrings>/g))
    for (const s of m[1].matchAll(/DefaultValue="([^"]*)"/g))
      expect(s[1].length).toBeLessThanOrEqual(125);
  for (const m of xml.matchAll(/<bt:LongStrings>([\s\S]*?)<\/bt:LongStrings>/g))
    for (const s of m[1].matchAll(/DefaultValue="([^"]*)"/g))
      expect(s[1].length).toBeLessThanOrEqual(250);
});

test('VersionOverrides 1.0 for a task pane add-in, hosts of the Workbook type', () => {
  expect(xml).toMatch(
    /<VersionOverrides xmlns="http:\/\/schemas\.microsoft\.com\/office\/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">/,
  );
  const hosts = [...xml.matchAll(/<Host (?:Name|xsi:type)="([^"]+)"/g)].map((m) => m[1]);
  expect(new Set(hosts)).toEqual(new Set(['Workbook']));
});

/** Width and height of a PNG file (its IHDR chunk). */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function localFile(url: string): string {
  expect(url.startsWith(URL_BASE)).toBe(true);
  return join(ROOT, url.slice(URL_BASE.length));
}

test('icons: PNG files of the sizes Microsoft requires', () => {
  // IconUrl 32 x 32 and HighResolutionIconUrl 64 x 64 for a task pane add-in; ribbon icons
  // 16, 32 and 80 (Microsoft's manifest reference: IconUrl, HighResolutionIconUrl, Image).
  const icon = attributes(officeApp.node, 'IconUrl')[0]['@DefaultValue'];
  const high = attributes(officeApp.node, 'HighResolutionIconUrl')[0]['@DefaultValue'];
  expect(pngSize(localFile(icon))).toEqual([32, 32]);
  expect(pngSize(localFile(high))).toEqual([64, 64]);
  const images = [...xml.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"/g)];
  const sizes = new Map<string, number>();
  for (const m of xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g))
    sizes.set(m[2], Number(m[1]));
  expect([...new Set(sizes.values())].sort((a, b) => a - b)).toEqual([16, 32, 80]);
  for (const [, id, url] of images) {
    const size = sizes.get(id);
    if (size === undefined) continue;
    expect(pngSize(localFile(url))).toEqual([size, size]);
    expect(url).not.toMatch(/\.ico$/i);
  }
});

test('every URL is HTTPS on the address the add-in is published at; a SupportUrl it serves', () => {
  const urls = [...xml.matchAll(/(?:DefaultValue|Url)="(https?:[^"]+)"/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) {
    expect(url.startsWith('https://')).toBe(true);
    expect(url).not.toMatch(/localhost/);
  }
  const support = attributes(officeApp.node, 'SupportUrl')[0]['@DefaultValue'];
  expect(support).toBe(`${URL_BASE}support.html`);
  expect(existsSync(join(ROOT, 'src', 'taskpane', 'support.html'))).toBe(true);
});
