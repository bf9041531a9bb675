'use strict';
// Subscriptions created and changed directly through the API (POST /v1/subscriptions),
// as the official client drives them: paying with a test token or the customer's
// default card, Stripe's refusals, payment_behavior (allow_incomplete,
// error_if_incomplete, default_incomplete), trials, incomplete subscriptions that
// expire after 23 hours, latest_invoice's includables and its pre-basil shape, and
// the customer portal's card update bringing a past-due subscription back.
//
// The steps share one sandbox and its clock and run in order (node:test runs a
// file's top-level tests sequentially).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { useSandbox } = require('./lib/sandbox');
const billing = require('./lib/billing');

const sandbox = useSandbox();
const s = {}; // shared state between the steps
const DAY = 24 * 3600;

function need(...keys) {
  for (const k of keys) assert.ok(s[k], `an earlier step did not provide ${k}`);
}

async function latestEventId() {
  const page = await sandbox.stripe.events.list({ limit: 1 });
  return page.data.length ? page.data[0].id : null;
}

// Events recorded after `markId`, oldest first.
async function eventsAfter(markId) {
  const page = await sandbox.stripe.events.list({ limit: 100 });
  const out = [];
  for (const event of page.data) {
    if (event.id === markId) break;
    out.push(event);
  }
  return out.reverse();
}

const advance = (params) => billing.advance(sandbox.stripe, params);

// The portal is a page for a person: fetch it and post its forms like a browser.
async function portalGet(url) {
  const response = await fetch(url);
  return { status: response.status, html: await response.text() };
}

async function portalPost(url, form) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
    redirect: 'manual',
  });
  return { status: response.status, location: response.headers.get('location'), html: await response.text() };
}

test('catalogue and customers', async () => {
  s.product = await sandbox.stripe.products.create({ name: 'Premium' });
  s.price = await sandbox.stripe.prices.create({
    product: s.product.id, unit_amount: 999, currency: 'usd', recurring: { interval: 'month' },
  });
  s.oneTime = await sandbox.stripe.prices.create({ product: s.product.id, unit_amount: 500, currency: 'usd' });
  s.alice = await sandbox.stripe.customers.create({ email: 'alice@example.com' });
  s.bob = await sandbox.stripe.customers.create({ email: 'bob@example.com' });
  s.carol = await sandbox.stripe.customers.create({ email: 'carol@example.com' });
  s.dave = await sandbox.stripe.customers.create({ email: 'dave@example.com' });
  s.erin = await sandbox.stripe.customers.create({ email: 'erin@example.com' });
  assert.match(s.price.id, /^price_/);
});

test('create with pm_card_visa: active, first invoice paid, events in Stripe order', async () => {
  need('price', 'alice');
  const mark = await latestEventId();
  const sub = await sandbox.stripe.subscriptions.create({
    customer: s.alice.id,
    items: [{ price: s.price.id, quantity: 2 }],
    default_payment_method: 'pm_card_visa',
    metadata: { plan: 'premium' },
    description: 'Premium for Alice',
    payment_settings: { save_default_payment_method: 'on_subscription' },
    expand: ['latest_invoice.payments', 'latest_invoice.confirmation_secret'],
  });
  s.aliceSub = sub;
  assert.equal(sub.object, 'subscription');
  assert.match(sub.id, /^sub_/);
  assert.equal(sub.status, 'active');
  assert.equal(sub.customer, s.alice.id);
  assert.equal(sub.collection_method, 'charge_automatically');
  assert.equal(sub.description, 'Premium for Alice');
  assert.deepEqual(sub.metadata, { plan: 'premium' });
  assert.equal(sub.payment_settings.save_default_payment_method, 'on_subscription');
  assert.equal(sub.livemode, false);
  assert.equal(sub.items.data.length, 1);
  assert.equal(sub.items.data[0].price.id, s.price.id);
  assert.equal(sub.items.data[0].quantity, 2);
  assert.equal(sub.items.data[0].current_period_end > sub.items.data[0].current_period_start, true);
  assert.match(sub.default_payment_method, /^pm_/);

  const pm = await sandbox.stripe.paymentMethods.retrieve(sub.default_payment_method);
  assert.equal(pm.customer, s.alice.id, 'the token became a PaymentMethod attached to the customer');
  assert.equal(pm.card.last4, '4242');

  const invoice = sub.latest_invoice;
  assert.equal(invoice.object, 'invoice');
  assert.equal(invoice.status, 'paid');
  assert.equal(invoice.billing_reason, 'subscription_create');
  assert.equal(invoice.amount_due, 1998);
  assert.equal(invoice.amount_paid, 1998);
  assert.equal(invoice.parent.subscription_details.subscription, sub.id);
  assert.equal('payment_intent' in invoice, false, 'basil+ invoices have no payment_intent');
  assert.equal(invoice.payments.object, 'list');
  assert.equal(invoice.payments.data.length, 1);
  const payment = invoice.payments.data[0];
  assert.equal(payment.payment.type, 'payment_intent');
  assert.equal(payment.amount_paid, 1998);
  s.aliceIntent = payment.payment.payment_intent;
  const intent = await sandbox.stripe.paymentIntents.retrieve(s.aliceIntent);
  assert.equal(intent.status, 'succeeded');
  assert.equal(invoice.confirmation_secret.type, 'payment_intent');
  assert.equal(invoice.confirmation_secret.client_secret, intent.client_secret);
  assert.match(intent.client_secret, new RegExp(`^${intent.id}_secret_`));

  const events = await eventsAfter(mark);
  assert.deepEqual(events.map((e) => e.type), [
    'payment_method.attached',
    'customer.subscription.created',
    'invoice.created',
    'invoice.finalized',
    'charge.succeeded',
    'payment_intent.succeeded',
    'invoice.paid',
    'invoice.payment_succeeded',
    'customer.subscription.updated',
  ]);
  assert.equal(events[1].data.object.id, sub.id);
  assert.equal(events[1].data.object.status, 'incomplete');
  assert.equal(events[2].data.object.id, invoice.id);
  assert.equal(events[8].data.object.status, 'active');
  assert.deepEqual(events[8].data.previous_attributes, { status: 'incomplete' });
});

