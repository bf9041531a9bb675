'use strict';
// The account's money through the official client: balance transactions settle
// two days after a charge (00:00 UTC), the sandbox clock drives automatic daily
// payouts that carry exactly the transactions they settle (charges, refunds, a
// dispute's debit), a payout to a failing test bank account gives the money back,
// manual payouts draw on the available balance, and the events come in order.
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
const floorDay = (t) => t - (t % DAY);
// The next business day after the day the payout is submitted (an hour after creation).
function expectedArrival(created) {
  let day = floorDay(created + 3600) + DAY;
  while ([0, 6].includes(new Date(day * 1000).getUTCDay())) day += DAY;
  return day;
}

const clock = () => billing.accountNow(stripe());
const advance = (params) => billing.advance(stripe(), params);
const charge = (card, email) => billing.chargeThroughCheckout(stripe(), s.price.id, card, email);
const allEvents = () => billing.allEvents(stripe());
async function carried(payoutId) {
  return stripe().balanceTransactions.list({ payout: payoutId, limit: 100 }).autoPagingToArray({ limit: 1000 });
}
const { rejects } = billing;
function need(...keys) {
  for (const k of keys) assert.ok(s[k] !== undefined, `an earlier step did not provide ${k}`);
}

test('an empty account: zero balance, Stripe shape', async () => {
  const product = await stripe().products.create({ name: 'Premium' });
  s.price = await stripe().prices.create({ product: product.id, unit_amount: 5000, currency: 'usd', recurring: { interval: 'month' } });
  const balance = await stripe().balance.retrieve();
  assert.equal(balance.object, 'balance');
  assert.equal(balance.livemode, false);
  assert.deepEqual(balance.available, [{ amount: 0, currency: 'usd', source_types: { card: 0 } }]);
  assert.deepEqual(balance.pending, [{ amount: 0, currency: 'usd', source_types: { card: 0 } }]);
  assert.deepEqual(balance.refund_and_dispute_prefunding.available, [{ amount: 0, currency: 'usd', source_types: { card: 0 } }]);

  const settings = await stripe().balanceSettings.retrieve();
  assert.equal(settings.object, 'balance_settings');
  assert.equal(settings.payments.payouts.schedule.interval, 'daily');
  assert.equal(settings.payments.settlement_timing.delay_days, 2);

  await rejects(stripe().payouts.create({ amount: 100, currency: 'usd' }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.code, 'balance_insufficient');
    assert.match(err.message, /automatically being paid out/);
  });
});

test('a charge settles later: pending until 00:00 UTC two days on', async () => {
  need('price');
  s.chargeA = await charge('4242424242424242', 'a@example.com');
  const txn = await stripe().balanceTransactions.retrieve(s.chargeA.balance_transaction);
  assert.equal(txn.object, 'balance_transaction');
  assert.equal(txn.type, 'charge');
  assert.equal(txn.reporting_category, 'charge');
  assert.equal(txn.balance_type, 'payments');
  assert.equal(txn.source, s.chargeA.id);
  assert.equal(txn.amount, 5000);
  assert.equal(txn.fee, 175, '2.9% + 30¢ of $50.00');
  assert.equal(txn.net, 4825);
  assert.deepEqual(txn.fee_details.map((f) => [f.type, f.amount, f.currency]), [['stripe_fee', 175, 'usd']]);
  assert.equal(txn.status, 'pending');
  assert.equal(txn.available_on, floorDay(txn.created) + 2 * DAY);
  s.t0 = txn.created;

  const balance = await stripe().balance.retrieve();
  assert.deepEqual(balance.pending, [{ amount: 4825, currency: 'usd', source_types: { card: 4825 } }]);
  assert.equal(balance.available[0].amount, 0);
});

