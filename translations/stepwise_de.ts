<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>The workspace file to use instead of the default one.</source>
        <translation>Die Arbeitsbereichsdatei, die statt der Standarddatei verwendet wird.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The language of the user interface (de, en, ...).</source>
        <translation>Die Sprache der Benutzeroberfläche (de, en, ...).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Stepwise maps the workflows a team repeats, logs how they run, and shows what to fix first.
Without a command it opens the window; with one it runs without a display.</source>
        <translation>Stepwise bildet die wiederkehrenden Arbeitsabläufe eines Teams ab, protokolliert ihre Durchläufe und zeigt, was zuerst verbessert werden sollte.
Ohne Befehl öffnet sich das Programmfenster; mit einem Befehl läuft Stepwise ohne grafische Oberfläche.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>One of the commands below; or a workspace file to open in the window.</source>
        <translation>Einer der unten aufgeführten Befehle oder eine Arbeitsbereichsdatei, die im Fenster geöffnet wird.</translation>
    </message>
    <message>
        <source>[command [arguments] | FILE.stepwise]</source>
        <translation>[Befehl [Argumente] | DATEI.stepwise]</translation>
    </message>
    <message>
        <source>--json needs a command.</source>
        <translation>--json erfordert einen Befehl.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>The command %1 takes no option --%2.</source>
        <translation>Der Befehl %1 kennt keine Option --%2.</translation>
    </message>
    <message>
        <source>Usage: stepwise [--workspace FILE] %1</source>
        <translation>Aufruf: stepwise [--workspace DATEI] %1</translation>
    </message>
    <message>
        <source>List the processes: id, name, steps, runs.</source>
        <translation>Die Prozesse auflisten: ID, Name, Schritte, Durchläufe.</translation>
    </message>
    <message>
        <source>Create an empty process and print its id.</source>
        <translation>Einen leeren Prozess anlegen und seine ID ausgeben.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 usage, 2 bad input, 3 workspace problem (locked, read-only, corrupt or made by a newer version).</source>
        <translation>Exit-Codes: 0 erfolgreich, 1 falscher Aufruf, 2 ungültige Eingabe, 3 Problem mit dem Arbeitsbereich (gesperrt, schreibgeschützt, beschädigt oder mit einer neueren Version erstellt).</translation>
    </message>
    <message>
        <source>Try &quot;stepwise --help&quot;.</source>
        <translation>Weitere Informationen mit „stepwise --help“.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>Unter %1 gibt es keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>No processes yet. Create one with: stepwise new NAME</source>
        <translation>Noch keine Prozesse. Legen Sie einen an mit: stepwise new NAME</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STEPS</source>
        <translation>SCHRITTE</translation>
    </message>
    <message>
        <source>RUNS</source>
        <translation>DURCHLÄUFE</translation>
    </message>
</context>
<context>
    <name>Stepwise</name>
    <message>
        <source>%1: unknown %2 &quot;%3&quot;</source>
        <translation>%1: „%3“ ist kein gültiger Wert für %2</translation>
    </message>
    <message>
        <source>(not a word)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>not a Stepwise process (format &quot;%1&quot;)</source>
        <translation>kein Stepwise-Prozess (Format „%1“)</translation>
    </message>
    <message>
        <source>made by a newer version of Stepwise (format %1, this version reads up to %2)</source>
        <translation>mit einer neueren Stepwise-Version erstellt (Format %1, diese Version liest bis Format %2)</translation>
    </message>
    <message>
        <source>malformed review date &quot;%1&quot;</source>
        <translation>ungültiger Prüftermin „%1“</translation>
    </message>
    <message>
        <source>lane %1</source>
        <translation>Bahn %1</translation>
    </message>
    <message>
        <source>%1: malformed colour &quot;%2&quot;</source>
        <translation>%1: ungültige Farbe „%2“</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>not a Stepwise process (the JSON is not an object)</source>
        <translation>kein Stepwise-Prozess (das JSON ist kein Objekt)</translation>
    </message>
</context>
<context>
    <name>Stepwise::DurationEdit</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>A duration such as 4h, 2d, 90min or 1d 4h; empty for none.</source>
        <translation>Eine Dauer wie 4h, 2d, 90min oder 1d 4h (d = Tage, h = Stunden); leer für keine.</translation>
    </message>
    <message>
        <source>Not a duration. Use units such as 4h, 2d, 90min or 1d 4h.</source>
        <translation>Keine gültige Dauer. Verwenden Sie Einheiten wie 4h, 2d, 90min oder 1d 4h.</translation>
    </message>
