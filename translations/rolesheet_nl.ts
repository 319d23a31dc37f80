<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>RequestView</name>
    <message>
        <source>Request %1 is %2: %3 of %4 approvals.</source>
        <translation>Verzoek %1 is %2: %3 van %4 goedkeuringen.</translation>
    </message>
    <message>
        <source>Applied at once by breaking glass; listed for approval after the fact.</source>
        <translation>Direct toegepast met een noodingreep; vermeld om achteraf goed te keuren.</translation>
    </message>
    <message>
        <source>Filed by %1 on %2. Reason: %3</source>
        <translation>Ingediend door %1 op %2. Reden: %3</translation>
    </message>
    <message>
        <source>Made on workspace version %1; SHA-256 %2</source>
        <translation>Gemaakt op versie %1 van de werkruimte; SHA-256 %2</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Goedgekeurd door %1 op %2</translation>
    </message>
    <message>
        <source>Denied by %1 on %2</source>
        <translation>Afgewezen door %1 op %2</translation>
    </message>
    <message>
        <source>(counts)</source>
        <translation>(telt)</translation>
    </message>
    <message>
        <source>(does not count)</source>
        <translation>(telt niet)</translation>
    </message>
    <message>
        <source>Can be approved until %1.</source>
        <translation>Kan worden goedgekeurd tot %1.</translation>
    </message>
    <message>
        <source>Can be applied until %1.</source>
        <translation>Kan worden toegepast tot %1.</translation>
    </message>
    <message>
        <source>Applied by %1 on %2 as workspace version %3.</source>
        <translation>Toegepast door %1 op %2 als versie %3 van de werkruimte.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Verzoek %1</translation>
    </message>
    <message>
        <source>Approval Request %1</source>
        <translation>Goedkeuringsverzoek %1</translation>
    </message>
    <message>
        <source>It no longer fits the workspace as it is now: %1</source>
        <translation>Het past niet meer op de werkruimte zoals die nu is: %1</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>&amp;Goedkeuren…</translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation>&amp;Afwijzen…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Intrekken</translation>
    </message>
    <message>
        <source>&lt;b&gt;What it changed&lt;/b&gt;, as filed:</source>
        <translation>&lt;b&gt;Wat het veranderde&lt;/b&gt;, zoals ingediend:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Impact on members&lt;/b&gt;: who gained or lost which access when it was applied, as its audit record keeps it.</source>
        <translation>&lt;b&gt;Gevolgen voor leden&lt;/b&gt;: wie bij het toepassen welke toegang kreeg of verloor, zoals het auditrecord het bewaart.</translation>
    </message>
    <message>
        <source>Applied before records kept who gained or lost what.</source>
        <translation>Toegepast voordat records bewaarden wie wat kreeg of verloor.</translation>
    </message>
    <message>
        <source>account-wide</source>
        <translation>hele account</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Functies: %1</translation>
    </message>
    <message>
        <source>Nobody gained or lost access.</source>
        <translation>Niemand kreeg of verloor toegang.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design the permission roles of a studio.</source>
        <translation>Ontwerp de rollen en rechten van een studio.</translation>
    </message>
    <message>
        <source>The .rolesheet file to open.</source>
        <translation>Het .rolesheet-bestand om te openen.</translation>
    </message>
    <message>
        <source>Speak LANGUAGE (de, en, es, fr, nl) this time instead of the one chosen in Preferences.</source>
        <translation>Deze keer TAAL (de, en, es, fr, nl) spreken in plaats van die uit de voorkeuren.</translation>
    </message>
    <message>
        <source>Use these colours this time: system, light, dark or high-contrast.</source>
        <translation>Deze keer deze kleuren gebruiken: system, light, dark of high-contrast.</translation>
    </message>
    <message>
        <source>Unknown appearance: %1</source>
        <translation>Onbekende weergave: %1</translation>
    </message>
</context>
<context>
    <name>rs</name>
    <message>
        <source>The approval requests of the workspace cannot be read.</source>
        <translation>De goedkeuringsverzoeken van de werkruimte kunnen niet worden gelezen.</translation>
    </message>
    <message>
        <source>The approval request could not be saved; nothing was changed.</source>
        <translation>Het goedkeuringsverzoek kon niet worden opgeslagen; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>rs::Access</name>
    <message>
        <source>%1&apos;s account role %2 ended on %3.</source>
        <translation>De accountrol %2 van %1 is geëindigd op %3.</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 begins on %3.</source>
        <translation>De plaats van %1 in %2 begint op %3.</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 ended on %3.</source>
        <translation>De plaats van %1 in %2 is geëindigd op %3.</translation>
    </message>
</context>
<context>
    <name>rs::AccessGridModel</name>
    <message>
        <source>Feature of each production</source>
        <translation>Functie van elke productie</translation>
    </message>
    <message>
        <source>Account-wide feature</source>
        <translation>Functie voor het hele account</translation>
    </message>
    <message>
        <source>%1 granted by %2</source>
        <translation>%1 toegekend door %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Niet toegestaan</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sectie</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>%1 (team)</source>
        <translation>%1 (team)</translation>
    </message>
</context>
<context>
    <name>rs::Appearance</name>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Bureaublad volgen</translation>
    </message>
</context>
<context>
    <name>rs::ApprovalStore</name>
    <message>
        <source>There is no approval request %1.</source>
        <translation>Er is geen goedkeuringsverzoek %1.</translation>
    </message>
    <message>
        <source>The approval requests of the workspace cannot be read.</source>
        <translation>De goedkeuringsverzoeken van de werkruimte kunnen niet worden gelezen.</translation>
    </message>
    <message>
        <source>Approval request %1 was applied or withdrawn already; nothing was changed.</source>
        <translation>Goedkeuringsverzoek %1 is al toegepast of ingetrokken; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>A request needs at least one change.</source>
        <translation>Een verzoek heeft minstens één wijziging nodig.</translation>
    </message>
    <message>
        <source>A request needs a reason.</source>
        <translation>Een verzoek heeft een reden nodig.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>De reden</translation>
    </message>
    <message>
        <source>Filed approval request %1: %2</source>
        <translation>Goedkeuringsverzoek %1 ingediend: %2</translation>
    </message>
    <message>
        <source>Break glass needs a reason.</source>
        <translation>Een noodingreep heeft een reden nodig.</translation>
    </message>
    <message>
        <source>Only the workspace&apos;s owner may break glass.</source>
        <translation>Alleen de eigenaar van de werkruimte mag een noodingreep doen.</translation>
    </message>
    <message>
        <source>Broke glass as approval request %1: %2</source>
        <translation>Noodingreep als goedkeuringsverzoek %1: %2</translation>
    </message>
    <message>
        <source>A denial needs a comment saying why.</source>
        <translation>Een afwijzing heeft een opmerking nodig die zegt waarom.</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>De opmerking</translation>
    </message>
    <message>
        <source>Approval request %1 is %2; only a pending request is approved or denied.</source>
        <translation>Goedkeuringsverzoek %1 is %2; alleen een openstaand verzoek wordt goedgekeurd of afgewezen.</translation>
    </message>
    <message>
        <source>Approval request %1 changed since it was shown; look at it again. Nothing was recorded.</source>
        <translation>Goedkeuringsverzoek %1 is gewijzigd sinds het werd getoond; bekijk het opnieuw. Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>The vote was refused by the database; nothing was recorded.</source>
        <translation>De database heeft de stem geweigerd; er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>Approved request %1</source>
        <translation>Verzoek %1 goedgekeurd</translation>
    </message>
    <message>
        <source>Denied request %1: %2</source>
        <translation>Verzoek %1 afgewezen: %2</translation>
    </message>
    <message>
        <source>Only the member who filed request %1 withdraws it.</source>
        <translation>Alleen het lid dat verzoek %1 indiende, kan het intrekken.</translation>
    </message>
    <message>
        <source>Approval request %1 is %2 and cannot be withdrawn.</source>
        <translation>Goedkeuringsverzoek %1 is %2 en kan niet worden ingetrokken.</translation>
    </message>
    <message>
        <source>Withdrew approval request %1</source>
        <translation>Goedkeuringsverzoek %1 ingetrokken</translation>
    </message>
    <message>
        <source>Only the member who filed request %1 changes it.</source>
        <translation>Alleen het lid dat verzoek %1 indiende, kan het wijzigen.</translation>
    </message>
    <message>
        <source>Approval request %1 is %2 and cannot be changed.</source>
        <translation>Goedkeuringsverzoek %1 is %2 en kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Approval request %1 made again on version %2; its approvals count no more</source>
        <translation>Goedkeuringsverzoek %1 opnieuw gemaakt op versie %2; de goedkeuringen tellen niet meer</translation>
    </message>
    <message>
        <source>Approval request %1 is %2 (%3 of %4 approvals); only an approved request is applied.</source>
        <translation>Goedkeuringsverzoek %1 is %2 (%3 van %4 goedkeuringen); alleen een goedgekeurd verzoek wordt toegepast.</translation>
    </message>
    <message>
        <source>Approval request %1 no longer holds on the workspace as it is now: %2 Rebase it and have it approved again; nothing was changed.</source>
        <translation>Goedkeuringsverzoek %1 past niet meer op de werkruimte zoals die nu is: %2 Maak het opnieuw en laat het opnieuw goedkeuren; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Approval request %1 conflicts with a change made since it was filed: version %2, %3. Rebase it and have it approved again; nothing was changed.</source>
        <translation>Goedkeuringsverzoek %1 botst met een wijziging die sindsdien is gemaakt: versie %2, %3. Maak het opnieuw en laat het opnieuw goedkeuren; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Approval request %1 was changed, applied or withdrawn meanwhile; nothing was changed.</source>
        <translation>Goedkeuringsverzoek %1 is intussen gewijzigd, toegepast of ingetrokken; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Applied approval request %1</source>
        <translation>Goedkeuringsverzoek %1 toegepast</translation>
    </message>
    <message>
        <source>version %1: %2 was applied without an approved request or break glass</source>
        <translation>versie %1: %2 is toegepast zonder goedgekeurd verzoek of noodingreep</translation>
    </message>
</context>
<context>
    <name>rs::ApprovalsDialog</name>
    <message>
        <source>Approvals</source>
        <translation>Goedkeuringen</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>Handelen als</translation>
    </message>
    <message>
        <source>Acting &amp;as:</source>
        <translation>Handelen &amp;als:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Wachten op mij</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>Approved, ready to apply</source>
        <translation>Goedgekeurd, klaar om toe te passen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Aangevraagd door</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>&amp;Goedkeuren…</translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation>&amp;Afwijzen…</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Intrekken</translation>
    </message>
    <message>
        <source>Acting as %1 (the database login).</source>
        <translation>Handelt als %1 (de aanmelding bij de database).</translation>
    </message>
    <message>
        <source>%1 (break glass)</source>
        <translation>%1 (noodingreep)</translation>
    </message>
    <message>
        <source>%1, waiting for you</source>
        <translation>%1, wacht op u</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Request %1 is applied.</source>
        <translation>Verzoek %1 is toegepast.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Opmerking (optioneel):</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Why is it denied? (required)</source>
        <translation>Waarom wordt het afgewezen? (verplicht)</translation>
    </message>
</context>
<context>
    <name>rs::ApprovalsFeature</name>
    <message>
        <source>A&amp;pprovals…</source>
        <translation>&amp;Goedkeuringen…</translation>
    </message>
    <message>
        <source>Approval requests: those waiting for you, pending, approved and ready to apply, expired</source>
        <translation>Goedkeuringsverzoeken: die op u wachten, openstaande, goedgekeurde klaar om toe te passen, verlopen</translation>
    </message>
    <message numerus="yes">
        <source>%n of the staged changes need a second person&apos;s approval under the workspace&apos;s approval policy, such as: %1. File them as a request; they are applied once approved.</source>
        <translation>
            <numerusform>%n van de klaargezette wijzigingen heeft volgens het goedkeuringsbeleid van de werkruimte de goedkeuring van een tweede persoon nodig, zoals: %1. Dien ze in als verzoek; ze worden toegepast zodra ze zijn goedgekeurd.</numerusform>
            <numerusform>%n van de klaargezette wijzigingen hebben volgens het goedkeuringsbeleid van de werkruimte de goedkeuring van een tweede persoon nodig, zoals: %1. Dien ze in als verzoek; ze worden toegepast zodra ze zijn goedgekeurd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request &amp;Approval…</source>
        <translation>&amp;Goedkeuring aanvragen…</translation>
    </message>
    <message>
        <source>Request Approval</source>
        <translation>Goedkeuring aanvragen</translation>
    </message>
    <message>
        <source>Why the change is needed (required)</source>
        <translation>Waarom de wijziging nodig is (verplicht)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>Requested &amp;by:</source>
        <translation>Aangevraagd &amp;door:</translation>
    </message>
    <message>
        <source>&amp;File Request</source>
        <translation>Verzoek &amp;indienen</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 waits for %n approval(s); View › Approvals… follows it.</source>
        <translation>
            <numerusform>Verzoek %1 wacht op %n goedkeuring; Beeld › Goedkeuringen… volgt het.</numerusform>
            <numerusform>Verzoek %1 wacht op %n goedkeuringen; Beeld › Goedkeuringen… volgt het.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval request(s) wait for your approval.</source>
        <translation>
            <numerusform>%n goedkeuringsverzoek wacht op uw goedkeuring.</numerusform>
            <numerusform>%n goedkeuringsverzoeken wachten op uw goedkeuring.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asks for your approval of request %2: %3</source>
        <translation>%1 vraagt uw goedkeuring van verzoek %2: %3</translation>
    </message>
    <message>
        <source>The staged changes wait as one request until enough approvers approve it; then anyone applies it from View › Approvals…</source>
        <translation>De klaargezette wijzigingen wachten als één verzoek tot genoeg goedkeurders het goedkeuren; daarna past iemand het toe via Beeld › Goedkeuringen…</translation>
    </message>
</context>
<context>
    <name>rs::AuditActions</name>
    <message>
        <source>Staged changes</source>
        <translation>Klaargezette wijzigingen</translation>
    </message>
    <message>
        <source>Some changes are staged but not applied (%1 in all). Apply them before connecting?</source>
        <translation>Er zijn wijzigingen klaargezet maar niet toegepast (%1 in totaal). Toepassen voor je verbinding maakt?</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Verbinden met server…</translation>
    </message>
    <message>
        <source>Open a workspace shared on a PostgreSQL server</source>
        <translation>Een werkruimte openen die op een PostgreSQL-server wordt gedeeld</translation>
    </message>
    <message>
        <source>&amp;Audit Trail…</source>
        <translation>&amp;Auditlogboek…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Every applied change: when, who, and what it altered</source>
        <translation>Elke toegepaste wijziging: wanneer, wie en wat ze veranderde</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>Open a workspace to see its audit trail.</source>
        <translation>Open een werkruimte om het auditlogboek te zien.</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Verbinden met server</translation>
    </message>
    <message>
        <source>&amp;Forget Server Password</source>
        <translation>Serverwachtwoord &amp;vergeten</translation>
    </message>
    <message>
        <source>Remove this server&apos;s password from the system keyring; the next connection asks</source>
        <translation>Het wachtwoord van deze server uit de sleutelbos van het systeem verwijderen; de volgende verbinding vraagt erom</translation>
    </message>
