'use strict';
// The subscription purchase path through the official client: catalogue,
// Checkout Session, completion through the sandbox's test helper, the
// subscription lifecycle (cancel at period end, undo, cancel now), the money
// it leaves behind, the event log and a declined card.
//
// The steps share state and run in order (node:test runs top-level tests of a
// file sequentially); a failed step makes the later ones fail fast.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const Stripe = require('stripe');
const { useSandbox } = require('./lib/sandbox');

const sandbox = useSandbox();
const s = {}; // shared state between the steps

// The official client has no method for the sandbox's completion helper, so
// go through rawRequest (present in stripe-node 23.1.0), which still uses the
// client's transport, auth, retries and error mapping.
function completeSession(id, card) {
  return sandbox.stripe.rawRequest('POST', `/v1/test_helpers/checkout/sessions/${id}/complete`, { card });
}

function need(...keys) {
  for (const k of keys) assert.ok(s[k], `an earlier step did not provide ${k}`);
}

test('product and monthly price with a lookup key', async () => {
  s.t0 = Math.floor(Date.now() / 1000) - 5;
  s.product = await sandbox.stripe.products.create({ name: 'Premium', metadata: { tier: 'premium' } });
  assert.equal(s.product.object, 'product');
  assert.match(s.product.id, /^prod_/);

  s.price = await sandbox.stripe.prices.create({
    product: s.product.id,
    unit_amount: 999,
    currency: 'usd',
    recurring: { interval: 'month' },
    lookup_key: 'premium_monthly',
  });
  assert.equal(s.price.object, 'price');
  assert.match(s.price.id, /^price_/);
  assert.equal(s.price.unit_amount, 999);
  assert.equal(s.price.currency, 'usd');
  assert.equal(s.price.type, 'recurring');
  assert.equal(s.price.recurring.interval, 'month');
  assert.equal(s.price.recurring.interval_count, 1);
  assert.equal(s.price.lookup_key, 'premium_monthly');
  assert.equal(s.price.product, s.product.id);

  const byKey = await sandbox.stripe.prices.list({ lookup_keys: ['premium_monthly'], expand: ['data.product'] });
  assert.deepEqual(byKey.data.map((p) => p.id), [s.price.id]);
  assert.equal(byKey.data[0].product.id, s.product.id, 'data.product expanded');
});

test('create a subscription-mode Checkout Session', async () => {
  need('price');
  s.email = 'buyer@example.com';
  s.session = await sandbox.stripe.checkout.sessions.create({
    mode: 'subscription',
    line_items: [{ price: s.price.id, quantity: 1 }],
    customer_email: s.email,
    client_reference_id: 'user_123',
    success_url: 'https://example.com/success',
    cancel_url: 'https://example.com/cancel',
    metadata: { user_id: 'user_123', source: 'pricing-page' },
    subscription_data: { metadata: { user_id: 'user_123' } },
  });
  const cs = s.session;
  assert.equal(cs.object, 'checkout.session');
  assert.match(cs.id, /^cs_test_/);
  assert.equal(cs.mode, 'subscription');
  assert.equal(cs.status, 'open');
  assert.equal(cs.payment_status, 'unpaid');
  assert.equal(typeof cs.url, 'string');
  assert.ok(cs.url.length > 0);
  assert.equal(cs.client_reference_id, 'user_123');
  assert.deepEqual(cs.metadata, { user_id: 'user_123', source: 'pricing-page' });
  assert.equal(cs.customer_email, s.email);
  assert.equal(cs.customer, null);
  assert.equal(cs.subscription, null);
  assert.equal(cs.amount_total, 999);
  assert.equal(cs.currency, 'usd');
  assert.equal(cs.livemode, false);
  assert.equal(cs.success_url, 'https://example.com/success');
  assert.equal(cs.cancel_url, 'https://example.com/cancel');
  assert.ok(cs.expires_at > cs.created);

  const fetched = await sandbox.stripe.checkout.sessions.retrieve(cs.id);
  assert.equal(fetched.id, cs.id);
  assert.equal(fetched.status, 'open');

  const withItems = await sandbox.stripe.checkout.sessions.retrieve(cs.id, { expand: ['line_items'] });
  assert.equal(withItems.line_items.object, 'list');
  assert.equal(withItems.line_items.data.length, 1);
  assert.equal(withItems.line_items.data[0].price.id, s.price.id);
  assert.equal(withItems.line_items.data[0].quantity, 1);
  assert.equal(withItems.line_items.data[0].amount_total, 999);

  const list = await sandbox.stripe.checkout.sessions.list({ limit: 10 });
  assert.equal(list.object, 'list');
  assert.ok(list.data.some((x) => x.id === cs.id));
});

