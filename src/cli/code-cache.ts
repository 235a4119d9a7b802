import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import * as zlib from 'node:zlib';

/**
 * Runs the bundled CLI (dist/bundle/, made by scripts/bundle.mjs) and keeps V8's compiled code for
 * it between runs. Node 20 has no compile cache of its own (module.enableCompileCache came in
 * 22.1; bin/samverkan turns it on where it exists), but a vm.Script takes the code V8 made last
 * time as `cachedData` and skips compiling what it holds.
 *
 * The cache may help; it must never hurt. One that is missing, unreadable, corrupt, made by
 * another Node or another build, or not safely ours is ignored (and replaced where we may write),
 * and one that cannot be written is not written. V8 checks little of what it is given (the
 * source's length, its own version and flags), and cached code is code it runs: so a cache is read
 * only from a folder and a file that belong to the user running us and that no one else may write
 * (the defence against a hostile cache), only if it names this very build of the bundle, and only
 * if its checksum holds (the defence against a torn or damaged one).
 */

/** Packages the bundle asks for by name that scripts/bundle.mjs put in files of their own. */
const CHUNKS: Readonly<Record<string, string>> = { yaml: 'yaml.cjs', handlebars: 'handlebars.cjs' };
const MAGIC = 'samverkan code cache 1';
/** The first line of a bundled file names its build: `// samverkan build <sha-256 of the rest>`. */
const BUILD_LINE = /^\/\/ samverkan build ([0-9a-f]{64})\n/;
/** Far above any real cache (a few MB): a bigger file is not one of ours. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;
/** zlib.crc32 came in Node 20.15; without it (older 20.x) there is no cheap checksum, and no cache. */
const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

export interface CacheOptions {
  /** The environment, for where caches live (XDG_CACHE_HOME, LOCALAPPDATA). */
  env: NodeJS.ProcessEnv;
  /** Which cache of the file to use (cacheVariant): each holds what the run that wrote it compiled. Default: `other`. */
  variant?: string;
  /** The folder for the cache files; undefined: none. Default: the platform's cache folder (cacheFolder). */
  folder?: string | undefined;
}

/** Requires a bundled file through the code cache; its `require` finds the other bundled files. */
export function requireBundled(url: URL | string, options: CacheOptions): unknown {
  const file = url instanceof URL ? fileURLToPath(url) : url;
  const folder = 'folder' in options ? options.folder : cacheFolder(options.env);
  const store = folder === undefined || crc32 === undefined ? undefined : ownFolder(folder);
  const nodeRequire = createRequire(file);
  const loaded = new Map<string, { exports: unknown }>();
  const load = (path: string): unknown => {
    const known = loaded.get(path);
    if (known) return known.exports;
    const module = { exports: {} as unknown };
    loaded.set(path, module);
    const cacheFile = store === undefined ? undefined : join(store, `${basename(path)}-${options.variant ?? 'other'}-${process.version}-${process.arch}.cache`);
    const wrapper = compile(path, readFileSync(path, 'utf8'), cacheFile).runInThisContext() as (...args: unknown[]) => void;
    const require = (id: string) => {
      const chunk = CHUNKS[id];
      return chunk === undefined ? nodeRequire(id) : load(join(dirname(file), chunk));
    };
    wrapper.call(module.exports, module.exports, require, module, path, dirname(path));
    return module.exports;
  };
  return load(file);
}

/** Commands people run again and again, each with a cache of its own; the rest share one. */
const CACHED_COMMANDS = ['validate', 'status', 'deadlines', 'report'];

/**
 * Which cache a run uses: V8 caches the functions the run that wrote it had compiled, so a cache
 * written by `--version` would hold little of what `validate` runs. A few caches, not one per
 * word typed.
 */
export function cacheVariant(argv: readonly string[]): string {
  return CACHED_COMMANDS.find((command) => argv.includes(command)) ?? 'other';
}

/**
 * The platform's folder for caches, with ours in it: $XDG_CACHE_HOME (if absolute) or ~/.cache on
 * Linux and the like, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows; undefined without one.
 */
export function cacheFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string | undefined {
  if (platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'samverkan', 'Cache') : undefined;
  let home: string;
  try {
    home = homedir();
  } catch {
    return undefined;
  }
  if (home === '') return undefined;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'samverkan');
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg?.startsWith('/') ? xdg : join(home, '.cache'), 'samverkan');
}

/** The folder, made if missing, when it is ours alone; else undefined. */
function ownFolder(folder: string): string | undefined {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const info = lstatSync(folder);
    return info.isDirectory() && ownedByUs(info) ? folder : undefined;
  } catch {
    return undefined;
  }
}

/** Belongs to the user running us, and no one else may write it (POSIX: Windows has no uid). */
function ownedByUs(info: { uid: number; mode: number }): boolean {
  const uid = process.getuid?.();
  return uid === undefined || (info.uid === uid && (info.mode & 0o022) === 0);
}

/**
 * Compiles a bundled file as the CommonJS wrapper Node would make of it, with V8's cached code
 * when a valid cache of exactly this build is found. Without one, a fresh cache is written as the
 * process exits, so that it holds every function this run compiled, not only the outermost.
 */
function compile(path: string, source: string, cacheFile: string | undefined): Script {
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const build = BUILD_LINE.exec(source)?.[1];
  if (cacheFile === undefined || build === undefined) return new Script(wrapped, { filename: path });
  const header = `${MAGIC}\n${build}\n`;
  const cachedData = readCache(cacheFile, header);
  const script = new Script(wrapped, { filename: path, ...(cachedData ? { cachedData } : {}) });
  if (cachedData === undefined || script.cachedDataRejected === true) {
    process.once('exit', () => writeCache(cacheFile, header, script));
  }
  return script;
}

/** The cached code after `header` and its checksum, if the file is whole and safely ours. */
function readCache(file: string, header: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    // Not through a link: the file itself must be ours.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const info = fstatSync(fd);
    const prefix = header.length + 9;
    if (!info.isFile() || !ownedByUs(info) || info.size > MAX_CACHE_BYTES || info.size <= prefix) return undefined;
    const bytes = Buffer.alloc(info.size);
    if (readSync(fd, bytes, 0, info.size, 0) !== info.size) return undefined;
    if (bytes.toString('latin1', 0, header.length) !== header) return undefined;
    const data = bytes.subarray(prefix);
    return bytes.toString('latin1', header.length, prefix) === `${checksum(data)}\n` ? data : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes the cache beside its final name and renames it there: a reader sees all of it or none. */
function writeCache(file: string, header: string, script: Script): void {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const data = script.createCachedData();
    writeFileSync(temp, Buffer.concat([Buffer.from(`${header}${checksum(data)}\n`, 'latin1'), data]), { flag: 'wx', mode: 0o600 });
    renameSync(temp, file);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing more to do: the cache is a help, never a reason to fail.
    }
  }
}

function checksum(data: Uint8Array): string {
  return (crc32 as (data: Uint8Array) => number)(data).toString(16).padStart(8, '0');
}
