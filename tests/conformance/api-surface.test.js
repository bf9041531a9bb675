'use strict';
// The sandbox against Stripe's own declaration of its API (the official client's
// .d.ts at the pinned version): every parameter Stripe documents for an endpoint
// is taken — a real client never meets a false "unknown parameter" — and the
// objects the sandbox returns carry every field Stripe always sends and none it
// does not. Each parameter is sent alone with a placeholder value: other errors
// (bad value, missing param, no such object) are fine, parameter_unknown is not.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { useSandbox } = require('./lib/sandbox');
const { interfaceFields, parameterNames } = require('./lib/stripe-types');

const sandbox = useSandbox();
const NOPE = 'zz_missing_0000';

// [method, path, .d.ts file, params interface]
const ENDPOINTS = [
  ['POST', '/v1/customers', 'Customers.d.ts', 'CustomerCreateParams'],
  ['POST', `/v1/customers/cus_${NOPE}`, 'Customers.d.ts', 'CustomerUpdateParams'],
  ['GET', '/v1/customers', 'Customers.d.ts', 'CustomerListParams'],
  ['GET', '/v1/customers/search', 'Customers.d.ts', 'CustomerSearchParams'],
  ['POST', '/v1/products', 'Products.d.ts', 'ProductCreateParams'],
  ['POST', `/v1/products/prod_${NOPE}`, 'Products.d.ts', 'ProductUpdateParams'],
  ['GET', '/v1/products', 'Products.d.ts', 'ProductListParams'],
  ['GET', '/v1/products/search', 'Products.d.ts', 'ProductSearchParams'],
  ['POST', '/v1/prices', 'Prices.d.ts', 'PriceCreateParams'],
  ['POST', `/v1/prices/price_${NOPE}`, 'Prices.d.ts', 'PriceUpdateParams'],
  ['GET', '/v1/prices', 'Prices.d.ts', 'PriceListParams'],
  ['GET', '/v1/prices/search', 'Prices.d.ts', 'PriceSearchParams'],
  ['POST', '/v1/checkout/sessions', 'Checkout/Sessions.d.ts', 'SessionCreateParams'],
  ['GET', '/v1/checkout/sessions', 'Checkout/Sessions.d.ts', 'SessionListParams'],
  ['POST', `/v1/checkout/sessions/cs_${NOPE}/expire`, 'Checkout/Sessions.d.ts', 'SessionExpireParams'],
  ['GET', `/v1/checkout/sessions/cs_${NOPE}/line_items`, 'Checkout/Sessions.d.ts', 'SessionListLineItemsParams'],
  ['POST', '/v1/billing_portal/sessions', 'BillingPortal/Sessions.d.ts', 'SessionCreateParams'],
  ['POST', `/v1/subscriptions/sub_${NOPE}`, 'Subscriptions.d.ts', 'SubscriptionUpdateParams'],
  ['GET', '/v1/subscriptions', 'Subscriptions.d.ts', 'SubscriptionListParams'],
  ['GET', '/v1/subscriptions/search', 'Subscriptions.d.ts', 'SubscriptionSearchParams'],
  ['DELETE', `/v1/subscriptions/sub_${NOPE}`, 'Subscriptions.d.ts', 'SubscriptionCancelParams'],
  ['POST', `/v1/subscriptions/sub_${NOPE}/pause`, 'Subscriptions.d.ts', 'SubscriptionPauseParams'],
  ['POST', `/v1/subscriptions/sub_${NOPE}/resume`, 'Subscriptions.d.ts', 'SubscriptionResumeParams'],
  ['GET', '/v1/invoices', 'Invoices.d.ts', 'InvoiceListParams'],
  ['GET', '/v1/invoices/search', 'Invoices.d.ts', 'InvoiceSearchParams'],
  ['GET', `/v1/invoices/in_${NOPE}/lines`, 'Invoices.d.ts', 'InvoiceListLineItemsParams'],
  ['GET', '/v1/charges', 'Charges.d.ts', 'ChargeListParams'],
  ['GET', '/v1/balance_transactions', 'BalanceTransactions.d.ts', 'BalanceTransactionListParams'],
  ['GET', '/v1/disputes', 'Disputes.d.ts', 'DisputeListParams'],
  ['POST', '/v1/refunds', 'Refunds.d.ts', 'RefundCreateParams'],
  ['GET', '/v1/refunds', 'Refunds.d.ts', 'RefundListParams'],
  ['GET', '/v1/events', 'Events.d.ts', 'EventListParams'],
  ['POST', '/v1/webhook_endpoints', 'WebhookEndpoints.d.ts', 'WebhookEndpointCreateParams'],
  ['POST', `/v1/webhook_endpoints/we_${NOPE}`, 'WebhookEndpoints.d.ts', 'WebhookEndpointUpdateParams'],
  ['GET', '/v1/webhook_endpoints', 'WebhookEndpoints.d.ts', 'WebhookEndpointListParams'],
  ['GET', `/v1/customers/cus_${NOPE}/payment_methods`, 'Customers.d.ts', 'CustomerListPaymentMethodsParams'],
  ['POST', '/v1/payment_methods', 'PaymentMethods.d.ts', 'PaymentMethodCreateParams'],
  ['POST', `/v1/payment_methods/pm_${NOPE}`, 'PaymentMethods.d.ts', 'PaymentMethodUpdateParams'],
  ['GET', '/v1/payment_methods', 'PaymentMethods.d.ts', 'PaymentMethodListParams'],
  ['POST', `/v1/payment_methods/pm_${NOPE}/attach`, 'PaymentMethods.d.ts', 'PaymentMethodAttachParams'],
  ['POST', `/v1/payment_methods/pm_${NOPE}/detach`, 'PaymentMethods.d.ts', 'PaymentMethodDetachParams'],
  ['POST', '/v1/payment_intents', 'PaymentIntents.d.ts', 'PaymentIntentCreateParams'],
  ['POST', `/v1/payment_intents/pi_${NOPE}`, 'PaymentIntents.d.ts', 'PaymentIntentUpdateParams'],
  ['GET', '/v1/payment_intents', 'PaymentIntents.d.ts', 'PaymentIntentListParams'],
  ['GET', '/v1/payment_intents/search', 'PaymentIntents.d.ts', 'PaymentIntentSearchParams'],
  ['POST', `/v1/payment_intents/pi_${NOPE}/confirm`, 'PaymentIntents.d.ts', 'PaymentIntentConfirmParams'],
  ['POST', `/v1/payment_intents/pi_${NOPE}/capture`, 'PaymentIntents.d.ts', 'PaymentIntentCaptureParams'],
  ['POST', `/v1/payment_intents/pi_${NOPE}/cancel`, 'PaymentIntents.d.ts', 'PaymentIntentCancelParams'],
  ['POST', '/v1/setup_intents', 'SetupIntents.d.ts', 'SetupIntentCreateParams'],
  ['POST', `/v1/setup_intents/seti_${NOPE}`, 'SetupIntents.d.ts', 'SetupIntentUpdateParams'],
  ['GET', '/v1/setup_intents', 'SetupIntents.d.ts', 'SetupIntentListParams'],
  ['POST', `/v1/setup_intents/seti_${NOPE}/confirm`, 'SetupIntents.d.ts', 'SetupIntentConfirmParams'],
  ['POST', `/v1/setup_intents/seti_${NOPE}/cancel`, 'SetupIntents.d.ts', 'SetupIntentCancelParams'],
  ['POST', '/v1/subscriptions', 'Subscriptions.d.ts', 'SubscriptionCreateParams'],
  ['POST', '/v1/invoices', 'Invoices.d.ts', 'InvoiceCreateParams'],
  ['POST', `/v1/invoices/in_${NOPE}`, 'Invoices.d.ts', 'InvoiceUpdateParams'],
  ['POST', `/v1/invoices/in_${NOPE}/finalize`, 'Invoices.d.ts', 'InvoiceFinalizeInvoiceParams'],
  ['POST', `/v1/invoices/in_${NOPE}/pay`, 'Invoices.d.ts', 'InvoicePayParams'],
  ['POST', `/v1/invoices/in_${NOPE}/void`, 'Invoices.d.ts', 'InvoiceVoidInvoiceParams'],
  ['POST', `/v1/invoices/in_${NOPE}/mark_uncollectible`, 'Invoices.d.ts', 'InvoiceMarkUncollectibleParams'],
  ['POST', `/v1/invoices/in_${NOPE}/send`, 'Invoices.d.ts', 'InvoiceSendInvoiceParams'],
  ['POST', '/v1/invoices/create_preview', 'Invoices.d.ts', 'InvoiceCreatePreviewParams'],
  ['POST', '/v1/invoiceitems', 'InvoiceItems.d.ts', 'InvoiceItemCreateParams'],
  ['POST', `/v1/invoiceitems/ii_${NOPE}`, 'InvoiceItems.d.ts', 'InvoiceItemUpdateParams'],
  ['GET', '/v1/invoiceitems', 'InvoiceItems.d.ts', 'InvoiceItemListParams'],
  ['POST', '/v1/coupons', 'Coupons.d.ts', 'CouponCreateParams'],
  ['POST', `/v1/coupons/${NOPE}`, 'Coupons.d.ts', 'CouponUpdateParams'],
  ['GET', '/v1/coupons', 'Coupons.d.ts', 'CouponListParams'],
  ['POST', '/v1/promotion_codes', 'PromotionCodes.d.ts', 'PromotionCodeCreateParams'],
  ['POST', `/v1/promotion_codes/promo_${NOPE}`, 'PromotionCodes.d.ts', 'PromotionCodeUpdateParams'],
  ['GET', '/v1/promotion_codes', 'PromotionCodes.d.ts', 'PromotionCodeListParams'],
  ['POST', `/v1/refunds/re_${NOPE}`, 'Refunds.d.ts', 'RefundUpdateParams'],
  ['POST', `/v1/refunds/re_${NOPE}/cancel`, 'Refunds.d.ts', 'RefundCancelParams'],
  ['POST', '/v1/payouts', 'Payouts.d.ts', 'PayoutCreateParams'],
  ['POST', `/v1/payouts/po_${NOPE}`, 'Payouts.d.ts', 'PayoutUpdateParams'],
  ['GET', '/v1/payouts', 'Payouts.d.ts', 'PayoutListParams'],
  ['POST', `/v1/payouts/po_${NOPE}/cancel`, 'Payouts.d.ts', 'PayoutCancelParams'],
  ['POST', '/v1/balance_settings', 'BalanceSettings.d.ts', 'BalanceSettingsUpdateParams'],
  ['POST', `/v1/disputes/dp_${NOPE}`, 'Disputes.d.ts', 'DisputeUpdateParams'],
  ['POST', `/v1/disputes/dp_${NOPE}/close`, 'Disputes.d.ts', 'DisputeCloseParams'],
  ['GET', '/v1/charges/search', 'Charges.d.ts', 'ChargeSearchParams'],
  ['POST', `/v1/charges/ch_${NOPE}`, 'Charges.d.ts', 'ChargeUpdateParams'],
  ['POST', '/v1/test_helpers/test_clocks', 'TestHelpers/TestClocks.d.ts', 'TestClockCreateParams'],
  ['GET', '/v1/test_helpers/test_clocks', 'TestHelpers/TestClocks.d.ts', 'TestClockListParams'],
  ['POST', `/v1/test_helpers/test_clocks/clock_${NOPE}/advance`, 'TestHelpers/TestClocks.d.ts', 'TestClockAdvanceParams'],
];

