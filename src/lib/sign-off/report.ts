/** What `npm run sign-off` prints, and the Markdown of the workflow's job summary. */
import type { RequiredSigner, SignOffItem, SignOffResult } from './sign-off.ts';

const who = (s: RequiredSigner) => `${s.person}${s.login ? ` (@${s.login})` : ' (no github login in people.yaml)'}${s.insteadOf ? ` in place of ${s.insteadOf}, the author` : ''}`;
const what = (item: SignOffItem) => (item.kind === 'plan' ? `plan ${item.file}` : `application in ${item.file}`);

/** Plain text for the terminal and the check's log. */
export function signOffText(result: SignOffResult, prefix: string): string {
	if (result.items.length === 0) return 'sign-off: this pull request changes no plan of a sign-off tier and no application decision; nothing to approve\n';
	const lines: string[] = [];
	for (const item of result.items) {
		const path = `${prefix}${item.file}`;
		const label = item.kind === 'plan' ? `plan ${path}` : `application in ${path}`;
		const pending = item.signers.filter((s) => !s.approved);
		const ok = pending.length === 0 && item.authorWithoutManager === undefined;
		lines.push(`${ok ? '✓' : '✗'} ${label}`);
		for (const signer of item.signers) lines.push(`    ${signer.approved ? 'approved' : 'must approve'}: ${who(signer)}`);
		if (item.signers.length === 0 && !item.authorWithoutManager) lines.push('    no signer resolves for this plan (see the validation warnings)');
		if (item.authorWithoutManager) lines.push(`    ${item.authorWithoutManager}, the author, is a required signer and has no \`manager\` in people.yaml to sign in their place; add one, or let someone else open the pull request`);
		for (const word of item.unresolved) lines.push(`    \`${word}\` names nobody for this plan and is left out`);
	}
	const missing = result.missing.length;
	lines.push(
		missing === 0
			? `sign-off: all ${result.items.length} item(s) approved`
			: `sign-off: ${missing} of ${result.items.length} item(s) still need approval; ask the people marked "must approve" to approve the pull request`,
	);
	return `${lines.join('\n')}\n`;
}

const cell = (text: string) => text.replace(/[\\|`*_<>[\]]/g, (ch) => `\\${ch}`).replace(/\n/g, ' ');

/** Markdown for $GITHUB_STEP_SUMMARY: each plan, its signers and who has approved. */
export function signOffMarkdown(result: SignOffResult, prefix: string): string {
	const lines = ['## Sign-off', ''];
	if (result.items.length === 0) return `${lines.join('\n')}This pull request changes no plan of a sign-off tier and no application decision.\n`;
	lines.push(result.missing.length === 0 ? `All ${result.items.length} item(s) are approved.` : `${result.missing.length} of ${result.items.length} item(s) still need approval.`, '');
	lines.push('| | Changed | Signers | Approved | Still to approve |', '|---|---|---|---|---|');
	for (const item of result.items) {
		const approved = item.signers.filter((s) => s.approved).map(who);
		const pending = item.signers.filter((s) => !s.approved).map(who);
		if (item.authorWithoutManager) pending.push(`${item.authorWithoutManager} (the author; no manager to sign in their place)`);
		const ok = pending.length === 0;
		lines.push(`| ${ok ? '✅' : '❌'} | ${cell(`${what({ ...item, file: `${prefix}${item.file}` })}`)} | ${cell(item.signers.map(who).join(', ') || '—')} | ${cell(approved.join(', ') || '—')} | ${cell(pending.join(', ') || '—')} |`);
	}
	return `${lines.join('\n')}\n`;
}
