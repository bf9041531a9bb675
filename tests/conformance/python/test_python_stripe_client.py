"""stripe-sandbox answers an older official Python client (Debian's python3-stripe
5.0.0, of the guide's generation): it form-encodes booleans as str(True), "True"
and "False", which Stripe reads case-insensitively and so must the sandbox; and
the guide's own checkout call (payment_method_types=["card"]) works at the API
version the guide's client speaks."""

import os
import unittest
import urllib.parse

import stripe
from stripe import api_requestor

from harness import SANDBOX_KEY, Program


class PythonStripeClient(unittest.TestCase):
    sandbox = None

    @classmethod
    def setUpClass(cls):
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        cls.sandbox = Program("stripe-sandbox", [os.environ["STRIPE_SANDBOX_BIN"], "--ephemeral", "--port", "0"], env)
        stripe.api_key = SANDBOX_KEY
        stripe.api_base = cls.sandbox.base_url
        stripe.max_network_retries = 0
        # The guide pins stripe==8.0.0, which speaks 2023-10-16; 5.0.0 would send no
        # version (the account's default) unless told.
        stripe.api_version = "2023-10-16"

    @classmethod
    def tearDownClass(cls):
        if cls.sandbox:
            assert cls.sandbox.stop() == 0

    def test_the_client_sends_capitalised_booleans(self):
        # What goes on the wire, so the rest of this file tests what it means to.
        encoded = urllib.parse.urlencode(list(api_requestor._api_encode({"cancel_at_period_end": True, "active": False})))
        self.assertEqual(encoded, "cancel_at_period_end=True&active=False")

    def test_the_guides_catalogue_and_a_cancel_at_period_end(self):
        # The guide's step 1.3 with this client, then booleans in create, list and update.
        product = stripe.Product.create(name="Course Companion FTE - Premium",
                                        description="Access to all 6 chapters including advanced topics", active=True)
        self.assertTrue(product.active)
        monthly = stripe.Price.create(product=product.id, unit_amount=999, currency="usd", recurring={"interval": "month"})
        retired = stripe.Price.create(product=product.id, unit_amount=899, currency="usd", recurring={"interval": "month"},
                                      active=False)
        self.assertFalse(retired.active)
        listed = [price.id for price in stripe.Price.list(product=product.id, active=True).auto_paging_iter()]
        self.assertEqual(listed, [monthly.id])
        self.assertEqual([p.id for p in stripe.Price.list(product=product.id, active=False).auto_paging_iter()], [retired.id])

        # The guide's StripeService.create_checkout_session, paid with a test card.
        session = stripe.checkout.Session.create(
            payment_method_types=["card"], line_items=[{"price": monthly.id, "quantity": 1}], mode="subscription",
            success_url="https://chat.openai.com/?payment=success", cancel_url="https://chat.openai.com/?payment=cancelled",
            customer_email="ada@example.com", metadata={"user_id": "usr_ada", "user_email": "ada@example.com"},
            subscription_data={"metadata": {"user_id": "usr_ada", "user_email": "ada@example.com"}})
        api_requestor.APIRequestor().request("post", f"/v1/test_helpers/checkout/sessions/{session.id}/complete",
                                             {"card": "4242424242424242"})
        session = stripe.checkout.Session.retrieve(session.id)
        self.assertEqual(session.status, "complete")
        # payment_method_types became read-only in endive: refused from a client that speaks it.
        with self.assertRaises(stripe.error.InvalidRequestError) as refused:
            stripe.checkout.Session.create(
                payment_method_types=["card"], line_items=[{"price": monthly.id, "quantity": 1}], mode="subscription",
                success_url="https://chat.openai.com/?payment=success", stripe_version="2026-10-28.endive")
        self.assertEqual(refused.exception.param, "payment_method_types")

        # The guide's StripeService.cancel_subscription: cancel_at_period_end=True goes as "True".
        cancelled = stripe.Subscription.modify(session.subscription, cancel_at_period_end=True)
        self.assertIs(cancelled.cancel_at_period_end, True)
        self.assertEqual(cancelled.status, "active")
        resumed = stripe.Subscription.modify(session.subscription, cancel_at_period_end=False)
        self.assertIs(resumed.cancel_at_period_end, False)

    def test_other_spellings_still_are_not_booleans(self):
        with self.assertRaises(stripe.error.InvalidRequestError) as refused:
            stripe.Product.create(name="Maybe", active="yes")
        self.assertIn("Invalid boolean", str(refused.exception))
        self.assertEqual(refused.exception.param, "active")


if __name__ == "__main__":
    unittest.main(verbosity=2)
