import type { APIRoute } from 'astro';
import { jsonSchemaText } from '../../lib/json-schema.ts';

/** `/schemas/people.schema.json`: JSON Schema of people.yaml, for editors (generated from the zod schemas). */
export const GET: APIRoute = () => new Response(jsonSchemaText('people.schema.json'), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
