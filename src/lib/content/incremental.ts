/**
 * Re-validation after one save: each plan file's own check (YAML, schema,
 * body) is remembered with the bytes and the policy it was made with, so only
 * changed files are checked again. Cross-file rules always run on the whole
 * content, as in a full validation; the result equals `validateContent`'s.
 */
import { type ContentFile, type ContentSnapshot, checkPlanFile, type PlanFileResult, type ValidationResult, validateContent } from './validate.ts';
import { checkVisitFile, type VisitFileResult } from './visits.ts';

interface Remembered {
	bytes: Uint8Array;
	policyBytes: Uint8Array | undefined;
	result: PlanFileResult;
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
	if (a === b) return true;
	if (!a || !b || a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

export class IncrementalValidator {
	readonly #files = new Map<string, Remembered>();
	/** Visit reports need no policy: remembered by their bytes alone. */
	readonly #visits = new Map<string, { bytes: Uint8Array; result: VisitFileResult }>();
	/** How many plan files the last `validate` checked again (the rest came from memory). */
	lastChecked = 0;

	validate(snapshot: ContentSnapshot): ValidationResult {
		// The policy decides severities and parts, so a changed policy re-checks every plan.
		const { policy } = validateContent({ ...snapshot, accounts: [], visits: [] });
		const policyBytes = snapshot.policy?.bytes;
		this.lastChecked = 0;
		const present = new Set<string>();
		const results = snapshot.accounts.map((file) => {
			present.add(file.path);
			return this.#check(file, policy, policyBytes);
		});
		for (const path of this.#files.keys()) if (!present.has(path)) this.#files.delete(path);
		const visitResults = (snapshot.visits ?? []).map((file) => {
			present.add(file.path);
			const known = this.#visits.get(file.path);
			if (known && sameBytes(known.bytes, file.bytes)) return known.result;
			this.lastChecked++;
			const result = checkVisitFile(file);
			this.#visits.set(file.path, { bytes: file.bytes, result });
			return result;
		});
		for (const path of this.#visits.keys()) if (!present.has(path)) this.#visits.delete(path);
		return validateContent(snapshot, results, visitResults);
	}

	/** The plan files of a snapshot that `validate` would check again (not remembered with these bytes and this policy). */
	unchecked(snapshot: ContentSnapshot): ContentFile[] {
		const policyBytes = snapshot.policy?.bytes;
		return snapshot.accounts.filter((file) => {
			const known = this.#files.get(file.path);
			return !(known && sameBytes(known.bytes, file.bytes) && sameBytes(known.policyBytes, policyBytes));
		});
	}

	/**
	 * Remembers results checked elsewhere (`checkPlanFile` on worker threads)
	 * for files of this snapshot and its policy, so `validate` takes them from
	 * memory. Each must be `checkPlanFile(file, policy)`'s own for the file of
	 * its path.
	 */
	remember(snapshot: ContentSnapshot, results: readonly PlanFileResult[]): void {
		const files = new Map(snapshot.accounts.map((file) => [file.path, file]));
		for (const result of results) {
			const file = files.get(result.path);
			if (file) this.#files.set(file.path, { bytes: file.bytes, policyBytes: snapshot.policy?.bytes, result });
		}
	}

	#check(file: ContentFile, policy: ValidationResult['policy'], policyBytes: Uint8Array | undefined): PlanFileResult {
		const known = this.#files.get(file.path);
		if (known && sameBytes(known.bytes, file.bytes) && sameBytes(known.policyBytes, policyBytes)) return known.result;
		this.lastChecked++;
		const result = checkPlanFile(file, policy);
		this.#files.set(file.path, { bytes: file.bytes, policyBytes, result });
		return result;
	}
}
