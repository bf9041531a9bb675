'use strict';
// Invoices beyond renewals through the official client: invoice items pending on a
// customer, a manual draft that pulls them in, updates, finalization (number from
// the customer's prefix and sequence), payment (declined, then paid), void,
// mark uncollectible, out-of-band payment, send, delete, Stripe's refusals for each
// wrong state, the hosted invoice page and its PDF over HTTP, create_preview of a
// subscription bought through Checkout, a pending item riding the renewal, and the
// events in order.
//
// The steps share state and run in order (node:test runs top-level tests of a
// file sequentially); a failed step makes the later ones fail fast.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { useSandbox } = require('./lib/sandbox');

const sandbox = useSandbox();
const s = {}; // shared state between the steps

function need(...keys) {
  for (const k of keys) assert.ok(s[k], `an earlier step did not provide ${k}`);
}

// The events about `objectId`, oldest first.
async function eventsAbout(objectId) {
  const types = [];
  for await (const event of sandbox.stripe.events.list({ limit: 100 })) {
    if (event.data.object.id === objectId) types.push(event.type);
  }
  return types.reverse();
}

async function refusal(promise, { status = 400, message, code, param } = {}) {
  let caught;
  await assert.rejects(promise, (err) => {
    caught = err;
    return true;
  });
  assert.equal(caught.statusCode, status, `status of: ${caught.message}`);
  assert.equal(caught.rawType, status === 402 ? 'card_error' : 'invalid_request_error');
  if (message instanceof RegExp) assert.match(caught.message, message);
  else if (message !== undefined) assert.equal(caught.message, message);
  if (code !== undefined) assert.equal(caught.code, code);
  if (param !== undefined) assert.equal(caught.param, param);
  return caught;
}

test('catalogue and a customer', async () => {
  s.product = await sandbox.stripe.products.create({ name: 'Premium' });
  s.workbook = await sandbox.stripe.products.create({ name: 'Printed workbook' });
  s.monthly = await sandbox.stripe.prices.create({
    product: s.product.id, unit_amount: 999, currency: 'usd', recurring: { interval: 'month' },
  });
  s.oneTime = await sandbox.stripe.prices.create({ product: s.workbook.id, unit_amount: 1250, currency: 'usd' });
  s.customer = await sandbox.stripe.customers.create({ email: 'ines@example.com', name: 'Inès (Test) Invoice' });
  assert.equal(s.customer.next_invoice_sequence, 1);
  assert.match(s.customer.invoice_prefix, /^[A-Z0-9]{8}$/);
});

test('invoice items wait on the customer until an invoice takes them', async () => {
  need('customer', 'oneTime');
  const fee = await sandbox.stripe.invoiceItems.create({
    customer: s.customer.id, amount: 1500, currency: 'usd', description: 'Setup fee', metadata: { kind: 'setup' },
  });
  assert.equal(fee.object, 'invoiceitem');
  assert.match(fee.id, /^ii_/);
  assert.equal(fee.amount, 1500);
  assert.equal(fee.currency, 'usd');
  assert.equal(fee.customer, s.customer.id);
  assert.equal(fee.invoice, null);
  assert.equal(fee.description, 'Setup fee');
  assert.equal(fee.discountable, true);
  assert.equal(fee.quantity, 1);
  assert.equal(fee.proration, false);
  assert.equal(fee.parent, null);
  assert.deepEqual(fee.metadata, { kind: 'setup' });
  assert.equal(fee.period.start, fee.period.end);
  assert.equal(fee.livemode, false);

  const books = await sandbox.stripe.invoiceItems.create({
    customer: s.customer.id, pricing: { price: s.oneTime.id }, quantity: 2,
  });
  assert.equal(books.amount, 2500);
  assert.equal(books.currency, 'usd');
  assert.equal(books.description, 'Printed workbook', 'a price names its product');
  assert.equal(books.pricing.type, 'price_details');
  assert.equal(books.pricing.price_details.price, s.oneTime.id);
  assert.equal(books.pricing.price_details.product, s.workbook.id);
  assert.equal(String(books.pricing.unit_amount_decimal), '1250');

  // Updating the quantity re-prices the item; retrieve sees it.
  const three = await sandbox.stripe.invoiceItems.update(books.id, { quantity: 3, metadata: { shelf: 'b' } });
  assert.equal(three.amount, 3750);
  assert.equal(three.quantity, 3);
  assert.deepEqual((await sandbox.stripe.invoiceItems.retrieve(books.id)).metadata, { shelf: 'b' });

  const pending = await sandbox.stripe.invoiceItems.list({ customer: s.customer.id, pending: true });
  assert.deepEqual(pending.data.map((i) => i.id), [books.id, fee.id], 'newest first');
  const page1 = await sandbox.stripe.invoiceItems.list({ customer: s.customer.id, limit: 1 });
  assert.equal(page1.has_more, true);
  const page2 = await sandbox.stripe.invoiceItems.list({ customer: s.customer.id, limit: 1, starting_after: page1.data[0].id });
  assert.deepEqual(page2.data.map((i) => i.id), [fee.id]);
  assert.equal(page2.has_more, false);
  s.fee = fee;
  s.books = three;

  await refusal(sandbox.stripe.invoiceItems.create({ customer: s.customer.id, amount: 100 }), {
    message: 'Missing required param: currency.', code: 'parameter_missing', param: 'currency',
  });
  await refusal(sandbox.stripe.invoiceItems.create({ customer: s.customer.id, pricing: { price: s.monthly.id } }), {
    message: 'The price specified is set to `type=recurring` but this field only accepts prices with `type=one_time`.',
    param: 'pricing[price]',
  });
  await refusal(sandbox.stripe.invoiceItems.create({ customer: s.customer.id, pricing: { prize: s.oneTime.id } }), {
    message: 'Received unknown parameter: pricing[prize]', code: 'parameter_unknown', param: 'pricing[prize]',
  });
  await refusal(sandbox.stripe.invoiceItems.create({ customer: 'cus_missing000000', amount: 1, currency: 'usd' }), {
    status: 404, message: "No such customer: 'cus_missing000000'", code: 'resource_missing', param: 'customer',
  });
});

