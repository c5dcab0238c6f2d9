<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>stats: only runs that started on or after DATE (YYYY-MM-DD, from 00:00 UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats: only runs that started on or before DATE (YYYY-MM-DD, the whole day up to 24:00 UTC).</source>
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
        <source>Nothing to improve yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to fix first, checkpoints with review dates and what-if comparisons of automation appear here once the process has runs.</source>
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
        <source>&lt;h3&gt;Stepwise %1&lt;/h3&gt;&lt;p&gt;Map, measure and improve the workflows a small team repeats.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
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
        <source>A condition, such as “yes” or “over 500”</source>
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
