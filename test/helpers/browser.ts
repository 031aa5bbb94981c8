/**
 * The Chromium that browser tests and benches drive, and the fonts it draws with.
 *
 * Two browsers can serve, and neither is ever downloaded at install or test time:
 * - the npm-shipped one: `@sparticuz/chromium` (a devDependency) holds a
 *   brotli-packed headless Chromium and the NSS/NSPR/expat libraries it links
 *   against; it is unpacked once into `node_modules/.cache/kam-chromium/<version>/`
 *   and started with those libraries first on its library path, so it needs
 *   nothing from the machine but glibc. This is what a fresh machine uses.
 * - Debian's Chromium at `/usr/bin/chromium`, where it is installed.
 *
 * `KAM_BROWSER` chooses: `npm` (the shipped one, whatever is installed; `.ci/run`
 * sets it), `system` (Debian's, or KAM_CHROMIUM's path), or unset/`auto`
 * (Debian's where it is present, else the shipped one).
 *
 * Both draw with the same pinned fonts, never the machine's: a fontconfig file of
 * our own (FONTCONFIG_FILE) lists only Noto Sans (Latin) and Noto Sans S Chinese
 * from npm packages, so page counts and measured layouts do not depend on what
 * fonts a machine happens to have.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';

const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const SHIPPED = join(ROOT, 'node_modules/@sparticuz/chromium');
const FONT_DIRS = [join(ROOT, 'node_modules/@embedpdf/fonts-latin/fonts'), join(ROOT, 'node_modules/@embedpdf/fonts-sc/fonts')];

/** Debian's Chromium (or KAM_CHROMIUM's path). */
export const SYSTEM_CHROMIUM_PATH = process.env.KAM_CHROMIUM ?? '/usr/bin/chromium';

export type BrowserChoice = 'npm' | 'system';

/** Which browser `KAM_BROWSER` (and what is installed) selects. */
export function browserChoice(env: { KAM_BROWSER?: string | undefined } = process.env, systemPresent = existsSync(SYSTEM_CHROMIUM_PATH)): BrowserChoice {
	const wanted = (env.KAM_BROWSER ?? '').trim().toLowerCase();
	if (wanted === 'npm' || wanted === 'system') return wanted;
	if (wanted !== '' && wanted !== 'auto') throw new Error(`KAM_BROWSER is \`${env.KAM_BROWSER}\`: expected \`npm\`, \`system\` or \`auto\`.`);
	return systemPresent ? 'system' : 'npm';
}

function shippedVersion(): string | undefined {
	try {
		return (JSON.parse(readFileSync(join(SHIPPED, 'package.json'), 'utf8')) as { version: string }).version;
	} catch {
		return undefined;
	}
}

/** Whether the chosen browser can be had: Debian's is installed, or the npm package is. */
export function hasChromium(): boolean {
	return browserChoice() === 'system' ? existsSync(SYSTEM_CHROMIUM_PATH) : existsSync(join(SHIPPED, 'bin/chromium.br'));
}

/**
 * Whether browser tests skip: only on a machine without the chosen browser outside CI.
 * Under `CI=true` (set by GitHub Actions) they run, and a missing browser fails them.
 */
export function skipBrowserTests(env: { chromium: boolean; ci: string | undefined } = { chromium: hasChromium(), ci: process.env.CI }): boolean {
	const ci = env.ci !== undefined && env.ci !== '' && env.ci !== 'false' && env.ci !== '0';
	return !env.chromium && !ci;
}

/** The files of a (ustar) tar archive: enough for the shipped package's small library archive. */
export function untar(archive: Buffer): { name: string; data: Buffer }[] {
	const files: { name: string; data: Buffer }[] = [];
	const field = (at: number, length: number, offset: number) => archive.subarray(offset + at, offset + at + length).toString('latin1').replace(/\0.*$/s, '');
	for (let offset = 0; offset + 512 <= archive.length; ) {
		const name = field(0, 100, offset);
		if (name === '') break;
		const prefix = field(345, 155, offset);
		const size = Number.parseInt(field(124, 12, offset).trim() || '0', 8);
		const type = field(156, 1, offset);
		if (type === '0' || type === '') files.push({ name: prefix ? `${prefix}/${name}` : name, data: archive.subarray(offset + 512, offset + 512 + size) });
		offset += 512 + Math.ceil(size / 512) * 512;
	}
	return files;
}