test('a manual draft pulls the pending items in when asked', async () => {
  need('fee', 'books');
  const excluded = await sandbox.stripe.invoices.create({ customer: s.customer.id });
  assert.equal(excluded.status, 'draft');
  assert.equal(excluded.lines.data.length, 0, 'pending items are excluded by default');
  assert.equal(excluded.amount_due, 0);
  s.emptyDraft = excluded;

  const draft = await sandbox.stripe.invoices.create({
    customer: s.customer.id,
    pending_invoice_items_behavior: 'include',
    description: 'Onboarding',
    metadata: { order: '7' },
    footer: 'Thank you!',
  });
  assert.equal(draft.object, 'invoice');
  assert.match(draft.id, /^in_/);
  assert.equal(draft.status, 'draft');
  assert.equal(draft.billing_reason, 'manual');
  assert.equal(draft.collection_method, 'charge_automatically');
  assert.equal(draft.auto_advance, false);
  assert.equal(draft.number, null);
  assert.equal(draft.hosted_invoice_url, null);
  assert.equal(draft.invoice_pdf, null);
  assert.equal(draft.parent, null);
  assert.equal(draft.customer, s.customer.id);
  assert.equal(draft.customer_email, 'ines@example.com');
  assert.equal(draft.currency, 'usd');
  assert.equal(draft.description, 'Onboarding');
  assert.equal(draft.footer, 'Thank you!');
  assert.deepEqual(draft.metadata, { order: '7' });
  assert.equal(draft.subtotal, 5250);
  assert.equal(draft.total, 5250);
  assert.equal(draft.amount_due, 5250);
  assert.equal(draft.amount_remaining, 5250);
  assert.equal(draft.amount_paid, 0);
  assert.equal(draft.attempt_count, 0);
  assert.equal(draft.status_transitions.finalized_at, null);
  assert.equal(draft.lines.object, 'list');
  assert.equal(draft.lines.total_count, 2);
  const lines = draft.lines.data;
  assert.deepEqual(lines.map((l) => l.amount), [1500, 3750], 'oldest item first');
  assert.deepEqual(lines.map((l) => l.parent.type), ['invoice_item_details', 'invoice_item_details']);
  assert.equal(lines[0].parent.invoice_item_details.invoice_item, s.fee.id);
  assert.equal(lines[0].parent.subscription_item_details, null);
  assert.equal(lines[1].pricing.price_details.price, s.oneTime.id);
  assert.equal(lines[1].quantity, 3);
  assert.equal(lines[0].invoice, draft.id);
  assert.match(lines[0].id, /^il_/);

  assert.equal((await sandbox.stripe.invoiceItems.retrieve(s.fee.id)).invoice, draft.id);
  const stillPending = await sandbox.stripe.invoiceItems.list({ customer: s.customer.id, pending: true });
  assert.deepEqual(stillPending.data, []);
  const onDraft = await sandbox.stripe.invoiceItems.list({ invoice: draft.id });
  assert.equal(onDraft.data.length, 2);
  s.draft = draft;
});

