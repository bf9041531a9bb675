'use strict';
// Coupons, promotion codes and discounts through the official client: coupon and
// promotion code CRUD and Stripe's refusals; discounts from Checkout (a coupon, a
// typed promotion code, the hosted page's code field) carried by the subscription
// onto its invoices, renewals included (once, repeating, forever, amount off);
// redemption limits; replacing and deleting a subscription's discounts; the events.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { useSandbox } = require('./lib/sandbox');

const sandbox = useSandbox();
const s = {}; // shared between the steps, which run in order

function invalid(code, param, messagePart) {
  return (err) => {
    assert.equal(err.type, 'StripeInvalidRequestError', `got ${err.type}: ${err.message}`);
    assert.equal(err.statusCode, code === 'resource_missing' ? 404 : 400);
    if (code !== undefined) assert.equal(err.code, code);
    if (param !== undefined) assert.equal(err.param, param);
    if (messagePart) assert.ok(err.message.includes(messagePart), `message: ${err.message}`);
    return true;
  };
}

async function now() {
  const clock = await sandbox.stripe.rawRequest('GET', '/v1/test_helpers/clock', {});
  return clock.frozen_time;
}

// Moves the sandbox clock just past the subscription's current period end (one renewal).
async function renew(subscriptionId) {
  const sub = await sandbox.stripe.subscriptions.retrieve(subscriptionId);
  const end = sub.items.data[0].current_period_end;
  await sandbox.stripe.rawRequest('POST', '/v1/test_helpers/advance', { frozen_time: end + 60 });
  return sandbox.stripe.invoices.retrieve((await sandbox.stripe.subscriptions.retrieve(subscriptionId)).latest_invoice);
}

async function session(extra = {}) {
  return sandbox.stripe.checkout.sessions.create({
    mode: 'subscription',
    line_items: [{ price: s.price.id, quantity: 1 }],
    success_url: 'https://example.com/success',
    ...extra,
  });
}

function complete(id, params = {}) {
  return sandbox.stripe.rawRequest('POST', `/v1/test_helpers/checkout/sessions/${id}/complete`, {
    card: '4242424242424242', email: `buyer-${id.slice(-6)}@example.com`, ...params,
  });
}

// A subscription bought through Checkout with `discounts`, and its first invoice.
async function subscribeWith(discounts, extra = {}) {
  const cs = await session({ discounts, ...extra });
  const done = await complete(cs.id);
  const sub = await sandbox.stripe.subscriptions.retrieve(done.subscription, { expand: ['discounts'] });
  const invoice = await sandbox.stripe.invoices.retrieve(done.invoice);
  return { cs, done, sub, invoice };
}

async function eventsOf(type, objectId) {
  const list = await sandbox.stripe.events.list({ type, limit: 100 });
  return list.data.filter((e) => !objectId || e.data.object.id === objectId);
}

test('catalogue: a $9.99 monthly price', async () => {
  s.t0 = await now();
  s.product = await sandbox.stripe.products.create({ name: 'Premium' });
  s.price = await sandbox.stripe.prices.create({
    product: s.product.id, unit_amount: 999, currency: 'usd', recurring: { interval: 'month' },
  });
});