test('a dispute and a refund debit the available balance at once', async () => {
  need('chargeA');
  s.chargeB = await charge('4000000000000259', 'dispute@example.com');
  const disputes = await stripe().disputes.list({ charge: s.chargeB.id });
  assert.equal(disputes.data.length, 1);
  const debit = disputes.data[0].balance_transactions[0];
  s.disputeTxn = debit.id;
  const txn = await stripe().balanceTransactions.retrieve(debit.id);
  assert.equal(txn.type, 'adjustment');
  assert.equal(txn.reporting_category, 'dispute');
  assert.equal(txn.amount, -5000);
  assert.equal(txn.fee, 1500);
  assert.equal(txn.net, -6500);
  assert.equal(txn.status, 'available');
  assert.equal(txn.available_on, txn.created);

  s.refund = await stripe().refunds.create({ charge: s.chargeA.id, amount: 300 });
  const refundTxn = await stripe().balanceTransactions.retrieve(s.refund.balance_transaction);
  assert.equal(refundTxn.type, 'refund');
  assert.equal(refundTxn.net, -300);
  assert.equal(refundTxn.status, 'available');

  const balance = await stripe().balance.retrieve();
  assert.equal(balance.available[0].amount, -6800);
  assert.equal(balance.pending[0].amount, 9650);
});

test('balance transactions list: filters, paging, the history alias', async () => {
  need('chargeB', 'refund');
  const all = await stripe().balanceTransactions.list({ limit: 100 });
  assert.equal(all.object, 'list');
  assert.equal(all.url, '/v1/balance_transactions');
  assert.equal(all.data.length, 4);
  const charges = await stripe().balanceTransactions.list({ type: 'charge' });
  assert.deepEqual(charges.data.map((t) => t.source).sort(), [s.chargeA.id, s.chargeB.id].sort());
  const bySource = await stripe().balanceTransactions.list({ source: s.refund.id });
  assert.deepEqual(bySource.data.map((t) => t.id), [s.refund.balance_transaction]);
  assert.equal((await stripe().balanceTransactions.list({ currency: 'eur' })).data.length, 0);
  assert.equal((await stripe().balanceTransactions.list({ created: { gt: s.t0 + 365 * DAY } })).data.length, 0);

  const first = await stripe().balanceTransactions.list({ limit: 2 });
  assert.equal(first.has_more, true);
  const second = await stripe().balanceTransactions.list({ limit: 2, starting_after: first.data[1].id });
  assert.equal(second.has_more, false);
  assert.deepEqual([...first.data, ...second.data].map((t) => t.id), all.data.map((t) => t.id));

  const res = await fetch(`${sandbox.sb.baseUrl}/v1/balance/history?limit=100`, { headers: { Authorization: `Bearer ${sandbox.sb.key}` } });
  assert.equal(res.status, 200);
  const history = await res.json();
  assert.equal(history.url, '/v1/balance/history');
  assert.deepEqual(history.data.map((t) => t.id), all.data.map((t) => t.id));

  await rejects(stripe().balanceTransactions.list({ payout: 'po_missing' }), (err) => {
    assert.equal(err.statusCode, 404);
    assert.equal(err.code, 'resource_missing');
    assert.equal(err.param, 'payout');
  });
  await rejects(stripe().balanceTransactions.list({ bogus: 1 }), (err) => {
    assert.equal(err.code, 'parameter_unknown');
    assert.equal(err.param, 'bogus');
  });
});

test('no payout while the available balance is negative', async () => {
  need('t0');
  await advance({ frozen_time: floorDay(s.t0) + DAY + 7200 });
  assert.deepEqual((await stripe().payouts.list()).data, []);
  const balance = await stripe().balance.retrieve();
  assert.equal(balance.available[0].amount, -6800);
  assert.equal(balance.pending[0].amount, 9650);
});