test('latest_invoice.payment_intent: refused at basil+, the pre-basil invoice has it', async () => {
  need('aliceSub', 'aliceIntent');
  await assert.rejects(
    sandbox.stripe.subscriptions.retrieve(s.aliceSub.id, { expand: ['latest_invoice.payment_intent'] }),
    (err) => {
      assert.equal(err.statusCode, 400);
      assert.equal(err.type, 'StripeInvalidRequestError');
      assert.equal(err.message, 'This property cannot be expanded (latest_invoice.payment_intent).');
      assert.equal(err.param, 'expand');
      return true;
    });

  const old = sandbox.sb.client(undefined, { apiVersion: '2024-06-20' });
  const sub = await old.subscriptions.retrieve(s.aliceSub.id, { expand: ['latest_invoice.payment_intent'] });
  assert.equal(sub.latest_invoice.payment_intent.object, 'payment_intent');
  assert.equal(sub.latest_invoice.payment_intent.id, s.aliceIntent);
  assert.equal(sub.latest_invoice.payment_intent.status, 'succeeded');
  assert.equal(sub.latest_invoice.paid, true);
  assert.equal(sub.latest_invoice.subscription, s.aliceSub.id);
  const plain = await old.invoices.retrieve(sub.latest_invoice.id);
  assert.equal(plain.payment_intent, s.aliceIntent, 'an id unless expanded');
});

test('the customer\'s default payment method pays when none is given (set through the portal)', async () => {
  need('bob', 'price');
  const portal = await sandbox.stripe.billingPortal.sessions.create({ customer: s.bob.id, return_url: 'https://example.com/account' });
  const page = await portalGet(portal.url);
  assert.equal(page.status, 200);
  assert.match(page.html, /No card on file/);
  const saved = await portalPost(`${portal.url}/payment_method`, { card: '5555 5555 5555 4444' });
  assert.equal(saved.status, 200);
  assert.match(saved.html, /Your card was updated\./);
  assert.match(saved.html, /mastercard •••• 4444/);
  const bob = await sandbox.stripe.customers.retrieve(s.bob.id);
  assert.match(bob.invoice_settings.default_payment_method, /^pm_/);

  const sub = await sandbox.stripe.subscriptions.create({
    customer: s.bob.id, items: [{ price: s.price.id }], expand: ['latest_invoice'],
  });
  assert.equal(sub.status, 'active');
  assert.equal(sub.default_payment_method, null, 'the subscription keeps none of its own');
  assert.equal(sub.latest_invoice.status, 'paid');
  const invoice = await sandbox.stripe.invoices.retrieve(sub.latest_invoice.id, { expand: ['payments.data.payment.payment_intent'] });
  assert.equal(invoice.payments.data[0].payment.payment_intent.payment_method, bob.invoice_settings.default_payment_method);
  await assert.rejects(
    sandbox.stripe.subscriptions.retrieve(sub.id, { expand: ['latest_invoice.payments.data.payment.payment_intent'] }),
    (err) => err.statusCode === 400 && err.message === 'You cannot expand more than 4 levels of a property. Property: '
      + 'latest_invoice.payments.data.payment.payment_intent');
});

