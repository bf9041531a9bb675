'use strict';
// companion-server's webhook receiver checked against Stripe's own signing code:
// deliveries signed by the official client's webhooks.generateTestHeaderString are
// accepted (and stored before the answer), tampered ones are refused.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Stripe = require('stripe');
const { startProgram } = require('./lib/program');

const SECRET = 'whsec_conformance_server_0123456789abcdef';
const stripe = new Stripe('sk_test_unused_by_this_file', { telemetry: false });
let server;
let dir;

before(async () => {
  const bin = process.env.COMPANION_SERVER_BIN;
  assert.ok(bin, 'COMPANION_SERVER_BIN must point at companion-server (CTest sets it)');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'companion-conformance-'));
  server = await startProgram({
    name: 'companion-server',
    bin,
    args: ['--port', '0', '--database', `sqlite://${path.join(dir, 'server.db')}`],
    listening: /companion-server listening on (http:\/\/[^\s]+)/,
    // Everything `serve` requires; Stripe itself is not called by these tests.
    env: {
      STRIPE_WEBHOOK_SECRET: SECRET,
      STRIPE_SECRET_KEY: 'sk_test_unused_by_this_file',
      STRIPE_PREMIUM_PRICE_ID: 'price_unused_by_this_file',
      STRIPE_API_BASE: 'http://127.0.0.1:9',
      JWT_SECRET: 'conformance-jwt-secret-0123456789abcdef',
    },
  });
});

after(async () => {
  if (server) assert.equal(await server.stop(), 0);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function eventPayload(id) {
  return JSON.stringify({
    id,
    object: 'event',
    api_version: '2026-10-28.endive',
    created: Math.floor(Date.now() / 1000),
    type: 'customer.created',
    data: { object: { id: 'cus_conformance', object: 'customer', email: 'zoë@example.com', name: 'Zoë Café' } },
  }, null, 2);
}

async function deliver(payload, signature) {
  const headers = { 'content-type': 'application/json; charset=utf-8' };
  if (signature) headers['stripe-signature'] = signature;
  const res = await fetch(`${server.baseUrl}/api/v1/payments/webhook`, { method: 'POST', headers, body: payload });
  return { status: res.status, body: await res.json() };
}

test('a delivery signed by Stripe\'s own code is accepted', async () => {
  const payload = eventPayload('evt_conformance_1');
  const header = stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET });
  const first = await deliver(payload, header);
  assert.equal(first.status, 200, JSON.stringify(first.body));
  assert.equal(first.body.received, true);
  assert.equal(first.body.event_id, 'evt_conformance_1');
  const again = await deliver(payload, stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET }));
  assert.equal(again.status, 200);
  assert.equal(again.body.outcome, 'duplicate');
});

test('what Stripe\'s code would refuse, the server refuses', async () => {
  const payload = eventPayload('evt_conformance_2');
  const header = stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET });
  const tampered = payload.replace('Zoë', 'Zoe');
  assert.throws(() => stripe.webhooks.constructEvent(tampered, header, SECRET), Stripe.errors.StripeSignatureVerificationError);
  const refused = await deliver(tampered, header);
  assert.equal(refused.status, 400);
  assert.equal(refused.body.error.code, 'signature_mismatch');

  const old = stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 600 });
  assert.throws(() => stripe.webhooks.constructEvent(payload, old, SECRET), Stripe.errors.StripeSignatureVerificationError);
  assert.equal((await deliver(payload, old)).body.error.code, 'too_old');

  const otherSecret = stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_someone_else_000000000000' });
  assert.equal((await deliver(payload, otherSecret)).status, 400);
  assert.equal((await deliver(payload, undefined)).body.error.code, 'missing_header');

  // Signatures are compared as the exact lower-case hex string: Stripe's code refuses an
  // upper-case one, and so does the server.
  const upper = header.replace(/v1=([0-9a-f]+)/, (_, hex) => `v1=${hex.toUpperCase()}`);
  assert.notEqual(upper, header);
  assert.throws(() => stripe.webhooks.constructEvent(payload, upper, SECRET), Stripe.errors.StripeSignatureVerificationError);
  const refusedUpper = await deliver(payload, upper);
  assert.equal(refusedUpper.status, 400);
  assert.equal(refusedUpper.body.error.code, 'signature_mismatch');
  assert.equal(refusedUpper.body.detail, refusedUpper.body.error.message);
});
