import type { APIRoute } from 'astro';
import { jsonSchemaText } from '../../lib/json-schema.ts';

/** `/schemas/policy.schema.json`: JSON Schema of policy.yaml, for editors (generated from the zod schemas). */
export const GET: APIRoute = () => new Response(jsonSchemaText('policy.schema.json'), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
