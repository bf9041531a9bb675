'use strict';
// Signed webhook deliveries, verified with the official client's
// stripe.webhooks.constructEvent: the --forward-to stream (signed with
// --webhook-secret) and an endpoint created through the API (signed with the
// secret returned on creation).

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const Stripe = require('stripe');
const { startSandbox } = require('./lib/sandbox');

const FORWARD_SECRET = 'whsec_test_conformance_0123456789abcdef';

let sb;
let stripe;
let server;
let hookBase;
const deliveries = []; // { path, headers, rawBody, receivedAt }
const waiters = [];

function receive(req, res) {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const d = {
      method: req.method,
      path: req.url,
      headers: req.headers,
      rawBody: Buffer.concat(chunks),
      receivedAt: Math.floor(Date.now() / 1000),
    };
    try {
      d.json = JSON.parse(d.rawBody.toString('utf8'));
    } catch {
      d.json = null;
    }
    deliveries.push(d);
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('ok');
    for (const w of [...waiters]) w();
  });
}

// Resolves with the first delivery matching `pred`, old or new.
function waitForDelivery(pred, what, timeoutMs = 15000) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const hit = deliveries.find(pred);
      if (!hit) return false;
      cleanup();
      resolve(hit);
      return true;
    };
    const timer = setTimeout(() => {
      cleanup();
      const seen = deliveries.map((d) => `${d.path} ${d.json?.type} ${d.json?.data?.object?.id}`);
      reject(new Error(`no delivery of ${what} within ${timeoutMs} ms; got:\n  ${seen.join('\n  ')}`));
    }, timeoutMs);
    function cleanup() {
      clearTimeout(timer);
      const i = waiters.indexOf(check);
      if (i >= 0) waiters.splice(i, 1);
    }
    if (!check()) waiters.push(check);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const isEvent = (path, type, objectId) => (d) =>
  d.path === path && d.json?.type === type && d.json?.data?.object?.id === objectId;

before(async () => {
  server = http.createServer(receive);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  hookBase = `http://127.0.0.1:${server.address().port}`;
  sb = await startSandbox({
    args: ['--forward-to', `${hookBase}/hook`, '--webhook-secret', FORWARD_SECRET],
  });
  stripe = sb.stripe;
});

after(async () => {
  if (sb) await sb.stop();
  if (server) {
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
  }
});

test('--forward-to delivery verifies with constructEvent', async () => {
  const customer = await stripe.customers.create({ email: 'hooked@example.com', name: 'Hooked' });
  const d = await waitForDelivery(isEvent('/hook', 'customer.created', customer.id), 'customer.created');

  assert.equal(d.method, 'POST');
  assert.match(d.headers['content-type'], /^application\/json/);
  assert.match(d.headers['user-agent'], /^Stripe\/1\.0 \(\+https:\/\/stripe\.com\/docs\/webhooks\)/);
  const sig = d.headers['stripe-signature'];
  assert.ok(sig, 'Stripe-Signature header present');
  assert.match(sig, /(^|,)t=\d+(,|$)/);
  assert.match(sig, /(^|,)v1=[0-9a-f]{64}(,|$)/);

  const event = stripe.webhooks.constructEvent(d.rawBody, sig, FORWARD_SECRET);
  assert.equal(event.object, 'event');
  assert.match(event.id, /^evt_/);
  assert.equal(event.type, 'customer.created');
  assert.equal(event.data.object.id, customer.id);
  assert.equal(event.data.object.email, 'hooked@example.com');
  assert.equal(event.livemode, false);
  assert.equal(typeof event.created, 'number');
  assert.equal(typeof event.api_version, 'string');
  assert.match(event.request.id, /^req_/, 'caused by an API request');
  assert.equal(event.request.idempotency_key, customer.lastResponse.idempotencyKey);
  assert.equal(event.request.id, customer.lastResponse.requestId);

  // The same bytes as a string verify too; so does the async variant.
  const asString = stripe.webhooks.constructEvent(d.rawBody.toString('utf8'), sig, FORWARD_SECRET);
  assert.equal(asString.id, event.id);
  const viaAsync = await stripe.webhooks.constructEventAsync(d.rawBody, sig, FORWARD_SECRET);
  assert.equal(viaAsync.id, event.id);

  // Timestamp is "now" (the default 300 s tolerance already passed above).
  const t = Number(/(?:^|,)t=(\d+)/.exec(sig)[1]);
  assert.ok(Math.abs(t - d.receivedAt) <= 60, `t=${t} is close to now (${d.receivedAt})`);
});

