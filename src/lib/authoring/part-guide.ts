/**
 * What each standard part of a plan should contain (the account-planning
 * template, see the domain notes). The scaffold writes these as prompts under
 * each heading, and the empty-part lint rule recognises a part that still holds
 * only its prompt.
 */
export interface PartGuide {
	en: string;
	zh: string;
}

/** By section id from policy.yaml; custom sections have no guide. */
export const PART_GUIDES: Record<string, PartGuide> = {
	customer: {
		en: "Describe the customer: overall strategy, financial and market performance, product strategy, purchasing strategy and supplier management, the purchasing decision process, the organisation and key decision makers, and our relationship plan.",
		zh: '描述客户：整体战略、财务与市场表现、产品战略、采购战略与供应商管理、采购决策流程、组织架构与关键决策人，以及我们的关系计划。',
	},
	performance: {
		en: "Describe how we perform at this customer: our share of the customer and its trend, the customer's financial and operational performance, and how last year's plan went.",
		zh: '描述我们在该客户的业绩：我们在客户处的份额及趋势、客户的财务与经营表现，以及去年计划的执行情况。',
	},
	competition: {
		en: "Assess the competition: the customer's needs and key buying factors, how we rate against those criteria, and the competitors' positions and strategies.",
		zh: '评估竞争：客户的需求与关键购买因素、我们在这些标准上的表现，以及竞争对手的地位和策略。',
	},
	actions: {
		en: 'Write the action plan: the relationship-building plan, project actions, actions of team members and other functions, team budget and resources, and key milestones.',
		zh: '制定行动计划：关系建设计划、项目行动、团队成员及其他部门的行动、团队预算与资源，以及关键里程碑。',
	},
};

/** True when text is nothing but a part's template prompt, in either language. */
export function isPartPrompt(text: string): boolean {
	const wanted = text.replace(/\s+/g, ' ').trim();
	if (wanted === '') return false;
	return Object.values(PART_GUIDES).some((guide) => guide.en === wanted || guide.zh === wanted);
}
