'use strict';
// PaymentIntents and SetupIntents through the official client: the state machine
// (confirm, capture, cancel), declines with Stripe's 402 and last_payment_error,
// 3-D Secure through the sandbox's page, off-session rules (0341, 3184, 3155 once
// set up), saving cards, lists and search, and the events in Stripe's order.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const Stripe = require('stripe');
const { useSandbox } = require('./lib/sandbox');

const sandbox = useSandbox();

// Events about `ids`, oldest first, as types.
async function eventTypes(ids) {
  const wanted = new Set(ids);
  const list = await sandbox.stripe.events.list({ limit: 100 });
  return list.data.filter((e) => wanted.has(e.data.object.id)).reverse().map((e) => e.type);
}

// The payer on the 3-D Secure page: `choice` is approve or fail. Returns the page's answer.
async function authenticate(url, choice) {
  const page = await fetch(url);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /Authenticate this payment/);
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: `authentication=${choice}`,
    redirect: 'manual',
  });
}

async function customerWith(token) {
  const customer = await sandbox.stripe.customers.create({ email: `${token}@example.com` });
  const pm = await sandbox.stripe.paymentMethods.attach(token, { customer: customer.id });
  return { customer, pm };
}

test('create, update with a payment method, confirm: succeeded with its charge, fee and events', async () => {
  const customer = await sandbox.stripe.customers.create({ email: 'payer@example.com' });
  const created = await sandbox.stripe.paymentIntents.create({
    amount: 2000,
    currency: 'USD',
    customer: customer.id,
    description: 'Course bundle',
    metadata: { order: '42' },
    receipt_email: 'payer@example.com',
    statement_descriptor: 'COURSE BUNDLE',
  });
  assert.match(created.id, /^pi_/);
  assert.equal(created.object, 'payment_intent');
  assert.equal(created.status, 'requires_payment_method');
  assert.equal(created.amount, 2000);
  assert.equal(created.currency, 'usd');
  assert.equal(created.customer, customer.id);
  assert.equal(created.capture_method, 'automatic_async');
  assert.equal(created.confirmation_method, 'automatic');
  assert.deepEqual(created.automatic_payment_methods, { allow_redirects: 'always', enabled: true });
  assert.deepEqual(created.payment_method_types, ['card']);
  assert.ok(created.client_secret.startsWith(`${created.id}_secret_`));
  assert.equal(created.amount_received, 0);
  assert.equal(created.amount_capturable, 0);
  assert.equal(created.latest_charge, null);
  assert.equal(created.next_action, null);
  assert.equal(created.last_payment_error, null);
  assert.equal(created.canceled_at, null);
  assert.deepEqual(created.metadata, { order: '42' });
  assert.equal(created.livemode, false);

  const updated = await sandbox.stripe.paymentIntents.update(created.id, { payment_method: 'pm_card_visa', metadata: { step: 'two' } });
  assert.equal(updated.status, 'requires_confirmation');
  assert.match(updated.payment_method, /^pm_/);
  assert.deepEqual(updated.metadata, { order: '42', step: 'two' });

  const confirmed = await sandbox.stripe.paymentIntents.confirm(created.id, {
    expand: ['latest_charge.balance_transaction', 'payment_method'],
  });
  assert.equal(confirmed.status, 'succeeded');
  assert.equal(confirmed.amount_received, 2000);
  const charge = confirmed.latest_charge;
  assert.match(charge.id, /^ch_/);
  assert.equal(charge.status, 'succeeded');
  assert.equal(charge.paid, true);
  assert.equal(charge.captured, true);
  assert.equal(charge.amount_captured, 2000);
  assert.equal(charge.payment_intent, created.id);
  assert.equal(charge.customer, customer.id);
  assert.equal(charge.description, 'Course bundle');
  assert.equal(charge.receipt_email, 'payer@example.com');
  assert.deepEqual(charge.metadata, { order: '42', step: 'two' });
  assert.equal(charge.payment_method_details.card.last4, '4242');
  const txn = charge.balance_transaction;
  assert.equal(txn.amount, 2000);
  assert.equal(txn.fee, 88, '2.9% + 30¢');
  assert.equal(txn.net, 1912);
  assert.equal(txn.type, 'charge');
  assert.equal(txn.source, charge.id);
  assert.equal(confirmed.payment_method.card.brand, 'visa');
  assert.equal(confirmed.payment_method._number, undefined, 'an expanded object shows no private fields');
  assert.equal(confirmed.payment_method._spent, undefined);
  // Used without being saved to the customer, the PaymentMethod is spent.
  assert.equal(confirmed.payment_method.customer, null);

  assert.deepEqual(await eventTypes([created.id, charge.id]),
    ['payment_intent.created', 'charge.succeeded', 'payment_intent.succeeded']);

  await assert.rejects(sandbox.stripe.paymentIntents.confirm(created.id), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.code, 'payment_intent_unexpected_state');
    assert.equal(err.raw.payment_intent.id, created.id);
    return true;
  });
  await assert.rejects(sandbox.stripe.paymentIntents.update(created.id, { amount: 500 }), (err) => {
    assert.equal(err.code, 'payment_intent_unexpected_state');
    assert.equal(err.param, 'amount');
    return true;
  });
  const described = await sandbox.stripe.paymentIntents.update(created.id, { description: 'Renamed' });
  assert.equal(described.description, 'Renamed');
});

