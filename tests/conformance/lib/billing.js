'use strict';
// Steps the Billing API files share: the sandbox's clock, the event log, and a
// payment made the way learners make it (Checkout, completed by the test helper).

const assert = require('node:assert/strict');

// The account's clock (the sandbox's GET /v1/test_helpers/clock).
async function accountNow(stripe) {
  return (await stripe.rawRequest('GET', '/v1/test_helpers/clock', {})).frozen_time;
}

// Moves the account's clock: { days }, { seconds } or { frozen_time }; everything due runs.
function advance(stripe, params) {
  return stripe.rawRequest('POST', '/v1/test_helpers/advance', params);
}

// Every event of the account, oldest first.
async function allEvents(stripe) {
  return (await stripe.events.list({ limit: 100 }).autoPagingToArray({ limit: 10000 })).reverse();
}

// A subscription to `price` paid by `card` through Checkout; its first (and only) charge.
async function chargeThroughCheckout(stripe, price, card, email) {
  const cs = await stripe.checkout.sessions.create({
    mode: 'subscription',
    line_items: [{ price, quantity: 1 }],
    customer_email: email,
    success_url: 'https://example.com/success',
  });
  await stripe.rawRequest('POST', `/v1/test_helpers/checkout/sessions/${cs.id}/complete`, { card });
  const done = await stripe.checkout.sessions.retrieve(cs.id);
  const charges = await stripe.charges.list({ customer: done.customer });
  assert.equal(charges.data.length, 1);
  return charges.data[0];
}

// assert.rejects whose `check` asserts on the error itself (its own failures show).
function rejects(promise, check) {
  return assert.rejects(promise, (err) => {
    check(err);
    return true;
  });
}

module.exports = { accountNow, advance, allEvents, chargeThroughCheckout, rejects };
