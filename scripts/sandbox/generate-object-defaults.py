#!/usr/bin/env python3
"""Writes resources/sandbox/object-defaults.json from the official stripe npm
client's type declarations (the pinned API version): for each object the sandbox
serves, the value of every field Stripe always sends, for the fields the
sandbox's own builders do not set (null where Stripe allows null, false, 0, [],
{} and nested objects built the same way). The sandbox fills these in when it
answers, so its objects have Stripe's whole shape.

Run after bumping the stripe npm package (tests/conformance/package.json):
    scripts/sandbox/generate-object-defaults.py build/test/tests/conformance/npm/node_modules/stripe
Fields whose value cannot be known from the type (a non-null enum or string, which
says what the object is) are left to the builders, unless OVERRIDES names the
value this account has; the script prints them.
"""
import json
import os
import re
import sys

# (file, interface, object name)
OBJECTS = [
    ('Customers.d.ts', 'Customer', 'customer'),
    ('Products.d.ts', 'Product', 'product'),
    ('Prices.d.ts', 'Price', 'price'),
    ('Checkout/Sessions.d.ts', 'Session', 'checkout.session'),
    ('Subscriptions.d.ts', 'Subscription', 'subscription'),
    ('SubscriptionItems.d.ts', 'SubscriptionItem', 'subscription_item'),
    ('Invoices.d.ts', 'Invoice', 'invoice'),
    ('InvoiceLineItems.d.ts', 'InvoiceLineItem', 'line_item'),
    ('InvoiceItems.d.ts', 'InvoiceItem', 'invoiceitem'),
    ('InvoicePayments.d.ts', 'InvoicePayment', 'invoice_payment'),
    ('Charges.d.ts', 'Charge', 'charge'),
    ('PaymentIntents.d.ts', 'PaymentIntent', 'payment_intent'),
    ('SetupIntents.d.ts', 'SetupIntent', 'setup_intent'),
    ('PaymentMethods.d.ts', 'PaymentMethod', 'payment_method'),
    ('BalanceTransactions.d.ts', 'BalanceTransaction', 'balance_transaction'),
    ('Refunds.d.ts', 'Refund', 'refund'),
    ('Disputes.d.ts', 'Dispute', 'dispute'),
    ('Payouts.d.ts', 'Payout', 'payout'),
    ('Coupons.d.ts', 'Coupon', 'coupon'),
    ('PromotionCodes.d.ts', 'PromotionCode', 'promotion_code'),
    ('Discounts.d.ts', 'Discount', 'discount'),
    ('WebhookEndpoints.d.ts', 'WebhookEndpoint', 'webhook_endpoint'),
    ('BillingPortal/Sessions.d.ts', 'Session', 'billing_portal.session'),
    ('TestHelpers/TestClocks.d.ts', 'TestClock', 'test_helpers.test_clock'),
]

# Non-null literal unions where the first literal is not what this account has.
OVERRIDES = {
    ('balance_transaction', 'balance_type'): 'payments',
    ('payment_intent', 'capture_method'): 'automatic',
    ('payment_intent', 'confirmation_method'): 'automatic',
    ('checkout.session', 'billing_address_collection'): None,
    ('checkout.session', 'customer_creation'): 'if_required',
    ('checkout.session', 'origin_context'): None,
    ('checkout.session', 'submit_type'): None,
    ('checkout.session', 'payment_method_types'): ['card'],
    ('payment_intent', 'payment_method_types'): ['card'],
    ('setup_intent', 'payment_method_types'): ['card'],
    ('setup_intent', 'usage'): 'off_session',
    ('payout', 'type'): 'bank_account',
    ('payout', 'method'): 'standard',
    ('payout', 'source_type'): 'card',
}


def read(root, name):
    with open(os.path.join(root, name), encoding='utf-8') as f:
        return f.read().split('\n')


