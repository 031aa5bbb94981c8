/**
 * Images in plan bodies: a file of the content directory that a plan shows is
 * published at /plan-files/<path>, byte for byte, and only by a portal that
 * holds that plan.
 */
import { appendFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMAGE_TYPES } from '../../src/lib/content/plan-images.ts';
import { buildSite, PROJECT_ROOT } from '../helpers/build-site.ts';
import { copySampleContent } from '../helpers/content-fixture.ts';
import { png } from '../helpers/png.ts';

const IN_SCOPE_PLAN = 'accounts/east-china/jinling-foreign-language-school.mdx';
const OUTSIDE_PLAN = 'accounts/north-china/jizhong-farm-cooperative.mdx';
const OWNER = 'xu-ting';

describe('images in plan bodies', () => {
	const campus = png(0, 128, 0);
	const farm = png(200, 0, 0);
	let contentDir: string;

	beforeAll(async () => {
		contentDir = await copySampleContent();
		await mkdir(join(contentDir, 'assets/site photos'), { recursive: true });
		await writeFile(join(contentDir, 'assets/site photos/Campus.PNG'), campus);
		await writeFile(join(contentDir, 'assets/farm.png'), farm);
		await appendFile(join(contentDir, IN_SCOPE_PLAN), '\n![The new campus](../../assets/site%20photos/Campus.PNG)\n');
		await appendFile(join(contentDir, OUTSIDE_PLAN), '\n![The farm][farm]\n\n[farm]: ../../assets/farm.png\n');
	});

	it('publishes each image a plan shows at /plan-files/ (its extension in lower case), and the plan page shows it from there', async () => {
		const { code, stdout, stderr, outDir } = await buildSite({ contentDir });
		expect(code, stdout + stderr).toBe(0);
		expect(await readFile(join(outDir, 'plan-files/assets/site photos/Campus.png'))).toEqual(campus);
		expect(await readFile(join(outDir, 'plan-files/assets/farm.png'))).toEqual(farm);
		const page = await readFile(join(outDir, 'accounts/jinling-foreign-language-school/index.html'), 'utf8');
		expect(page).toContain('<img src="/plan-files/assets/site%20photos/Campus.png" alt="The new campus" loading="lazy" decoding="async"/>');
	});

	it('publishes in a scoped portal only the images of its own plans', async () => {
		const { code, stdout, stderr, outDir } = await buildSite({ contentDir, args: ['--scope', `owner=${OWNER}`] });
		expect(code, stdout + stderr).toBe(0);
		expect(await readdir(join(outDir, 'plan-files/assets'), { recursive: true })).toEqual(['site photos', 'site photos/Campus.png']);
	});

	it('has a route for every image type it publishes', async () => {
		const routes = await readdir(join(PROJECT_ROOT, 'src/pages/plan-files'));
		expect(routes.sort()).toEqual(Object.keys(IMAGE_TYPES).map((extension) => `[...path]${extension}.ts`).sort());
	});

	it('stops the build on an image that is not there, naming the file and line', async () => {
		const broken = await copySampleContent();
		await appendFile(join(broken, IN_SCOPE_PLAN), '\n![Gone](../../assets/gone.png)\n');
		const lines = (await readFile(join(broken, IN_SCOPE_PLAN), 'utf8')).split('\n').length - 1;
		const { code, stdout } = await buildSite({ contentDir: broken });
		expect(code).toBe(1);
		expect(stdout).toContain(`${IN_SCOPE_PLAN}:${lines}:1  error    image \`../../assets/gone.png\` cannot be shown: there is no file \`assets/gone.png\``);
	});
});