test('no payment method at all: Stripe\'s refusal, nothing created', async () => {
  need('carol', 'price');
  const mark = await latestEventId();
  await assert.rejects(
    sandbox.stripe.subscriptions.create({ customer: s.carol.id, items: [{ price: s.price.id }] }),
    (err) => {
      assert.equal(err.statusCode, 400);
      assert.equal(err.type, 'StripeInvalidRequestError');
      assert.equal(err.code, 'resource_missing');
      assert.match(err.message, /^This customer has no attached payment source or default payment method\. Please consider adding a default payment method\./);
      return true;
    });
  const list = await sandbox.stripe.subscriptions.list({ customer: s.carol.id, status: 'all' });
  assert.deepEqual(list.data, []);
  assert.deepEqual(await eventsAfter(mark), []);
});

test('allow_incomplete (the default) with a declined card: incomplete, open invoice, HTTP 200', async () => {
  need('dave', 'price');
  const mark = await latestEventId();
  const sub = await sandbox.stripe.subscriptions.create({
    customer: s.dave.id, items: [{ price: s.price.id }], default_payment_method: 'pm_card_chargeDeclined',
    expand: ['latest_invoice'],
  });
  s.daveIncomplete = sub;
  assert.equal(sub.status, 'incomplete');
  assert.equal(sub.latest_invoice.status, 'open');
  assert.equal(sub.latest_invoice.attempted, true);
  assert.equal(sub.latest_invoice.attempt_count, 1);
  assert.equal(sub.latest_invoice.amount_paid, 0);
  assert.equal(sub.latest_invoice.next_payment_attempt, null, 'first invoices are not retried');
  const events = await eventsAfter(mark);
  assert.deepEqual(events.map((e) => e.type), [
    'payment_method.attached',
    'customer.subscription.created',
    'invoice.created',
    'invoice.finalized',
    'charge.failed',
    'payment_intent.payment_failed',
    'invoice.payment_failed',
  ]);
  assert.equal(events[4].data.object.failure_code, 'card_declined');
});

test('error_if_incomplete with a declined card: 402 card_error and nothing is kept', async () => {
  need('dave', 'price');
  const mark = await latestEventId();
  await assert.rejects(
    sandbox.stripe.subscriptions.create({
      customer: s.dave.id, items: [{ price: s.price.id }], default_payment_method: 'pm_card_visa_chargeDeclinedInsufficientFunds',
      payment_behavior: 'error_if_incomplete',
    }),
    (err) => {
      assert.equal(err.statusCode, 402);
      assert.equal(err.type, 'StripeCardError');
      assert.equal(err.code, 'card_declined');
      assert.equal(err.decline_code, 'insufficient_funds');
      assert.equal(err.message, 'Your card has insufficient funds.');
      return true;
    });
  const list = await sandbox.stripe.subscriptions.list({ customer: s.dave.id, status: 'all' });
  assert.deepEqual(list.data.map((sub) => sub.id), [s.daveIncomplete.id], 'only the earlier incomplete one');
  assert.deepEqual(await eventsAfter(mark), []);
});

test('default_incomplete: incomplete, invoice open and not attempted, a payment intent to confirm', async () => {
  need('dave', 'price');
  const mark = await latestEventId();
  const sub = await sandbox.stripe.subscriptions.create({
    customer: s.dave.id, items: [{ price: s.price.id }], payment_behavior: 'default_incomplete',
    payment_settings: { save_default_payment_method: 'on_subscription' },
    expand: ['latest_invoice.confirmation_secret'],
  });
  s.daveDefaultIncomplete = sub;
  assert.equal(sub.status, 'incomplete');
  assert.equal(sub.default_payment_method, null);
  assert.equal(sub.latest_invoice.status, 'open');
  assert.equal(sub.latest_invoice.attempted, false);
  assert.equal(sub.latest_invoice.attempt_count, 0);
  assert.equal(sub.latest_invoice.amount_remaining, 999);
  assert.equal(sub.latest_invoice.confirmation_secret.type, 'payment_intent');
  const intentId = sub.latest_invoice.confirmation_secret.client_secret.split('_secret_')[0];
  const intent = await sandbox.stripe.paymentIntents.retrieve(intentId);
  assert.equal(intent.status, 'requires_payment_method');
  assert.equal(intent.amount, 999);
  assert.equal(intent.customer, s.dave.id);
  assert.deepEqual((await eventsAfter(mark)).map((e) => e.type),
    ['customer.subscription.created', 'invoice.created', 'invoice.finalized']);
});

