/**
 * `npm run new-plan`'s questions, driven by a script of answers: the slug
 * suggested in pinyin for a Chinese name, a tier or category word as a slug
 * needing a yes, and the folder chosen from those under accounts/.
 */
import { describe, expect, it } from 'vitest';
import { type InterviewContext, interview, planFolders, type Prompter, problemWithFolder, slugWarning, suggestSlug } from '../../../src/lib/authoring/new-plan.ts';

const context: InterviewContext = {
	personIds: new Set(['li-wei', 'zhang-min']),
	existing: { acme: 'accounts/east-china/acme.mdx' },
	folders: ['accounts/east-china', 'accounts/north-china'],
};

/** A writer who types `answers` in order; records every question and everything said. */
function scripted(answers: string[]) {
	const questions: string[] = [];
	const said: string[] = [];
	const io: Prompter = {
		async question(text) {
			questions.push(text);
			if (answers.length === 0) throw new Error(`no answer left for: ${text}`);
			return answers.shift()!;
		},
		say: (text) => said.push(text),
	};
	return { io, questions, said };
}

describe('suggestSlug', () => {
	it.each([
		['华建建设集团有限公司', 'huajian-jianshe-jituan'],
		['华建路桥工程有限公司', 'huajian-luqiao-gongcheng'],
		['川渝土方工程有限公司', 'chuanyu-tufang-gongcheng'],
		['厦门鹭岛建筑劳务有限公司', 'xiamen-ludao-jianzhu-laowu'],
		['重庆长安汽车股份有限公司', 'chongqing-changan-qiche'],
		['绿地控股', 'lvdi-konggu'],
		['鹏城会展服务有限公司', 'pengcheng-huizhan-fuwu'],
		['Acme 华建 Group（上海）', 'acme-huajian-group-shanghai'],
		['有限公司', 'youxian-gongsi'],
		['Acme Industrial Group, Ltd.', 'acme-industrial-group-ltd'],
		['😀', undefined],
	])('suggests for %s: %s', (name, slug) => {
		expect(suggestSlug(name)).toBe(slug);
	});

	it('cuts a long name at a word, within 80 characters', () => {
		// 10 words of 7 letters and 9 hyphens: 79 characters; an 11th word would make 87.
		expect(suggestSlug('华建'.repeat(60))).toBe(Array(10).fill('huajian').join('-'));
	});
});

describe('slugWarning', () => {
	it.each([
		['major', 'slug `major` is a tier, not a customer: was it meant for the tier question? A slug names the customer, like `acme-industrial`'],
		['mass-market', 'slug `mass-market` is a tier, not a customer: was it meant for the tier question? A slug names the customer, like `acme-industrial`'],
		['key', 'slug `key` is a category, not a customer: was it meant for the category question? A slug names the customer, like `acme-industrial`'],
		['lost', 'slug `lost` is a category, not a customer: was it meant for the category question? A slug names the customer, like `acme-industrial`'],
		['major-rail', undefined],
	])('for %s: %s', (slug, warning) => {
		expect(slugWarning(slug)).toBe(warning);
	});
});

describe('planFolders', () => {
	it('lists each folder under accounts/ that holds a file, nested ones too, sorted', () => {
		expect(planFolders(['accounts/b.mdx', 'accounts/north-china/x.mdx', 'accounts/east-china/y.mdx', 'accounts/east-china/z.mdx', 'accounts/east-china/shanghai/w.mdx', 'people.yaml'])).toEqual([
			'accounts/east-china',
			'accounts/east-china/shanghai',
			'accounts/north-china',
		]);
	});

	it('refuses a folder name that is not lowercase ASCII, and one that climbs out', () => {
		expect(problemWithFolder('east-china')).toBeUndefined();
		expect(problemWithFolder('accounts/east-china/shanghai')).toBeUndefined();
		expect(problemWithFolder('华东')).toBe('`华东` is not a folder name for accounts/: use lowercase ASCII letters, digits and hyphens, like `east-china`');
		expect(problemWithFolder('../etc')).toContain('is not a folder name');
	});
});

describe('interview', () => {
	it('suggests the pinyin slug of a Chinese name, which Enter accepts', async () => {
		const { io, questions } = scripted(['华建建设集团有限公司', '', 'named', 'key', 'li-wei', '1']);
		const result = await interview({}, undefined, context, io);
		expect(questions[1]).toBe('Slug: the file name and web address (a-z, 0-9, hyphens) [huajian-jianshe-jituan]: ');
		expect(result.values).toEqual({ name: '华建建设集团有限公司', slug: 'huajian-jianshe-jituan', tier: 'named', category: 'key', owner: 'li-wei' });
	});

	it('warns of a tier word typed as the slug, and asks again when the writer does not confirm it', async () => {
		const { io, questions, said } = scripted(['Beta Rail', 'major', 'n', 'beta-rail', 'major', 'key', 'li-wei', '', '0']);
		const result = await interview({}, undefined, context, io);
		expect(said[0]).toBe('  Warning: slug `major` is a tier, not a customer: was it meant for the tier question? A slug names the customer, like `acme-industrial`');
		expect(questions[2]).toBe('Use `major` as the slug anyway? (y/N): ');
		expect(result.values.slug).toBe('beta-rail');
		expect(result.values.tier).toBe('major');
		expect(result.values.sponsor).toBe('li-wei');
	});

	it('keeps a category word as the slug when the writer confirms it', async () => {
		const { io } = scripted(['Key Ltd', 'key', 'y', 'named', 'key', 'li-wei', '0']);
		expect((await interview({}, undefined, context, io)).values.slug).toBe('key');
	});

	it('offers the folders under accounts/ and takes the one chosen by number', async () => {
		const { io, said, questions } = scripted(['Beta', 'beta', 'named', 'key', 'li-wei', '2']);
		const result = await interview({}, undefined, context, io);
		expect(said).toEqual(['Folder: plans are grouped in folders under accounts/ (by region in the samples):\n  0) accounts/ itself\n  1) accounts/east-china/\n  2) accounts/north-china/']);
		expect(questions.at(-1)).toBe("Folder: a number, or a new folder's name [0]: ");
		expect(result.folder).toBe('accounts/north-china');
	});

	it.each([
		['', 'accounts'],
		['0', 'accounts'],
		['south-china', 'accounts/south-china'],
		['accounts/east-china/', 'accounts/east-china'],
	])('takes the folder answer %j as %s', async (answer, folder) => {
		const { io } = scripted(['Beta', 'beta', 'named', 'key', 'li-wei', answer]);
		expect((await interview({}, undefined, context, io)).folder).toBe(folder);
	});

	it('asks again for a folder number that does not exist or a name that is not allowed', async () => {
		const { io, said } = scripted(['Beta', 'beta', 'named', 'key', 'li-wei', '7', '华东', '1']);
		expect((await interview({}, undefined, context, io)).folder).toBe('accounts/east-china');
		expect(said.slice(1)).toEqual(['  there is no folder 7: choose 0 to 2, or type a folder name', '  `华东` is not a folder name for accounts/: use lowercase ASCII letters, digits and hyphens, like `east-china`']);
	});

	it('asks only what the flags left out, and no folder when --dir was given', async () => {
		const { io, questions } = scripted(['key']);
		const result = await interview({ name: 'Beta', slug: 'beta', tier: 'named', owner: 'li-wei' }, 'accounts/east-china', context, io);
		expect(questions).toEqual(['Category (key | target | normal | lost): ']);
		expect(result).toEqual({ values: { name: 'Beta', slug: 'beta', tier: 'named', category: 'key', owner: 'li-wei' } });
	});
});
