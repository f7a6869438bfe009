// Runs the graphql-http server audit (GraphQL over HTTP) against a URL and prints the results as JSON:
// [{ id, name, status, reason? }]. Usage: node audit.mjs http://127.0.0.1:5001/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql url>');
  process.exit(2);
}

const results = await auditServer({ url });
const report = await Promise.all(results.map(async (result) => ({
  id: result.id,
  name: result.name,
  status: result.status,
  // A failed audit carries the response; its status and body explain the failure.
  reason: result.status === 'ok' ? undefined
    : `${result.reason} (HTTP ${result.response.status}: ${(await result.response.text()).slice(0, 300)})`,
})));
console.log(JSON.stringify(report));
