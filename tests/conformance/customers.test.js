'use strict';
// Customers through the official client: CRUD, list filters, cursors,
// auto-pagination, search and delete.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { useSandbox } = require('./lib/sandbox');

const sandbox = useSandbox();

test('create, retrieve and update a customer with metadata', async () => {
  const created = await sandbox.stripe.customers.create({
    email: 'ada@example.com',
    name: 'Ada Lovelace',
    metadata: { user_id: '42', plan: 'pro' },
  });
  assert.equal(created.object, 'customer');
  assert.match(created.id, /^cus_/);
  assert.equal(created.email, 'ada@example.com');
  assert.equal(created.name, 'Ada Lovelace');
  assert.deepEqual(created.metadata, { user_id: '42', plan: 'pro' });
  assert.equal(created.livemode, false);
  assert.equal(typeof created.created, 'number');
  assert.match(created.lastResponse.requestId, /^req_/);
  assert.equal(created.lastResponse.statusCode, 200);

  const fetched = await sandbox.stripe.customers.retrieve(created.id);
  assert.equal(fetched.id, created.id);
  assert.equal(fetched.email, 'ada@example.com');
  assert.deepEqual(fetched.metadata, { user_id: '42', plan: 'pro' });

  // Partial update: name changes, one metadata key is deleted ('' unsets), one added.
  const updated = await sandbox.stripe.customers.update(created.id, {
    name: 'Augusta Ada King',
    metadata: { plan: '', tier: 'gold' },
  });
  assert.equal(updated.id, created.id);
  assert.equal(updated.name, 'Augusta Ada King');
  assert.equal(updated.email, 'ada@example.com', 'fields not sent must stay unchanged');
  assert.deepEqual(updated.metadata, { user_id: '42', tier: 'gold' });

  const again = await sandbox.stripe.customers.retrieve(created.id);
  assert.equal(again.name, 'Augusta Ada King');
  assert.deepEqual(again.metadata, { user_id: '42', tier: 'gold' });
});

test('list with the email filter returns only exact matches', async () => {
  const a1 = await sandbox.stripe.customers.create({ email: 'filter-a@example.com' });
  const a2 = await sandbox.stripe.customers.create({ email: 'filter-a@example.com' });
  await sandbox.stripe.customers.create({ email: 'filter-b@example.com' });

  const list = await sandbox.stripe.customers.list({ email: 'filter-a@example.com' });
  assert.equal(list.object, 'list');
  assert.equal(list.url, '/v1/customers');
  assert.equal(list.has_more, false);
  assert.deepEqual(list.data.map((c) => c.id), [a2.id, a1.id], 'newest first');
  for (const c of list.data) assert.equal(c.email, 'filter-a@example.com');

  const none = await sandbox.stripe.customers.list({ email: 'nobody@example.com' });
  assert.deepEqual(none.data, []);
  assert.equal(none.has_more, false);
});

test('auto-pagination and cursors over 260 customers', async () => {
  // A marker in metadata is not filterable on list, so give this batch its own
  // creation window instead: everything created by this test is newer than
  // everything above. Record creation order to check "newest first" exactly.
  const ids = [];
  for (let i = 0; i < 260; i++) {
    const c = await sandbox.stripe.customers.create({
      email: `page-${String(i).padStart(3, '0')}@example.com`,
      metadata: { batch: 'pagination', index: String(i) },
    });
    ids.push(c.id);
  }
  const newestFirst = [...ids].reverse();
  const batch = new Set(ids);

  // for await over the whole list (100 per page => 3+ requests).
  const seen = [];
  for await (const c of sandbox.stripe.customers.list({ limit: 100 })) {
    if (batch.has(c.id)) seen.push(c.id);
  }
  assert.equal(seen.length, 260, 'every created customer is listed');
  assert.equal(new Set(seen).size, 260, 'no customer is listed twice');
  assert.deepEqual(seen, newestFirst, 'newest first');

  // Same through autoPagingToArray (has its own code path in the client).
  const all = await sandbox.stripe.customers.list({ limit: 100 }).autoPagingToArray({ limit: 10000 });
  assert.deepEqual(all.filter((c) => batch.has(c.id)).map((c) => c.id), newestFirst);

  // Manual forward paging with starting_after.
  const page1 = await sandbox.stripe.customers.list({ limit: 100 });
  assert.equal(page1.data.length, 100);
  assert.equal(page1.has_more, true);
  assert.deepEqual(page1.data.map((c) => c.id), newestFirst.slice(0, 100));
  const page2 = await sandbox.stripe.customers.list({ limit: 100, starting_after: page1.data.at(-1).id });
  assert.equal(page2.data.length, 100);
  assert.equal(page2.has_more, true);
  assert.deepEqual(page2.data.map((c) => c.id), newestFirst.slice(100, 200));

  // ending_before pages back towards the newest object: the 100 before page2's
  // first element are exactly page1, still newest first.
  const back = await sandbox.stripe.customers.list({ limit: 100, ending_before: page2.data[0].id });
  assert.deepEqual(back.data.map((c) => c.id), newestFirst.slice(0, 100));
  assert.equal(back.has_more, false, 'nothing newer than page 1');

  const back10 = await sandbox.stripe.customers.list({ limit: 10, ending_before: page2.data[0].id });
  assert.deepEqual(back10.data.map((c) => c.id), newestFirst.slice(90, 100),
    'ending_before returns the objects immediately before the cursor');
  assert.equal(back10.has_more, true);

  // Auto-pagination backwards: starting from ending_before walks to the newest.
  const backwards = [];
  for await (const c of sandbox.stripe.customers.list({ limit: 25, ending_before: newestFirst[130] })) {
    backwards.push(c.id);
  }
  assert.equal(backwards.length, 130);
  assert.equal(new Set(backwards).size, 130);
  assert.deepEqual([...backwards].sort(), newestFirst.slice(0, 130).sort());

  // Default limit is 10.
  const dflt = await sandbox.stripe.customers.list();
  assert.equal(dflt.data.length, 10);
  assert.equal(dflt.has_more, true);

  // created filter: everything at or after the first batch customer's second.
  const first = await sandbox.stripe.customers.retrieve(ids[0]);
  const since = await sandbox.stripe.customers
    .list({ limit: 100, created: { gte: first.created } })
    .autoPagingToArray({ limit: 10000 });
  const sinceIds = new Set(since.map((c) => c.id));
  for (const id of ids) assert.ok(sinceIds.has(id), `created[gte] keeps ${id}`);
  for (const c of since) assert.ok(c.created >= first.created);
  const future = await sandbox.stripe.customers.list({ created: { gt: first.created + 86400 * 365 } });
  assert.deepEqual(future.data, []);
});