def interface(lines, name, namespace=None):
    """[(field, optional, type)] of `interface name` (inside `namespace` if given)."""
    start = 0
    if namespace:
        for i, line in enumerate(lines):
            if re.match(r'^export declare namespace %s \{' % re.escape(namespace), line):
                start = i
                break
        else:
            return None
    head = re.compile(r'^(\s*)(?:export )?interface %s(?: extends \w+)? \{' % re.escape(name))
    for i in range(start, len(lines)):
        m = head.match(lines[i])
        if not m:
            continue
        indent = m.group(1)
        field = re.compile(r'^%s    ([a-z_0-9]+)(\??): (.*?);?$' % indent)
        out = []
        j = i + 1
        while j < len(lines) and lines[j] != indent + '}':
            f = field.match(lines[j])
            if f:
                typ = f.group(3)
                depth = typ.count('{') - typ.count('}')
                while depth > 0:  # an inline object type spans lines
                    j += 1
                    typ += ' ' + lines[j].strip()
                    depth = typ.count('{') - typ.count('}')
                out.append((f.group(1), f.group(2) == '?', typ.rstrip(';')))
            j += 1
        return out
    return None


SKIP = object()


def type_alias(lines, name, namespace):
    """The right-hand side of `type name = ...;` inside `namespace`."""
    inside = False
    for line in lines:
        if re.match(r'^export declare namespace %s \{' % re.escape(namespace), line):
            inside = True
        elif inside and line == '}':
            return None
        elif inside:
            m = re.match(r'^\s+type %s = (.*);$' % re.escape(name), line)
            if m:
                return m.group(1)
    return None


def default(lines, owner, typ, obj, field, picks, depth=0):
    if (obj, field) in OVERRIDES and depth == 0:
        return OVERRIDES[(obj, field)]
    parts = [p.strip() for p in typ.split('|')]
    if 'null' in parts:
        return None
    if typ == 'boolean':
        return False
    if typ == 'number':
        return 0
    if typ.startswith('Array<') or typ.endswith('[]'):
        return []
    if typ in ('Metadata', '{}') or typ.startswith('{'):
        return {}
    parts = [p for p in parts if p != 'OtherString']  # an open enum: still its literals
    if parts and all(p.startswith("'") for p in parts):
        picks.append('%s.%s: %s (left to the builder)' % (obj, field, ' | '.join(parts[:4])))
        return SKIP
    m = re.match(r'^(?:(\w+)\.)?(\w+)$', typ)
    if m:
        alias = type_alias(lines, m.group(2), m.group(1) or owner)
        if alias:
            return default(lines, owner, alias, obj, field, picks, depth + 1)
    if m and depth < 4:
        fields = interface(lines, m.group(2), m.group(1) or owner)
        if fields is not None:
            values = {n: default(lines, m.group(1) or owner, t, obj, n, picks, depth + 1)
                      for n, opt, t in fields if not opt}
            return {n: v for n, v in values.items() if v is not SKIP}
    if typ == 'string':
        picks.append('%s.%s: string (left to the builder)' % (obj, field))
        return SKIP
    picks.append('%s.%s: %s (left to the builder)' % (obj, field, typ))
    return SKIP


def main():
    root = os.path.join(sys.argv[1], 'cjs', 'resources')
    out = {'_comment': 'Generated by scripts/sandbox/generate-object-defaults.py from the stripe npm '
                       'package\'s type declarations; do not edit by hand.'}
    picks = []
    for file, name, obj in OBJECTS:
        lines = read(root, file)
        fields = interface(lines, name)
        values = {n: default(lines, name, t, obj, n, picks) for n, opt, t in fields
                  if not opt and n not in ('id', 'object')}
        out[obj] = {n: v for n, v in values.items() if v is not SKIP}
    target = os.path.join(os.path.dirname(__file__), '..', '..', 'resources', 'sandbox', 'object-defaults.json')
    with open(target, 'w', encoding='utf-8') as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write('\n')
    for p in picks:
        print('check:', p)


main()
