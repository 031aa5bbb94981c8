import type { APIRoute } from 'astro';
import { jsonSchemaText } from '../../lib/json-schema.ts';

/** `/schemas/visit.schema.json`: JSON Schema of a visit report's frontmatter, for editors (generated from the zod schemas). */
export const GET: APIRoute = () => new Response(jsonSchemaText('visit.schema.json'), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