test('a decline: 402 card_error naming the intent, which goes back to requires_payment_method', async () => {
  const customer = await sandbox.stripe.customers.create({ email: 'declined@example.com' });
  let intentId;
  await assert.rejects(sandbox.stripe.paymentIntents.create({
    amount: 1500, currency: 'usd', customer: customer.id, payment_method: 'pm_card_chargeDeclinedInsufficientFunds', confirm: true,
  }), (err) => {
    assert.ok(err instanceof Stripe.errors.StripeCardError, `got ${err.type}`);
    assert.equal(err.statusCode, 402);
    assert.equal(err.code, 'card_declined');
    assert.equal(err.decline_code, 'insufficient_funds');
    assert.equal(err.message, 'Your card has insufficient funds.');
    assert.match(err.raw.charge, /^ch_/);
    assert.equal(err.raw.payment_intent.status, 'requires_payment_method');
    assert.equal(err.raw.payment_method.card.last4, '9995');
    intentId = err.raw.payment_intent.id;
    return true;
  });
  const failed = await sandbox.stripe.paymentIntents.retrieve(intentId);
  assert.equal(failed.status, 'requires_payment_method');
  assert.equal(failed.payment_method, null);
  assert.equal(failed.last_payment_error.type, 'card_error');
  assert.equal(failed.last_payment_error.code, 'card_declined');
  assert.equal(failed.last_payment_error.decline_code, 'insufficient_funds');
  assert.equal(failed.last_payment_error.message, 'Your card has insufficient funds.');
  assert.equal(failed.last_payment_error.payment_method.card.last4, '9995');
  const failedCharge = await sandbox.stripe.charges.retrieve(failed.latest_charge);
  assert.equal(failedCharge.status, 'failed');
  assert.equal(failedCharge.failure_code, 'card_declined');
  assert.equal(failedCharge.outcome.reason, 'insufficient_funds');

  // A better card on the next try.
  const retried = await sandbox.stripe.paymentIntents.confirm(intentId, { payment_method: 'pm_card_mastercard' });
  assert.equal(retried.status, 'succeeded');
  assert.equal(retried.last_payment_error, null);
  assert.notEqual(retried.latest_charge, failedCharge.id);
  assert.deepEqual(await eventTypes([intentId, failedCharge.id, retried.latest_charge]), [
    'payment_intent.created', 'charge.failed', 'payment_intent.payment_failed', 'charge.succeeded', 'payment_intent.succeeded',
  ]);
});