test('complete it with 4242 4242 4242 4242 through the test helper', async () => {
  need('session');
  assert.equal(typeof sandbox.stripe.rawRequest, 'function', 'stripe-node 23.1.0 has rawRequest');
  const completed = await completeSession(s.session.id, '4242424242424242');
  assert.ok(completed && typeof completed === 'object');

  const cs = await sandbox.stripe.checkout.sessions.retrieve(s.session.id);
  assert.equal(cs.status, 'complete');
  assert.equal(cs.payment_status, 'paid');
  assert.match(cs.subscription, /^sub_/);
  assert.match(cs.customer, /^cus_/);
  assert.match(cs.invoice, /^in_/);
  assert.equal(cs.url, null, 'url only while open');
  assert.equal(cs.customer_details.email, s.email);
  s.subscriptionId = cs.subscription;
  s.customerId = cs.customer;
  s.invoiceId = cs.invoice;

  const bySub = await sandbox.stripe.checkout.sessions.list({ subscription: s.subscriptionId });
  assert.deepEqual(bySub.data.map((x) => x.id), [s.session.id]);
  const byCustomer = await sandbox.stripe.checkout.sessions.list({ customer: s.customerId });
  assert.deepEqual(byCustomer.data.map((x) => x.id), [s.session.id]);
  const complete = await sandbox.stripe.checkout.sessions.list({ status: 'complete' });
  assert.ok(complete.data.every((x) => x.status === 'complete'));
  assert.ok(complete.data.some((x) => x.id === s.session.id));
});

test('the subscription is active, with its metadata and expandable references', async () => {
  need('subscriptionId');
  const sub = await sandbox.stripe.subscriptions.retrieve(s.subscriptionId, {
    expand: ['customer', 'latest_invoice'],
  });
  assert.equal(sub.object, 'subscription');
  assert.equal(sub.id, s.subscriptionId);
  assert.equal(sub.status, 'active');
  assert.equal(sub.cancel_at_period_end, false);
  assert.equal(sub.cancel_at, null);
  // subscription_data[metadata] lands on the subscription; session metadata does not.
  assert.deepEqual(sub.metadata, { user_id: 'user_123' });

  assert.equal(typeof sub.customer, 'object', 'customer expanded');
  assert.equal(sub.customer.object, 'customer');
  assert.equal(sub.customer.id, s.customerId);
  assert.equal(sub.customer.email, s.email);

  assert.equal(typeof sub.latest_invoice, 'object', 'latest_invoice expanded');
  assert.equal(sub.latest_invoice.object, 'invoice');
  assert.equal(sub.latest_invoice.id, s.invoiceId);
  assert.equal(sub.latest_invoice.status, 'paid');
  assert.equal(sub.latest_invoice.amount_paid, 999);
  assert.equal(sub.latest_invoice.billing_reason, 'subscription_create');
  // basil+ shape: invoice -> subscription through parent.
  assert.equal(sub.latest_invoice.parent.type, 'subscription_details');
  assert.equal(sub.latest_invoice.parent.subscription_details.subscription, sub.id);

  // basil+ shape: periods live on the items.
  assert.equal(sub.items.object, 'list');
  assert.equal(sub.items.data.length, 1);
  const item = sub.items.data[0];
  assert.match(item.id, /^si_/);
  assert.equal(item.price.id, s.price.id);
  assert.equal(item.quantity, 1);
  assert.ok(item.current_period_end > item.current_period_start);
  assert.equal(sub.current_period_end, undefined, 'removed from the subscription in basil');
  s.periodEnd = item.current_period_end;

  // Unexpanded, the same references are ids.
  const plain = await sandbox.stripe.subscriptions.retrieve(s.subscriptionId);
  assert.equal(plain.customer, s.customerId);
  assert.equal(plain.latest_invoice, s.invoiceId);
});

test('subscription list filters', async () => {
  need('subscriptionId', 'customerId', 'price');
  const byCustomer = await sandbox.stripe.subscriptions.list({ customer: s.customerId });
  assert.deepEqual(byCustomer.data.map((x) => x.id), [s.subscriptionId]);
  const byPrice = await sandbox.stripe.subscriptions.list({ price: s.price.id });
  assert.deepEqual(byPrice.data.map((x) => x.id), [s.subscriptionId]);
  const active = await sandbox.stripe.subscriptions.list({ status: 'active' });
  assert.ok(active.data.some((x) => x.id === s.subscriptionId));
  const canceled = await sandbox.stripe.subscriptions.list({ status: 'canceled' });
  assert.ok(!canceled.data.some((x) => x.id === s.subscriptionId));
  const expanded = await sandbox.stripe.subscriptions.list({ customer: s.customerId, expand: ['data.customer'] });
  assert.equal(expanded.data[0].customer.id, s.customerId);
});