</context>
<context>
    <name>rs::AuditDialog</name>
    <message>
        <source>Write the date as 2026-01-31.</source>
        <translation>Schrijf de datum als 2026-01-31.</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Elke rol</translation>
    </message>
    <message>
        <source>Any member</source>
        <translation>Elk lid</translation>
    </message>
    <message>
        <source>e.g. 2026-01-31</source>
        <translation>bv. 2026-01-31</translation>
    </message>
    <message>
        <source>e.g. 2026-12-31</source>
        <translation>bv. 2026-12-31</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>Filter by role</source>
        <translation>Filteren op rol</translation>
    </message>
    <message>
        <source>Filter by member</source>
        <translation>Filteren op lid</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Tot datum</translation>
    </message>
    <message>
        <source>Applied changes</source>
        <translation>Toegepaste wijzigingen</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Lid:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>Write the changes shown to a CSV file</source>
        <translation>De getoonde wijzigingen naar een CSV-bestand schrijven</translation>
    </message>
    <message>
        <source>Read the trail again, with changes applied since it was opened (%1)</source>
        <translation>Het logboek opnieuw inlezen, met de wijzigingen die sinds het openen zijn toegepast (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n applied change(s)</source>
        <translation>
            <numerusform>%n toegepaste wijziging</numerusform>
            <numerusform>%n toegepaste wijzigingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n applied change(s)</source>
        <translation>
            <numerusform>%1 van %n toegepaste wijziging getoond</numerusform>
            <numerusform>%1 van %n toegepaste wijzigingen getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Auditlogboek exporteren</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1.</source>
        <translation>
            <numerusform>%n wijziging naar %1 geschreven.</numerusform>
            <numerusform>%n wijzigingen naar %1 geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hash chain could not be checked: %1</source>
        <translation>De hashketen kon niet worden gecontroleerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hash chain whole: each of the %n records follows the one before it.</source>
        <translation>
            <numerusform>Hashketen intact: %n record, correct geketend.</numerusform>
            <numerusform>Hashketen intact: elk van de %n records volgt op het vorige.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hash chain broken: %1</source>
        <translation>Hashketen verbroken: %1</translation>
    </message>
    <message>
        <source>Last hash: %1</source>
        <translation>Laatste hash: %1</translation>
    </message>
    <message>
        <source>Re&amp;vert Import…</source>
        <translation>Import terug&amp;draaien…</translation>
    </message>
    <message>
        <source>Put back the workspace the selected import replaced; you review every change first</source>
        <translation>De werkruimte terugzetten die door de geselecteerde import is vervangen; je kijkt eerst elke wijziging na</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Het auditlogboek wordt gelezen…</translation>
    </message>
    <message>
        <source>Checking the hash chain…</source>
        <translation>De hashketen wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Excel-werkmappen (*.xlsx);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>rs::AuditModel</name>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 toegevoegd</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 verwijderd</translation>
    </message>
    <message>
        <source>workspace name: %1</source>
        <translation>naam van de werkruimte: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Before&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;&lt;b&gt;After&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Voor&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;&lt;b&gt;Na&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>Workspace version %1</source>
        <translation>Versie %1 van de werkruimte</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>Systeemgebruiker</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Databasegebruiker</translation>
    </message>
    <message>
        <source>Acting member</source>
        <translation>Handelend lid</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Voor → na</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The whole workspace was replaced. The one before, %1 with %n roles, is kept in this record: Revert Import puts it back.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;De hele werkruimte is vervangen. De vorige, %1 met %n rol, wordt in dit record bewaard: ‘Import terugdraaien’ zet die terug.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;De hele werkruimte is vervangen. De vorige, %1 met %n rollen, wordt in dit record bewaard: ‘Import terugdraaien’ zet die terug.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::BulkEdit</name>
    <message>
        <source>Feature</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>The clipboard holds no grid cells.</source>
        <translation>Het klembord bevat geen rastercellen.</translation>
    </message>
    <message>
        <source>The clipboard holds “%1” where a grid cell holds x or nothing.</source>
        <translation>Het klembord bevat ‘%1’ waar een rastercel x of niets bevat.</translation>
    </message>
</context>
<context>
    <name>rs::Catalog</name>
    <message>
        <source>Whoever adds jobs shapes the studio&apos;s workload and its billing.</source>
        <translation>Wie opdrachten aanmaakt, bepaalt de werklast van de studio en de facturatie.</translation>
    </message>
    <message>
        <source>Schedules and assignments decide who works on what and when.</source>
        <translation>Planningen en toewijzingen bepalen wie wanneer waaraan werkt.</translation>
    </message>
    <message>
        <source>Client records are shared by every job; one careless deletion reaches them all.</source>
        <translation>Klantgegevens worden door elke opdracht gedeeld; één onvoorzichtige verwijdering raakt ze allemaal.</translation>
    </message>
    <message>
        <source>Stages move jobs along on their own, so a template change alters every job that uses it.</source>
        <translation>Fases zetten opdrachten vanzelf een stap verder, dus een gewijzigd sjabloon verandert elke opdracht die het gebruikt.</translation>
    </message>
    <message>
        <source>Prices set what customers pay, without touching the studio&apos;s own money.</source>
        <translation>Prijzen bepalen wat klanten betalen, zonder aan het geld van de studio zelf te komen.</translation>
    </message>
    <message>
        <source>Backgrounds, logos and overlays are reused across many productions.</source>
        <translation>Achtergronden, logo’s en overlays worden in veel producties hergebruikt.</translation>
    </message>
    <message>
        <source>Product designs are what customers end up holding in their hands.</source>
        <translation>Productontwerpen zijn wat klanten uiteindelijk in handen krijgen.</translation>
    </message>
    <message>
        <source>The storefront&apos;s layout is seen by every customer who orders.</source>
        <translation>De opmaak van de webwinkel ziet elke klant die bestelt.</translation>
    </message>
    <message>
        <source>Forms decide what information is collected from families and clients.</source>
        <translation>Formulieren bepalen welke gegevens van gezinnen en klanten worden verzameld.</translation>
    </message>
    <message>
        <source>A stray code gives margin away on every order that uses it.</source>
        <translation>Een verdwaalde code geeft marge weg op elke bestelling die hem gebruikt.</translation>
    </message>
    <message>
        <source>Names and details of the people photographed must be right before anything is printed.</source>
        <translation>Namen en gegevens van de gefotografeerde personen moeten kloppen voordat er iets wordt gedrukt.</translation>
    </message>
    <message>
        <source>The pictures are the product; replacing or removing one is felt by the customer.</source>
        <translation>De foto’s zijn het product; wordt er een vervangen of verwijderd, dan merkt de klant dat.</translation>
    </message>
    <message>
        <source>Orders placed during a job often need fixing while the job is still running.</source>
        <translation>Bestellingen tijdens een opdracht moeten vaak nog worden rechtgezet terwijl die loopt.</translation>
    </message>
    <message>
        <source>Knowing what went to print avoids duplicate runs.</source>
        <translation>Weten wat naar de drukker ging, voorkomt dubbele drukgangen.</translation>
    </message>
    <message>
        <source>Imports bring subject lists and image batches into a job in bulk.</source>
        <translation>Importen laden lijsten van personen en reeksen foto’s in één keer in een opdracht.</translation>
    </message>
    <message>
        <source>Exports produce the reports and files that production runs on.</source>
        <translation>Exports leveren de rapporten en bestanden waarop de productie draait.</translation>
    </message>
    <message>
        <source>Sorting by QR code matches images to the right subjects.</source>
        <translation>Sorteren op QR-code koppelt de foto’s aan de juiste personen.</translation>
    </message>
    <message>
        <source>On set, misfired frames have to be culled quickly.</source>
        <translation>Op de set moeten mislukte opnames snel worden weggegooid.</translation>
    </message>
    <message>
        <source>Status decides whether a job is open to customers or archived.</source>
        <translation>De status bepaalt of een opdracht openstaat voor klanten of gearchiveerd is.</translation>
    </message>
    <message>
        <source>Releasing an order sends it to the lab; timing matters.</source>
        <translation>Een vrijgegeven bestelling gaat naar het labo; de timing telt.</translation>
    </message>
    <message>
        <source>A last check of orders before fulfilment catches costly mistakes.</source>
        <translation>Een laatste controle van de bestellingen vóór de afhandeling vangt dure fouten op.</translation>
    </message>
    <message>
        <source>Retouching and other image services done in-house.</source>
        <translation>Retouche en andere beelddiensten in eigen huis.</translation>
    </message>
    <message>
        <source>Print workflows turn finished orders into physical products.</source>
        <translation>Drukworkflows maken van afgewerkte bestellingen tastbare producten.</translation>
    </message>
    <message>
        <source>Whoever manages users can hand out any permission, including their own.</source>
        <translation>Wie gebruikers beheert, kan elk recht toekennen, ook aan zichzelf.</translation>
    </message>
    <message>
        <source>Payouts move the studio&apos;s money to its bank account.</source>
        <translation>Uitbetalingen zetten het geld van de studio over naar zijn bankrekening.</translation>
    </message>
    <message>
        <source>Refunds send money back out; authority over them belongs in one place.</source>
        <translation>Terugbetalingen sturen geld weer naar buiten; de bevoegdheid daarover hoort op één plek.</translation>
    </message>
    <message>
        <source>Revenue figures are sensitive business information.</source>
        <translation>Omzetcijfers zijn gevoelige bedrijfsinformatie.</translation>
    </message>
    <message>
        <source>Account settings apply to the whole studio at once.</source>
        <translation>Accountinstellingen gelden in één keer voor de hele studio.</translation>
    </message>
    <message>
        <source>Campaigns speak to customers in the studio&apos;s name.</source>
        <translation>Campagnes spreken klanten aan in naam van de studio.</translation>
    </message>
    <message>
        <source>Approving a campaign is the last check before customers see it.</source>
        <translation>Een campagne goedkeuren is de laatste controle voordat klanten ze zien.</translation>
    </message>
    <message>
        <source>Bulk import creates many jobs at once, and their mistakes at scale.</source>
        <translation>Bulkimport maakt veel opdrachten tegelijk aan, en hun fouten op grote schaal.</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Configuratie</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Opname</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lancering</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Job Importer</source>
        <translation>Opdrachtimport</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <source>Job Settings</source>
        <translation>Opdrachtinstellingen</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Stage Templates</source>
        <translation>Fasesjablonen</translation>
    </message>
    <message>
        <source>Price Sheets</source>
        <translation>Prijslijsten</translation>
    </message>
    <message>
        <source>Asset Library</source>
        <translation>Mediabibliotheek</translation>
    </message>
    <message>
        <source>My Designs</source>
        <translation>Mijn ontwerpen</translation>
    </message>
    <message>
        <source>Cart Templates</source>
        <translation>Winkelwagensjablonen</translation>
    </message>
    <message>
        <source>Form Templates</source>
        <translation>Formuliersjablonen</translation>
    </message>
    <message>
        <source>Discount Codes</source>
        <translation>Kortingscodes</translation>
    </message>
    <message>
        <source>Subject Data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Foto’s</translation>
    </message>
    <message>
        <source>Job Orders</source>
        <translation>Opdrachtbestellingen</translation>
    </message>
    <message>
        <source>Print Jobs</source>
        <translation>Drukopdrachten</translation>
    </message>
    <message>
        <source>Tools — Import</source>
        <translation>Hulpmiddelen — Importeren</translation>
    </message>
    <message>
        <source>Tools — Export</source>
        <translation>Hulpmiddelen — Exporteren</translation>
    </message>
    <message>
        <source>Tools — Sort</source>
        <translation>Hulpmiddelen — Sorteren</translation>
    </message>
    <message>
        <source>Tools — Capture</source>
        <translation>Hulpmiddelen — Opname</translation>
    </message>
    <message>
        <source>Job Status</source>
        <translation>Opdrachtstatus</translation>
    </message>
    <message>
        <source>Release Orders</source>
        <translation>Bestellingen vrijgeven</translation>
    </message>
    <message>
        <source>Studio Orders</source>
        <translation>Studiobestellingen</translation>
    </message>
    <message>
        <source>Fulfillment — Image Services</source>
        <translation>Afhandeling — Beelddiensten</translation>
    </message>
    <message>
        <source>Fulfillment — Print Services</source>
        <translation>Afhandeling — Drukdiensten</translation>
    </message>
    <message>
        <source>User Management</source>
        <translation>Gebruikersbeheer</translation>
    </message>
    <message>
        <source>Payout Management</source>
        <translation>Beheer van uitbetalingen</translation>
    </message>
    <message>
        <source>Refund Management</source>
        <translation>Beheer van terugbetalingen</translation>
    </message>
    <message>
        <source>Dashboard Order Metrics</source>
        <translation>Bestelcijfers op het dashboard</translation>
    </message>
    <message>
        <source>Account Preferences</source>
        <translation>Accountvoorkeuren</translation>
    </message>
    <message>
        <source>Campaign Approval</source>
        <translation>Goedkeuring van campagnes</translation>
    </message>
    <message>
        <source>Import &amp; Create Jobs</source>
        <translation>Opdrachten importeren &amp; aanmaken</translation>
    </message>
    <message>
        <source>Admin &amp; owner</source>
        <translation>Admin &amp; eigenaar</translation>
    </message>
    <message>
        <source>Create productions</source>
        <translation>Producties aanmaken</translation>
    </message>
    <message>
        <source>Production administrator</source>
        <translation>Productiebeheerder</translation>
    </message>
    <message>
        <source>Production member</source>
        <translation>Productielid</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <source>Holds every permission, billing included. Exactly one member holds it.</source>
        <translation>Heeft elke bevoegdheid, facturatie inbegrepen. Precies één lid heeft deze rol.</translation>
    </message>
    <message>
        <source>Everything the owner can do except billing; administers every production.</source>
        <translation>Alles wat de eigenaar kan behalve facturatie; beheert elke productie.</translation>
    </message>
    <message>
        <source>Creates productions and administers the ones it creates; sees only those and the ones it is invited to.</source>
        <translation>Maakt producties aan en beheert de eigen producties; ziet alleen die en de producties waarvoor uitgenodigd.</translation>
    </message>
    <message>
        <source>Every permission inside a production, its settings included.</source>
        <translation>Elke bevoegdheid binnen een productie, de instellingen inbegrepen.</translation>
    </message>
    <message>
        <source>Contributes to a production without changing its settings; the role everyone invited gets unless another is named.</source>
        <translation>Werkt mee aan een productie zonder de instellingen te wijzigen; de rol van iedere genodigde tenzij een andere is genoemd.</translation>
    </message>
    <message>
        <source>Runs the operational core of the studio — setup, capture and launch — without money, personnel or marketing.</source>
        <translation>Draait de kern van de studio — inrichting, opname en lancering — zonder geld, personeel of marketing.</translation>
    </message>
</context>
<context>
    <name>rs::CatalogDialog</name>
    <message>
        <source>Owner only (held by the Admin &amp; owner alone)</source>
        <translation>Alleen eigenaar (enkel Admin &amp; eigenaar)</translation>
    </message>
    <message>
        <source>Edit catalog</source>
        <translation>Catalogus bewerken</translation>
    </message>
    <message>
        <source>Section / feature</source>
        <translation>Sectie / functie</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>Add &amp;Section…</source>
        <translation>&amp;Sectie toevoegen…</translation>
    </message>
    <message>
        <source>Add &amp;Feature…</source>
        <translation>&amp;Functie toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Omh&amp;oog</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Account-wide</source>
        <translation>Hele account</translation>
    </message>
    <message>
        <source>Each production</source>
        <translation>Elke productie</translation>
    </message>
    <message>
        <source>Selected feature</source>
        <translation>Geselecteerde functie</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Bereik:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Categorieën:</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>production</source>
        <translation>productie</translation>
    </message>
    <message>
        <source>owner-only </source>
        <translation>alleen eigenaar </translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Sectie toevoegen</translation>
    </message>
    <message>
        <source>Name of the new section:</source>
        <translation>Naam van de nieuwe sectie:</translation>
    </message>
    <message>
        <source>Add feature</source>
        <translation>Functie toevoegen</translation>
    </message>
    <message>
        <source>Pick the section the feature belongs to first.</source>
        <translation>Kies eerst de sectie waartoe de functie behoort.</translation>
    </message>
    <message>
        <source>Name of the new feature:</source>
        <translation>Naam van de nieuwe functie:</translation>
    </message>
    <message>
        <source>Rename feature</source>
        <translation>Functie hernoemen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Sectie hernoemen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 from the catalog? Every role loses its grants on it.</source>
        <translation>%1 uit de catalogus verwijderen? Elke rol verliest er zijn rechten op.</translation>
    </message>
</context>
<context>
    <name>rs::Categories</name>
    <message>
        <source>financial</source>
        <translation>financiën</translation>
    </message>
    <message>
        <source>personnel</source>
        <translation>personeel</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;: use financial, personnel or marketing.</source>
        <translation>Onbekende categorie ‘%1’: gebruik financial, personnel of marketing.</translation>
    </message>
</context>
<context>
    <name>rs::Change</name>
    <message>
        <source>Set %1 to %2 for %3</source>
        <translation>%1 op %2 zetten voor %3</translation>
    </message>
    <message>
        <source>Create role %1</source>
        <translation>Rol %1 aanmaken</translation>
    </message>
    <message>
        <source>Delete role %1</source>
        <translation>Rol %1 verwijderen</translation>
    </message>
    <message>
        <source>Rename role %1 to %2</source>
        <translation>Rol %1 hernoemen naar %2</translation>
    </message>
    <message>
        <source>Remove the guardrails of %1</source>
        <translation>Vangrails van %1 weghalen</translation>
    </message>
    <message>
        <source>Set the guardrails of %1 to %2</source>
        <translation>Vangrails van %1 instellen op %2</translation>
    </message>
    <message>
        <source>Limit %1 to invited productions</source>
        <translation>%1 beperken tot producties met uitnodiging</translation>
    </message>
    <message>
        <source>Let %1 reach every production</source>
        <translation>%1 laten gelden voor alle producties</translation>
    </message>
    <message>
        <source>Describe %1</source>
        <translation>%1 beschrijven</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>Lid %1 toevoegen</translation>
    </message>
    <message>
        <source>Remove member %1</source>
        <translation>Lid %1 verwijderen</translation>
    </message>
    <message>
        <source>Rename member %1 to %2</source>
        <translation>Lid %1 hernoemen naar %2</translation>
    </message>
    <message>
        <source>Give %1 the account role %2</source>
        <translation>%1 de accountrol %2 geven</translation>
    </message>
    <message>
        <source>Take the account role from %1</source>
        <translation>%1 de accountrol afnemen</translation>
    </message>
    <message>
        <source>Transfer ownership to %1</source>
        <translation>Eigenaarschap overdragen aan %1</translation>
    </message>
    <message>
        <source>Create production %1</source>
        <translation>Productie %1 aanmaken</translation>
    </message>
    <message>
        <source>Rename production %1 to %2</source>
        <translation>Productie %1 hernoemen naar %2</translation>
    </message>
    <message>
        <source>Delete production %1</source>
        <translation>Productie %1 verwijderen</translation>
    </message>
    <message>
        <source>Invite %1 to %2 as %3</source>
        <translation>%1 uitnodigen voor %2 als %3</translation>
    </message>
    <message>
        <source>Take %1 off the team of %2</source>
        <translation>%1 uit het team van %2 halen</translation>
    </message>
    <message>
        <source>Add section %1</source>
        <translation>Sectie %1 toevoegen</translation>
    </message>
    <message>
        <source>Rename section %1 to %2</source>
        <translation>Sectie %1 hernoemen naar %2</translation>
    </message>
    <message>
        <source>Move section %1</source>
        <translation>Sectie %1 verplaatsen</translation>
    </message>
    <message>
        <source>Remove section %1</source>
        <translation>Sectie %1 verwijderen</translation>
    </message>
    <message>
        <source>Add feature %1</source>
        <translation>Functie %1 toevoegen</translation>
    </message>
    <message>
        <source>Rename feature %1 to %2</source>
        <translation>Functie %1 hernoemen naar %2</translation>
    </message>
    <message>
        <source>Move feature %1</source>
        <translation>Functie %1 verplaatsen</translation>
    </message>
    <message>
        <source>Remove feature %1</source>
        <translation>Functie %1 verwijderen</translation>
    </message>
    <message>
        <source>Make %1 account-wide</source>
        <translation>%1 voor het hele account laten gelden</translation>
    </message>
    <message>
        <source>Make %1 a production feature</source>
        <translation>%1 een productiefunctie maken</translation>
    </message>
    <message>
        <source>Change the categories of %1</source>
        <translation>Categorieën van %1 wijzigen</translation>
    </message>
    <message>
        <source>Reserve %1 for the owner</source>
        <translation>%1 voorbehouden aan de eigenaar</translation>
    </message>
    <message>
        <source>Open %1 beyond the owner</source>
        <translation>%1 openstellen voor meer dan de eigenaar</translation>
    </message>
    <message>
        <source>Explain %1</source>
        <translation>%1 toelichten</translation>
    </message>
    <message>
        <source>Rename the workspace to %1</source>
        <translation>Werkruimte hernoemen naar %1</translation>
    </message>
    <message>
        <source>Unknown change &quot;%1&quot;.</source>
        <translation>Onbekende wijziging ‘%1’.</translation>
    </message>
    <message>
        <source>Give %1 the account role %2 until %3</source>
        <translation>%1 de accountrol %2 geven tot %3</translation>
    </message>
    <message>
        <source>Invite %1 to %2 as %3 until %4</source>
        <translation>%1 uitnodigen voor %2 als %3 tot %4</translation>
    </message>
    <message>
        <source>Let %1&apos;s seat in %2 run from %3</source>
        <translation>De plaats van %1 in %2 laten lopen vanaf %3</translation>
    </message>
    <message>
        <source>Take the dates off %1&apos;s seat in %2</source>
        <translation>De datums van de plaats van %1 in %2 weghalen</translation>
    </message>
    <message>
        <source>Let %1&apos;s seat in %2 run from %3 until %4</source>
        <translation>De plaats van %1 in %2 laten lopen van %3 tot %4</translation>
    </message>
    <message>
        <source>Let %1&apos;s seat in %2 run until %3</source>
        <translation>De plaats van %1 in %2 laten lopen tot %3</translation>
    </message>
    <message>
        <source>Wrap %1 on %2</source>
        <translation>%1 afsluiten op %2</translation>
    </message>
    <message>
        <source>Take the wrap date off %1</source>
        <translation>De afsluitdatum van %1 weghalen</translation>
    </message>
    <message>
        <source>Use the system&apos;s time zone</source>
        <translation>De tijdzone van het systeem gebruiken</translation>
    </message>
    <message>
        <source>Use the time zone %1</source>
        <translation>De tijdzone %1 gebruiken</translation>
    </message>
    <message>
        <source>Let %1 follow template %2</source>
        <translation>Laat %1 sjabloon %2 volgen</translation>
    </message>
    <message>
        <source>Link %1 to template %2, pinned</source>
        <translation>%1 aan sjabloon %2 koppelen, vastgezet</translation>
    </message>
    <message>
        <source>Bring %1 in step with its template</source>
        <translation>%1 bijwerken naar zijn sjabloon</translation>
    </message>
    <message>
        <source>Unlink %1 from its template</source>
        <translation>%1 loskoppelen van zijn sjabloon</translation>
    </message>
    <message>
        <source>Set the approval policy</source>
        <translation>Goedkeuringsbeleid instellen</translation>
    </message>
    <message numerus="yes">
        <source>Set the approval policy: %1 changes, %n approval(s), approvers beyond the owner and Admins: %2, approval within %3 days, apply within %4 days</source>
        <translation>
            <numerusform>Goedkeuringsbeleid instellen: %1 wijzigingen, %n goedkeuring, goedkeurders naast de eigenaar en Admins: %2, goedkeuring binnen %3 dagen, toepassen binnen %4 dagen</numerusform>
            <numerusform>Goedkeuringsbeleid instellen: %1 wijzigingen, %n goedkeuringen, goedkeurders naast de eigenaar en Admins: %2, goedkeuring binnen %3 dagen, toepassen binnen %4 dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Mark production %1 client-controlled</source>
        <translation>Productie %1 markeren als beheerd door de klant</translation>
    </message>
    <message>
        <source>Mark production %1 studio-controlled</source>
        <translation>Productie %1 markeren als beheerd door de studio</translation>
    </message>
</context>
<context>
    <name>rs::CheckAccessDialog</name>
    <message>
        <source>Check access</source>
        <translation>Toegang controleren</translation>
    </message>
    <message>
        <source>(no production: account-wide features only)</source>
        <translation>(geen productie: alleen functies voor het hele account)</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Lid:</translation>
    </message>
    <message>
        <source>&amp;Production:</source>
        <translation>&amp;Productie:</translation>
    </message>
    <message>
        <source>Account role: %1.</source>
        <translation>Accountrol: %1.</translation>
    </message>
    <message>
        <source>No account role.</source>
        <translation>Geen accountrol.</translation>
    </message>
    <message>
        <source>In this production: %1.</source>
        <translation>In deze productie: %1.</translation>
    </message>
    <message>
        <source>Not on this production&apos;s team.</source>
        <translation>Zit niet in het team van deze productie.</translation>
    </message>
    <message>
        <source>Each granted level names the role that grants it; &quot;(team)&quot; marks the role held in the production.</source>
        <translation>Bij elk toegekend niveau staat de rol die het toekent; ‘(team)’ duidt de rol in de productie aan.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>&amp;At (%1):</source>
        <translation>&amp;Tijdstip (%1):</translation>
    </message>
</context>
<context>
    <name>rs::CompareDialog</name>
    <message>
        <source>Only rows that differ</source>
        <translation>Alleen rijen die verschillen</translation>
    </message>
    <message>
        <source>Compare roles</source>
        <translation>Rollen vergelijken</translation>
    </message>
    <message>
        <source>Roles to compare:</source>
        <translation>Te vergelijken rollen:</translation>
    </message>
    <message>
        <source>Tick two or more roles.</source>
        <translation>Vink twee of meer rollen aan.</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (sjabloon)</translation>
    </message>
    <message>
        <source>%1 (production role)</source>
        <translation>%1 (productierol)</translation>
    </message>
    <message>
        <source>Features that differ: %1</source>
        <translation>Functies die verschillen: %1</translation>
    </message>
</context>
<context>
    <name>rs::CompareModel</name>
    <message>
        <source>Section</source>
        <translation>Sectie</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (sjabloon)</translation>
    </message>
</context>
<context>
    <name>rs::ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Verbinden met server</translation>
    </message>
    <message>
        <source>db.studio.example</source>
        <translation>db.studio.example</translation>
    </message>
    <message>
        <source>rolesheet</source>
        <translation>rolesheet</translation>
    </message>
    <message>
        <source>verify-full — encrypted, certificate and host name checked</source>
        <translation>verify-full — versleuteld, certificaat en hostnaam gecontroleerd</translation>
    </message>
    <message>
        <source>verify-ca — encrypted, certificate checked</source>
        <translation>verify-ca — versleuteld, certificaat gecontroleerd</translation>
    </message>
    <message>
        <source>require — encrypted, not verified</source>
        <translation>require — versleuteld, niet gecontroleerd</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation>&amp;Versleuteling (sslmode):</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Fill in the host and the database.</source>
        <translation>Vul de host en de database in.</translation>
    </message>
    <message>
        <source>disable — never encrypted (only on a network you trust)</source>
        <translation>disable — nooit versleuteld (alleen op een netwerk dat je vertrouwt)</translation>
    </message>
    <message>
        <source>The server&apos;s password is read from your password file (~/.pgpass, or the file PGPASSFILE names) or from PGPASSWORD; without one there, it is asked for after Connect and may be kept in the system keyring. It is never written to the settings.</source>
        <translation>Het wachtwoord van de server wordt gelezen uit je wachtwoordbestand (~/.pgpass, of het bestand dat PGPASSFILE noemt) of uit PGPASSWORD; staat het daar niet, dan wordt het na ‘Verbinden’ gevraagd en kan het in de sleutelbos van het systeem worden bewaard. Het wordt nooit in de instellingen geschreven.</translation>
    </message>
</context>
<context>
    <name>rs::DateField</name>
    <message>
        <source>2026-12-24 18:00, &quot;now&quot; or &quot;+14d&quot;</source>
        <translation>2026-12-24 18:00, ‘nu’ of ‘+14d’</translation>
    </message>
    <message>
        <source>2026-12-24, &quot;tomorrow&quot; or &quot;+14d&quot;</source>
        <translation>2026-12-24, ‘morgen’ of ‘+14d’</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>Pick the date in a calendar</source>
        <translation>Kies de datum in een kalender</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>rs::DatedDiff</name>
    <message>
        <source>not on the team</source>
        <translation>niet in het team</translation>
    </message>
    <message>
        <source>no account role</source>
        <translation>geen accountrol</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>%1, no end</source>
        <translation>%1, zonder einde</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>zonder einde</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 is gone</source>
        <translation>%1 heeft geen plaats meer in %2</translation>
    </message>
    <message>
        <source>Take the end off %1&apos;s seat in %2</source>
        <translation>Het einde van de plaats van %1 in %2 weghalen</translation>
    </message>
    <message>
        <source>Extend %1&apos;s seat in %2 to %3</source>
        <translation>De plaats van %1 in %2 verlengen tot %3</translation>
    </message>
    <message>
        <source>End %1&apos;s seat in %2 on %3</source>
        <translation>De plaats van %1 in %2 beëindigen op %3</translation>
    </message>
    <message>
        <source>Let %1&apos;s seat in %2 run %3</source>
        <translation>De plaats van %1 in %2 loopt %3</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>Invite %1 to %2 as %3 from %4 until %5</source>
        <translation>%1 uitnodigen voor %2 als %3 van %4 tot %5</translation>
    </message>
    <message>
        <source>Invite %1 to %2 as %3 from %4, no end</source>
        <translation>%1 uitnodigen voor %2 als %3 vanaf %4, zonder einde</translation>
    </message>
    <message>
        <source>Take the account role from %1</source>
        <translation>De accountrol van %1 afnemen</translation>
    </message>
    <message>
        <source>Let %1 keep the account role %2 with no end</source>
        <translation>%1 houdt de accountrol %2 zonder einde</translation>
    </message>
    <message>
        <source>Extend %1&apos;s account role %2 to %3</source>
        <translation>De accountrol %2 van %1 verlengen tot %3</translation>
    </message>
    <message>
        <source>End %1&apos;s account role %2 on %3</source>
        <translation>De accountrol %2 van %1 beëindigen op %3</translation>
    </message>
    <message>
        <source>Give %1 the account role %2 until %3</source>
        <translation>%1 de accountrol %2 geven tot %3</translation>
    </message>
    <message>
        <source>Give %1 the account role %2, no end</source>
        <translation>%1 de accountrol %2 geven, zonder einde</translation>
    </message>
    <message>
        <source>no wrap date</source>
        <translation>geen afsluitdatum</translation>
    </message>
    <message>
        <source>Wrap %1 on %2</source>
        <translation>%1 afsluiten op %2</translation>
    </message>
    <message>
        <source>Take the wrap date off %1</source>
        <translation>De afsluitdatum van %1 weghalen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1, no end</source>
        <translation>vanaf %1, zonder einde</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>%1 loses the seat in %2 from %3</source>
        <translation>%1 verliest de plaats in %2 vanaf %3</translation>
    </message>
    <message>
        <source>%1 gains a seat in %2 from %3</source>
        <translation>%1 krijgt een plaats in %2 vanaf %3</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 starts on %3</source>
        <translation>De plaats van %1 in %2 begint op %3</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 ends on %3</source>
        <translation>De plaats van %1 in %2 eindigt op %3</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 no longer ends</source>
        <translation>De plaats van %1 in %2 eindigt niet meer</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 runs %3</source>
        <translation>De plaats van %1 in %2 loopt %3</translation>
    </message>
    <message>
        <source>%1&apos;s account role %2 ends on %3</source>
        <translation>De accountrol %2 van %1 eindigt op %3</translation>
    </message>
    <message>
        <source>%1&apos;s account role %2 no longer ends</source>
        <translation>De accountrol %2 van %1 eindigt niet meer</translation>
    </message>
</context>
<context>
    <name>rs::DetailsPanel</name>
    <message>
        <source>Invited productions only</source>
        <translation>Alleen producties met uitnodiging</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Vangrails</translation>
    </message>
    <message>
        <source>No %1 features</source>
        <translation>Geen functies voor %1</translation>
    </message>
    <message>
        <source>The role reaches only the productions its holders were invited to.</source>
        <translation>De rol geldt alleen voor de producties waarvoor de houders zijn uitgenodigd.</translation>
    </message>
    <message>
        <source>Remove a guardrail</source>
        <translation>Een vangrail weghalen</translation>
    </message>
    <message>
        <source>Removing the %1 guardrail from %2 is recorded. Why does it come off?</source>
        <translation>Het weghalen van de vangrail voor %1 bij %2 wordt vastgelegd. Waarom gaat hij weg?</translation>
    </message>
    <message>
        <source>No role selected</source>
        <translation>Geen rol geselecteerd</translation>
    </message>
    <message>
        <source>Template (%1 scope): roles are created from it; nobody holds it.</source>
        <translation>Sjabloon (bereik: %1): hieruit worden rollen gemaakt; niemand heeft het.</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>production</source>
        <translation>productie</translation>
    </message>
    <message>
        <source>Account role: applies across the whole workspace.</source>
        <translation>Accountrol: geldt in de hele werkruimte.</translation>
    </message>
    <message>
        <source>Production role of %1.</source>
        <translation>Productierol van %1.</translation>
    </message>
    <message>
        <source>Production role, available in every production.</source>
        <translation>Productierol, beschikbaar in elke productie.</translation>
    </message>
    <message>
        <source>Built in and locked.</source>
        <translation>Ingebouwd en vergrendeld.</translation>
    </message>
    <message>
        <source>Templates are not held by anyone.</source>
        <translation>Sjablonen worden door niemand gehouden.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <source>Edit &amp;description…</source>
        <translation>&amp;Beschrijving bewerken…</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>What %1 is for, in a sentence or two:</source>
        <translation>Waarvoor %1 dient, in een zin of twee:</translation>
    </message>
    <message>
        <source>Nobody holds this role.</source>
        <translation>Niemand heeft deze rol.</translation>
    </message>
    <message>
        <source>Members who hold it: %1</source>
        <translation>Leden met deze rol: %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>geëindigd op %1</translation>
    </message>
    <message>
        <source>in %1 ended %2</source>
        <translation>in %1 geëindigd op %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>in %1 until %2</source>
        <translation>in %1 tot %2</translation>
    </message>
</context>
<context>
    <name>rs::Document</name>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wordt geopend…</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wordt aangemaakt…</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n staged changes…</source>
        <translation>
            <numerusform>%n klaargezette wijziging wordt toegepast…</numerusform>
            <numerusform>%n klaargezette wijzigingen worden toegepast…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the workspace again…</source>
        <translation>De werkruimte wordt opnieuw ingelezen…</translation>
    </message>
    <message>
        <source>Replacing the workspace…</source>
        <translation>De werkruimte wordt vervangen…</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Het auditlogboek wordt gelezen…</translation>
    </message>
    <message>
        <source>Wait until this is done: %1</source>
        <translation>Wacht tot dit klaar is: %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Er is geen werkruimte geopend.</translation>
    </message>
    <message>
        <source>Cancelled; the workspace open before stays open as it was.</source>
        <translation>Geannuleerd; de werkruimte die al open was, blijft open zoals ze was.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>De export is geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>Apply or discard the staged changes before closing an access review.</source>
        <translation>Pas de klaargezette wijzigingen toe of verwerp ze voordat u een toegangsbeoordeling afsluit.</translation>
    </message>
</context>
<context>
    <name>rs::Duties</name>
    <message>
        <source>Campaigns approved by their author</source>
        <translation>Campagnes goedgekeurd door hun auteur</translation>
    </message>
    <message>
        <source>Whoever writes a campaign should not approve it.</source>
        <translation>Wie een campagne schrijft, hoort die niet goed te keuren.</translation>
    </message>
    <message>
        <source>Discounts on one&apos;s own orders</source>
        <translation>Kortingen op eigen bestellingen</translation>
    </message>
    <message>
        <source>Making discount codes and editing orders together moves money unseen.</source>
        <translation>Kortingscodes maken en bestellingen bewerken samen verplaatst ongezien geld.</translation>
    </message>
    <message>
        <source>Prices and the orders they price</source>
        <translation>Prijzen en de bestellingen die ze prijzen</translation>
    </message>
    <message>
        <source>Setting prices and editing the orders they price lets one person set what an order is worth.</source>
        <translation>Prijzen vaststellen en de bestellingen bewerken die ze prijzen laat één persoon bepalen wat een bestelling waard is.</translation>
    </message>
    <message>
        <source>Refused by a duty rule: %1.</source>
        <translation>Geweigerd door een regel voor functiescheiding: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n more conflict(s) like it.</source>
        <translation>
            <numerusform>Nog %n zo’n conflict.</numerusform>
            <numerusform>Nog %n zulke conflicten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>rs::DutiesDialog</name>
    <message>
        <source>Duties</source>
        <translation>Functiescheiding</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>One side</source>
        <translation>De ene kant</translation>
    </message>
    <message>
        <source>Other side</source>
        <translation>De andere kant</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Switch &amp;On</source>
        <translation>&amp;Inschakelen</translation>
    </message>
    <message>
        <source>Switch the selected suggested rule on</source>
        <translation>De gekozen voorgestelde regel inschakelen</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regels</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>One side through</source>
        <translation>De ene kant via</translation>
    </message>
    <message>
        <source>Other side through</source>
        <translation>De andere kant via</translation>
    </message>
    <message>
        <source>Where from</source>
        <translation>Waarvandaan</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflicten</translation>
    </message>
    <message>
        <source>in every production</source>
        <translation>in elke productie</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Vragen</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Vast</translation>
    </message>
    <message>
        <source>Who can</source>
        <translation>Wie mag</translation>
    </message>
    <message>
        <source>on</source>
        <translation>op</translation>
    </message>
    <message>
        <source>&amp;Who Can</source>
        <translation>&amp;Wie mag</translation>
    </message>
    <message>
        <source>&amp;Duties…</source>
        <translation>&amp;Functiescheiding…</translation>
    </message>
    <message>
        <source>Duties no one person may combine, their conflicts, and who can do what through what</source>
        <translation>Taken die niemand mag combineren, hun conflicten, en wie wat mag en waardoor</translation>
    </message>
    <message>
        <source>suggested, off</source>
        <translation>voorgesteld, uit</translation>
    </message>
    <message>
        <source>staged change</source>
        <translation>klaargezette wijziging</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>toegepast</translation>
    </message>
    <message>
        <source>; exception until %1, granted by %2</source>
        <translation>; uitzondering tot %1, verleend door %2</translation>
    </message>
    <message>
        <source>%1 answers: who can %2 %3 on %4.</source>
        <translation>%1 antwoorden: wie %3 mag %2 op %4.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Er is geen werkruimte open.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 without an exception, %2 from staged changes (a block rule refuses those on Apply). Standing exceptions, holding every cell by design: %3.</source>
        <translation>%1 zonder uitzondering, %2 uit klaargezette wijzigingen (een block-regel weigert die bij Toepassen). Vaste uitzonderingen, die per definitie elke cel hebben: %3.</translation>
    </message>
</context>
<context>
    <name>rs::DutyStore</name>
    <message>
        <source>The duty rules of the workspace cannot be read.</source>
        <translation>De regels voor functiescheiding van de werkruimte kunnen niet worden gelezen.</translation>
    </message>
    <message>
        <source>The workspace&apos;s schema has no duty rules; open it with a newer Rolesheet.</source>
        <translation>Het schema van de werkruimte kent geen regels voor functiescheiding; open hem met een nieuwere Rolesheet.</translation>
    </message>
    <message>
        <source>Added duty rule %1</source>
        <translation>Regel voor functiescheiding %1 toegevoegd</translation>
    </message>
    <message>
        <source>The duty rule could not be saved; nothing was changed.</source>
        <translation>De regel voor functiescheiding kon niet worden opgeslagen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Removed duty rule %1</source>
        <translation>Regel voor functiescheiding %1 verwijderd</translation>
    </message>
    <message>
        <source>No duty rule named &quot;%1&quot;.</source>
        <translation>Geen regel voor functiescheiding met de naam ‘%1’.</translation>
    </message>
    <message>
        <source>The duty rule could not be removed; nothing was changed.</source>
        <translation>De regel voor functiescheiding kon niet worden verwijderd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Granted %1 an exception to duty rule %2</source>
        <translation>%1 een uitzondering op de regel voor functiescheiding %2 verleend</translation>
    </message>
    <message>
        <source>The exception could not be saved; nothing was changed.</source>
        <translation>De uitzondering kon niet worden opgeslagen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The duty rules could not be saved; nothing was changed.</source>
        <translation>De regels voor functiescheiding konden niet worden opgeslagen; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>rs::EditSession</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Er is geen werkruimte geopend.</translation>
    </message>
</context>
<context>
    <name>rs::ExpiringDialog</name>
    <message>
        <source>Expiring Soon</source>
        <translation>Binnenkort verlopend</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Show what ends within</source>
        <translation>Tonen wat eindigt binnen</translation>
    </message>
    <message>
        <source>Show what ends &amp;within:</source>
        <translation>Tonen wat eindigt &amp;binnen:</translation>
    </message>
    <message>
        <source>Extend or renew by</source>
        <translation>Verlengen of vernieuwen met</translation>
    </message>
    <message>
        <source>Extend or renew &amp;by:</source>
        <translation>Verlengen of vernieuwen &amp;met:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Seats and account roles that end</source>
        <translation>Teamplaatsen en accountrollen die eindigen</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>&amp;Verlengen</translation>
    </message>
    <message>
        <source>Move the end of the selected access later by the days above.</source>
        <translation>Het einde van de geselecteerde toegang met het aantal dagen hierboven opschuiven.</translation>
    </message>
    <message>
        <source>End &amp;Now</source>
        <translation>&amp;Nu beëindigen</translation>
    </message>
    <message>
        <source>End the selected access now; it stays listed as ended.</source>
        <translation>De geselecteerde toegang nu beëindigen; hij blijft als beëindigd in de lijst staan.</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>Ve&amp;rnieuwen</translation>
    </message>
    <message>
        <source>Start the selected access again from today, for the days above.</source>
        <translation>De geselecteerde toegang vanaf vandaag opnieuw laten beginnen, voor het aantal dagen hierboven.</translation>
    </message>
    <message>
        <source>&amp;Expiring Soon…</source>
        <translation>&amp;Binnenkort verlopend…</translation>
    </message>
    <message>
        <source>Seats and account roles that end within two weeks, and those that have ended.</source>
        <translation>Teamplaatsen en accountrollen die binnen twee weken eindigen, en die al geëindigd zijn.</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Geëindigd</translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>Eindigt vandaag</translation>
    </message>
    <message numerus="yes">
        <source>Ends in %n days</source>
        <translation>
            <numerusform>Eindigt over %n dag</numerusform>
            <numerusform>Eindigt over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>wrap date</source>
        <translation>afsluitdatum</translation>
    </message>
    <message>
        <source>(account role)</source>
        <translation>(accountrol)</translation>
    </message>
    <message numerus="yes">
        <source>%n ending within the window</source>
        <translation>
            <numerusform>%n eindigt binnen de periode</numerusform>
            <numerusform>%n eindigen binnen de periode</numerusform>
        </translation>
    </message>
    <message>
        <source>Times are in %1.</source>
        <translation>Tijden in de tijdzone %1.</translation>
    </message>
    <message numerus="yes">
        <source>Extend access by %n days</source>
        <translation>
            <numerusform>Toegang met %n dag verlengen</numerusform>
            <numerusform>Toegang met %n dagen verlengen</numerusform>
        </translation>
    </message>
    <message>
        <source>End access now</source>
        <translation>Toegang nu beëindigen</translation>
    </message>
    <message numerus="yes">
        <source>Renew access for %n days</source>
        <translation>
            <numerusform>Toegang voor %n dag vernieuwen</numerusform>
            <numerusform>Toegang voor %n dagen vernieuwen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing ends within %n day(s). Look further ahead with the days above, or give a freelancer’s seat an end with Members › Invite to Production… or Set Account Role….</source>
        <translation>
            <numerusform>Binnen %n dag eindigt niets. Kijk verder vooruit met de dagen hierboven, of geef de plaats van een freelancer een einde met Leden › Uitnodigen voor productie… of Accountrol instellen….</numerusform>
            <numerusform>Binnen %n dagen eindigt niets. Kijk verder vooruit met de dagen hierboven, of geef de plaats van een freelancer een einde met Leden › Uitnodigen voor productie… of Accountrol instellen….</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already ended: that access no longer counts. Select a row to extend or renew it.</source>
        <translation>
            <numerusform>%n al beëindigd: die toegang telt niet meer. Kies een rij om hem te verlengen of te vernieuwen.</numerusform>
            <numerusform>%n al beëindigd: die toegang telt niet meer. Kies een rij om hem te verlengen of te vernieuwen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::FirstRunHint</name>
    <message>
        <source>Where to start</source>
        <translation>Waar te beginnen</translation>
    </message>
    <message>
        <source>Got It</source>
        <translation>Begrepen</translation>
    </message>
    <message>
        <source>Pick a role or the Production template in the navigator.</source>
        <translation>Kies in de navigator een rol of het sjabloon Productie.</translation>
    </message>
    <message>
        <source>Tick the boxes of its grid: View, Add, Edit or Delete for each feature.</source>
        <translation>Vink de vakjes in het raster aan: Bekijken, Toevoegen, Bewerken of Verwijderen voor elke functie.</translation>
    </message>
    <message>
        <source>Tick the boxes of its grid: View, Add, Edit or Delete for each feature. %1 takes you to the grid; the arrow keys and Space work there.</source>
        <translation>Vink de vakjes in het raster aan: Bekijken, Toevoegen, Bewerken of Verwijderen voor elke functie. Met %1 ga je naar het raster; daar werken de pijltjestoetsen en de spatiebalk.</translation>
    </message>
    <message>
        <source>Changes are staged first: review them, then apply them in one step.</source>
        <translation>Wijzigingen worden eerst klaargezet: kijk ze na en pas ze daarna in één keer toe.</translation>
    </message>
    <message>
        <source>Changes are staged first: review them with %1, then apply them in one step with %2.</source>
        <translation>Wijzigingen worden eerst klaargezet: kijk ze na met %1 en pas ze daarna in één keer toe met %2.</translation>
    </message>
</context>
<context>
    <name>rs::GridPanel</name>
    <message>
        <source>Filter features (Ctrl+F)</source>
        <translation>Functies filteren (Ctrl+F)</translation>
    </message>
    <message>
        <source>No role selected</source>
        <translation>Geen rol geselecteerd</translation>
    </message>
    <message>
        <source>Pick a role or a template in the navigator to see its grid.</source>
        <translation>Kies een rol of sjabloon in de navigator om het raster te zien.</translation>
    </message>
    <message>
        <source>%1 is built in and locked: its permissions cannot be changed. Duplicate it to make a role you can edit.</source>
        <translation>%1 is ingebouwd en vergrendeld: de rechten kunnen niet worden gewijzigd. Dupliceer de rol om er een te krijgen die je kunt bewerken.</translation>
    </message>
    <message>
        <source>Guardrails: no %1 features.</source>
        <translation>Vangrails: geen functies voor %1.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:#ffe28c&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; changed, not applied yet&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;⚠ Add, Edit or Delete without View&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;greyed: closed by a rule (hover for why)&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;greyed with a padlock: a built-in role, locked</source>
        <translation>&lt;span style=&quot;background:#ffe28c&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; gewijzigd, nog niet toegepast&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;⚠ Toevoegen, Bewerken of Verwijderen zonder Bekijken&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;grijs: gesloten door een regel (wijs aan voor de reden)&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;grijs met een hangslot: een ingebouwde rol, vergrendeld</translation>
    </message>
    <message numerus="yes">
        <source>Grant %n cell(s) to %1</source>
        <translation>
            <numerusform>%n cel toekennen aan %1</numerusform>
            <numerusform>%n cellen toekennen aan %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s) of %1</source>
        <translation>
            <numerusform>%n cel van %1 leegmaken</numerusform>
            <numerusform>%n cellen van %1 leegmaken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were left as they were: %1</source>
        <translation>
            <numerusform>%n cel is gebleven zoals hij was: %1</numerusform>
            <numerusform>%n cellen zijn gebleven zoals ze waren: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Granted %n selected cell(s): some open cells were not granted.</source>
        <translation>
            <numerusform>%n geselecteerde cel toegekend: sommige open cellen waren niet toegekend.</numerusform>
            <numerusform>%n geselecteerde cellen toegekend: sommige open cellen waren niet toegekend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n selected cell(s): every open cell was granted.</source>
        <translation>
            <numerusform>%n geselecteerde cel leeggemaakt: elke open cel was toegekend.</numerusform>
            <numerusform>%n geselecteerde cellen leeggemaakt: elke open cel was toegekend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s).</source>
        <translation>
            <numerusform>%n cel gekopieerd.</numerusform>
            <numerusform>%n cellen gekopieerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s) onto %1</source>
        <translation>
            <numerusform>%n cel in %1 plakken</numerusform>
            <numerusform>%n cellen in %1 plakken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) fell outside the grid.</source>
        <translation>
            <numerusform>%n cel viel buiten het raster.</numerusform>
            <numerusform>%n cellen vielen buiten het raster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s).</source>
        <translation>
            <numerusform>%n cel geplakt.</numerusform>
            <numerusform>%n cellen geplakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were not pasted: %1</source>
        <translation>
            <numerusform>%n cel is niet geplakt: %1</numerusform>
            <numerusform>%n cellen zijn niet geplakt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select cells in the grid and one or more other roles in the navigator (Ctrl+click), then apply the cells to them.</source>
        <translation>Selecteer cellen in het raster en een of meer andere rollen in de navigator (Ctrl+klik) en pas de cellen daarna op die rollen toe.</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n cell(s) of %1 to the selected roles</source>
        <translation>
            <numerusform>%n cel van %1 naar de geselecteerde rollen kopiëren</numerusform>
            <numerusform>%n cellen van %1 naar de geselecteerde rollen kopiëren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s) to the selected roles.</source>
        <translation>
            <numerusform>%n cel naar de geselecteerde rollen gekopieerd.</numerusform>
            <numerusform>%n cellen naar de geselecteerde rollen gekopieerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were not copied: %1</source>
        <translation>
            <numerusform>%n cel is niet gekopieerd: %1</numerusform>
            <numerusform>%n cellen zijn niet gekopieerd: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy Cells</source>
        <translation>&amp;Cellen kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste Cells</source>
        <translation>Cellen &amp;plakken</translation>
    </message>
    <message>
        <source>&amp;Set or Clear Selected Cells</source>
        <translation>Geselecteerde cellen &amp;aan- of uitzetten</translation>
    </message>
    <message>
        <source>Copy the selected cells, as text a spreadsheet takes (%1)</source>
        <translation>De geselecteerde cellen kopiëren als tekst die een spreadsheet overneemt (%1)</translation>
    </message>
    <message>
        <source>Paste copied cells onto the shown role from the current cell (%1)</source>
        <translation>Gekopieerde cellen vanaf de huidige cel in de getoonde rol plakken (%1)</translation>
    </message>
    <message>
        <source>Grant every selected cell, or clear them all when all are granted (Space)</source>
        <translation>Elke geselecteerde cel toekennen, of ze allemaal leegmaken als ze alle toegekend zijn (spatiebalk)</translation>
    </message>