test('manual capture: requires_capture, a partial capture, then nothing more to capture', async () => {
  const intent = await sandbox.stripe.paymentIntents.create({
    amount: 3000, currency: 'usd', payment_method: 'pm_card_visa', capture_method: 'manual', confirm: true,
  });
  assert.equal(intent.status, 'requires_capture');
  assert.equal(intent.amount_capturable, 3000);
  assert.equal(intent.amount_received, 0);
  const authorized = await sandbox.stripe.charges.retrieve(intent.latest_charge);
  assert.equal(authorized.captured, false);
  assert.equal(authorized.amount_captured, 0);
  assert.equal(authorized.balance_transaction, null);

  await assert.rejects(sandbox.stripe.paymentIntents.capture(intent.id, { amount_to_capture: 3500 }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.code, 'amount_too_large');
    assert.equal(err.param, 'amount_to_capture');
    return true;
  });
  const captured = await sandbox.stripe.paymentIntents.capture(intent.id, { amount_to_capture: 2500 }, );
  assert.equal(captured.status, 'succeeded');
  assert.equal(captured.amount_received, 2500);
  assert.equal(captured.amount_capturable, 0);
  const charge = await sandbox.stripe.charges.retrieve(intent.latest_charge, { expand: ['balance_transaction'] });
  assert.equal(charge.captured, true);
  assert.equal(charge.amount_captured, 2500);
  assert.equal(charge.amount_refunded, 500);
  assert.equal(charge.balance_transaction.amount, 2500);
  assert.equal(charge.balance_transaction.fee, 103, '2.9% of 2500 + 30¢');

  await assert.rejects(sandbox.stripe.paymentIntents.capture(intent.id), (err) => {
    assert.equal(err.code, 'payment_intent_unexpected_state');
    assert.equal(err.message, 'You cannot capture this PaymentIntent because it has a status of succeeded. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.');
    return true;
  });
  assert.deepEqual(await eventTypes([intent.id, charge.id]), [
    'payment_intent.created', 'charge.succeeded', 'payment_intent.amount_capturable_updated', 'charge.captured', 'payment_intent.succeeded',
  ]);
});

test('cancel: a reason, the event, and Stripe refusing what cannot be canceled', async () => {
  const intent = await sandbox.stripe.paymentIntents.create({ amount: 900, currency: 'eur' });
  const canceled = await sandbox.stripe.paymentIntents.cancel(intent.id, { cancellation_reason: 'requested_by_customer' });
  assert.equal(canceled.status, 'canceled');
  assert.equal(canceled.cancellation_reason, 'requested_by_customer');
  assert.equal(typeof canceled.canceled_at, 'number');
  await assert.rejects(sandbox.stripe.paymentIntents.cancel(intent.id), (err) => {
    assert.equal(err.code, 'payment_intent_unexpected_state');
    return true;
  });
  await assert.rejects(sandbox.stripe.paymentIntents.cancel(intent.id, { cancellation_reason: 'bored' }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.param, 'cancellation_reason');
    return true;
  });
  assert.deepEqual(await eventTypes([intent.id]), ['payment_intent.created', 'payment_intent.canceled']);

  // An authorization canceled before capture is released: its charge shows refunded.
  const held = await sandbox.stripe.paymentIntents.create({
    amount: 1200, currency: 'usd', payment_method: 'pm_card_visa', capture_method: 'manual', confirm: true,
  });
  const released = await sandbox.stripe.paymentIntents.cancel(held.id, { expand: ['latest_charge'] });
  assert.equal(released.status, 'canceled');
  assert.equal(released.latest_charge.refunded, true);
  assert.equal(released.latest_charge.amount_refunded, 1200);
});

