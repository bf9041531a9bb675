"""Real programs for the Python conformance tests: stripe-sandbox and
companion-server on a free port each, the database the run asks for
(COMPANION_TEST_DB=sqlite|postgresql; PostgreSQL from pg_virtualenv's PG*
variables), and plain HTTP with JSON. Program output goes to
COMPANION_TEST_LOG_DIR, where the suite's secret scan reads it."""

import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

SANDBOX_KEY = "sk_test_sandbox_0000000000000000"  # the sandbox's public default key
LISTENING = re.compile(r"listening on (http://\S+)")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def log_dir():
    directory = os.environ.get("COMPANION_TEST_LOG_DIR") or tempfile.gettempdir()
    os.makedirs(directory, exist_ok=True)
    return directory


class Program:
    """A program of ours, started and waited for until it prints its address."""

    def __init__(self, name, argv, env, timeout=30):
        self.name = name
        self.log_path = os.path.join(log_dir(), f"{name}-{uuid.uuid4().hex[:8]}.log")
        self._log = open(self.log_path, "w", encoding="utf-8", errors="replace")
        self.process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=self._log,
                                        stdin=subprocess.DEVNULL, text=True, errors="replace")
        found = threading.Event()
        self.base_url = None

        def pump():
            for line in self.process.stdout:
                self._log.write(line)
                self._log.flush()
                match = LISTENING.search(line)
                if match and not found.is_set():
                    self.base_url = match.group(1).rstrip("/")
                    found.set()

        self._pump = threading.Thread(target=pump, daemon=True)
        self._pump.start()
        if not found.wait(timeout):
            self.stop()
            raise RuntimeError(f"{name} did not start; see {self.log_path}")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._pump.join(5)
        self._log.close()
        return self.process.returncode


class Database:
    """A new, empty database for one test file: a SQLite file, or a PostgreSQL
    database in the throwaway cluster."""

    def __init__(self, workdir):
        self.dialect = os.environ.get("COMPANION_TEST_DB", "sqlite")
        if self.dialect == "postgresql":
            self.name = "guide_" + uuid.uuid4().hex[:12]
            subprocess.run(["createdb", self.name], check=True)
            self.url = f"postgresql:///{self.name}"  # host, user, password from PG*
        else:
            self.name = None
            self.url = "sqlite://" + os.path.join(workdir, "companion.db")

    def drop(self):
        if self.name:
            subprocess.run(["dropdb", "--force", "--if-exists", self.name], check=False)


class Answer:
    def __init__(self, status, headers, raw):
        self.status = status
        self.headers = headers
        self.raw = raw
        try:
            self.json = json.loads(raw) if raw else None
        except ValueError:
            self.json = None

    def __repr__(self):
        return f"HTTP {self.status} {self.raw[:500]!r}"


def request(method, url, body=None, headers=None, form=None):
    """One HTTP request; any status comes back as an Answer (no exception)."""
    headers = dict(headers or {})
    data = None
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
    elif isinstance(body, (bytes, bytearray)):
        data = bytes(body)
    elif body is not None:
        data = json.dumps(body).encode()
        headers.setdefault("Content-Type", "application/json")
    req = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=60) as reply:
            return Answer(reply.status, dict(reply.headers), reply.read())
    except urllib.error.HTTPError as error:
        return Answer(error.code, dict(error.headers), error.read())


def wait_for(condition, timeout=30.0, interval=0.2, what="condition"):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(interval)


class BillingStack:
    """stripe-sandbox forwarding its webhooks to companion-server, as
    `stripe listen --forward-to` would; the server's port is chosen first."""

    def __init__(self, webhook_secret, jwt_secret, server_env=None):
        self.workdir = tempfile.mkdtemp(prefix="companion-guide-")
        self.database = Database(self.workdir)
        self.webhook_secret = webhook_secret
        self.jwt_secret = jwt_secret
        self.server_bin = os.environ["COMPANION_SERVER_BIN"]
        self.sandbox = None
        self.server = None
        server_port = free_port()
        self.sandbox = Program("stripe-sandbox", [
            os.environ["STRIPE_SANDBOX_BIN"], "--ephemeral", "--port", "0",
            "--forward-to", f"http://127.0.0.1:{server_port}/api/v1/payments/webhook",
            "--webhook-secret", webhook_secret], self._env())
        self.price_id = self._create_premium_price()
        env = self._env({
            "JWT_SECRET": jwt_secret,
            "STRIPE_SECRET_KEY": SANDBOX_KEY,
            "STRIPE_API_BASE": self.sandbox.base_url,
            "STRIPE_WEBHOOK_SECRET": webhook_secret,
            "STRIPE_PREMIUM_PRICE_ID": self.price_id,
            **(server_env or {}),
        })
        self._server_env = env
        self.server = Program("companion-server", [
            self.server_bin, "--port", str(server_port), "--database", self.database.url], env)

    @staticmethod
    def _env(extra=None):
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.update(extra or {})
        return env

    def stripe(self, method, path, form=None):
        """The sandbox's API as a Stripe client sees it (form-encoded, Bearer key)."""
        answer = request(method, self.sandbox.base_url + path, form=form,
                         headers={"Authorization": "Bearer " + SANDBOX_KEY})
        if answer.status != 200:
            raise AssertionError(f"{method} {path}: {answer}")
        return answer.json

    def _create_premium_price(self):
        # The guide's step 1.3 (Option B): the product and its $9.99/month price.
        product = self.stripe("POST", "/v1/products", {
            "name": "Course Companion FTE - Premium",
            "description": "Access to all 6 chapters including advanced topics"})
        price = self.stripe("POST", "/v1/prices", {
            "product": product["id"], "unit_amount": 999, "currency": "usd",
            "recurring[interval]": "month"})
        return price["id"]

    def command(self, *args):
        """`companion-server ARGS --database …`; its standard output."""
        done = subprocess.run([self.server_bin, *args, "--database", self.database.url],
                              env=self._server_env, capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            raise AssertionError(f"companion-server {args[0]} failed ({done.returncode}): {done.stderr}")
        return done.stdout.strip()

    def learner(self, email, name):
        """A learner of the course and the Bearer token the chat assistant would send."""
        user_id = self.command("user", "add", email, "--name", name)
        return user_id, self.command("token", email, "--ttl", "1h")

    def api(self, method, path, token=None, body=None, headers=None):
        headers = dict(headers or {})
        if token:
            headers["Authorization"] = "Bearer " + token
        return request(method, self.server.base_url + path, body=body, headers=headers)

    def stop(self):
        codes = {}
        if self.server:
            codes["companion-server"] = self.server.stop()
        if self.sandbox:
            codes["stripe-sandbox"] = self.sandbox.stop()
        self.database.drop()
        shutil.rmtree(self.workdir, ignore_errors=True)
        return codes
