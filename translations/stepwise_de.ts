<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BpmnReader</name>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>the file ends too early, it is truncated (%1)</source>
        <translation>die Datei endet zu früh, sie ist abgeschnitten (%1)</translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation>fehlerhaftes XML: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>refused: the file declares XML entities, which a BPMN file never needs (an entity expansion bomb?)</source>
        <translation>abgelehnt: Die Datei deklariert XML-Entitäten, die eine BPMN-Datei nie benötigt (eine Entity-Expansion-Bombe?)</translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation>die Datei enthält kein XML-Element</translation>
    </message>
    <message>
        <source>not a BPMN 2.0 file: the root element is &lt;%1&gt; in the namespace &quot;%2&quot;, not &lt;definitions&gt; in &quot;%3&quot;</source>
        <translation>keine BPMN-2.0-Datei: Das Wurzelelement ist &lt;%1&gt; im Namensraum „%2“, nicht &lt;definitions&gt; in „%3“</translation>
    </message>
    <message>
        <source>not part of a Stepwise map</source>
        <translation>nicht Teil eines Stepwise-Diagramms</translation>
    </message>
    <message>
        <source>Stepwise maps have no data objects</source>
        <translation>Stepwise-Diagramme haben keine Datenobjekte</translation>
    </message>
    <message>
        <source>Stepwise maps have no data stores</source>
        <translation>Stepwise-Diagramme haben keine Datenspeicher</translation>
    </message>
    <message>
        <source>Stepwise maps have no text annotations</source>
        <translation>Stepwise-Diagramme haben keine Textanmerkungen</translation>
    </message>
    <message>
        <source>Stepwise maps have no groups</source>
        <translation>Stepwise-Diagramme haben keine Gruppen</translation>
    </message>
    <message>
        <source>Stepwise maps have no associations</source>
        <translation>Stepwise-Diagramme haben keine Assoziationen</translation>
    </message>
    <message>
        <source>the documentation of %1 is not kept: a handoff has none</source>
        <translation>die Dokumentation von %1 wird nicht übernommen: Eine Übergabe hat keine</translation>
    </message>
    <message>
        <source>the documentation of lane &quot;%1&quot; is not kept: a lane has none</source>
        <translation>die Dokumentation der Bahn „%1“ wird nicht übernommen: Eine Bahn hat keine</translation>
    </message>
    <message>
        <source>Stepwise maps have no message flows</source>
        <translation>Stepwise-Diagramme haben keine Nachrichtenflüsse</translation>
    </message>
    <message>
        <source>the value of stepwise:step %1 is not understood and left out</source>
        <translation>der Wert von stepwise:step %1 ist unverständlich und wird weggelassen</translation>
    </message>
    <message>
        <source>the value of stepwise:lane %1 is not understood and left out</source>
        <translation>der Wert von stepwise:lane %1 ist unverständlich und wird weggelassen</translation>
    </message>
    <message>
        <source>the value of stepwise:process %1 is not understood and left out</source>
        <translation>der Wert von stepwise:process %1 ist unverständlich und wird weggelassen</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt;, skipped</source>
        <translation>unbekanntes Element &lt;%1&gt;, übersprungen</translation>
    </message>
    <message>
        <source>unknown extension element &lt;%1&gt; (%2), skipped</source>
        <translation>unbekanntes Erweiterungselement &lt;%1&gt; (%2), übersprungen</translation>
    </message>
    <message>
        <source>%1 not imported: %2</source>
        <translation>%1 nicht importiert: %2</translation>
    </message>
    <message>
        <source>the loop marker of %1 is not kept</source>
        <translation>die Schleifenmarkierung von %1 wird nicht übernommen</translation>
    </message>
    <message>
        <source>the data inputs and outputs of %1 are not kept</source>
        <translation>die Dateneingaben und -ausgaben von %1 werden nicht übernommen</translation>
    </message>
    <message>
        <source>a data association of %1 is not kept</source>
        <translation>eine Datenassoziation von %1 wird nicht übernommen</translation>
    </message>
    <message>
        <source>&lt;%2&gt; of %1 is not kept</source>
        <translation>&lt;%2&gt; von %1 wird nicht übernommen</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 refers to message &quot;%2&quot;, which the file does not have</source>
        <translation>%1 verweist auf die Nachricht „%2“, die es in der Datei nicht gibt</translation>
    </message>
    <message>
        <source>%1 refers to event definition &quot;%2&quot;, which the file does not have</source>
        <translation>%1 verweist auf die Ereignisdefinition „%2“, die es in der Datei nicht gibt</translation>
    </message>
    <message>
        <source>%1 is an event sub-process: imported as a plain sub-process</source>
        <translation>%1 ist ein Ereignis-Teilprozess: als einfacher Teilprozess importiert</translation>
    </message>
    <message>
        <source>the steps of lane &quot;%1&quot; lie outside it in the diagram: moved into it together</source>
        <translation>die Schritte der Bahn „%1“ liegen in der Zeichnung außerhalb der Bahn: gemeinsam in sie verschoben</translation>
    </message>
    <message>
        <source>the content of %1 lies outside it in the diagram: moved into it together</source>
        <translation>der Inhalt von %1 liegt in der Zeichnung außerhalb davon: gemeinsam hineinverschoben</translation>
    </message>
    <message>
        <source>the steps of lane &quot;%1&quot; reach outside it in the diagram: the lane was made taller</source>
        <translation>die Schritte der Bahn „%1“ ragen in der Zeichnung über die Bahn hinaus: Die Bahn wurde höher gemacht</translation>
    </message>
    <message>
        <source>the content of %1 reaches outside it in the diagram: its map&apos;s lane was made taller</source>
        <translation>der Inhalt von %1 ragt in der Zeichnung darüber hinaus: Die Bahn seines Diagramms wurde höher gemacht</translation>
    </message>
    <message>
        <source>the diagram does not fit its lanes (steps far outside them): the map was laid out anew</source>
        <translation>die Zeichnung passt nicht zu ihren Bahnen (Schritte weit außerhalb): Das Diagramm wurde neu angeordnet</translation>
    </message>
    <message>
        <source>%1 is attached to &quot;%2&quot;, which is no activity of its map: imported unattached</source>
        <translation>%1 ist an „%2“ angeheftet, das keine Aktivität seines Diagramms ist: ohne Anheftung importiert</translation>
    </message>
    <message>
        <source>%1 has no shape in the diagram: placed by its neighbours</source>
        <translation>%1 hat keine Form in der Zeichnung: nach seinen Nachbarn platziert</translation>
    </message>
    <message>
        <source>%1 has no shape in the diagram: placed on its activity</source>
        <translation>%1 hat keine Form in der Zeichnung: auf seiner Aktivität platziert</translation>
    </message>
    <message>
        <source>the file holds no process: nothing to import</source>
        <translation>die Datei enthält keinen Prozess: nichts zu importieren</translation>
    </message>
    <message>
        <source>the process is empty: it has no task, event or gateway to import</source>
        <translation>der Prozess ist leer: Er hat keine Aufgabe, kein Ereignis und kein Gateway zum Importieren</translation>
    </message>
    <message>
        <source>diagram %1 not imported: only the first diagram of a file is</source>
        <translation>Zeichnung %1 nicht importiert: Nur die erste Zeichnung einer Datei wird importiert</translation>
    </message>
    <message>
        <source>%1 refers to process &quot;%2&quot;, which the file does not have: imported as a pool without a process</source>
        <translation>%1 verweist auf den Prozess „%2“, den es in der Datei nicht gibt: als Pool ohne Prozess importiert</translation>
    </message>
    <message>
        <source>%1 shows a process another pool shows already: left out</source>
        <translation>%1 zeigt einen Prozess, den bereits ein anderer Pool zeigt: weggelassen</translation>
    </message>
    <message>
        <source>%1 has no pool and is drawn inside %2: imported as its map</source>
        <translation>%1 hat keinen Pool und ist innerhalb von %2 gezeichnet: als dessen Diagramm importiert</translation>
    </message>
    <message>
        <source>%1 not imported: a pool without content that the diagram does not show</source>
        <translation>%1 nicht importiert: ein Pool ohne Inhalt, den die Zeichnung nicht zeigt</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Bahn %1</translation>
    </message>
    <message>
        <source>lane &quot;%1&quot; refers to &quot;%2&quot;, which the file does not have</source>
        <translation>Bahn „%1“ verweist auf „%2“, das es in der Datei nicht gibt</translation>
    </message>
    <message>
        <source>%1 is named only by lane &quot;%2&quot;, which holds lanes of its own: put in lane &quot;%3&quot;</source>
        <translation>%1 wird nur von der Bahn „%2“ genannt, die eigene Bahnen enthält: in die Bahn „%3“ gelegt</translation>
    </message>
    <message>
        <source>%1 is in no lane of its pool: put in lane &quot;%2&quot;</source>
        <translation>%1 liegt in keiner Bahn seines Pools: in die Bahn „%2“ gelegt</translation>
    </message>
    <message>
        <source>%1 not imported: it refers to &quot;%2&quot;, which the file does not have</source>
        <translation>%1 nicht importiert: Es verweist auf „%2“, das es in der Datei nicht gibt</translation>
    </message>
    <message>
        <source>%1 not imported: it crosses the border of a sub-process</source>
        <translation>%1 nicht importiert: Es überschreitet die Grenze eines Teilprozesses</translation>
    </message>
    <message>
        <source>Imported process</source>
        <translation>Importierter Prozess</translation>
    </message>
    <message numerus="yes">
        <source>the file has %n pools (participants or processes): they are one map here, a lane or lanes each</source>
        <translation>
            <numerusform>die Datei hat %n Pool (Teilnehmer oder Prozess): Hier wird er ein Diagramm mit einer oder mehreren Bahnen</numerusform>
            <numerusform>die Datei hat %n Pools (Teilnehmer oder Prozesse): Hier werden sie ein Diagramm, jeder mit einer oder mehreren Bahnen</numerusform>
        </translation>
    </message>
    <message>
        <source>internal error reading the file: %1</source>
        <translation>interner Fehler beim Lesen der Datei: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n times)</source>
        <translation>
            <numerusform>%1 (%n-mal)</numerusform>
            <numerusform>%1 (%n-mal)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n map(s)</source>
        <translation>
            <numerusform>%n Diagramm</numerusform>
            <numerusform>%n Diagramme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n Bahn</numerusform>
            <numerusform>%n Bahnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(s)</source>
        <translation>
            <numerusform>%n Aktivität</numerusform>
            <numerusform>%n Aktivitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gateway(s)</source>
        <translation>
            <numerusform>%n Gateway</numerusform>
            <numerusform>%n Gateways</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n Fluss</numerusform>
            <numerusform>%n Flüsse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1: die Datei kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>Working hours &quot;%1&quot;, at character %2: %3.</source>
        <translation>Arbeitszeiten „%1“, bei Zeichen %2: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; gives hours but no days (write them first, as in Mon-Fri 09:00-18:00)</source>
        <translation>„%1“ nennt Uhrzeiten, aber keine Tage (geben Sie diese zuerst an, wie in Mon-Fri 09:00-18:00)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; gives days but no hours (as in Mon-Fri 09:00-18:00)</source>
        <translation>„%1“ nennt Tage, aber keine Uhrzeiten (wie in Mon-Fri 09:00-18:00)</translation>
    </message>
    <message>
        <source>a day is missing between commas</source>
        <translation>zwischen zwei Kommas fehlt ein Tag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day or a range of days</source>
        <translation>„%1“ ist weder ein Tag noch ein Bereich von Tagen</translation>
    </message>
    <message>
        <source>a day is missing in &quot;%1&quot;</source>
        <translation>in „%1“ fehlt ein Tag</translation>
    </message>
    <message>
        <source>unknown day &quot;%1&quot; (the days are Mon, Tue, Wed, Thu, Fri, Sat, Sun)</source>
        <translation>unbekannter Tag „%1“ (die Tage heißen Mon, Tue, Wed, Thu, Fri, Sat, Sun)</translation>
    </message>
    <message>
        <source>%1 has its hours given twice (give each day once)</source>
        <translation>für %1 sind die Uhrzeiten doppelt angegeben (geben Sie jeden Tag nur einmal an)</translation>
    </message>
    <message>
        <source>hours are missing between commas</source>
        <translation>zwischen zwei Kommas fehlen Uhrzeiten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a span of hours such as 09:00-18:00</source>
        <translation>„%1“ ist keine Zeitspanne wie 09:00-18:00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day from 00:00 to 24:00</source>
        <translation>„%1“ ist keine Uhrzeit zwischen 00:00 und 24:00</translation>
    </message>
    <message>
        <source>a span cannot start at 24:00</source>
        <translation>eine Zeitspanne kann nicht um 24:00 beginnen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>„%1“ ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends before it starts (a night shift is two spans: Mon-Fri 22:00-24:00; Tue-Sat 00:00-06:00)</source>
        <translation>„%1“ endet vor dem Beginn (eine Nachtschicht besteht aus zwei Zeitspannen: Mon-Fri 22:00-24:00; Tue-Sat 00:00-06:00)</translation>
    </message>
    <message>
        <source>the spans of &quot;%1&quot; overlap</source>
        <translation>die Zeitspannen von „%1“ überschneiden sich</translation>
    </message>
    <message>
        <source>No working hours given (write them as in Mon-Fri 09:00-18:00).</source>
        <translation>Keine Arbeitszeiten angegeben (schreiben Sie sie wie in Mon-Fri 09:00-18:00).</translation>
    </message>
    <message>
        <source>Holidays &quot;%1&quot;: &quot;%2&quot; is not a date as YYYY-MM-DD.</source>
        <translation>Feiertage „%1“: „%2“ ist kein Datum im Format JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; (give an IANA name such as Europe/Berlin, America/New_York or UTC).</source>
        <translation>Unbekannte Zeitzone „%1“ (geben Sie einen IANA-Namen an, etwa Europe/Berlin, America/New_York oder UTC).</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>%n Feiertag</numerusform>
            <numerusform>%n Feiertage</numerusform>
        </translation>
    </message>
