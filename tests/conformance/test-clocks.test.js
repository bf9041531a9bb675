'use strict';
// Stripe's test clocks (test_helpers.test_clock) on the sandbox's account clock:
// a customer on a clock, its subscription renewed when the clock advances, the
// clock's advancing/ready states and events, Stripe's refusals, and deleting the
// clock deleting its customers.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { useSandbox } = require('./lib/sandbox');
const billing = require('./lib/billing');

const sandbox = useSandbox();
const stripe = () => sandbox.stripe;
const DAY = 24 * 3600;

const accountNow = () => billing.accountNow(stripe());

test('a subscription on a test clock renews when the clock advances', async () => {
  const start = await accountNow();
  const clock = await stripe().testHelpers.testClocks.create({ frozen_time: start, name: 'renewal' });
  assert.match(clock.id, /^clock_/);
  assert.equal(clock.object, 'test_helpers.test_clock');
  assert.equal(clock.status, 'ready');
  assert.equal(clock.frozen_time, start);
  assert.equal(clock.deletes_after, start + 30 * DAY);
  assert.equal(clock.name, 'renewal');

  const customer = await stripe().customers.create({ email: 'clock@example.com', test_clock: clock.id });
  assert.equal(customer.test_clock, clock.id);
  const onClock = await stripe().customers.list({ test_clock: clock.id });
  assert.deepEqual(onClock.data.map((c) => c.id), [customer.id]);

  const product = await stripe().products.create({ name: 'Premium' });
  const price = await stripe().prices.create({
    product: product.id, currency: 'usd', unit_amount: 999, recurring: { interval: 'month' },
  });
  const sub = await stripe().subscriptions.create({
    customer: customer.id, items: [{ price: price.id }], default_payment_method: 'pm_card_visa',
  });
  const firstInvoice = sub.latest_invoice;

  const target = sub.items.data[0].current_period_end + 60;
  const advancing = await stripe().testHelpers.testClocks.advance(clock.id, { frozen_time: target });
  assert.equal(advancing.status, 'advancing', 'Stripe answers while it advances; clients poll');
  assert.equal(advancing.frozen_time, target);
  const ready = await stripe().testHelpers.testClocks.retrieve(clock.id);
  assert.equal(ready.status, 'ready');
  assert.equal(ready.frozen_time, target);

  const renewed = await stripe().subscriptions.retrieve(sub.id, { expand: ['latest_invoice'] });
  assert.notEqual(renewed.latest_invoice.id, firstInvoice);
  assert.equal(renewed.latest_invoice.billing_reason, 'subscription_cycle');
  assert.equal(renewed.latest_invoice.status, 'paid');
  assert.equal(renewed.status, 'active');

  const types = [];
  for await (const e of stripe().events.list({ limit: 100 })) {
    if (e.type.startsWith('test_helpers.test_clock.') && e.data.object.id === clock.id) types.push(e.type);
  }
  assert.deepEqual(types.reverse(), ['test_helpers.test_clock.created', 'test_helpers.test_clock.advancing',
    'test_helpers.test_clock.ready']);
});

test("Stripe's refusals: backwards, too far, missing time, unknown clock", async () => {
  const now = await accountNow();
  const clock = await stripe().testHelpers.testClocks.create({ frozen_time: now });
  const refused = (promise, param) => assert.rejects(promise, (err) => {
    assert.equal(err.statusCode, 400);
    if (param) assert.equal(err.param, param);
    return true;
  });
  await refused(stripe().testHelpers.testClocks.advance(clock.id, { frozen_time: now }), 'frozen_time');
  await refused(stripe().testHelpers.testClocks.advance(clock.id, { frozen_time: now + 3 * 366 * DAY }), 'frozen_time');
  await refused(stripe().testHelpers.testClocks.create({}), 'frozen_time');
  await refused(stripe().testHelpers.testClocks.create({ frozen_time: now - DAY }), 'frozen_time');
  await assert.rejects(stripe().testHelpers.testClocks.retrieve('clock_nope'), (err) => err.statusCode === 404);
  await assert.rejects(stripe().customers.create({ test_clock: 'clock_nope' }), (err) => {
    assert.equal(err.statusCode, 404);
    assert.equal(err.param, 'test_clock');
    return true;
  });
});

test('deleting a clock deletes its customers and ends their subscriptions', async () => {
  const clock = await stripe().testHelpers.testClocks.create({ frozen_time: await accountNow() });
  const customer = await stripe().customers.create({ email: 'gone@example.com', test_clock: clock.id });
  const bystander = await stripe().customers.create({ email: 'stays@example.com' });
  const list = await stripe().testHelpers.testClocks.list({ limit: 100 });
  assert.ok(list.data.some((c) => c.id === clock.id));

  // An existing customer can be put on a clock when it is made.
  const late = await stripe().customers.create({ email: 'late@example.com' });
  const second = await stripe().testHelpers.testClocks.create({ frozen_time: await accountNow(), customer: late.id });
  assert.equal((await stripe().customers.retrieve(late.id)).test_clock, second.id);
  await assert.rejects(stripe().testHelpers.testClocks.create({ frozen_time: await accountNow(), customer: late.id }),
    (err) => err.statusCode === 400 && err.param === 'customer');

  const deleted = await stripe().testHelpers.testClocks.del(clock.id);
  assert.equal(deleted.deleted, true);
  assert.equal((await stripe().customers.retrieve(customer.id)).deleted, true);
  assert.equal((await stripe().customers.retrieve(bystander.id)).deleted, undefined);
  await assert.rejects(stripe().testHelpers.testClocks.retrieve(clock.id), (err) => err.statusCode === 404);
});