test('the daily payout: funds settle at 00:00 UTC and are paid out, exact to the cent', async () => {
  need('t0');
  const settleDay = floorDay(s.t0) + 2 * DAY;
  await advance({ frozen_time: settleDay + 1800 });
  const payouts = await stripe().payouts.list();
  assert.equal(payouts.data.length, 1);
  const po = payouts.data[0];
  s.payout = po;
  assert.match(po.id, /^po_/);
  assert.equal(po.object, 'payout');
  assert.equal(po.amount, 4825 + 4825 - 6500 - 300);
  assert.equal(po.currency, 'usd');
  assert.equal(po.automatic, true);
  assert.equal(po.method, 'standard');
  assert.equal(po.type, 'bank_account');
  assert.equal(po.source_type, 'card');
  assert.equal(po.status, 'pending');
  assert.equal(po.created, settleDay);
  assert.equal(po.arrival_date, expectedArrival(po.created));
  assert.equal(po.reconciliation_status, 'in_progress');
  assert.equal(po.livemode, false);
  assert.equal(po.failure_code, null);
  assert.equal(po.failure_balance_transaction, null);
  assert.match(po.destination, /^ba_/);

  const expanded = await stripe().payouts.retrieve(po.id, { expand: ['destination', 'balance_transaction'] });
  assert.equal(expanded.destination.object, 'bank_account');
  assert.equal(expanded.destination.last4, '6789');
  assert.equal(expanded.destination.bank_name, 'STRIPE TEST BANK');
  assert.equal(expanded.destination.status, 'new');
  assert.equal(expanded.balance_transaction.type, 'payout');
  assert.equal(expanded.balance_transaction.reporting_category, 'payout');
  assert.equal(expanded.balance_transaction.amount, -po.amount);
  assert.equal(expanded.balance_transaction.net, -po.amount);
  assert.equal(expanded.balance_transaction.source, po.id);

  const txns = await carried(po.id);
  const expected = [s.chargeA.balance_transaction, s.chargeB.balance_transaction, s.disputeTxn,
    s.refund.balance_transaction, po.balance_transaction].sort();
  assert.deepEqual(txns.map((t) => t.id).sort(), expected);
  assert.ok(txns.every((t) => t.status === 'available'));
  for (const object of [po, expanded.destination, ...txns]) {
    assert.deepEqual(Object.keys(object).filter((k) => k.startsWith('_')), [], 'private fields stay private');
  }
  const settled = txns.filter((t) => t.id !== po.balance_transaction);
  assert.equal(settled.reduce((sum, t) => sum + t.net, 0), po.amount, 'the payout is the sum of the net it carries');

  const balance = await stripe().balance.retrieve();
  assert.equal(balance.available[0].amount, 0);
  assert.equal(balance.pending[0].amount, 0);
});

test('the payout goes in transit, then is paid on its arrival date; events in order', async () => {
  need('payout');
  const po = s.payout;
  await advance({ frozen_time: po.arrival_date + 60 });
  const paid = await stripe().payouts.retrieve(po.id);
  assert.equal(paid.status, 'paid');
  assert.equal(paid.reconciliation_status, 'completed');

  const events = (await allEvents()).filter((e) => e.type.startsWith('payout.') || e.type === 'balance.available');
  assert.deepEqual(events.map((e) => e.type),
    ['balance.available', 'payout.created', 'payout.updated', 'payout.updated', 'payout.paid', 'payout.reconciliation_completed']);
  const [available, created, inTransit, updated, paidEvent, reconciled] = events;
  assert.equal(reconciled.data.object.reconciliation_status, 'completed');
  assert.equal(available.data.object.object, 'balance');
  assert.equal(available.data.object.available[0].amount, po.amount, 'announced before the payout takes it');
  assert.equal(available.created, floorDay(s.t0) + 2 * DAY);
  assert.equal(created.data.object.id, po.id);
  assert.equal(created.data.object.status, 'pending');
  assert.equal(inTransit.data.object.status, 'in_transit');
  assert.deepEqual(inTransit.data.previous_attributes, { status: 'pending' });
  assert.equal(inTransit.created, po.created + 3600);
  assert.equal(updated.data.object.status, 'paid');
  assert.deepEqual(updated.data.previous_attributes, { status: 'in_transit' });
  assert.equal(paidEvent.data.object.status, 'paid');
  assert.equal(paidEvent.created, po.arrival_date);

  const paidList = await stripe().payouts.list({ status: 'paid' });
  assert.deepEqual(paidList.data.map((p) => p.id), [po.id]);
  assert.deepEqual((await stripe().payouts.list({ status: 'pending' })).data, []);
  const byArrival = await stripe().payouts.list({ arrival_date: { gte: po.arrival_date, lte: po.arrival_date } });
  assert.deepEqual(byArrival.data.map((p) => p.id), [po.id]);
  assert.deepEqual((await stripe().payouts.list({ created: { gt: po.created } })).data, []);

  await rejects(stripe().payouts.cancel(po.id), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.message, 'You cannot cancel automatic Stripe payouts.');
  });
});