</context>
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
    <message>
        <source>import-runs: create the process when it does not exist and draft its map from the runs.</source>
        <translation>import-runs: den Prozess anlegen, falls es ihn nicht gibt, und sein Diagramm aus den Durchläufen entwerfen.</translation>
    </message>
    <message>
        <source>import-runs: replace the runs of cases the process already has.</source>
        <translation>import-runs: die Durchläufe von Fällen ersetzen, die der Prozess schon hat.</translation>
    </message>
    <message>
        <source>import-runs: the column or attribute of the case id.</source>
        <translation>import-runs: die Spalte oder das Attribut der Fall-ID.</translation>
    </message>
    <message>
        <source>import-runs: the column or attribute of the activity.</source>
        <translation>import-runs: die Spalte oder das Attribut der Aktivität.</translation>
    </message>
    <message>
        <source>import-runs: the column of the start timestamp.</source>
        <translation>import-runs: die Spalte des Startzeitpunkts.</translation>
    </message>
    <message>
        <source>import-runs: the column of the (complete) timestamp.</source>
        <translation>import-runs: die Spalte des (Abschluss-)Zeitpunkts.</translation>
    </message>
    <message>
        <source>import-runs: the same as --complete.</source>
        <translation>import-runs: dasselbe wie --complete.</translation>
    </message>
    <message>
        <source>import-runs: the column or attribute of the resource.</source>
        <translation>import-runs: die Spalte oder das Attribut der Ressource.</translation>
    </message>
    <message>
        <source>import-runs: the format of the timestamps, a Qt date-time pattern such as &quot;dd.MM.yyyy HH:mm&quot; (default: detected).</source>
        <translation>import-runs: das Format der Zeitpunkte, ein Qt-Datumsmuster wie „dd.MM.yyyy HH:mm“ (Standard: erkannt).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Import the runs of an event log into a process (all or nothing). --create makes the process when it does not exist and drafts its map from the runs; a case the process already has is refused unless --replace. Fields are guessed from the usual names unless given.</source>
        <translation>Die Durchläufe eines Ereignisprotokolls in einen Prozess importieren (ganz oder gar nicht). --create legt den Prozess an, falls es ihn nicht gibt, und entwirft sein Diagramm aus den Durchläufen; ein Fall, den der Prozess schon hat, wird ohne --replace abgelehnt. Felder werden an den üblichen Namen erkannt, sofern nicht angegeben.</translation>
    </message>
    <message>
        <source>Give --complete or --timestamp, not both.</source>
        <translation>Geben Sie --complete oder --timestamp an, nicht beides.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Unbekannte Zeitzone „%1“.</translation>
    </message>
    <message>
        <source>There is no process &quot;%1&quot; (give --create to make it from the runs).</source>
        <translation>Es gibt keinen Prozess „%1“ (mit --create wird er aus den Durchläufen angelegt).</translation>
    </message>
    <message>
        <source>Created process &quot;%1&quot; (id %2) with %3 steps drafted from the runs.</source>
        <translation>Prozess „%1“ (ID %2) mit %3 aus den Durchläufen entworfenen Schritten angelegt.</translation>
    </message>
    <message>
        <source>Imported %1 runs (%2 events, %3 executions) into process %4.</source>
        <translation>%1 Durchläufe (%2 Ereignisse, %3 Ausführungen) in den Prozess %4 importiert.</translation>
    </message>
    <message>
        <source>%1 starts were never completed and make no execution.</source>
        <translation>%1 Starts wurden nie abgeschlossen und ergeben keine Ausführung.</translation>
    </message>
    <message>
        <source>%1 activities match no step of the map:</source>
        <translation>%1 Aktivitäten passen zu keinem Schritt des Diagramms:</translation>
    </message>
    <message>
        <source>--from wants a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--from erwartet ein Datum als JJJJ-MM-TT, nicht „%1“.</translation>
    </message>
    <message>
        <source>--to wants a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--to erwartet ein Datum als JJJJ-MM-TT, nicht „%1“.</translation>
    </message>
    <message>
        <source>import-runs: the time zone of timestamps without an offset, such as Europe/Berlin (default: UTC). set: the time zone of the business hours.</source>
        <translation>import-runs: die Zeitzone von Zeitstempeln ohne UTC-Versatz, etwa Europe/Berlin (Standard: UTC). set: die Zeitzone der Geschäftszeiten.</translation>
    </message>
    <message>
        <source>set: who answers for the process.</source>
        <translation>set: wer für den Prozess verantwortlich ist.</translation>
    </message>
    <message>
        <source>set: the cycle-time SLA target, such as 4h, 2d, 90min or 1d 4h; none clears it.</source>
        <translation>set: das SLA-Ziel für die Durchlaufzeit, etwa 4h, 2d, 90min oder 1d 4h; none entfernt es.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>set: the business hours, such as &quot;Mon-Fri 09:00-18:00&quot; or &quot;Mon-Thu 08:00-12:00,13:00-17:00; Fri 08:00-14:00&quot;; none switches the SLA clock back to calendar time.</source>
        <translation>set: die Geschäftszeiten, etwa &quot;Mon-Fri 09:00-18:00&quot; oder &quot;Mon-Thu 08:00-12:00,13:00-17:00; Fri 08:00-14:00&quot;; none stellt die SLA-Zeitmessung wieder auf Kalenderzeit um.</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>ZEITEN</translation>
    </message>
    <message>
        <source>set: the days off of the business hours, as YYYY-MM-DD separated by commas; none clears them.</source>
        <translation>set: die freien Tage der Geschäftszeiten, als JJJJ-MM-TT durch Kommas getrennt; none entfernt sie.</translation>
    </message>
    <message>
        <source>DATES</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>stats: measure every duration on the process&apos;s business hours.</source>
        <translation>stats: jede Dauer nach den Geschäftszeiten des Prozesses messen.</translation>
    </message>
    <message>
        <source>Change a process&apos;s owner, its cycle-time SLA target or its SLA clock. --calendar, --timezone and --holidays set its business hours (what is not given stays as it was, at first Mon-Fri 09:00-18:00, UTC, no holidays) and switch its SLA clock to them; --calendar none switches it back to calendar time and keeps the hours for stats --business-hours.</source>
        <translation>Die verantwortliche Person, das SLA-Ziel für die Durchlaufzeit oder die SLA-Zeitmessung eines Prozesses ändern. --calendar, --timezone und --holidays legen seine Geschäftszeiten fest (was nicht angegeben wird, bleibt unverändert, anfangs Mon-Fri 09:00-18:00, UTC, keine Feiertage) und stellen seine SLA-Zeitmessung auf sie um; --calendar none stellt sie wieder auf Kalenderzeit um und behält die Zeiten für stats --business-hours.</translation>
    </message>
    <message>
        <source>Print the run metrics of a process: cycle time, SLA, steps, transitions, variants. DATE is YYYY-MM-DD in UTC; a run counts when it started between the start of the --from day and the end of the --to day. Durations are calendar time, as pm4py computes them, unless --business-hours: then only the time inside the process&apos;s business hours counts (see set; a process without any uses Mon-Fri 09:00-18:00 UTC and says so on stderr).</source>
        <translation>Die Kennzahlen der Durchläufe eines Prozesses ausgeben: Durchlaufzeit, SLA, Schritte, Übergänge, Varianten. DATUM ist JJJJ-MM-TT in UTC; ein Durchlauf zählt, wenn er zwischen dem Beginn des --from-Tages und dem Ende des --to-Tages begann. Dauern sind Kalenderzeit, wie pm4py sie berechnet, außer mit --business-hours: Dann zählt nur die Zeit innerhalb der Geschäftszeiten des Prozesses (siehe set; ein Prozess ohne Geschäftszeiten verwendet Mon-Fri 09:00-18:00 UTC und meldet dies auf stderr).</translation>
    </message>
    <message>
        <source>set needs at least one of --owner, --sla, --calendar, --timezone and --holidays.</source>
        <translation>set erfordert mindestens eine der Optionen --owner, --sla, --calendar, --timezone und --holidays.</translation>
    </message>
    <message>
        <source>--calendar none switches the SLA clock back to calendar time: give it without --timezone and --holidays.</source>
        <translation>--calendar none stellt die SLA-Zeitmessung wieder auf Kalenderzeit um: Geben Sie es ohne --timezone und --holidays an.</translation>
    </message>
    <message>
        <source>--sla wants a duration such as 4h, 2d, 90min or 1d 4h (or none), not &quot;%1&quot;.</source>
        <translation>--sla erwartet eine Dauer wie 4h, 2d, 90min oder 1d 4h (oder none), nicht „%1“.</translation>
    </message>
    <message>
        <source>Process &quot;%1&quot; (id %2):</source>
        <translation>Prozess „%1“ (ID %2):</translation>
    </message>
    <message>
        <source>  owner:      %1</source>
        <translation>  Verantwortlich:  %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>  SLA target: %1</source>
        <translation>  SLA-Ziel:        %1</translation>
    </message>
    <message>
        <source>  SLA clock:  business hours, %1</source>
        <translation>  SLA-Messung:     Geschäftszeiten, %1</translation>
    </message>
    <message>
        <source>  SLA clock:  calendar time</source>
        <translation>  SLA-Messung:     Kalenderzeit</translation>
    </message>
    <message>
        <source>The business hours of process &quot;%1&quot; are damaged: %2</source>
        <translation>Die Geschäftszeiten des Prozesses „%1“ sind beschädigt: %2</translation>
    </message>
    <message>
        <source>Process &quot;%1&quot; has no business hours set; measuring on %2 (set them with: stepwise set PROCESS --calendar HOURS --timezone ZONE).</source>
        <translation>Für den Prozess „%1“ sind keine Geschäftszeiten festgelegt; gemessen wird nach %2 (festlegen mit: stepwise set PROZESS --calendar ZEITEN --timezone ZONE).</translation>
    </message>
    <message>
        <source>Durations in business hours: %1.</source>
        <translation>Dauern in Geschäftszeiten: %1.</translation>
    </message>
    <message>
        <source>import-bpmn: the name of the new process (default: the pool&apos;s or the file&apos;s).</source>
        <translation>import-bpmn: der Name des neuen Prozesses (Standard: der des Pools oder der Datei).</translation>
    </message>
    <message>
        <source>stats, report: only runs that started on or after DATE (YYYY-MM-DD, from 00:00 UTC).</source>
        <translation>stats, report: nur Durchläufe, die am DATUM oder danach begannen (JJJJ-MM-TT, ab 00:00 UTC).</translation>
    </message>
    <message>
        <source>stats, report: only runs that started on or before DATE (YYYY-MM-DD, the whole day up to 24:00 UTC).</source>
        <translation>stats, report: nur Durchläufe, die am DATUM oder davor begannen (JJJJ-MM-TT, der ganze Tag bis 24:00 UTC).</translation>
    </message>
    <message>
        <source>whatif: a step to automate, and by how much its processing time and the waiting before it shrink (0 to 100, default 70); give it once per step.</source>
        <translation>whatif: ein zu automatisierender Schritt und um wie viel seine Bearbeitungszeit und die Wartezeit davor schrumpfen (0 bis 100, Standard 70); für jeden Schritt einmal angeben.</translation>
    </message>
    <message>
        <source>STEP[=PERCENT]</source>
        <translation>SCHRITT[=PROZENT]</translation>
    </message>
    <message>
        <source>export: the paper, A4, A3 or Letter, or fit for one page as large as the map (default: A4 for a PDF, fit for SVG and PNG).</source>
        <translation>export: das Papier, A4, A3 oder Letter, oder fit für eine einzige Seite so groß wie das Diagramm (Standard: A4 für ein PDF, fit für SVG und PNG).</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>SEITE</translation>
    </message>
    <message>
        <source>export: landscape pages (default: landscape when the map is wider than tall).</source>
        <translation>export: Seiten im Querformat (Standard: Querformat, wenn das Diagramm breiter als hoch ist).</translation>
    </message>
    <message>
        <source>export: portrait pages.</source>
        <translation>export: Seiten im Hochformat.</translation>
    </message>
    <message>
        <source>export: draw the runs over the map: time colours the steps by their mean waiting + processing time, frequency draws the handoffs as wide as how often they were taken (default: none).</source>
        <translation>export: die Durchläufe über das Diagramm legen: time färbt die Schritte nach ihrer mittleren Warte- + Bearbeitungszeit, frequency zeichnet die Übergaben so breit, wie oft sie genommen wurden (Standard: none).</translation>
    </message>
    <message>
        <source>none|time|frequency</source>
        <translation>none|time|frequency</translation>
    </message>
    <message>
        <source>export: a PDF of the map at 100% over as many pages as it needs, after a page index, instead of fitting it on one page.</source>
        <translation>export: ein PDF des Diagramms in 100 % über so viele Seiten wie nötig, nach einer Seitenübersicht, statt es auf eine Seite einzupassen.</translation>
    </message>
    <message>
        <source>export: the resolution of a PNG (default 150).</source>
        <translation>export: die Auflösung eines PNG (Standard 150).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>export: a PNG without a background.</source>
        <translation>export: ein PNG ohne Hintergrund.</translation>
    </message>
    <message>
        <source>Create a process from a BPMN 2.0 file and print its id: its pools and lanes become lanes, its activities, events and gateways steps, its sequence flows handoffs, placed as its diagram shows them; the content of each expanded sub-process becomes a process of its own, linked from its step. What the file holds that a map does not (data objects, message flows, annotations, ...) is listed on stderr. A name the file gives that is taken gets &quot; (2)&quot; and so on; --name must be free.</source>
        <translation>Einen Prozess aus einer BPMN-2.0-Datei anlegen und seine ID ausgeben: Die Pools und Lanes der Datei werden zu Bahnen, ihre Aktivitäten, Ereignisse und Gateways zu Schritten, ihre Sequenzflüsse zu Übergaben, platziert wie in ihrer Zeichnung; der Inhalt jedes aufgeklappten Teilprozesses wird ein eigener Prozess, verknüpft von seinem Schritt aus. Was die Datei enthält, ein Diagramm aber nicht (Datenobjekte, Nachrichtenflüsse, Anmerkungen, ...), wird auf stderr aufgelistet. Ein Name aus der Datei, der schon vergeben ist, erhält &quot; (2)&quot; usw.; --name muss frei sein.</translation>
    </message>
    <message>
        <source>Replay the logged runs as if the steps were automated: in every run each step&apos;s processing time and the waiting before it shrink by PERCENT (default 70), and all that follows moves earlier by what was saved. Prints cycle time and SLA compliance before and after (on the process&apos;s SLA clock) and the hours saved per month (over the months from the first run&apos;s start to the last one&apos;s, at least one). STEP is a step&apos;s name, case and spaces aside; one with &quot;=&quot; in its name takes a percentage (&quot;a=b=70&quot;). A process without runs prints empty figures.</source>
        <translation>Die erfassten Durchläufe so nachspielen, als wären die Schritte automatisiert: In jedem Durchlauf schrumpfen die Bearbeitungszeit jedes Schritts und die Wartezeit davor um PROZENT (Standard 70), und alles Folgende rückt um die gesparte Zeit nach vorn. Gibt Durchlaufzeit und SLA-Einhaltung vorher und nachher aus (nach der SLA-Zeitmessung des Prozesses) sowie die gesparten Stunden pro Monat (über die Monate vom Start des ersten bis zu dem des letzten Durchlaufs, mindestens einen). SCHRITT ist der Name eines Schritts, Groß-/Kleinschreibung und Leerzeichen egal; einer mit &quot;=&quot; im Namen braucht eine Prozentangabe (&quot;a=b=70&quot;). Ein Prozess ohne Durchläufe gibt leere Werte aus.</translation>
    </message>
    <message>
        <source>Export the map with a title block and a legend: a PDF (vector, its text searchable), an SVG or a PNG. A PDF fits the map on one page unless --tile; --dpi and --transparent are for a PNG.</source>
        <translation>Das Diagramm mit Titelfeld und Legende exportieren: als PDF (Vektor, Text durchsuchbar), SVG oder PNG. Ein PDF passt das Diagramm auf eine Seite ein, außer mit --tile; --dpi und --transparent gelten für ein PNG.</translation>
    </message>
    <message>
        <source>Export the map as BPMN 2.0 with its diagram, for other modelling tools: one pool with a lane per lane, the definitions of done as documentation, and Stepwise&apos;s own fields as extension elements, so that import-bpmn gives the same map back. The child maps of expanded sub-processes are written inside them.</source>
        <translation>Das Diagramm als BPMN 2.0 mit Zeichnung exportieren, für andere Modellierungswerkzeuge: ein Pool mit einer Lane pro Bahn, die Definitions of Done als Dokumentation und die eigenen Felder von Stepwise als Erweiterungselemente, sodass import-bpmn dasselbe Diagramm zurückgibt. Die Unterdiagramme aufgeklappter Teilprozesse werden in diese hineingeschrieben.</translation>
    </message>
    <message>
        <source>Write a process report as a PDF for clients and new staff: its map, its steps with owners and definitions of done, the key figures and charts of the runs that started between --from and --to (default: the last 90 days up to today, UTC), and its diagnostic. The paper is A4 (default) or Letter.</source>
        <translation>Einen Prozessbericht als PDF für Kunden und neue Mitarbeitende schreiben: sein Diagramm, seine Schritte mit Verantwortlichen und Definitions of Done, die Kennzahlen und Grafiken der Durchläufe, die zwischen --from und --to begannen (Standard: die letzten 90 Tage bis heute, UTC), und seine Diagnose. Das Papier ist A4 (Standard) oder Letter.</translation>
    </message>
    <message>
        <source>--name wants a name.</source>
        <translation>--name erwartet einen Namen.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; from %2: %3.</source>
        <translation>&quot;%1&quot; aus %2 importiert: %3.</translation>
    </message>
    <message>
        <source>  sub-process map &quot;%1&quot; (id %2)</source>
        <translation>  Teilprozess-Diagramm &quot;%1&quot; (ID %2)</translation>
    </message>
    <message numerus="yes">
        <source>Not imported or changed (%n item(s)):</source>
        <translation>
            <numerusform>Nicht importiert oder geändert (%n Element):</numerusform>
            <numerusform>Nicht importiert oder geändert (%n Elemente):</numerusform>
        </translation>
    </message>
    <message>
        <source>whatif needs at least one --automate STEP[=PERCENT].</source>
        <translation>whatif erfordert mindestens ein --automate SCHRITT[=PROZENT].</translation>
    </message>
    <message>
        <source>--automate %1: the percentage must be a number from 0 to 100, not &quot;%2&quot;.</source>
        <translation>--automate %1: Die Prozentangabe muss eine Zahl von 0 bis 100 sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--automate %1: which step?</source>
        <translation>--automate %1: Welcher Schritt?</translation>
    </message>
    <message>
        <source>Process &quot;%1&quot; has no step &quot;%2&quot;.</source>
        <translation>Der Prozess &quot;%1&quot; hat keinen Schritt &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>export writes a .pdf, .svg or .png file, not &quot;%1&quot;.</source>
        <translation>export schreibt eine .pdf-, .svg- oder .png-Datei, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--page wants A4, A3, Letter or fit, not &quot;%1&quot;.</source>
        <translation>--page erwartet A4, A3, Letter oder fit, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give --landscape or --portrait, not both.</source>
        <translation>Geben Sie --landscape oder --portrait an, nicht beides.</translation>
    </message>
    <message>
        <source>--overlay wants none, time or frequency, not &quot;%1&quot;.</source>
        <translation>--overlay erwartet none, time oder frequency, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--tile is for a PDF.</source>
        <translation>--tile gilt nur für ein PDF.</translation>
    </message>
    <message>
        <source>--tile needs a paper size (--page A4, A3 or Letter).</source>
        <translation>--tile erfordert ein Papierformat (--page A4, A3 oder Letter).</translation>
    </message>
    <message>
        <source>--dpi and --transparent are for a PNG.</source>
        <translation>--dpi und --transparent gelten nur für ein PNG.</translation>
    </message>
    <message>
        <source>--dpi wants a number from 10 to 2400, not &quot;%1&quot;.</source>
        <translation>--dpi erwartet eine Zahl von 10 bis 2400, nicht &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Exported &quot;%1&quot; to %2 (%n page(s)).</source>
        <translation>
            <numerusform>&quot;%1&quot; nach %2 exportiert (%n Seite).</numerusform>
            <numerusform>&quot;%1&quot; nach %2 exportiert (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation>&quot;%1&quot; nach %2 exportiert.</translation>
    </message>
    <message>
        <source>report writes a .pdf file, not &quot;%1&quot;.</source>
        <translation>report schreibt eine .pdf-Datei, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>report prints on A4 or Letter, not &quot;%1&quot;.</source>
        <translation>report druckt auf A4 oder Letter, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Wrote the report of &quot;%1&quot; to %2.</source>
        <translation>Bericht von &quot;%1&quot; nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is empty (no header row)</source>
        <translation>die Datei ist leer (keine Kopfzeile)</translation>
    </message>
    <message>
        <source>a quoted field never ends (its closing quote is missing)</source>
        <translation>ein Feld in Anführungszeichen endet nie (das schließende Anführungszeichen fehlt)</translation>
    </message>
    <message>
        <source>a record is longer than %1 MiB (a quote that never closes?)</source>
        <translation>ein Datensatz ist länger als %1 MiB (ein nicht geschlossenes Anführungszeichen?)</translation>
    </message>
    <message>
        <source>cannot read the timestamp &quot;%1&quot; in column &quot;%2&quot;</source>
        <translation>der Zeitstempel „%1“ in Spalte „%2“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 Felder wie in der Kopfzeile erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is empty</source>
        <translation>Spalte „%1“ ist leer</translation>
    </message>
    <message>
        <source>columns &quot;%1&quot; and &quot;%2&quot; are both empty</source>
        <translation>die Spalten „%1“ und „%2“ sind beide leer</translation>
    </message>
    <message>
        <source>(and 1 more line is bad)</source>
        <translation>(und 1 weitere fehlerhafte Zeile)</translation>
    </message>
    <message>
        <source>(and %1 more lines are bad)</source>
        <translation>(und %1 weitere fehlerhafte Zeilen)</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
</context>
<context>
    <name>EventLogReader</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: unknown kind of event log (expected .csv, .tsv, .txt, .xes, .xes.gz)</source>
        <translation>%1: unbekannte Art von Ereignisprotokoll (erwartet: .csv, .tsv, .txt, .xes, .xes.gz)</translation>
    </message>
</context>
<context>
    <name>FieldMapping</name>
    <message>
        <source>no column &quot;%1&quot; (given with %2); the columns are: %3</source>
        <translation>keine Spalte „%1“ (angegeben mit %2); vorhandene Spalten: %3</translation>
    </message>
    <message>
        <source>no column for %1 (looked for names like %2); name it with %3; the columns are: %4</source>
        <translation>keine Spalte für %1 (gesucht wurde nach Namen wie %2); geben Sie sie mit %3 an; vorhandene Spalten: %4</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>den Fall</translation>
    </message>
    <message>
        <source>the activity</source>
        <translation>die Aktivität</translation>
    </message>
    <message>
        <source>the timestamp</source>
        <translation>den Zeitstempel</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>No process to import the runs into.</source>
        <translation>Kein Prozess, in den die Durchläufe importiert werden könnten.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1: the file holds no events.</source>
        <translation>%1: Die Datei enthält keine Ereignisse.</translation>
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
    <message>
        <source>the process</source>
        <translation>der Prozess</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Stepwise::BpmnImportDialog</name>
    <message numerus="yes">
        <source>Not imported (%n)</source>
        <translation>
            <numerusform>Nicht importiert (%n)</numerusform>
            <numerusform>Nicht importiert (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>References to what the file does not have (%n)</source>
        <translation>
            <numerusform>Verweise auf Dinge, die die Datei nicht enthält (%n)</numerusform>
            <numerusform>Verweise auf Dinge, die die Datei nicht enthält (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other tools&apos; extensions, skipped (%n)</source>
        <translation>
            <numerusform>Erweiterungen anderer Werkzeuge, übersprungen (%n)</numerusform>
            <numerusform>Erweiterungen anderer Werkzeuge, übersprungen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported, but changed (%n)</source>
        <translation>
            <numerusform>Importiert, aber geändert (%n)</numerusform>
            <numerusform>Importiert, aber geändert (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import BPMN</source>
        <translation>BPMN importieren</translation>
    </message>
    <message>
        <source>Importing &lt;b&gt;%1&lt;/b&gt;…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird importiert…</translation>
    </message>
    <message>
        <source>What the import left out or changed</source>
        <translation>Was beim Import weggelassen oder geändert wurde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>&amp;Open the Map</source>
        <translation>&amp;Diagramm öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; could not be imported: nothing was added.&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; konnte nicht importiert werden: Es wurde nichts hinzugefügt.&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is now the process &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist jetzt der Prozess &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>Bahnen:</translation>
    </message>
    <message>
        <source>Activities:</source>
        <translation>Aktivitäten:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <source>Gateways (decisions):</source>
        <translation>Gateways (Entscheidungen):</translation>
    </message>
    <message>
        <source>Handoffs:</source>
        <translation>Übergaben:</translation>
    </message>
    <message numerus="yes">
        <source>%n more map(s) for sub-processes: %1</source>
        <translation>
            <numerusform>%n weiteres Diagramm für Teilprozesse: %1</numerusform>
            <numerusform>%n weitere Diagramme für Teilprozesse: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Stepwise laid out what the file has no diagram for.</source>
        <translation>Stepwise hat angeordnet, wofür die Datei keine Zeichnung hat.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n times)</source>
        <translation>
            <numerusform>%1 (%n-mal)</numerusform>
            <numerusform>%1 (%n-mal)</numerusform>
        </translation>
    </message>
    <message>
        <source>What a Stepwise map has no place for, and what was changed on the way:</source>
        <translation>Wofür ein Stepwise-Diagramm keinen Platz hat und was unterwegs geändert wurde:</translation>
    </message>
    <message>
        <source>Everything in the file came in.</source>
        <translation>Alles aus der Datei wurde übernommen.</translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn *.bpmn2 *.xml);;All files (*)</source>
        <translation>BPMN-2.0-Dateien (*.bpmn *.bpmn2 *.xml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Stepwise::Candidates</name>
    <message>
        <source>enter, entry, input, type in, fill in, record, register, log, copy</source>
        <comment>words (separated by commas) in a step&apos;s name that say it types data into a system</comment>
        <translation>eingeben, eingabe, dateneingabe, daten eingeben, eintragen, erfassen, erfassung, ausfüllen, registrieren, protokollieren, kopieren, übertragen, einpflegen, abtippen</translation>
    </message>
    <message>
        <source>notify, notification, send, email, mail, remind, inform, alert, message</source>
        <comment>words (separated by commas) in a step&apos;s name that say it sends a message</comment>
        <translation>benachrichtigen, benachrichtigung, senden, versenden, schicken, e-mail, mail, erinnern, erinnerung, informieren, nachricht, mitteilen, mitteilung, melden</translation>
    </message>
    <message>
        <source>approve, approval, authorise, authorize, sign off</source>
        <comment>words (separated by commas) in a step&apos;s name that say it approves</comment>
        <translation>freigeben, freigabe, genehmigen, genehmigung, bewilligen, autorisieren, abzeichnen, zustimmen, zustimmung</translation>
    </message>
    <message>
        <source>status, update, close</source>
        <comment>words (separated by commas) in a step&apos;s name that say it updates a status</comment>
        <translation>status, aktualisieren, aktualisierung, schließen, archivieren</translation>
    </message>
    <message>
        <source>less than once a month</source>
        <translation>seltener als einmal pro Monat</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln time(s) a month</source>
        <translation>
            <numerusform>etwa einmal pro Monat</numerusform>
            <numerusform>etwa %Ln-mal pro Monat</numerusform>
        </translation>
    </message>
    <message>
        <source>Its name says data entry: typing data into a system follows fixed rules that a form, an import or an integration can apply.</source>
        <translation>Der Name deutet auf Dateneingabe hin: Das Eintippen von Daten in ein System folgt festen Regeln, die ein Formular, ein Import oder eine Integration anwenden kann.</translation>
    </message>
    <message>
        <source>Its name says it sends a message: a template sent when something happens can do that.</source>
        <translation>Der Name deutet auf das Senden einer Nachricht hin: Das kann eine Vorlage übernehmen, die verschickt wird, wenn etwas geschieht.</translation>
    </message>
    <message>
        <source>Its name says approval: clear criteria can decide the usual cases, and the rest can be routed and reminded automatically.</source>
        <translation>Der Name deutet auf eine Freigabe hin: Klare Kriterien können über die üblichen Fälle entscheiden, der Rest kann automatisch weitergeleitet und angemahnt werden.</translation>
    </message>
    <message>
        <source>Its name says status update: the system can set a status from what happened before.</source>
        <translation>Der Name deutet auf eine Statusänderung hin: Das System kann einen Status anhand dessen setzen, was vorher geschah.</translation>
    </message>
    <message>
        <source>it is data entry</source>
        <translation>Dateneingabe</translation>
    </message>
    <message>
        <source>it sends a message</source>
        <translation>sendet eine Nachricht</translation>
    </message>
    <message>
        <source>it is an approval</source>
        <translation>eine Freigabe</translation>
    </message>
    <message>
        <source>it updates a status</source>
        <translation>ändert einen Status</translation>
    </message>
    <message>
        <source>it carries data between systems by hand</source>
        <translation>trägt Daten von Hand zwischen Systemen</translation>
    </message>
    <message>
        <source>it is frequent, steady work</source>
        <translation>häufige, gleichmäßige Arbeit</translation>
    </message>
    <message>
        <source>it mostly waits to be started</source>
        <translation>wartet meist darauf, begonnen zu werden</translation>
    </message>
    <message>
        <source>it is marked as a candidate</source>
        <translation>als Kandidat markiert</translation>
    </message>
    <message>
        <source>the map has a problem there</source>
        <translation>das Diagramm hat dort ein Problem</translation>
    </message>
    <message>
        <source>it is done again in %1 of the runs that have it</source>
        <translation>wird in %1 der Durchläufe, in denen er vorkommt, wiederholt</translation>
    </message>
    <message>
        <source>its time varies widely</source>
        <translation>die Dauer schwankt stark</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>It happens %1.</source>
        <translation>Das geschieht %1.</translation>
    </message>
    <message numerus="yes">
        <source>It is done by hand across %n system(s) (%1): an integration can carry the data from one to the other.</source>
        <translation>
            <numerusform>Der Schritt wird von Hand über %n System hinweg erledigt (%1): Eine Integration kann die Daten von einem zum anderen übertragen.</numerusform>
            <numerusform>Der Schritt wird von Hand über %n Systeme hinweg erledigt (%1): Eine Integration kann die Daten von einem zum anderen übertragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is done %1 and takes about the same time each time (%2 on average, give or take %3): routine work that a script can do.</source>
        <translation>Der Schritt kommt %1 vor und dauert jedes Mal etwa gleich lang (im Mittel %2, plus/minus %3): Routinearbeit, die ein Skript erledigen kann.</translation>
    </message>
    <message>
        <source>It waits %1 on average before anyone starts it, %2 of its time: done automatically, it would start at once.</source>
        <translation>Der Schritt wartet im Mittel %1, bis jemand ihn beginnt, %2 seiner Zeit: Automatisch erledigt, würde er sofort beginnen.</translation>
    </message>
    <message>
        <source>Marked on the map; none of the rules finds it.</source>
        <translation>Im Diagramm markiert; keine der Regeln findet ihn.</translation>
    </message>
    <message>
        <source>The map has a problem here: %1</source>
        <translation>Das Diagramm hat hier ein Problem: %1</translation>
    </message>
    <message>
        <source>It is done again in %1 of the runs that have it (%2 of %3): find out why before automating it, or the automation repeats the mistakes.</source>
        <translation>Der Schritt wird in %1 der Durchläufe, in denen er vorkommt, wiederholt (%2 von %3): Klären Sie vor dem Automatisieren die Ursache, sonst wiederholt die Automatisierung die Fehler.</translation>
    </message>
    <message>
        <source>Its time varies widely (%1 on average, give or take %2): make the work predictable before automating it.</source>
        <translation>Seine Dauer schwankt stark (im Mittel %1, plus/minus %2): Machen Sie die Arbeit vorhersehbar, bevor Sie sie automatisieren.</translation>
    </message>
    <message>
        <source>The map has no tasks yet: draw the work on the Map tab first.</source>
        <translation>Das Diagramm hat noch keine Aufgaben: Zeichnen Sie die Arbeit zuerst auf der Registerkarte „Diagramm“.</translation>
    </message>
    <message>
        <source>The runs logged spent no time in the tasks of the map: check that the task names match the activities of the runs.</source>
        <translation>Die erfassten Durchläufe haben keine Zeit in den Aufgaben des Diagramms verbracht: Prüfen Sie, ob die Namen der Aufgaben zu den Aktivitäten der Durchläufe passen.</translation>
    </message>
    <message>
        <source>Nothing to measure yet: log or import runs, or enter how often the process runs (Runs per month, in the process&apos;s properties) and how long its tasks take, to see what each task costs.</source>
        <translation>Noch nichts zu messen: Erfassen oder importieren Sie Durchläufe oder geben Sie an, wie oft der Prozess läuft (Durchläufe pro Monat, in den Eigenschaften des Prozesses) und wie lange seine Aufgaben dauern, um zu sehen, was jede Aufgabe kostet.</translation>
    </message>
    <message>
        <source>%1 costs the most time: about %2 a month, as it takes %3 and the process runs %4.</source>
        <translation>%1 kostet am meisten Zeit: etwa %2 pro Monat, da die Aufgabe %3 dauert und der Prozess %4 läuft.</translation>
    </message>
    <message>
        <source>%1 holds the runs up the most: about %2 a month across all runs, mostly waiting before anyone starts it (%3 each time on average); the work itself takes %4 a month.</source>
        <translation>%1 hält die Durchläufe am meisten auf: etwa %2 pro Monat über alle Durchläufe, meist Wartezeit, bis jemand die Aufgabe beginnt (im Mittel %3 pro Mal); die Arbeit selbst dauert %4 pro Monat.</translation>
    </message>
    <message>
        <source>%1 costs the most time: about %2 a month across all runs, mostly the work itself (%3 each time on average).</source>
        <translation>%1 kostet am meisten Zeit: etwa %2 pro Monat über alle Durchläufe, meist die Arbeit selbst (im Mittel %3 pro Mal).</translation>
    </message>
    <message>
        <source>%1 costs the most time: about %2 a month across all runs, about half of it waiting before anyone starts it.</source>
        <translation>%1 kostet am meisten Zeit: etwa %2 pro Monat über alle Durchläufe, davon etwa die Hälfte Wartezeit, bis jemand die Aufgabe beginnt.</translation>
    </message>
    <message>
        <source>Automating %1 would save about %2 a month, %3 of it work time (%4).</source>
        <translation>Die Automatisierung von %1 würde etwa %2 pro Monat sparen, davon %3 Arbeitszeit (%4).</translation>
    </message>
    <message>
        <source>Automating %1 would save about %2 a month (%3).</source>
        <translation>Die Automatisierung von %1 würde etwa %2 pro Monat sparen (%3).</translation>
    </message>
    <message>
        <source>Fix %1 before automating it: %2.</source>
        <translation>%1 zuerst verbessern, dann automatisieren: %2.</translation>
    </message>
    <message>
        <source>Quick wins, much time saved for little effort: %1.</source>
        <translation>Schnelle Erfolge, viel Zeitersparnis für wenig Aufwand: %1.</translation>
    </message>
    <message>
        <source>Enter an effort estimate for %1 (in the step&apos;s properties) to see which candidates are quick wins.</source>
        <translation>Geben Sie einen geschätzten Aufwand für %1 ein (in den Eigenschaften des Schritts), um zu sehen, welche Kandidaten schnelle Erfolge sind.</translation>
    </message>
    <message>
        <source>These figures come from the expected durations and the runs per month entered; logged runs will replace them.</source>
        <translation>Diese Werte beruhen auf den erwarteten Dauern und den eingegebenen Durchläufen pro Monat; erfasste Durchläufe ersetzen sie.</translation>
    </message>
    <message>
        <source>None of the rules finds a task worth automating.</source>
        <translation>Keine der Regeln findet eine Aufgabe, deren Automatisierung sich lohnt.</translation>
    </message>
</context>
<context>
    <name>Stepwise::ChartCard</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export this chart as PNG or PDF</source>
        <translation>Diese Grafik als PNG oder PDF exportieren</translation>
    </message>
    <message>
        <source>Export as &amp;PNG...</source>
        <translation>Als &amp;PNG exportieren...</translation>
    </message>
    <message>
        <source>Export as P&amp;DF...</source>
        <translation>Als P&amp;DF exportieren...</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Grafik exportieren</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>Die Grafik konnte nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Stepwise::Checkpoint</name>
    <message>
        <source>median cycle time</source>
        <translation>Median der Durchlaufzeit</translation>
    </message>
    <message>
        <source>90th percentile of the cycle time</source>
        <translation>90. Perzentil der Durchlaufzeit</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>rework rate</source>
        <translation>Nacharbeitsquote</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Keep the target</source>
        <translation>Ziel beibehalten</translation>
    </message>
    <message>
        <source>Adjust the target</source>
        <translation>Ziel anpassen</translation>
    </message>
    <message>
        <source>Change the process</source>
        <translation>Prozess ändern</translation>
    </message>
    <message>
        <source>in 2 weeks</source>
        <translation>in 2 Wochen</translation>
    </message>
    <message>
        <source>in 30 days</source>
        <translation>in 30 Tagen</translation>
    </message>
    <message>
        <source>in 1 month</source>
        <translation>in 1 Monat</translation>
    </message>
    <message>
        <source>in 3 months</source>
        <translation>in 3 Monaten</translation>
    </message>
    <message>
        <source>in 6 months</source>
        <translation>in 6 Monaten</translation>
    </message>
</context>
<context>
    <name>Stepwise::CheckpointPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; over %n run(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; bei %n Durchlauf</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; bei %n Durchläufen</numerusform>
        </translation>
    </message>
    <message>
        <source>The share of runs in which some step is done more than once</source>
        <translation>Der Anteil der Durchläufe, in denen ein Schritt mehr als einmal erledigt wird</translation>
    </message>
    <message>
        <source>The share of runs that reached an end of the map</source>
        <translation>Der Anteil der Durchläufe, die ein Ende des Diagramms erreicht haben</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>Hold the value against the target, record what you decide and when to look again</source>
        <translation>Den Wert mit dem Ziel vergleichen, Ihre Entscheidung festhalten und festlegen, wann Sie wieder hinschauen</translation>
    </message>
    <message>
        <source>Stop &amp;Watching</source>
        <translation>Beobachtung &amp;beenden</translation>
    </message>
    <message>
        <source>Remove the checkpoint; its reviews stay in the history</source>
        <translation>Den Kontrollpunkt entfernen; seine Prüfungen bleiben im Verlauf</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Review &amp;on:</source>
        <translation>Prüfen &amp;am:</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Kontrollpunkt</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Prüfung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Wird gemessen…</translation>
    </message>
    <message>
        <source>The runs could not be read: %1</source>
        <translation>Die Durchläufe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No runs started since %1 yet.</source>
        <translation>Seit %1 hat noch kein Durchlauf begonnen.</translation>
    </message>
    <message numerus="yes">
        <source>Since %1: %n run(s), but the %2 cannot be measured on them.</source>
        <translation>
            <numerusform>Seit %1: %n Durchlauf, aber %2 lässt sich daran nicht messen.</numerusform>
            <numerusform>Seit %1: %n Durchläufe, aber %2 lässt sich daran nicht messen.</numerusform>
        </translation>
    </message>
    <message>
        <source>on target</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>off target</source>
        <translation>Ziel verfehlt</translation>
    </message>
    <message>
        <source>Since %1: %2.</source>
        <translation>Seit %1: %2.</translation>
    </message>
    <message>
        <source>Since %1: %2, %3.</source>
        <translation>Seit %1: %2, %3.</translation>
    </message>
    <message>
        <source>The 30 days before: %1.</source>
        <translation>Die 30 Tage davor: %1.</translation>
    </message>
    <message>
        <source>The last 30 days: %1.</source>
        <translation>Die letzten 30 Tage: %1.</translation>
    </message>
    <message>
        <source>No runs in the last 30 days to measure it on.</source>
        <translation>Keine Durchläufe in den letzten 30 Tagen, an denen es sich messen ließe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No checkpoint yet.&lt;/b&gt; Pick the one figure that tells whether this process works, a target for it, and a day to look at it again.</source>
        <translation>&lt;b&gt;Noch kein Kontrollpunkt.&lt;/b&gt; Wählen Sie die eine Kennzahl, die zeigt, ob dieser Prozess funktioniert, ein Ziel dafür und einen Tag, an dem Sie wieder hinschauen.</translation>
    </message>
    <message>
        <source>&amp;Set Checkpoint</source>
        <translation>Kontrollpunkt &amp;festlegen</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;due today&lt;/b&gt;</source>
        <translation>&lt;b&gt;heute fällig&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n day(s) overdue&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Tag überfällig&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Tage überfällig&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Watching the %1&lt;/b&gt;: at most %2. Review on %3 (%4).</source>
        <translation>&lt;b&gt;Beobachtet wird %1&lt;/b&gt;: höchstens %2. Prüfung am %3 (%4).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Watching the %1&lt;/b&gt;: at least %2. Review on %3 (%4).</source>
        <translation>&lt;b&gt;Beobachtet wird %1&lt;/b&gt;: mindestens %2. Prüfung am %3 (%4).</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>The process has no SLA target yet: set one in its properties first.</source>
        <translation>Der Prozess hat noch kein SLA-Ziel: Legen Sie zuerst eines in seinen Eigenschaften fest.</translation>
    </message>
    <message>
        <source>Another metric starts a new checkpoint; the reviews so far stay in the history.</source>
        <translation>Eine andere Kennzahl beginnt einen neuen Kontrollpunkt; die bisherigen Prüfungen bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Enter a target first.</source>
        <translation>Geben Sie zuerst ein Ziel ein.</translation>
    </message>
    <message>
        <source>The checkpoint could not be set.</source>
        <translation>Der Kontrollpunkt konnte nicht festgelegt werden.</translation>
    </message>
    <message>
        <source>The checkpoint could not be removed.</source>
        <translation>Der Kontrollpunkt konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The review could not be recorded.</source>
        <translation>Die Prüfung konnte nicht erfasst werden.</translation>
    </message>
    <message>
        <source>Nothing to measure</source>
        <translation>Nichts zu messen</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>Ziel verfehlt</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>Noch keine Prüfungen.</translation>
    </message>
</context>
<context>
    <name>Stepwise::CheckpointReviewDialog</name>
    <message>
        <source>Review Checkpoint</source>
        <translation>Kontrollpunkt prüfen</translation>
    </message>
    <message>
        <source>No runs started since %1: there is nothing to measure yet.</source>
        <translation>Seit %1 hat kein Durchlauf begonnen: Es gibt noch nichts zu messen.</translation>
    </message>
    <message>
        <source>The %1 cannot be measured on these runs.</source>
        <translation>%1 lässt sich für diese Durchläufe nicht messen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;On target.&lt;/b&gt; The %1 is &lt;b&gt;%2&lt;/b&gt; over %n run(s) since %3.</source>
        <translation>
            <numerusform>&lt;b&gt;Ziel erreicht.&lt;/b&gt; %1 beträgt &lt;b&gt;%2&lt;/b&gt; bei %n Durchlauf seit %3.</numerusform>
            <numerusform>&lt;b&gt;Ziel erreicht.&lt;/b&gt; %1 beträgt &lt;b&gt;%2&lt;/b&gt; bei %n Durchläufen seit %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Off target.&lt;/b&gt; The %1 is &lt;b&gt;%2&lt;/b&gt; over %n run(s) since %3.</source>
        <translation>
            <numerusform>&lt;b&gt;Ziel verfehlt.&lt;/b&gt; %1 beträgt &lt;b&gt;%2&lt;/b&gt; bei %n Durchlauf seit %3.</numerusform>
            <numerusform>&lt;b&gt;Ziel verfehlt.&lt;/b&gt; %1 beträgt &lt;b&gt;%2&lt;/b&gt; bei %n Durchläufen seit %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The target: at most %1.</source>
        <translation>Das Ziel: höchstens %1.</translation>
    </message>
    <message>
        <source>The target: at least %1.</source>
        <translation>Das Ziel: mindestens %1.</translation>
    </message>
    <message>
        <source>What was decided, and why</source>
        <translation>Was entschieden wurde und warum</translation>
    </message>
    <message>
        <source>&amp;Record Review</source>
        <translation>Prüfung &amp;erfassen</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Next review:</source>
        <translation>Nächste &amp;Prüfung:</translation>
    </message>
    <message>
        <source>Checkpoint: %1</source>
        <translation>Kontrollpunkt: %1</translation>
    </message>
    <message>
        <source>Enter the new target.</source>
        <translation>Geben Sie das neue Ziel ein.</translation>
    </message>
    <message>
        <source>The next review is after today.</source>
        <translation>Die nächste Prüfung muss nach dem heutigen Tag liegen.</translation>
    </message>
</context>
<context>
    <name>Stepwise::CheckpointTargetEdit</name>
    <message>
        <source>e.g. 2d or 4h 30min</source>
        <translation>z. B. 2d oder 4h 30min</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
</context>
<context>
    <name>Stepwise::DashboardView</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Runs started in:</source>
        <translation>&amp;Durchläufe mit Start in:</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>The last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>The last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Which runs count: by the day they started, up to the latest run of the process (UTC)</source>
        <translation>Welche Durchläufe zählen: nach dem Tag ihres Starts, bis zum letzten Durchlauf des Prozesses (UTC)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation>Wird berechnet...</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source>Median cycle time</source>
        <translation>Median der Durchlaufzeit</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>Nine runs in ten take at most this long</source>
        <translation>Neun von zehn Durchläufen dauern höchstens so lange</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>The share of runs whose cycle time is at most the target</source>
        <translation>Der Anteil der Durchläufe, deren Durchlaufzeit höchstens dem Ziel entspricht</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Runs whose last step is not an end of the map, nor leads to one: still under way, or given up</source>
        <translation>Durchläufe, deren letzter Schritt weder ein Ende des Diagramms ist noch zu einem führt: noch in Arbeit oder aufgegeben</translation>
    </message>
    <message>
        <source>Cycle time per week</source>
        <translation>Durchlaufzeit pro Woche</translation>
    </message>
    <message>
        <source>Cycle times</source>
        <translation>Durchlaufzeiten</translation>
    </message>
    <message>
        <source>SLA compliance per week</source>
        <translation>SLA-Einhaltung pro Woche</translation>
    </message>
    <message>
        <source>Throughput per week</source>
        <translation>Durchsatz pro Woche</translation>
    </message>
    <message>
        <source>Where the time goes</source>
        <translation>Wo die Zeit bleibt</translation>
    </message>
    <message>
        <source>Slowest handoffs</source>
        <translation>Langsamste Übergaben</translation>
    </message>
    <message>
        <source>Mean waiting and processing time per step, the most first. Click a step to show it on the map.</source>
        <translation>Mittlere Warte- und Bearbeitungszeit pro Schritt, die größte zuerst. Klicken Sie auf einen Schritt, um ihn im Diagramm anzuzeigen.</translation>
    </message>
    <message>
        <source>Mean delay between two steps, the longest first</source>
        <translation>Mittlere Verzögerung zwischen zwei Schritten, die längste zuerst</translation>
    </message>
    <message>
        <source>No run started in this window: choose a longer one.</source>
        <translation>In diesem Zeitraum hat kein Durchlauf begonnen: Wählen Sie einen längeren.</translation>
    </message>
    <message>
        <source>Reading the runs...</source>
        <translation>Durchläufe werden gelesen...</translation>
    </message>
    <message>
        <source>No process open</source>
        <translation>Kein Prozess geöffnet</translation>
    </message>
    <message>
        <source>Select a process on the left to see its dashboard.</source>
        <translation>Wählen Sie links einen Prozess aus, um sein Dashboard zu sehen.</translation>
    </message>
    <message>
        <source>The runs could not be read</source>
        <translation>Die Durchläufe konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Nothing to measure yet</source>
        <translation>Noch nichts zu messen</translation>
    </message>
    <message>
        <source>Cycle time, SLA compliance, waiting versus working time and bottlenecks appear here once the process has runs: log them by hand or import an event log.</source>
        <translation>Durchlaufzeit, SLA-Einhaltung, Warte- gegenüber Arbeitszeit und Engpässe erscheinen hier, sobald der Prozess Durchläufe hat: Erfassen Sie sie von Hand oder importieren Sie ein Ereignisprotokoll.</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>the first run</source>
        <translation>erster Durchlauf</translation>
    </message>
    <message>
        <source>the last run</source>
        <translation>letzter Durchlauf</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>Mittelwert %1</translation>
    </message>
    <message>
        <source>longest %1</source>
        <translation>längster %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln run(s) within %2</source>
        <translation>
            <numerusform>%1 von %Ln Durchlauf innerhalb von %2</numerusform>
            <numerusform>%1 von %Ln Durchläufen innerhalb von %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no target set for this process</source>
        <translation>kein Ziel für diesen Prozess festgelegt</translation>
    </message>
    <message>
        <source>not at an end of the map</source>
        <translation>nicht an einem Ende des Diagramms</translation>
    </message>
    <message>
        <source>the map has no end step</source>
        <translation>das Diagramm hat keinen Endschritt</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>SLA target %1</source>
        <translation>SLA-Ziel %1</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Länger</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>bars of %1</source>
        <translation>Balken zu je %1</translation>
    </message>
    <message>
        <source>runs within %1</source>
        <translation>Durchläufe innerhalb von %1</translation>
    </message>
    <message>
        <source>% of runs</source>
        <translation>% der Durchläufe</translation>
    </message>
    <message>
        <source>No SLA target: set the process&apos;s cycle-time target in its properties.</source>
        <translation>Kein SLA-Ziel: Legen Sie das Ziel für die Durchlaufzeit in den Eigenschaften des Prozesses fest.</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Innerhalb des Ziels</translation>
    </message>
    <message>
        <source>overall %1</source>
        <translation>insgesamt %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>No step was executed in this window.</source>
        <translation>In diesem Zeitraum wurde kein Schritt ausgeführt.</translation>
    </message>
    <message>
        <source>the %1 of %2 steps with the most time, mean per execution</source>
        <translation>die %1 von %2 Schritten mit der meisten Zeit, Mittelwert pro Ausführung</translation>
    </message>
    <message>
        <source>mean per execution</source>
        <translation>Mittelwert pro Ausführung</translation>
    </message>
    <message>
        <source>Same owner</source>
        <translation>Gleiche Verantwortung</translation>
    </message>
    <message>
        <source>Owner changes</source>
        <translation>Verantwortungswechsel</translation>
    </message>
    <message>
        <source>No handoff was taken in this window.</source>
        <translation>In diesem Zeitraum wurde keine Übergabe genommen.</translation>
    </message>
    <message>
        <source>the %1 slowest of %2, mean delay</source>
        <translation>die %1 langsamsten von %2, mittlere Verzögerung</translation>
    </message>
    <message>
        <source>mean delay</source>
        <translation>mittlere Verzögerung</translation>
    </message>
    <message>
        <source>No run started</source>
        <translation>Kein Durchlauf begonnen</translation>
    </message>
    <message>
        <source>Runs started</source>
        <translation>Begonnene Durchläufe</translation>
    </message>
    <message>
        <source>Within %1</source>
        <translation>Innerhalb von %1</translation>
    </message>
    <message>
        <source>%1 of %2 runs (%3)</source>
        <translation>%1 von %2 Durchläufen (%3)</translation>
    </message>
    <message>
        <source>%1 or longer</source>
        <translation>%1 oder länger</translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation>%1 bis unter %2</translation>
    </message>
    <message>
        <source>Waiting, mean</source>
        <translation>Warten, Mittelwert</translation>
    </message>
    <message>
        <source>none before it</source>
        <translation>keine davor</translation>
    </message>
    <message>
        <source>Processing, mean</source>
        <translation>Bearbeitung, Mittelwert</translation>
    </message>
    <message>
        <source>no start times</source>
        <translation>keine Startzeiten</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Click to show it on the map</source>
        <translation>Klicken, um ihn im Diagramm anzuzeigen</translation>
    </message>
    <message>
        <source>Mean delay</source>
        <translation>Mittlere Verzögerung</translation>
    </message>
    <message>
        <source>Median delay</source>
        <translation>Median der Verzögerung</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Genommen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>%Ln-mal</numerusform>
            <numerusform>%Ln-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>The work changes owner here</source>
        <translation>Hier wechselt die Verantwortung für die Arbeit</translation>
    </message>
    <message>
        <source>The same owner goes on</source>
        <translation>Die Verantwortung bleibt gleich</translation>
    </message>
    <message>
        <source>Not a handoff of the map</source>
        <translation>Keine Übergabe des Diagramms</translation>
    </message>
</context>
<context>
    <name>Stepwise::Diagnostic</name>
    <message>
        <source>(unnamed step)</source>
        <translation>(unbenannter Schritt)</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A date in a diagnostic&apos;s line (QDate format): &quot;12 Oct&quot;</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>The map has no start and no end</source>
        <translation>Das Diagramm hat weder Start noch Ende</translation>
    </message>
    <message>
        <source>The map has no start</source>
        <translation>Das Diagramm hat keinen Start</translation>
    </message>
    <message>
        <source>The map has no end</source>
        <translation>Das Diagramm hat kein Ende</translation>
    </message>
    <message numerus="yes">
        <source>%n validation problem(s), the first: %1</source>
        <translation>
            <numerusform>%n Validierungsproblem: %1</numerusform>
            <numerusform>%n Validierungsprobleme, das erste: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) without a definition of done: %1</source>
        <translation>
            <numerusform>%n Aufgabe ohne Definition of Done: %1</numerusform>
            <numerusform>%n Aufgaben ohne Definition of Done: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A start and an end, no validation problems, and every task has a definition of done.</source>
        <translation>Ein Start und ein Ende, keine Validierungsprobleme, und jede Aufgabe hat eine Definition of Done.</translation>
    </message>
    <message>
        <source>The map has no lanes yet: name who owns the work.</source>
        <translation>Das Diagramm hat noch keine Bahnen: Geben Sie an, wer für die Arbeit verantwortlich ist.</translation>
    </message>
    <message>
        <source>lane %1</source>
        <translation>Bahn %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) in no lane: %1</source>
        <translation>
            <numerusform>%n Schritt in keiner Bahn: %1</numerusform>
            <numerusform>%n Schritte in keiner Bahn: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s) without a named owner: %1</source>
        <translation>
            <numerusform>%n Bahn ist niemandem zugeordnet: %1</numerusform>
            <numerusform>%n Bahnen sind niemandem zugeordnet: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every step is in a lane with a named owner (%n lane(s)).</source>
        <translation>
            <numerusform>Jeder Schritt liegt in einer Bahn, die jemandem zugeordnet ist (%n Bahn).</numerusform>
            <numerusform>Jeder Schritt liegt in einer Bahn, die jemandem zugeordnet ist (%n Bahnen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs are logged: the latest on %1.</source>
        <translation>Durchläufe werden erfasst: der letzte am %1.</translation>
    </message>
    <message>
        <source>No runs logged since %1</source>
        <translation>Seit %1 keine Durchläufe erfasst</translation>
    </message>
    <message>
        <source>No runs logged yet</source>
        <translation>Noch keine Durchläufe erfasst</translation>
    </message>
    <message>
        <source>%1, but the checkpoint on the %2 is watched: review on %3.</source>
        <translation>%1, aber der Kontrollpunkt (%2) wird beobachtet: Prüfung am %3.</translation>
    </message>
    <message>
        <source>%1, and the review of the checkpoint was due on %2.</source>
        <translation>%1, und die Prüfung des Kontrollpunkts war am %2 fällig.</translation>
    </message>
    <message>
        <source>%1, and no checkpoint is set.</source>
        <translation>%1, und es ist kein Kontrollpunkt festgelegt.</translation>
    </message>
    <message>
        <source>A revision of the map was saved on %1.</source>
        <translation>Eine Revision des Diagramms wurde am %1 gespeichert.</translation>
    </message>
    <message>
        <source>The checkpoint was reviewed on %1.</source>
        <translation>Der Kontrollpunkt wurde am %1 geprüft.</translation>
    </message>
    <message>
        <source>No revision saved since %1</source>
        <translation>Seit %1 keine Revision gespeichert</translation>
    </message>
    <message>
        <source>No revision saved yet</source>
        <translation>Noch keine Revision gespeichert</translation>
    </message>
    <message>
        <source>no checkpoint reviewed since %1</source>
        <translation>seit %1 kein Kontrollpunkt geprüft</translation>
    </message>
    <message>
        <source>no checkpoint reviewed</source>
        <translation>kein Kontrollpunkt geprüft</translation>
    </message>
    <message>
        <source>%1, and %2.</source>
        <translation>%1 und %2.</translation>
    </message>
    <message>
        <source>The map has no tasks yet, so nothing to automate.</source>
        <translation>Das Diagramm hat noch keine Aufgaben, also gibt es nichts zu automatisieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) automated: %1.</source>
        <translation>
            <numerusform>%n Schritt automatisiert: %1.</numerusform>
            <numerusform>%n Schritte automatisiert: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) not decided yet: %1.</source>
        <translation>
            <numerusform>Über %n Kandidaten ist noch nicht entschieden: %1.</numerusform>
            <numerusform>Über %n Kandidaten ist noch nicht entschieden: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>%n geplant</numerusform>
            <numerusform>%n geplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Every candidate is decided: %1.</source>
        <translation>Über jeden Kandidaten ist entschieden: %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No step is a candidate for automation.</source>
        <translation>Kein Schritt ist ein Kandidat für die Automatisierung.</translation>
    </message>
    <message>
        <source>No step is automated, and none is marked as a candidate.</source>
        <translation>Kein Schritt ist automatisiert, und keiner ist als Kandidat markiert.</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Gestaltung</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Verantwortung</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Erfassung</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>Show Problems</source>
        <translation>Probleme anzeigen</translation>
    </message>
    <message>
        <source>Edit Lanes</source>
        <translation>Bahnen bearbeiten</translation>
    </message>
    <message>
        <source>Log a Run</source>
        <translation>Durchlauf erfassen</translation>
    </message>
    <message>
        <source>Save a Revision</source>
        <translation>Revision speichern</translation>
    </message>
    <message>
        <source>See Candidates</source>
        <translation>Kandidaten ansehen</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>not ok</source>
        <translation>nicht ok</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnose</translation>
    </message>
