<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="26"/>
        <source>About Desktop CRM</source>
        <translation>About Desktop CRM</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="27"/>
        <source>Desktop CRM %1</source>
        <translation>Desktop CRM %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="30"/>
        <source>Your data: %1</source>
        <translation>Your data: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="33"/>
        <source>Built with</source>
        <translation>Built with</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="33"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="33"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="57"/>
        <source>fixed</source>
        <translation>fixed</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="67"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="68"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="69"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="70"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="354"/>
        <source>Discard the change</source>
        <translation>Discard the change</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="356"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="362"/>
        <source>Nothing needs attention: the server took every change.</source>
        <translation>Nothing needs attention: the server took every change.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="363"/>
        <source>The server refused these changes; the others went through.</source>
        <translation>The server refused these changes; the others went through.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="357"/>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="341"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="342"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="343"/>
        <source>Why the server refused it</source>
        <translation>Why the server refused it</translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="168"/>
        <source>Capture leads: %1</source>
        <translation>Capture leads: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="170"/>
        <source>&amp;Scan or paste</source>
        <translation>&amp;Scan or paste</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="170"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="171"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="171"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="171"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="172"/>
        <source>C&amp;ity</source>
        <translation>C&amp;ity</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="172"/>
        <source>Pro&amp;vince</source>
        <translation>Pro&amp;vince</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="172"/>
        <source>&amp;Rating</source>
        <translation>&amp;Rating</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="170"/>
        <source>Co&amp;mpany</source>
        <translation>Co&amp;mpany</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="173"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="173"/>
        <source>Pro&amp;ducts of interest</source>
        <translation>Pro&amp;ducts of interest</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="174"/>
        <source>May we &amp;contact them?</source>
        <translation>May we &amp;contact them?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="178"/>
        <source>Scan a badge or business card, or paste a vCard</source>
        <translation>Scan a badge or business card, or paste a vCard</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="179"/>
        <source>Products they asked about</source>
        <translation>Products they asked about</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="180"/>
        <source>e.g. 138 1234 5678</source>
        <translation>e.g. 138 1234 5678</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="182"/>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="182"/>
        <source>Hot</source>
        <translation>Hot</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="182"/>
        <source>Cold</source>
        <translation>Cold</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="183"/>
        <source>— ask them —</source>
        <translation>— ask them —</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="183"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="183"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="190"/>
        <source>Save and next (Enter)</source>
        <translation>Save and next (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="192"/>
        <source>Already known?</source>
        <translation>Already known?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="193"/>
        <source>This is them (Ctrl+T)</source>
        <translation>This is them (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="194"/>
        <source>Last leads (Enter to correct)</source>
        <translation>Last leads (Enter to correct)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="297"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="297"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="297"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="298"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="298"/>
        <source>Consent to be contacted</source>
        <translation>Consent to be contacted</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="323"/>
        <source>Not a card this app can read: it is kept with the lead as scanned.</source>
        <translation>Not a card this app can read: it is kept with the lead as scanned.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="330"/>
        <source>Filled from the scan: check it, then rate and ask about contact.</source>
        <translation>Filled from the scan: check it, then rate and ask about contact.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="342"/>
        <source>No camera found: scan with a handheld scanner, or paste.</source>
        <translation>No camera found: scan with a handheld scanner, or paste.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="355"/>
        <source>Hold the badge&apos;s QR code up to the camera.</source>
        <translation>Hold the badge&apos;s QR code up to the camera.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="371"/>
        <source>Stop camera (F2)</source>
        <translation>Stop camera (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="371"/>
        <source>Camera (F2)</source>
        <translation>Camera (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="401"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="402"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="403"/>
        <source>Earlier lead</source>
        <translation>Earlier lead</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="405"/>
        <source>same phone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="405"/>
        <source>same e-mail</source>
        <translation>same e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="405"/>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="406"/>
        <source>same company</source>
        <translation>same company</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="434"/>
        <source>Will be linked to %1 (no new customer).</source>
        <translation>Will be linked to %1 (no new customer).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/leads/capture.py" line="449"/>
        <source>%n lead(s) today at this event</source>
        <translation>
            <numerusform>%n lead today at this event</numerusform>
            <numerusform>%n leads today at this event</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="479"/>
        <source>Correcting a saved lead: Enter saves the change.</source>
        <translation>Correcting a saved lead: Enter saves the change.</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../../desktop_crm/ui/sync/changes.py" line="53"/>
        <source>Order %1, %2</source>
        <translation>Order %1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/changes.py" line="65"/>
        <source>(no longer on this laptop)</source>
        <translation>(no longer on this laptop)</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/sync/changes.py" line="160"/>
        <source>Changes to send</source>
        <translation>Changes to send</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/changes.py" line="161"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/sync/changes.py" line="168"/>
        <source>%n change(s) made on this laptop wait for the next sync, grouped by record.</source>
        <translation>
            <numerusform>%n change made on this laptop waits for the next sync.</numerusform>
            <numerusform>%n changes made on this laptop wait for the next sync, grouped by record.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/changes.py" line="173"/>
        <source>Nothing to send: every change made on this laptop has reached the server.</source>
        <translation>Nothing to send: every change made on this laptop has reached the server.</translation>
    </message>
</context>
<context>
    <name>CompleteVisitDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="89"/>
        <source>Next visit on</source>
        <translation>Next visit on</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="93"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="94"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="95"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="96"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="101"/>
        <source>Visit report: %1</source>
        <translation>Visit report: %1</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="203"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="285"/>
        <source>Keep the kept value</source>
        <translation>Keep the kept value</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="286"/>
        <source>Use the other value</source>
        <translation>Use the other value</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="289"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="302"/>
        <source>No conflicts to review: nothing clashed, or every clash is settled.</source>
        <translation>No conflicts to review: nothing clashed, or every clash is settled.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="303"/>
        <source>Both sides changed these fields; the later change was kept.</source>
        <translation>Both sides changed these fields; the later change was kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="290"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="224"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="224"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="224"/>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="225"/>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="225"/>
        <source>Kept value by</source>
        <translation>Kept value by</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="226"/>
        <source>Other value by</source>
        <translation>Other value by</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="226"/>
        <source>When</source>
        <translation>When</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="36"/>
        <source>Primary contact at this customer</source>
        <translation>Primary contact at this customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="49"/>
        <source>e.g. 010 6555 1234</source>
        <translation>e.g. 010 6555 1234</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="50"/>
        <source>e.g. 138 1234 5678</source>
        <translation>e.g. 138 1234 5678</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="51"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="54"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="55"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="56"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="57"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="58"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="59"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="60"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="67"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="76"/>
        <source>Edit contact person</source>
        <translation>Edit contact person</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="76"/>
        <source>New contact person</source>
        <translation>New contact person</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/model.py" line="45"/>
        <source>Primary contact</source>
        <translation>Primary contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/model.py" line="51"/>
        <source>Mobile: %1
Phone: %2</source>
        <translation>Mobile: %1
Phone: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/model.py" line="59"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/model.py" line="60"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/model.py" line="61"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/model.py" line="62"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/model.py" line="63"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/pane.py" line="89"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/pane.py" line="90"/>
        <source>Add a contact person at this customer</source>
        <translation>Add a contact person at this customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/pane.py" line="91"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/pane.py" line="92"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/pane.py" line="130"/>
        <source>Select a customer to see their contact persons</source>
        <translation>Select a customer to see their contact persons</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/pane.py" line="132"/>
        <source>No contact persons at %1 yet</source>
        <translation>No contact persons at %1 yet</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/pane.py" line="134"/>
        <source>Contact persons at %1</source>
        <translation>Contact persons at %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/pane.py" line="170"/>
        <source>Delete contact person</source>
        <translation>Delete contact person</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/pane.py" line="171"/>
        <source>Delete %1 from the contact persons? Their contact history stays.</source>
        <translation>Delete %1 from the contact persons? Their contact history stays.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="53"/>
        <source>Computed from revenue</source>
        <translation>Computed from revenue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="58"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="59"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="60"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="61"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="62"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="63"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="68"/>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="70"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="76"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="84"/>
        <source>Edit customer</source>
        <translation>Edit customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="84"/>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="164"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="165"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="166"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="167"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="168"/>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="169"/>
        <source>Revenue, 12 months</source>
        <translation>Revenue, 12 months</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="170"/>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="171"/>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="172"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="103"/>
        <source>Tier set by hand</source>
        <translation>Tier set by hand</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="105"/>
        <source>Overdue for a follow-up</source>
        <translation>Overdue for a follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="127"/>
        <source>now</source>
        <translation>now</translation>
    </message>
</context>
<context>
    <name>CustomersPane</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="164"/>
        <source>Search name, city, phone, e-mail or pinyin (bjhl)…</source>
        <translation>Search name, city, phone, e-mail or pinyin (bjhl)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="165"/>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="166"/>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="169"/>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="171"/>
        <source>All relationships</source>
        <translation>All relationships</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="175"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="176"/>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="177"/>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="399"/>
        <source>Showing: %1</source>
        <translation>Showing: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="178"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="211"/>
        <source>All places</source>
        <translation>All places</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="226"/>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="228"/>
        <source>Not assigned yet</source>
        <translation>Not assigned yet</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="287"/>
        <source>Loading demo data…</source>
        <translation>Loading demo data…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="318"/>
        <source>Delete customer</source>
        <translation>Delete customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="319"/>
        <source>Delete %1 and their contact persons? Their history stays.</source>
        <translation>Delete %1 and their contact persons? Their history stays.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/customers/pane.py" line="380"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="134"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="134"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="135"/>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="135"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="136"/>
        <source>From … to …</source>
        <translation>From … to …</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="140"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="141"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="142"/>
        <source>Where the revenue is</source>
        <translation>Where the revenue is</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="142"/>
        <source>Customer segments (RFM)</source>
        <translation>Customer segments (RFM)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="142"/>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="143"/>
        <source>Follow-up discipline</source>
        <translation>Follow-up discipline</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="143"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="143"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="146"/>
        <source>Overdue follow-ups by tier</source>
        <translation>Overdue follow-ups by tier</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="147"/>
        <source>Visits per week: planned and done</source>
        <translation>Visits per week: planned and done</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="153"/>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="201"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="219"/>
        <source>The figures could not be computed: %1</source>
        <translation>The figures could not be computed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="229"/>
        <source>%1 to %2 · amounts in %3 · click a bar, slice or underlined figure to list its customers</source>
        <translation>%1 to %2 · amounts in %3 · click a bar, slice or underlined figure to list its customers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="240"/>
        <source>Click an event to list the customers its leads became.</source>
        <translation>Click an event to list the customers its leads became.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="242"/>
        <source>No events in the period.</source>
        <translation>No events in the period.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="252"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="260"/>
        <source>%1 of %2 customers (%3%) bring 80% of the revenue of %4 %5.</source>
        <translation>%1 of %2 customers (%3%) bring 80% of the revenue of %4 %5.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="270"/>
        <source>%1: %2, %3% of the revenue (%4 %5)</source>
        <translation>%1: %2, %3% of the revenue (%4 %5)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="281"/>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="392"/>
        <source>Tier changed in the period: %1</source>
        <translation>Tier changed in the period: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="283"/>
        <source>No customer changed tier in the period.</source>
        <translation>No customer changed tier in the period.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="307"/>
        <source>Tier %1: %2, click to list them</source>
        <translation>Tier %1: %2, click to list them</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="314"/>
        <source>By how recently, how often and how much they ordered</source>
        <translation>By how recently, how often and how much they ordered</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="316"/>
        <source>No segments yet: they are ranked from the customers&apos; orders.</source>
        <translation>No segments yet: they are ranked from the customers&apos; orders.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="320"/>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="327"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="321"/>
        <source>RFM: %1</source>
        <translation>RFM: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="328"/>
        <source>Lifecycle: %1</source>
        <translation>Lifecycle: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="335"/>
        <source>Moves in the period: %1</source>
        <translation>Moves in the period: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="337"/>
        <source>No moves in the period.</source>
        <translation>No moves in the period.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="344"/>
        <source>%1 days on average since the last contact with an A customer</source>
        <translation>%1 days on average since the last contact with an A customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="347"/>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="387"/>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="348"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="349"/>
        <source>Overdue follow-up: %1</source>
        <translation>Overdue follow-up: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="352"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="353"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="365"/>
        <source>Satisfaction: %1</source>
        <translation>Satisfaction: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="370"/>
        <source>%1 with satisfaction falling</source>
        <translation>%1 with satisfaction falling</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="372"/>
        <source>%1 with a complaint open</source>
        <translation>%1 with a complaint open</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="376"/>
        <source>%1: %n customer(s), click to list them</source>
        <translation>
            <numerusform>%1: %n customer, click to list them</numerusform>
            <numerusform>%1: %n customers, click to list them</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="395"/>
        <source>Satisfaction falling</source>
        <translation>Satisfaction falling</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="397"/>
        <source>Complaint open, no contact since</source>
        <translation>Complaint open, no contact since</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="402"/>
        <source>Leads converted at %1</source>
        <translation>Leads converted at %1</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/report.py" line="54"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/report.py" line="56"/>
        <source>Print the period&apos;s figures, or save them as PDF</source>
        <translation>Print the period&apos;s figures, or save them as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/report.py" line="58"/>
        <source>Print the figures…</source>
        <translation>Print the figures…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/report.py" line="59"/>
        <source>Save the figures as PDF…</source>
        <translation>Save the figures as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/report.py" line="68"/>
        <source>Figures saved to %1</source>
        <translation>Figures saved to %1</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="34"/>
        <source>Same phone</source>
        <translation>Same phone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="35"/>
        <source>Same e-mail</source>
        <translation>Same e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="36"/>
        <source>Similar name</source>
        <translation>Similar name</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="154"/>
        <source>Duplicate customers</source>
        <translation>Duplicate customers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="157"/>
        <source>Customers that look like the same one: the same phone or e-mail, or a similar name (full-width and traditional characters included). Merge them, or say they are not duplicates.</source>
        <translation>Customers that look like the same one: the same phone or e-mail, or a similar name (full-width and traditional characters included). Merge them, or say they are not duplicates.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="161"/>
        <source>Not a duplicate</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="162"/>
        <source>Two different customers: never list this pair again</source>
        <translation>Two different customers: never list this pair again</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="163"/>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="164"/>
        <source>Search again</source>
        <translation>Search again</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="165"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="186"/>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="205"/>
        <source>Looking for duplicate customers…</source>
        <translation>Looking for duplicate customers…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="207"/>
        <source>The search was stopped.</source>
        <translation>The search was stopped.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="211"/>
        <source>No duplicate customers found.</source>
        <translation>No duplicate customers found.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="213"/>
        <source>The %n surest pair(s) of possible duplicates.</source>
        <translation>
            <numerusform>The %n surest pair of possible duplicates.</numerusform>
            <numerusform>The %n surest pairs of possible duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="215"/>
        <source>%n pair(s) of possible duplicates.</source>
        <translation>
            <numerusform>%n pair of possible duplicates.</numerusform>
            <numerusform>%n pairs of possible duplicates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/timeline/dialog.py" line="56"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/dialog.py" line="57"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/dialog.py" line="58"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/dialog.py" line="59"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/dialog.py" line="60"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/dialog.py" line="77"/>
        <source>Edit entry</source>
        <translation>Edit entry</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/dialog.py" line="79"/>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="52"/>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="56"/>
        <source>Trade show</source>
        <translation>Trade show</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="56"/>
        <source>Product launch</source>
        <translation>Product launch</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="57"/>
        <source>Seminar</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="74"/>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="110"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="74"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="74"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="75"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="75"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="75"/>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="110"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="76"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="76"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="77"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="88"/>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="88"/>
        <source>Edit event</source>
        <translation>Edit event</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/events.py" line="53"/>
        <source>%1: list the customers its leads became</source>
        <translation>%1: list the customers its leads became</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/events.py" line="72"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/events.py" line="73"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/events.py" line="74"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/events.py" line="75"/>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/events.py" line="76"/>
        <source>Revenue (%1)</source>
        <translation>Revenue (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/events.py" line="77"/>
        <source>Cost per lead (%1)</source>
        <translation>Cost per lead (%1)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../desktop_crm/ui/exporting/__init__.py" line="27"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/__init__.py" line="28"/>
        <source>CSV for Excel, UTF-8 (*.csv)</source>
        <translation>CSV for Excel, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/__init__.py" line="29"/>
        <source>Contact persons, vCard 4.0 (*.vcf)</source>
        <translation>Contact persons, vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/__init__.py" line="31"/>
        <source>Contact persons for older phones, vCard 3.0 (*.vcf)</source>
        <translation>Contact persons for older phones, vCard 3.0 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/__init__.py" line="44"/>
        <source>Export the contact persons of the customers in the list</source>
        <translation>Export the contact persons of the customers in the list</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/__init__.py" line="49"/>
        <source>Export the customers in the list</source>
        <translation>Export the customers in the list</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/__init__.py" line="64"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/columns.py" line="66"/>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/columns.py" line="111"/>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="339"/>
        <location filename="../../desktop_crm/ui/importing/models.py" line="229"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="119"/>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="119"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="120"/>
        <source>Import &amp;as</source>
        <translation>Import &amp;as</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="121"/>
        <source>&amp;Match existing by</source>
        <translation>&amp;Match existing by</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="123"/>
        <source>A row that matches a record already here updates it instead of adding one</source>
        <translation>A row that matches a record already here updates it instead of adding one</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="125"/>
        <source>&amp;Skip invalid rows (import the others)</source>
        <translation>&amp;Skip invalid rows (import the others)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="126"/>
        <source>Save &amp;errors as CSV…</source>
        <translation>Save &amp;errors as CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="127"/>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="128"/>
        <source>Try the import without changing anything</source>
        <translation>Try the import without changing anything</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="129"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="130"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="151"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="155"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %n row(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, %n row</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2, %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="182"/>
        <source>Cannot read %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="239"/>
        <source>Choose the column that holds the name (or the given and family names).</source>
        <translation>Choose the column that holds the name (or the given and family names).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="242"/>
        <source>Choose the column that holds the company: each contact person belongs to a customer.</source>
        <translation>Choose the column that holds the company: each contact person belongs to a customer.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="281"/>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="287"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="297"/>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="307"/>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="311"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="312"/>
        <source>%n row(s) cannot be imported, so nothing was imported: the data stays as it was.</source>
        <translation>
            <numerusform>%n row cannot be imported, so nothing was imported: the data stays as it was.</numerusform>
            <numerusform>%n rows cannot be imported, so nothing was imported: the data stays as it was.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="314"/>
        <source>Correct them in the file, or tick “Skip invalid rows” to import the others.</source>
        <translation>Correct them in the file, or tick “Skip invalid rows” to import the others.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="315"/>
        <source>Nothing imported</source>
        <translation>Nothing imported</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="318"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="335"/>
        <source>Save errors as CSV</source>
        <translation>Save errors as CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="336"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="344"/>
        <source>Rejected rows saved to %1</source>
        <translation>Rejected rows saved to %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="353"/>
        <source>Import from a file</source>
        <translation>Import from a file</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="355"/>
        <source>Tables and address books (%1)</source>
        <translation>Tables and address books (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="357"/>
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>CSV files (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="359"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="361"/>
        <source>vCard address books (*.vcf)</source>
        <translation>vCard address books (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="23"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="24"/>
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="25"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="31"/>
        <source>Name and city</source>
        <translation>Name and city</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="32"/>
        <location filename="../../desktop_crm/ui/importing/models.py" line="67"/>
        <source>External ID</source>
        <translation>External ID</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="33"/>
        <location filename="../../desktop_crm/ui/importing/models.py" line="56"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="34"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="35"/>
        <source>Name and company</source>
        <translation>Name and company</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="43"/>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="44"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="46"/>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="47"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="48"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="49"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="50"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="51"/>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="52"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="53"/>
        <source>Phone (office)</source>
        <translation>Phone (office)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="54"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="55"/>
        <source>Phone (mobile or office)</source>
        <translation>Phone (mobile or office)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="57"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="58"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="59"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="60"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="61"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="62"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="63"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="64"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="65"/>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="66"/>
        <source>Tier (A, B, C)</source>
        <translation>Tier (A, B, C)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="68"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="69"/>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="70"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="71"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="78"/>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="79"/>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="80"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="81"/>
        <source>vertical bar</source>
        <translation>vertical bar</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="92"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="93"/>
        <source>not a valid phone number</source>
        <translation>not a valid phone number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="94"/>
        <source>not a valid e-mail address</source>
        <translation>not a valid e-mail address</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="95"/>
        <source>not one of the choices</source>
        <translation>not one of the choices</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="96"/>
        <source>no event of that name</source>
        <translation>no event of that name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="97"/>
        <source>empty, and the rows are matched by it</source>
        <translation>empty, and the rows are matched by it</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="98"/>
        <source>this vCard cannot be read</source>
        <translation>this vCard cannot be read</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="105"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="108"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="110"/>
        <location filename="../../desktop_crm/ui/importing/outcome.py" line="34"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="158"/>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="159"/>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="160"/>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="339"/>
        <location filename="../../desktop_crm/ui/importing/models.py" line="230"/>
        <source>Why it cannot be imported</source>
        <translation>Why it cannot be imported</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/outcome.py" line="22"/>
        <source>Nothing imported. Invalid rows: %1</source>
        <translation>Nothing imported. Invalid rows: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/outcome.py" line="25"/>
        <source>%1 to add, %2 to update, %3 unchanged, %4 invalid</source>
        <translation>%1 to add, %2 to update, %3 unchanged, %4 invalid</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/outcome.py" line="27"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 invalid skipped</source>
        <translation>%1 added, %2 updated, %3 unchanged, %4 invalid skipped</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/outcome.py" line="33"/>
        <source>new customers for the contact persons: %1</source>
        <translation>new customers for the contact persons: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/outcome.py" line="87"/>
        <source>Check:</source>
        <translation>Check:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/outcome.py" line="90"/>
        <source>As it is, Import stops at the invalid rows and imports nothing.</source>
        <translation>As it is, Import stops at the invalid rows and imports nothing.</translation>
    </message>
</context>
<context>
    <name>LeadsPane</name>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="174"/>
        <source>New event…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="175"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="176"/>
        <source>Assign…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="177"/>
        <source>Known?…</source>
        <translation>Known?…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="179"/>
        <source>Look for the selected lead among customers and contact persons, to convert onto them</source>
        <translation>Look for the selected lead among customers and contact persons, to convert onto them</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="181"/>
        <source>Hand the selected leads to a colleague</source>
        <translation>Hand the selected leads to a colleague</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="182"/>
        <source>Capture leads</source>
        <translation>Capture leads</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="183"/>
        <source>Qualify</source>
        <translation>Qualify</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="184"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="185"/>
        <source>Convert</source>
        <translation>Convert</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="186"/>
        <source>Make the selected leads customers and contact persons</source>
        <translation>Make the selected leads customers and contact persons</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="189"/>
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="190"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="191"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="192"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="193"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="194"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="232"/>
        <source>Hot</source>
        <translation>Hot</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="232"/>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="232"/>
        <source>Cold</source>
        <translation>Cold</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="233"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="233"/>
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="233"/>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="234"/>
        <source>Discarded</source>
        <translation>Discarded</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="243"/>
        <source>No events yet: add one, then capture its leads.</source>
        <translation>No events yet: add one, then capture its leads.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="251"/>
        <source>%1 leads · %2 qualified · %3 converted · revenue %4 · cost per lead %5</source>
        <translation>%1 leads · %2 qualified · %3 converted · revenue %4 · cost per lead %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/leads/pane.py" line="286"/>
        <source>%n lead(s) converted</source>
        <translation>
            <numerusform>%n lead converted</numerusform>
            <numerusform>%n leads converted</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="299"/>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="303"/>
        <source>Assign leads</source>
        <translation>Assign leads</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="300"/>
        <source>No colleagues yet: they arrive with the first sync.</source>
        <translation>No colleagues yet: they arrive with the first sync.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/leads/pane.py" line="304"/>
        <source>%n lead(s) to:</source>
        <translation>
            <numerusform>%n lead to:</numerusform>
            <numerusform>%n leads to:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="326"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="326"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="327"/>
        <source>Nobody: a new customer</source>
        <translation>Nobody: a new customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="330"/>
        <source>Known?</source>
        <translation>Known?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="330"/>
        <source>This lead is:</source>
        <translation>This lead is:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="53"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="54"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="55"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="59"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="66"/>
        <source>Log in to sync</source>
        <translation>Log in to sync</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="72"/>
        <source>Server, user and password are all needed.</source>
        <translation>Server, user and password are all needed.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="210"/>
        <source>Desktop CRM</source>
        <translation>Desktop CRM</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="211"/>
        <source>Find customer</source>
        <translation>Find customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="212"/>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="213"/>
        <source>Edit customer</source>
        <translation>Edit customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="214"/>
        <source>Delete customer</source>
        <translation>Delete customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="215"/>
        <source>Export visit plan…</source>
        <translation>Export visit plan…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="216"/>
        <source>Plan a visit</source>
        <translation>Plan a visit</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="217"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="218"/>
        <source>Log in to sync…</source>
        <translation>Log in to sync…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="219"/>
        <source>Conflicts…</source>
        <translation>Conflicts…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="220"/>
        <source>Needs attention…</source>
        <translation>Needs attention…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="221"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="222"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="223"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="225"/>
        <source>Import customers and contacts, export the list, merge duplicates</source>
        <translation>Import customers and contacts, export the list, merge duplicates</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="227"/>
        <source>Import customers, contacts or leads…</source>
        <translation>Import customers, contacts or leads…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="228"/>
        <source>Export the customers in the list…</source>
        <translation>Export the customers in the list…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="229"/>
        <source>Export their contact persons for a phone (vCard)…</source>
        <translation>Export their contact persons for a phone (vCard)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="230"/>
        <source>Find and merge duplicates…</source>
        <translation>Find and merge duplicates…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="236"/>
        <source>Contact history</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="237"/>
        <source>Visit plan</source>
        <translation>Visit plan</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="238"/>
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="239"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="241"/>
        <source>Dashboard: the figures of a period, each a click from its customers</source>
        <translation>Dashboard: the figures of a period, each a click from its customers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="302"/>
        <source>Customer list: %1</source>
        <translation>Customer list: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="346"/>
        <source>Export visit plan</source>
        <translation>Export visit plan</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="346"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/main_window.py" line="360"/>
        <source>%n visit(s) exported to %1</source>
        <translation>
            <numerusform>%n visit exported to %1</numerusform>
            <numerusform>%n visits exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/main_window.py" line="384"/>
        <source>%n contact person(s) exported to %1</source>
        <translation>
            <numerusform>%n contact person exported to %1</numerusform>
            <numerusform>%n contact persons exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/main_window.py" line="386"/>
        <source>%n customer(s) exported to %1</source>
        <translation>
            <numerusform>%n customer exported to %1</numerusform>
            <numerusform>%n customers exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="403"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importing/columns.py" line="67"/>
        <source>Preview of the first %n row(s)</source>
        <translation>
            <numerusform>Preview of the first %n row</numerusform>
            <numerusform>Preview of the first %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="48"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="49"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="50"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="51"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="52"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="53"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="54"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="55"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="56"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="57"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="58"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="59"/>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="60"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="61"/>
        <source>External id</source>
        <translation>External id</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="62"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="76"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="77"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="126"/>
        <source>Join them</source>
        <translation>Join them</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="128"/>
        <source>Other one into notes</source>
        <translation>Other one into notes</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="266"/>
        <source>Merged in: %1</source>
        <translation>Merged in: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="286"/>
        <source>One of the two customers is gone: deleted, or merged already.</source>
        <translation>One of the two customers is gone: deleted, or merged already.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="300"/>
        <source>Merge customers</source>
        <translation>Merge customers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="303"/>
        <source>Choose each field&apos;s value. The customer on the left is kept; the one on the right is merged into it: its contact persons, history, visits, orders and leads move over, and it is deleted.</source>
        <translation>Choose each field&apos;s value. The customer on the left is kept; the one on the right is merged into it: its contact persons, history, visits, orders and leads move over, and it is deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="309"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="310"/>
        <source>Kept:</source>
        <translation>Kept:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="311"/>
        <source>Merged in:</source>
        <translation>Merged in:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="312"/>
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="313"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="319"/>
        <source>Swap sides</source>
        <translation>Swap sides</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="320"/>
        <source>Keep the customer on the right instead</source>
        <translation>Keep the customer on the right instead</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="321"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="332"/>
        <source>%n contact person(s)</source>
        <translation>
            <numerusform>%n contact person</numerusform>
            <numerusform>%n contact persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="334"/>
        <source>%n history entry(ies)</source>
        <translation>
            <numerusform>%n history entry</numerusform>
            <numerusform>%n history entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="335"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="336"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="337"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="341"/>
        <source>No history</source>
        <translation>No history</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="71"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="72"/>
        <source>Looks like</source>
        <translation>Looks like</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="73"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="74"/>
        <source>Match</source>
        <translation>Match</translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <location filename="../../desktop_crm/ui/sync/changes.py" line="112"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/changes.py" line="113"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/changes.py" line="114"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/changes.py" line="115"/>
        <source>Fields changed</source>
        <translation>Fields changed</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/changes.py" line="116"/>
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="53"/>
        <source>Fixed appointment (keeps its time when the route is ordered)</source>
        <translation>Fixed appointment (keeps its time when the route is ordered)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="55"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="56"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="57"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="66"/>
        <source>Change the visit: %1</source>
        <translation>Change the visit: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="68"/>
        <source>Plan a visit: %1</source>
        <translation>Plan a visit: %1</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../desktop_crm/ui/progress.py" line="34"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/progress.py" line="35"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="45"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="66"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="67"/>
        <source>Phone region (for numbers without +)</source>
        <translation>Phone region (for numbers without +)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="69"/>
        <source>Follow up tier %1 every (days)</source>
        <translation>Follow up tier %1 every (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="70"/>
        <source>New customer: first order within (days)</source>
        <translation>New customer: first order within (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="71"/>
        <source>Dormant: no order for (days)</source>
        <translation>Dormant: no order for (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="72"/>
        <source>Lost: no order for (days)</source>
        <translation>Lost: no order for (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="73"/>
        <source>Currency for totals</source>
        <translation>Currency for totals</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="74"/>
        <source>Your company (printed on reports)</source>
        <translation>Your company (printed on reports)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="80"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="87"/>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="88"/>
        <source>About Desktop CRM…</source>
        <translation>About Desktop CRM…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="99"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="126"/>
        <source>Phone region: not a two-letter region code such as CN, HK or US</source>
        <translation>Phone region: not a two-letter region code such as CN, HK or US</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="127"/>
        <source>Follow-up for tier A: between 1 and 3650 days</source>
        <translation>Follow-up for tier A: between 1 and 3650 days</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="128"/>
        <source>Follow-up for tier B: between 1 and 3650 days</source>
        <translation>Follow-up for tier B: between 1 and 3650 days</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="129"/>
        <source>Follow-up for tier C: between 1 and 3650 days</source>
        <translation>Follow-up for tier C: between 1 and 3650 days</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="130"/>
        <source>New customer: at least 1 day</source>
        <translation>New customer: at least 1 day</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="131"/>
        <source>Dormant must come before lost</source>
        <translation>Dormant must come before lost</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="91"/>
        <source>never contacted</source>
        <translation>never contacted</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/pane.py" line="92"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="97"/>
        <source>Suggested visit</source>
        <translation>Suggested visit</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="98"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="99"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="100"/>
        <source>To the day&apos;s plan</source>
        <translation>To the day&apos;s plan</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop_crm/ui/sync/controller.py" line="173"/>
        <source>Cannot reach the server. Check its address and that this computer is online.</source>
        <translation>Cannot reach the server. Check its address and that this computer is online.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/controller.py" line="176"/>
        <source>The server&apos;s certificate is not trusted. If your company runs its own certificate authority, ask for its root certificate and start the app with SSL_CERT_FILE set to it.</source>
        <translation>The server&apos;s certificate is not trusted. If your company runs its own certificate authority, ask for its root certificate and start the app with SSL_CERT_FILE set to it.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="188"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="137"/>
        <source>Synced at %1</source>
        <translation>Synced at %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="139"/>
        <source>Sync stopped</source>
        <translation>Sync stopped</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="141"/>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="143"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="146"/>
        <source>clock %n min ahead</source>
        <translation>
            <numerusform>clock %n min ahead</numerusform>
            <numerusform>clock %n min ahead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="147"/>
        <source>clock %n min behind</source>
        <translation>
            <numerusform>clock %n min behind</numerusform>
            <numerusform>clock %n min behind</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="149"/>
        <source>This computer&apos;s clock is off from the server&apos;s. Set the right time in the system settings; until then, your changes are stamped with the server&apos;s time.</source>
        <translation>This computer&apos;s clock is off from the server&apos;s. Set the right time in the system settings; until then, your changes are stamped with the server&apos;s time.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="153"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="154"/>
        <source>Stop syncing: what was sent or received so far stays</source>
        <translation>Stop syncing: what was sent or received so far stays</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="158"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="159"/>
        <source>Show the changes waiting to be sent</source>
        <translation>Show the changes waiting to be sent</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="162"/>
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict to review</numerusform>
            <numerusform>%n conflicts to review</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="163"/>
        <source>Review the fields both sides changed</source>
        <translation>Review the fields both sides changed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="166"/>
        <source>%n rejected change(s)</source>
        <translation>
            <numerusform>%n rejected change</numerusform>
            <numerusform>%n rejected changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="167"/>
        <source>See the changes the server refused, and why</source>
        <translation>See the changes the server refused, and why</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="171"/>
        <source>No system keyring: the login is kept until the app closes, then asked for again.</source>
        <translation>No system keyring: the login is kept until the app closes, then asked for again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="182"/>
        <source>Stopping after this step…</source>
        <translation>Stopping after this step…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="185"/>
        <source>Syncing: sent %1 of %2</source>
        <translation>Syncing: sent %1 of %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="187"/>
        <source>Syncing: received %n record(s)</source>
        <translation>
            <numerusform>Syncing: received %n record</numerusform>
            <numerusform>Syncing: received %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop_crm/ui/timeline/model.py" line="97"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/model.py" line="98"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/model.py" line="99"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/model.py" line="100"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/model.py" line="101"/>
        <source>Status / satisfaction</source>
        <translation>Status / satisfaction</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="126"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="133"/>
        <source>Log a call: type what it was about, Enter saves (Ctrl+L)</source>
        <translation>Log a call: type what it was about, Enter saves (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="134"/>
        <source>Log a call</source>
        <translation>Log a call</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="135"/>
        <source>New entry…</source>
        <translation>New entry…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="136"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="137"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="138"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="139"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="132"/>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="142"/>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="147"/>
        <source>Select a customer to see their history</source>
        <translation>Select a customer to see their history</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="213"/>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="217"/>
        <source>Edit entry</source>
        <translation>Edit entry</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="237"/>
        <source>Delete entry</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="240"/>
        <source>Entry deleted. Undo with Ctrl+Z.</source>
        <translation>Entry deleted. Undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="31"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="32"/>
        <source>Not a valid phone number</source>
        <translation>Not a valid phone number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="33"/>
        <source>Not a valid e-mail address</source>
        <translation>Not a valid e-mail address</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="34"/>
        <source>Not one of the choices</source>
        <translation>Not one of the choices</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="35"/>
        <source>Ends before it starts</source>
        <translation>Ends before it starts</translation>
    </message>
</context>
<context>
    <name>VisitReport</name>
    <message>
        <location filename="../../desktop_crm/ui/pdf.py" line="31"/>
        <source>Building the report…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pdf.py" line="40"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pdf.py" line="89"/>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pdf.py" line="38"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>VisitsPane</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="242"/>
        <source>Plan visit…</source>
        <translation>Plan visit…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="243"/>
        <source>Plan a visit to the selected customer (Ctrl+Shift+P)</source>
        <translation>Plan a visit to the selected customer (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="244"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="245"/>
        <source>Move or re-time the selected visit</source>
        <translation>Move or re-time the selected visit</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="246"/>
        <source>Order route</source>
        <translation>Order route</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="248"/>
        <source>Put the day&apos;s visits in the shortest order; fixed appointments keep their time</source>
        <translation>Put the day&apos;s visits in the shortest order; fixed appointments keep their time</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="250"/>
        <source>Complete…</source>
        <translation>Complete…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="251"/>
        <source>Cancel visit</source>
        <translation>Cancel visit</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="252"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="255"/>
        <source>Print or save as PDF: the selected visit&apos;s report, the day&apos;s visit pack, the week&apos;s activity</source>
        <translation>Print or save as PDF: the selected visit&apos;s report, the day&apos;s visit pack, the week&apos;s activity</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="258"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="259"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="260"/>
        <source>Print the day&apos;s visit pack…</source>
        <translation>Print the day&apos;s visit pack…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="261"/>
        <source>Save the day&apos;s visit pack as PDF…</source>
        <translation>Save the day&apos;s visit pack as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="262"/>
        <source>Print the week&apos;s activity report…</source>
        <translation>Print the week&apos;s activity report…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="263"/>
        <source>Save the week&apos;s activity report as PDF…</source>
        <translation>Save the week&apos;s activity report as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="264"/>
        <source>Plan the suggested visit for this day…</source>
        <translation>Plan the suggested visit for this day…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="265"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="266"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="269"/>
        <source>Drag a customer onto a day to plan a visit; drag a visit to another day to move it. Double-click a day to open it.</source>
        <translation>Drag a customer onto a day to plan a visit; drag a visit to another day to move it. Double-click a day to open it.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="335"/>
        <source>Visit report saved to %1</source>
        <translation>Visit report saved to %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="357"/>
        <source>Visit pack saved to %1</source>
        <translation>Visit pack saved to %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="367"/>
        <source>Weekly report saved to %1</source>
        <translation>Weekly report saved to %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/pane.py" line="427"/>
        <source>%n visit(s) planned on %1</source>
        <translation>
            <numerusform>%n visit planned on %1</numerusform>
            <numerusform>%n visits planned on %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="446"/>
        <source>Route: %1 visits, %2 km</source>
        <translation>Route: %1 visits, %2 km</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="11"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="12"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="13"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="14"/>
        <source>Dormant</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="15"/>
        <location filename="../../desktop_crm/ui/words.py" line="32"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="22"/>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="23"/>
        <source>Loyal</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="24"/>
        <source>Potential loyalist</source>
        <translation>Potential loyalist</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="25"/>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="26"/>
        <source>Promising</source>
        <translation>Promising</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="27"/>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="28"/>
        <source>About to sleep</source>
        <translation>About to sleep</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="29"/>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="30"/>
        <source>Cannot lose</source>
        <translation>Cannot lose</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="31"/>
        <source>Hibernating</source>
        <translation>Hibernating</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="38"/>
        <source>Transactional</source>
        <translation>Transactional</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="39"/>
        <source>Preferred supplier</source>
        <translation>Preferred supplier</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="40"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="41"/>
        <source>Strategic alliance</source>
        <translation>Strategic alliance</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="47"/>
        <location filename="../../desktop_crm/ui/words.py" line="145"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="48"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="49"/>
        <location filename="../../desktop_crm/ui/words.py" line="99"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="50"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="51"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="52"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="53"/>
        <source>Service request</source>
        <translation>Service request</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="54"/>
        <location filename="../../desktop_crm/ui/words.py" line="147"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="55"/>
        <location filename="../../desktop_crm/ui/words.py" line="146"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="56"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="62"/>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="63"/>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="64"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="65"/>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="66"/>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="72"/>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="73"/>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="74"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="75"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="76"/>
        <location filename="../../desktop_crm/ui/words.py" line="84"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="82"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="83"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="85"/>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="92"/>
        <location filename="../../desktop_crm/ui/words.py" line="93"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="94"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="95"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="96"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="97"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="98"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="100"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="101"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="102"/>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="103"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="104"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="105"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="106"/>
        <source>Planned for</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="107"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="108"/>
        <location filename="../../desktop_crm/ui/words.py" line="160"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="109"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="110"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="111"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="112"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="113"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="114"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="115"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="116"/>
        <location filename="../../desktop_crm/ui/words.py" line="142"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="117"/>
        <location filename="../../desktop_crm/ui/words.py" line="143"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="118"/>
        <location filename="../../desktop_crm/ui/words.py" line="148"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="119"/>
        <source>Primary contact</source>
        <translation>Primary contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="120"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="121"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="122"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="123"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="124"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="125"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="126"/>
        <source>Next visit on</source>
        <translation>Next visit on</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="127"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="128"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="129"/>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="130"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="131"/>
        <source>Consent to be contacted</source>
        <translation>Consent to be contacted</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="132"/>
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="133"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="134"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="135"/>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="144"/>
        <source>Contact history</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="149"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="150"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="151"/>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="158"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="159"/>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/welcome.py" line="71"/>
        <source>Welcome to Desktop CRM</source>
        <translation>Welcome to Desktop CRM</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/welcome.py" line="73"/>
        <source>Your customers, visits and contact history, on this computer: it works without a network and syncs with your team&apos;s server when there is one. How would you like to start?</source>
        <translation>Your customers, visits and contact history, on this computer: it works without a network and syncs with your team&apos;s server when there is one. How would you like to start?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/welcome.py" line="76"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/welcome.py" line="77"/>
        <source>Try it with demo data (%1 customers)</source>
        <translation>Try it with demo data (%1 customers)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/welcome.py" line="78"/>
        <source>Import customers from a file…</source>
        <translation>Import customers from a file…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/welcome.py" line="79"/>
        <source>Connect to your team&apos;s server…</source>
        <translation>Connect to your team&apos;s server…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/welcome.py" line="80"/>
        <source>Create a customer</source>
        <translation>Create a customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/welcome.py" line="81"/>
        <source>Your data is kept in %1</source>
        <translation>Your data is kept in %1</translation>
    </message>
</context>
</TS>
