'use strict';
// Starts one ephemeral stripe-sandbox for a test file and hands back an
// official `stripe` client pointed at it.
//
//   const { startSandbox } = require('./lib/sandbox');
//   const sb = await startSandbox({ args: ['--forward-to', url, '--webhook-secret', s] });
//   await sb.stripe.customers.create({ email: 'a@b.c' });
//   await sb.stop();

const { spawn } = require('node:child_process');
const readline = require('node:readline');
const Stripe = require('stripe');

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
function startSandbox(options = {}) {
  const { args = [], key = DEFAULT_KEY, startTimeoutMs = 20000 } = options;
  const bin = sandboxBinary();
  const child = spawn(bin, ['--ephemeral', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, QT_QPA_PLATFORM: process.env.QT_QPA_PLATFORM || 'offscreen' },
  });

  let log = '';
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal));
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    log += chunk;
    if (process.env.SANDBOX_VERBOSE) process.stderr.write(chunk);
  });

  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      fail(new Error(`stripe-sandbox did not print its listening line within ${startTimeoutMs} ms`));
    }, startTimeoutMs);

    function fail(err) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      err.message += `\n--- stripe-sandbox output ---\n${log}`;
      reject(err);
    }

    child.once('error', fail);
    child.once('exit', (code, signal) => {
      fail(new Error(`stripe-sandbox exited before listening (code ${code}, signal ${signal})`));
    });

    const lines = readline.createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      log += line + '\n';
      if (process.env.SANDBOX_VERBOSE) process.stderr.write(line + '\n');
      const m = LISTENING.exec(line);
      if (!m || settled) return;
      settled = true;
      clearTimeout(timer);
      const baseUrl = m[1].replace(/\/$/, '');
      // SIGTERM, then wait for the exit (SIGKILL after 10 s). Resolves with the
      // exit code (or signal name); a non-zero exit prints the sandbox's output
      // so crashes and sanitizer reports on shutdown are visible.
      const stop = async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 10000);
        const result = await exited;
        clearTimeout(killer);
        if (result !== 0) {
          process.stderr.write(`stripe-sandbox exited with ${result}\n--- stripe-sandbox output ---\n${log}`);
        }
        return result;
      };
      resolve({
        stripe: makeClient(baseUrl, key),
        client: (otherKey = key, config = {}) => makeClient(baseUrl, otherKey, config),
        baseUrl,
        port: Number(new URL(baseUrl).port),
        key,
        output: () => log,
        stop,
      });
    });
  });
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