</context>
<context>
    <name>Stepwise::DiagnosticPanel</name>
    <message>
        <source>&lt;b&gt;All five in place.&lt;/b&gt; Design, ownership, tracking, improvement and automation.</source>
        <translation>&lt;b&gt;Alle fünf erfüllt.&lt;/b&gt; Gestaltung, Verantwortung, Erfassung, Verbesserung und Automatisierung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 in place.&lt;/b&gt; Fix what is marked below, top to bottom.</source>
        <translation>&lt;b&gt;%1 von %2 erfüllt.&lt;/b&gt; Beheben Sie, was unten markiert ist, von oben nach unten.</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Not in place</source>
        <translation>Nicht erfüllt</translation>
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
    <name>Stepwise::DurationTicker</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
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
    <name>Stepwise::ExportFeedback</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Open It</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>Stepwise::FindBar</name>
    <message>
        <source>Find step</source>
        <translation>Schritt suchen</translation>
    </message>
    <message>
        <source>F&amp;ind step:</source>
        <translation>&amp;Schritt suchen:</translation>
    </message>
    <message>
        <source>Find step by name</source>
        <translation>Schritt nach Namen suchen</translation>
    </message>
    <message>
        <source>Part of a step name</source>
        <translation>Teil eines Schrittnamens</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Stepwise::GzipDevice</name>
    <message>
        <source>a gzip file can only be read</source>
        <translation>eine gzip-Datei kann nur gelesen werden</translation>
    </message>
    <message>
        <source>cannot start zlib</source>
        <translation>zlib kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the gzip file is truncated (it ends in the middle of its data)</source>
        <translation>die gzip-Datei ist unvollständig (sie endet mitten in ihren Daten)</translation>
    </message>
    <message>
        <source>refused: the gzip file inflates to more than %1 times its size (%2 MiB from %3 KiB so far), which no event log does; it looks like a decompression bomb</source>
        <translation>abgelehnt: Die gzip-Datei entpackt sich auf mehr als das %1-Fache ihrer Größe (bisher %2 MiB aus %3 KiB), was bei keinem Ereignisprotokoll vorkommt; es sieht nach einer Dekompressionsbombe aus</translation>
    </message>
    <message>
        <source>the gzip data cannot be inflated</source>
        <translation>die gzip-Daten können nicht entpackt werden</translation>
    </message>
    <message>
        <source>not a valid gzip file (%1)</source>
        <translation>keine gültige gzip-Datei (%1)</translation>
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
    <message numerus="yes">
        <source>Taken %n time(s) by the runs; mean wait %1</source>
        <translation>
            <numerusform>Von den Durchläufen %n-mal genommen; mittlere Wartezeit %1</numerusform>
            <numerusform>Von den Durchläufen %n-mal genommen; mittlere Wartezeit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No run took this handoff.</source>
        <translation>Kein Durchlauf hat diese Übergabe genommen.</translation>
    </message>
