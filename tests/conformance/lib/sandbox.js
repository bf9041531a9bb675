'use strict';
// Starts one ephemeral stripe-sandbox for a test file and hands back an
// official `stripe` client pointed at it.
//
//   const { startSandbox } = require('./lib/sandbox');
//   const sb = await startSandbox({ args: ['--forward-to', url, '--webhook-secret', s] });
//   await sb.stripe.customers.create({ email: 'a@b.c' });
//   await sb.stop();

const Stripe = require('stripe');
const { startProgram } = require('./program');

const DEFAULT_KEY = 'sk_test_sandbox_0000000000000000';
const LISTENING = /stripe-sandbox listening on (http:\/\/[^\s]+)/;

function sandboxBinary() {
  const bin = process.env.STRIPE_SANDBOX_BIN;
  if (!bin) {
    throw new Error('STRIPE_SANDBOX_BIN is not set: point it at the stripe-sandbox binary ' +
                    '(CTest sets it to $<TARGET_FILE:stripe-sandbox>)');
  }
  return bin;
}

function makeClient(baseUrl, key = DEFAULT_KEY, config = {}) {
  const url = new URL(baseUrl);
  return new Stripe(key, {
    host: url.hostname,
    port: Number(url.port),
    protocol: url.protocol.replace(':', ''),
    maxNetworkRetries: 2,
    telemetry: false,
    ...config,
  });
}

/**
 * @param {object} [options]
 * @param {string[]} [options.args]   extra command-line arguments (e.g. --forward-to URL)
 * @param {string}   [options.key]    secret key for the returned client
 * @param {number}   [options.startTimeoutMs]
 * @returns {Promise<{stripe: Stripe, baseUrl: string, port: number, key: string,
 *                    client: (key?: string, config?: object) => Stripe,
 *                    output: () => string, stop: () => Promise<number|null>}>}
 */
async function startSandbox(options = {}) {
  const { args = [], key = DEFAULT_KEY, startTimeoutMs = 20000 } = options;
  const program = await startProgram({
    name: 'stripe-sandbox',
    bin: sandboxBinary(),
    args: ['--ephemeral', '--port', '0', ...args],
    listening: LISTENING,
    startTimeoutMs,
  });
  return {
    ...program,
    stripe: makeClient(program.baseUrl, key),
    client: (otherKey = key, config = {}) => makeClient(program.baseUrl, otherKey, config),
    key,
  };
}

// Starts a sandbox before the file's tests and stops it after them. The returned
// object's `sb` and `stripe` are filled in once the sandbox is up.
function useSandbox(options = {}) {
  const { before, after } = require('node:test');
  const handle = { sb: null, stripe: null };
  before(async () => {
    handle.sb = await startSandbox(options);
    handle.stripe = handle.sb.stripe;
  });
  after(async () => {
    if (handle.sb) await handle.sb.stop();
  });
  return handle;
}

module.exports = { startSandbox, useSandbox, makeClient, DEFAULT_KEY };