test('3-D Secure on-session: requires_action, the sandbox page approves or fails it', async () => {
  const intent = await sandbox.stripe.paymentIntents.create({
    amount: 4200, currency: 'usd', payment_method: 'pm_card_authenticationRequired', confirm: true,
    return_url: 'https://shop.example/return',
  });
  assert.equal(intent.status, 'requires_action');
  assert.equal(intent.next_action.type, 'redirect_to_url');
  assert.equal(intent.next_action.redirect_to_url.return_url, 'https://shop.example/return');
  const url = intent.next_action.redirect_to_url.url;
  assert.equal(url, `${sandbox.sb.baseUrl}/3d_secure/${intent.id}`);

  const answer = await authenticate(url, 'approve');
  assert.equal(answer.status, 303);
  const back = new URL(answer.headers.get('location'));
  assert.equal(back.origin + back.pathname, 'https://shop.example/return');
  assert.equal(back.searchParams.get('payment_intent'), intent.id);
  assert.equal(back.searchParams.get('payment_intent_client_secret'), intent.client_secret);
  assert.equal(back.searchParams.get('redirect_status'), 'succeeded');

  const done = await sandbox.stripe.paymentIntents.retrieve(intent.id, { expand: ['latest_charge'] });
  assert.equal(done.status, 'succeeded');
  assert.equal(done.next_action, null);
  assert.equal(done.latest_charge.payment_method_details.card.three_d_secure.result, 'authenticated');
  assert.deepEqual(await eventTypes([intent.id, done.latest_charge.id]), [
    'payment_intent.created', 'payment_intent.requires_action', 'charge.succeeded', 'payment_intent.succeeded',
  ]);
  const again = await fetch(url);
  assert.match(await again.text(), /nothing to authenticate/);

  const second = await sandbox.stripe.paymentIntents.create({
    amount: 4200, currency: 'usd', payment_method: 'pm_card_threeDSecure2Required', confirm: true,
  });
  assert.equal(second.status, 'requires_action');
  const failed = await authenticate(second.next_action.redirect_to_url.url, 'fail');
  assert.equal(failed.status, 200);
  assert.match(await failed.text(), /Authentication failed/);
  const after = await sandbox.stripe.paymentIntents.retrieve(second.id);
  assert.equal(after.status, 'requires_payment_method');
  assert.equal(after.last_payment_error.code, 'payment_intent_authentication_failure');
  assert.equal(after.latest_charge, null);
  assert.deepEqual(await eventTypes([second.id]), [
    'payment_intent.created', 'payment_intent.requires_action', 'payment_intent.payment_failed',
  ]);

  // error_on_requires_action: fail at once instead of asking the payer.
  await assert.rejects(sandbox.stripe.paymentIntents.create({
    amount: 4200, currency: 'usd', payment_method: 'pm_card_authenticationRequired', confirm: true, error_on_requires_action: true,
  }), (err) => {
    assert.equal(err.statusCode, 402);
    assert.equal(err.code, 'authentication_required');
    assert.equal(err.raw.payment_intent.status, 'requires_payment_method');
    return true;
  });
});

test('off-session: 3-D Secure cards need authentication, 0341 fails, saved cards pass', async () => {
  const threeDs = await customerWith('pm_card_authenticationRequired');
  await assert.rejects(sandbox.stripe.paymentIntents.create({
    amount: 1000, currency: 'usd', customer: threeDs.customer.id, payment_method: threeDs.pm.id, off_session: true, confirm: true,
  }), (err) => {
    assert.ok(err instanceof Stripe.errors.StripeCardError);
    assert.equal(err.code, 'authentication_required');
    assert.equal(err.decline_code, 'authentication_required');
    assert.equal(err.raw.payment_intent.last_payment_error.code, 'authentication_required');
    assert.equal(err.raw.payment_intent.last_payment_error.payment_method.id, threeDs.pm.id);
    return true;
  });

  const failing = await customerWith('pm_card_chargeCustomerFail');
  await assert.rejects(sandbox.stripe.paymentIntents.create({
    amount: 1000, currency: 'usd', customer: failing.customer.id, payment_method: failing.pm.id, off_session: true, confirm: true,
  }), (err) => {
    assert.equal(err.code, 'card_declined');
    assert.equal(err.decline_code, 'generic_decline');
    return true;
  });

  const good = await customerWith('pm_card_visa');
  const paid = await sandbox.stripe.paymentIntents.create({
    amount: 1000, currency: 'usd', customer: good.customer.id, payment_method: good.pm.id, off_session: true, confirm: true,
  });
  assert.equal(paid.status, 'succeeded');

  await assert.rejects(sandbox.stripe.paymentIntents.create({
    amount: 1000, currency: 'usd', payment_method: good.pm.id, confirm: true,
  }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.param, 'payment_method');
    return true;
  });
  await assert.rejects(sandbox.stripe.paymentIntents.create({ amount: 1000, currency: 'usd', off_session: true }), (err) => {
    assert.equal(err.param, 'off_session');
    return true;
  });
});

test('setup_future_usage saves the card to the customer', async () => {
  const customer = await sandbox.stripe.customers.create({ email: 'saver@example.com' });
  const intent = await sandbox.stripe.paymentIntents.create({
    amount: 5000, currency: 'usd', customer: customer.id, payment_method: 'pm_card_visa', setup_future_usage: 'off_session', confirm: true,
  });
  assert.equal(intent.status, 'succeeded');
  assert.equal(intent.setup_future_usage, 'off_session');
  const saved = await sandbox.stripe.paymentMethods.retrieve(intent.payment_method);
  assert.equal(saved.customer, customer.id);
  assert.deepEqual(await eventTypes([intent.id, saved.id]), [
    'payment_intent.created', 'payment_method.attached', 'payment_intent.succeeded',
  ]);
  // Saved, it pays again later.
  const later = await sandbox.stripe.paymentIntents.create({
    amount: 5000, currency: 'usd', customer: customer.id, payment_method: saved.id, off_session: true, confirm: true,
  });
  assert.equal(later.status, 'succeeded');
});