</context>
<context>
    <name>Stepwise::Impact</name>
    <message>
        <source>Quick wins</source>
        <translation>Schnelle Erfolge</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Große Vorhaben</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Lückenfüller</translation>
    </message>
    <message>
        <source>Money pits</source>
        <translation>Fässer ohne Boden</translation>
    </message>
    <message>
        <source>Much time saved for little effort: do these first.</source>
        <translation>Viel Zeitersparnis für wenig Aufwand: zuerst erledigen.</translation>
    </message>
    <message>
        <source>Much time saved, but much effort: plan them.</source>
        <translation>Viel Zeitersparnis, aber viel Aufwand: einplanen.</translation>
    </message>
    <message>
        <source>Little time saved for little effort: when there is time.</source>
        <translation>Wenig Zeitersparnis für wenig Aufwand: wenn Zeit ist.</translation>
    </message>
    <message>
        <source>Little time saved for much effort: leave them.</source>
        <translation>Wenig Zeitersparnis für viel Aufwand: besser lassen.</translation>
    </message>
    <message>
        <source>No estimate of the effort to automate it yet.</source>
        <translation>Noch keine Schätzung des Aufwands für die Automatisierung.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln Stunde</numerusform>
            <numerusform>%Ln Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepwise::ImportRunsDialog</name>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>start and complete</source>
        <translation>Start und Abschluss</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Import Runs into “%1”</source>
        <translation>Durchläufe in „%1“ importieren</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Aus &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Fall:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Aktivität:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>C&amp;omplete:</source>
        <translation>A&amp;bschluss:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource:</translation>
    </message>
    <message>
        <source>&amp;Lifecycle:</source>
        <translation>&amp;Lebenszyklus:</translation>
    </message>
    <message>
        <source>The column or attribute that names the run (the case) an event belongs to</source>
        <translation>Die Spalte oder das Attribut, das den Durchlauf (den Fall) nennt, zu dem ein Ereignis gehört</translation>
    </message>
    <message>
        <source>The column that names the step (activity)</source>
        <translation>Die Spalte, die den Schritt (die Aktivität) nennt</translation>
    </message>
    <message>
        <source>When a step started, where the log has a column for it</source>
        <translation>Wann ein Schritt begann, sofern das Protokoll eine Spalte dafür hat</translation>
    </message>
    <message>
        <source>When a step completed, or the one timestamp of an event</source>
        <translation>Wann ein Schritt abgeschlossen wurde, oder der einzige Zeitstempel eines Ereignisses</translation>
    </message>
    <message>
        <source>Who did the step (person, team or system)</source>
        <translation>Wer den Schritt erledigt hat (Person, Team oder System)</translation>
    </message>
    <message>
        <source>The lifecycle transition (start, complete, ...), where the log has one</source>
        <translation>Der Übergang im Lebenszyklus (start, complete, ...), sofern das Protokoll einen hat</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Local time (%1)</source>
        <translation>Ortszeit (%1)</translation>
    </message>
    <message>
        <source>The time zone of timestamps that do not say their offset</source>
        <translation>Die Zeitzone von Zeitstempeln, die ihren UTC-Versatz nicht angeben</translation>
    </message>
    <message>
        <source>&amp;Times without offset:</source>
        <translation>&amp;Zeiten ohne UTC-Versatz:</translation>
    </message>
    <message>
        <source>Re&amp;place runs whose case the process has already</source>
        <translation>Durchläufe &amp;ersetzen, deren Fall der Prozess schon hat</translation>
    </message>
    <message>
        <source>Preview of the first events</source>
        <translation>Vorschau der ersten Ereignisse</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>The first events, as they will be read:</source>
        <translation>Die ersten Ereignisse, so wie sie gelesen werden:</translation>
    </message>
    <message>
        <source>Activities the map lacks</source>
        <translation>Aktivitäten, die im Diagramm fehlen</translation>
    </message>
    <message>
        <source>&amp;Add Checked as Steps</source>
        <translation>Markierte als Schritte &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Adds them to the map, after its last step; one undo takes them back</source>
        <translation>Fügt sie nach dem letzten Schritt in das Diagramm ein; ein einziges Rückgängig nimmt sie wieder heraus</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message numerus="yes">
        <source>The whole log: %n event(s).</source>
        <translation>
            <numerusform>Das gesamte Protokoll: %n Ereignis.</numerusform>
            <numerusform>Das gesamte Protokoll: %n Ereignisse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n events; the import reads them all.</source>
        <translation>
            <numerusform>%n Ereignis als Vorschau; der Import liest alle.</numerusform>
            <numerusform>Die ersten %n Ereignisse; der Import liest alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>%1 wird importiert...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The runs could not be imported; nothing was written.</source>
        <translation>Die Durchläufe konnten nicht importiert werden; nichts wurde geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Imported &lt;b&gt;%Ln&lt;/b&gt; run(s) (%1 events, %2 steps done) into “%3”.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Durchlauf (%1 Ereignisse, %2 erledigte Schritte) in „%3“ importiert.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Durchläufe (%1 Ereignisse, %2 erledigte Schritte) in „%3“ importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln start(s) were never completed: they made no step.</source>
        <translation>
            <numerusform>%Ln Start wurde nie abgeschlossen: Er ergab keinen Schritt.</numerusform>
            <numerusform>%Ln Starts wurden nie abgeschlossen: Sie ergaben keinen Schritt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every activity of the log is a step of the map.</source>
        <translation>Jede Aktivität des Protokolls ist ein Schritt des Diagramms.</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) of the log are not steps of the map. Add them as steps, and the runs and the map speak of the same things:</source>
        <translation>
            <numerusform>%n Aktivität des Protokolls ist kein Schritt des Diagramms. Fügen Sie sie als Schritt hinzu, damit Durchläufe und Diagramm von denselben Dingen sprechen:</numerusform>
            <numerusform>%n Aktivitäten des Protokolls sind keine Schritte des Diagramms. Fügen Sie sie als Schritte hinzu, damit Durchläufe und Diagramm von denselben Dingen sprechen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Step(s) from the Runs</source>
        <translation>
            <numerusform>%n Schritt aus den Durchläufen hinzufügen</numerusform>
            <numerusform>%n Schritte aus den Durchläufen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>%1 (added)</source>
        <translation>%1 (hinzugefügt)</translation>
    </message>
    <message>
        <source>The steps could not be added.</source>
        <translation>Die Schritte konnten nicht hinzugefügt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n step(s) to the map, after its last step; Edit &gt; Undo takes them back.</source>
        <translation>
            <numerusform>%n Schritt nach dem letzten Schritt in das Diagramm eingefügt; Bearbeiten &gt; Rückgängig nimmt ihn wieder heraus.</numerusform>
            <numerusform>%n Schritte nach dem letzten Schritt in das Diagramm eingefügt; Bearbeiten &gt; Rückgängig nimmt sie wieder heraus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepwise::ImproveView</name>
    <message>
        <source>0 h</source>
        <translation>0 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Automated</source>
        <translation>Automatisiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Improve</source>
        <translation>Verbessern</translation>
    </message>
    <message>
        <source>What to fix first</source>
        <translation>Was zuerst verbessert werden sollte</translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation>Wird berechnet...</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Impact vs effort</source>
        <translation>Nutzen und Aufwand</translation>
    </message>
    <message>
        <source>Automation candidates</source>
        <translation>Automatisierungskandidaten</translation>
    </message>
    <message>
        <source>Impact versus effort</source>
        <translation>Nutzen gegenüber Aufwand</translation>
    </message>
    <message>
        <source>Each dot is a task: higher costs more hours a month, further right takes more effort to automate. Click a dot to show the task on the map.</source>
        <translation>Jeder Punkt ist eine Aufgabe: Je höher, desto mehr Stunden kostet sie pro Monat; je weiter rechts, desto mehr Aufwand macht ihre Automatisierung. Klicken Sie auf einen Punkt, um die Aufgabe im Diagramm anzuzeigen.</translation>
    </message>
    <message>
        <source>Effort to automate (hours, estimated)</source>
        <translation>Aufwand für die Automatisierung (Stunden, geschätzt)</translation>
    </message>
    <message>
        <source>Hours a month it costs</source>
        <translation>Kosten in Stunden pro Monat</translation>
    </message>
    <message>
        <source>Tasks by hours a month</source>
        <translation>Aufgaben nach Stunden pro Monat</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Hours a month the task costs: the waiting before it and the work in it, times how often it runs</source>
        <translation>Stunden pro Monat, die die Aufgabe kostet: die Wartezeit davor und die Arbeit darin, mal wie oft sie vorkommt</translation>
    </message>
    <message>
        <source>Estimated hours to automate it (in its properties)</source>
        <translation>Geschätzte Stunden für die Automatisierung (in den Eigenschaften der Aufgabe)</translation>
    </message>
    <message>
        <source>Click a task to show it on the map.</source>
        <translation>Klicken Sie auf eine Aufgabe, um sie im Diagramm anzuzeigen.</translation>
    </message>
    <message>
        <source>Tasks by the hours a month they cost</source>
        <translation>Aufgaben nach den Stunden pro Monat, die sie kosten</translation>
    </message>
    <message>
        <source>Reading the runs...</source>
        <translation>Durchläufe werden gelesen...</translation>
    </message>
    <message>
        <source>No process open</source>
        <translation>Kein Prozess geöffnet</translation>
    </message>
    <message>
        <source>Select a process on the left to see what to fix first and what to automate.</source>
        <translation>Wählen Sie links einen Prozess aus, um zu sehen, was zuerst verbessert und was automatisiert werden sollte.</translation>
    </message>
    <message>
        <source>The runs could not be read</source>
        <translation>Die Durchläufe konnten nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>From %Ln run(s) over %1 months.</source>
        <translation>
            <numerusform>Aus %Ln Durchlauf über %1 Monate.</numerusform>
            <numerusform>Aus %Ln Durchläufen über %1 Monate.</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs logged yet: from the tasks&apos; expected durations and the %1 runs a month entered in the process&apos;s properties.</source>
        <translation>Noch keine Durchläufe erfasst: aus den erwarteten Dauern der Aufgaben und den %1 Durchläufen pro Monat, die in den Eigenschaften des Prozesses eingegeben sind.</translation>
    </message>
    <message>
        <source>No runs logged yet, and no runs per month entered in the process&apos;s properties: nothing to measure.</source>
        <translation>Noch keine Durchläufe erfasst und keine Durchläufe pro Monat in den Eigenschaften des Prozesses eingegeben: nichts zu messen.</translation>
    </message>
    <message>
        <source>Each dot is a task with an effort estimate. Higher: it costs more hours a month (the waiting before it and the work in it, times how often it runs). Further right: it takes more effort to automate. The dashed lines are the medians. %1</source>
        <translation>Jeder Punkt ist eine Aufgabe mit geschätztem Aufwand. Je höher, desto mehr Stunden kostet sie pro Monat (die Wartezeit davor und die Arbeit darin, mal wie oft sie vorkommt). Je weiter rechts, desto mehr Aufwand macht ihre Automatisierung. Die gestrichelten Linien sind die Mediane. %1</translation>
    </message>
    <message>
        <source>Tasks the rules find worth automating, and why. &quot;Saves a month&quot; is what automating one at %1 would save: its work and the wait before it, as the What-if replays the runs. Decide on each. Automating a broken task only makes it fail faster: fix the marked ones first.</source>
        <translation>Aufgaben, deren Automatisierung sich laut den Regeln lohnt, und warum. „Spart pro Monat“ ist, was eine Automatisierung zu %1 sparen würde: die Arbeit und die Wartezeit davor, wie die Was-wäre-wenn-Analyse die Durchläufe nachspielt. Entscheiden Sie über jede. Eine fehlerhafte Aufgabe zu automatisieren lässt sie nur schneller scheitern: Verbessern Sie zuerst die markierten.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>The map has no tasks yet.</source>
        <translation>Das Diagramm hat noch keine Aufgaben.</translation>
    </message>
    <message>
        <source>No task has an effort estimate yet.
Enter the effort to automate a task in its properties to place it here.</source>
        <translation>Noch keine Aufgabe hat einen geschätzten Aufwand.
Geben Sie den Aufwand für die Automatisierung einer Aufgabe in ihren Eigenschaften ein, um sie hier einzuordnen.</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>nicht geschätzt</translation>
    </message>
    <message>
        <source>%1 a month: %2 waiting before it starts, %3 of work</source>
        <translation>%1 pro Monat: %2 Wartezeit vor dem Beginn, %3 Arbeit</translation>
    </message>
    <message>
        <source>Done %1 times a month; each time %2 waiting, %3 of work</source>
        <translation>%1-mal pro Monat erledigt; jedes Mal %2 Wartezeit, %3 Arbeit</translation>
    </message>
    <message>
        <source>%1 a month: %2 expected, %3 runs a month entered</source>
        <translation>%1 pro Monat: %2 erwartet, %3 Durchläufe pro Monat eingegeben</translation>
    </message>
    <message>
        <source>No runs, and no expected duration or runs per month entered</source>
        <translation>Keine Durchläufe und keine erwartete Dauer oder Durchläufe pro Monat eingegeben</translation>
    </message>
    <message>
        <source>Why automate it</source>
        <translation>Warum automatisieren</translation>
    </message>
    <message>
        <source>Saves a month</source>
        <translation>Spart pro Monat</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Click a task to show it on the map</source>
        <translation>Klicken Sie auf eine Aufgabe, um sie im Diagramm anzuzeigen</translation>
    </message>
    <message>
        <source>The rules that find it, with the figures; what to fix first comes first</source>
        <translation>Die Regeln, die sie finden, mit den Zahlen; was zuerst zu verbessern ist, steht oben</translation>
    </message>
    <message>
        <source>The hours a month automating it at %1 would save: its work and the wait before it, as the What-if replays the runs</source>
        <translation>Die Stunden pro Monat, die eine Automatisierung zu %1 sparen würde: die Arbeit und die Wartezeit davor, wie die Was-wäre-wenn-Analyse die Durchläufe nachspielt</translation>
    </message>
    <message>
        <source>Plan it, mark it automated, or reject it: saved with the map, undone with Ctrl+Z</source>
        <translation>Planen, als automatisiert markieren oder ablehnen: wird mit dem Diagramm gespeichert, mit Ctrl+Z rückgängig gemacht</translation>
    </message>
    <message>
        <source>None of the rules finds a task worth automating.</source>
        <translation>Keine der Regeln findet eine Aufgabe, deren Automatisierung sich lohnt.</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>%1 im Diagramm anzeigen</translation>
    </message>
    <message>
        <source>⚠ Fix first:</source>
        <translation>⚠ Zuerst verbessern:</translation>
    </message>
    <message>
        <source>Automating it at %1 would save about %2 a month, %3 of it work time, as the What-if replays the runs.</source>
        <translation>Eine Automatisierung zu %1 würde etwa %2 pro Monat sparen, davon %3 Arbeitszeit, wie die Was-wäre-wenn-Analyse die Durchläufe nachspielt.</translation>
    </message>
    <message>
        <source>Automating it at %1 would save about %2 a month of its expected duration, at the runs per month entered.</source>
        <translation>Eine Automatisierung zu %1 würde etwa %2 pro Monat von der erwarteten Dauer sparen, bei den eingegebenen Durchläufen pro Monat.</translation>
    </message>
    <message>
        <source>Decision on %1</source>
        <translation>Entscheidung zu %1</translation>
    </message>
    <message>
        <source>Plan it, mark it automated, or reject it</source>
        <translation>Planen, als automatisiert markieren oder ablehnen</translation>
    </message>
    <message>
        <source>Hours a month</source>
        <translation>Stunden pro Monat</translation>
    </message>
    <message>
        <source>Waiting before it</source>
        <translation>Wartezeit davor</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Effort to automate</source>
        <translation>Aufwand für die Automatisierung</translation>
    </message>
    <message>
        <source>Click to show it on the map</source>
        <translation>Klicken, um sie im Diagramm anzuzeigen</translation>
    </message>
