'use strict';
// PaymentMethods through the official client: cards from numbers (and Stripe's card
// errors), test tokens, update, attach/detach with Stripe's refusals, the lists,
// a customer's default payment method, and the events, in order.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const Stripe = require('stripe');
const { useSandbox } = require('./lib/sandbox');

const sandbox = useSandbox();

const nextYear = new Date().getUTCFullYear() + 1;

function card(number, extra = {}) {
  return sandbox.stripe.paymentMethods.create({
    type: 'card',
    card: { number, exp_month: 8, exp_year: nextYear, cvc: '123', ...extra },
  });
}

// Events about `ids`, oldest first: [type, object id].
async function eventsAbout(ids) {
  const wanted = new Set(ids);
  const list = await sandbox.stripe.events.list({ limit: 100 });
  return list.data.filter((e) => wanted.has(e.data.object.id)).reverse().map((e) => [e.type, e.data.object.id]);
}

test('create a card PaymentMethod: the card shape of the pinned version', async () => {
  const pm = await sandbox.stripe.paymentMethods.create({
    type: 'card',
    card: { number: '4242 4242 4242 4242', exp_month: 8, exp_year: nextYear, cvc: '123' },
    billing_details: { name: 'Ada Lovelace', email: 'ada@example.com', address: { country: 'GB', postal_code: 'N1 9GU' } },
    metadata: { source: 'test' },
  });
  assert.match(pm.id, /^pm_/);
  assert.equal(pm.object, 'payment_method');
  assert.equal(pm.type, 'card');
  assert.equal(pm.customer, null);
  assert.equal(pm.livemode, false);
  assert.equal(pm.allow_redisplay, 'unspecified');
  assert.deepEqual(pm.metadata, { source: 'test' });
  assert.equal(pm.billing_details.name, 'Ada Lovelace');
  assert.equal(pm.billing_details.email, 'ada@example.com');
  assert.equal(pm.billing_details.phone, null);
  assert.deepEqual(pm.billing_details.address, { city: null, country: 'GB', line1: null, line2: null, postal_code: 'N1 9GU', state: null });
  assert.equal(pm.card.brand, 'visa');
  assert.equal(pm.card.display_brand, 'visa');
  assert.equal(pm.card.last4, '4242');
  assert.equal(pm.card.exp_month, 8);
  assert.equal(pm.card.exp_year, nextYear);
  assert.equal(pm.card.country, 'US');
  assert.equal(pm.card.funding, 'credit');
  assert.deepEqual(pm.card.checks, { address_line1_check: null, address_postal_code_check: null, cvc_check: 'unchecked' });
  assert.deepEqual(pm.card.networks, { available: ['visa'], preferred: null });
  assert.equal(pm.card.wallet, null);
  assert.match(pm.card.fingerprint, /^[0-9A-Za-z]{16}$/);
  assert.equal(pm._number, undefined, 'private fields stay private');

  // The same card number has the same fingerprint; another card another one.
  const again = await card('4242424242424242');
  assert.equal(again.card.fingerprint, pm.card.fingerprint);
  const mc = await card('5555555555554444');
  assert.equal(mc.card.brand, 'mastercard');
  assert.notEqual(mc.card.fingerprint, pm.card.fingerprint);
  const amex = await card('378282246310005', { cvc: '1234' });
  assert.equal(amex.card.brand, 'amex');
  assert.equal(amex.card.display_brand, 'american_express');
  const debit = await card('4000056655665556');
  assert.equal(debit.card.funding, 'debit');

  const fetched = await sandbox.stripe.paymentMethods.retrieve(pm.id);
  const token = await sandbox.stripe.paymentMethods.retrieve('pm_card_mastercard_prepaid');
  assert.match(token.id, /^pm_/);
  assert.equal(token.card.funding, 'prepaid');
  assert.equal(token.card.last4, '5100');
  const strip = ({ lastResponse, ...rest }) => rest;
  assert.deepEqual(strip(fetched), strip(pm));
});