test('a draft is fully editable; items can be added to it', async () => {
  need('draft');
  const updated = await sandbox.stripe.invoices.update(s.draft.id, {
    description: 'Onboarding, week 1', metadata: { order: '', po: 'PO-9' }, custom_fields: [{ name: 'Purchase order', value: 'PO-9' }],
  });
  assert.deepEqual(updated.custom_fields, [{ name: 'Purchase order', value: 'PO-9' }]);
  assert.equal(updated.description, 'Onboarding, week 1');
  assert.deepEqual(updated.metadata, { po: 'PO-9' });

  const extra = await sandbox.stripe.invoiceItems.create({
    customer: s.customer.id, invoice: s.draft.id, amount: -250, currency: 'usd', description: 'Loyalty credit',
  });
  assert.equal(extra.invoice, s.draft.id);
  assert.equal(extra.discountable, false, 'credits are not discountable');
  const withCredit = await sandbox.stripe.invoices.retrieve(s.draft.id);
  assert.equal(withCredit.amount_due, 5000);
  assert.equal(withCredit.lines.total_count, 3);

  // Lines page through /v1/invoices/:id/lines in their order.
  const first = await sandbox.stripe.invoices.listLineItems(s.draft.id, { limit: 2 });
  assert.equal(first.data.length, 2);
  assert.equal(first.has_more, true);
  const rest = await sandbox.stripe.invoices.listLineItems(s.draft.id, { limit: 2, starting_after: first.data[1].id });
  assert.deepEqual(rest.data.map((l) => l.amount), [-250]);
  assert.equal(rest.has_more, false);
  const all = [];
  for await (const line of sandbox.stripe.invoices.listLineItems(s.draft.id, { limit: 1 })) all.push(line.amount);
  assert.deepEqual(all, [1500, 3750, -250]);

  const events = await eventsAbout(s.draft.id);
  assert.deepEqual(events, ['invoice.created', 'invoice.updated', 'invoice.updated']);
  const [metaUpdate] = (await sandbox.stripe.events.list({ type: 'invoice.updated', limit: 2 })).data.slice(-1);
  assert.equal(metaUpdate.data.previous_attributes.description, 'Onboarding');
  assert.deepEqual(metaUpdate.data.previous_attributes.metadata, { order: '7' });
});

test('finalize: number from the prefix and sequence, links to the sandbox', async () => {
  need('draft');
  const open = await sandbox.stripe.invoices.finalizeInvoice(s.draft.id);
  assert.equal(open.status, 'open');
  assert.equal(open.number, `${s.customer.invoice_prefix}-0001`);
  assert.equal(typeof open.status_transitions.finalized_at, 'number');
  assert.equal(open.effective_at, open.status_transitions.finalized_at);
  assert.equal(open.hosted_invoice_url, `${sandbox.sb.baseUrl}/i/${open.id}`);
  assert.equal(open.invoice_pdf, `${sandbox.sb.baseUrl}/i/${open.id}/pdf`);
  assert.equal(open.amount_due, 5000);
  const customer = await sandbox.stripe.customers.retrieve(s.customer.id);
  assert.equal(customer.next_invoice_sequence, 2);
  s.open = open;

  await refusal(sandbox.stripe.invoices.finalizeInvoice(open.id), {
    message: "This invoice is already finalized, you can't re-finalize a non-draft invoice.",
  });
  await refusal(sandbox.stripe.invoices.del(open.id), { message: 'You can only delete draft invoices.' });
  await refusal(sandbox.stripe.invoices.update(open.id, { currency: 'eur' }), {
    message: /Received unknown parameter: currency/, code: 'parameter_unknown',
  });
  await refusal(sandbox.stripe.invoices.update(open.id, { collection_method: 'send_invoice' }), {
    message: "Finalized invoices can't be updated in this way", code: 'invoice_not_editable',
  });
  await refusal(sandbox.stripe.invoiceItems.create({ customer: s.customer.id, invoice: open.id, amount: 1, currency: 'usd' }), {
    message: /can no longer be edited/, code: 'invoice_not_editable', param: 'invoice',
  });
  // Metadata still changes on a finalized invoice.
  const tagged = await sandbox.stripe.invoices.update(open.id, { metadata: { po: 'PO-10' } });
  assert.deepEqual(tagged.metadata, { po: 'PO-10' });
});

test('a declined card answers 402 and leaves the invoice open', async () => {
  need('open');
  const err = await refusal(sandbox.stripe.invoices.pay(s.open.id, { payment_method: 'pm_card_chargeDeclinedInsufficientFunds' }), {
    status: 402, message: 'Your card has insufficient funds.', code: 'card_declined',
  });
  assert.equal(err.type, 'StripeCardError');
  assert.equal(err.decline_code, 'insufficient_funds');
  assert.match(err.charge, /^ch_/);
  assert.equal(err.payment_intent.status, 'requires_payment_method');
  assert.equal(err.payment_intent.amount, 5000);

  const after = await sandbox.stripe.invoices.retrieve(s.open.id);
  assert.equal(after.status, 'open');
  assert.equal(after.attempt_count, 1);
  assert.equal(after.attempted, true);
  assert.equal(after.amount_paid, 0);
  const charge = await sandbox.stripe.charges.retrieve(err.charge);
  assert.equal(charge.status, 'failed');
  assert.equal(charge.failure_code, 'card_declined');
});

test('pay with pm_card_visa', async () => {
  need('open');
  const paid = await sandbox.stripe.invoices.pay(s.open.id, { payment_method: 'pm_card_visa' });
  assert.equal(paid.status, 'paid');
  assert.equal(paid.amount_paid, 5000);
  assert.equal(paid.amount_remaining, 0);
  assert.equal(paid.attempt_count, 2);
  assert.equal(typeof paid.status_transitions.paid_at, 'number');

  const withPayments = await sandbox.stripe.invoices.retrieve(s.open.id, { expand: ['payments'] });
  assert.equal(withPayments.payments.data.length, 1);
  const payment = withPayments.payments.data[0];
  assert.equal(payment.status, 'paid');
  assert.equal(payment.amount_paid, 5000);
  const intent = await sandbox.stripe.paymentIntents.retrieve(payment.payment.payment_intent);
  assert.equal(intent.status, 'succeeded');
  assert.equal(intent.customer, s.customer.id);

  await refusal(sandbox.stripe.invoices.pay(s.open.id, { payment_method: 'pm_card_visa' }), { message: 'Invoice is already paid' });
  await refusal(sandbox.stripe.invoices.finalizeInvoice(s.open.id), {
    message: "This invoice is already finalized, you can't re-finalize a non-draft invoice.",
  });
  await refusal(sandbox.stripe.invoices.voidInvoice(s.open.id), { code: 'invoice_not_editable' });

  assert.deepEqual(await eventsAbout(s.open.id), [
    'invoice.created', 'invoice.updated', 'invoice.updated', 'invoice.finalized', 'invoice.updated',
    'invoice.payment_failed', 'invoice.paid', 'invoice.payment_succeeded',
  ]);
});