test('a payout to a closed test bank account fails and the money comes back', async () => {
  need('payout');
  const bank = await stripe().rawRequest('POST', '/v1/test_helpers/bank_account', { account_number: '000111111113' });
  assert.equal(bank.object, 'bank_account');
  assert.equal(bank.last4, '1113');
  await rejects(stripe().rawRequest('POST', '/v1/test_helpers/bank_account', { account_number: 'abc' }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.param, 'account_number');
  });

  s.chargeC = await charge('4242424242424242', 'c@example.com');
  const created = (await stripe().balanceTransactions.retrieve(s.chargeC.balance_transaction)).created;
  await advance({ frozen_time: floorDay(created) + 2 * DAY + 7200 });
  const [po] = (await stripe().payouts.list({ limit: 1 })).data;
  assert.notEqual(po.id, s.payout.id);
  assert.equal(po.amount, 4825);
  assert.equal(po.destination, bank.id);
  assert.equal(po.status, 'in_transit');
  assert.deepEqual((await carried(po.id)).map((t) => t.id).sort(), [s.chargeC.balance_transaction, po.balance_transaction].sort());

  await advance({ frozen_time: po.arrival_date + 60 });
  const failed = await stripe().payouts.retrieve(po.id, { expand: ['failure_balance_transaction', 'destination'] });
  assert.equal(failed.status, 'failed');
  assert.equal(failed.failure_code, 'account_closed');
  assert.equal(failed.failure_message, 'The bank account has been closed.');
  assert.equal(failed.failure_balance_transaction.type, 'payout_failure');
  assert.equal(failed.failure_balance_transaction.reporting_category, 'payout_reversal');
  assert.equal(failed.failure_balance_transaction.amount, 4825);
  assert.equal(failed.failure_balance_transaction.source, po.id);
  assert.equal(failed.destination.status, 'errored');
  assert.equal((await stripe().balance.retrieve()).available[0].amount, 4825);

  const events = (await allEvents()).filter((e) => e.data.object.id === po.id).map((e) => e.type);
  assert.deepEqual(events, ['payout.created', 'payout.updated', 'payout.updated', 'payout.failed']);

  // Stripe stops scheduled payouts to an errored bank account.
  await advance({ days: 3 });
  assert.equal((await stripe().payouts.list({ limit: 1 })).data[0].id, po.id);
  assert.equal((await stripe().balance.retrieve()).available[0].amount, 4825);
  s.failed = po;
});

test('a new bank account: the next daily payout carries the returned money', async () => {
  need('failed');
  const bank = await stripe().rawRequest('POST', '/v1/test_helpers/bank_account', { account_number: '000123456789' });
  await advance({ days: 1 });
  const [po] = (await stripe().payouts.list({ limit: 1 })).data;
  assert.notEqual(po.id, s.failed.id);
  assert.equal(po.amount, 4825);
  assert.equal(po.destination, bank.id);
  const txns = await carried(po.id);
  assert.deepEqual(txns.map((t) => t.type).sort(), ['payout', 'payout_failure']);
  assert.equal((await stripe().balance.retrieve()).available[0].amount, 0);
});