test('create, retrieve, update and delete a coupon', async () => {
  const coupon = await sandbox.stripe.coupons.create({
    id: 'SUMMER20', percent_off: 20, duration: 'forever', name: 'Summer', metadata: { campaign: 'summer' },
  });
  assert.equal(coupon.id, 'SUMMER20');
  assert.equal(coupon.object, 'coupon');
  assert.equal(coupon.percent_off, 20);
  assert.equal(coupon.amount_off, null);
  assert.equal(coupon.currency, null);
  assert.equal(coupon.duration, 'forever');
  assert.equal(coupon.duration_in_months, null);
  assert.equal(coupon.max_redemptions, null);
  assert.equal(coupon.redeem_by, null);
  assert.equal(coupon.name, 'Summer');
  assert.deepEqual(coupon.metadata, { campaign: 'summer' });
  assert.equal(coupon.times_redeemed, 0);
  assert.equal(coupon.valid, true);
  assert.equal(coupon.livemode, false);
  assert.ok(Math.abs(coupon.created - (await now())) <= 2, 'created now');

  const generated = await sandbox.stripe.coupons.create({ amount_off: 300, currency: 'USD', duration: 'once' });
  assert.match(generated.id, /^[A-Za-z0-9]{8}$/);
  assert.equal(generated.amount_off, 300);
  assert.equal(generated.currency, 'usd');
  assert.equal(generated.percent_off, null);
  assert.equal(generated.duration, 'once');
  s.threeOff = generated;

  const plain = ({ lastResponse, ...fields }) => fields; // eslint-disable-line no-unused-vars
  const fetched = await sandbox.stripe.coupons.retrieve('SUMMER20');
  assert.deepEqual(plain(fetched), plain(coupon));

  const updated = await sandbox.stripe.coupons.update('SUMMER20', { name: 'Summer sale', metadata: { campaign: '', tier: 'a' } });
  assert.equal(updated.name, 'Summer sale');
  assert.deepEqual(updated.metadata, { tier: 'a' });
  assert.equal(updated.percent_off, 20, 'terms are not editable');
  await assert.rejects(sandbox.stripe.coupons.update('SUMMER20', { percent_off: 30 }),
    invalid('parameter_unknown', 'percent_off', 'Received unknown parameter: percent_off'));
  s.summer = updated;

  const doomed = await sandbox.stripe.coupons.create({ id: 'DOOMED', percent_off: 5 });
  assert.equal(doomed.duration, 'once', 'duration defaults to once');
  const deleted = await sandbox.stripe.coupons.del('DOOMED');
  assert.equal(deleted.id, 'DOOMED');
  assert.equal(deleted.object, 'coupon');
  assert.equal(deleted.deleted, true);
  await assert.rejects(sandbox.stripe.coupons.retrieve('DOOMED'), invalid('resource_missing', 'id', "No such coupon: 'DOOMED'"));
  await assert.rejects(sandbox.stripe.coupons.del('DOOMED'), invalid('resource_missing', 'id'));
  const again = await sandbox.stripe.coupons.create({ id: 'DOOMED', percent_off: 7 });
  assert.equal(again.percent_off, 7, "a deleted coupon's id can be used again");
  await sandbox.stripe.coupons.del('DOOMED');

  const events = await sandbox.stripe.events.list({ type: 'coupon.*', limit: 20 });
  assert.deepEqual(events.data.map((e) => `${e.type} ${e.data.object.id}`).reverse(), [
    'coupon.created SUMMER20',
    `coupon.created ${generated.id}`,
    'coupon.updated SUMMER20',
    'coupon.created DOOMED',
    'coupon.deleted DOOMED',
    'coupon.created DOOMED',
    'coupon.deleted DOOMED',
  ]);
  const update = events.data.find((e) => e.type === 'coupon.updated');
  assert.deepEqual(update.data.previous_attributes, { name: 'Summer', metadata: { campaign: 'summer' } });
});

test("a coupon's refusals", async () => {
  const create = (params) => sandbox.stripe.coupons.create(params);
  await assert.rejects(create({ duration: 'once' }), invalid('parameter_invalid', 'percent_off', 'percent_off or amount_off'));
  await assert.rejects(create({ percent_off: 10, amount_off: 100, currency: 'usd' }),
    invalid('parameter_invalid', 'amount_off', 'amount_off, percent_off'));
  await assert.rejects(create({ amount_off: 100 }), invalid('parameter_invalid', 'currency'));
  await assert.rejects(create({ percent_off: 150 }), invalid('parameter_invalid', 'percent_off'));
  await assert.rejects(create({ percent_off: 0 }), invalid('parameter_invalid', 'percent_off'));
  await assert.rejects(create({ amount_off: 0, currency: 'usd' }), invalid('parameter_invalid', 'amount_off'));
  await assert.rejects(create({ percent_off: 10, duration: 'repeating' }),
    invalid('parameter_invalid', 'duration_in_months', 'duration_in_months'));
  await assert.rejects(create({ percent_off: 10, duration: 'forever', duration_in_months: 3 }),
    invalid('parameter_invalid', 'duration_in_months'));
  await assert.rejects(create({ percent_off: 10, duration: 'weekly' }), invalid('parameter_invalid', 'duration'));
  await assert.rejects(create({ percent_off: 10, redeem_by: (await now()) - 10 }), invalid('parameter_invalid', 'redeem_by'));
  await assert.rejects(create({ id: 'SUMMER20', percent_off: 10 }),
    invalid('resource_already_exists', 'id', 'Coupon already exists.'));
  await assert.rejects(create({ percent_off: 10, applies_to: { products: ['prod_missing'] } }),
    invalid('resource_missing', 'applies_to[products][0]'));
  await assert.rejects(create({ percent_off: 10, colour: 'red' }), invalid('parameter_unknown', 'colour'));
  await assert.rejects(sandbox.stripe.coupons.retrieve('NOPE'), invalid('resource_missing', 'id', "No such coupon: 'NOPE'"));
});