</context>
<context>
    <name>Stepwise::LaneItem</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>Stepwise::LogRunDialog</name>
    <message>
        <source>Log a Run of “%1”</source>
        <translation>Durchlauf von „%1“ erfassen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>What the run is known by: a ticket number, a client, an order</source>
        <translation>Woran der Durchlauf erkannt wird: eine Ticketnummer, ein Kunde, ein Auftrag</translation>
    </message>
    <message>
        <source>Who did the steps</source>
        <translation>Wer die Schritte erledigt hat</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Erledigt von</translation>
    </message>
    <message>
        <source>Fills in who did every step; change a step&apos;s own where someone else did it</source>
        <translation>Trägt für jeden Schritt ein, wer ihn erledigt hat; ändern Sie die Angabe bei einem Schritt, den jemand anderes erledigt hat</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Fall:</translation>
    </message>
    <message>
        <source>Done &amp;by:</source>
        <translation>Erledigt &amp;von:</translation>
    </message>
    <message>
        <source>Step done</source>
        <translation>Schritt erledigt</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>The map has no steps yet: draw them on the map first.</source>
        <translation>Das Diagramm hat noch keine Schritte: Zeichnen Sie sie zuerst im Diagramm.</translation>
    </message>
    <message>
        <source>&amp;Log Run</source>
        <translation>Durchlauf &amp;erfassen</translation>
    </message>
    <message>
        <source>Tick the steps done, and when they started and completed:</source>
        <translation>Haken Sie die erledigten Schritte ab und geben Sie an, wann sie begonnen und abgeschlossen wurden:</translation>
    </message>
    <message>
        <source>(unnamed step)</source>
        <translation>(unbenannter Schritt)</translation>
    </message>
    <message>
        <source>An activity of this run that the map does not have</source>
        <translation>Eine Aktivität dieses Durchlaufs, die das Diagramm nicht enthält</translation>
    </message>
    <message>
        <source>not on the map</source>
        <translation>nicht im Diagramm</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 begonnen</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 abgeschlossen</translation>
    </message>
    <message>
        <source>%1 done by</source>
        <translation>%1 erledigt von</translation>
    </message>
    <message>
        <source>Edit Run “%1”</source>
        <translation>Durchlauf „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save Run</source>
        <translation>Durchlauf &amp;speichern</translation>
    </message>
    <message>
        <source>Give the run a case: what it is known by.</source>
        <translation>Geben Sie dem Durchlauf einen Fall: woran er erkannt wird.</translation>
    </message>
    <message>
        <source>The process already has a run of case “%1”.</source>
        <translation>Der Prozess hat bereits einen Durchlauf für den Fall „%1“.</translation>
    </message>
    <message>
        <source>“%1” completes before it starts.</source>
        <translation>„%1“ wird vor seinem Beginn abgeschlossen.</translation>
    </message>
    <message>
        <source>Tick the steps done.</source>
        <translation>Haken Sie die erledigten Schritte ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), cycle time %1</source>
        <translation>
            <numerusform>%n Schritt, Durchlaufzeit %1</numerusform>
            <numerusform>%n Schritte, Durchlaufzeit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The run could not be saved.</source>
        <translation>Der Durchlauf konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The run could not be logged.</source>
        <translation>Der Durchlauf konnte nicht erfasst werden.</translation>
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
        <source>R&amp;uns</source>
        <translation>D&amp;urchläufe</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Da&amp;shboard</translation>
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
    <message>
        <source>&amp;Save Now</source>
        <translation>Jetzt &amp;speichern</translation>
    </message>
    <message>
        <source>Save the open process now (changes are also saved automatically)</source>
        <translation>Den geöffneten Prozess jetzt speichern (Änderungen werden auch automatisch gespeichert)</translation>
    </message>
    <message>
        <source>Save a revision</source>
        <translation>Eine Revision speichern</translation>
    </message>
    <message>
        <source>Quit Stepwise</source>
        <translation>Stepwise beenden</translation>
    </message>
    <message>
        <source>&amp;Find Step...</source>
        <translation>Schritt s&amp;uchen...</translation>
    </message>
    <message>
        <source>Find a step by name</source>
        <translation>Einen Schritt nach Namen suchen</translation>
    </message>
    <message>
        <source>&amp;Auto-Layout</source>
        <translation>Automatisc&amp;h anordnen</translation>
    </message>
    <message>
        <source>Lay the map out left to right inside its lanes</source>
        <translation>Das Diagramm innerhalb seiner Bahnen von links nach rechts anordnen</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>Follow the system&apos;s colours</source>
        <translation>Die Farben des Systems übernehmen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Light colours</source>
        <translation>Helle Farben</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Dark colours</source>
        <translation>Dunkle Farben</translation>
    </message>
    <message>
        <source>The version of Stepwise</source>
        <translation>Die Version von Stepwise</translation>
    </message>
    <message>
        <source>The version of Qt</source>
        <translation>Die Version von Qt</translation>
    </message>
    <message>
        <source>Process map</source>
        <translation>Prozessdiagramm</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;An empty map&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Drag a step from the palette, or select one there and press Enter.&lt;br&gt;Then press Ctrl+Return to add the next step after it.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Ein leeres Diagramm&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ziehen Sie einen Schritt aus der Palette oder wählen Sie dort einen aus und drücken Sie Enter.&lt;br&gt;Drücken Sie dann Ctrl+Return, um den nächsten Schritt dahinter hinzuzufügen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Overview of the map</source>
        <translation>Übersicht über das Diagramm</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Process</source>
        <translation>&amp;Prozess</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>Den Bereich „%1“ ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Show or hide the toolbar</source>
        <translation>Die Werkzeugleiste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Farb&amp;schema</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Wird gespeichert...</translation>
    </message>
    <message>
        <source>Changes are saved a second after the last one.</source>
        <translation>Änderungen werden eine Sekunde nach der letzten Änderung gespeichert.</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Last save took %n ms.</source>
        <translation>
            <numerusform>Das letzte Speichern dauerte %n ms.</numerusform>
            <numerusform>Das letzte Speichern dauerte %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation (%1)</source>
        <translation>Validierung (%1)</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>D&amp;urchläufe</translation>
    </message>
    <message>
        <source>“%1” is not a step of the map.</source>
        <translation>„%1“ ist kein Schritt des Diagramms.</translation>
    </message>
    <message>
        <source>&amp;Import BPMN...</source>
        <translation>BPMN i&amp;mportieren...</translation>
    </message>
    <message>
        <source>Make new processes from a BPMN 2.0 file of another modelling tool</source>
        <translation>Neue Prozesse aus einer BPMN-2.0-Datei eines anderen Modellierungswerkzeugs anlegen</translation>
    </message>
    <message>
        <source>Export &amp;BPMN...</source>
        <translation>BPMN e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Save this map as a BPMN 2.0 file for other modelling tools</source>
        <translation>Dieses Diagramm als BPMN-2.0-Datei für andere Modellierungswerkzeuge speichern</translation>
    </message>
    <message>
        <source>Export &amp;Map...</source>
        <translation>&amp;Diagramm exportieren...</translation>
    </message>
    <message>
        <source>Save this map as a PDF, SVG or PNG to hand on</source>
        <translation>Dieses Diagramm als PDF, SVG oder PNG speichern, um es weiterzugeben</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Dr&amp;ucken...</translation>
    </message>
    <message>
        <source>Print this map, with a preview</source>
        <translation>Dieses Diagramm drucken, mit Vorschau</translation>
    </message>
    <message>
        <source>Export &amp;Report...</source>
        <translation>Berich&amp;t exportieren...</translation>
    </message>
    <message>
        <source>Write a PDF report of this process: its map, steps, figures and charts</source>
        <translation>Einen PDF-Bericht über diesen Prozess schreiben: Diagramm, Schritte, Kennzahlen und Grafiken</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Was wäre, wenn</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Kontrollpunkt</translation>
    </message>
    <message>
        <source>Revision compare</source>
        <translation>Revisionsvergleich</translation>
    </message>
    <message>
        <source>Export BPMN</source>
        <translation>BPMN exportieren</translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn);;XML files (*.xml)</source>
        <translation>BPMN-2.0-Dateien (*.bpmn);;XML-Dateien (*.xml)</translation>
    </message>
    <message>
        <source>Exporting “%1”...</source>
        <translation>„%1“ wird exportiert...</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Looking at the process...</source>
        <translation>Prozess wird untersucht...</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Language, theme, grid, autosave, units of durations and the paper of exports</source>
        <translation>Sprache, Farbschema, Raster, automatisches Speichern, Einheiten der Dauern und das Papier für Exporte</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <source>A tour of the five parts of running a process, on the examples</source>
        <translation>Ein Rundgang durch die fünf Teile der Prozessführung, anhand der Beispiele</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every action that has a shortcut</source>
        <translation>Alle Aktionen auflisten, die ein Tastenkürzel haben</translation>
    </message>
    <message>
        <source>Click a panel to learn what it is for</source>
        <translation>Klicken Sie auf einen Bereich, um zu erfahren, wofür er da ist</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Processes&lt;/b&gt;&lt;p&gt;The processes of this workspace. Click one to open its map; the five marks are its diagnostic: design, ownership, tracking, improvement and automation.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Prozesse&lt;/b&gt;&lt;p&gt;Die Prozesse dieses Arbeitsbereichs. Klicken Sie auf einen, um sein Diagramm zu öffnen; die fünf Zeichen sind seine Diagnose: Gestaltung, Verantwortung, Erfassung, Verbesserung und Automatisierung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Palette&lt;/b&gt;&lt;p&gt;The kinds of step. Drag one onto the map, or select it and press Enter to put it in the middle of the map.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Palette&lt;/b&gt;&lt;p&gt;Die Arten von Schritten. Ziehen Sie einen auf das Diagramm oder wählen Sie ihn aus und drücken Sie Enter, um ihn in die Mitte des Diagramms zu setzen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overview&lt;/b&gt;&lt;p&gt;The whole map, small, with the part on screen framed. Drag the frame to look elsewhere.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Übersicht&lt;/b&gt;&lt;p&gt;Das ganze Diagramm, verkleinert, mit einem Rahmen um den sichtbaren Teil. Ziehen Sie den Rahmen, um woanders hinzusehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Properties&lt;/b&gt;&lt;p&gt;What is selected on the map: the process, steps (definition of done, durations, automation), a handoff or a lane and its owner. Every change can be undone.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Eigenschaften&lt;/b&gt;&lt;p&gt;Was im Diagramm ausgewählt ist: der Prozess, Schritte (Definition of Done, Dauern, Automatisierung), eine Übergabe oder eine Bahn und wer für sie verantwortlich ist. Jede Änderung lässt sich rückgängig machen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Validation&lt;/b&gt;&lt;p&gt;What the map still lacks: no start or end, unreachable steps, lanes without owner, tasks without a definition of done. Click a problem to select it on the map.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Validierung&lt;/b&gt;&lt;p&gt;Was dem Diagramm noch fehlt: kein Start oder Ende, unerreichbare Schritte, Bahnen, die niemandem zugeordnet sind, Aufgaben ohne Definition of Done. Klicken Sie auf ein Problem, um es im Diagramm auszuwählen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;&lt;p&gt;The edits of the open map, oldest first. Click one to go back to it; the edits after it can be redone.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;&lt;p&gt;Die Bearbeitungen des geöffneten Diagramms, die älteste zuerst. Klicken Sie auf eine, um zu diesem Stand zurückzukehren; die Bearbeitungen danach lassen sich wiederherstellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome&lt;/b&gt;&lt;p&gt;A tour of the five parts of running a process, on the example processes. Help &gt; Welcome shows it again.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Willkommen&lt;/b&gt;&lt;p&gt;Ein Rundgang durch die fünf Teile der Prozessführung, anhand der Beispielprozesse. Hilfe &gt; Willkommen zeigt ihn erneut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Map&lt;/b&gt;&lt;p&gt;The process as steps in lanes, joined by handoffs. Drag from the palette to add steps, hover a step and drag from a handle to hand off to another, double-click to rename.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Diagramm&lt;/b&gt;&lt;p&gt;Der Prozess als Schritte in Bahnen, verbunden durch Übergaben. Ziehen Sie aus der Palette, um Schritte hinzuzufügen; zeigen Sie auf einen Schritt und ziehen Sie von einem Anfasser, um an einen anderen zu übergeben; doppelklicken Sie zum Umbenennen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;&lt;p&gt;How the process really ran: each run with its cycle time, SLA and changes of owner. Log a run by hand or import an event log; Enter opens a run&apos;s timeline.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Durchläufe&lt;/b&gt;&lt;p&gt;Wie der Prozess wirklich lief: jeder Durchlauf mit Durchlaufzeit, SLA und Wechseln der Verantwortung. Erfassen Sie einen Durchlauf von Hand oder importieren Sie ein Ereignisprotokoll; Enter öffnet die Zeitleiste eines Durchlaufs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dashboard&lt;/b&gt;&lt;p&gt;The figures of the runs in a date window: cycle time, SLA compliance, where the time goes, the slowest handoffs and throughput.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Dashboard&lt;/b&gt;&lt;p&gt;Die Kennzahlen der Durchläufe in einem Zeitraum: Durchlaufzeit, SLA-Einhaltung, wo die Zeit bleibt, die langsamsten Übergaben und der Durchsatz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Improve&lt;/b&gt;&lt;p&gt;What to fix first: the diagnostic, impact versus effort, the automation candidates, what if, the checkpoint and the revision compare.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Verbessern&lt;/b&gt;&lt;p&gt;Was zuerst verbessert werden sollte: die Diagnose, Nutzen gegenüber Aufwand, die Automatisierungskandidaten, „Was wäre, wenn“, der Kontrollpunkt und der Revisionsvergleich.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stepwise %1&lt;/h3&gt;&lt;p&gt;Map, measure and improve the workflows a small team repeats.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QCustomPlot&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Stepwise %1&lt;/h3&gt;&lt;p&gt;Die wiederkehrenden Abläufe eines kleinen Teams darstellen, messen und verbessern.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (erstellt mit %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QCustomPlot&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>This workspace has no process named “%1”: showing the open one.</source>
        <translation>Dieser Arbeitsbereich hat keinen Prozess namens „%1“: Der geöffnete wird angezeigt.</translation>
    </message>
</context>
<context>
    <name>Stepwise::MapExport</name>
    <message numerus="yes">
        <source>Page index: the map at 100% on %n page(s), overlapping by 1 cm.</source>
        <translation>
            <numerusform>Seitenübersicht: das Diagramm in 100 % auf %n Seite, mit 1 cm Überlappung.</numerusform>
            <numerusform>Seitenübersicht: das Diagramm in 100 % auf %n Seiten, mit 1 cm Überlappung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2 · row %3 of %4, column %5 of %6</source>
        <translation>Seite %1 von %2 · Zeile %3 von %4, Spalte %5 von %6</translation>
    </message>
    <message>
        <source>Page 1 of 1</source>
        <translation>Seite 1 von 1</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>S. %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>SLA-Ziel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>unsaved draft</source>
        <translation>ungespeicherter Entwurf</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>Bahnen:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>automation candidate</source>
        <translation>Automatisierungskandidat</translation>
    </message>
    <message>
        <source>automation planned</source>
        <translation>Automatisierung geplant</translation>
    </message>
    <message>
        <source>automated</source>
        <translation>automatisiert</translation>
    </message>
    <message>
        <source>automation rejected</source>
        <translation>Automatisierung abgelehnt</translation>
    </message>
    <message>
        <source>handoff to another lane (change of owner)</source>
        <translation>Übergabe an eine andere Bahn (Wechsel der Verantwortung)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 would be %2 × %3 pixels, too large: choose a lower resolution or a page size to fit the map on.</source>
        <translation>%1 wäre %2 × %3 Pixel groß, zu groß: Wählen Sie eine geringere Auflösung oder ein Papierformat, auf das das Diagramm passt.</translation>
    </message>
    <message>
        <source>not enough memory for the image</source>
        <translation>nicht genug Speicher für das Bild</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Only a PDF can be tiled over pages.</source>
        <translation>Nur ein PDF kann auf mehrere Seiten aufgeteilt werden.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>Stepwise::MapExportDialog</name>
    <message>
        <source>Export Map</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Durc&amp;hsuchen...</translation>
    </message>
    <message>
        <source>PDF document (vector, searchable text)</source>
        <translation>PDF-Dokument (Vektor, durchsuchbarer Text)</translation>
    </message>
    <message>
        <source>SVG image (vector)</source>
        <translation>SVG-Bild (Vektor)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>As large as the map</source>
        <translation>So groß wie das Diagramm</translation>
    </message>
    <message>
        <source>Automatic (as the map)</source>
        <translation>Automatisch (wie das Diagramm)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>&amp;Fit on one page</source>
        <translation>Auf eine Seite ein&amp;passen</translation>
    </message>
    <message>
        <source>At 100% over several &amp;pages, with a page index</source>
        <translation>In 100 % über mehrere &amp;Seiten, mit Seitenübersicht</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Time: steps coloured by mean waiting + processing</source>
        <translation>Zeit: Schritte nach mittlerer Warte- + Bearbeitungszeit gefärbt</translation>
    </message>
    <message>
        <source>Frequency: handoffs as wide as how often taken</source>
        <translation>Häufigkeit: Übergaben so breit, wie oft sie genommen wurden</translation>
    </message>
    <message>
        <source>&amp;Title block</source>
        <translation>&amp;Titelfeld</translation>
    </message>
    <message>
        <source>Process, owner, SLA target, revision and export date</source>
        <translation>Prozess, Verantwortlich, SLA-Ziel, Revision und Exportdatum</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legende</translation>
    </message>
    <message>
        <source>Lanes, step kinds and the overlay&apos;s scale</source>
        <translation>Bahnen, Schritttypen und die Skala des Overlays</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>T&amp;ransparent background</source>
        <translation>T&amp;ransparenter Hintergrund</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <source>Or&amp;ientation:</source>
        <translation>A&amp;usrichtung:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Maßstab:</translation>
    </message>
    <message>
        <source>Runs &amp;overlay:</source>
        <translation>Durchlauf-O&amp;verlay:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>PNG:</source>
        <translation>PNG:</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Vorschau der ersten Seite</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>map</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Exporting the map of &quot;%1&quot;...</source>
        <translation>Diagramm von „%1“ wird exportiert...</translation>
    </message>
    <message>
        <source>The map is exported to %1.</source>
        <translation>Das Diagramm wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Reading the runs...</source>
        <translation>Durchläufe werden gelesen...</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print &quot;%1&quot;</source>
        <translation>„%1“ drucken</translation>
    </message>
</context>
<context>
    <name>Stepwise::MapView</name>
    <message>
        <source>Process map</source>
        <translation>Prozessdiagramm</translation>
    </message>
    <message>
        <source>The map of the open process: steps in swimlanes connected by handoffs. Arrow keys move the selection, Alt+arrows walk along handoffs and change lanes, Ctrl+Return inserts a task after the selected step.</source>
        <translation>Das Diagramm des geöffneten Prozesses: Schritte in Bahnen, verbunden durch Übergaben. Die Pfeiltasten verschieben die Auswahl, Alt+Pfeiltasten folgen den Übergaben und wechseln die Bahn, Ctrl+Return fügt hinter dem ausgewählten Schritt eine Aufgabe ein.</translation>
    </message>
    <message>
        <source>Insert &amp;Task After</source>
        <translation>&amp;Aufgabe dahinter einfügen</translation>
    </message>
    <message>
        <source>Insert &amp;Decision After</source>
        <translation>&amp;Entscheidung dahinter einfügen</translation>
    </message>
    <message>
        <source>&amp;Connect Selection</source>
        <translation>Auswahl &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>V&amp;orheriger Schritt</translation>
    </message>
    <message>
        <source>Move to Lane &amp;Above</source>
        <translation>In die Bahn &amp;darüber verschieben</translation>
    </message>
    <message>
        <source>Move to Lane &amp;Below</source>
        <translation>In die Bahn darun&amp;ter verschieben</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Um&amp;benennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Du&amp;plizieren</translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation>Automatisc&amp;h anordnen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf &amp;Auswahl zoomen</translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>Snap moved steps to a %1 px grid</source>
        <translation>Verschobene Schritte an einem %1-px-Raster ausrichten</translation>
    </message>
    <message>
        <source>Add a connected step</source>
        <translation>Einen verbundenen Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Einen Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Step name</source>
        <translation>Schrittname</translation>
    </message>
    <message>
        <source>Lane name</source>
        <translation>Bahnname</translation>
    </message>
    <message>
        <source>Handoff label</source>
        <translation>Beschriftung der Übergabe</translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation>Bahn hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Bahn löschen</translation>
    </message>
    <message>
        <source>“%1” is the only lane and has steps: add another lane for them first.</source>
        <translation>„%1“ ist die einzige Bahn und enthält Schritte: Legen Sie zuerst eine weitere Bahn für sie an.</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n step(s) of “%1” to:</source>
        <translation>
            <numerusform>Den %n Schritt von „%1“ verschieben nach:</numerusform>
            <numerusform>Die %n Schritte von „%1“ verschieben nach:</numerusform>
        </translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Neue Bahn</translation>
    </message>
    <message>
        <source>&amp;Runs Overlay</source>
        <translation>Durchlauf-&amp;Overlay</translation>
    </message>
    <message>
        <source>Show on the map where the runs spend their time and which paths they take that the map lacks (%1)</source>
        <translation>Im Diagramm zeigen, wo die Durchläufe ihre Zeit verbringen und welche Wege sie nehmen, die im Diagramm fehlen (%1)</translation>
    </message>
    <message>
        <source>Colour the steps by their mean waiting and processing time, size the handoffs by how often runs take them</source>
        <translation>Die Schritte nach ihrer mittleren Warte- und Bearbeitungszeit einfärben und die Übergaben danach skalieren, wie oft Durchläufe sie nehmen</translation>
    </message>
    <message>
        <source>&amp;Open Sub-process Map</source>
        <translation>Teilprozess-Diagramm &amp;öffnen</translation>
    </message>
</context>
<context>
    <name>Stepwise::OverlayLegend</name>
    <message>
        <source>Runs overlay legend</source>
        <translation>Legende des Durchlauf-Overlays</translation>
    </message>
    <message>
        <source>Runs overlay</source>
        <translation>Durchlauf-Overlay</translation>
    </message>
    <message>
        <source>Reading the runs…</source>
        <translation>Durchläufe werden gelesen…</translation>
    </message>
    <message>
        <source>The runs could not be read.</source>
        <translation>Die Durchläufe konnten nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Runs overlay: %n run(s)</source>
        <translation>
            <numerusform>Durchlauf-Overlay: %n Durchlauf</numerusform>
            <numerusform>Durchlauf-Overlay: %n Durchläufe</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs of this process yet: log or import some.</source>
        <translation>Noch keine Durchläufe für diesen Prozess: Erfassen oder importieren Sie welche.</translation>
    </message>
    <message>
        <source>Mean waiting + processing per step</source>
        <translation>Mittlere Warte- + Bearbeitungszeit pro Schritt</translation>
    </message>
    <message>
        <source>every step alike</source>
        <translation>alle Schritte gleich</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>no run reached it</source>
        <translation>von keinem Durchlauf erreicht</translation>
    </message>
    <message>
        <source>handoff: the wider, the more runs</source>
        <translation>Übergabe: je breiter, desto mehr Durchläufe</translation>
    </message>
    <message numerus="yes">
        <source>never taken (%n)</source>
        <translation>
            <numerusform>nie genommen (%n)</numerusform>
            <numerusform>nie genommen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>taken, but not on the map (%n)</source>
        <translation>
            <numerusform>genommen, aber nicht im Diagramm (%n)</numerusform>
            <numerusform>genommen, aber nicht im Diagramm (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) of the runs match no step</source>
        <translation>
            <numerusform>%n Aktivität der Durchläufe passt zu keinem Schritt</numerusform>
            <numerusform>%n Aktivitäten der Durchläufe passen zu keinem Schritt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepwise::OverviewView</name>
    <message>
        <source>Map overview</source>
        <translation>Diagrammübersicht</translation>
    </message>
    <message>
        <source>The whole map, small; the outlined part is what the map shows. Click to go there.</source>
        <translation>Das gesamte Diagramm in klein; der umrandete Teil ist der im Diagramm sichtbare Ausschnitt. Klicken Sie, um dorthin zu springen.</translation>
    </message>
</context>
<context>
    <name>Stepwise::PalettePanel</name>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Steps to add to the map: drag one onto the map, or press Enter to insert it</source>
        <translation>Schritte zum Hinzufügen: Ziehen Sie einen auf das Diagramm oder drücken Sie Enter, um ihn einzufügen</translation>
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
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Decision?</source>
        <translation>Entscheidung?</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Lay out the map</source>
        <translation>Diagramm anordnen</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n step(s)</source>
        <translation>
            <numerusform>%n Schritt einfügen</numerusform>
            <numerusform>%n Schritte einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert step</source>
        <translation>Schritt einfügen</translation>
    </message>
    <message>
        <source>SLA clock</source>
        <translation>SLA-Zeitmessung</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>runs per month</source>
        <translation>Durchläufe pro Monat</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>Bedingung</translation>
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
    <message>
        <source>Diagnosing…</source>
        <translation>Wird diagnostiziert…</translation>
    </message>
    <message>
        <source>Design, ownership, tracking, improvement, automation: a filled mark is in place, a hollow one is not</source>
        <translation>Gestaltung, Verantwortung, Erfassung, Verbesserung, Automatisierung: Ein gefülltes Zeichen ist erfüllt, ein leeres nicht</translation>
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
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Review date set</source>
        <translation>Prüftermin festgelegt</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Prüftermin</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>A wait (a reply, a delivery)</source>
        <translation>Einen Eingang (eine Antwort, eine Lieferung)</translation>
    </message>
    <message>
        <source>A timer (a date, a delay)</source>
        <translation>Einen Zeitpunkt (ein Datum, eine Frist)</translation>
    </message>
    <message>
        <source>A message (mail, call, signal)</source>
        <translation>Eine Nachricht (E-Mail, Anruf, Signal)</translation>
    </message>
    <message>
        <source>&amp;Waits for:</source>
        <translation>&amp;Wartet auf:</translation>
    </message>
    <message>
        <source>What the step needs, one per line</source>
        <translation>Was der Schritt benötigt, eine Angabe pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Inputs:</source>
        <translation>Ein&amp;gaben:</translation>
    </message>
    <message>
        <source>What the step makes, one per line</source>
        <translation>Was der Schritt erzeugt, eine Angabe pro Zeile</translation>
    </message>
    <message>
        <source>O&amp;utputs:</source>
        <translation>E&amp;rgebnisse:</translation>
    </message>
    <message>
        <source>Applies to waiting plus processing time; a duration such as 4h, 2d or 1d 4h</source>
        <translation>Gilt für Warte- plus Bearbeitungszeit; eine Dauer wie 4h, 2d oder 1d 4h</translation>
    </message>
    <message>
        <source>Step S&amp;LA:</source>
        <translation>Schritt-S&amp;LA:</translation>
    </message>
    <message>
        <source>Effort to au&amp;tomate:</source>
        <translation>Automatisierungs&amp;aufwand:</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>Who owns these steps</source>
        <translation>Wer für diese Schritte verantwortlich ist</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Auswählen...</translation>
    </message>
    <message>
        <source>Choose the lane&apos;s colour</source>
        <translation>Die Farbe der Bahn auswählen</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>several values</source>
        <translation>mehrere Werte</translation>
    </message>
    <message numerus="yes">
        <source>%n handoffs</source>
        <translation>
            <numerusform>%n Übergabe</numerusform>
            <numerusform>%n Übergaben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A change of owner: from %1 to %2.</source>
        <translation>Wechsel der Verantwortung: von %1 zu %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) in this lane.</source>
        <translation>
            <numerusform>%n Schritt in dieser Bahn.</numerusform>
            <numerusform>%n Schritte in dieser Bahn.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(niemandem zugeordnet)</translation>
    </message>
    <message>
        <source>Lane Colour</source>
        <translation>Bahnfarbe</translation>
    </message>
    <message>
        <source>Calendar time</source>
        <translation>Kalenderzeit</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>How cycle, waiting and processing times and SLA compliance are measured: every hour of the day, or only working hours</source>
        <translation>Wie Durchlauf-, Warte- und Bearbeitungszeiten sowie die SLA-Einhaltung gemessen werden: jede Stunde des Tages oder nur die Arbeitszeiten</translation>
    </message>
    <message>
        <source>SLA c&amp;lock:</source>
        <translation>SLA-Zeitmess&amp;ung:</translation>
    </message>
    <message>
        <source>Working days and hours, such as Mon-Fri 09:00-18:00 or Mon-Thu 08:00-12:00,13:00-17:00; Fri 08:00-14:00</source>
        <translation>Arbeitstage und -zeiten, etwa Mon-Fri 09:00-18:00 oder Mon-Thu 08:00-12:00,13:00-17:00; Fri 08:00-14:00</translation>
    </message>
    <message>
        <source>&amp;Working hours:</source>
        <translation>&amp;Arbeitszeiten:</translation>
    </message>
    <message>
        <source>The time zone of the working hours, such as Europe/Berlin</source>
        <translation>Die Zeitzone der Arbeitszeiten, etwa Europe/Berlin</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Ze&amp;itzone:</translation>
    </message>
    <message>
        <source>Days off, as YYYY-MM-DD separated by commas: 2026-12-24, 2026-12-25</source>
        <translation>Freie Tage, als JJJJ-MM-TT durch Kommas getrennt: 2026-12-24, 2026-12-25</translation>
    </message>
    <message>
        <source>&amp;Holidays:</source>
        <translation>&amp;Feiertage:</translation>
    </message>
    <message>
        <source>Not applied.</source>
        <translation>Nicht angewendet.</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>nicht eingegeben</translation>
    </message>
    <message>
        <source>How often the process runs in a month. Until runs are logged, the Improve tab uses it with the steps&apos; expected durations to tell what each step costs.</source>
        <translation>Wie oft der Prozess pro Monat läuft. Solange keine Durchläufe erfasst sind, nutzt die Registerkarte „Verbessern“ diesen Wert mit den erwarteten Dauern der Schritte, um zu zeigen, was jeder Schritt kostet.</translation>
    </message>
    <message>
        <source>Runs per mon&amp;th:</source>
        <translation>Durchläufe pro Mona&amp;t:</translation>
    </message>
    <message>
        <source>Used until runs are logged.</source>
        <translation>Wird verwendet, bis Durchläufe erfasst sind.</translation>
    </message>
    <message>
        <source>Automation planned</source>
        <translation>Automatisierung geplant</translation>
    </message>
    <message>
        <source>Not to be automated</source>
        <translation>Nicht automatisieren</translation>
    </message>
    <message>
        <source>Shown on the map, such as “yes” or “over 500”</source>
        <translation>Wird im Diagramm angezeigt, etwa „ja“ oder „über 500“</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>Be&amp;dingung:</translation>
    </message>
    <message>
        <source>When it is taken, such as “amount &gt; 500”</source>
        <translation>Wann sie genommen wird, etwa „Betrag &gt; 500“</translation>
    </message>