test('trial_period_days: trialing, a $0 invoice paid without a charge, no card needed', async () => {
  need('carol', 'price');
  const mark = await latestEventId();
  const sub = await sandbox.stripe.subscriptions.create({
    customer: s.carol.id, items: [{ price: s.price.id }], trial_period_days: 14, expand: ['latest_invoice'],
  });
  assert.equal(sub.status, 'trialing');
  assert.equal(sub.trial_end - sub.trial_start, 14 * DAY);
  assert.equal(sub.items.data[0].current_period_end, sub.trial_end);
  assert.equal(sub.billing_cycle_anchor, sub.trial_end);
  assert.equal(sub.latest_invoice.status, 'paid');
  assert.equal(sub.latest_invoice.amount_due, 0);
  assert.equal(sub.latest_invoice.billing_reason, 'subscription_create');
  assert.deepEqual((await eventsAfter(mark)).map((e) => e.type),
    ['customer.subscription.created', 'invoice.created', 'invoice.finalized', 'invoice.paid', 'invoice.payment_succeeded']);
});

test('trial_end=now on update ends the trial: a new invoice is charged and the subscription is active', async () => {
  need('alice', 'price');
  const trial = await sandbox.stripe.subscriptions.create({
    customer: s.alice.id, items: [{ price: s.price.id }], default_payment_method: 'pm_card_visa',
    trial_end: Math.floor(Date.now() / 1000) + 10 * DAY,
  });
  assert.equal(trial.status, 'trialing');
  const mark = await latestEventId();
  const sub = await sandbox.stripe.subscriptions.update(trial.id, { trial_end: 'now', expand: ['latest_invoice'] });
  assert.equal(sub.status, 'active');
  assert.notEqual(sub.latest_invoice.id, trial.latest_invoice);
  assert.equal(sub.latest_invoice.status, 'paid');
  assert.equal(sub.latest_invoice.amount_paid, 999);
  assert.equal(sub.latest_invoice.billing_reason, 'subscription_update');
  const types = (await eventsAfter(mark)).map((e) => e.type);
  assert.deepEqual(types, ['customer.subscription.updated', 'invoice.created', 'invoice.finalized', 'charge.succeeded',
    'payment_intent.succeeded', 'invoice.paid', 'invoice.payment_succeeded']);
  s.aliceSecond = sub;
});

test('update: default_payment_method, description, collection_method', async () => {
  need('aliceSub');
  const before = s.aliceSub.default_payment_method;
  const mark = await latestEventId();
  const sub = await sandbox.stripe.subscriptions.update(s.aliceSub.id, {
    default_payment_method: 'pm_card_mastercard', description: 'Premium, now on Mastercard', proration_behavior: 'none',
    payment_behavior: 'pending_if_incomplete',
  });
  assert.match(sub.default_payment_method, /^pm_/);
  assert.notEqual(sub.default_payment_method, before);
  assert.equal(sub.description, 'Premium, now on Mastercard');
  const events = await eventsAfter(mark);
  assert.deepEqual(events.map((e) => e.type), ['payment_method.attached', 'customer.subscription.updated']);
  assert.deepEqual(events[1].data.previous_attributes,
    { default_payment_method: before, description: 'Premium for Alice' });

  await assert.rejects(sandbox.stripe.subscriptions.update(s.aliceSub.id, { collection_method: 'send_invoice' }),
    (err) => err.statusCode === 400 && err.code === 'parameter_missing' && err.param === 'days_until_due');
  const invoiced = await sandbox.stripe.subscriptions.update(s.aliceSub.id, { collection_method: 'send_invoice', days_until_due: 30 });
  assert.equal(invoiced.collection_method, 'send_invoice');
  assert.equal(invoiced.days_until_due, 30);
  const back = await sandbox.stripe.subscriptions.update(s.aliceSub.id, { collection_method: 'charge_automatically' });
  assert.equal(back.collection_method, 'charge_automatically');
  assert.equal(back.days_until_due, null);

  await assert.rejects(sandbox.stripe.subscriptions.update(s.aliceSub.id, { default_payment_method: 'pm_nope' }),
    (err) => err.statusCode === 404 && err.message === "No such PaymentMethod: 'pm_nope'" && err.param === 'default_payment_method');
  const bobsCard = (await sandbox.stripe.customers.retrieve(s.bob.id)).invoice_settings.default_payment_method;
  await assert.rejects(sandbox.stripe.subscriptions.update(s.aliceSub.id, { default_payment_method: bobsCard }),
    (err) => err.statusCode === 400 && err.code === 'resource_missing'
      && err.message === `The customer does not have a payment method with the ID ${bobsCard}. The payment method must be attached to the customer.`);
});

