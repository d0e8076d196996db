/**
 * A structural check of manifest.xml (the online validator cannot run here): the CAL
 * namespace, the shared runtime, permissions, icons, and URLs that match what webpack builds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const ROOT = join(__dirname, '..', '..');
type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  isArray: (name) =>
    ['Url', 'Image', 'String', 'Set', 'Runtime', 'ExtensionPoint', 'Host'].includes(name),
});
const manifest = (
  parser.parse(readFileSync(join(ROOT, 'manifest.xml'), 'utf8')) as { OfficeApp: Node }
).OfficeApp;
const overrides = manifest.VersionOverrides as Node;
const resources = overrides.Resources as Node;
const host = ((overrides.Hosts as Node).Host as Node[])[0];

function resource(kind: 'Urls' | 'Images' | 'ShortStrings' | 'LongStrings', id: string): string {
  const group = resources[kind] as Node;
  const items =
    (group[kind === 'Urls' ? 'Url' : kind === 'Images' ? 'Image' : 'String'] as Node[]) ?? [];
  const found = items.find((item) => item['@id'] === id);
  if (!found) throw new Error(`manifest has no ${kind} resource "${id}"`);
  return found['@DefaultValue'] as string;
}

test('a task pane add-in for Excel with an id, version and read-write permission', () => {
  expect(manifest['@type']).toBe('TaskPaneApp');
  expect(manifest.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(manifest.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(((manifest.Hosts as Node).Host as Node[]).map((h) => h['@Name'])).toEqual(['Workbook']);
  expect(manifest.Permissions).toBe('ReadWriteDocument');
});

test('a shared runtime: SharedRuntime 1.1, one long-lived runtime on the task pane page', () => {
  const sets = ((manifest.Requirements as Node).Sets as Node).Set as Node[];
  expect(sets).toContainEqual({ '@Name': 'SharedRuntime', '@MinVersion': '1.1' });
  // Worksheet custom properties (the add-in's own audit sheet) and screen-update suspension.
  expect(sets).toContainEqual({ '@Name': 'ExcelApi', '@MinVersion': '1.12' });
  const runtimes = (host.Runtimes as Node).Runtime as Node[];
  expect(runtimes).toEqual([{ '@resid': 'Taskpane.Url', '@lifetime': 'long' }]);
  const desktop = host.DesktopFormFactor as Node;
  expect((desktop.FunctionFile as Node)['@resid']).toBe('Taskpane.Url');
});

test('custom functions under the CAL namespace, hosted on the same page', () => {
  const point = ((host.AllFormFactors as Node).ExtensionPoint as Node[]).find(
    (p) => p['@type'] === 'CustomFunctions',
  ) as Node;
  expect(point).toBeDefined();
  expect(resource('ShortStrings', (point.Namespace as Node)['@resid'] as string)).toBe('CAL');
  expect(((point.Page as Node).SourceLocation as Node)['@resid']).toBe('Taskpane.Url');
  expect(
    resource('Urls', ((point.Script as Node).SourceLocation as Node)['@resid'] as string),
  ).toMatch(/\/functions\.js$/);
  expect(
    resource('Urls', ((point.Metadata as Node).SourceLocation as Node)['@resid'] as string),
  ).toMatch(/\/functions\.json$/);
});

test('a ribbon button opens the task pane', () => {
  const surface = ((host.DesktopFormFactor as Node).ExtensionPoint as Node[]).find(
    (p) => p['@type'] === 'PrimaryCommandSurface',
  ) as Node;
  const control = ((surface.OfficeTab as Node).Group as Node).Control as Node;
  expect(control['@type']).toBe('Button');
  const action = control.Action as Node;
  expect(action['@type']).toBe('ShowTaskpane');
  expect((action.SourceLocation as Node)['@resid']).toBe('Taskpane.Url');
});

test('every URL is on the same origin and names a file that webpack builds or copies', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(join(ROOT, 'webpack.config.js')) as (
    env: object,
    argv: object,
  ) => Promise<Node>;
  const config = await factory({}, { mode: 'production' });
  const entries = Object.keys(config.entry as Node).map((name) => `${name}.js`);
  const plugins = config.plugins as { options?: Node; userOptions?: Node; patterns?: Node[] }[];
  const pages = plugins
    .map((p) => p.userOptions?.filename)
    .filter((f): f is string => typeof f === 'string');
  const metadata = plugins
    .map((p) => p.options?.output)
    .filter((f): f is string => typeof f === 'string');
  const built = new Set([...entries, ...pages, ...metadata]);
  const urls = ((resources.Urls as Node).Url as Node[]).map((u) => u['@DefaultValue'] as string);
  const images = ((resources.Images as Node).Image as Node[]).map(
    (u) => u['@DefaultValue'] as string,
  );
  for (const url of [...urls, ...images, (manifest.IconUrl as Node)['@DefaultValue'] as string]) {
    expect(url.startsWith('https://localhost:3000/')).toBe(true);
    const file = url.slice('https://localhost:3000/'.length);
    if (file.startsWith('assets/')) expect(existsSync(join(ROOT, file))).toBe(true);
    else expect(built.has(file)).toBe(true);
  }
  expect(resource('Urls', 'Taskpane.Url')).toBe('https://localhost:3000/taskpane.html');
});

test('every resid the manifest uses is defined', () => {
  const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  const used = new Set([...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
  const defined = new Set(
    [...xml.matchAll(/<bt:(?:Url|Image|String) id="([^"]+)"/g)].map((m) => m[1]),
  );
  for (const id of used) expect(defined.has(id)).toBe(true);
  for (const id of used) expect(id.length).toBeLessThanOrEqual(32);
});

test('one task pane for the long-lived shared runtime: its ShowTaskpane names a TaskpaneId and the runtime page', () => {
  // Microsoft, "Configure your Office Add-in to use a shared runtime": a shared runtime
  // supports one task pane, and a task pane without a TaskpaneId counts as another one.
  const runtimes = (host.Runtimes as Node).Runtime as Node[];
  const long = runtimes.filter((r) => r['@lifetime'] === 'long').map((r) => r['@resid']);
  expect(long).toEqual(['Taskpane.Url']);
  const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  const actions = [...xml.matchAll(/<Action xsi:type="ShowTaskpane">([\s\S]*?)<\/Action>/g)].map(
    (m) => m[1],
  );
  expect(actions.length).toBeGreaterThan(0);
  for (const action of actions) {
    expect(action).toMatch(/<TaskpaneId>[^<]+<\/TaskpaneId>/);
    expect(action).toMatch(/<SourceLocation resid="Taskpane.Url" \/>/);
  }
});