</context>
<context>
    <name>Stepwise::Report</name>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Candidate for automation</source>
        <translation>Kandidat für die Automatisierung</translation>
    </message>
    <message>
        <source>Automation planned</source>
        <translation>Automatisierung geplant</translation>
    </message>
    <message>
        <source>Automated</source>
        <translation>Automatisiert</translation>
    </message>
    <message>
        <source>Not to be automated</source>
        <translation>Nicht automatisieren</translation>
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
        <source>Event: a wait</source>
        <translation>Ereignis: ein Eingang</translation>
    </message>
    <message>
        <source>Event: a timer</source>
        <translation>Ereignis: ein Zeitpunkt</translation>
    </message>
    <message>
        <source>Event: a message</source>
        <translation>Ereignis: eine Nachricht</translation>
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
        <source>the first run</source>
        <translation>erster Durchlauf</translation>
    </message>
    <message>
        <source>the last run</source>
        <translation>letzter Durchlauf</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>PROCESS REPORT</source>
        <translation>PROZESSBERICHT</translation>
    </message>
    <message>
        <source>No description yet.</source>
        <translation>Noch keine Beschreibung.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>SLA-Ziel</translation>
    </message>
    <message>
        <source>%1 from the start of a run to its end</source>
        <translation>%1 vom Start eines Durchlaufs bis zu seinem Ende</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>keines festgelegt</translation>
    </message>
    <message>
        <source>SLA clock</source>
        <translation>SLA-Zeitmessung</translation>
    </message>
    <message>
        <source>business hours: %1</source>
        <translation>Geschäftszeiten: %1</translation>
    </message>
    <message>
        <source>calendar time (every hour counts)</source>
        <translation>Kalenderzeit (jede Stunde zählt)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 und %3</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n Bahn</numerusform>
            <numerusform>%n Bahnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handoff(s)</source>
        <translation>
            <numerusform>%n Übergabe</numerusform>
            <numerusform>%n Übergaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest revision</source>
        <translation>Letzte Revision</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not saved as a revision yet</source>
        <translation>noch nicht als Revision gespeichert</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>runs that started from %1</source>
        <translation>Durchläufe mit Start von %1</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Berichtsdatum</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>The map</source>
        <translation>Das Diagramm</translation>
    </message>
    <message>
        <source>The steps</source>
        <translation>Die Schritte</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>The map has no steps yet.</source>
        <translation>Das Diagramm hat noch keine Schritte.</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>Bahnen:</translation>
    </message>
    <message>
        <source>Every step of the map in the order of the flow: who does it, when it is done, what it needs and makes, how long it should take, and how far it is automated.</source>
        <translation>Jeder Schritt des Diagramms in der Reihenfolge des Ablaufs: wer ihn erledigt, wann er erledigt ist, was er braucht und erzeugt, wie lange er dauern sollte und wie weit er automatisiert ist.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Definition of done</source>
        <translation>Definition of Done</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Expected duration</source>
        <translation>Erwartete Dauer</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>SLA %1</source>
        <translation>SLA %1</translation>
    </message>
    <message>
        <source>Runs that started from %1, measured on the process&apos;s SLA clock.</source>
        <translation>Durchläufe mit Start von %1, gemessen nach der SLA-Zeitmessung des Prozesses.</translation>
    </message>
    <message>
        <source>No runs have been logged for this process yet, so there are no figures to show. Once its runs are logged by hand or imported from an event log, this part shows its cycle time, SLA compliance and where the time goes.</source>
        <translation>Für diesen Prozess wurden noch keine Durchläufe erfasst, daher gibt es keine Kennzahlen. Sobald Durchläufe von Hand erfasst oder aus einem Ereignisprotokoll importiert sind, zeigt dieser Teil Durchlaufzeit, SLA-Einhaltung und wo die Zeit bleibt.</translation>
    </message>
    <message numerus="yes">
        <source>No runs of this process started in this window: the %Ln run(s) it has started at other times. Choose a longer window to see their figures.</source>
        <translation>
            <numerusform>In diesem Zeitraum hat kein Durchlauf dieses Prozesses begonnen: Sein %Ln Durchlauf begann zu einer anderen Zeit. Wählen Sie einen längeren Zeitraum, um seine Kennzahlen zu sehen.</numerusform>
            <numerusform>In diesem Zeitraum hat kein Durchlauf dieses Prozesses begonnen: Seine %Ln Durchläufe begannen zu anderen Zeiten. Wählen Sie einen längeren Zeitraum, um ihre Kennzahlen zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The five components of business process operations at a glance: %n of 5 in place.</source>
        <translation>
            <numerusform>Die fünf Bestandteile des Prozessbetriebs auf einen Blick: %n von 5 erfüllt.</numerusform>
            <numerusform>Die fünf Bestandteile des Prozessbetriebs auf einen Blick: %n von 5 erfüllt.</numerusform>
        </translation>
    </message>
    <message>
        <source>In place</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Bestandteil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Was die Prüfung ergab</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Process report: %1</source>
        <translation>Prozessbericht: %1</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>What to fix first</source>
        <translation>Was zuerst verbessert werden sollte</translation>
    </message>
    <message>
        <source>None of the rules finds a task worth automating.</source>
        <translation>Keine der Regeln findet eine Aufgabe, deren Automatisierung sich lohnt.</translation>
    </message>
    <message>
        <source>Automation candidates. &quot;Saves a month&quot; is what automating one at %1&#xa0;% would save: its work and the wait before it, as the runs are replayed.</source>
        <translation>Automatisierungskandidaten. „Spart pro Monat“ ist, was eine Automatisierung zu %1&#xa0;% sparen würde: die Arbeit und die Wartezeit davor, wenn man die Durchläufe nachspielt.</translation>
    </message>
    <message>
        <source>Fix first: %1</source>
        <translation>Zuerst verbessern: %1</translation>
    </message>
    <message>
        <source>Why automate it</source>
        <translation>Warum automatisieren</translation>
    </message>
    <message>
        <source>Saves a month</source>
        <translation>Spart pro Monat</translation>
    </message>
</context>
<context>
    <name>Stepwise::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>A PDF of &quot;%1&quot; to hand to a client or a new colleague: its map, its steps, the figures of its runs and its diagnostic.</source>
        <translation>Ein PDF von „%1“ für Kunden oder neue Mitarbeitende: sein Diagramm, seine Schritte, die Kennzahlen seiner Durchläufe und seine Diagnose.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Durc&amp;hsuchen...</translation>
    </message>
    <message>
        <source>Which runs the figures cover: by the day they started, up to today (UTC)</source>
        <translation>Welche Durchläufe die Kennzahlen abdecken: nach dem Tag ihres Starts, bis heute (UTC)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Runs started in:</source>
        <translation>Durchläufe mit &amp;Start in:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>%1 report</source>
        <translation>Bericht %1</translation>
    </message>
    <message>
        <source>Writing the report of &quot;%1&quot;...</source>
        <translation>Bericht von „%1“ wird geschrieben...</translation>
    </message>
    <message>
        <source>The report is written to %1.</source>
        <translation>Der Bericht wurde nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>Stepwise::ReportJob</name>
    <message>
        <source>The figures for the report could not be read: %1</source>
        <translation>Die Kennzahlen für den Bericht konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Der Bericht konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Stepwise::ReviewDateEdit</name>
    <message>
        <source>Set the date from today</source>
        <translation>Das Datum ab heute festlegen</translation>
    </message>
    <message>
        <source>Set from today…</source>
        <translation>Ab heute festlegen…</translation>
    </message>
</context>
<context>
    <name>Stepwise::ReviewsDueBanner</name>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Hide until the next start</source>
        <translation>Bis zum nächsten Programmstart ausblenden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;A checkpoint review is due:&lt;/b&gt; the %1 of “%2” (%3).</source>
        <translation>&lt;b&gt;Eine Prüfung eines Kontrollpunkts ist fällig:&lt;/b&gt; %1 von „%2“ (%3).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n checkpoint reviews are due:&lt;/b&gt; %1.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Prüfung von Kontrollpunkten ist fällig:&lt;/b&gt; %1.</numerusform>
            <numerusform>&lt;b&gt;%n Prüfungen von Kontrollpunkten sind fällig:&lt;/b&gt; %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Stepwise::RevisionCompare</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>verantwortliche Person</translation>
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
        <source>SLA clock</source>
        <translation>SLA-Zeitmessung</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>runs per month</source>
        <translation>Durchläufe pro Monat</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
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
        <translation>erwartete Dauer</translation>
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
        <source>trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>BPMN element</source>
        <translation>BPMN-Element</translation>
    </message>
    <message>
        <source>BPMN event</source>
        <translation>BPMN-Ereignis</translation>
    </message>
    <message>
        <source>attached step</source>
        <translation>angehefteter Schritt</translation>
    </message>
    <message>
        <source>interrupting</source>
        <translation>unterbrechend</translation>
    </message>
    <message>
        <source>sub-process map</source>
        <translation>Teilprozess-Diagramm</translation>
    </message>
    <message>
        <source>width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>other properties</source>
        <translation>weitere Eigenschaften</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
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
        <source>%1 in the %2 before %3, %4 in the %2 after.</source>
        <translation>%1 in %2 vor dem %3, %4 in %2 danach.</translation>
    </message>
    <message>
        <source>No runs started around this change: log runs to see whether it held.</source>
        <translation>Um diese Änderung herum haben keine Durchläufe begonnen: Erfassen Sie Durchläufe, um zu sehen, ob sie sich bewährt hat.</translation>
    </message>
    <message>
        <source>No runs have started since the change on %1 yet: nothing to compare.</source>
        <translation>Seit der Änderung am %1 hat noch kein Durchlauf begonnen: nichts zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>No runs started in the %n day(s) before the change: nothing to compare against.</source>
        <translation>
            <numerusform>Am Tag vor der Änderung hat kein Durchlauf begonnen: nichts zum Vergleichen.</numerusform>
            <numerusform>In den %n Tagen vor der Änderung hat kein Durchlauf begonnen: nichts zum Vergleichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few runs to tell yet whether the change held: %1 before and %2 after it (%3 on each side make a fair comparison).</source>
        <translation>Zu wenige Durchläufe, um schon zu sagen, ob sich die Änderung bewährt hat: %1 davor und %2 danach (%3 auf jeder Seite ergeben einen fairen Vergleich).</translation>
    </message>
    <message>
        <source>The change held: runs are faster since.</source>
        <translation>Die Änderung hat sich bewährt: Die Durchläufe sind seitdem schneller.</translation>
    </message>
    <message>
        <source>The change did not hold: runs are slower since.</source>
        <translation>Die Änderung hat sich nicht bewährt: Die Durchläufe sind seitdem langsamer.</translation>
    </message>
    <message>
        <source>No clear difference in cycle time since the change.</source>
        <translation>Seit der Änderung kein klarer Unterschied in der Durchlaufzeit.</translation>
    </message>
    <message>
        <source>Mixed: typical runs are faster since the change, but the slowest are slower.</source>
        <translation>Gemischt: Typische Durchläufe sind seit der Änderung schneller, die langsamsten aber langsamer.</translation>
    </message>
    <message>
        <source>Mixed: typical runs are slower since the change, but the slowest are faster.</source>
        <translation>Gemischt: Typische Durchläufe sind seit der Änderung langsamer, die langsamsten aber schneller.</translation>
    </message>
    <message numerus="yes">
        <source>Median cycle time fell from %1 to %2 (%3) over %n run(s) since the change.</source>
        <translation>
            <numerusform>Der Median der Durchlaufzeit sank von %1 auf %2 (%3), über %n Durchlauf seit der Änderung.</numerusform>
            <numerusform>Der Median der Durchlaufzeit sank von %1 auf %2 (%3), über %n Durchläufe seit der Änderung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median cycle time rose from %1 to %2 (%3) over %n run(s) since the change.</source>
        <translation>
            <numerusform>Der Median der Durchlaufzeit stieg von %1 auf %2 (%3), über %n Durchlauf seit der Änderung.</numerusform>
            <numerusform>Der Median der Durchlaufzeit stieg von %1 auf %2 (%3), über %n Durchläufe seit der Änderung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median cycle time stayed at about %1 over %n run(s) since the change.</source>
        <translation>
            <numerusform>Der Median der Durchlaufzeit blieb bei etwa %1, über %n Durchlauf seit der Änderung.</numerusform>
            <numerusform>Der Median der Durchlaufzeit blieb bei etwa %1, über %n Durchläufe seit der Änderung.</numerusform>
        </translation>
    </message>
    <message>
        <source>P90 cycle time fell from %1 to %2 (%3).</source>
        <translation>Die P90-Durchlaufzeit sank von %1 auf %2 (%3).</translation>
    </message>
    <message>
        <source>P90 cycle time rose from %1 to %2 (%3).</source>
        <translation>Die P90-Durchlaufzeit stieg von %1 auf %2 (%3).</translation>
    </message>
    <message>
        <source>P90 cycle time stayed at about %1.</source>
        <translation>Die P90-Durchlaufzeit blieb bei etwa %1.</translation>
    </message>
    <message>
        <source>SLA compliance rose from %1 to %2.</source>
        <translation>Die SLA-Einhaltung stieg von %1 auf %2.</translation>
    </message>
    <message>
        <source>SLA compliance fell from %1 to %2.</source>
        <translation>Die SLA-Einhaltung sank von %1 auf %2.</translation>
    </message>
    <message>
        <source>SLA compliance stayed at %1.</source>
        <translation>Die SLA-Einhaltung blieb bei %1.</translation>
    </message>
    <message>
        <source>%1 ran no more since the change; it took %2 of waiting and processing before.</source>
        <translation>%1 kommt seit der Änderung nicht mehr vor; vorher brauchte der Schritt %2 Warte- und Bearbeitungszeit.</translation>
    </message>
    <message>
        <source>%1 is new since the change: %2 of waiting and processing on average.</source>
        <translation>%1 ist seit der Änderung neu: im Mittel %2 Warte- und Bearbeitungszeit.</translation>
    </message>
    <message>
        <source>%1: waiting and processing fell from %2 to %3 (%4).</source>
        <translation>%1: Warte- und Bearbeitungszeit sanken von %2 auf %3 (%4).</translation>
    </message>
    <message>
        <source>%1: waiting and processing rose from %2 to %3 (%4).</source>
        <translation>%1: Warte- und Bearbeitungszeit stiegen von %2 auf %3 (%4).</translation>
    </message>
    <message>
        <source>%1: waiting and processing stayed at about %2.</source>
        <translation>%1: Warte- und Bearbeitungszeit blieben bei etwa %2.</translation>
    </message>