</context>
<context>
    <name>rs::HelpActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Sneltoetsen…</translation>
    </message>
    <message>
        <source>&amp;Where to Start</source>
        <translation>&amp;Waar te beginnen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>rs::Journal</name>
    <message>
        <source>The folder for staged changes cannot be created.</source>
        <translation>De map voor klaargezette wijzigingen kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>Staged changes cannot be saved: %1.</source>
        <translation>Klaargezette wijzigingen kunnen niet worden opgeslagen: %1.</translation>
    </message>
    <message>
        <source>Staged changes cannot be read: %1.</source>
        <translation>Klaargezette wijzigingen kunnen niet worden gelezen: %1.</translation>
    </message>
    <message>
        <source>The saved staged changes are damaged and were not restored: %1</source>
        <translation>De opgeslagen klaargezette wijzigingen zijn beschadigd en zijn niet hersteld: %1</translation>
    </message>
    <message>
        <source>the file is too large.</source>
        <translation>het bestand is te groot.</translation>
    </message>
    <message>
        <source>it is not a journal of staged changes.</source>
        <translation>het bestand bevat geen klaargezette wijzigingen.</translation>
    </message>
    <message>
        <source>The saved staged changes belong to another workspace.</source>
        <translation>De opgeslagen klaargezette wijzigingen horen bij een andere werkruimte.</translation>
    </message>
    <message>
        <source>the workspace version is not a number.</source>
        <translation>de versie van de werkruimte is geen getal.</translation>
    </message>
    <message>
        <source>the list of changes is missing.</source>
        <translation>de lijst met wijzigingen ontbreekt.</translation>
    </message>
    <message>
        <source>change %1 is not a change.</source>
        <translation>wijziging %1 is geen wijziging.</translation>
    </message>
    <message>
        <source>change %1 names the %2 id %3, which is not a whole number from 1 to 2^53 - 1.</source>
        <translation>wijziging %1 geeft als %2-id %3, en dat is geen geheel getal van 1 tot 2^53 - 1.</translation>
    </message>
</context>
<context>
    <name>rs::Keyring</name>
    <message>
        <source>No system keyring is available, so the password was not remembered.</source>
        <translation>Er is geen sleutelbos van het systeem beschikbaar, dus het wachtwoord is niet onthouden.</translation>
    </message>
    <message>
        <source>The system keyring could not be reached, so the password was not remembered.</source>
        <translation>De sleutelbos van het systeem was niet bereikbaar, dus het wachtwoord is niet onthouden.</translation>
    </message>
</context>
<context>
    <name>rs::Levels</name>
    <message>
        <source>View</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Unknown level &quot;%1&quot;: use view, add, edit or delete.</source>
        <translation>Onbekend niveau ‘%1’: gebruik view, add, edit of delete.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>No levels given: use none or a comma list of view, add, edit, delete.</source>
        <translation>Geen niveaus opgegeven: gebruik none of een lijst met komma’s van view, add, edit, delete.</translation>
    </message>
    <message>
        <source>Malformed levels &quot;%1&quot;: use none or a comma list of view, add, edit, delete.</source>
        <translation>Ongeldige niveaus ‘%1’: gebruik none of een lijst met komma’s van view, add, edit, delete.</translation>
    </message>
</context>
<context>
    <name>rs::Links</name>
    <message>
        <source>A rule keeps %1 out of %2.</source>
        <translation>Een regel houdt %1 buiten %2.</translation>
    </message>
    <message>
        <source>in step</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>achter</translation>
    </message>
    <message>
        <source>locally changed</source>
        <translation>lokaal gewijzigd</translation>
    </message>
    <message>
        <source>%1 is linked to a template it cannot follow.</source>
        <translation>%1 is gekoppeld aan een sjabloon dat het niet kan volgen.</translation>
    </message>