test('cancel at period end keeps it active; undo clears it', async () => {
  need('subscriptionId', 'periodEnd');
  const scheduled = await sandbox.stripe.subscriptions.update(s.subscriptionId, { cancel_at_period_end: true });
  assert.equal(scheduled.status, 'active');
  assert.equal(scheduled.cancel_at_period_end, true);
  assert.equal(scheduled.cancel_at, s.periodEnd, 'cancel_at is the period end');
  assert.equal(typeof scheduled.canceled_at, 'number', 'canceled_at = when it was requested');
  assert.equal(scheduled.ended_at, null);

  const again = await sandbox.stripe.subscriptions.retrieve(s.subscriptionId);
  assert.equal(again.cancel_at_period_end, true);
  assert.equal(again.status, 'active');

  const resumed = await sandbox.stripe.subscriptions.update(s.subscriptionId, { cancel_at_period_end: false });
  assert.equal(resumed.status, 'active');
  assert.equal(resumed.cancel_at_period_end, false);
  assert.equal(resumed.cancel_at, null);
  assert.equal(resumed.canceled_at, null);
});

test('cancel now', async () => {
  need('subscriptionId');
  const canceled = await sandbox.stripe.subscriptions.cancel(s.subscriptionId);
  assert.equal(canceled.id, s.subscriptionId);
  assert.equal(canceled.status, 'canceled');
  assert.equal(typeof canceled.canceled_at, 'number');
  assert.equal(typeof canceled.ended_at, 'number');
  assert.equal(canceled.cancellation_details.reason, 'cancellation_requested');

  const fetched = await sandbox.stripe.subscriptions.retrieve(s.subscriptionId);
  assert.equal(fetched.status, 'canceled');

  const dflt = await sandbox.stripe.subscriptions.list({ customer: s.customerId });
  assert.deepEqual(dflt.data, [], 'the default list omits canceled subscriptions');
  const all = await sandbox.stripe.subscriptions.list({ customer: s.customerId, status: 'all' });
  assert.deepEqual(all.data.map((x) => x.id), [s.subscriptionId]);
  const ended = await sandbox.stripe.subscriptions.list({ status: 'canceled' });
  assert.ok(ended.data.some((x) => x.id === s.subscriptionId));

  await assert.rejects(sandbox.stripe.subscriptions.cancel(s.subscriptionId), (err) => {
    assert.equal(err.type, 'StripeInvalidRequestError');
    assert.ok(err.statusCode === 400 || err.statusCode === 404, `status ${err.statusCode}`);
    return true;
  }, 'a canceled subscription cannot be canceled again');
});

test('the payment left an invoice, a charge and a balance transaction', async () => {
  need('subscriptionId', 'customerId', 'invoiceId');
  const invoices = await sandbox.stripe.invoices.list({ subscription: s.subscriptionId });
  assert.deepEqual(invoices.data.map((x) => x.id), [s.invoiceId]);
  const inv = invoices.data[0];
  assert.equal(inv.status, 'paid');
  assert.equal(inv.customer, s.customerId);
  assert.equal(inv.currency, 'usd');
  assert.equal(inv.total, 999);
  assert.equal(inv.amount_paid, 999);
  assert.equal(inv.amount_remaining, 0);
  assert.equal(inv.lines.data.length, 1);
  assert.equal(inv.lines.data[0].amount, 999);

  const fetched = await sandbox.stripe.invoices.retrieve(s.invoiceId);
  assert.equal(fetched.id, s.invoiceId);
  const byCustomer = await sandbox.stripe.invoices.list({ customer: s.customerId, status: 'paid' });
  assert.deepEqual(byCustomer.data.map((x) => x.id), [s.invoiceId]);

  const charges = await sandbox.stripe.charges.list({ customer: s.customerId, expand: ['data.balance_transaction'] });
  assert.equal(charges.data.length, 1);
  const ch = charges.data[0];
  assert.match(ch.id, /^ch_/);
  assert.equal(ch.amount, 999);
  assert.equal(ch.currency, 'usd');
  assert.equal(ch.status, 'succeeded');
  assert.equal(ch.paid, true);
  assert.equal(ch.customer, s.customerId);
  assert.equal(ch.payment_method_details?.card?.last4 ?? '4242', '4242');

  const txn = ch.balance_transaction;
  assert.equal(typeof txn, 'object', 'balance_transaction expanded');
  assert.match(txn.id, /^txn_/);
  assert.equal(txn.source, ch.id);
  assert.equal(txn.amount, 999);
  assert.equal(txn.fee, 59, '2.9% + 30¢ of $9.99');
  assert.equal(txn.net, 999 - 59);
  assert.equal(txn.fee_details.reduce((a, f) => a + f.amount, 0), txn.fee);

  const again = await sandbox.stripe.balanceTransactions.retrieve(txn.id);
  assert.equal(again.id, txn.id);
  const bySource = await sandbox.stripe.balanceTransactions.list({ source: ch.id });
  assert.deepEqual(bySource.data.map((x) => x.id), [txn.id]);
  const chFetched = await sandbox.stripe.charges.retrieve(ch.id);
  assert.equal(chFetched.balance_transaction, txn.id);
});