</context>
<context>
    <name>Stepwise::RevisionComparePanel</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;mit</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Moved (dashed: where it was)</source>
        <translation>Verschoben (gestrichelt: wo es war)</translation>
    </message>
    <message>
        <source>Removed (where it was)</source>
        <translation>Entfernt (wo es war)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Did the change hold?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hat sich die Änderung bewährt?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Current map</source>
        <translation>Aktuelles Diagramm</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No revisions yet. File &gt; Save Revision keeps a snapshot of the map; save one before a change and compare it with the map after it.</source>
        <translation>Noch keine Revisionen. Datei &gt; Revision speichern hält einen Stand des Diagramms fest; speichern Sie einen vor einer Änderung und vergleichen Sie ihn danach mit dem Diagramm.</translation>
    </message>
    <message>
        <source>No process open.</source>
        <translation>Kein Prozess geöffnet.</translation>
    </message>
    <message>
        <source>This revision cannot be read: %1</source>
        <translation>Diese Revision kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Both sides are the same revision: pick another one.</source>
        <translation>Beide Seiten sind dieselbe Revision: Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>No differences: the two maps are the same.</source>
        <translation>Keine Unterschiede: Die beiden Diagramme sind gleich.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n verschoben</numerusform>
            <numerusform>%n verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>named</source>
        <translation>benannt</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>umbenannt, vorher %1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Bahn %1</translation>
    </message>
    <message>
        <source>%1: another place among the lanes</source>
        <translation>%1: andere Position unter den Bahnen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>%1: from lane %2 to %3</source>
        <translation>%1: von Bahn %2 nach %3</translation>
    </message>
    <message>
        <source>%1: moved on the map</source>
        <translation>%1: im Diagramm verschoben</translation>
    </message>
    <message>
        <source>Handoff %1</source>
        <translation>Übergabe %1</translation>
    </message>
    <message>
        <source>%1: rerouted, was %2</source>
        <translation>%1: umgeleitet, vorher %2</translation>
    </message>
    <message>
        <source>label added</source>
        <translation>Beschriftung hinzugefügt</translation>
    </message>
    <message>
        <source>relabelled from %1</source>
        <translation>Beschriftung geändert, vorher %1</translation>
    </message>
    <message>
        <source>Process: %1 changed</source>
        <translation>Prozess: %1 geändert</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
    <message>
        <source>Reading the runs...</source>
        <translation>Durchläufe werden gelesen...</translation>
    </message>
    <message>
        <source>The runs could not be read: %1</source>
        <translation>Die Durchläufe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The current map has no date of its own: the runs are split when the earlier revision was saved.</source>
        <translation>Das aktuelle Diagramm hat kein eigenes Datum: Die Durchläufe werden zum Speicherzeitpunkt der früheren Revision aufgeteilt.</translation>
    </message>
    <message>
        <source>A run counts on the side where it started.</source>
        <translation>Ein Durchlauf zählt auf der Seite, auf der er begann.</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source>Median cycle time</source>
        <translation>Median der Durchlaufzeit</translation>
    </message>
    <message>
        <source>P90 cycle time</source>
        <translation>P90-Durchlaufzeit</translation>
    </message>
    <message>
        <source>Mean cycle time</source>
        <translation>Mittlere Durchlaufzeit</translation>
    </message>
    <message>
        <source>%1%2 points</source>
        <translation>%1%2 Punkte</translation>
    </message>
    <message>
        <source>SLA compliance (%1)</source>
        <translation>SLA-Einhaltung (%1)</translation>
    </message>
    <message>
        <source>Waiting and processing</source>
        <translation>Warten und Bearbeitung</translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) before</source>
        <translation>
            <numerusform>%n Ausführung davor</numerusform>
            <numerusform>%n Ausführungen davor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) after</source>
        <translation>
            <numerusform>%n Ausführung danach</numerusform>
            <numerusform>%n Ausführungen danach</numerusform>
        </translation>
    </message>
    <message>
        <source>±0 points</source>
        <translation>±0 Punkte</translation>
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
    <message>
        <source>&amp;Compare...</source>
        <translation>&amp;Vergleichen...</translation>
    </message>
    <message>
        <source>What changed in the selected revision, drawn on the map, and whether the runs since show that the change held</source>
        <translation>Was sich in der ausgewählten Revision geändert hat, im Diagramm eingezeichnet, und ob die Durchläufe seitdem zeigen, dass sich die Änderung bewährt hat</translation>
    </message>
    <message>
        <source>Compare Revisions</source>
        <translation>Revisionen vergleichen</translation>
    </message>
</context>
<context>
    <name>Stepwise::RunMetrics</name>
    <message>
        <source>Process: %1</source>
        <translation>Prozess: %1</translation>
    </message>
    <message>
        <source>Runs: %1   Events: %2   Executions: %3   Activities: %4</source>
        <translation>Durchläufe: %1   Ereignisse: %2   Ausführungen: %3   Aktivitäten: %4</translation>
    </message>
    <message>
        <source>Period: %1 to %2 UTC</source>
        <translation>Zeitraum: %1 bis %2 UTC</translation>
    </message>
    <message>
        <source>Cycle time: min %1, median %2, mean %3, p90 %4, max %5</source>
        <translation>Durchlaufzeit: Minimum %1, Median %2, Mittelwert %3, p90 %4, Maximum %5</translation>
    </message>
    <message>
        <source>SLA: target %1, met by %2 of %3 runs (%4)</source>
        <translation>SLA: Ziel %1, eingehalten in %2 von %3 Durchläufen (%4)</translation>
    </message>
    <message>
        <source>SLA: no target</source>
        <translation>SLA: kein Ziel</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Processing median</source>
        <translation>Bearbeitungszeit (Median)</translation>
    </message>
    <message>
        <source>Processing mean</source>
        <translation>Bearbeitungszeit (Mittelwert)</translation>
    </message>
    <message>
        <source>Waiting median</source>
        <translation>Wartezeit (Median)</translation>
    </message>
    <message>
        <source>Waiting mean</source>
        <translation>Wartezeit (Mittelwert)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>In the map</source>
        <translation>Im Diagramm</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Übergänge</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source>Start steps</source>
        <translation>Startschritte</translation>
    </message>
    <message>
        <source>End steps</source>
        <translation>Endschritte</translation>
    </message>
    <message>
        <source>Variants: %1, the most frequent %2</source>
        <translation>Varianten: %1, davon die %2 häufigsten</translation>
    </message>
</context>
<context>
    <name>Stepwise::RunTimeline</name>
    <message>
        <source>Run timeline</source>
        <translation>Zeitleiste des Durchlaufs</translation>
    </message>
    <message>
        <source>(unnamed lane)</source>
        <translation>(unbenannte Bahn)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3 → %4</source>
        <translation>&lt;b&gt;Warten auf %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3 → %4</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Durch %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Processing: %1</source>
        <translation>Bearbeitung: %1</translation>
    </message>
    <message>
        <source>Completed %1 (start unknown)</source>
        <translation>Abgeschlossen: %1 (Start unbekannt)</translation>
    </message>
    <message>
        <source>Select a run to see its timeline.</source>
        <translation>Wählen Sie einen Durchlauf aus, um seine Zeitleiste zu sehen.</translation>
    </message>
</context>
<context>
    <name>Stepwise::RunsTableModel</name>
    <message numerus="yes">
        <source>Case “%1”: %n event(s)</source>
        <translation>
            <numerusform>Fall „%1“: %n Ereignis</numerusform>
            <numerusform>Fall „%1“: %n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>No timestamps</source>
        <translation>Keine Zeitstempel</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>The process has no SLA target.</source>
        <translation>Der Prozess hat kein SLA-Ziel.</translation>
    </message>
    <message>
        <source>Met: %1 within the target of %2</source>
        <translation>Eingehalten: %1 innerhalb des Ziels von %2</translation>
    </message>
    <message>
        <source>Missed: %1 over the target of %2</source>
        <translation>Verfehlt: %1 über dem Ziel von %2</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Eingehalten</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation>✗ Verfehlt</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) done</source>
        <translation>
            <numerusform>%n Schritt erledigt</numerusform>
            <numerusform>%n Schritte erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The work changed hands %n time(s).</source>
        <translation>
            <numerusform>Die Verantwortung für die Arbeit wechselte %n-mal.</numerusform>
            <numerusform>Die Verantwortung für die Arbeit wechselte %n-mal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Owner changes</source>
        <translation>Verantwortungswechsel</translation>
    </message>
    <message>
        <source>The run&apos;s first timestamp (local time)</source>
        <translation>Der erste Zeitstempel des Durchlaufs (Ortszeit)</translation>
    </message>
    <message>
        <source>The run&apos;s last timestamp (local time)</source>
        <translation>Der letzte Zeitstempel des Durchlaufs (Ortszeit)</translation>
    </message>
    <message>
        <source>From the first timestamp to the last</source>
        <translation>Vom ersten Zeitstempel bis zum letzten</translation>
    </message>
    <message>
        <source>Whether the cycle time met the target of %1</source>
        <translation>Ob die Durchlaufzeit das Ziel von %1 eingehalten hat</translation>
    </message>
    <message>
        <source>Steps done (executions)</source>
        <translation>Erledigte Schritte (Ausführungen)</translation>
    </message>
    <message>
        <source>How often the work passed from one person or system to another</source>
        <translation>Wie oft die Arbeit von einer Person oder einem System an jemand anderen überging</translation>
    </message>