test('list coupons newest first, with cursors', async () => {
  const made = [];
  for (const id of ['LIST1', 'LIST2', 'LIST3']) made.push(await sandbox.stripe.coupons.create({ id, percent_off: 1 }));
  const page = await sandbox.stripe.coupons.list({ limit: 2 });
  assert.equal(page.object, 'list');
  assert.equal(page.url, '/v1/coupons');
  assert.deepEqual(page.data.map((c) => c.id), ['LIST3', 'LIST2']);
  assert.equal(page.has_more, true);
  const next = await sandbox.stripe.coupons.list({ limit: 2, starting_after: 'LIST2' });
  assert.deepEqual(next.data.map((c) => c.id), ['LIST1', s.threeOff.id]);
  const all = await sandbox.stripe.coupons.list({ limit: 100 });
  assert.ok(!all.data.some((c) => c.id === 'DOOMED'), 'deleted coupons are not listed');
  assert.equal(all.data.length, 5);
});

test('promotion codes: create, uniqueness regardless of case, generated codes, refusals', async () => {
  const code = await sandbox.stripe.promotionCodes.create({
    promotion: { type: 'coupon', coupon: 'SUMMER20' }, code: 'Welcome', metadata: { channel: 'blog' },
  });
  assert.match(code.id, /^promo_/);
  assert.equal(code.object, 'promotion_code');
  assert.equal(code.code, 'Welcome');
  assert.equal(code.active, true);
  assert.deepEqual(code.promotion, { coupon: 'SUMMER20', type: 'coupon' });
  assert.equal(code.customer, null);
  assert.equal(code.expires_at, null);
  assert.equal(code.max_redemptions, null);
  assert.equal(code.times_redeemed, 0);
  assert.deepEqual(code.restrictions, { first_time_transaction: false, minimum_amount: null, minimum_amount_currency: null });
  assert.deepEqual(code.metadata, { channel: 'blog' });
  assert.equal(code._code_upper, undefined, 'private fields stay private');
  s.welcome = code;

  const expanded = await sandbox.stripe.promotionCodes.retrieve(code.id, { expand: ['promotion.coupon'] });
  assert.equal(expanded.promotion.coupon.id, 'SUMMER20');
  assert.equal(expanded.promotion.coupon.percent_off, 20);

  await assert.rejects(sandbox.stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon: 'SUMMER20' }, code: 'WELCOME' }),
    invalid('resource_already_exists', 'code', 'An active promotion code with `code: WELCOME` already exists.'));
  const inactiveTwin = await sandbox.stripe.promotionCodes.create({
    promotion: { type: 'coupon', coupon: 'SUMMER20' }, code: 'welcome', active: false,
  });
  assert.equal(inactiveTwin.active, false, 'an inactive code may share the text');
  await assert.rejects(sandbox.stripe.promotionCodes.update(inactiveTwin.id, { active: true }),
    invalid('resource_already_exists', 'active'));

  const generated = await sandbox.stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon: s.threeOff.id } });
  assert.match(generated.code, /^[A-Z0-9]{8}$/);

  await assert.rejects(sandbox.stripe.promotionCodes.create({ code: 'X1' }), invalid('parameter_missing', 'promotion'));
  await assert.rejects(sandbox.stripe.promotionCodes.create({ promotion: { type: 'coupon' } }),
    invalid('parameter_missing', 'promotion[coupon]'));
  await assert.rejects(sandbox.stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon: 'NOPE' } }),
    invalid('resource_missing', 'promotion[coupon]'));
  await assert.rejects(sandbox.stripe.promotionCodes.create({ coupon: 'SUMMER20' }),
    invalid('parameter_unknown', 'coupon'), 'the pre-clover top-level coupon is refused at this version');
  await assert.rejects(sandbox.stripe.promotionCodes.create({
    promotion: { type: 'coupon', coupon: 'SUMMER20' }, restrictions: { minimum_amount: 1000 },
  }), invalid('parameter_invalid', 'restrictions[minimum_amount_currency]'));
  await assert.rejects(sandbox.stripe.promotionCodes.create({
    promotion: { type: 'coupon', coupon: 'SUMMER20' }, expires_at: (await now()) - 1,
  }), invalid('parameter_invalid', 'expires_at'));
  await assert.rejects(sandbox.stripe.promotionCodes.retrieve('promo_nope'), invalid('resource_missing', 'id'));

  const byCode = await sandbox.stripe.promotionCodes.list({ code: 'WELCOME' });
  assert.deepEqual(byCode.data.map((p) => p.id), [inactiveTwin.id, code.id], 'codes match regardless of case');
  const activeOnly = await sandbox.stripe.promotionCodes.list({ code: 'welcome', active: true });
  assert.deepEqual(activeOnly.data.map((p) => p.id), [code.id]);
  const byCoupon = await sandbox.stripe.promotionCodes.list({ coupon: s.threeOff.id });
  assert.deepEqual(byCoupon.data.map((p) => p.id), [generated.id]);
  const paged = await sandbox.stripe.promotionCodes.list({ limit: 1 });
  assert.equal(paged.has_more, true);
  assert.deepEqual(paged.data.map((p) => p.id), [generated.id]);

  const off = await sandbox.stripe.promotionCodes.update(generated.id, { active: false, metadata: { retired: 'yes' } });
  assert.equal(off.active, false);
  assert.deepEqual(off.metadata, { retired: 'yes' });
  s.retired = off;
  await assert.rejects(sandbox.stripe.promotionCodes.update(generated.id, { code: 'NEW' }), invalid('parameter_unknown', 'code'));

  const events = await sandbox.stripe.events.list({ type: 'promotion_code.*' });
  assert.deepEqual(events.data.map((e) => `${e.type} ${e.data.object.id}`).reverse(), [
    `promotion_code.created ${code.id}`,
    `promotion_code.created ${inactiveTwin.id}`,
    `promotion_code.created ${generated.id}`,
    `promotion_code.updated ${generated.id}`,
  ]);
  assert.deepEqual(events.data[0].data.previous_attributes, { active: true, metadata: {} });
});

