'use strict';
// Disputes after they open (Stripe's 4000 0000 0000 0259 card): evidence submitted
// wins or loses as Stripe's test evidence texts say, accepting closes it lost, each
// with the charge.dispute.* events and the balance moving as Stripe moves it.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { useSandbox } = require('./lib/sandbox');

const sandbox = useSandbox();
const stripe = () => sandbox.stripe;
const s = {};

async function disputedPayment(email) {
  if (!s.price) {
    const product = await stripe().products.create({ name: 'Premium' });
    s.price = await stripe().prices.create({
      product: product.id, currency: 'usd', unit_amount: 999, recurring: { interval: 'month' },
    });
  }
  const cs = await stripe().checkout.sessions.create({
    mode: 'subscription', line_items: [{ price: s.price.id, quantity: 1 }],
    customer_email: email, success_url: 'https://example.com/ok',
  });
  await stripe().rawRequest('POST', `/v1/test_helpers/checkout/sessions/${cs.id}/complete`, { card: '4000000000000259' });
  const done = await stripe().checkout.sessions.retrieve(cs.id);
  const charge = (await stripe().charges.list({ customer: done.customer })).data[0];
  const disputes = await stripe().disputes.list({ charge: charge.id });
  assert.equal(disputes.data.length, 1);
  return disputes.data[0];
}

async function eventsOf(disputeId) {
  const out = [];
  for await (const e of stripe().events.list({ type: 'charge.dispute.*', limit: 100 })) {
    if (e.data.object.id === disputeId) out.push(e.type);
  }
  return out.reverse();
}

test('a dispute opens needing a response, with the amount and fee taken from the balance', async () => {
  const dispute = await disputedPayment('won@example.com');
  assert.equal(dispute.status, 'needs_response');
  assert.equal(dispute.amount, 999);
  assert.equal(dispute.reason, 'fraudulent');
  assert.equal(dispute.evidence_details.has_evidence, false);
  assert.equal(dispute.balance_transactions.length, 1);
  assert.equal(dispute.balance_transactions[0].amount, -999);
  assert.equal(dispute.balance_transactions[0].fee, 1500);
  assert.equal((await stripe().charges.retrieve(dispute.charge)).disputed, true);
  s.won = dispute;
});

test('winning evidence wins it: the amount comes back, the fee does not', async () => {
  const updated = await stripe().disputes.update(s.won.id, {
    evidence: { uncategorized_text: 'winning_evidence', customer_email_address: 'won@example.com' },
    metadata: { case: 'A-1' },
  });
  assert.equal(updated.status, 'won');
  assert.equal(updated.evidence.uncategorized_text, 'winning_evidence');
  assert.equal(updated.evidence.customer_email_address, 'won@example.com');
  assert.equal(updated.evidence_details.has_evidence, true);
  assert.equal(updated.evidence_details.submission_count, 1);
  assert.deepEqual(updated.metadata, { case: 'A-1' });
  assert.deepEqual(updated.balance_transactions.map((t) => [t.amount, t.fee]), [[-999, 1500], [999, 0]]);
  assert.deepEqual(await eventsOf(s.won.id),
    ['charge.dispute.created', 'charge.dispute.updated', 'charge.dispute.funds_reinstated', 'charge.dispute.closed']);
  await assert.rejects(stripe().disputes.update(s.won.id, { evidence: { uncategorized_text: 'more' } }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.match(err.message, /already closed/);
    return true;
  });
});

test('losing evidence loses it; evidence saved without submitting leaves it open', async () => {
  const dispute = await disputedPayment('lost@example.com');
  const draft = await stripe().disputes.update(dispute.id, { evidence: { product_description: 'Course' }, submit: false });
  assert.equal(draft.status, 'needs_response');
  assert.equal(draft.evidence_details.submission_count, 0);
  assert.equal(draft.evidence_details.has_evidence, true);
  const lost = await stripe().disputes.update(dispute.id, { evidence: { uncategorized_text: 'losing_evidence' } });
  assert.equal(lost.status, 'lost');
  assert.equal(lost.evidence.product_description, 'Course', 'earlier evidence kept');
  assert.equal(lost.balance_transactions.length, 1);
  assert.deepEqual(await eventsOf(dispute.id),
    ['charge.dispute.created', 'charge.dispute.updated', 'charge.dispute.updated', 'charge.dispute.closed']);
});

test('closing accepts the loss; a closed dispute cannot be closed again', async () => {
  const dispute = await disputedPayment('accept@example.com');
  const closed = await stripe().disputes.close(dispute.id);
  assert.equal(closed.status, 'lost');
  await assert.rejects(stripe().disputes.close(dispute.id), (err) => err.statusCode === 400);
  await assert.rejects(stripe().disputes.update(dispute.id, { evidence: { nonsense: 'x' }, colour: 'red' }), (err) => {
    assert.equal(err.code, 'parameter_unknown');
    assert.equal(err.param, 'colour');
    return true;
  });
  const all = await stripe().disputes.list({ limit: 2 });
  assert.equal(all.data.length, 2);
  assert.equal(all.has_more, true);
});

test("a won dispute's money is paid out with the rest", async () => {
  // Three disputes took more than three payments brought in: enough sales first for
  // the balance to be positive again (a negative balance pays nothing out).
  const customer = await stripe().customers.create({ email: 'buyer@example.com' });
  for (let i = 0; i < 8; ++i) {
    await stripe().paymentIntents.create({ amount: 999, currency: 'usd', customer: customer.id,
      payment_method: 'pm_card_visa', confirm: true });
  }
  await stripe().rawRequest('POST', '/v1/test_helpers/advance', { days: 4 });
  const reinstated = (await stripe().disputes.retrieve(s.won.id)).balance_transactions[1].id;
  let carriedBy = null;
  for await (const payout of stripe().payouts.list({ limit: 100 })) {
    for await (const txn of stripe().balanceTransactions.list({ payout: payout.id, limit: 100 })) {
      if (txn.id === reinstated) carriedBy = payout.id;
    }
  }
  assert.ok(carriedBy, 'the reinstated amount left in a payout');
});
