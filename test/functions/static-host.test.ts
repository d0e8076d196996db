/**
 * The sample static-host configurations (docs/static-host) give functions.json what Excel on
 * the web needs to read it from another origin (CORS, as Microsoft's publishing guide sets
 * it: every origin, GET) and serve .json as JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const DOCS = join(__dirname, '..', '..', 'docs', 'static-host');
const read = (name: string) => readFileSync(join(DOCS, name), 'utf8');

test('IIS (web.config): application/json, and CORS on functions.json', () => {
  const config = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
    read('web.config'),
  ) as {
    configuration: {
      'system.webServer': { staticContent: { mimeMap: Record<string, string> } };
      location: {
        '@path': string;
        'system.webServer': {
          httpProtocol: { customHeaders: { add: Record<string, string>[] } };
        };
      };
    };
  };
  const { configuration } = config;
  expect(configuration['system.webServer'].staticContent.mimeMap).toEqual({
    '@fileExtension': '.json',
    '@mimeType': 'application/json',
  });
  expect(configuration.location['@path']).toBe('functions.json');
  expect(configuration.location['system.webServer'].httpProtocol.customHeaders.add).toContainEqual({
    '@name': 'Access-Control-Allow-Origin',
    '@value': '*',
  });
});

test('Azure Static Web Apps: the same', () => {
  const config = JSON.parse(read('staticwebapp.config.json')) as {
    routes: { route: string; headers: Record<string, string> }[];
    mimeTypes: Record<string, string>;
  };
  const route = config.routes.find((r) => r.route === '/functions.json');
  expect(route?.headers['Access-Control-Allow-Origin']).toBe('*');
  expect(config.mimeTypes['.json']).toBe('application/json');
});

test('nginx: the same, and no Cache-Control for the icons', () => {
  const conf = read('nginx.conf');
  expect(conf).toMatch(
    /location = \/cal-register\/functions\.json \{[^}]*add_header Access-Control-Allow-Origin "\*" always;/,
  );
  expect(conf).toMatch(/application\/json json;/);
  expect(conf).not.toMatch(/add_header Cache-Control/);
});