test('Checkout with a 20% forever coupon: $7.99 now and at every renewal', async () => {
  const cs = await session({ discounts: [{ coupon: 'SUMMER20' }] });
  assert.equal(cs.amount_subtotal, 999);
  assert.equal(cs.amount_total, 799);
  assert.deepEqual(cs.total_details, { amount_discount: 200, amount_shipping: 0, amount_tax: 0 });
  assert.deepEqual(cs.discounts, [{ coupon: 'SUMMER20', promotion_code: null }]);
  const items = await sandbox.stripe.checkout.sessions.listLineItems(cs.id);
  assert.equal(items.data[0].amount_discount, 200);
  assert.equal(items.data[0].amount_total, 799);
  assert.equal((await sandbox.stripe.coupons.retrieve('SUMMER20')).times_redeemed, 0, 'redeemed only on completion');

  const done = await complete(cs.id);
  const sub = await sandbox.stripe.subscriptions.retrieve(done.subscription, { expand: ['discounts'] });
  assert.equal(sub.discounts.length, 1);
  const discount = sub.discounts[0];
  assert.match(discount.id, /^di_/);
  assert.equal(discount.object, 'discount');
  assert.deepEqual(discount.source, { coupon: 'SUMMER20', type: 'coupon' });
  assert.equal(discount.customer, sub.customer);
  assert.equal(discount.subscription, sub.id);
  assert.equal(discount.checkout_session, cs.id);
  assert.equal(discount.promotion_code, null);
  assert.equal(discount.invoice, null);
  assert.equal(discount.end, null, 'forever');
  assert.equal(discount.start, sub.start_date);
  assert.equal(discount._coupon, undefined);

  const invoice = await sandbox.stripe.invoices.retrieve(done.invoice, { expand: ['discounts', 'total_discount_amounts.discount'] });
  assert.equal(invoice.subtotal, 999);
  assert.equal(invoice.total, 799);
  assert.equal(invoice.amount_due, 799);
  assert.equal(invoice.amount_paid, 799);
  assert.equal(invoice.status, 'paid');
  assert.deepEqual(invoice.discounts.map((d) => d.id), [discount.id]);
  assert.equal(invoice.total_discount_amounts.length, 1);
  assert.equal(invoice.total_discount_amounts[0].amount, 200);
  assert.equal(invoice.total_discount_amounts[0].discount.id, discount.id);
  assert.equal(invoice.lines.data[0].amount, 999);
  assert.deepEqual(invoice.lines.data[0].discount_amounts, [{ amount: 200, discount: discount.id }]);

  const completed = await sandbox.stripe.checkout.sessions.retrieve(cs.id);
  assert.equal(completed.amount_total, 799);
  assert.equal(completed.total_details.amount_discount, 200);
  assert.equal((await sandbox.stripe.coupons.retrieve('SUMMER20')).times_redeemed, 1);

  const created = await eventsOf('customer.discount.created', discount.id);
  assert.equal(created.length, 1);
  assert.deepEqual(created[0].data.object.source, { coupon: 'SUMMER20', type: 'coupon' });
  const order = (await sandbox.stripe.events.list({ limit: 100 })).data.reverse().map((e) => e.type);
  const discountAt = order.lastIndexOf('customer.discount.created');
  assert.equal(order[discountAt + 1], 'customer.subscription.created', 'the discount comes with the subscription');

  const renewal = await renew(sub.id);
  assert.notEqual(renewal.id, invoice.id);
  assert.equal(renewal.billing_reason, 'subscription_cycle');
  assert.equal(renewal.subtotal, 999);
  assert.equal(renewal.total, 799);
  assert.equal(renewal.amount_paid, 799);
  assert.deepEqual(renewal.discounts, [discount.id]);
  const third = await renew(sub.id);
  assert.equal(third.total, 799);
  s.forever = { sub: sub.id, discount: discount.id };
});