test('events: by type, by types[], by created', async () => {
  need('subscriptionId', 'session', 't0');
  const updated = await sandbox.stripe.events.list({ type: 'customer.subscription.updated' });
  assert.equal(updated.object, 'list');
  assert.ok(updated.data.length >= 2, `cancel_at_period_end was toggled twice, got ${updated.data.length}`);
  for (const ev of updated.data) {
    assert.match(ev.id, /^evt_/);
    assert.equal(ev.object, 'event');
    assert.equal(ev.type, 'customer.subscription.updated');
    assert.equal(ev.data.object.object, 'subscription');
  }
  const mine = updated.data.filter((ev) => ev.data.object.id === s.subscriptionId);
  const toggledOn = mine.find((ev) => ev.data.object.cancel_at_period_end === true);
  assert.ok(toggledOn, 'an update event shows cancel_at_period_end: true');
  assert.equal(toggledOn.data.previous_attributes.cancel_at_period_end, false);
  const ordered = updated.data.map((ev) => ev.created);
  assert.deepEqual(ordered, [...ordered].sort((a, b) => b - a), 'newest first');

  const wanted = ['customer.subscription.created', 'customer.subscription.deleted'];
  const several = await sandbox.stripe.events.list({ types: wanted, limit: 100 });
  const seenTypes = new Set(several.data.map((ev) => ev.type));
  assert.deepEqual([...seenTypes].sort(), wanted);
  for (const type of wanted) {
    assert.ok(several.data.some((ev) => ev.type === type && ev.data.object.id === s.subscriptionId), type);
  }

  const wildcard = await sandbox.stripe.events.list({ type: 'customer.subscription.*', limit: 100 });
  assert.ok(wildcard.data.length >= several.data.length + mine.length);
  assert.ok(wildcard.data.every((ev) => ev.type.startsWith('customer.subscription.')));

  const completed = await sandbox.stripe.events.list({ type: 'checkout.session.completed' });
  const ev = completed.data.find((e) => e.data.object.id === s.session.id);
  assert.ok(ev, 'checkout.session.completed for the session');
  assert.equal(ev.data.object.subscription, s.subscriptionId);
  assert.equal(ev.data.object.client_reference_id, 'user_123');

  const since = await sandbox.stripe.events.list({ created: { gte: s.t0 }, limit: 100 })
    .autoPagingToArray({ limit: 10000 });
  assert.ok(since.length >= wildcard.data.length);
  assert.ok(since.every((e) => e.created >= s.t0));
  const future = await sandbox.stripe.events.list({ created: { gt: s.t0 + 86400 * 365 } });
  assert.deepEqual(future.data, []);

  const one = await sandbox.stripe.events.retrieve(ev.id);
  assert.equal(one.id, ev.id);
  assert.equal(one.type, 'checkout.session.completed');
});

// A subscription-mode session for the shared customer at the shared price.
function customerSession(extra = {}) {
  return sandbox.stripe.checkout.sessions.create({
    mode: 'subscription',
    line_items: [{ price: s.price.id, quantity: 1 }],
    customer: s.customerId,
    success_url: 'https://example.com/success',
    ...extra,
  });
}

