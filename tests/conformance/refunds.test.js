'use strict';
// Refunds through the official client: full and partial, by charge or by
// payment_intent, Stripe's refusals, retrieve/update/list/cancel, the events in
// Stripe's order, the refund's balance transaction (Stripe keeps its fee), the
// charge's refunds list, and the test cards whose refunds stay pending
// (4000000000007726) or fail later (4000000000005126) as the sandbox clock moves.
// The refunds' debits are then settled by the daily payout.
//
// The steps share state and run in order; a failed step makes later ones fail fast.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { useSandbox } = require('./lib/sandbox');
const billing = require('./lib/billing');

const sandbox = useSandbox();
const s = {};
const DAY = 86400;
const stripe = () => sandbox.stripe;

const advance = (params) => billing.advance(stripe(), params);
const charge = (card, email) => billing.chargeThroughCheckout(stripe(), s.price.id, card, email);
async function eventsAbout(id) {
  return (await billing.allEvents(stripe())).filter((e) => e.data.object.id === id);
}
const { rejects } = billing;
function need(...keys) {
  for (const k of keys) assert.ok(s[k] !== undefined, `an earlier step did not provide ${k}`);
}

test('a partial refund by charge', async () => {
  const product = await stripe().products.create({ name: 'Premium' });
  s.price = await stripe().prices.create({ product: product.id, unit_amount: 2000, currency: 'usd', recurring: { interval: 'month' } });
  s.chargeA = await charge('4242424242424242', 'a@example.com');

  const refund = await stripe().refunds.create({
    charge: s.chargeA.id, amount: 500, reason: 'requested_by_customer', metadata: { ticket: 'T-1' },
  });
  s.partial = refund;
  assert.match(refund.id, /^re_/);
  assert.equal(refund.object, 'refund');
  assert.equal(refund.amount, 500);
  assert.equal(refund.charge, s.chargeA.id);
  assert.equal(refund.payment_intent, s.chargeA.payment_intent);
  assert.equal(refund.currency, 'usd');
  assert.equal(refund.status, 'succeeded');
  assert.equal(refund.reason, 'requested_by_customer');
  assert.deepEqual(refund.metadata, { ticket: 'T-1' });
  assert.equal(refund.destination_details.type, 'card');

  const txn = await stripe().balanceTransactions.retrieve(refund.balance_transaction);
  assert.equal(txn.type, 'refund');
  assert.equal(txn.reporting_category, 'refund');
  assert.equal(txn.source, refund.id);
  assert.equal(txn.amount, -500);
  assert.equal(txn.fee, 0, 'Stripe keeps its fee on refunds');
  assert.deepEqual(txn.fee_details, []);
  assert.equal(txn.net, -500);
  assert.equal(txn.status, 'available');
  assert.equal(txn.available_on, txn.created);

  const ch = await stripe().charges.retrieve(s.chargeA.id);
  assert.equal(ch.amount_refunded, 500);
  assert.equal(ch.refunded, false);

  const events = await eventsAbout(refund.id);
  assert.deepEqual(events.map((e) => e.type), ['refund.created']);
  const chargeEvents = (await eventsAbout(s.chargeA.id)).map((e) => e.type);
  assert.deepEqual(chargeEvents, ['charge.succeeded', 'charge.refunded']);
  const all = (await stripe().events.list({ limit: 2 })).data;
  assert.deepEqual(all.map((e) => e.type), ['charge.refunded', 'refund.created'], 'refund.created, then charge.refunded');
  assert.equal(all[0].data.object.amount_refunded, 500);
  assert.deepEqual(all[0].data.previous_attributes, { amount_refunded: 0, refunded: false });
});