test('the hosted invoice page and its PDF, served by the sandbox', async () => {
  need('open');
  const page = await fetch(s.open.hosted_invoice_url);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type'), /^text\/html/);
  const html = await page.text();
  assert.ok(html.includes(s.open.number), 'the page shows the number');
  assert.ok(html.includes('Setup fee') && html.includes('Printed workbook') && html.includes('Loyalty credit'));
  assert.ok(html.includes('$50.00 paid on'));
  assert.ok(html.includes('Download PDF'));
  assert.ok(!html.includes('name="card"'), 'no Pay form on a paid invoice');

  const pdf = await fetch(s.open.invoice_pdf);
  assert.equal(pdf.status, 200);
  assert.equal(pdf.headers.get('content-type'), 'application/pdf');
  const bytes = Buffer.from(await pdf.arrayBuffer());
  const text = bytes.toString('latin1');
  assert.ok(text.startsWith('%PDF-1.4\n'));
  assert.ok(text.trimEnd().endsWith('%%EOF'));
  for (const expected of ['(Course Companion)', `(${s.open.number})`, '(Setup fee)', '(Printed workbook)', '(Loyalty credit)',
    '(-$2.50)', '($50.00)', '(Amount due)', '(ines@example.com)', '(In\\350s \\(Test\\) Invoice)', '(Purchase order)', '(PO-9)']) {
    assert.ok(text.includes(expected), `the PDF has ${expected}`);
  }
  assert.match(text, /\(Paid on [A-Z][a-z]+ \d+, \d{4}\)/);
  // The xref table points at every object.
  const xref = Number(/startxref\n(\d+)\n%%EOF/.exec(text)[1]);
  assert.equal(text.slice(xref, xref + 4), 'xref');
  const offsets = [...text.slice(xref).matchAll(/(\d{10}) 00000 n /g)].map((m) => Number(m[1]));
  offsets.forEach((offset, i) => assert.equal(text.slice(offset, offset + `${i + 1} 0 obj`.length), `${i + 1} 0 obj`));

  const missing = await fetch(`${sandbox.sb.baseUrl}/i/in_doesnotexist/pdf`);
  assert.equal(missing.status, 404);
  const draftPage = await fetch(`${sandbox.sb.baseUrl}/i/${s.emptyDraft.id}`);
  assert.equal(draftPage.status, 404, 'drafts have no page');
});

test('paying from the hosted page goes through /pay', async () => {
  need('customer');
  const invoice = await sandbox.stripe.invoices.create({ customer: s.customer.id });
  await sandbox.stripe.invoiceItems.create({ customer: s.customer.id, invoice: invoice.id, amount: 700, currency: 'usd' });
  const open = await sandbox.stripe.invoices.finalizeInvoice(invoice.id);
  assert.equal(open.number, `${s.customer.invoice_prefix}-0002`);
  const form = await (await fetch(open.hosted_invoice_url)).text();
  assert.ok(form.includes('Pay $7.00'));

  const declined = await fetch(`${open.hosted_invoice_url}/pay`, {
    method: 'POST', body: new URLSearchParams({ card: '4000 0000 0000 0002' }), redirect: 'manual',
  });
  assert.equal(declined.status, 402);
  assert.ok((await declined.text()).includes('Your card was declined.'));
  assert.equal((await sandbox.stripe.invoices.retrieve(open.id)).attempt_count, 1);

  const paid = await fetch(`${open.hosted_invoice_url}/pay`, {
    method: 'POST', body: new URLSearchParams({ card: '4242 4242 4242 4242' }), redirect: 'manual',
  });
  assert.equal(paid.status, 303);
  assert.equal(paid.headers.get('location'), `/i/${open.id}`);
  const after = await sandbox.stripe.invoices.retrieve(open.id);
  assert.equal(after.status, 'paid');
  assert.equal(after.amount_paid, 700);
});