test('list by customer with paging, search, and parameter errors', async () => {
  const customer = await sandbox.stripe.customers.create({ email: 'lister@example.com' });
  const ids = [];
  for (let i = 0; i < 5; i++) {
    ids.push((await sandbox.stripe.paymentIntents.create({ amount: 100 + i, currency: 'usd', customer: customer.id, metadata: { n: String(i) } })).id);
  }
  const newestFirst = [...ids].reverse();
  const page = await sandbox.stripe.paymentIntents.list({ customer: customer.id, limit: 3 });
  assert.equal(page.url, '/v1/payment_intents');
  assert.equal(page.has_more, true);
  assert.deepEqual(page.data.map((p) => p.id), newestFirst.slice(0, 3));
  const all = [];
  for await (const p of sandbox.stripe.paymentIntents.list({ customer: customer.id, limit: 2 })) all.push(p.id);
  assert.deepEqual(all, newestFirst);

  const found = await sandbox.stripe.paymentIntents.search({ query: `customer:"${customer.id}" AND metadata["n"]:"3"` });
  assert.deepEqual(found.data.map((p) => p.id), [ids[3]]);
  const amount = await sandbox.stripe.paymentIntents.search({ query: `amount:104` });
  assert.deepEqual(amount.data.map((p) => p.id), [ids[4]]);

  await assert.rejects(sandbox.stripe.paymentIntents.create({ currency: 'usd' }), (err) => {
    assert.equal(err.code, 'parameter_missing');
    assert.equal(err.param, 'amount');
    return true;
  });
  await assert.rejects(sandbox.stripe.paymentIntents.create({ amount: 10, currency: 'usd' }), (err) => {
    assert.equal(err.code, 'amount_too_small');
    assert.equal(err.message, 'Amount must be at least $0.50 usd');
    return true;
  });
  await assert.rejects(sandbox.stripe.paymentIntents.create({ amount: 100, currency: 'usd', capture_method: 'later' }), (err) => {
    assert.equal(err.param, 'capture_method');
    assert.equal(err.message, 'Invalid capture_method: must be one of automatic, automatic_async, or manual');
    return true;
  });
  await assert.rejects(sandbox.stripe.paymentIntents.create({ amount: 100, currency: 'usd', tip: 5 }), (err) => {
    assert.equal(err.code, 'parameter_unknown');
    assert.equal(err.param, 'tip');
    return true;
  });
  await assert.rejects(sandbox.stripe.paymentIntents.retrieve('pi_missing'), (err) => {
    assert.equal(err.statusCode, 404);
    assert.equal(err.message, "No such payment_intent: 'pi_missing'");
    return true;
  });
  await assert.rejects(sandbox.stripe.paymentIntents.create({ amount: 100, currency: 'usd', customer: 'cus_missing' }), (err) => {
    assert.equal(err.statusCode, 404);
    assert.equal(err.param, 'customer');
    return true;
  });
  await assert.rejects(sandbox.stripe.paymentIntents.confirm(ids[0]), (err) => {
    assert.equal(err.code, 'payment_intent_unexpected_state');
    assert.match(err.message, /missing a payment method/);
    return true;
  });
});

