<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdminStartup</name>
    <message>
        <location filename="../app/admin/AdminStartup.cpp" line="17"/>
        <source>Database URL (postgresql://… or sqlite:///path).</source>
        <translation>Datenbank-URL (postgresql://… oder sqlite:///Pfad).</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminStartup.cpp" line="20"/>
        <source>User interface language, e.g. de or en (default: system).</source>
        <translation>Sprache der Oberfläche, z. B. de oder en (Standard: System).</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="11"/>
        <source>Who (operator or token label)</source>
        <translation>Wer (Bearbeiter oder Token-Bezeichnung)</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="21"/>
        <source>Action, e.g. subscription.</source>
        <translation>Aktion, z. B. subscription.</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="31"/>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="9"/>
        <source>Course Companion Billing</source>
        <translation>Course Companion Abrechnung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="19"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <location filename="../app/admin/settings/ServerConnection.cpp" line="26"/>
        <source>Enter the server&apos;s address, e.g. https://billing.example.com</source>
        <translation>Geben Sie die Adresse des Servers ein, z. B. https://billing.example.com</translation>
    </message>
    <message>
        <location filename="../app/admin/settings/ServerConnection.cpp" line="28"/>
        <source>The address must not contain a user name or password; the token goes in its own field.</source>
        <translation>Die Adresse darf keinen Benutzernamen und kein Passwort enthalten; das Token gehört in sein eigenes Feld.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/SettingsPage.ui" line="9"/>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="15"/>
        <source>API &amp;address:</source>
        <translation>API-&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="25"/>
        <source>https://api.stripe.com (or a stripe-sandbox)</source>
        <translation>https://api.stripe.com (oder eine stripe-sandbox)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="32"/>
        <source>Secret &amp;key:</source>
        <translation>Geheimer &amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="58"/>
        <source>Sa&amp;ve</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="65"/>
        <source>Remove &amp;key</source>
        <translation>Schlüssel &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="72"/>
        <source>Test &amp;Stripe</source>
        <translation>Stripe &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="101"/>
        <source>companion-server (webhook log)</source>
        <translation>companion-server (Webhook-Protokoll)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="107"/>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="117"/>
        <source>https://billing.example.com</source>
        <translation>https://billing.example.com</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="124"/>
        <source>Admin &amp;token:</source>
        <translation>Admin-&amp;Token:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="150"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="157"/>
        <source>&amp;Remove token</source>
        <translation>Token &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.ui" line="164"/>
        <source>Test &amp;connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
</context>
<context>
    <name>StripeConnection</name>
    <message>
        <location filename="../app/admin/settings/StripeConnection.cpp" line="34"/>
        <source>That is a publishable key (pk_…); the admin app needs a secret (sk_…) or restricted (rk_…) key.</source>
        <translation>Das ist ein veröffentlichbarer Schlüssel (pk_…); die Admin-App braucht einen geheimen (sk_…) oder eingeschränkten (rk_…) Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/admin/settings/StripeConnection.cpp" line="35"/>
        <source>A Stripe secret key starts with sk_test_, sk_live_, rk_test_ or rk_live_.</source>
        <translation>Ein geheimer Stripe-Schlüssel beginnt mit sk_test_, sk_live_, rk_test_ oder rk_live_.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../ui/UsersPage.ui" line="11"/>
        <source>Search by e-mail, name, user id or Stripe customer id (Ctrl+F)</source>
        <translation>Suche nach E-Mail, Name, Benutzer-ID oder Stripe-Kunden-ID (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="21"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="24"/>
        <source>Read the users again from the database (F5)</source>
        <translation>Benutzer erneut aus der Datenbank lesen (F5)</translation>
    </message>
</context>
<context>
    <name>WebhookLogPage</name>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="11"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="18"/>
        <source>Type, e.g. customer.subscription.*</source>
        <translation>Typ, z. B. customer.subscription.*</translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="28"/>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="38"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="45"/>
        <source>&amp;Auto-refresh</source>
        <translation>A&amp;utomatisch aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="88"/>
        <source>Re&amp;process</source>
        <translation>&amp;Erneut verarbeiten</translation>
    </message>
</context>
<context>
    <name>companion::admin::AuditLogPage</name>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="32"/>
        <source>Select an entry to see what it changed.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was er geändert hat.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="41"/>
        <source>The audit log cannot be read: %1</source>
        <translation>Das Prüfprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="44"/>
        <source>%1 entries shown, scroll for more</source>
        <translation>%1 Einträge angezeigt, für weitere scrollen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="45"/>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="78"/>
        <source>%1 by %2 (%3)</source>
        <translation>%1 durch %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="80"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="82"/>
        <source>Stripe request: %1</source>
        <translation>Stripe-Anfrage: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="84"/>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="86"/>
        <source>After:</source>
        <translation>Nachher:</translation>
    </message>
</context>
<context>
    <name>companion::admin::AuditModel</name>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="36"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="37"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="38"/>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="39"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="40"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="41"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="42"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>companion::admin::KeychainStore</name>
    <message>
        <location filename="../app/admin/secrets/KeychainStore.cpp" line="85"/>
        <source>The keychain did not answer. Unlock it (or answer its prompt) and try again.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet. Entsperren Sie ihn (oder beantworten Sie seine Nachfrage) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/admin/secrets/KeychainStore.cpp" line="120"/>
        <source>The keychain holds this secret but did not release it: it may be locked. Unlock your keyring and try again.</source>
        <translation>Der Schlüsselbund enthält dieses Geheimnis, hat es aber nicht herausgegeben: Vielleicht ist er gesperrt. Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/admin/secrets/KeychainStore.cpp" line="122"/>
        <source>No secret is stored for this yet.</source>
        <translation>Hierfür ist noch kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/admin/secrets/KeychainStore.cpp" line="124"/>
        <source>Access to the keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <location filename="../app/admin/secrets/KeychainStore.cpp" line="129"/>
        <source>No keychain is available (%1). Secrets are not stored anywhere else; start your desktop&apos;s keyring (e.g. gnome-keyring) and try again.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Geheimnisse werden nirgends sonst gespeichert; starten Sie den Schlüsselbund Ihres Desktops (z. B. gnome-keyring) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/admin/secrets/KeychainStore.cpp" line="134"/>
        <source>The keychain failed: %1. Nothing was stored.</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: %1. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>companion::admin::MainWindow</name>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="36"/>
        <source>LIVE MODE — a live Stripe key is in use: actions here charge real cards and change real access.</source>
        <translation>LIVE-MODUS — ein Live-Schlüssel von Stripe ist in Gebrauch: Aktionen hier belasten echte Karten und ändern echte Zugänge.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="48"/>
        <source>Database: %1 (opening…)</source>
        <translation>Datenbank: %1 (wird geöffnet …)</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="57"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="60"/>
        <source>Webhook log</source>
        <translation>Webhook-Protokoll</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="63"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="66"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="95"/>
        <source>Stripe: no key</source>
        <translation>Stripe: kein Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="97"/>
        <source>Stripe: sandbox at %1</source>
        <translation>Stripe: Sandbox unter %1</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="99"/>
        <source>Stripe: LIVE</source>
        <translation>Stripe: LIVE</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="99"/>
        <source>Stripe: test mode</source>
        <translation>Stripe: Testmodus</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="119"/>
        <source>Database: %1 (schema %2)</source>
        <translation>Datenbank: %1 (Schema %2)</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="122"/>
        <source>Database: %1 — unavailable</source>
        <translation>Datenbank: %1 – nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="124"/>
        <source>Database problem: %1</source>
        <translation>Datenbankproblem: %1</translation>
    </message>
</context>
<context>
    <name>companion::admin::SettingsPage</name>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="121"/>
        <source>No token stored. Create one with: companion-server admin-token create --label &quot;support desk&quot;</source>
        <translation>Kein Token gespeichert. Erzeugen Sie eines mit: companion-server admin-token create --label &quot;support desk&quot;</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="122"/>
        <source>Stored in the keychain: %1</source>
        <translation>Im Schlüsselbund gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="123"/>
        <source>cat_… (kept in the OS keychain only)</source>
        <translation>cat_… (nur im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="123"/>
        <source>Paste a new token to replace it</source>
        <translation>Fügen Sie ein neues Token ein, um es zu ersetzen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="70"/>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="144"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="46"/>
        <source>No key stored. Use a test key (sk_test_…) or a restricted key (rk_…) from Stripe&apos;s Dashboard.</source>
        <translation>Kein Schlüssel gespeichert. Verwenden Sie einen Testschlüssel (sk_test_…) oder einen eingeschränkten Schlüssel (rk_…) aus dem Stripe-Dashboard.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="48"/>
        <source>Stored in the keychain: %1 — LIVE mode: real money and real access.</source>
        <translation>Im Schlüsselbund gespeichert: %1 — LIVE-Modus: echtes Geld und echte Zugänge.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="50"/>
        <source>Stored in the keychain: %1 (test mode)</source>
        <translation>Im Schlüsselbund gespeichert: %1 (Testmodus)</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="51"/>
        <source>sk_test_… (kept in the OS keychain only)</source>
        <translation>sk_test_… (nur im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="51"/>
        <source>Paste a new key to replace it</source>
        <translation>Fügen Sie einen neuen Schlüssel ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="59"/>
        <source>Enter Stripe&apos;s address, https://api.stripe.com, or a stripe-sandbox&apos;s.</source>
        <translation>Geben Sie die Adresse von Stripe (https://api.stripe.com) oder die einer stripe-sandbox ein.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="79"/>
        <source>Saved. The key is in the keychain only.</source>
        <translation>Gespeichert. Der Schlüssel liegt nur im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="88"/>
        <source>The key was removed from the keychain.</source>
        <translation>Der Schlüssel wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="110"/>
        <source>Connected to Stripe in LIVE mode.</source>
        <translation>Mit Stripe im LIVE-Modus verbunden.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="110"/>
        <source>Connected to Stripe in test mode.</source>
        <translation>Mit Stripe im Testmodus verbunden.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="148"/>
        <source>Storing the token in the keychain…</source>
        <translation>Das Token wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="154"/>
        <source>Saved. The token is in the keychain only.</source>
        <translation>Gespeichert. Das Token liegt nur im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="164"/>
        <source>The token was removed from the keychain.</source>
        <translation>Das Token wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="172"/>
        <source>Save the server&apos;s address first.</source>
        <translation>Speichern Sie zuerst die Adresse des Servers.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="97"/>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="176"/>
        <source>Asking %1…</source>
        <translation>Frage %1 an…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SettingsPage.cpp" line="193"/>
        <source>Connected. Webhook deliveries in the last 24 hours: %1; failure rate %2.</source>
        <translation>Verbunden. Webhook-Zustellungen in den letzten 24 Stunden: %1; Fehlerquote %2.</translation>
    </message>
</context>
<context>
    <name>companion::admin::UsersModel</name>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="43"/>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="43"/>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="47"/>
        <source>no end date</source>
        <translation>ohne Enddatum</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="64"/>
        <source>Premium by a manual grant</source>
        <translation>Premium durch manuelle Freischaltung</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="65"/>
        <source>Premium through a Stripe subscription</source>
        <translation>Premium durch ein Stripe-Abonnement</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="67"/>
        <source>User id: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="80"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="81"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="82"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="83"/>
        <source>Premium until</source>
        <translation>Premium bis</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="84"/>
        <source>Stripe customer</source>
        <translation>Stripe-Kunde</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="85"/>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
</context>
<context>
    <name>companion::admin::UsersPage</name>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="43"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="46"/>
        <source>Could not read users: %1</source>
        <translation>Benutzer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="68"/>
        <source>No users yet.</source>
        <translation>Noch keine Benutzer.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="69"/>
        <source>No user matches &quot;%1&quot;.</source>
        <translation>Kein Benutzer passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/UsersPage.cpp" line="72"/>
        <source>%n user(s) shown, scroll for more</source>
        <translation>
            <numerusform>%n Benutzer angezeigt, für mehr scrollen</numerusform>
            <numerusform>%n Benutzer angezeigt, für mehr scrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/UsersPage.cpp" line="73"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>companion::admin::WebhookEventsModel</name>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="30"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="31"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="32"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="33"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="34"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="35"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="36"/>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="65"/>
        <source>(unverified)</source>
        <translation>(nicht verifiziert)</translation>
    </message>
</context>
<context>
    <name>companion::admin::WebhookLogPage</name>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="35"/>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="44"/>
        <source>Select a delivery to see what Stripe sent.</source>
        <translation>Wählen Sie eine Zustellung, um zu sehen, was Stripe gesendet hat.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="57"/>
        <source>%1 deliveries shown, scroll for more</source>
        <translation>%1 Zustellungen angezeigt, für weitere scrollen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="58"/>
        <source>%1 deliveries</source>
        <translation>%1 Zustellungen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="85"/>
        <source>Set the server&apos;s address and admin token in Settings to see its webhook log.</source>
        <translation>Tragen Sie in den Einstellungen die Adresse und das Admin-Token des Servers ein, um sein Webhook-Protokoll zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="110"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="131"/>
        <source>Last 24 hours: %1</source>
        <translation>Letzte 24 Stunden: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="131"/>
        <source>no deliveries</source>
        <translation>keine Zustellungen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="144"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="166"/>
        <source>Reprocessing %1…</source>
        <translation>%1 wird erneut verarbeitet…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="176"/>
        <source>%1 reprocessed: %2</source>
        <translation>%1 erneut verarbeitet: %2</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="176"/>
        <source>%1 reprocessed: %2 (%3)</source>
        <translation>%1 erneut verarbeitet: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>companion::serverapi::AdminApiClient</name>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="90"/>
        <source>companion-server at %1 did not answer in time.</source>
        <translation>companion-server unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="91"/>
        <source>companion-server at %1 cannot be reached (%2).</source>
        <translation>companion-server unter %1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="98"/>
        <source>The answer from %1 is not the admin API&apos;s (is the server URL right?).</source>
        <translation>Die Antwort von %1 stammt nicht von der Admin-API (stimmt die Server-URL?).</translation>
    </message>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="108"/>
        <source>The server refused the admin token (revoked or mistyped). Store a new one in Settings.</source>
        <translation>Der Server hat das Admin-Token abgelehnt (widerrufen oder falsch eingegeben). Speichern Sie in den Einstellungen ein neues.</translation>
    </message>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="111"/>
        <source>The server cannot reach its database right now; try again shortly.</source>
        <translation>Der Server erreicht seine Datenbank gerade nicht; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="114"/>
        <source>The server answered with status %1.</source>
        <translation>Der Server hat mit Status %1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>companion::stripe::StripeError</name>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="32"/>
        <source>Stripe could not be reached. Check the network connection and try again.</source>
        <translation>Stripe ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="33"/>
        <source>Stripe did not answer in time. The request may still have gone through; try again — it is safe to retry.</source>
        <translation>Stripe hat nicht rechtzeitig geantwortet. Die Anfrage ist vielleicht trotzdem angekommen; versuchen Sie es erneut — eine Wiederholung ist sicher.</translation>
    </message>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="34"/>
        <source>The request was canceled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="35"/>
        <source>Stripe sent an answer that could not be read.</source>
        <translation>Stripe hat eine Antwort gesendet, die nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="40"/>
        <source>The card was declined: %1.</source>
        <translation>Die Karte wurde abgelehnt: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="43"/>
        <source>Stripe rejected the API key: it is wrong, revoked or for another account. Check the key in Settings.</source>
        <translation>Stripe hat den API-Schlüssel abgelehnt: Er ist falsch, widerrufen oder gehört zu einem anderen Konto. Prüfen Sie den Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="45"/>
        <source>The API key may not do this (a restricted key without this permission).</source>
        <translation>Der API-Schlüssel darf das nicht (ein eingeschränkter Schlüssel ohne diese Berechtigung).</translation>
    </message>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="47"/>
        <source>Stripe is rate limiting requests; they are retried automatically. Try again in a moment.</source>
        <translation>Stripe begrenzt die Anfragen; sie werden automatisch wiederholt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="49"/>
        <source>This request was already sent with different details; nothing was changed.</source>
        <translation>Diese Anfrage wurde bereits mit anderen Angaben gesendet; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="51"/>
        <source>Stripe does not know this object (%1).</source>
        <translation>Stripe kennt dieses Objekt nicht (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="53"/>
        <source>Stripe had a problem (HTTP %1). Retrying later is safe.</source>
        <translation>Stripe hatte ein Problem (HTTP %1). Ein späterer neuer Versuch ist sicher.</translation>
    </message>
    <message>
        <location filename="../app/core/stripe/StripeError.cpp" line="54"/>
        <source>Stripe refused the request.</source>
        <translation>Stripe hat die Anfrage abgelehnt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/admin/main.cpp" line="19"/>
        <source>Course Companion Billing: support desk, finance and webhook diagnostics.</source>
        <translation>Course Companion Abrechnung: Support, Finanzen und Webhook-Diagnose.</translation>
    </message>
    <message>
        <location filename="../app/admin/main.cpp" line="33"/>
        <source>Cannot start</source>
        <translation>Start nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/admin/main.cpp" line="34"/>
        <source>The database setting is not usable: %1</source>
        <translation>Die Datenbankeinstellung ist nicht verwendbar: %1</translation>
    </message>
</context>
</TS>
