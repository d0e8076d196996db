/**
 * `npm install` must work on a machine with only Node: no package that compiles native code
 * against system libraries (a binding.gyp that asks pkg-config, or links -l libraries, as
 * keytar does for libsecret) may be a required dependency. Such a package may only be
 * reachable through optional dependencies, which npm leaves out when their build fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

interface LockEntry {
  readonly version?: string;
  readonly hasInstallScript?: boolean;
  readonly optional?: boolean;
  readonly dev?: boolean;
}

interface Lock {
  readonly packages: Readonly<Record<string, LockEntry>>;
}

/** Why a package's native build needs system libraries, or undefined when it does not. */
function systemLibraries(gyp: string): string | undefined {
  const pkgConfig = /pkg-config[^)'"]*?\s([a-z0-9_.+-]+)\s*\)/i.exec(gyp);
  if (pkgConfig) return `pkg-config ${pkgConfig[1]}`;
  const linked = /['"]-l([a-z0-9_.+-]+)['"]/i.exec(gyp);
  return linked ? `-l${linked[1]}` : undefined;
}

/**
 * The required (not optional) packages of a lock whose install script builds native code
 * against system libraries. `gypOf` gives a package's binding.gyp, when it has one.
 */
export function requiredNativeBuilds(
  lock: Lock,
  gypOf: (path: string) => string | undefined,
): string[] {
  const found: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || !entry.hasInstallScript || entry.optional === true) continue;
    const gyp = gypOf(path);
    const why = gyp === undefined ? undefined : systemLibraries(gyp);
    if (why)
      found.push(`${path.replace(/^.*node_modules\//, '')}@${entry.version ?? '?'} (${why})`);
  }
  return found;
}

function installedGyp(path: string): string | undefined {
  const file = join(ROOT, path, 'binding.gyp');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lock;

test('no required dependency builds native code against system libraries', () => {
  expect(requiredNativeBuilds(lock, installedGyp)).toEqual([]);
});

test('the sideloading tool, whose keytar builds against libsecret, is optional', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    optionalDependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  expect(pkg.optionalDependencies).toHaveProperty('office-addin-debugging');
  expect(pkg.devDependencies).not.toHaveProperty('office-addin-debugging');
  expect(lock.packages['node_modules/keytar']).toMatchObject({ optional: true });
});

test('the check fails on a lock where keytar is required', () => {
  const keytarGyp = "'libraries': ['<!(pkg-config --libs-only-l libsecret-1)']";
  const required: Lock = {
    packages: {
      '': {},
      'node_modules/keytar': { version: '7.9.0', hasInstallScript: true, dev: true },
      'node_modules/pure-js': { version: '1.0.0', hasInstallScript: true, dev: true },
    },
  };
  const gyp = (path: string) => (path.endsWith('keytar') ? keytarGyp : undefined);
  expect(requiredNativeBuilds(required, gyp)).toEqual(['keytar@7.9.0 (pkg-config libsecret-1)']);
  const optional: Lock = {
    packages: {
      ...required.packages,
      'node_modules/keytar': { hasInstallScript: true, optional: true },
    },
  };
  expect(requiredNativeBuilds(optional, gyp)).toEqual([]);
});

test('a build that needs only a compiler (no system library) is allowed', () => {
  // @parcel/watcher (through Jest) builds from source only where no prebuilt binary exists,
  // and links no library on Linux: a macOS framework is not a -l library.
  const gyp =
    '"conditions": [[\'OS=="mac"\', {"link_settings": {"libraries": ["CoreServices.framework"]}}]]';
  expect(systemLibraries(gyp)).toBeUndefined();
  expect(systemLibraries("'libraries': ['-lsecret-1']")).toBe('-lsecret-1');
});