test('send_invoice: active at once, the invoice waits for the customer', async () => {
  need('carol', 'price');
  const sub = await sandbox.stripe.subscriptions.create({
    customer: s.carol.id, items: [{ price: s.price.id }], collection_method: 'send_invoice', days_until_due: 7,
    expand: ['latest_invoice'],
  });
  assert.equal(sub.status, 'active');
  assert.equal(sub.days_until_due, 7);
  assert.equal(sub.latest_invoice.status, 'open');
  assert.equal(sub.latest_invoice.collection_method, 'send_invoice');
  assert.equal(sub.latest_invoice.attempted, false);
  assert.equal(sub.latest_invoice.due_date, sub.latest_invoice.created + 7 * DAY);
  s.carolInvoiced = sub;
});

test('billing_cycle_anchor: a shorter first period, prorated (or free with proration_behavior=none)', async () => {
  need('alice', 'price');
  const anchor = Math.floor(Date.now() / 1000) + 10 * DAY;
  const sub = await sandbox.stripe.subscriptions.create({
    customer: s.alice.id, items: [{ price: s.price.id }], default_payment_method: 'pm_card_visa', billing_cycle_anchor: anchor,
    expand: ['latest_invoice'],
  });
  const natural = new Date(sub.created * 1000);
  natural.setUTCMonth(natural.getUTCMonth() + 1);
  const expected = Math.round(999 * (anchor - sub.created) / (natural.getTime() / 1000 - sub.created));
  assert.equal(sub.status, 'active');
  assert.equal(sub.billing_cycle_anchor, anchor);
  assert.equal(sub.items.data[0].current_period_end, anchor);
  assert.equal(sub.latest_invoice.amount_paid, expected);
  assert.equal(sub.latest_invoice.lines.data[0].amount, expected);
  assert.equal(sub.latest_invoice.lines.data[0].parent.subscription_item_details.proration, true);

  const free = await sandbox.stripe.subscriptions.create({
    customer: s.carol.id, items: [{ price: s.price.id }], billing_cycle_anchor: anchor, proration_behavior: 'none',
    expand: ['latest_invoice'],
  });
  assert.equal(free.status, 'active', 'nothing to pay now, so no card is needed yet');
  assert.equal(free.latest_invoice.amount_due, 0);
  assert.equal(free.latest_invoice.status, 'paid');
  await sandbox.stripe.subscriptions.cancel(sub.id);
  await sandbox.stripe.subscriptions.cancel(free.id);

  await assert.rejects(sandbox.stripe.subscriptions.create({
    customer: s.alice.id, items: [{ price: s.price.id }], default_payment_method: 'pm_card_visa', billing_cycle_anchor: anchor + 40 * DAY,
  }), (err) => err.statusCode === 400 && err.param === 'billing_cycle_anchor'
    && /^billing_cycle_anchor cannot be later than next natural billing date \(\d+\) for plan$/.test(err.message));
});