test("Stripe's card errors at creation: 402 card_error naming the field", async () => {
  const cases = [
    [{ number: '4242424242424241' }, 'incorrect_number', 'card[number]', 'Your card number is incorrect.'],
    [{ exp_month: 13 }, 'invalid_expiry_month', 'card[exp_month]', "Your card's expiration month is invalid."],
    [{ exp_year: 2001 }, 'invalid_expiry_year', 'card[exp_year]', "Your card's expiration year is invalid."],
    [{ cvc: '12' }, 'invalid_cvc', 'card[cvc]', "Your card's security code is invalid."],
  ];
  for (const [override, code, param, message] of cases) {
    await assert.rejects(card(override.number || '4242424242424242', override), (err) => {
      assert.ok(err instanceof Stripe.errors.StripeCardError, `${code}: got ${err.type}`);
      assert.equal(err.statusCode, 402);
      assert.equal(err.rawType, 'card_error');
      assert.equal(err.code, code);
      assert.equal(err.param, param);
      assert.equal(err.message, message);
      return true;
    });
  }
  await assert.rejects(sandbox.stripe.paymentMethods.create({ type: 'card', card: { exp_month: 1, exp_year: nextYear } }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.code, 'parameter_missing');
    assert.equal(err.param, 'card[number]');
    return true;
  });
  await assert.rejects(sandbox.stripe.paymentMethods.create({ card: { number: '4242424242424242' } }), (err) => {
    assert.equal(err.code, 'parameter_missing');
    assert.equal(err.param, 'type');
    return true;
  });
  await assert.rejects(card('4242424242424242', { colour: 'blue' }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.code, 'parameter_unknown');
    assert.equal(err.param, 'card[colour]');
    return true;
  });
  // A decline card is created fine: it declines when charged or attached.
  const declining = await card('4000000000000002');
  assert.equal(declining.card.last4, '0002');
});

test('attach, update and detach, with events in order', async () => {
  const customer = await sandbox.stripe.customers.create({ email: 'pm-owner@example.com' });
  const pm = await card('4242424242424242');

  const attached = await sandbox.stripe.paymentMethods.attach(pm.id, { customer: customer.id });
  assert.equal(attached.customer, customer.id);
  // Attaching again to the same customer changes nothing.
  const twice = await sandbox.stripe.paymentMethods.attach(pm.id, { customer: customer.id });
  assert.equal(twice.customer, customer.id);

  const updated = await sandbox.stripe.paymentMethods.update(pm.id, {
    billing_details: { name: 'Grace Hopper' },
    card: { exp_month: 12, exp_year: nextYear + 2 },
    metadata: { nickname: 'work' },
  });
  assert.equal(updated.billing_details.name, 'Grace Hopper');
  assert.equal(updated.card.exp_month, 12);
  assert.equal(updated.card.exp_year, nextYear + 2);
  assert.deepEqual(updated.metadata, { nickname: 'work' });
  await assert.rejects(sandbox.stripe.paymentMethods.update(pm.id, { card: { exp_month: 0 } }), (err) => {
    assert.equal(err.code, 'invalid_expiry_month');
    return true;
  });

  const detached = await sandbox.stripe.paymentMethods.detach(pm.id);
  assert.equal(detached.customer, null);
  // Detached, it is spent: Stripe refuses to attach or detach it again.
  await assert.rejects(sandbox.stripe.paymentMethods.detach(pm.id), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.message, 'The payment method you provided is not attached to a customer so detachment is impossible.');
    return true;
  });
  await assert.rejects(sandbox.stripe.paymentMethods.attach(pm.id, { customer: customer.id }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.match(err.message, /may not be used again/);
    return true;
  });

  const events = await eventsAbout([pm.id]);
  assert.deepEqual(events.map(([type]) => type), ['payment_method.attached', 'payment_method.updated', 'payment_method.detached']);
  const [updatedEvent] = (await sandbox.stripe.events.list({ type: 'payment_method.updated', limit: 1 })).data;
  assert.equal(updatedEvent.data.previous_attributes.billing_details.name, null);
  assert.equal(updatedEvent.data.previous_attributes.card.exp_month, 8);
  assert.deepEqual(updatedEvent.data.previous_attributes.metadata, {});
});