test('manual payouts: balance settings, create, refusal, update, cancel', async () => {
  need('price');
  const settings = await stripe().balanceSettings.update({ payments: { payouts: { schedule: { interval: 'manual' } } } });
  assert.equal(settings.payments.payouts.schedule.interval, 'manual');
  await rejects(stripe().balanceSettings.update({ payments: { payouts: { schedule: { interval: 'hourly' } } } }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.param, 'payments[payouts][schedule][interval]');
  });

  const before = (await stripe().payouts.list({ limit: 100 })).data.length;
  const chargeD = await charge('4242424242424242', 'd@example.com');
  await advance({ days: 3 });
  assert.equal((await stripe().payouts.list({ limit: 100 })).data.length, before, 'no automatic payout on a manual schedule');
  assert.equal((await stripe().balance.retrieve()).available[0].amount, 4825);
  assert.equal((await stripe().balanceTransactions.retrieve(chargeD.balance_transaction)).status, 'available');

  await rejects(stripe().payouts.create({ amount: 5000, currency: 'usd' }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.type, 'StripeInvalidRequestError');
    assert.equal(err.code, 'balance_insufficient');
    assert.match(err.message, /^You have insufficient funds in your Stripe account for this transfer/);
  });
  await rejects(stripe().payouts.create({ currency: 'usd' }), (err) => {
    assert.equal(err.code, 'parameter_missing');
    assert.equal(err.param, 'amount');
  });
  await rejects(stripe().payouts.create({ amount: 100 }), (err) => {
    assert.equal(err.code, 'parameter_missing');
    assert.equal(err.param, 'currency');
  });
  await rejects(stripe().payouts.create({ amount: 100, currency: 'usd', speed: 'fast' }), (err) => {
    assert.equal(err.code, 'parameter_unknown');
    assert.equal(err.param, 'speed');
  });
  await rejects(stripe().payouts.create({ amount: 100, currency: 'usd', method: 'instant' }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.param, 'method');
  });

  const po = await stripe().payouts.create({
    amount: 1000, currency: 'usd', description: 'Owner draw', statement_descriptor: 'DRAW', metadata: { ref: 'd-1' },
  });
  assert.equal(po.automatic, false);
  assert.equal(po.status, 'pending');
  assert.equal(po.amount, 1000);
  assert.equal(po.description, 'Owner draw');
  assert.equal(po.statement_descriptor, 'DRAW');
  assert.deepEqual(po.metadata, { ref: 'd-1' });
  assert.equal(po.reconciliation_status, 'not_applicable');
  assert.equal(po.arrival_date, expectedArrival(po.created));
  assert.equal((await stripe().balance.retrieve()).available[0].amount, 3825);

  const updated = await stripe().payouts.update(po.id, { metadata: { ref: '', note: 'x' } });
  assert.deepEqual(updated.metadata, { note: 'x' });
  assert.deepEqual((await stripe().payouts.retrieve(po.id)).metadata, { note: 'x' });
  assert.deepEqual((await stripe().payouts.list({ status: 'pending' })).data.map((p) => p.id), [po.id]);
  await rejects(stripe().balanceTransactions.list({ payout: po.id }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.message, 'Balance transaction history can only be filtered on automatic transfers, not manual.');
  });

  const canceled = await stripe().payouts.cancel(po.id, { expand: ['failure_balance_transaction'] });
  assert.equal(canceled.status, 'canceled');
  assert.equal(canceled.failure_balance_transaction.type, 'payout_cancel');
  assert.equal(canceled.failure_balance_transaction.amount, 1000);
  assert.equal((await stripe().balance.retrieve()).available[0].amount, 4825);
  await rejects(stripe().payouts.cancel(po.id), (err) => {
    assert.equal(err.statusCode, 400);
    assert.match(err.message, /status of canceled/);
  });
  const events = (await allEvents()).filter((e) => e.data.object.id === po.id);
  assert.deepEqual(events.map((e) => e.type), ['payout.created', 'payout.updated', 'payout.updated', 'payout.canceled']);
  assert.deepEqual(events[1].data.previous_attributes, { metadata: { ref: 'd-1' } });
  assert.deepEqual(events[2].data.previous_attributes, { status: 'pending', failure_balance_transaction: null });

  const all = await stripe().payouts.create({ amount: 4825, currency: 'usd' });
  // Not carried by any payout yet: the next automatic one will reconcile them.
  s.manualTxns = [chargeD.balance_transaction, po.balance_transaction, canceled.failure_balance_transaction.id, all.balance_transaction];
  assert.equal((await stripe().balance.retrieve()).available[0].amount, 0);
  await advance({ frozen_time: all.arrival_date + 60 });
  assert.equal((await stripe().payouts.retrieve(all.id)).status, 'paid');
  await rejects(stripe().payouts.cancel(all.id), (err) => assert.match(err.message, /status of paid/));
});

