'use strict';
// Stripe's own description of its API at the pinned version: the official
// client's TypeScript declarations (node_modules/stripe/cjs/resources/*.d.ts).
// Used to check the sandbox against it: every parameter Stripe documents is
// taken (never refused as unknown), and objects carry Stripe's fields.

const fs = require('node:fs');
const path = require('node:path');

// require.resolve('stripe') is .../stripe/cjs/stripe.cjs.node.js (package.json is not exported).
const root = path.join(path.dirname(require.resolve('stripe')), 'resources');
const PAGINATION = ['ending_before', 'limit', 'starting_after'];

// The top-level fields of `interface <name>` in <file>:
// [{ name, optional }], with a list's cursor parameters when it extends PaginationParams.
function interfaceFields(file, name) {
  const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n');
  const head = new RegExp(`^(\\s*)(?:export )?interface ${name}(?: extends (\\w+))? \\{`);
  for (let i = 0; i < lines.length; ++i) {
    const m = lines[i].match(head);
    if (!m) continue;
    const indent = m[1];
    const field = new RegExp(`^${indent}    ([a-z_0-9]+)(\\?)?:`);
    const fields = m[2] === 'PaginationParams' ? PAGINATION.map((n) => ({ name: n, optional: true })) : [];
    for (let j = i + 1; j < lines.length && lines[j] !== `${indent}}`; ++j) {
      const f = lines[j].match(field);
      if (f) fields.push({ name: f[1], optional: f[2] === '?' });
    }
    return fields;
  }
  throw new Error(`interface ${name} not found in ${file}`);
}

function parameterNames(file, name) {
  return interfaceFields(file, name).map((f) => f.name).filter((n) => n !== 'expand');
}

module.exports = { interfaceFields, parameterNames };