test("attach refusals: decline cards, another customer's card, unknown ids; updating an unattached card", async () => {
  const customer = await sandbox.stripe.customers.create({ email: 'refusals@example.com' });
  const other = await sandbox.stripe.customers.create({ email: 'other@example.com' });

  await assert.rejects(sandbox.stripe.paymentMethods.attach('pm_card_chargeDeclinedInsufficientFunds', { customer: customer.id }), (err) => {
    assert.ok(err instanceof Stripe.errors.StripeCardError);
    assert.equal(err.statusCode, 402);
    assert.equal(err.code, 'card_declined');
    assert.equal(err.decline_code, 'insufficient_funds');
    assert.equal(err.message, 'Your card has insufficient funds.');
    return true;
  });
  // 0341 attaches fine (only its later charges fail).
  const failsLater = await sandbox.stripe.paymentMethods.attach('pm_card_chargeCustomerFail', { customer: customer.id });
  assert.equal(failsLater.customer, customer.id);
  assert.equal(failsLater.card.last4, '0341');

  await assert.rejects(sandbox.stripe.paymentMethods.attach(failsLater.id, { customer: other.id }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.message, 'The payment method you provided has already been attached to a customer.');
    return true;
  });
  await assert.rejects(sandbox.stripe.paymentMethods.attach('pm_card_visa', { customer: 'cus_missing' }), (err) => {
    assert.equal(err.statusCode, 404);
    assert.equal(err.code, 'resource_missing');
    assert.equal(err.param, 'customer');
    assert.equal(err.message, "No such customer: 'cus_missing'");
    return true;
  });
  await assert.rejects(sandbox.stripe.paymentMethods.retrieve('pm_missing'), (err) => {
    assert.equal(err.statusCode, 404);
    assert.equal(err.code, 'resource_missing');
    assert.equal(err.message, "No such PaymentMethod: 'pm_missing'");
    return true;
  });
  await assert.rejects(sandbox.stripe.paymentMethods.attach((await card('4242424242424242')).id, {}), (err) => {
    assert.equal(err.code, 'parameter_missing');
    assert.equal(err.param, 'customer');
    return true;
  });
  const loose = await card('4242424242424242');
  await assert.rejects(sandbox.stripe.paymentMethods.update(loose.id, { metadata: { a: 'b' } }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.message, 'You must save this PaymentMethod to a customer before you can update it.');
    return true;
  });
});

test("lists: a customer's payment methods, newest first, with paging and the customer routes", async () => {
  const customer = await sandbox.stripe.customers.create({ email: 'wallet@example.com' });
  const ids = [];
  for (const token of ['pm_card_visa', 'pm_card_mastercard', 'pm_card_amex', 'pm_card_visa_debit', 'pm_card_discover']) {
    ids.push((await sandbox.stripe.paymentMethods.attach(token, { customer: customer.id })).id);
  }
  const newestFirst = [...ids].reverse();

  const page1 = await sandbox.stripe.paymentMethods.list({ customer: customer.id, type: 'card', limit: 2 });
  assert.equal(page1.url, '/v1/payment_methods');
  assert.equal(page1.has_more, true);
  assert.deepEqual(page1.data.map((p) => p.id), newestFirst.slice(0, 2));
  const page2 = await sandbox.stripe.paymentMethods.list({ customer: customer.id, limit: 2, starting_after: page1.data[1].id });
  assert.deepEqual(page2.data.map((p) => p.id), newestFirst.slice(2, 4));
  const all = [];
  for await (const p of sandbox.stripe.customers.listPaymentMethods(customer.id, { limit: 2 })) all.push(p.id);
  assert.deepEqual(all, newestFirst);
  const viaCustomer = await sandbox.stripe.customers.listPaymentMethods(customer.id, { type: 'card' });
  assert.equal(viaCustomer.url, `/v1/customers/${customer.id}/payment_methods`);
  assert.equal(viaCustomer.data.length, 5);
  const none = await sandbox.stripe.paymentMethods.list({ customer: customer.id, type: 'sepa_debit' });
  assert.deepEqual(none.data, []);

  const one = await sandbox.stripe.customers.retrievePaymentMethod(customer.id, ids[0]);
  assert.equal(one.id, ids[0]);
  assert.equal(one.card.brand, 'visa');
  const stranger = await card('4242424242424242');
  await assert.rejects(sandbox.stripe.customers.retrievePaymentMethod(customer.id, stranger.id), (err) => {
    assert.equal(err.statusCode, 404);
    assert.equal(err.code, 'resource_missing');
    return true;
  });
  await assert.rejects(sandbox.stripe.customers.listPaymentMethods('cus_missing'), (err) => {
    assert.equal(err.statusCode, 404);
    return true;
  });
  await assert.rejects(sandbox.stripe.paymentMethods.list({ customer: customer.id, color: 'red' }), (err) => {
    assert.equal(err.code, 'parameter_unknown');
    assert.equal(err.param, 'color');
    return true;
  });
});

