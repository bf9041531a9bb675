'use strict';
// Parameters the way Stripe reads them: a parameter an endpoint does not take is
// refused with 400 parameter_unknown naming it (top level or nested), never
// ignored; booleans are case-insensitive; includable fields appear only when
// expanded (customer.subscriptions, .sources, .tax_ids), and expanded objects
// never show anything Stripe would not.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const Stripe = require('stripe');
const { useSandbox } = require('./lib/sandbox');

const sandbox = useSandbox();

function rejectsUnknown(promise, name) {
  return assert.rejects(promise, (err) => {
    assert.ok(err instanceof Stripe.errors.StripeInvalidRequestError, `got ${err.type}`);
    assert.equal(err.statusCode, 400);
    assert.equal(err.code, 'parameter_unknown');
    assert.equal(err.param, name);
    assert.equal(err.message, `Received unknown parameter: ${name}`);
    assert.equal(err.raw.doc_url, 'https://stripe.com/docs/error-codes/parameter-unknown');
    return true;
  });
}

async function subscribedCustomer(email) {
  const product = await sandbox.stripe.products.create({ name: 'Premium' });
  const price = await sandbox.stripe.prices.create({
    product: product.id, currency: 'usd', unit_amount: 999, recurring: { interval: 'month' },
  });
  const session = await sandbox.stripe.checkout.sessions.create({
    mode: 'subscription',
    line_items: [{ price: price.id, quantity: 1 }],
    customer_email: email,
    success_url: 'https://example.com/ok',
    cancel_url: 'https://example.com/no',
  });
  await sandbox.stripe.rawRequest('POST', `/v1/test_helpers/checkout/sessions/${session.id}/complete`,
    { card: '4242424242424242' });
  return sandbox.stripe.checkout.sessions.retrieve(session.id);
}

test('an unknown top-level parameter is refused, on POST and on GET, and nothing is created', async () => {
  await rejectsUnknown(sandbox.stripe.customers.create({ email: 'x@example.com', favourite_colour: 'red' }),
    'favourite_colour');
  const after = await sandbox.stripe.customers.list({ email: 'x@example.com' });
  assert.equal(after.data.length, 0, 'a refused create leaves nothing behind');
  await rejectsUnknown(sandbox.stripe.customers.list({ colour: 'red' }), 'colour');
  await rejectsUnknown(sandbox.stripe.products.create({ name: 'P', price: 100 }), 'price');
});

test('an unknown nested parameter is named with its brackets', async () => {
  const product = await sandbox.stripe.products.create({ name: 'Nested' });
  await rejectsUnknown(sandbox.stripe.prices.create({
    product: product.id, currency: 'usd', unit_amount: 100, recurring: { interval: 'month', every: 'day' },
  }), 'recurring[every]');
  const price = await sandbox.stripe.prices.create({ product: product.id, currency: 'usd', unit_amount: 100 });
  await rejectsUnknown(sandbox.stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price: price.id, quantity: 1 }, { price: price.id, colour: 'red' }],
    success_url: 'https://example.com/ok',
  }), 'line_items[1][colour]');
  // A price's amount cannot change: Stripe does not take it on update at all.
  await rejectsUnknown(sandbox.stripe.prices.update(price.id, { unit_amount: 200 }), 'unit_amount');
});

test('metadata takes any key; Stripe parameters the sandbox does not model are still accepted', async () => {
  const customer = await sandbox.stripe.customers.create({
    email: 'meta@example.com',
    metadata: { anything: 'goes', 'with-dash': 'too' },
    preferred_locales: ['fr'],
    tax_exempt: 'none',
  });
  assert.deepEqual(customer.metadata, { anything: 'goes', 'with-dash': 'too' });
});

test('booleans are read case-insensitively; anything else is refused', async () => {
  const product = await sandbox.stripe.products.create({ name: 'Bool' });
  for (const value of ['FALSE', 'False', 'false']) {
    const updated = await sandbox.stripe.rawRequest('POST', `/v1/products/${product.id}`, { active: value });
    assert.equal(updated.active, false, value);
    await sandbox.stripe.products.update(product.id, { active: true });
  }
  await assert.rejects(sandbox.stripe.rawRequest('POST', `/v1/products/${product.id}`, { active: 'yes' }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.param, 'active');
    return true;
  });
});

test("a customer's subscriptions, sources and tax ids are included only when expanded", async () => {
  const session = await subscribedCustomer('incl@example.com');
  const plain = await sandbox.stripe.customers.retrieve(session.customer);
  assert.equal(plain.subscriptions, undefined);
  assert.equal(plain.sources, undefined);

  const full = await sandbox.stripe.customers.retrieve(session.customer, {
    expand: ['subscriptions', 'sources', 'tax_ids', 'invoice_settings.default_payment_method'],
  });
  assert.equal(full.subscriptions.object, 'list');
  assert.deepEqual(full.subscriptions.data.map((s) => s.id), [session.subscription]);
  assert.equal(full.subscriptions.url, `/v1/customers/${session.customer}/subscriptions`);
  assert.equal(full.sources.object, 'list');
  assert.deepEqual(full.sources.data, []);
  assert.deepEqual(full.tax_ids.data, []);

  // Deeper: the subscriptions' own references expand too (data. prefix inside the list).
  const deep = await sandbox.stripe.customers.retrieve(session.customer, {
    expand: ['subscriptions.data.default_payment_method'],
  });
  const pm = deep.subscriptions.data[0].default_payment_method;
  assert.equal(pm.object, 'payment_method');
  assert.equal(pm.card.last4, '4242');
  assert.equal(pm._number, undefined, 'the sandbox keeps its own fields to itself');
  for (const key of Object.keys(pm)) assert.ok(!key.startsWith('_'), key);

  // On a list, the same field needs the data. prefix, as Stripe says.
  const listed = await sandbox.stripe.customers.list({ email: 'incl@example.com', expand: ['data.subscriptions'] });
  assert.equal(listed.data[0].subscriptions.data.length, 1);
  await assert.rejects(sandbox.stripe.customers.list({ expand: ['subscriptions'] }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.match(err.message, /data\.subscriptions/);
    return true;
  });

  // Once canceled, it is no longer among the customer's subscriptions.
  await sandbox.stripe.subscriptions.cancel(session.subscription);
  const after = await sandbox.stripe.customers.retrieve(session.customer, { expand: ['subscriptions'] });
  assert.deepEqual(after.subscriptions.data, []);
});

test('an expanded reference hides private fields everywhere', async () => {
  const session = await subscribedCustomer('priv@example.com');
  const sub = await sandbox.stripe.subscriptions.retrieve(session.subscription, { expand: ['default_payment_method'] });
  assert.equal(sub.default_payment_method.object, 'payment_method');
  assert.equal(JSON.stringify(sub).includes('"_'), false);
});
