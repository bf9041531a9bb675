'use strict';
// One learner's whole life through the Billing API, as the desk and finance will
// meet it: a card on file, a subscription created directly, a renewal the card
// declines (with Stripe's decline code), the card changed through a SetupIntent,
// the open invoice paid with it, a partial refund, the cancellation, and the
// money settled into a payout. Checked against Stripe's documented events, in order.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { useSandbox } = require('./lib/sandbox');
const billing = require('./lib/billing');

const sandbox = useSandbox();
const stripe = () => sandbox.stripe;

const advance = (days) => billing.advance(stripe(), { days });
const allEvents = () => billing.allEvents(stripe());

// `expected` ([type, predicate?]) appears in `events` in this order (others may come between).
function assertInOrder(events, expected) {
  let at = 0;
  const seen = [];
  for (const [type, predicate] of expected) {
    while (at < events.length && !(events[at].type === type && (!predicate || predicate(events[at].data)))) ++at;
    assert.ok(at < events.length, `${type} after [${seen.join(', ')}]; the log: ${events.map((e) => e.type).join(', ')}`);
    seen.push(type);
    ++at;
  }
}

test("a learner's life: card on file, subscription, declined renewal, new card, paid, partial refund, canceled, paid out", async () => {
  const product = await stripe().products.create({ name: 'Course Companion Premium' });
  const price = await stripe().prices.create({
    product: product.id, currency: 'usd', unit_amount: 999, recurring: { interval: 'month' },
  });

  // A card that pays now and is declined on later, off-session charges (Stripe's 0341).
  const customer = await stripe().customers.create({
    email: 'lena@example.com', name: 'Lena Park',
    payment_method: 'pm_card_chargeCustomerFail',
    invoice_settings: { default_payment_method: 'pm_card_chargeCustomerFail' },
  });
  const firstCard = customer.invoice_settings.default_payment_method;
  assert.match(firstCard, /^pm_/);
  const cards = await stripe().customers.listPaymentMethods(customer.id);
  assert.deepEqual(cards.data.map((c) => [c.id, c.card.last4]), [[firstCard, '0341']]);

  const sub = await stripe().subscriptions.create({
    customer: customer.id, items: [{ price: price.id }], metadata: { user_id: 'user_lena' },
    expand: ['latest_invoice.payments'],
  });
  assert.equal(sub.status, 'active');
  assert.equal(sub.latest_invoice.status, 'paid');
  assert.equal(sub.latest_invoice.amount_paid, 999);

  // The renewal a month later: declined, the subscription past_due, the reason on the intent.
  await advance(31);
  const pastDue = await stripe().subscriptions.retrieve(sub.id, { expand: ['latest_invoice.payments'] });
  assert.equal(pastDue.status, 'past_due');
  const renewal = pastDue.latest_invoice;
  assert.equal(renewal.billing_reason, 'subscription_cycle');
  assert.equal(renewal.status, 'open');
  assert.equal(renewal.attempt_count, 1);
  assert.ok(renewal.next_payment_attempt > 0, 'Stripe will retry');
  const failedIntent = await stripe().paymentIntents.retrieve(renewal.payments.data[0].payment.payment_intent);
  assert.equal(failedIntent.status, 'requires_payment_method');
  assert.equal(failedIntent.last_payment_error.code, 'card_declined');
  assert.equal(failedIntent.last_payment_error.decline_code, 'generic_decline');
  const failedCharge = await stripe().charges.retrieve(failedIntent.latest_charge);
  assert.equal(failedCharge.status, 'failed');
  assert.equal(failedCharge.failure_code, 'card_declined');

  // The learner gives another card through a SetupIntent (the portal's or the desk's link).
  const setup = await stripe().setupIntents.create({
    customer: customer.id, payment_method: 'pm_card_visa', confirm: true, usage: 'off_session',
  });
  assert.equal(setup.status, 'succeeded');
  const newCard = setup.payment_method;
  await stripe().customers.update(customer.id, { invoice_settings: { default_payment_method: newCard } });
  await stripe().subscriptions.update(sub.id, { default_payment_method: newCard });
  const both = await stripe().customers.listPaymentMethods(customer.id);
  assert.deepEqual(both.data.map((c) => c.card.last4).sort(), ['0341', '4242']);

  // The open invoice paid with it: the subscription is active again.
  const paid = await stripe().invoices.pay(renewal.id);
  assert.equal(paid.status, 'paid');
  assert.equal(paid.amount_paid, 999);
  assert.equal((await stripe().subscriptions.retrieve(sub.id)).status, 'active');

  // A partial refund of that payment: $3.00 back, Premium untouched.
  const payments = await stripe().invoicePayments.list({ invoice: renewal.id, status: 'paid' });
  const paidIntent = await stripe().paymentIntents.retrieve(payments.data[0].payment.payment_intent);
  const refund = await stripe().refunds.create({
    payment_intent: paidIntent.id, amount: 300, reason: 'requested_by_customer',
  });
  assert.equal(refund.status, 'succeeded');
  const refundedCharge = await stripe().charges.retrieve(paidIntent.latest_charge);
  assert.equal(refundedCharge.amount_refunded, 300);
  assert.equal(refundedCharge.refunded, false);
  assert.equal((await stripe().subscriptions.retrieve(sub.id)).status, 'active');

  const canceled = await stripe().subscriptions.cancel(sub.id, {
    cancellation_details: { comment: 'moving on', feedback: 'too_expensive' },
  });
  assert.equal(canceled.status, 'canceled');

  // The money settles and leaves in the daily payouts: the paid renewal's charge and
  // its refund are each carried by one, which adds up to the cent.
  await advance(4);
  const carried = new Map();
  for await (const payout of stripe().payouts.list({ limit: 100 })) {
    assert.equal(payout.status, 'paid');
    let net = 0;
    for await (const txn of stripe().balanceTransactions.list({ payout: payout.id, limit: 100 })) {
      if (txn.type !== 'payout') net += txn.net;
      carried.set(txn.source, payout.id);
    }
    assert.equal(net, payout.amount, `payout ${payout.id} carries what it pays`);
  }
  assert.ok(carried.has(paidIntent.latest_charge), 'the renewal payment was paid out');
  assert.ok(carried.has(refund.id), 'the refund was taken from a payout');

  const onSub = (d) => d.object.id === sub.id;
  const status = (s) => (d) => d.object.id === sub.id && d.object.status === s;
  assertInOrder(await allEvents(), [
    ['customer.created'],
    ['payment_method.attached', (d) => d.object.id === firstCard],
    ['customer.subscription.created', onSub],
    ['invoice.created'],
    ['invoice.finalized'],
    ['charge.succeeded'],
    ['payment_intent.succeeded'],
    ['invoice.paid'],
    ['invoice.payment_succeeded'],
    ['customer.subscription.updated', status('active')],
    // the renewal
    ['invoice.created', (d) => d.object.id === renewal.id],
    ['invoice.finalized', (d) => d.object.id === renewal.id],
    ['charge.failed'],
    ['payment_intent.payment_failed'],
    ['invoice.payment_failed', (d) => d.object.id === renewal.id],
    ['customer.subscription.updated', status('past_due')],
    // the new card
    ['setup_intent.created'],
    ['payment_method.attached', (d) => d.object.id === newCard],
    ['setup_intent.succeeded'],
    ['customer.updated'],
    ['customer.subscription.updated', onSub],
    // paid
    ['charge.succeeded'],
    ['payment_intent.succeeded'],
    ['invoice.paid', (d) => d.object.id === renewal.id],
    ['invoice.payment_succeeded', (d) => d.object.id === renewal.id],
    ['customer.subscription.updated', status('active')],
    // refunded in part, then canceled
    ['refund.created', (d) => d.object.id === refund.id],
    ['charge.refunded', (d) => d.object.amount_refunded === 300],
    ['customer.subscription.deleted', status('canceled')],
    ['payout.created'],
    ['payout.paid'],
  ]);
});