test('SetupIntents: a card set up for the customer, with its events', async () => {
  const customer = await sandbox.stripe.customers.create({ email: 'setup@example.com' });
  const intent = await sandbox.stripe.setupIntents.create({
    customer: customer.id, payment_method: 'pm_card_visa', confirm: true, metadata: { flow: 'onboarding' }, description: 'Save card',
  });
  assert.match(intent.id, /^seti_/);
  assert.equal(intent.object, 'setup_intent');
  assert.equal(intent.status, 'succeeded');
  assert.equal(intent.usage, 'off_session');
  assert.equal(intent.description, 'Save card');
  assert.deepEqual(intent.metadata, { flow: 'onboarding' });
  assert.ok(intent.client_secret.startsWith(`${intent.id}_secret_`));
  assert.deepEqual(intent.payment_method_types, ['card']);
  const pm = await sandbox.stripe.paymentMethods.retrieve(intent.payment_method);
  assert.equal(pm.customer, customer.id);
  assert.deepEqual(await eventTypes([intent.id, pm.id]), ['setup_intent.created', 'payment_method.attached', 'setup_intent.succeeded']);

  // Two steps, updated in between; list filters.
  const pending = await sandbox.stripe.setupIntents.create({ customer: customer.id, usage: 'on_session' });
  assert.equal(pending.status, 'requires_payment_method');
  const withCard = await sandbox.stripe.setupIntents.update(pending.id, { payment_method: 'pm_card_mastercard', metadata: { a: '1' } });
  assert.equal(withCard.status, 'requires_confirmation');
  const confirmed = await sandbox.stripe.setupIntents.confirm(pending.id);
  assert.equal(confirmed.status, 'succeeded');
  const listed = await sandbox.stripe.setupIntents.list({ customer: customer.id });
  assert.deepEqual(listed.data.map((s) => s.id), [pending.id, intent.id]);
  const byMethod = await sandbox.stripe.setupIntents.list({ payment_method: pm.id });
  assert.deepEqual(byMethod.data.map((s) => s.id), [intent.id]);
  await assert.rejects(sandbox.stripe.setupIntents.cancel(pending.id), (err) => {
    assert.equal(err.code, 'setup_intent_unexpected_state');
    return true;
  });

  const toCancel = await sandbox.stripe.setupIntents.create({ customer: customer.id });
  const canceled = await sandbox.stripe.setupIntents.cancel(toCancel.id, { cancellation_reason: 'abandoned' });
  assert.equal(canceled.status, 'canceled');
  assert.equal(canceled.cancellation_reason, 'abandoned');
  assert.deepEqual(await eventTypes([toCancel.id]), ['setup_intent.created', 'setup_intent.canceled']);
  await assert.rejects(sandbox.stripe.setupIntents.retrieve('seti_missing'), (err) => {
    assert.equal(err.statusCode, 404);
    return true;
  });
  await assert.rejects(sandbox.stripe.setupIntents.create({ usage: 'sometimes' }), (err) => {
    assert.equal(err.param, 'usage');
    return true;
  });
});

test('SetupIntents: a decline fails the setup with last_setup_error', async () => {
  const customer = await sandbox.stripe.customers.create({ email: 'setup-declined@example.com' });
  let intentId;
  await assert.rejects(sandbox.stripe.setupIntents.create({
    customer: customer.id, payment_method: 'pm_card_chargeDeclined', confirm: true,
  }), (err) => {
    assert.ok(err instanceof Stripe.errors.StripeCardError);
    assert.equal(err.statusCode, 402);
    assert.equal(err.code, 'card_declined');
    assert.equal(err.decline_code, 'generic_decline');
    assert.equal(err.raw.setup_intent.status, 'requires_payment_method');
    intentId = err.raw.setup_intent.id;
    return true;
  });
  const failed = await sandbox.stripe.setupIntents.retrieve(intentId);
  assert.equal(failed.last_setup_error.code, 'card_declined');
  assert.equal(failed.last_setup_error.decline_code, 'generic_decline');
  assert.equal(failed.last_setup_error.payment_method.card.last4, '0002');
  assert.equal(failed.payment_method, null);
  assert.deepEqual(await eventTypes([intentId]), ['setup_intent.created', 'setup_intent.setup_failed']);
  const none = await sandbox.stripe.customers.listPaymentMethods(customer.id);
  assert.deepEqual(none.data, []);
});