test('cancel_at_period_end and cancel_at on create', async () => {
  need('alice', 'price');
  const ending = await sandbox.stripe.subscriptions.create({
    customer: s.alice.id, items: [{ price: s.price.id }], default_payment_method: 'pm_card_visa', cancel_at_period_end: true,
  });
  assert.equal(ending.status, 'active');
  assert.equal(ending.cancel_at_period_end, true);
  assert.equal(ending.cancel_at, ending.items.data[0].current_period_end);
  assert.equal(ending.canceled_at, ending.created);
  assert.equal(ending.cancellation_details.reason, 'cancellation_requested');

  const at = ending.created + 5 * DAY;
  const later = await sandbox.stripe.subscriptions.create({
    customer: s.alice.id, items: [{ price: s.price.id }], default_payment_method: 'pm_card_visa', cancel_at: at,
  });
  assert.equal(later.cancel_at, at);
  assert.equal(later.cancel_at_period_end, false);
  await assert.rejects(sandbox.stripe.subscriptions.create({
    customer: s.alice.id, items: [{ price: s.price.id }], default_payment_method: 'pm_card_visa', cancel_at: ending.created - 10,
  }), (err) => err.statusCode === 400 && err.param === 'cancel_at');
  await sandbox.stripe.subscriptions.cancel(ending.id);
  await sandbox.stripe.subscriptions.cancel(later.id);
});

test('refusals: unknown parameter, missing parameters, 404s, one-time price, pending_if_incomplete', async () => {
  need('alice', 'price', 'oneTime');
  const refused = async (params, check) => assert.rejects(sandbox.stripe.subscriptions.create(params), (err) => {
    check(err);
    return true;
  });
  await refused({ customer: s.alice.id, items: [{ price: s.price.id }], colour: 'blue' }, (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.code, 'parameter_unknown');
    assert.equal(err.param, 'colour');
    assert.equal(err.message, 'Received unknown parameter: colour');
  });
  await refused({ customer: s.alice.id, items: [{ price: s.price.id, colour: 'blue' }], default_payment_method: 'pm_card_visa' }, (err) => {
    assert.equal(err.code, 'parameter_unknown');
    assert.equal(err.param, 'items[0][colour]');
  });
  await refused({ items: [{ price: s.price.id }] }, (err) => {
    assert.equal(err.code, 'parameter_missing');
    assert.equal(err.message, 'Missing required param: customer.');
  });
  await refused({ customer: s.alice.id }, (err) => {
    assert.equal(err.code, 'parameter_missing');
    assert.equal(err.param, 'items');
  });
  await refused({ customer: 'cus_nope', items: [{ price: s.price.id }] }, (err) => {
    assert.equal(err.statusCode, 404);
    assert.equal(err.message, "No such customer: 'cus_nope'");
    assert.equal(err.param, 'customer');
  });
  await refused({ customer: s.alice.id, items: [{ price: 'price_nope' }] }, (err) => {
    assert.equal(err.statusCode, 404);
    assert.equal(err.message, "No such price: 'price_nope'");
    assert.equal(err.param, 'items[0][price]');
  });
  await refused({ customer: s.alice.id, items: [{ price: s.oneTime.id }], default_payment_method: 'pm_card_visa' }, (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.param, 'items[0][price]');
    assert.match(err.message, /type=one_time/);
  });
  await refused({ customer: s.alice.id, items: [{ price: s.price.id }], payment_behavior: 'pending_if_incomplete' }, (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.param, 'payment_behavior');
  });
  await refused({ customer: s.alice.id, items: [{ price: s.price.id }], payment_behavior: 'sometimes' }, (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.param, 'payment_behavior');
    assert.match(err.message, /^Invalid payment_behavior: must be one of/);
  });
  await refused({ customer: s.alice.id, items: [{ price: s.price.id }], discounts: [{ coupon: 'nope' }] }, (err) => {
    assert.equal(err.statusCode, 404);
    assert.equal(err.message, "No such coupon: 'nope'");
  });
  await assert.rejects(sandbox.stripe.subscriptions.retrieve('sub_nope'),
    (err) => err.statusCode === 404 && err.message === "No such subscription: 'sub_nope'");
});

test('list with paging and data.latest_invoice.payments expanded', async () => {
  need('alice', 'aliceSub', 'aliceSecond');
  const first = await sandbox.stripe.subscriptions.list({ customer: s.alice.id, limit: 1, expand: ['data.latest_invoice.payments'] });
  assert.equal(first.object, 'list');
  assert.equal(first.url, '/v1/subscriptions');
  assert.equal(first.has_more, true);
  assert.equal(first.data[0].id, s.aliceSecond.id, 'newest first');
  assert.equal(first.data[0].latest_invoice.payments.data.length, 1);
  const second = await sandbox.stripe.subscriptions.list({ customer: s.alice.id, limit: 1, starting_after: first.data[0].id });
  assert.equal(second.has_more, false);
  assert.equal(second.data[0].id, s.aliceSub.id);
  assert.equal(typeof second.data[0].latest_invoice, 'string');
});

