<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BpmnReader</name>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends too early, it is truncated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the file declares XML entities, which a BPMN file never needs (an entity expansion bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a BPMN 2.0 file: the root element is &lt;%1&gt; in the namespace &quot;%2&quot;, not &lt;definitions&gt; in &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not part of a Stepwise map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepwise maps have no data objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepwise maps have no data stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepwise maps have no text annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepwise maps have no groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepwise maps have no associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the documentation of %1 is not kept: a handoff has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the documentation of lane &quot;%1&quot; is not kept: a lane has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepwise maps have no message flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of stepwise:step %1 is not understood and left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of stepwise:lane %1 is not understood and left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of stepwise:process %1 is not understood and left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt;, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown extension element &lt;%1&gt; (%2), skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loop marker of %1 is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data inputs and outputs of %1 are not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a data association of %1 is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%2&gt; of %1 is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to message &quot;%2&quot;, which the file does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to event definition &quot;%2&quot;, which the file does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an event sub-process: imported as a plain sub-process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the steps of lane &quot;%1&quot; lie outside it in the diagram: moved into it together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content of %1 lies outside it in the diagram: moved into it together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the steps of lane &quot;%1&quot; reach outside it in the diagram: the lane was made taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content of %1 reaches outside it in the diagram: its map&apos;s lane was made taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diagram does not fit its lanes (steps far outside them): the map was laid out anew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is attached to &quot;%2&quot;, which is no activity of its map: imported unattached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no shape in the diagram: placed by its neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no shape in the diagram: placed on its activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no process: nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the process is empty: it has no task, event or gateway to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagram %1 not imported: only the first diagram of a file is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to process &quot;%2&quot;, which the file does not have: imported as a pool without a process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shows a process another pool shows already: left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pool and is drawn inside %2: imported as its map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not imported: a pool without content that the diagram does not show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane &quot;%1&quot; refers to &quot;%2&quot;, which the file does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named only by lane &quot;%2&quot;, which holds lanes of its own: put in lane &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in no lane of its pool: put in lane &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not imported: it refers to &quot;%2&quot;, which the file does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not imported: it crosses the border of a sub-process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported process</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the file has %n pools (participants or processes): they are one map here, a lane or lanes each</source>
        <translation>
            <numerusform>the file has %n pool (a participant or process): it is one map here, a lane or lanes</numerusform>
            <numerusform>the file has %n pools (participants or processes): they are one map here, a lane or lanes each</numerusform>
        </translation>
    </message>
    <message>
        <source>internal error reading the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n times)</source>
        <translation>
            <numerusform>%1 (once)</numerusform>
            <numerusform>%1 (%n times)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n map(s)</source>
        <translation>
            <numerusform>%n map</numerusform>
            <numerusform>%n maps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n lane</numerusform>
            <numerusform>%n lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(s)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gateway(s)</source>
        <translation>
            <numerusform>%n gateway</numerusform>
            <numerusform>%n gateways</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>Working hours &quot;%1&quot;, at character %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; gives hours but no days (write them first, as in Mon-Fri 09:00-18:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; gives days but no hours (as in Mon-Fri 09:00-18:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day is missing between commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day or a range of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day is missing in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown day &quot;%1&quot; (the days are Mon, Tue, Wed, Thu, Fri, Sat, Sun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has its hours given twice (give each day once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours are missing between commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a span of hours such as 09:00-18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day from 00:00 to 24:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a span cannot start at 24:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends before it starts (a night shift is two spans: Mon-Fri 22:00-24:00; Tue-Sat 00:00-06:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spans of &quot;%1&quot; overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working hours given (write them as in Mon-Fri 09:00-18:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays &quot;%1&quot;: &quot;%2&quot; is not a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; (give an IANA name such as Europe/Berlin, America/New_York or UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>%n holiday</numerusform>
            <numerusform>%n holidays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The workspace file to use instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the user interface (de, en, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepwise maps the workflows a team repeats, logs how they run, and shows what to fix first.
Without a command it opens the window; with one it runs without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the commands below; or a workspace file to open in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[command [arguments] | FILE.stepwise]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json needs a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command %1 takes no option --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stepwise [--workspace FILE] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the processes: id, name, steps, runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty process and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 usage, 2 bad input, 3 workspace problem (locked, read-only, corrupt or made by a newer version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &quot;stepwise --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processes yet. Create one with: stepwise new NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-runs: create the process when it does not exist and draft its map from the runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-runs: replace the runs of cases the process already has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-runs: the column or attribute of the case id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-runs: the column or attribute of the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-runs: the column of the start timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-runs: the column of the (complete) timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-runs: the same as --complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-runs: the column or attribute of the resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-runs: the format of the timestamps, a Qt date-time pattern such as &quot;dd.MM.yyyy HH:mm&quot; (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the runs of an event log into a process (all or nothing). --create makes the process when it does not exist and drafts its map from the runs; a case the process already has is refused unless --replace. Fields are guessed from the usual names unless given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --complete or --timestamp, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no process &quot;%1&quot; (give --create to make it from the runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created process &quot;%1&quot; (id %2) with %3 steps drafted from the runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 runs (%2 events, %3 executions) into process %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts were never completed and make no execution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activities match no step of the map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from wants a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to wants a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-runs: the time zone of timestamps without an offset, such as Europe/Berlin (default: UTC). set: the time zone of the business hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: who answers for the process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: the cycle-time SLA target, such as 4h, 2d, 90min or 1d 4h; none clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: the business hours, such as &quot;Mon-Fri 09:00-18:00&quot; or &quot;Mon-Thu 08:00-12:00,13:00-17:00; Fri 08:00-14:00&quot;; none switches the SLA clock back to calendar time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: the days off of the business hours, as YYYY-MM-DD separated by commas; none clears them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats: measure every duration on the process&apos;s business hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a process&apos;s owner, its cycle-time SLA target or its SLA clock. --calendar, --timezone and --holidays set its business hours (what is not given stays as it was, at first Mon-Fri 09:00-18:00, UTC, no holidays) and switch its SLA clock to them; --calendar none switches it back to calendar time and keeps the hours for stats --business-hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the run metrics of a process: cycle time, SLA, steps, transitions, variants. DATE is YYYY-MM-DD in UTC; a run counts when it started between the start of the --from day and the end of the --to day. Durations are calendar time, as pm4py computes them, unless --business-hours: then only the time inside the process&apos;s business hours counts (see set; a process without any uses Mon-Fri 09:00-18:00 UTC and says so on stderr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set needs at least one of --owner, --sla, --calendar, --timezone and --holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--calendar none switches the SLA clock back to calendar time: give it without --timezone and --holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sla wants a duration such as 4h, 2d, 90min or 1d 4h (or none), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process &quot;%1&quot; (id %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  owner:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  SLA target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  SLA clock:  business hours, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  SLA clock:  calendar time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business hours of process &quot;%1&quot; are damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process &quot;%1&quot; has no business hours set; measuring on %2 (set them with: stepwise set PROCESS --calendar HOURS --timezone ZONE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durations in business hours: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-bpmn: the name of the new process (default: the pool&apos;s or the file&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats, report: only runs that started on or after DATE (YYYY-MM-DD, from 00:00 UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats, report: only runs that started on or before DATE (YYYY-MM-DD, the whole day up to 24:00 UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whatif: a step to automate, and by how much its processing time and the waiting before it shrink (0 to 100, default 70); give it once per step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP[=PERCENT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the paper, A4, A3 or Letter, or fit for one page as large as the map (default: A4 for a PDF, fit for SVG and PNG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: landscape pages (default: landscape when the map is wider than tall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: portrait pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: draw the runs over the map: time colours the steps by their mean waiting + processing time, frequency draws the handoffs as wide as how often they were taken (default: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none|time|frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: a PDF of the map at 100% over as many pages as it needs, after a page index, instead of fitting it on one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the resolution of a PNG (default 150).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: a PNG without a background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a process from a BPMN 2.0 file and print its id: its pools and lanes become lanes, its activities, events and gateways steps, its sequence flows handoffs, placed as its diagram shows them; the content of each expanded sub-process becomes a process of its own, linked from its step. What the file holds that a map does not (data objects, message flows, annotations, ...) is listed on stderr. A name the file gives that is taken gets &quot; (2)&quot; and so on; --name must be free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the logged runs as if the steps were automated: in every run each step&apos;s processing time and the waiting before it shrink by PERCENT (default 70), and all that follows moves earlier by what was saved. Prints cycle time and SLA compliance before and after (on the process&apos;s SLA clock) and the hours saved per month (over the months from the first run&apos;s start to the last one&apos;s, at least one). STEP is a step&apos;s name, case and spaces aside; one with &quot;=&quot; in its name takes a percentage (&quot;a=b=70&quot;). A process without runs prints empty figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the map with a title block and a legend: a PDF (vector, its text searchable), an SVG or a PNG. A PDF fits the map on one page unless --tile; --dpi and --transparent are for a PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the map as BPMN 2.0 with its diagram, for other modelling tools: one pool with a lane per lane, the definitions of done as documentation, and Stepwise&apos;s own fields as extension elements, so that import-bpmn gives the same map back. The child maps of expanded sub-processes are written inside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a process report as a PDF for clients and new staff: its map, its steps with owners and definitions of done, the key figures and charts of the runs that started between --from and --to (default: the last 90 days up to today, UTC), and its diagnostic. The paper is A4 (default) or Letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name wants a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; from %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  sub-process map &quot;%1&quot; (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not imported or changed (%n item(s)):</source>
        <translation>
            <numerusform>Not imported or changed (%n item):</numerusform>
            <numerusform>Not imported or changed (%n items):</numerusform>
        </translation>
    </message>
    <message>
        <source>whatif needs at least one --automate STEP[=PERCENT].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--automate %1: the percentage must be a number from 0 to 100, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--automate %1: which step?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process &quot;%1&quot; has no step &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export writes a .pdf, .svg or .png file, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page wants A4, A3, Letter or fit, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --landscape or --portrait, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--overlay wants none, time or frequency, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tile is for a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tile needs a paper size (--page A4, A3 or Letter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi and --transparent are for a PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi wants a number from 10 to 2400, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported &quot;%1&quot; to %2 (%n page(s)).</source>
        <translation>
            <numerusform>Exported &quot;%1&quot; to %2 (%n page).</numerusform>
            <numerusform>Exported &quot;%1&quot; to %2 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report writes a .pdf file, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report prints on A4 or Letter, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report of &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (no header row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field never ends (its closing quote is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record is longer than %1 MiB (a quote that never closes?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the timestamp &quot;%1&quot; in column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns &quot;%1&quot; and &quot;%2&quot; are both empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and 1 more line is bad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and %1 more lines are bad)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLogReader</name>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown kind of event log (expected .csv, .tsv, .txt, .xes, .xes.gz)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldMapping</name>
    <message>
        <source>no column &quot;%1&quot; (given with %2); the columns are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column for %1 (looked for names like %2); name it with %3; the columns are: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timestamp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>No process to import the runs into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file holds no events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise</name>
    <message>
        <source>%1: unknown %2 &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Stepwise process (format &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer version of Stepwise (format %1, this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed review date &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: malformed colour &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Stepwise process (the JSON is not an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::BpmnImportDialog</name>
    <message numerus="yes">
        <source>Not imported (%n)</source>
        <translation>
            <numerusform>Not imported (%n)</numerusform>
            <numerusform>Not imported (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>References to what the file does not have (%n)</source>
        <translation>
            <numerusform>References to what the file does not have (%n)</numerusform>
            <numerusform>References to what the file does not have (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other tools&apos; extensions, skipped (%n)</source>
        <translation>
            <numerusform>Other tools&apos; extensions, skipped (%n)</numerusform>
            <numerusform>Other tools&apos; extensions, skipped (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported, but changed (%n)</source>
        <translation>
            <numerusform>Imported, but changed (%n)</numerusform>
            <numerusform>Imported, but changed (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import BPMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing &lt;b&gt;%1&lt;/b&gt;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import left out or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; could not be imported: nothing was added.&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is now the process &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways (decisions):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoffs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more map(s) for sub-processes: %1</source>
        <translation>
            <numerusform>%n more map for sub-processes: %1</numerusform>
            <numerusform>%n more maps for sub-processes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Stepwise laid out what the file has no diagram for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n times)</source>
        <translation>
            <numerusform>%1 (once)</numerusform>
            <numerusform>%1 (%n times)</numerusform>
        </translation>
    </message>
    <message>
        <source>What a Stepwise map has no place for, and what was changed on the way:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the file came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn *.bpmn2 *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::Candidates</name>
    <message>
        <source>enter, entry, input, type in, fill in, record, register, log, copy</source>
        <comment>words (separated by commas) in a step&apos;s name that say it types data into a system</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notify, notification, send, email, mail, remind, inform, alert, message</source>
        <comment>words (separated by commas) in a step&apos;s name that say it sends a message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve, approval, authorise, authorize, sign off</source>
        <comment>words (separated by commas) in a step&apos;s name that say it approves</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status, update, close</source>
        <comment>words (separated by commas) in a step&apos;s name that say it updates a status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than once a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %Ln time(s) a month</source>
        <translation>
            <numerusform>about once a month</numerusform>
            <numerusform>about %Ln times a month</numerusform>
        </translation>
    </message>
    <message>
        <source>Its name says data entry: typing data into a system follows fixed rules that a form, an import or an integration can apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name says it sends a message: a template sent when something happens can do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name says approval: clear criteria can decide the usual cases, and the rest can be routed and reminded automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name says status update: the system can set a status from what happened before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is data entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it sends a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it updates a status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it carries data between systems by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is frequent, steady work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it mostly waits to be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is marked as a candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the map has a problem there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is done again in %1 of the runs that have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its time varies widely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It happens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It is done by hand across %n system(s) (%1): an integration can carry the data from one to the other.</source>
        <translation>
            <numerusform>It is done by hand across %n system (%1): an integration can carry the data from one to the other.</numerusform>
            <numerusform>It is done by hand across %n systems (%1): an integration can carry the data from one to the other.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is done %1 and takes about the same time each time (%2 on average, give or take %3): routine work that a script can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It waits %1 on average before anyone starts it, %2 of its time: done automatically, it would start at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked on the map; none of the rules finds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map has a problem here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is done again in %1 of the runs that have it (%2 of %3): find out why before automating it, or the automation repeats the mistakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its time varies widely (%1 on average, give or take %2): make the work predictable before automating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map has no tasks yet: draw the work on the Map tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs logged spent no time in the tasks of the map: check that the task names match the activities of the runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to measure yet: log or import runs, or enter how often the process runs (Runs per month, in the process&apos;s properties) and how long its tasks take, to see what each task costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 costs the most time: about %2 a month, as it takes %3 and the process runs %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the runs up the most: about %2 a month across all runs, mostly waiting before anyone starts it (%3 each time on average); the work itself takes %4 a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 costs the most time: about %2 a month across all runs, mostly the work itself (%3 each time on average).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 costs the most time: about %2 a month across all runs, about half of it waiting before anyone starts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automating %1 would save about %2 a month, %3 of it work time (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automating %1 would save about %2 a month (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix %1 before automating it: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick wins, much time saved for little effort: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an effort estimate for %1 (in the step&apos;s properties) to see which candidates are quick wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These figures come from the expected durations and the runs per month entered; logged runs will replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the rules finds a task worth automating.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::ChartCard</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this chart as PNG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::Checkpoint</name>
    <message>
        <source>median cycle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile of the cycle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rework rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 6 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::CheckpointPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; over %n run(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; over %n run</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; over %n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>The share of runs in which some step is done more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of runs that reached an end of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the value against the target, record what you decide and when to look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;Watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the checkpoint; its reviews stay in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs started since %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Since %1: %n run(s), but the %2 cannot be measured on them.</source>
        <translation>
            <numerusform>Since %1: %n run, but the %2 cannot be measured on them.</numerusform>
            <numerusform>Since %1: %n runs, but the %2 cannot be measured on them.</numerusform>
        </translation>
    </message>
    <message>
        <source>on target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 30 days before: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 30 days: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs in the last 30 days to measure it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No checkpoint yet.&lt;/b&gt; Pick the one figure that tells whether this process works, a target for it, and a day to look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;due today&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n day(s) overdue&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n day overdue&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n days overdue&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Watching the %1&lt;/b&gt;: at most %2. Review on %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Watching the %1&lt;/b&gt;: at least %2. Review on %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process has no SLA target yet: set one in its properties first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another metric starts a new checkpoint; the reviews so far stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a target first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint could not be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::CheckpointReviewDialog</name>
    <message>
        <source>Review Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs started since %1: there is nothing to measure yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot be measured on these runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;On target.&lt;/b&gt; The %1 is &lt;b&gt;%2&lt;/b&gt; over %n run(s) since %3.</source>
        <translation>
            <numerusform>&lt;b&gt;On target.&lt;/b&gt; The %1 is &lt;b&gt;%2&lt;/b&gt; over %n run since %3.</numerusform>
            <numerusform>&lt;b&gt;On target.&lt;/b&gt; The %1 is &lt;b&gt;%2&lt;/b&gt; over %n runs since %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Off target.&lt;/b&gt; The %1 is &lt;b&gt;%2&lt;/b&gt; over %n run(s) since %3.</source>
        <translation>
            <numerusform>&lt;b&gt;Off target.&lt;/b&gt; The %1 is &lt;b&gt;%2&lt;/b&gt; over %n run since %3.</numerusform>
            <numerusform>&lt;b&gt;Off target.&lt;/b&gt; The %1 is &lt;b&gt;%2&lt;/b&gt; over %n runs since %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The target: at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target: at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was decided, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review is after today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::CheckpointTargetEdit</name>
    <message>
        <source>e.g. 2d or 4h 30min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::DashboardView</name>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs started in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which runs count: by the day they started, up to the latest run of the process (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median cycle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nine runs in ten take at most this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of runs whose cycle time is at most the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs whose last step is not an end of the map, nor leads to one: still under way, or given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle time per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the time goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowest handoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean waiting and processing time per step, the most first. Click a step to show it on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean delay between two steps, the longest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run started in this window: choose a longer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the runs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a process on the left to see its dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to measure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle time, SLA compliance, waiting versus working time and bottlenecks appear here once the process has runs: log them by hand or import an event log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln run(s) within %2</source>
        <translation>
            <numerusform>%1 of %Ln run within %2</numerusform>
            <numerusform>%1 of %Ln runs within %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no target set for this process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not at an end of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the map has no end step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bars of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLA target: set the process&apos;s cycle-time target in its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step was executed in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of %2 steps with the most time, mean per execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean per execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handoff was taken in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 slowest of %2, mean delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 runs (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting, mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing, mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no start times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show it on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>%Ln time</numerusform>
            <numerusform>%Ln times</numerusform>
        </translation>
    </message>
    <message>
        <source>The work changes owner here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same owner goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a handoff of the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::Diagnostic</name>
    <message>
        <source>(unnamed step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A date in a diagnostic&apos;s line (QDate format): &quot;12 Oct&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map has no start and no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map has no start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map has no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n validation problem(s), the first: %1</source>
        <translation>
            <numerusform>%n validation problem, the first: %1</numerusform>
            <numerusform>%n validation problems, the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) without a definition of done: %1</source>
        <translation>
            <numerusform>%n task without a definition of done: %1</numerusform>
            <numerusform>%n tasks without a definition of done: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A start and an end, no validation problems, and every task has a definition of done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map has no lanes yet: name who owns the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) in no lane: %1</source>
        <translation>
            <numerusform>%n step in no lane: %1</numerusform>
            <numerusform>%n steps in no lane: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s) without a named owner: %1</source>
        <translation>
            <numerusform>%n lane without a named owner: %1</numerusform>
            <numerusform>%n lanes without a named owner: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every step is in a lane with a named owner (%n lane(s)).</source>
        <translation>
            <numerusform>Every step is in a lane with a named owner (%n lane).</numerusform>
            <numerusform>Every step is in a lane with a named owner (%n lanes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs are logged: the latest on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs logged since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs logged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, but the checkpoint on the %2 is watched: review on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and the review of the checkpoint was due on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and no checkpoint is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revision of the map was saved on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint was reviewed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revision saved since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revision saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checkpoint reviewed since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checkpoint reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map has no tasks yet, so nothing to automate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) automated: %1.</source>
        <translation>
            <numerusform>%n step automated: %1.</numerusform>
            <numerusform>%n steps automated: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) not decided yet: %1.</source>
        <translation>
            <numerusform>%n candidate not decided yet: %1.</numerusform>
            <numerusform>%n candidates not decided yet: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>%n planned</numerusform>
            <numerusform>%n planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>Every candidate is decided: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step is a candidate for automation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step is automated, and none is marked as a candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::DiagnosticPanel</name>
    <message>
        <source>&lt;b&gt;All five in place.&lt;/b&gt; Design, ownership, tracking, improvement and automation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 in place.&lt;/b&gt; Fix what is marked below, top to bottom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::DurationEdit</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duration such as 4h, 2d, 90min or 1d 4h; empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a duration. Use units such as 4h, 2d, 90min or 1d 4h.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::DurationTicker</name>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::Examples</name>
    <message>
        <source>Client onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the signed deal to a client whose people, devices and billing are fully set up, so the first support ticket finds everything in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSA / ticket system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send contract and questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract, price sheet and onboarding questionnaire sent from the PSA template; the sending is logged on the opportunity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract sent for signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for client signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract signed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chase the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client called and reminded; open questions about the contract answered and noted on the opportunity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New signature deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create client record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed contract stored in the client folder; client record created in the PSA with billing contact and service agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service agreement in the PSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold kick-off call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kick-off held with the client&apos;s contact person; key users, sites and go-live date agreed and recorded on the client record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kick-off minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed go-live date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit IT environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every device enrolled in the RMM, admin credentials in the password vault, and findings written to the client documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up Microsoft 365 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A licensed account with multi-factor authentication for every key user; shared mailboxes and groups created as agreed at kick-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hardware needed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order and install hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered devices delivered, set up from the standard image and enrolled in the RMM; the client has signed the delivery note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved hardware quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed delivery note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up recurring billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring invoice for the agreed services created in accounting with the right start date; the first invoice checked against the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send welcome pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome email with portal access, support hours and how to open a ticket sent to every key user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome email template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service desk lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the client&apos;s call or email to a confirmed fix, a documented solution and a closed ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client reports a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket created in the PSA with client, contact, contract and the original message attached; acknowledgement sent to the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client email or call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage and prioritise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority, category and affected device set on the ticket; the client knows who works on it and by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritised ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware or software?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause found and fixed, remotely where possible; every action and the time spent logged on the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order replacement part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement ordered from the distributor under the client&apos;s warranty or an approved quote; order number noted on the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device warranty status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected delivery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for part delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace hardware on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faulty part replaced and tested with the user; the old part returned or disposed of with a note on the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for client confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client confirms fix?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document solution and close ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution written to the ticket and, when it may recur, to the knowledge base; ticket closed with all time entries approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send satisfaction survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-question survey emailed to the contact when the ticket closes; the answer is stored on the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::ExportFeedback</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open It</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::FindBar</name>
    <message>
        <source>Find step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find step by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a step name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::GzipDevice</name>
    <message>
        <source>a gzip file can only be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start zlib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip file is truncated (it ends in the middle of its data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the gzip file inflates to more than %1 times its size (%2 MiB from %3 KiB so far), which no event log does; it looks like a decompression bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data cannot be inflated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid gzip file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::HandoffItem</name>
    <message>
        <source>%1 → %2: owner changes from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Taken %n time(s) by the runs; mean wait %1</source>
        <translation>
            <numerusform>Taken %n time by the runs; mean wait %1</numerusform>
            <numerusform>Taken %n times by the runs; mean wait %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No run took this handoff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::Impact</name>
    <message>
        <source>Quick wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money pits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Much time saved for little effort: do these first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Much time saved, but much effort: plan them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little time saved for little effort: when there is time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little time saved for much effort: leave them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estimate of the effort to automate it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepwise::ImportRunsDialog</name>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start and complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Runs into “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omplete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lifecycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column or attribute that names the run (the case) an event belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column that names the step (activity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a step started, where the log has a column for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a step completed, or the one timestamp of an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did the step (person, team or system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lifecycle transition (start, complete, ...), where the log has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone of timestamps that do not say their offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Times without offset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place runs whose case the process has already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first events, as they will be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities the map lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Checked as Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds them to the map, after its last step; one undo takes them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The whole log: %n event(s).</source>
        <translation>
            <numerusform>The whole log: %n event.</numerusform>
            <numerusform>The whole log: %n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n events; the import reads them all.</source>
        <translation>
            <numerusform>The first %n event; the import reads them all.</numerusform>
            <numerusform>The first %n events; the import reads them all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs could not be imported; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported &lt;b&gt;%Ln&lt;/b&gt; run(s) (%1 events, %2 steps done) into “%3”.</source>
        <translation>
            <numerusform>Imported &lt;b&gt;%Ln&lt;/b&gt; run (%1 events, %2 steps done) into “%3”.</numerusform>
            <numerusform>Imported &lt;b&gt;%Ln&lt;/b&gt; runs (%1 events, %2 steps done) into “%3”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln start(s) were never completed: they made no step.</source>
        <translation>
            <numerusform>%Ln start was never completed: it made no step.</numerusform>
            <numerusform>%Ln starts were never completed: they made no step.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every activity of the log is a step of the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) of the log are not steps of the map. Add them as steps, and the runs and the map speak of the same things:</source>
        <translation>
            <numerusform>%n activity of the log is not a step of the map. Add it as a step, and the runs and the map speak of the same things:</numerusform>
            <numerusform>%n activities of the log are not steps of the map. Add them as steps, and the runs and the map speak of the same things:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Step(s) from the Runs</source>
        <translation>
            <numerusform>Add %n Step from the Runs</numerusform>
            <numerusform>Add %n Steps from the Runs</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n step(s) to the map, after its last step; Edit &gt; Undo takes them back.</source>
        <translation>
            <numerusform>Added %n step to the map, after its last step; Edit &gt; Undo takes it back.</numerusform>
            <numerusform>Added %n steps to the map, after its last step; Edit &gt; Undo takes them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepwise::ImproveView</name>
    <message>
        <source>0 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to fix first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact vs effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact versus effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each dot is a task: higher costs more hours a month, further right takes more effort to automate. Click a dot to show the task on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort to automate (hours, estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a month it costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks by hours a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a month the task costs: the waiting before it and the work in it, times how often it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated hours to automate it (in its properties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a task to show it on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks by the hours a month they cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the runs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a process on the left to see what to fix first and what to automate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %Ln run(s) over %1 months.</source>
        <translation>
            <numerusform>From %Ln run over %1 months.</numerusform>
            <numerusform>From %Ln runs over %1 months.</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs logged yet: from the tasks&apos; expected durations and the %1 runs a month entered in the process&apos;s properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs logged yet, and no runs per month entered in the process&apos;s properties: nothing to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each dot is a task with an effort estimate. Higher: it costs more hours a month (the waiting before it and the work in it, times how often it runs). Further right: it takes more effort to automate. The dashed lines are the medians. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks the rules find worth automating, and why. &quot;Saves a month&quot; is what automating one at %1 would save: its work and the wait before it, as the What-if replays the runs. Decide on each. Automating a broken task only makes it fail faster: fix the marked ones first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>The map has no tasks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task has an effort estimate yet.
Enter the effort to automate a task in its properties to place it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month: %2 waiting before it starts, %3 of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1 times a month; each time %2 waiting, %3 of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month: %2 expected, %3 runs a month entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs, and no expected duration or runs per month entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why automate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a task to show it on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules that find it, with the figures; what to fix first comes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours a month automating it at %1 would save: its work and the wait before it, as the What-if replays the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan it, mark it automated, or reject it: saved with the map, undone with Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the rules finds a task worth automating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Fix first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automating it at %1 would save about %2 a month, %3 of it work time, as the What-if replays the runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automating it at %1 would save about %2 a month of its expected duration, at the runs per month entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan it, mark it automated, or reject it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort to automate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show it on the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::LaneItem</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::LogRunDialog</name>
    <message>
        <source>Log a Run of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the run is known by: a ticket number, a client, an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills in who did every step; change a step&apos;s own where someone else did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map has no steps yet: draw them on the map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the steps done, and when they started and completed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity of this run that the map does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Run “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the run a case: what it is known by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process already has a run of case “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” completes before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the steps done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), cycle time %1</source>
        <translation>
            <numerusform>%n step, cycle time %1</numerusform>
            <numerusform>%n steps, cycle time %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The run could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not be logged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::MainWindow</name>
    <message>
        <source>Read-only workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Revision...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a snapshot of this map with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Stepwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a process on the left, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Improve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process “%1” could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process named “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process could not be renamed to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process could not be duplicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on what changed in “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Stepwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;visions...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the saved revisions of this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the open process now (changes are also saved automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Stepwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Step...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a step by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay the map out left to right inside its lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system&apos;s colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version of Stepwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version of Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;An empty map&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Drag a step from the palette, or select one there and press Enter.&lt;br&gt;Then press Ctrl+Return to add the next step after it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are saved a second after the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last save took %n ms.</source>
        <translation>
            <numerusform>Last save took %n ms.</numerusform>
            <numerusform>Last save took %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a step of the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import BPMN...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make new processes from a BPMN 2.0 file of another modelling tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;BPMN...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this map as a BPMN 2.0 file for other modelling tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Map...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this map as a PDF, SVG or PNG to hand on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this map, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a PDF report of this process: its map, steps, figures and charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export BPMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn);;XML files (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting “%1”...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the process...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, theme, grid, autosave, units of durations and the paper of exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tour of the five parts of running a process, on the examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every action that has a shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a panel to learn what it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Processes&lt;/b&gt;&lt;p&gt;The processes of this workspace. Click one to open its map; the five marks are its diagnostic: design, ownership, tracking, improvement and automation.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Palette&lt;/b&gt;&lt;p&gt;The kinds of step. Drag one onto the map, or select it and press Enter to put it in the middle of the map.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Overview&lt;/b&gt;&lt;p&gt;The whole map, small, with the part on screen framed. Drag the frame to look elsewhere.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Properties&lt;/b&gt;&lt;p&gt;What is selected on the map: the process, steps (definition of done, durations, automation), a handoff or a lane and its owner. Every change can be undone.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Validation&lt;/b&gt;&lt;p&gt;What the map still lacks: no start or end, unreachable steps, lanes without owner, tasks without a definition of done. Click a problem to select it on the map.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;&lt;p&gt;The edits of the open map, oldest first. Click one to go back to it; the edits after it can be redone.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome&lt;/b&gt;&lt;p&gt;A tour of the five parts of running a process, on the example processes. Help &gt; Welcome shows it again.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Map&lt;/b&gt;&lt;p&gt;The process as steps in lanes, joined by handoffs. Drag from the palette to add steps, hover a step and drag from a handle to hand off to another, double-click to rename.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;&lt;p&gt;How the process really ran: each run with its cycle time, SLA and changes of owner. Log a run by hand or import an event log; Enter opens a run&apos;s timeline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Dashboard&lt;/b&gt;&lt;p&gt;The figures of the runs in a date window: cycle time, SLA compliance, where the time goes, the slowest handoffs and throughput.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Improve&lt;/b&gt;&lt;p&gt;What to fix first: the diagnostic, impact versus effort, the automation candidates, what if, the checkpoint and the revision compare.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stepwise %1&lt;/h3&gt;&lt;p&gt;Map, measure and improve the workflows a small team repeats.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QCustomPlot&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no process named “%1”: showing the open one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::MapExport</name>
    <message numerus="yes">
        <source>Page index: the map at 100% on %n page(s), overlapping by 1 cm.</source>
        <translation>
            <numerusform>Page index: the map at 100% on %n page, overlapping by 1 cm.</numerusform>
            <numerusform>Page index: the map at 100% on %n pages, overlapping by 1 cm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2 · row %3 of %4, column %5 of %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 1 of 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automation candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automation planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automation rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handoff to another lane (change of owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be %2 × %3 pixels, too large: choose a lower resolution or a page size to fit the map on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory for the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a PDF can be tiled over pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::MapExportDialog</name>
    <message>
        <source>Export Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (vector, searchable text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As large as the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (as the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At 100% over several &amp;pages, with a page index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: steps coloured by mean waiting + processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency: handoffs as wide as how often taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process, owner, SLA target, revision and export date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes, step kinds and the overlay&apos;s scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ransparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs &amp;overlay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the map of &quot;%1&quot;...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map is exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the runs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::MapView</name>
    <message>
        <source>Process map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map of the open process: steps in swimlanes connected by handoffs. Arrow keys move the selection, Alt+arrows walk along handoffs and change lanes, Ctrl+Return inserts a task after the selected step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;Task After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;Decision After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Lane &amp;Above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Lane &amp;Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap moved steps to a %1 px grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the only lane and has steps: add another lane for them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move the %n step(s) of “%1” to:</source>
        <translation>
            <numerusform>Move the %n step of “%1” to:</numerusform>
            <numerusform>Move the %n steps of “%1” to:</numerusform>
        </translation>
    </message>
    <message>
        <source>New lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the map where the runs spend their time and which paths they take that the map lacks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the steps by their mean waiting and processing time, size the handoffs by how often runs take them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Sub-process Map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::OverlayLegend</name>
    <message>
        <source>Runs overlay legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Runs overlay: %n run(s)</source>
        <translation>
            <numerusform>Runs overlay: %n run</numerusform>
            <numerusform>Runs overlay: %n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs of this process yet: log or import some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean waiting + processing per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every step alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run reached it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handoff: the wider, the more runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>never taken (%n)</source>
        <translation>
            <numerusform>never taken (%n)</numerusform>
            <numerusform>never taken (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>taken, but not on the map (%n)</source>
        <translation>
            <numerusform>taken, but not on the map (%n)</numerusform>
            <numerusform>taken, but not on the map (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) of the runs match no step</source>
        <translation>
            <numerusform>%n activity of the runs matches no step</numerusform>
            <numerusform>%n activities of the runs match no step</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepwise::OverviewView</name>
    <message>
        <source>Map overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole map, small; the outlined part is what the map shows. Click to go there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::PalettePanel</name>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps to add to the map: drag one onto the map, or press Enter to insert it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::ProcessDocument</name>
    <message numerus="yes">
        <source>Add %n lane(s)</source>
        <translation>
            <numerusform>Add %n lane</numerusform>
            <numerusform>Add %n lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n lane(s)</source>
        <translation>
            <numerusform>Delete %n lane</numerusform>
            <numerusform>Delete %n lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n step(s)</source>
        <translation>
            <numerusform>Add %n step</numerusform>
            <numerusform>Add %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>Delete %n step</numerusform>
            <numerusform>Delete %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connect %n handoff(s)</source>
        <translation>
            <numerusform>Connect %n handoff</numerusform>
            <numerusform>Connect %n handoffs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n handoff(s)</source>
        <translation>
            <numerusform>Delete %n handoff</numerusform>
            <numerusform>Delete %n handoffs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s) to another lane</source>
        <translation>
            <numerusform>Move %n step to another lane</numerusform>
            <numerusform>Move %n steps to another lane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>Move %n step</numerusform>
            <numerusform>Move %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>definition of done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automation effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handoff source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handoff target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n step(s)</source>
        <translation>
            <numerusform>Paste %n step</numerusform>
            <numerusform>Paste %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::ProcessListModel</name>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design, ownership, tracking, improvement, automation: a filled mark is in place, a hollow one is not</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::ProcessListPanel</name>
    <message>
        <source>&amp;New Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new, empty process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the process with its map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the process “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes its map, runs and revisions and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::PropertiesPanel</name>
    <message>
        <source>Select a process to see its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answers for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for, when it starts and ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SLA target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a date to review the process on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lane:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How anyone can tell this step is finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Definition of done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate for automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM, mail, invoicing, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The systems this step touches, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated hours to automate this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wait (a reply, a delivery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timer (a date, a delay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message (mail, call, signal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waits for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the step needs, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inputs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the step makes, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utputs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to waiting plus processing time; a duration such as 4h, 2d or 1d 4h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step S&amp;LA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort to au&amp;tomate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who owns these steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lane&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>several values</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n handoffs</source>
        <translation>
            <numerusform>%n handoff</numerusform>
            <numerusform>%n handoffs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of owner: from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) in this lane.</source>
        <translation>
            <numerusform>%n step in this lane.</numerusform>
            <numerusform>%n steps in this lane.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How cycle, waiting and processing times and SLA compliance are measured: every hour of the day, or only working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA c&amp;lock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days and hours, such as Mon-Fri 09:00-18:00 or Mon-Thu 08:00-12:00,13:00-17:00; Fri 08:00-14:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone of the working hours, such as Europe/Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off, as YYYY-MM-DD separated by commas: 2026-12-24, 2026-12-25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holidays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the process runs in a month. Until runs are logged, the Improve tab uses it with the steps&apos; expected durations to tell what each step costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs per mon&amp;th:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used until runs are logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not to be automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on the map, such as “yes” or “over 500”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it is taken, such as “amount &gt; 500”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::Report</name>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate for automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not to be automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event: a wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event: a timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event: a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROCESS REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from the start of a run to its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar time (every hour counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n lane</numerusform>
            <numerusform>%n lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handoff(s)</source>
        <translation>
            <numerusform>%n handoff</numerusform>
            <numerusform>%n handoffs</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved as a revision yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs that started from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map has no steps yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step of the map in the order of the flow: who does it, when it is done, what it needs and makes, how long it should take, and how far it is automated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition of done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs that started from %1, measured on the process&apos;s SLA clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs have been logged for this process yet, so there are no figures to show. Once its runs are logged by hand or imported from an event log, this part shows its cycle time, SLA compliance and where the time goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No runs of this process started in this window: the %Ln run(s) it has started at other times. Choose a longer window to see their figures.</source>
        <translation>
            <numerusform>No runs of this process started in this window: the %Ln run it has started at other times. Choose a longer window to see their figures.</numerusform>
            <numerusform>No runs of this process started in this window: the %Ln runs it has started at other times. Choose a longer window to see their figures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The five components of business process operations at a glance: %n of 5 in place.</source>
        <translation>
            <numerusform>The five components of business process operations at a glance: %n of 5 in place.</numerusform>
            <numerusform>The five components of business process operations at a glance: %n of 5 in place.</numerusform>
        </translation>
    </message>
    <message>
        <source>In place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to fix first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the rules finds a task worth automating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation candidates. &quot;Saves a month&quot; is what automating one at %1&#xa0;% would save: its work and the wait before it, as the runs are replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why automate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of &quot;%1&quot; to hand to a client or a new colleague: its map, its steps, the figures of its runs and its diagnostic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which runs the figures cover: by the day they started, up to today (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs started in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report of &quot;%1&quot;...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::ReportJob</name>
    <message>
        <source>The figures for the report could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::ReviewDateEdit</name>
    <message>
        <source>Set the date from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set from today…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::ReviewsDueBanner</name>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide until the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;A checkpoint review is due:&lt;/b&gt; the %1 of “%2” (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n checkpoint reviews are due:&lt;/b&gt; %1.</source>
        <translation>
            <numerusform>&lt;b&gt;%n checkpoint review is due:&lt;/b&gt; %1.</numerusform>
            <numerusform>&lt;b&gt;%n checkpoint reviews are due:&lt;/b&gt; %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::RevisionCompare</name>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>definition of done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automation effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPMN element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPMN event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-process map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the %2 before %3, %4 in the %2 after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs started around this change: log runs to see whether it held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs have started since the change on %1 yet: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No runs started in the %n day(s) before the change: nothing to compare against.</source>
        <translation>
            <numerusform>No runs started in the %n day before the change: nothing to compare against.</numerusform>
            <numerusform>No runs started in the %n days before the change: nothing to compare against.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few runs to tell yet whether the change held: %1 before and %2 after it (%3 on each side make a fair comparison).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change held: runs are faster since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change did not hold: runs are slower since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear difference in cycle time since the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed: typical runs are faster since the change, but the slowest are slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed: typical runs are slower since the change, but the slowest are faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Median cycle time fell from %1 to %2 (%3) over %n run(s) since the change.</source>
        <translation>
            <numerusform>Median cycle time fell from %1 to %2 (%3) over %n run since the change.</numerusform>
            <numerusform>Median cycle time fell from %1 to %2 (%3) over %n runs since the change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median cycle time rose from %1 to %2 (%3) over %n run(s) since the change.</source>
        <translation>
            <numerusform>Median cycle time rose from %1 to %2 (%3) over %n run since the change.</numerusform>
            <numerusform>Median cycle time rose from %1 to %2 (%3) over %n runs since the change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median cycle time stayed at about %1 over %n run(s) since the change.</source>
        <translation>
            <numerusform>Median cycle time stayed at about %1 over %n run since the change.</numerusform>
            <numerusform>Median cycle time stayed at about %1 over %n runs since the change.</numerusform>
        </translation>
    </message>
    <message>
        <source>P90 cycle time fell from %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90 cycle time rose from %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90 cycle time stayed at about %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance rose from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance fell from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance stayed at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ran no more since the change; it took %2 of waiting and processing before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is new since the change: %2 of waiting and processing on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting and processing fell from %2 to %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting and processing rose from %2 to %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting and processing stayed at about %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::RevisionComparePanel</name>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved (dashed: where it was)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed (where it was)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Did the change hold?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revisions yet. File &gt; Save Revision keeps a snapshot of the map; save one before a change and compare it with the map after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This revision cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides are the same revision: pick another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences: the two maps are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another place among the lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from lane %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: moved on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rerouted, was %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relabelled from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process: %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the runs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current map has no date of its own: the runs are split when the earlier revision was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run counts on the side where it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median cycle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90 cycle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean cycle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting and processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) before</source>
        <translation>
            <numerusform>%n execution before</numerusform>
            <numerusform>%n executions before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) after</source>
        <translation>
            <numerusform>%n execution after</numerusform>
            <numerusform>%n executions after</numerusform>
        </translation>
    </message>
    <message>
        <source>±0 points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::RevisionsDialog</name>
    <message>
        <source>Revisions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revisions yet. File &gt; Save Revision keeps a snapshot of the map with a note, so you can look back at it after a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This revision cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map as it was saved on %1 (read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in the selected revision, drawn on the map, and whether the runs since show that the change held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Revisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::RunMetrics</name>
    <message>
        <source>Process: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs: %1   Events: %2   Executions: %3   Activities: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle time: min %1, median %2, mean %3, p90 %4, max %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA: target %1, met by %2 of %3 runs (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA: no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants: %1, the most frequent %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::RunTimeline</name>
    <message>
        <source>Run timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed lane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed %1 (start unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::RunsTableModel</name>
    <message numerus="yes">
        <source>Case “%1”: %n event(s)</source>
        <translation>
            <numerusform>Case “%1”: %n event</numerusform>
            <numerusform>Case “%1”: %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>No timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process has no SLA target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met: %1 within the target of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed: %1 over the target of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) done</source>
        <translation>
            <numerusform>%n step done</numerusform>
            <numerusform>%n steps done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The work changed hands %n time(s).</source>
        <translation>
            <numerusform>The work changed hands %n time.</numerusform>
            <numerusform>The work changed hands %n times.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s first timestamp (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s last timestamp (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the first timestamp to the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the cycle time met the target of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps done (executions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the work passed from one person or system to another</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::RunsView</name>
    <message>
        <source>&amp;Log a Run...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Runs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter runs by case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter runs by SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a Run...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a run of this process by hand: the steps done, when, by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import runs from an event log (CSV, XES or XES.GZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Run...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the steps and times of the current run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Runs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a process on the left to see its runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log how a run of “%1” went, step by step, or import an event log (CSV or XES) from another tool. Each run&apos;s cycle time, steps and changes of owner then show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln run</numerusform>
            <numerusform>%Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln run(s)</source>
        <translation>
            <numerusform>%1 of %Ln run</numerusform>
            <numerusform>%1 of %Ln runs</numerusform>
        </translation>
    </message>
    <message>
        <source>(reading...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner change(s)</source>
        <translation>
            <numerusform>%n owner change</numerusform>
            <numerusform>%n owner changes</numerusform>
        </translation>
    </message>
    <message>
        <source>The run could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event logs (*.csv *.tsv *.txt *.xes *.xes.gz *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the run of case “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln runs of “%1”?</source>
        <translation>
            <numerusform>Delete %Ln run of “%1”?</numerusform>
            <numerusform>Delete %Ln runs of “%1”?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their steps and times leave the workspace. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepwise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus and texts; System follows the desktop&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies when Stepwise starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colours of the window; also in View &gt; Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long after the last change the open map is saved (%1 to %2 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spacing of the grid steps snap to when moved (%1 to %2 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nap moved steps to the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also in View &gt; Snap to Grid; Shift with the arrow keys moves by one pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (42 min, 3 h 20 min, 2.4 d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always hours (0.7 h, 3.3 h, 57.6 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always days (0.03 d, 0.14 d, 2.4 d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How cycle, waiting and processing times are written on the map, the dashboard and in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper the map export and the report start on, until you pick another there; the report, on A4 or Letter only, takes A4 for A3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures and exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Durations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the defaults into every field; OK keeps them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search actions or keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::Statistics</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::StepItem</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Runs: %n execution(s)&lt;br&gt;Mean waiting before it: %1&lt;br&gt;Mean processing: %2</source>
        <translation>
            <numerusform>Runs: %n execution&lt;br&gt;Mean waiting before it: %1&lt;br&gt;Mean processing: %2</numerusform>
            <numerusform>Runs: %n executions&lt;br&gt;Mean waiting before it: %1&lt;br&gt;Mean processing: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No run reached this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a map of its own: double-click its + to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::StepPreset</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the process begins: a request, a date, a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A piece of work someone does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question whose answer picks the way on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait / event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for something: a reply, a date, a delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the process is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone approves or rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell someone by email, chat or SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type data into a system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step a system does on its own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::UndesignedItem</name>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not on the map: %1 → %2
Taken %n time(s) by the runs; mean wait %3</source>
        <translation>
            <numerusform>Not on the map: %1 → %2
Taken %n time by the runs; mean wait %3</numerusform>
            <numerusform>Not on the map: %1 → %2
Taken %n times by the runs; mean wait %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepwise::Validation</name>
    <message>
        <source>(unnamed step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map has no start: add a start step where the work begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map has no end: add an end step where the work is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be reached from a start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” leads nowhere: connect it to the next step or make it an end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision “%1” has only one way on: a decision needs at least two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The decision “%1” has %n branch(es) without a label.</source>
        <translation>
            <numerusform>The decision “%1” has %n branch without a label.</numerusform>
            <numerusform>The decision “%1” has %n branches without a label.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is outside every lane: nobody owns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane %1 has no owner: name the person, role, team or system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task “%1” has no definition of done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::ValidationPanel</name>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::WelcomePanel</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Stepwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running a process well takes five things. The two example processes show each of them: press a button to go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lane names who owns its work, so no step is nobody&apos;s job. Select a lane to see its owner and kind in the Properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a Lane&apos;s Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Support ticket” comes with four months of runs. The Runs tab lists each one; the Dashboard shows cycle time, SLA compliance and where the time goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a revision (%1) after each change. On the Improve tab, a checkpoint sets a target to review, and the revision compare shows whether a change held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Improve tab lists the steps worth automating and the hours a month each would save; What if replays the runs as if a step were automated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try What If</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help &gt; Welcome shows this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the welcome; Help &gt; Welcome shows it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Client onboarding” is drawn as a map: steps in the lanes of who does them, and the handoffs between them. The Validation panel lists what a map still lacks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::WhatIf</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>What if: %1, %Ln run(s)</source>
        <translation>
            <numerusform>What if: %1, %Ln run</numerusform>
            <numerusform>What if: %1, %Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Automating %1 at %2: %Ln execution(s), %3 saved</source>
        <translation>
            <numerusform>  Automating %1 at %2: %Ln execution, %3 saved</numerusform>
            <numerusform>  Automating %1 at %2: %Ln executions, %3 saved</numerusform>
        </translation>
    </message>
    <message>
        <source>The process has no runs to replay: log or import runs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle time, min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA: no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 a month (%2 over %3 months of runs: %4 of work, %5 of waiting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the steps to automate and by how much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no runs to replay yet: log or import runs to see what automating %1 would save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automating %1 would save no time the runs show: the runs never waited for it or spent time in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automating %1 would save about %2 a month and lift SLA compliance from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automating %1 would save about %2 a month; SLA compliance would stay at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automating %1 would save about %2 a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of that time, %1 is work; the rest is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of it is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The median run would take %1 instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::WhatIfPanel</name>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automate these steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps to automate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a step to see the runs as if it were automated: its processing time and the waiting before it cut by the percentage. Double-click a step to show it on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a step to show it on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median cycle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean cycle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time saved a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle times, as logged and automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if cycle times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the runs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a process on the left to see what automating its steps would save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time cut for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the step&apos;s processing time and the waiting before it automating it would cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logged run executed this step: automating it saves nothing the runs show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to replay yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What automating a step would save appears here once the process has runs: log them by hand or import an event log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durations in business hours (%1). Saved time per month: over the %2 months from the first run&apos;s start to the last one&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved time per month: the processing and waiting time cut, over the %1 months from the first run&apos;s start to the last one&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs within %1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the process&apos;s cycle-time target in its properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of work, %2 of waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bars of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepwise::WorkspaceWindows</name>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Workspace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new, empty workspace file and open it in a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace file in a window of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of this workspace to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepwise workspaces (*.stepwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a new workspace as %1: it is open in a window. Close that window first, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a new workspace: no temporary folder (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer there, so it was removed from the recent workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: it is open in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in place of the default workspace, which nobody had changed; File &gt; Open Recent opens it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot open %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the SQLite driver of Qt (QSQLITE) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the file is empty and read-only, so it cannot become a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it was made by an older version of Stepwise (schema %2, this version needs %3) and is read-only, so it cannot be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking the file as a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading to schema %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading to schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Stepwise workspace: it is another program&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Stepwise (schema %2, this version reads up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Stepwise workspace: it fails its integrity check (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked: another program or Stepwise window is writing to it (waited %2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Stepwise workspace: it is not a SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Stepwise workspace: it is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding a process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no process &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no process %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a process named &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 in %2 is damaged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed review date &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane %1 has an unknown kind or colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 has an unknown kind or a malformed list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the handoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving handoff %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no process %1 in %2: save it before a revision of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no revision %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 in %2 is damaged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1: %2 is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked: another program or Stepwise window is writing to it (waited %2 ms while %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The process already has %n of these runs (the first: case &quot;%1&quot;); nothing was imported.</source>
        <translation>
            <numerusform>The process already has %n of these runs (the first: case &quot;%1&quot;); nothing was imported.</numerusform>
            <numerusform>The process already has %n of these runs (the first: case &quot;%1&quot;); nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>replacing runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; has an execution without an end or a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing run &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs of process %1 in %2 are damaged: an execution names no activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 in %2 does not have all of these runs; none was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is replaced by exactly one run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process already has a run of case “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run %1 of process %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown SLA clock &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint of process %1 in %2 is damaged: metric &quot;%3&quot;, review date &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checkpoint needs a date to review it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target of a rate is a share between 0% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target of a cycle time cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing the checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review needs the date of the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusting the target needs the new target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active checkpoint %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 in %2 is damaged: metric &quot;%3&quot;, decision &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the time of the latest run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processes to save link to each other in a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy: no file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: it is the open workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: the folder %2 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1: the file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1: it is in use by another program or was not closed cleanly (%2 is next to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing a copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: the copy does not open (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XesReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the file declares XML entities, which an XES log never needs (an entity expansion bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an XES log: the root element is &lt;%1&gt;, not &lt;log&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document ends before its elements are closed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and 1 more event is bad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and %1 more events are bad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad date &quot;%1&quot; in &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event without &quot;%1&quot; (its activity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event without &quot;%1&quot; (its time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event outside a trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trace inside a trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trace without &quot;%1&quot; (its case id)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Stepwise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