test('void an open invoice; drafts cannot be voided', async () => {
  need('emptyDraft');
  await refusal(sandbox.stripe.invoices.voidInvoice(s.emptyDraft.id), { code: 'invoice_not_editable' });
  const invoice = await sandbox.stripe.invoices.create({ customer: s.customer.id });
  await sandbox.stripe.invoiceItems.create({ customer: s.customer.id, invoice: invoice.id, amount: 900, currency: 'usd' });
  await sandbox.stripe.invoices.finalizeInvoice(invoice.id);
  const voided = await sandbox.stripe.invoices.voidInvoice(invoice.id);
  assert.equal(voided.status, 'void');
  assert.equal(typeof voided.status_transitions.voided_at, 'number');
  await refusal(sandbox.stripe.invoices.pay(invoice.id, { payment_method: 'pm_card_visa' }), { code: 'invoice_not_editable' });
  await refusal(sandbox.stripe.invoices.voidInvoice(invoice.id), { code: 'invoice_not_editable' });
  assert.deepEqual(await eventsAbout(invoice.id), ['invoice.created', 'invoice.updated', 'invoice.finalized', 'invoice.voided']);
});

test('mark uncollectible, then paid out of band', async () => {
  need('customer');
  const invoice = await sandbox.stripe.invoices.create({ customer: s.customer.id });
  await sandbox.stripe.invoiceItems.create({ customer: s.customer.id, invoice: invoice.id, amount: 4200, currency: 'usd' });
  await refusal(sandbox.stripe.invoices.markUncollectible(invoice.id), { code: 'invoice_not_editable' });
  await sandbox.stripe.invoices.finalizeInvoice(invoice.id);
  const bad = await sandbox.stripe.invoices.markUncollectible(invoice.id);
  assert.equal(bad.status, 'uncollectible');
  assert.equal(typeof bad.status_transitions.marked_uncollectible_at, 'number');

  const settled = await sandbox.stripe.invoices.pay(invoice.id, { paid_out_of_band: true });
  assert.equal(settled.status, 'paid');
  assert.equal(settled.amount_paid, 4200);
  assert.equal(settled.amount_remaining, 0);
  assert.equal(settled.attempt_count, 0, 'nothing was charged');
  const payments = await sandbox.stripe.invoicePayments.list({ invoice: invoice.id });
  assert.deepEqual(payments.data, []);
  assert.deepEqual(await eventsAbout(invoice.id), [
    'invoice.created', 'invoice.updated', 'invoice.finalized', 'invoice.marked_uncollectible', 'invoice.paid',
  ]);
});

test('send_invoice collection: due date from the terms, then sent', async () => {
  need('customer');
  const invoice = await sandbox.stripe.invoices.create({
    customer: s.customer.id, collection_method: 'send_invoice', days_until_due: 14,
  });
  assert.equal(invoice.collection_method, 'send_invoice');
  assert.equal(invoice.due_date, invoice.created + 14 * 86400);
  await sandbox.stripe.invoiceItems.create({ customer: s.customer.id, invoice: invoice.id, amount: 3000, currency: 'usd' });
  const sent = await sandbox.stripe.invoices.sendInvoice(invoice.id);
  assert.equal(sent.status, 'open', 'sending a draft finalizes it');
  assert.equal(sent.due_date, sent.status_transitions.finalized_at + 14 * 86400);
  assert.deepEqual(await eventsAbout(invoice.id), ['invoice.created', 'invoice.updated', 'invoice.finalized', 'invoice.sent']);

  await refusal(sandbox.stripe.invoices.sendInvoice(s.open.id), {
    message: "You can only manually send an invoice if its collection method is 'send_invoice'.",
  });
  await refusal(sandbox.stripe.invoices.create({ customer: s.customer.id, days_until_due: 3 }), { param: 'days_until_due' });
  await refusal(sandbox.stripe.invoices.create({ customer: s.customer.id, collection_method: 'by_pigeon' }), {
    param: 'collection_method',
  });
});

test('delete a draft; its items go with it', async () => {
  need('emptyDraft');
  const item = await sandbox.stripe.invoiceItems.create({
    customer: s.customer.id, invoice: s.emptyDraft.id, amount: 100, currency: 'usd',
  });
  const deleted = await sandbox.stripe.invoices.del(s.emptyDraft.id);
  assert.deepEqual({ ...deleted, lastResponse: undefined }, { id: s.emptyDraft.id, object: 'invoice', deleted: true, lastResponse: undefined });
  await refusal(sandbox.stripe.invoices.retrieve(s.emptyDraft.id), {
    status: 404, message: `No such invoice: '${s.emptyDraft.id}'`, code: 'resource_missing',
  });
  await refusal(sandbox.stripe.invoiceItems.retrieve(item.id), { status: 404, code: 'resource_missing' });
  const events = await eventsAbout(s.emptyDraft.id);
  assert.deepEqual(events, ['invoice.created', 'invoice.updated', 'invoice.deleted']);

  const pending = await sandbox.stripe.invoiceItems.create({ customer: s.customer.id, amount: 50, currency: 'usd' });
  const gone = await sandbox.stripe.invoiceItems.del(pending.id);
  assert.equal(gone.deleted, true);
  assert.deepEqual(await eventsAbout(pending.id), ['invoiceitem.created', 'invoiceitem.deleted']);
});