test('a 3-month repeating coupon discounts three invoices, then leaves the subscription', async () => {
  await sandbox.stripe.coupons.create({ id: 'HALF3', percent_off: 50, duration: 'repeating', duration_in_months: 3 });
  const { sub, invoice } = await subscribeWith([{ coupon: 'HALF3' }]);
  const discount = sub.discounts[0];
  const start = new Date(discount.start * 1000);
  const end = new Date(start);
  end.setUTCMonth(end.getUTCMonth() + 3);
  assert.equal(discount.end, end.getTime() / 1000, 'end = start + 3 months');
  const totals = [invoice.total];
  for (let i = 0; i < 3; i++) totals.push((await renew(sub.id)).total);
  assert.deepEqual(totals, [499, 499, 499, 999], '50% of 999 rounds to 500 off');
  const after = await sandbox.stripe.subscriptions.retrieve(sub.id);
  assert.deepEqual(after.discounts, [], 'Stripe removes an ended discount');
  const deleted = await eventsOf('customer.discount.deleted', discount.id);
  assert.equal(deleted.length, 1);
  const updates = await eventsOf('customer.subscription.updated', sub.id);
  assert.ok(updates.some((e) => JSON.stringify(e.data.previous_attributes.discounts) === JSON.stringify([discount.id])));
  assert.equal((await renew(sub.id)).total, 999);
});

test('a once coupon (amount off) discounts only the first invoice', async () => {
  const { sub, invoice } = await subscribeWith([{ coupon: s.threeOff.id }]);
  assert.equal(invoice.total, 699);
  assert.equal(invoice.total_discount_amounts[0].amount, 300);
  assert.equal(sub.discounts[0].end, null);
  const second = await renew(sub.id);
  assert.equal(second.total, 999);
  assert.deepEqual(second.discounts, []);
  assert.deepEqual(second.total_discount_amounts, []);
  assert.deepEqual((await sandbox.stripe.subscriptions.retrieve(sub.id)).discounts, []);
  assert.equal((await eventsOf('customer.discount.deleted', sub.discounts[0].id)).length, 1);
});

test('an amount off larger than the invoice takes it to zero, never below', async () => {
  await sandbox.stripe.coupons.create({ id: 'BIG', amount_off: 5000, currency: 'usd', duration: 'forever' });
  const { cs, invoice } = await subscribeWith([{ coupon: 'BIG' }]);
  assert.equal(cs.amount_total, 0);
  assert.equal(cs.total_details.amount_discount, 999);
  assert.equal(invoice.subtotal, 999);
  assert.equal(invoice.total, 0);
  assert.equal(invoice.amount_due, 0);
  assert.equal(invoice.status, 'paid');
  assert.deepEqual(invoice.total_discount_amounts.map((t) => t.amount), [999]);

  await sandbox.stripe.coupons.create({ id: 'EURO', amount_off: 100, currency: 'eur' });
  await assert.rejects(session({ discounts: [{ coupon: 'EURO' }] }), invalid('parameter_invalid', 'discounts[0][coupon]'));
});

