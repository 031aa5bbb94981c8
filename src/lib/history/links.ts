/**
 * Links into the content repository's web UI from `policy.repoUrl`. GitLab
 * puts its pages under `/-/`; GitHub, Gitea and Forgejo use the plain form.
 */

function base(repoUrl: string): { root: string; gitlab: boolean } {
	const root = repoUrl.replace(/\/+$/, '').replace(/\.git$/, '');
	return { root, gitlab: /^https?:\/\/[^/]*gitlab\./i.test(root) };
}

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** The web editor for a file; without a known branch, `HEAD` (the default branch). */
export function editUrl(repoUrl: string, branch: string | undefined, repoPath: string): string {
	const { root, gitlab } = base(repoUrl);
	return `${root}${gitlab ? '/-' : ''}/edit/${encodePath(branch ?? 'HEAD')}/${encodePath(repoPath)}`;
}

/** One commit's page. */
export function commitUrl(repoUrl: string, hash: string): string {
	const { root, gitlab } = base(repoUrl);
	return `${root}${gitlab ? '/-' : ''}/commit/${encodeURIComponent(hash)}`;
}