test('a draft\'s lines: add_lines, update_lines, remove_lines, one line', async () => {
  need('customer', 'oneTime');
  const draft = await sandbox.stripe.invoices.create({ customer: s.customer.id });
  const waiting = await sandbox.stripe.invoiceItems.create({ customer: s.customer.id, amount: 400, currency: 'usd', description: 'Waiting' });
  const added = await sandbox.stripe.invoices.addLines(draft.id, {
    lines: [
      { amount: 1000, description: 'Consulting hour' },
      { pricing: { price: s.oneTime.id }, quantity: 1 },
      { invoice_item: waiting.id },
    ],
    invoice_metadata: { batch: '1' },
  });
  assert.deepEqual(added.lines.data.map((l) => l.amount), [1000, 1250, 400]);
  assert.deepEqual(added.lines.data.map((l) => l.description), ['Consulting hour', 'Printed workbook', 'Waiting']);
  assert.equal(added.amount_due, 2650);
  assert.deepEqual(added.metadata, { batch: '1' });
  assert.equal((await sandbox.stripe.invoiceItems.retrieve(waiting.id)).invoice, draft.id);

  const [consulting, workbook, waitingLine] = added.lines.data;
  const updated = await sandbox.stripe.invoices.updateLines(draft.id, {
    lines: [{ id: consulting.id, amount: 1200, description: 'Consulting hour (evening)' }],
  });
  assert.equal(updated.lines.data[0].id, consulting.id, 'a line keeps its id');
  assert.equal(updated.lines.data[0].amount, 1200);
  assert.equal(updated.amount_due, 2850);

  const line = await sandbox.stripe.invoices.updateLineItem(draft.id, workbook.id, { quantity: 2, metadata: { gift: 'yes' } });
  assert.equal(line.object, 'line_item');
  assert.equal(line.amount, 2500);
  assert.deepEqual(line.metadata, { gift: 'yes' });

  const removed = await sandbox.stripe.invoices.removeLines(draft.id, {
    lines: [{ id: waitingLine.id, behavior: 'unassign' }, { id: consulting.id, behavior: 'delete' }],
  });
  assert.deepEqual(removed.lines.data.map((l) => l.amount), [2500]);
  assert.equal(removed.amount_due, 2500);
  assert.equal((await sandbox.stripe.invoiceItems.retrieve(waiting.id)).invoice, null, 'unassigned: pending again');
  const consultingItem = consulting.parent.invoice_item_details.invoice_item;
  await refusal(sandbox.stripe.invoiceItems.retrieve(consultingItem), { status: 404 });

  await refusal(sandbox.stripe.invoices.removeLines(draft.id, { lines: [{ id: workbook.id }] }), {
    message: 'Missing required param: lines[0][behavior].', param: 'lines[0][behavior]',
  });
  await refusal(sandbox.stripe.invoices.addLines(draft.id, { lines: [{ amount: 1, colour: 'red' }] }), {
    message: 'Received unknown parameter: lines[0][colour]', code: 'parameter_unknown',
  });
  await refusal(sandbox.stripe.invoices.updateLines(draft.id, { lines: [{ id: 'il_nope', amount: 1 }] }), {
    status: 404, code: 'resource_missing', param: 'lines[0][id]',
  });
  await sandbox.stripe.invoices.finalizeInvoice(draft.id);
  await refusal(sandbox.stripe.invoices.addLines(draft.id, { lines: [{ amount: 1 }] }), { code: 'invoice_not_editable' });
  await sandbox.stripe.invoices.voidInvoice(draft.id);
  await sandbox.stripe.invoiceItems.del(waiting.id);

  assert.deepEqual(await eventsAbout(draft.id), [
    'invoice.created', 'invoice.updated', 'invoice.updated', 'invoice.updated', 'invoice.updated', 'invoice.finalized', 'invoice.voided',
  ]);
});

test('lists, search and the usual errors', async () => {
  need('open');
  const paid = await sandbox.stripe.invoices.list({ customer: s.customer.id, status: 'paid' });
  assert.equal(paid.data.length, 3);
  assert.ok(paid.data.every((i) => i.status === 'paid'));
  const sendInvoices = await sandbox.stripe.invoices.list({ collection_method: 'send_invoice' });
  assert.equal(sendInvoices.data.length, 1);
  const firstPage = await sandbox.stripe.invoices.list({ customer: s.customer.id, limit: 2 });
  assert.equal(firstPage.has_more, true);
  const next = await sandbox.stripe.invoices.list({ customer: s.customer.id, limit: 2, starting_after: firstPage.data[1].id });
  assert.ok(!next.data.some((i) => firstPage.data.some((f) => f.id === i.id)));
  const found = await sandbox.stripe.invoices.search({ query: `number:"${s.open.number}"` });
  assert.deepEqual(found.data.map((i) => i.id), [s.open.id]);

  await refusal(sandbox.stripe.invoices.create({}), { message: 'Missing required param: customer.', code: 'parameter_missing' });
  await refusal(sandbox.stripe.invoices.create({ customer: s.customer.id, colour: 'red' }), {
    message: 'Received unknown parameter: colour', code: 'parameter_unknown', param: 'colour',
  });
  await refusal(sandbox.stripe.invoices.retrieve('in_doesnotexist000'), {
    status: 404, message: "No such invoice: 'in_doesnotexist000'", code: 'resource_missing', param: 'id',
  });
  await refusal(sandbox.stripe.invoices.pay('in_doesnotexist000'), { status: 404, code: 'resource_missing' });
});