test('SetupIntents with 3155: authenticated once, later off-session charges pass', async () => {
  const customer = await sandbox.stripe.customers.create({ email: 'setup-3ds@example.com' });
  // Not set up: an off-session charge needs authentication.
  const unsaved = await customerWith('pm_card_authenticationRequiredOnSetup');
  await assert.rejects(sandbox.stripe.paymentIntents.create({
    amount: 700, currency: 'usd', customer: unsaved.customer.id, payment_method: unsaved.pm.id, off_session: true, confirm: true,
  }), (err) => {
    assert.equal(err.code, 'authentication_required');
    return true;
  });

  const intent = await sandbox.stripe.setupIntents.create({
    customer: customer.id, payment_method: 'pm_card_authenticationRequiredOnSetup', confirm: true, return_url: 'https://shop.example/saved',
  });
  assert.equal(intent.status, 'requires_action');
  assert.equal(intent.next_action.type, 'redirect_to_url');
  const answer = await authenticate(intent.next_action.redirect_to_url.url, 'approve');
  assert.equal(answer.status, 303);
  const back = new URL(answer.headers.get('location'));
  assert.equal(back.searchParams.get('setup_intent'), intent.id);
  assert.equal(back.searchParams.get('redirect_status'), 'succeeded');
  const done = await sandbox.stripe.setupIntents.retrieve(intent.id);
  assert.equal(done.status, 'succeeded');
  assert.deepEqual(await eventTypes([intent.id]), ['setup_intent.created', 'setup_intent.requires_action', 'setup_intent.succeeded']);

  const charged = await sandbox.stripe.paymentIntents.create({
    amount: 700, currency: 'usd', customer: customer.id, payment_method: done.payment_method, off_session: true, confirm: true,
  });
  assert.equal(charged.status, 'succeeded');
  // On-session it still asks the payer.
  const onSession = await sandbox.stripe.paymentIntents.create({
    amount: 700, currency: 'usd', customer: customer.id, payment_method: done.payment_method, confirm: true,
  });
  assert.equal(onSession.status, 'requires_action');

  // A failed authentication fails the setup.
  const other = await sandbox.stripe.setupIntents.create({ customer: customer.id, payment_method: 'pm_card_authenticationRequired', confirm: true });
  const failed = await authenticate(other.next_action.redirect_to_url.url, 'fail');
  assert.equal(failed.status, 200);
  const after = await sandbox.stripe.setupIntents.retrieve(other.id);
  assert.equal(after.status, 'requires_payment_method');
  assert.equal(after.last_setup_error.code, 'setup_intent_authentication_failure');
  assert.deepEqual(await eventTypes([other.id]), ['setup_intent.created', 'setup_intent.requires_action', 'setup_intent.setup_failed']);
});

test('payment_method_types: refused at endive, still taken from clients pinned before it', async () => {
  await assert.rejects(sandbox.stripe.paymentIntents.create({ amount: 1000, currency: 'usd', payment_method_types: ['card'] }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.code, 'payment_method_types_no_longer_supported');
    assert.equal(err.param, 'payment_method_types');
    return true;
  });
  const basil = await sandbox.stripe.paymentIntents.create(
    { amount: 1000, currency: 'usd', payment_method_types: ['card'] }, { apiVersion: '2025-03-31.basil' });
  assert.deepEqual(basil.payment_method_types, ['card']);
  assert.equal(basil.automatic_payment_methods, null);
  const setup = await sandbox.stripe.setupIntents.create({ payment_method_types: ['card'] }, { apiVersion: '2025-03-31.basil' });
  assert.deepEqual(setup.payment_method_types, ['card']);
  await assert.rejects(sandbox.stripe.setupIntents.create({ payment_method_types: ['sepa_debit'] }, { apiVersion: '2025-03-31.basil' }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.param, 'payment_method_types');
    return true;
  });
  const allowed = await sandbox.stripe.paymentIntents.create({ amount: 1000, currency: 'usd', allowed_payment_method_types: ['card'] });
  assert.deepEqual(allowed.allowed_payment_method_types, ['card']);
});

test('0259: the payment succeeds, then the payer disputes it', async () => {
  const intent = await sandbox.stripe.paymentIntents.create({
    amount: 2500, currency: 'usd', payment_method: 'pm_card_createDispute', confirm: true,
  });
  assert.equal(intent.status, 'succeeded');
  const charge = await sandbox.stripe.charges.retrieve(intent.latest_charge);
  assert.equal(charge.disputed, true);
  const disputes = await sandbox.stripe.disputes.list({ payment_intent: intent.id });
  assert.equal(disputes.data.length, 1);
  assert.equal(disputes.data[0].amount, 2500);
  assert.equal(disputes.data[0].reason, 'fraudulent');
  assert.deepEqual(await eventTypes([intent.id, charge.id, disputes.data[0].id]), [
    'payment_intent.created', 'charge.succeeded', 'payment_intent.succeeded', 'charge.dispute.created',
  ]);
});