</context>
<context>
    <name>Stepwise::Examples</name>
    <message>
        <source>Client onboarding</source>
        <translation>Kunden-Onboarding</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Account Manager</translation>
    </message>
    <message>
        <source>From the signed deal to a client whose people, devices and billing are fully set up, so the first support ticket finds everything in place.</source>
        <translation>Vom unterschriebenen Auftrag bis zum Kunden, dessen Mitarbeitende, Geräte und Abrechnung vollständig eingerichtet sind – damit beim ersten Support-Ticket alles bereitsteht.</translation>
    </message>
    <message>
        <source>PSA</source>
        <translation>PSA</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>RMM</source>
        <translation>RMM</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Buchhaltung</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>PSA / ticket system</source>
        <translation>PSA / Ticketsystem</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Auftrag gewonnen</translation>
    </message>
    <message>
        <source>Send contract and questionnaire</source>
        <translation>Vertrag und Fragebogen senden</translation>
    </message>
    <message>
        <source>Contract, price sheet and onboarding questionnaire sent from the PSA template; the sending is logged on the opportunity.</source>
        <translation>Vertrag, Preisblatt und Onboarding-Fragebogen aus der PSA-Vorlage versendet; der Versand ist an der Verkaufschance protokolliert.</translation>
    </message>
    <message>
        <source>Accepted quote</source>
        <translation>Angenommenes Angebot</translation>
    </message>
    <message>
        <source>Contract template</source>
        <translation>Vertragsvorlage</translation>
    </message>
    <message>
        <source>Contract sent for signature</source>
        <translation>Vertrag zur Unterschrift versendet</translation>
    </message>
    <message>
        <source>Onboarding questionnaire</source>
        <translation>Onboarding-Fragebogen</translation>
    </message>
    <message>
        <source>Wait for client signature</source>
        <translation>Auf Unterschrift des Kunden warten</translation>
    </message>
    <message>
        <source>Contract signed?</source>
        <translation>Vertrag unterschrieben?</translation>
    </message>
    <message>
        <source>Chase the signature</source>
        <translation>Unterschrift nachfassen</translation>
    </message>
    <message>
        <source>Client called and reminded; open questions about the contract answered and noted on the opportunity.</source>
        <translation>Kunden angerufen und erinnert; offene Fragen zum Vertrag beantwortet und an der Verkaufschance notiert.</translation>
    </message>
    <message>
        <source>Call note</source>
        <translation>Gesprächsnotiz</translation>
    </message>
    <message>
        <source>New signature deadline</source>
        <translation>Neue Frist für die Unterschrift</translation>
    </message>
    <message>
        <source>Create client record</source>
        <translation>Kundendatensatz anlegen</translation>
    </message>
    <message>
        <source>Signed contract stored in the client folder; client record created in the PSA with billing contact and service agreement.</source>
        <translation>Unterschriebener Vertrag im Kundenordner abgelegt; Kundendatensatz im PSA mit Rechnungskontakt und Servicevertrag angelegt.</translation>
    </message>
    <message>
        <source>Signed contract</source>
        <translation>Unterschriebener Vertrag</translation>
    </message>
    <message>
        <source>Completed questionnaire</source>
        <translation>Ausgefüllter Fragebogen</translation>
    </message>
    <message>
        <source>Client record</source>
        <translation>Kundendatensatz</translation>
    </message>
    <message>
        <source>Service agreement in the PSA</source>
        <translation>Servicevertrag im PSA</translation>
    </message>
    <message>
        <source>Hold kick-off call</source>
        <translation>Kick-off-Termin durchführen</translation>
    </message>
    <message>
        <source>Kick-off held with the client&apos;s contact person; key users, sites and go-live date agreed and recorded on the client record.</source>
        <translation>Kick-off mit dem Ansprechpartner des Kunden durchgeführt; Key User, Standorte und Go-live-Termin abgestimmt und im Kundendatensatz festgehalten.</translation>
    </message>
    <message>
        <source>Kick-off minutes</source>
        <translation>Kick-off-Protokoll</translation>
    </message>
    <message>
        <source>Agreed go-live date</source>
        <translation>Vereinbarter Go-live-Termin</translation>
    </message>
    <message>
        <source>Audit IT environment</source>
        <translation>IT-Umgebung prüfen</translation>
    </message>
    <message>
        <source>Every device enrolled in the RMM, admin credentials in the password vault, and findings written to the client documentation.</source>
        <translation>Alle Geräte im RMM eingebunden, Admin-Zugangsdaten im Passwort-Tresor hinterlegt und Befunde in der Kundendokumentation festgehalten.</translation>
    </message>
    <message>
        <source>Admin credentials</source>
        <translation>Admin-Zugangsdaten</translation>
    </message>
    <message>
        <source>Device inventory</source>
        <translation>Geräteinventar</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>Prüfbefunde</translation>
    </message>
    <message>
        <source>Set up Microsoft 365 accounts</source>
        <translation>Microsoft-365-Konten einrichten</translation>
    </message>
    <message>
        <source>A licensed account with multi-factor authentication for every key user; shared mailboxes and groups created as agreed at kick-off.</source>
        <translation>Für jeden Key User ein lizenziertes Konto mit Multi-Faktor-Authentifizierung; freigegebene Postfächer und Gruppen wie im Kick-off vereinbart angelegt.</translation>
    </message>
    <message>
        <source>User list</source>
        <translation>Benutzerliste</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <source>Welcome credentials</source>
        <translation>Erstzugangsdaten</translation>
    </message>
    <message>
        <source>New hardware needed?</source>
        <translation>Neue Hardware nötig?</translation>
    </message>
    <message>
        <source>Order and install hardware</source>
        <translation>Hardware bestellen und installieren</translation>
    </message>
    <message>
        <source>Ordered devices delivered, set up from the standard image and enrolled in the RMM; the client has signed the delivery note.</source>
        <translation>Bestellte Geräte geliefert, mit dem Standard-Image eingerichtet und im RMM eingebunden; der Kunde hat den Lieferschein unterschrieben.</translation>
    </message>
    <message>
        <source>Approved hardware quote</source>
        <translation>Freigegebenes Hardware-Angebot</translation>
    </message>
    <message>
        <source>Installed devices</source>
        <translation>Installierte Geräte</translation>
    </message>
    <message>
        <source>Signed delivery note</source>
        <translation>Unterschriebener Lieferschein</translation>
    </message>
    <message>
        <source>Set up recurring billing</source>
        <translation>Wiederkehrende Abrechnung einrichten</translation>
    </message>
    <message>
        <source>Recurring invoice for the agreed services created in accounting with the right start date; the first invoice checked against the contract.</source>
        <translation>Wiederkehrende Rechnung für die vereinbarten Leistungen mit dem richtigen Startdatum in der Buchhaltung angelegt; die erste Rechnung mit dem Vertrag abgeglichen.</translation>
    </message>
    <message>
        <source>Recurring invoice</source>
        <translation>Wiederkehrende Rechnung</translation>
    </message>
    <message>
        <source>First invoice</source>
        <translation>Erste Rechnung</translation>
    </message>
    <message>
        <source>Send welcome pack</source>
        <translation>Willkommenspaket senden</translation>
    </message>
    <message>
        <source>Welcome email with portal access, support hours and how to open a ticket sent to every key user.</source>
        <translation>Willkommens-E-Mail mit Portalzugang, Supportzeiten und Anleitung zum Eröffnen eines Tickets an jeden Key User gesendet.</translation>
    </message>
    <message>
        <source>Welcome email template</source>
        <translation>Vorlage für Willkommens-E-Mail</translation>
    </message>
    <message>
        <source>Welcome email</source>
        <translation>Willkommens-E-Mail</translation>
    </message>
    <message>
        <source>Client live</source>
        <translation>Kunde ist live</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Support ticket</source>
        <translation>Support-Ticket</translation>
    </message>
    <message>
        <source>Service desk lead</source>
        <translation>Leitung Servicedesk</translation>
    </message>
    <message>
        <source>From the client&apos;s call or email to a confirmed fix, a documented solution and a closed ticket.</source>
        <translation>Vom Anruf oder der E-Mail des Kunden bis zur bestätigten Behebung, einer dokumentierten Lösung und einem geschlossenen Ticket.</translation>
    </message>
    <message>
        <source>Distributor portal</source>
        <translation>Distributorenportal</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>Servicedesk</translation>
    </message>
    <message>
        <source>Client reports a problem</source>
        <translation>Kunde meldet ein Problem</translation>
    </message>
    <message>
        <source>Log ticket</source>
        <translation>Ticket erfassen</translation>
    </message>
    <message>
        <source>Ticket created in the PSA with client, contact, contract and the original message attached; acknowledgement sent to the client.</source>
        <translation>Ticket im PSA mit Kunde, Kontakt, Vertrag und angehängter Originalnachricht angelegt; Eingangsbestätigung an den Kunden gesendet.</translation>
    </message>
    <message>
        <source>Client email or call</source>
        <translation>E-Mail oder Anruf des Kunden</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Acknowledgement email</source>
        <translation>Eingangsbestätigung per E-Mail</translation>
    </message>
    <message>
        <source>Triage and prioritise</source>
        <translation>Sichten und priorisieren</translation>
    </message>
    <message>
        <source>Priority, category and affected device set on the ticket; the client knows who works on it and by when.</source>
        <translation>Priorität, Kategorie und betroffenes Gerät im Ticket gesetzt; der Kunde weiß, wer sich darum kümmert und bis wann.</translation>
    </message>
    <message>
        <source>Service agreement</source>
        <translation>Servicevertrag</translation>
    </message>
    <message>
        <source>Prioritised ticket</source>
        <translation>Priorisiertes Ticket</translation>
    </message>
    <message>
        <source>Hardware or software?</source>
        <translation>Hardware oder Software?</translation>
    </message>
    <message>
        <source>Work on ticket</source>
        <translation>Ticket bearbeiten</translation>
    </message>
    <message>
        <source>Cause found and fixed, remotely where possible; every action and the time spent logged on the ticket.</source>
        <translation>Ursache gefunden und behoben, wenn möglich per Fernwartung; jede Maßnahme und der Zeitaufwand im Ticket erfasst.</translation>
    </message>
    <message>
        <source>Client documentation</source>
        <translation>Kundendokumentation</translation>
    </message>
    <message>
        <source>Fix applied</source>
        <translation>Behebung umgesetzt</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Zeitbuchungen</translation>
    </message>
    <message>
        <source>Order replacement part</source>
        <translation>Ersatzteil bestellen</translation>
    </message>
    <message>
        <source>Replacement ordered from the distributor under the client&apos;s warranty or an approved quote; order number noted on the ticket.</source>
        <translation>Ersatz beim Distributor über die Garantie des Kunden oder ein freigegebenes Angebot bestellt; Bestellnummer im Ticket vermerkt.</translation>
    </message>
    <message>
        <source>Device warranty status</source>
        <translation>Garantiestatus des Geräts</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Expected delivery date</source>
        <translation>Voraussichtlicher Liefertermin</translation>
    </message>
    <message>
        <source>Wait for part delivery</source>
        <translation>Auf Ersatzteil warten</translation>
    </message>
    <message>
        <source>Replace hardware on site</source>
        <translation>Hardware vor Ort tauschen</translation>
    </message>
    <message>
        <source>Faulty part replaced and tested with the user; the old part returned or disposed of with a note on the ticket.</source>
        <translation>Defektes Teil getauscht und mit dem Anwender getestet; Altteil zurückgeschickt oder entsorgt und im Ticket vermerkt.</translation>
    </message>
    <message>
        <source>Replacement part</source>
        <translation>Ersatzteil</translation>
    </message>
    <message>
        <source>Working device</source>
        <translation>Funktionierendes Gerät</translation>
    </message>
    <message>
        <source>Wait for client confirmation</source>
        <translation>Auf Bestätigung des Kunden warten</translation>
    </message>
    <message>
        <source>Client confirms fix?</source>
        <translation>Kunde bestätigt Behebung?</translation>
    </message>
    <message>
        <source>Document solution and close ticket</source>
        <translation>Lösung dokumentieren und Ticket schließen</translation>
    </message>
    <message>
        <source>Solution written to the ticket and, when it may recur, to the knowledge base; ticket closed with all time entries approved.</source>
        <translation>Lösung im Ticket und – falls das Problem erneut auftreten kann – in der Wissensdatenbank dokumentiert; Ticket geschlossen, alle Zeitbuchungen freigegeben.</translation>
    </message>
    <message>
        <source>Client confirmation</source>
        <translation>Bestätigung des Kunden</translation>
    </message>
    <message>
        <source>Closed ticket</source>
        <translation>Geschlossenes Ticket</translation>
    </message>
    <message>
        <source>Knowledge base article</source>
        <translation>Artikel in der Wissensdatenbank</translation>
    </message>
    <message>
        <source>Send satisfaction survey</source>
        <translation>Zufriedenheitsumfrage senden</translation>
    </message>
    <message>
        <source>One-question survey emailed to the contact when the ticket closes; the answer is stored on the ticket.</source>
        <translation>Umfrage mit einer einzigen Frage beim Schließen des Tickets per E-Mail an den Kontakt gesendet; die Antwort wird im Ticket gespeichert.</translation>
    </message>
    <message>
        <source>Survey email</source>
        <translation>Umfrage-E-Mail</translation>
    </message>
    <message>
        <source>Ticket closed</source>
        <translation>Ticket geschlossen</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