test("every parameter Stripe documents is taken by the sandbox's endpoints", async () => {
  const refused = [];
  for (const [method, path, file, name] of ENDPOINTS) {
    for (const param of parameterNames(file, name)) {
      try {
        await sandbox.stripe.rawRequest(method, path, { [param]: 'x' });
      } catch (err) {
        if (err.code === 'parameter_unknown') refused.push(`${method} ${path} ${param}`);
      }
    }
  }
  assert.deepEqual(refused, []);
});

// Fields of an object as Stripe declares them: those always present, and all it may have.
function shape(file, name) {
  const fields = interfaceFields(file, name);
  return { always: fields.filter((f) => !f.optional).map((f) => f.name), all: new Set(fields.map((f) => f.name)) };
}

// Every difference, all objects at once (one run shows the whole gap).
const differences = [];
function assertShape(object, file, name, declaredElsewhere = []) {
  const { always, all } = shape(file, name);
  for (const f of declaredElsewhere) { always.push(f); all.add(f); }
  const missing = always.filter((f) => !(f in object));
  const extra = Object.keys(object).filter((k) => k !== 'lastResponse' && !all.has(k));
  if (missing.length || extra.length) differences.push({ object: object.object, missing, extra });
}

test("objects carry Stripe's fields, and only those", async () => {
  const product = await sandbox.stripe.products.create({ name: 'Premium' });
  assertShape(product, 'Products.d.ts', 'Product');
  const price = await sandbox.stripe.prices.create({
    product: product.id, currency: 'usd', unit_amount: 999, recurring: { interval: 'month' },
  });
  assertShape(price, 'Prices.d.ts', 'Price');
  const session = await sandbox.stripe.checkout.sessions.create({
    mode: 'subscription', line_items: [{ price: price.id, quantity: 1 }],
    customer_email: 'shape@example.com', success_url: 'https://example.com/ok',
  });
  assertShape(session, 'Checkout/Sessions.d.ts', 'Session');
  await sandbox.stripe.rawRequest('POST', `/v1/test_helpers/checkout/sessions/${session.id}/complete`,
    { card: '4242424242424242' });
  const done = await sandbox.stripe.checkout.sessions.retrieve(session.id);
  assertShape(done, 'Checkout/Sessions.d.ts', 'Session');
  assertShape(await sandbox.stripe.customers.retrieve(done.customer), 'Customers.d.ts', 'Customer');
  const sub = await sandbox.stripe.subscriptions.retrieve(done.subscription);
  assertShape(sub, 'Subscriptions.d.ts', 'Subscription');
  assertShape(sub.items.data[0], 'SubscriptionItems.d.ts', 'SubscriptionItem');
  const invoice = await sandbox.stripe.invoices.retrieve(done.invoice);
  assertShape(invoice, 'Invoices.d.ts', 'Invoice');
  assertShape(invoice.lines.data[0], 'InvoiceLineItems.d.ts', 'InvoiceLineItem');
  const charges = await sandbox.stripe.charges.list({ customer: done.customer });
  assertShape(charges.data[0], 'Charges.d.ts', 'Charge');
  assertShape(await sandbox.stripe.paymentIntents.retrieve(charges.data[0].payment_intent),
    'PaymentIntents.d.ts', 'PaymentIntent');
  assertShape(await sandbox.stripe.balanceTransactions.retrieve(charges.data[0].balance_transaction),
    'BalanceTransactions.d.ts', 'BalanceTransaction');
  assertShape(await sandbox.stripe.paymentMethods.retrieve(sub.default_payment_method),
    'PaymentMethods.d.ts', 'PaymentMethod');
  const refund = await sandbox.stripe.refunds.create({ charge: charges.data[0].id, amount: 100 });
  assertShape(refund, 'Refunds.d.ts', 'Refund');
  const events = await sandbox.stripe.events.list({ limit: 1 });
  // Each event type's interface extends EventBase with its own `type` and `data`.
  assertShape(events.data[0], 'Events.d.ts', 'EventBase', ['type', 'data']);
  const endpoint = await sandbox.stripe.webhookEndpoints.create({ url: 'https://example.com/hook', enabled_events: ['*'] });
  assertShape(endpoint, 'WebhookEndpoints.d.ts', 'WebhookEndpoint');
  assert.deepEqual(differences, [], JSON.stringify(differences));
});

