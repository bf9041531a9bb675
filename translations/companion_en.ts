<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminStartup</name>
    <message>
        <location filename="../app/admin/AdminStartup.cpp" line="17"/>
        <source>Database URL (postgresql://… or sqlite:///path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/AdminStartup.cpp" line="20"/>
        <source>User interface language, e.g. de or en (default: system).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="11"/>
        <source>Who (operator or token label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="21"/>
        <source>Action, e.g. subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="31"/>
        <source>User id</source>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/SettingsPage.ui" line="9"/>
        <source>Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="15"/>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="25"/>
        <source>https://api.stripe.com (or a stripe-sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="32"/>
        <source>Secret &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="58"/>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="65"/>
        <source>Remove &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="72"/>
        <source>Test &amp;Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="101"/>
        <source>companion-server (webhook log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="107"/>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="117"/>
        <source>https://billing.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="124"/>
        <source>Admin &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="150"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="157"/>
        <source>&amp;Remove token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="164"/>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StripeConnection</name>
    <message>
        <location filename="../app/admin/settings/StripeConnection.cpp" line="34"/>
        <source>That is a publishable key (pk_…); the admin app needs a secret (sk_…) or restricted (rk_…) key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/settings/StripeConnection.cpp" line="35"/>
        <source>A Stripe secret key starts with sk_test_, sk_live_, rk_test_ or rk_live_.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../ui/UsersPage.ui" line="11"/>
        <source>Search by e-mail, name, user id or Stripe customer id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="21"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="24"/>
        <source>Read the users again from the database (F5)</source>
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
        <location filename="../ui/WebhookLogPage.ui" line="18"/>
        <source>Type, e.g. customer.subscription.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="28"/>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="38"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="45"/>
        <source>&amp;Auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="88"/>
        <source>Re&amp;process</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::AuditLogPage</name>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="32"/>
        <source>Select an entry to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="41"/>
        <source>The audit log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="44"/>
        <source>%1 entries shown, scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="45"/>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="78"/>
        <source>%1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="80"/>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="82"/>
        <source>Stripe request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="84"/>
        <source>Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="86"/>
        <source>After:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::AuditModel</name>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="36"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="37"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="38"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="39"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="40"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="41"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="42"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
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
        <location filename="../app/admin/secrets/KeychainStore.cpp" line="120"/>
        <source>The keychain holds this secret but did not release it: it may be locked. Unlock your keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/secrets/KeychainStore.cpp" line="122"/>
        <source>No secret is stored for this yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/secrets/KeychainStore.cpp" line="124"/>
        <source>Access to the keychain was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/secrets/KeychainStore.cpp" line="129"/>
        <source>No keychain is available (%1). Secrets are not stored anywhere else; start your desktop&apos;s keyring (e.g. gnome-keyring) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/secrets/KeychainStore.cpp" line="134"/>
        <source>The keychain failed: %1. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::MainWindow</name>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="36"/>
        <source>LIVE MODE — a live Stripe key is in use: actions here charge real cards and change real access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="48"/>
        <source>Database: %1 (opening…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="57"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="60"/>
        <source>Webhook log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="63"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="66"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="95"/>
        <source>Stripe: no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="97"/>
        <source>Stripe: sandbox at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="99"/>
        <source>Stripe: LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="99"/>
        <source>Stripe: test mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="119"/>
        <source>Database: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="122"/>
        <source>Database: %1 — unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="124"/>
        <source>Database problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::SettingsPage</name>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="121"/>
        <source>No token stored. Create one with: companion-server admin-token create --label &quot;support desk&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="122"/>
        <source>Stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="123"/>
        <source>cat_… (kept in the OS keychain only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="123"/>
        <source>Paste a new token to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="70"/>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="144"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="46"/>
        <source>No key stored. Use a test key (sk_test_…) or a restricted key (rk_…) from Stripe&apos;s Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="48"/>
        <source>Stored in the keychain: %1 — LIVE mode: real money and real access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="50"/>
        <source>Stored in the keychain: %1 (test mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="51"/>
        <source>sk_test_… (kept in the OS keychain only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="51"/>
        <source>Paste a new key to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="59"/>
        <source>Enter Stripe&apos;s address, https://api.stripe.com, or a stripe-sandbox&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="79"/>
        <source>Saved. The key is in the keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="88"/>
        <source>The key was removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="110"/>
        <source>Connected to Stripe in LIVE mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="110"/>
        <source>Connected to Stripe in test mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="148"/>
        <source>Storing the token in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="154"/>
        <source>Saved. The token is in the keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="164"/>
        <source>The token was removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="172"/>
        <source>Save the server&apos;s address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="97"/>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="176"/>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="193"/>
        <source>Connected. Webhook deliveries in the last 24 hours: %1; failure rate %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::UsersModel</name>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="43"/>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="43"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="47"/>
        <source>no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="64"/>
        <source>Premium by a manual grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="65"/>
        <source>Premium through a Stripe subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="67"/>
        <source>User id: %1</source>
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
        <source>Premium until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="84"/>
        <source>Stripe customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="85"/>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::UsersPage</name>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="43"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="46"/>
        <source>Could not read users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="68"/>
        <source>No users yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="69"/>
        <source>No user matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/UsersPage.cpp" line="72"/>
        <source>%n user(s) shown, scroll for more</source>
        <translation>
            <numerusform>%n user shown, scroll for more</numerusform>
            <numerusform>%n users shown, scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/UsersPage.cpp" line="73"/>
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
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="30"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="31"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="32"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="33"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="34"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="35"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="36"/>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="65"/>
        <source>(unverified)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::admin::WebhookLogPage</name>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="35"/>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="44"/>
        <source>Select a delivery to see what Stripe sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="57"/>
        <source>%1 deliveries shown, scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="58"/>
        <source>%1 deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="85"/>
        <source>Set the server&apos;s address and admin token in Settings to see its webhook log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="110"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="131"/>
        <source>Last 24 hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="131"/>
        <source>no deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="144"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="166"/>
        <source>Reprocessing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="176"/>
        <source>%1 reprocessed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="176"/>
        <source>%1 reprocessed: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>companion::serverapi::AdminApiClient</name>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="90"/>
        <source>companion-server at %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="91"/>
        <source>companion-server at %1 cannot be reached (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="98"/>
        <source>The answer from %1 is not the admin API&apos;s (is the server URL right?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="108"/>
        <source>The server refused the admin token (revoked or mistyped). Store a new one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="111"/>
        <source>The server cannot reach its database right now; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="114"/>
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
        <source>Stripe is rate limiting requests; they are retried automatically. Try again in a moment.</source>
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
        <location filename="../app/admin/main.cpp" line="19"/>
        <source>Course Companion Billing: support desk, finance and webhook diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/main.cpp" line="33"/>
        <source>Cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/admin/main.cpp" line="34"/>
        <source>The database setting is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
