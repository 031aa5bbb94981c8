/**
 * JSON Schemas of the content files, generated from the zod schemas (never
 * written by hand), for editors: completion, hover docs and checking while
 * typing. Cross-field rules (a major plan needs a sponsor...) live in zod
 * refinements, which JSON Schema cannot express; `npm run check-plan` covers them.
 */
import { z } from 'zod';
import { people } from '../../schemas/person.ts';
import { planFrontmatter } from '../../schemas/plan.ts';
import { policy } from '../../schemas/policy.ts';
import { visitFrontmatter } from '../../schemas/visit.ts';

export const SCHEMA_FILES = {
	'plan.schema.json': planFrontmatter,
	'people.schema.json': people,
	'policy.schema.json': policy,
	'visit.schema.json': visitFrontmatter,
} as const;

export type SchemaFile = keyof typeof SCHEMA_FILES;

/**
 * One file's JSON Schema. `io: 'input'` describes what an author writes (fields
 * with defaults are optional). Draft 7, the version editor YAML extensions
 * support best.
 */
export function jsonSchemaOf(file: SchemaFile): Record<string, unknown> {
	return z.toJSONSchema(SCHEMA_FILES[file], { io: 'input', target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
}

/** One schema file's text, as written into the site and into schemas/json/. */
export function jsonSchemaText(file: SchemaFile): string {
	return `${JSON.stringify(jsonSchemaOf(file), null, 2)}\n`;
}

export const SCHEMA_FILE_NAMES = Object.keys(SCHEMA_FILES) as SchemaFile[];