</context>
<context>
    <name>Stepwise::RunsView</name>
    <message>
        <source>&amp;Log a Run...</source>
        <translation>Durchlauf &amp;erfassen...</translation>
    </message>
    <message>
        <source>&amp;Import Runs...</source>
        <translation>Durchläufe &amp;importieren...</translation>
    </message>
    <message>
        <source>Filter by case...</source>
        <translation>Nach Fall filtern...</translation>
    </message>
    <message>
        <source>Filter runs by case</source>
        <translation>Durchläufe nach Fall filtern</translation>
    </message>
    <message>
        <source>Filter runs by SLA</source>
        <translation>Durchläufe nach SLA filtern</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Alle Durchläufe</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA eingehalten</translation>
    </message>
    <message>
        <source>SLA missed</source>
        <translation>SLA verfehlt</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source>Log a Run...</source>
        <translation>Durchlauf erfassen...</translation>
    </message>
    <message>
        <source>Log a run of this process by hand: the steps done, when, by whom</source>
        <translation>Einen Durchlauf dieses Prozesses von Hand erfassen: die erledigten Schritte, wann und von wem</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importieren...</translation>
    </message>
    <message>
        <source>Import runs from an event log (CSV, XES or XES.GZ)</source>
        <translation>Durchläufe aus einem Ereignisprotokoll importieren (CSV, XES oder XES.GZ)</translation>
    </message>
    <message>
        <source>&amp;Edit Run...</source>
        <translation>Durchlauf &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bearbeiten...</translation>
    </message>
    <message>
        <source>Change the steps and times of the current run</source>
        <translation>Die Schritte und Zeiten des aktuellen Durchlaufs ändern</translation>
    </message>
    <message>
        <source>&amp;Delete Runs...</source>
        <translation>Durchläufe &amp;löschen...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected runs</source>
        <translation>Die ausgewählten Durchläufe löschen</translation>
    </message>
    <message>
        <source>No process open</source>
        <translation>Kein Prozess geöffnet</translation>
    </message>
    <message>
        <source>Select a process on the left to see its runs.</source>
        <translation>Wählen Sie links einen Prozess aus, um seine Durchläufe zu sehen.</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Noch keine Durchläufe</translation>
    </message>
    <message>
        <source>Log how a run of “%1” went, step by step, or import an event log (CSV or XES) from another tool. Each run&apos;s cycle time, steps and changes of owner then show here.</source>
        <translation>Erfassen Sie Schritt für Schritt, wie ein Durchlauf von „%1“ verlief, oder importieren Sie ein Ereignisprotokoll (CSV oder XES) aus einem anderen Werkzeug. Durchlaufzeit, Schritte und Verantwortungswechsel jedes Durchlaufs erscheinen dann hier.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln Durchlauf</numerusform>
            <numerusform>%Ln Durchläufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln run(s)</source>
        <translation>
            <numerusform>%1 von %Ln Durchlauf</numerusform>
            <numerusform>%1 von %Ln Durchläufen</numerusform>
        </translation>
    </message>
    <message>
        <source>(reading...)</source>
        <translation>(wird gelesen...)</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation>(konnte nicht gelesen werden)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>cycle time %1</source>
        <translation>Durchlaufzeit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner change(s)</source>
        <translation>
            <numerusform>%n Verantwortungswechsel</numerusform>
            <numerusform>%n Verantwortungswechsel</numerusform>
        </translation>
    </message>
    <message>
        <source>The run could not be read.</source>
        <translation>Der Durchlauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Import Runs</source>
        <translation>Durchläufe importieren</translation>
    </message>
    <message>
        <source>Event logs (*.csv *.tsv *.txt *.xes *.xes.gz *.gz);;All files (*)</source>
        <translation>Ereignisprotokolle (*.csv *.tsv *.txt *.xes *.xes.gz *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Delete Runs</source>
        <translation>Durchläufe löschen</translation>
    </message>
    <message>
        <source>Delete the run of case “%1”?</source>
        <translation>Den Durchlauf des Falls „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln runs of “%1”?</source>
        <translation>
            <numerusform>%Ln Durchlauf von „%1“ löschen?</numerusform>
            <numerusform>%Ln Durchläufe von „%1“ löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their steps and times leave the workspace. This cannot be undone.</source>
        <translation>Ihre Schritte und Zeiten werden aus dem Arbeitsbereich entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The runs could not be deleted.</source>
        <translation>Die Durchläufe konnten nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Stepwise</source>
        <translation>Stepwise</translation>
    </message>
</context>
<context>
    <name>Stepwise::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>The language of menus and texts; System follows the desktop&apos;s language</source>
        <translation>Die Sprache der Menüs und Texte; System folgt der Sprache des Desktops</translation>
    </message>
    <message>
        <source>Applies when Stepwise starts again.</source>
        <translation>Gilt ab dem nächsten Start von Stepwise.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>The colours of the window; also in View &gt; Theme</source>
        <translation>Die Farben des Fensters; auch unter Ansicht &gt; Farbschema</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long after the last change the open map is saved (%1 to %2 seconds)</source>
        <translation>Wie lange nach der letzten Änderung das geöffnete Diagramm gespeichert wird (%1 bis %2 Sekunden)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Save changes after:</source>
        <translation>Änderungen &amp;speichern nach:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>The spacing of the grid steps snap to when moved (%1 to %2 px)</source>
        <translation>Der Abstand des Rasters, an dem Schritte beim Verschieben einrasten (%1 bis %2 px)</translation>
    </message>
    <message>
        <source>S&amp;nap moved steps to the grid</source>
        <translation>Verschobene Schritte am Raster &amp;ausrichten</translation>
    </message>
    <message>
        <source>Also in View &gt; Snap to Grid; Shift with the arrow keys moves by one pixel</source>
        <translation>Auch unter Ansicht &gt; Am Raster ausrichten; Umschalt mit den Pfeiltasten verschiebt um ein Pixel</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>&amp;Grid size:</source>
        <translation>&amp;Rastergröße:</translation>
    </message>
    <message>
        <source>Automatic (42 min, 3 h 20 min, 2.4 d)</source>
        <translation>Automatisch (42 min, 3 h 20 min, 2,4 d)</translation>
    </message>
    <message>
        <source>Always hours (0.7 h, 3.3 h, 57.6 h)</source>
        <translation>Immer Stunden (0,7 h, 3,3 h, 57,6 h)</translation>
    </message>
    <message>
        <source>Always days (0.03 d, 0.14 d, 2.4 d)</source>
        <translation>Immer Tage (0,03 d, 0,14 d, 2,4 d)</translation>
    </message>
    <message>
        <source>How cycle, waiting and processing times are written on the map, the dashboard and in reports</source>
        <translation>Wie Durchlauf-, Warte- und Bearbeitungszeiten im Diagramm, im Dashboard und in Berichten angezeigt werden</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>The paper the map export and the report start on, until you pick another there; the report, on A4 or Letter only, takes A4 for A3</source>
        <translation>Das Papier, mit dem Diagrammexport und Bericht beginnen, bis Sie dort ein anderes wählen; der Bericht, nur auf A4 oder Letter, nimmt A4 statt A3</translation>
    </message>
    <message>
        <source>Figures and exports</source>
        <translation>Kennzahlen und Exporte</translation>
    </message>
    <message>
        <source>&amp;Durations:</source>
        <translation>&amp;Dauern:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <source>Put the defaults into every field; OK keeps them</source>
        <translation>Alle Felder auf die Standardwerte setzen; OK übernimmt sie</translation>
    </message>
</context>
<context>
    <name>Stepwise::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search actions or keys</source>
        <translation>Aktionen oder Tasten suchen</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Stepwise::Statistics</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
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
    <message numerus="yes">
        <source>Runs: %n execution(s)&lt;br&gt;Mean waiting before it: %1&lt;br&gt;Mean processing: %2</source>
        <translation>
            <numerusform>Durchläufe: %n Ausführung&lt;br&gt;Mittlere Wartezeit davor: %1&lt;br&gt;Mittlere Bearbeitungszeit: %2</numerusform>
            <numerusform>Durchläufe: %n Ausführungen&lt;br&gt;Mittlere Wartezeit davor: %1&lt;br&gt;Mittlere Bearbeitungszeit: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No run reached this step.</source>
        <translation>Kein Durchlauf hat diesen Schritt erreicht.</translation>
    </message>
    <message>
        <source>Has a map of its own: double-click its + to open it.</source>
        <translation>Hat ein eigenes Diagramm: Doppelklicken Sie auf sein +, um es zu öffnen.</translation>
    </message>
</context>
<context>
    <name>Stepwise::StepPreset</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Where the process begins: a request, a date, a signal</source>
        <translation>Wo der Prozess beginnt: eine Anfrage, ein Termin, ein Signal</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>A piece of work someone does</source>
        <translation>Eine Arbeit, die jemand erledigt</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>A question whose answer picks the way on</source>
        <translation>Eine Frage, deren Antwort den weiteren Weg bestimmt</translation>
    </message>
    <message>
        <source>Decision?</source>
        <translation>Entscheidung?</translation>
    </message>
    <message>
        <source>Wait / event</source>
        <translation>Warten / Ereignis</translation>
    </message>
    <message>
        <source>Waiting for something: a reply, a date, a delivery</source>
        <translation>Warten auf etwas: eine Antwort, einen Termin, eine Lieferung</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Where the process is done</source>
        <translation>Wo der Prozess abgeschlossen ist</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Someone approves or rejects</source>
        <translation>Jemand gibt frei oder lehnt ab</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Tell someone by email, chat or SMS</source>
        <translation>Jemanden per E-Mail, Chat oder SMS informieren</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <source>Data entry</source>
        <translation>Dateneingabe</translation>
    </message>
    <message>
        <source>Type data into a system</source>
        <translation>Daten in ein System eingeben</translation>
    </message>
    <message>
        <source>Enter data</source>
        <translation>Daten eingeben</translation>
    </message>
    <message>
        <source>Client call</source>
        <translation>Kundenanruf</translation>
    </message>
    <message>
        <source>Call the client</source>
        <translation>Kunden anrufen</translation>
    </message>
    <message>
        <source>Automated step</source>
        <translation>Automatisierter Schritt</translation>
    </message>
    <message>
        <source>A step a system does on its own</source>
        <translation>Ein Schritt, den ein System selbstständig ausführt</translation>
    </message>
</context>
<context>
    <name>Stepwise::UndesignedItem</name>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message numerus="yes">
        <source>Not on the map: %1 → %2
Taken %n time(s) by the runs; mean wait %3</source>
        <translation>
            <numerusform>Nicht im Diagramm: %1 → %2
Von den Durchläufen %n-mal genommen; mittlere Wartezeit %3</numerusform>
            <numerusform>Nicht im Diagramm: %1 → %2
Von den Durchläufen %n-mal genommen; mittlere Wartezeit %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepwise::Validation</name>
    <message>
        <source>(unnamed step)</source>
        <translation>(unbenannter Schritt)</translation>
    </message>
    <message>
        <source>The map has no start: add a start step where the work begins.</source>
        <translation>Das Diagramm hat keinen Start: Fügen Sie dort einen Startschritt ein, wo die Arbeit beginnt.</translation>
    </message>
    <message>
        <source>The map has no end: add an end step where the work is done.</source>
        <translation>Das Diagramm hat kein Ende: Fügen Sie dort einen Endschritt ein, wo die Arbeit erledigt ist.</translation>
    </message>
    <message>
        <source>“%1” cannot be reached from a start.</source>
        <translation>„%1“ ist von keinem Start aus erreichbar.</translation>
    </message>
    <message>
        <source>“%1” leads nowhere: connect it to the next step or make it an end.</source>
        <translation>„%1“ führt nirgendwohin: Verbinden Sie den Schritt mit dem nächsten Schritt oder machen Sie ihn zu einem Ende.</translation>
    </message>
    <message>
        <source>The decision “%1” has only one way on: a decision needs at least two.</source>
        <translation>Die Entscheidung „%1“ hat nur einen weiteren Weg: Eine Entscheidung braucht mindestens zwei.</translation>
    </message>
    <message numerus="yes">
        <source>The decision “%1” has %n branch(es) without a label.</source>
        <translation>
            <numerusform>Die Entscheidung „%1“ hat %n Zweig ohne Beschriftung.</numerusform>
            <numerusform>Die Entscheidung „%1“ hat %n Zweige ohne Beschriftung.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is outside every lane: nobody owns it.</source>
        <translation>„%1“ liegt außerhalb aller Bahnen: Niemand ist dafür verantwortlich.</translation>
    </message>
    <message>
        <source>Lane %1 has no owner: name the person, role, team or system.</source>
        <translation>Bahn %1 ist niemandem zugeordnet: Geben Sie die Person, die Rolle, das Team oder das System an.</translation>
    </message>
    <message>
        <source>The task “%1” has no definition of done.</source>
        <translation>Die Aufgabe „%1“ hat keine Definition of Done.</translation>
    </message>
</context>
<context>
    <name>Stepwise::ValidationPanel</name>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Problems of the map</source>
        <translation>Probleme im Diagramm</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
        <source>No process open</source>
        <translation>Kein Prozess geöffnet</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>Stepwise::WelcomePanel</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to Stepwise</source>
        <translation>Willkommen bei Stepwise</translation>
    </message>
    <message>
        <source>Running a process well takes five things. The two example processes show each of them: press a button to go there.</source>
        <translation>Einen Prozess gut zu führen, braucht fünf Dinge. Die beiden Beispielprozesse zeigen jedes davon: Drücken Sie eine Schaltfläche, um dorthin zu gelangen.</translation>
    </message>
    <message>
        <source>Open the Map</source>
        <translation>Diagramm öffnen</translation>
    </message>
    <message>
        <source>Every lane names who owns its work, so no step is nobody&apos;s job. Select a lane to see its owner and kind in the Properties.</source>
        <translation>Jede Bahn nennt, wer für ihre Arbeit verantwortlich ist, damit kein Schritt liegen bleibt. Wählen Sie eine Bahn aus, um in den Eigenschaften zu sehen, wem sie zugeordnet ist und welchen Typ sie hat.</translation>
    </message>
    <message>
        <source>Show a Lane&apos;s Owner</source>
        <translation>Verantwortung einer Bahn zeigen</translation>
    </message>
    <message>
        <source>“Support ticket” comes with four months of runs. The Runs tab lists each one; the Dashboard shows cycle time, SLA compliance and where the time goes.</source>
        <translation>„Support-Ticket“ bringt vier Monate an Durchläufen mit. Die Registerkarte „Durchläufe“ listet jeden auf; das Dashboard zeigt Durchlaufzeit, SLA-Einhaltung und wo die Zeit bleibt.</translation>
    </message>
    <message>
        <source>Show the Runs</source>
        <translation>Durchläufe zeigen</translation>
    </message>
    <message>
        <source>Open the Dashboard</source>
        <translation>Dashboard öffnen</translation>
    </message>
    <message>
        <source>Save a revision (%1) after each change. On the Improve tab, a checkpoint sets a target to review, and the revision compare shows whether a change held.</source>
        <translation>Speichern Sie nach jeder Änderung eine Revision (%1). Auf der Registerkarte „Verbessern“ legt ein Kontrollpunkt ein Ziel zur Prüfung fest, und der Revisionsvergleich zeigt, ob eine Änderung gewirkt hat.</translation>
    </message>
    <message>
        <source>Open the Checkpoint</source>
        <translation>Kontrollpunkt öffnen</translation>
    </message>
    <message>
        <source>Compare Revisions</source>
        <translation>Revisionen vergleichen</translation>
    </message>
    <message>
        <source>The Improve tab lists the steps worth automating and the hours a month each would save; What if replays the runs as if a step were automated.</source>
        <translation>Die Registerkarte „Verbessern“ listet die Schritte, deren Automatisierung sich lohnt, und die Stunden, die jeder pro Monat sparen würde; „Was wäre, wenn“ spielt die Durchläufe nach, als wäre ein Schritt automatisiert.</translation>
    </message>
    <message>
        <source>See the Candidates</source>
        <translation>Kandidaten ansehen</translation>
    </message>
    <message>
        <source>Try What If</source>
        <translation>„Was wäre, wenn“ ausprobieren</translation>
    </message>
    <message>
        <source>Help &gt; Welcome shows this again.</source>
        <translation>Hilfe &gt; Willkommen zeigt dies erneut.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the welcome; Help &gt; Welcome shows it again</source>
        <translation>Den Willkommensbereich schließen; Hilfe &gt; Willkommen zeigt ihn erneut</translation>
    </message>
    <message>
        <source>“Client onboarding” is drawn as a map: steps in the lanes of who does them, and the handoffs between them. The Validation panel lists what a map still lacks.</source>
        <translation>„Kunden-Onboarding“ ist als Diagramm gezeichnet: Schritte in den Bahnen derer, die sie erledigen, und die Übergaben dazwischen. Der Bereich „Validierung“ zeigt, was einem Diagramm noch fehlt.</translation>
    </message>
</context>
<context>
    <name>Stepwise::WhatIf</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 zu %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>What if: %1, %Ln run(s)</source>
        <translation>
            <numerusform>Was wäre, wenn: %1, %Ln Durchlauf</numerusform>
            <numerusform>Was wäre, wenn: %1, %Ln Durchläufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Automating %1 at %2: %Ln execution(s), %3 saved</source>
        <translation>
            <numerusform>  %1 zu %2 automatisiert: %Ln Ausführung, %3 gespart</numerusform>
            <numerusform>  %1 zu %2 automatisiert: %Ln Ausführungen, %3 gespart</numerusform>
        </translation>
    </message>
    <message>
        <source>The process has no runs to replay: log or import runs first.</source>
        <translation>Der Prozess hat keine Durchläufe zum Nachspielen: Erfassen oder importieren Sie zuerst Durchläufe.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Cycle time, min</source>
        <translation>Durchlaufzeit, Minimum</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>Runs within %1</source>
        <translation>Durchläufe innerhalb von %1</translation>
    </message>
    <message>
        <source>SLA: no target</source>
        <translation>SLA: kein Ziel</translation>
    </message>
    <message>
        <source>Saved: %1 a month (%2 over %3 months of runs: %4 of work, %5 of waiting).</source>
        <translation>Gespart: %1 pro Monat (%2 über %3 Monate mit Durchläufen: %4 Arbeit, %5 Wartezeit).</translation>
    </message>
    <message>
        <source>Pick the steps to automate and by how much.</source>
        <translation>Wählen Sie die zu automatisierenden Schritte und um wie viel.</translation>
    </message>
    <message>
        <source>There are no runs to replay yet: log or import runs to see what automating %1 would save.</source>
        <translation>Es gibt noch keine Durchläufe zum Nachspielen: Erfassen oder importieren Sie Durchläufe, um zu sehen, was die Automatisierung von %1 sparen würde.</translation>
    </message>
    <message>
        <source>Automating %1 would save no time the runs show: the runs never waited for it or spent time in it.</source>
        <translation>Die Automatisierung von %1 würde keine Zeit sparen, die die Durchläufe zeigen: Sie haben nie darauf gewartet oder Zeit darin verbracht.</translation>
    </message>
    <message>
        <source>Automating %1 would save about %2 a month and lift SLA compliance from %3 to %4.</source>
        <translation>Die Automatisierung von %1 würde etwa %2 pro Monat sparen und die SLA-Einhaltung von %3 auf %4 heben.</translation>
    </message>
    <message>
        <source>Automating %1 would save about %2 a month; SLA compliance would stay at %3.</source>
        <translation>Die Automatisierung von %1 würde etwa %2 pro Monat sparen; die SLA-Einhaltung bliebe bei %3.</translation>
    </message>
    <message>
        <source>Automating %1 would save about %2 a month.</source>
        <translation>Die Automatisierung von %1 würde etwa %2 pro Monat sparen.</translation>
    </message>
    <message>
        <source>Of that time, %1 is work; the rest is waiting.</source>
        <translation>Davon ist %1 Arbeit; der Rest ist Wartezeit.</translation>
    </message>
    <message>
        <source>All of it is waiting.</source>
        <translation>Das ist alles Wartezeit.</translation>
    </message>
    <message>
        <source>The median run would take %1 instead of %2.</source>
        <translation>Ein typischer Durchlauf (Median) würde %1 statt %2 dauern.</translation>
    </message>
</context>
<context>
    <name>Stepwise::WhatIfPanel</name>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Was wäre, wenn</translation>
    </message>
    <message>
        <source>Automate these steps</source>
        <translation>Diese Schritte automatisieren</translation>
    </message>
    <message>
        <source>Steps to automate</source>
        <translation>Zu automatisierende Schritte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Time cut</source>
        <translation>Zeitkürzung</translation>
    </message>
    <message>
        <source>Tick a step to see the runs as if it were automated: its processing time and the waiting before it cut by the percentage. Double-click a step to show it on the map.</source>
        <translation>Haken Sie einen Schritt an, um die Durchläufe zu sehen, als wäre er automatisiert: seine Bearbeitungszeit und die Wartezeit davor um den Prozentsatz gekürzt. Doppelklicken Sie auf einen Schritt, um ihn im Diagramm anzuzeigen.</translation>
    </message>
    <message>
        <source>Double-click a step to show it on the map.</source>
        <translation>Doppelklicken Sie auf einen Schritt, um ihn im Diagramm anzuzeigen.</translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation>Wird berechnet...</translation>
    </message>
    <message>
        <source>As logged</source>
        <translation>Wie erfasst</translation>
    </message>
    <message>
        <source>Automated</source>
        <translation>Automatisiert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Median cycle time</source>
        <translation>Median der Durchlaufzeit</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>Mean cycle time</source>
        <translation>Mittlere Durchlaufzeit</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>Time saved a month</source>
        <translation>Gesparte Zeit pro Monat</translation>
    </message>
    <message>
        <source>Cycle times, as logged and automated</source>
        <translation>Durchlaufzeiten, wie erfasst und automatisiert</translation>
    </message>
    <message>
        <source>What-if cycle times</source>
        <translation>Durchlaufzeiten (Was wäre, wenn)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source>Reading the runs...</source>
        <translation>Durchläufe werden gelesen...</translation>
    </message>
    <message>
        <source>No process open</source>
        <translation>Kein Prozess geöffnet</translation>
    </message>
    <message>
        <source>Select a process on the left to see what automating its steps would save.</source>
        <translation>Wählen Sie links einen Prozess aus, um zu sehen, was die Automatisierung seiner Schritte sparen würde.</translation>
    </message>
    <message>
        <source>Time cut for %1</source>
        <translation>Zeitkürzung für %1</translation>
    </message>
    <message>
        <source>How much of the step&apos;s processing time and the waiting before it automating it would cut</source>
        <translation>Um wie viel eine Automatisierung die Bearbeitungszeit des Schritts und die Wartezeit davor kürzen würde</translation>
    </message>
    <message>
        <source>No logged run executed this step: automating it saves nothing the runs show.</source>
        <translation>Kein erfasster Durchlauf hat diesen Schritt ausgeführt: Seine Automatisierung spart nichts, was die Durchläufe zeigen.</translation>
    </message>
    <message>
        <source>The runs could not be read</source>
        <translation>Die Durchläufe konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Nothing to replay yet</source>
        <translation>Noch nichts zum Nachspielen</translation>
    </message>
    <message>
        <source>What automating a step would save appears here once the process has runs: log them by hand or import an event log.</source>
        <translation>Was die Automatisierung eines Schritts sparen würde, erscheint hier, sobald der Prozess Durchläufe hat: Erfassen Sie sie von Hand oder importieren Sie ein Ereignisprotokoll.</translation>
    </message>
    <message>
        <source>Durations in business hours (%1). Saved time per month: over the %2 months from the first run&apos;s start to the last one&apos;s.</source>
        <translation>Dauern in Geschäftszeiten (%1). Gesparte Zeit pro Monat: über die %2 Monate vom Start des ersten bis zu dem des letzten Durchlaufs.</translation>
    </message>
    <message>
        <source>Saved time per month: the processing and waiting time cut, over the %1 months from the first run&apos;s start to the last one&apos;s.</source>
        <translation>Gesparte Zeit pro Monat: die gekürzte Bearbeitungs- und Wartezeit, über die %1 Monate vom Start des ersten bis zu dem des letzten Durchlaufs.</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>Runs within %1: %2 of %3</source>
        <translation>Durchläufe innerhalb von %1: %2 von %3</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>Set the process&apos;s cycle-time target in its properties</source>
        <translation>Legen Sie das Ziel für die Durchlaufzeit in den Eigenschaften des Prozesses fest</translation>
    </message>
    <message>
        <source>%1 of work, %2 of waiting</source>
        <translation>%1 Arbeit, %2 Wartezeit</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>SLA target %1</source>
        <translation>SLA-Ziel %1</translation>
    </message>
    <message>
        <source>bars of %1</source>
        <translation>Balken zu je %1</translation>
    </message>
    <message>
        <source>%1 or longer</source>
        <translation>%1 oder länger</translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation>%1 bis unter %2</translation>
    </message>
</context>
<context>
    <name>Stepwise::WorkspaceWindows</name>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>New &amp;Workspace...</source>
        <translation>Neuer &amp;Arbeitsbereich...</translation>
    </message>
    <message>
        <source>Make a new, empty workspace file and open it in a window</source>
        <translation>Eine neue, leere Arbeitsbereichsdatei anlegen und in einem Fenster öffnen</translation>
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation>Arbeitsbereich ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open a workspace file in a window of its own</source>
        <translation>Eine Arbeitsbereichsdatei in einem eigenen Fenster öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a &amp;Copy...</source>
        <translation>&amp;Kopie speichern unter...</translation>
    </message>
    <message>
        <source>Write a copy of this workspace to another file</source>
        <translation>Eine Kopie dieses Arbeitsbereichs in eine andere Datei schreiben</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <source>Stepwise workspaces (*.stepwise)</source>
        <translation>Stepwise-Arbeitsbereiche (*.stepwise)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Cannot make a new workspace as %1: it is open in a window. Close that window first, or choose another name.</source>
        <translation>Der neue Arbeitsbereich kann nicht als %1 angelegt werden: Die Datei ist in einem Fenster geöffnet. Schließen Sie zuerst dieses Fenster oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Cannot make a new workspace: no temporary folder (%1).</source>
        <translation>Der neue Arbeitsbereich kann nicht angelegt werden: kein temporärer Ordner (%1).</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1 is no longer there, so it was removed from the recent workspaces.</source>
        <translation>%1 ist nicht mehr vorhanden und wurde daher aus den zuletzt geöffneten Arbeitsbereichen entfernt.</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 - Kopie</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: it is open in another window.</source>
        <translation>Die Kopie kann nicht als %1 gespeichert werden: Die Datei ist in einem anderen Fenster geöffnet.</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Kopie als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Opened in place of the default workspace, which nobody had changed; File &gt; Open Recent opens it again.</source>
        <translation>An Stelle des Standard-Arbeitsbereichs geöffnet, den niemand geändert hatte; Datei &gt; Zuletzt geöffnet öffnet ihn wieder.</translation>
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
    <message>
        <source>import runs</source>
        <translation>Importieren der Durchläufe</translation>
    </message>
    <message>
        <source>importing runs</source>
        <translation>Importieren der Durchläufe</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>The process already has %n of these runs (the first: case &quot;%1&quot;); nothing was imported.</source>
        <translation>
            <numerusform>Der Prozess hat %n dieser Durchläufe schon (den ersten: Fall „%1“); nichts wurde importiert.</numerusform>
            <numerusform>Der Prozess hat %n dieser Durchläufe schon (den ersten: Fall „%1“); nichts wurde importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>replacing runs</source>
        <translation>Ersetzen der Durchläufe</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; has an execution without an end or a name.</source>
        <translation>Der Durchlauf „%1“ hat eine Ausführung ohne Ende oder Namen.</translation>
    </message>
    <message>
        <source>importing run &quot;%1&quot;</source>
        <translation>Importieren des Durchlaufs „%1“</translation>
    </message>
    <message>
        <source>reading the runs</source>
        <translation>Lesen der Durchläufe</translation>
    </message>
    <message>
        <source>The runs of process %1 in %2 are damaged: an execution names no activity.</source>
        <translation>Die Durchläufe des Prozesses %1 in %2 sind beschädigt: Eine Ausführung nennt keine Aktivität.</translation>
    </message>
    <message>
        <source>counting the runs</source>
        <translation>Zählen der Durchläufe</translation>
    </message>
    <message>
        <source>delete the runs</source>
        <translation>Löschen der Durchläufe</translation>
    </message>
    <message>
        <source>deleting the runs</source>
        <translation>Löschen der Durchläufe</translation>
    </message>
    <message>
        <source>listing the runs</source>
        <translation>Auflisten der Durchläufe</translation>
    </message>
    <message>
        <source>finding a run</source>
        <translation>Suchen eines Durchlaufs</translation>
    </message>
    <message>
        <source>reading the resources</source>
        <translation>Lesen der Ressourcen</translation>
    </message>
    <message>
        <source>delete runs</source>
        <translation>Löschen von Durchläufen</translation>
    </message>
    <message>
        <source>deleting runs</source>
        <translation>Löschen von Durchläufen</translation>
    </message>
    <message>
        <source>Process %1 in %2 does not have all of these runs; none was deleted.</source>
        <translation>Prozess %1 in %2 hat nicht alle diese Durchläufe; keiner wurde gelöscht.</translation>
    </message>
    <message>
        <source>change a run</source>
        <translation>Ändern eines Durchlaufs</translation>
    </message>
    <message>
        <source>A run is replaced by exactly one run.</source>
        <translation>Ein Durchlauf wird durch genau einen Durchlauf ersetzt.</translation>
    </message>
    <message>
        <source>changing a run</source>
        <translation>Ändern eines Durchlaufs</translation>
    </message>
    <message>
        <source>The process already has a run of case “%1”.</source>
        <translation>Der Prozess hat bereits einen Durchlauf für den Fall „%1“.</translation>
    </message>
    <message>
        <source>There is no run %1 of process %2 in %3.</source>
        <translation>In %3 gibt es keinen Durchlauf %1 des Prozesses %2.</translation>
    </message>
    <message>
        <source>unknown SLA clock &quot;%1&quot;</source>
        <translation>unbekannte SLA-Zeitmessung „%1“</translation>
    </message>
    <message>
        <source>reading the checkpoint</source>
        <translation>Lesen des Kontrollpunkts</translation>
    </message>
    <message>
        <source>The checkpoint of process %1 in %2 is damaged: metric &quot;%3&quot;, review date &quot;%4&quot;.</source>
        <translation>Der Kontrollpunkt des Prozesses %1 in %2 ist beschädigt: Kennzahl „%3“, Prüftermin „%4“.</translation>
    </message>
    <message>
        <source>set the checkpoint</source>
        <translation>Festlegen des Kontrollpunkts</translation>
    </message>
    <message>
        <source>A checkpoint needs a date to review it on.</source>
        <translation>Ein Kontrollpunkt braucht einen Prüftermin.</translation>
    </message>
    <message>
        <source>The target of a rate is a share between 0% and 100%.</source>
        <translation>Das Ziel einer Quote ist ein Anteil zwischen 0 % und 100 %.</translation>
    </message>
    <message>
        <source>The target of a cycle time cannot be negative.</source>
        <translation>Das Ziel einer Durchlaufzeit kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>changing the checkpoint</source>
        <translation>Ändern des Kontrollpunkts</translation>
    </message>
    <message>
        <source>replacing the checkpoint</source>
        <translation>Ersetzen des Kontrollpunkts</translation>
    </message>
    <message>
        <source>setting the checkpoint</source>
        <translation>Festlegen des Kontrollpunkts</translation>
    </message>
    <message>
        <source>remove the checkpoint</source>
        <translation>Entfernen des Kontrollpunkts</translation>
    </message>
    <message>
        <source>removing the checkpoint</source>
        <translation>Entfernen des Kontrollpunkts</translation>
    </message>
    <message>
        <source>record the review</source>
        <translation>Erfassen der Prüfung</translation>
    </message>
    <message>
        <source>A review needs the date of the next one.</source>
        <translation>Eine Prüfung braucht das Datum der nächsten.</translation>
    </message>
    <message>
        <source>Adjusting the target needs the new target.</source>
        <translation>Zum Anpassen des Ziels wird das neue Ziel benötigt.</translation>
    </message>
    <message>
        <source>recording the review</source>
        <translation>Erfassen der Prüfung</translation>
    </message>
    <message>
        <source>There is no active checkpoint %1 in %2.</source>
        <translation>In %2 gibt es keinen aktiven Kontrollpunkt %1.</translation>
    </message>
    <message>
        <source>reading the reviews</source>
        <translation>Lesen der Prüfungen</translation>
    </message>
    <message>
        <source>Review %1 in %2 is damaged: metric &quot;%3&quot;, decision &quot;%4&quot;.</source>
        <translation>Prüfung %1 in %2 ist beschädigt: Kennzahl „%3“, Entscheidung „%4“.</translation>
    </message>
    <message>
        <source>listing the reviews due</source>
        <translation>Auflisten der fälligen Prüfungen</translation>
    </message>
    <message>
        <source>reading the time of the latest run</source>
        <translation>Lesen des Zeitpunkts des letzten Durchlaufs</translation>
    </message>
    <message>
        <source>save the processes</source>
        <translation>Speichern der Prozesse</translation>
    </message>
    <message>
        <source>The processes to save link to each other in a circle.</source>
        <translation>Die zu speichernden Prozesse verweisen ringförmig aufeinander.</translation>
    </message>
    <message>
        <source>Cannot save a copy: no file was given.</source>
        <translation>Die Kopie kann nicht gespeichert werden: Es wurde keine Datei angegeben.</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: it is the open workspace.</source>
        <translation>Die Kopie kann nicht als %1 gespeichert werden: Das ist der geöffnete Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: the folder %2 does not exist.</source>
        <translation>Die Kopie kann nicht als %1 gespeichert werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: the folder %2 is not writable.</source>
        <translation>Die Kopie kann nicht als %1 gespeichert werden: Der Ordner %2 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: it is a folder.</source>
        <translation>Die Kopie kann nicht als %1 gespeichert werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot replace %1: the file is read-only.</source>
        <translation>%1 kann nicht ersetzt werden: Die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Cannot replace %1: it is in use by another program or was not closed cleanly (%2 is next to it).</source>
        <translation>%1 kann nicht ersetzt werden: Die Datei wird von einem anderen Programm verwendet oder wurde nicht sauber geschlossen (daneben liegt %2).</translation>
    </message>
    <message>
        <source>writing a copy to %1</source>
        <translation>Schreiben einer Kopie nach %1</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: the copy does not open (%2).</source>
        <translation>Die Kopie kann nicht als %1 gespeichert werden: Die Kopie lässt sich nicht öffnen (%2).</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: %2</source>
        <translation>Die Kopie kann nicht als %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>XesReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>refused: the file declares XML entities, which an XES log never needs (an entity expansion bomb?)</source>
        <translation>abgelehnt: Die Datei deklariert XML-Entitäten, die ein XES-Protokoll nie benötigt (eine Entity-Expansion-Bombe?)</translation>
    </message>
    <message>
        <source>not an XES log: the root element is &lt;%1&gt;, not &lt;log&gt;</source>
        <translation>kein XES-Protokoll: Das Wurzelelement ist &lt;%1&gt;, nicht &lt;log&gt;</translation>
    </message>
    <message>
        <source>the document ends before its elements are closed (%1)</source>
        <translation>das Dokument endet, bevor seine Elemente geschlossen sind (%1)</translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation>fehlerhaftes XML: %1</translation>
    </message>
    <message>
        <source>(and 1 more event is bad)</source>
        <translation>(und 1 weiteres fehlerhaftes Ereignis)</translation>
    </message>
    <message>
        <source>(and %1 more events are bad)</source>
        <translation>(und %1 weitere fehlerhafte Ereignisse)</translation>
    </message>
    <message>
        <source>bad date &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>ungültiges Datum „%1“ in „%2“</translation>
    </message>
    <message>
        <source>an event without &quot;%1&quot; (its activity)</source>
        <translation>ein Ereignis ohne „%1“ (seine Aktivität)</translation>
    </message>
    <message>
        <source>an event without &quot;%1&quot; (its time)</source>
        <translation>ein Ereignis ohne „%1“ (sein Zeitpunkt)</translation>
    </message>
    <message>
        <source>an event outside a trace</source>
        <translation>ein Ereignis außerhalb eines Trace</translation>
    </message>
    <message>
        <source>a trace inside a trace</source>
        <translation>ein Trace innerhalb eines Trace</translation>
    </message>
    <message>
        <source>a trace without &quot;%1&quot; (its case id)</source>
        <translation>ein Trace ohne „%1“ (seine Fall-ID)</translation>
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
