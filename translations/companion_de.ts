<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdminStartup</name>
    <message>
        <location filename="../app/admin/AdminStartup.cpp" line="22"/>
        <source>Database URL (postgresql://… or sqlite:///path).</source>
        <translation>Datenbank-URL (postgresql://… oder sqlite:///Pfad).</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminStartup.cpp" line="25"/>
        <source>Connect to the demo started by scripts/demo (its own settings and keychain entries).</source>
        <translation>Mit der von scripts/demo gestarteten Demo verbinden (eigene Einstellungen und Schlüsselbund-Einträge).</translation>
    </message>
    <message>
        <location filename="../app/admin/AdminStartup.cpp" line="27"/>
        <source>User interface language, e.g. de or en (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Sprache der Oberfläche, z. B. de oder en (Standard: die in den Einstellungen gewählte, sonst die des Systems).</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="10"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="12"/>
        <source>Who (operator or token label)</source>
        <translation>Wer (Bearbeiter oder Token-Bezeichnung)</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="21"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="23"/>
        <source>Action, e.g. subscription.</source>
        <translation>Aktion, z. B. subscription.</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="32"/>
        <location filename="../ui/AuditLogPage.ui" line="34"/>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="43"/>
        <source>From day</source>
        <translation>Ab Tag</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="45"/>
        <source>Entries on or after this day</source>
        <translation>Einträge an oder nach diesem Tag</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="54"/>
        <source>Until day</source>
        <translation>Bis Tag</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="56"/>
        <source>Entries on or before this day</source>
        <translation>Einträge an oder vor diesem Tag</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="71"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogPage.ui" line="83"/>
        <source>Audit entry</source>
        <translation>Protokolleintrag</translation>
    </message>
</context>
<context>
    <name>CashReconciliation</name>
    <message>
        <location filename="../app/core/billing/CashReconciliation.cpp" line="284"/>
        <source>Paid %1, but its payment was never followed to a charge: run companion-server sync-stripe.</source>
        <translation>%1 bezahlt, aber der Zahlungsvorgang wurde nie bis zu einer Zahlung verfolgt: Führen Sie companion-server sync-stripe aus.</translation>
    </message>
    <message>
        <location filename="../app/core/billing/CashReconciliation.cpp" line="285"/>
        <source>Paid %1 by charge %2, which is not in the Stripe balance we hold: run companion-server sync-stripe.</source>
        <translation>%1 bezahlt mit Zahlung %2, die in unserer Kopie des Stripe-Guthabens fehlt: Führen Sie companion-server sync-stripe aus.</translation>
    </message>
    <message>
        <location filename="../app/core/billing/CashReconciliation.cpp" line="302"/>
        <source>Charge %1 of %2 (%3) pays no invoice we hold: a payment outside the course&apos;s subscriptions, or an invoice not mirrored yet.</source>
        <translation>Zahlung %1 über %2 (%3) begleicht keine unserer Rechnungen: eine Zahlung außerhalb der Abonnements des Kurses oder eine noch nicht gespiegelte Rechnung.</translation>
    </message>
    <message>
        <location filename="../app/core/billing/CashReconciliation.cpp" line="309"/>
        <source>Invoice %1 says %2 was paid; its charge %3 brought %4.</source>
        <translation>Laut Rechnung %1 wurden %2 bezahlt; ihre Zahlung %3 brachte %4 ein.</translation>
    </message>
    <message>
        <location filename="../app/core/billing/CashReconciliation.cpp" line="314"/>
        <source>Stripe&apos;s fee on charge %1 was %2 when it was mirrored on invoice %3; the balance now says %4.</source>
        <translation>Die Stripe-Gebühr für Zahlung %1 betrug %2, als sie bei Rechnung %3 gespiegelt wurde; laut Guthaben sind es jetzt %4.</translation>
    </message>
    <message>
        <location filename="../app/core/billing/CashReconciliation.cpp" line="353"/>
        <source>Invoice %1 shows %2 refunded; the balance holds refunds of %3 on charge %4.</source>
        <translation>Rechnung %1 weist %2 als erstattet aus; im Guthaben stehen Erstattungen von %3 zu Zahlung %4.</translation>
    </message>
    <message>
        <location filename="../app/core/billing/CashReconciliation.cpp" line="357"/>
        <source>Invoice %1 shows %2 lost to disputes (amount and fees); the balance says %3 on charge %4.</source>
        <translation>Rechnung %1 weist %2 als durch Rückbuchungen verloren aus (Betrag und Gebühren); laut Guthaben sind es %3 bei Zahlung %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/billing/CashReconciliation.cpp" line="383"/>
        <source>Payout %1 sent %2 to the bank, but the %n transaction(s) it carried add up to %3: a transaction is missing or changed in our copy.</source>
        <translation>
            <numerusform>Auszahlung %1 hat %2 an die Bank überwiesen, aber die %n Buchung darin ergibt %3: Eine Buchung fehlt in unserer Kopie oder wurde geändert.</numerusform>
            <numerusform>Auszahlung %1 hat %2 an die Bank überwiesen, aber die %n Buchungen darin ergeben %3: Eine Buchung fehlt in unserer Kopie oder wurde geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckoutLinkDialog</name>
    <message>
        <source>Checkout link</source>
        <translation type="vanished">Checkout-Link</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="vanished">Kopieren</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="vanished">Im Browser öffnen</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <location filename="../ui/GrantDialog.ui" line="9"/>
        <source>Grant Premium</source>
        <translation>Premium freischalten</translation>
    </message>
    <message>
        <location filename="../ui/GrantDialog.ui" line="20"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/GrantDialog.ui" line="30"/>
        <source>No end date (until revoked)</source>
        <translation>Ohne Enddatum (bis zum Widerruf)</translation>
    </message>
    <message>
        <location filename="../ui/GrantDialog.ui" line="35"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/GrantDialog.ui" line="39"/>
        <source>Why this user gets Premium without paying (required; kept in the audit log)</source>
        <translation>Warum dieser Benutzer Premium ohne Bezahlung erhält (Pflichtfeld; wird im Prüfprotokoll gespeichert)</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../ui/LinkDialog.ui" line="9"/>
        <location filename="../ui/LinkDialog.ui" line="21"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../ui/LinkDialog.ui" line="26"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/LinkDialog.ui" line="29"/>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <location filename="../ui/LinkDialog.ui" line="34"/>
        <source>QR code of the link</source>
        <translation>QR-Code des Links</translation>
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
    <name>MessageBoxConfirmer</name>
    <message>
        <location filename="../app/admin/actions/MessageBoxConfirmer.cpp" line="17"/>
        <source>LIVE MODE: type %1 to confirm.</source>
        <translation>LIVE-MODUS: Geben Sie zur Bestätigung %1 ein.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="14"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="25"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="29"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="34"/>
        <location filename="../ui/PreferencesDialog.ui" line="178"/>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="39"/>
        <location filename="../ui/PreferencesDialog.ui" line="333"/>
        <source>Support desk</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="44"/>
        <location filename="../ui/PreferencesDialog.ui" line="444"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="49"/>
        <source>Display &amp; language</source>
        <translation>Anzeige &amp; Sprache</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="58"/>
        <source>Server preferences</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="71"/>
        <source>companion-server (webhook log)</source>
        <translation>companion-server (Webhook-Protokoll)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="77"/>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="87"/>
        <source>https://billing.example.com</source>
        <translation>https://billing.example.com</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="94"/>
        <source>Admin &amp;token:</source>
        <translation>Admin-&amp;Token:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="120"/>
        <source>&amp;Remove token</source>
        <translation>Token &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="127"/>
        <source>Test &amp;connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="165"/>
        <source>Stripe preferences</source>
        <translation>Stripe-Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="184"/>
        <source>API &amp;address:</source>
        <translation>API-&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="194"/>
        <source>https://api.stripe.com (or a stripe-sandbox)</source>
        <translation>https://api.stripe.com (oder eine stripe-sandbox)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="201"/>
        <source>Secret &amp;key:</source>
        <translation>Geheimer &amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="225"/>
        <source>&amp;Publishable key:</source>
        <translation>&amp;Veröffentlichbarer Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="249"/>
        <source>&amp;Webhook secret:</source>
        <translation>&amp;Webhook-Geheimnis:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="275"/>
        <source>Remove &amp;key</source>
        <translation>Schlüssel &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="282"/>
        <source>Test &amp;Stripe</source>
        <translation>Stripe &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="320"/>
        <source>Support desk preferences</source>
        <translation>Support-Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="339"/>
        <source>Operator name</source>
        <translation>Name des Bearbeiters</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="346"/>
        <source>Your name, as the audit log shows it (default: your OS user name)</source>
        <translation>Ihr Name, wie ihn das Prüfprotokoll anzeigt (Standard: Ihr Benutzername im Betriebssystem)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="353"/>
        <source>Monthly price id</source>
        <translation>Monatliche Preis-ID</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="360"/>
        <source>price_… of Premium, $9.99/month</source>
        <translation>price_… von Premium, 9,99 $/Monat</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="367"/>
        <source>Yearly price id</source>
        <translation>Jährliche Preis-ID</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="374"/>
        <source>price_… of the yearly plan (optional)</source>
        <translation>price_… des Jahrestarifs (optional)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="381"/>
        <source>After payment</source>
        <translation>Nach der Zahlung</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="388"/>
        <source>https://… where Checkout sends the learner after paying</source>
        <translation>https://…, wohin Checkout Lernende nach dem Bezahlen schickt</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="395"/>
        <source>If they go back</source>
        <translation>Bei Abbruch</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="402"/>
        <source>https://… where Checkout sends the learner who does not pay</source>
        <translation>https://…, wohin Checkout Lernende schickt, die nicht bezahlen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="431"/>
        <source>Database preferences</source>
        <translation>Datenbankeinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="450"/>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="464"/>
        <source>At next start</source>
        <translation>Beim nächsten Start</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="471"/>
        <source>postgresql://user@host/db or sqlite:///path — no password: use ~/.pgpass</source>
        <translation>postgresql://benutzer@host/db oder sqlite:///Pfad — kein Passwort: nutzen Sie ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="478"/>
        <source>&amp;Read replica</source>
        <translation>&amp;Lese-Replikat</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="488"/>
        <source>optional: postgresql://user@replica/db — lists and revenue are read from it</source>
        <translation>optional: postgresql://benutzer@replikat/db — Listen und Umsatz werden daraus gelesen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="491"/>
        <source>Read replica address</source>
        <translation>Adresse des Lese-Replikats</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="498"/>
        <source>&amp;Used while behind by at most</source>
        <translation>&amp;Genutzt bei höchstens diesem Rückstand</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="508"/>
        <source>Further behind the primary than this, the replica is not used: lists are read from the primary, and the status bar says why.</source>
        <translation>Liegt das Replikat weiter hinter dem Primärserver zurück, wird es nicht genutzt: Listen werden vom Primärserver gelesen, und die Statusleiste nennt den Grund.</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="511"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="532"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="570"/>
        <source>Display and language preferences</source>
        <translation>Anzeige- und Spracheinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="583"/>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="589"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="599"/>
        <source>The desk&apos;s colours: your desktop&apos;s, or always light or dark.</source>
        <translation>Die Farben der Anwendung: die Ihres Desktops oder immer hell bzw. dunkel.</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="609"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="619"/>
        <source>Dates and times in this computer&apos;s time zone, or in UTC as Stripe&apos;s Dashboard can show them.</source>
        <translation>Datum und Uhrzeit in der Zeitzone dieses Computers oder in UTC, wie das Stripe-Dashboard sie anzeigen kann.</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="639"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="645"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="655"/>
        <source>The language of menus, labels and messages; numbers, amounts and dates follow it too.</source>
        <translation>Die Sprache von Menüs, Beschriftungen und Meldungen; Zahlen, Beträge und Datumsangaben folgen ihr ebenfalls.</translation>
    </message>
</context>
<context>
    <name>ReadOriginText</name>
    <message>
        <location filename="../app/admin/widgets/ReadOriginText.cpp" line="10"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/ReadOriginText.cpp" line="12"/>
        <source>%1 s behind</source>
        <translation>%1 s zurück</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/widgets/ReadOriginText.cpp" line="14"/>
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min zurück</numerusform>
            <numerusform>%n min zurück</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/widgets/ReadOriginText.cpp" line="15"/>
        <source>%n h behind</source>
        <translation>
            <numerusform>%n h zurück</numerusform>
            <numerusform>%n h zurück</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/ReadOriginText.cpp" line="23"/>
        <source>read from the replica, %1</source>
        <translation>vom Replikat gelesen, %1</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/ReadOriginText.cpp" line="25"/>
        <source>read from the primary: the replica is %1</source>
        <translation>vom Primärserver gelesen: das Replikat ist %1</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/ReadOriginText.cpp" line="27"/>
        <source>read from the primary: the replica follows no primary</source>
        <translation>vom Primärserver gelesen: das Replikat folgt keinem Primärserver</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/ReadOriginText.cpp" line="28"/>
        <source>read from the primary: the replica cannot be reached</source>
        <translation>vom Primärserver gelesen: das Replikat ist nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>&amp;Compare with Stripe</source>
        <translation>&amp;Mit Stripe abgleichen</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Read every subscription and customer from Stripe and compare them with our database and the webhook log</source>
        <translation>Liest alle Abonnements und Kunden aus Stripe und gleicht sie mit unserer Datenbank und dem Webhook-Protokoll ab</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Enter opens the user</source>
        <translation>Eingabetaste öffnet den Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Fixing takes Stripe&apos;s current state through the same code as webhooks, and writes it to the audit log.</source>
        <translation>Beim Beheben wird Stripes aktueller Stand über denselben Code wie bei Webhooks übernommen und ins Prüfprotokoll geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>&amp;Fix</source>
        <translation>&amp;Beheben</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Take Stripe&apos;s state for the selected difference</source>
        <translation>Stripes Stand für die ausgewählte Abweichung übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Fix &amp;all…</source>
        <translation>&amp;Alle beheben…</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Shows what would change first (a dry run), then fixes every difference Stripe&apos;s data can settle</source>
        <translation>Zeigt zuerst, was sich ändern würde (ein Probelauf), und behebt dann jede Abweichung, die sich mit den Daten von Stripe klären lässt</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>List &amp;missed webhooks</source>
        <translation>&amp;Verpasste Webhooks auflisten</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Stripe&apos;s events of the last 30 days that companion-server never received or failed to apply</source>
        <translation>Stripes Ereignisse der letzten 30 Tage, die companion-server nie empfangen oder nicht anwenden konnte</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Differences</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Missed webhooks</source>
        <translation>Verpasste Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Enter opens the user, when our log knows them</source>
        <translation>Eingabe öffnet den Benutzer, sofern unser Protokoll ihn kennt</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Stripe lists events for 30 days; our webhook log keeps them for good. Fetch &amp; apply reads the current object from Stripe rather than trusting the event&apos;s copy.</source>
        <translation>Stripe listet Ereignisse 30 Tage lang; unser Webhook-Protokoll behält sie dauerhaft. Abrufen &amp; anwenden liest das aktuelle Objekt von Stripe, statt der Kopie im Ereignis zu vertrauen.</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Fetch &amp;&amp; &amp;apply</source>
        <translation>Abrufen &amp;&amp; &amp;anwenden</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Fetch &amp;&amp; apply all…</source>
        <translation>Alle abrufen &amp;&amp; anwenden…</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Reconciliation views</source>
        <translation>Abgleichsansichten</translation>
    </message>
    <message>
        <location filename="../ui/ReconciliationPage.ui" line="4"/>
        <source>Missed events</source>
        <translation>Verpasste Ereignisse</translation>
    </message>
</context>
<context>
    <name>RevenuePage</name>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Length of each period</source>
        <translation>Länge jedes Zeitraums</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>How a cancel at period end counts in MRR</source>
        <translation>Wie eine Kündigung zum Periodenende im MRR zählt</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Compare modes…</source>
        <translation>Modi vergleichen…</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Customers whose MRR differs between the two modes at the end of the range</source>
        <translation>Kunden, deren MRR sich am Ende des Bereichs zwischen den beiden Modi unterscheidet</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Movements</source>
        <translation>Bewegungen</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Double-click a movement to see its customers</source>
        <translation>Doppelklicken Sie auf eine Bewegung, um ihre Kunden zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Cash</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>The table of the tab shown, as CSV</source>
        <translation>Die Tabelle des angezeigten Tabs als CSV</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Month-end pack PDF…</source>
        <translation>Monatsabschluss als PDF…</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>The selected month&apos;s figures, charts, movements, cash reconciliation and payouts as a PDF; a closed month prints what was frozen</source>
        <translation>Kennzahlen, Diagramme, Bewegungen, Zahlungsabgleich und Auszahlungen des ausgewählten Monats als PDF; ein abgeschlossener Monat druckt den festgeschriebenen Stand</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Freeze the selected month&apos;s pack (figures, movements, cash reconciliation, payouts) with a content hash</source>
        <translation>Den Monatsabschluss des ausgewählten Monats (Kennzahlen, Bewegungen, Zahlungsabgleich, Auszahlungen) mit einem Inhalts-Hash festschreiben</translation>
    </message>
    <message>
        <source>Month summary PDF…</source>
        <translation type="vanished">Monatsübersicht als PDF…</translation>
    </message>
    <message>
        <source>The selected month on one printable page</source>
        <translation type="vanished">Der ausgewählte Monat auf einer druckbaren Seite</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Close month…</source>
        <translation>Monat abschließen…</translation>
    </message>
    <message>
        <source>Freeze the selected month&apos;s figures with a content hash</source>
        <translation type="vanished">Die Werte des ausgewählten Monats mit einem Inhalts-Hash festschreiben</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Until month</source>
        <translation>Bis Monat</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Period length</source>
        <translation>Zeitraumlänge</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>MRR mode</source>
        <translation>MRR-Modus</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Revenue views</source>
        <translation>Umsatzansichten</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/RevenuePage.ui" line="4"/>
        <source>A quick range; picking dates by hand makes it Custom</source>
        <translation>Ein Schnellzeitraum; von Hand gewählte Daten machen ihn benutzerdefiniert</translation>
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
        <source>Stripe</source>
        <translation type="vanished">Stripe</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation type="vanished">API-&amp;Adresse:</translation>
    </message>
    <message>
        <source>https://api.stripe.com (or a stripe-sandbox)</source>
        <translation type="vanished">https://api.stripe.com (oder eine stripe-sandbox)</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation type="vanished">Geheimer &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Publishable key:</source>
        <translation type="vanished">&amp;Veröffentlichbarer Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Webhook secret:</source>
        <translation type="vanished">&amp;Webhook-Geheimnis:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="vanished">Spei&amp;chern</translation>
    </message>
    <message>
        <source>Remove &amp;key</source>
        <translation type="vanished">Schlüssel &amp;entfernen</translation>
    </message>
    <message>
        <source>Test &amp;Stripe</source>
        <translation type="vanished">Stripe &amp;testen</translation>
    </message>
    <message>
        <source>companion-server (webhook log)</source>
        <translation type="vanished">companion-server (Webhook-Protokoll)</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation type="vanished">Server-&amp;URL:</translation>
    </message>
    <message>
        <source>https://billing.example.com</source>
        <translation type="vanished">https://billing.example.com</translation>
    </message>
    <message>
        <source>Admin &amp;token:</source>
        <translation type="vanished">Admin-&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="vanished">&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Remove token</source>
        <translation type="vanished">Token &amp;entfernen</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation type="vanished">&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Support desk</source>
        <translation type="vanished">Support</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation type="vanished">Name des Bearbeiters</translation>
    </message>
    <message>
        <source>Your name, as the audit log shows it (default: your OS user name)</source>
        <translation type="vanished">Ihr Name, wie ihn das Prüfprotokoll anzeigt (Standard: Ihr Benutzername im Betriebssystem)</translation>
    </message>
    <message>
        <source>Monthly price id</source>
        <translation type="vanished">Monatliche Preis-ID</translation>
    </message>
    <message>
        <source>price_… of Premium, $9.99/month</source>
        <translation type="vanished">price_… von Premium, 9,99 $/Monat</translation>
    </message>
    <message>
        <source>Yearly price id</source>
        <translation type="vanished">Jährliche Preis-ID</translation>
    </message>
    <message>
        <source>price_… of the yearly plan (optional)</source>
        <translation type="vanished">price_… des Jahrestarifs (optional)</translation>
    </message>
    <message>
        <source>After payment</source>
        <translation type="vanished">Nach der Zahlung</translation>
    </message>
    <message>
        <source>https://… where Checkout sends the learner after paying</source>
        <translation type="vanished">https://…, wohin Checkout Lernende nach dem Bezahlen schickt</translation>
    </message>
    <message>
        <source>If they go back</source>
        <translation type="vanished">Bei Abbruch</translation>
    </message>
    <message>
        <source>https://… where Checkout sends the learner who does not pay</source>
        <translation type="vanished">https://…, wohin Checkout Lernende schickt, die nicht bezahlen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="vanished">Speichern</translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="vanished">Datenbank</translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="vanished">In Verwendung</translation>
    </message>
    <message>
        <source>At next start</source>
        <translation type="vanished">Beim nächsten Start</translation>
    </message>
    <message>
        <source>postgresql://user@host/db or sqlite:///path — no password: use ~/.pgpass</source>
        <translation type="vanished">postgresql://benutzer@host/db oder sqlite:///Pfad — kein Passwort: nutzen Sie ~/.pgpass</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="vanished">Verbindung testen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="vanished">&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language of menus, labels and messages; numbers, amounts and dates follow it too.</source>
        <translation type="vanished">Die Sprache von Menüs, Beschriftungen und Meldungen; Zahlen, Beträge und Datumsangaben folgen ihr ebenfalls.</translation>
    </message>
</context>
<context>
    <name>StripeAccess</name>
    <message>
        <location filename="../app/admin/settings/StripeAccess.cpp" line="36"/>
        <source>No Stripe key is stored yet: add one in Settings.</source>
        <translation>Es ist noch kein Stripe-Schlüssel gespeichert: Fügen Sie in den Einstellungen einen hinzu.</translation>
    </message>
</context>
<context>
    <name>StripeConnection</name>
    <message>
        <location filename="../app/admin/settings/StripeConnection.cpp" line="45"/>
        <source>That is a publishable key (pk_…); the admin app needs a secret (sk_…) or restricted (rk_…) key.</source>
        <translation>Das ist ein veröffentlichbarer Schlüssel (pk_…); die Admin-App braucht einen geheimen (sk_…) oder eingeschränkten (rk_…) Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/admin/settings/StripeConnection.cpp" line="46"/>
        <source>A Stripe secret key starts with sk_test_, sk_live_, rk_test_ or rk_live_.</source>
        <translation>Ein geheimer Stripe-Schlüssel beginnt mit sk_test_, sk_live_, rk_test_ oder rk_live_.</translation>
    </message>
    <message>
        <location filename="../app/admin/settings/StripeConnection.cpp" line="53"/>
        <source>A publishable key starts with pk_test_ or pk_live_.</source>
        <translation>Ein veröffentlichbarer Schlüssel beginnt mit pk_test_ oder pk_live_.</translation>
    </message>
    <message>
        <location filename="../app/admin/settings/StripeConnection.cpp" line="60"/>
        <source>A webhook signing secret starts with whsec_ (Stripe&apos;s Dashboard → Webhooks → the endpoint).</source>
        <translation>Ein Webhook-Signaturgeheimnis beginnt mit whsec_ (Stripe-Dashboard → Webhooks → der Endpunkt).</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="10"/>
        <source>Search subscriptions</source>
        <translation>Abonnements suchen</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="12"/>
        <source>Search by the user&apos;s e-mail, sub_… or cus_… id</source>
        <translation>Suche nach E-Mail des Benutzers, sub_…- oder cus_…-ID</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="21"/>
        <source>Subscription state</source>
        <translation>Abonnementstatus</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="23"/>
        <source>Show subscriptions in this state</source>
        <translation>Abonnements in diesem Status anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="29"/>
        <source>Billing interval</source>
        <translation>Abrechnungsintervall</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="31"/>
        <source>Monthly or yearly billing</source>
        <translation>Monatliche oder jährliche Abrechnung</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="38"/>
        <source>Cancel pending</source>
        <translation>Kündigung vorgemerkt</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="41"/>
        <source>Subscriptions set to end at the close of the paid period</source>
        <translation>Abonnements, die mit Ablauf des bezahlten Zeitraums enden</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="48"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="51"/>
        <source>Read the subscriptions again from the database (F5)</source>
        <translation>Abonnements erneut aus der Datenbank lesen (F5)</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="58"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="61"/>
        <source>Save every subscription the search and filters show, in their order, as a CSV file</source>
        <translation>Alle Abonnements, die Suche und Filter anzeigen, in ihrer Reihenfolge als CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionsPage.ui" line="69"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
</context>
<context>
    <name>UserDetailDialog</name>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="9"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="15"/>
        <source>LIVE MODE — actions here change a real customer&apos;s subscription.</source>
        <translation>LIVE-MODUS — Aktionen hier ändern das Abonnement eines echten Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="27"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="35"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="41"/>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="49"/>
        <source>Stripe customer</source>
        <translation>Stripe-Kunde</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="58"/>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="67"/>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="89"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="91"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="93"/>
        <source>Other cards</source>
        <translation>Weitere Karten</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="95"/>
        <source>Last payment</source>
        <translation>Letzte Zahlung</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="97"/>
        <source>Next invoice</source>
        <translation>Nächste Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="107"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="110"/>
        <source>Plan for the checkout link</source>
        <translation>Tarif für den Checkout-Link</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="116"/>
        <source>Card update link…</source>
        <translation>Link zur Kartenänderung…</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="119"/>
        <source>Refund…</source>
        <translation>Erstatten…</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="122"/>
        <source>Cancel subscription…</source>
        <translation>Abonnement kündigen…</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="126"/>
        <source>Reason, kept in the audit log (needed to resume or revoke)</source>
        <translation>Grund, wird im Prüfprotokoll gespeichert (nötig zum Fortsetzen oder Widerrufen)</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="127"/>
        <source>Reason for resuming or revoking</source>
        <translation>Grund für Fortsetzen oder Widerruf</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="131"/>
        <source>Resume subscription</source>
        <translation>Abonnement fortsetzen</translation>
    </message>
    <message>
        <source>Reason, kept in the audit log (needed to cancel or resume)</source>
        <translation type="vanished">Grund, wird im Prüfprotokoll gespeichert (nötig zum Kündigen oder Fortsetzen)</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="113"/>
        <source>Checkout link…</source>
        <translation>Checkout-Link…</translation>
    </message>
    <message>
        <source>Cancel at period end</source>
        <translation type="vanished">Zum Periodenende kündigen</translation>
    </message>
    <message>
        <source>Cancel now…</source>
        <translation type="vanished">Sofort kündigen…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="vanished">Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="134"/>
        <source>Grant Premium…</source>
        <translation>Premium freischalten…</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="137"/>
        <source>Revoke grant</source>
        <translation>Freischaltung widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="152"/>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="159"/>
        <source>Learner details</source>
        <translation>Details des Lernenden</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="161"/>
        <location filename="../ui/UserDetailDialog.ui" line="163"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="167"/>
        <location filename="../ui/UserDetailDialog.ui" line="169"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="172"/>
        <location filename="../ui/UserDetailDialog.ui" line="188"/>
        <source>Open in Stripe&apos;s Dashboard</source>
        <translation>Im Stripe-Dashboard öffnen</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="179"/>
        <location filename="../ui/UserDetailDialog.ui" line="181"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="184"/>
        <source>Open invoice page</source>
        <translation>Rechnungsseite öffnen</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="185"/>
        <source>Open PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="186"/>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="187"/>
        <source>Refund this payment…</source>
        <translation>Diese Zahlung erstatten…</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="195"/>
        <location filename="../ui/UserDetailDialog.ui" line="197"/>
        <source>Grants</source>
        <translation>Freischaltungen</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="211"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/UserDetailDialog.ui" line="214"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../ui/UsersPage.ui" line="10"/>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="12"/>
        <source>Search any part of an e-mail or name, a user id or a Stripe id (Ctrl+F)</source>
        <translation>Suche nach E-Mail- oder Namensteil, Benutzer-ID oder Stripe-ID (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="15"/>
        <source>Finds any part of an e-mail or name, ignoring case and accents (&quot;lovelace&quot;, &quot;example.org&quot;, &quot;jose&quot; finds José); one or two letters match the start of an e-mail or name. Also an exact user id, or a Stripe id our records know: cus_, sub_, in_, ch_, evt_, pi_, pm_, re_, cs_.</source>
        <translation>Findet jeden Teil einer E-Mail-Adresse oder eines Namens, ohne auf Groß- und Kleinschreibung oder Akzente zu achten (&quot;lovelace&quot;, &quot;example.org&quot;, &quot;jose&quot; findet José); ein oder zwei Buchstaben passen auf den Anfang einer E-Mail-Adresse oder eines Namens. Außerdem eine genaue Benutzer-ID oder eine Stripe-ID, die unsere Daten kennen: cus_, sub_, in_, ch_, evt_, pi_, pm_, re_, cs_.</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="24"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="26"/>
        <source>Show free or Premium users only</source>
        <translation>Nur kostenlose oder nur Premium-Benutzer anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="32"/>
        <source>Subscription state</source>
        <translation>Abonnementstatus</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="34"/>
        <source>Show users with a subscription in this state</source>
        <translation>Benutzer mit einem Abonnement in diesem Status anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="41"/>
        <source>Payment at risk</source>
        <translation>Zahlung gefährdet</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="44"/>
        <source>Past due: the last payment failed and Stripe is retrying</source>
        <translation>Überfällig: Die letzte Zahlung ist fehlgeschlagen und Stripe versucht es erneut</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="51"/>
        <source>Cancel pending</source>
        <translation>Kündigung vorgemerkt</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="54"/>
        <source>Subscriptions set to end at the close of the paid period</source>
        <translation>Abonnements, die mit Ablauf des bezahlten Zeitraums enden</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="61"/>
        <source>Manual grant</source>
        <translation>Manuelle Freischaltung</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="64"/>
        <source>Premium given by support rather than bought</source>
        <translation>Premium vom Support vergeben statt gekauft</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="71"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="74"/>
        <source>Read the users again from the database (F5)</source>
        <translation>Benutzer erneut aus der Datenbank lesen (F5)</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="81"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="84"/>
        <source>Save every user the search and filters show, in their order, as a CSV file</source>
        <translation>Alle Benutzer, die Suche und Filter anzeigen, in ihrer Reihenfolge als CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/UsersPage.ui" line="92"/>
        <source>Users</source>
        <translation>Benutzer</translation>
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
        <location filename="../ui/WebhookLogPage.ui" line="17"/>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="19"/>
        <source>Type, e.g. customer.subscription.*</source>
        <translation>Typ, z. B. customer.subscription.*</translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="28"/>
        <location filename="../ui/WebhookLogPage.ui" line="30"/>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="40"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="47"/>
        <source>&amp;Auto-refresh</source>
        <translation>A&amp;utomatisch aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="66"/>
        <source>Webhook events</source>
        <translation>Webhook-Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="81"/>
        <source>Event payload</source>
        <translation>Ereignisdaten</translation>
    </message>
    <message>
        <location filename="../ui/WebhookLogPage.ui" line="92"/>
        <source>Re&amp;process</source>
        <translation>&amp;Erneut verarbeiten</translation>
    </message>
</context>
<context>
    <name>companion::admin::AboutDialog</name>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="19"/>
        <source>About Course Companion Billing</source>
        <translation>Über Course Companion Abrechnung</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="21"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="22"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="22"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="23"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="24"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="30"/>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="55"/>
        <source>Course Companion Billing</source>
        <translation>Course Companion Abrechnung</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="31"/>
        <source>The support desk, finance and webhook diagnostics of Course Companion&apos;s Premium plan.</source>
        <translation>Support, Finanzen und Webhook-Diagnose für den Premium-Tarif von Course Companion.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="37"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="40"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="45"/>
        <source>&amp;Copy versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/AboutDialog.cpp" line="47"/>
        <source>Copies every line above, to paste into a ticket.</source>
        <translation>Kopiert alle Zeilen oben, zum Einfügen in ein Ticket.</translation>
    </message>
</context>
<context>
    <name>companion::admin::AuditLogPage</name>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="38"/>
        <source>Select an entry to see what it changed.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was er geändert hat.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="47"/>
        <source>from any day</source>
        <translation>ab beliebigem Tag</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="47"/>
        <source>to any day</source>
        <translation>bis beliebigem Tag</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="56"/>
        <source>The audit log cannot be read: %1</source>
        <translation>Das Prüfprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="59"/>
        <source>%1 entries shown, scroll for more</source>
        <translation>%1 Einträge angezeigt, für weitere scrollen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="60"/>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="98"/>
        <source>%1 by %2 (%3)</source>
        <translation>%1 durch %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="100"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="102"/>
        <source>Stripe request: %1</source>
        <translation>Stripe-Anfrage: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="104"/>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/AuditLogPage.cpp" line="106"/>
        <source>After:</source>
        <translation>Nachher:</translation>
    </message>
</context>
<context>
    <name>companion::admin::AuditModel</name>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="29"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="30"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="31"/>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="32"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="33"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="34"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/admin/models/AuditModel.cpp" line="35"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>companion::admin::CancelSubscriptionDialog</name>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="36"/>
        <source>Cancel subscription — %1</source>
        <translation>Abonnement kündigen — %1</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="40"/>
        <source>End %1&apos;s subscription (%2 per %3, paid until %4)? Choose when, whether to refund, and why.</source>
        <translation>Das Abonnement von %1 beenden (%2 pro %3, bezahlt bis %4)? Wählen Sie Zeitpunkt, Erstattung und Grund.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="42"/>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="42"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="47"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="49"/>
        <source>At the end of the paid period, %1</source>
        <translation>Zum Ende des bezahlten Zeitraums, am %1</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="51"/>
        <source>Now: Premium ends at once</source>
        <translation>Jetzt: Premium endet sofort</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="52"/>
        <source>On a date:</source>
        <translation>An einem Datum:</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="58"/>
        <source>Cancellation date</source>
        <translation>Kündigungsdatum</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="74"/>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="76"/>
        <source>No refund</source>
        <translation>Keine Erstattung</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="88"/>
        <source>The last payment: %1 of %2 (invoice %3)</source>
        <translation>Die letzte Zahlung: %1 vom %2 (Rechnung %3)</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="91"/>
        <source>Prorated: %1 for the unused time until %2</source>
        <translation>Anteilig: %1 für die ungenutzte Zeit bis %2</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="94"/>
        <source>The last payment</source>
        <translation>Die letzte Zahlung</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="95"/>
        <source>Prorated for the unused time</source>
        <translation>Anteilig für die ungenutzte Zeit</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="108"/>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="109"/>
        <source>Too expensive</source>
        <translation>Zu teuer</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="110"/>
        <source>Not using it</source>
        <translation>Wird nicht genutzt</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="111"/>
        <source>Missing features</source>
        <translation>Fehlende Funktionen</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="112"/>
        <source>Switched to another service</source>
        <translation>Zu einem anderen Anbieter gewechselt</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="113"/>
        <source>Too complex</source>
        <translation>Zu kompliziert</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="114"/>
        <source>Quality was lower than expected</source>
        <translation>Qualität schlechter als erwartet</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="115"/>
        <source>Customer service</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="116"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="119"/>
        <source>e.g. asked by e-mail, ticket 4711</source>
        <translation>z. B. per E-Mail angefragt, Ticket 4711</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="120"/>
        <source>Learner&apos;s reason:</source>
        <translation>Grund des Lernenden:</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="121"/>
        <source>Note for the audit log:</source>
        <translation>Notiz für das Prüfprotokoll:</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="134"/>
        <source>Cancel subscription</source>
        <translation>Abonnement kündigen</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="136"/>
        <source>Keep subscription</source>
        <translation>Abonnement behalten</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="181"/>
        <source>Choose when first.</source>
        <translation>Wählen Sie zuerst den Zeitpunkt.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="183"/>
        <source>No refund: the learner keeps Premium for the time they paid for.</source>
        <translation>Keine Erstattung: Der Lernende behält Premium für die bezahlte Zeit.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="185"/>
        <source>No payment of this learner is known at Stripe (or it could not be read): nothing to refund.</source>
        <translation>Bei Stripe ist keine Zahlung dieses Lernenden bekannt (oder sie konnte nicht gelesen werden): Es gibt nichts zu erstatten.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="187"/>
        <source>The last payment has already been refunded in full.</source>
        <translation>Die letzte Zahlung wurde bereits vollständig erstattet.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="189"/>
        <source>A refund goes back to the card that paid; it takes 5–10 days to show on the learner&apos;s statement.</source>
        <translation>Eine Erstattung geht an die Karte zurück, mit der bezahlt wurde; sie erscheint nach 5–10 Tagen auf der Abrechnung des Lernenden.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="196"/>
        <source>Premium stays until %1, then the subscription ends. No further charge.</source>
        <translation>Premium bleibt bis %1 aktiv, dann endet das Abonnement. Es wird nichts mehr abgebucht.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="199"/>
        <source>Premium stays until %1, then the subscription ends.</source>
        <translation>Premium bleibt bis %1 aktiv, dann endet das Abonnement.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="202"/>
        <source>Premium ends now.</source>
        <translation>Premium endet sofort.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/CancelSubscriptionDialog.cpp" line="206"/>
        <source>%1 is refunded to the card that paid.</source>
        <translation>%1 wird auf die Karte erstattet, mit der bezahlt wurde.</translation>
    </message>
</context>
<context>
    <name>companion::admin::CashCategoriesModel</name>
    <message>
        <location filename="../app/admin/models/CashCategoriesModel.cpp" line="65"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashCategoriesModel.cpp" line="88"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashCategoriesModel.cpp" line="89"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashCategoriesModel.cpp" line="90"/>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashCategoriesModel.cpp" line="91"/>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashCategoriesModel.cpp" line="92"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
</context>
<context>
    <name>companion::admin::CashDifferencesModel</name>
    <message>
        <location filename="../app/admin/models/CashDifferencesModel.cpp" line="82"/>
        <source>What our records (or the payout) say.</source>
        <translation>Was unsere Daten (oder die Auszahlung) angeben.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashDifferencesModel.cpp" line="83"/>
        <source>What Stripe&apos;s balance transactions say.</source>
        <translation>Was die Buchungen von Stripe angeben.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashDifferencesModel.cpp" line="84"/>
        <source>Actual less expected.</source>
        <translation>Tatsächlich minus erwartet.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashDifferencesModel.cpp" line="91"/>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashDifferencesModel.cpp" line="92"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashDifferencesModel.cpp" line="93"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashDifferencesModel.cpp" line="94"/>
        <source>Learner</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashDifferencesModel.cpp" line="95"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashDifferencesModel.cpp" line="96"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashDifferencesModel.cpp" line="97"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashDifferencesModel.cpp" line="98"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
</context>
<context>
    <name>companion::admin::CashReconciliationTab</name>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="68"/>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="71"/>
        <source>Month to reconcile</source>
        <translation>Abzugleichender Monat</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="79"/>
        <source>C&amp;urrency:</source>
        <translation>Wäh&amp;rung:</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="82"/>
        <source>Currency to reconcile</source>
        <translation>Abzugleichende Währung</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="89"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="91"/>
        <source>Every transaction of the month with its invoice, learner and payout, in the columns of Stripe&apos;s itemized payout reconciliation report.</source>
        <translation>Jede Buchung des Monats mit Rechnung, Lernendem und Auszahlung, in den Spalten des detaillierten Auszahlungsabgleich-Berichts von Stripe.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="99"/>
        <source>This month is not over yet: figures will change.</source>
        <translation>Dieser Monat ist noch nicht vorbei: Die Werte werden sich noch ändern.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="108"/>
        <source>Charges</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="109"/>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="110"/>
        <source>Disputes</source>
        <translation>Rückbuchungen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="111"/>
        <source>Stripe fees</source>
        <translation>Stripe-Gebühren</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="112"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="113"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="114"/>
        <source>Paid out</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="115"/>
        <source>In transit</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="116"/>
        <source>Still in balance</source>
        <translation>Noch im Guthaben</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="132"/>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="133"/>
        <source>Where the month&apos;s net went</source>
        <translation>Wohin der Nettobetrag des Monats ging</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="141"/>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="143"/>
        <source>Differences</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="165"/>
        <source>Writing line %1 of %2…</source>
        <translation>Zeile %1 von %2 wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="211"/>
        <source>Reconciling…</source>
        <translation>Wird abgeglichen…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="262"/>
        <source>Could not reconcile %1: %2</source>
        <translation>%1 konnte nicht abgeglichen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="275"/>
        <source>Matches to the cent</source>
        <translation>Stimmt auf den Cent</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="275"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Abweichung</numerusform>
            <numerusform>%n Abweichungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="293"/>
        <source>%n balance transaction(s) in %1, days in UTC.</source>
        <translation>
            <numerusform>%n Buchung im %1, Tage in UTC.</numerusform>
            <numerusform>%n Buchungen im %1, Tage in UTC.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="297"/>
        <source>No balance transactions in %1 (%2). They are read from Stripe by companion-server sync-stripe.</source>
        <translation>Keine Buchungen im %1 (%2). Sie werden von companion-server sync-stripe aus Stripe gelesen.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="301"/>
        <source>None: every charge, refund, dispute and payout of the month agrees with our invoices, to the cent.</source>
        <translation>Keine: Jede Zahlung, Erstattung, Rückbuchung und Auszahlung des Monats stimmt auf den Cent mit unseren Rechnungen überein.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="305"/>
        <source>Differences: none</source>
        <translation>Abweichungen: keine</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="305"/>
        <source>Differences: %n</source>
        <translation>
            <numerusform>Abweichungen: %n</numerusform>
            <numerusform>Abweichungen: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="314"/>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="321"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="314"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="329"/>
        <source>Writing the month&apos;s lines…</source>
        <translation>Die Zeilen des Monats werden geschrieben…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="333"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="338"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="352"/>
        <source>Exported %1 lines to %2</source>
        <translation>%1 Zeilen nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="355"/>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/CashReconciliationTab.cpp" line="358"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>companion::admin::CashSettlementsModel</name>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="66"/>
        <source>Still in the Stripe balance</source>
        <translation>Noch im Stripe-Guthaben</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="71"/>
        <source>%1, back in the balance</source>
        <translation>%1, zurück im Guthaben</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="72"/>
        <source>%1, sent again with %2 (%3)</source>
        <translation>%1, erneut ausgezahlt mit %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="96"/>
        <source>The part of this month&apos;s net the payout carried.</source>
        <translation>Der Teil des Nettobetrags dieses Monats, den die Auszahlung enthielt.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="97"/>
        <source>What the payout sent in all, this month&apos;s transactions and others&apos;.</source>
        <translation>Was die Auszahlung insgesamt überwiesen hat, mit den Buchungen dieses und anderer Monate.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="98"/>
        <source>This month&apos;s transactions it carried.</source>
        <translation>Die Buchungen dieses Monats, die sie enthielt.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="105"/>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="106"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="107"/>
        <source>Arrives</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="108"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="109"/>
        <source>Whole payout</source>
        <translation>Gesamte Auszahlung</translation>
    </message>
    <message>
        <location filename="../app/admin/models/CashSettlementsModel.cpp" line="110"/>
        <source>Transactions</source>
        <translation>Buchungen</translation>
    </message>
</context>
<context>
    <name>companion::admin::CheckoutLinkDialog</name>
    <message>
        <source>Send this link to %1, or let them scan the code. Paying there starts the %2 plan and unlocks Premium as soon as Stripe tells the server.</source>
        <translation type="vanished">Senden Sie diesen Link an %1 oder lassen Sie den Code scannen. Die Zahlung dort startet den Tarif „%2“ und schaltet Premium frei, sobald Stripe den Server benachrichtigt.</translation>
    </message>
    <message>
        <source>The link is too long for a QR code; copy it instead.</source>
        <translation type="vanished">Der Link ist für einen QR-Code zu lang; kopieren Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>The link works until %1.</source>
        <translation type="vanished">Der Link gilt bis %1.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="vanished">Kopiert</translation>
    </message>
</context>
<context>
    <name>companion::admin::CsvExportFlow</name>
    <message>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="26"/>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="68"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="27"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="74"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="78"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="82"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="89"/>
        <source>Exporting %1 of %2 users…</source>
        <translation>%1 von %2 Benutzern werden exportiert…</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="90"/>
        <source>Exporting %1 of %2 subscriptions…</source>
        <translation>%1 von %2 Abonnements werden exportiert…</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="104"/>
        <source>Exported %1 users to %2</source>
        <translation>%1 Benutzer nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="105"/>
        <source>Exported %1 subscriptions to %2</source>
        <translation>%1 Abonnements nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="108"/>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/CsvExportFlow.cpp" line="111"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>companion::admin::DeliveriesChart</name>
    <message>
        <location filename="../app/admin/widgets/DeliveriesChart.cpp" line="25"/>
        <location filename="../app/admin/widgets/DeliveriesChart.cpp" line="73"/>
        <source>Webhook deliveries, last 24 hours</source>
        <translation>Webhook-Zustellungen der letzten 24 Stunden</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/DeliveriesChart.cpp" line="76"/>
        <source>Applied, duplicate or ignored</source>
        <translation>Angewendet, doppelt oder ignoriert</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/DeliveriesChart.cpp" line="76"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/DeliveriesChart.cpp" line="76"/>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/DeliveriesChart.cpp" line="110"/>
        <source>%1 deliveries applied, %2 failed, %3 rejected in the last 24 hours</source>
        <translation>In den letzten 24 Stunden %1 Zustellungen angewendet, %2 fehlgeschlagen, %3 abgewiesen</translation>
    </message>
</context>
<context>
    <name>companion::admin::DeskActions</name>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="38"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="38"/>
        <source>Saves the list shown on this page as CSV, with its filters and order.</source>
        <translation>Speichert die auf dieser Seite angezeigte Liste als CSV, mit ihren Filtern und ihrer Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="41"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="41"/>
        <source>Closes the desk. Nothing is lost: every change is already saved.</source>
        <translation>Schließt die Anwendung. Es geht nichts verloren: Jede Änderung ist bereits gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="45"/>
        <source>&amp;Find on this page</source>
        <translation>Auf dieser Seite &amp;suchen</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="45"/>
        <source>Moves to this page&apos;s search or filter box.</source>
        <translation>Springt zum Such- oder Filterfeld dieser Seite.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="48"/>
        <source>Find &amp;learner…</source>
        <translation>&amp;Lernenden suchen…</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="49"/>
        <source>Moves to the learner search from any page: any part of an e-mail or name, or any Stripe id.</source>
        <translation>Springt von jeder Seite zur Suche nach Lernenden: ein beliebiger Teil einer E-Mail-Adresse oder eines Namens oder eine Stripe-ID.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="52"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="53"/>
        <source>The server, Stripe, support and database settings, the theme and the time zone. Keys stay in the keychain.</source>
        <translation>Die Einstellungen für Server, Stripe, Support und Datenbank, das Design und die Zeitzone. Schlüssel bleiben im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="59"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="59"/>
        <source>Reads this page again from the database, the server or Stripe. The selection stays.</source>
        <translation>Liest diese Seite erneut aus der Datenbank, vom Server oder von Stripe. Die Auswahl bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="62"/>
        <source>&amp;Desktop&apos;s colours</source>
        <translation>&amp;Desktop-Farben</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="62"/>
        <source>Follows the desktop&apos;s light or dark colours.</source>
        <translation>Folgt den hellen oder dunklen Farben des Desktops.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="63"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="63"/>
        <source>Dark text on light backgrounds.</source>
        <translation>Dunkler Text auf hellem Hintergrund.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="64"/>
        <source>D&amp;ark</source>
        <translation>D&amp;unkel</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="64"/>
        <source>Light text on dark backgrounds.</source>
        <translation>Heller Text auf dunklem Hintergrund.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="66"/>
        <source>&amp;Local time</source>
        <translation>&amp;Ortszeit</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="66"/>
        <source>Dates and times in this computer&apos;s time zone.</source>
        <translation>Datum und Uhrzeit in der Zeitzone dieses Computers.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="67"/>
        <source>&amp;UTC</source>
        <translation>&amp;UTC</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="67"/>
        <source>Dates and times in UTC, as Stripe&apos;s API and the server&apos;s logs give them.</source>
        <translation>Datum und Uhrzeit in UTC, wie sie die Stripe-API und die Protokolle des Servers angeben.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="70"/>
        <source>&amp;Open learner</source>
        <translation>Lernenden ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="70"/>
        <source>Opens the selected learner&apos;s page: access, payment, invoices, timeline and actions.</source>
        <translation>Öffnet die Seite des ausgewählten Lernenden: Zugang, Zahlung, Rechnungen, Verlauf und Aktionen.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="73"/>
        <source>Copy &amp;e-mail</source>
        <translation>&amp;E-Mail-Adresse kopieren</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="73"/>
        <source>Copies the selected learner&apos;s e-mail address.</source>
        <translation>Kopiert die E-Mail-Adresse des ausgewählten Lernenden.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="75"/>
        <source>Copy learner &amp;id</source>
        <translation>Lernenden-&amp;ID kopieren</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="75"/>
        <source>Copies our id of the selected learner, as the server&apos;s logs name them.</source>
        <translation>Kopiert unsere ID des ausgewählten Lernenden, wie sie in den Protokollen des Servers steht.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="76"/>
        <source>Copy Stripe &amp;customer id</source>
        <translation>Stripe-&amp;Kunden-ID kopieren</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="76"/>
        <source>Copies the learner&apos;s Stripe customer id (cus_…).</source>
        <translation>Kopiert die Stripe-Kunden-ID des Lernenden (cus_…).</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="77"/>
        <source>Open in &amp;Stripe&apos;s Dashboard</source>
        <translation>Im &amp;Stripe-Dashboard öffnen</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="77"/>
        <source>Opens the learner&apos;s customer page in Stripe&apos;s Dashboard.</source>
        <translation>Öffnet die Kundenseite des Lernenden im Stripe-Dashboard.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="78"/>
        <source>Send &amp;checkout link…</source>
        <translation>&amp;Checkout-Link senden…</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="78"/>
        <source>Creates a Stripe Checkout link for Premium to send to the learner.</source>
        <translation>Erstellt einen Stripe-Checkout-Link für Premium, den Sie dem Lernenden senden können.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="79"/>
        <source>&amp;Grant Premium…</source>
        <translation>&amp;Premium freischalten…</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="79"/>
        <source>Gives the learner Premium by hand, with a reason, for a time or until revoked.</source>
        <translation>Schaltet Premium für den Lernenden manuell frei, mit Grund, befristet oder bis zum Widerruf.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="81"/>
        <source>Ca&amp;ncel subscription…</source>
        <translation>Abonnement kü&amp;ndigen…</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="82"/>
        <source>Ends the learner&apos;s subscription at period end, now or on a date, with or without a refund.</source>
        <translation>Beendet das Abonnement des Lernenden zum Periodenende, sofort oder an einem Datum, mit oder ohne Erstattung.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="84"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="84"/>
        <source>Lists every command with its key.</source>
        <translation>Listet alle Befehle mit ihren Tasten auf.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="85"/>
        <source>&amp;About Course Companion Billing</source>
        <translation>Ü&amp;ber Course Companion Abrechnung</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="85"/>
        <source>Versions of the desk, Qt, the database and the connections, to paste into a ticket.</source>
        <translation>Versionen der Anwendung, von Qt, der Datenbank und der Verbindungen, zum Einfügen in ein Ticket.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="87"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="87"/>
        <source>The Qt version and licence.</source>
        <translation>Qt-Version und -Lizenz.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="106"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="112"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="119"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="123"/>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="125"/>
        <source>&amp;Times in</source>
        <translation>&amp;Zeiten in</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="129"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="139"/>
        <source>Shows %1.</source>
        <translation>Zeigt %1.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="144"/>
        <source>&amp;Learner</source>
        <translation>&amp;Lernende</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="148"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="158"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="173"/>
        <source>Show &amp;toolbar</source>
        <translation>&amp;Werkzeugleiste anzeigen</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="174"/>
        <source>Shows or hides the toolbar; every command is also in the menus.</source>
        <translation>Zeigt oder verbirgt die Werkzeugleiste; jeder Befehl ist auch in den Menüs.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="176"/>
        <source>Show &amp;status bar</source>
        <translation>&amp;Statusleiste anzeigen</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/DeskActions.cpp" line="180"/>
        <source>Shows or hides the status bar with the database, Stripe and server connections.</source>
        <translation>Zeigt oder verbirgt die Statusleiste mit den Verbindungen zu Datenbank, Stripe und Server.</translation>
    </message>
</context>
<context>
    <name>companion::admin::DisplayFormat</name>
    <message>
        <location filename="../app/admin/widgets/DisplayFormat.cpp" line="138"/>
        <source>Times in %1</source>
        <translation>Zeiten in %1</translation>
    </message>
</context>
<context>
    <name>companion::admin::GrantDialog</name>
    <message>
        <location filename="../app/admin/dialogs/GrantDialog.cpp" line="16"/>
        <source>Give %1 Premium (chapters 4–6) without a payment. Stripe is not involved: the grant works at once and ends on its own at the date chosen.</source>
        <translation>Schalten Sie Premium (Kapitel 4–6) für %1 ohne Zahlung frei. Stripe ist nicht beteiligt: Die Freischaltung gilt sofort und endet von selbst am gewählten Datum.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/GrantDialog.cpp" line="21"/>
        <source>Grant Premium</source>
        <translation>Premium freischalten</translation>
    </message>
</context>
<context>
    <name>companion::admin::HealthAlertsModel</name>
    <message>
        <location filename="../app/admin/models/HealthAlertsModel.cpp" line="79"/>
        <source>firing</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <location filename="../app/admin/models/HealthAlertsModel.cpp" line="79"/>
        <source>pending</source>
        <translation>anstehend</translation>
    </message>
    <message>
        <location filename="../app/admin/models/HealthAlertsModel.cpp" line="95"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/admin/models/HealthAlertsModel.cpp" line="96"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../app/admin/models/HealthAlertsModel.cpp" line="97"/>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <location filename="../app/admin/models/HealthAlertsModel.cpp" line="98"/>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <location filename="../app/admin/models/HealthAlertsModel.cpp" line="99"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../app/admin/models/HealthAlertsModel.cpp" line="100"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>companion::admin::HealthPage</name>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="40"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="42"/>
        <source>Read the server&apos;s health report now (it refreshes every minute while this page is open).</source>
        <translation>Den Zustandsbericht des Servers jetzt lesen (er wird jede Minute aktualisiert, solange diese Seite offen ist).</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="48"/>
        <source>Last webhook</source>
        <translation>Letzter Webhook</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="49"/>
        <source>Failed events open</source>
        <translation>Offene fehlgeschlagene Ereignisse</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="50"/>
        <source>Asking Stripe</source>
        <translation>Nachfragen bei Stripe</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="51"/>
        <source>Missed events</source>
        <translation>Verpasste Ereignisse</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="52"/>
        <source>Webhook endpoint</source>
        <translation>Webhook-Endpunkt</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="53"/>
        <source>Read replica</source>
        <translation>Lese-Replikat</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="64"/>
        <source>&lt;b&gt;Alerts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alarme&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="68"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="105"/>
        <source>%1: details</source>
        <translation>%1: Details</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="147"/>
        <source>Reading the server&apos;s health…</source>
        <translation>Zustand des Servers wird gelesen …</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="153"/>
        <source>The server&apos;s health could not be read: %1</source>
        <translation>Der Zustand des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="157"/>
        <source>Updated %1 from %2.</source>
        <translation>Aktualisiert um %1 von %2.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="165"/>
        <source>Set the server&apos;s address and admin token in Settings to see its health.</source>
        <translation>Legen Sie in den Einstellungen die Adresse des Servers und das Admin-Token fest, um seinen Zustand zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="172"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/HealthPage.cpp" line="174"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/HealthPage.cpp" line="176"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/HealthPage.cpp" line="177"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="188"/>
        <source>The webhook log and this page are read from it while it is at most %1 s behind the primary.</source>
        <translation>Das Webhook-Protokoll und diese Seite werden daraus gelesen, solange es höchstens %1 s hinter dem Primärserver liegt.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="191"/>
        <source>not used yet</source>
        <translation>noch nicht genutzt</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="197"/>
        <source>Reads go to the replica.</source>
        <translation>Lesezugriffe gehen an das Replikat.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="198"/>
        <source>Reads go to the primary: the replica is further behind than allowed.</source>
        <translation>Lesezugriffe gehen an den Primärserver: Das Replikat liegt weiter zurück als erlaubt.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="199"/>
        <source>Reads go to the primary: the replica follows no primary.</source>
        <translation>Lesezugriffe gehen an den Primärserver: Das Replikat folgt keinem Primärserver.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="200"/>
        <source>Reads go to the primary: the replica cannot be reached.</source>
        <translation>Lesezugriffe gehen an den Primärserver: Das Replikat ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="201"/>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="210"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="210"/>
        <source>No signed webhook has reached the server yet.</source>
        <translation>Noch kein signierter Webhook hat den Server erreicht.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="214"/>
        <source>Received %1.</source>
        <translation>Empfangen am %1.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="219"/>
        <source>Stored but not applied (usually an unknown learner): open the Webhook log, filter failed, and reprocess.</source>
        <translation>Gespeichert, aber nicht angewendet (meist ein unbekannter Lernender): Öffnen Sie das Webhook-Protokoll, filtern Sie nach „failed“ und verarbeiten Sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="220"/>
        <source>Every event of the last 30 days was applied.</source>
        <translation>Jedes Ereignis der letzten 30 Tage wurde angewendet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/HealthPage.cpp" line="227"/>
        <source>Subscriptions being asked about again. Gave up on %n since the server started: Reconciliation reads them again.</source>
        <translation>
            <numerusform>Abonnements, zu denen erneut nachgefragt wird. Seit dem Serverstart bei %n aufgegeben: Der Abgleich liest es erneut.</numerusform>
            <numerusform>Abonnements, zu denen erneut nachgefragt wird. Seit dem Serverstart bei %n aufgegeben: Der Abgleich liest sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="229"/>
        <source>Subscriptions being asked about again after an out-of-order event or a paid invoice.</source>
        <translation>Abonnements, zu denen nach einem Ereignis in falscher Reihenfolge oder einer bezahlten Rechnung erneut nachgefragt wird.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="234"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="234"/>
        <source>The scheduled recovery is turned off (MISSED_EVENT_RECOVERY_SECONDS=0).</source>
        <translation>Die geplante Wiederherstellung ist ausgeschaltet (MISSED_EVENT_RECOVERY_SECONDS=0).</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="236"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="236"/>
        <source>The first run is a minute after the server starts.</source>
        <translation>Der erste Lauf folgt eine Minute nach dem Serverstart.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="242"/>
        <source>The last run, %1, could not read Stripe: %2</source>
        <translation>Der letzte Lauf (%1) konnte Stripe nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="243"/>
        <source>Last run %1: another server instance was recovering.</source>
        <translation>Letzter Lauf %1: Eine andere Serverinstanz stellte gerade wieder her.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="244"/>
        <source>Last run %1: %2 found, %3 recovered.</source>
        <translation>Letzter Lauf %1: %2 gefunden, %3 wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/HealthPage.cpp" line="248"/>
        <source>%n recovered since the server started.</source>
        <translation>
            <numerusform>%n seit dem Serverstart wiederhergestellt.</numerusform>
            <numerusform>%n seit dem Serverstart wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/HealthPage.cpp" line="249"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="249"/>
        <source>none pending</source>
        <translation>keine ausstehend</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="256"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="256"/>
        <source>The server&apos;s endpoint check is off (ENDPOINT_CHECK_SECONDS=0).</source>
        <translation>Die Endpunktprüfung des Servers ist ausgeschaltet (ENDPOINT_CHECK_SECONDS=0).</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="258"/>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="263"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="279"/>
        <source>The server has no PROMETHEUS_URL: alerts are not shown here (docs/operations.md).</source>
        <translation>Der Server hat keine PROMETHEUS_URL: Alarme werden hier nicht angezeigt (docs/operations.md).</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/HealthPage.cpp" line="283"/>
        <source>No alert is pending or firing.</source>
        <translation>Kein Alarm steht an oder ist ausgelöst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/HealthPage.cpp" line="285"/>
        <source>%n alert(s) pending or firing; the Summary column&apos;s tooltip says what to do.</source>
        <translation>
            <numerusform>%n Alarm anstehend oder ausgelöst; der Tooltip der Spalte Zusammenfassung sagt, was zu tun ist.</numerusform>
            <numerusform>%n Alarme anstehend oder ausgelöst; der Tooltip der Spalte Zusammenfassung sagt, was zu tun ist.</numerusform>
        </translation>
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
        <location filename="../app/admin/secrets/KeychainStore.cpp" line="121"/>
        <source>The keychain holds this secret but did not release it: it may be locked. Unlock your keyring and try again.</source>
        <translation>Der Schlüsselbund enthält dieses Geheimnis, hat es aber nicht herausgegeben: Vielleicht ist er gesperrt. Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/admin/secrets/KeychainStore.cpp" line="123"/>
        <source>No secret is stored for this yet.</source>
        <translation>Hierfür ist noch kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/admin/secrets/KeychainStore.cpp" line="125"/>
        <source>Access to the keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <location filename="../app/admin/secrets/KeychainStore.cpp" line="130"/>
        <source>No keychain is available (%1). Secrets are not stored anywhere else; start your desktop&apos;s keyring (e.g. gnome-keyring) and try again.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Geheimnisse werden nirgends sonst gespeichert; starten Sie den Schlüsselbund Ihres Desktops (z. B. gnome-keyring) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/admin/secrets/KeychainStore.cpp" line="135"/>
        <source>The keychain failed: %1. Nothing was stored.</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: %1. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>companion::admin::KpiStrip</name>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="41"/>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="41"/>
        <source>Monthly recurring revenue at the end of the range.</source>
        <translation>Monatlich wiederkehrender Umsatz am Ende des Zeitraums.</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="42"/>
        <source>Subscribers</source>
        <translation>Abonnenten</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="42"/>
        <source>Paying customers at the end of the range.</source>
        <translation>Zahlende Kunden am Ende des Zeitraums.</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="43"/>
        <source>New MRR</source>
        <translation>Neuer MRR</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="43"/>
        <source>MRR of customers paying for the first time, summed over the range.</source>
        <translation>MRR der Kunden, die zum ersten Mal zahlen, über den Zeitraum summiert.</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="44"/>
        <source>Churned MRR</source>
        <translation>Abgewanderter MRR</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="44"/>
        <source>MRR of customers who stopped paying, summed over the range.</source>
        <translation>MRR der Kunden, die nicht mehr zahlen, über den Zeitraum summiert.</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="45"/>
        <source>Net revenue</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="45"/>
        <source>Collected − Stripe fees − refunds − disputes, summed over the range.</source>
        <translation>Eingenommen − Stripe-Gebühren − Erstattungen − Anfechtungen, über den Zeitraum summiert.</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="62"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiStrip.cpp" line="64"/>
        <source>the previous period</source>
        <translation>der vorige Zeitraum</translation>
    </message>
</context>
<context>
    <name>companion::admin::KpiTile</name>
    <message>
        <location filename="../app/admin/widgets/KpiTile.cpp" line="33"/>
        <location filename="../app/admin/widgets/KpiTile.cpp" line="108"/>
        <source>%1 per period</source>
        <translation>%1 je Periode</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiTile.cpp" line="73"/>
        <source>%1%2 %</source>
        <translation>%1%2 %</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiTile.cpp" line="98"/>
        <source>%1 in %2, %3 (%4).</source>
        <translation>%1 in %2, %3 (%4).</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiTile.cpp" line="102"/>
        <source>Nothing to compare with in %1.</source>
        <translation>Nichts zum Vergleichen in %1.</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiTile.cpp" line="104"/>
        <source> The last period is not over yet: figures will change.</source>
        <translation> Die letzte Periode ist noch nicht vorbei: die Zahlen werden sich ändern.</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/KpiTile.cpp" line="106"/>
        <source>%1: %2, %3 against the previous period</source>
        <translation>%1: %2, %3 gegenüber dem vorigen Zeitraum</translation>
    </message>
</context>
<context>
    <name>companion::admin::LearnerFinder</name>
    <message>
        <location filename="../app/admin/actions/LearnerFinder.cpp" line="33"/>
        <source>Looking for %1…</source>
        <translation>Suche nach %1…</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/LearnerFinder.cpp" line="52"/>
        <source>Could not look %1 up in our database: %2</source>
        <translation>%1 konnte nicht in unserer Datenbank gesucht werden: %2</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/LearnerFinder.cpp" line="61"/>
        <source>%1 is not in our copy; asking Stripe whose it is…</source>
        <translation>%1 ist nicht in unserer Kopie; Stripe wird nach dem Inhaber gefragt…</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/LearnerFinder.cpp" line="71"/>
        <source>Stripe says %1 belongs to customer %2, who is not one of our learners.</source>
        <translation>Laut Stripe gehört %1 zum Kunden %2, der keiner unserer Lernenden ist.</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/LearnerFinder.cpp" line="83"/>
        <source>%1 is not in our copy, and Stripe cannot be asked: %2</source>
        <translation>%1 ist nicht in unserer Kopie, und Stripe kann nicht gefragt werden: %2</translation>
    </message>
</context>
<context>
    <name>companion::admin::LinkDialog</name>
    <message>
        <location filename="../app/admin/dialogs/LinkDialog.cpp" line="26"/>
        <source>The link is too long for a QR code; copy it instead.</source>
        <translation>Der Link ist für einen QR-Code zu lang; kopieren Sie ihn stattdessen.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/LinkDialog.cpp" line="28"/>
        <source>The link works until %1.</source>
        <translation>Der Link gilt bis %1.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/LinkDialog.cpp" line="37"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/LinkDialog.cpp" line="46"/>
        <source>Checkout link</source>
        <translation>Checkout-Link</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/LinkDialog.cpp" line="47"/>
        <source>Send this link to %1, or let them scan the code. Paying there starts the %2 plan and unlocks Premium as soon as Stripe tells the server.</source>
        <translation>Senden Sie diesen Link an %1 oder lassen Sie den Code scannen. Die Zahlung dort startet den Tarif „%2“ und schaltet Premium frei, sobald Stripe den Server benachrichtigt.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/LinkDialog.cpp" line="57"/>
        <source>Card update link</source>
        <translation>Link zur Kartenänderung</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/LinkDialog.cpp" line="58"/>
        <source>Send this link to %1, or let them scan the code. It opens Stripe&apos;s page where they enter a new card; it becomes the card for their subscription, and an unpaid invoice is retried with it at once. Open the link soon: it is valid for a short time.</source>
        <translation>Senden Sie diesen Link an %1 oder lassen Sie den Code scannen. Er öffnet die Seite von Stripe, auf der eine neue Karte eingegeben wird; sie wird zur Karte für das Abonnement, und die Zahlung einer offenen Rechnung wird damit sofort erneut versucht. Der Link sollte bald geöffnet werden: Er ist nur kurze Zeit gültig.</translation>
    </message>
</context>
<context>
    <name>companion::admin::MainWindow</name>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="85"/>
        <source>LIVE MODE — a live Stripe key is in use: actions here charge real cards and change real access.</source>
        <translation>LIVE-MODUS — ein Live-Schlüssel von Stripe ist in Gebrauch: Aktionen hier belasten echte Karten und ändern echte Zugänge.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="113"/>
        <source>Database: %1 (opening…)</source>
        <translation>Datenbank: %1 (wird geöffnet …)</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="122"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="130"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="139"/>
        <source>Webhook log</source>
        <translation>Webhook-Protokoll</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="144"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="153"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="157"/>
        <source>Reconciliation</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="vanished">Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="456"/>
        <source>Stripe: no key</source>
        <translation>Stripe: kein Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="459"/>
        <source>Stripe: sandbox at %1</source>
        <translation>Stripe: Sandbox unter %1</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="465"/>
        <source>Stripe: LIVE</source>
        <translation>Stripe: LIVE</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="462"/>
        <source>Stripe: test mode</source>
        <translation>Stripe: Testmodus</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="101"/>
        <source>Lists: from the read replica</source>
        <translation>Listen: vom Lese-Replikat</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="109"/>
        <source>Lists: %1</source>
        <translation>Listen: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="161"/>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="166"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="362"/>
        <source>e-mail</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="363"/>
        <source>learner id</source>
        <translation>Lernenden-ID</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="364"/>
        <source>customer id</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="414"/>
        <source>Copied the %1 %2.</source>
        <translation>%1 %2 kopiert.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="430"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="430"/>
        <source>%1, schema %2</source>
        <translation>%1, Schema %2</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="432"/>
        <source>Database role</source>
        <translation>Datenbankrolle</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="433"/>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="434"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="466"/>
        <source>Stripe: LIVE key, sent to %1</source>
        <translation>Stripe: LIVE-Schlüssel, gesendet an %1</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="474"/>
        <source>Server: not set</source>
        <translation>Server: nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="474"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="486"/>
        <source>change plans or grants</source>
        <translation>Abos oder Freischaltungen ändern</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="488"/>
        <source>close months</source>
        <translation>Monate abschließen</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="490"/>
        <source>apply Stripe&apos;s state</source>
        <translation>den Stand von Stripe übernehmen</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="492"/>
        <source>Your database role %1 may not %2: those actions are not offered.</source>
        <translation>Ihre Datenbankrolle %1 darf nicht %2: Diese Aktionen werden nicht angeboten.</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="516"/>
        <source>Database: %1 (schema %2)</source>
        <translation>Datenbank: %1 (Schema %2)</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="521"/>
        <source>Database: %1 — unavailable</source>
        <translation>Datenbank: %1 – nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../app/admin/windows/MainWindow.cpp" line="523"/>
        <source>Database problem: %1</source>
        <translation>Datenbankproblem: %1</translation>
    </message>
</context>
<context>
    <name>companion::admin::MissedEventsModel</name>
    <message>
        <location filename="../app/admin/models/MissedEventsModel.cpp" line="56"/>
        <source>never received</source>
        <translation>nie empfangen</translation>
    </message>
    <message>
        <location filename="../app/admin/models/MissedEventsModel.cpp" line="57"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/admin/models/MissedEventsModel.cpp" line="73"/>
        <source>Stripe&apos;s pending_webhooks: endpoints it has not delivered this event to yet</source>
        <translation>Stripes pending_webhooks: Endpunkte, an die Stripe dieses Ereignis noch nicht zugestellt hat</translation>
    </message>
    <message>
        <location filename="../app/admin/models/MissedEventsModel.cpp" line="77"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../app/admin/models/MissedEventsModel.cpp" line="78"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/admin/models/MissedEventsModel.cpp" line="79"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../app/admin/models/MissedEventsModel.cpp" line="80"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../app/admin/models/MissedEventsModel.cpp" line="81"/>
        <source>Our webhook log</source>
        <translation>Unser Webhook-Protokoll</translation>
    </message>
    <message>
        <location filename="../app/admin/models/MissedEventsModel.cpp" line="82"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>companion::admin::MonthSummary</name>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="87"/>
        <source>Recurring revenue</source>
        <translation>Wiederkehrender Umsatz</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="88"/>
        <source>MRR at the start</source>
        <translation>MRR zu Beginn</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="89"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="124"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="144"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="90"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="124"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="145"/>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="91"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="146"/>
        <source>Reactivation</source>
        <translation>Reaktivierung</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="92"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="124"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="147"/>
        <source>Contraction</source>
        <translation>Kontraktion</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="93"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="124"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="148"/>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="94"/>
        <source>MRR at the end</source>
        <translation>MRR am Ende</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="95"/>
        <source>Scheduled churn</source>
        <translation>Geplanter Churn</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="96"/>
        <source>At risk (past due)</source>
        <translation>Gefährdet (überfällig)</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="97"/>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="98"/>
        <source>Subscribers</source>
        <translation>Abonnenten</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="99"/>
        <source>ARPU</source>
        <translation>ARPU</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="100"/>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="101"/>
        <source>Customer churn</source>
        <translation>Kunden-Churn</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="102"/>
        <source>Gross MRR churn</source>
        <translation>Brutto-MRR-Churn</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="103"/>
        <source>Net MRR churn</source>
        <translation>Netto-MRR-Churn</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="104"/>
        <source>Quick ratio</source>
        <translation>Quick Ratio</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="105"/>
        <source>Cash</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="106"/>
        <source>Collected</source>
        <translation>Vereinnahmt</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="107"/>
        <source>Stripe fees (partly estimated)</source>
        <translation>Stripe-Gebühren (teilweise geschätzt)</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="107"/>
        <source>Stripe fees</source>
        <translation>Stripe-Gebühren</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="108"/>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="109"/>
        <source>Disputes</source>
        <translation>Rückbuchungen</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="110"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="181"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="111"/>
        <source>Failed payments</source>
        <translation>Fehlgeschlagene Zahlungen</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="112"/>
        <source>Recovered</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="113"/>
        <source>Recovery rate</source>
        <translation>Wiederherstellungsquote</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="120"/>
        <source>The months to %1</source>
        <translation>Die Monate bis %1</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="123"/>
        <source>MRR movements</source>
        <translation>MRR-Bewegungen</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="124"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="124"/>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="124"/>
        <source>Reactiv.</source>
        <translation>Reaktiv.</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="125"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="139"/>
        <source>Customers behind the movements of %1</source>
        <translation>Kunden hinter den Bewegungen im %1</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="141"/>
        <source>No customer&apos;s MRR changed this month.</source>
        <translation>In diesem Monat hat sich der MRR keines Kunden geändert.</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="152"/>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="152"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="152"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="152"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="152"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="154"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/reports/MonthSummary.cpp" line="158"/>
        <source>%n customer(s).</source>
        <translation>
            <numerusform>%n Kunde.</numerusform>
            <numerusform>%n Kunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="164"/>
        <source>Cash reconciled to the payouts</source>
        <translation>Zahlungen mit den Auszahlungen abgeglichen</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="168"/>
        <source>Matches to the cent</source>
        <translation>Stimmt auf den Cent</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/reports/MonthSummary.cpp" line="168"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Abweichung</numerusform>
            <numerusform>%n Abweichungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="170"/>
        <source>This month is not over yet: figures will change.</source>
        <translation>Dieser Monat ist noch nicht vorbei: Die Zahlen werden sich ändern.</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="172"/>
        <source>Charges %1 − refunds %2 − disputes %3 − Stripe fees %4 + other %5 = net %6 = paid out %7 + in transit %8 + still in the balance %9.</source>
        <translation>Zahlungen %1 − Erstattungen %2 − Rückbuchungen %3 − Stripe-Gebühren %4 + Sonstiges %5 = netto %6 = ausgezahlt %7 + unterwegs %8 + noch im Guthaben %9.</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="180"/>
        <source>Balance transactions by category</source>
        <translation>Guthabenbuchungen nach Kategorie</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="181"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="181"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="181"/>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="181"/>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="185"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="188"/>
        <source>Where the month&apos;s net went</source>
        <translation>Wohin das Netto des Monats ging</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="189"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="218"/>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="189"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="218"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="189"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="218"/>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="189"/>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="218"/>
        <source>Transactions</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="189"/>
        <source>Of this month</source>
        <translation>Aus diesem Monat</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="191"/>
        <source>Still in the Stripe balance</source>
        <translation>Noch im Stripe-Guthaben</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="196"/>
        <source>(went out again with %1, %2)</source>
        <translation>(erneut ausgezahlt mit %1, %2)</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="202"/>
        <source>Differences</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="204"/>
        <source>None: every charge, refund, dispute and payout of the month agrees with our invoices, to the cent.</source>
        <translation>Keine: Jede Zahlung, Erstattung, Rückbuchung und Auszahlung des Monats stimmt auf den Cent mit unseren Rechnungen überein.</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="205"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="205"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="205"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="205"/>
        <source>Ours</source>
        <translation>Unsere</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="205"/>
        <source>Stripe&apos;s</source>
        <translation>Stripes</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="205"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="215"/>
        <source>Payouts due at the bank in %1</source>
        <translation>Im %1 bei der Bank fällige Auszahlungen</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="217"/>
        <source>No payout was due at the bank this month.</source>
        <translation>In diesem Monat war keine Auszahlung bei der Bank fällig.</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="218"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="218"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="225"/>
        <source>(its transactions add up to %1)</source>
        <translation>(ihre Buchungen ergeben %1)</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="234"/>
        <source>Paid into the bank: %1.</source>
        <translation>Auf das Bankkonto eingezahlt: %1.</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="241"/>
        <source>Stripe-compatible MRR</source>
        <translation>Stripe-kompatibler MRR</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="241"/>
        <source>Course Companion MRR</source>
        <translation>Course-Companion-MRR</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="242"/>
        <source>Computed %1. %2; amounts in %3.</source>
        <translation>Berechnet am %1. %2; Beträge in %3.</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="252"/>
        <source>Closed before month-end packs were frozen: its stored figures match their hash; what this pack shows is today&apos;s.</source>
        <translation>Abgeschlossen, bevor Monatsabschlüsse festgeschrieben wurden: Die gespeicherten Zahlen stimmen mit ihrem Hash überein; dieser Abschluss zeigt den heutigen Stand.</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="254"/>
        <source>Warning: the stored figures no longer match their hash; they were altered after the close.</source>
        <translation>Warnung: Die gespeicherten Zahlen stimmen nicht mehr mit ihrem Hash überein; sie wurden nach dem Abschluss verändert.</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="295"/>
        <source>Course Companion — revenue %1</source>
        <translation>Course Companion — Umsatz %1</translation>
    </message>
    <message>
        <source>Generated %1. %2; amounts in %3.</source>
        <translation type="vanished">Erstellt: %1. %2; Beträge in %3.</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="247"/>
        <source>Closed by %1 on %2; content hash %3.</source>
        <translation>Abgeschlossen von %1 am %2; Inhalts-Hash %3.</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="257"/>
        <source>The stored pack matches its hash.</source>
        <translation>Der gespeicherte Abschluss stimmt mit seinem Hash überein.</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="258"/>
        <source>Warning: the stored pack no longer matches its hash; it was altered after the close.</source>
        <translation>Warnung: Der gespeicherte Abschluss stimmt nicht mehr mit seinem Hash überein; er wurde nach dem Abschluss verändert.</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="261"/>
        <source>Not closed: these figures may still change.</source>
        <translation>Nicht abgeschlossen: Diese Zahlen können sich noch ändern.</translation>
    </message>
    <message>
        <location filename="../app/admin/reports/MonthSummary.cpp" line="270"/>
        <source>Course Companion — revenue</source>
        <translation>Course Companion — Umsatz</translation>
    </message>
</context>
<context>
    <name>companion::admin::MovementLinesDialog</name>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="51"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="66"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="99"/>
        <source>Could not load the customers: %1</source>
        <translation>Die Kunden konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="103"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="103"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="103"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="105"/>
        <source>MRR before</source>
        <translation>MRR vorher</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="105"/>
        <source>MRR after</source>
        <translation>MRR nachher</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="105"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="107"/>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="107"/>
        <source>Cancel asked</source>
        <translation>Kündigung beantragt</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="107"/>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="107"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="126"/>
        <source>%n customer(s), %1 in all.</source>
        <translation>
            <numerusform>%n Kunde, insgesamt %1.</numerusform>
            <numerusform>%n Kunden, insgesamt %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="132"/>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="137"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="132"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/MovementLinesDialog.cpp" line="137"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>companion::admin::PayoutListTab</name>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="40"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="43"/>
        <source>Currency of the payouts</source>
        <translation>Währung der Auszahlungen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="54"/>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="68"/>
        <source>Selected payout</source>
        <translation>Ausgewählte Auszahlung</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="71"/>
        <source>The payout&apos;s transactions by category</source>
        <translation>Buchungen der Auszahlung nach Kategorie</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="75"/>
        <source>The payout&apos;s transactions</source>
        <translation>Buchungen der Auszahlung</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="103"/>
        <source>Reading payouts…</source>
        <translation>Auszahlungen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="127"/>
        <source>Could not read payouts: %1</source>
        <translation>Auszahlungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="136"/>
        <source>All currencies</source>
        <translation>Alle Währungen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="147"/>
        <source>No payouts mirrored yet. They are read from Stripe by companion-server sync-stripe and kept up to date by its payout webhooks.</source>
        <translation>Noch keine Auszahlungen gespiegelt. Sie werden von companion-server sync-stripe aus Stripe gelesen und über seine Auszahlungs-Webhooks aktuell gehalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="161"/>
        <source>%n payout(s).</source>
        <translation>
            <numerusform>%n Auszahlung.</numerusform>
            <numerusform>%n Auszahlungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="163"/>
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="165"/>
        <source>%n do(es) not add up.</source>
        <translation>
            <numerusform>%n geht nicht auf.</numerusform>
            <numerusform>%n gehen nicht auf.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="206"/>
        <source>Could not read the payout&apos;s transactions: %1</source>
        <translation>Die Buchungen der Auszahlung konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="212"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %3, arrives %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2, %3, Eingang am %4.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="216"/>
        <source>Stripe says: %1</source>
        <translation>Stripe meldet: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="218"/>
        <source>A manual payout: Stripe does not say which transactions it carried.</source>
        <translation>Eine manuelle Auszahlung: Stripe gibt nicht an, welche Buchungen sie enthielt.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutListTab.cpp" line="220"/>
        <source>Its transactions add up to %1, not what it sent.</source>
        <translation>Ihre Buchungen ergeben %1, nicht den überwiesenen Betrag.</translation>
    </message>
</context>
<context>
    <name>companion::admin::PayoutTransactionsModel</name>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="94"/>
        <source>What the transaction moved before Stripe&apos;s fee (money in is positive).</source>
        <translation>Was die Buchung vor der Stripe-Gebühr bewegt hat (Eingänge sind positiv).</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="95"/>
        <source>Stripe&apos;s fee on it.</source>
        <translation>Die Stripe-Gebühr darauf.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="96"/>
        <source>Gross less the fee: what reached the balance.</source>
        <translation>Brutto minus Gebühr: was im Guthaben ankam.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="97"/>
        <source>Double-click to open the learner.</source>
        <translation>Doppelklicken Sie, um die Seite des Lernenden zu öffnen.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="104"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="105"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="106"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="107"/>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="108"/>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="109"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="110"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutTransactionsModel.cpp" line="111"/>
        <source>Learner</source>
        <translation>Lernende</translation>
    </message>
</context>
<context>
    <name>companion::admin::PayoutWords</name>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="10"/>
        <source>Paid</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="12"/>
        <source>In transit</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="14"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="16"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="18"/>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="25"/>
        <source>Charges</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="27"/>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="29"/>
        <source>Disputes</source>
        <translation>Rückbuchungen</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="31"/>
        <source>Dispute reversals</source>
        <translation>Zurückgenommene Rückbuchungen</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="33"/>
        <source>Stripe fees</source>
        <translation>Stripe-Gebühren</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="35"/>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="37"/>
        <source>Failed payouts returned</source>
        <translation>Fehlgeschlagene Auszahlungen (zurück im Guthaben)</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="39"/>
        <source>Failed refunds</source>
        <translation>Fehlgeschlagene Erstattungen</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="41"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="48"/>
        <source>Paid invoice without its charge</source>
        <translation>Bezahlte Rechnung ohne ihre Zahlung</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="49"/>
        <source>Charge without an invoice</source>
        <translation>Zahlung ohne Rechnung</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="50"/>
        <source>Amount differs</source>
        <translation>Betrag weicht ab</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="51"/>
        <source>Fee differs</source>
        <translation>Gebühr weicht ab</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="52"/>
        <source>Refund differs</source>
        <translation>Erstattung weicht ab</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="53"/>
        <source>Dispute differs</source>
        <translation>Rückbuchung weicht ab</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutWords.cpp" line="54"/>
        <source>Payout does not add up</source>
        <translation>Auszahlung geht nicht auf</translation>
    </message>
</context>
<context>
    <name>companion::admin::PayoutsModel</name>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="71"/>
        <source>On its way: expected at the bank on %1.</source>
        <translation>Unterwegs: wird am %1 auf dem Bankkonto erwartet.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="75"/>
        <source>A manual payout: Stripe does not say which transactions it carried.</source>
        <translation>Eine manuelle Auszahlung: Stripe gibt nicht an, welche Buchungen sie enthielt.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="77"/>
        <source>Its transactions are read once the payout is final.</source>
        <translation>Ihre Buchungen werden gelesen, sobald die Auszahlung abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="79"/>
        <source>Its transactions add up to %1, but it sent %2.</source>
        <translation>Ihre Buchungen ergeben %1, überwiesen wurden aber %2.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="81"/>
        <source>Its transactions add up to what it sent.</source>
        <translation>Ihre Buchungen ergeben genau den überwiesenen Betrag.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="126"/>
        <source>The balance transactions it carried to the bank.</source>
        <translation>Die Buchungen, die sie an die Bank überwiesen hat.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="127"/>
        <source>Whether the net of its transactions equals what it sent.</source>
        <translation>Ob der Nettobetrag ihrer Buchungen dem überwiesenen Betrag entspricht.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="136"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="137"/>
        <source>Arrives</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="138"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="139"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="140"/>
        <source>Transactions</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="141"/>
        <source>Adds up</source>
        <translation>Geht auf</translation>
    </message>
    <message>
        <location filename="../app/admin/models/PayoutsModel.cpp" line="142"/>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
</context>
<context>
    <name>companion::admin::PayoutsPage</name>
    <message>
        <location filename="../app/admin/pages/PayoutsPage.cpp" line="21"/>
        <source>Payouts and cash reconciliation</source>
        <translation>Auszahlungen und Zahlungsabgleich</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutsPage.cpp" line="24"/>
        <source>&amp;Payouts</source>
        <translation>A&amp;uszahlungen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/PayoutsPage.cpp" line="25"/>
        <source>Cash &amp;reconciliation</source>
        <translation>&amp;Zahlungsabgleich</translation>
    </message>
</context>
<context>
    <name>companion::admin::PreferencesDialog</name>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="67"/>
        <source>Default: %1 (your OS user name)</source>
        <translation>Standard: %1 (Ihr Benutzername im Betriebssystem)</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="93"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="94"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="95"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="96"/>
        <source>Local (%1)</source>
        <translation>Lokal (%1)</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="97"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="100"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="101"/>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="215"/>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="508"/>
        <source>Enter Stripe&apos;s address, https://api.stripe.com, or a stripe-sandbox&apos;s.</source>
        <translation>Geben Sie die Adresse von Stripe (https://api.stripe.com) oder die einer stripe-sandbox ein.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="263"/>
        <source>A read replica is a PostgreSQL streaming replica: postgresql://user@replica/db.</source>
        <translation>Ein Lese-Replikat ist ein PostgreSQL-Streaming-Replikat: postgresql://benutzer@replikat/db.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="265"/>
        <source>Leave the password out of the address: the settings file is not a safe place for it. PostgreSQL reads it from ~/.pgpass (or PGPASSWORD).</source>
        <translation>Lassen Sie das Passwort in der Adresse weg: Die Einstellungsdatei ist kein sicherer Ort dafür. PostgreSQL liest es aus ~/.pgpass (oder PGPASSWORD).</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="307"/>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="313"/>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="339"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="319"/>
        <source>Saved. Audit entries will name %1.</source>
        <translation>Gespeichert. Einträge im Prüfprotokoll nennen %1.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="324"/>
        <source>Cleared. The next start uses DATABASE_URL, else the local SQLite file.</source>
        <translation>Zurückgesetzt. Der nächste Start verwendet DATABASE_URL, sonst die lokale SQLite-Datei.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="327"/>
        <source>Saved. It is used from the next start of the app.</source>
        <translation>Gespeichert. Die Einstellung gilt ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="334"/>
        <source>Saved. companion-admin starts in %1 from the next time you open it.</source>
        <translation>Gespeichert. companion-admin startet ab dem nächsten Öffnen auf %1.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="357"/>
        <source>Storing in the keychain…</source>
        <translation>Wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="373"/>
        <source>Saved. The token is in the keychain only.</source>
        <translation>Gespeichert. Das Token liegt nur im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="374"/>
        <source>Saved. Keys are in the keychain only.</source>
        <translation>Gespeichert. Schlüssel liegen nur im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="408"/>
        <source>No token stored. Create one with: companion-server admin-token create --label &quot;support desk&quot;</source>
        <translation>Kein Token gespeichert. Erzeugen Sie eines mit: companion-server admin-token create --label &quot;support desk&quot;</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="409"/>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="426"/>
        <source>Stored in the keychain: %1</source>
        <translation>Im Schlüsselbund gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="410"/>
        <source>cat_… (kept in the OS keychain only)</source>
        <translation>cat_… (nur im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="410"/>
        <source>Paste a new token to replace it</source>
        <translation>Fügen Sie ein neues Token ein, um es zu ersetzen</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="418"/>
        <source>No key stored. Use a test key (sk_test_…) or a restricted key (rk_…) from Stripe&apos;s Dashboard.</source>
        <translation>Kein Schlüssel gespeichert. Verwenden Sie einen Testschlüssel (sk_test_…) oder einen eingeschränkten Schlüssel (rk_…) aus dem Stripe-Dashboard.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="420"/>
        <source>Stored in the keychain: %1 — LIVE mode: real money and real access.</source>
        <translation>Im Schlüsselbund gespeichert: %1 — LIVE-Modus: echtes Geld und echte Zugänge.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="422"/>
        <source>Stored in the keychain: %1 (test mode)</source>
        <translation>Im Schlüsselbund gespeichert: %1 (Testmodus)</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="423"/>
        <source>sk_test_… (kept in the OS keychain only)</source>
        <translation>sk_test_… (nur im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="423"/>
        <source>Paste a new key to replace it</source>
        <translation>Fügen Sie einen neuen Schlüssel ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="426"/>
        <source>None stored (%1).</source>
        <translation>Nichts gespeichert (%1).</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="427"/>
        <source>kept in the OS keychain only</source>
        <translation>wird nur im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="427"/>
        <source>Paste a new one to replace it</source>
        <translation>Zum Ersetzen einen neuen einfügen</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="430"/>
        <source>pk_test_…, for the course&apos;s web page; optional here</source>
        <translation>pk_test_…, für die Webseite des Kurses; hier optional</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="432"/>
        <source>whsec_…, the signing secret of the server&apos;s webhook endpoint; optional here</source>
        <translation>whsec_…, das Signaturgeheimnis des Webhook-Endpunkts des Servers; hier optional</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="443"/>
        <source>The token was removed from the keychain.</source>
        <translation>Das Token wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="454"/>
        <source>The key was removed from the keychain.</source>
        <translation>Der Schlüssel wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="479"/>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="518"/>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="548"/>
        <source>Asking %1…</source>
        <translation>Frage %1 an…</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="496"/>
        <source>Connected. Webhook deliveries in the last 24 hours: %1; failure rate %2.</source>
        <translation>Verbunden. Webhook-Zustellungen in den letzten 24 Stunden: %1; Fehlerquote %2.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="531"/>
        <source>Connected to Stripe in LIVE mode.</source>
        <translation>Mit Stripe im LIVE-Modus verbunden.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="531"/>
        <source>Connected to Stripe in test mode.</source>
        <translation>Mit Stripe im Testmodus verbunden.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="574"/>
        <source>Connected: schema version %1, %2 users, answered in %3 ms.</source>
        <translation>Verbunden: Schemaversion %1, %2 Benutzer, Antwort in %3 ms.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/PreferencesDialog.cpp" line="578"/>
        <source>Cannot use the database: %1</source>
        <translation>Die Datenbank kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>companion::admin::ReconciliationModel</name>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="51"/>
        <source>Premium here, no live subscription in Stripe</source>
        <translation>Hier Premium, kein aktives Abonnement bei Stripe</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="52"/>
        <source>Pays in Stripe, not Premium here</source>
        <translation>Zahlt bei Stripe, hier nicht Premium</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="53"/>
        <source>Subscription differs</source>
        <translation>Abonnement weicht ab</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="54"/>
        <source>Subscription missing here</source>
        <translation>Abonnement fehlt hier</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="55"/>
        <source>Subscription unknown to Stripe</source>
        <translation>Abonnement bei Stripe unbekannt</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="56"/>
        <source>Stripe subscription of no user</source>
        <translation>Stripe-Abonnement ohne Benutzer</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="57"/>
        <source>Several Stripe customers for one user</source>
        <translation>Mehrere Stripe-Kunden für einen Benutzer</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="67"/>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="67"/>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="75"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="78"/>
        <source>, period ends %1</source>
        <translation>, Periode endet %1</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="80"/>
        <source>, cancels at period end</source>
        <translation>, kündigt zum Periodenende</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="94"/>
        <source>%1, received %2</source>
        <translation>%1, empfangen %2</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="112"/>
        <source>none received</source>
        <translation>keiner empfangen</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="113"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="114"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="116"/>
        <source>Take Stripe&apos;s state</source>
        <translation>Stripes Stand übernehmen</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="116"/>
        <source>Needs a person</source>
        <translation>Braucht einen Menschen</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="128"/>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="129"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="130"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="131"/>
        <source>Stripe says</source>
        <translation>Laut Stripe</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="132"/>
        <source>We say</source>
        <translation>Bei uns</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="133"/>
        <source>Last webhook</source>
        <translation>Letzter Webhook</translation>
    </message>
    <message>
        <location filename="../app/admin/models/ReconciliationModel.cpp" line="134"/>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
</context>
<context>
    <name>companion::admin::ReconciliationPage</name>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="55"/>
        <source>Compare to see whether our database matches Stripe.</source>
        <translation>Gleichen Sie ab, um zu prüfen, ob unsere Datenbank mit Stripe übereinstimmt.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="85"/>
        <source>Opening Stripe…</source>
        <translation>Verbindung zu Stripe wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="111"/>
        <source>Cannot reach Stripe: %1</source>
        <translation>Stripe nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="121"/>
        <source>Reading Stripe&apos;s subscriptions and customers…</source>
        <translation>Abonnements und Kunden von Stripe werden gelesen…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="128"/>
        <source>Stopping after the current step…</source>
        <translation>Wird nach dem aktuellen Schritt angehalten…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="135"/>
        <source>Reading Stripe: %n object(s) so far…</source>
        <translation>
            <numerusform>Stripe wird gelesen: bisher %n Objekt…</numerusform>
            <numerusform>Stripe wird gelesen: bisher %n Objekte…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="140"/>
        <source>Fetching and applying: %1 of %2…</source>
        <translation>Abrufen und anwenden: %1 von %2…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="141"/>
        <source>Fixing: %1 of %2…</source>
        <translation>Wird behoben: %1 von %2…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="148"/>
        <source>The comparison did not finish: %1</source>
        <translation>Der Abgleich wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="159"/>
        <source>Our database matches Stripe (compared at %1).</source>
        <translation>Unsere Datenbank stimmt mit Stripe überein (abgeglichen: %1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="160"/>
        <source>%n difference(s) at %1; </source>
        <translation>
            <numerusform>%n Abweichung (Stand %1); </numerusform>
            <numerusform>%n Abweichungen (Stand %1); </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="161"/>
        <source>%n can be fixed from Stripe&apos;s data.</source>
        <translation>
            <numerusform>%n davon lässt sich mit den Daten von Stripe beheben.</numerusform>
            <numerusform>%n davon lassen sich mit den Daten von Stripe beheben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="174"/>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="179"/>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="175"/>
        <source>Take Stripe&apos;s current state for %1 (%2)? It is written to the audit log.</source>
        <translation>Stripes aktuellen Stand für %1 (%2) übernehmen? Dies wird ins Prüfprotokoll geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="178"/>
        <source>Take Stripe&apos;s current state for the %n selected difference(s)?</source>
        <translation>
            <numerusform>Stripes aktuellen Stand für die %n ausgewählte Abweichung übernehmen?</numerusform>
            <numerusform>Stripes aktuellen Stand für die %n ausgewählten Abweichungen übernehmen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="204"/>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="279"/>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="207"/>
        <source>Fix all</source>
        <translation>Alle beheben</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="208"/>
        <source>Dry run — nothing has changed yet. These differences would take Stripe&apos;s current state, one after another, each re-read from Stripe and written to the audit log:</source>
        <translation>Probelauf — noch wurde nichts geändert. Für diese Abweichungen würde nacheinander Stripes aktueller Stand übernommen, jeweils neu von Stripe gelesen und ins Prüfprotokoll geschrieben:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="211"/>
        <source>%n difference(s) need a person and are left alone.</source>
        <translation>
            <numerusform>%n Abweichung braucht einen Menschen und bleibt unberührt.</numerusform>
            <numerusform>%n Abweichungen brauchen einen Menschen und bleiben unberührt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="212"/>
        <source>Stop ends it after the current fix; comparing again shows what is left.</source>
        <translation>„Anhalten“ beendet den Vorgang nach der aktuellen Behebung; ein erneuter Abgleich zeigt, was übrig bleibt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="213"/>
        <source>Fix %n</source>
        <translation>
            <numerusform>%n beheben</numerusform>
            <numerusform>%n beheben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="232"/>
        <source>Reading Stripe&apos;s events of the last 30 days…</source>
        <translation>Stripes Ereignisse der letzten 30 Tage werden gelesen…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="239"/>
        <source>The list of events did not finish: %1</source>
        <translation>Die Ereignisliste wurde nicht fertig: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="246"/>
        <source>companion-server has every event of the last 30 days that it acts on.</source>
        <translation>companion-server hat jedes Ereignis der letzten 30 Tage, das es verarbeitet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="247"/>
        <source>%n event(s) never received or not applied.</source>
        <translation>
            <numerusform>%n Ereignis nie empfangen oder nicht angewendet.</numerusform>
            <numerusform>%n Ereignisse nie empfangen oder nicht angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="259"/>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="262"/>
        <source>Fetch &amp; apply</source>
        <translation>Abrufen &amp; anwenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="260"/>
        <source>Read the current objects of the %n selected event(s) from Stripe and apply them as a webhook would? Each is written to the audit log.</source>
        <translation>
            <numerusform>Die aktuellen Objekte des %n ausgewählten Ereignisses von Stripe lesen und wie ein Webhook anwenden? Jedes wird im Prüfprotokoll vermerkt.</numerusform>
            <numerusform>Die aktuellen Objekte der %n ausgewählten Ereignisse von Stripe lesen und wie ein Webhook anwenden? Jedes wird im Prüfprotokoll vermerkt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="282"/>
        <source>Fetch &amp; apply all</source>
        <translation>Alle abrufen &amp; anwenden</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="283"/>
        <source>Dry run — nothing has changed yet. For each of these events Stripe&apos;s current object would be read and applied through the webhook code, one after another, and the event kept in our log:</source>
        <translation>Probelauf — noch wurde nichts geändert. Für jedes dieser Ereignisse würde Stripes aktuelles Objekt gelesen und über den Webhook-Code angewendet, eines nach dem anderen, und das Ereignis in unserem Protokoll behalten:</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="285"/>
        <source>Stop ends it after the current event; listing again shows what is left.</source>
        <translation>„Anhalten“ beendet den Vorgang nach dem aktuellen Ereignis; erneutes Auflisten zeigt, was übrig ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="286"/>
        <source>Apply %n</source>
        <translation>
            <numerusform>%n anwenden</numerusform>
            <numerusform>%n anwenden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="302"/>
        <source>Applied %1 of %2 events.</source>
        <translation>%1 von %2 Ereignissen angewendet.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="303"/>
        <source>Fixed %1 of %2.</source>
        <translation>%1 von %2 behoben.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="305"/>
        <source>Stopped before the rest.</source>
        <translation>Angehalten, bevor der Rest bearbeitet wurde.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="307"/>
        <source>%n failed: </source>
        <translation>
            <numerusform>%n fehlgeschlagen: </numerusform>
            <numerusform>%n fehlgeschlagen: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="309"/>
        <source>What the payouts carried could not be read yet: %1</source>
        <translation>Was die Auszahlungen enthielten, konnte noch nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="311"/>
        <source>Read what %n payout(s) carried.</source>
        <translation>
            <numerusform>Inhalt von %n Auszahlung gelesen.</numerusform>
            <numerusform>Inhalt von %n Auszahlungen gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="322"/>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="329"/>
        <source>Export CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="324"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/ReconciliationPage.cpp" line="329"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>companion::admin::RefundDialog</name>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="38"/>
        <source>Refund — %1</source>
        <translation>Erstattung — %1</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="45"/>
        <source>Give money back to %1 on the card that paid. Their access does not change: to end Premium too, use Cancel subscription… (it can refund as well).</source>
        <translation>Erstatten Sie %1 Geld auf die Karte, mit der bezahlt wurde. Der Zugang ändert sich dadurch nicht: Um auch Premium zu beenden, verwenden Sie „Abonnement kündigen…“ (dort kann ebenfalls erstattet werden).</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="55"/>
        <source>%1 — %2 — invoice %3</source>
        <translation>%1 — %2 — Rechnung %3</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="57"/>
        <source>(%1 already refunded)</source>
        <translation>(%1 bereits erstattet)</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="60"/>
        <source>Payment:</source>
        <translation>Zahlung:</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="63"/>
        <source>Part of it:</source>
        <translation>Teilbetrag:</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="71"/>
        <source>Amount to refund</source>
        <translation>Zu erstattender Betrag</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="79"/>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="84"/>
        <source>— choose —</source>
        <translation>— auswählen —</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="85"/>
        <source>Requested by the learner</source>
        <translation>Auf Wunsch des Lernenden</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="86"/>
        <source>Duplicate payment</source>
        <translation>Doppelte Zahlung</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="87"/>
        <source>Fraudulent (also blocks the card)</source>
        <translation>Betrügerisch (sperrt auch die Karte)</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="88"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="91"/>
        <source>e.g. charged twice, ticket 4711</source>
        <translation>z. B. doppelt abgebucht, Ticket 4711</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="92"/>
        <source>Note for the audit log:</source>
        <translation>Notiz für das Prüfprotokoll:</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="104"/>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="170"/>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="106"/>
        <source>Don&apos;t refund</source>
        <translation>Nicht erstatten</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="155"/>
        <source>All of it: %1</source>
        <translation>Gesamtbetrag: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="155"/>
        <source>All of it</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="164"/>
        <source>No payment of this learner can be refunded (none, or all refunded already).</source>
        <translation>Keine Zahlung dieses Lernenden kann erstattet werden (keine vorhanden oder alle bereits erstattet).</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="166"/>
        <source>Choose how much to refund.</source>
        <translation>Wählen Sie, wie viel erstattet werden soll.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="168"/>
        <source>%1 goes back to the card that paid; it shows on the learner&apos;s statement in 5–10 days. Premium is unchanged.</source>
        <translation>%1 geht an die Karte zurück, mit der bezahlt wurde; der Betrag erscheint nach 5–10 Tagen auf der Abrechnung des Lernenden. Premium bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/RefundDialog.cpp" line="170"/>
        <source>Refund %1</source>
        <translation>%1 erstatten</translation>
    </message>
</context>
<context>
    <name>companion::admin::RevenueCharts</name>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="128"/>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="202"/>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="271"/>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="129"/>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="271"/>
        <source>MRR movements</source>
        <translation>MRR-Bewegungen</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="130"/>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="272"/>
        <source>Collected, fees and net</source>
        <translation>Vereinnahmt, Gebühren und Netto</translation>
    </message>
    <message>
        <source>Scheduled churn</source>
        <translation type="vanished">Geplanter Churn</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="vanished">Gefährdet</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="203"/>
        <source>Scheduled churn (right axis)</source>
        <translation>Geplante Abwanderung (rechte Achse)</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="204"/>
        <source>At risk (right axis)</source>
        <translation>Gefährdet (rechte Achse)</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="205"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="206"/>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="207"/>
        <source>Reactivation</source>
        <translation>Reaktivierung</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="208"/>
        <source>Contraction</source>
        <translation>Kontraktion</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="209"/>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="210"/>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="211"/>
        <source>Stripe fees</source>
        <translation>Stripe-Gebühren</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="212"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="238"/>
        <source>MRR so far</source>
        <translation>MRR bisher</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RevenueCharts.cpp" line="273"/>
        <source>%1 (* period not over yet)</source>
        <translation>%1 (* Periode noch nicht vorbei)</translation>
    </message>
</context>
<context>
    <name>companion::admin::RevenuePage</name>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="63"/>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="64"/>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="65"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="79"/>
        <source>Course Companion MRR</source>
        <translation>Course-Companion-MRR</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="80"/>
        <source>Stripe-compatible MRR</source>
        <translation>Stripe-kompatibler MRR</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="81"/>
        <source>A cancel at period end stays in MRR until the subscription ends, shown as scheduled churn.</source>
        <translation>Eine Kündigung zum Periodenende bleibt im MRR, bis das Abonnement endet, und wird als geplanter Churn angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="82"/>
        <source>A cancel at period end leaves MRR when it is asked, as Stripe&apos;s Dashboard counts it.</source>
        <translation>Eine Kündigung zum Periodenende verlässt den MRR, sobald sie beantragt wird – so zählt es das Stripe-Dashboard.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="228"/>
        <source>The range ends before it starts.</source>
        <translation>Der Bereich endet, bevor er beginnt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/RevenuePage.cpp" line="232"/>
        <source>%n periods are too many to chart; choose a shorter range or longer periods.</source>
        <translation>
            <numerusform>%n Zeitraum ist zu viel für das Diagramm; wählen Sie einen kürzeren Bereich oder längere Zeiträume.</numerusform>
            <numerusform>%n Zeiträume sind zu viele für das Diagramm; wählen Sie einen kürzeren Bereich oder längere Zeiträume.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="237"/>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="268"/>
        <source>Could not compute revenue: %1</source>
        <translation>Der Umsatz konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation type="vanished">MRR</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="293"/>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation type="vanished">Abonnenten</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="57"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="57"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="58"/>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="58"/>
        <source>Month to date</source>
        <translation>Monat bis heute</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="59"/>
        <source>Year to date</source>
        <translation>Jahr bis heute</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="59"/>
        <source>Last full month</source>
        <translation>Letzter voller Monat</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="60"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="191"/>
        <source>From month</source>
        <translation>Ab Monat</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="191"/>
        <source>From day</source>
        <translation>Ab Tag</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="192"/>
        <source>Until month</source>
        <translation>Bis Monat</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="192"/>
        <source>Until day</source>
        <translation>Bis Tag</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="294"/>
        <source>ARPU</source>
        <translation>ARPU</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="295"/>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="296"/>
        <source>Customer churn</source>
        <translation>Kunden-Churn</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="297"/>
        <source>Net new MRR</source>
        <translation>Netto-Neu-MRR</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="298"/>
        <source>Scheduled churn</source>
        <translation>Geplanter Churn</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/RevenuePage.cpp" line="302"/>
        <source>Figures at the end of the last period. Fees of %n payment(s) are estimated (≈): their balance transactions are not mirrored.</source>
        <translation>
            <numerusform>Werte am Ende des letzten Zeitraums. Die Gebühren von %n Zahlung sind geschätzt (≈): ihre Saldotransaktion wird nicht gespiegelt.</numerusform>
            <numerusform>Werte am Ende des letzten Zeitraums. Die Gebühren von %n Zahlungen sind geschätzt (≈): ihre Saldotransaktionen werden nicht gespiegelt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="304"/>
        <source>Figures at the end of the last period.</source>
        <translation>Werte am Ende des letzten Zeitraums.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="340"/>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="347"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="340"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="345"/>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="405"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="347"/>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="408"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="355"/>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="367"/>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="394"/>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="408"/>
        <source>Month-end pack</source>
        <translation>Monatsabschluss</translation>
    </message>
    <message>
        <source>Month summary</source>
        <translation type="vanished">Monatsübersicht</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="356"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="367"/>
        <source>Could not read the closed pack of %1: %2</source>
        <translation>Der festgeschriebene Abschluss von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="377"/>
        <source>Gathering the month-end pack…</source>
        <translation>Monatsabschluss wird zusammengestellt…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="394"/>
        <source>Could not gather the month-end pack: %1</source>
        <translation>Der Monatsabschluss konnte nicht zusammengestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="419"/>
        <source>Close %1</source>
        <translation>%1 abschließen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="420"/>
        <source>Freeze the figures of %1 (%2) as they are now? If they change later, for example by a late webhook, the month will show as restated; the frozen figures stay.</source>
        <translation>Die Werte von %1 (%2) im jetzigen Stand festschreiben? Ändern sie sich später, etwa durch einen verspäteten Webhook, wird der Monat als nachträglich geändert angezeigt; die festgeschriebenen Werte bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="423"/>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="445"/>
        <source>Close month</source>
        <translation>Monat abschließen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="445"/>
        <source>%1 was not closed: %2</source>
        <translation>%1 wurde nicht abgeschlossen: %2</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="460"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="480"/>
        <source>MRR that Stripe&apos;s Dashboard no longer counts on %1</source>
        <translation>MRR, den das Stripe-Dashboard am %1 nicht mehr zählt</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/RevenuePage.cpp" line="503"/>
        <source>Revenue definitions</source>
        <translation>Umsatzdefinitionen</translation>
    </message>
</context>
<context>
    <name>companion::admin::RevenueTableModel</name>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="88"/>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="135"/>
        <source>%n payment(s) without a mirrored balance transaction: their fee (%1) is estimated from Stripe&apos;s standard pricing.</source>
        <translation>
            <numerusform>%n Zahlung ohne gespiegelte Saldotransaktion: ihre Gebühr (%1) ist anhand der Standardpreise von Stripe geschätzt.</numerusform>
            <numerusform>%n Zahlungen ohne gespiegelte Saldotransaktion: ihre Gebühren (%1) sind anhand der Standardpreise von Stripe geschätzt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="138"/>
        <source>Content hash: %1</source>
        <translation>Inhalts-Hash: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="141"/>
        <source>%1: closed %2, now %3</source>
        <translation>%1: beim Abschluss %2, jetzt %3</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="144"/>
        <source>Period not over yet: figures will change.</source>
        <translation>Periode noch nicht vorbei: die Zahlen werden sich ändern.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="155"/>
        <source>%1 (so far)</source>
        <translation>%1 (bisher)</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="173"/>
        <source>Closed by %1</source>
        <translation>Abgeschlossen von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="173"/>
        <source>Restated: %n figure(s) differ</source>
        <translation>
            <numerusform>Nachträglich geändert: %n Wert weicht ab</numerusform>
            <numerusform>Nachträglich geändert: %n Werte weichen ab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="204"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="205"/>
        <source>Start MRR</source>
        <translation>Anfangs-MRR</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="206"/>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="207"/>
        <source>Net new MRR</source>
        <translation>Netto-Neu-MRR</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="208"/>
        <source>Scheduled churn</source>
        <translation>Geplanter Churn</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="209"/>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="210"/>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="211"/>
        <source>Subscribers</source>
        <translation>Abonnenten</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="212"/>
        <source>ARPU</source>
        <translation>ARPU</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="213"/>
        <source>Customer churn</source>
        <translation>Kunden-Churn</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="214"/>
        <source>Gross MRR churn</source>
        <translation>Brutto-MRR-Churn</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="215"/>
        <source>Net MRR churn</source>
        <translation>Netto-MRR-Churn</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="216"/>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="217"/>
        <source>Close</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="218"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="219"/>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="220"/>
        <source>Reactivation</source>
        <translation>Reaktivierung</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="221"/>
        <source>Contraction</source>
        <translation>Kontraktion</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="222"/>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="223"/>
        <source>Quick ratio</source>
        <translation>Quick Ratio</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="224"/>
        <source>Customers won</source>
        <translation>Gewonnene Kunden</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="225"/>
        <source>Customers lost</source>
        <translation>Verlorene Kunden</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="226"/>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="227"/>
        <source>Stripe fees</source>
        <translation>Stripe-Gebühren</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="228"/>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="229"/>
        <source>Disputes</source>
        <translation>Rückbuchungen</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="230"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="231"/>
        <source>Failed payments</source>
        <translation>Fehlgeschlagene Zahlungen</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="232"/>
        <source>Recovered</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="233"/>
        <source>Recovery rate</source>
        <translation>Wiederherstellungsquote</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="243"/>
        <source>Calendar day, ISO week (Monday first) or calendar month, in UTC.</source>
        <translation>Kalendertag, ISO-Woche (beginnend mit Montag) oder Kalendermonat, in UTC.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="244"/>
        <source>MRR at the last second before the period.</source>
        <translation>MRR in der letzten Sekunde vor dem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="245"/>
        <source>Monthly recurring revenue at the period&apos;s last second: price × quantity per month (yearly ÷ 12) of every active or past-due subscription; trials, $0 plans and tax excluded.</source>
        <translation>Monatlich wiederkehrender Umsatz in der letzten Sekunde des Zeitraums: Preis × Menge pro Monat (jährlich ÷ 12) aller aktiven oder überfälligen Abonnements; ohne Testphasen, $0-Tarife und Steuern.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="247"/>
        <source>New + expansion + reactivation − contraction − churn. Start MRR + net new MRR = end MRR, to the cent.</source>
        <translation>Neu + Expansion + Reaktivierung − Kontraktion − Churn. Anfangs-MRR + Netto-Neu-MRR = End-MRR, auf den Cent genau.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="248"/>
        <source>MRR at the period&apos;s end of subscriptions set to cancel at period end. It stays in MRR until they end; the Stripe-compatible mode drops it when the cancel is asked.</source>
        <translation>MRR am Ende des Zeitraums aus Abonnements, die zum Periodenende gekündigt werden. Er bleibt im MRR, bis sie enden; der Stripe-kompatible Modus entfernt ihn, sobald die Kündigung beantragt wird.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="250"/>
        <source>MRR at the period&apos;s end of past-due subscriptions: still counted, Stripe is retrying the payment.</source>
        <translation>MRR am Ende des Zeitraums aus überfälligen Abonnements: wird weiterhin gezählt, Stripe versucht die Zahlung erneut.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="251"/>
        <source>Annual run rate: MRR × 12.</source>
        <translation>Jährliche Run-Rate: MRR × 12.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="252"/>
        <source>Paying customers at the period&apos;s end (a customer with two subscriptions counts once).</source>
        <translation>Zahlende Kunden am Ende des Zeitraums (ein Kunde mit zwei Abonnements zählt einmal).</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="253"/>
        <source>Average revenue per user: MRR ÷ subscribers.</source>
        <translation>Durchschnittlicher Umsatz pro Nutzer: MRR ÷ Abonnenten.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="254"/>
        <source>Customers lost ÷ customers at the start. Someone who joined and left within the period is not counted.</source>
        <translation>Verlorene Kunden ÷ Kunden zu Beginn. Wer innerhalb des Zeitraums hinzukam und wieder ging, wird nicht gezählt.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="255"/>
        <source>(Churn + contraction) ÷ start MRR.</source>
        <translation>(Churn + Kontraktion) ÷ Anfangs-MRR.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="256"/>
        <source>(Churn + contraction − expansion − reactivation) ÷ start MRR; negative when the base grows on its own.</source>
        <translation>(Churn + Kontraktion − Expansion − Reaktivierung) ÷ Anfangs-MRR; negativ, wenn der Bestand von selbst wächst.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="257"/>
        <source>Lifetime value: ARPU ÷ the average monthly customer churn of the six calendar months up to this one (1.67 % if that is 0).</source>
        <translation>Lifetime Value: ARPU ÷ durchschnittlicher monatlicher Kunden-Churn der sechs Kalendermonate bis einschließlich diesem (1,67 %, falls dieser 0 ist).</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="258"/>
        <source>A closed month&apos;s figures are frozen with a content hash; if they change later it says so here.</source>
        <translation>Die Werte eines abgeschlossenen Monats werden mit einem Inhalts-Hash festgeschrieben; ändern sie sich später, wird das hier angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="259"/>
        <source>MRR of customers paying for the first time.</source>
        <translation>MRR von Kunden, die zum ersten Mal zahlen.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="260"/>
        <source>MRR added by customers who paid before and pay more now (price or quantity).</source>
        <translation>MRR, der von Kunden hinzukommt, die bereits zahlten und jetzt mehr zahlen (Preis oder Menge).</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="261"/>
        <source>MRR of customers who had left (MRR 0) and pay again.</source>
        <translation>MRR von Kunden, die gegangen waren (MRR 0) und wieder zahlen.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="262"/>
        <source>MRR lost by customers who still pay, but less (a yearly plan costs less per month).</source>
        <translation>MRR, der durch Kunden verloren geht, die weiterhin zahlen, aber weniger (ein Jahrestarif kostet pro Monat weniger).</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="263"/>
        <source>MRR of customers who stopped paying.</source>
        <translation>MRR von Kunden, die nicht mehr zahlen.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="264"/>
        <source>(New + expansion + reactivation) ÷ (contraction + churn): above 1, the business grows.</source>
        <translation>(Neu + Expansion + Reaktivierung) ÷ (Kontraktion + Churn): über 1 wächst das Geschäft.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="265"/>
        <source>New and reactivated customers.</source>
        <translation>Neue und reaktivierte Kunden.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="266"/>
        <source>Customers whose MRR fell to 0.</source>
        <translation>Kunden, deren MRR auf 0 gefallen ist.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="267"/>
        <source>Amount collected from invoices paid in the period.</source>
        <translation>Vereinnahmter Betrag aus im Zeitraum bezahlten Rechnungen.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="268"/>
        <source>Stripe&apos;s fees from balance transactions where mirrored; otherwise estimated (2.9 % + 30¢), marked ≈.</source>
        <translation>Stripe-Gebühren aus Saldotransaktionen, sofern gespiegelt; sonst geschätzt (2,9 % + 30¢), mit ≈ markiert.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="269"/>
        <source>Amount refunded of invoices paid in the period.</source>
        <translation>Erstatteter Betrag von im Zeitraum bezahlten Rechnungen.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="270"/>
        <source>Chargebacks opened in the period: the amount taken back and Stripe&apos;s dispute fee (none once a dispute is won).</source>
        <translation>In diesem Zeitraum eröffnete Rückbuchungen: der zurückgeholte Betrag und Stripes Gebühr dafür (nichts, sobald ein Einspruch gewonnen ist).</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="271"/>
        <source>Gross − fees − refunds − disputes.</source>
        <translation>Brutto − Gebühren − Erstattungen − Rückbuchungen.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="272"/>
        <source>Amount of invoices created in the period whose payment failed at least once.</source>
        <translation>Betrag der im Zeitraum erstellten Rechnungen, deren Zahlung mindestens einmal fehlgeschlagen ist.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="273"/>
        <source>… of which paid after all, on a retry.</source>
        <translation>… davon bei einem erneuten Versuch doch noch bezahlt.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/RevenueTableModel.cpp" line="274"/>
        <source>Recovered ÷ failed.</source>
        <translation>Wiederhergestellt ÷ fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>companion::admin::RowContextMenu</name>
    <message>
        <location filename="../app/admin/widgets/RowContextMenu.cpp" line="59"/>
        <source>Copy row</source>
        <translation>Zeile kopieren</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/RowContextMenu.cpp" line="67"/>
        <source>Copy “%1”</source>
        <translation>„%1“ kopieren</translation>
    </message>
</context>
<context>
    <name>companion::admin::SettingsPage</name>
    <message>
        <source>No token stored. Create one with: companion-server admin-token create --label &quot;support desk&quot;</source>
        <translation type="vanished">Kein Token gespeichert. Erzeugen Sie eines mit: companion-server admin-token create --label &quot;support desk&quot;</translation>
    </message>
    <message>
        <source>Stored in the keychain: %1</source>
        <translation type="vanished">Im Schlüsselbund gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved. Keys are in the keychain only.</source>
        <translation type="vanished">Gespeichert. Schlüssel liegen nur im Schlüsselbund.</translation>
    </message>
    <message>
        <source>cat_… (kept in the OS keychain only)</source>
        <translation type="vanished">cat_… (nur im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <source>Paste a new token to replace it</source>
        <translation type="vanished">Fügen Sie ein neues Token ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="vanished">Gespeichert.</translation>
    </message>
    <message>
        <source>Default: %1 (your OS user name)</source>
        <translation type="vanished">Standard: %1 (Ihr Benutzername im Betriebssystem)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="vanished">Systemstandard</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="vanished">Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Saved. companion-admin starts in %1 from the next time you open it.</source>
        <translation type="vanished">Gespeichert. companion-admin startet ab dem nächsten Öffnen auf %1.</translation>
    </message>
    <message>
        <source>Saved. Audit entries will name %1.</source>
        <translation type="vanished">Gespeichert. Einträge im Prüfprotokoll nennen %1.</translation>
    </message>
    <message>
        <source>Cleared. The next start uses DATABASE_URL, else the local SQLite file.</source>
        <translation type="vanished">Zurückgesetzt. Der nächste Start verwendet DATABASE_URL, sonst die lokale SQLite-Datei.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: the settings file is not a safe place for it. PostgreSQL reads it from ~/.pgpass (or PGPASSWORD).</source>
        <translation type="vanished">Lassen Sie das Passwort in der Adresse weg: Die Einstellungsdatei ist kein sicherer Ort dafür. PostgreSQL liest es aus ~/.pgpass (oder PGPASSWORD).</translation>
    </message>
    <message>
        <source>Saved. It is used from the next start of the app.</source>
        <translation type="vanished">Gespeichert. Die Einstellung gilt ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <source>Connected: schema version %1, %2 users, answered in %3 ms.</source>
        <translation type="vanished">Verbunden: Schemaversion %1, %2 Benutzer, Antwort in %3 ms.</translation>
    </message>
    <message>
        <source>Cannot use the database: %1</source>
        <translation type="vanished">Die Datenbank kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>No key stored. Use a test key (sk_test_…) or a restricted key (rk_…) from Stripe&apos;s Dashboard.</source>
        <translation type="vanished">Kein Schlüssel gespeichert. Verwenden Sie einen Testschlüssel (sk_test_…) oder einen eingeschränkten Schlüssel (rk_…) aus dem Stripe-Dashboard.</translation>
    </message>
    <message>
        <source>Stored in the keychain: %1 — LIVE mode: real money and real access.</source>
        <translation type="vanished">Im Schlüsselbund gespeichert: %1 — LIVE-Modus: echtes Geld und echte Zugänge.</translation>
    </message>
    <message>
        <source>Stored in the keychain: %1 (test mode)</source>
        <translation type="vanished">Im Schlüsselbund gespeichert: %1 (Testmodus)</translation>
    </message>
    <message>
        <source>sk_test_… (kept in the OS keychain only)</source>
        <translation type="vanished">sk_test_… (nur im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <source>Paste a new key to replace it</source>
        <translation type="vanished">Fügen Sie einen neuen Schlüssel ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>None stored (%1).</source>
        <translation type="vanished">Nichts gespeichert (%1).</translation>
    </message>
    <message>
        <source>kept in the OS keychain only</source>
        <translation type="vanished">wird nur im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Paste a new one to replace it</source>
        <translation type="vanished">Zum Ersetzen einen neuen einfügen</translation>
    </message>
    <message>
        <source>pk_test_…, for the course&apos;s web page; optional here</source>
        <translation type="vanished">pk_test_…, für die Webseite des Kurses; hier optional</translation>
    </message>
    <message>
        <source>whsec_…, the signing secret of the server&apos;s webhook endpoint; optional here</source>
        <translation type="vanished">whsec_…, das Signaturgeheimnis des Webhook-Endpunkts des Servers; hier optional</translation>
    </message>
    <message>
        <source>Enter Stripe&apos;s address, https://api.stripe.com, or a stripe-sandbox&apos;s.</source>
        <translation type="vanished">Geben Sie die Adresse von Stripe (https://api.stripe.com) oder die einer stripe-sandbox ein.</translation>
    </message>
    <message>
        <source>The key was removed from the keychain.</source>
        <translation type="vanished">Der Schlüssel wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Connected to Stripe in LIVE mode.</source>
        <translation type="vanished">Mit Stripe im LIVE-Modus verbunden.</translation>
    </message>
    <message>
        <source>Connected to Stripe in test mode.</source>
        <translation type="vanished">Mit Stripe im Testmodus verbunden.</translation>
    </message>
    <message>
        <source>Storing the token in the keychain…</source>
        <translation type="vanished">Das Token wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Saved. The token is in the keychain only.</source>
        <translation type="vanished">Gespeichert. Das Token liegt nur im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The token was removed from the keychain.</source>
        <translation type="vanished">Das Token wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Save the server&apos;s address first.</source>
        <translation type="vanished">Speichern Sie zuerst die Adresse des Servers.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="vanished">Frage %1 an…</translation>
    </message>
    <message>
        <source>Connected. Webhook deliveries in the last 24 hours: %1; failure rate %2.</source>
        <translation type="vanished">Verbunden. Webhook-Zustellungen in den letzten 24 Stunden: %1; Fehlerquote %2.</translation>
    </message>
</context>
<context>
    <name>companion::admin::ShortcutsDialog</name>
    <message>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="15"/>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="18"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="19"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="19"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="33"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="37"/>
        <source>Open the row&apos;s learner</source>
        <translation>Lernenden der Zeile öffnen</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="37"/>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="38"/>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="38"/>
        <source>Open a Stripe id&apos;s learner from the search</source>
        <translation>Lernenden zu einer Stripe-ID aus der Suche öffnen</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="39"/>
        <source>The row&apos;s commands</source>
        <translation>Befehle der Zeile</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="39"/>
        <source>Menu or Shift+F10</source>
        <translation>Menütaste oder Umschalt+F10</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="40"/>
        <source>Copy the selected rows</source>
        <translation>Ausgewählte Zeilen kopieren</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/ShortcutsDialog.cpp" line="41"/>
        <source>What&apos;s this?</source>
        <translation>Was ist das?</translation>
    </message>
</context>
<context>
    <name>companion::admin::SubscriptionsCsvSource</name>
    <message>
        <location filename="../app/admin/actions/ViewCsvSources.cpp" line="70"/>
        <source>Subscription id</source>
        <translation>Abonnement-ID</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/ViewCsvSources.cpp" line="70"/>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/ViewCsvSources.cpp" line="70"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/ViewCsvSources.cpp" line="71"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/ViewCsvSources.cpp" line="73"/>
        <source>Stripe customer</source>
        <translation>Stripe-Kunde</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/ViewCsvSources.cpp" line="101"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>companion::admin::SubscriptionsModel</name>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="23"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="25"/>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="26"/>
        <source>every %1 %2</source>
        <translation>alle %1 %2</translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="46"/>
        <source>(no user: %1)</source>
        <translation>(kein Benutzer: %1)</translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="51"/>
        <source>cancels</source>
        <translation>endet</translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="81"/>
        <source>Stripe has this subscription, but no user of ours is tied to its customer.</source>
        <translation>Stripe kennt dieses Abonnement, aber keiner unserer Benutzer ist mit seinem Kunden verknüpft.</translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="94"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="96"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="97"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="98"/>
        <source>Period ends</source>
        <translation>Periodenende</translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="99"/>
        <source>Cancels</source>
        <translation>Endet</translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="100"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../app/admin/models/SubscriptionsModel.cpp" line="101"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
</context>
<context>
    <name>companion::admin::SubscriptionsPage</name>
    <message>
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="39"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="42"/>
        <source>Any plan</source>
        <translation>Jeder Tarif</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="43"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="44"/>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="61"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="66"/>
        <source>Could not read subscriptions: %1</source>
        <translation>Abonnements konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="100"/>
        <source>No subscription matches.</source>
        <translation>Kein Abonnement passt.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="105"/>
        <source>No subscription matches this search and these filters.</source>
        <translation>Kein Abonnement passt zu dieser Suche und diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="105"/>
        <source>Clear the search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="115"/>
        <source>No subscriptions yet. A learner&apos;s subscription appears here once Stripe&apos;s webhook about their checkout has reached the server.</source>
        <translation>Noch keine Abonnements. Das Abonnement eines Lernenden erscheint hier, sobald der Stripe-Webhook zu seinem Checkout den Server erreicht hat.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="121"/>
        <source>%1 subscriptions · %2 listed, scroll for more</source>
        <translation>%1 Abonnements · %2 aufgeführt, für weitere scrollen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="124"/>
        <source>%n subscription(s) shown, scroll for more</source>
        <translation>
            <numerusform>%n Abonnement angezeigt, für weitere scrollen</numerusform>
            <numerusform>%n Abonnements angezeigt, für weitere scrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/SubscriptionsPage.cpp" line="125"/>
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n Abonnement</numerusform>
            <numerusform>%n Abonnements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>companion::admin::SupportActions</name>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="46"/>
        <location filename="../app/admin/actions/SupportActions.cpp" line="68"/>
        <source>Creating a checkout link…</source>
        <translation>Checkout-Link wird erstellt…</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="47"/>
        <source>No yearly price is set: enter its price id in Settings.</source>
        <translation>Es ist kein jährlicher Preis festgelegt: Geben Sie seine Preis-ID in den Einstellungen ein.</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="48"/>
        <source>No monthly price is set: enter its price id in Settings.</source>
        <translation>Es ist kein monatlicher Preis festgelegt: Geben Sie seine Preis-ID in den Einstellungen ein.</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="72"/>
        <source>checkout link for the learner</source>
        <translation>Checkout-Link für den Lernenden</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="77"/>
        <source>Checkout link created.</source>
        <translation>Checkout-Link erstellt.</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="78"/>
        <source>Checkout link created, but the audit log could not be written: %1</source>
        <translation>Checkout-Link erstellt, aber das Prüfprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="119"/>
        <source>Asking Stripe to cancel at the end of the period…</source>
        <translation>Stripe wird um Kündigung zum Periodenende gebeten…</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="116"/>
        <source>The subscription will end with the paid period; Premium stays on until then.</source>
        <translation>Das Abonnement endet mit dem bezahlten Zeitraum; Premium bleibt bis dahin aktiv.</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="84"/>
        <source>Creating a card update link…</source>
        <translation>Link zur Kartenänderung wird erstellt…</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="86"/>
        <source>%1 has no Stripe customer yet: there is no card to update.</source>
        <translation>Für %1 gibt es noch keinen Stripe-Kunden: Es ist keine Karte zum Ändern vorhanden.</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="96"/>
        <source>card update link for the learner</source>
        <translation>Link zur Kartenänderung für den Lernenden</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="97"/>
        <source>Card update link created.</source>
        <translation>Link zur Kartenänderung erstellt.</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="98"/>
        <source>Card update link created, but the audit log could not be written: %1</source>
        <translation>Link zur Kartenänderung erstellt, aber das Prüfprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="122"/>
        <source>Asking Stripe to cancel now…</source>
        <translation>Stripe wird um sofortige Kündigung gebeten…</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="124"/>
        <source>The subscription has ended; Premium is off.</source>
        <translation>Das Abonnement ist beendet; Premium ist deaktiviert.</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="127"/>
        <source>Asking Stripe to cancel on the chosen date…</source>
        <translation>Stripe wird um Kündigung zum gewählten Datum gebeten…</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="129"/>
        <source>The subscription ends on %1; Premium stays on until then.</source>
        <translation>Das Abonnement endet am %1; Premium bleibt bis dahin aktiv.</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="141"/>
        <source>Ended; now refunding %1…</source>
        <translation>Beendet; %1 wird jetzt erstattet…</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="146"/>
        <source>%1 But the refund failed: %2 Use Refund… to try again.</source>
        <translation>%1 Die Erstattung ist jedoch fehlgeschlagen: %2 Verwenden Sie „Erstatten…“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="156"/>
        <source>Asking Stripe to refund %1…</source>
        <translation>Stripe wird gebeten, %1 zu erstatten…</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="188"/>
        <source>%1 refunded.</source>
        <translation>%1 erstattet.</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="189"/>
        <source>%1 refunded, but the audit log could not be written: %2</source>
        <translation>%1 erstattet, aber das Prüfprotokoll konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="201"/>
        <source>Asking Stripe to keep the subscription…</source>
        <translation>Stripe wird gebeten, das Abonnement fortzusetzen…</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="203"/>
        <source>The subscription renews again.</source>
        <translation>Das Abonnement verlängert sich wieder.</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="228"/>
        <source>Stripe refused; checking whether the subscription has already ended…</source>
        <translation>Stripe hat abgelehnt; es wird geprüft, ob das Abo schon beendet ist…</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="229"/>
        <source>The subscription had already ended (an earlier try went through); Premium is off.</source>
        <translation>Das Abo war bereits beendet (ein früherer Versuch ist durchgegangen); Premium ist aus.</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="255"/>
        <source>Stripe made the change, but our copy could not be updated (%1); it will follow with Stripe&apos;s webhook.</source>
        <translation>Stripe hat die Änderung vorgenommen, aber unsere Kopie konnte nicht aktualisiert werden (%1); sie wird mit dem Stripe-Webhook nachgezogen.</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="262"/>
        <source>Granting Premium…</source>
        <translation>Premium wird freigeschaltet…</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="266"/>
        <source>Premium granted until %1.</source>
        <translation>Premium freigeschaltet bis %1.</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="267"/>
        <source>Premium granted with no end date.</source>
        <translation>Premium ohne Enddatum freigeschaltet.</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="272"/>
        <source>Revoking the grant…</source>
        <translation>Freischaltung wird widerrufen…</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="276"/>
        <source>The grant was revoked.</source>
        <translation>Die Freischaltung wurde widerrufen.</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="322"/>
        <source>%1 Trying again in %2 s…</source>
        <translation>%1 Neuer Versuch in %2 s…</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="332"/>
        <source>Trying again sends the same request, so Stripe does it at most once.</source>
        <translation>Ein neuer Versuch sendet dieselbe Anfrage, daher führt Stripe sie höchstens einmal aus.</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="337"/>
        <source>Stripe accepted; saving…</source>
        <translation>Von Stripe angenommen; wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/SupportActions.cpp" line="354"/>
        <source>Stopped waiting. If Stripe made the change anyway, its webhook brings it here.</source>
        <translation>Warten beendet. Falls Stripe die Änderung trotzdem vorgenommen hat, überträgt der Webhook sie hierher.</translation>
    </message>
</context>
<context>
    <name>companion::admin::SupportSettings</name>
    <message>
        <location filename="../app/admin/settings/SupportSettings.cpp" line="81"/>
        <source>Enter the monthly Premium price id (price_…) from Stripe&apos;s product page.</source>
        <translation>Geben Sie die monatliche Preis-ID von Premium (price_…) von der Produktseite in Stripe ein.</translation>
    </message>
    <message>
        <location filename="../app/admin/settings/SupportSettings.cpp" line="83"/>
        <source>A price id starts with price_ (not prod_…): copy it from the product&apos;s pricing table in Stripe.</source>
        <translation>Eine Preis-ID beginnt mit price_ (nicht prod_…): Kopieren Sie sie aus der Preistabelle des Produkts in Stripe.</translation>
    </message>
    <message>
        <location filename="../app/admin/settings/SupportSettings.cpp" line="91"/>
        <source>Enter a full address, such as https://coursecompanion.example/premium/welcome.</source>
        <translation>Geben Sie eine vollständige Adresse ein, z. B. https://coursecompanion.example/premium/welcome.</translation>
    </message>
</context>
<context>
    <name>companion::admin::TypedConfirmation</name>
    <message>
        <location filename="../app/admin/widgets/TypedConfirmation.cpp" line="17"/>
        <source>LIVE MODE: this changes a real customer. Type %1 to go on.</source>
        <translation>LIVE-MODUS: Dies ändert einen echten Kunden. Geben Sie zum Fortfahren %1 ein.</translation>
    </message>
    <message>
        <location filename="../app/admin/widgets/TypedConfirmation.cpp" line="21"/>
        <source>The customer&apos;s e-mail, typed to confirm</source>
        <translation>Die E-Mail-Adresse des Kunden, zur Bestätigung eingegeben</translation>
    </message>
</context>
<context>
    <name>companion::admin::UserDetailDialog</name>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="113"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="118"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="119"/>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="152"/>
        <source>The link to invoice %1 is on the clipboard.</source>
        <translation>Der Link zu Rechnung %1 ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="207"/>
        <source>Reading from Stripe…</source>
        <translation>Wird von Stripe gelesen…</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="240"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="261"/>
        <source>This user no longer exists.</source>
        <translation>Dieser Benutzer existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="262"/>
        <source>Could not read this user: %1</source>
        <translation>Dieser Benutzer konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="269"/>
        <source>Read at %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="304"/>
        <source>%1 — user</source>
        <translation>%1 — Benutzer</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="311"/>
        <source>none yet (created at the first checkout)</source>
        <translation>noch keiner (wird beim ersten Checkout angelegt)</translation>
    </message>
    <message>
        <source>%1 (sandbox: not in Stripe&apos;s Dashboard)</source>
        <translation type="vanished">%1 (Sandbox: nicht im Stripe-Dashboard)</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="317"/>
        <source>open in Stripe&apos;s Dashboard</source>
        <translation>im Stripe-Dashboard öffnen</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="317"/>
        <source>open in Stripe&apos;s Dashboard (test mode)</source>
        <translation>im Stripe-Dashboard öffnen (Testmodus)</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="323"/>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="323"/>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="325"/>
        <source>Premium until %1</source>
        <translation>Premium bis %1</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="327"/>
        <source>Premium, no end date</source>
        <translation>Premium, ohne Enddatum</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="335"/>
        <source>A manual grant by support.</source>
        <translation>Eine manuelle Freischaltung durch den Support.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="337"/>
        <source>A Stripe subscription.</source>
        <translation>Ein Stripe-Abonnement.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="339"/>
        <source>No active subscription or grant: chapters 1–3 only.</source>
        <translation>Kein aktives Abonnement und keine Freischaltung: nur Kapitel 1–3.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="341"/>
        <source>The last payment failed and Stripe is retrying; Premium stays on until Stripe gives up.</source>
        <translation>Die letzte Zahlung ist fehlgeschlagen und Stripe versucht es erneut; Premium bleibt aktiv, bis Stripe aufgibt.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="343"/>
        <source>Cancellation requested: the subscription ends on %1 and will not renew.</source>
        <translation>Kündigung beantragt: Das Abonnement endet am %1 und verlängert sich nicht.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="345"/>
        <source>Cancellation requested: the subscription ends on %1.</source>
        <translation>Kündigung beantragt: Das Abonnement endet am %1.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="346"/>
        <source>Rule applied: %1</source>
        <translation>Angewandte Regel: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="354"/>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="354"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="356"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="356"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="359"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="359"/>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="408"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="359"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="359"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="359"/>
        <source>Period ends</source>
        <translation>Periodenende</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="359"/>
        <source>Cancels at period end</source>
        <translation>Kündigung zum Periodenende</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="359"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="359"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>paid, %1 refunded</source>
        <translation type="vanished">bezahlt, %1 erstattet</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="397"/>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="399"/>
        <source>payment failed (%n attempt(s))</source>
        <translation>
            <numerusform>Zahlung fehlgeschlagen (%n Versuch)</numerusform>
            <numerusform>Zahlung fehlgeschlagen (%n Versuche)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="408"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="vanished">Rechnung</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="528"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="408"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="313"/>
        <source>%1 (the sandbox has no Dashboard)</source>
        <translation>%1 (die Sandbox hat kein Dashboard)</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="397"/>
        <source>paid, refunded</source>
        <translation>bezahlt, erstattet</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="397"/>
        <source>paid, partly refunded</source>
        <translation>bezahlt, teilweise erstattet</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="400"/>
        <source>first payment</source>
        <translation>erste Zahlung</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="401"/>
        <source>renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="402"/>
        <source>manual invoice</source>
        <translation>manuelle Rechnung</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="408"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="408"/>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation type="vanished">Bezahlt am</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="523"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="523"/>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="525"/>
        <source>revoked by %1 on %2: %3</source>
        <translation>widerrufen von %1 am %2: %3</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="526"/>
        <source>until revoked</source>
        <translation>bis zum Widerruf</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="528"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="528"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="528"/>
        <source>Granted by</source>
        <translation>Freigeschaltet von</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="528"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="536"/>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="541"/>
        <source>out of order: older than what we had, nothing changed</source>
        <translation>außer der Reihe: älter als unser Stand, nichts geändert</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="543"/>
        <source>duplicate: already processed, nothing changed</source>
        <translation>Duplikat: bereits verarbeitet, nichts geändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="545"/>
        <source>(delivered %n time(s); the repeats changed nothing)</source>
        <translation>
            <numerusform>(%n-mal zugestellt; Wiederholungen änderten nichts)</numerusform>
            <numerusform>(%n-mal zugestellt; die Wiederholungen änderten nichts)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="548"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="548"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="548"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="548"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="548"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="685"/>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="687"/>
        <source>Resume subscription</source>
        <translation>Abonnement fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="771"/>
        <source>Paid: Stripe&apos;s webhook has brought the new subscription.</source>
        <translation>Bezahlt: Der Webhook von Stripe hat das neue Abonnement gebracht.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="777"/>
        <source>Confirmed by Stripe&apos;s webhook: %1</source>
        <translation>Vom Stripe-Webhook bestätigt: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="608"/>
        <source>Pending: %1 Waiting for Stripe&apos;s webhook to confirm…</source>
        <translation>Ausstehend: %1 Warten auf Bestätigung durch den Stripe-Webhook…</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="298"/>
        <source>%1 does not apply to this learner now.</source>
        <translation>%1 ist für diesen Lernenden derzeit nicht möglich.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="408"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="408"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="408"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="422"/>
        <source>%1 •••• %2, expires %3/%4</source>
        <translation>%1 •••• %2, gültig bis %3/%4</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="422"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="430"/>
        <source>EXPIRED: send a card update link</source>
        <translation>ABGELAUFEN: Senden Sie einen Link zur Kartenänderung</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="432"/>
        <source>expires soon: the next renewal may fail</source>
        <translation>läuft bald ab: Die nächste Verlängerung kann fehlschlagen</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="437"/>
        <source>none (not a Stripe customer yet)</source>
        <translation>keine (noch kein Stripe-Kunde)</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="438"/>
        <source>no default card</source>
        <translation>keine Standardkarte</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="448"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="452"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="455"/>
        <source>Paid %1 on %2</source>
        <translation>%1 bezahlt am %2</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="459"/>
        <source>Declined: %1 on %2 — %3%4</source>
        <translation>Abgelehnt: %1 am %2 — %3%4</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="462"/>
        <source> (Stripe: %1)</source>
        <translation> (Stripe: %1)</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="465"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="465"/>
        <source>none scheduled</source>
        <translation>keine geplant</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="467"/>
        <source>Stripe could not be read completely: %1</source>
        <translation>Stripe konnte nicht vollständig gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="471"/>
        <source>Read from Stripe at %1</source>
        <translation>Von Stripe gelesen: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="504"/>
        <source>The sandbox has no Dashboard: this works with Stripe itself.</source>
        <translation>Die Sandbox hat kein Dashboard: Dies funktioniert nur mit Stripe selbst.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="575"/>
        <source>No payment left to refund.</source>
        <translation>Es ist keine Zahlung mehr zu erstatten.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="575"/>
        <source>Reading the payments from Stripe…</source>
        <translation>Die Zahlungen werden von Stripe gelesen…</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="624"/>
        <source>Enter a reason first: every change is kept in the audit log with its reason.</source>
        <translation>Geben Sie zuerst einen Grund ein: Jede Änderung wird mit ihrem Grund im Prüfprotokoll gespeichert.</translation>
    </message>
    <message>
        <source>Cancel at period end</source>
        <translation type="vanished">Zum Periodenende kündigen</translation>
    </message>
    <message>
        <source>Cancel %1&apos;s subscription at the end of the paid period (%2)? They keep Premium until then, and are not charged again.</source>
        <translation type="vanished">Das Abonnement von %1 zum Ende des bezahlten Zeitraums (%2) kündigen? Premium bleibt bis dahin erhalten, und es wird nichts mehr abgebucht.</translation>
    </message>
    <message>
        <source>Cancel now</source>
        <translation type="vanished">Sofort kündigen</translation>
    </message>
    <message>
        <source>End %1&apos;s subscription now? Premium stops at once. Stripe does not refund the unused time by itself: refund it in Stripe&apos;s Dashboard if that was promised.</source>
        <translation type="vanished">Das Abonnement von %1 jetzt beenden? Premium endet sofort. Stripe erstattet die ungenutzte Zeit nicht von selbst: Erstatten Sie sie im Stripe-Dashboard, falls das zugesagt wurde.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="vanished">Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="686"/>
        <source>Keep %1&apos;s subscription? It renews on %2 and charges them again.</source>
        <translation>Das Abonnement von %1 beibehalten? Es verlängert sich am %2 und wird erneut abgebucht.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="714"/>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="716"/>
        <source>Revoke grant</source>
        <translation>Freischaltung widerrufen</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="714"/>
        <source>End the Premium grant %1 gave to %2? Unless they pay, they are back to chapters 1–3 now.</source>
        <translation>Die Premium-Freischaltung beenden, die %1 an %2 vergeben hat? Ohne Zahlung gelten ab sofort wieder nur Kapitel 1–3.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="737"/>
        <source>(Stripe request %1)</source>
        <translation>(Stripe-Anfrage %1)</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="769"/>
        <source>checkout link created; Premium starts when the learner has paid.</source>
        <translation>Checkout-Link erstellt; Premium beginnt, sobald der Lernende bezahlt hat.</translation>
    </message>
    <message>
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="770"/>
        <source>The checkout link has expired without a payment.</source>
        <translation>Der Checkout-Link ist ohne Zahlung abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/dialogs/UserDetailDialog.cpp" line="775"/>
        <source>Stripe made the change, but its webhook has not arrived after %n minute(s). Look in the Webhook log for failed or rejected deliveries.</source>
        <translation>
            <numerusform>Stripe hat die Änderung vorgenommen, aber der Webhook ist nach %n Minute noch nicht eingetroffen. Suchen Sie im Webhook-Protokoll nach fehlgeschlagenen oder abgelehnten Zustellungen.</numerusform>
            <numerusform>Stripe hat die Änderung vorgenommen, aber der Webhook ist nach %n Minuten noch nicht eingetroffen. Suchen Sie im Webhook-Protokoll nach fehlgeschlagenen oder abgelehnten Zustellungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>companion::admin::UsersCsvSource</name>
    <message>
        <location filename="../app/admin/actions/ViewCsvSources.cpp" line="32"/>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
</context>
<context>
    <name>companion::admin::UsersModel</name>
    <message>
        <location filename="../app/admin/actions/ViewCsvSources.cpp" line="57"/>
        <location filename="../app/admin/models/UsersModel.cpp" line="34"/>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location filename="../app/admin/actions/ViewCsvSources.cpp" line="57"/>
        <location filename="../app/admin/models/UsersModel.cpp" line="34"/>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="39"/>
        <source>no end date</source>
        <translation>ohne Enddatum</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="57"/>
        <source>Premium by a manual grant</source>
        <translation>Premium durch manuelle Freischaltung</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="58"/>
        <source>Premium through a Stripe subscription</source>
        <translation>Premium durch ein Stripe-Abonnement</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="60"/>
        <source>User id: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="62"/>
        <source>The last payment failed; Stripe is retrying. Premium stays on until it gives up.</source>
        <translation>Die letzte Zahlung ist fehlgeschlagen; Stripe versucht es erneut. Premium bleibt aktiv, bis Stripe aufgibt.</translation>
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
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="84"/>
        <source>Premium until</source>
        <translation>Premium bis</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="85"/>
        <source>Stripe customer</source>
        <translation>Stripe-Kunde</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="86"/>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="137"/>
        <source>manual grant</source>
        <translation>manuelle Freischaltung</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="140"/>
        <source>%1, cancels at period end</source>
        <translation>%1, gekündigt zum Periodenende</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="148"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="149"/>
        <source>trialing</source>
        <translation>in Testphase</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="150"/>
        <source>past due</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="151"/>
        <source>canceled</source>
        <translation>gekündigt</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="152"/>
        <source>unpaid</source>
        <translation>unbezahlt</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="153"/>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="154"/>
        <source>incomplete, expired</source>
        <translation>unvollständig, abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/admin/models/UsersModel.cpp" line="155"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
</context>
<context>
    <name>companion::admin::UsersPage</name>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="76"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="81"/>
        <location filename="../app/admin/pages/UsersPage.cpp" line="82"/>
        <source>Could not read users: %1</source>
        <translation>Benutzer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="163"/>
        <source>No users yet.</source>
        <translation>Noch keine Benutzer.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="155"/>
        <source>No user matches &quot;%1&quot;.</source>
        <translation>Kein Benutzer passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="44"/>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="45"/>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="46"/>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="47"/>
        <source>Any subscription</source>
        <translation>Alle Abonnements</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="50"/>
        <source>Never subscribed</source>
        <translation>Nie abonniert</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="82"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="156"/>
        <source>No learner&apos;s e-mail or name contains “%1”. Any part of either works, as does a Stripe id (cus_…, in_…, ch_…).</source>
        <translation>Keine E-Mail-Adresse und kein Name eines Lernenden enthält „%1“. Jeder Teil davon funktioniert, ebenso eine Stripe-ID (cus_…, in_…, ch_…).</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="158"/>
        <source>Clear the search</source>
        <translation>Suche zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="160"/>
        <source>No user matches these filters.</source>
        <translation>Kein Benutzer passt zu diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="161"/>
        <source>No learner matches these filters.</source>
        <translation>Kein Lernender passt zu diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="161"/>
        <source>Clear the filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="164"/>
        <source>No learners yet. They appear here when they sign up in the course.</source>
        <translation>Noch keine Lernenden. Sie erscheinen hier, sobald sie sich im Kurs registrieren.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/UsersPage.cpp" line="170"/>
        <source>%1 users · %2 listed, scroll for more</source>
        <translation>%1 Benutzer · %2 aufgeführt, für weitere scrollen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/UsersPage.cpp" line="173"/>
        <source>%n user(s) shown, scroll for more</source>
        <translation>
            <numerusform>%n Benutzer angezeigt, für mehr scrollen</numerusform>
            <numerusform>%n Benutzer angezeigt, für mehr scrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/admin/pages/UsersPage.cpp" line="173"/>
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
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="35"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="36"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="37"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="38"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="39"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="40"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="41"/>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <location filename="../app/admin/models/WebhookEventsModel.cpp" line="70"/>
        <source>(unverified)</source>
        <translation>(nicht verifiziert)</translation>
    </message>
</context>
<context>
    <name>companion::admin::WebhookLogPage</name>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="37"/>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="46"/>
        <source>Select a delivery to see what Stripe sent.</source>
        <translation>Wählen Sie eine Zustellung, um zu sehen, was Stripe gesendet hat.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="59"/>
        <source>%1 deliveries shown, scroll for more</source>
        <translation>%1 Zustellungen angezeigt, für weitere scrollen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="60"/>
        <source>%1 deliveries</source>
        <translation>%1 Zustellungen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="101"/>
        <source>Set the server&apos;s address and admin token in Settings to see its webhook log.</source>
        <translation>Tragen Sie in den Einstellungen die Adresse und das Admin-Token des Servers ein, um sein Webhook-Protokoll zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="111"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="132"/>
        <source>Last 24 hours: %1</source>
        <translation>Letzte 24 Stunden: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="132"/>
        <source>no deliveries</source>
        <translation>keine Zustellungen</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="150"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="173"/>
        <source>Reprocessing %1…</source>
        <translation>%1 wird erneut verarbeitet…</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="183"/>
        <source>%1 reprocessed: %2</source>
        <translation>%1 erneut verarbeitet: %2</translation>
    </message>
    <message>
        <location filename="../app/admin/pages/WebhookLogPage.cpp" line="183"/>
        <source>%1 reprocessed: %2 (%3)</source>
        <translation>%1 erneut verarbeitet: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>companion::billing</name>
    <message>
        <location filename="../app/core/billing/ManualGrants.cpp" line="68"/>
        <source>A reason is required: it is kept in the audit log.</source>
        <translation>Ein Grund ist erforderlich: Er wird im Prüfprotokoll gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/core/billing/ManualGrants.cpp" line="70"/>
        <source>The operator&apos;s name is missing; set it in Settings.</source>
        <translation>Der Name des Bearbeiters fehlt; legen Sie ihn in den Einstellungen fest.</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="456"/>
        <source>the payment failed; Stripe gave no reason</source>
        <translation>die Zahlung ist fehlgeschlagen; Stripe hat keinen Grund angegeben</translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="79"/>
        <source>that payment method belongs to no customer</source>
        <translation>diese Zahlungsmethode gehört zu keinem Kunden</translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="81"/>
        <source>that event is not about a customer</source>
        <translation>dieses Ereignis betrifft keinen Kunden</translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="83"/>
        <source>that checkout session has no customer (it was not completed)</source>
        <translation>diese Checkout-Sitzung hat keinen Kunden (sie wurde nicht abgeschlossen)</translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="84"/>
        <source>that payment belongs to no customer</source>
        <translation>diese Zahlung gehört zu keinem Kunden</translation>
    </message>
</context>
<context>
    <name>companion::billing::LearnerPayments</name>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="364"/>
        <source>insufficient funds — ask for another card</source>
        <translation>unzureichende Deckung — bitten Sie um eine andere Karte</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="366"/>
        <source>the card has expired — ask the learner to add a current card</source>
        <translation>die Karte ist abgelaufen — bitten Sie den Lernenden, eine gültige Karte hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="368"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="370"/>
        <source>the security code (CVC) was wrong — ask the learner to enter the card again</source>
        <translation>der Sicherheitscode (CVC) war falsch — bitten Sie den Lernenden, die Karte erneut einzugeben</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="372"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="374"/>
        <source>the card number was wrong — ask the learner to enter the card again</source>
        <translation>die Kartennummer war falsch — bitten Sie den Lernenden, die Karte erneut einzugeben</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="376"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="378"/>
        <source>the expiry date was wrong — ask the learner to enter the card again</source>
        <translation>das Ablaufdatum war falsch — bitten Sie den Lernenden, die Karte erneut einzugeben</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="380"/>
        <source>the postal code did not match — ask the learner to check the billing address</source>
        <translation>die Postleitzahl stimmte nicht überein — bitten Sie den Lernenden, die Rechnungsadresse zu prüfen</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="382"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="384"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="386"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="388"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="390"/>
        <source>the bank declined without a reason — ask the learner to call their bank or use another card</source>
        <translation>die Bank hat ohne Angabe von Gründen abgelehnt — bitten Sie den Lernenden, seine Bank anzurufen oder eine andere Karte zu verwenden</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="393"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="395"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="397"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="399"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="401"/>
        <source>the bank refused — ask the learner to call their bank</source>
        <translation>die Bank hat abgelehnt — bitten Sie den Lernenden, seine Bank anzurufen</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="403"/>
        <source>declined as likely fraud — do not retry; tell the learner only that the card was declined</source>
        <translation>wegen Betrugsverdachts abgelehnt — nicht erneut versuchen; teilen Sie dem Lernenden nur mit, dass die Karte abgelehnt wurde</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="405"/>
        <source>blocked by the account&apos;s fraud rules — do not retry; tell the learner only that the card was declined</source>
        <translation>durch die Betrugsregeln des Kontos blockiert — nicht erneut versuchen; teilen Sie dem Lernenden nur mit, dass die Karte abgelehnt wurde</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="407"/>
        <source>the bank wants the learner to confirm the payment (3-D Secure) — send them the invoice link to pay it themselves</source>
        <translation>die Bank verlangt, dass der Lernende die Zahlung bestätigt (3-D Secure) — senden Sie ihm den Rechnungslink, damit er selbst bezahlt</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="409"/>
        <source>an error at the bank or Stripe — try again later; Stripe&apos;s retries may already succeed</source>
        <translation>ein Fehler bei der Bank oder bei Stripe — versuchen Sie es später erneut; die automatischen Wiederholungsversuche von Stripe sind womöglich schon erfolgreich</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="411"/>
        <source>the bank asked to try again later — Stripe retries by itself; check again in a day</source>
        <translation>die Bank bittet, es später erneut zu versuchen — Stripe wiederholt die Zahlung selbst; prüfen Sie es in einem Tag erneut</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="413"/>
        <source>the bank could not be reached — try again later; Stripe retries by itself</source>
        <translation>die Bank war nicht erreichbar — versuchen Sie es später erneut; Stripe wiederholt die Zahlung selbst</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="415"/>
        <source>the bank could not process it — try the payment again</source>
        <translation>die Bank konnte die Zahlung nicht verarbeiten — versuchen Sie die Zahlung erneut</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="417"/>
        <source>too many payments or over the card&apos;s limit — ask the learner to wait, call their bank or use another card</source>
        <translation>zu viele Zahlungen oder Kartenlimit überschritten — bitten Sie den Lernenden, zu warten, seine Bank anzurufen oder eine andere Karte zu verwenden</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="419"/>
        <source>over the card&apos;s limit — ask the learner to use another card</source>
        <translation>Kartenlimit überschritten — bitten Sie den Lernenden, eine andere Karte zu verwenden</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="421"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="423"/>
        <source>the card does not allow this kind of payment — ask for another card</source>
        <translation>die Karte erlaubt diese Art von Zahlung nicht — bitten Sie um eine andere Karte</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="425"/>
        <source>the card does not take this currency — ask for another card</source>
        <translation>die Karte unterstützt diese Währung nicht — bitten Sie um eine andere Karte</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="427"/>
        <source>the bank says never to retry this card — ask for another card</source>
        <translation>laut Bank darf diese Karte nie wieder belastet werden — bitten Sie um eine andere Karte</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="429"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="431"/>
        <source>the learner told their bank to stop these payments — talk to the learner before retrying</source>
        <translation>der Lernende hat diese Zahlungen bei seiner Bank stoppen lassen — sprechen Sie mit dem Lernenden, bevor Sie es erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="433"/>
        <source>the card was replaced — ask the learner to add the new card</source>
        <translation>die Karte wurde ersetzt — bitten Sie den Lernenden, die neue Karte hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="435"/>
        <source>the card or account is no longer valid — ask for another card</source>
        <translation>die Karte oder das Konto ist nicht mehr gültig — bitten Sie um eine andere Karte</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="437"/>
        <source>the bank saw the same payment just before — check it was not already paid</source>
        <translation>die Bank hat kurz zuvor dieselbe Zahlung erhalten — prüfen Sie, ob bereits bezahlt wurde</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="439"/>
        <source>a test card was used on a live account — ask for a real card</source>
        <translation>eine Testkarte wurde in einem Live-Konto verwendet — bitten Sie um eine echte Karte</translation>
    </message>
</context>
<context>
    <name>companion::billing::LearnerPaymentsReader</name>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="136"/>
        <source>No Stripe customer is linked to this learner.</source>
        <translation>Mit diesem Lernenden ist kein Stripe-Kunde verknüpft.</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="136"/>
        <source>Stripe is not set up on this desk.</source>
        <translation>Stripe ist an diesem Arbeitsplatz nicht eingerichtet.</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="163"/>
        <source>The request was given up before Stripe answered.</source>
        <translation>Die Anfrage wurde abgebrochen, bevor Stripe geantwortet hat.</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="171"/>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="174"/>
        <source>the customer</source>
        <translation>des Kunden</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="174"/>
        <source>This customer was deleted at Stripe.</source>
        <translation>Dieser Kunde wurde bei Stripe gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="184"/>
        <source>the cards</source>
        <translation>der Karten</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="192"/>
        <source>the invoices</source>
        <translation>der Rechnungen</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="196"/>
        <source>the charges</source>
        <translation>der Belastungen</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="200"/>
        <source>the payments</source>
        <translation>der Zahlungen</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="205"/>
        <source>the subscription</source>
        <translation>des Abonnements</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="213"/>
        <source>the next invoice</source>
        <translation>der nächsten Rechnung</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="353"/>
        <source>Nothing could be read: %1</source>
        <translation>Es konnte nichts gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/billing/LearnerPayments.cpp" line="354"/>
        <source>Could not read %1: %2</source>
        <translation>Fehler beim Lesen %1: %2</translation>
    </message>
</context>
<context>
    <name>companion::billing::ManualGrants</name>
    <message>
        <location filename="../app/core/billing/ManualGrants.cpp" line="85"/>
        <source>The end of the grant must be in the future.</source>
        <translation>Das Ende der Freischaltung muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <location filename="../app/core/billing/ManualGrants.cpp" line="91"/>
        <source>This user no longer exists.</source>
        <translation>Dieser Benutzer existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../app/core/billing/ManualGrants.cpp" line="127"/>
        <source>This grant no longer exists.</source>
        <translation>Diese Freischaltung existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../app/core/billing/ManualGrants.cpp" line="129"/>
        <source>This grant has already ended.</source>
        <translation>Diese Freischaltung ist bereits beendet.</translation>
    </message>
</context>
<context>
    <name>companion::billing::MonthPack</name>
    <message>
        <location filename="../app/core/billing/MonthPack.cpp" line="206"/>
        <source>The stored month-end pack is not one this version can read.</source>
        <translation>Diese Version kann den gespeicherten Monatsabschluss nicht lesen.</translation>
    </message>
    <message>
        <location filename="../app/core/billing/MonthPack.cpp" line="221"/>
        <source>The stored month-end pack names an unknown movement.</source>
        <translation>Der gespeicherte Monatsabschluss nennt eine unbekannte Bewegung.</translation>
    </message>
    <message>
        <location filename="../app/core/billing/MonthPack.cpp" line="255"/>
        <source>The stored month-end pack names an unknown kind of difference.</source>
        <translation>Der gespeicherte Monatsabschluss nennt eine unbekannte Art von Abweichung.</translation>
    </message>
</context>
<context>
    <name>companion::billing::PayoutLedger</name>
    <message>
        <location filename="../app/core/billing/PayoutLedger.cpp" line="87"/>
        <source>Payout %1 is not in our copy.</source>
        <translation>Auszahlung %1 fehlt in unserer Kopie.</translation>
    </message>
</context>
<context>
    <name>companion::billing::PeriodClose</name>
    <message>
        <location filename="../app/core/billing/PeriodClose.cpp" line="55"/>
        <source>%1 is not over yet: a month is closed once it has ended.</source>
        <translation>%1 ist noch nicht vorbei: Ein Monat wird erst nach seinem Ende abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../app/core/billing/PeriodClose.cpp" line="59"/>
        <source>%1 is already closed; its figures stay as they were frozen.</source>
        <translation>%1 ist bereits abgeschlossen; seine Werte bleiben so, wie sie festgeschrieben wurden.</translation>
    </message>
</context>
<context>
    <name>companion::billing::Reconciler</name>
    <message>
        <location filename="../app/core/billing/Reconciler.cpp" line="60"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
</context>
<context>
    <name>companion::billing::StripeIdResolver</name>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="29"/>
        <source>no such customer at Stripe</source>
        <translation>Stripe kennt diesen Kunden nicht</translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="30"/>
        <source>no such subscription at Stripe</source>
        <translation>Stripe kennt dieses Abonnement nicht</translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="31"/>
        <source>no such invoice at Stripe</source>
        <translation>Stripe kennt diese Rechnung nicht</translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="32"/>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="33"/>
        <source>no such charge at Stripe</source>
        <translation>Stripe kennt diese Belastung nicht</translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="34"/>
        <source>no such payment at Stripe</source>
        <translation>Stripe kennt diese Zahlung nicht</translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="35"/>
        <source>no such payment method at Stripe</source>
        <translation>Stripe kennt diese Zahlungsmethode nicht</translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="37"/>
        <source>no such refund at Stripe</source>
        <translation>Stripe kennt diese Erstattung nicht</translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="38"/>
        <source>no such event at Stripe (events are kept 30 days)</source>
        <translation>Stripe kennt dieses Ereignis nicht (Ereignisse werden 30 Tage lang aufbewahrt)</translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="39"/>
        <source>no such checkout session at Stripe</source>
        <translation>Stripe kennt diese Checkout-Sitzung nicht</translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="40"/>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="41"/>
        <source>no such dispute at Stripe</source>
        <translation>Stripe kennt diese Rückbuchung nicht</translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="112"/>
        <source>that is not a Stripe id the desk can look up (cus_, sub_, in_, ch_, pi_, pm_, re_, evt_, cs_)</source>
        <translation>das ist keine Stripe-ID, die hier nachgeschlagen werden kann (cus_, sub_, in_, ch_, pi_, pm_, re_, evt_, cs_)</translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="116"/>
        <source>Stripe is not set up on this desk.</source>
        <translation>Stripe ist an diesem Arbeitsplatz nicht eingerichtet.</translation>
    </message>
    <message>
        <location filename="../app/core/billing/StripeIdResolver.cpp" line="129"/>
        <source>The request was given up before Stripe answered.</source>
        <translation>Die Anfrage wurde abgebrochen, bevor Stripe geantwortet hat.</translation>
    </message>
</context>
<context>
    <name>companion::serverapi::AdminApiClient</name>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="116"/>
        <source>companion-server at %1 did not answer in time.</source>
        <translation>companion-server unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="117"/>
        <source>companion-server at %1 cannot be reached (%2).</source>
        <translation>companion-server unter %1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="124"/>
        <source>The answer from %1 is not the admin API&apos;s (is the server URL right?).</source>
        <translation>Die Antwort von %1 stammt nicht von der Admin-API (stimmt die Server-URL?).</translation>
    </message>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="134"/>
        <source>The server refused the admin token (revoked or mistyped). Store a new one in Settings.</source>
        <translation>Der Server hat das Admin-Token abgelehnt (widerrufen oder falsch eingegeben). Speichern Sie in den Einstellungen ein neues.</translation>
    </message>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="137"/>
        <source>The server cannot reach its database right now; try again shortly.</source>
        <translation>Der Server erreicht seine Datenbank gerade nicht; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/core/serverapi/AdminApiClient.cpp" line="140"/>
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
        <source>Stripe is limiting how fast requests may come, and still did after waiting. Try again in a moment.</source>
        <translation>Stripe begrenzt, wie schnell Anfragen kommen dürfen, auch nach einer Wartezeit noch. Versuchen Sie es gleich noch einmal.</translation>
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
        <location filename="../app/admin/main.cpp" line="23"/>
        <source>Course Companion Billing: support desk, finance and webhook diagnostics.</source>
        <translation>Course Companion Abrechnung: Support, Finanzen und Webhook-Diagnose.</translation>
    </message>
    <message>
        <location filename="../app/admin/main.cpp" line="39"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../app/admin/main.cpp" line="40"/>
        <source>The demo&apos;s keys could not be stored: %1</source>
        <translation>Die Schlüssel der Demo konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/admin/main.cpp" line="45"/>
        <source>Cannot start</source>
        <translation>Start nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/admin/main.cpp" line="46"/>
        <source>The database setting is not usable: %1</source>
        <translation>Die Datenbankeinstellung ist nicht verwendbar: %1</translation>
    </message>
</context>
</TS>
