import { z } from 'zod';
import { text } from './ids.ts';

/** A question every plan review answers, in both UI languages. */
export const reviewQuestion = z
	.strictObject({
		/** Stable id; review findings refer to it. */
		id: z.string().regex(/^[a-z][a-z0-9-]*$/).meta({ description: 'Stable id of the question; findings refer to it.' }),
		/** The question in English. */
		en: text(300, 'The question in English.'),
		/** The question in Chinese. */
		'zh-CN': text(300, 'The question in Chinese.'),
	})
	.meta({ description: 'A question every plan review answers.' });

/** The seven questions of the review phase (第三阶段-审核和调整) of the standard template. */
export const DEFAULT_REVIEW_QUESTIONS = [
	{ id: 'goals-realistic', en: "Are the goals realistic, given the customer's own strategy and situation?", 'zh-CN': '目标是否合理，且从客户的战略和实际情况出发能够达成？' },
	{ id: 'resources-linked', en: 'Do strategy, goals and resources inside and outside the team connect?', 'zh-CN': '战略、目标和部门内外的资源之间是否有良好的联系？' },
	{ id: 'return-on-effort', en: 'Will the resources invested earn enough return?', 'zh-CN': '投入的资源是否能够产生足够的回报？' },
	{ id: 'product-fit', en: "Does our product mix fit the customer's strategy?", 'zh-CN': '产品组合战略是否符合客户战略？' },
	{ id: 'competitive', en: "Can we beat the competition and meet the customer's requirements?", 'zh-CN': '是否有足够的能力解决竞争问题，并达到客户的要求？' },
	{ id: 'new-initiatives', en: "Are new initiatives needed to meet the customer's needs?", 'zh-CN': '是否需要采取新的举措，达到客户要求？' },
	{ id: 'profit-and-risk', en: 'Is there enough attention to profit and to risk?', 'zh-CN': '对提高利润和控制风险是否有足够的重视？' },
];

export type ReviewQuestion = z.infer<typeof reviewQuestion>;
