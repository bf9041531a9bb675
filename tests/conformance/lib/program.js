'use strict';
// Starts one of our programs for a test file: waits for its "listening on" line,
// and stops it with SIGTERM (SIGKILL after 10 s), printing its output when it
// exits non-zero so crashes and sanitizer reports on shutdown are visible.

const { spawn } = require('node:child_process');
const readline = require('node:readline');

/**
 * @param {object} options
 * @param {string}   options.name      for messages
 * @param {string}   options.bin       the executable
 * @param {string[]} options.args
 * @param {RegExp}   options.listening its first group is the base URL
 * @param {object}   [options.env]     added to the environment
 * @param {number}   [options.startTimeoutMs]
 * @returns {Promise<{baseUrl: string, port: number, output: () => string, stop: () => Promise<number|string|null>}>}
 */
function startProgram({ name, bin, args, listening, env = {}, startTimeoutMs = 20000 }) {
  const child = spawn(bin, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, QT_QPA_PLATFORM: process.env.QT_QPA_PLATFORM || 'offscreen', ...env },
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
      fail(new Error(`${name} did not print its listening line within ${startTimeoutMs} ms`));
    }, startTimeoutMs);

    function fail(err) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      err.message += `\n--- ${name} output ---\n${log}`;
      reject(err);
    }

    child.once('error', fail);
    child.once('exit', (code, signal) => {
      fail(new Error(`${name} exited before listening (code ${code}, signal ${signal})`));
    });

    const lines = readline.createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      log += line + '\n';
      if (process.env.SANDBOX_VERBOSE) process.stderr.write(line + '\n');
      const m = listening.exec(line);
      if (!m || settled) return;
      settled = true;
      clearTimeout(timer);
      const baseUrl = m[1].replace(/\/$/, '');
      const stop = async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 10000);
        const result = await exited;
        clearTimeout(killer);
        if (result !== 0) process.stderr.write(`${name} exited with ${result}\n--- ${name} output ---\n${log}`);
        return result;
      };
      resolve({ baseUrl, port: Number(new URL(baseUrl).port), output: () => log, stop });
    });
  });
}

module.exports = { startProgram };