test('incomplete subscriptions expire after 23 hours: incomplete_expired, invoice voided', async () => {
  need('daveIncomplete', 'daveDefaultIncomplete');
  const mark = await latestEventId();
  await advance({ seconds: 22 * 3600 });
  assert.equal((await sandbox.stripe.subscriptions.retrieve(s.daveIncomplete.id)).status, 'incomplete', 'not yet');
  await advance({ seconds: 2 * 3600 });
  const sub = await sandbox.stripe.subscriptions.retrieve(s.daveIncomplete.id, { expand: ['latest_invoice'] });
  assert.equal(sub.status, 'incomplete_expired');
  assert.equal(sub.ended_at, sub.created + 23 * 3600);
  assert.equal(sub.latest_invoice.status, 'void');
  assert.equal(sub.latest_invoice.status_transitions.voided_at, sub.ended_at);
  const other = await sandbox.stripe.subscriptions.retrieve(s.daveDefaultIncomplete.id, { expand: ['latest_invoice'] });
  assert.equal(other.status, 'incomplete_expired');
  assert.equal(other.latest_invoice.status, 'void');

  const events = await eventsAfter(mark);
  const mine = events.filter((e) => [sub.id, sub.latest_invoice.id].includes(e.data.object.id));
  assert.deepEqual(mine.map((e) => e.type), ['customer.subscription.updated', 'invoice.voided']);
  assert.deepEqual(mine[0].data.previous_attributes, { status: 'incomplete' });
  assert.equal(mine[0].request.id, null, 'automatic');

  const live = await sandbox.stripe.subscriptions.list({ customer: s.dave.id });
  assert.deepEqual(live.data, [], 'the default list omits ended subscriptions');
  const ended = await sandbox.stripe.subscriptions.list({ customer: s.dave.id, status: 'ended' });
  assert.equal(ended.data.length, 2);
});

test('portal: a new card pays the past-due invoice at once and the subscription is active again', async () => {
  need('erin', 'price');
  const sub = await sandbox.stripe.subscriptions.create({
    customer: s.erin.id, items: [{ price: s.price.id }], default_payment_method: 'pm_card_chargeCustomerFail',
  });
  assert.equal(sub.status, 'active', '0341 attaches and pays on-session');
  await advance({ days: 32 });
  const pastDue = await sandbox.stripe.subscriptions.retrieve(sub.id, { expand: ['latest_invoice'] });
  assert.equal(pastDue.status, 'past_due');
  assert.equal(pastDue.latest_invoice.status, 'open');
  assert.equal(pastDue.latest_invoice.billing_reason, 'subscription_cycle');

  const portal = await sandbox.stripe.billingPortal.sessions.create({ customer: s.erin.id, return_url: 'https://example.com/account' });
  assert.equal(portal.flow, null);
  const page = await portalGet(portal.url);
  assert.equal(page.status, 200);
  assert.match(page.html, /past_due/);
  assert.match(page.html, /visa •••• 0341|No card on file/);
  assert.match(page.html, new RegExp(`action="/p/session/${portal.id}/payment_method"`));

  const declinedMark = await latestEventId();
  const declined = await portalPost(`${portal.url}/payment_method`, { card: '4000000000000002' });
  assert.equal(declined.status, 402);
  assert.match(declined.html, /Your card was declined\./);
  assert.deepEqual(await eventsAfter(declinedMark), [], 'nothing changed');

  const mark = await latestEventId();
  const saved = await portalPost(`${portal.url}/payment_method`, { card: '4242424242424242' });
  assert.equal(saved.status, 200);
  assert.match(saved.html, /Your card was updated and your overdue invoice is paid\./);

  const erin = await sandbox.stripe.customers.retrieve(s.erin.id);
  const card = erin.invoice_settings.default_payment_method;
  assert.match(card, /^pm_/);
  const active = await sandbox.stripe.subscriptions.retrieve(sub.id, { expand: ['latest_invoice'] });
  assert.equal(active.status, 'active');
  assert.equal(active.default_payment_method, card);
  assert.equal(active.latest_invoice.id, pastDue.latest_invoice.id);
  assert.equal(active.latest_invoice.status, 'paid');
  assert.equal(active.latest_invoice.attempt_count, 2);

  const events = await eventsAfter(mark);
  assert.deepEqual(events.map((e) => e.type), [
    'payment_method.attached',
    'customer.updated',
    'customer.subscription.updated',
    'charge.succeeded',
    'payment_intent.succeeded',
    'invoice.paid',
    'invoice.payment_succeeded',
    'customer.subscription.updated',
  ]);
  assert.equal(events[0].data.object.id, card);
  assert.equal(events[1].data.previous_attributes.invoice_settings.default_payment_method, null);
  assert.deepEqual(events[2].data.previous_attributes, { default_payment_method: sub.default_payment_method });
  assert.deepEqual(events[7].data.previous_attributes, { status: 'past_due' });
  s.erinSub = active;
});

