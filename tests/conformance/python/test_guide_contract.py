"""companion-server keeps the original integration guide's contract: a client built
from the guide's FastAPI app (guide_app.py: its routes and pydantic models) works
against the real server, on the database COMPANION_TEST_DB names, with the real
stripe-sandbox behind it.

Every answer is held against the guide's models strictly: each field the guide
declares is present with the guide's JSON type (a Unix integer where the guide
says str fails; pydantic alone would coerce it), and current_period_end parses
with datetime.fromisoformat. Webhook refusals are cross-checked with the official
Python library's construct_event (Debian's python3-stripe)."""

import datetime
import hashlib
import hmac
import json
import time
import unittest

import stripe

import guide_app
from harness import BillingStack, request, wait_for

WEBHOOK_SECRET = "whsec_guide_contract_0123456789abcdef"
JWT_SECRET = "guide-jwt-secret-0123456789abcdef-0123456789"
PREMIUM_STATUSES = ("active", "trialing")


def strict_types(model):
    """{field: (python type, may be null)} from a pydantic (v1) model of the guide."""
    return {name: (field.type_, field.allow_none) for name, field in model.__fields__.items()}


class GuideContract(unittest.TestCase):
    stack = None

    @classmethod
    def setUpClass(cls):
        # Rate limits off: the test polls the status while the webhook arrives.
        cls.stack = BillingStack(WEBHOOK_SECRET, JWT_SECRET,
                                 server_env={"RATE_LIMIT_PER_USER": "0", "RATE_LIMIT_PER_IP": "0"})
        cls.spec = request("GET", cls.stack.server.base_url + "/api/v1/openapi.json").json
        cls.guide_spec = guide_app.app.openapi()

    @classmethod
    def tearDownClass(cls):
        if cls.stack:
            codes = cls.stack.stop()
            assert all(code == 0 for code in codes.values()), f"a program did not stop cleanly: {codes}"

    # --- helpers --------------------------------------------------------------

    def assertGuideShape(self, model, body, what):
        """Every field of the guide's model, with the guide's JSON type; ours may add more."""
        self.assertIsInstance(body, dict, f"{what}: not a JSON object: {body!r}")
        for name, (kind, nullable) in strict_types(model).items():
            self.assertIn(name, body, f"{what}: the guide's field {name} is missing: {body}")
            value = body[name]
            if value is None:
                self.assertTrue(nullable, f"{what}: {name} is null, the guide's model does not allow it")
            else:
                self.assertIs(type(value), kind,
                              f"{what}: {name} is {type(value).__name__} {value!r}; the guide's model says {kind.__name__}")
        model.parse_obj(body)

    def assertGuideError(self, answer, status, what):
        self.assertEqual(answer.status, status, f"{what}: {answer}")
        self.assertGuideShape(guide_app.ErrorAnswer, answer.json, what)
        self.assertTrue(answer.json["detail"].strip(), f"{what}: empty detail")
        # Ours stays beside it, with the same words.
        self.assertEqual(answer.json["error"]["message"], answer.json["detail"])
        self.assertTrue(answer.json["error"]["code"])

    def assertIsoTime(self, status, name):
        text = status[name]
        parsed = datetime.datetime.fromisoformat(text)
        self.assertIsNotNone(parsed.tzinfo, f"{name} {text!r} names no zone")
        self.assertEqual(parsed.utcoffset(), datetime.timedelta(0), f"{name} {text!r} is not UTC")
        self.assertEqual(int(parsed.timestamp()), status[name + "_unix"])
        # Exactly what the guide's Python writes for the same instant.
        self.assertEqual(text, datetime.datetime.fromtimestamp(status[name + "_unix"], datetime.timezone.utc).isoformat())
        return parsed

    def status(self, token):
        answer = self.stack.api("GET", "/api/v1/payments/subscription-status", token)
        self.assertEqual(answer.status, 200, answer)
        self.assertGuideShape(guide_app.SubscriptionResponse, answer.json, "subscription-status")
        return answer.json

    def checkout(self, token, body):
        answer = self.stack.api("POST", "/api/v1/payments/create-checkout-session", token, body=body)
        self.assertEqual(answer.status, 200, answer)
        self.assertGuideShape(guide_app.CheckoutAnswer, answer.json, "create-checkout-session")
        return answer.json

    def buy(self, token):
        """The guide's step 5.2: a checkout session, paid with 4242 4242 4242 4242."""
        session = self.checkout(token, {})
        self.stack.stripe("POST", f"/v1/test_helpers/checkout/sessions/{session['session_id']}/complete",
                          {"card": "4242424242424242"})
        return wait_for(lambda: (lambda s: s if s["is_premium"] else None)(self.status(token)),
                        what="the webhook to unlock Premium")

    def signed(self, payload, secret=WEBHOOK_SECRET, timestamp=None, upper=False):
        timestamp = int(time.time()) if timestamp is None else timestamp
        mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + payload, hashlib.sha256).hexdigest()
        return f"t={timestamp},v1={mac.upper() if upper else mac}"

    def deliver(self, payload, signature):
        headers = {"Content-Type": "application/json"}
        if signature is not None:
            headers["Stripe-Signature"] = signature
        return self.stack.api("POST", "/api/v1/payments/webhook", body=payload, headers=headers)

    # --- the description ------------------------------------------------------

    def resolve(self, spec, schema):
        """A schema's properties and required names, through $ref and allOf."""
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            return self.resolve(spec, spec["components"]["schemas"][name])
        properties, required = dict(schema.get("properties", {})), set(schema.get("required", []))
        for part in schema.get("allOf", []):
            more, more_required = self.resolve(spec, part)
            properties.update(more)
            required |= more_required
        return properties, required

    @staticmethod
    def json_types(prop):
        kind = prop.get("type")
        return set(kind) if isinstance(kind, list) else {kind}

    def test_openapi_describes_the_guides_routes_and_shapes(self):
        ours = self.spec["paths"]
        for path, operations in self.guide_spec["paths"].items():
            for method, guide_op in operations.items():
                self.assertIn(path, ours, f"the guide's {path} is not in our description")
                self.assertIn(method, ours[path], f"the guide's {method.upper()} {path} is not in our description")
                op = ours[path][method]
                # The request body the guide takes, field by field.
                guide_body = guide_op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
                if guide_body:
                    guide_props, _ = self.resolve(self.guide_spec, guide_body)
                    our_props, _ = self.resolve(self.spec, op["requestBody"]["content"]["application/json"]["schema"])
                    for name, prop in guide_props.items():
                        self.assertIn(name, our_props, f"{path}: request field {name}")
                        self.assertLessEqual(self.json_types(prop), self.json_types(our_props[name]), f"{path}: request field {name}")
                # The answer: the guide's response_model, else what its code returns.
                guide_schema = guide_op["responses"]["200"]["content"]["application/json"]["schema"]
                if guide_schema:
                    guide_props, _ = self.resolve(self.guide_spec, guide_schema)
                else:
                    guide_props = guide_app.GUIDE_ANSWERS[(method, path)].schema()["properties"]
                self.assertTrue(guide_props, f"{method} {path}: nothing to compare")
                our_props, our_required = self.resolve(self.spec, op["responses"]["200"]["content"]["application/json"]["schema"])
                for name, prop in guide_props.items():
                    self.assertIn(name, our_props, f"{method.upper()} {path}: answer field {name}")
                    self.assertIn(name, our_required, f"{method.upper()} {path}: {name} must always be sent")
                    self.assertLessEqual(self.json_types(prop), self.json_types(our_props[name]),
                                         f"{method.upper()} {path}: answer field {name} is {our_props[name].get('type')}, the guide's is {prop.get('type')}")
                # Every error answer carries FastAPI's detail.
                for code, response in op["responses"].items():
                    if code.startswith(("4", "5")):
                        if "$ref" in response:  # a shared answer: components/responses/…
                            response = self.spec["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
                        props, required = self.resolve(self.spec, response["content"]["application/json"]["schema"])
                        self.assertEqual(props.get("detail", {}).get("type"), "string", f"{method.upper()} {path} {code}")
                        self.assertIn("detail", required, f"{method.upper()} {path} {code}")
        # The status codes the guide names.
        self.assertTrue({"400", "401", "404"} <= set(ours["/api/v1/payments/cancel-subscription"]["post"]["responses"]))
        self.assertIn("400", ours["/api/v1/payments/webhook"]["post"]["responses"])
        self.assertIn("401", ours["/api/v1/payments/subscription-status"]["get"]["responses"])

    # --- the learner's way through --------------------------------------------

    def test_a_learner_buys_reads_chapter_4_and_cancels(self):
        _, token = self.stack.learner("ada@example.com", "Ada Lovelace")
        free = self.status(token)
        self.assertEqual((free["is_premium"], free["subscription_status"], free["subscription_id"], free["current_period_end"]),
                         (False, None, None, None))
        self.assertGuideError(self.stack.api("GET", "/api/v1/chapters/chapter-4", token), 403, "chapter 4 before paying")

        # The guide's body {} and its {success_url, cancel_url} both make a session.
        custom = self.checkout(token, {"success_url": "https://course.example/premium?paid=1",
                                       "cancel_url": "https://course.example/premium"})
        self.assertTrue(custom["session_id"].startswith("cs_"))
        self.assertTrue(custom["checkout_url"].startswith(self.stack.sandbox.base_url))
        self.assertEqual(self.stack.stripe("GET", f"/v1/checkout/sessions/{custom['session_id']}")["success_url"],
                         "https://course.example/premium?paid=1")
        premium = self.buy(token)
        self.assertEqual(premium["subscription_status"], "active")
        self.assertTrue(premium["subscription_id"].startswith("sub_"))
        period_end = self.assertIsoTime(premium, "current_period_end")
        self.assertGreater(period_end, datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=27))

        chapter = self.stack.api("GET", "/api/v1/chapters/chapter-4", token)
        self.assertEqual(chapter.status, 200, chapter)
        self.assertTrue(chapter.json["content_markdown"].strip())

        cancelled = self.stack.api("POST", "/api/v1/payments/cancel-subscription", token)
        self.assertEqual(cancelled.status, 200, cancelled)
        self.assertGuideShape(guide_app.CancelAnswer, cancelled.json, "cancel-subscription")
        self.assertEqual((cancelled.json["subscription_id"], cancelled.json["status"], cancelled.json["cancelled"]),
                         (premium["subscription_id"], "active", True))
        # Premium stays until the period ends (the guide downgraded at once: a bug).
        after = self.status(token)
        self.assertEqual((after["is_premium"], after["cancel_at_period_end"]), (True, True))
        self.assertEqual(self.assertIsoTime(after, "current_period_end"), period_end)
        again = self.stack.api("POST", "/api/v1/payments/cancel-subscription", token)
        self.assertEqual(again.status, 200, again)
        self.assertGuideShape(guide_app.CancelAnswer, again.json, "cancel-subscription again")
        self.assertTrue(again.json["cancelled"])

    def test_every_documented_refusal_has_a_detail(self):
        self.assertGuideError(self.stack.api("GET", "/api/v1/payments/subscription-status"), 401, "no token")
        self.assertGuideError(self.stack.api("GET", "/api/v1/payments/subscription-status", "not-a-jwt"), 401, "a bad token")
        self.assertGuideError(self.stack.api("POST", "/api/v1/payments/create-checkout-session", body={}), 401, "checkout without a token")
        self.assertGuideError(self.stack.api("POST", "/api/v1/payments/cancel-subscription"), 401, "cancel without a token")

        _, token = self.stack.learner("grace@example.com", "Grace Hopper")
        self.assertGuideError(self.stack.api("POST", "/api/v1/payments/cancel-subscription", token), 404, "no subscription")
        self.assertGuideError(self.stack.api("GET", "/api/v1/chapters/chapter-9", token), 404, "no such chapter")
        self.assertGuideError(self.stack.api("POST", "/api/v1/payments/create-checkout-session", token, body=b"{not json"),
                              400, "a body that is not JSON")
        self.assertGuideError(self.stack.api("GET", "/api/v1/payments/no-such-route", token), 404, "no such route")

        # Not active: Stripe ended the subscription (the guide's 400).
        paid = self.buy(token)
        self.stack.stripe("DELETE", f"/v1/subscriptions/{paid['subscription_id']}")
        ended = wait_for(lambda: (lambda s: s if s["subscription_status"] == "canceled" else None)(self.status(token)),
                         what="customer.subscription.deleted")
        self.assertFalse(ended["is_premium"])
        self.assertGuideError(self.stack.api("POST", "/api/v1/payments/cancel-subscription", token), 400, "not active")

    # --- Stripe's side ----------------------------------------------------------

    def test_webhook_answers_as_the_guide_and_refuses_what_stripe_refuses(self):
        event = json.dumps({
            "id": "evt_guide_contract_1", "object": "event", "api_version": "2023-10-16",
            "created": int(time.time()), "type": "customer.created", "livemode": False,
            "data": {"object": {"id": "cus_guide_contract", "object": "customer", "email": "zoe@example.com"}},
        }, indent=2).encode()
        good = self.signed(event)
        stripe.Webhook.construct_event(event, good, WEBHOOK_SECRET)  # the official library accepts it
        accepted = self.deliver(event, good)
        self.assertEqual(accepted.status, 200, accepted)
        self.assertGuideShape(guide_app.WebhookAnswer, accepted.json, "webhook")
        self.assertEqual(accepted.json["status"], "success")
        self.assertEqual(accepted.json["event_id"], "evt_guide_contract_1")

        refusals = {
            "no Stripe-Signature header": (event, None),
            "a wrong secret": (event, self.signed(event, secret="whsec_someone_else_0123456789")),
            "a tampered body": (event.replace(b"zoe@", b"eve@"), good),
            "upper-case hex": (event, self.signed(event, upper=True)),
            "a signed body that is not JSON": (b"this is not json", self.signed(b"this is not json")),
        }
        for what, (payload, signature) in refusals.items():
            with self.subTest(what):
                with self.assertRaises((ValueError, stripe.error.SignatureVerificationError)):
                    stripe.Webhook.construct_event(payload, signature or "", WEBHOOK_SECRET)
                self.assertGuideError(self.deliver(payload, signature), 400, what)
        # Correctly signed JSON that is no event: the guide's handler would fail on event["type"].
        for what, payload in {"no id or type": b'{"object": "event"}', "a JSON array": b"[1, 2]"}.items():
            with self.subTest(what):
                self.assertGuideError(self.deliver(payload, self.signed(payload)), 400, what)

        # Each refused delivery is kept in the webhook log as rejected.
        admin = self.stack.command("admin-token", "create", "--label", "guide contract")
        log = wait_for(lambda: (lambda a: a if a.status == 200 and len(a.json["data"]) >= 7 else None)(
            self.stack.api("GET", "/api/v1/admin/webhook-events?outcome=rejected&limit=50", admin)),
            what="7 rejected deliveries in the webhook log")
        self.assertEqual({row["outcome"] for row in log.json["data"]}, {"rejected"})


if __name__ == "__main__":
    unittest.main(verbosity=2)