test("Stripe's refusals", async () => {
  need('chargeA');
  await rejects(stripe().refunds.create({ charge: s.chargeA.id, amount: 1600 }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.type, 'StripeInvalidRequestError');
    assert.equal(err.code, 'amount_too_large');
    assert.equal(err.param, 'amount');
    assert.equal(err.message, 'Refund amount ($16.00) is greater than unrefunded amount on charge ($15.00)');
  });
  s.chargeB = await charge('4242424242424242', 'b@example.com');
  await rejects(stripe().refunds.create({ charge: s.chargeB.id, amount: 2500 }), (err) => {
    assert.equal(err.code, 'amount_too_large');
    assert.equal(err.message, 'Refund amount ($25.00) is greater than charge amount ($20.00)');
  });
  await rejects(stripe().refunds.create({ charge: s.chargeB.id, amount: 0 }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.param, 'amount');
  });
  await rejects(stripe().refunds.create({ charge: s.chargeB.id, reason: 'changed_mind' }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.param, 'reason');
    assert.equal(err.message, 'Invalid reason: must be one of duplicate, fraudulent, or requested_by_customer');
  });
  await rejects(stripe().refunds.create({ amount: 100 }), (err) => {
    assert.equal(err.code, 'parameter_missing');
  });
  await rejects(stripe().refunds.create({ charge: 'ch_missing' }), (err) => {
    assert.equal(err.statusCode, 404);
    assert.equal(err.code, 'resource_missing');
    assert.equal(err.param, 'charge');
    assert.equal(err.message, "No such charge: 'ch_missing'");
  });
  await rejects(stripe().refunds.create({ charge: s.chargeB.id, refund_everything: true }), (err) => {
    assert.equal(err.code, 'parameter_unknown');
    assert.equal(err.param, 'refund_everything');
  });

  s.disputed = await charge('4000000000000259', 'dispute@example.com');
  await rejects(stripe().refunds.create({ charge: s.disputed.id }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.code, 'charge_disputed');
    assert.equal(err.message, `Charge ${s.disputed.id} has been charged back; cannot issue a refund.`);
  });
  // Nothing of the refused requests stayed behind.
  assert.equal((await stripe().charges.retrieve(s.chargeB.id)).amount_refunded, 0);
  assert.deepEqual((await stripe().refunds.list({ charge: s.chargeB.id })).data, []);
});

test('the rest by payment_intent, then charge_already_refunded', async () => {
  need('chargeA');
  const rest = await stripe().refunds.create({ payment_intent: s.chargeA.payment_intent, reason: 'duplicate' });
  s.rest = rest;
  assert.equal(rest.amount, 1500);
  assert.equal(rest.charge, s.chargeA.id);
  const ch = await stripe().charges.retrieve(s.chargeA.id, { expand: ['refunds'] });
  assert.equal(ch.amount_refunded, 2000);
  assert.equal(ch.refunded, true);
  assert.equal(ch.refunds.object, 'list');
  assert.equal(ch.refunds.url, `/v1/charges/${s.chargeA.id}/refunds`);
  assert.deepEqual(ch.refunds.data.map((r) => r.id), [rest.id, s.partial.id]);
  assert.equal((await stripe().charges.retrieve(s.chargeA.id)).refunds, undefined, 'includable: only when expanded');
  const listed = await stripe().charges.list({ customer: s.chargeA.customer, expand: ['data.refunds', 'data.customer'] });
  assert.deepEqual(listed.data[0].refunds.data.map((r) => r.id), [rest.id, s.partial.id]);
  assert.equal(listed.data[0].customer.id, s.chargeA.customer, 'other expansions still apply');
  assert.equal((await stripe().charges.list({ customer: s.chargeA.customer })).data[0].refunds, undefined);

  await rejects(stripe().refunds.create({ charge: s.chargeA.id }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.code, 'charge_already_refunded');
    assert.equal(err.message, `Charge ${s.chargeA.id} has already been refunded.`);
  });
  await rejects(stripe().refunds.create({ payment_intent: 'pi_missing' }), (err) => {
    assert.equal(err.statusCode, 404);
    assert.equal(err.param, 'payment_intent');
  });
});