</context>
<context>
    <name>Stepwise::HandoffItem</name>
    <message>
        <source>%1 → %2: owner changes from %3 to %4</source>
        <translation>%1 → %2: Verantwortung wechselt von %3 zu %4</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>Stepwise::MainWindow</name>
    <message>
        <source>Read-only workspace</source>
        <translation>Schreibgeschützter Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 cannot be written: changes cannot be saved.</source>
        <translation>%1 ist schreibgeschützt: Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the open process to the workspace</source>
        <translation>Den geöffneten Prozess im Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>Save &amp;Revision...</source>
        <translation>&amp;Revision speichern...</translation>
    </message>
    <message>
        <source>Keep a snapshot of this map with a note</source>
        <translation>Den aktuellen Stand dieses Diagramms mit einer Notiz festhalten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Stepwise</source>
        <translation>&amp;Über Stepwise</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>No process open</source>
        <translation>Kein Prozess geöffnet</translation>
    </message>
    <message>
        <source>Select a process on the left, or make a new one.</source>
        <translation>Wählen Sie links einen Prozess aus oder legen Sie einen neuen an.</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>Dia&amp;gramm</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Noch keine Durchläufe</translation>
    </message>
    <message>
        <source>Runs of this process appear here once you log or import them.</source>
        <translation>Durchläufe dieses Prozesses erscheinen hier, sobald Sie sie erfassen oder importieren.</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>D&amp;urchläufe</translation>
    </message>
    <message>
        <source>Nothing to measure yet</source>
        <translation>Noch nichts zu messen</translation>
    </message>
    <message>
        <source>Cycle time, SLA compliance, waiting versus working time and bottlenecks appear here once the process has runs.</source>
        <translation>Durchlaufzeit, SLA-Einhaltung, Warte- im Vergleich zur Arbeitszeit und Engpässe erscheinen hier, sobald der Prozess Durchläufe hat.</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Da&amp;shboard</translation>
    </message>
    <message>
        <source>Nothing to improve yet</source>
        <translation>Noch nichts zu verbessern</translation>
    </message>
    <message>
        <source>What to fix first, checkpoints with review dates and what-if comparisons of automation appear here once the process has runs.</source>
        <translation>Was zuerst verbessert werden sollte, Kontrollpunkte mit Prüfterminen und Was-wäre-wenn-Vergleiche zur Automatisierung erscheinen hier, sobald der Prozess Durchläufe hat.</translation>
    </message>
    <message>
        <source>&amp;Improve</source>
        <translation>&amp;Verbessern</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>The process could not be opened.</source>
        <translation>Der Prozess konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>“%1” could not be saved.</source>
        <translation>„%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>New process</source>
        <translation>Neuer Prozess</translation>
    </message>
    <message>
        <source>The process “%1” could not be made.</source>
        <translation>Der Prozess „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Rename Process</source>
        <translation>Prozess umbenennen</translation>
    </message>
    <message>
        <source>A process named “%1” exists already.</source>
        <translation>Es gibt bereits einen Prozess namens „%1“.</translation>
    </message>
    <message>
        <source>The process could not be renamed to “%1”.</source>
        <translation>Der Prozess konnte nicht in „%1“ umbenannt werden.</translation>
    </message>
    <message>
        <source>The process could not be duplicated.</source>
        <translation>Der Prozess konnte nicht dupliziert werden.</translation>
    </message>
    <message>
        <source>The process could not be deleted.</source>
        <translation>Der Prozess konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Save Revision</source>
        <translation>Revision speichern</translation>
    </message>
    <message>
        <source>A note on what changed in “%1”:</source>
        <translation>Notiz zu den Änderungen an „%1“:</translation>
    </message>
    <message>
        <source>The revision could not be saved.</source>
        <translation>Die Revision konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Revision saved.</source>
        <translation>Revision gespeichert.</translation>
    </message>
    <message>
        <source>About Stepwise</source>
        <translation>Über Stepwise</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stepwise %1&lt;/h3&gt;&lt;p&gt;Map, measure and improve the workflows a small team repeats.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stepwise %1&lt;/h3&gt;&lt;p&gt;Die wiederkehrenden Arbeitsabläufe eines kleinen Teams abbilden, messen und verbessern.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft unter Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stepwise</source>
        <translation>Stepwise</translation>
    </message>
    <message>
        <source>Processes: %1</source>
        <translation>Prozesse: %1</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[schreibgeschützt]</translation>
    </message>
    <message>
        <source>Re&amp;visions...</source>
        <translation>Re&amp;visionen...</translation>
    </message>
    <message>
        <source>Look at the saved revisions of this map</source>
        <translation>Die gespeicherten Revisionen dieses Diagramms ansehen</translation>
    </message>
