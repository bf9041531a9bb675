<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminStartup</name>
    <message>
        <location filename="../app/admin/AdminStartup.cpp" line="22"/>
        <source>Database URL (postgresql://… or sqlite:///path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/AdminStartup.cpp" line="25"/>
        <source>Connect to the demo started by scripts/demo (its own settings and keychain entries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/AdminStartup.cpp" line="27"/>
        <source>User interface language, e.g. de or en (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="10"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="12"/>
        <source>Who (operator or token label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="21"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="23"/>
        <source>Action, e.g. subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="32"/>
        <location filename="../ui/AuditLogPage.ui" line="34"/>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="43"/>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="45"/>
        <source>Entries on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="54"/>
        <source>Until day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="56"/>
        <source>Entries on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="71"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="83"/>
        <source>Audit entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashReconciliation</name>
    <message>
        <location filename="../app/core/billing/CashReconciliation.cpp" line="284"/>
        <source>Paid %1, but its payment was never followed to a charge: run companion-server sync-stripe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/CashReconciliation.cpp" line="285"/>
        <source>Paid %1 by charge %2, which is not in the Stripe balance we hold: run companion-server sync-stripe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/CashReconciliation.cpp" line="302"/>
        <source>Charge %1 of %2 (%3) pays no invoice we hold: a payment outside the course&apos;s subscriptions, or an invoice not mirrored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/CashReconciliation.cpp" line="309"/>
        <source>Invoice %1 says %2 was paid; its charge %3 brought %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/CashReconciliation.cpp" line="314"/>
        <source>Stripe&apos;s fee on charge %1 was %2 when it was mirrored on invoice %3; the balance now says %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/CashReconciliation.cpp" line="353"/>
        <source>Invoice %1 shows %2 refunded; the balance holds refunds of %3 on charge %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/CashReconciliation.cpp" line="357"/>
        <source>Invoice %1 shows %2 lost to disputes (amount and fees); the balance says %3 on charge %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/billing/CashReconciliation.cpp" line="383"/>
        <source>Payout %1 sent %2 to the bank, but the %n transaction(s) it carried add up to %3: a transaction is missing or changed in our copy.</source>
        <translation>
            <numerusform>Payout %1 sent %2 to the bank, but the %n transaction it carried adds up to %3: a transaction is missing or changed in our copy.</numerusform>
            <numerusform>Payout %1 sent %2 to the bank, but the %n transactions it carried add up to %3: a transaction is missing or changed in our copy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <location filename="../ui/GrantDialog.ui" line="9"/>
        <source>Grant Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GrantDialog.ui" line="20"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GrantDialog.ui" line="30"/>
        <source>No end date (until revoked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GrantDialog.ui" line="35"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GrantDialog.ui" line="39"/>
        <source>Why this user gets Premium without paying (required; kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../ui/LinkDialog.ui" line="9"/>
        <location filename="../ui/LinkDialog.ui" line="21"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LinkDialog.ui" line="26"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LinkDialog.ui" line="29"/>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LinkDialog.ui" line="34"/>
        <source>QR code of the link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="9"/>
        <source>Course Companion Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="19"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBoxConfirmer</name>
    <message>
        <location filename="../app/admin/actions/MessageBoxConfirmer.cpp" line="17"/>
        <source>LIVE MODE: type %1 to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="14"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="25"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="29"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="34"/>
        <location filename="../ui/PreferencesDialog.ui" line="178"/>
        <source>Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="39"/>
        <location filename="../ui/PreferencesDialog.ui" line="333"/>
        <source>Support desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="44"/>
        <location filename="../ui/PreferencesDialog.ui" line="444"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="49"/>
        <source>Display &amp; language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="58"/>
        <source>Server preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="71"/>
        <source>companion-server (webhook log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="77"/>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="87"/>
        <source>https://billing.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="94"/>
        <source>Admin &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="120"/>
        <source>&amp;Remove token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="127"/>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="165"/>
        <source>Stripe preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="184"/>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="194"/>
        <source>https://api.stripe.com (or a stripe-sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="201"/>
        <source>Secret &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="225"/>
        <source>&amp;Publishable key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="249"/>
        <source>&amp;Webhook secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="275"/>
        <source>Remove &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="282"/>
        <source>Test &amp;Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="320"/>
        <source>Support desk preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="339"/>
        <source>Operator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="346"/>
        <source>Your name, as the audit log shows it (default: your OS user name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="353"/>
        <source>Monthly price id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="360"/>
        <source>price_… of Premium, $9.99/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="367"/>
        <source>Yearly price id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="374"/>
        <source>price_… of the yearly plan (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="381"/>
        <source>After payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="388"/>
        <source>https://… where Checkout sends the learner after paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="395"/>
        <source>If they go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="402"/>
        <source>https://… where Checkout sends the learner who does not pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="431"/>
        <source>Database preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="450"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="464"/>
        <source>At next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="471"/>
        <source>postgresql://user@host/db or sqlite:///path — no password: use ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="478"/>
        <source>&amp;Read replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="488"/>
        <source>optional: postgresql://user@replica/db — lists and revenue are read from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="491"/>
        <source>Read replica address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="498"/>
        <source>&amp;Used while behind by at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="508"/>
        <source>Further behind the primary than this, the replica is not used: lists are read from the primary, and the status bar says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="511"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="532"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="570"/>
        <source>Display and language preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="583"/>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="589"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="599"/>
        <source>The desk&apos;s colours: your desktop&apos;s, or always light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="609"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="619"/>
        <source>Dates and times in this computer&apos;s time zone, or in UTC as Stripe&apos;s Dashboard can show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="639"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="645"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="655"/>
        <source>The language of menus, labels and messages; numbers, amounts and dates follow it too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOriginText</name>
    <message>
        <location filename="../app/admin/widgets/ReadOriginText.cpp" line="10"/>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/ReadOriginText.cpp" line="12"/>
        <source>%1 s behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/widgets/ReadOriginText.cpp" line="14"/>
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min behind</numerusform>
            <numerusform>%n min behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/widgets/ReadOriginText.cpp" line="15"/>
        <source>%n h behind</source>
        <translation>
            <numerusform>%n h behind</numerusform>
            <numerusform>%n h behind</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/ReadOriginText.cpp" line="23"/>
        <source>read from the replica, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/ReadOriginText.cpp" line="25"/>
        <source>read from the primary: the replica is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/ReadOriginText.cpp" line="27"/>
        <source>read from the primary: the replica follows no primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/ReadOriginText.cpp" line="28"/>
        <source>read from the primary: the replica cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>&amp;Compare with Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Read every subscription and customer from Stripe and compare them with our database and the webhook log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Enter opens the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Fixing takes Stripe&apos;s current state through the same code as webhooks, and writes it to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>&amp;Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Take Stripe&apos;s state for the selected difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Fix &amp;all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Shows what would change first (a dry run), then fixes every difference Stripe&apos;s data can settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>List &amp;missed webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Stripe&apos;s events of the last 30 days that companion-server never received or failed to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Missed webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Enter opens the user, when our log knows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Stripe lists events for 30 days; our webhook log keeps them for good. Fetch &amp; apply reads the current object from Stripe rather than trusting the event&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Fetch &amp;&amp; &amp;apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Fetch &amp;&amp; apply all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Reconciliation views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Missed events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevenuePage</name>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Length of each period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>How a cancel at period end counts in MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Compare modes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Customers whose MRR differs between the two modes at the end of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Double-click a movement to see its customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>The table of the tab shown, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Month-end pack PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>The selected month&apos;s figures, charts, movements, cash reconciliation and payouts as a PDF; a closed month prints what was frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Freeze the selected month&apos;s pack (figures, movements, cash reconciliation, payouts) with a content hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Close month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Until month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Period length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>MRR mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Revenue views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>A quick range; picking dates by hand makes it Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <location filename="../app/admin/settings/ServerConnection.cpp" line="26"/>
        <source>Enter the server&apos;s address, e.g. https://billing.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/settings/ServerConnection.cpp" line="28"/>
        <source>The address must not contain a user name or password; the token goes in its own field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StripeAccess</name>
    <message>
        <location filename="../app/admin/settings/StripeAccess.cpp" line="36"/>
        <source>No Stripe key is stored yet: add one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StripeConnection</name>
    <message>
        <location filename="../app/admin/settings/StripeConnection.cpp" line="45"/>
        <source>That is a publishable key (pk_…); the admin app needs a secret (sk_…) or restricted (rk_…) key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/settings/StripeConnection.cpp" line="46"/>
        <source>A Stripe secret key starts with sk_test_, sk_live_, rk_test_ or rk_live_.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/settings/StripeConnection.cpp" line="53"/>
        <source>A publishable key starts with pk_test_ or pk_live_.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/settings/StripeConnection.cpp" line="60"/>
        <source>A webhook signing secret starts with whsec_ (Stripe&apos;s Dashboard → Webhooks → the endpoint).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="10"/>
        <source>Search subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="12"/>
        <source>Search by the user&apos;s e-mail, sub_… or cus_… id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="21"/>
        <source>Subscription state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="23"/>
        <source>Show subscriptions in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="29"/>
        <source>Billing interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="31"/>
        <source>Monthly or yearly billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="38"/>
        <source>Cancel pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="41"/>
        <source>Subscriptions set to end at the close of the paid period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="48"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="51"/>
        <source>Read the subscriptions again from the database (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="58"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="61"/>
        <source>Save every subscription the search and filters show, in their order, as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="69"/>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDetailDialog</name>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="9"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="15"/>
        <source>LIVE MODE — actions here change a real customer&apos;s subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="27"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="35"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="41"/>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="49"/>
        <source>Stripe customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="58"/>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="67"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="89"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="91"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="93"/>
        <source>Other cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="95"/>
        <source>Last payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="97"/>
        <source>Next invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="107"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="110"/>
        <source>Plan for the checkout link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="116"/>
        <source>Card update link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="119"/>
        <source>Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="122"/>
        <source>Cancel subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="126"/>
        <source>Reason, kept in the audit log (needed to resume or revoke)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="127"/>
        <source>Reason for resuming or revoking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="131"/>
        <source>Resume subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="113"/>
        <source>Checkout link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="134"/>
        <source>Grant Premium…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="137"/>
        <source>Revoke grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="152"/>
        <source>Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="159"/>
        <source>Learner details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="161"/>
        <location filename="../ui/UserDetailDialog.ui" line="163"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="167"/>
        <location filename="../ui/UserDetailDialog.ui" line="169"/>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="172"/>
        <location filename="../ui/UserDetailDialog.ui" line="188"/>
        <source>Open in Stripe&apos;s Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="179"/>
        <location filename="../ui/UserDetailDialog.ui" line="181"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="184"/>
        <source>Open invoice page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="185"/>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="186"/>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="187"/>
        <source>Refund this payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="195"/>
        <location filename="../ui/UserDetailDialog.ui" line="197"/>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="211"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="214"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../ui/UsersPage.ui" line="10"/>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="12"/>
        <source>Search any part of an e-mail or name, a user id or a Stripe id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="15"/>
        <source>Finds any part of an e-mail or name, ignoring case and accents (&quot;lovelace&quot;, &quot;example.org&quot;, &quot;jose&quot; finds José); one or two letters match the start of an e-mail or name. Also an exact user id, or a Stripe id our records know: cus_, sub_, in_, ch_, evt_, pi_, pm_, re_, cs_.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="24"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="26"/>
        <source>Show free or Premium users only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="32"/>
        <source>Subscription state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="34"/>
        <source>Show users with a subscription in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="41"/>
        <source>Payment at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="44"/>
        <source>Past due: the last payment failed and Stripe is retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="51"/>
        <source>Cancel pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="54"/>
        <source>Subscriptions set to end at the close of the paid period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="61"/>
        <source>Manual grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="64"/>
        <source>Premium given by support rather than bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="71"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="74"/>
        <source>Read the users again from the database (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="81"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="84"/>
        <source>Save every user the search and filters show, in their order, as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="92"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookLogPage</name>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="11"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="17"/>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="19"/>
        <source>Type, e.g. customer.subscription.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="28"/>
        <location filename="../ui/WebhookLogPage.ui" line="30"/>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="40"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="47"/>
        <source>&amp;Auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="66"/>
        <source>Webhook events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="81"/>
        <source>Event payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="92"/>
        <source>Re&amp;process</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::AboutDialog</name>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="19"/>
        <source>About Course Companion Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="21"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="22"/>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="22"/>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="23"/>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="24"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="30"/>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="55"/>
        <source>Course Companion Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="31"/>
        <source>The support desk, finance and webhook diagnostics of Course Companion&apos;s Premium plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="37"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="40"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="45"/>
        <source>&amp;Copy versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="47"/>
        <source>Copies every line above, to paste into a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::AuditLogPage</name>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="38"/>
        <source>Select an entry to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="47"/>
        <source>from any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="47"/>
        <source>to any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="56"/>
        <source>The audit log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="59"/>
        <source>%1 entries shown, scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="60"/>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="98"/>
        <source>%1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="100"/>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="102"/>
        <source>Stripe request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="104"/>
        <source>Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="106"/>
        <source>After:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::AuditModel</name>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="29"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="30"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="31"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="32"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="33"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="34"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="35"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::CancelSubscriptionDialog</name>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="36"/>
        <source>Cancel subscription — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="40"/>
        <source>End %1&apos;s subscription (%2 per %3, paid until %4)? Choose when, whether to refund, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="42"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="42"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="47"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="49"/>
        <source>At the end of the paid period, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="51"/>
        <source>Now: Premium ends at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="52"/>
        <source>On a date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="58"/>
        <source>Cancellation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="74"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="76"/>
        <source>No refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="88"/>
        <source>The last payment: %1 of %2 (invoice %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="91"/>
        <source>Prorated: %1 for the unused time until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="94"/>
        <source>The last payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="95"/>
        <source>Prorated for the unused time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="108"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="109"/>
        <source>Too expensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="110"/>
        <source>Not using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="111"/>
        <source>Missing features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="112"/>
        <source>Switched to another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="113"/>
        <source>Too complex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="114"/>
        <source>Quality was lower than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="115"/>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="116"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="119"/>
        <source>e.g. asked by e-mail, ticket 4711</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="120"/>
        <source>Learner&apos;s reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="121"/>
        <source>Note for the audit log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="134"/>
        <source>Cancel subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="136"/>
        <source>Keep subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="181"/>
        <source>Choose when first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="183"/>
        <source>No refund: the learner keeps Premium for the time they paid for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="185"/>
        <source>No payment of this learner is known at Stripe (or it could not be read): nothing to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="187"/>
        <source>The last payment has already been refunded in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="189"/>
        <source>A refund goes back to the card that paid; it takes 5–10 days to show on the learner&apos;s statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="196"/>
        <source>Premium stays until %1, then the subscription ends. No further charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="199"/>
        <source>Premium stays until %1, then the subscription ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="202"/>
        <source>Premium ends now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="206"/>
        <source>%1 is refunded to the card that paid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::CashCategoriesModel</name>
    <message>
        <location filename="../app/admin/models/CashCategoriesModel.cpp" line="65"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashCategoriesModel.cpp" line="88"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashCategoriesModel.cpp" line="89"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashCategoriesModel.cpp" line="90"/>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashCategoriesModel.cpp" line="91"/>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashCategoriesModel.cpp" line="92"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::CashDifferencesModel</name>
    <message>
        <location filename="../app/admin/models/CashDifferencesModel.cpp" line="82"/>
        <source>What our records (or the payout) say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashDifferencesModel.cpp" line="83"/>
        <source>What Stripe&apos;s balance transactions say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashDifferencesModel.cpp" line="84"/>
        <source>Actual less expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashDifferencesModel.cpp" line="91"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashDifferencesModel.cpp" line="92"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashDifferencesModel.cpp" line="93"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashDifferencesModel.cpp" line="94"/>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashDifferencesModel.cpp" line="95"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashDifferencesModel.cpp" line="96"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashDifferencesModel.cpp" line="97"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashDifferencesModel.cpp" line="98"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::CashReconciliationTab</name>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="68"/>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="71"/>
        <source>Month to reconcile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="79"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="82"/>
        <source>Currency to reconcile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="89"/>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="91"/>
        <source>Every transaction of the month with its invoice, learner and payout, in the columns of Stripe&apos;s itemized payout reconciliation report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="99"/>
        <source>This month is not over yet: figures will change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="108"/>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="109"/>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="110"/>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="111"/>
        <source>Stripe fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="112"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="113"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="114"/>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="115"/>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="116"/>
        <source>Still in balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="132"/>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="133"/>
        <source>Where the month&apos;s net went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="141"/>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="143"/>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="165"/>
        <source>Writing line %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="211"/>
        <source>Reconciling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="262"/>
        <source>Could not reconcile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="275"/>
        <source>Matches to the cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="275"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="293"/>
        <source>%n balance transaction(s) in %1, days in UTC.</source>
        <translation>
            <numerusform>%n balance transaction in %1, days in UTC.</numerusform>
            <numerusform>%n balance transactions in %1, days in UTC.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="297"/>
        <source>No balance transactions in %1 (%2). They are read from Stripe by companion-server sync-stripe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="301"/>
        <source>None: every charge, refund, dispute and payout of the month agrees with our invoices, to the cent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="305"/>
        <source>Differences: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="305"/>
        <source>Differences: %n</source>
        <translation>
            <numerusform>Differences: %n</numerusform>
            <numerusform>Differences: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="314"/>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="321"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="314"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="329"/>
        <source>Writing the month&apos;s lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="333"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="338"/>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="352"/>
        <source>Exported %1 lines to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="355"/>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="358"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::CashSettlementsModel</name>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="66"/>
        <source>Still in the Stripe balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="71"/>
        <source>%1, back in the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="72"/>
        <source>%1, sent again with %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="96"/>
        <source>The part of this month&apos;s net the payout carried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="97"/>
        <source>What the payout sent in all, this month&apos;s transactions and others&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="98"/>
        <source>This month&apos;s transactions it carried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="105"/>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="106"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="107"/>
        <source>Arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="108"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="109"/>
        <source>Whole payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="110"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::CsvExportFlow</name>
    <message>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="26"/>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="68"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="27"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="74"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="78"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="82"/>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="89"/>
        <source>Exporting %1 of %2 users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="90"/>
        <source>Exporting %1 of %2 subscriptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="104"/>
        <source>Exported %1 users to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="105"/>
        <source>Exported %1 subscriptions to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="108"/>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="111"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::DeliveriesChart</name>
    <message>
        <location filename="../app/admin/widgets/DeliveriesChart.cpp" line="25"/>
        <location filename="../app/admin/widgets/DeliveriesChart.cpp" line="73"/>
        <source>Webhook deliveries, last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/DeliveriesChart.cpp" line="76"/>
        <source>Applied, duplicate or ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/DeliveriesChart.cpp" line="76"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/DeliveriesChart.cpp" line="76"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/DeliveriesChart.cpp" line="110"/>
        <source>%1 deliveries applied, %2 failed, %3 rejected in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::DeskActions</name>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="38"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="38"/>
        <source>Saves the list shown on this page as CSV, with its filters and order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="41"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="41"/>
        <source>Closes the desk. Nothing is lost: every change is already saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="45"/>
        <source>&amp;Find on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="45"/>
        <source>Moves to this page&apos;s search or filter box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="48"/>
        <source>Find &amp;learner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="49"/>
        <source>Moves to the learner search from any page: any part of an e-mail or name, or any Stripe id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="52"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="53"/>
        <source>The server, Stripe, support and database settings, the theme and the time zone. Keys stay in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="59"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="59"/>
        <source>Reads this page again from the database, the server or Stripe. The selection stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="62"/>
        <source>&amp;Desktop&apos;s colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="62"/>
        <source>Follows the desktop&apos;s light or dark colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="63"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="63"/>
        <source>Dark text on light backgrounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="64"/>
        <source>D&amp;ark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="64"/>
        <source>Light text on dark backgrounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="66"/>
        <source>&amp;Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="66"/>
        <source>Dates and times in this computer&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="67"/>
        <source>&amp;UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="67"/>
        <source>Dates and times in UTC, as Stripe&apos;s API and the server&apos;s logs give them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="70"/>
        <source>&amp;Open learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="70"/>
        <source>Opens the selected learner&apos;s page: access, payment, invoices, timeline and actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="73"/>
        <source>Copy &amp;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="73"/>
        <source>Copies the selected learner&apos;s e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="75"/>
        <source>Copy learner &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="75"/>
        <source>Copies our id of the selected learner, as the server&apos;s logs name them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="76"/>
        <source>Copy Stripe &amp;customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="76"/>
        <source>Copies the learner&apos;s Stripe customer id (cus_…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="77"/>
        <source>Open in &amp;Stripe&apos;s Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="77"/>
        <source>Opens the learner&apos;s customer page in Stripe&apos;s Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="78"/>
        <source>Send &amp;checkout link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="78"/>
        <source>Creates a Stripe Checkout link for Premium to send to the learner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="79"/>
        <source>&amp;Grant Premium…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="79"/>
        <source>Gives the learner Premium by hand, with a reason, for a time or until revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="81"/>
        <source>Ca&amp;ncel subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="82"/>
        <source>Ends the learner&apos;s subscription at period end, now or on a date, with or without a refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="84"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="84"/>
        <source>Lists every command with its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="85"/>
        <source>&amp;About Course Companion Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="85"/>
        <source>Versions of the desk, Qt, the database and the connections, to paste into a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="87"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="87"/>
        <source>The Qt version and licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="106"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="112"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="119"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="123"/>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="125"/>
        <source>&amp;Times in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="129"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="139"/>
        <source>Shows %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="144"/>
        <source>&amp;Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="148"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="158"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="173"/>
        <source>Show &amp;toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="174"/>
        <source>Shows or hides the toolbar; every command is also in the menus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="176"/>
        <source>Show &amp;status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="180"/>
        <source>Shows or hides the status bar with the database, Stripe and server connections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::DisplayFormat</name>
    <message>
        <location filename="../app/admin/widgets/DisplayFormat.cpp" line="138"/>
        <source>Times in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::GrantDialog</name>
    <message>
        <location filename="../app/admin/dialogs/GrantDialog.cpp" line="16"/>
        <source>Give %1 Premium (chapters 4–6) without a payment. Stripe is not involved: the grant works at once and ends on its own at the date chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/GrantDialog.cpp" line="21"/>
        <source>Grant Premium</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::HealthAlertsModel</name>
    <message>
        <location filename="../app/admin/models/HealthAlertsModel.cpp" line="79"/>
        <source>firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/HealthAlertsModel.cpp" line="79"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/HealthAlertsModel.cpp" line="95"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/HealthAlertsModel.cpp" line="96"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/HealthAlertsModel.cpp" line="97"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/HealthAlertsModel.cpp" line="98"/>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/HealthAlertsModel.cpp" line="99"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/HealthAlertsModel.cpp" line="100"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::HealthPage</name>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="40"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="42"/>
        <source>Read the server&apos;s health report now (it refreshes every minute while this page is open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="48"/>
        <source>Last webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="49"/>
        <source>Failed events open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="50"/>
        <source>Asking Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="51"/>
        <source>Missed events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="52"/>
        <source>Webhook endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="53"/>
        <source>Read replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="64"/>
        <source>&lt;b&gt;Alerts&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="68"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="105"/>
        <source>%1: details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="147"/>
        <source>Reading the server&apos;s health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="153"/>
        <source>The server&apos;s health could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="157"/>
        <source>Updated %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="165"/>
        <source>Set the server&apos;s address and admin token in Settings to see its health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="172"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/HealthPage.cpp" line="174"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/HealthPage.cpp" line="176"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/HealthPage.cpp" line="177"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="188"/>
        <source>The webhook log and this page are read from it while it is at most %1 s behind the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="191"/>
        <source>not used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="197"/>
        <source>Reads go to the replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="198"/>
        <source>Reads go to the primary: the replica is further behind than allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="199"/>
        <source>Reads go to the primary: the replica follows no primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="200"/>
        <source>Reads go to the primary: the replica cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="201"/>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="210"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="210"/>
        <source>No signed webhook has reached the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="214"/>
        <source>Received %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="219"/>
        <source>Stored but not applied (usually an unknown learner): open the Webhook log, filter failed, and reprocess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="220"/>
        <source>Every event of the last 30 days was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/HealthPage.cpp" line="227"/>
        <source>Subscriptions being asked about again. Gave up on %n since the server started: Reconciliation reads them again.</source>
        <translation>
            <numerusform>Subscriptions being asked about again. Gave up on %n since the server started: Reconciliation reads it again.</numerusform>
            <numerusform>Subscriptions being asked about again. Gave up on %n since the server started: Reconciliation reads them again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="229"/>
        <source>Subscriptions being asked about again after an out-of-order event or a paid invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="234"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="234"/>
        <source>The scheduled recovery is turned off (MISSED_EVENT_RECOVERY_SECONDS=0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="236"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="236"/>
        <source>The first run is a minute after the server starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="242"/>
        <source>The last run, %1, could not read Stripe: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="243"/>
        <source>Last run %1: another server instance was recovering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="244"/>
        <source>Last run %1: %2 found, %3 recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/HealthPage.cpp" line="248"/>
        <source>%n recovered since the server started.</source>
        <translation>
            <numerusform>%n recovered since the server started.</numerusform>
            <numerusform>%n recovered since the server started.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/HealthPage.cpp" line="249"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="249"/>
        <source>none pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="256"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="256"/>
        <source>The server&apos;s endpoint check is off (ENDPOINT_CHECK_SECONDS=0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="258"/>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="263"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="279"/>
        <source>The server has no PROMETHEUS_URL: alerts are not shown here (docs/operations.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="283"/>
        <source>No alert is pending or firing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/HealthPage.cpp" line="285"/>
        <source>%n alert(s) pending or firing; the Summary column&apos;s tooltip says what to do.</source>
        <translation>
            <numerusform>%n alert pending or firing; the Summary column&apos;s tooltip says what to do.</numerusform>
            <numerusform>%n alerts pending or firing; the Summary column&apos;s tooltip says what to do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>companion::admin::KeychainStore</name>
    <message>
        <location filename="../app/admin/secrets/KeychainStore.cpp" line="85"/>
        <source>The keychain did not answer. Unlock it (or answer its prompt) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/secrets/KeychainStore.cpp" line="121"/>
        <source>The keychain holds this secret but did not release it: it may be locked. Unlock your keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/secrets/KeychainStore.cpp" line="123"/>
        <source>No secret is stored for this yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/secrets/KeychainStore.cpp" line="125"/>
        <source>Access to the keychain was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/secrets/KeychainStore.cpp" line="130"/>
        <source>No keychain is available (%1). Secrets are not stored anywhere else; start your desktop&apos;s keyring (e.g. gnome-keyring) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/secrets/KeychainStore.cpp" line="135"/>
        <source>The keychain failed: %1. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::KpiStrip</name>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="41"/>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="41"/>
        <source>Monthly recurring revenue at the end of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="42"/>
        <source>Subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="42"/>
        <source>Paying customers at the end of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="43"/>
        <source>New MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="43"/>
        <source>MRR of customers paying for the first time, summed over the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="44"/>
        <source>Churned MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="44"/>
        <source>MRR of customers who stopped paying, summed over the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="45"/>
        <source>Net revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="45"/>
        <source>Collected − Stripe fees − refunds − disputes, summed over the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="62"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="64"/>
        <source>the previous period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::KpiTile</name>
    <message>
        <location filename="../app/admin/widgets/KpiTile.cpp" line="33"/>
        <location filename="../app/admin/widgets/KpiTile.cpp" line="108"/>
        <source>%1 per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiTile.cpp" line="73"/>
        <source>%1%2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiTile.cpp" line="98"/>
        <source>%1 in %2, %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiTile.cpp" line="102"/>
        <source>Nothing to compare with in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiTile.cpp" line="104"/>
        <source> The last period is not over yet: figures will change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiTile.cpp" line="106"/>
        <source>%1: %2, %3 against the previous period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::LearnerFinder</name>
    <message>
        <location filename="../app/admin/actions/LearnerFinder.cpp" line="33"/>
        <source>Looking for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/LearnerFinder.cpp" line="52"/>
        <source>Could not look %1 up in our database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/LearnerFinder.cpp" line="61"/>
        <source>%1 is not in our copy; asking Stripe whose it is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/LearnerFinder.cpp" line="71"/>
        <source>Stripe says %1 belongs to customer %2, who is not one of our learners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/LearnerFinder.cpp" line="83"/>
        <source>%1 is not in our copy, and Stripe cannot be asked: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::LinkDialog</name>
    <message>
        <location filename="../app/admin/dialogs/LinkDialog.cpp" line="26"/>
        <source>The link is too long for a QR code; copy it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/LinkDialog.cpp" line="28"/>
        <source>The link works until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/LinkDialog.cpp" line="37"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/LinkDialog.cpp" line="46"/>
        <source>Checkout link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/LinkDialog.cpp" line="47"/>
        <source>Send this link to %1, or let them scan the code. Paying there starts the %2 plan and unlocks Premium as soon as Stripe tells the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/LinkDialog.cpp" line="57"/>
        <source>Card update link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/LinkDialog.cpp" line="58"/>
        <source>Send this link to %1, or let them scan the code. It opens Stripe&apos;s page where they enter a new card; it becomes the card for their subscription, and an unpaid invoice is retried with it at once. Open the link soon: it is valid for a short time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::MainWindow</name>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="85"/>
        <source>LIVE MODE — a live Stripe key is in use: actions here charge real cards and change real access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="113"/>
        <source>Database: %1 (opening…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="122"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="130"/>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="139"/>
        <source>Webhook log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="144"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="153"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="157"/>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="456"/>
        <source>Stripe: no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="459"/>
        <source>Stripe: sandbox at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="465"/>
        <source>Stripe: LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="462"/>
        <source>Stripe: test mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="101"/>
        <source>Lists: from the read replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="109"/>
        <source>Lists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="161"/>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="166"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="362"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="363"/>
        <source>learner id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="364"/>
        <source>customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="414"/>
        <source>Copied the %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="430"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="430"/>
        <source>%1, schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="432"/>
        <source>Database role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="433"/>
        <source>Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="434"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="466"/>
        <source>Stripe: LIVE key, sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="474"/>
        <source>Server: not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="474"/>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="486"/>
        <source>change plans or grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="488"/>
        <source>close months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="490"/>
        <source>apply Stripe&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="492"/>
        <source>Your database role %1 may not %2: those actions are not offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="516"/>
        <source>Database: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="521"/>
        <source>Database: %1 — unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="523"/>
        <source>Database problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::MissedEventsModel</name>
    <message>
        <location filename="../app/admin/models/MissedEventsModel.cpp" line="56"/>
        <source>never received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/MissedEventsModel.cpp" line="57"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/MissedEventsModel.cpp" line="73"/>
        <source>Stripe&apos;s pending_webhooks: endpoints it has not delivered this event to yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/MissedEventsModel.cpp" line="77"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/MissedEventsModel.cpp" line="78"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/MissedEventsModel.cpp" line="79"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/MissedEventsModel.cpp" line="80"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/MissedEventsModel.cpp" line="81"/>
        <source>Our webhook log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/MissedEventsModel.cpp" line="82"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::MonthSummary</name>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="87"/>
        <source>Recurring revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="88"/>
        <source>MRR at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="89"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="124"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="144"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="90"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="124"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="145"/>
        <source>Expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="91"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="146"/>
        <source>Reactivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="92"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="124"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="147"/>
        <source>Contraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="93"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="124"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="148"/>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="94"/>
        <source>MRR at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="95"/>
        <source>Scheduled churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="96"/>
        <source>At risk (past due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="97"/>
        <source>ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="98"/>
        <source>Subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="99"/>
        <source>ARPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="100"/>
        <source>LTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="101"/>
        <source>Customer churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="102"/>
        <source>Gross MRR churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="103"/>
        <source>Net MRR churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="104"/>
        <source>Quick ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="105"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="106"/>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="107"/>
        <source>Stripe fees (partly estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="107"/>
        <source>Stripe fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="108"/>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="109"/>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="110"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="181"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="111"/>
        <source>Failed payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="112"/>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="113"/>
        <source>Recovery rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="120"/>
        <source>The months to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="123"/>
        <source>MRR movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="124"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="124"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="124"/>
        <source>Reactiv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="125"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="139"/>
        <source>Customers behind the movements of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="141"/>
        <source>No customer&apos;s MRR changed this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="152"/>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="152"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="152"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="152"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="152"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="154"/>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/reports/MonthSummary.cpp" line="158"/>
        <source>%n customer(s).</source>
        <translation>
            <numerusform>%n customer.</numerusform>
            <numerusform>%n customers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="164"/>
        <source>Cash reconciled to the payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="168"/>
        <source>Matches to the cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/reports/MonthSummary.cpp" line="168"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="170"/>
        <source>This month is not over yet: figures will change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="172"/>
        <source>Charges %1 − refunds %2 − disputes %3 − Stripe fees %4 + other %5 = net %6 = paid out %7 + in transit %8 + still in the balance %9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="180"/>
        <source>Balance transactions by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="181"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="181"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="181"/>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="181"/>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="185"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="188"/>
        <source>Where the month&apos;s net went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="189"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="218"/>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="189"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="218"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="189"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="218"/>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="189"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="218"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="189"/>
        <source>Of this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="191"/>
        <source>Still in the Stripe balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="196"/>
        <source>(went out again with %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="202"/>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="204"/>
        <source>None: every charge, refund, dispute and payout of the month agrees with our invoices, to the cent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="205"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="205"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="205"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="205"/>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="205"/>
        <source>Stripe&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="205"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="215"/>
        <source>Payouts due at the bank in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="217"/>
        <source>No payout was due at the bank this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="218"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="218"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="225"/>
        <source>(its transactions add up to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="234"/>
        <source>Paid into the bank: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="241"/>
        <source>Stripe-compatible MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="241"/>
        <source>Course Companion MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="242"/>
        <source>Computed %1. %2; amounts in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="252"/>
        <source>Closed before month-end packs were frozen: its stored figures match their hash; what this pack shows is today&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="254"/>
        <source>Warning: the stored figures no longer match their hash; they were altered after the close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="295"/>
        <source>Course Companion — revenue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="247"/>
        <source>Closed by %1 on %2; content hash %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="257"/>
        <source>The stored pack matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="258"/>
        <source>Warning: the stored pack no longer matches its hash; it was altered after the close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="261"/>
        <source>Not closed: these figures may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="270"/>
        <source>Course Companion — revenue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::MovementLinesDialog</name>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="51"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="66"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="99"/>
        <source>Could not load the customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="103"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="103"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="103"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="105"/>
        <source>MRR before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="105"/>
        <source>MRR after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="105"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="107"/>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="107"/>
        <source>Cancel asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="107"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="107"/>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="126"/>
        <source>%n customer(s), %1 in all.</source>
        <translation>
            <numerusform>%n customer, %1 in all.</numerusform>
            <numerusform>%n customers, %1 in all.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="132"/>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="137"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="132"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="137"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::PayoutListTab</name>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="40"/>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="43"/>
        <source>Currency of the payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="54"/>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="68"/>
        <source>Selected payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="71"/>
        <source>The payout&apos;s transactions by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="75"/>
        <source>The payout&apos;s transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="103"/>
        <source>Reading payouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="127"/>
        <source>Could not read payouts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="136"/>
        <source>All currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="147"/>
        <source>No payouts mirrored yet. They are read from Stripe by companion-server sync-stripe and kept up to date by its payout webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="161"/>
        <source>%n payout(s).</source>
        <translation>
            <numerusform>%n payout.</numerusform>
            <numerusform>%n payouts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="163"/>
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="165"/>
        <source>%n do(es) not add up.</source>
        <translation>
            <numerusform>%n does not add up.</numerusform>
            <numerusform>%n do not add up.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="206"/>
        <source>Could not read the payout&apos;s transactions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="212"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %3, arrives %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="216"/>
        <source>Stripe says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="218"/>
        <source>A manual payout: Stripe does not say which transactions it carried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="220"/>
        <source>Its transactions add up to %1, not what it sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::PayoutTransactionsModel</name>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="94"/>
        <source>What the transaction moved before Stripe&apos;s fee (money in is positive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="95"/>
        <source>Stripe&apos;s fee on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="96"/>
        <source>Gross less the fee: what reached the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="97"/>
        <source>Double-click to open the learner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="104"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="105"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="106"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="107"/>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="108"/>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="109"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="110"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="111"/>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::PayoutWords</name>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="10"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="12"/>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="14"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="16"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="18"/>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="25"/>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="27"/>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="29"/>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="31"/>
        <source>Dispute reversals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="33"/>
        <source>Stripe fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="35"/>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="37"/>
        <source>Failed payouts returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="39"/>
        <source>Failed refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="41"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="48"/>
        <source>Paid invoice without its charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="49"/>
        <source>Charge without an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="50"/>
        <source>Amount differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="51"/>
        <source>Fee differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="52"/>
        <source>Refund differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="53"/>
        <source>Dispute differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="54"/>
        <source>Payout does not add up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::PayoutsModel</name>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="71"/>
        <source>On its way: expected at the bank on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="75"/>
        <source>A manual payout: Stripe does not say which transactions it carried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="77"/>
        <source>Its transactions are read once the payout is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="79"/>
        <source>Its transactions add up to %1, but it sent %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="81"/>
        <source>Its transactions add up to what it sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="126"/>
        <source>The balance transactions it carried to the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="127"/>
        <source>Whether the net of its transactions equals what it sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="136"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="137"/>
        <source>Arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="138"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="139"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="140"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="141"/>
        <source>Adds up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="142"/>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::PayoutsPage</name>
    <message>
        <location filename="../app/admin/pages/PayoutsPage.cpp" line="21"/>
        <source>Payouts and cash reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutsPage.cpp" line="24"/>
        <source>&amp;Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutsPage.cpp" line="25"/>
        <source>Cash &amp;reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::PreferencesDialog</name>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="67"/>
        <source>Default: %1 (your OS user name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="93"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="94"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="95"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="96"/>
        <source>Local (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="97"/>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="100"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="101"/>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="215"/>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="508"/>
        <source>Enter Stripe&apos;s address, https://api.stripe.com, or a stripe-sandbox&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="263"/>
        <source>A read replica is a PostgreSQL streaming replica: postgresql://user@replica/db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="265"/>
        <source>Leave the password out of the address: the settings file is not a safe place for it. PostgreSQL reads it from ~/.pgpass (or PGPASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="307"/>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="313"/>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="339"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="319"/>
        <source>Saved. Audit entries will name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="324"/>
        <source>Cleared. The next start uses DATABASE_URL, else the local SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="327"/>
        <source>Saved. It is used from the next start of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="334"/>
        <source>Saved. companion-admin starts in %1 from the next time you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="357"/>
        <source>Storing in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="373"/>
        <source>Saved. The token is in the keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="374"/>
        <source>Saved. Keys are in the keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="408"/>
        <source>No token stored. Create one with: companion-server admin-token create --label &quot;support desk&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="409"/>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="426"/>
        <source>Stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="410"/>
        <source>cat_… (kept in the OS keychain only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="410"/>
        <source>Paste a new token to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="418"/>
        <source>No key stored. Use a test key (sk_test_…) or a restricted key (rk_…) from Stripe&apos;s Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="420"/>
        <source>Stored in the keychain: %1 — LIVE mode: real money and real access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="422"/>
        <source>Stored in the keychain: %1 (test mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="423"/>
        <source>sk_test_… (kept in the OS keychain only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="423"/>
        <source>Paste a new key to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="426"/>
        <source>None stored (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="427"/>
        <source>kept in the OS keychain only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="427"/>
        <source>Paste a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="430"/>
        <source>pk_test_…, for the course&apos;s web page; optional here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="432"/>
        <source>whsec_…, the signing secret of the server&apos;s webhook endpoint; optional here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="443"/>
        <source>The token was removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="454"/>
        <source>The key was removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="479"/>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="518"/>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="548"/>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="496"/>
        <source>Connected. Webhook deliveries in the last 24 hours: %1; failure rate %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="531"/>
        <source>Connected to Stripe in LIVE mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="531"/>
        <source>Connected to Stripe in test mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="574"/>
        <source>Connected: schema version %1, %2 users, answered in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="578"/>
        <source>Cannot use the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::ReconciliationModel</name>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="51"/>
        <source>Premium here, no live subscription in Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="52"/>
        <source>Pays in Stripe, not Premium here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="53"/>
        <source>Subscription differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="54"/>
        <source>Subscription missing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="55"/>
        <source>Subscription unknown to Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="56"/>
        <source>Stripe subscription of no user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="57"/>
        <source>Several Stripe customers for one user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="67"/>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="67"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="75"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="78"/>
        <source>, period ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="80"/>
        <source>, cancels at period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="94"/>
        <source>%1, received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="112"/>
        <source>none received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="113"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="114"/>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="116"/>
        <source>Take Stripe&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="116"/>
        <source>Needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="128"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="129"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="130"/>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="131"/>
        <source>Stripe says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="132"/>
        <source>We say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="133"/>
        <source>Last webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="134"/>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::ReconciliationPage</name>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="55"/>
        <source>Compare to see whether our database matches Stripe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="85"/>
        <source>Opening Stripe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="111"/>
        <source>Cannot reach Stripe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="121"/>
        <source>Reading Stripe&apos;s subscriptions and customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="128"/>
        <source>Stopping after the current step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="135"/>
        <source>Reading Stripe: %n object(s) so far…</source>
        <translation>
            <numerusform>Reading Stripe: %n object so far…</numerusform>
            <numerusform>Reading Stripe: %n objects so far…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="140"/>
        <source>Fetching and applying: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="141"/>
        <source>Fixing: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="148"/>
        <source>The comparison did not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="159"/>
        <source>Our database matches Stripe (compared at %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="160"/>
        <source>%n difference(s) at %1; </source>
        <translation>
            <numerusform>%n difference at %1; </numerusform>
            <numerusform>%n differences at %1; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="161"/>
        <source>%n can be fixed from Stripe&apos;s data.</source>
        <translation>
            <numerusform>%n can be fixed from Stripe&apos;s data.</numerusform>
            <numerusform>%n can be fixed from Stripe&apos;s data.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="174"/>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="179"/>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="175"/>
        <source>Take Stripe&apos;s current state for %1 (%2)? It is written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="178"/>
        <source>Take Stripe&apos;s current state for the %n selected difference(s)?</source>
        <translation>
            <numerusform>Take Stripe&apos;s current state for the %n selected difference?</numerusform>
            <numerusform>Take Stripe&apos;s current state for the %n selected differences?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="204"/>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="279"/>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="207"/>
        <source>Fix all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="208"/>
        <source>Dry run — nothing has changed yet. These differences would take Stripe&apos;s current state, one after another, each re-read from Stripe and written to the audit log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="211"/>
        <source>%n difference(s) need a person and are left alone.</source>
        <translation>
            <numerusform>%n difference needs a person and is left alone.</numerusform>
            <numerusform>%n differences need a person and are left alone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="212"/>
        <source>Stop ends it after the current fix; comparing again shows what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="213"/>
        <source>Fix %n</source>
        <translation>
            <numerusform>Fix %n</numerusform>
            <numerusform>Fix %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="232"/>
        <source>Reading Stripe&apos;s events of the last 30 days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="239"/>
        <source>The list of events did not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="246"/>
        <source>companion-server has every event of the last 30 days that it acts on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="247"/>
        <source>%n event(s) never received or not applied.</source>
        <translation>
            <numerusform>%n event never received or not applied.</numerusform>
            <numerusform>%n events never received or not applied.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="259"/>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="262"/>
        <source>Fetch &amp; apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="260"/>
        <source>Read the current objects of the %n selected event(s) from Stripe and apply them as a webhook would? Each is written to the audit log.</source>
        <translation>
            <numerusform>Read the current objects of the %n selected event from Stripe and apply them as a webhook would? Each is written to the audit log.</numerusform>
            <numerusform>Read the current objects of the %n selected events from Stripe and apply them as a webhook would? Each is written to the audit log.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="282"/>
        <source>Fetch &amp; apply all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="283"/>
        <source>Dry run — nothing has changed yet. For each of these events Stripe&apos;s current object would be read and applied through the webhook code, one after another, and the event kept in our log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="285"/>
        <source>Stop ends it after the current event; listing again shows what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="286"/>
        <source>Apply %n</source>
        <translation>
            <numerusform>Apply %n</numerusform>
            <numerusform>Apply %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="302"/>
        <source>Applied %1 of %2 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="303"/>
        <source>Fixed %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="305"/>
        <source>Stopped before the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="307"/>
        <source>%n failed: </source>
        <translation>
            <numerusform>%n failed: </numerusform>
            <numerusform>%n failed: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="309"/>
        <source>What the payouts carried could not be read yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="311"/>
        <source>Read what %n payout(s) carried.</source>
        <translation>
            <numerusform>Read what %n payout carried.</numerusform>
            <numerusform>Read what %n payouts carried.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="322"/>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="329"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="324"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="329"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::RefundDialog</name>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="38"/>
        <source>Refund — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="45"/>
        <source>Give money back to %1 on the card that paid. Their access does not change: to end Premium too, use Cancel subscription… (it can refund as well).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="55"/>
        <source>%1 — %2 — invoice %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="57"/>
        <source>(%1 already refunded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="60"/>
        <source>Payment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="63"/>
        <source>Part of it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="71"/>
        <source>Amount to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="79"/>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="84"/>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="85"/>
        <source>Requested by the learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="86"/>
        <source>Duplicate payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="87"/>
        <source>Fraudulent (also blocks the card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="88"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="91"/>
        <source>e.g. charged twice, ticket 4711</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="92"/>
        <source>Note for the audit log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="104"/>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="170"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="106"/>
        <source>Don&apos;t refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="155"/>
        <source>All of it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="155"/>
        <source>All of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="164"/>
        <source>No payment of this learner can be refunded (none, or all refunded already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="166"/>
        <source>Choose how much to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="168"/>
        <source>%1 goes back to the card that paid; it shows on the learner&apos;s statement in 5–10 days. Premium is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="170"/>
        <source>Refund %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::RevenueCharts</name>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="128"/>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="202"/>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="271"/>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="129"/>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="271"/>
        <source>MRR movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="130"/>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="272"/>
        <source>Collected, fees and net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="203"/>
        <source>Scheduled churn (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="204"/>
        <source>At risk (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="205"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="206"/>
        <source>Expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="207"/>
        <source>Reactivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="208"/>
        <source>Contraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="209"/>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="210"/>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="211"/>
        <source>Stripe fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="212"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="238"/>
        <source>MRR so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="273"/>
        <source>%1 (* period not over yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::RevenuePage</name>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="63"/>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="64"/>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="65"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="79"/>
        <source>Course Companion MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="80"/>
        <source>Stripe-compatible MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="81"/>
        <source>A cancel at period end stays in MRR until the subscription ends, shown as scheduled churn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="82"/>
        <source>A cancel at period end leaves MRR when it is asked, as Stripe&apos;s Dashboard counts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="228"/>
        <source>The range ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/RevenuePage.cpp" line="232"/>
        <source>%n periods are too many to chart; choose a shorter range or longer periods.</source>
        <translation>
            <numerusform>%n period is too many to chart; choose a shorter range or longer periods.</numerusform>
            <numerusform>%n periods are too many to chart; choose a shorter range or longer periods.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="237"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="268"/>
        <source>Could not compute revenue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="293"/>
        <source>ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="57"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="57"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="58"/>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="58"/>
        <source>Month to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="59"/>
        <source>Year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="59"/>
        <source>Last full month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="60"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="191"/>
        <source>From month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="191"/>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="192"/>
        <source>Until month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="192"/>
        <source>Until day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="294"/>
        <source>ARPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="295"/>
        <source>LTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="296"/>
        <source>Customer churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="297"/>
        <source>Net new MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="298"/>
        <source>Scheduled churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/RevenuePage.cpp" line="302"/>
        <source>Figures at the end of the last period. Fees of %n payment(s) are estimated (≈): their balance transactions are not mirrored.</source>
        <translation>
            <numerusform>Figures at the end of the last period. The fee of %n payment is estimated (≈): its balance transaction is not mirrored.</numerusform>
            <numerusform>Figures at the end of the last period. Fees of %n payments are estimated (≈): their balance transactions are not mirrored.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="304"/>
        <source>Figures at the end of the last period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="340"/>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="347"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="340"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="345"/>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="405"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="347"/>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="408"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="355"/>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="367"/>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="394"/>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="408"/>
        <source>Month-end pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="356"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="367"/>
        <source>Could not read the closed pack of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="377"/>
        <source>Gathering the month-end pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="394"/>
        <source>Could not gather the month-end pack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="419"/>
        <source>Close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="420"/>
        <source>Freeze the figures of %1 (%2) as they are now? If they change later, for example by a late webhook, the month will show as restated; the frozen figures stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="423"/>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="445"/>
        <source>Close month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="445"/>
        <source>%1 was not closed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="460"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="480"/>
        <source>MRR that Stripe&apos;s Dashboard no longer counts on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="503"/>
        <source>Revenue definitions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::RevenueTableModel</name>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="88"/>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="135"/>
        <source>%n payment(s) without a mirrored balance transaction: their fee (%1) is estimated from Stripe&apos;s standard pricing.</source>
        <translation>
            <numerusform>%n payment without a mirrored balance transaction: its fee (%1) is estimated from Stripe&apos;s standard pricing.</numerusform>
            <numerusform>%n payments without a mirrored balance transaction: their fee (%1) is estimated from Stripe&apos;s standard pricing.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="138"/>
        <source>Content hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="141"/>
        <source>%1: closed %2, now %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="144"/>
        <source>Period not over yet: figures will change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="155"/>
        <source>%1 (so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="173"/>
        <source>Closed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="173"/>
        <source>Restated: %n figure(s) differ</source>
        <translation>
            <numerusform>Restated: %n figure differs</numerusform>
            <numerusform>Restated: %n figures differ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="204"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="205"/>
        <source>Start MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="206"/>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="207"/>
        <source>Net new MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="208"/>
        <source>Scheduled churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="209"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="210"/>
        <source>ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="211"/>
        <source>Subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="212"/>
        <source>ARPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="213"/>
        <source>Customer churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="214"/>
        <source>Gross MRR churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="215"/>
        <source>Net MRR churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="216"/>
        <source>LTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="217"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="218"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="219"/>
        <source>Expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="220"/>
        <source>Reactivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="221"/>
        <source>Contraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="222"/>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="223"/>
        <source>Quick ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="224"/>
        <source>Customers won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="225"/>
        <source>Customers lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="226"/>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="227"/>
        <source>Stripe fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="228"/>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="229"/>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="230"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="231"/>
        <source>Failed payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="232"/>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="233"/>
        <source>Recovery rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="243"/>
        <source>Calendar day, ISO week (Monday first) or calendar month, in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="244"/>
        <source>MRR at the last second before the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="245"/>
        <source>Monthly recurring revenue at the period&apos;s last second: price × quantity per month (yearly ÷ 12) of every active or past-due subscription; trials, $0 plans and tax excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="247"/>
        <source>New + expansion + reactivation − contraction − churn. Start MRR + net new MRR = end MRR, to the cent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="248"/>
        <source>MRR at the period&apos;s end of subscriptions set to cancel at period end. It stays in MRR until they end; the Stripe-compatible mode drops it when the cancel is asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="250"/>
        <source>MRR at the period&apos;s end of past-due subscriptions: still counted, Stripe is retrying the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="251"/>
        <source>Annual run rate: MRR × 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="252"/>
        <source>Paying customers at the period&apos;s end (a customer with two subscriptions counts once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="253"/>
        <source>Average revenue per user: MRR ÷ subscribers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="254"/>
        <source>Customers lost ÷ customers at the start. Someone who joined and left within the period is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="255"/>
        <source>(Churn + contraction) ÷ start MRR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="256"/>
        <source>(Churn + contraction − expansion − reactivation) ÷ start MRR; negative when the base grows on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="257"/>
        <source>Lifetime value: ARPU ÷ the average monthly customer churn of the six calendar months up to this one (1.67 % if that is 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="258"/>
        <source>A closed month&apos;s figures are frozen with a content hash; if they change later it says so here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="259"/>
        <source>MRR of customers paying for the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="260"/>
        <source>MRR added by customers who paid before and pay more now (price or quantity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="261"/>
        <source>MRR of customers who had left (MRR 0) and pay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="262"/>
        <source>MRR lost by customers who still pay, but less (a yearly plan costs less per month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="263"/>
        <source>MRR of customers who stopped paying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="264"/>
        <source>(New + expansion + reactivation) ÷ (contraction + churn): above 1, the business grows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="265"/>
        <source>New and reactivated customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="266"/>
        <source>Customers whose MRR fell to 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="267"/>
        <source>Amount collected from invoices paid in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="268"/>
        <source>Stripe&apos;s fees from balance transactions where mirrored; otherwise estimated (2.9 % + 30¢), marked ≈.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="269"/>
        <source>Amount refunded of invoices paid in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="270"/>
        <source>Chargebacks opened in the period: the amount taken back and Stripe&apos;s dispute fee (none once a dispute is won).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="271"/>
        <source>Gross − fees − refunds − disputes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="272"/>
        <source>Amount of invoices created in the period whose payment failed at least once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="273"/>
        <source>… of which paid after all, on a retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="274"/>
        <source>Recovered ÷ failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::RowContextMenu</name>
    <message>
        <location filename="../app/admin/widgets/RowContextMenu.cpp" line="59"/>
        <source>Copy row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RowContextMenu.cpp" line="67"/>
        <source>Copy “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::ShortcutsDialog</name>
    <message>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="15"/>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="18"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="19"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="19"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="33"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="37"/>
        <source>Open the row&apos;s learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="37"/>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="38"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="38"/>
        <source>Open a Stripe id&apos;s learner from the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="39"/>
        <source>The row&apos;s commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="39"/>
        <source>Menu or Shift+F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="40"/>
        <source>Copy the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="41"/>
        <source>What&apos;s this?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::SubscriptionsCsvSource</name>
    <message>
        <location filename="../app/admin/actions/ViewCsvSources.cpp" line="70"/>
        <source>Subscription id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/ViewCsvSources.cpp" line="70"/>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/ViewCsvSources.cpp" line="70"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/ViewCsvSources.cpp" line="71"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/ViewCsvSources.cpp" line="73"/>
        <source>Stripe customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/ViewCsvSources.cpp" line="101"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::SubscriptionsModel</name>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="23"/>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="25"/>
        <source>yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="26"/>
        <source>every %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="46"/>
        <source>(no user: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="51"/>
        <source>cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="81"/>
        <source>Stripe has this subscription, but no user of ours is tied to its customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="94"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="95"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="96"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="97"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="98"/>
        <source>Period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="99"/>
        <source>Cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="100"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="101"/>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::SubscriptionsPage</name>
    <message>
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="39"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="42"/>
        <source>Any plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="43"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="44"/>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="61"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="66"/>
        <source>Could not read subscriptions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="100"/>
        <source>No subscription matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="105"/>
        <source>No subscription matches this search and these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="105"/>
        <source>Clear the search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="115"/>
        <source>No subscriptions yet. A learner&apos;s subscription appears here once Stripe&apos;s webhook about their checkout has reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="121"/>
        <source>%1 subscriptions · %2 listed, scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="124"/>
        <source>%n subscription(s) shown, scroll for more</source>
        <translation>
            <numerusform>%n subscription shown, scroll for more</numerusform>
            <numerusform>%n subscriptions shown, scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="125"/>
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n subscription</numerusform>
            <numerusform>%n subscriptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>companion::admin::SupportActions</name>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="46"/>
        <location filename="../app/admin/actions/SupportActions.cpp" line="68"/>
        <source>Creating a checkout link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="47"/>
        <source>No yearly price is set: enter its price id in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="48"/>
        <source>No monthly price is set: enter its price id in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="72"/>
        <source>checkout link for the learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="77"/>
        <source>Checkout link created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="78"/>
        <source>Checkout link created, but the audit log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="119"/>
        <source>Asking Stripe to cancel at the end of the period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="116"/>
        <source>The subscription will end with the paid period; Premium stays on until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="84"/>
        <source>Creating a card update link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="86"/>
        <source>%1 has no Stripe customer yet: there is no card to update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="96"/>
        <source>card update link for the learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="97"/>
        <source>Card update link created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="98"/>
        <source>Card update link created, but the audit log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="122"/>
        <source>Asking Stripe to cancel now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="124"/>
        <source>The subscription has ended; Premium is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="127"/>
        <source>Asking Stripe to cancel on the chosen date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="129"/>
        <source>The subscription ends on %1; Premium stays on until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="141"/>
        <source>Ended; now refunding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="146"/>
        <source>%1 But the refund failed: %2 Use Refund… to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="156"/>
        <source>Asking Stripe to refund %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="188"/>
        <source>%1 refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="189"/>
        <source>%1 refunded, but the audit log could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="201"/>
        <source>Asking Stripe to keep the subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="203"/>
        <source>The subscription renews again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="228"/>
        <source>Stripe refused; checking whether the subscription has already ended…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="229"/>
        <source>The subscription had already ended (an earlier try went through); Premium is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="255"/>
        <source>Stripe made the change, but our copy could not be updated (%1); it will follow with Stripe&apos;s webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="262"/>
        <source>Granting Premium…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="266"/>
        <source>Premium granted until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="267"/>
        <source>Premium granted with no end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="272"/>
        <source>Revoking the grant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="276"/>
        <source>The grant was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="322"/>
        <source>%1 Trying again in %2 s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="332"/>
        <source>Trying again sends the same request, so Stripe does it at most once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="337"/>
        <source>Stripe accepted; saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="354"/>
        <source>Stopped waiting. If Stripe made the change anyway, its webhook brings it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::SupportSettings</name>
    <message>
        <location filename="../app/admin/settings/SupportSettings.cpp" line="81"/>
        <source>Enter the monthly Premium price id (price_…) from Stripe&apos;s product page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/settings/SupportSettings.cpp" line="83"/>
        <source>A price id starts with price_ (not prod_…): copy it from the product&apos;s pricing table in Stripe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/settings/SupportSettings.cpp" line="91"/>
        <source>Enter a full address, such as https://coursecompanion.example/premium/welcome.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::TypedConfirmation</name>
    <message>
        <location filename="../app/admin/widgets/TypedConfirmation.cpp" line="17"/>
        <source>LIVE MODE: this changes a real customer. Type %1 to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/TypedConfirmation.cpp" line="21"/>
        <source>The customer&apos;s e-mail, typed to confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::UserDetailDialog</name>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="113"/>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="118"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="119"/>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="152"/>
        <source>The link to invoice %1 is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="207"/>
        <source>Reading from Stripe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="240"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="261"/>
        <source>This user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="262"/>
        <source>Could not read this user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="269"/>
        <source>Read at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="298"/>
        <source>%1 does not apply to this learner now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="304"/>
        <source>%1 — user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="311"/>
        <source>none yet (created at the first checkout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="317"/>
        <source>open in Stripe&apos;s Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="317"/>
        <source>open in Stripe&apos;s Dashboard (test mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="323"/>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="323"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="325"/>
        <source>Premium until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="327"/>
        <source>Premium, no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="335"/>
        <source>A manual grant by support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="337"/>
        <source>A Stripe subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="339"/>
        <source>No active subscription or grant: chapters 1–3 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="341"/>
        <source>The last payment failed and Stripe is retrying; Premium stays on until Stripe gives up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="343"/>
        <source>Cancellation requested: the subscription ends on %1 and will not renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="345"/>
        <source>Cancellation requested: the subscription ends on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="346"/>
        <source>Rule applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="354"/>
        <source>yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="354"/>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="356"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="356"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="359"/>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="359"/>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="408"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="359"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="359"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="359"/>
        <source>Period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="359"/>
        <source>Cancels at period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="359"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="359"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="397"/>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="399"/>
        <source>payment failed (%n attempt(s))</source>
        <translation>
            <numerusform>payment failed (%n attempt)</numerusform>
            <numerusform>payment failed (%n attempts)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="408"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="528"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="408"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="313"/>
        <source>%1 (the sandbox has no Dashboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="397"/>
        <source>paid, refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="397"/>
        <source>paid, partly refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="400"/>
        <source>first payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="401"/>
        <source>renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="402"/>
        <source>manual invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="408"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="408"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="523"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="523"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="525"/>
        <source>revoked by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="526"/>
        <source>until revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="528"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="528"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="528"/>
        <source>Granted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="528"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="536"/>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="541"/>
        <source>out of order: older than what we had, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="543"/>
        <source>duplicate: already processed, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="545"/>
        <source>(delivered %n time(s); the repeats changed nothing)</source>
        <translation>
            <numerusform>(delivered %n time; the repeats changed nothing)</numerusform>
            <numerusform>(delivered %n times; the repeats changed nothing)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="548"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="548"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="548"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="548"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="548"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="685"/>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="687"/>
        <source>Resume subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="771"/>
        <source>Paid: Stripe&apos;s webhook has brought the new subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="777"/>
        <source>Confirmed by Stripe&apos;s webhook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="608"/>
        <source>Pending: %1 Waiting for Stripe&apos;s webhook to confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="408"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="408"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="408"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="422"/>
        <source>%1 •••• %2, expires %3/%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="422"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="430"/>
        <source>EXPIRED: send a card update link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="432"/>
        <source>expires soon: the next renewal may fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="437"/>
        <source>none (not a Stripe customer yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="438"/>
        <source>no default card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="448"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="452"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="455"/>
        <source>Paid %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="459"/>
        <source>Declined: %1 on %2 — %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="462"/>
        <source> (Stripe: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="465"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="465"/>
        <source>none scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="467"/>
        <source>Stripe could not be read completely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="471"/>
        <source>Read from Stripe at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="504"/>
        <source>The sandbox has no Dashboard: this works with Stripe itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="575"/>
        <source>No payment left to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="575"/>
        <source>Reading the payments from Stripe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="624"/>
        <source>Enter a reason first: every change is kept in the audit log with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="686"/>
        <source>Keep %1&apos;s subscription? It renews on %2 and charges them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="714"/>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="716"/>
        <source>Revoke grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="714"/>
        <source>End the Premium grant %1 gave to %2? Unless they pay, they are back to chapters 1–3 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="737"/>
        <source>(Stripe request %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="769"/>
        <source>checkout link created; Premium starts when the learner has paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="770"/>
        <source>The checkout link has expired without a payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="775"/>
        <source>Stripe made the change, but its webhook has not arrived after %n minute(s). Look in the Webhook log for failed or rejected deliveries.</source>
        <translation>
            <numerusform>Stripe made the change, but its webhook has not arrived after %n minute. Look in the Webhook log for failed or rejected deliveries.</numerusform>
            <numerusform>Stripe made the change, but its webhook has not arrived after %n minutes. Look in the Webhook log for failed or rejected deliveries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>companion::admin::UsersCsvSource</name>
    <message>
        <location filename="../app/admin/actions/ViewCsvSources.cpp" line="32"/>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::UsersModel</name>
    <message>
        <location filename="../app/admin/actions/ViewCsvSources.cpp" line="57"/>
        <location filename="../app/admin/models/UsersModel.cpp" line="34"/>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/actions/ViewCsvSources.cpp" line="57"/>
        <location filename="../app/admin/models/UsersModel.cpp" line="34"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="39"/>
        <source>no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="57"/>
        <source>Premium by a manual grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="58"/>
        <source>Premium through a Stripe subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="60"/>
        <source>User id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="62"/>
        <source>The last payment failed; Stripe is retrying. Premium stays on until it gives up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="80"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="81"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="82"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="83"/>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="84"/>
        <source>Premium until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="85"/>
        <source>Stripe customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="86"/>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="137"/>
        <source>manual grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="140"/>
        <source>%1, cancels at period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="148"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="149"/>
        <source>trialing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="150"/>
        <source>past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="151"/>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="152"/>
        <source>unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="153"/>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="154"/>
        <source>incomplete, expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="155"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::UsersPage</name>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="76"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="81"/>
        <location filename="../app/admin/pages/UsersPage.cpp" line="82"/>
        <source>Could not read users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="163"/>
        <source>No users yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="155"/>
        <source>No user matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="44"/>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="45"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="46"/>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="47"/>
        <source>Any subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="50"/>
        <source>Never subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="82"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="156"/>
        <source>No learner&apos;s e-mail or name contains “%1”. Any part of either works, as does a Stripe id (cus_…, in_…, ch_…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="158"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="160"/>
        <source>No user matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="161"/>
        <source>No learner matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="161"/>
        <source>Clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="164"/>
        <source>No learners yet. They appear here when they sign up in the course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="170"/>
        <source>%1 users · %2 listed, scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/UsersPage.cpp" line="173"/>
        <source>%n user(s) shown, scroll for more</source>
        <translation>
            <numerusform>%n user shown, scroll for more</numerusform>
            <numerusform>%n users shown, scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/UsersPage.cpp" line="173"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>companion::admin::WebhookEventsModel</name>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="35"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="36"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="37"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="38"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="39"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="40"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="41"/>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="70"/>
        <source>(unverified)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::WebhookLogPage</name>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="37"/>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="46"/>
        <source>Select a delivery to see what Stripe sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="59"/>
        <source>%1 deliveries shown, scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="60"/>
        <source>%1 deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="101"/>
        <source>Set the server&apos;s address and admin token in Settings to see its webhook log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="111"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="132"/>
        <source>Last 24 hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="132"/>
        <source>no deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="150"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="173"/>
        <source>Reprocessing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="183"/>
        <source>%1 reprocessed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="183"/>
        <source>%1 reprocessed: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::billing</name>
    <message>
        <location filename="../app/core/billing/ManualGrants.cpp" line="68"/>
        <source>A reason is required: it is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/ManualGrants.cpp" line="70"/>
        <source>The operator&apos;s name is missing; set it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="456"/>
        <source>the payment failed; Stripe gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="79"/>
        <source>that payment method belongs to no customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="81"/>
        <source>that event is not about a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="83"/>
        <source>that checkout session has no customer (it was not completed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="84"/>
        <source>that payment belongs to no customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::billing::LearnerPayments</name>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="364"/>
        <source>insufficient funds — ask for another card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="366"/>
        <source>the card has expired — ask the learner to add a current card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="368"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="370"/>
        <source>the security code (CVC) was wrong — ask the learner to enter the card again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="372"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="374"/>
        <source>the card number was wrong — ask the learner to enter the card again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="376"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="378"/>
        <source>the expiry date was wrong — ask the learner to enter the card again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="380"/>
        <source>the postal code did not match — ask the learner to check the billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="382"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="384"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="386"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="388"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="390"/>
        <source>the bank declined without a reason — ask the learner to call their bank or use another card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="393"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="395"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="397"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="399"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="401"/>
        <source>the bank refused — ask the learner to call their bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="403"/>
        <source>declined as likely fraud — do not retry; tell the learner only that the card was declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="405"/>
        <source>blocked by the account&apos;s fraud rules — do not retry; tell the learner only that the card was declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="407"/>
        <source>the bank wants the learner to confirm the payment (3-D Secure) — send them the invoice link to pay it themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="409"/>
        <source>an error at the bank or Stripe — try again later; Stripe&apos;s retries may already succeed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="411"/>
        <source>the bank asked to try again later — Stripe retries by itself; check again in a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="413"/>
        <source>the bank could not be reached — try again later; Stripe retries by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="415"/>
        <source>the bank could not process it — try the payment again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="417"/>
        <source>too many payments or over the card&apos;s limit — ask the learner to wait, call their bank or use another card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="419"/>
        <source>over the card&apos;s limit — ask the learner to use another card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="421"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="423"/>
        <source>the card does not allow this kind of payment — ask for another card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="425"/>
        <source>the card does not take this currency — ask for another card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="427"/>
        <source>the bank says never to retry this card — ask for another card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="429"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="431"/>
        <source>the learner told their bank to stop these payments — talk to the learner before retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="433"/>
        <source>the card was replaced — ask the learner to add the new card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="435"/>
        <source>the card or account is no longer valid — ask for another card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="437"/>
        <source>the bank saw the same payment just before — check it was not already paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="439"/>
        <source>a test card was used on a live account — ask for a real card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::billing::LearnerPaymentsReader</name>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="136"/>
        <source>No Stripe customer is linked to this learner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="136"/>
        <source>Stripe is not set up on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="163"/>
        <source>The request was given up before Stripe answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="171"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="174"/>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="174"/>
        <source>This customer was deleted at Stripe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="184"/>
        <source>the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="192"/>
        <source>the invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="196"/>
        <source>the charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="200"/>
        <source>the payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="205"/>
        <source>the subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="213"/>
        <source>the next invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="353"/>
        <source>Nothing could be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="354"/>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::billing::ManualGrants</name>
    <message>
        <location filename="../app/core/billing/ManualGrants.cpp" line="85"/>
        <source>The end of the grant must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/ManualGrants.cpp" line="91"/>
        <source>This user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/ManualGrants.cpp" line="127"/>
        <source>This grant no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/ManualGrants.cpp" line="129"/>
        <source>This grant has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::billing::MonthPack</name>
    <message>
        <location filename="../app/core/billing/MonthPack.cpp" line="206"/>
        <source>The stored month-end pack is not one this version can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/MonthPack.cpp" line="221"/>
        <source>The stored month-end pack names an unknown movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/MonthPack.cpp" line="255"/>
        <source>The stored month-end pack names an unknown kind of difference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::billing::PayoutLedger</name>
    <message>
        <location filename="../app/core/billing/PayoutLedger.cpp" line="87"/>
        <source>Payout %1 is not in our copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::billing::PeriodClose</name>
    <message>
        <location filename="../app/core/billing/PeriodClose.cpp" line="55"/>
        <source>%1 is not over yet: a month is closed once it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/PeriodClose.cpp" line="59"/>
        <source>%1 is already closed; its figures stay as they were frozen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::billing::Reconciler</name>
    <message>
        <location filename="../app/core/billing/Reconciler.cpp" line="60"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::billing::StripeIdResolver</name>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="29"/>
        <source>no such customer at Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="30"/>
        <source>no such subscription at Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="31"/>
        <source>no such invoice at Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="32"/>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="33"/>
        <source>no such charge at Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="34"/>
        <source>no such payment at Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="35"/>
        <source>no such payment method at Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="37"/>
        <source>no such refund at Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="38"/>
        <source>no such event at Stripe (events are kept 30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="39"/>
        <source>no such checkout session at Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="40"/>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="41"/>
        <source>no such dispute at Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="112"/>
        <source>that is not a Stripe id the desk can look up (cus_, sub_, in_, ch_, pi_, pm_, re_, evt_, cs_)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="116"/>
        <source>Stripe is not set up on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="129"/>
        <source>The request was given up before Stripe answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::serverapi::AdminApiClient</name>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="116"/>
        <source>companion-server at %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="117"/>
        <source>companion-server at %1 cannot be reached (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="124"/>
        <source>The answer from %1 is not the admin API&apos;s (is the server URL right?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="134"/>
        <source>The server refused the admin token (revoked or mistyped). Store a new one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="137"/>
        <source>The server cannot reach its database right now; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="140"/>
        <source>The server answered with status %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::stripe::StripeError</name>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="32"/>
        <source>Stripe could not be reached. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="33"/>
        <source>Stripe did not answer in time. The request may still have gone through; try again — it is safe to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="34"/>
        <source>The request was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="35"/>
        <source>Stripe sent an answer that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="40"/>
        <source>The card was declined: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="43"/>
        <source>Stripe rejected the API key: it is wrong, revoked or for another account. Check the key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="45"/>
        <source>The API key may not do this (a restricted key without this permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="47"/>
        <source>Stripe is limiting how fast requests may come, and still did after waiting. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="49"/>
        <source>This request was already sent with different details; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="51"/>
        <source>Stripe does not know this object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="53"/>
        <source>Stripe had a problem (HTTP %1). Retrying later is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="54"/>
        <source>Stripe refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/admin/main.cpp" line="23"/>
        <source>Course Companion Billing: support desk, finance and webhook diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/main.cpp" line="39"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/main.cpp" line="40"/>
        <source>The demo&apos;s keys could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/main.cpp" line="45"/>
        <source>Cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/main.cpp" line="46"/>
        <source>The database setting is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