test("the Billing API's objects carry Stripe's fields, and only those", async () => {
  differences.length = 0;
  const customer = await sandbox.stripe.customers.create({ email: 'billing-shape@example.com' });
  const pm = await sandbox.stripe.paymentMethods.create({
    type: 'card', card: { number: '4242424242424242', exp_month: 12, exp_year: 2034, cvc: '123' },
  });
  assertShape(pm, 'PaymentMethods.d.ts', 'PaymentMethod');
  await sandbox.stripe.paymentMethods.attach(pm.id, { customer: customer.id });
  const seti = await sandbox.stripe.setupIntents.create({ customer: customer.id, payment_method: 'pm_card_visa', confirm: true });
  assertShape(seti, 'SetupIntents.d.ts', 'SetupIntent');
  const pi = await sandbox.stripe.paymentIntents.create({
    amount: 1200, currency: 'usd', customer: customer.id, payment_method: pm.id, confirm: true,
  });
  assertShape(pi, 'PaymentIntents.d.ts', 'PaymentIntent');
  const item = await sandbox.stripe.invoiceItems.create({ customer: customer.id, amount: 500, currency: 'usd' });
  assertShape(item, 'InvoiceItems.d.ts', 'InvoiceItem');
  const draft = await sandbox.stripe.invoices.create({ customer: customer.id, pending_invoice_items_behavior: 'include' });
  assertShape(draft, 'Invoices.d.ts', 'Invoice');
  const open = await sandbox.stripe.invoices.finalizeInvoice(draft.id);
  assertShape(open, 'Invoices.d.ts', 'Invoice');
  const coupon = await sandbox.stripe.coupons.create({ percent_off: 20, duration: 'forever' });
  assertShape(coupon, 'Coupons.d.ts', 'Coupon');
  const code = await sandbox.stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon: coupon.id } });
  assertShape(code, 'PromotionCodes.d.ts', 'PromotionCode');
  const product = await sandbox.stripe.products.create({ name: 'Premium' });
  const price = await sandbox.stripe.prices.create({
    product: product.id, currency: 'usd', unit_amount: 999, recurring: { interval: 'month' },
  });
  const sub = await sandbox.stripe.subscriptions.create({
    customer: customer.id, items: [{ price: price.id }], default_payment_method: pm.id,
    discounts: [{ coupon: coupon.id }], expand: ['discounts'],
  });
  assertShape(sub, 'Subscriptions.d.ts', 'Subscription');
  assertShape(sub.discounts[0], 'Discounts.d.ts', 'Discount');
  const charge = await sandbox.stripe.charges.retrieve(pi.latest_charge);
  assertShape(charge, 'Charges.d.ts', 'Charge');
  const refund = await sandbox.stripe.refunds.create({ charge: charge.id, amount: 200 });
  assertShape(refund, 'Refunds.d.ts', 'Refund');
  await sandbox.stripe.rawRequest('POST', '/v1/test_helpers/advance', { days: 3 });
  const payouts = await sandbox.stripe.payouts.list({ limit: 1 });
  assertShape(payouts.data[0], 'Payouts.d.ts', 'Payout');
  const balance = await sandbox.stripe.balance.retrieve();
  assertShape(balance, 'Balance.d.ts', 'Balance');
  const clock = await sandbox.stripe.testHelpers.testClocks.create({
    frozen_time: (await sandbox.stripe.rawRequest('GET', '/v1/test_helpers/clock', {})).frozen_time,
  });
  assertShape(clock, 'TestHelpers/TestClocks.d.ts', 'TestClock');
  const txns = await sandbox.stripe.balanceTransactions.list({ payout: payouts.data[0].id });
  for (const txn of txns.data) assertShape(txn, 'BalanceTransactions.d.ts', 'BalanceTransaction');
  assert.deepEqual(differences, [], JSON.stringify(differences));
});