test('retrieve, update metadata, list with filters and paging, cancel refused', async () => {
  need('rest');
  const fetched = await stripe().refunds.retrieve(s.partial.id, { expand: ['charge', 'balance_transaction'] });
  assert.equal(fetched.charge.id, s.chargeA.id);
  assert.equal(fetched.balance_transaction.net, -500);

  const updated = await stripe().refunds.update(s.partial.id, { metadata: { ticket: '', agent: 'ada' } });
  assert.deepEqual(updated.metadata, { agent: 'ada' });
  const events = await eventsAbout(s.partial.id);
  assert.deepEqual(events.map((e) => e.type), ['refund.created', 'refund.updated']);
  assert.deepEqual(events[1].data.previous_attributes, { metadata: { ticket: 'T-1' } });

  const byCharge = await stripe().refunds.list({ charge: s.chargeA.id });
  assert.deepEqual(byCharge.data.map((r) => r.id), [s.rest.id, s.partial.id]);
  const byIntent = await stripe().refunds.list({ payment_intent: s.chargeA.payment_intent });
  assert.deepEqual(byIntent.data.map((r) => r.id), [s.rest.id, s.partial.id]);
  const page1 = await stripe().refunds.list({ limit: 1 });
  assert.equal(page1.has_more, true);
  assert.equal(page1.data[0].id, s.rest.id);
  const page2 = await stripe().refunds.list({ limit: 1, starting_after: page1.data[0].id });
  assert.equal(page2.data[0].id, s.partial.id);
  assert.equal(page2.has_more, false);
  assert.deepEqual((await stripe().refunds.list({ created: { gt: s.rest.created + DAY } })).data, []);

  const own = await stripe().rawRequest('GET', `/v1/charges/${s.chargeA.id}/refunds`, {});
  assert.deepEqual(own.data.map((r) => r.id), [s.rest.id, s.partial.id]);

  await rejects(stripe().refunds.cancel(s.rest.id), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.message, `Refund ${s.rest.id} cannot be canceled because it has a status of succeeded. `
      + 'Only refunds with a status of requires_action can be canceled.');
  });
  await rejects(stripe().refunds.retrieve('re_missing'), (err) => {
    assert.equal(err.statusCode, 404);
    assert.equal(err.message, "No such refund: 're_missing'");
  });
});

test('4000000000007726: the refund stays pending, then succeeds as the clock moves', async () => {
  need('price');
  s.pendingCharge = await charge('4000000000007726', 'pending@example.com');
  const refund = await stripe().refunds.create({ charge: s.pendingCharge.id, amount: 1000 });
  s.pendingRefund = refund;
  assert.equal(refund.status, 'pending');
  assert.equal(refund.pending_reason, 'processing');
  assert.equal((await stripe().charges.retrieve(s.pendingCharge.id)).amount_refunded, 1000);
  await rejects(stripe().refunds.cancel(refund.id), (err) => assert.match(err.message, /status of pending/));
});

test('4000000000005126: the refund succeeds, then fails and the money comes back', async () => {
  need('price');
  s.failCharge = await charge('4000000000005126', 'fail@example.com');
  const refund = await stripe().refunds.create({ payment_intent: s.failCharge.payment_intent });
  s.failRefund = refund;
  assert.equal(refund.status, 'succeeded');
  assert.equal(refund.amount, 2000);
  assert.equal((await stripe().charges.retrieve(s.failCharge.id)).refunded, true);

  await advance({ days: 1 });
  const pending = await stripe().refunds.retrieve(s.pendingRefund.id);
  assert.equal(pending.status, 'succeeded');
  assert.equal(pending.pending_reason, undefined);
  const pendingEvents = await eventsAbout(pending.id);
  assert.deepEqual(pendingEvents.map((e) => e.type), ['refund.created', 'refund.updated']);
  assert.deepEqual(pendingEvents[1].data.previous_attributes, { status: 'pending' });

  const failed = await stripe().refunds.retrieve(refund.id, { expand: ['failure_balance_transaction'] });
  assert.equal(failed.status, 'failed');
  assert.equal(failed.failure_reason, 'expired_or_canceled_card');
  assert.equal(failed.failure_balance_transaction.type, 'refund_failure');
  assert.equal(failed.failure_balance_transaction.reporting_category, 'refund_failure');
  assert.equal(failed.failure_balance_transaction.amount, 2000);
  assert.equal(failed.failure_balance_transaction.status, 'available');
  const ch = await stripe().charges.retrieve(s.failCharge.id);
  assert.equal(ch.amount_refunded, 0);
  assert.equal(ch.refunded, false);
  const events = await eventsAbout(refund.id);
  assert.deepEqual(events.map((e) => e.type), ['refund.created', 'refund.updated', 'refund.failed']);
  assert.deepEqual(events[1].data.previous_attributes, { status: 'succeeded' });
});