</context>
<context>
    <name>Stepwise::ProcessDocument</name>
    <message numerus="yes">
        <source>Add %n lane(s)</source>
        <translation>
            <numerusform>%n Bahn hinzufügen</numerusform>
            <numerusform>%n Bahnen hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n lane(s)</source>
        <translation>
            <numerusform>%n Bahn löschen</numerusform>
            <numerusform>%n Bahnen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n step(s)</source>
        <translation>
            <numerusform>%n Schritt hinzufügen</numerusform>
            <numerusform>%n Schritte hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>%n Schritt löschen</numerusform>
            <numerusform>%n Schritte löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connect %n handoff(s)</source>
        <translation>
            <numerusform>%n Übergabe anlegen</numerusform>
            <numerusform>%n Übergaben anlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n handoff(s)</source>
        <translation>
            <numerusform>%n Übergabe löschen</numerusform>
            <numerusform>%n Übergaben löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s) to another lane</source>
        <translation>
            <numerusform>%n Schritt in eine andere Bahn verschieben</numerusform>
            <numerusform>%n Schritte in eine andere Bahn verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>%n Schritt verschieben</numerusform>
            <numerusform>%n Schritte verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Bahn verschieben</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortliche Person</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>SLA-Ziel</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>Prüftermin</translation>
    </message>
    <message>
        <source>lane kind</source>
        <translation>Bahntyp</translation>
    </message>
    <message>
        <source>lane colour</source>
        <translation>Bahnfarbe</translation>
    </message>
    <message>
        <source>lane height</source>
        <translation>Bahnhöhe</translation>
    </message>
    <message>
        <source>step kind</source>
        <translation>Schritttyp</translation>
    </message>
    <message>
        <source>definition of done</source>
        <translation>Definition of Done</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>expected duration</source>
        <translation>Erwartete Dauer</translation>
    </message>
    <message>
        <source>step SLA</source>
        <translation>Schritt-SLA</translation>
    </message>
    <message>
        <source>automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>automation effort</source>
        <translation>Automatisierungsaufwand</translation>
    </message>
    <message>
        <source>event trigger</source>
        <translation>Ereignisauslöser</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>handoff source</source>
        <translation>Übergabequelle</translation>
    </message>
    <message>
        <source>handoff target</source>
        <translation>Übergabeziel</translation>
    </message>
    <message>
        <source>Reconnect handoff</source>
        <translation>Übergabe neu verbinden</translation>
    </message>
    <message>
        <source>Delete lane %1</source>
        <translation>Bahn „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>Stepwise::ProcessListModel</name>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Durchlauf</numerusform>
            <numerusform>%n Durchläufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Geändert am %1</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Durchläufe</translation>
    </message>