test('a tampered body or a wrong secret is rejected', async () => {
  const customer = await stripe.customers.create({ email: 'tamper@example.com' });
  const d = await waitForDelivery(isEvent('/hook', 'customer.created', customer.id), 'customer.created');
  const sig = d.headers['stripe-signature'];

  const tampered = d.rawBody.toString('utf8').replace('tamper@example.com', 'attacker@example.com');
  assert.notEqual(tampered, d.rawBody.toString('utf8'));
  assert.throws(() => stripe.webhooks.constructEvent(tampered, sig, FORWARD_SECRET), (err) => {
    assert.ok(err instanceof Stripe.errors.StripeSignatureVerificationError);
    assert.equal(err.type, 'StripeSignatureVerificationError');
    return true;
  });

  // Re-serialising the parsed JSON is not the raw body either (pretty-printed
  // or not, it must be verified byte for byte).
  const reserialised = JSON.stringify(d.json);
  if (reserialised !== d.rawBody.toString('utf8')) {
    assert.throws(() => stripe.webhooks.constructEvent(reserialised, sig, FORWARD_SECRET),
      { type: 'StripeSignatureVerificationError' });
  }

  assert.throws(() => stripe.webhooks.constructEvent(d.rawBody, sig, 'whsec_wrong_secret_0000000000'),
    { type: 'StripeSignatureVerificationError' });
  // The MAC key is the whole secret, whsec_ prefix included.
  assert.throws(() => stripe.webhooks.constructEvent(d.rawBody, sig, FORWARD_SECRET.slice('whsec_'.length)),
    { type: 'StripeSignatureVerificationError' });
  // An expired timestamp fails the default tolerance (receivedAt is in ms).
  const t = Number(/(?:^|,)t=(\d+)/.exec(sig)[1]);
  assert.throws(() => stripe.webhooks.constructEvent(d.rawBody, sig, FORWARD_SECRET, 300, undefined, (t + 301) * 1000),
    { type: 'StripeSignatureVerificationError' });
  assert.equal(
    stripe.webhooks.constructEvent(d.rawBody, sig, FORWARD_SECRET, 300, undefined, (t + 300) * 1000).id,
    d.json.id, 't + 300 is still inside the tolerance');
  // ... and the original still passes.
  assert.equal(stripe.webhooks.constructEvent(d.rawBody, sig, FORWARD_SECRET).data.object.id, customer.id);
});

