<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>Stepwise::HandoffItem</name>
    <message>
        <source>%1 → %2: owner changes from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
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
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the open process to the workspace</source>
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
        <source>No runs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of this process appear here once you log or import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to measure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle time, SLA compliance, waiting versus working time and bottlenecks appear here once the process has runs.</source>
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
        <source>Applies to waiting plus processing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;LA:</source>
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
        <source>Effort to a&amp;utomate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n steps selected.</source>
        <translation>
            <numerusform>%n step selected.</numerusform>
            <numerusform>%n steps selected.</numerusform>
        </translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Stepwise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