</context>
<context>
    <name>Stepwise::ProcessListPanel</name>
    <message>
        <source>&amp;New Process</source>
        <translation>&amp;Neuer Prozess</translation>
    </message>
    <message>
        <source>Make a new, empty process</source>
        <translation>Einen neuen, leeren Prozess anlegen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Copy the process with its map</source>
        <translation>Den Prozess samt Diagramm kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete Process</source>
        <translation>Prozess löschen</translation>
    </message>
    <message>
        <source>Delete the process “%1”?</source>
        <translation>Den Prozess „%1“ löschen?</translation>
    </message>
    <message>
        <source>This deletes its map, runs and revisions and cannot be undone.</source>
        <translation>Dabei werden sein Diagramm, seine Durchläufe und Revisionen gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>Stepwise::PropertiesPanel</name>
    <message>
        <source>Select a process to see its properties.</source>
        <translation>Wählen Sie einen Prozess aus, um seine Eigenschaften zu sehen.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Who answers for it</source>
        <translation>Wer dafür verantwortlich ist</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Verant&amp;wortlich:</translation>
    </message>
    <message>
        <source>What it is for, when it starts and ends</source>
        <translation>Wozu er dient, wann er beginnt und endet</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschr&amp;eibung:</translation>
    </message>
    <message>
        <source>&amp;SLA target:</source>
        <translation>SLA-&amp;Ziel:</translation>
    </message>
    <message>
        <source>Set a date to review the process on</source>
        <translation>Einen Termin festlegen, an dem der Prozess überprüft wird</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>&amp;Review date:</source>
        <translation>&amp;Prüftermin:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Lane:</source>
        <translation>Bah&amp;n:</translation>
    </message>
    <message>
        <source>How anyone can tell this step is finished</source>
        <translation>Woran jeder erkennt, dass dieser Schritt erledigt ist</translation>
    </message>
    <message>
        <source>&amp;Definition of done:</source>
        <translation>Definition of D&amp;one:</translation>
    </message>
    <message>
        <source>&amp;Expected duration:</source>
        <translation>&amp;Erwartete Dauer:</translation>
    </message>
    <message>
        <source>Applies to waiting plus processing time</source>
        <translation>Gilt für Warte- und Bearbeitungszeit zusammen</translation>
    </message>
    <message>
        <source>S&amp;LA:</source>
        <translation>S&amp;LA:</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Candidate for automation</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Automated</source>
        <translation>Automatisiert</translation>
    </message>
    <message>
        <source>&amp;Automation:</source>
        <translation>Automat&amp;isierung:</translation>
    </message>
    <message>
        <source>CRM, mail, invoicing, ...</source>
        <translation>CRM, E-Mail, Rechnungsstellung, ...</translation>
    </message>
    <message>
        <source>The systems this step touches, separated by commas</source>
        <translation>Die Systeme, mit denen dieser Schritt arbeitet, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>S&amp;ystems:</source>
        <translation>S&amp;ysteme:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>nicht geschätzt</translation>
    </message>
    <message>
        <source>Estimated hours to automate this step</source>
        <translation>Geschätzter Aufwand in Stunden, um diesen Schritt zu automatisieren</translation>
    </message>
    <message>
        <source>Effort to a&amp;utomate:</source>
        <translation>Auf&amp;wand:</translation>
    </message>
    <message numerus="yes">
        <source>%n steps selected.</source>
        <translation>
            <numerusform>%n Schritt ausgewählt.</numerusform>
            <numerusform>%n Schritte ausgewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepwise::RevisionsDialog</name>
    <message>
        <source>Revisions of %1</source>
        <translation>Revisionen von %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(keine Notiz)</translation>
    </message>
    <message>
        <source>No revisions yet. File &gt; Save Revision keeps a snapshot of the map with a note, so you can look back at it after a change.</source>
        <translation>Noch keine Revisionen. Datei &gt; Revision speichern hält einen Stand des Diagramms mit einer Notiz fest, damit Sie nach einer Änderung darauf zurückblicken können.</translation>
    </message>
    <message>
        <source>This revision cannot be read: %1</source>
        <translation>Diese Revision kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The map as it was saved on %1 (read-only).</source>
        <translation>Das Diagramm, wie es am %1 gespeichert wurde (schreibgeschützt).</translation>
    </message>