test('a declined card (4000 0000 0000 0002) -> StripeCardError card_declined', async () => {
  need('price', 'customerId');
  const cs = await customerSession({ cancel_url: 'https://example.com/cancel' });
  assert.equal(cs.customer, s.customerId);

  await assert.rejects(completeSession(cs.id, '4000000000000002'), (err) => {
    assert.ok(err instanceof Stripe.errors.StripeCardError, `got ${err.type}: ${err.message}`);
    assert.equal(err.type, 'StripeCardError');
    assert.equal(err.rawType, 'card_error');
    assert.equal(err.statusCode, 402);
    assert.equal(err.code, 'card_declined');
    assert.equal(err.decline_code, 'generic_decline');
    assert.ok(err.message.length > 0);
    assert.match(err.requestId, /^req_/);
    return true;
  });

  const after = await sandbox.stripe.checkout.sessions.retrieve(cs.id);
  assert.equal(after.status, 'open', 'a decline leaves the session open for another try');
  assert.equal(after.subscription, null);

  const subs = await sandbox.stripe.subscriptions.list({ customer: s.customerId, status: 'all' });
  assert.ok(subs.data.every((x) => x.status !== 'active'), 'no active subscription from a decline');
});

test('expire an open session', async () => {
  need('price');
  const cs = await sandbox.stripe.checkout.sessions.create({
    mode: 'subscription',
    line_items: [{ price: s.price.id, quantity: 1 }],
    customer_email: 'expire@example.com',
    success_url: 'https://example.com/success',
  });
  const expired = await sandbox.stripe.checkout.sessions.expire(cs.id);
  assert.equal(expired.id, cs.id);
  assert.equal(expired.status, 'expired');
  assert.equal(expired.url, null);
  assert.equal((await sandbox.stripe.checkout.sessions.retrieve(cs.id)).status, 'expired');

  await assert.rejects(sandbox.stripe.checkout.sessions.expire(cs.id), (err) => {
    assert.equal(err.type, 'StripeInvalidRequestError');
    assert.equal(err.statusCode, 400);
    return true;
  }, 'only open sessions can be expired');

  await assert.rejects(sandbox.stripe.checkout.sessions.retrieve('cs_test_doesnotexist'), (err) => {
    assert.equal(err.code, 'resource_missing');
    assert.equal(err.statusCode, 404);
    return true;
  });
});

test('success_url may carry the {CHECKOUT_SESSION_ID} template', async () => {
  need('price');
  // Stripe's documented way to learn the session on the success page.
  const template = 'https://example.com/success?session_id={CHECKOUT_SESSION_ID}';
  const cs = await sandbox.stripe.checkout.sessions.create({
    mode: 'subscription',
    line_items: [{ price: s.price.id, quantity: 1 }],
    customer_email: 'template@example.com',
    success_url: template,
  });
  assert.equal(cs.status, 'open');
  // Stripe substitutes the id when redirecting; either form may be stored.
  assert.ok([template, `https://example.com/success?session_id=${cs.id}`].includes(cs.success_url),
    cs.success_url);
});

test('cancel now with cancellation_details in the DELETE query', async () => {
  need('price', 'customerId');
  const cs = await customerSession();
  await completeSession(cs.id, '4242424242424242');
  const sub = (await sandbox.stripe.checkout.sessions.retrieve(cs.id)).subscription;
  // Node sends DELETE params in the query string:
  // DELETE /v1/subscriptions/sub_..?invoice_now=false&prorate=false&cancellation_details[comment]=..&cancellation_details[feedback]=too_expensive
  const canceled = await sandbox.stripe.subscriptions.cancel(sub, {
    invoice_now: false,
    prorate: false,
    cancellation_details: { comment: 'too expensive for me', feedback: 'too_expensive' },
  });
  assert.equal(canceled.status, 'canceled');
  assert.equal(canceled.cancellation_details.comment, 'too expensive for me');
  assert.equal(canceled.cancellation_details.feedback, 'too_expensive');
});

test('invoice payments are includable (expand[]=payments)', async () => {
  need('invoiceId');
  const inv = await sandbox.stripe.invoices.retrieve(s.invoiceId, { expand: ['payments'] });
  assert.equal(inv.payments.object, 'list');
  assert.equal(inv.payments.data.length, 1);
  assert.equal(inv.payments.data[0].payment.type, 'payment_intent');
  assert.match(inv.payments.data[0].payment.payment_intent, /^pi_/);
});

test('invoice search', async () => {
  need('subscriptionId', 'invoiceId');
  const res = await sandbox.stripe.invoices.search({ query: `subscription:"${s.subscriptionId}"` });
  assert.equal(res.object, 'search_result');
  assert.deepEqual(res.data.map((x) => x.id), [s.invoiceId]);
});
