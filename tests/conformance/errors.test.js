'use strict';
// Error mapping as the official client sees it: 401, 404 resource_missing,
// idempotent replays and idempotency mismatches, plus the response headers
// the client copies onto objects and errors.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const Stripe = require('stripe');
const { useSandbox } = require('./lib/sandbox');

const sandbox = useSandbox();

test('bad API key -> StripeAuthenticationError (401)', async () => {
  const badKey = 'sk_test_not_a_real_key_abcd';
  const bad = sandbox.sb.client(badKey);
  await assert.rejects(bad.customers.list(), (err) => {
    assert.ok(err instanceof Stripe.errors.StripeAuthenticationError, `got ${err.type}`);
    assert.equal(err.type, 'StripeAuthenticationError');
    assert.equal(err.statusCode, 401);
    assert.equal(err.rawType, 'invalid_request_error');
    assert.ok(err.message.length > 0);
    assert.ok(!err.message.includes(badKey), 'the full key must not be echoed back');
    assert.match(err.requestId, /^req_/);
    return true;
  });
  // Also on a POST (the client adds its own idempotency key to every POST).
  await assert.rejects(bad.customers.create({ email: 'x@example.com' }), (err) => {
    assert.equal(err.type, 'StripeAuthenticationError');
    assert.equal(err.statusCode, 401);
    return true;
  });
  // A publishable key is not a secret key either.
  await assert.rejects(sandbox.sb.client('pk_test_sandbox_0000000000000000').customers.list(), (err) => {
    assert.equal(err.type, 'StripeAuthenticationError');
    assert.equal(err.statusCode, 401);
    return true;
  });
});

test('unknown customer -> StripeInvalidRequestError resource_missing (404)', async () => {
  await assert.rejects(sandbox.stripe.customers.retrieve('cus_doesnotexist0000'), (err) => {
    assert.ok(err instanceof Stripe.errors.StripeInvalidRequestError, `got ${err.type}`);
    assert.equal(err.type, 'StripeInvalidRequestError');
    assert.equal(err.rawType, 'invalid_request_error');
    assert.equal(err.code, 'resource_missing');
    assert.equal(err.statusCode, 404);
    assert.equal(err.param, 'id');
    assert.match(err.message, /cus_doesnotexist0000/);
    assert.match(err.requestId, /^req_/);
    assert.equal(err.headers['request-id'], err.requestId);
    return true;
  });
  // Same for update and delete of an unknown id.
  await assert.rejects(sandbox.stripe.customers.update('cus_doesnotexist0000', { name: 'x' }), (err) => {
    assert.equal(err.code, 'resource_missing');
    assert.equal(err.statusCode, 404);
    return true;
  });
  await assert.rejects(sandbox.stripe.customers.del('cus_doesnotexist0000'), (err) => {
    assert.equal(err.code, 'resource_missing');
    assert.equal(err.statusCode, 404);
    return true;
  });
});

test('successful responses carry request id and the pinned API version', async () => {
  const c = await sandbox.stripe.customers.create({ email: 'headers@example.com' });
  assert.match(c.lastResponse.requestId, /^req_/);
  assert.equal(c.lastResponse.apiVersion, Stripe.API_VERSION);
  assert.equal(Stripe.API_VERSION, '2026-10-28.endive');
  // The client sends its own stripe-node-retry-<uuid> key on every POST; the
  // sandbox echoes it. Two keyless creates must still be two customers.
  assert.match(c.lastResponse.idempotencyKey, /^stripe-node-retry-/);
  const c2 = await sandbox.stripe.customers.create({ email: 'headers@example.com' });
  assert.notEqual(c2.id, c.id);
});

test('idempotent replay returns the stored response', async () => {
  const key = `conformance-${process.pid}-${Date.now()}`;
  const params = { email: 'idem@example.com', metadata: { attempt: '1' } };

  const first = await sandbox.stripe.customers.create(params, { idempotencyKey: key });
  assert.equal(first.lastResponse.idempotencyKey, key);
  const firstReplayed = first.lastResponse.headers['idempotent-replayed'];
  assert.ok(firstReplayed === undefined || firstReplayed === 'false');

  const second = await sandbox.stripe.customers.create(params, { idempotencyKey: key });
  assert.equal(second.id, first.id);
  assert.deepEqual({ ...second, lastResponse: undefined }, { ...first, lastResponse: undefined },
    'the replay is the same body');
  assert.equal(second.lastResponse.headers['idempotent-replayed'], 'true');
  assert.equal(second.lastResponse.headers['original-request'], first.lastResponse.requestId);

  const list = await sandbox.stripe.customers.list({ email: 'idem@example.com' });
  assert.equal(list.data.length, 1, 'the replay did not create a second customer');
});

test('same idempotency key with other params -> StripeIdempotencyError (400)', async () => {
  const key = `conformance-mismatch-${process.pid}-${Date.now()}`;
  await sandbox.stripe.customers.create({ email: 'idem-a@example.com' }, { idempotencyKey: key });
  await assert.rejects(
    sandbox.stripe.customers.create({ email: 'idem-b@example.com' }, { idempotencyKey: key }),
    (err) => {
      assert.ok(err instanceof Stripe.errors.StripeIdempotencyError, `got ${err.type}`);
      assert.equal(err.type, 'StripeIdempotencyError');
      assert.equal(err.rawType, 'idempotency_error');
      assert.equal(err.statusCode, 400);
      assert.match(err.requestId, /^req_/);
      return true;
    });
  const list = await sandbox.stripe.customers.list({ email: 'idem-b@example.com' });
  assert.deepEqual(list.data, [], 'the mismatching request did nothing');
});

test('invalid parameters -> StripeInvalidRequestError (400) naming the param', async () => {
  await assert.rejects(sandbox.stripe.customers.list({ limit: 1000 }), (err) => {
    assert.equal(err.type, 'StripeInvalidRequestError');
    assert.equal(err.statusCode, 400);
    assert.equal(err.param, 'limit');
    return true;
  });
  await assert.rejects(sandbox.stripe.customers.list({ starting_after: 'cus_doesnotexist0000' }), (err) => {
    assert.equal(err.type, 'StripeInvalidRequestError');
    assert.ok(err.statusCode === 400 || err.statusCode === 404, `status ${err.statusCode}`);
    return true;
  });
});

// Known gap, kept visible without failing the file: Stripe rejects parameters it
// does not know (400 parameter_unknown, param = the name); the sandbox ignores them.
test('unknown parameter -> 400 parameter_unknown', {
  todo: 'known sandbox gap, does not fail the run: stripe-sandbox silently accepts unknown parameters',
}, async () => {
  await assert.rejects(sandbox.stripe.customers.create({ email: 'x@example.com', bogus_param: 'x' }), (err) => {
    assert.equal(err.type, 'StripeInvalidRequestError');
    assert.equal(err.statusCode, 400);
    assert.equal(err.code, 'parameter_unknown');
    assert.equal(err.param, 'bogus_param');
    return true;
  });
});
