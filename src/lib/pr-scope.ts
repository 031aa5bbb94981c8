/**
 * Which checks a pull request needs. One that changes only plans, people and
 * policy (the content directory) is checked as content: validate, lint, build.
 * One that changes anything else changes the portal itself, and its test suite
 * runs too.
 */

/** The content directory as a repository path prefix: `content` → `content/`, `.` or `./` → ``. */
function prefixOf(contentDir: string): string {
	const trimmed = contentDir.replace(/^\.\/+/, '').replace(/\/+$/, '');
	return trimmed === '' || trimmed === '.' ? '' : `${trimmed}/`;
}

/** Is this repository path part of the content (and not of the portal)? */
export function isContentPath(path: string, contentDir: string): boolean {
	const prefix = prefixOf(contentDir);
	if (!path.startsWith(prefix)) return false;
	// When the content is the repository itself, only its own files are content.
	if (prefix === '') return path.startsWith('accounts/') || path === 'people.yaml' || path === 'policy.yaml';
	return true;
}

/** The changed paths that are not content; the portal's tests run when there is any. */
export function portalPaths(changedPaths: readonly string[], contentDir: string): string[] {
	return changedPaths.filter((path) => path !== '' && !isContentPath(path, contentDir));
}
