'use strict';
// Products and prices beyond what Checkout needs: search (products, prices) and
// deleting a product, which Stripe allows only while no price points at it.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { useSandbox } = require('./lib/sandbox');

const sandbox = useSandbox();

test('search products and prices', async () => {
  const premium = await sandbox.stripe.products.create({ name: 'Premium course', metadata: { tier: 'gold' } });
  const basic = await sandbox.stripe.products.create({ name: 'Basic notes', active: false });
  await sandbox.stripe.prices.create({ product: premium.id, currency: 'usd', unit_amount: 999,
    recurring: { interval: 'month' }, lookup_key: 'premium_m' });
  await sandbox.stripe.prices.create({ product: premium.id, currency: 'eur', unit_amount: 899 });

  const byName = await sandbox.stripe.products.search({ query: 'name~"premium"' });
  assert.equal(byName.object, 'search_result');
  assert.deepEqual(byName.data.map((p) => p.id), [premium.id]);
  const inactive = await sandbox.stripe.products.search({ query: 'active:"false"' });
  assert.deepEqual(inactive.data.map((p) => p.id), [basic.id]);
  const byMeta = await sandbox.stripe.products.search({ query: 'metadata["tier"]:"gold"' });
  assert.deepEqual(byMeta.data.map((p) => p.id), [premium.id]);

  const eur = await sandbox.stripe.prices.search({ query: `currency:"eur" AND product:"${premium.id}"` });
  assert.equal(eur.data.length, 1);
  assert.equal(eur.data[0].unit_amount, 899);
  const byKey = await sandbox.stripe.prices.search({ query: 'lookup_key:"premium_m"' });
  assert.equal(byKey.data[0].unit_amount, 999);
  const recurring = await sandbox.stripe.prices.search({ query: 'type:"recurring"' });
  assert.equal(recurring.data.length, 1);
});

test('delete a product without prices; a product with prices is refused', async () => {
  const lonely = await sandbox.stripe.products.create({ name: 'Lonely' });
  const deleted = await sandbox.stripe.products.del(lonely.id);
  assert.equal(deleted.id, lonely.id);
  assert.equal(deleted.object, 'product');
  assert.equal(deleted.deleted, true);
  await assert.rejects(sandbox.stripe.products.retrieve(lonely.id), (err) => {
    assert.equal(err.statusCode, 404);
    assert.equal(err.code, 'resource_missing');
    return true;
  });
  const events = await sandbox.stripe.events.list({ type: 'product.deleted' });
  assert.equal(events.data[0].data.object.id, lonely.id);

  const priced = await sandbox.stripe.products.create({ name: 'Priced' });
  await sandbox.stripe.prices.create({ product: priced.id, currency: 'usd', unit_amount: 100 });
  await assert.rejects(sandbox.stripe.products.del(priced.id), (err) => {
    assert.equal(err.statusCode, 400);
    assert.match(err.message, /cannot be deleted because it has one or more user-created prices/);
    return true;
  });
  assert.equal((await sandbox.stripe.products.retrieve(priced.id)).id, priced.id);
});