test("the refunds' debits are settled by the daily payout, to the cent", async () => {
  need('failRefund', 'pendingRefund');
  await advance({ days: 3 });
  const payouts = await stripe().payouts.list({ limit: 100 });
  assert.equal(payouts.data.length, 1);
  const po = payouts.data[0];
  const txns = await stripe().balanceTransactions.list({ payout: po.id, limit: 100 }).autoPagingToArray({ limit: 1000 });
  const ids = new Set(txns.map((t) => t.id));
  for (const refund of [s.partial, s.rest, s.pendingRefund, s.failRefund]) assert.ok(ids.has(refund.balance_transaction), refund.id);
  const failed = await stripe().refunds.retrieve(s.failRefund.id);
  assert.ok(ids.has(failed.failure_balance_transaction), 'the refund failure too');
  // Charges: 5 x 1912 net; refunds -500 -1500 -1000 -2000 +2000; dispute -2000 -1500.
  assert.equal(po.amount, 5 * 1912 - 500 - 1500 - 1000 - 2000 + 2000 - 3500);
  assert.equal(txns.filter((t) => t.type !== 'payout').reduce((sum, t) => sum + t.net, 0), po.amount);
  assert.equal(txns.length, 5 + 5 + 1 + 1);
});

test('a failed charge cannot be refunded', async () => {
  need('price');
  const first = await charge('4000000000000341', 'later@example.com');
  await advance({ days: 32 });
  const charges = await stripe().charges.list({ customer: first.customer });
  const failed = charges.data.find((c) => c.status === 'failed');
  assert.ok(failed, 'the renewal was declined');
  await rejects(stripe().refunds.create({ charge: failed.id }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.message, `Charge ${failed.id} has not been captured.`);
  });
});

test('charges: search, and what may change afterwards', async () => {
  const ch = await charge('4242424242424242', 'search-me@example.com');
  const bySearch = await stripe().charges.search({ query: `customer:"${ch.customer}" AND status:"succeeded"` });
  assert.deepEqual(bySearch.data.map((c) => c.id), [ch.id]);
  const refunded = await stripe().charges.search({ query: 'refunded:"true"' });
  assert.ok(refunded.data.every((c) => c.refunded === true) && refunded.data.length > 0);

  const updated = await stripe().charges.update(ch.id, {
    description: 'Premium, March', metadata: { ticket: 'T-9' }, receipt_email: 'receipts@example.com',
  });
  assert.equal(updated.description, 'Premium, March');
  assert.deepEqual(updated.metadata, { ticket: 'T-9' });
  assert.equal(updated.receipt_email, 'receipts@example.com');
  assert.equal(updated.amount, ch.amount, 'the amount never changes');
  const types = (await eventsAbout(ch.id)).map((e) => e.type);
  assert.equal(types[types.length - 1], 'charge.updated', types.join(', '));
  const other = await stripe().customers.create({ email: 'other@example.com' });
  await rejects(stripe().charges.update(ch.id, { customer: other.id }), (err) => assert.equal(err.statusCode, 400));
  await rejects(stripe().charges.update(ch.id, { amount: 1 }), (err) => assert.equal(err.code, 'parameter_unknown'));
});