test('create_preview of a subscription bought through Checkout', async () => {
  need('monthly');
  const session = await sandbox.stripe.checkout.sessions.create({
    mode: 'subscription', line_items: [{ price: s.monthly.id, quantity: 1 }], customer_email: 'sub@example.com',
    success_url: 'https://example.com/ok',
  });
  await sandbox.stripe.rawRequest('POST', `/v1/test_helpers/checkout/sessions/${session.id}/complete`, { card: '4242424242424242' });
  const completed = await sandbox.stripe.checkout.sessions.retrieve(session.id);
  const subscription = await sandbox.stripe.subscriptions.retrieve(completed.subscription);
  const periodEnd = subscription.items.data[0].current_period_end;
  s.subscription = subscription;
  const pendingItem = await sandbox.stripe.invoiceItems.create({
    customer: subscription.customer, amount: 300, currency: 'usd', description: 'Extra seat',
  });
  s.pendingItem = pendingItem;
  const before = (await sandbox.stripe.invoices.list({ customer: subscription.customer })).data.length;

  const preview = await sandbox.stripe.invoices.createPreview({ subscription: subscription.id });
  assert.equal(preview.object, 'invoice');
  assert.match(preview.id, /^upcoming_in_/);
  assert.equal(preview.status, 'draft');
  assert.equal(preview.billing_reason, 'upcoming');
  assert.equal(preview.created, periodEnd, 'dated at the period end');
  assert.equal(preview.customer, subscription.customer);
  assert.equal(preview.parent.subscription_details.subscription, subscription.id);
  assert.equal(preview.amount_due, 1299);
  assert.equal(preview.lines.data.length, 2);
  const [plan, seat] = preview.lines.data;
  assert.equal(plan.amount, 999);
  assert.equal(plan.parent.type, 'subscription_item_details');
  assert.equal(plan.parent.subscription_item_details.subscription_item, subscription.items.data[0].id);
  assert.equal(plan.period.start, periodEnd);
  assert.equal(plan.pricing.price_details.price, s.monthly.id);
  assert.equal(plan.description, '1 × Premium (at $9.99 / month)');
  assert.equal(seat.parent.invoice_item_details.invoice_item, pendingItem.id);
  assert.equal(seat.amount, 300);

  // Nothing was saved: no new invoice, the item still pending.
  assert.equal((await sandbox.stripe.invoices.list({ customer: subscription.customer })).data.length, before);
  assert.equal((await sandbox.stripe.invoiceItems.retrieve(pendingItem.id)).invoice, null);
  await refusal(sandbox.stripe.invoices.retrieve(preview.id), { status: 404 });

  const twoSeats = await sandbox.stripe.invoices.createPreview({
    subscription: subscription.id,
    subscription_details: { items: [{ id: subscription.items.data[0].id, quantity: 2 }], proration_behavior: 'none' },
    invoice_items: [{ amount: 100, description: 'Shipping' }],
  });
  assert.deepEqual(twoSeats.lines.data.map((l) => l.amount), [1998, 300, 100]);
  assert.equal(twoSeats.amount_due, 2398);

  const prorated = await sandbox.stripe.invoices.createPreview({
    subscription: subscription.id,
    subscription_details: { items: [{ id: subscription.items.data[0].id, quantity: 2 }] },
  });
  const prorations = prorated.lines.data.filter((l) => l.parent.subscription_item_details?.proration);
  assert.equal(prorations.length, 2, 'unused time credited, remaining time charged');
  assert.ok(prorations[0].amount < 0 && prorations[1].amount > 0);

  await refusal(sandbox.stripe.invoices.createPreview({
    subscription: subscription.id, subscription_details: { cancel_at_period_end: true },
  }).then(() => sandbox.stripe.invoiceItems.del(pendingItem.id)).then(() => sandbox.stripe.invoices.createPreview({
    subscription: subscription.id, subscription_details: { cancel_at_period_end: true },
  })), { code: 'invoice_upcoming_none', message: `No upcoming invoices for customer: ${subscription.customer}` });
  s.pendingItem = await sandbox.stripe.invoiceItems.create({
    customer: subscription.customer, amount: 300, currency: 'usd', description: 'Extra seat',
  });
  await refusal(sandbox.stripe.invoices.createPreview({}), { code: 'parameter_missing' });
  await refusal(sandbox.stripe.invoices.createPreview({
    subscription: subscription.id, subscription_details: { items: [{ prize: s.monthly.id }] },
  }), { code: 'parameter_unknown', param: 'subscription_details[items][0][prize]' });
});