test('times_redeemed and max_redemptions; refusals when applying a discount', async () => {
  await sandbox.stripe.coupons.create({ id: 'ONLYONE', percent_off: 10, max_redemptions: 1 });
  const { invoice } = await subscribeWith([{ coupon: 'ONLYONE' }]);
  assert.equal(invoice.total, 899);
  const coupon = await sandbox.stripe.coupons.retrieve('ONLYONE');
  assert.equal(coupon.times_redeemed, 1);
  assert.equal(coupon.max_redemptions, 1);
  assert.equal(coupon.valid, false);
  await assert.rejects(session({ discounts: [{ coupon: 'ONLYONE' }] }),
    invalid('coupon_expired', 'discounts[0][coupon]', 'ONLYONE'));

  // Redeemable when the session was created, used up before it completed: nothing happens.
  await sandbox.stripe.coupons.create({ id: 'RACE', percent_off: 10, max_redemptions: 1 });
  const first = await session({ discounts: [{ coupon: 'RACE' }] });
  const second = await session({ discounts: [{ coupon: 'RACE' }] });
  await complete(first.id);
  await assert.rejects(complete(second.id), invalid('coupon_expired'));
  assert.equal((await sandbox.stripe.checkout.sessions.retrieve(second.id)).status, 'open');
  assert.equal((await sandbox.stripe.coupons.retrieve('RACE')).times_redeemed, 1);

  await assert.rejects(session({ discounts: [{ coupon: 'NOPE' }] }), invalid('resource_missing', 'discounts[0][coupon]'));
  await assert.rejects(session({ discounts: [{ coupon: 'SUMMER20', promotion_code: s.welcome.id }] }),
    invalid('parameter_invalid', 'discounts[0]'));
  await assert.rejects(session({ discounts: [{ coupon: 'SUMMER20' }], allow_promotion_codes: true }),
    invalid('parameter_invalid', 'discounts', 'allow_promotion_codes, discounts'));
  await assert.rejects(session({ discounts: [{ promotion_code: s.retired.id }] }),
    invalid('parameter_invalid', 'discounts[0][promotion_code]', 'inactive'));
});

test('a promotion code typed at Checkout, and its restrictions', async () => {
  const cs = await session({ allow_promotion_codes: true });
  assert.equal(cs.allow_promotion_codes, true);
  assert.equal(cs.amount_total, 999);
  assert.deepEqual(cs.discounts, []);
  await assert.rejects(complete(cs.id, { promotion_code: 'NOSUCHCODE' }), invalid('parameter_invalid', 'promotion_code', 'invalid'));
  const done = await complete(cs.id, { promotion_code: 'welcome' });
  assert.equal(done.amount_total, 799);
  assert.deepEqual(done.discounts, [{ coupon: null, promotion_code: s.welcome.id }]);
  const sub = await sandbox.stripe.subscriptions.retrieve(done.subscription, { expand: ['discounts.promotion_code'] });
  assert.equal(sub.discounts[0].promotion_code.id, s.welcome.id);
  assert.equal(sub.discounts[0].source.coupon, 'SUMMER20');
  assert.equal((await sandbox.stripe.invoices.retrieve(done.invoice)).total, 799);
  assert.equal((await sandbox.stripe.promotionCodes.retrieve(s.welcome.id)).times_redeemed, 1);
  assert.equal((await sandbox.stripe.coupons.retrieve('SUMMER20')).times_redeemed, 2);
  s.payer = done.customer;

  const plain = await session();
  await assert.rejects(complete(plain.id, { promotion_code: 'welcome' }),
    invalid('parameter_invalid', 'promotion_code', 'does not accept promotion codes'));

  const promo = (params) => sandbox.stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon: 'SUMMER20' }, ...params });
  await promo({ code: 'FIRSTONLY', restrictions: { first_time_transaction: true } });
  const returning = await session({ customer: s.payer, allow_promotion_codes: true });
  await assert.rejects(complete(returning.id, { promotion_code: 'FIRSTONLY' }),
    invalid('parameter_invalid', 'promotion_code', 'prior transactions'));
  const fresh = await session({ allow_promotion_codes: true });
  assert.equal((await complete(fresh.id, { promotion_code: 'FIRSTONLY' })).amount_total, 799, 'a new customer may use it');

  await promo({ code: 'BIGSPENDER', restrictions: { minimum_amount: 2000, minimum_amount_currency: 'usd' } });
  await assert.rejects(complete((await session({ allow_promotion_codes: true })).id, { promotion_code: 'BIGSPENDER' }),
    invalid('parameter_invalid', 'promotion_code', 'minimum of 20.00 USD'));

  const mine = await promo({ code: 'JUSTYOU', customer: s.payer, max_redemptions: 1 });
  assert.equal(mine.customer, s.payer);
  await assert.rejects(complete((await session({ allow_promotion_codes: true })).id, { promotion_code: 'JUSTYOU' }),
    invalid('parameter_invalid', 'promotion_code', 'this customer'));
  const forPayer = await session({ customer: s.payer, discounts: [{ promotion_code: mine.id }] });
  assert.equal(forPayer.amount_total, 799);
  await complete(forPayer.id);
  assert.equal((await sandbox.stripe.promotionCodes.retrieve(mine.id)).times_redeemed, 1);
  await assert.rejects(session({ customer: s.payer, discounts: [{ promotion_code: mine.id }] }),
    invalid('parameter_invalid', 'discounts[0][promotion_code]', 'maximum number of times'));

  const soon = await promo({ code: 'SOON', expires_at: (await now()) + 3600 });
  const later = await session({ allow_promotion_codes: true });
  await sandbox.stripe.rawRequest('POST', '/v1/test_helpers/advance', { seconds: 7200 });
  await assert.rejects(complete(later.id, { promotion_code: soon.code }), invalid('parameter_invalid', 'promotion_code', 'expired'));
});