</context>
<context>
    <name>rs::MainWindow</name>
    <message>
        <source>Rolesheet workspaces (*.rolesheet);;All files (*)</source>
        <translation>Rolesheet-werkruimtes (*.rolesheet);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nieuwe werkruimte…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation>Wijzigingen &amp;toepassen</translation>
    </message>
    <message>
        <source>Write every staged change to the workspace in one step (Ctrl+S)</source>
        <translation>Alle klaargezette wijzigingen in één keer naar de werkruimte schrijven (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Discard Changes…</source>
        <translation>Wijzigingen &amp;verwerpen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Wijzigingen verwerpen</translation>
    </message>
    <message>
        <source>&amp;Review Changes…</source>
        <translation>Wijzigingen &amp;nakijken…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;About Rolesheet</source>
        <translation>&amp;Over Rolesheet</translation>
    </message>
    <message>
        <source>&amp;Filter Features</source>
        <translation>Functies &amp;filteren</translation>
    </message>
    <message>
        <source>Go to &amp;Grid</source>
        <translation>Naar het &amp;raster</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Go to &amp;Navigator</source>
        <translation>Naar de &amp;navigator</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Leden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofd</translation>
    </message>
    <message>
        <source>Rolesheet</source>
        <translation>Rolesheet</translation>
    </message>
    <message>
        <source>%1 — Rolesheet</source>
        <translation>%1 — Rolesheet</translation>
    </message>
    <message>
        <source>Workspace %1: every change applied</source>
        <translation>Werkruimte %1: alle wijzigingen toegepast</translation>
    </message>
    <message>
        <source>Restore staged changes</source>
        <translation>Klaargezette wijzigingen herstellen</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>Er is niets toegepast: %1</translation>
    </message>
    <message>
        <source>Staged changes</source>
        <translation>Klaargezette wijzigingen</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Werkruimte openen</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nieuwe werkruimte</translation>
    </message>
    <message>
        <source>About Rolesheet</source>
        <translation>Over Rolesheet</translation>
    </message>
    <message>
        <source>Rolesheet %1
Design the permission roles of a creative studio: one grid per role, guarded by the ownership rules.</source>
        <translation>Rolesheet %1
Ontwerp de rollen en rechten van een creatieve studio: één raster per rol, bewaakt door de regels rond eigenaarschap.</translation>
    </message>
    <message>
        <source>Drop every staged change (%1 in all)? The workspace stays as it was.</source>
        <translation>Alle klaargezette wijzigingen verwerpen (%1 in totaal)? De werkruimte blijft zoals ze was.</translation>
    </message>
    <message>
        <source>%1 — staged changes: %2 — Rolesheet</source>
        <translation>%1 — klaargezette wijzigingen: %2 — Rolesheet</translation>
    </message>
    <message>
        <source>Some changes are staged but not applied (%1 in all). Apply them before leaving?</source>
        <translation>Er zijn wijzigingen klaargezet maar niet toegepast (%1 in totaal). Toepassen voor je afsluit?</translation>
    </message>
    <message>
        <source>The workspace was changed elsewhere and read again; your staged changes are kept.</source>
        <translation>De werkruimte is elders gewijzigd en opnieuw ingelezen; je klaargezette wijzigingen blijven behouden.</translation>
    </message>
    <message>
        <source>This workspace breaks a rule: %1 It is open read-only: no change can be applied. Save its data as JSON with &quot;rolesheet-cli export-workspace -o FILE.json&quot;, correct the file and bring it back with Import.</source>
        <translation>Deze werkruimte overtreedt een regel: %1 Ze is alleen-lezen geopend: er kan geen wijziging worden toegepast. Bewaar de gegevens als JSON met ‘rolesheet-cli export-workspace -o FILE.json’, verbeter het bestand en haal het terug met ‘Importeren’.</translation>
    </message>
    <message>
        <source>Staged changes saved on %1 were not restored: they were made on a later version of this workspace than the one now at %2, which was replaced by an older copy.</source>
        <translation>De klaargezette wijzigingen die op %1 zijn opgeslagen, zijn niet hersteld: ze zijn gemaakt op een latere versie van deze werkruimte dan die nu op %2 staat, die door een oudere kopie is vervangen.</translation>
    </message>
    <message numerus="yes">
        <source>The last session left staged changes that were never applied (%n in all):</source>
        <translation>
            <numerusform>De vorige sessie liet een klaargezette wijziging achter die nooit is toegepast (%n in totaal):</numerusform>
            <numerusform>De vorige sessie liet klaargezette wijzigingen achter die nooit zijn toegepast (%n in totaal):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… en nog %n.</numerusform>
            <numerusform>… en nog %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a Production…</source>
        <translation>Productie aanmaken…</translation>
    </message>
    <message numerus="yes">
        <source>Staged, not applied yet: %n change(s). Review them with Ctrl+R, apply with Ctrl+S.</source>
        <translation>
            <numerusform>Klaargezet, nog niet toegepast: %n wijziging. Nakijken met Ctrl+R, toepassen met Ctrl+S.</numerusform>
            <numerusform>Klaargezet, nog niet toegepast: %n wijzigingen. Nakijken met Ctrl+R, toepassen met Ctrl+S.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore them? Edit › Undo takes them back in one step.</source>
        <translation>Herstellen? Bewerken › Ongedaan maken draait ze in één keer terug.</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n staged changes</source>
        <translation>
            <numerusform>%n klaargezette wijziging herstellen</numerusform>
            <numerusform>%n klaargezette wijzigingen herstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved change(s) no longer fit the workspace and were left out.</source>
        <translation>
            <numerusform>%n opgeslagen wijziging past niet meer bij de werkruimte en is weggelaten.</numerusform>
            <numerusform>%n opgeslagen wijzigingen passen niet meer bij de werkruimte en zijn weggelaten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n change(s), in one step.</source>
        <translation>
            <numerusform>Toegepast: %n wijziging, in één keer.</numerusform>
            <numerusform>Toegepast: %n wijzigingen, in één keer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workspace was changed elsewhere and read again. %n of your staged changes no longer fit it and were left out.</source>
        <translation>
            <numerusform>De werkruimte is elders gewijzigd en opnieuw ingelezen. %n van je klaargezette wijzigingen past niet meer en is weggelaten.</numerusform>
            <numerusform>De werkruimte is elders gewijzigd en opnieuw ingelezen. %n van je klaargezette wijzigingen passen niet meer en zijn weggelaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply &amp;Column to Selected Roles</source>
        <translation>&amp;Kolom op geselecteerde rollen toepassen</translation>
    </message>
    <message>
        <source>Copy the cells selected in the grid to every role selected in the navigator</source>
        <translation>De in het raster geselecteerde cellen naar elke in de navigator geselecteerde rol kopiëren</translation>
    </message>
    <message>
        <source>Opening cancelled; the workspace stays as it was.</source>
        <translation>Openen geannuleerd; de werkruimte blijft zoals ze was.</translation>
    </message>
    <message>
        <source>Closing once this is done: %1</source>
        <translation>Sluit af zodra dit klaar is: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The workspace was read again after your change.</source>
        <translation>De werkruimte is na uw wijziging opnieuw gelezen.</translation>
    </message>
    <message>
        <source>Applied, with a new conflict of a warn duty rule: %1</source>
        <translation>Toegepast, met een nieuw conflict met een waarschuwingsregel: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more like it; View › Duties… lists them.</source>
        <translation>
            <numerusform>Nog %n zoals dit; Beeld › Functiescheiding… toont het.</numerusform>
            <numerusform>Nog %n zoals dit; Beeld › Functiescheiding… toont ze.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::MemberActions</name>
    <message>
        <source>(no account role)</source>
        <translation>(geen accountrol)</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>Lid &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Set &amp;Account Role…</source>
        <translation>&amp;Accountrol instellen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Transfer Ownership…</source>
        <translation>Eigenaarschap &amp;overdragen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Create &amp;Production…</source>
        <translation>&amp;Productie aanmaken…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Invite to Production…</source>
        <translation>&amp;Uitnodigen voor productie…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Check Access…</source>
        <translation>Toegang &amp;controleren…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Lid toevoegen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Account role:</source>
        <translation>&amp;Accountrol:</translation>
    </message>
    <message>
        <source>Set account role</source>
        <translation>Accountrol instellen</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Lid:</translation>
    </message>
    <message>
        <source>Create production</source>
        <translation>Productie aanmaken</translation>
    </message>
    <message>
        <source>Created &amp;by:</source>
        <translation>Aangemaakt &amp;door:</translation>
    </message>
    <message>
        <source>There is no production to invite anyone to: create one first.</source>
        <translation>Er is geen productie om iemand voor uit te nodigen: maak er eerst een aan.</translation>
    </message>
    <message>
        <source>Invite to production</source>
        <translation>Uitnodigen voor productie</translation>
    </message>
    <message>
        <source>&amp;Production:</source>
        <translation>&amp;Productie:</translation>
    </message>
    <message>
        <source>&amp;Role there:</source>
        <translation>&amp;Rol daar:</translation>
    </message>
    <message>
        <source>Remove from &amp;Team…</source>
        <translation>Uit het &amp;team halen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Remove Member…</source>
        <translation>Lid ve&amp;rwijderen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>&amp;Delete Production…</source>
        <translation>Productie verwij&amp;deren…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Del</translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Uit het team halen</translation>
    </message>
    <message>
        <source>Take %1 off the team of %2?</source>
        <translation>%1 uit het team van %2 halen?</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Lid verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 from the workspace, with every team seat they hold?</source>
        <translation>%1 uit de werkruimte verwijderen, met alle teamplaatsen?</translation>
    </message>
    <message>
        <source>Delete production</source>
        <translation>Productie verwijderen</translation>
    </message>
    <message>
        <source>Delete %1 with its team and its own roles? Members stay in the workspace.</source>
        <translation>%1 verwijderen met het team en de eigen rollen? De leden blijven in de werkruimte.</translation>
    </message>
    <message>
        <source>Re&amp;name Member or Production…</source>
        <translation>Lid of productie &amp;hernoemen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Rename member</source>
        <translation>Lid hernoemen</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Nieuwe naam voor %1:</translation>
    </message>
    <message>
        <source>Rename production</source>
        <translation>Productie hernoemen</translation>
    </message>
    <message>
        <source>&amp;Until (last day):</source>
        <translation>&amp;Tot en met (laatste dag):</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>Geen einde</translation>
    </message>
    <message>
        <source>The seat would end on %1, which has passed: it is given as already ended. Invite anyway?</source>
        <translation>De plaats zou eindigen op %1, en die dag is voorbij: hij wordt als al geëindigd toegekend. Toch uitnodigen?</translation>
    </message>
    <message>
        <source>&amp;From (first day):</source>
        <translation>&amp;Vanaf (eerste dag):</translation>
    </message>
    <message>
        <source>The account role ends after this day in %1; tick &quot;No end&quot; for one that does not end.</source>
        <translation>De accountrol eindigt na deze dag in %1; vink ‘Geen einde’ aan voor een rol die niet eindigt.</translation>
    </message>
    <message>
        <source>From now</source>
        <translation>Vanaf nu</translation>
    </message>
    <message>
        <source>The seat counts from the start of this day in %1; tick &quot;From now&quot; for a seat that counts at once.</source>
        <translation>De plaats telt vanaf het begin van deze dag in %1; vink ‘Vanaf nu’ aan voor een plaats die meteen telt.</translation>
    </message>
    <message>
        <source>The seat ends after this day in %1; tick &quot;No end&quot; for a seat that does not end.</source>
        <translation>De plaats eindigt na deze dag in %1; vink ‘Geen einde’ aan voor een plaats die niet eindigt.</translation>
    </message>
</context>
<context>
    <name>rs::MemberPage</name>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Double-click a seat to open its production.</source>
        <translation>Dubbelklik op een plaats om de productie te openen.</translation>
    </message>
    <message>
        <source>Access now</source>
        <translation>Toegang nu</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seats&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plaatsen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Access now&lt;/b&gt; in:</source>
        <translation>&lt;b&gt;Toegang nu&lt;/b&gt; in:</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geschiedenis&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Niemand gekozen</translation>
    </message>
    <message>
        <source>The studio&apos;s owner.</source>
        <translation>Eigenaar van de studio.</translation>
    </message>
    <message>
        <source>Account role: %1, until %2.</source>
        <translation>Accountrol: %1, tot %2.</translation>
    </message>
    <message>
        <source>Account role: %1, without an end.</source>
        <translation>Accountrol: %1, zonder einde.</translation>
    </message>
    <message>
        <source>It has ended and no longer counts.</source>
        <translation>Die is beëindigd en telt niet meer.</translation>
    </message>
    <message>
        <source>No account role: access comes from seats alone.</source>
        <translation>Geen accountrol: toegang komt alleen uit plaatsen.</translation>
    </message>
    <message>
        <source>Dates are in %1.</source>
        <translation>Data zijn in %1.</translation>
    </message>
    <message>
        <source>Account-wide features only</source>
        <translation>Alleen accountbrede functies</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Het auditspoor wordt gelezen…</translation>
    </message>
    <message>
        <source>No applied change names this member yet.</source>
        <translation>Nog geen toegepaste wijziging noemt dit lid.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n change(s) that name this member, newest first.</source>
        <translation>
            <numerusform>De laatste %n wijziging die dit lid noemt.</numerusform>
            <numerusform>De laatste %n wijzigingen die dit lid noemen, nieuwste eerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Close this message (Esc)</source>
        <translation>Deze melding sluiten (Esc)</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Melding sluiten</translation>
    </message>
</context>
<context>
    <name>rs::NavigatorModel</name>
    <message>
        <source>Account roles</source>
        <translation>Accountrollen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>Productions</source>
        <translation>Producties</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: built in, locked</source>
        <translation>%1: ingebouwd, vergrendeld</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Team (%1)</source>
        <translation>Team (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Werkruimte</translation>
    </message>
</context>
<context>
    <name>rs::NavigatorPanel</name>
    <message>
        <source>Search members, roles, productions</source>
        <translation>Leden, rollen, producties zoeken</translation>
    </message>
    <message>
        <source>Search the workspace</source>
        <translation>De werkruimte doorzoeken</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Niets gevonden.</translation>
    </message>
</context>
<context>
    <name>rs::NewRoleDialog</name>
    <message>
        <source>New role for a freelancer</source>
        <translation>Nieuwe rol voor een freelancer</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nieuwe rol</translation>
    </message>
    <message>
        <source>e.g. Freelance subtitler</source>
        <translation>bv. Freelance ondertitelaar</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Naam van de rol</translation>
    </message>
    <message>
        <source>Account role (whole workspace)</source>
        <translation>Accountrol (hele werkruimte)</translation>
    </message>
    <message>
        <source>Production role (one production)</source>
        <translation>Productierol (één productie)</translation>
    </message>
    <message>
        <source>Account template (for making roles)</source>
        <translation>Accountsjabloon (om rollen te maken)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>A freelancer gets a production role of their own. It starts with every level of every production feature; untick the features they do not need.</source>
        <translation>Een freelancer krijgt een eigen productierol. Die begint met elk niveau van elke productiefunctie; vink de functies uit die hij of zij niet nodig heeft.</translation>
    </message>
    <message>
        <source>&amp;Production:</source>
        <translation>&amp;Productie:</translation>
    </message>
    <message>
        <source>Keeps:</source>
        <translation>Behoudt:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Vertrekken van:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>Scratch: every level of every allowed feature</source>
        <translation>Van nul: elk niveau van elke toegestane functie</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Sjabloon: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
</context>
<context>
    <name>rs::PasswordDialog</name>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Onthouden in de sleutelbos van het systeem</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Serverwachtwoord</translation>
    </message>
    <message>
        <source>%1 on %2:%3, database %4</source>
        <translation>%1 op %2:%3, database %4</translation>
    </message>
    <message>
        <source>your user</source>
        <translation>je gebruiker</translation>
    </message>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation>De server vraagt om het wachtwoord van %1.</translation>
    </message>
    <message>
        <source>Kept by the desktop&apos;s keyring, never in Rolesheet&apos;s settings; File › Forget Server Password removes it.</source>
        <translation>Bewaard door de sleutelbos van de desktop, nooit in de instellingen van Rolesheet; Bestand › Serverwachtwoord vergeten verwijdert het.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>rs::PermissionGridModel</name>
    <message>
        <source>Set or clear %1 on every feature of %2</source>
        <translation>%1 aan- of uitzetten voor elke functie van %2</translation>
    </message>
    <message>
        <source>%1 holds %2 without View: people could change what they cannot see.</source>
        <translation>%1 heeft %2 zonder Bekijken: men kan dan wijzigen wat men niet ziet.</translation>
    </message>
    <message>
        <source>Account-wide feature</source>
        <translation>Functie voor het hele account</translation>
    </message>
    <message>
        <source>Feature of each production</source>
        <translation>Functie van elke productie</translation>
    </message>
    <message>
        <source>%1 may %2 %3</source>
        <translation>%1: %2 toegestaan voor %3</translation>
    </message>
    <message>
        <source>%1 may not %2 %3</source>
        <translation>%1: %2 niet toegestaan voor %3</translation>
    </message>
    <message>
        <source>Changed, not applied yet</source>
        <translation>Gewijzigd, nog niet toegepast</translation>
    </message>
    <message>
        <source>Grant %1 on every feature of %2 to %3</source>
        <translation>%3 %1 geven voor elke functie van %2</translation>
    </message>
    <message>
        <source>Remove %1 on every feature of %2 from %3</source>
        <translation>%3 %1 afnemen voor elke functie van %2</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Waarom dit telt</translation>
    </message>
    <message>
        <source>%1 section, %2, granted on some features</source>
        <translation>Sectie %1, %2, toegekend voor sommige functies</translation>
    </message>
    <message>
        <source>%1 section, %2, not granted</source>
        <translation>Sectie %1, %2, niet toegekend</translation>
    </message>
    <message>
        <source>%1, %2, not allowed: %3</source>
        <translation>%1, %2, niet toegestaan: %3</translation>
    </message>
    <message>
        <source>%1, %2, granted</source>
        <translation>%1, %2, toegekend</translation>
    </message>
    <message>
        <source>%1, %2, not granted</source>
        <translation>%1, %2, niet toegekend</translation>
    </message>
    <message>
        <source>%1 section, %2, granted wherever allowed</source>
        <translation>Sectie %1, %2, toegekend overal waar het mag</translation>
    </message>
    <message>
        <source>Built-in roles are locked: duplicate the role to change it.</source>
        <translation>Ingebouwde rollen zijn vergrendeld: dupliceer de rol om hem te wijzigen.</translation>
    </message>
    <message>
        <source>%1 section, %2, granted wherever allowed, locked</source>
        <translation>Sectie %1, %2, toegekend overal waar het mag, vergrendeld</translation>
    </message>
    <message>
        <source>%1 section, %2, granted on some features, locked</source>
        <translation>Sectie %1, %2, toegekend voor sommige functies, vergrendeld</translation>
    </message>
    <message>
        <source>%1 section, %2, not granted, locked</source>
        <translation>Sectie %1, %2, niet toegekend, vergrendeld</translation>
    </message>
    <message>
        <source>%1, %2, granted, locked</source>
        <translation>%1, %2, toegekend, vergrendeld</translation>
    </message>
    <message>
        <source>%1, %2, not granted, locked</source>
        <translation>%1, %2, niet toegekend, vergrendeld</translation>
    </message>
</context>
<context>
    <name>rs::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systeemstandaard (%1)</translation>
    </message>
    <message>
        <source>Rolesheet speaks the new language the next time it starts.</source>
        <translation>Rolesheet spreekt de nieuwe taal bij de volgende start.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Language of the editor:</source>
        <translation>&amp;Taal van de editor:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>&amp;Follow the desktop</source>
        <translation>&amp;Bureaublad volgen</translation>
    </message>
    <message>
        <source>L&amp;ight</source>
        <translation>L&amp;icht</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoog contrast</translation>
    </message>
    <message>
        <source>The cell that has the keyboard focus is always framed.</source>
        <translation>De cel met de toetsenbordfocus heeft altijd een kader.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>Nu &amp;herstarten</translation>
    </message>
</context>
<context>
    <name>rs::ProductionPage</name>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Double-click a member to open their page.</source>
        <translation>Dubbelklik op een lid om de pagina te openen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team&lt;/b&gt;</source>
        <translation>&lt;b&gt;Team&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No production chosen</source>
        <translation>Geen productie gekozen</translation>
    </message>
    <message>
        <source>Created by %1.</source>
        <translation>Aangemaakt door %1.</translation>
    </message>
    <message>
        <source>Wraps on %1: seats without an end of their own end then.</source>
        <translation>Eindigt op %1: plaatsen zonder eigen einde eindigen dan.</translation>
    </message>
    <message>
        <source>No wrap date: seats without an end of their own do not end.</source>
        <translation>Geen einddatum: plaatsen zonder eigen einde eindigen niet.</translation>
    </message>
    <message>
        <source>Dates are in %1.</source>
        <translation>Data zijn in %1.</translation>
    </message>
</context>
<context>
    <name>rs::Prompts</name>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 bestaat al. Vervangen?</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n existing files in %1?</source>
        <translation>
            <numerusform>%n bestaand bestand in %1 vervangen?</numerusform>
            <numerusform>%n bestaande bestanden in %1 vervangen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ReviewDialog</name>
    <message>
        <source>gains %1</source>
        <translation>krijgt %1</translation>
    </message>
    <message>
        <source>loses %1</source>
        <translation>verliest %1</translation>
    </message>
    <message>
        <source>Review changes</source>
        <translation>Wijzigingen nakijken</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Member and feature</source>
        <translation>Lid en functie</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changes&lt;/b&gt;, against the workspace as stored:</source>
        <translation>&lt;b&gt;Wat er verandert&lt;/b&gt; tegenover de opgeslagen werkruimte:</translation>
    </message>
    <message>
        <source>&amp;Apply All</source>
        <translation>Alles &amp;toepassen</translation>
    </message>
    <message>
        <source>&amp;Discard All</source>
        <translation>Alles &amp;verwerpen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Impact on members&lt;/b&gt;: who gains or loses which access.</source>
        <translation>&lt;b&gt;Gevolgen voor leden&lt;/b&gt;: wie welke toegang krijgt of verliest.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nieuw: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Verwijderd: %1</translation>
    </message>
    <message>
        <source>Members, productions and catalog</source>
        <translation>Leden, producties en catalogus</translation>
    </message>
    <message>
        <source>account-wide</source>
        <translation>hele account</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 en nog %2</translation>
    </message>
    <message>
        <source>Nobody gains or loses access.</source>
        <translation>Niemand krijgt of verliest toegang.</translation>
    </message>
    <message>
        <source>Cells that differ: %1</source>
        <translation>Cellen die verschillen: %1</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Functies: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3 → %4</source>
        <translation>%1 — %2: %3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Impact on members&lt;/b&gt;: %n members may be affected; the first %1 are shown.</source>
        <translation>
            <numerusform>&lt;b&gt;Gevolgen voor leden&lt;/b&gt;: %n lid kan geraakt worden; de eerste %1 staan hieronder.</numerusform>
            <numerusform>&lt;b&gt;Gevolgen voor leden&lt;/b&gt;: %n leden kunnen geraakt worden; de eerste %1 staan hieronder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import workspace</source>
        <translation>Werkruimte importeren</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changes&lt;/b&gt; when the workspace is replaced by the imported one:</source>
        <translation>&lt;b&gt;Wat er verandert&lt;/b&gt; als de werkruimte wordt vervangen door de geïmporteerde:</translation>
    </message>
    <message>
        <source>&amp;Replace Workspace</source>
        <translation>Werkruimte &amp;vervangen</translation>
    </message>
    <message>
        <source>Member and rule</source>
        <translation>Lid en regel</translation>
    </message>
    <message>
        <source>One side through</source>
        <translation>De ene kant via</translation>
    </message>
    <message>
        <source>Other side through</source>
        <translation>De andere kant via</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Gevolg</translation>
    </message>
    <message>
        <source>Refuses Apply: a block rule, and no exception covers it</source>
        <translation>Weigert Toepassen: een blokkeerregel, en geen uitzondering dekt het</translation>
    </message>
    <message>
        <source>Allowed by an exception until %1, granted by %2</source>
        <translation>Toegestaan door een uitzondering tot %1, verleend door %2</translation>
    </message>
    <message>
        <source>Warns: applied, and reported</source>
        <translation>Waarschuwt: toegepast en gemeld</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No staged change makes a conflict with the duty rules.</source>
        <translation>Geen klaargezette wijziging veroorzaakt een conflict met de regels voor functiescheiding.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Duty conflicts&lt;/b&gt; the staged changes make: %n; </source>
        <translation>
            <numerusform>&lt;b&gt;Functieconflicten&lt;/b&gt; door de klaargezette wijzigingen: %n; </numerusform>
            <numerusform>&lt;b&gt;Functieconflicten&lt;/b&gt; door de klaargezette wijzigingen: %n; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refuse(s) Apply until an exception covers it.</source>
        <translation>
            <numerusform>%n weigert Toepassen totdat een uitzondering het dekt.</numerusform>
            <numerusform>%n weigeren Toepassen totdat een uitzondering ze dekt.</numerusform>
        </translation>
    </message>
    <message>
        <source>none refuses Apply.</source>
        <translation>geen enkel weigert Toepassen.</translation>
    </message>
    <message>
        <source>A block duty rule refuses these changes: see Duty conflicts below.</source>
        <translation>Een blokkeerregel weigert deze wijzigingen: zie Functieconflicten hieronder.</translation>
    </message>
</context>
<context>
    <name>rs::ReviewItemsModel</name>
    <message>
        <source>(account role)</source>
        <translation>(accountrol)</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>geen einde</translation>
    </message>
    <message>
        <source>(access changed since the start)</source>
        <translation>(toegang gewijzigd sinds de start)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>What it grants</source>
        <translation>Wat het toekent</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslist door</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>rs::ReviewStore</name>
    <message>
        <source>There is no access review named %1.</source>
        <translation>Er is geen toegangsbeoordeling met de naam %1.</translation>
    </message>
    <message>
        <source>There is already an access review named %1.</source>
        <translation>Er is al een toegangsbeoordeling met de naam %1.</translation>
    </message>
    <message>
        <source>The due date %1 is in the past.</source>
        <translation>De uiterste datum %1 ligt in het verleden.</translation>
    </message>
    <message>
        <source>A reviewer is not a member of the workspace.</source>
        <translation>Een beoordelaar is geen lid van de werkruimte.</translation>
    </message>
    <message>
        <source>There is no closed access review of %1 to follow; start one without delta mode first.</source>
        <translation>Er is geen afgesloten toegangsbeoordeling voor %1 om op voort te bouwen; start er eerst een zonder deltamodus.</translation>
    </message>
    <message numerus="yes">
        <source>Started access review %1 of %2 with %n items</source>
        <translation>
            <numerusform>Toegangsbeoordeling %1 van %2 gestart met %n item</numerusform>
            <numerusform>Toegangsbeoordeling %1 van %2 gestart met %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace kept changing while the access review started; start it again.</source>
        <translation>De werkruimte bleef veranderen terwijl de toegangsbeoordeling startte; start ze opnieuw.</translation>
    </message>
    <message>
        <source>Access review %1 has no item %2; its items are numbered 1 to %3.</source>
        <translation>Toegangsbeoordeling %1 heeft geen item %2; de items zijn genummerd van 1 tot en met %3.</translation>
    </message>
    <message>
        <source>Access review %1 is closed; its decisions can no longer change.</source>
        <translation>Toegangsbeoordeling %1 is afgesloten; de beslissingen kunnen niet meer veranderen.</translation>
    </message>
    <message>
        <source>Access review %1, item %2: %3</source>
        <translation>Toegangsbeoordeling %1, item %2: %3</translation>
    </message>
    <message>
        <source>Access review %1 is closed already.</source>
        <translation>Toegangsbeoordeling %1 is al afgesloten.</translation>
    </message>
    <message numerus="yes">
        <source>Access review %1 cannot be closed: %n items are undecided.</source>
        <translation>
            <numerusform>Toegangsbeoordeling %1 kan niet worden afgesloten: over %n item is nog niet beslist.</numerusform>
            <numerusform>Toegangsbeoordeling %1 kan niet worden afgesloten: over %n items is nog niet beslist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another reviewer changed a decision of access review %1 while it was being closed. Nothing was changed; close it again.</source>
        <translation>Een andere beoordelaar heeft een beslissing van toegangsbeoordeling %1 gewijzigd terwijl die werd afgesloten. Er is niets gewijzigd; sluit ze opnieuw af.</translation>
    </message>
    <message numerus="yes">
        <source>Closed access review %1: %n revoked</source>
        <translation>
            <numerusform>Toegangsbeoordeling %1 afgesloten: %n ingetrokken</numerusform>
            <numerusform>Toegangsbeoordeling %1 afgesloten: %n ingetrokken</numerusform>
        </translation>
    </message>
    <message>
        <source>The database login %1 is not the name of a member of the workspace; on PostgreSQL access reviews are decided by the member named as the login.</source>
        <translation>De databasegebruiker %1 is niet de naam van een lid van de werkruimte; bij PostgreSQL beslist het lid met dezelfde naam als de databasegebruiker over toegangsbeoordelingen.</translation>
    </message>
    <message>
        <source>%1 is not a member of the workspace; name the member you act as (--as MEMBER).</source>
        <translation>%1 is geen lid van de werkruimte; geef het lid op namens wie je handelt (--as LID).</translation>
    </message>
    <message>
        <source>Access review %1 has no reviewers; the workspace&apos;s owner names them first.</source>
        <translation>Toegangsbeoordeling %1 heeft geen beoordelaars; de eigenaar van de werkruimte moet ze eerst aanwijzen.</translation>
    </message>
    <message>
        <source>%1 is not a reviewer of access review %2; its reviewers are %3.</source>
        <translation>%1 is geen beoordelaar van toegangsbeoordeling %2; de beoordelaars zijn %3.</translation>
    </message>
    <message>
        <source>%1 cannot decide item %2 of access review %3: it is their own access.</source>
        <translation>%1 kan niet beslissen over item %2 van toegangsbeoordeling %3: het gaat om de eigen toegang.</translation>
    </message>
    <message>
        <source>An access review needs at least one reviewer.</source>
        <translation>Een toegangsbeoordeling heeft minstens één beoordelaar nodig.</translation>
    </message>
    <message>
        <source>Only the workspace&apos;s owner names the reviewers of an access review; %1 is not the owner.</source>
        <translation>Alleen de eigenaar van de werkruimte wijst de beoordelaars van een toegangsbeoordeling aan; %1 is niet de eigenaar.</translation>
    </message>
    <message>
        <source>Access review %1: reviewers %2 (were %3)</source>
        <translation>Toegangsbeoordeling %1: beoordelaars %2 (eerder %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>The access reviews of the workspace cannot be read.</source>
        <translation>De toegangsbeoordelingen van de werkruimte kunnen niet worden gelezen.</translation>
    </message>
    <message>
        <source>The access review could not be saved; nothing was changed.</source>
        <translation>De toegangsbeoordeling kon niet worden opgeslagen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Item %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Access review %1: %n items decided at once</source>
        <translation>
            <numerusform>Toegangsbeoordeling %1: %n item in één keer beslist</numerusform>
            <numerusform>Toegangsbeoordeling %1: %n items in één keer beslist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ReviewsDialog</name>
    <message>
        <source>Start an Access Review</source>
        <translation>Een toegangsbeoordeling starten</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Beoordeling %1</translation>
    </message>
    <message>
        <source>The whole studio</source>
        <translation>De hele studio</translation>
    </message>
    <message>
        <source>Production: %1</source>
        <translation>Productie: %1</translation>
    </message>
    <message>
        <source>Holders of role: %1</source>
        <translation>Houders van rol: %1</translation>
    </message>
    <message>
        <source>Only what changed since the last closed review of this scope</source>
        <translation>Alleen wat veranderd is sinds de laatste afgesloten beoordeling met dit bereik</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Bereik:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Uiterste datum:</translation>
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation>B&amp;eoordelaars:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Access Reviews</source>
        <translation>Toegangsbeoordelingen</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Toegangsbeoordeling</translation>
    </message>
    <message>
        <source>&amp;Start Review…</source>
        <translation>Beoordeling &amp;starten…</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Beoordeling:</translation>
    </message>
    <message>
        <source>&amp;Undecided only</source>
        <translation>Alleen &amp;onbesliste</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslist door</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Beslist door:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>&amp;Close Review…</source>
        <translation>Beoordeling &amp;afsluiten…</translation>
    </message>
    <message>
        <source>E&amp;xport Evidence…</source>
        <translation>Bewijs e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>End on a Date</source>
        <translation>Beëindigen op een datum</translation>
    </message>
    <message>
        <source>Access &amp;Reviews…</source>
        <translation>Toegangs&amp;beoordelingen…</translation>
    </message>
    <message>
        <source>Review who can do what, decide keep or revoke, and export the signed evidence</source>
        <translation>Nagaan wie wat mag, beslissen over behouden of intrekken, en het ondertekende bewijs exporteren</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (afgesloten)</translation>
    </message>
    <message>
        <source>No access review yet</source>
        <translation>Nog geen toegangsbeoordeling</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n decided</source>
        <translation>
            <numerusform>%1 van %n beslist</numerusform>
            <numerusform>%1 van %n beslist</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Apply or discard the staged changes before closing an access review.</source>
        <translation>Pas de klaargezette wijzigingen toe of verwerp ze voordat je een toegangsbeoordeling afsluit.</translation>
    </message>
    <message>
        <source>Close access review</source>
        <translation>Toegangsbeoordeling afsluiten</translation>
    </message>
    <message>
        <source>Close Access Review %1</source>
        <translation>Toegangsbeoordeling %1 afsluiten</translation>
    </message>
    <message>
        <source>Close Access Review</source>
        <translation>Toegangsbeoordeling afsluiten</translation>
    </message>
    <message>
        <source>Every item of %1 is kept; close it?</source>
        <translation>Elk item van %1 blijft behouden; afsluiten?</translation>
    </message>
    <message numerus="yes">
        <source>%n items were not applied because their access changed after the review started.</source>
        <translation>
            <numerusform>%n item is niet toegepast omdat de toegang ervan veranderd is na de start van de beoordeling.</numerusform>
            <numerusform>%n items zijn niet toegepast omdat hun toegang veranderd is na de start van de beoordeling.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Evidence</source>
        <translation>Bewijs exporteren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;CSV (*.csv);;Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the evidence of %1…</source>
        <translation>Het bewijs van %1 wordt geschreven…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Production:</source>
        <translation>Productie:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>Handelend als</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Comment for the decision (optional)</source>
        <translation>Opmerking bij de beslissing (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behouden</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Intrekken</translation>
    </message>
    <message>
        <source>End &amp;on…</source>
        <translation>Beëindigen &amp;op…</translation>
    </message>
    <message>
        <source>Acting as:</source>
        <translation>Handelend als:</translation>
    </message>
    <message>
        <source>K keep · R revoke · E end on a date · N next undecided — on every selected item</source>
        <translation>K behouden · R intrekken · E beëindigen op een datum · N volgende onbesliste — voor elk geselecteerd item</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>End the access on (last day):</source>
        <translation>De toegang beëindigen op (laatste dag):</translation>
    </message>
</context>
<context>
    <name>rs::RoleActions</name>
    <message>
        <source>&amp;New Role…</source>
        <translation>&amp;Nieuwe rol…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New Role for a &amp;Freelancer…</source>
        <translation>Nieuwe rol voor een &amp;freelancer…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Duplicate Role</source>
        <translation>Rol &amp;dupliceren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Re&amp;name Role…</source>
        <translation>Rol &amp;hernoemen…</translation>
    </message>
    <message>
        <source>De&amp;lete Role…</source>
        <translation>Rol ver&amp;wijderen…</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Compare Roles…</source>
        <translation>Rollen &amp;vergelijken…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Edit &amp;Catalog…</source>
        <translation>&amp;Catalogus bewerken…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Create a role</source>
        <translation>Een rol aanmaken</translation>
    </message>
    <message>
        <source>A freelancer&apos;s role belongs to a production: create a production first.</source>
        <translation>De rol van een freelancer hoort bij een productie: maak eerst een productie aan.</translation>
    </message>
    <message>
        <source>Create a role for a freelancer</source>
        <translation>Een rol voor een freelancer aanmaken</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (kopie %2)</translation>
    </message>
    <message>
        <source>Pick the production the copy of %1 is for in the navigator first.</source>
        <translation>Kies eerst in de navigator de productie waarvoor de kopie van %1 bedoeld is.</translation>
    </message>
    <message>
        <source>Rename role</source>
        <translation>Rol hernoemen</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Nieuwe naam voor %1:</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Rol verwijderen</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
</context>
<context>
    <name>rs::Rules</name>
    <message>
        <source>A %1 needs a name.</source>
        <translation>Een %1 heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A %1 name can be at most %2 characters long; this one has %3.</source>
        <translation>De naam van een %1 mag hoogstens %2 tekens lang zijn; deze heeft er %3.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 en nog %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 is reserved for the Admin &amp; owner.</source>
        <translation>%1 is voorbehouden aan Admin &amp; eigenaar.</translation>
    </message>
    <message>
        <source>%1 has a %2 guardrail, so it cannot hold %3.</source>
        <translation>%1 heeft een vangrail voor %2 en kan %3 dus niet krijgen.</translation>
    </message>
    <message>
        <source>A production role grants production features only, and %1 is account-wide.</source>
        <translation>Een productierol geeft alleen productiefuncties, en %1 geldt voor het hele account.</translation>
    </message>
    <message>
        <source>template</source>
        <translation>sjabloon</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>There is already a %1 named %2.</source>
        <translation>Er is al een %1 met de naam %2.</translation>
    </message>
    <message>
        <source>This production already has a role named %1.</source>
        <translation>Deze productie heeft al een rol met de naam %1.</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>werkruimte</translation>
    </message>
    <message>
        <source>A production role belongs to a production; name one that exists.</source>
        <translation>Een productierol hoort bij een productie; geef er een op die bestaat.</translation>
    </message>
    <message>
        <source>The role to copy from no longer exists.</source>
        <translation>De rol om van te kopiëren bestaat niet meer.</translation>
    </message>
    <message>
        <source>That role no longer exists.</source>
        <translation>Die rol bestaat niet meer.</translation>
    </message>
    <message>
        <source>That feature no longer exists.</source>
        <translation>Die functie bestaat niet meer.</translation>
    </message>
    <message>
        <source>%1 is a built-in role: its permissions cannot be changed, but it can be duplicated.</source>
        <translation>%1 is een ingebouwde rol: de rechten kunnen niet worden gewijzigd, maar de rol kan wel worden gedupliceerd.</translation>
    </message>
    <message>
        <source>%1 is a built-in role and cannot be deleted.</source>
        <translation>%1 is een ingebouwde rol en kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>%1 is still held by %2; give them another role first.</source>
        <translation>%1 is nog in handen van %2; geef hen eerst een andere rol.</translation>
    </message>
    <message>
        <source>%1 is a built-in role and cannot be renamed.</source>
        <translation>%1 is een ingebouwde rol en kan niet worden hernoemd.</translation>
    </message>
    <message>
        <source>%1 is a built-in role: its guardrails cannot be changed.</source>
        <translation>%1 is een ingebouwde rol: de vangrails kunnen niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Removing the %1 guardrail from %2 is recorded: say why it comes off.</source>
        <translation>Het weghalen van de vangrail voor %1 bij %2 wordt vastgelegd: zeg waarom hij weggaat.</translation>
    </message>
    <message>
        <source>%1 is a built-in role and cannot be changed.</source>
        <translation>%1 is een ingebouwde rol en kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Only account roles reach productions; %1 is not one.</source>
        <translation>Alleen accountrollen gelden voor producties; %1 is er geen.</translation>
    </message>
    <message>
        <source>That account role does not exist.</source>
        <translation>Die accountrol bestaat niet.</translation>
    </message>
    <message>
        <source>There is exactly one Admin &amp; owner; ownership changes hands only by a transfer.</source>
        <translation>Er is precies één Admin &amp; eigenaar; het eigenaarschap wisselt alleen door een overdracht.</translation>
    </message>
    <message>
        <source>member</source>
        <translation>lid</translation>
    </message>
    <message>
        <source>There is already a member named %1.</source>
        <translation>Er is al een lid met de naam %1.</translation>
    </message>
    <message>
        <source>That member no longer exists.</source>
        <translation>Dat lid bestaat niet meer.</translation>
    </message>
    <message>
        <source>%1 is the Admin &amp; owner and cannot be removed; transfer ownership first.</source>
        <translation>%1 is Admin &amp; eigenaar en kan niet worden verwijderd; draag eerst het eigenaarschap over.</translation>
    </message>
    <message>
        <source>%1 is the Admin &amp; owner and cannot be demoted; transfer ownership first.</source>
        <translation>%1 is Admin &amp; eigenaar en kan niet worden teruggezet; draag eerst het eigenaarschap over.</translation>
    </message>
    <message>
        <source>%1 is already the Admin &amp; owner.</source>
        <translation>%1 is al Admin &amp; eigenaar.</translation>
    </message>
    <message>
        <source>production</source>
        <translation>productie</translation>
    </message>
    <message>
        <source>There is already a production named %1.</source>
        <translation>Er is al een productie met de naam %1.</translation>
    </message>
    <message>
        <source>A production is created by a member of the workspace; that member does not exist.</source>
        <translation>Een productie wordt aangemaakt door een lid van de werkruimte; dat lid bestaat niet.</translation>
    </message>
    <message>
        <source>%1 cannot create productions: that takes the Admin &amp; owner, Admin or Create productions role.</source>
        <translation>%1 kan geen producties aanmaken: daarvoor is de rol Admin &amp; eigenaar, Admin of Producties aanmaken nodig.</translation>
    </message>
    <message>
        <source>That production no longer exists.</source>
        <translation>Die productie bestaat niet meer.</translation>
    </message>
    <message>
        <source>Only a production role of %1 can be given to its team.</source>
        <translation>Alleen een productierol van %1 kan aan het team worden gegeven.</translation>
    </message>
    <message>
        <source>%1 administers every production as %2 and cannot be given a lesser role there.</source>
        <translation>%1 beheert als %2 elke productie en kan daar geen lagere rol krijgen.</translation>
    </message>
    <message>
        <source>%1 administers every production as %2 and cannot be taken off a team.</source>
        <translation>%1 beheert als %2 elke productie en kan niet uit een team worden gehaald.</translation>
    </message>
    <message>
        <source>%1 is not on the team of %2.</source>
        <translation>%1 zit niet in het team van %2.</translation>
    </message>
    <message>
        <source>section</source>
        <translation>sectie</translation>
    </message>
    <message>
        <source>There is already a section named %1.</source>
        <translation>Er is al een sectie met de naam %1.</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>functie</translation>
    </message>
    <message>
        <source>There is already a feature named %1.</source>
        <translation>Er is al een functie met de naam %1.</translation>
    </message>
    <message>
        <source>That section no longer exists.</source>
        <translation>Die sectie bestaat niet meer.</translation>
    </message>
    <message>
        <source>Section %1 still holds features; move or remove them first.</source>
        <translation>Sectie %1 bevat nog functies; verplaats of verwijder ze eerst.</translation>
    </message>
    <message>
        <source>%1 cannot become account-wide while production roles grant it: %2.</source>
        <translation>%1 kan niet voor het hele account gaan gelden zolang productierollen ze toekennen: %2.</translation>
    </message>
    <message>
        <source>%1 cannot take that category while guardrailed roles grant it: %2.</source>
        <translation>%1 kan die categorie niet krijgen zolang rollen met een vangrail ze toekennen: %2.</translation>
    </message>
    <message>
        <source>%1 cannot become owner-only while other roles grant it: %2.</source>
        <translation>%1 kan niet aan de eigenaar worden voorbehouden zolang andere rollen ze toekennen: %2.</translation>
    </message>
    <message>
        <source>Member %1 holds an account role that does not exist.</source>
        <translation>Lid %1 heeft een accountrol die niet bestaat.</translation>
    </message>
    <message>
        <source>Two members are named %1.</source>
        <translation>Twee leden heten %1.</translation>
    </message>
    <message>
        <source>A workspace has exactly one Admin &amp; owner; this one has %1.</source>
        <translation>Een werkruimte heeft precies één Admin &amp; eigenaar; deze heeft er %1.</translation>
    </message>
    <message>
        <source>A built-in role is missing or doubled.</source>
        <translation>Een ingebouwde rol ontbreekt of staat er dubbel.</translation>
    </message>
    <message>
        <source>Two sections are named %1.</source>
        <translation>Twee secties heten %1.</translation>
    </message>
    <message>
        <source>Feature %1 belongs to no section.</source>
        <translation>Functie %1 hoort bij geen enkele sectie.</translation>
    </message>
    <message>
        <source>Two features are named %1.</source>
        <translation>Twee functies heten %1.</translation>
    </message>
    <message>
        <source>Two roles are named %1.</source>
        <translation>Twee rollen heten %1.</translation>
    </message>
    <message>
        <source>Role %1 belongs to a production that does not exist.</source>
        <translation>Rol %1 hoort bij een productie die niet bestaat.</translation>
    </message>
    <message>
        <source>Role %1 grants a feature that does not exist.</source>
        <translation>Rol %1 geeft een functie die niet bestaat.</translation>
    </message>
    <message>
        <source>A team seat refers to something that does not exist.</source>
        <translation>Een teamplaats verwijst naar iets dat niet bestaat.</translation>
    </message>
    <message>
        <source>%1 administers every production but holds a lesser role on a team.</source>
        <translation>%1 beheert elke productie maar heeft in een team een lagere rol.</translation>
    </message>
    <message>
        <source>Two productions are named %1.</source>
        <translation>Twee producties heten %1.</translation>
    </message>
    <message>
        <source>The built-in role %1 has been altered.</source>
        <translation>De ingebouwde rol %1 is gewijzigd.</translation>
    </message>
    <message>
        <source>Production %1 names a creator who is not a member.</source>
        <translation>Productie %1 noemt als maker iemand die geen lid is.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>de reden</translation>
    </message>
    <message>
        <source>description</source>
        <translation>de beschrijving</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>de motivering</translation>
    </message>
    <message>
        <source>rationale of %1</source>
        <translation>de motivering van %1</translation>
    </message>
    <message>
        <source>description of %1</source>
        <translation>de beschrijving van %1</translation>
    </message>
    <message>
        <source>A %1 name contains a broken character: %2 without its pair.</source>
        <translation>De naam van een %1 bevat een kapot teken: %2 zonder zijn tegenhanger.</translation>
    </message>
    <message>
        <source>A %1 name cannot contain control characters such as tabs or line breaks; this one has %2.</source>
        <translation>De naam van een %1 mag geen stuurtekens zoals tabs of regeleinden bevatten; deze bevat %2.</translation>
    </message>
    <message>
        <source>A %1 name cannot contain the invisible or direction-changing character %2.</source>
        <translation>De naam van een %1 mag het onzichtbare of richtingveranderende teken %2 niet bevatten.</translation>
    </message>
    <message>
        <source>The %1 contains a broken character: %2 without its pair.</source>
        <translation>Er staat een kapot teken in %1: %2 zonder zijn tegenhanger.</translation>
    </message>
    <message>
        <source>The %1 contains the control character %2; only line breaks and tabs are allowed.</source>
        <translation>Er staat een stuurteken, %2, in %1; alleen regeleinden en tabs zijn toegestaan.</translation>
    </message>
    <message>
        <source>The %1 contains the invisible or direction-changing character %2.</source>
        <translation>Er staat een onzichtbaar of richtingveranderend teken in %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a time zone this system knows (such as Europe/Berlin).</source>
        <translation>%1 is geen tijdzone die dit systeem kent (zoals Europe/Berlin).</translation>
    </message>
    <message>
        <source>The access of the Admin &amp; owner and of Admins never expires: %1 cannot be given an end.</source>
        <translation>De toegang van Admin &amp; eigenaar en van Admins verloopt nooit: %1 kan geen einde krijgen.</translation>
    </message>
    <message>
        <source>Only an account role can end; %1 is given none.</source>
        <translation>Alleen een accountrol kan eindigen; %1 heeft er geen.</translation>
    </message>
    <message>
        <source>%1 administers every production as %2; that access never expires, so the seat takes no dates.</source>
        <translation>%1 beheert als %2 elke productie; die toegang verloopt nooit, dus de plaats krijgt geen datums.</translation>
    </message>
    <message>
        <source>The end comes after the start.</source>
        <translation>Het einde moet na het begin liggen.</translation>
    </message>
    <message>
        <source>%1 is the template of %2; unlink them first.</source>
        <translation>%1 is het sjabloon van %2; koppel die eerst los.</translation>
    </message>
    <message>
        <source>%1 is a template: only roles follow a template.</source>
        <translation>%1 is een sjabloon: alleen rollen volgen een sjabloon.</translation>
    </message>
    <message>
        <source>The template to link to does not exist.</source>
        <translation>Het sjabloon om aan te koppelen bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is not linked to a template.</source>
        <translation>%1 is niet aan een sjabloon gekoppeld.</translation>
    </message>
    <message>
        <source>Which changes need approval is none, sensitive or all, not %1.</source>
        <translation>Welke wijzigingen goedkeuring nodig hebben is none, sensitive of all, niet %1.</translation>
    </message>
    <message>
        <source>The approval policy is not readable.</source>
        <translation>Het goedkeuringsbeleid is niet leesbaar.</translation>
    </message>
    <message>
        <source>A request needs 1 to 3 approvals, not %1.</source>
        <translation>Een verzoek heeft 1 tot 3 goedkeuringen nodig, niet %1.</translation>
    </message>
    <message>
        <source>The approval and apply windows are 1 to 365 days long.</source>
        <translation>De goedkeurings- en toepassingstermijn zijn 1 tot 365 dagen lang.</translation>
    </message>
</context>
<context>
    <name>rs::Schema</name>
    <message>
        <source>The workspace&apos;s schema version cannot be read.</source>
        <translation>De schemaversie van de werkruimte kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The database holds other tables and is not a Rolesheet workspace.</source>
        <translation>De database bevat andere tabellen en is geen Rolesheet-werkruimte.</translation>
    </message>
    <message>
        <source>The workspace was written by a newer Rolesheet (schema %1); this version reads up to schema %2.</source>
        <translation>De werkruimte is geschreven door een nieuwere Rolesheet (schema %1); deze versie leest tot schema %2.</translation>
    </message>
    <message>
        <source>The workspace could not be upgraded.</source>
        <translation>De werkruimte kon niet worden bijgewerkt.</translation>
    </message>
    <message>
        <source>The workspace could not be upgraded to schema %1.</source>
        <translation>De werkruimte kon niet worden bijgewerkt naar schema %1.</translation>
    </message>
    <message>
        <source>The workspace cannot be upgraded, because it breaks a rule: %1 Nothing was changed.</source>
        <translation>De werkruimte kan niet worden bijgewerkt, omdat ze een regel overtreedt: %1 Er is niets gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>A workspace has exactly one Admin &amp; owner; this one has %n.</source>
        <translation>
            <numerusform>Een werkruimte heeft precies één Admin &amp; eigenaar; deze heeft er %n.</numerusform>
            <numerusform>Een werkruimte heeft precies één Admin &amp; eigenaar; deze heeft er %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The built-in role %1 exists more than once.</source>
        <translation>De ingebouwde rol %1 bestaat meer dan één keer.</translation>
    </message>
    <message>
        <source>Two sections are named %1.</source>
        <translation>Twee secties heten %1.</translation>
    </message>
    <message>
        <source>Two features are named %1.</source>
        <translation>Twee functies heten %1.</translation>
    </message>
    <message>
        <source>Two members are named %1.</source>
        <translation>Twee leden heten %1.</translation>
    </message>
    <message>
        <source>Two productions are named %1.</source>
        <translation>Twee producties heten %1.</translation>
    </message>
    <message>
        <source>Two templates are named %1.</source>
        <translation>Twee sjablonen heten %1.</translation>
    </message>
    <message>
        <source>Two account roles are named %1.</source>
        <translation>Twee accountrollen heten %1.</translation>
    </message>
    <message>
        <source>A production has two roles named %1.</source>
        <translation>Een productie heeft twee rollen met de naam %1.</translation>
    </message>
    <message>
        <source>A row of %1 refers to something that does not exist.</source>
        <translation>Een rij in tabel %1 verwijst naar iets dat niet bestaat.</translation>
    </message>
</context>
<context>
    <name>rs::ServerLogin</name>
    <message>
        <source>The password was not accepted; try again.</source>
        <translation>Het wachtwoord is niet geaccepteerd; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>No password was given; nothing was opened.</source>
        <translation>Er is geen wachtwoord opgegeven; er is niets geopend.</translation>
    </message>
    <message>
        <source>The system keyring keeps no password for %1 now.</source>
        <translation>De sleutelbos van het systeem bewaart nu geen wachtwoord meer voor %1.</translation>
    </message>
    <message>
        <source>No system keyring is available; no password was kept for %1.</source>
        <translation>Er is geen sleutelbos van het systeem beschikbaar; er is geen wachtwoord voor %1 bewaard.</translation>
    </message>
    <message>
        <source>The system keyring refused to remove the password for %1.</source>
        <translation>De sleutelbos van het systeem weigerde het wachtwoord voor %1 te verwijderen.</translation>
    </message>
</context>
<context>
    <name>rs::SheetActions</name>
    <message>
        <source>&amp;Export Role Sheet…</source>
        <translation>Rolblad &amp;exporteren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Export role sheet</source>
        <translation>Rolblad exporteren</translation>
    </message>
    <message>
        <source>Role sheet of %1 written to %2</source>
        <translation>Rolblad van %1 geschreven naar %2</translation>
    </message>
    <message>
        <source>Print role sheet</source>
        <translation>Rolblad afdrukken</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation>&amp;Alles exporteren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>PDF role sheets</source>
        <translation>Rolbladen als PDF</translation>
    </message>
    <message>
        <source>HTML role sheets</source>
        <translation>Rolbladen als HTML</translation>
    </message>
    <message>
        <source>Markdown role sheets</source>
        <translation>Rolbladen als Markdown</translation>
    </message>
    <message>
        <source>CSV role sheets</source>
        <translation>Rolbladen als CSV</translation>
    </message>
    <message>
        <source>JSON role documents</source>
        <translation>Roldocumenten als JSON</translation>
    </message>
    <message>
        <source>Auditor matrix: every role × every feature (CSV)</source>
        <translation>Auditmatrix: elke rol × elke functie (CSV)</translation>
    </message>
    <message>
        <source>Export all</source>
        <translation>Alles exporteren</translation>
    </message>
    <message>
        <source>Write every role of %1 as:</source>
        <translation>Elke rol van %1 schrijven als:</translation>
    </message>
    <message>
        <source>Export all: choose the folder to write into</source>
        <translation>Alles exporteren: kies de map om in te schrijven</translation>
    </message>
    <message>
        <source>Writing role sheets…</source>
        <translation>Rolbladen worden geschreven…</translation>
    </message>
    <message>
        <source>Writing role sheet %1 of %2…</source>
        <translation>Rolblad %1 van %2 wordt geschreven…</translation>
    </message>
    <message>
        <source>Export stopped: %1</source>
        <translation>Export gestopt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: %1 of %n role sheet(s) written to %2.</source>
        <translation>
            <numerusform>Export geannuleerd: %1 van %n rolblad geschreven naar %2.</numerusform>
            <numerusform>Export geannuleerd: %1 van %n rolbladen geschreven naar %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role sheet(s) written to %1.</source>
        <translation>
            <numerusform>%n rolblad geschreven naar %1.</numerusform>
            <numerusform>%n rolbladen geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>De map %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>%1 access matrix</source>
        <translation>toegangsmatrix %1</translation>
    </message>
    <message numerus="yes">
        <source>Access matrix of %n role(s) written to %1.</source>
        <translation>
            <numerusform>Toegangsmatrix van %n rol geschreven naar %1.</numerusform>
            <numerusform>Toegangsmatrix van %n rollen geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1 cannot be read (%2).</source>
        <translation>Er is niets geïmporteerd: %1 kan niet worden gelezen (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: it holds a production role; pick the production it is for in the navigator first.</source>
        <translation>Er is niets geïmporteerd uit %1: het bevat een productierol; kies eerst in de navigator de productie waarvoor die bedoeld is.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Er is niets geïmporteerd uit %1: %2</translation>
    </message>
    <message>
        <source>Import role %1</source>
        <translation>Rol %1 importeren</translation>
    </message>
    <message>
        <source>Role %1 imported from %2 and staged: review it, then apply to keep it.</source>
        <translation>Rol %1 geïmporteerd uit %2 en klaargezet: kijk hem na en pas hem toe om hem te houden.</translation>
    </message>
    <message numerus="yes">
        <source>%n roles</source>
        <translation>
            <numerusform>%n rol</numerusform>
            <numerusform>%n rollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n lid</numerusform>
            <numerusform>%n leden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n staged changes are dropped.</source>
        <translation>
            <numerusform>%n klaargezette wijziging wordt verworpen.</numerusform>
            <numerusform>%n klaargezette wijzigingen worden verworpen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo &amp;Import</source>
        <translation>&amp;Import ongedaan maken</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: it holds the same workspace as %2.</source>
        <translation>Er is niets geïmporteerd uit %1: het bevat dezelfde werkruimte als %2.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: the workspace changed while you reviewed the import; import it again to review the changes as they are now.</source>
        <translation>Er is niets geïmporteerd uit %1: de werkruimte is veranderd terwijl je de import nakeek; importeer het opnieuw om de wijzigingen na te kijken zoals ze nu zijn.</translation>
    </message>
    <message>
        <source>Workspace replaced by the one in %1. Edit › Undo Import puts the previous one back.</source>
        <translation>Werkruimte vervangen door die uit %1. Bewerken › Import ongedaan maken zet de vorige terug.</translation>
    </message>
    <message>
        <source>Replace the whole workspace %1 with %2 from %3 (%4, %5)? Everything below changes in one step; Edit › Undo Import puts the workspace back as it is now, while this window is open.</source>
        <translation>De hele werkruimte %1 vervangen door %2 uit %3 (%4, %5)? Alles hieronder verandert in één keer; Bewerken › Import ongedaan maken zet de werkruimte terug zoals ze nu is, zolang dit venster open is.</translation>
    </message>
    <message>
        <source>The import cannot be undone any more: the workspace has changed since, or another one is open.</source>
        <translation>De import kan niet meer ongedaan worden gemaakt: de werkruimte is sindsdien veranderd, of er is een andere open.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import ongedaan maken</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of %1? The %n staged changes are dropped.</source>
        <translation>
            <numerusform>De import van %1 ongedaan maken? De %n klaargezette wijziging vervalt.</numerusform>
            <numerusform>De import van %1 ongedaan maken? De %n klaargezette wijzigingen vervallen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was not undone: %1</source>
        <translation>De import is niet ongedaan gemaakt: %1</translation>
    </message>
    <message>
        <source>Import of %1 undone: the workspace is %2 again, as it was before.</source>
        <translation>Import van %1 ongedaan gemaakt: de werkruimte is weer %2, zoals eerst.</translation>
    </message>
    <message>
        <source>Export All is still writing; wait until it is done or cancel it.</source>
        <translation>‘Alles exporteren’ is nog aan het schrijven; wacht tot het klaar is of annuleer het.</translation>
    </message>
    <message>
        <source>Import a role, a workspace or a spreadsheet</source>
        <translation>Een rol, een werkruimte of een spreadsheet importeren</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: it is a role sheet; show the role it is for first.</source>
        <translation>Er is niets geïmporteerd uit %1: het is een rolblad; toon eerst de rol waarvoor het bedoeld is.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problems were found. Every one is listed below, each with its cell; correct them in the spreadsheet and import it again.</source>
        <translation>
            <numerusform>Er is niets geïmporteerd uit %1: er is %n probleem gevonden. Het staat hieronder, met de cel erbij; verbeter het in de spreadsheet en importeer die opnieuw.</numerusform>
            <numerusform>Er is niets geïmporteerd uit %1: er zijn %n problemen gevonden. Ze staan hieronder, elk met de cel erbij; verbeter ze in de spreadsheet en importeer die opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matches the role %2 as shown: nothing to stage.</source>
        <translation>%1 komt overeen met de rol %2 zoals getoond: niets klaar te zetten.</translation>
    </message>
    <message>
        <source>%1 matches the workspace as shown: nothing to stage.</source>
        <translation>%1 komt overeen met de werkruimte zoals getoond: niets klaar te zetten.</translation>
    </message>
    <message>
        <source>Import %1 onto %2</source>
        <translation>%1 importeren in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n changed cells staged from %1: review them, then apply to keep them; Edit › Undo takes them all back.</source>
        <translation>
            <numerusform>%n gewijzigde cel klaargezet uit %1: kijk hem na en pas hem toe om hem te houden; Bewerken › Ongedaan maken draait hem terug.</numerusform>
            <numerusform>%n gewijzigde cellen klaargezet uit %1: kijk ze na en pas ze toe om ze te houden; Bewerken › Ongedaan maken draait ze allemaal terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was not reverted: the workspace kept in the audit trail cannot be read (%1).</source>
        <translation>De import is niet teruggedraaid: de werkruimte die in het auditlogboek bewaard is, kan niet worden gelezen (%1).</translation>
    </message>
    <message>
        <source>Nothing to revert: the workspace is already as it was before that import.</source>
        <translation>Niets terug te draaien: de werkruimte is al zoals ze was vóór die import.</translation>
    </message>
    <message>
        <source>Revert the import of %1 (version %2): put back the workspace %3 as it was before it? Everything below changes in one step.</source>
        <translation>De import van %1 (versie %2) terugdraaien en de werkruimte %3 terugzetten zoals ze ervoor was? Alles hieronder verandert in één keer.</translation>
    </message>
    <message numerus="yes">
        <source>The %n changes applied since that import are undone with it.</source>
        <translation>
            <numerusform>De %n wijziging die sinds die import is toegepast, wordt mee ongedaan gemaakt.</numerusform>
            <numerusform>De %n wijzigingen die sinds die import zijn toegepast, worden mee ongedaan gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was not reverted: the workspace changed while you reviewed it; revert it again to review the changes as they are now.</source>
        <translation>De import is niet teruggedraaid: de werkruimte is veranderd terwijl je de import nakeek; draai de import opnieuw terug om de wijzigingen na te kijken zoals ze nu zijn.</translation>
    </message>
    <message>
        <source>The import was not reverted: %1</source>
        <translation>De import is niet teruggedraaid: %1</translation>
    </message>
    <message>
        <source>Import reverted: the workspace is %1 again, as it was before version %2.</source>
        <translation>Import teruggedraaid: de werkruimte is weer %1, zoals vóór versie %2.</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;CSV (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;CSV (*.csv);;Excel-werkmap (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Name the file with .pdf, .html, .md, .csv, .xlsx or .json to say which kind of sheet to write.</source>
        <translation>Laat de bestandsnaam eindigen op .pdf, .html, .md, .csv, .xlsx of .json om te zeggen welk soort blad er moet worden geschreven.</translation>
    </message>
    <message>
        <source>Excel (xlsx) role sheets</source>
        <translation>Rolbladen als Excel (xlsx)</translation>
    </message>
    <message>
        <source>Auditor matrix: every role × every feature (xlsx)</source>
        <translation>Auditmatrix: elke rol × elke functie (xlsx)</translation>
    </message>
    <message>
        <source>Rolesheet JSON, CSV or xlsx (*.json *.csv *.xlsx);;Rolesheet JSON (*.json);;CSV sheets and matrices (*.csv);;Excel sheets and matrices (*.xlsx);;All files (*)</source>
        <translation>Rolesheet-JSON, CSV of xlsx (*.json *.csv *.xlsx);;Rolesheet-JSON (*.json);;CSV-bladen en -matrices (*.csv);;Excel-bladen en -matrices (*.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export &amp;Workspace…</source>
        <translation>&amp;Werkruimte exporteren…</translation>
    </message>
    <message>
        <source>Export Access &amp;Matrix…</source>
        <translation>Toegangs&amp;matrix exporteren…</translation>
    </message>
    <message>
        <source>Export access matrix</source>
        <translation>Toegangsmatrix exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Name the file with .xlsx or .csv to say which kind of matrix to write.</source>
        <translation>Geef het bestand de extensie .xlsx of .csv om aan te geven welke matrix geschreven wordt.</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Werkruimte exporteren</translation>
    </message>
    <message>
        <source>Rolesheet JSON (*.json)</source>
        <translation>Rolesheet-JSON (*.json)</translation>
    </message>
    <message>
        <source>Name the file with .json: the workspace is written as a JSON document.</source>
        <translation>Geef het bestand de extensie .json: de werkruimte wordt als JSON-document geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1 written to %2, as applied; the %n staged change(s) are not in it.</source>
        <translation>
            <numerusform>Werkruimte %1 geschreven naar %2, zoals toegepast; de %n klaargezette wijziging zit er niet in.</numerusform>
            <numerusform>Werkruimte %1 geschreven naar %2, zoals toegepast; de %n klaargezette wijzigingen zitten er niet in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace %1 written to %2.</source>
        <translation>Werkruimte %1 geschreven naar %2.</translation>
    </message>
</context>
<context>
    <name>rs::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Overige</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Find an action or a key</source>
        <translation>Zoek een actie of toets</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Een sneltoets zoeken</translation>
    </message>
    <message>
        <source>In the permission grid, the arrow keys move between cells, Space sets or clears a box, and Tab moves on to the next panel.</source>
        <translation>In het rechtenraster gaan de pijltjestoetsen van cel naar cel, zet de spatiebalk een vakje aan of uit en gaat Tab naar het volgende paneel.</translation>
    </message>
    <message>
        <source>Shift with the arrows, a drag or Ctrl+click selects several cells: Space then sets them all, or clears them all when every one is set; Ctrl+C copies them, and Ctrl+V pastes copied cells at the selection.</source>
        <translation>Shift met de pijltjestoetsen, slepen of Ctrl+klik selecteert meerdere cellen: de spatiebalk zet ze dan allemaal aan, of allemaal uit als ze al aan staan; Ctrl+C kopieert ze en Ctrl+V plakt gekopieerde cellen bij de selectie.</translation>
    </message>
</context>
<context>
    <name>rs::StagedDiff</name>
    <message>
        <source>Renamed from “%1”</source>
        <translation>Hernoemd van ‘%1’</translation>
    </message>
    <message>
        <source>Guardrails: %1 → %2</source>
        <translation>Vangrails: %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Now reaches invited productions only</source>
        <translation>Geldt nu alleen voor producties waarvoor iemand is uitgenodigd</translation>
    </message>
    <message>
        <source>Now reaches every production</source>
        <translation>Geldt nu voor alle producties</translation>
    </message>
    <message>
        <source>Description changed</source>
        <translation>Beschrijving gewijzigd</translation>
    </message>
</context>
<context>
    <name>rs::Store</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>%1 is empty, not a Rolesheet workspace.</source>
        <translation>%1 is leeg, geen Rolesheet-werkruimte.</translation>
    </message>
    <message>
        <source>%1 is not a Rolesheet workspace (not an SQLite database).</source>
        <translation>%1 is geen Rolesheet-werkruimte (geen SQLite-database).</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its own header says; it may have been cut off while copying.</source>
        <translation>%1 is beschadigd: het bestand is korter dan de eigen header aangeeft; het is misschien afgebroken tijdens het kopiëren.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 kan niet worden geopend.</translation>
    </message>
    <message>
        <source>There is no workspace at %1; create one with &quot;rolesheet-cli init&quot;.</source>
        <translation>Er is geen werkruimte op %1; maak er een aan met ‘rolesheet-cli init’.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 is een map, geen werkruimtebestand.</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was changed.</source>
        <translation>%1 is alleen-lezen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Rolesheet workspace.</source>
        <translation>%1 is beschadigd of geen Rolesheet-werkruimte.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Rolesheet (schema %2); this version reads up to schema %3.</source>
        <translation>%1 is geschreven door een nieuwere Rolesheet (schema %2); deze versie leest tot schema %3.</translation>
    </message>
    <message>
        <source>%1 was written by an older Rolesheet and must be upgraded; open it for a change first.</source>
        <translation>%1 is geschreven door een oudere Rolesheet en moet worden bijgewerkt; open het eerst om iets te wijzigen.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was changed.</source>
        <translation>%1 bestaat al; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>De map voor %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>The workspace could not be saved.</source>
        <translation>De werkruimte kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>%1 was opened read-only; nothing was changed.</source>
        <translation>%1 is alleen-lezen geopend; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The workspace is busy or cannot be written; nothing was changed.</source>
        <translation>De werkruimte is bezet of kan niet worden beschreven; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The workspace could not be saved; nothing was changed.</source>
        <translation>De werkruimte kon niet worden opgeslagen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database %1 holds no workspace yet; create one with &quot;rolesheet-cli init&quot;.</source>
        <translation>De database %1 bevat nog geen werkruimte; maak er een aan met ‘rolesheet-cli init’.</translation>
    </message>
    <message>
        <source>%1 is a database but not a Rolesheet workspace.</source>
        <translation>%1 is een database, maar geen Rolesheet-werkruimte.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>%1 already holds a workspace; nothing was changed.</source>
        <translation>%1 bevat al een werkruimte; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Created the workspace</source>
        <translation>Werkruimte aangemaakt</translation>
    </message>
    <message>
        <source>The audit trail of %1 cannot be read.</source>
        <translation>Het auditlogboek van %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>rol %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>functie %1</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>lid %1</translation>
    </message>
    <message>
        <source>production %1</source>
        <translation>productie %1</translation>
    </message>
    <message>
        <source>the team of %1</source>
        <translation>het team van %1</translation>
    </message>
    <message>
        <source>the catalog</source>
        <translation>de catalogus</translation>
    </message>
    <message>
        <source>the workspace name</source>
        <translation>de naam van de werkruimte</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 om %2: %3</translation>
    </message>
    <message>
        <source>Another editor changed %1 since it was read (%2). Nothing was changed; reload and apply again.</source>
        <translation>Een andere editor heeft %1 gewijzigd sinds het werd gelezen (%2). Er is niets gewijzigd; laad opnieuw en pas opnieuw toe.</translation>
    </message>
    <message>
        <source>Expected postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE.</source>
        <translation>Verwacht: postgresql://GEBRUIKER@HOST:POORT/DATABASE?sslmode=MODUS.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid. %1</source>
        <translation>Het PostgreSQL-adres is ongeldig. %1</translation>
    </message>
    <message>
        <source>The PostgreSQL address holds a password; keep it in ~/.pgpass, PGPASSFILE or PGPASSWORD instead. Nothing was opened.</source>
        <translation>Het PostgreSQL-adres bevat een wachtwoord; bewaar het liever in ~/.pgpass, PGPASSFILE of PGPASSWORD. Er is niets geopend.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database. %1</source>
        <translation>Het PostgreSQL-adres noemt geen database. %1</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 cannot be opened.</source>
        <translation>De PostgreSQL-database %1 kan niet worden geopend.</translation>
    </message>
    <message>
        <source>Another editor changed the workspace since it was read, and the change no longer holds: %1 Nothing was changed.</source>
        <translation>Een andere editor heeft de werkruimte gewijzigd sinds ze werd gelezen, en de wijziging klopt niet meer: %1 Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Replaced the whole workspace</source>
        <translation>De hele werkruimte vervangen</translation>
    </message>
    <message>
        <source>%1 cannot be changed: no permission to write in its folder %2, which SQLite needs; nothing was changed.</source>
        <translation>%1 kan niet worden gewijzigd: geen schrijfrecht in de map %2, en dat heeft SQLite nodig; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2 cannot be written (%3); nothing was changed.</source>
        <translation>%1 kan niet worden aangemaakt: %2 kan niet worden geschreven (%3); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 breaks a rule and cannot be changed: %2 Save its data with &quot;rolesheet-cli export-workspace -o FILE.json&quot;.</source>
        <translation>%1 overtreedt een regel en kan niet worden gewijzigd: %2 Bewaar de gegevens met ‘rolesheet-cli export-workspace -o FILE.json’.</translation>
    </message>
    <message>
        <source>Audit record %1 (version %2) does not start the trail: changed, inserted or the records before it removed.</source>
        <translation>Auditrecord %1 (versie %2) staat niet aan het begin van het logboek: gewijzigd, ingevoegd of de records ervoor verwijderd.</translation>
    </message>
    <message>
        <source>Audit record %1 (version %2) does not follow record %3: changed, inserted or the record before it removed.</source>
        <translation>Auditrecord %1 (versie %2) volgt niet op record %3: gewijzigd, ingevoegd of het record ervoor verwijderd.</translation>
    </message>
    <message>
        <source>The audit trail is empty, but the workspace is at version %1: its records were removed.</source>
        <translation>Het auditlogboek is leeg, maar de werkruimte staat op versie %1: de records zijn verwijderd.</translation>
    </message>
    <message>
        <source>The audit trail ends at record %1 (version %2), but the workspace is at version %3: records were removed from its end or added by hand.</source>
        <translation>Het auditlogboek eindigt bij record %1 (versie %2), maar de werkruimte staat op versie %3: er zijn records aan het eind verwijderd of met de hand toegevoegd.</translation>
    </message>
    <message>
        <source>The audit trail ends at record %1 (version %2), which is not the last record written: records were removed from its end or added by hand.</source>
        <translation>Het auditlogboek eindigt bij record %1 (versie %2), en dat is niet het laatst geschreven record: er zijn records aan het eind verwijderd of met de hand toegevoegd.</translation>
    </message>
    <message>
        <source>%1 is a database but not a Rolesheet workspace; nothing was changed.</source>
        <translation>%1 is een database, maar geen Rolesheet-werkruimte; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The workspace</source>
        <translation>De werkruimte</translation>
    </message>
    <message>
        <source>The disk is full: %1 cannot be written; nothing was changed.</source>
        <translation>De schijf is vol: %1 kan niet worden geschreven; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1: no permission for this; nothing was changed.</source>
        <translation>%1: geen toestemming hiervoor; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is busy: another program holds a lock on it; try again. Nothing was changed.</source>
        <translation>%1 is bezet: een ander programma houdt het vergrendeld; probeer het opnieuw. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: no permission to write the file or its folder. Nothing was changed.</source>
        <translation>%1 kan niet worden gewijzigd: geen schrijfrecht op het bestand of de map. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: no permission to read it.</source>
        <translation>%1 kan niet worden geopend: geen leesrecht.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: its folder is read-only and SQLite needs to create a file beside it (the workspace has changes still in %1-wal). Open it once where its folder can be written.</source>
        <translation>%1 kan niet worden geopend: de map is alleen-lezen en SQLite moet er een bestand naast aanmaken (de werkruimte heeft nog wijzigingen in %1-wal). Open het één keer op een plek waar de map beschrijfbaar is.</translation>
    </message>
    <message>
        <source>%1 could not be read or written: the disk reported an error.</source>
        <translation>%1 kon niet worden gelezen of geschreven: de schijf meldde een fout.</translation>
    </message>
    <message>
        <source>%1 cannot be read: no permission to read it.</source>
        <translation>%1 kan niet worden gelezen: geen leesrecht.</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s database (application id %2), not a Rolesheet workspace; nothing was changed.</source>
        <translation>%1 is de database van een ander programma (applicatie-id %2), geen Rolesheet-werkruimte; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which does not exist; nothing was created. Remove the link or choose another name.</source>
        <translation>%1 is een link naar %2, dat niet bestaat; er is niets aangemaakt. Verwijder de link of kies een andere naam.</translation>
    </message>
    <message>
        <source>%1 has leftover files from an earlier workspace: %2; move them away first.</source>
        <translation>%1 heeft achtergebleven bestanden van een eerdere werkruimte: %2; verplaats ze eerst.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2 is left from an interrupted attempt, or another is under way; move it away first.</source>
        <translation>%1 kan niet worden aangemaakt: %2 is over van een onderbroken poging, of er loopt al een andere; verplaats het eerst.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no schema version.</source>
        <translation>%1 is beschadigd: er is geen schemaversie.</translation>
    </message>
    <message>
        <source>%1 is damaged: it lacks %2.</source>
        <translation>%1 is beschadigd: %2 ontbreekt.</translation>
    </message>
    <message>
        <source>%1 breaks a rule, so it can only be read and exported until it is repaired: %2 Nothing was changed.</source>
        <translation>%1 overtreedt een regel en kan dus alleen worden gelezen en geëxporteerd tot het is hersteld: %2 Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The PostgreSQL address has spaces, control characters, backslashes or quotes in %1; nothing was opened.</source>
        <translation>Het PostgreSQL-adres bevat spaties, stuurtekens, backslashes of aanhalingstekens in %1; er is niets geopend.</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>het adres</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>de host</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>de gebruikersnaam</translation>
    </message>
    <message>
        <source>the database name</source>
        <translation>de databasenaam</translation>
    </message>
    <message>
        <source>The PostgreSQL address has a parameter this program does not pass on: %1. Accepted: %2.</source>
        <translation>Het PostgreSQL-adres heeft een parameter die dit programma niet doorgeeft: %1. Toegestaan: %2.</translation>
    </message>
    <message>
        <source>(not a parameter name)</source>
        <translation>(geen parameternaam)</translation>
    </message>
    <message>
        <source>the value of %1</source>
        <translation>de waarde van %1</translation>
    </message>
    <message>
        <source>The PostgreSQL address gives %1 twice; nothing was opened.</source>
        <translation>Het PostgreSQL-adres geeft %1 twee keer op; er is niets geopend.</translation>
    </message>
    <message>
        <source>The PostgreSQL address asks for sslmode=%1, which anyone on the network path can turn into no encryption; use verify-full, verify-ca or require (or disable, on a network you trust).</source>
        <translation>Het PostgreSQL-adres vraagt om sslmode=%1, dat iedereen op het netwerkpad kan omzetten in een onversleutelde verbinding; gebruik verify-full, verify-ca of require (of disable, op een netwerk dat je vertrouwt).</translation>
    </message>
    <message>
        <source>The PostgreSQL address has an unknown sslmode; use verify-full, verify-ca, require or disable.</source>
        <translation>Het PostgreSQL-adres heeft een onbekende sslmode; gebruik verify-full, verify-ca, require of disable.</translation>
    </message>
    <message>
        <source>The PostgreSQL address&apos;s connect_timeout must be a number of seconds from 1 to 300.</source>
        <translation>De connect_timeout van het PostgreSQL-adres moet een aantal seconden van 1 tot 300 zijn.</translation>
    </message>
    <message>
        <source>The server took longer than the statement time-out allows and cancelled it.</source>
        <translation>De opdracht duurde langer dan de time-out voor opdrachten toestaat; de server heeft hem afgebroken.</translation>
    </message>
    <message>
        <source>Another session held a lock on the workspace for longer than the lock time-out allows.</source>
        <translation>Een andere sessie hield de werkruimte langer vergrendeld dan de time-out voor vergrendelingen toestaat.</translation>
    </message>
    <message>
        <source>The server stopped a deadlock with another session.</source>
        <translation>De server heeft een deadlock met een andere sessie doorbroken.</translation>
    </message>
    <message>
        <source>The server is shutting down or restarting.</source>
        <translation>De server wordt afgesloten of opnieuw gestart.</translation>
    </message>
    <message>
        <source>The server has no connection to spare.</source>
        <translation>De server heeft geen verbinding meer vrij.</translation>
    </message>
    <message>
        <source>The server did not accept the user or the password (see ~/.pgpass or PGPASSFILE).</source>
        <translation>De server heeft de gebruiker of het wachtwoord niet geaccepteerd (zie ~/.pgpass of PGPASSFILE).</translation>
    </message>
    <message>
        <source>The connection to the server failed or was lost.</source>
        <translation>De verbinding met de server is mislukt of verbroken.</translation>
    </message>
    <message>
        <source>The server %1 asks for a password, and none was found in ~/.pgpass, PGPASSFILE or PGPASSWORD.</source>
        <translation>De server %1 vraagt om een wachtwoord en er is er geen gevonden in ~/.pgpass, PGPASSFILE of PGPASSWORD.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password.</source>
        <translation>De server %1 heeft het wachtwoord niet geaccepteerd.</translation>
    </message>
    <message>
        <source>The server %1 offers no encrypted (TLS) connection, which this address requires; nothing was opened. Add sslmode=disable only on a network you trust.</source>
        <translation>De server %1 biedt geen versleutelde (TLS-)verbinding, die dit adres wel vereist; er is niets geopend. Voeg sslmode=disable alleen toe op een netwerk dat je vertrouwt.</translation>
    </message>
    <message>
        <source>The workspace&apos;s version row is damaged.</source>
        <translation>De versierij van de werkruimte is beschadigd.</translation>
    </message>
    <message numerus="yes">
        <source>The server stopped answering for %n second(s), so the connection was closed; nothing was changed.</source>
        <translation>
            <numerusform>De server gaf %n seconde geen antwoord, dus is de verbinding gesloten; er is niets gewijzigd.</numerusform>
            <numerusform>De server gaf %n seconden geen antwoord, dus is de verbinding gesloten; er is niets gewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be upgraded: no temporary folder.</source>
        <translation>%1 kan niet worden bijgewerkt: geen tijdelijke map.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed when the server stopped answering; open the workspace again. Nothing was changed.</source>
        <translation>De verbinding met %1 is gesloten toen de server niet meer antwoordde; open de werkruimte opnieuw. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Recorded the digest of the stored workspace</source>
        <translation>Controlesom van de opgeslagen werkruimte vastgelegd</translation>
    </message>
    <message>
        <source>Audit record %1 holds a digest of the workspace that cannot be read.</source>
        <translation>Auditrecord %1 bevat een controlesom van de werkruimte die niet kan worden gelezen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more tables differ too.</source>
        <translation>
            <numerusform>Nog %n tabel wijkt ook af.</numerusform>
            <numerusform>Nog %n tabellen wijken ook af.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit record %1 (version %2) fails the audit trail&apos;s hash chain, at or before the record of version %3: what that record keeps cannot be trusted. Nothing was changed.</source>
        <translation>Auditrecord %1 (versie %2) breekt de hashketen van het auditlogboek, bij het record van versie %3 of ervoor: wat dat record bewaart, is niet betrouwbaar. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The audit trail holds no record of version %1.</source>
        <translation>Het auditlogboek bevat geen record van versie %1.</translation>
    </message>
    <message>
        <source>The stored workspace cannot be read to check it.</source>
        <translation>De opgeslagen werkruimte kan niet worden gelezen om ze te controleren.</translation>
    </message>
    <message>
        <source>Table %1 does not match the audit trail&apos;s last record (%2 rows stored, %3 recorded): rows were added, changed or removed outside the program.</source>
        <translation>Tabel %1 komt niet overeen met het laatste record van het auditlogboek (%2 rijen opgeslagen, %3 vastgelegd): er zijn buiten het programma rijen toegevoegd, gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <source>Table %1, row %2, was added outside the program: no audit record accounts for it.</source>
        <translation>Tabel %1, rij %2, is buiten het programma toegevoegd: geen enkel auditrecord verklaart dat.</translation>
    </message>
    <message>
        <source>Table %1, row %2, was removed outside the program: no audit record accounts for it.</source>
        <translation>Tabel %1, rij %2, is buiten het programma verwijderd: geen enkel auditrecord verklaart dat.</translation>
    </message>
    <message>
        <source>Table %1, row %2, was changed outside the program: no audit record accounts for it.</source>
        <translation>Tabel %1, rij %2, is buiten het programma gewijzigd: geen enkel auditrecord verklaart dat.</translation>
    </message>
    <message>
        <source>Version %1 is not a whole-workspace import that kept the workspace it replaced; nothing was changed.</source>
        <translation>Versie %1 is geen import van een hele werkruimte die de vervangen werkruimte heeft bewaard; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1: the workspace&apos;s approval policy says a second person approves this change first; file it as a request. Nothing was changed.</source>
        <translation>%1: volgens het goedkeuringsbeleid van de werkruimte keurt eerst een tweede persoon deze wijziging goed; dien haar in als verzoek. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The workspace&apos;s approval policy gates changes, and an import replaces all of them at once; import into a workspace without a policy, or make the changes as requests. Nothing was changed.</source>
        <translation>Het goedkeuringsbeleid van de werkruimte bewaakt wijzigingen, en een import vervangt alles tegelijk; importeer in een werkruimte zonder beleid of maak de wijzigingen als verzoeken. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>rs::TemplateDriftDialog</name>
    <message>
        <source>Template change</source>
        <translation>Wijziging van het sjabloon</translation>
    </message>
    <message>
        <source>Local override</source>
        <translation>Lokale afwijking</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Template Drift</source>
        <translation>Afwijkingen van sjablonen</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Sjabloon:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Behind by</source>
        <translation>Achterstand</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Afwijkingen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Roles linked to the template</source>
        <translation>Rollen gekoppeld aan het sjabloon</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Template then</source>
        <translation>Sjabloon toen</translation>
    </message>
    <message>
        <source>Template now</source>
        <translation>Sjabloon nu</translation>
    </message>
    <message>
        <source>Role now</source>
        <translation>Rol nu</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>The chosen role&apos;s cells against its template</source>
        <translation>De cellen van de gekozen rol tegenover zijn sjabloon</translation>
    </message>
    <message>
        <source>On a &amp;conflict:</source>
        <translation>Bij een &amp;conflict:</translation>
    </message>
    <message>
        <source>Keep the role&apos;s levels</source>
        <translation>Niveaus van de rol houden</translation>
    </message>
    <message>
        <source>Take the template&apos;s levels</source>
        <translation>Niveaus van het sjabloon nemen</translation>
    </message>
    <message>
        <source>On a conflict</source>
        <translation>Bij een conflict</translation>
    </message>
    <message>
        <source>&amp;Propagate…</source>
        <translation>&amp;Doorvoeren…</translation>
    </message>
    <message>
        <source>Stage the template&apos;s changes on the selected roles (or every role that is behind), keeping their overrides, and review them.</source>
        <translation>De wijzigingen van het sjabloon klaarzetten op de gekozen rollen (of elke rol die achter is), met behoud van hun afwijkingen, en ze nakijken.</translation>
    </message>
    <message>
        <source>Template &amp;Drift…</source>
        <translation>&amp;Afwijkingen van sjablonen…</translation>
    </message>
    <message>
        <source>Which roles follow each template, what differs cell by cell, and propagate its changes</source>
        <translation>Welke rollen elk sjabloon volgen, wat per cel verschilt, en zijn wijzigingen doorvoeren</translation>
    </message>
    <message>
        <source>No template is chosen.</source>
        <translation>Er is geen sjabloon gekozen.</translation>
    </message>
    <message>
        <source>(account role)</source>
        <translation>(accountrol)</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Volgt</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Vastgezet</translation>
    </message>
    <message>
        <source>%1 is at version %2.</source>
        <translation>%1 is bij versie %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) linked</source>
        <translation>
            <numerusform>%n rol gekoppeld</numerusform>
            <numerusform>%n rollen gekoppeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n achter</numerusform>
            <numerusform>%n achter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s).</source>
        <translation>
            <numerusform>%n conflict.</numerusform>
            <numerusform>%n conflicten.</numerusform>
        </translation>
    </message>
    <message>
        <source>kept out by a rule</source>
        <translation>buiten gehouden door een regel</translation>
    </message>
    <message numerus="yes">
        <source>Propagate %1 to %n role(s)</source>
        <translation>
            <numerusform>%1 doorvoeren naar %n rol</numerusform>
            <numerusform>%1 doorvoeren naar %n rollen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::TransferOwnershipDialog</name>
    <message>
        <source>Transfer ownership</source>
        <translation>Eigenaarschap overdragen</translation>
    </message>
    <message>
        <source>&amp;New owner:</source>
        <translation>&amp;Nieuwe eigenaar:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Overdragen</translation>
    </message>
    <message>
        <source>There is nobody else in the workspace to hand it to. Add a member first.</source>
        <translation>Er is niemand anders in de werkruimte om het aan over te dragen. Voeg eerst een lid toe.</translation>
    </message>
    <message>
        <source>%1 becomes the Admin &amp; owner: the only member who holds billing and can hand the workspace on.
%2, the owner now, becomes an Admin: still production administrator everywhere, but without the owner-only features (payouts and refunds).
This is one step; it is staged like any other change until you apply it.</source>
        <translation>%1 wordt Admin &amp; eigenaar: het enige lid dat de facturatie beheert en de werkruimte kan doorgeven.
%2, nu eigenaar, wordt Admin: nog altijd overal productiebeheerder, maar zonder de functies die alleen voor de eigenaar zijn (uitbetalingen en terugbetalingen).
Dit is één stap; hij staat klaar zoals elke andere wijziging tot je hem toepast.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
</context>
<context>
    <name>rs::WelcomeDialog</name>
    <message>
        <source>Welcome to Rolesheet</source>
        <translation>Welkom bij Rolesheet</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nieuwe werkruimte</translation>
    </message>
    <message>
        <source>A new workspace</source>
        <translation>Een nieuwe werkruimte</translation>
    </message>
    <message>
        <source>A workspace holds the roles of one studio and the people who hold them. Name your studio and yourself: you are its owner, the member who holds every right and can hand ownership on later.</source>
        <translation>Een werkruimte bevat de rollen van één studio en de mensen die ze hebben. Geef je studio en jezelf een naam: jij bent de eigenaar, het lid dat alle rechten heeft en het eigendom later kan overdragen.</translation>
    </message>
    <message>
        <source>e.g. Northlight Studio</source>
        <translation>bv. Northlight Studio</translation>
    </message>
    <message>
        <source>Rolesheet speaks the new language the next time it starts.</source>
        <translation>Rolesheet spreekt de nieuwe taal bij de volgende start.</translation>
    </message>
    <message>
        <source>&amp;Studio name:</source>
        <translation>Studio&amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Your name (the owner):</source>
        <translation>&amp;Je naam (de eigenaar):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>Aan&amp;maken</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>Aan&amp;maken…</translation>
    </message>
    <message>
        <source>&amp;Open Existing…</source>
        <translation>Bestaande &amp;openen…</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Verbinden met &amp;server…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Your full name, as the studio knows you</source>
        <translation>Uw volledige naam, zoals de studio u kent</translation>
    </message>
    <message>
        <source>Seat dates, wrap dates and reviews are read in this time zone, whoever opens the workspace and wherever.</source>
        <translation>Plaatsdata, einddata en beoordelingen gelden in deze tijdzone, wie de werkruimte ook opent en waar ook.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Tijdzone:</translation>
    </message>
</context>
<context>
    <name>rs::WorkProgress</name>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>rs::WorkspaceDiff</name>
    <message>
        <source>no role</source>
        <translation>geen rol</translation>
    </message>
    <message>
        <source>Workspace renamed from %1 to %2</source>
        <translation>Werkruimte hernoemd van %1 naar %2</translation>
    </message>
    <message>
        <source>New feature %1</source>
        <translation>Nieuwe functie %1</translation>
    </message>
    <message>
        <source>Feature %1 removed</source>
        <translation>Functie %1 verwijderd</translation>
    </message>
    <message>
        <source>New member %1</source>
        <translation>Nieuw lid %1</translation>
    </message>
    <message>
        <source>Member %1 removed</source>
        <translation>Lid %1 verwijderd</translation>
    </message>
    <message>
        <source>Member %1 renamed to %2</source>
        <translation>Lid %1 hernoemd naar %2</translation>
    </message>
    <message>
        <source>%1: account role %2 → %3</source>
        <translation>%1: accountrol %2 → %3</translation>
    </message>
    <message>
        <source>New production %1</source>
        <translation>Nieuwe productie %1</translation>
    </message>
    <message>
        <source>Production %1 removed</source>
        <translation>Productie %1 verwijderd</translation>
    </message>
    <message>
        <source>Production %1 renamed to %2</source>
        <translation>Productie %1 hernoemd naar %2</translation>
    </message>
    <message>
        <source>%1 joins the team of %2 as %3</source>
        <translation>%1 komt als %3 in het team van %2</translation>
    </message>
    <message>
        <source>%1 leaves the team of %2 (was %3)</source>
        <translation>%1 verlaat het team van %2 (was %3)</translation>
    </message>
    <message>
        <source>%1 in %2: %3 → %4</source>
        <translation>%1 in %2: %3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more changes to members, productions and seats.</source>
        <translation>
            <numerusform>… en nog %n wijziging aan leden, producties en teamplaatsen.</numerusform>
            <numerusform>… en nog %n wijzigingen aan leden, producties en teamplaatsen.</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>van %1 tot %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>%1 in %2 as %3: %4 → %5</source>
        <translation>%1 in %2 als %3: %4 → %5</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>geen datums</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>zonder einde</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>%1: account role %2, end %3 → %4</source>
        <translation>%1: accountrol %2, einde %3 → %4</translation>
    </message>
    <message>
        <source>%1 joins the team of %2 as %3, %4</source>
        <translation>%1 komt in het team van %2 als %3, %4</translation>
    </message>
    <message>
        <source>%1 wraps: %2 → %3</source>
        <translation>Afsluiting van %1: %2 → %3</translation>
    </message>
    <message>
        <source>no wrap date</source>
        <translation>geen afsluitdatum</translation>
    </message>
</context>
<context>
    <name>rs::approval</name>
    <message>
        <source>pending</source>
        <translation>openstaand</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>toegepast</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>A request&apos;s state is pending, approved, applied, denied, withdrawn or expired, not %1.</source>
        <translation>De status van een verzoek is pending, approved, applied, denied, withdrawn of expired, niet %1.</translation>
    </message>
    <message>
        <source>Nobody approves or denies their own request.</source>
        <translation>Niemand keurt het eigen verzoek goed of af.</translation>
    </message>
    <message>
        <source>Only the owner, Admins and the approvers the policy names approve requests.</source>
        <translation>Alleen de eigenaar, Admins en de goedkeurders die het beleid noemt, keuren verzoeken goed.</translation>
    </message>
    <message>
        <source>The request changes your own access; another approver decides it.</source>
        <translation>Het verzoek wijzigt uw eigen toegang; een andere goedkeurder beslist.</translation>
    </message>
</context>
<context>
    <name>rs::cli</name>
    <message>
        <source>Production %1 has no role named %2.</source>
        <translation>Productie %1 heeft geen rol met de naam %2.</translation>
    </message>
    <message>
        <source>There is no account role or template named %1; production roles need --production.</source>
        <translation>Er is geen accountrol of sjabloon met de naam %1; productierollen hebben --production nodig.</translation>
    </message>
    <message>
        <source>There is no account role named %1.</source>
        <translation>Er is geen accountrol met de naam %1.</translation>
    </message>
    <message>
        <source>There is no member named %1.</source>
        <translation>Er is geen lid met de naam %1.</translation>
    </message>
    <message>
        <source>There is no production named %1.</source>
        <translation>Er is geen productie met de naam %1.</translation>
    </message>
    <message>
        <source>There is no feature named %1.</source>
        <translation>Er is geen functie met de naam %1.</translation>
    </message>
    <message>
        <source>The output cannot be written.</source>
        <translation>De uitvoer kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli [--db PATH] COMMAND [ARGUMENTS]

Commands:
</source>
        <translation>Gebruik: rolesheet-cli [--db PAD] COMMANDO [ARGUMENTEN]

Commando’s:
</translation>
    </message>
    <message>
        <source>
LEVELS is none or a comma list of view, add, edit, delete.
Exit status: 0 done, 1 denied (check), 2 refused or bad input.
</source>
        <translation>
LEVELS is none of een lijst met komma’s van view, add, edit, delete.
Afsluitcode: 0 klaar, 1 geweigerd (check), 2 afgewezen of ongeldige invoer.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Toont deze hulp.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Toont de versie.</translation>
    </message>
    <message>
        <source>The workspace: a .rolesheet file or a postgresql:// address.</source>
        <translation>De werkruimte: een .rolesheet-bestand of een postgresql://-adres.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PAD</translation>
    </message>
    <message>
        <source>The production a production role belongs to.</source>
        <translation>De productie waartoe een productierol behoort.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAAT</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Het bestand dat wordt geschreven.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation>De map waarin wordt geschreven.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>Copy the new role from this template.</source>
        <translation>Kopieert de nieuwe rol van dit sjabloon.</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>SJABLOON</translation>
    </message>
    <message>
        <source>The new role is an account role.</source>
        <translation>De nieuwe rol is een accountrol.</translation>
    </message>
    <message>
        <source>The member who creates the production.</source>
        <translation>Het lid dat de productie aanmaakt.</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>LID</translation>
    </message>
    <message>
        <source>The production role to invite with.</source>
        <translation>De productierol waarmee wordt uitgenodigd.</translation>
    </message>
    <message>
        <source>The new member&apos;s account role.</source>
        <translation>De accountrol van het nieuwe lid.</translation>
    </message>
    <message>
        <source>Check every request of a file (- for standard input).</source>
        <translation>Controleert elke aanvraag uit een bestand (- voor standaardinvoer).</translation>
    </message>
    <message>
        <source>The owner&apos;s name in a new workspace.</source>
        <translation>De naam van de eigenaar in een nieuwe werkruimte.</translation>
    </message>
    <message>
        <source>The studio&apos;s name in a new workspace.</source>
        <translation>De naam van de studio in een nieuwe werkruimte.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli %1</source>
        <translation>Gebruik: rolesheet-cli %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see rolesheet-cli --help.</source>
        <translation>Onbekend commando ‘%1’; zie rolesheet-cli --help.</translation>
    </message>
    <message>
        <source>no account role</source>
        <translation>geen accountrol</translation>
    </message>
    <message>
        <source>team: %1</source>
        <translation>team: %1</translation>
    </message>
    <message>
        <source>Added member %1.</source>
        <translation>Lid %1 toegevoegd.</translation>
    </message>
    <message>
        <source>%1 now holds %2.</source>
        <translation>%1 heeft nu %2.</translation>
    </message>
    <message>
        <source>%1 is now the Admin &amp; owner; %2 is an Admin.</source>
        <translation>%1 is nu Admin &amp; eigenaar; %2 is Admin.</translation>
    </message>
    <message>
        <source>Name the member who creates the production with --by MEMBER.</source>
        <translation>Geef met --by LID het lid op dat de productie aanmaakt.</translation>
    </message>
    <message>
        <source>Created production %1.</source>
        <translation>Productie %1 aangemaakt.</translation>
    </message>
    <message>
        <source>%1 joins %2 as %3.</source>
        <translation>%1 komt bij %2 als %3.</translation>
    </message>
    <message>
        <source>template</source>
        <translation>sjabloon</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>ingebouwd</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>eigen</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>production</source>
        <translation>productie</translation>
    </message>
    <message>
        <source>member</source>
        <translation>lid</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>werkruimte</translation>
    </message>
    <message>
        <source>Created %1 with the default catalog, the built-in roles and the Production template.</source>
        <translation>%1 aangemaakt met de standaardcatalogus, de ingebouwde rollen en het sjabloon Productie.</translation>
    </message>
    <message>
        <source>holders: %1</source>
        <translation>houders: %1</translation>
    </message>
    <message>
        <source>Guardrails: no %1 features</source>
        <translation>Vangrails: geen functies voor %1</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaus</translation>
    </message>
    <message>
        <source> (without View)</source>
        <translation> (zonder Bekijken)</translation>
    </message>
    <message>
        <source>%1 now holds %2 on %3.</source>
        <translation>%1 heeft nu %2 voor %3.</translation>
    </message>
    <message>
        <source>Say where the role lives: --account or --production NAME.</source>
        <translation>Zeg waar de rol thuishoort: --account of --production NAAM.</translation>
    </message>
    <message>
        <source>Copy from a role or from a template, not both.</source>
        <translation>Kopieer van een rol of van een sjabloon, niet van allebei.</translation>
    </message>
    <message>
        <source>There is no template named %1.</source>
        <translation>Er is geen sjabloon met de naam %1.</translation>
    </message>
    <message>
        <source>There is no role named %1 to copy from.</source>
        <translation>Er is geen rol met de naam %1 om van te kopiëren.</translation>
    </message>
    <message>
        <source>Created role %1.</source>
        <translation>Rol %1 aangemaakt.</translation>
    </message>
    <message>
        <source>Deleted role %1.</source>
        <translation>Rol %1 verwijderd.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Line %1: expected MEMBER, PRODUCTION, FEATURE and LEVEL separated by tabs.</source>
        <translation>Regel %1: verwacht LID, PRODUCTIE, FUNCTIE en NIVEAU, gescheiden door tabs.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>check --batch takes its requests from the file, not from arguments.</source>
        <translation>check --batch haalt de aanvragen uit het bestand, niet uit argumenten.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli check MEMBER PRODUCTION FEATURE LEVEL</source>
        <translation>Gebruik: rolesheet-cli check LID PRODUCTIE FUNCTIE NIVEAU</translation>
    </message>
    <message>
        <source>denied: %1 may not %2 %3 in %4; no role grants it.</source>
        <translation>geweigerd: %1 mag %3 in %4 niet %2; geen enkele rol geeft dat.</translation>
    </message>
    <message>
        <source>%1 may %2 %3 in %4</source>
        <translation>%1 mag %3 in %4 %2</translation>
    </message>
    <message>
        <source>%1 (production role in %2)</source>
        <translation>%1 (productierol in %2)</translation>
    </message>
    <message>
        <source>%1 (account role)</source>
        <translation>%1 (accountrol)</translation>
    </message>
    <message>
        <source>allowed: %1, granted by %2.</source>
        <translation>toegestaan: %1, toegekend door %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>De map %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source> matrix</source>
        <translation> matrix</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli export-workspace -o FILE.json</source>
        <translation>Gebruik: rolesheet-cli export-workspace -o BESTAND.json</translation>
    </message>
    <message>
        <source>Imported workspace %1.</source>
        <translation>Werkruimte %1 geïmporteerd.</translation>
    </message>
    <message>
        <source>Imported role %1.</source>
        <translation>Rol %1 geïmporteerd.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli casbin --out DIR</source>
        <translation>Gebruik: rolesheet-cli casbin --out MAP</translation>
    </message>
    <message>
        <source>No command given; see rolesheet-cli --help.</source>
        <translation>Geen commando opgegeven; zie rolesheet-cli --help.</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as 2026-01-31.</source>
        <translation>%1 is geen datum; schrijf het als 2026-01-31.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit entries to %1.</source>
        <translation>
            <numerusform>%n auditregel naar %1 geschreven.</numerusform>
            <numerusform>%n auditregels naar %1 geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit: changes touching or made by a member.</source>
        <translation>Audit: wijzigingen die een lid raken of door dat lid zijn gedaan.</translation>
    </message>
    <message>
        <source>Audit: changes since this date.</source>
        <translation>Audit: wijzigingen sinds deze datum.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>The member on whose behalf changes are made, for the audit trail.</source>
        <translation>Het lid in wiens naam de wijzigingen gebeuren, voor het auditlogboek.</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail whole: %n records, last hash %1</source>
        <translation>
            <numerusform>Auditlogboek intact: %n record, laatste hash %1</numerusform>
            <numerusform>Auditlogboek intact: %n records, laatste hash %1</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1 breaks a rule: %2 It can only be read; save its data with &quot;rolesheet-cli export-workspace -o FILE.json&quot;.</source>
        <translation>waarschuwing: %1 overtreedt een regel: %2 Het kan alleen worden gelezen; bewaar de gegevens met ‘rolesheet-cli export-workspace -o FILE.json’.</translation>
    </message>
    <message>
        <source>Add --force to replace existing files.</source>
        <translation>Voeg --force toe om bestaande bestanden te vervangen.</translation>
    </message>
    <message>
        <source>Replace files that are already there (never a symbolic link).</source>
        <translation>Vervangt bestanden die er al zijn (nooit een symbolische link).</translation>
    </message>
    <message>
        <source>Audit: check that the trail&apos;s hash chain is whole.</source>
        <translation>Audit: controleert of de hashketen van het logboek intact is.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n changes not applied.</source>
        <translation>
            <numerusform>Proefdraai: %n wijziging niet toegepast.</numerusform>
            <numerusform>Proefdraai: %n wijzigingen niet toegepast.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n changes.</source>
        <translation>
            <numerusform>%n wijziging toegepast.</numerusform>
            <numerusform>%n wijzigingen toegepast.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import: list the changes a file makes without applying them.</source>
        <translation>Import: toont de wijzigingen die een bestand maakt zonder ze toe te passen.</translation>
    </message>
    <message>
        <source>Give --from DATE, --until DATE or both (none clears).</source>
        <translation>Geef --from DATUM, --until DATUM of allebei op (none wist ze).</translation>
    </message>
    <message>
        <source>--within takes a number of days from 0 to 36600.</source>
        <translation>--within verwacht een aantal dagen van 0 tot en met 36600.</translation>
    </message>
    <message>
        <source>(account role)</source>
        <translation>(accountrol)</translation>
    </message>
    <message>
        <source>Nothing has ended; nothing was removed.</source>
        <translation>Er is niets geëindigd; er is niets verwijderd.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n ended seats</source>
        <translation>
            <numerusform>Verwijderd: %n geëindigde teamplaats</numerusform>
            <numerusform>Verwijderd: %n geëindigde teamplaatsen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n ended account roles.</source>
        <translation>
            <numerusform> en %n geëindigde accountrol.</numerusform>
            <numerusform> en %n geëindigde accountrollen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Other editors kept changing the workspace; nothing was removed. Run sweep again.</source>
        <translation>Andere editors bleven de werkruimte wijzigen; er is niets verwijderd. Voer sweep opnieuw uit.</translation>
    </message>
    <message>
        <source>%1 is not a workspace version: give the version the audit trail shows for the import.</source>
        <translation>%1 is geen versie van de werkruimte: geef de versie op die het auditlogboek voor de import toont.</translation>
    </message>
    <message numerus="yes">
        <source>Import of version %1 reverted: the workspace is %2 again; %n later changes were undone with it.</source>
        <translation>
            <numerusform>Import van versie %1 teruggedraaid: de werkruimte is weer %2; %n latere wijziging is mee ongedaan gemaakt.</numerusform>
            <numerusform>Import van versie %1 teruggedraaid: de werkruimte is weer %2; %n latere wijzigingen zijn mee ongedaan gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 now holds %2 until %3.</source>
        <translation>%1 heeft nu %2 tot %3.</translation>
    </message>
    <message>
        <source>%1 joins %2 as %3 until %4.</source>
        <translation>%1 komt als %3 bij %2 tot %4.</translation>
    </message>
    <message>
        <source>A review covers the whole studio, one production (--production) or one role (--role), not both.</source>
        <translation>Een beoordeling omvat de hele studio, één productie (--production) of één rol (--role), niet allebei.</translation>
    </message>
    <message>
        <source>There is no role named %1.</source>
        <translation>Er is geen rol met de naam %1.</translation>
    </message>
    <message>
        <source>A due date is written as YYYY-MM-DD.</source>
        <translation>Een uiterste datum schrijf je als YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>Started access review %1 of %2: %n items to decide.</source>
        <translation>
            <numerusform>Toegangsbeoordeling %1 van %2 gestart: over %n item te beslissen.</numerusform>
            <numerusform>Toegangsbeoordeling %1 van %2 gestart: over %n items te beslissen.</numerusform>
        </translation>
    </message>
    <message>
        <source>(access changed since the review started)</source>
        <translation>(toegang gewijzigd sinds de start van de beoordeling)</translation>
    </message>
    <message>
        <source>An item is given by its number, as `review items` lists it.</source>
        <translation>Een item geef je op met zijn nummer, zoals `review items` het toont.</translation>
    </message>
    <message>
        <source>A decision is keep, revoke or end DATE.</source>
        <translation>Een beslissing is keep, revoke of end DATUM.</translation>
    </message>
    <message>
        <source>End needs a date: end YYYY-MM-DD.</source>
        <translation>end heeft een datum nodig: end YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>An end date is written as YYYY-MM-DD.</source>
        <translation>Een einddatum schrijf je als YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Item %1: %2.</source>
        <translation>Item %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Closed access review %1 at workspace version %2: %n revoked</source>
        <translation>
            <numerusform>Toegangsbeoordeling %1 afgesloten bij werkruimteversie %2: %n ingetrokken</numerusform>
            <numerusform>Toegangsbeoordeling %1 afgesloten bij werkruimteversie %2: %n ingetrokken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items not applied because their access changed after the review started</source>
        <translation>
            <numerusform>%n item niet toegepast omdat de toegang ervan veranderde nadat de beoordeling begon</numerusform>
            <numerusform>%n items niet toegepast omdat hun toegang veranderde nadat de beoordeling begon</numerusform>
        </translation>
    </message>
    <message>
        <source>Access review %1 is still open; its evidence is written once it is closed.</source>
        <translation>Toegangsbeoordeling %1 is nog open; het bewijs wordt geschreven zodra ze is afgesloten.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschreven.</translation>
    </message>
    <message>
        <source>denied: %1 may not %2 %3 in %4; %5</source>
        <translation>geweigerd: %1 mag %3 in %4 niet %2; %5</translation>
    </message>
    <message>
        <source>Copy the new role from this role; for a seat, when it starts (YYYY-MM-DD or none).</source>
        <translation>Kopieert de nieuwe rol van deze rol; bij een plaats: wanneer die begint (YYYY-MM-DD of none).</translation>
    </message>
    <message>
        <source>ROLE|DATE</source>
        <translation>ROL|DATUM</translation>
    </message>
    <message>
        <source>When access ends: YYYY-MM-DD (the end of that day), a date-time, or none.</source>
        <translation>Wanneer de toegang eindigt: YYYY-MM-DD (het einde van die dag), een datum met tijd, of none.</translation>
    </message>
    <message>
        <source>The moment to answer for (default: now).</source>
        <translation>Het tijdstip waarvoor wordt geantwoord (standaard: nu).</translation>
    </message>
    <message>
        <source>DATE-TIME</source>
        <translation>DATUM-TIJD</translation>
    </message>
    <message>
        <source>Expiring: the days ahead to look (default: 14).</source>
        <translation>Verlopend: hoeveel dagen vooruit wordt gekeken (standaard: 14).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAGEN</translation>
    </message>
    <message>
        <source>Review: a member who reviews (repeatable).</source>
        <translation>Beoordeling: een lid dat beoordeelt (herhaalbaar).</translation>
    </message>
    <message>
        <source>Review: the date the review is due.</source>
        <translation>Beoordeling: de datum waarop de beoordeling af moet zijn.</translation>
    </message>
    <message>
        <source>Review: only the access that changed since the last closed review of the same scope.</source>
        <translation>Beoordeling: alleen de toegang die veranderd is sinds de laatste afgesloten beoordeling met hetzelfde bereik.</translation>
    </message>
    <message>
        <source>Review: only the undecided items.</source>
        <translation>Beoordeling: alleen de onbesliste items.</translation>
    </message>
    <message>
        <source>Review: a comment on the decision.</source>
        <translation>Beoordeling: een opmerking bij de beslissing.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>%1 matches access review %2, whose stored records agree with the audit trail (evidence SHA-256 %3).</source>
        <translation>%1 komt overeen met toegangsbeoordeling %2, waarvan de opgeslagen gegevens kloppen met het auditlogboek (SHA-256 van het bewijs %3).</translation>
    </message>
    <message>
        <source>Not enough memory to finish the command: it stopped, and a change it had not finished was not kept.</source>
        <translation>Niet genoeg geheugen om het commando af te ronden: het is gestopt, en een wijziging die het nog niet had afgerond, is niet bewaard.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli cedar --out DIR</source>
        <translation>Gebruik: rolesheet-cli cedar --out MAP</translation>
    </message>
    <message>
        <source>cedar takes no --at: its policies answer at every moment, given the moment as context.now.</source>
        <translation>cedar neemt geen --at: het beleid antwoordt op elk moment, gegeven als context.now.</translation>
    </message>
    <message>
        <source>The audit trail is printed as text, csv or xlsx.</source>
        <translation>Het auditlogboek wordt als tekst, csv of xlsx uitgevoerd.</translation>
    </message>
    <message>
        <source>Write the audit trail as xlsx with -o FILE.</source>
        <translation>Schrijf het auditlogboek als xlsx met -o BESTAND.</translation>
    </message>
    <message>
        <source>Choose a format with --format csv|xlsx|json|md|html|pdf.</source>
        <translation>Kies een formaat met --format csv|xlsx|json|md|html|pdf.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli export-all --format csv|xlsx|json|md|html|pdf|matrix-csv|matrix-xlsx --out DIR</source>
        <translation>Gebruik: rolesheet-cli export-all --format csv|xlsx|json|md|html|pdf|matrix-csv|matrix-xlsx --out MAP</translation>
    </message>
    <message>
        <source>Export an access review with --format pdf, csv or xlsx and -o FILE.</source>
        <translation>Exporteer een toegangsbeoordeling met --format pdf, csv of xlsx en -o BESTAND.</translation>
    </message>
    <message>
        <source>Export format: csv, xlsx, json, md, html or pdf.</source>
        <translation>Exportformaat: csv, xlsx, json, md, html of pdf.</translation>
    </message>
    <message>
        <source>Decide many items either from a file (--from FILE.csv) or all undecided ones (--all-undecided keep|revoke), not both.</source>
        <translation>Beslis over veel items vanuit een bestand (--from BESTAND.csv) of over alle onbesliste (--all-undecided keep|revoke), niet allebei.</translation>
    </message>
    <message>
        <source>Access review %1 is closed; its decisions can no longer change.</source>
        <translation>Toegangsbeoordeling %1 is gesloten; de beslissingen kunnen niet meer veranderen.</translation>
    </message>
    <message>
        <source>--all-undecided takes keep or revoke.</source>
        <translation>--all-undecided neemt keep of revoke.</translation>
    </message>
    <message numerus="yes">
        <source>Would record %n decisions; nothing was changed.</source>
        <translation>
            <numerusform>Zou %n beslissing vastleggen; er is niets gewijzigd.</numerusform>
            <numerusform>Zou %n beslissingen vastleggen; er is niets gewijzigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n decisions in access review %1.</source>
        <translation>
            <numerusform>%n beslissing vastgelegd in toegangsbeoordeling %1.</numerusform>
            <numerusform>%n beslissingen vastgelegd in toegangsbeoordeling %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review: decide every undecided item (of --production, --role) at once: keep or revoke.</source>
        <translation>Beoordeling: elk onbeslist item (van --production, --role) in één keer beslissen: keep of revoke.</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>BESLISSING</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli review start NAME [--production P | --role R] [--reviewer MEMBER]… [--due DATE] [--delta] | items NAME [--undecided] | decide NAME ITEM keep|revoke|end DATE [--comment TEXT] | decide NAME --from FILE.csv|FILE.xlsx [--dry-run] | decide NAME --all-undecided keep|revoke [--production P] [--role R] [--comment TEXT] [--dry-run] | reviewers NAME [--reviewer MEMBER]… | close NAME | export NAME --format pdf|csv|xlsx -o FILE | verify NAME FILE.csv</source>
        <translation>Gebruik: rolesheet-cli review start NAAM [--production P | --role R] [--reviewer LID]… [--due DATUM] [--delta] | items NAAM [--undecided] | decide NAAM ITEM keep|revoke|end DATUM [--comment TEKST] | decide NAAM --from BESTAND.csv|BESTAND.xlsx [--dry-run] | decide NAAM --all-undecided keep|revoke [--production P] [--role R] [--comment TEKST] [--dry-run] | reviewers NAAM [--reviewer LID]… | close NAAM | export NAAM --format pdf|csv|xlsx -o BESTAND | verify NAAM BESTAND.csv</translation>
    </message>
    <message>
        <source>--production names the production of a --role.</source>
        <translation>--production noemt de productie van een --role.</translation>
    </message>
    <message>
        <source>Give one --production for every --role, or one for them all.</source>
        <translation>Geef één --production per --role, of één voor allemaal.</translation>
    </message>
    <message>
        <source>No role named %1 is linked to %2.</source>
        <translation>Geen rol met de naam %1 is gekoppeld aan %2.</translation>
    </message>
    <message>
        <source>--prefer takes template or local.</source>
        <translation>--prefer neemt template of local.</translation>
    </message>
    <message>
        <source>%1: %2: conflict: the template has %3, the role %4.</source>
        <translation>%1: %2: conflict: het sjabloon heeft %3, de rol %4.</translation>
    </message>
    <message>
        <source>%1: %2: the template&apos;s %3 not taken: %4</source>
        <translation>%1: %2: %3 van het sjabloon niet overgenomen: %4</translation>
    </message>
    <message>
        <source>%1: %2: %3 → %4</source>
        <translation>%1: %2: %3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): choose --prefer template or --prefer local.</source>
        <translation>
            <numerusform>%n conflict: kies --prefer template of --prefer local.</numerusform>
            <numerusform>%n conflicten: kies --prefer template of --prefer local.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would bring %n role(s) in step with %1; nothing changed.</source>
        <translation>
            <numerusform>Zou %n rol bijwerken naar %1; niets gewijzigd.</numerusform>
            <numerusform>Zou %n rollen bijwerken naar %1; niets gewijzigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought %n role(s) in step with %1.</source>
        <translation>
            <numerusform>%n rol bijgewerkt naar %1.</numerusform>
            <numerusform>%n rollen bijgewerkt naar %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) changed.</source>
        <translation>
            <numerusform>%n cel gewijzigd.</numerusform>
            <numerusform>%n cellen gewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <source>template takes status or propagate, not %1.</source>
        <translation>template neemt status of propagate, niet %1.</translation>
    </message>
    <message>
        <source>A link follows its template or is pinned, not both.</source>
        <translation>Een koppeling volgt zijn sjabloon of is vastgezet, niet allebei.</translation>
    </message>
    <message>
        <source>--follow and --pinned link a role made --template T.</source>
        <translation>--follow en --pinned koppelen een rol gemaakt met --template T.</translation>
    </message>
    <message>
        <source>Give both sides with --left CELLS and --right CELLS, or name a suggested rule (see &quot;duty list&quot;).</source>
        <translation>Geef beide kanten met --left CELLEN en --right CELLEN, of noem een voorgestelde regel (zie ‘duty list’).</translation>
    </message>
    <message>
        <source>A duty rule needs both --left CELLS and --right CELLS.</source>
        <translation>Een regel voor functiescheiding heeft zowel --left CELLEN als --right CELLEN nodig.</translation>
    </message>
    <message>
        <source>Choose one of --any and --all.</source>
        <translation>Kies één van --any en --all.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli duty add NAME --left CELLS --right CELLS</source>
        <translation>Gebruik: rolesheet-cli duty add NAAM --left CELLEN --right CELLEN</translation>
    </message>
    <message>
        <source>Added duty rule %1: %2 against %3 (%4, %5).</source>
        <translation>Regel voor functiescheiding %1 toegevoegd: %2 tegenover %3 (%4, %5).</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <source>suggested, off</source>
        <translation>voorgesteld, uit</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>uitzondering</translation>
    </message>
    <message>
        <source>granted by %1</source>
        <translation>verleend door %1</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>vast</translation>
    </message>
    <message>
        <source>holds every cell by design (Admin &amp; owner or Admin)</source>
        <translation>heeft elke cel per definitie (Admin &amp; eigenaar of Admin)</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli duty remove NAME</source>
        <translation>Gebruik: rolesheet-cli duty remove NAAM</translation>
    </message>
    <message>
        <source>Removed duty rule %1.</source>
        <translation>Regel voor functiescheiding %1 verwijderd.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli duty check [--at DATE-TIME]</source>
        <translation>Gebruik: rolesheet-cli duty check [--at DATUM-TIJD]</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (vanaf %1)</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli duty except MEMBER RULE --reason TEXT --until DATE --as MEMBER</source>
        <translation>Gebruik: rolesheet-cli duty except LID REGEL --reason TEKST --until DATUM --as LID</translation>
    </message>
    <message>
        <source>Name the member who grants the exception with --as MEMBER.</source>
        <translation>Noem het lid dat de uitzondering verleent met --as LID.</translation>
    </message>
    <message>
        <source>%1 may hold both sides of %2 until %3.</source>
        <translation>%1 mag tot %3 beide kanten van %2 hebben.</translation>
    </message>
    <message>
        <source>Unknown duty command %1: use add, list, remove, check or except.</source>
        <translation>Onbekende duty-opdracht %1: gebruik add, list, remove, check of except.</translation>
    </message>
    <message>
        <source>Unknown format %1 for who: use text, csv or pdf.</source>
        <translation>Onbekende indeling %1 voor who: gebruik text, csv of pdf.</translation>
    </message>
    <message>
        <source>A PDF goes to a file: give it with -o FILE.</source>
        <translation>Een pdf gaat naar een bestand: geef het met -o BESTAND.</translation>
    </message>
    <message>
        <source>Who can %1 %2</source>
        <translation>Wie mag %1 %2</translation>
    </message>
    <message>
        <source>Duty rule: one side, as Feature:level,Feature:level.</source>
        <translation>Regel voor functiescheiding: de ene kant, als Functie:niveau,Functie:niveau.</translation>
    </message>
    <message>
        <source>CELLS</source>
        <translation>CELLEN</translation>
    </message>
    <message>
        <source>Duty rule: the other side, as Feature:level,Feature:level.</source>
        <translation>Regel voor functiescheiding: de andere kant, als Functie:niveau,Functie:niveau.</translation>
    </message>
    <message>
        <source>Duty rule: a side is held with any one of its cells (default).</source>
        <translation>Regel voor functiescheiding: een kant geldt met één van zijn cellen (standaard).</translation>
    </message>
    <message>
        <source>Duty rule: a side is held only with all of its cells.</source>
        <translation>Regel voor functiescheiding: een kant geldt alleen met al zijn cellen.</translation>
    </message>
    <message>
        <source>Duty rule: where both sides must be held: production (default), studio or account.</source>
        <translation>Regel voor functiescheiding: waar beide kanten moeten gelden: production (standaard), studio of account.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>BEREIK</translation>
    </message>
    <message>
        <source>Duty rule: block (default) refuses a change, warn reports it.</source>
        <translation>Regel voor functiescheiding: block (standaard) weigert een wijziging, warn meldt haar.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>ERNST</translation>
    </message>
    <message>
        <source>Duty exception: why the member may hold both sides.</source>
        <translation>Uitzondering: waarom het lid beide kanten mag hebben.</translation>
    </message>
    <message>
        <source>Duty rule: why it matters.</source>
        <translation>Regel voor functiescheiding: waarom ze ertoe doet.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Changes that need approval: %1</source>
        <translation>Wijzigingen die goedkeuring nodig hebben: %1</translation>
    </message>
    <message>
        <source>Approvals needed: %1</source>
        <translation>Benodigde goedkeuringen: %1</translation>
    </message>
    <message>
        <source>Approvers: the owner, Admins and %1</source>
        <translation>Goedkeurders: de eigenaar, Admins en %1</translation>
    </message>
    <message>
        <source>Approval window: %1 days; apply window: %2 days</source>
        <translation>Goedkeuringstermijn: %1 dagen; toepassingstermijn: %2 dagen</translation>
    </message>
    <message>
        <source>Client-controlled productions: %1</source>
        <translation>Producties beheerd door de klant: %1</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>--%1 neemt een getal van %2 tot %3.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli approval-policy show | approval-policy set [--changes none|sensitive|all] [--approvals N] [--approver MEMBER]… [--approval-days D] [--apply-days D]</source>
        <translation>Gebruik: rolesheet-cli approval-policy show | approval-policy set [--changes none|sensitive|all] [--approvals N] [--approver LID]… [--approval-days D] [--apply-days D]</translation>
    </message>
    <message>
        <source>Say yes or no: set-production-client-controlled PRODUCTION yes|no</source>
        <translation>Zeg yes of no: set-production-client-controlled PRODUCTIE yes|no</translation>
    </message>
    <message>
        <source> (break glass)</source>
        <translation> (noodingreep)</translation>
    </message>
    <message>
        <source>Request %1: %2, %3 of %4 approvals</source>
        <translation>Verzoek %1: %2, %3 van %4 goedkeuringen</translation>
    </message>
    <message>
        <source>Filed by %1 at %2: %3</source>
        <translation>Ingediend door %1 op %2: %3</translation>
    </message>
    <message>
        <source>Made on workspace version %1; SHA-256 %2</source>
        <translation>Gemaakt op versie %1 van de werkruimte; SHA-256 %2</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Wijzigingen:</translation>
    </message>
    <message>
        <source>Members whose access changes: %1</source>
        <translation>Leden van wie de toegang wijzigt: %1</translation>
    </message>
    <message>
        <source>approved by %1 at %2</source>
        <translation>goedgekeurd door %1 op %2</translation>
    </message>
    <message>
        <source>denied by %1 at %2</source>
        <translation>afgewezen door %1 op %2</translation>
    </message>
    <message>
        <source> (counts)</source>
        <translation> (telt)</translation>
    </message>
    <message>
        <source> (does not count)</source>
        <translation> (telt niet)</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli request show|approve|deny|withdraw|apply|rebase|export N</source>
        <translation>Gebruik: rolesheet-cli request show|approve|deny|withdraw|apply|rebase|export N</translation>
    </message>
    <message>
        <source>%1 is not a request number.</source>
        <translation>%1 is geen verzoeknummer.</translation>
    </message>
    <message>
        <source>Approved request %1.</source>
        <translation>Verzoek %1 goedgekeurd.</translation>
    </message>
    <message>
        <source>Denied request %1.</source>
        <translation>Verzoek %1 afgewezen.</translation>
    </message>
    <message>
        <source>Withdrew request %1.</source>
        <translation>Verzoek %1 ingetrokken.</translation>
    </message>
    <message>
        <source>Applied request %1.</source>
        <translation>Verzoek %1 toegepast.</translation>
    </message>
    <message>
        <source>Request %1 is made again on the workspace as it is now and needs its approvals again.</source>
        <translation>Verzoek %1 is opnieuw gemaakt op de werkruimte zoals die nu is en heeft opnieuw goedkeuringen nodig.</translation>
    </message>
    <message>
        <source>Wrote the evidence of request %1 to %2.</source>
        <translation>Bewijs van verzoek %1 geschreven naar %2.</translation>
    </message>
    <message>
        <source>%1 needs approval under the workspace&apos;s approval policy; add --request REASON to file it as a request. Nothing was changed.</source>
        <translation>%1 heeft goedkeuring nodig volgens het goedkeuringsbeleid van de werkruimte; voeg --request REDEN toe om het als verzoek in te dienen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Applied by break glass as request %1; it is listed for approval after the fact.</source>
        <translation>Toegepast met een noodingreep als verzoek %1; het staat klaar voor goedkeuring achteraf.</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 waits for %n approval(s).</source>
        <translation>
            <numerusform>Verzoek %1 wacht op %n goedkeuring.</numerusform>
            <numerusform>Verzoek %1 wacht op %n goedkeuringen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link: the role takes its template&apos;s changes as they are applied.</source>
        <translation>Koppeling: de rol neemt de wijzigingen van zijn sjabloon over zodra ze worden toegepast.</translation>
    </message>
    <message>
        <source>Link: the role waits for a propagation (the default).</source>
        <translation>Koppeling: de rol wacht op een doorvoering (standaard).</translation>
    </message>
    <message>
        <source>Propagate: on a conflict take the template&apos;s levels or keep the role&apos;s.</source>
        <translation>Doorvoeren: bij een conflict de niveaus van het sjabloon nemen of die van de rol houden.</translation>
    </message>
    <message>
        <source>template|local</source>
        <translation>template|local</translation>
    </message>
    <message>
        <source>A change the approval policy gates is filed as a request with this reason.</source>
        <translation>Een wijziging die het goedkeuringsbeleid bewaakt, wordt met deze reden als verzoek ingediend.</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>REDEN</translation>
    </message>
    <message>
        <source>Owner only: apply a gated change at once with this reason; it is listed for approval after it.</source>
        <translation>Alleen de eigenaar: pas een bewaakte wijziging meteen toe met deze reden; ze staat daarna klaar voor goedkeuring.</translation>
    </message>
    <message>
        <source>Approval policy: which changes need approval (none, sensitive, all).</source>
        <translation>Goedkeuringsbeleid: welke wijzigingen goedkeuring nodig hebben (none, sensitive, all).</translation>
    </message>
    <message>
        <source>WHICH</source>
        <translation>WELKE</translation>
    </message>
    <message>
        <source>Approval policy: how many approvals a request needs (1-3).</source>
        <translation>Goedkeuringsbeleid: hoeveel goedkeuringen een verzoek nodig heeft (1-3).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Approval policy: a member who approves besides the owner and Admins (repeatable).</source>
        <translation>Goedkeuringsbeleid: een lid dat goedkeurt naast de eigenaar en Admins (herhaalbaar).</translation>
    </message>
    <message>
        <source>Approval policy: days a request waits for approval (default 7).</source>
        <translation>Goedkeuringsbeleid: dagen dat een verzoek op goedkeuring wacht (standaard 7).</translation>
    </message>
    <message>
        <source>Approval policy: days an approved request may be applied (default 2).</source>
        <translation>Goedkeuringsbeleid: dagen waarin een goedgekeurd verzoek mag worden toegepast (standaard 2).</translation>
    </message>
    <message>
        <source>Requests: only those in this state.</source>
        <translation>Verzoeken: alleen die in deze status.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli request export N --format pdf|csv -o FILE</source>
        <translation>Gebruik: rolesheet-cli request export N --format pdf|csv -o BESTAND</translation>
    </message>
    <message>
        <source>warning: applied, with a new conflict of a warn duty rule: %1</source>
        <translation>waarschuwing: toegepast, met een nieuw conflict met een waarschuwingsregel: %1</translation>
    </message>
    <message>
        <source>Approvers: the owner and Admins</source>
        <translation>Goedkeurders: de eigenaar en Admins</translation>
    </message>
</context>
<context>
    <name>rs::dates</name>
    <message>
        <source>%1 is not an instant (an ISO 8601 date-time with its offset).</source>
        <translation>%1 is geen tijdstip (een ISO 8601-datum met tijd en tijdzoneverschil).</translation>
    </message>
    <message>
        <source>%1 is not a date: use YYYY-MM-DD or an ISO 8601 date-time such as 2026-11-30T18:00.</source>
        <translation>%1 is geen datum: gebruik YYYY-MM-DD of een ISO 8601-datum met tijd zoals 2026-11-30T18:00.</translation>
    </message>
    <message>
        <source>A date lies outside %1 (UTC), the dates a workspace holds.</source>
        <translation>Een datum valt buiten %1 (UTC), de datums die een werkruimte kan bevatten.</translation>
    </message>
    <message>
        <source>%1 lies outside %2 (UTC), the dates a workspace holds.</source>
        <translation>%1 valt buiten %2 (UTC), de datums die een werkruimte kan bevatten.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gisteren</translation>
    </message>
    <message>
        <source>%1 is not a date: type 2026-12-24, %2, &quot;tomorrow&quot; or &quot;+14d&quot;.</source>
        <translation>%1 is geen datum: typ 2026-12-24, %2, ‘morgen’ of ‘+14d’.</translation>
    </message>
</context>
<context>
    <name>rs::duties</name>
    <message>
        <source>Unknown duty scope &quot;%1&quot;: use production, studio or account.</source>
        <translation>Onbekend bereik ‘%1’: gebruik production, studio of account.</translation>
    </message>
    <message>
        <source>Unknown severity &quot;%1&quot;: use block or warn.</source>
        <translation>Onbekende ernst ‘%1’: gebruik block of warn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cell: write Feature:level, for example &quot;Marketing:edit&quot;.</source>
        <translation>‘%1’ is geen cel: schrijf Functie:niveau, bijvoorbeeld ‘Marketing:edit’.</translation>
    </message>
    <message>
        <source>No feature named &quot;%1&quot;.</source>
        <translation>Geen functie met de naam ‘%1’.</translation>
    </message>
    <message>
        <source>Name at least one cell, as &quot;Feature:level,Feature:level&quot;.</source>
        <translation>Noem ten minste één cel, als ‘Functie:niveau,Functie:niveau’.</translation>
    </message>
    <message>
        <source>all of %1</source>
        <translation>alle van %1</translation>
    </message>
    <message>
        <source>any of %1</source>
        <translation>een van %1</translation>
    </message>
    <message>
        <source>duty rule</source>
        <translation>regel voor functiescheiding</translation>
    </message>
    <message>
        <source>A duty rule named &quot;%1&quot; exists already.</source>
        <translation>Er bestaat al een regel voor functiescheiding met de naam ‘%1’.</translation>
    </message>
    <message>
        <source>A duty rule needs cells on both sides.</source>
        <translation>Een regel voor functiescheiding heeft cellen aan beide kanten nodig.</translation>
    </message>
    <message>
        <source>The duty rule names a feature the catalog does not have.</source>
        <translation>De regel voor functiescheiding noemt een functie die de catalogus niet heeft.</translation>
    </message>
    <message>
        <source>%1 is on both sides of the rule: no one could hold one side without the other.</source>
        <translation>%1 staat aan beide kanten van de regel: niemand zou de ene kant kunnen hebben zonder de andere.</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>onderbouwing</translation>
    </message>
    <message>
        <source>The exception names a member the workspace does not have.</source>
        <translation>De uitzondering noemt een lid dat de werkruimte niet heeft.</translation>
    </message>
    <message>
        <source>No duty rule named &quot;%1&quot;.</source>
        <translation>Geen regel voor functiescheiding met de naam ‘%1’.</translation>
    </message>
    <message>
        <source>Say why the exception is granted with --reason TEXT.</source>
        <translation>Zeg met --reason TEKST waarom de uitzondering wordt verleend.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reden</translation>
    </message>
    <message>
        <source>Name the member who grants the exception with --as MEMBER.</source>
        <translation>Noem het lid dat de uitzondering verleent met --as LID.</translation>
    </message>
    <message>
        <source>%1 cannot grant an exception to themselves.</source>
        <translation>%1 kan zichzelf geen uitzondering verlenen.</translation>
    </message>
    <message>
        <source>Only the Admin &amp; owner or an Admin grants exceptions; %1 is neither.</source>
        <translation>Alleen de Admin &amp; eigenaar of een Admin verleent uitzonderingen; %1 is geen van beide.</translation>
    </message>
    <message>
        <source>An exception ends: give its last day with --until DATE.</source>
        <translation>Een uitzondering eindigt: geef de laatste dag met --until DATUM.</translation>
    </message>
    <message>
        <source>The exception would have ended already.</source>
        <translation>De uitzondering zou al afgelopen zijn.</translation>
    </message>
    <message>
        <source> (%1 – %2)</source>
        <translation> (%1 – %2)</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (vanaf %1)</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (tot %1)</translation>
    </message>
    <message>
        <source>account role %1</source>
        <translation>accountrol %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>van kracht</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>void: the conflict is gone</source>
        <translation>vervallen: het conflict is weg</translation>
    </message>
    <message>
        <source>%1: %2 (%3): %4 through %5; %6 through %7</source>
        <translation>%1: %2 (%3): %4 via %5; %6 via %7</translation>
    </message>
    <message>
        <source> [exception until %1, granted by %2]</source>
        <translation> [uitzondering tot %1, verleend door %2]</translation>
    </message>
    <message>
        <source>within one production</source>
        <translation>binnen één productie</translation>
    </message>
    <message>
        <source>across productions</source>
        <translation>over producties heen</translation>
    </message>
    <message>
        <source>through the account role</source>
        <translation>via de accountrol</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1: this role grants %2 on the left side and %3 on the right side.</source>
        <translation>%1: deze rol geeft %2 aan de linkerkant en %3 aan de rechterkant.</translation>
    </message>
    <message>
        <source>%1: this role grants %2 on the left side; the right side is %3.</source>
        <translation>%1: deze rol geeft %2 aan de linkerkant; de rechterkant is %3.</translation>
    </message>
    <message>
        <source>%1: this role grants %2 on the right side; the left side is %3.</source>
        <translation>%1: deze rol geeft %2 aan de rechterkant; de linkerkant is %3.</translation>
    </message>
    <message>
        <source>%1: left side (%2)</source>
        <translation>%1: linkerkant (%2)</translation>
    </message>
    <message>
        <source>%1: right side (%2)</source>
        <translation>%1: rechterkant (%2)</translation>
    </message>
</context>
<context>
    <name>rs::formats</name>
    <message>
        <source>The stored items of access review %1 no longer hash to %2, the SHA-256 recorded when it started: they were changed.</source>
        <translation>De opgeslagen items van toegangsbeoordeling %1 geven niet meer de hash %2, de SHA-256 die bij de start is vastgelegd: ze zijn gewijzigd.</translation>
    </message>
    <message>
        <source>The file does not match access review %1: line %2 differs from the stored campaign.</source>
        <translation>Het bestand komt niet overeen met toegangsbeoordeling %1: regel %2 wijkt af van de opgeslagen beoordeling.</translation>
    </message>
    <message>
        <source>Writing a PDF needs the graphical libraries to be started.</source>
        <translation>Om een PDF te schrijven moeten de grafische bibliotheken gestart zijn.</translation>
    </message>
    <message>
        <source>Access review %1</source>
        <translation>Toegangsbeoordeling %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslist door</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>not applied: the access changed after the review started</source>
        <translation>niet toegepast: de toegang is veranderd na de start van de beoordeling</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>toegepast</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Werkruimte: %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Bereik: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Uiterste datum: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Reviewers: %1</source>
        <translation>Beoordelaars: %1</translation>
    </message>
    <message>
        <source>Started: %1 by %2, at workspace version %3</source>
        <translation>Gestart: %1 door %2, bij versie %3 van de werkruimte</translation>
    </message>
    <message>
        <source>Closed: %1 by %2; changes applied at workspace version %3</source>
        <translation>Afgesloten: %1 door %2; wijzigingen toegepast bij versie %3 van de werkruimte</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <source>SHA-256 of the %1 frozen items: %2</source>
        <translation>SHA-256 van de %1 vastgezette items: %2</translation>
    </message>
    <message>
        <source>Delta review: only the access that changed since %1</source>
        <translation>Deltabeoordeling: alleen de toegang die veranderd is sinds %1</translation>
    </message>
    <message>
        <source>A new page cannot be started.</source>
        <translation>Er kan geen nieuwe pagina worden begonnen.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>What it grants, feature by feature</source>
        <translation>Wat het toekent, functie voor functie</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <source>We confirm that the access listed above was reviewed and the decisions recorded are ours.</source>
        <translation>Wij bevestigen dat de hierboven vermelde toegang is beoordeeld en dat de vastgelegde beslissingen de onze zijn.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The document cannot be finished.</source>
        <translation>Het document kan niet worden afgerond.</translation>
    </message>
    <message>
        <source>Reverted the import of version %1</source>
        <translation>Import van versie %1 teruggedraaid</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Het bestand kan niet worden gelezen: %1.</translation>
    </message>
    <message>
        <source>SHA-256 of the evidence (items, every decision, reviewers, outcomes and the close): %1</source>
        <translation>SHA-256 van het bewijs (items, elke beslissing, beoordelaars, uitkomsten en de afsluiting): %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>End on a date</source>
        <translation>Beëindigen op een datum</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Onbeslist</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle items</translation>
    </message>
    <message>
        <source>Account roles</source>
        <translation>Accountrollen</translation>
    </message>
    <message>
        <source>Production %1</source>
        <translation>Productie %1</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslissingen</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Vast</translation>
    </message>
    <message>
        <source>(the whole studio)</source>
        <translation>(de hele studio)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>De pdf kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>%1 — %2: %3 → %4</source>
        <translation>%1 — %2: %3 → %4</translation>
    </message>
    <message>
        <source>gains %1</source>
        <translation>krijgt %1</translation>
    </message>
    <message>
        <source>loses %1</source>
        <translation>verliest %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3 (%4)</source>
        <translation>%1 — %2: %3 (%4)</translation>
    </message>
    <message>
        <source>account-wide</source>
        <translation>hele account</translation>
    </message>
    <message>
        <source>Approval request %1</source>
        <translation>Goedkeuringsverzoek %1</translation>
    </message>
    <message>
        <source>State: %1; %2 of %3 approvals</source>
        <translation>Stand: %1; %2 van %3 goedkeuringen</translation>
    </message>
    <message>
        <source>Requested by %1 at %2</source>
        <translation>Aangevraagd door %1 op %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reden: %1</translation>
    </message>
    <message>
        <source>Made on workspace version %1 (revision %2)</source>
        <translation>Gemaakt op versie %1 van de werkruimte (herziening %2)</translation>
    </message>
    <message>
        <source>SHA-256 of the change set the approvals are bound to: %1</source>
        <translation>SHA-256 van de wijzigingen waaraan de goedkeuringen gebonden zijn: %1</translation>
    </message>
    <message>
        <source>Break glass: applied at once by the owner and listed for approval after the fact</source>
        <translation>Noodingreep: direct toegepast door de eigenaar en vermeld om achteraf goed te keuren</translation>
    </message>
    <message>
        <source>Applied by %1 at %2 as workspace version %3</source>
        <translation>Toegepast door %1 op %2 als versie %3 van de werkruimte</translation>
    </message>
    <message>
        <source>Withdrawn at %1</source>
        <translation>Ingetrokken op %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Member impact</source>
        <translation>Gevolgen voor leden</translation>
    </message>
    <message>
        <source>Nobody gains or loses access.</source>
        <translation>Niemand krijgt of verliest toegang.</translation>
    </message>
    <message>
        <source>Approvals and denials</source>
        <translation>Goedkeuringen en afwijzingen</translation>
    </message>
    <message>
        <source>Approved by %1 at %2</source>
        <translation>Goedgekeurd door %1 op %2</translation>
    </message>
    <message>
        <source>Denied by %1 at %2</source>
        <translation>Afgewezen door %1 op %2</translation>
    </message>
    <message>
        <source>(counts)</source>
        <translation>(telt)</translation>
    </message>
    <message>
        <source>(does not count)</source>
        <translation>(telt niet)</translation>
    </message>
    <message>
        <source>[login %1]</source>
        <translation>[aanmelding %1]</translation>
    </message>
    <message>
        <source>on SHA-256 %1</source>
        <translation>op SHA-256 %1</translation>
    </message>
    <message>
        <source>%1 — page %2</source>
        <translation>%1 — pagina %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>van %1 tot en met %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot en met %1</translation>
    </message>
    <message>
        <source>The evidence was not written.</source>
        <translation>Het bewijs is niet geschreven.</translation>
    </message>
</context>
<context>
    <name>rs::formats::CsvImport</name>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… en nog %n probleem.</numerusform>
            <numerusform>… en nog %n problemen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cell holds a NUL byte.</source>
        <translation>De cel bevat een NUL-byte.</translation>
    </message>
    <message>
        <source>The cell is not UTF-8 text.</source>
        <translation>De cel is geen UTF-8-tekst.</translation>
    </message>
    <message>
        <source>%1 is a formula: formulas are not read; type the value itself.</source>
        <translation>%1 is een formule: formules worden niet gelezen; typ de waarde zelf.</translation>
    </message>
    <message>
        <source>%1 is not a permission level: write None, or levels such as View / Edit.</source>
        <translation>%1 is geen rechtenniveau: schrijf Geen, of niveaus zoals Bekijken / Bewerken.</translation>
    </message>
    <message>
        <source>The file is larger than 64 MiB: no role sheet or matrix of a workspace is that large.</source>
        <translation>Het bestand is groter dan 64 MiB: geen rolblad of matrix van een werkruimte is zo groot.</translation>
    </message>
    <message>
        <source>A quotation mark opens this cell and is never closed.</source>
        <translation>Een aanhalingsteken opent deze cel en wordt nooit gesloten.</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 has more than %n columns, more than this workspace could fill.</source>
        <translation>
            <numerusform>Rij %1 heeft meer dan %n kolom, meer dan deze werkruimte zou kunnen vullen.</numerusform>
            <numerusform>Rij %1 heeft meer dan %n kolommen, meer dan deze werkruimte zou kunnen vullen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace has no feature %1.</source>
        <translation>De werkruimte heeft geen functie %1.</translation>
    </message>
    <message>
        <source>%1 has a row already: row %2.</source>
        <translation>%1 heeft al een rij: rij %2.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>A second Feature column: keep one.</source>
        <translation>Een tweede kolom Feature: houd er één.</translation>
    </message>
    <message>
        <source>The workspace has no role %1.</source>
        <translation>De werkruimte heeft geen rol %1.</translation>
    </message>
    <message>
        <source>Several roles are called %1: rename one first.</source>
        <translation>Meerdere rollen heten %1: hernoem er eerst één.</translation>
    </message>
    <message>
        <source>%1 has a column already: column %2.</source>
        <translation>%1 heeft al een kolom: kolom %2.</translation>
    </message>
    <message>
        <source>Row 1 has no column headed Feature.</source>
        <translation>Rij 1 heeft geen kolom met de kop Feature.</translation>
    </message>
    <message>
        <source>Row %1: the file has more rows than this workspace has features (%2).</source>
        <translation>Rij %1: het bestand heeft meer rijen dan deze werkruimte functies heeft (%2).</translation>
    </message>
    <message>
        <source>No feature named.</source>
        <translation>Geen functie opgegeven.</translation>
    </message>
    <message>
        <source>A second %1 column: keep one.</source>
        <translation>Een tweede kolom %1: houd er één.</translation>
    </message>
    <message>
        <source>Row 1 has no column headed Levels, View, Add, Edit or Delete.</source>
        <translation>Rij 1 heeft geen kolom met de kop Levels, View, Add, Edit of Delete.</translation>
    </message>
    <message>
        <source>%1 is neither yes nor empty.</source>
        <translation>%1 is noch ja noch leeg.</translation>
    </message>
    <message>
        <source>The Levels cell says %1 but the View, Add, Edit and Delete cells say %2: change one of them.</source>
        <translation>De cel Levels zegt %1, maar de cellen View, Add, Edit en Delete zeggen %2: verander er een van.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>The cell holds more than %L1 characters, more than a spreadsheet cell holds; nothing after it was read.</source>
        <translation>De cel bevat meer dan %L1 tekens, meer dan een spreadsheetcel kan bevatten; wat erna komt, is niet gelezen.</translation>
    </message>
    <message>
        <source>The file has more than %L1 rows, more than a spreadsheet holds; nothing after them was read.</source>
        <translation>Het bestand heeft meer dan %L1 rijen, meer dan een spreadsheet kan bevatten; wat erna komt, is niet gelezen.</translation>
    </message>
    <message>
        <source>The file changes %1 cells; one import changes at most %2: import it in parts, a few roles at a time.</source>
        <translation>Het bestand wijzigt %1 cellen; één import wijzigt er hoogstens %2: importeer het in delen, een paar rollen tegelijk.</translation>
    </message>
</context>
<context>
    <name>rs::formats::Export</name>
    <message>
        <source>Unknown format.</source>
        <translation>Onbekend formaat.</translation>
    </message>
    <message>
        <source>%1 [template]</source>
        <translation>%1 [sjabloon]</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>De map %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv, xlsx, json, md, html or pdf.</source>
        <translation>Onbekend formaat ‘%1’: gebruik csv, xlsx, json, md, html of pdf.</translation>
    </message>
</context>
<context>
    <name>rs::formats::Json</name>
    <message>
        <source>a workspace name can be at most 200 characters long.</source>
        <translation>de naam van een werkruimte mag hoogstens 200 tekens lang zijn.</translation>
    </message>
    <message>
        <source>id %1 is used twice.</source>
        <translation>id %1 wordt twee keer gebruikt.</translation>
    </message>
    <message>
        <source>section</source>
        <translation>sectie</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>functie</translation>
    </message>
    <message>
        <source>there is no section with id %1.</source>
        <translation>er is geen sectie met id %1.</translation>
    </message>
    <message>
        <source>production</source>
        <translation>productie</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>there is no production with id %1.</source>
        <translation>er is geen productie met id %1.</translation>
    </message>
    <message>
        <source>a built-in role has the wrong scope or is a template.</source>
        <translation>een ingebouwde rol heeft het verkeerde bereik of is een sjabloon.</translation>
    </message>
    <message>
        <source>there is no feature with id %1.</source>
        <translation>er is geen functie met id %1.</translation>
    </message>
    <message>
        <source>feature %1 is granted twice.</source>
        <translation>functie %1 wordt twee keer toegekend.</translation>
    </message>
    <message>
        <source>member</source>
        <translation>lid</translation>
    </message>
    <message>
        <source>there is no role with id %1.</source>
        <translation>er is geen rol met id %1.</translation>
    </message>
    <message>
        <source>there is no member with id %1.</source>
        <translation>er is geen lid met id %1.</translation>
    </message>
    <message>
        <source>the member has two seats in this production.</source>
        <translation>het lid heeft twee plaatsen in deze productie.</translation>
    </message>
    <message>
        <source>The imported workspace breaks a rule: %1</source>
        <translation>De geïmporteerde werkruimte overtreedt een regel: %1</translation>
    </message>
    <message>
        <source>this workspace has no feature named &quot;%1&quot;.</source>
        <translation>deze werkruimte heeft geen functie met de naam ‘%1’.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>‘%1’ staat er twee keer in.</translation>
    </message>
    <message>
        <source>a production role is imported into a production: name one.</source>
        <translation>een productierol wordt in een productie geïmporteerd: geef er een op.</translation>
    </message>
    <message>
        <source>only a production role can be imported into a production.</source>
        <translation>alleen een productierol kan in een productie worden geïmporteerd.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB and was not read.</source>
        <translation>Het bestand is groter dan %1 MiB en is niet gelezen.</translation>
    </message>
    <message>
        <source>Malformed JSON at line %1, column %2 (byte %3): %4.</source>
        <translation>Ongeldige JSON op regel %1, kolom %2 (byte %3): %4.</translation>
    </message>
    <message>
        <source>The document is not a JSON object.</source>
        <translation>Het document is geen JSON-object.</translation>
    </message>
    <message>
        <source>unknown field.</source>
        <translation>onbekend veld.</translation>
    </message>
    <message>
        <source>not a Rolesheet document (expected &quot;rolesheet&quot;).</source>
        <translation>geen Rolesheet-document (verwacht ‘rolesheet’).</translation>
    </message>
    <message>
        <source>version %1 is not supported; this program reads version %2.</source>
        <translation>versie %1 wordt niet ondersteund; dit programma leest versie %2.</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(ontbreekt)</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;.</source>
        <translation>verwacht ‘%1’, gevonden ‘%2’.</translation>
    </message>
    <message>
        <source>missing.</source>
        <translation>ontbreekt.</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>verwacht een object.</translation>
    </message>
    <message>
        <source>expected a list.</source>
        <translation>verwacht een lijst.</translation>
    </message>
    <message>
        <source>%1 entries; at most %2 are allowed.</source>
        <translation>%1 items; hoogstens %2 zijn toegestaan.</translation>
    </message>
    <message>
        <source>expected text.</source>
        <translation>verwacht tekst.</translation>
    </message>
    <message>
        <source>%1 characters; at most %2 are allowed.</source>
        <translation>%1 tekens; hoogstens %2 zijn toegestaan.</translation>
    </message>
    <message>
        <source>a name cannot begin or end with spaces.</source>
        <translation>een naam mag niet met spaties beginnen of eindigen.</translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation>verwacht true of false.</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to 2^53.</source>
        <translation>verwacht een geheel getal van 0 tot 2^53.</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to 2^53.</source>
        <translation>verwacht een geheel getal van 1 tot 2^53.</translation>
    </message>
    <message>
        <source>expected &quot;account&quot; or &quot;production&quot;.</source>
        <translation>verwacht ‘account’ of ‘production’.</translation>
    </message>
    <message>
        <source>expected none, owner, admin, create-productions, production-admin or production-member.</source>
        <translation>verwacht none, owner, admin, create-productions, production-admin of production-member.</translation>
    </message>
    <message>
        <source>expected view, add, edit or delete.</source>
        <translation>verwacht view, add, edit of delete.</translation>
    </message>
    <message>
        <source>expected financial, personnel or marketing.</source>
        <translation>verwacht financial, personnel of marketing.</translation>
    </message>
    <message>
        <source>expected a single value, not a list or an object.</source>
        <translation>verwacht een enkele waarde, geen lijst of object.</translation>
    </message>
    <message>
        <source>the text holds an unpaired UTF-16 surrogate escape (\uD800 to \uDFFF), which is not a character.</source>
        <translation>de tekst bevat een UTF-16-surrogaat-escape zonder tegenhanger (\uD800 tot \uDFFF), en dat is geen teken.</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>het document is leeg</translation>
    </message>
    <message>
        <source>more follows the end of the document</source>
        <translation>na het einde van het document volgt nog meer</translation>
    </message>
    <message>
        <source>a field name is missing</source>
        <translation>er ontbreekt een veldnaam</translation>
    </message>
    <message>
        <source>a colon is missing</source>
        <translation>er ontbreekt een dubbele punt</translation>
    </message>
    <message>
        <source>a comma or a closing brace is missing</source>
        <translation>er ontbreekt een komma of een sluitende accolade</translation>
    </message>
    <message>
        <source>a comma or a closing bracket is missing</source>
        <translation>er ontbreekt een komma of een sluitende vierkante haak</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ongeldige escapereeks</translation>
    </message>
    <message>
        <source>unpaired UTF-16 surrogate escape</source>
        <translation>UTF-16-surrogaat-escape zonder tegenhanger</translation>
    </message>
    <message>
        <source>a closing quotation mark is missing</source>
        <translation>er ontbreekt een sluitend aanhalingsteken</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>de tekst is geen geldige UTF-8</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ongeldig getal</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>ongeldige waarde</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows.</source>
        <translation>‘%1’ is geen tijdzone die dit systeem kent.</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date-time with its offset, such as 2026-11-30T22:59:59.999Z.</source>
        <translation>verwacht een ISO 8601-datum met tijd en tijdzoneverschil, zoals 2026-11-30T22:59:59.999Z.</translation>
    </message>
    <message>
        <source>the exception names a member the workspace does not have.</source>
        <translation>de uitzondering noemt een lid dat de werkruimte niet heeft.</translation>
    </message>
    <message>
        <source>the exception names a duty rule the document does not have.</source>
        <translation>de uitzondering noemt een regel die het document niet heeft.</translation>
    </message>
    <message>
        <source>an exception needs a reason of at most %1 characters.</source>
        <translation>een uitzondering heeft een reden van hoogstens %1 tekens nodig.</translation>
    </message>
    <message>
        <source>an exception is granted by someone other than the member it excepts.</source>
        <translation>een uitzondering wordt verleend door iemand anders dan het lid voor wie ze geldt.</translation>
    </message>
    <message>
        <source>an exception ends after it was granted.</source>
        <translation>een uitzondering eindigt nadat ze is verleend.</translation>
    </message>
</context>
<context>
    <name>rs::formats::Pages</name>
    <message>
        <source>%1 — page %2 of</source>
        <translation>%1 — pagina %2 van</translation>
    </message>
</context>
<context>
    <name>rs::formats::ReviewEvidence</name>
    <message numerus="yes">
        <source>the last of %n decisions</source>
        <translation>
            <numerusform>de enige beslissing (%n in totaal)</numerusform>
            <numerusform>de laatste van %n beslissingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Duty conflict of</source>
        <translation>Functieconflict van</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>One side through</source>
        <translation>De ene kant via</translation>
    </message>
    <message>
        <source>Other side through</source>
        <translation>De andere kant via</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Uitzondering</translation>
    </message>
    <message>
        <source>Duty exception for</source>
        <translation>Uitzondering voor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Verleend door</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Verleend op</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Break glass, request</source>
        <translation>Noodtoegang, aanvraag</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Op</translation>
    </message>
</context>
<context>
    <name>rs::formats::RoleSheet</name>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Template for account roles</source>
        <translation>Sjabloon voor accountrollen</translation>
    </message>
    <message>
        <source>Template for production roles</source>
        <translation>Sjabloon voor productierollen</translation>
    </message>
    <message>
        <source>Account role, in the productions the holder is invited to</source>
        <translation>Accountrol, in de producties waarvoor de houder is uitgenodigd</translation>
    </message>
    <message>
        <source>Account role, across the whole workspace</source>
        <translation>Accountrol, in de hele werkruimte</translation>
    </message>
    <message>
        <source>Production role in %1</source>
        <translation>Productierol in %1</translation>
    </message>
    <message>
        <source>Production role, available in every production</source>
        <translation>Productierol, beschikbaar in elke productie</translation>
    </message>
    <message>
        <source> (built in, locked)</source>
        <translation> (ingebouwd, vergrendeld)</translation>
    </message>
    <message>
        <source>%1: works with every feature and can add or change in all of them.</source>
        <translation>%1: werkt met elke functie en kan overal toevoegen of wijzigen.</translation>
    </message>
    <message>
        <source>Can delete in: %1.</source>
        <translation>Kan verwijderen in: %1.</translation>
    </message>
    <message>
        <source>Nothing: this role grants no level on any feature.</source>
        <translation>Niets: deze rol geeft op geen enkele functie een niveau.</translation>
    </message>
    <message>
        <source>No %1 features: a guardrail keeps them out of this role.</source>
        <translation>Geen functies voor %1: een vangrail houdt ze buiten deze rol.</translation>
    </message>
    <message>
        <source>Owner-only features, held by the Admin &amp; owner alone: %1.</source>
        <translation>Functies alleen voor de eigenaar, enkel in handen van Admin &amp; eigenaar: %1.</translation>
    </message>
    <message>
        <source>Account-wide features, outside any production role: %1.</source>
        <translation>Functies voor het hele account, buiten elke productierol: %1.</translation>
    </message>
    <message>
        <source>No access to: %1.</source>
        <translation>Geen toegang tot: %1.</translation>
    </message>
    <message>
        <source>Nothing: this role holds some level on every feature.</source>
        <translation>Niets: deze rol heeft op elke functie een of ander niveau.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Werkruimte</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Vangrails</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Permission level</source>
        <translation>Rechtenniveau</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Waarom dit telt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>This role provides:</source>
        <translation>Deze rol biedt:</translation>
    </message>
    <message>
        <source>It deliberately excludes:</source>
        <translation>Bewust uitgesloten:</translation>
    </message>
    <message>
        <source>Printing a role sheet needs the graphical libraries to be started.</source>
        <translation>Om een rolblad af te drukken moeten de grafische bibliotheken gestart zijn.</translation>
    </message>
    <message>
        <source>The document cannot be painted.</source>
        <translation>Het document kan niet worden getekend.</translation>
    </message>
    <message>
        <source>A new page cannot be started.</source>
        <translation>Er kan geen nieuwe pagina worden begonnen.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>The document cannot be finished.</source>
        <translation>Het document kan niet worden afgerond.</translation>
    </message>
    <message numerus="yes">
        <source>%1: works with all %n features and can add or change in %2 of them.</source>
        <translation>
            <numerusform>%1: werkt met %n functie en kan in %2 ervan toevoegen of wijzigen.</numerusform>
            <numerusform>%1: werkt met alle %n functies en kan in %2 ervan toevoegen of wijzigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: can look at %2 of %n features without changing them.</source>
        <translation>
            <numerusform>%1: kan %2 van de %n functie bekijken zonder die te wijzigen.</numerusform>
            <numerusform>%1: kan %2 van de %n functies bekijken zonder ze te wijzigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: works with %2 of %n features and can add or change in %3 of them.</source>
        <translation>
            <numerusform>%1: werkt met %2 van de %n functie en kan in %3 ervan toevoegen of wijzigen.</numerusform>
            <numerusform>%1: werkt met %2 van de %n functies en kan in %3 ervan toevoegen of wijzigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>geen einde</translation>
    </message>
    <message>
        <source>account role</source>
        <translation>accountrol</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>In handen van</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Houders</translation>
    </message>
    <message>
        <source>No one holds this role.</source>
        <translation>Niemand heeft deze rol.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <source>Signed by the person who holds this role and the person responsible for it.</source>
        <translation>Ondertekend door wie deze rol heeft en door wie ervoor verantwoordelijk is.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Houder</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message numerus="yes">
        <source>Based on %1 (version %2); %n local change(s)</source>
        <translation>
            <numerusform>Gebaseerd op %1 (versie %2); %n lokale wijziging</numerusform>
            <numerusform>Gebaseerd op %1 (versie %2); %n lokale wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <source>This role holds one side of these rules: a holder who also holds the other side, through any role, is in conflict.</source>
        <translation>Deze rol houdt één kant van deze regels: wie hem heeft en via welke rol ook de andere kant houdt, is in conflict.</translation>
    </message>
    <message>
        <source>Duty rules</source>
        <translation>Regels voor functiescheiding</translation>
    </message>
</context>
<context>
    <name>rs::formats::SafeWrite</name>
    <message>
        <source>%1 is a symbolic link; Rolesheet never writes through a link, so nothing was written.</source>
        <translation>%1 is een symbolische link; Rolesheet schrijft nooit via een link, dus er is niets geschreven.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; nothing was written.</source>
        <translation>%1 is geen gewoon bestand; er is niets geschreven.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written.</source>
        <translation>%1 bestaat al; er is niets geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the files to write already exist, %1 among them; nothing was written.</source>
        <translation>
            <numerusform>%n van de te schrijven bestanden bestaat al, namelijk %1; er is niets geschreven.</numerusform>
            <numerusform>%n van de te schrijven bestanden bestaan al, waaronder %1; er is niets geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kan niet worden geschreven: %2.</translation>
    </message>
</context>
<context>
    <name>rs::formats::Xlsx</name>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>The workbook unpacks to far more than it holds: refused as a zip bomb.</source>
        <translation>De werkmap pakt uit tot veel meer dan hij bevat: geweigerd als zipbom.</translation>
    </message>
    <message>
        <source>The workbook has no part %1: it is not a spreadsheet saved as xlsx.</source>
        <translation>De werkmap heeft geen onderdeel %1: het is geen als xlsx opgeslagen rekenblad.</translation>
    </message>
    <message>
        <source>The workbook is encrypted: save it again without a password.</source>
        <translation>De werkmap is versleuteld: sla hem opnieuw op zonder wachtwoord.</translation>
    </message>
    <message>
        <source>The part %1 declares a document type: no spreadsheet does.</source>
        <translation>Het onderdeel %1 declareert een documenttype: geen rekenblad doet dat.</translation>
    </message>
    <message>
        <source>The part %1 is not well-formed XML: %2</source>
        <translation>Het onderdeel %1 is geen welgevormde XML: %2</translation>
    </message>
    <message>
        <source>The part %1 of the workbook cannot be unpacked: the file is damaged.</source>
        <translation>Het onderdeel %1 van de werkmap kan niet worden uitgepakt: het bestand is beschadigd.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>De werkmap heeft geen werkblad.</translation>
    </message>
    <message>
        <source>The workbook names no part for its first worksheet.</source>
        <translation>De werkmap noemt geen onderdeel voor zijn eerste werkblad.</translation>
    </message>
    <message>
        <source>%1: The cell holds more than 32,767 characters, more than a spreadsheet cell holds.</source>
        <translation>%1: De cel bevat meer dan 32.767 tekens, meer dan een cel van een rekenblad bevat.</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 shared strings: no role sheet or matrix needs that many.</source>
        <translation>De werkmap bevat meer dan %1 gedeelde tekenreeksen: geen rolblad of matrix heeft er zoveel nodig.</translation>
    </message>
    <message>
        <source>The workbook&apos;s shared strings hold more than 64 MiB of text: no role sheet or matrix is that large.</source>
        <translation>De gedeelde tekenreeksen van de werkmap bevatten meer dan 64 MiB tekst: geen rolblad of matrix is zo groot.</translation>
    </message>
    <message>
        <source>Shared string %1</source>
        <translation>Gedeelde tekenreeks %1</translation>
    </message>
    <message>
        <source>Row %1 comes after row %2: the worksheet&apos;s rows are out of order.</source>
        <translation>Rij %1 komt na rij %2: de rijen van het werkblad staan niet op volgorde.</translation>
    </message>
    <message>
        <source>Row %1 is past a spreadsheet&apos;s last row, 1,048,576.</source>
        <translation>Rij %1 ligt voorbij de laatste rij van een rekenblad, 1.048.576.</translation>
    </message>
    <message>
        <source>%1: the row&apos;s cells are out of order.</source>
        <translation>%1: de cellen van de rij staan niet op volgorde.</translation>
    </message>
    <message>
        <source>%1: The sheet has more than 16,384 columns, more than a spreadsheet holds.</source>
        <translation>%1: Het blad heeft meer dan 16.384 kolommen, meer dan een rekenblad bevat.</translation>
    </message>
    <message>
        <source>The worksheet holds more than a CSV file of 64 MiB would: no role sheet or matrix of a workspace is that large.</source>
        <translation>Het werkblad bevat meer dan een CSV-bestand van 64 MiB zou bevatten: geen rolblad of matrix van een werkruimte is zo groot.</translation>
    </message>
    <message>
        <source>A row of the worksheet has no valid number: %1.</source>
        <translation>Een rij van het werkblad heeft geen geldig nummer: %1.</translation>
    </message>
    <message>
        <source>A cell of row %1 has no valid name: %2.</source>
        <translation>Een cel van rij %1 heeft geen geldige naam: %2.</translation>
    </message>
    <message>
        <source>%1: The cell holds a formula; save the sheet with values only.</source>
        <translation>%1: De cel bevat een formule; sla het blad op met alleen waarden.</translation>
    </message>
    <message>
        <source>%1: The cell refers to shared string %2, but the workbook has %3.</source>
        <translation>%1: De cel verwijst naar gedeelde tekenreeks %2, maar de werkmap heeft er %3.</translation>
    </message>
    <message>
        <source>The file is not an xlsx workbook: it is not a zip file.</source>
        <translation>Het bestand is geen xlsx-werkmap: het is geen zipbestand.</translation>
    </message>
    <message>
        <source>The file is not an xlsx workbook: its zip directory cannot be read.</source>
        <translation>Het bestand is geen xlsx-werkmap: de zipinhoudsopgave kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The workbook cannot be written: %1.</source>
        <translation>De werkmap kan niet worden geschreven: %1.</translation>
    </message>
    <message>
        <source>Owner-only</source>
        <translation>Alleen eigenaar</translation>
    </message>
    <message>
        <source>Guarded</source>
        <translation>Vangrail</translation>
    </message>
    <message>
        <source>Only Admin &amp; owner may hold this feature (billing).</source>
        <translation>Alleen Admin &amp; eigenaar mag deze functie hebben (facturatie).</translation>
    </message>
    <message>
        <source>A guardrail of the role forbids every level of this feature.</source>
        <translation>Een vangrail van de rol verbiedt elk niveau van deze functie.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>onvoldoende geheugen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Markering</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betekenis</translation>
    </message>
</context>
<context>
    <name>rs::pages</name>
    <message>
        <source>%1 (wrap date)</source>
        <translation>%1 (einddatum)</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>Begint %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Beëindigd %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
</context>
<context>
    <name>rs::review</name>
    <message numerus="yes">
        <source>%n features: view %1, add %2, edit %3, delete %4</source>
        <translation>
            <numerusform>%n functie: bekijken %1, toevoegen %2, bewerken %3, verwijderen %4</numerusform>
            <numerusform>%n functies: bekijken %1, toevoegen %2, bewerken %3, verwijderen %4</numerusform>
        </translation>
    </message>
    <message>
        <source>A comment has %1 characters at most.</source>
        <translation>Een opmerking mag hoogstens %1 tekens lang zijn.</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>de opmerking</translation>
    </message>
    <message>
        <source>The cell is not UTF-8 text.</source>
        <translation>De cel is geen UTF-8-tekst.</translation>
    </message>
    <message>
        <source>The items&apos; header has no %1 column.</source>
        <translation>De kopregel van de items heeft geen kolom %1.</translation>
    </message>
    <message>
        <source>The file is the sheet of access review %1, not of %2.</source>
        <translation>Het bestand is het blad van toegangsbeoordeling %1, niet van %2.</translation>
    </message>
    <message>
        <source>%1 is not an item of access review %2.</source>
        <translation>%1 is geen item van toegangsbeoordeling %2.</translation>
    </message>
    <message>
        <source>Item %1 of access review %2 is %3 as %4, not this row&apos;s: the row is of another campaign.</source>
        <translation>Item %1 van toegangsbeoordeling %2 is %3 als %4, niet dat van deze rij: de rij hoort bij een andere campagne.</translation>
    </message>
    <message>
        <source>Item %1 is on an earlier row already.</source>
        <translation>Item %1 staat al op een eerdere rij.</translation>
    </message>
    <message>
        <source>%1 is not a decision: write keep, revoke or end.</source>
        <translation>%1 is geen beslissing: schrijf keep, revoke of end.</translation>
    </message>
    <message>
        <source>End needs its date here, written as YYYY-MM-DD.</source>
        <translation>End heeft hier een datum nodig, geschreven als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>The file cannot be read to its end: row %1 breaks the limits of a CSV sheet.</source>
        <translation>Het bestand kan niet tot het einde worden gelezen: rij %1 overschrijdt de grenzen van een CSV-blad.</translation>
    </message>
    <message>
        <source>The file has no items&apos; header (item, member, …, decision): it is not an access review&apos;s sheet.</source>
        <translation>Het bestand heeft geen kopregel van items (item, member, …, decision): het is geen blad van een toegangsbeoordeling.</translation>
    </message>
    <message>
        <source>The file does not name its access review: its first rows are missing.</source>
        <translation>Het bestand noemt zijn toegangsbeoordeling niet: de eerste rijen ontbreken.</translation>
    </message>
    <message>
        <source>A decision is keep, revoke or end on a date.</source>
        <translation>Een beslissing is behouden, intrekken of beëindigen op een datum.</translation>
    </message>
    <message>
        <source>An end date is written as YYYY-MM-DD.</source>
        <translation>Een einddatum wordt geschreven als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>The end date %1 is in the past.</source>
        <translation>De einddatum %1 ligt in het verleden.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… en nog %n probleem.</numerusform>
            <numerusform>… en nog %n problemen.</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>beoordeling</translation>
    </message>
    <message>
        <source>until %1, granted by %2</source>
        <translation>tot %1, verleend door %2</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>van kracht</translation>
    </message>
    <message>
        <source>run out</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>void: the conflict it covered is gone</source>
        <translation>vervallen: het conflict dat ze dekte is verdwenen</translation>
    </message>
</context>
<context>
    <name>rs::review::Decision</name>
    <message>
        <source>Undecided</source>
        <translation>Onbeslist</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>End on %1</source>
        <translation>Beëindigen op %1</translation>
    </message>
</context>
<context>
    <name>rs::review::Item</name>
    <message>
        <source>Account role</source>
        <translation>Accountrol</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Teamplaats</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>seat in %1 as %2</source>
        <translation>plaats in %1 als %2</translation>
    </message>
    <message>
        <source>account role %1, every production</source>
        <translation>accountrol %1, alle producties</translation>
    </message>
    <message>
        <source>account role %1, invited productions only</source>
        <translation>accountrol %1, alleen producties met uitnodiging</translation>
    </message>
</context>
<context>
    <name>rs::review::Scope</name>
    <message>
        <source>the whole studio</source>
        <translation>de hele studio</translation>
    </message>
    <message>
        <source>production %1</source>
        <translation>productie %1</translation>
    </message>
    <message>
        <source>holders of role %1</source>
        <translation>houders van rol %1</translation>
    </message>
</context>
<context>
    <name>rs::reviewseal</name>
    <message>
        <source>The audit trail is not whole, so access review %1 cannot be checked against it: %2</source>
        <translation>Het auditlogboek is niet intact, dus toegangsbeoordeling %1 kan er niet mee worden vergeleken: %2</translation>
    </message>
    <message>
        <source>The audit trail has no record of the start of access review %1.</source>
        <translation>Het auditlogboek bevat geen record van de start van toegangsbeoordeling %1.</translation>
    </message>
    <message>
        <source>The stored items of access review %1 do not hash to %2, the SHA-256 its start recorded in the audit trail: they were changed.</source>
        <translation>De opgeslagen items van toegangsbeoordeling %1 geven niet de hash %2, de SHA-256 die bij de start in het auditlogboek is vastgelegd: ze zijn gewijzigd.</translation>
    </message>
    <message>
        <source>Decision %1 on item %2 of access review %3 (%4 by %5)</source>
        <translation>Beslissing %1 over item %2 van toegangsbeoordeling %3 (%4 door %5)</translation>
    </message>
    <message>
        <source>%1 has no record in the audit trail: it was not made through Rolesheet.</source>
        <translation>%1 heeft geen record in het auditlogboek: de beslissing is niet via Rolesheet genomen.</translation>
    </message>
    <message>
        <source>%1 differs from its record in the audit trail: %2 is stored as “%3”, recorded as “%4”.</source>
        <translation>%1 wijkt af van het record in het auditlogboek: %2 is opgeslagen als ‘%3’, maar vastgelegd als ‘%4’.</translation>
    </message>
    <message>
        <source>The audit trail records %1 decisions on access review %2, but %3 are stored: decisions were removed.</source>
        <translation>Het auditlogboek legt %1 beslissingen over toegangsbeoordeling %2 vast, maar er zijn er %3 opgeslagen: er zijn beslissingen verwijderd.</translation>
    </message>
    <message>
        <source>The reviewers of access review %1 differ from those the audit trail records.</source>
        <translation>De beoordelaars van toegangsbeoordeling %1 wijken af van die in het auditlogboek.</translation>
    </message>
    <message>
        <source>The audit trail records the close of access review %1, but its closing is gone from the database.</source>
        <translation>Het auditlogboek legt de afsluiting van toegangsbeoordeling %1 vast, maar die afsluiting ontbreekt in de database.</translation>
    </message>
    <message>
        <source>Access review %1 is closed, but the audit trail has no record of its close.</source>
        <translation>Toegangsbeoordeling %1 is afgesloten, maar het auditlogboek bevat geen record van de afsluiting.</translation>
    </message>
    <message>
        <source>Access review %1 was closed before its evidence was sealed in the audit trail; its stored rows cannot be checked against it.</source>
        <translation>Toegangsbeoordeling %1 is afgesloten voordat het bewijs in het auditlogboek werd verzegeld; de opgeslagen rijen kunnen er niet mee worden vergeleken.</translation>
    </message>
    <message>
        <source>The stored rows of access review %1 do not hash to %2, the evidence SHA-256 its close recorded in the audit trail (record %3): they were changed after it closed.</source>
        <translation>De opgeslagen rijen van toegangsbeoordeling %1 geven niet de hash %2, de SHA-256 van het bewijs die bij de afsluiting in het auditlogboek is vastgelegd (record %3): ze zijn na de afsluiting gewijzigd.</translation>
    </message>
    <message>
        <source>The decisions %1 to %2 of access review %3, taken at once, differ from what their record in the audit trail binds: they were changed, added or removed.</source>
        <translation>De in één keer genomen beslissingen %1 tot %2 van toegangsbeoordeling %3 wijken af van wat hun record in het auditspoor vastlegt: ze zijn gewijzigd, toegevoegd of verwijderd.</translation>
    </message>
</context>
<context>
    <name>rs::reviewsql</name>
    <message>
        <source>The access reviews of the workspace cannot be read.</source>
        <translation>De toegangsbeoordelingen van de werkruimte kunnen niet worden gelezen.</translation>
    </message>
    <message>
        <source>The access review could not be saved; nothing was changed.</source>
        <translation>De toegangsbeoordeling kon niet worden opgeslagen; er is niets gewijzigd.</translation>
    </message>
</context>
</TS>