test('an item for a subscription goes only on that subscription\'s invoices', async () => {
  need('subscription', 'pendingItem');
  const customer = s.subscription.customer;
  const forSub = await sandbox.stripe.invoiceItems.create({
    customer, subscription: s.subscription.id, amount: 800, currency: 'usd', description: 'Seat upgrade',
  });
  assert.equal(forSub.parent.type, 'subscription_details');
  assert.equal(forSub.parent.subscription_details.subscription, s.subscription.id);

  const oneOff = await sandbox.stripe.invoices.create({ customer, pending_invoice_items_behavior: 'include' });
  assert.deepEqual(oneOff.lines.data.map((l) => l.amount), [300], 'only the unassigned item');
  await sandbox.stripe.invoices.del(oneOff.id);
  s.pendingItem = await sandbox.stripe.invoiceItems.create({ customer, amount: 300, currency: 'usd', description: 'Extra seat' });

  const forSubscription = await sandbox.stripe.invoices.create({
    customer, subscription: s.subscription.id, pending_invoice_items_behavior: 'include',
  });
  assert.equal(forSubscription.parent.type, 'subscription_details');
  assert.equal(forSubscription.parent.subscription_details.subscription, s.subscription.id);
  assert.equal(forSubscription.billing_reason, 'manual');
  assert.deepEqual(forSubscription.lines.data.map((l) => l.amount), [800]);
  assert.equal(forSubscription.lines.data[0].subscription, s.subscription.id);
  assert.equal(forSubscription.lines.data[0].parent.invoice_item_details.subscription, s.subscription.id);
  const listed = await sandbox.stripe.invoices.list({ subscription: s.subscription.id });
  assert.ok(listed.data.some((i) => i.id === forSubscription.id));
  await sandbox.stripe.invoices.del(forSubscription.id);
  assert.equal((await sandbox.stripe.invoiceItems.retrieve(s.pendingItem.id)).invoice, null);
});

test('auto_advance: the draft finalizes an hour later and is charged', async () => {
  need('customer');
  const draft = await sandbox.stripe.invoices.create({
    customer: s.customer.id, auto_advance: true, default_payment_method: 'pm_card_visa',
  });
  assert.equal(draft.auto_advance, true);
  assert.equal(draft.automatically_finalizes_at, draft.created + 3600);
  assert.match(draft.default_payment_method, /^pm_/);
  await sandbox.stripe.invoiceItems.create({ customer: s.customer.id, invoice: draft.id, amount: 1100, currency: 'usd' });
  const manual = await sandbox.stripe.invoices.create({ customer: s.customer.id });
  assert.equal(manual.automatically_finalizes_at, null, 'without auto_advance a draft waits');

  await sandbox.stripe.rawRequest('POST', '/v1/test_helpers/advance', { seconds: 7200 });
  const charged = await sandbox.stripe.invoices.retrieve(draft.id);
  assert.equal(charged.status, 'paid');
  assert.equal(charged.amount_paid, 1100);
  assert.equal(charged.automatically_finalizes_at, null);
  assert.equal(charged.status_transitions.finalized_at, draft.created + 3600);
  assert.equal((await sandbox.stripe.invoices.retrieve(manual.id)).status, 'draft');
  assert.deepEqual(await eventsAbout(draft.id), [
    'invoice.created', 'invoice.updated', 'invoice.finalized', 'invoice.paid', 'invoice.payment_succeeded',
  ]);
});

test('a pending item rides the next renewal', async () => {
  need('subscription', 'pendingItem');
  await sandbox.stripe.rawRequest('POST', '/v1/test_helpers/advance', { days: 32 });
  const renewed = await sandbox.stripe.subscriptions.retrieve(s.subscription.id, { expand: ['latest_invoice'] });
  const invoice = renewed.latest_invoice;
  assert.equal(invoice.billing_reason, 'subscription_cycle');
  assert.equal(invoice.status, 'paid');
  assert.equal(invoice.amount_paid, 1299);
  assert.deepEqual(invoice.lines.data.map((l) => l.amount), [999, 300]);
  assert.equal(invoice.lines.data[1].parent.invoice_item_details.invoice_item, s.pendingItem.id);
  assert.equal((await sandbox.stripe.invoiceItems.retrieve(s.pendingItem.id)).invoice, invoice.id);
  assert.equal(invoice.hosted_invoice_url, `${sandbox.sb.baseUrl}/i/${invoice.id}`);
  const pdf = Buffer.from(await (await fetch(invoice.invoice_pdf)).arrayBuffer()).toString('latin1');
  assert.ok(pdf.startsWith('%PDF-') && pdf.includes('(Extra seat)'));
});

test("listed invoices include their payments when asked (expand[]=data.payments), as retrieved ones do", async () => {
  need('subscription');
  const listed = await sandbox.stripe.invoices.list({ subscription: s.subscription.id, expand: ['data.payments'] });
  assert.ok(listed.data.length >= 2, 'the first invoice and the renewal');
  for (const invoice of listed.data) {
    const own = await sandbox.stripe.invoicePayments.list({ invoice: invoice.id });
    assert.deepEqual(invoice.payments.data.map((p) => p.id), own.data.map((p) => p.id));
    assert.equal(invoice.payments.data[0].payment.type, 'payment_intent');
    assert.match(invoice.payments.data[0].payment.payment_intent, /^pi_/);
    assert.equal(invoice.payment_intent, undefined, 'basil and later: no payment_intent on the invoice');
  }
  const plain = await sandbox.stripe.invoices.list({ subscription: s.subscription.id });
  assert.equal(plain.data[0].payments, undefined, 'includable: only when expanded');
});