/**
 * The npm-shipped Chromium, unpacked once per package version (into a temporary
 * directory first, then renamed, so that test workers starting together never
 * see half a file): its executable and its library directory.
 */
export function shippedChromium(): { executable: string; libraries: string } {
	const version = shippedVersion();
	if (!version) throw new Error('`@sparticuz/chromium` is not installed: run `npm install`.');
	const dir = join(ROOT, 'node_modules/.cache/kam-chromium', version);
	const executable = join(dir, 'chromium');
	const libraries = join(dir, 'lib');
	if (existsSync(join(dir, 'complete'))) return { executable, libraries };
	const staging = `${dir}.${process.pid}.tmp`;
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(join(staging, 'lib'), { recursive: true });
	writeFileSync(join(staging, 'chromium'), brotliDecompressSync(readFileSync(join(SHIPPED, 'bin/chromium.br'))), { mode: 0o755 });
	for (const file of untar(brotliDecompressSync(readFileSync(join(SHIPPED, 'bin/al2023.tar.br'))))) {
		const target = join(staging, file.name);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, file.data, { mode: 0o755 });
	}
	writeFileSync(join(staging, 'complete'), `${version}\n`);
	try {
		renameSync(staging, dir);
	} catch (error) {
		// Another worker finished first: use its copy.
		rmSync(staging, { recursive: true, force: true });
		if (!existsSync(join(dir, 'complete'))) throw error;
	}
	return { executable, libraries };
}

/**
 * A fontconfig file that knows only the pinned fonts (no system directories),
 * with every generic family mapped to them, and its cache in node_modules/.cache.
 */
export function pinnedFontConfig(): string {
	const dir = join(ROOT, 'node_modules/.cache/kam-fonts');
	const file = join(dir, 'fonts.conf');
	const families = ['Noto Sans', 'Noto Sans S Chinese'].map((family) => `<family>${family}</family>`).join('');
	const aliases = ['sans-serif', 'serif', 'monospace', 'system-ui', 'sans', 'ui-sans-serif', 'ui-monospace']
		.map((generic) => `  <alias binding="same"><family>${generic}</family><prefer>${families}</prefer></alias>`)
		.join('\n');
	const text = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- Written by test/helpers/browser.ts: the browser tests' only fonts. -->
<fontconfig>
${FONT_DIRS.map((font) => `  <dir>${font}</dir>`).join('\n')}
  <cachedir>${join(dir, 'cache')}</cachedir>
${aliases}
</fontconfig>
`;
	for (const font of FONT_DIRS) if (!existsSync(font)) throw new Error(`Font directory \`${font}\` is missing: run \`npm install\`.`);
	mkdirSync(dir, { recursive: true });
	if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
		const staging = `${file}.${process.pid}.tmp`;
		writeFileSync(staging, text);
		renameSync(staging, file);
	}
	return file;
}

/** The executable, extra arguments and environment of the chosen browser. */
export function browserLaunch(): { executablePath: string; args: string[]; env: Record<string, string> } {
	const env: Record<string, string> = {};
	for (const [name, value] of Object.entries(process.env)) if (value !== undefined && name !== 'FONTCONFIG_PATH') env[name] = value;
	env.FONTCONFIG_FILE = pinnedFontConfig();
	if (browserChoice() === 'system') {
		if (!existsSync(SYSTEM_CHROMIUM_PATH)) {
			throw new Error(`Chromium not found at \`${SYSTEM_CHROMIUM_PATH}\` (KAM_BROWSER=system). Unset KAM_BROWSER to use the npm-shipped one, or set KAM_CHROMIUM to a Chromium's path.`);
		}
		return { executablePath: SYSTEM_CHROMIUM_PATH, args: [], env };
	}
	const { executable, libraries } = shippedChromium();
	env.LD_LIBRARY_PATH = [libraries, ...(process.env.LD_LIBRARY_PATH ?? '').split(':').filter(Boolean)].join(':');
	// A headless shell: no zygote (it needs a sandbox helper the package does not ship).
	return { executablePath: executable, args: ['--no-zygote'], env };
}

/** Headless Chromium with background networking off (this machine has no network); Playwright gives it a fresh profile. */
export async function launchBrowser(): Promise<Browser> {
	const { executablePath, args, env } = browserLaunch();
	return chromium.launch({
		executablePath,
		headless: true,
		env,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			...args,
		],
	});
}