test('portal flows: payment_method_update redirects when done, subscription_cancel cancels at period end', async () => {
  need('erin', 'erinSub');
  const update = await sandbox.stripe.billingPortal.sessions.create({
    customer: s.erin.id,
    flow_data: { type: 'payment_method_update', after_completion: { type: 'redirect', redirect: { return_url: 'https://example.com/done' } } },
  });
  assert.equal(update.flow.type, 'payment_method_update');
  assert.equal(update.flow.after_completion.type, 'redirect');
  assert.equal(update.flow.after_completion.redirect.return_url, 'https://example.com/done');
  assert.equal(update.flow.subscription_cancel, null);
  const page = await portalGet(update.url);
  assert.match(page.html, /Update card/);
  assert.doesNotMatch(page.html, /Cancel plan/, 'the flow shows the card form only');
  const done = await portalPost(`${update.url}/payment_method`, { card: '5555555555554444' });
  assert.equal(done.status, 303);
  assert.equal(done.location, 'https://example.com/done');
  const sub = await sandbox.stripe.subscriptions.retrieve(s.erinSub.id, { expand: ['default_payment_method'] });
  assert.equal(sub.default_payment_method.card.last4, '4444');

  const cancel = await sandbox.stripe.billingPortal.sessions.create({
    customer: s.erin.id, return_url: 'https://example.com/account',
    flow_data: { type: 'subscription_cancel', subscription_cancel: { subscription: s.erinSub.id } },
  });
  assert.equal(cancel.flow.type, 'subscription_cancel');
  assert.equal(cancel.flow.subscription_cancel.subscription, s.erinSub.id);
  assert.equal(cancel.flow.after_completion.type, 'portal_homepage');
  const cancelPage = await portalGet(cancel.url);
  assert.match(cancelPage.html, new RegExp(`action="/p/session/${cancel.id}/${s.erinSub.id}/cancel"`));
  assert.doesNotMatch(cancelPage.html, /Update card/);
  const canceled = await portalPost(`${cancel.url}/${s.erinSub.id}/cancel`, {});
  assert.equal(canceled.status, 200);
  assert.match(canceled.html, /canceled at the end of the billing period/);
  const ending = await sandbox.stripe.subscriptions.retrieve(s.erinSub.id);
  assert.equal(ending.cancel_at_period_end, true);
  assert.equal(ending.status, 'active');

  await assert.rejects(sandbox.stripe.billingPortal.sessions.create({
    customer: s.erin.id, flow_data: { type: 'subscription_cancel', subscription_cancel: { subscription: s.aliceSub.id } },
  }), (err) => err.statusCode === 404 && err.param === 'flow_data[subscription_cancel][subscription]');
  await assert.rejects(sandbox.stripe.billingPortal.sessions.create({
    customer: s.erin.id, flow_data: { type: 'subscription_cancel' },
  }), (err) => err.statusCode === 400 && err.code === 'parameter_missing'
    && err.param === 'flow_data[subscription_cancel][subscription]');
});

test('a subscription created directly shows in the portal and renews on its card', async () => {
  need('aliceSub');
  const portal = await sandbox.stripe.billingPortal.sessions.create({ customer: s.alice.id });
  const page = await portalGet(portal.url);
  assert.match(page.html, new RegExp(`/p/session/${portal.id}/${s.aliceSub.id}/cancel`));
  const renewed = await sandbox.stripe.subscriptions.retrieve(s.aliceSub.id, { expand: ['latest_invoice.payments'] });
  assert.equal(renewed.status, 'active');
  assert.equal(renewed.latest_invoice.billing_reason, 'subscription_cycle');
  assert.equal(renewed.latest_invoice.status, 'paid');
  const intent = await sandbox.stripe.paymentIntents.retrieve(renewed.latest_invoice.payments.data[0].payment.payment_intent);
  assert.equal(intent.payment_method, renewed.default_payment_method,
    'renewals charge the subscription\'s default_payment_method (the Mastercard set by the update)');
});