</context>
<context>
    <name>Stepwise::StepItem</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot open %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht geöffnet werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder.</source>
        <translation>%1 kann nicht geöffnet werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot open %1: it cannot be read.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is not writable.</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner %2 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot open %1: the SQLite driver of Qt (QSQLITE) is missing.</source>
        <translation>%1 kann nicht geöffnet werden: Der SQLite-Treiber von Qt (QSQLITE) fehlt.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is empty and read-only, so it cannot become a workspace.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei ist leer und schreibgeschützt und kann daher kein Arbeitsbereich werden.</translation>
    </message>
    <message>
        <source>Cannot open %1: it was made by an older version of Stepwise (schema %2, this version needs %3) and is read-only, so it cannot be upgraded.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei wurde mit einer älteren Stepwise-Version erstellt (Schema %2, diese Version benötigt %3) und ist schreibgeschützt, daher kann sie nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>marking the file as a workspace</source>
        <translation>Kennzeichnen der Datei als Arbeitsbereich</translation>
    </message>
    <message>
        <source>upgrading to schema %1 (%2)</source>
        <translation>Aktualisieren auf Schema %1 (%2)</translation>
    </message>
    <message>
        <source>upgrading to schema %1</source>
        <translation>Aktualisieren auf Schema %1</translation>
    </message>
    <message>
        <source>%1 is not a Stepwise workspace: it is another program&apos;s database.</source>
        <translation>%1 ist kein Stepwise-Arbeitsbereich: Es ist die Datenbank eines anderen Programms.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Stepwise (schema %2, this version reads up to %3).</source>
        <translation>%1 wurde mit einer neueren Stepwise-Version erstellt (Schema %2, diese Version liest bis Schema %3).</translation>
    </message>
    <message>
        <source>%1 is not a Stepwise workspace: it fails its integrity check (%2).</source>
        <translation>%1 ist kein Stepwise-Arbeitsbereich: Die Integritätsprüfung ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>%1 is locked: another program or Stepwise window is writing to it (waited %2 ms).</source>
        <translation>%1 ist gesperrt: Ein anderes Programm oder Stepwise-Fenster schreibt gerade hinein (%2 ms gewartet).</translation>
    </message>
    <message>
        <source>%1 is not a Stepwise workspace: it is not a SQLite database.</source>
        <translation>%1 ist kein Stepwise-Arbeitsbereich: Es ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is not a Stepwise workspace: it is damaged (%2).</source>
        <translation>%1 ist kein Stepwise-Arbeitsbereich: Die Datei ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>listing the processes</source>
        <translation>Auflisten der Prozesse</translation>
    </message>
    <message>
        <source>finding a process</source>
        <translation>Suchen eines Prozesses</translation>
    </message>
    <message>
        <source>There is no process &quot;%1&quot; in %2.</source>
        <translation>In %2 gibt es keinen Prozess „%1“.</translation>
    </message>
    <message>
        <source>create a process</source>
        <translation>Anlegen eines Prozesses</translation>
    </message>
    <message>
        <source>rename the process</source>
        <translation>Umbenennen des Prozesses</translation>
    </message>
    <message>
        <source>renaming the process</source>
        <translation>Umbenennen des Prozesses</translation>
    </message>
    <message>
        <source>There is no process %1 in %2.</source>
        <translation>In %2 gibt es keinen Prozess %1.</translation>
    </message>
    <message>
        <source>duplicate the process</source>
        <translation>Duplizieren des Prozesses</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>delete the process</source>
        <translation>Löschen des Prozesses</translation>
    </message>
    <message>
        <source>deleting the process</source>
        <translation>Löschen des Prozesses</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A process needs a name.</source>
        <translation>Ein Prozess braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a process named &quot;%1&quot; in %2.</source>
        <translation>In %2 gibt es bereits einen Prozess namens „%1“.</translation>
    </message>
    <message>
        <source>reading the process</source>
        <translation>Lesen des Prozesses</translation>
    </message>
    <message>
        <source>Process %1 in %2 is damaged: %3</source>
        <translation>Prozess %1 in %2 ist beschädigt: %3</translation>
    </message>
    <message>
        <source>malformed review date &quot;%1&quot;</source>
        <translation>ungültiger Prüftermin „%1“</translation>
    </message>
    <message>
        <source>reading the lanes</source>
        <translation>Lesen der Bahnen</translation>
    </message>
    <message>
        <source>lane %1 has an unknown kind or colour</source>
        <translation>Bahn %1 hat einen unbekannten Typ oder eine unbekannte Farbe</translation>
    </message>
    <message>
        <source>reading the steps</source>
        <translation>Lesen der Schritte</translation>
    </message>
    <message>
        <source>step %1 has an unknown kind or a malformed list</source>
        <translation>Schritt %1 hat einen unbekannten Typ oder eine fehlerhafte Liste</translation>
    </message>
    <message>
        <source>reading the handoffs</source>
        <translation>Lesen der Übergaben</translation>
    </message>
    <message>
        <source>save the process</source>
        <translation>Speichern des Prozesses</translation>
    </message>
    <message>
        <source>saving the process</source>
        <translation>Speichern des Prozesses</translation>
    </message>
    <message>
        <source>saving lane %1</source>
        <translation>Speichern von Bahn %1</translation>
    </message>
    <message>
        <source>saving step %1</source>
        <translation>Speichern von Schritt %1</translation>
    </message>
    <message>
        <source>saving handoff %1</source>
        <translation>Speichern von Übergabe %1</translation>
    </message>
    <message>
        <source>save a revision</source>
        <translation>Speichern einer Revision</translation>
    </message>
    <message>
        <source>saving a revision</source>
        <translation>Speichern einer Revision</translation>
    </message>
    <message>
        <source>There is no process %1 in %2: save it before a revision of it.</source>
        <translation>In %2 gibt es keinen Prozess %1: Speichern Sie den Prozess, bevor Sie eine Revision davon anlegen.</translation>
    </message>
    <message>
        <source>listing the revisions</source>
        <translation>Auflisten der Revisionen</translation>
    </message>
    <message>
        <source>reading the revision</source>
        <translation>Lesen der Revision</translation>
    </message>
    <message>
        <source>There is no revision %1 in %2.</source>
        <translation>In %2 gibt es keine Revision %1.</translation>
    </message>
    <message>
        <source>Revision %1 in %2 is damaged: %3</source>
        <translation>Revision %1 in %2 ist beschädigt: %3</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Cannot %1: %2 is open read-only.</source>
        <translation>%1 nicht möglich: %2 ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>starting to write</source>
        <translation>Beginnen des Schreibvorgangs</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>%1 is locked: another program or Stepwise window is writing to it (waited %2 ms while %3).</source>
        <translation>%1 ist gesperrt: Ein anderes Programm oder Stepwise-Fenster schreibt gerade hinein (beim %3 %2 ms gewartet).</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Stepwise</source>
        <translation>Stepwise</translation>
    </message>
</context>
</TS>