test("a customer's default payment method: set on create and update, refused unless attached, cleared by detach", async () => {
  // payment_method on create attaches it, and it may be the default at once.
  const customer = await sandbox.stripe.customers.create({
    email: 'default@example.com',
    payment_method: 'pm_card_visa',
  });
  const [attached] = (await sandbox.stripe.customers.listPaymentMethods(customer.id)).data;
  assert.equal(attached.customer, customer.id);
  assert.equal(customer.invoice_settings.default_payment_method, null);

  const withDefault = await sandbox.stripe.customers.create({
    email: 'default2@example.com',
    payment_method: 'pm_card_mastercard',
    invoice_settings: { default_payment_method: 'pm_card_mastercard' },
  });
  const [mc] = (await sandbox.stripe.customers.listPaymentMethods(withDefault.id)).data;
  // Naming the same test token twice in one request means the one card it made.
  assert.equal(withDefault.invoice_settings.default_payment_method, mc.id);
  assert.equal(mc.card.brand, 'mastercard');

  const updated = await sandbox.stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: attached.id } });
  assert.equal(updated.invoice_settings.default_payment_method, attached.id);
  const expanded = await sandbox.stripe.customers.retrieve(customer.id, { expand: ['invoice_settings.default_payment_method'] });
  assert.equal(expanded.invoice_settings.default_payment_method.id, attached.id);
  assert.equal(expanded.invoice_settings.default_payment_method.card.last4, '4242');

  const loose = await card('5555555555554444');
  await assert.rejects(sandbox.stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: loose.id } }), (err) => {
    assert.equal(err.statusCode, 400);
    assert.equal(err.code, 'resource_missing');
    assert.equal(err.param, 'invoice_settings[default_payment_method]');
    assert.equal(err.message, `The customer does not have a payment method with the ID ${loose.id}. The payment method must be attached to the customer.`);
    return true;
  });
  await assert.rejects(sandbox.stripe.customers.create({ invoice_settings: { default_payment_method: loose.id } }), (err) => {
    assert.equal(err.param, 'invoice_settings[default_payment_method]');
    return true;
  });
  await assert.rejects(sandbox.stripe.customers.create({ payment_method: 'pm_card_chargeDeclined' }), (err) => {
    assert.equal(err.statusCode, 402);
    assert.equal(err.code, 'card_declined');
    return true;
  });

  await sandbox.stripe.paymentMethods.detach(attached.id);
  const after = await sandbox.stripe.customers.retrieve(customer.id);
  assert.equal(after.invoice_settings.default_payment_method, null);
  const events = await eventsAbout([customer.id, attached.id]);
  assert.deepEqual(events.map(([type]) => type), [
    'customer.created', 'payment_method.attached', 'customer.updated', 'payment_method.detached', 'customer.updated',
  ]);
  const [cleared] = (await sandbox.stripe.events.list({ type: 'customer.updated', limit: 1 })).data;
  assert.equal(cleared.data.object.invoice_settings.default_payment_method, null);
  assert.equal(cleared.data.previous_attributes.invoice_settings.default_payment_method, attached.id);
});