test('payouts list paging and 404', async () => {
  need('failed');
  const all = await stripe().payouts.list({ limit: 100 });
  assert.equal(all.data.length, 5);
  const page1 = await stripe().payouts.list({ limit: 2 });
  assert.equal(page1.has_more, true);
  const page2 = await stripe().payouts.list({ limit: 2, starting_after: page1.data[1].id });
  const page3 = await stripe().payouts.list({ limit: 2, starting_after: page2.data[1].id });
  assert.equal(page3.has_more, false);
  assert.deepEqual([...page1.data, ...page2.data, ...page3.data].map((p) => p.id), all.data.map((p) => p.id));
  await rejects(stripe().payouts.retrieve('po_missing'), (err) => {
    assert.equal(err.statusCode, 404);
    assert.equal(err.code, 'resource_missing');
    assert.equal(err.message, "No such payout: 'po_missing'");
  });
});

test('a weekly schedule pays out on its weekday only', async () => {
  need('manualTxns');
  const settings = await stripe().balanceSettings.update({
    payments: { payouts: { schedule: { interval: 'weekly', weekly_payout_days: ['friday'] }, statement_descriptor: 'COURSE CO' } },
  });
  assert.equal(settings.payments.payouts.schedule.interval, 'weekly');
  assert.deepEqual(settings.payments.payouts.schedule.weekly_payout_days, ['friday']);
  assert.equal(settings.payments.payouts.statement_descriptor, 'COURSE CO');
  await rejects(stripe().balanceSettings.update({ payments: { payouts: { schedule: { weekly_payout_days: ['sunday'] } } } }), (err) => {
    assert.equal(err.statusCode, 400);
  });

  const before = (await stripe().payouts.list({ limit: 100 })).data.length;
  const chargeE = await charge('4242424242424242', 'e@example.com');
  await advance({ days: 9 });
  const payouts = (await stripe().payouts.list({ limit: 100 })).data;
  assert.equal(payouts.length, before + 1, 'one payout in nine days');
  const po = payouts[0];
  assert.equal(new Date(po.created * 1000).getUTCDay(), 5, 'on a Friday');
  assert.equal(po.created % DAY, 0, 'at 00:00 UTC');
  assert.equal(po.amount, 4825);
  assert.equal(po.statement_descriptor, 'COURSE CO');
  // It also reconciles what the manual payouts left (net zero): the sum still holds.
  const txns = await carried(po.id);
  assert.deepEqual(txns.map((t) => t.id).sort(), [chargeE.balance_transaction, po.balance_transaction, ...s.manualTxns].sort());
  assert.equal(txns.filter((t) => t.id !== po.balance_transaction).reduce((sum, t) => sum + t.net, 0), po.amount);
});
