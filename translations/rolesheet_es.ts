<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>rs::Catalog</name>
    <message>
        <source>Whoever adds jobs shapes the studio&apos;s workload and its billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules and assignments decide who works on what and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client records are shared by every job; one careless deletion reaches them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages move jobs along on their own, so a template change alters every job that uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices set what customers pay, without touching the studio&apos;s own money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backgrounds, logos and overlays are reused across many productions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product designs are what customers end up holding in their hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storefront&apos;s layout is seen by every customer who orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms decide what information is collected from families and clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stray code gives margin away on every order that uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and details of the people photographed must be right before anything is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pictures are the product; replacing or removing one is felt by the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders placed during a job often need fixing while the job is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowing what went to print avoids duplicate runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports bring subject lists and image batches into a job in bulk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports produce the reports and files that production runs on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting by QR code matches images to the right subjects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On set, misfired frames have to be culled quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status decides whether a job is open to customers or archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing an order sends it to the lab; timing matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A last check of orders before fulfilment catches costly mistakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retouching and other image services done in-house.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print workflows turn finished orders into physical products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever manages users can hand out any permission, including their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts move the studio&apos;s money to its bank account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds send money back out; authority over them belongs in one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue figures are sensitive business information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account settings apply to the whole studio at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns speak to customers in the studio&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving a campaign is the last check before customers see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk import creates many jobs at once, and their mistakes at scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Designs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cart Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools — Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools — Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools — Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools — Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfillment — Image Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfillment — Print Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard Order Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp; Create Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &amp; owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create productions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::Categories</name>
    <message>
        <source>financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;: use financial, personnel or marketing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::Change</name>
    <message>
        <source>Set %1 to %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename role %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the guardrails of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the guardrails of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit %1 to invited productions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let %1 reach every production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename member %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 the account role %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the account role from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer ownership to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create production %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename production %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete production %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite %1 to %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 off the team of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename section %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename feature %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 account-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 a production feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the categories of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve %1 for the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 beyond the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the workspace to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown change &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::EditSession</name>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::Journal</name>
    <message>
        <source>The folder for staged changes cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged changes cannot be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged changes cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved staged changes are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::Levels</name>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown level &quot;%1&quot;: use view, add, edit or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No levels given: use none or a comma list of view, add, edit, delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed levels &quot;%1&quot;: use none or a comma list of view, add, edit, delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::PermissionGridModel</name>
    <message>
        <source>Set or clear %1 on every feature of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 without View: people could change what they cannot see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account-wide feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature of each production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a built-in role: its permissions cannot be changed, but it can be duplicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed, not applied yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant %1 on every feature of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 on every feature of %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::Rules</name>
    <message>
        <source>A %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 name can be at most %2 characters long; this one has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 name cannot contain control characters such as tabs or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reserved for the Admin &amp; owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a %2 guardrail, so it cannot hold %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A production role grants production features only, and %1 is account-wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a %1 named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This production already has a role named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A production role belongs to a production; name one that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role to copy from no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That role no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That feature no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a built-in role: its permissions cannot be changed, but it can be duplicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a built-in role and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still held by %2; give them another role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a built-in role and cannot be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a built-in role: its guardrails cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the %1 guardrail from %2 is recorded: say why it comes off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a built-in role and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only account roles reach productions; %1 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That account role does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is exactly one Admin &amp; owner; ownership changes hands only by a transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a member named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the Admin &amp; owner and cannot be removed; transfer ownership first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the Admin &amp; owner and cannot be demoted; transfer ownership first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the Admin &amp; owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a production named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A production is created by a member of the workspace; that member does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot create productions: that takes the Admin &amp; owner, Admin or Create productions role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That production no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a production role of %1 can be given to its team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 administers every production as %2 and cannot be given a lesser role there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 administers every production as %2 and cannot be taken off a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the team of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a section named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a feature named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That section no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 still holds features; move or remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot become account-wide while production roles grant it: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot take that category while guardrailed roles grant it: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot become owner-only while other roles grant it: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 holds an account role that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two members are named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace has exactly one Admin &amp; owner; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in role is missing or doubled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two sections are named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 belongs to no section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two features are named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two roles are named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 belongs to a production that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 grants a feature that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team seat refers to something that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 administers every production but holds a lesser role on a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two productions are named %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::Schema</name>
    <message>
        <source>The workspace&apos;s schema version cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds other tables and is not a Rolesheet workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was written by a newer Rolesheet (schema %1); this version reads up to schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be upgraded to schema %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::Store</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, not a Rolesheet workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rolesheet workspace (not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its own header says; it may have been cut off while copying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL workspaces are not supported by this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace at %1; create one with &quot;rolesheet-cli init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a Rolesheet workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Rolesheet workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Rolesheet (schema %2); this version reads up to schema %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by an older Rolesheet and must be upgraded; open it for a change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 breaks a rule and cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was opened read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is busy or cannot be written; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be saved; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::cli</name>
    <message>
        <source>Production %1 has no role named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account role or template named %1; production roles need --production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account role named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no production named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no feature named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format %1: use csv, json, md, html or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a format with --format csv|json|md|html|pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli [--db PATH] COMMAND [ARGUMENTS]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
LEVELS is none or a comma list of view, add, edit, delete.
Exit status: 0 done, 1 denied (check), 2 refused or bad input.
</source>
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
        <source>The workspace: a .rolesheet file or a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production a production role belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format: csv, json, md, html or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the new role from this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the new role from this template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new role is an account role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member who creates the production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production role to invite with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new member&apos;s account role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every request of a file (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s name in a new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The studio&apos;s name in a new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see rolesheet-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added member %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now the Admin &amp; owner; %2 is an Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the member who creates the production with --by MEMBER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created production %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joins %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with the default catalog, the built-in roles and the Production template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardrails: no %1 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (without View)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now holds %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the role lives: --account or --production NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy from a role or from a template, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role named %1 to copy from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: expected MEMBER, PRODUCTION, FEATURE and LEVEL separated by tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check --batch takes its requests from the file, not from arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli check MEMBER PRODUCTION FEATURE LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied: %1 may not %2 %3 in %4; no role grants it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may %2 %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (production role in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (account role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed: %1, granted by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