test('search by email (double-quoted values)', async () => {
  const c = await sandbox.stripe.customers.create({
    email: 'searchable.person@example.org',
    name: 'Jane Doe',
    metadata: { tenant: 't-77', foo: 'bar' },
  });
  await sandbox.stripe.customers.create({ email: 'someone.else@example.org' });

  const res = await sandbox.stripe.customers.search({ query: 'email:"searchable.person@example.org"' });
  assert.equal(res.object, 'search_result');
  assert.equal(res.url, '/v1/customers/search');
  assert.equal(res.has_more, false);
  assert.equal(res.next_page ?? null, null);
  assert.deepEqual(res.data.map((x) => x.id), [c.id]);

  const meta = await sandbox.stripe.customers.search({ query: 'metadata["tenant"]:"t-77"' });
  assert.deepEqual(meta.data.map((x) => x.id), [c.id]);

  const both = await sandbox.stripe.customers.search({ query: 'name:"Jane Doe" AND metadata["foo"]:"bar"' });
  assert.deepEqual(both.data.map((x) => x.id), [c.id]);

  const none = await sandbox.stripe.customers.search({ query: 'email:"no-such-person@example.org"' });
  assert.deepEqual(none.data, []);

  // The client's search auto-pagination (follows next_page with page=).
  const seen = [];
  for await (const x of sandbox.stripe.customers.search({ query: 'email~"example.org"', limit: 1 })) {
    seen.push(x.id);
  }
  assert.equal(seen.length, 2);
  assert.equal(new Set(seen).size, 2);
  assert.ok(seen.includes(c.id));
});

test('search by email (single-quoted values, as in Stripe\'s API reference)', async () => {
  // Stripe's reference example for /v1/customers/search is
  //   query=name:'Jane Doe' AND metadata['foo']:'bar'
  // and email:'x@y.z' is the common idiom: single quotes are valid string delimiters.
  const c = await sandbox.stripe.customers.create({
    email: 'single.quoted@example.net',
    name: 'Jane Quote',
    metadata: { foo: 'baz' },
  });
  const res = await sandbox.stripe.customers.search({ query: "email:'single.quoted@example.net'" });
  assert.deepEqual(res.data.map((x) => x.id), [c.id]);
  const ref = await sandbox.stripe.customers.search({ query: "name:'Jane Quote' AND metadata['foo']:'baz'" });
  assert.deepEqual(ref.data.map((x) => x.id), [c.id]);
});

test('delete, then retrieve shows deleted: true', async () => {
  const c = await sandbox.stripe.customers.create({ email: 'to-delete@example.com' });
  const del = await sandbox.stripe.customers.del(c.id);
  assert.deepEqual({ id: del.id, object: del.object, deleted: del.deleted },
    { id: c.id, object: 'customer', deleted: true });

  const after = await sandbox.stripe.customers.retrieve(c.id);
  assert.equal(after.id, c.id);
  assert.equal(after.deleted, true);

  const list = await sandbox.stripe.customers.list({ email: 'to-delete@example.com' });
  assert.deepEqual(list.data, [], 'deleted customers are not listed');

  await assert.rejects(sandbox.stripe.customers.update(c.id, { name: 'x' }), (err) => {
    assert.equal(err.type, 'StripeInvalidRequestError');
    assert.equal(err.statusCode, 404);
    assert.equal(err.code, 'resource_missing');
    return true;
  });
});
