// A GraphQL client as the city's systems would write one with graphql-js: introspect the API, build a
// client schema, print it, compare it with the checked-in SDL, and run a query with variables over GET
// and POST. Prints JSON. Usage: node client.mjs <graphql url> <path of api/schema.graphql>
import { readFileSync } from 'node:fs';
import {
  buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema,
} from 'graphql';

const [url, sdlPath] = process.argv.slice(2);
if (!url || !sdlPath) {
  console.error('usage: node client.mjs <graphql url> <schema.graphql>');
  process.exit(2);
}

const accept = 'application/graphql-response+json, application/json;q=0.9';

async function answer(response) {
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.json() };
}

async function post(query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify({ query, variables }),
  });
  return answer(response);
}

async function get(query, variables) {
  const target = new URL(url);
  target.searchParams.set('query', query);
  target.searchParams.set('variables', JSON.stringify(variables));
  return answer(await fetch(target, { headers: { accept } }));
}

const introspection = await post(getIntrospectionQuery({ descriptions: true, schemaDescription: true }));
if (!introspection.body.data) {
  console.log(JSON.stringify({ introspection }));
  process.exit(1);
}

const printed = printSchema(lexicographicSortSchema(buildClientSchema(introspection.body.data)));
const checkedIn = printSchema(lexicographicSortSchema(buildSchema(readFileSync(sdlPath, 'utf8'))));
const query = 'query Space($key: String!) { socialSpace(key: $key) { name district { name } } }';
const variables = { key: 'roden-nord' };

console.log(JSON.stringify({
  typeCount: Object.keys(buildClientSchema(introspection.body.data).getTypeMap()).length,
  printed,
  sameAsCheckedIn: printed === checkedIn,
  get: await get(query, variables),
  post: await post(query, variables),
}));