test("the hosted Checkout page's promotion code field", async () => {
  const cs = await session({ allow_promotion_codes: true });
  const page = await fetch(cs.url);
  const html = await page.text();
  assert.equal(page.status, 200);
  assert.match(html, /name="promotion_code"/);
  const without = await (await fetch((await session()).url)).text();
  assert.doesNotMatch(without, /name="promotion_code"/, 'only when the session allows codes');

  const body = new URLSearchParams({ card: '4242424242424242', email: 'page@example.com', name: 'Page', promotion_code: 'NOPE' });
  const refused = await fetch(cs.url, { method: 'POST', body, redirect: 'manual' });
  assert.equal(refused.status, 402);
  const refusedHtml = await refused.text();
  assert.match(refusedHtml, /This code is invalid\./);
  assert.match(refusedHtml, /value="NOPE"/, 'the typed code is kept');

  body.set('promotion_code', 'Welcome');
  const paid = await fetch(cs.url, { method: 'POST', body, redirect: 'manual' });
  assert.equal(paid.status, 303);
  const done = await sandbox.stripe.checkout.sessions.retrieve(cs.id);
  assert.equal(done.status, 'complete');
  assert.equal(done.amount_total, 799);
  assert.equal((await sandbox.stripe.invoices.retrieve(done.invoice)).total, 799);
});

test("replace, clear and delete a subscription's discounts", async () => {
  const { sub } = await subscribeWith([{ coupon: 'SUMMER20' }]);
  const first = sub.discounts[0].id;
  const replaced = await sandbox.stripe.subscriptions.update(sub.id, { discounts: [{ coupon: 'HALF3' }] });
  assert.equal(replaced.discounts.length, 1);
  const second = replaced.discounts[0];
  assert.match(second, /^di_/);
  assert.notEqual(second, first);
  assert.equal((await eventsOf('customer.discount.deleted', first)).length, 1);
  assert.equal((await eventsOf('customer.discount.created', second)).length, 1);
  const update = (await eventsOf('customer.subscription.updated', sub.id))[0];
  assert.deepEqual(update.data.previous_attributes, { discounts: [first] });
  assert.deepEqual(update.data.object.discounts, [second]);

  const kept = await sandbox.stripe.subscriptions.update(sub.id, { discounts: [{ discount: second }, { coupon: s.threeOff.id }] });
  assert.equal(kept.discounts[0], second);
  assert.equal(kept.discounts.length, 2);
  await assert.rejects(sandbox.stripe.subscriptions.update(sub.id, { discounts: [{ discount: first }] }),
    invalid('parameter_invalid', 'discounts[0][discount]'));

  const cleared = await sandbox.stripe.subscriptions.update(sub.id, { discounts: '' });
  assert.deepEqual(cleared.discounts, []);
  assert.equal((await renew(sub.id)).total, 999, 'no discount once cleared');

  const again = await sandbox.stripe.subscriptions.update(sub.id, { discounts: [{ coupon: 'SUMMER20' }] });
  const removed = await sandbox.stripe.subscriptions.deleteDiscount(sub.id);
  assert.equal(removed.id, again.discounts[0]);
  assert.equal(removed.object, 'discount');
  assert.equal(removed.deleted, true);
  assert.deepEqual(removed.source, { coupon: 'SUMMER20', type: 'coupon' });
  assert.deepEqual((await sandbox.stripe.subscriptions.retrieve(sub.id)).discounts, []);
  await assert.rejects(sandbox.stripe.subscriptions.deleteDiscount(sub.id), invalid('resource_missing', 'id'));
  await assert.rejects(sandbox.stripe.customers.deleteDiscount(sub.customer), invalid('resource_missing', 'id'));
  const deletedEvents = await eventsOf('customer.discount.deleted', removed.id);
  assert.equal(deletedEvents.length, 1);
});

