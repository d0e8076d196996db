'use strict';
// What the add-in build adds to webpack's output: the finished functions.json and the
// manifest for where the add-in is served. Used by webpack.config.js and by the tests.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { URL } = require('url');

const DEV_URL = 'https://localhost:3000/';
/** The development manifest's Id (manifest.xml): sideloaded by npm start. */
const DEV_ID = '1d313968-1a8b-4515-b024-1bdbd6378e78';
/**
 * The production manifest's Id: another add-in for Office, so a sideloaded development copy
 * and the centrally deployed add-in can be installed side by side. ADDIN_ID overrides it.
 */
const PROD_ID = 'a44ac62e-1815-41c0-be6a-4e7d4f9eeaab';
/** Where the build records the metadata the manifest Version was last raised for. */
const VERSION_RECORD = path.join(__dirname, '..', 'manifest-version.json');

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The address the add-in is served from, with its trailing slash: ADDIN_URL, else the
 * development server. Without ADDIN_URL a production build says loudly that its manifest
 * points at localhost; an address that is not HTTPS is refused (Office loads add-ins over
 * HTTPS only).
 */
function addinUrl(env = process.env, production = true) {
  const given = (env.ADDIN_URL ?? '').trim();
  if (given === '') {
    return {
      url: DEV_URL,
      warning: production
        ? [
            '',
            '  ***********************************************************************',
            '  *  ADDIN_URL is not set: dist/addin/manifest.xml points at            *',
            '  *  https://localhost:3000/ and works only on this machine.           *',
            '  *  For central deployment build with the address you publish at:     *',
            '  *    ADDIN_URL=https://addins.contoso.com/cal-register/ npm run build *',
            '  ***********************************************************************',
            '',
          ].join('\n')
        : undefined,
    };
  }
  let parsed;
  try {
    parsed = new URL(given);
  } catch {
    throw new Error(
      `ADDIN_URL "${given}" is not an address: give e.g. https://addins.contoso.com/cal-register/`,
    );
  }
  if (parsed.protocol !== 'https:')
    throw new Error(`ADDIN_URL "${given}" is not HTTPS: Office loads add-ins over HTTPS only.`);
  if (parsed.search !== '' || parsed.hash !== '')
    throw new Error(
      `ADDIN_URL "${given}" has a query or fragment: give the folder's address only.`,
    );
  const url = parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
  return { url };
}

/**
 * functions.json as the build ships it: the generated metadata, plus what the generator
 * cannot write. `allowErrorForDataTypeAny` lets an error cell reach a function's `any`
 * parameters (one #N/A in Assignments[#All] no longer turns the whole formula into #N/A);
 * it is a top-level property that only hand-written metadata can carry (Microsoft,
 * "Manually create JSON metadata for custom functions").
 */
function finishMetadata(metadataJson) {
  const metadata = JSON.parse(metadataJson);
  return `${JSON.stringify({ allowErrorForDataTypeAny: true, ...metadata }, null, 2)}\n`;
}

function sha256(text) {
  return crypto.createHash('sha256').update(text).digest('hex');
}

/**
 * The manifest Version for these function metadata: package.json's version plus a revision
 * raised whenever the metadata change, because Excel caches custom function metadata per
 * add-in version. The revision and the metadata it stands for are recorded in
 * manifest-version.json; a build that meets new metadata raises the revision and (with
 * `record`) writes the file, to be committed.
 */
function manifestVersion(
  packageVersion,
  metadataJson,
  { record = false, file = VERSION_RECORD } = {},
) {
  const [major = 0, minor = 0, patch = 0] = packageVersion.split(/[.-]/).map(Number);
  const hash = sha256(metadataJson);
  const known = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : { revision: 0 };
  let revision = Number(known.revision) || 0;
  let raised = false;
  if (known.functionsSha256 !== hash) {
    revision += 1;
    raised = true;
    if (record)
      fs.writeFileSync(file, `${JSON.stringify({ revision, functionsSha256: hash }, null, 2)}\n`);
  }
  return { version: `${major}.${minor}.${patch}.${revision}`, raised };
}

/**
 * The manifest for an address: every URL of the development server rewritten, the Version
 * stamped and, for production, the production Id.
 */
function buildManifest(xml, { url, version, production, id }) {
  let out = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
  if (!production) return out;
  const prodId = id ?? PROD_ID;
  if (!GUID.test(prodId)) throw new Error(`ADDIN_ID "${prodId}" is not a GUID.`);
  out = out.replace(`<Id>${DEV_ID}</Id>`, `<Id>${prodId}</Id>`);
  return out.split(DEV_URL).join(url);
}

module.exports = {
  DEV_URL,
  DEV_ID,
  PROD_ID,
  VERSION_RECORD,
  addinUrl,
  finishMetadata,
  manifestVersion,
  buildManifest,
  sha256,
};
