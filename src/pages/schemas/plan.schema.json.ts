import type { APIRoute } from 'astro';
import { jsonSchemaText } from '../../lib/json-schema.ts';

/** `/schemas/plan.schema.json`: JSON Schema of the frontmatter of an account plan, for editors (generated from the zod schemas). */
export const GET: APIRoute = () => new Response(jsonSchemaText('plan.schema.json'), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