test('a deleted coupon keeps giving what existing discounts promised', async () => {
  await sandbox.stripe.coupons.create({ id: 'GONE', percent_off: 30, duration: 'forever' });
  const { sub, invoice } = await subscribeWith([{ coupon: 'GONE' }]);
  assert.equal(invoice.total, 699);
  await sandbox.stripe.coupons.del('GONE');
  assert.equal((await renew(sub.id)).total, 699);
  await assert.rejects(session({ discounts: [{ coupon: 'GONE' }] }), invalid('resource_missing', 'discounts[0][coupon]'));
});

test('a payment-mode Checkout charges the discounted total and counts the redemption', async () => {
  const book = await sandbox.stripe.prices.create({ product: s.product.id, unit_amount: 2500, currency: 'usd' });
  await sandbox.stripe.coupons.create({ id: 'BOOK10', amount_off: 1000, currency: 'usd' });
  const cs = await sandbox.stripe.checkout.sessions.create({
    mode: 'payment', line_items: [{ price: book.id, quantity: 2 }], success_url: 'https://example.com/ok',
    discounts: [{ coupon: 'BOOK10' }],
  });
  assert.equal(cs.amount_subtotal, 5000);
  assert.equal(cs.amount_total, 4000);
  assert.equal(cs.total_details.amount_discount, 1000);
  const done = await complete(cs.id);
  const intent = await sandbox.stripe.paymentIntents.retrieve(done.payment_intent);
  assert.equal(intent.amount, 4000);
  assert.equal(intent.amount_received, 4000);
  assert.equal((await sandbox.stripe.coupons.retrieve('BOOK10')).times_redeemed, 1);
});

test("create_preview prices the next renewal with the discounts still running then, as the renewal is", async () => {
  await sandbox.stripe.coupons.create({ id: 'PREVIEW15', percent_off: 15, duration: 'forever' });
  await sandbox.stripe.coupons.create({ id: 'PREVIEWONCE', amount_off: 200, currency: 'usd', duration: 'once' });

  const forever = await subscribeWith([{ coupon: 'PREVIEW15' }]);
  assert.equal(forever.invoice.total, 849, '15% of 999 rounds to 150 off');
  const foreverPreview = await sandbox.stripe.invoices.createPreview({ subscription: forever.sub.id });
  assert.equal(foreverPreview.subtotal, 999);
  assert.equal(foreverPreview.total, 849);
  assert.equal(foreverPreview.amount_due, 849);
  assert.deepEqual(foreverPreview.discounts, [forever.sub.discounts[0].id]);
  assert.deepEqual(foreverPreview.total_discount_amounts, [{ amount: 150, discount: forever.sub.discounts[0].id }]);

  // A once coupon the first invoice used is gone by the renewal: the preview says so.
  const once = await subscribeWith([{ coupon: 'PREVIEWONCE' }]);
  assert.equal(once.invoice.total, 799);
  const oncePreview = await sandbox.stripe.invoices.createPreview({ subscription: once.sub.id });
  assert.equal(oncePreview.total, 999);
  assert.deepEqual(oncePreview.total_discount_amounts, []);

  assert.equal((await renew(forever.sub.id)).total, foreverPreview.total);
  assert.equal((await renew(once.sub.id)).total, oncePreview.total);
});
