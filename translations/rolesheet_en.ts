<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>rs::ApprovalsFeature</name>
    <message numerus="yes">
        <source>%n of the staged changes need a second person&apos;s approval under the workspace&apos;s approval policy, such as: %1. File them as a request; they are applied once approved.</source>
        <translation>
            <numerusform>%n of the staged changes needs a second person&apos;s approval under the workspace&apos;s approval policy: %1. File it as a request; it is applied once approved.</numerusform>
            <numerusform>%n of the staged changes need a second person&apos;s approval under the workspace&apos;s approval policy, such as: %1. File them as a request; they are applied once approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Request %1 waits for %n approval(s); View › Approvals… follows it.</source>
        <translation>
            <numerusform>Request %1 waits for %n approval; View › Approvals… follows it.</numerusform>
            <numerusform>Request %1 waits for %n approvals; View › Approvals… follows it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval request(s) wait for your approval.</source>
        <translation>
            <numerusform>%n approval request waits for your approval.</numerusform>
            <numerusform>%n approval requests wait for your approval.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::AuditDialog</name>
    <message numerus="yes">
        <source>Hash chain whole: each of the %n records follows the one before it.</source>
        <translation>
            <numerusform>Hash chain whole: its %n record is in place.</numerusform>
            <numerusform>Hash chain whole: each of the %n records follows the one before it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied change(s)</source>
        <translation>
            <numerusform>%n applied change</numerusform>
            <numerusform>%n applied changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n applied change(s)</source>
        <translation>
            <numerusform>Showing %1 of %n applied change</numerusform>
            <numerusform>Showing %1 of %n applied changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n change to %1.</numerusform>
            <numerusform>Wrote %n changes to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::AuditModel</name>
    <message numerus="yes">
        <source>&lt;p&gt;The whole workspace was replaced. The one before, %1 with %n roles, is kept in this record: Revert Import puts it back.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;The whole workspace was replaced. The one before, %1 with %n role, is kept in this record: Revert Import puts it back.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;The whole workspace was replaced. The one before, %1 with %n roles, is kept in this record: Revert Import puts it back.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::Change</name>
    <message numerus="yes">
        <source>Set the approval policy: %1 changes, %n approval(s), approvers beyond the owner and Admins: %2, approval within %3 days, apply within %4 days</source>
        <translation>
            <numerusform>Set the approval policy: %1 changes, %n approval, approvers beyond the owner and Admins: %2, approval within %3 days, apply within %4 days</numerusform>
            <numerusform>Set the approval policy: %1 changes, %n approvals, approvers beyond the owner and Admins: %2, approval within %3 days, apply within %4 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::Document</name>
    <message numerus="yes">
        <source>Applying %n staged changes…</source>
        <translation>
            <numerusform>Applying %n staged change…</numerusform>
            <numerusform>Applying %n staged changes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::Duties</name>
    <message numerus="yes">
        <source>%n more conflict(s) like it.</source>
        <translation>
            <numerusform>%n more conflict like it.</numerusform>
            <numerusform>%n more conflicts like it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::DutiesDialog</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ExpiringDialog</name>
    <message numerus="yes">
        <source>Ends in %n days</source>
        <translation>
            <numerusform>Ends in %n day</numerusform>
            <numerusform>Ends in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ending within the window</source>
        <translation>
            <numerusform>%n ending within the window</numerusform>
            <numerusform>%n ending within the window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend access by %n days</source>
        <translation>
            <numerusform>Extend access by %n day</numerusform>
            <numerusform>Extend access by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew access for %n days</source>
        <translation>
            <numerusform>Renew access for %n day</numerusform>
            <numerusform>Renew access for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing ends within %n day(s). Look further ahead with the days above, or give a freelancer’s seat an end with Members › Invite to Production… or Set Account Role….</source>
        <translation>
            <numerusform>Nothing ends within %n day. Look further ahead with the days above, or give a freelancer’s seat an end with Members › Invite to Production… or Set Account Role….</numerusform>
            <numerusform>Nothing ends within %n days. Look further ahead with the days above, or give a freelancer’s seat an end with Members › Invite to Production… or Set Account Role….</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already ended: that access no longer counts. Select a row to extend or renew it.</source>
        <translation>
            <numerusform>%n already ended: that access no longer counts. Select a row to extend or renew it.</numerusform>
            <numerusform>%n already ended: that access no longer counts. Select a row to extend or renew it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::GridPanel</name>
    <message numerus="yes">
        <source>Grant %n cell(s) to %1</source>
        <translation>
            <numerusform>Grant %n cell to %1</numerusform>
            <numerusform>Grant %n cells to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s) of %1</source>
        <translation>
            <numerusform>Clear %n cell of %1</numerusform>
            <numerusform>Clear %n cells of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were left as they were: %1</source>
        <translation>
            <numerusform>%n cell was left as it was: %1</numerusform>
            <numerusform>%n cells were left as they were: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Granted %n selected cell(s): some open cells were not granted.</source>
        <translation>
            <numerusform>Granted %n selected cell: some open cells were not granted.</numerusform>
            <numerusform>Granted %n selected cells: some open cells were not granted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n selected cell(s): every open cell was granted.</source>
        <translation>
            <numerusform>Cleared %n selected cell: every open cell was granted.</numerusform>
            <numerusform>Cleared %n selected cells: every open cell was granted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s).</source>
        <translation>
            <numerusform>Copied %n cell.</numerusform>
            <numerusform>Copied %n cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s) onto %1</source>
        <translation>
            <numerusform>Paste %n cell onto %1</numerusform>
            <numerusform>Paste %n cells onto %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) fell outside the grid.</source>
        <translation>
            <numerusform>%n cell fell outside the grid.</numerusform>
            <numerusform>%n cells fell outside the grid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s).</source>
        <translation>
            <numerusform>Pasted %n cell.</numerusform>
            <numerusform>Pasted %n cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were not pasted: %1</source>
        <translation>
            <numerusform>%n cell was not pasted: %1</numerusform>
            <numerusform>%n cells were not pasted: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n cell(s) of %1 to the selected roles</source>
        <translation>
            <numerusform>Copy %n cell of %1 to the selected roles</numerusform>
            <numerusform>Copy %n cells of %1 to the selected roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s) to the selected roles.</source>
        <translation>
            <numerusform>Copied %n cell to the selected roles.</numerusform>
            <numerusform>Copied %n cells to the selected roles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were not copied: %1</source>
        <translation>
            <numerusform>%n cell was not copied: %1</numerusform>
            <numerusform>%n cells were not copied: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::MainWindow</name>
    <message numerus="yes">
        <source>Staged, not applied yet: %n change(s). Review them with Ctrl+R, apply with Ctrl+S.</source>
        <translation>
            <numerusform>Staged, not applied yet: %n change. Review it with Ctrl+R, apply it with Ctrl+S.</numerusform>
            <numerusform>Staged, not applied yet: %n changes. Review them with Ctrl+R, apply with Ctrl+S.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last session left staged changes that were never applied (%n in all):</source>
        <translation>
            <numerusform>The last session left %n staged change that was never applied:</numerusform>
            <numerusform>The last session left staged changes that were never applied (%n in all):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved change(s) no longer fit the workspace and were left out.</source>
        <translation>
            <numerusform>%n saved change no longer fits the workspace and was left out.</numerusform>
            <numerusform>%n saved changes no longer fit the workspace and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n change(s), in one step.</source>
        <translation>
            <numerusform>Applied: %n change, in one step.</numerusform>
            <numerusform>Applied: %n changes, in one step.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workspace was changed elsewhere and read again. %n of your staged changes no longer fit it and were left out.</source>
        <translation>
            <numerusform>The workspace was changed elsewhere and read again. %n of your staged changes no longer fits it and was left out.</numerusform>
            <numerusform>The workspace was changed elsewhere and read again. %n of your staged changes no longer fit it and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n staged changes</source>
        <translation>
            <numerusform>Restore %n staged change</numerusform>
            <numerusform>Restore %n staged changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more like it; View › Duties… lists them.</source>
        <translation>
            <numerusform>%n more like it; View › Duties… lists it.</numerusform>
            <numerusform>%n more like it; View › Duties… lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::MemberPage</name>
    <message numerus="yes">
        <source>The last %n change(s) that name this member, newest first.</source>
        <translation>
            <numerusform>The last %n change that names this member.</numerusform>
            <numerusform>The last %n changes that name this member, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::Prompts</name>
    <message numerus="yes">
        <source>Replace %n existing files in %1?</source>
        <translation>
            <numerusform>Replace %n existing file in %1?</numerusform>
            <numerusform>Replace %n existing files in %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ReviewDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;Impact on members&lt;/b&gt;: %n members may be affected; the first %1 are shown.</source>
        <translation>
            <numerusform>&lt;b&gt;Impact on members&lt;/b&gt;: %n member may be affected; the first %1 are shown.</numerusform>
            <numerusform>&lt;b&gt;Impact on members&lt;/b&gt;: %n members may be affected; the first %1 are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Duty conflicts&lt;/b&gt; the staged changes make: %n; </source>
        <translation>
            <numerusform>&lt;b&gt;Duty conflicts&lt;/b&gt; the staged changes make: %n; </numerusform>
            <numerusform>&lt;b&gt;Duty conflicts&lt;/b&gt; the staged changes make: %n; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refuse(s) Apply until an exception covers it.</source>
        <translation>
            <numerusform>%n refuses Apply until an exception covers it.</numerusform>
            <numerusform>%n refuse Apply until exceptions cover them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ReviewStore</name>
    <message numerus="yes">
        <source>Started access review %1 of %2 with %n items</source>
        <translation>
            <numerusform>Started access review %1 of %2 with %n item</numerusform>
            <numerusform>Started access review %1 of %2 with %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Access review %1 cannot be closed: %n items are undecided.</source>
        <translation>
            <numerusform>Access review %1 cannot be closed: %n item is undecided.</numerusform>
            <numerusform>Access review %1 cannot be closed: %n items are undecided.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed access review %1: %n revoked</source>
        <translation>
            <numerusform>Closed access review %1: %n revoked</numerusform>
            <numerusform>Closed access review %1: %n revoked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Access review %1: %n items decided at once</source>
        <translation>
            <numerusform>Access review %1: %n item decided at once</numerusform>
            <numerusform>Access review %1: %n items decided at once</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ReviewsDialog</name>
    <message numerus="yes">
        <source>%1 of %n decided</source>
        <translation>
            <numerusform>%1 of %n decided</numerusform>
            <numerusform>%1 of %n decided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items were not applied because their access changed after the review started.</source>
        <translation>
            <numerusform>%n item was not applied because its access changed after the review started.</numerusform>
            <numerusform>%n items were not applied because their access changed after the review started.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::Schema</name>
    <message numerus="yes">
        <source>A workspace has exactly one Admin &amp; owner; this one has %n.</source>
        <translation>
            <numerusform>A workspace has exactly one Admin &amp; owner; this one has %n.</numerusform>
            <numerusform>A workspace has exactly one Admin &amp; owner; this one has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::SheetActions</name>
    <message numerus="yes">
        <source>Export cancelled: %1 of %n role sheet(s) written to %2.</source>
        <translation>
            <numerusform>Export cancelled: %1 of %n role sheet written to %2.</numerusform>
            <numerusform>Export cancelled: %1 of %n role sheets written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role sheet(s) written to %1.</source>
        <translation>
            <numerusform>%n role sheet written to %1.</numerusform>
            <numerusform>%n role sheets written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Access matrix of %n role(s) written to %1.</source>
        <translation>
            <numerusform>Access matrix of %n role written to %1.</numerusform>
            <numerusform>Access matrix of %n roles written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n roles</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n staged changes are dropped.</source>
        <translation>
            <numerusform>%n staged change is dropped.</numerusform>
            <numerusform>%n staged changes are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of %1? The %n staged changes are dropped.</source>
        <translation>
            <numerusform>Undo the import of %1? The %n staged change is dropped.</numerusform>
            <numerusform>Undo the import of %1? The %n staged changes are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problems were found. Every one is listed below, each with its cell; correct them in the spreadsheet and import it again.</source>
        <translation>
            <numerusform>Nothing was imported from %1: %n problem was found. It is listed below with its cell; correct it in the spreadsheet and import it again.</numerusform>
            <numerusform>Nothing was imported from %1: %n problems were found. Every one is listed below, each with its cell; correct them in the spreadsheet and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed cells staged from %1: review them, then apply to keep them; Edit › Undo takes them all back.</source>
        <translation>
            <numerusform>%n changed cell staged from %1: review it, then apply to keep it; Edit › Undo takes it back.</numerusform>
            <numerusform>%n changed cells staged from %1: review them, then apply to keep them; Edit › Undo takes them all back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n changes applied since that import are undone with it.</source>
        <translation>
            <numerusform>The %n change applied since that import is undone with it.</numerusform>
            <numerusform>The %n changes applied since that import are undone with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1 written to %2, as applied; the %n staged change(s) are not in it.</source>
        <translation>
            <numerusform>Workspace %1 written to %2, as applied; the %n staged change is not in it.</numerusform>
            <numerusform>Workspace %1 written to %2, as applied; the %n staged changes are not in it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::Store</name>
    <message numerus="yes">
        <source>The server stopped answering for %n second(s), so the connection was closed; nothing was changed.</source>
        <translation>
            <numerusform>The server stopped answering for %n second, so the connection was closed; nothing was changed.</numerusform>
            <numerusform>The server stopped answering for %n seconds, so the connection was closed; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more tables differ too.</source>
        <translation>
            <numerusform>%n more table differs too.</numerusform>
            <numerusform>%n more tables differ too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::TemplateDriftDialog</name>
    <message numerus="yes">
        <source>%n role(s) linked</source>
        <translation>
            <numerusform>%n role linked</numerusform>
            <numerusform>%n roles linked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n behind</numerusform>
            <numerusform>%n behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s).</source>
        <translation>
            <numerusform>%n conflict.</numerusform>
            <numerusform>%n conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Propagate %1 to %n role(s)</source>
        <translation>
            <numerusform>Propagate %1 to %n role</numerusform>
            <numerusform>Propagate %1 to %n roles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::WorkspaceDiff</name>
    <message numerus="yes">
        <source>… and %n more changes to members, productions and seats.</source>
        <translation>
            <numerusform>… and %n more change to members, productions and seats.</numerusform>
            <numerusform>… and %n more changes to members, productions and seats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::cli</name>
    <message numerus="yes">
        <source>Audit trail whole: %n records, last hash %1</source>
        <translation>
            <numerusform>Audit trail whole: %n record, last hash %1</numerusform>
            <numerusform>Audit trail whole: %n records, last hash %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit entries to %1.</source>
        <translation>
            <numerusform>Wrote %n audit entry to %1.</numerusform>
            <numerusform>Wrote %n audit entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n changes not applied.</source>
        <translation>
            <numerusform>Dry run: %n change not applied.</numerusform>
            <numerusform>Dry run: %n changes not applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n changes.</source>
        <translation>
            <numerusform>Applied %n change.</numerusform>
            <numerusform>Applied %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n ended seats</source>
        <translation>
            <numerusform>Removed %n ended seat</numerusform>
            <numerusform>Removed %n ended seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n ended account roles.</source>
        <translation>
            <numerusform> and %n ended account role.</numerusform>
            <numerusform> and %n ended account roles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of version %1 reverted: the workspace is %2 again; %n later changes were undone with it.</source>
        <translation>
            <numerusform>Import of version %1 reverted: the workspace is %2 again; %n later change was undone with it.</numerusform>
            <numerusform>Import of version %1 reverted: the workspace is %2 again; %n later changes were undone with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started access review %1 of %2: %n items to decide.</source>
        <translation>
            <numerusform>Started access review %1 of %2: %n item to decide.</numerusform>
            <numerusform>Started access review %1 of %2: %n items to decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed access review %1 at workspace version %2: %n revoked</source>
        <translation>
            <numerusform>Closed access review %1 at workspace version %2: %n revoked</numerusform>
            <numerusform>Closed access review %1 at workspace version %2: %n revoked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items not applied because their access changed after the review started</source>
        <translation>
            <numerusform>%n item not applied because its access changed after the review started</numerusform>
            <numerusform>%n items not applied because their access changed after the review started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would record %n decisions; nothing was changed.</source>
        <translation>
            <numerusform>Would record %n decision; nothing was changed.</numerusform>
            <numerusform>Would record %n decisions; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n decisions in access review %1.</source>
        <translation>
            <numerusform>Recorded %n decision in access review %1.</numerusform>
            <numerusform>Recorded %n decisions in access review %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): choose --prefer template or --prefer local.</source>
        <translation>
            <numerusform>%n conflict: choose --prefer template or --prefer local.</numerusform>
            <numerusform>%n conflicts: choose --prefer template or --prefer local.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would bring %n role(s) in step with %1; nothing changed.</source>
        <translation>
            <numerusform>Would bring %n role in step with %1; nothing changed.</numerusform>
            <numerusform>Would bring %n roles in step with %1; nothing changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought %n role(s) in step with %1.</source>
        <translation>
            <numerusform>Brought %n role in step with %1.</numerusform>
            <numerusform>Brought %n roles in step with %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) changed.</source>
        <translation>
            <numerusform>%n cell changed.</numerusform>
            <numerusform>%n cells changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Request %1 waits for %n approval(s).</source>
        <translation>
            <numerusform>Request %1 waits for %n approval.</numerusform>
            <numerusform>Request %1 waits for %n approvals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::formats::CsvImport</name>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 has more than %n columns, more than this workspace could fill.</source>
        <translation>
            <numerusform>Row %1 has more than %n column, more than this workspace could fill.</numerusform>
            <numerusform>Row %1 has more than %n columns, more than this workspace could fill.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::formats::ReviewEvidence</name>
    <message numerus="yes">
        <source>the last of %n decisions</source>
        <translation>
            <numerusform>the only decision (%n in all)</numerusform>
            <numerusform>the last of %n decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::formats::RoleSheet</name>
    <message numerus="yes">
        <source>%1: works with all %n features and can add or change in %2 of them.</source>
        <translation>
            <numerusform>%1: works with its %n feature and can add or change in %2 of them.</numerusform>
            <numerusform>%1: works with all %n features and can add or change in %2 of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: can look at %2 of %n features without changing them.</source>
        <translation>
            <numerusform>%1: can look at %2 of %n feature without changing it.</numerusform>
            <numerusform>%1: can look at %2 of %n features without changing them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: works with %2 of %n features and can add or change in %3 of them.</source>
        <translation>
            <numerusform>%1: works with %2 of %n feature and can add or change in %3 of them.</numerusform>
            <numerusform>%1: works with %2 of %n features and can add or change in %3 of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on %1 (version %2); %n local change(s)</source>
        <translation>
            <numerusform>Based on %1 (version %2); %n local change</numerusform>
            <numerusform>Based on %1 (version %2); %n local changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::formats::SafeWrite</name>
    <message numerus="yes">
        <source>%n of the files to write already exist, %1 among them; nothing was written.</source>
        <translation>
            <numerusform>%n of the files to write already exists: %1; nothing was written.</numerusform>
            <numerusform>%n of the files to write already exist, %1 among them; nothing was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::review</name>
    <message numerus="yes">
        <source>%n features: view %1, add %2, edit %3, delete %4</source>
        <translation>
            <numerusform>%n feature: view %1, add %2, edit %3, delete %4</numerusform>
            <numerusform>%n features: view %1, add %2, edit %3, delete %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
</TS>