test('an endpoint created through the API signs with its own secret', async () => {
  const endpoint = await stripe.webhookEndpoints.create({
    url: `${hookBase}/endpoint`,
    enabled_events: ['customer.updated'],
    description: 'conformance',
  });
  assert.equal(endpoint.object, 'webhook_endpoint');
  assert.match(endpoint.id, /^we_/);
  assert.equal(endpoint.url, `${hookBase}/endpoint`);
  assert.deepEqual(endpoint.enabled_events, ['customer.updated']);
  assert.equal(endpoint.status, 'enabled');
  assert.match(endpoint.secret, /^whsec_/);
  assert.notEqual(endpoint.secret, FORWARD_SECRET);

  const fetched = await stripe.webhookEndpoints.retrieve(endpoint.id);
  assert.equal(fetched.id, endpoint.id);
  assert.equal(fetched.url, endpoint.url);
  assert.equal(fetched.secret, undefined, 'the secret is only in the create response');
  const listed = await stripe.webhookEndpoints.list();
  assert.ok(listed.data.some((e) => e.id === endpoint.id));

  const customer = await stripe.customers.create({ email: 'endpoint@example.com' });
  const updated = await stripe.customers.update(customer.id, { name: 'Endpoint Person' });
  assert.equal(updated.name, 'Endpoint Person');

  const d = await waitForDelivery(isEvent('/endpoint', 'customer.updated', customer.id),
    'customer.updated to the API endpoint');
  const sig = d.headers['stripe-signature'];
  const event = stripe.webhooks.constructEvent(d.rawBody, sig, endpoint.secret);
  assert.equal(event.type, 'customer.updated');
  assert.equal(event.data.object.id, customer.id);
  assert.equal(event.data.object.name, 'Endpoint Person');
  assert.equal(event.data.previous_attributes.name, null);
  assert.throws(() => stripe.webhooks.constructEvent(d.rawBody, sig, FORWARD_SECRET),
    { type: 'StripeSignatureVerificationError' }, 'not signed with the --forward-to secret');

  // The --forward-to stream gets the same event, signed with its own secret.
  const fwd = await waitForDelivery(isEvent('/hook', 'customer.updated', customer.id), 'customer.updated on /hook');
  const fwdEvent = stripe.webhooks.constructEvent(fwd.rawBody, fwd.headers['stripe-signature'], FORWARD_SECRET);
  assert.equal(fwdEvent.id, event.id, 'one event, two deliveries');

  // enabled_events filters: customer.created was not sent to this endpoint.
  await sleep(300);
  assert.ok(!deliveries.some((x) => x.path === '/endpoint' && x.json?.type === 'customer.created'),
    'customer.created is not in enabled_events');

  // A second update goes to the endpoint; after deleting it nothing more does.
  const deleted = await stripe.webhookEndpoints.del(endpoint.id);
  assert.equal(deleted.id, endpoint.id);
  assert.equal(deleted.deleted, true);
  const before = deliveries.filter((x) => x.path === '/endpoint').length;
  await stripe.customers.update(customer.id, { name: 'After Delete' });
  await waitForDelivery((x) => x.path === '/hook' && x.json?.type === 'customer.updated'
    && x.json?.data?.object?.name === 'After Delete', 'the update after deleting the endpoint');
  await sleep(300);
  assert.equal(deliveries.filter((x) => x.path === '/endpoint').length, before,
    'no deliveries to a deleted endpoint');
});

test('a wildcard endpoint gets every event type', async () => {
  const endpoint = await stripe.webhookEndpoints.create({
    url: `${hookBase}/all`,
    enabled_events: ['*'],
  });
  assert.deepEqual(endpoint.enabled_events, ['*']);
  const customer = await stripe.customers.create({ email: 'wild@example.com' });
  await stripe.customers.del(customer.id);
  const created = await waitForDelivery(isEvent('/all', 'customer.created', customer.id), 'customer.created on /all');
  const gone = await waitForDelivery(isEvent('/all', 'customer.deleted', customer.id), 'customer.deleted on /all');
  for (const d of [created, gone]) {
    const ev = stripe.webhooks.constructEvent(d.rawBody, d.headers['stripe-signature'], endpoint.secret);
    assert.equal(ev.data.object.id, customer.id);
  }
  await stripe.webhookEndpoints.del(endpoint.id);
});

// Stripe validates enabled_events against its event type list (400, param enabled_events[0]).
test('an unknown event type in enabled_events -> 400', async () => {
  await assert.rejects(
    stripe.webhookEndpoints.create({ url: `${hookBase}/never`, enabled_events: ['not.a.real.event'] }),
    (err) => {
      assert.equal(err.type, 'StripeInvalidRequestError');
      assert.equal(err.statusCode, 400);
      assert.equal(err.param, 'enabled_events[0]');
      assert.match(err.message, /not\.a\.real\.event/);
      return true;
    });
});
