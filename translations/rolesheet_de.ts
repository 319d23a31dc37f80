<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>RequestView</name>
    <message>
        <source>Request %1 is %2: %3 of %4 approvals.</source>
        <translation>Antrag %1 ist %2: %3 von %4 Freigaben.</translation>
    </message>
    <message>
        <source>Applied at once by breaking glass; listed for approval after the fact.</source>
        <translation>Sofort per Notfallzugriff übernommen; zur nachträglichen Freigabe aufgeführt.</translation>
    </message>
    <message>
        <source>Filed by %1 on %2. Reason: %3</source>
        <translation>Gestellt von %1 am %2. Grund: %3</translation>
    </message>
    <message>
        <source>Made on workspace version %1; SHA-256 %2</source>
        <translation>Erstellt auf Version %1 des Arbeitsbereichs; SHA-256 %2</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Freigegeben von %1 am %2</translation>
    </message>
    <message>
        <source>Denied by %1 on %2</source>
        <translation>Abgelehnt von %1 am %2</translation>
    </message>
    <message>
        <source>(counts)</source>
        <translation>(zählt)</translation>
    </message>
    <message>
        <source>(does not count)</source>
        <translation>(zählt nicht)</translation>
    </message>
    <message>
        <source>Can be approved until %1.</source>
        <translation>Kann bis %1 freigegeben werden.</translation>
    </message>
    <message>
        <source>Can be applied until %1.</source>
        <translation>Kann bis %1 übernommen werden.</translation>
    </message>
    <message>
        <source>Applied by %1 on %2 as workspace version %3.</source>
        <translation>Übernommen von %1 am %2 als Version %3 des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Antrag %1</translation>
    </message>
    <message>
        <source>Approval Request %1</source>
        <translation>Freigabeantrag %1</translation>
    </message>
    <message>
        <source>It no longer fits the workspace as it is now: %1</source>
        <translation>Er passt nicht mehr zum Arbeitsbereich, wie er jetzt ist: %1</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>&lt;b&gt;What it changed&lt;/b&gt;, as filed:</source>
        <translation>&lt;b&gt;Was sie geändert hat&lt;/b&gt;, wie eingereicht:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Impact on members&lt;/b&gt;: who gained or lost which access when it was applied, as its audit record keeps it.</source>
        <translation>&lt;b&gt;Auswirkung auf Mitglieder&lt;/b&gt;: wer bei der Anwendung welchen Zugriff gewonnen oder verloren hat, wie ihr Audit-Eintrag es festhält.</translation>
    </message>
    <message>
        <source>Applied before records kept who gained or lost what.</source>
        <translation>Angewendet, bevor Einträge festhielten, wer was gewonnen oder verloren hat.</translation>
    </message>
    <message>
        <source>account-wide</source>
        <translation>kontoweit</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Funktionen: %1</translation>
    </message>
    <message>
        <source>Nobody gained or lost access.</source>
        <translation>Niemand hat Zugriff gewonnen oder verloren.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design the permission roles of a studio.</source>
        <translation>Die Berechtigungsrollen eines Studios gestalten.</translation>
    </message>
    <message>
        <source>The .rolesheet file to open.</source>
        <translation>Die zu öffnende .rolesheet-Datei.</translation>
    </message>
    <message>
        <source>Speak LANGUAGE (de, en, es, fr, nl) this time instead of the one chosen in Preferences.</source>
        <translation>Diesmal in SPRACHE (de, en, es, fr, nl) statt der in den Einstellungen gewählten sprechen.</translation>
    </message>
    <message>
        <source>Use these colours this time: system, light, dark or high-contrast.</source>
        <translation>Diesmal diese Farben verwenden: system, light, dark oder high-contrast.</translation>
    </message>
    <message>
        <source>Unknown appearance: %1</source>
        <translation>Unbekanntes Erscheinungsbild: %1</translation>
    </message>
</context>
<context>
    <name>rs</name>
    <message>
        <source>The approval requests of the workspace cannot be read.</source>
        <translation>Die Freigabeanträge des Arbeitsbereichs können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The approval request could not be saved; nothing was changed.</source>
        <translation>Der Freigabeantrag konnte nicht gespeichert werden; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>rs::Access</name>
    <message>
        <source>%1&apos;s account role %2 ended on %3.</source>
        <translation>Die Kontorolle %2 von %1 endete am %3.</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 begins on %3.</source>
        <translation>Der Platz von %1 in %2 beginnt am %3.</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 ended on %3.</source>
        <translation>Der Platz von %1 in %2 endete am %3.</translation>
    </message>
</context>
<context>
    <name>rs::AccessGridModel</name>
    <message>
        <source>Feature of each production</source>
        <translation>Funktion jeder Produktion</translation>
    </message>
    <message>
        <source>Account-wide feature</source>
        <translation>Kontoweite Funktion</translation>
    </message>
    <message>
        <source>%1 granted by %2</source>
        <translation>%1 erteilt durch %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>%1 (team)</source>
        <translation>%1 (Team)</translation>
    </message>
</context>
<context>
    <name>rs::Appearance</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
</context>
<context>
    <name>rs::ApprovalStore</name>
    <message>
        <source>There is no approval request %1.</source>
        <translation>Es gibt keinen Freigabeantrag %1.</translation>
    </message>
    <message>
        <source>The approval requests of the workspace cannot be read.</source>
        <translation>Die Freigabeanträge des Arbeitsbereichs können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Approval request %1 was applied or withdrawn already; nothing was changed.</source>
        <translation>Freigabeantrag %1 wurde bereits angewendet oder zurückgezogen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>A request needs at least one change.</source>
        <translation>Ein Antrag braucht mindestens eine Änderung.</translation>
    </message>
    <message>
        <source>A request needs a reason.</source>
        <translation>Ein Antrag braucht eine Begründung.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Die Begründung</translation>
    </message>
    <message>
        <source>Filed approval request %1: %2</source>
        <translation>Freigabeantrag %1 gestellt: %2</translation>
    </message>
    <message>
        <source>Break glass needs a reason.</source>
        <translation>Ein Notfallzugriff braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Only the workspace&apos;s owner may break glass.</source>
        <translation>Nur der Inhaber des Arbeitsbereichs darf den Notfallzugriff nutzen.</translation>
    </message>
    <message>
        <source>Broke glass as approval request %1: %2</source>
        <translation>Notfallzugriff als Freigabeantrag %1: %2</translation>
    </message>
    <message>
        <source>A denial needs a comment saying why.</source>
        <translation>Eine Ablehnung braucht einen Kommentar mit dem Grund.</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>Der Kommentar</translation>
    </message>
    <message>
        <source>Approval request %1 is %2; only a pending request is approved or denied.</source>
        <translation>Freigabeantrag %1 ist %2; nur ein offener Antrag wird freigegeben oder abgelehnt.</translation>
    </message>
    <message>
        <source>Approval request %1 changed since it was shown; look at it again. Nothing was recorded.</source>
        <translation>Freigabeantrag %1 hat sich geändert, seit er angezeigt wurde; sehen Sie ihn erneut an. Nichts wurde erfasst.</translation>
    </message>
    <message>
        <source>The vote was refused by the database; nothing was recorded.</source>
        <translation>Die Datenbank hat die Stimme abgewiesen; nichts wurde erfasst.</translation>
    </message>
    <message>
        <source>Approved request %1</source>
        <translation>Antrag %1 freigegeben</translation>
    </message>
    <message>
        <source>Denied request %1: %2</source>
        <translation>Antrag %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Only the member who filed request %1 withdraws it.</source>
        <translation>Nur das Mitglied, das Antrag %1 gestellt hat, kann ihn zurückziehen.</translation>
    </message>
    <message>
        <source>Approval request %1 is %2 and cannot be withdrawn.</source>
        <translation>Freigabeantrag %1 ist %2 und kann nicht zurückgezogen werden.</translation>
    </message>
    <message>
        <source>Withdrew approval request %1</source>
        <translation>Freigabeantrag %1 zurückgezogen</translation>
    </message>
    <message>
        <source>Only the member who filed request %1 changes it.</source>
        <translation>Nur das Mitglied, das Antrag %1 gestellt hat, kann ihn ändern.</translation>
    </message>
    <message>
        <source>Approval request %1 is %2 and cannot be changed.</source>
        <translation>Freigabeantrag %1 ist %2 und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Approval request %1 made again on version %2; its approvals count no more</source>
        <translation>Freigabeantrag %1 neu auf Version %2 erstellt; seine Freigaben zählen nicht mehr</translation>
    </message>
    <message>
        <source>Approval request %1 is %2 (%3 of %4 approvals); only an approved request is applied.</source>
        <translation>Freigabeantrag %1 ist %2 (%3 von %4 Freigaben); nur ein freigegebener Antrag wird angewendet.</translation>
    </message>
    <message>
        <source>Approval request %1 no longer holds on the workspace as it is now: %2 Rebase it and have it approved again; nothing was changed.</source>
        <translation>Freigabeantrag %1 passt nicht mehr zum aktuellen Arbeitsbereich: %2 Erstellen Sie ihn neu und lassen Sie ihn erneut freigeben; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Approval request %1 conflicts with a change made since it was filed: version %2, %3. Rebase it and have it approved again; nothing was changed.</source>
        <translation>Freigabeantrag %1 kollidiert mit einer später vorgenommenen Änderung: Version %2, %3. Erstellen Sie ihn neu und lassen Sie ihn erneut freigeben; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Approval request %1 was changed, applied or withdrawn meanwhile; nothing was changed.</source>
        <translation>Freigabeantrag %1 wurde inzwischen geändert, angewendet oder zurückgezogen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Applied approval request %1</source>
        <translation>Freigabeantrag %1 angewendet</translation>
    </message>
    <message>
        <source>version %1: %2 was applied without an approved request or break glass</source>
        <translation>Version %1: %2 wurde ohne freigegebenen Antrag oder Notfallzugriff angewendet</translation>
    </message>
</context>
<context>
    <name>rs::ApprovalsDialog</name>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>Handeln als</translation>
    </message>
    <message>
        <source>Acting &amp;as:</source>
        <translation>Handeln &amp;als:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Warten auf mich</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Approved, ready to apply</source>
        <translation>Freigegeben, bereit zur Übernahme</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
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
        <translation>Gestellt von</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Gestellt</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>Acting as %1 (the database login).</source>
        <translation>Handeln als %1 (die Datenbankanmeldung).</translation>
    </message>
    <message>
        <source>%1 (break glass)</source>
        <translation>%1 (Notfallzugriff)</translation>
    </message>
    <message>
        <source>%1, waiting for you</source>
        <translation>%1, wartet auf Sie</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Request %1 is applied.</source>
        <translation>Antrag %1 ist übernommen.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Kommentar (optional):</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Why is it denied? (required)</source>
        <translation>Warum wird er abgelehnt? (erforderlich)</translation>
    </message>
</context>
<context>
    <name>rs::ApprovalsFeature</name>
    <message>
        <source>A&amp;pprovals…</source>
        <translation>&amp;Freigaben…</translation>
    </message>
    <message>
        <source>Approval requests: those waiting for you, pending, approved and ready to apply, expired</source>
        <translation>Freigabeanträge: die auf Sie warten, offene, freigegebene zur Übernahme, abgelaufene</translation>
    </message>
    <message numerus="yes">
        <source>%n of the staged changes need a second person&apos;s approval under the workspace&apos;s approval policy, such as: %1. File them as a request; they are applied once approved.</source>
        <translation>
            <numerusform>%n der vorgemerkten Änderungen braucht nach der Freigaberichtlinie des Arbeitsbereichs die Freigabe einer zweiten Person, etwa: %1. Stellen Sie sie als Antrag; sie werden nach der Freigabe übernommen.</numerusform>
            <numerusform>%n der vorgemerkten Änderungen brauchen nach der Freigaberichtlinie des Arbeitsbereichs die Freigabe einer zweiten Person, etwa: %1. Stellen Sie sie als Antrag; sie werden nach der Freigabe übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request &amp;Approval…</source>
        <translation>&amp;Freigabe beantragen…</translation>
    </message>
    <message>
        <source>Request Approval</source>
        <translation>Freigabe beantragen</translation>
    </message>
    <message>
        <source>Why the change is needed (required)</source>
        <translation>Warum die Änderung nötig ist (erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Requested &amp;by:</source>
        <translation>Gestellt &amp;von:</translation>
    </message>
    <message>
        <source>&amp;File Request</source>
        <translation>Antrag &amp;stellen</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 waits for %n approval(s); View › Approvals… follows it.</source>
        <translation>
            <numerusform>Antrag %1 wartet auf %n Freigabe; Ansicht › Freigaben… verfolgt ihn.</numerusform>
            <numerusform>Antrag %1 wartet auf %n Freigaben; Ansicht › Freigaben… verfolgt ihn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval request(s) wait for your approval.</source>
        <translation>
            <numerusform>%n Freigabeantrag wartet auf Ihre Freigabe.</numerusform>
            <numerusform>%n Freigabeanträge warten auf Ihre Freigabe.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asks for your approval of request %2: %3</source>
        <translation>%1 bittet um Ihre Freigabe von Antrag %2: %3</translation>
    </message>
    <message>
        <source>The staged changes wait as one request until enough approvers approve it; then anyone applies it from View › Approvals…</source>
        <translation>Die vorgemerkten Änderungen warten als ein Antrag, bis genug Freigebende ihn freigeben; dann übernimmt ihn jemand unter Ansicht › Freigaben…</translation>
    </message>
</context>
<context>
    <name>rs::AuditActions</name>
    <message>
        <source>Staged changes</source>
        <translation>Vorgemerkte Änderungen</translation>
    </message>
    <message>
        <source>Some changes are staged but not applied (%1 in all). Apply them before connecting?</source>
        <translation>Einige Änderungen sind vorgemerkt, aber nicht übernommen (insgesamt %1). Vor dem Verbinden übernehmen?</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Mit &amp;Server verbinden…</translation>
    </message>
    <message>
        <source>Open a workspace shared on a PostgreSQL server</source>
        <translation>Einen auf einem PostgreSQL-Server geteilten Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Audit Trail…</source>
        <translation>Änderungs&amp;protokoll…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Every applied change: when, who, and what it altered</source>
        <translation>Jede übernommene Änderung: wann, wer und was sie verändert hat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Open a workspace to see its audit trail.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um sein Änderungsprotokoll zu sehen.</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>&amp;Forget Server Password</source>
        <translation>Server-Passwort &amp;vergessen</translation>
    </message>
    <message>
        <source>Remove this server&apos;s password from the system keyring; the next connection asks</source>
        <translation>Das Passwort dieses Servers aus dem Schlüsselbund des Systems entfernen; die nächste Verbindung fragt danach</translation>
    </message>
</context>
<context>
    <name>rs::AuditDialog</name>
    <message>
        <source>Write the date as 2026-01-31.</source>
        <translation>Schreiben Sie das Datum als 2026-01-31.</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Jede Rolle</translation>
    </message>
    <message>
        <source>Any member</source>
        <translation>Jedes Mitglied</translation>
    </message>
    <message>
        <source>e.g. 2026-01-31</source>
        <translation>z. B. 2026-01-31</translation>
    </message>
    <message>
        <source>e.g. 2026-12-31</source>
        <translation>z. B. 2026-12-31</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Filter by role</source>
        <translation>Nach Rolle filtern</translation>
    </message>
    <message>
        <source>Filter by member</source>
        <translation>Nach Mitglied filtern</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Applied changes</source>
        <translation>Übernommene Änderungen</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Mitglied:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Write the changes shown to a CSV file</source>
        <translation>Die angezeigten Änderungen in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Read the trail again, with changes applied since it was opened (%1)</source>
        <translation>Das Protokoll neu einlesen, mit den seit dem Öffnen übernommenen Änderungen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n applied change(s)</source>
        <translation>
            <numerusform>%n übernommene Änderung</numerusform>
            <numerusform>%n übernommene Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n applied change(s)</source>
        <translation>
            <numerusform>%1 von %n übernommenen Änderung angezeigt</numerusform>
            <numerusform>%1 von %n übernommenen Änderungen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Änderungsprotokoll exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1.</source>
        <translation>
            <numerusform>%n Änderung nach %1 geschrieben.</numerusform>
            <numerusform>%n Änderungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hash chain could not be checked: %1</source>
        <translation>Die Hash-Kette konnte nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hash chain whole: each of the %n records follows the one before it.</source>
        <translation>
            <numerusform>Hash-Kette intakt: %n Eintrag, richtig verkettet.</numerusform>
            <numerusform>Hash-Kette intakt: Jeder der %n Einträge folgt auf den vorigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hash chain broken: %1</source>
        <translation>Hash-Kette unterbrochen: %1</translation>
    </message>
    <message>
        <source>Last hash: %1</source>
        <translation>Letzter Hash: %1</translation>
    </message>
    <message>
        <source>Re&amp;vert Import…</source>
        <translation>Import &amp;zurücknehmen…</translation>
    </message>
    <message>
        <source>Put back the workspace the selected import replaced; you review every change first</source>
        <translation>Den Arbeitsbereich wiederherstellen, den der ausgewählte Import ersetzt hat; Sie prüfen zuvor jede Änderung</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Änderungsprotokoll wird gelesen…</translation>
    </message>
    <message>
        <source>Checking the hash chain…</source>
        <translation>Hash-Kette wird geprüft…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>rs::AuditModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
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
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>workspace name: %1</source>
        <translation>Name des Arbeitsbereichs: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Before&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;&lt;b&gt;After&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vorher&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;&lt;b&gt;Nachher&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>Workspace version %1</source>
        <translation>Version %1 des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>Systembenutzer</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Datenbankbenutzer</translation>
    </message>
    <message>
        <source>Acting member</source>
        <translation>Handelndes Mitglied</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The whole workspace was replaced. The one before, %1 with %n roles, is kept in this record: Revert Import puts it back.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Der ganze Arbeitsbereich wurde ersetzt. Der vorherige, %1 mit %n Rolle, ist in diesem Eintrag aufbewahrt: „Import zurücknehmen“ stellt ihn wieder her.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Der ganze Arbeitsbereich wurde ersetzt. Der vorherige, %1 mit %n Rollen, ist in diesem Eintrag aufbewahrt: „Import zurücknehmen“ stellt ihn wieder her.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::BulkEdit</name>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>The clipboard holds no grid cells.</source>
        <translation>Die Zwischenablage enthält keine Rasterzellen.</translation>
    </message>
    <message>
        <source>The clipboard holds “%1” where a grid cell holds x or nothing.</source>
        <translation>Die Zwischenablage enthält „%1“, wo eine Rasterzelle x oder nichts enthält.</translation>
    </message>
</context>
<context>
    <name>rs::Catalog</name>
    <message>
        <source>Whoever adds jobs shapes the studio&apos;s workload and its billing.</source>
        <translation>Wer Aufträge anlegt, bestimmt die Auslastung des Studios und seine Abrechnung.</translation>
    </message>
    <message>
        <source>Schedules and assignments decide who works on what and when.</source>
        <translation>Zeitpläne und Zuweisungen legen fest, wer wann woran arbeitet.</translation>
    </message>
    <message>
        <source>Client records are shared by every job; one careless deletion reaches them all.</source>
        <translation>Kundendaten gehören zu jedem Auftrag; ein unbedachtes Löschen trifft sie alle.</translation>
    </message>
    <message>
        <source>Stages move jobs along on their own, so a template change alters every job that uses it.</source>
        <translation>Phasen bringen Aufträge selbstständig voran, eine geänderte Vorlage verändert also jeden Auftrag, der sie nutzt.</translation>
    </message>
    <message>
        <source>Prices set what customers pay, without touching the studio&apos;s own money.</source>
        <translation>Preise bestimmen, was Kunden zahlen, ohne das Geld des Studios selbst zu berühren.</translation>
    </message>
    <message>
        <source>Backgrounds, logos and overlays are reused across many productions.</source>
        <translation>Hintergründe, Logos und Overlays werden in vielen Produktionen wiederverwendet.</translation>
    </message>
    <message>
        <source>Product designs are what customers end up holding in their hands.</source>
        <translation>Produktdesigns sind das, was Kunden am Ende in den Händen halten.</translation>
    </message>
    <message>
        <source>The storefront&apos;s layout is seen by every customer who orders.</source>
        <translation>Das Layout des Shops sieht jeder Kunde, der bestellt.</translation>
    </message>
    <message>
        <source>Forms decide what information is collected from families and clients.</source>
        <translation>Formulare legen fest, welche Angaben von Familien und Kunden erfasst werden.</translation>
    </message>
    <message>
        <source>A stray code gives margin away on every order that uses it.</source>
        <translation>Ein verirrter Code verschenkt Marge bei jeder Bestellung, die ihn nutzt.</translation>
    </message>
    <message>
        <source>Names and details of the people photographed must be right before anything is printed.</source>
        <translation>Namen und Angaben der fotografierten Personen müssen stimmen, bevor etwas gedruckt wird.</translation>
    </message>
    <message>
        <source>The pictures are the product; replacing or removing one is felt by the customer.</source>
        <translation>Die Bilder sind das Produkt; wird eines ersetzt oder entfernt, merkt es der Kunde.</translation>
    </message>
    <message>
        <source>Orders placed during a job often need fixing while the job is still running.</source>
        <translation>Bestellungen während eines Auftrags müssen oft noch korrigiert werden, solange er läuft.</translation>
    </message>
    <message>
        <source>Knowing what went to print avoids duplicate runs.</source>
        <translation>Wer weiß, was in den Druck ging, vermeidet doppelte Druckläufe.</translation>
    </message>
    <message>
        <source>Imports bring subject lists and image batches into a job in bulk.</source>
        <translation>Importe bringen Personenlisten und Bildstapel gesammelt in einen Auftrag.</translation>
    </message>
    <message>
        <source>Exports produce the reports and files that production runs on.</source>
        <translation>Exporte erzeugen die Berichte und Dateien, mit denen die Produktion arbeitet.</translation>
    </message>
    <message>
        <source>Sorting by QR code matches images to the right subjects.</source>
        <translation>Das Sortieren per QR-Code ordnet die Bilder den richtigen Personen zu.</translation>
    </message>
    <message>
        <source>On set, misfired frames have to be culled quickly.</source>
        <translation>Am Set müssen Fehlaufnahmen schnell aussortiert werden.</translation>
    </message>
    <message>
        <source>Status decides whether a job is open to customers or archived.</source>
        <translation>Der Status entscheidet, ob ein Auftrag für Kunden offen oder archiviert ist.</translation>
    </message>
    <message>
        <source>Releasing an order sends it to the lab; timing matters.</source>
        <translation>Eine freigegebene Bestellung geht ans Labor; der Zeitpunkt zählt.</translation>
    </message>
    <message>
        <source>A last check of orders before fulfilment catches costly mistakes.</source>
        <translation>Eine letzte Prüfung der Bestellungen vor der Abwicklung fängt teure Fehler ab.</translation>
    </message>
    <message>
        <source>Retouching and other image services done in-house.</source>
        <translation>Retusche und andere Bilddienste im eigenen Haus.</translation>
    </message>
    <message>
        <source>Print workflows turn finished orders into physical products.</source>
        <translation>Druckabläufe machen aus fertigen Bestellungen greifbare Produkte.</translation>
    </message>
    <message>
        <source>Whoever manages users can hand out any permission, including their own.</source>
        <translation>Wer Benutzer verwaltet, kann jede Berechtigung vergeben, auch sich selbst.</translation>
    </message>
    <message>
        <source>Payouts move the studio&apos;s money to its bank account.</source>
        <translation>Auszahlungen überweisen das Geld des Studios auf sein Bankkonto.</translation>
    </message>
    <message>
        <source>Refunds send money back out; authority over them belongs in one place.</source>
        <translation>Erstattungen schicken Geld wieder hinaus; die Befugnis dafür gehört an eine Stelle.</translation>
    </message>
    <message>
        <source>Revenue figures are sensitive business information.</source>
        <translation>Umsatzzahlen sind sensible Geschäftsinformationen.</translation>
    </message>
    <message>
        <source>Account settings apply to the whole studio at once.</source>
        <translation>Kontoeinstellungen gelten sofort für das ganze Studio.</translation>
    </message>
    <message>
        <source>Campaigns speak to customers in the studio&apos;s name.</source>
        <translation>Kampagnen sprechen Kunden im Namen des Studios an.</translation>
    </message>
    <message>
        <source>Approving a campaign is the last check before customers see it.</source>
        <translation>Die Freigabe einer Kampagne ist die letzte Prüfung, bevor Kunden sie sehen.</translation>
    </message>
    <message>
        <source>Bulk import creates many jobs at once, and their mistakes at scale.</source>
        <translation>Der Massenimport legt viele Aufträge auf einmal an – und ihre Fehler gleich mit.</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Job Importer</source>
        <translation>Auftragsimport</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Job Settings</source>
        <translation>Auftragseinstellungen</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Stage Templates</source>
        <translation>Phasenvorlagen</translation>
    </message>
    <message>
        <source>Price Sheets</source>
        <translation>Preislisten</translation>
    </message>
    <message>
        <source>Asset Library</source>
        <translation>Medienbibliothek</translation>
    </message>
    <message>
        <source>My Designs</source>
        <translation>Meine Designs</translation>
    </message>
    <message>
        <source>Cart Templates</source>
        <translation>Warenkorbvorlagen</translation>
    </message>
    <message>
        <source>Form Templates</source>
        <translation>Formularvorlagen</translation>
    </message>
    <message>
        <source>Discount Codes</source>
        <translation>Rabattcodes</translation>
    </message>
    <message>
        <source>Subject Data</source>
        <translation>Personendaten</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Job Orders</source>
        <translation>Auftragsbestellungen</translation>
    </message>
    <message>
        <source>Print Jobs</source>
        <translation>Druckaufträge</translation>
    </message>
    <message>
        <source>Tools — Import</source>
        <translation>Werkzeuge — Import</translation>
    </message>
    <message>
        <source>Tools — Export</source>
        <translation>Werkzeuge — Export</translation>
    </message>
    <message>
        <source>Tools — Sort</source>
        <translation>Werkzeuge — Sortieren</translation>
    </message>
    <message>
        <source>Tools — Capture</source>
        <translation>Werkzeuge — Aufnahme</translation>
    </message>
    <message>
        <source>Job Status</source>
        <translation>Auftragsstatus</translation>
    </message>
    <message>
        <source>Release Orders</source>
        <translation>Bestellfreigabe</translation>
    </message>
    <message>
        <source>Studio Orders</source>
        <translation>Studiobestellungen</translation>
    </message>
    <message>
        <source>Fulfillment — Image Services</source>
        <translation>Abwicklung — Bilddienste</translation>
    </message>
    <message>
        <source>Fulfillment — Print Services</source>
        <translation>Abwicklung — Druckdienste</translation>
    </message>
    <message>
        <source>User Management</source>
        <translation>Benutzerverwaltung</translation>
    </message>
    <message>
        <source>Payout Management</source>
        <translation>Auszahlungsverwaltung</translation>
    </message>
    <message>
        <source>Refund Management</source>
        <translation>Erstattungsverwaltung</translation>
    </message>
    <message>
        <source>Dashboard Order Metrics</source>
        <translation>Dashboard-Bestellkennzahlen</translation>
    </message>
    <message>
        <source>Account Preferences</source>
        <translation>Kontoeinstellungen</translation>
    </message>
    <message>
        <source>Campaign Approval</source>
        <translation>Kampagnenfreigabe</translation>
    </message>
    <message>
        <source>Import &amp; Create Jobs</source>
        <translation>Aufträge importieren &amp; anlegen</translation>
    </message>
    <message>
        <source>Admin &amp; owner</source>
        <translation>Admin &amp; Inhaber</translation>
    </message>
    <message>
        <source>Create productions</source>
        <translation>Produktionen anlegen</translation>
    </message>
    <message>
        <source>Production administrator</source>
        <translation>Produktionsadministrator</translation>
    </message>
    <message>
        <source>Production member</source>
        <translation>Produktionsmitglied</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Holds every permission, billing included. Exactly one member holds it.</source>
        <translation>Hat jede Berechtigung, auch die Abrechnung. Genau ein Mitglied hat diese Rolle.</translation>
    </message>
    <message>
        <source>Everything the owner can do except billing; administers every production.</source>
        <translation>Alles, was der Inhaber kann, außer der Abrechnung; verwaltet jede Produktion.</translation>
    </message>
    <message>
        <source>Creates productions and administers the ones it creates; sees only those and the ones it is invited to.</source>
        <translation>Legt Produktionen an und verwaltet die selbst angelegten; sieht nur diese und die, zu denen eingeladen wurde.</translation>
    </message>
    <message>
        <source>Every permission inside a production, its settings included.</source>
        <translation>Jede Berechtigung innerhalb einer Produktion, auch ihre Einstellungen.</translation>
    </message>
    <message>
        <source>Contributes to a production without changing its settings; the role everyone invited gets unless another is named.</source>
        <translation>Arbeitet an einer Produktion mit, ohne ihre Einstellungen zu ändern; die Rolle aller Eingeladenen, wenn keine andere genannt ist.</translation>
    </message>
    <message>
        <source>Runs the operational core of the studio — setup, capture and launch — without money, personnel or marketing.</source>
        <translation>Führt das Kerngeschäft des Studios – Einrichtung, Aufnahme und Veröffentlichung – ohne Finanzen, Personal oder Marketing.</translation>
    </message>
</context>
<context>
    <name>rs::CatalogDialog</name>
    <message>
        <source>Owner only (held by the Admin &amp; owner alone)</source>
        <translation>Nur Inhaber (allein beim Admin &amp; Inhaber)</translation>
    </message>
    <message>
        <source>Edit catalog</source>
        <translation>Katalog bearbeiten</translation>
    </message>
    <message>
        <source>Section / feature</source>
        <translation>Bereich / Funktion</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltung</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Add &amp;Section…</source>
        <translation>&amp;Bereich hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Feature…</source>
        <translation>&amp;Funktion hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Account-wide</source>
        <translation>Kontoweit</translation>
    </message>
    <message>
        <source>Each production</source>
        <translation>Jede Produktion</translation>
    </message>
    <message>
        <source>Selected feature</source>
        <translation>Ausgewählte Funktion</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Geltung:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorien:</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>owner-only </source>
        <translation>nur Inhaber </translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Bereich hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new section:</source>
        <translation>Name des neuen Bereichs:</translation>
    </message>
    <message>
        <source>Add feature</source>
        <translation>Funktion hinzufügen</translation>
    </message>
    <message>
        <source>Pick the section the feature belongs to first.</source>
        <translation>Wählen Sie zuerst den Bereich, zu dem die Funktion gehört.</translation>
    </message>
    <message>
        <source>Name of the new feature:</source>
        <translation>Name der neuen Funktion:</translation>
    </message>
    <message>
        <source>Rename feature</source>
        <translation>Funktion umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Bereich umbenennen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the catalog? Every role loses its grants on it.</source>
        <translation>%1 aus dem Katalog entfernen? Jede Rolle verliert ihre Berechtigungen darauf.</translation>
    </message>
</context>
<context>
    <name>rs::Categories</name>
    <message>
        <source>financial</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>personnel</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;: use financial, personnel or marketing.</source>
        <translation>Unbekannte Kategorie „%1“: Verwenden Sie financial, personnel oder marketing.</translation>
    </message>
</context>
<context>
    <name>rs::Change</name>
    <message>
        <source>Set %1 to %2 for %3</source>
        <translation>%1 für %3 auf %2 setzen</translation>
    </message>
    <message>
        <source>Create role %1</source>
        <translation>Rolle %1 anlegen</translation>
    </message>
    <message>
        <source>Delete role %1</source>
        <translation>Rolle %1 löschen</translation>
    </message>
    <message>
        <source>Rename role %1 to %2</source>
        <translation>Rolle %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Remove the guardrails of %1</source>
        <translation>Schutzregeln von %1 entfernen</translation>
    </message>
    <message>
        <source>Set the guardrails of %1 to %2</source>
        <translation>Schutzregeln von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Limit %1 to invited productions</source>
        <translation>%1 auf Produktionen mit Einladung beschränken</translation>
    </message>
    <message>
        <source>Let %1 reach every production</source>
        <translation>%1 für alle Produktionen gelten lassen</translation>
    </message>
    <message>
        <source>Describe %1</source>
        <translation>%1 beschreiben</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>Mitglied %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove member %1</source>
        <translation>Mitglied %1 entfernen</translation>
    </message>
    <message>
        <source>Rename member %1 to %2</source>
        <translation>Mitglied %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Give %1 the account role %2</source>
        <translation>%1 die Kontorolle %2 geben</translation>
    </message>
    <message>
        <source>Take the account role from %1</source>
        <translation>%1 die Kontorolle entziehen</translation>
    </message>
    <message>
        <source>Transfer ownership to %1</source>
        <translation>Inhaberschaft an %1 übertragen</translation>
    </message>
    <message>
        <source>Create production %1</source>
        <translation>Produktion %1 anlegen</translation>
    </message>
    <message>
        <source>Rename production %1 to %2</source>
        <translation>Produktion %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Delete production %1</source>
        <translation>Produktion %1 löschen</translation>
    </message>
    <message>
        <source>Invite %1 to %2 as %3</source>
        <translation>%1 zu %2 als %3 einladen</translation>
    </message>
    <message>
        <source>Take %1 off the team of %2</source>
        <translation>%1 aus dem Team von %2 nehmen</translation>
    </message>
    <message>
        <source>Add section %1</source>
        <translation>Bereich %1 hinzufügen</translation>
    </message>
    <message>
        <source>Rename section %1 to %2</source>
        <translation>Bereich %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Move section %1</source>
        <translation>Bereich %1 verschieben</translation>
    </message>
    <message>
        <source>Remove section %1</source>
        <translation>Bereich %1 entfernen</translation>
    </message>
    <message>
        <source>Add feature %1</source>
        <translation>Funktion %1 hinzufügen</translation>
    </message>
    <message>
        <source>Rename feature %1 to %2</source>
        <translation>Funktion %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Move feature %1</source>
        <translation>Funktion %1 verschieben</translation>
    </message>
    <message>
        <source>Remove feature %1</source>
        <translation>Funktion %1 entfernen</translation>
    </message>
    <message>
        <source>Make %1 account-wide</source>
        <translation>%1 kontoweit machen</translation>
    </message>
    <message>
        <source>Make %1 a production feature</source>
        <translation>%1 zur Produktionsfunktion machen</translation>
    </message>
    <message>
        <source>Change the categories of %1</source>
        <translation>Kategorien von %1 ändern</translation>
    </message>
    <message>
        <source>Reserve %1 for the owner</source>
        <translation>%1 dem Inhaber vorbehalten</translation>
    </message>
    <message>
        <source>Open %1 beyond the owner</source>
        <translation>%1 über den Inhaber hinaus öffnen</translation>
    </message>
    <message>
        <source>Explain %1</source>
        <translation>%1 erläutern</translation>
    </message>
    <message>
        <source>Rename the workspace to %1</source>
        <translation>Arbeitsbereich in %1 umbenennen</translation>
    </message>
    <message>
        <source>Unknown change &quot;%1&quot;.</source>
        <translation>Unbekannte Änderung „%1“.</translation>
    </message>
    <message>
        <source>Give %1 the account role %2 until %3</source>
        <translation>%1 die Kontorolle %2 bis %3 geben</translation>
    </message>
    <message>
        <source>Invite %1 to %2 as %3 until %4</source>
        <translation>%1 zu %2 als %3 bis %4 einladen</translation>
    </message>
    <message>
        <source>Let %1&apos;s seat in %2 run from %3</source>
        <translation>Platz von %1 in %2 ab %3 laufen lassen</translation>
    </message>
    <message>
        <source>Take the dates off %1&apos;s seat in %2</source>
        <translation>Datumsangaben vom Platz von %1 in %2 entfernen</translation>
    </message>
    <message>
        <source>Let %1&apos;s seat in %2 run from %3 until %4</source>
        <translation>Platz von %1 in %2 von %3 bis %4 laufen lassen</translation>
    </message>
    <message>
        <source>Let %1&apos;s seat in %2 run until %3</source>
        <translation>Platz von %1 in %2 bis %3 laufen lassen</translation>
    </message>
    <message>
        <source>Wrap %1 on %2</source>
        <translation>%1 am %2 abschließen</translation>
    </message>
    <message>
        <source>Take the wrap date off %1</source>
        <translation>Abschlussdatum von %1 entfernen</translation>
    </message>
    <message>
        <source>Use the system&apos;s time zone</source>
        <translation>Die Zeitzone des Systems verwenden</translation>
    </message>
    <message>
        <source>Use the time zone %1</source>
        <translation>Die Zeitzone %1 verwenden</translation>
    </message>
    <message>
        <source>Let %1 follow template %2</source>
        <translation>%1 folgt der Vorlage %2</translation>
    </message>
    <message>
        <source>Link %1 to template %2, pinned</source>
        <translation>%1 mit der Vorlage %2 verknüpfen, angeheftet</translation>
    </message>
    <message>
        <source>Bring %1 in step with its template</source>
        <translation>%1 mit seiner Vorlage abgleichen</translation>
    </message>
    <message>
        <source>Unlink %1 from its template</source>
        <translation>%1 von seiner Vorlage lösen</translation>
    </message>
    <message>
        <source>Set the approval policy</source>
        <translation>Freigaberichtlinie festlegen</translation>
    </message>
    <message numerus="yes">
        <source>Set the approval policy: %1 changes, %n approval(s), approvers beyond the owner and Admins: %2, approval within %3 days, apply within %4 days</source>
        <translation>
            <numerusform>Freigaberichtlinie festlegen: %1 Änderungen, %n Freigabe, Freigebende neben Inhaber und Admins: %2, Freigabe binnen %3 Tagen, Anwendung binnen %4 Tagen</numerusform>
            <numerusform>Freigaberichtlinie festlegen: %1 Änderungen, %n Freigaben, Freigebende neben Inhaber und Admins: %2, Freigabe binnen %3 Tagen, Anwendung binnen %4 Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Mark production %1 client-controlled</source>
        <translation>Produktion %1 als kundengesteuert markieren</translation>
    </message>
    <message>
        <source>Mark production %1 studio-controlled</source>
        <translation>Produktion %1 als studiogesteuert markieren</translation>
    </message>
</context>
<context>
    <name>rs::CheckAccessDialog</name>
    <message>
        <source>Check access</source>
        <translation>Zugriff prüfen</translation>
    </message>
    <message>
        <source>(no production: account-wide features only)</source>
        <translation>(keine Produktion: nur kontoweite Funktionen)</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Mitglied:</translation>
    </message>
    <message>
        <source>&amp;Production:</source>
        <translation>&amp;Produktion:</translation>
    </message>
    <message>
        <source>Account role: %1.</source>
        <translation>Kontorolle: %1.</translation>
    </message>
    <message>
        <source>No account role.</source>
        <translation>Keine Kontorolle.</translation>
    </message>
    <message>
        <source>In this production: %1.</source>
        <translation>In dieser Produktion: %1.</translation>
    </message>
    <message>
        <source>Not on this production&apos;s team.</source>
        <translation>Nicht im Team dieser Produktion.</translation>
    </message>
    <message>
        <source>Each granted level names the role that grants it; &quot;(team)&quot; marks the role held in the production.</source>
        <translation>Zu jeder erteilten Stufe wird die Rolle genannt, die sie erteilt; „(Team)“ kennzeichnet die Rolle in der Produktion.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>&amp;At (%1):</source>
        <translation>&amp;Zeitpunkt (%1):</translation>
    </message>
</context>
<context>
    <name>rs::CompareDialog</name>
    <message>
        <source>Only rows that differ</source>
        <translation>Nur abweichende Zeilen</translation>
    </message>
    <message>
        <source>Compare roles</source>
        <translation>Rollen vergleichen</translation>
    </message>
    <message>
        <source>Roles to compare:</source>
        <translation>Zu vergleichende Rollen:</translation>
    </message>
    <message>
        <source>Tick two or more roles.</source>
        <translation>Haken Sie zwei oder mehr Rollen an.</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (Vorlage)</translation>
    </message>
    <message>
        <source>%1 (production role)</source>
        <translation>%1 (Produktionsrolle)</translation>
    </message>
    <message>
        <source>Features that differ: %1</source>
        <translation>Abweichende Funktionen: %1</translation>
    </message>
</context>
<context>
    <name>rs::CompareModel</name>
    <message>
        <source>Section</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (Vorlage)</translation>
    </message>
</context>
<context>
    <name>rs::ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Mit Server verbinden</translation>
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
        <translation>verify-full — verschlüsselt, Zertifikat und Hostname geprüft</translation>
    </message>
    <message>
        <source>verify-ca — encrypted, certificate checked</source>
        <translation>verify-ca — verschlüsselt, Zertifikat geprüft</translation>
    </message>
    <message>
        <source>require — encrypted, not verified</source>
        <translation>require — verschlüsselt, nicht geprüft</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation>&amp;Verschlüsselung (sslmode):</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Fill in the host and the database.</source>
        <translation>Geben Sie Host und Datenbank an.</translation>
    </message>
    <message>
        <source>disable — never encrypted (only on a network you trust)</source>
        <translation>disable — nie verschlüsselt (nur in einem Netz, dem Sie vertrauen)</translation>
    </message>
    <message>
        <source>The server&apos;s password is read from your password file (~/.pgpass, or the file PGPASSFILE names) or from PGPASSWORD; without one there, it is asked for after Connect and may be kept in the system keyring. It is never written to the settings.</source>
        <translation>Das Passwort des Servers wird aus Ihrer Passwortdatei (~/.pgpass oder der in PGPASSFILE genannten Datei) oder aus PGPASSWORD gelesen; steht dort keines, wird es nach „Verbinden“ abgefragt und kann im Schlüsselbund des Systems aufbewahrt werden. Es wird nie in die Einstellungen geschrieben.</translation>
    </message>
</context>
<context>
    <name>rs::DateField</name>
    <message>
        <source>2026-12-24 18:00, &quot;now&quot; or &quot;+14d&quot;</source>
        <translation>2026-12-24 18:00, „jetzt“ oder „+14d“</translation>
    </message>
    <message>
        <source>2026-12-24, &quot;tomorrow&quot; or &quot;+14d&quot;</source>
        <translation>2026-12-24, „morgen“ oder „+14d“</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>Pick the date in a calendar</source>
        <translation>Datum im Kalender wählen</translation>
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
        <translation>nicht im Team</translation>
    </message>
    <message>
        <source>no account role</source>
        <translation>keine Kontorolle</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1, no end</source>
        <translation>%1, ohne Ende</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>ohne Ende</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 is gone</source>
        <translation>Der Platz von %1 in %2 entfällt</translation>
    </message>
    <message>
        <source>Take the end off %1&apos;s seat in %2</source>
        <translation>Ende vom Platz von %1 in %2 entfernen</translation>
    </message>
    <message>
        <source>Extend %1&apos;s seat in %2 to %3</source>
        <translation>Platz von %1 in %2 bis %3 verlängern</translation>
    </message>
    <message>
        <source>End %1&apos;s seat in %2 on %3</source>
        <translation>Platz von %1 in %2 am %3 beenden</translation>
    </message>
    <message>
        <source>Let %1&apos;s seat in %2 run %3</source>
        <translation>Platz von %1 in %2 %3 laufen lassen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>Invite %1 to %2 as %3 from %4 until %5</source>
        <translation>%1 zu %2 als %3 einladen, vom %4 bis %5</translation>
    </message>
    <message>
        <source>Invite %1 to %2 as %3 from %4, no end</source>
        <translation>%1 zu %2 als %3 einladen, ab %4, ohne Ende</translation>
    </message>
    <message>
        <source>Take the account role from %1</source>
        <translation>%1 die Kontorolle entziehen</translation>
    </message>
    <message>
        <source>Let %1 keep the account role %2 with no end</source>
        <translation>%1 behält die Kontorolle %2 ohne Ende</translation>
    </message>
    <message>
        <source>Extend %1&apos;s account role %2 to %3</source>
        <translation>Kontorolle %2 von %1 bis %3 verlängern</translation>
    </message>
    <message>
        <source>End %1&apos;s account role %2 on %3</source>
        <translation>Kontorolle %2 von %1 am %3 beenden</translation>
    </message>
    <message>
        <source>Give %1 the account role %2 until %3</source>
        <translation>%1 die Kontorolle %2 bis %3 geben</translation>
    </message>
    <message>
        <source>Give %1 the account role %2, no end</source>
        <translation>%1 die Kontorolle %2 geben, ohne Ende</translation>
    </message>
    <message>
        <source>no wrap date</source>
        <translation>kein Abschlussdatum</translation>
    </message>
    <message>
        <source>Wrap %1 on %2</source>
        <translation>%1 am %2 abschließen</translation>
    </message>
    <message>
        <source>Take the wrap date off %1</source>
        <translation>Abschlussdatum von %1 entfernen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1, no end</source>
        <translation>ab %1, ohne Ende</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1 loses the seat in %2 from %3</source>
        <translation>%1 verliert den Platz in %2 ab %3</translation>
    </message>
    <message>
        <source>%1 gains a seat in %2 from %3</source>
        <translation>%1 erhält einen Platz in %2 ab %3</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 starts on %3</source>
        <translation>Der Platz von %1 in %2 beginnt am %3</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 ends on %3</source>
        <translation>Der Platz von %1 in %2 endet am %3</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 no longer ends</source>
        <translation>Der Platz von %1 in %2 endet nicht mehr</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 runs %3</source>
        <translation>Der Platz von %1 in %2 läuft %3</translation>
    </message>
    <message>
        <source>%1&apos;s account role %2 ends on %3</source>
        <translation>Die Kontorolle %2 von %1 endet am %3</translation>
    </message>
    <message>
        <source>%1&apos;s account role %2 no longer ends</source>
        <translation>Die Kontorolle %2 von %1 endet nicht mehr</translation>
    </message>
</context>
<context>
    <name>rs::DetailsPanel</name>
    <message>
        <source>Invited productions only</source>
        <translation>Nur Produktionen mit Einladung</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Schutzregeln</translation>
    </message>
    <message>
        <source>No %1 features</source>
        <translation>Keine Funktionen der Kategorie %1</translation>
    </message>
    <message>
        <source>The role reaches only the productions its holders were invited to.</source>
        <translation>Die Rolle gilt nur für die Produktionen, zu denen ihre Inhaber eingeladen wurden.</translation>
    </message>
    <message>
        <source>Remove a guardrail</source>
        <translation>Schutzregel entfernen</translation>
    </message>
    <message>
        <source>Removing the %1 guardrail from %2 is recorded. Why does it come off?</source>
        <translation>Das Entfernen der Schutzregel für %1 von %2 wird protokolliert. Warum entfällt sie?</translation>
    </message>
    <message>
        <source>No role selected</source>
        <translation>Keine Rolle ausgewählt</translation>
    </message>
    <message>
        <source>Template (%1 scope): roles are created from it; nobody holds it.</source>
        <translation>Vorlage (Geltung: %1): Aus ihr werden Rollen angelegt; niemand hat sie inne.</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Account role: applies across the whole workspace.</source>
        <translation>Kontorolle: gilt im ganzen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Production role of %1.</source>
        <translation>Produktionsrolle von %1.</translation>
    </message>
    <message>
        <source>Production role, available in every production.</source>
        <translation>Produktionsrolle, in jeder Produktion verfügbar.</translation>
    </message>
    <message>
        <source>Built in and locked.</source>
        <translation>Eingebaut und gesperrt.</translation>
    </message>
    <message>
        <source>Templates are not held by anyone.</source>
        <translation>Vorlagen hat niemand inne.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Edit &amp;description…</source>
        <translation>&amp;Beschreibung bearbeiten…</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What %1 is for, in a sentence or two:</source>
        <translation>Wofür %1 da ist, in ein, zwei Sätzen:</translation>
    </message>
    <message>
        <source>Nobody holds this role.</source>
        <translation>Niemand hat diese Rolle inne.</translation>
    </message>
    <message>
        <source>Members who hold it: %1</source>
        <translation>Mitglieder mit dieser Rolle: %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>endete am %1</translation>
    </message>
    <message>
        <source>in %1 ended %2</source>
        <translation>in %1 endete am %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>in %1 until %2</source>
        <translation>in %1 bis %2</translation>
    </message>
</context>
<context>
    <name>rs::Document</name>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird angelegt…</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n staged changes…</source>
        <translation>
            <numerusform>%n vorgemerkte Änderung wird übernommen…</numerusform>
            <numerusform>%n vorgemerkte Änderungen werden übernommen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the workspace again…</source>
        <translation>Arbeitsbereich wird neu eingelesen…</translation>
    </message>
    <message>
        <source>Replacing the workspace…</source>
        <translation>Arbeitsbereich wird ersetzt…</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Änderungsprotokoll wird gelesen…</translation>
    </message>
    <message>
        <source>Wait until this is done: %1</source>
        <translation>Warten Sie, bis dies erledigt ist: %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Cancelled; the workspace open before stays open as it was.</source>
        <translation>Abgebrochen; der zuvor geöffnete Arbeitsbereich bleibt unverändert geöffnet.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Apply or discard the staged changes before closing an access review.</source>
        <translation>Übernehmen oder verwerfen Sie die vorgemerkten Änderungen, bevor Sie eine Zugriffsüberprüfung abschließen.</translation>
    </message>
</context>
<context>
    <name>rs::Duties</name>
    <message>
        <source>Campaigns approved by their author</source>
        <translation>Kampagnen, die ihr Autor freigibt</translation>
    </message>
    <message>
        <source>Whoever writes a campaign should not approve it.</source>
        <translation>Wer eine Kampagne schreibt, sollte sie nicht freigeben.</translation>
    </message>
    <message>
        <source>Discounts on one&apos;s own orders</source>
        <translation>Rabatte auf eigene Bestellungen</translation>
    </message>
    <message>
        <source>Making discount codes and editing orders together moves money unseen.</source>
        <translation>Wer Rabattcodes anlegt und Bestellungen bearbeitet, bewegt unbemerkt Geld.</translation>
    </message>
    <message>
        <source>Prices and the orders they price</source>
        <translation>Preise und die Bestellungen, die sie bepreisen</translation>
    </message>
    <message>
        <source>Setting prices and editing the orders they price lets one person set what an order is worth.</source>
        <translation>Wer Preise festlegt und die bepreisten Bestellungen bearbeitet, bestimmt allein, was eine Bestellung wert ist.</translation>
    </message>
    <message>
        <source>Refused by a duty rule: %1.</source>
        <translation>Von einer Funktionstrennungsregel abgelehnt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n more conflict(s) like it.</source>
        <translation>
            <numerusform>%n weiterer solcher Konflikt.</numerusform>
            <numerusform>%n weitere solche Konflikte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>rs::DutiesDialog</name>
    <message>
        <source>Duties</source>
        <translation>Funktionstrennung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>One side</source>
        <translation>Eine Seite</translation>
    </message>
    <message>
        <source>Other side</source>
        <translation>Andere Seite</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Switch &amp;On</source>
        <translation>&amp;Einschalten</translation>
    </message>
    <message>
        <source>Switch the selected suggested rule on</source>
        <translation>Die ausgewählte vorgeschlagene Regel einschalten</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>One side through</source>
        <translation>Eine Seite durch</translation>
    </message>
    <message>
        <source>Other side through</source>
        <translation>Andere Seite durch</translation>
    </message>
    <message>
        <source>Where from</source>
        <translation>Woher</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikte</translation>
    </message>
    <message>
        <source>in every production</source>
        <translation>in jeder Produktion</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Ständig</translation>
    </message>
    <message>
        <source>Who can</source>
        <translation>Wer darf</translation>
    </message>
    <message>
        <source>on</source>
        <translation>am</translation>
    </message>
    <message>
        <source>&amp;Who Can</source>
        <translation>&amp;Wer darf</translation>
    </message>
    <message>
        <source>&amp;Duties…</source>
        <translation>&amp;Funktionstrennung…</translation>
    </message>
    <message>
        <source>Duties no one person may combine, their conflicts, and who can do what through what</source>
        <translation>Aufgaben, die niemand zugleich innehaben darf, ihre Konflikte, und wer was wodurch darf</translation>
    </message>
    <message>
        <source>suggested, off</source>
        <translation>vorgeschlagen, aus</translation>
    </message>
    <message>
        <source>staged change</source>
        <translation>vorgemerkte Änderung</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>; exception until %1, granted by %2</source>
        <translation>; Ausnahme bis %1, gewährt von %2</translation>
    </message>
    <message>
        <source>%1 answers: who can %2 %3 on %4.</source>
        <translation>%1 Antworten: wer %3 am %4 %2 darf.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 without an exception, %2 from staged changes (a block rule refuses those on Apply). Standing exceptions, holding every cell by design: %3.</source>
        <translation>%1 ohne Ausnahme, %2 aus vorgemerkten Änderungen (eine block-Regel lehnt diese beim Übernehmen ab). Ständige Ausnahmen, die von vornherein jede Zelle haben: %3.</translation>
    </message>
</context>
<context>
    <name>rs::DutyStore</name>
    <message>
        <source>The duty rules of the workspace cannot be read.</source>
        <translation>Die Funktionstrennungsregeln des Arbeitsbereichs können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The workspace&apos;s schema has no duty rules; open it with a newer Rolesheet.</source>
        <translation>Das Schema des Arbeitsbereichs kennt keine Funktionstrennungsregeln; öffnen Sie ihn mit einem neueren Rolesheet.</translation>
    </message>
    <message>
        <source>Added duty rule %1</source>
        <translation>Funktionstrennungsregel %1 hinzugefügt</translation>
    </message>
    <message>
        <source>The duty rule could not be saved; nothing was changed.</source>
        <translation>Die Funktionstrennungsregel konnte nicht gespeichert werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Removed duty rule %1</source>
        <translation>Funktionstrennungsregel %1 entfernt</translation>
    </message>
    <message>
        <source>No duty rule named &quot;%1&quot;.</source>
        <translation>Keine Funktionstrennungsregel namens „%1“.</translation>
    </message>
    <message>
        <source>The duty rule could not be removed; nothing was changed.</source>
        <translation>Die Funktionstrennungsregel konnte nicht entfernt werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Granted %1 an exception to duty rule %2</source>
        <translation>%1 eine Ausnahme von der Funktionstrennungsregel %2 gewährt</translation>
    </message>
    <message>
        <source>The exception could not be saved; nothing was changed.</source>
        <translation>Die Ausnahme konnte nicht gespeichert werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The duty rules could not be saved; nothing was changed.</source>
        <translation>Die Funktionstrennungsregeln konnten nicht gespeichert werden; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>rs::EditSession</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
</context>
<context>
    <name>rs::ExpiringDialog</name>
    <message>
        <source>Expiring Soon</source>
        <translation>Bald ablaufend</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Show what ends within</source>
        <translation>Was endet im Zeitraum von</translation>
    </message>
    <message>
        <source>Show what ends &amp;within:</source>
        <translation>Was endet im &amp;Zeitraum von:</translation>
    </message>
    <message>
        <source>Extend or renew by</source>
        <translation>Verlängern oder erneuern um</translation>
    </message>
    <message>
        <source>Extend or renew &amp;by:</source>
        <translation>Verlängern oder erneuern &amp;um:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Seats and account roles that end</source>
        <translation>Teamplätze und Kontorollen, die enden</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>&amp;Verlängern</translation>
    </message>
    <message>
        <source>Move the end of the selected access later by the days above.</source>
        <translation>Das Ende des ausgewählten Zugriffs um die oben angegebenen Tage nach hinten verschieben.</translation>
    </message>
    <message>
        <source>End &amp;Now</source>
        <translation>Jetzt &amp;beenden</translation>
    </message>
    <message>
        <source>End the selected access now; it stays listed as ended.</source>
        <translation>Den ausgewählten Zugriff jetzt beenden; er bleibt als beendet aufgeführt.</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>&amp;Erneuern</translation>
    </message>
    <message>
        <source>Start the selected access again from today, for the days above.</source>
        <translation>Den ausgewählten Zugriff ab heute für die oben angegebenen Tage neu beginnen lassen.</translation>
    </message>
    <message>
        <source>&amp;Expiring Soon…</source>
        <translation>&amp;Bald ablaufend…</translation>
    </message>
    <message>
        <source>Seats and account roles that end within two weeks, and those that have ended.</source>
        <translation>Teamplätze und Kontorollen, die innerhalb von zwei Wochen enden, und solche, die bereits geendet haben.</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>Endet heute</translation>
    </message>
    <message numerus="yes">
        <source>Ends in %n days</source>
        <translation>
            <numerusform>Endet in %n Tag</numerusform>
            <numerusform>Endet in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>wrap date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>(account role)</source>
        <translation>(Kontorolle)</translation>
    </message>
    <message numerus="yes">
        <source>%n ending within the window</source>
        <translation>
            <numerusform>%n endet im Zeitraum</numerusform>
            <numerusform>%n enden im Zeitraum</numerusform>
        </translation>
    </message>
    <message>
        <source>Times are in %1.</source>
        <translation>Zeitangaben in der Zeitzone %1.</translation>
    </message>
    <message numerus="yes">
        <source>Extend access by %n days</source>
        <translation>
            <numerusform>Zugriff um %n Tag verlängern</numerusform>
            <numerusform>Zugriff um %n Tage verlängern</numerusform>
        </translation>
    </message>
    <message>
        <source>End access now</source>
        <translation>Zugriff jetzt beenden</translation>
    </message>
    <message numerus="yes">
        <source>Renew access for %n days</source>
        <translation>
            <numerusform>Zugriff für %n Tag erneuern</numerusform>
            <numerusform>Zugriff für %n Tage erneuern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing ends within %n day(s). Look further ahead with the days above, or give a freelancer’s seat an end with Members › Invite to Production… or Set Account Role….</source>
        <translation>
            <numerusform>Innerhalb von %n Tag endet nichts. Schauen Sie mit den Tagen oben weiter voraus, oder geben Sie dem Platz einer freien Mitarbeiterin ein Ende mit Mitglieder › Zu Produktion einladen… oder Kontorolle festlegen….</numerusform>
            <numerusform>Innerhalb von %n Tagen endet nichts. Schauen Sie mit den Tagen oben weiter voraus, oder geben Sie dem Platz einer freien Mitarbeiterin ein Ende mit Mitglieder › Zu Produktion einladen… oder Kontorolle festlegen….</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already ended: that access no longer counts. Select a row to extend or renew it.</source>
        <translation>
            <numerusform>%n bereits beendet: dieser Zugriff zählt nicht mehr. Wählen Sie eine Zeile, um ihn zu verlängern oder zu erneuern.</numerusform>
            <numerusform>%n bereits beendet: dieser Zugriff zählt nicht mehr. Wählen Sie eine Zeile, um ihn zu verlängern oder zu erneuern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::FirstRunHint</name>
    <message>
        <source>Where to start</source>
        <translation>Wo anfangen</translation>
    </message>
    <message>
        <source>Got It</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Pick a role or the Production template in the navigator.</source>
        <translation>Wählen Sie im Navigator eine Rolle oder die Vorlage Produktion.</translation>
    </message>
    <message>
        <source>Tick the boxes of its grid: View, Add, Edit or Delete for each feature.</source>
        <translation>Setzen Sie die Haken in ihrem Raster: Ansehen, Hinzufügen, Bearbeiten oder Löschen für jede Funktion.</translation>
    </message>
    <message>
        <source>Tick the boxes of its grid: View, Add, Edit or Delete for each feature. %1 takes you to the grid; the arrow keys and Space work there.</source>
        <translation>Setzen Sie die Haken in ihrem Raster: Ansehen, Hinzufügen, Bearbeiten oder Löschen für jede Funktion. %1 bringt Sie zum Raster; dort funktionieren die Pfeiltasten und die Leertaste.</translation>
    </message>
    <message>
        <source>Changes are staged first: review them, then apply them in one step.</source>
        <translation>Änderungen werden zuerst vorgemerkt: Prüfen Sie sie und übernehmen Sie sie dann in einem Schritt.</translation>
    </message>
    <message>
        <source>Changes are staged first: review them with %1, then apply them in one step with %2.</source>
        <translation>Änderungen werden zuerst vorgemerkt: Prüfen Sie sie mit %1 und übernehmen Sie sie dann in einem Schritt mit %2.</translation>
    </message>
</context>
<context>
    <name>rs::GridPanel</name>
    <message>
        <source>Filter features (Ctrl+F)</source>
        <translation>Funktionen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>No role selected</source>
        <translation>Keine Rolle ausgewählt</translation>
    </message>
    <message>
        <source>Pick a role or a template in the navigator to see its grid.</source>
        <translation>Wählen Sie links eine Rolle oder Vorlage, um ihr Raster zu sehen.</translation>
    </message>
    <message>
        <source>%1 is built in and locked: its permissions cannot be changed. Duplicate it to make a role you can edit.</source>
        <translation>%1 ist eingebaut und gesperrt: Ihre Berechtigungen lassen sich nicht ändern. Duplizieren Sie sie, um eine bearbeitbare Rolle zu erhalten.</translation>
    </message>
    <message>
        <source>Guardrails: no %1 features.</source>
        <translation>Schutzregeln: keine Funktionen der Kategorie %1.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:#ffe28c&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; changed, not applied yet&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;⚠ Add, Edit or Delete without View&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;greyed: closed by a rule (hover for why)&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;greyed with a padlock: a built-in role, locked</source>
        <translation>&lt;span style=&quot;background:#ffe28c&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; geändert, noch nicht übernommen&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;⚠ Hinzufügen, Bearbeiten oder Löschen ohne Ansehen&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;ausgegraut: durch eine Regel gesperrt (Maus darüber zeigt den Grund)&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;ausgegraut mit Schloss: eine eingebaute Rolle, gesperrt</translation>
    </message>
    <message numerus="yes">
        <source>Grant %n cell(s) to %1</source>
        <translation>
            <numerusform>%n Zelle für %1 erteilen</numerusform>
            <numerusform>%n Zellen für %1 erteilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s) of %1</source>
        <translation>
            <numerusform>%n Zelle von %1 leeren</numerusform>
            <numerusform>%n Zellen von %1 leeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were left as they were: %1</source>
        <translation>
            <numerusform>%n Zelle blieb unverändert: %1</numerusform>
            <numerusform>%n Zellen blieben unverändert: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Granted %n selected cell(s): some open cells were not granted.</source>
        <translation>
            <numerusform>%n ausgewählte Zelle erteilt: Einige offene Zellen waren nicht erteilt.</numerusform>
            <numerusform>%n ausgewählte Zellen erteilt: Einige offene Zellen waren nicht erteilt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n selected cell(s): every open cell was granted.</source>
        <translation>
            <numerusform>%n ausgewählte Zelle geleert: Jede offene Zelle war erteilt.</numerusform>
            <numerusform>%n ausgewählte Zellen geleert: Jede offene Zelle war erteilt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s).</source>
        <translation>
            <numerusform>%n Zelle kopiert.</numerusform>
            <numerusform>%n Zellen kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s) onto %1</source>
        <translation>
            <numerusform>%n Zelle in %1 einfügen</numerusform>
            <numerusform>%n Zellen in %1 einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) fell outside the grid.</source>
        <translation>
            <numerusform>%n Zelle lag außerhalb des Rasters.</numerusform>
            <numerusform>%n Zellen lagen außerhalb des Rasters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s).</source>
        <translation>
            <numerusform>%n Zelle eingefügt.</numerusform>
            <numerusform>%n Zellen eingefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were not pasted: %1</source>
        <translation>
            <numerusform>%n Zelle wurde nicht eingefügt: %1</numerusform>
            <numerusform>%n Zellen wurden nicht eingefügt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select cells in the grid and one or more other roles in the navigator (Ctrl+click), then apply the cells to them.</source>
        <translation>Wählen Sie Zellen im Raster und eine oder mehrere andere Rollen im Navigator (Strg+Klick) aus und übertragen Sie die Zellen dann auf diese Rollen.</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n cell(s) of %1 to the selected roles</source>
        <translation>
            <numerusform>%n Zelle von %1 in die ausgewählten Rollen kopieren</numerusform>
            <numerusform>%n Zellen von %1 in die ausgewählten Rollen kopieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s) to the selected roles.</source>
        <translation>
            <numerusform>%n Zelle in die ausgewählten Rollen kopiert.</numerusform>
            <numerusform>%n Zellen in die ausgewählten Rollen kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were not copied: %1</source>
        <translation>
            <numerusform>%n Zelle wurde nicht kopiert: %1</numerusform>
            <numerusform>%n Zellen wurden nicht kopiert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy Cells</source>
        <translation>Zellen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste Cells</source>
        <translation>Zellen einfü&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Set or Clear Selected Cells</source>
        <translation>Ausgewählte Zellen setzen oder &amp;leeren</translation>
    </message>
    <message>
        <source>Copy the selected cells, as text a spreadsheet takes (%1)</source>
        <translation>Die ausgewählten Zellen als Text kopieren, den eine Tabellenkalkulation übernimmt (%1)</translation>
    </message>
    <message>
        <source>Paste copied cells onto the shown role from the current cell (%1)</source>
        <translation>Kopierte Zellen ab der aktuellen Zelle in die angezeigte Rolle einfügen (%1)</translation>
    </message>
    <message>
        <source>Grant every selected cell, or clear them all when all are granted (Space)</source>
        <translation>Jede ausgewählte Zelle erteilen oder alle leeren, wenn alle erteilt sind (Leertaste)</translation>
    </message>
</context>
<context>
    <name>rs::HelpActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>&amp;Where to Start</source>
        <translation>&amp;Wo anfangen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>rs::Journal</name>
    <message>
        <source>The folder for staged changes cannot be created.</source>
        <translation>Der Ordner für vorgemerkte Änderungen kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Staged changes cannot be saved: %1.</source>
        <translation>Vorgemerkte Änderungen können nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>Staged changes cannot be read: %1.</source>
        <translation>Vorgemerkte Änderungen können nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The saved staged changes are damaged and were not restored: %1</source>
        <translation>Die gespeicherten vorgemerkten Änderungen sind beschädigt und wurden nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>the file is too large.</source>
        <translation>die Datei ist zu groß.</translation>
    </message>
    <message>
        <source>it is not a journal of staged changes.</source>
        <translation>die Datei enthält keine vorgemerkten Änderungen.</translation>
    </message>
    <message>
        <source>The saved staged changes belong to another workspace.</source>
        <translation>Die gespeicherten vorgemerkten Änderungen gehören zu einem anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>the workspace version is not a number.</source>
        <translation>die Version des Arbeitsbereichs ist keine Zahl.</translation>
    </message>
    <message>
        <source>the list of changes is missing.</source>
        <translation>die Liste der Änderungen fehlt.</translation>
    </message>
    <message>
        <source>change %1 is not a change.</source>
        <translation>Änderung %1 ist keine Änderung.</translation>
    </message>
    <message>
        <source>change %1 names the %2 id %3, which is not a whole number from 1 to 2^53 - 1.</source>
        <translation>Änderung %1 nennt die %2-ID %3; das ist keine ganze Zahl von 1 bis 2^53 - 1.</translation>
    </message>
</context>
<context>
    <name>rs::Keyring</name>
    <message>
        <source>No system keyring is available, so the password was not remembered.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher wurde das Passwort nicht gespeichert.</translation>
    </message>
    <message>
        <source>The system keyring could not be reached, so the password was not remembered.</source>
        <translation>Der Schlüsselbund des Systems war nicht erreichbar, daher wurde das Passwort nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>rs::Levels</name>
    <message>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Unknown level &quot;%1&quot;: use view, add, edit or delete.</source>
        <translation>Unbekannte Stufe „%1“: Verwenden Sie view, add, edit oder delete.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No levels given: use none or a comma list of view, add, edit, delete.</source>
        <translation>Keine Stufen angegeben: Verwenden Sie none oder eine Kommaliste aus view, add, edit, delete.</translation>
    </message>
    <message>
        <source>Malformed levels &quot;%1&quot;: use none or a comma list of view, add, edit, delete.</source>
        <translation>Ungültige Stufen „%1“: Verwenden Sie none oder eine Kommaliste aus view, add, edit, delete.</translation>
    </message>
</context>
<context>
    <name>rs::Links</name>
    <message>
        <source>A rule keeps %1 out of %2.</source>
        <translation>Eine Regel hält %1 von %2 fern.</translation>
    </message>
    <message>
        <source>in step</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>im Rückstand</translation>
    </message>
    <message>
        <source>locally changed</source>
        <translation>lokal geändert</translation>
    </message>
    <message>
        <source>%1 is linked to a template it cannot follow.</source>
        <translation>%1 ist mit einer Vorlage verknüpft, der es nicht folgen kann.</translation>
    </message>
</context>
<context>
    <name>rs::MainWindow</name>
    <message>
        <source>Rolesheet workspaces (*.rolesheet);;All files (*)</source>
        <translation>Rolesheet-Arbeitsbereiche (*.rolesheet);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation>Änderungen &amp;übernehmen</translation>
    </message>
    <message>
        <source>Write every staged change to the workspace in one step (Ctrl+S)</source>
        <translation>Alle vorgemerkten Änderungen in einem Schritt in den Arbeitsbereich schreiben (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Discard Changes…</source>
        <translation>Änderungen &amp;verwerfen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Review Changes…</source>
        <translation>Änderungen &amp;prüfen…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Rolesheet</source>
        <translation>Ü&amp;ber Rolesheet</translation>
    </message>
    <message>
        <source>&amp;Filter Features</source>
        <translation>Funktionen &amp;filtern</translation>
    </message>
    <message>
        <source>Go to &amp;Grid</source>
        <translation>Zum Ra&amp;ster</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Go to &amp;Navigator</source>
        <translation>Zum &amp;Navigator</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
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
        <translation>Arbeitsbereich %1: alle Änderungen übernommen</translation>
    </message>
    <message>
        <source>Restore staged changes</source>
        <translation>Vorgemerkte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>Nichts wurde übernommen: %1</translation>
    </message>
    <message>
        <source>Staged changes</source>
        <translation>Vorgemerkte Änderungen</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>About Rolesheet</source>
        <translation>Über Rolesheet</translation>
    </message>
    <message>
        <source>Rolesheet %1
Design the permission roles of a creative studio: one grid per role, guarded by the ownership rules.</source>
        <translation>Rolesheet %1
Die Berechtigungsrollen eines Kreativstudios gestalten: ein Raster je Rolle, geschützt durch die Regeln der Inhaberschaft.</translation>
    </message>
    <message>
        <source>Drop every staged change (%1 in all)? The workspace stays as it was.</source>
        <translation>Alle vorgemerkten Änderungen verwerfen (insgesamt %1)? Der Arbeitsbereich bleibt, wie er war.</translation>
    </message>
    <message>
        <source>%1 — staged changes: %2 — Rolesheet</source>
        <translation>%1 — vorgemerkte Änderungen: %2 — Rolesheet</translation>
    </message>
    <message>
        <source>Some changes are staged but not applied (%1 in all). Apply them before leaving?</source>
        <translation>Einige Änderungen sind vorgemerkt, aber nicht übernommen (insgesamt %1). Vor dem Beenden übernehmen?</translation>
    </message>
    <message>
        <source>The workspace was changed elsewhere and read again; your staged changes are kept.</source>
        <translation>Der Arbeitsbereich wurde anderswo geändert und neu eingelesen; Ihre vorgemerkten Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>This workspace breaks a rule: %1 It is open read-only: no change can be applied. Save its data as JSON with &quot;rolesheet-cli export-workspace -o FILE.json&quot;, correct the file and bring it back with Import.</source>
        <translation>Dieser Arbeitsbereich verstößt gegen eine Regel: %1 Er ist schreibgeschützt geöffnet: Es lässt sich keine Änderung übernehmen. Speichern Sie seine Daten als JSON mit „rolesheet-cli export-workspace -o FILE.json“, korrigieren Sie die Datei und holen Sie sie mit „Importieren“ zurück.</translation>
    </message>
    <message>
        <source>Staged changes saved on %1 were not restored: they were made on a later version of this workspace than the one now at %2, which was replaced by an older copy.</source>
        <translation>Die am %1 gespeicherten vorgemerkten Änderungen wurden nicht wiederhergestellt: Sie entstanden an einer neueren Version dieses Arbeitsbereichs als der jetzt unter %2, die durch eine ältere Kopie ersetzt wurde.</translation>
    </message>
    <message numerus="yes">
        <source>The last session left staged changes that were never applied (%n in all):</source>
        <translation>
            <numerusform>Die letzte Sitzung hat eine vorgemerkte Änderung hinterlassen, die nie übernommen wurde (insgesamt %n):</numerusform>
            <numerusform>Die letzte Sitzung hat vorgemerkte Änderungen hinterlassen, die nie übernommen wurden (insgesamt %n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a Production…</source>
        <translation>Produktion anlegen…</translation>
    </message>
    <message numerus="yes">
        <source>Staged, not applied yet: %n change(s). Review them with Ctrl+R, apply with Ctrl+S.</source>
        <translation>
            <numerusform>Vorgemerkt, noch nicht übernommen: %n Änderung. Mit Strg+R prüfen, mit Strg+S übernehmen.</numerusform>
            <numerusform>Vorgemerkt, noch nicht übernommen: %n Änderungen. Mit Strg+R prüfen, mit Strg+S übernehmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore them? Edit › Undo takes them back in one step.</source>
        <translation>Wiederherstellen? Bearbeiten › Rückgängig nimmt sie in einem Schritt zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n staged changes</source>
        <translation>
            <numerusform>%n vorgemerkte Änderung wiederherstellen</numerusform>
            <numerusform>%n vorgemerkte Änderungen wiederherstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved change(s) no longer fit the workspace and were left out.</source>
        <translation>
            <numerusform>%n gespeicherte Änderung passt nicht mehr zum Arbeitsbereich und wurde ausgelassen.</numerusform>
            <numerusform>%n gespeicherte Änderungen passen nicht mehr zum Arbeitsbereich und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n change(s), in one step.</source>
        <translation>
            <numerusform>Übernommen: %n Änderung, in einem Schritt.</numerusform>
            <numerusform>Übernommen: %n Änderungen, in einem Schritt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workspace was changed elsewhere and read again. %n of your staged changes no longer fit it and were left out.</source>
        <translation>
            <numerusform>Der Arbeitsbereich wurde anderswo geändert und neu eingelesen. %n Ihrer vorgemerkten Änderungen passt nicht mehr und wurde ausgelassen.</numerusform>
            <numerusform>Der Arbeitsbereich wurde anderswo geändert und neu eingelesen. %n Ihrer vorgemerkten Änderungen passen nicht mehr und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply &amp;Column to Selected Roles</source>
        <translation>&amp;Spalte auf ausgewählte Rollen übertragen</translation>
    </message>
    <message>
        <source>Copy the cells selected in the grid to every role selected in the navigator</source>
        <translation>Die im Raster ausgewählten Zellen in jede im Navigator ausgewählte Rolle kopieren</translation>
    </message>
    <message>
        <source>Opening cancelled; the workspace stays as it was.</source>
        <translation>Öffnen abgebrochen; der Arbeitsbereich bleibt, wie er war.</translation>
    </message>
    <message>
        <source>Closing once this is done: %1</source>
        <translation>Wird geschlossen, sobald dies erledigt ist: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The workspace was read again after your change.</source>
        <translation>Der Arbeitsbereich wurde nach Ihrer Änderung neu gelesen.</translation>
    </message>
    <message>
        <source>Applied, with a new conflict of a warn duty rule: %1</source>
        <translation>Übernommen, mit einem neuen Konflikt einer Warnregel: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more like it; View › Duties… lists them.</source>
        <translation>
            <numerusform>%n weiterer dieser Art; Ansicht › Funktionstrennung… listet ihn auf.</numerusform>
            <numerusform>%n weitere dieser Art; Ansicht › Funktionstrennung… listet sie auf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::MemberActions</name>
    <message>
        <source>(no account role)</source>
        <translation>(keine Kontorolle)</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>Mitglied &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Set &amp;Account Role…</source>
        <translation>&amp;Kontorolle festlegen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Transfer Ownership…</source>
        <translation>Inhaberschaft &amp;übertragen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Create &amp;Production…</source>
        <translation>&amp;Produktion anlegen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Invite to Production…</source>
        <translation>Zu Produktion &amp;einladen…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Check Access…</source>
        <translation>Zugriff &amp;prüfen…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Account role:</source>
        <translation>&amp;Kontorolle:</translation>
    </message>
    <message>
        <source>Set account role</source>
        <translation>Kontorolle festlegen</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Mitglied:</translation>
    </message>
    <message>
        <source>Create production</source>
        <translation>Produktion anlegen</translation>
    </message>
    <message>
        <source>Created &amp;by:</source>
        <translation>Angelegt &amp;von:</translation>
    </message>
    <message>
        <source>There is no production to invite anyone to: create one first.</source>
        <translation>Es gibt keine Produktion, zu der jemand eingeladen werden könnte: Legen Sie zuerst eine an.</translation>
    </message>
    <message>
        <source>Invite to production</source>
        <translation>Zu Produktion einladen</translation>
    </message>
    <message>
        <source>&amp;Production:</source>
        <translation>&amp;Produktion:</translation>
    </message>
    <message>
        <source>&amp;Role there:</source>
        <translation>&amp;Rolle dort:</translation>
    </message>
    <message>
        <source>Remove from &amp;Team…</source>
        <translation>Aus dem &amp;Team nehmen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Remove Member…</source>
        <translation>Mitglied &amp;entfernen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>&amp;Delete Production…</source>
        <translation>Produktion &amp;löschen…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Del</translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Aus dem Team nehmen</translation>
    </message>
    <message>
        <source>Take %1 off the team of %2?</source>
        <translation>%1 aus dem Team von %2 nehmen?</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the workspace, with every team seat they hold?</source>
        <translation>%1 mit allen Teamplätzen aus dem Arbeitsbereich entfernen?</translation>
    </message>
    <message>
        <source>Delete production</source>
        <translation>Produktion löschen</translation>
    </message>
    <message>
        <source>Delete %1 with its team and its own roles? Members stay in the workspace.</source>
        <translation>%1 mit ihrem Team und ihren eigenen Rollen löschen? Die Mitglieder bleiben im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Re&amp;name Member or Production…</source>
        <translation>Mitglied oder Produktion &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Rename member</source>
        <translation>Mitglied umbenennen</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <source>Rename production</source>
        <translation>Produktion umbenennen</translation>
    </message>
    <message>
        <source>&amp;Until (last day):</source>
        <translation>&amp;Bis (letzter Tag):</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>Kein Ende</translation>
    </message>
    <message>
        <source>The seat would end on %1, which has passed: it is given as already ended. Invite anyway?</source>
        <translation>Der Platz würde am %1 enden, und dieser Tag ist vorbei: Er wird als bereits beendet vergeben. Trotzdem einladen?</translation>
    </message>
    <message>
        <source>&amp;From (first day):</source>
        <translation>&amp;Ab (erster Tag):</translation>
    </message>
    <message>
        <source>The account role ends after this day in %1; tick &quot;No end&quot; for one that does not end.</source>
        <translation>Die Kontorolle endet nach diesem Tag in %1; kreuzen Sie „Kein Ende“ an, wenn sie nicht enden soll.</translation>
    </message>
    <message>
        <source>From now</source>
        <translation>Ab sofort</translation>
    </message>
    <message>
        <source>The seat counts from the start of this day in %1; tick &quot;From now&quot; for a seat that counts at once.</source>
        <translation>Der Platz zählt ab Beginn dieses Tages in %1; kreuzen Sie „Ab sofort“ an für einen Platz, der sofort zählt.</translation>
    </message>
    <message>
        <source>The seat ends after this day in %1; tick &quot;No end&quot; for a seat that does not end.</source>
        <translation>Der Platz endet nach diesem Tag in %1; kreuzen Sie „Kein Ende“ an für einen Platz, der nicht endet.</translation>
    </message>
</context>
<context>
    <name>rs::MemberPage</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Double-click a seat to open its production.</source>
        <translation>Doppelklicken Sie auf einen Platz, um seine Produktion zu öffnen.</translation>
    </message>
    <message>
        <source>Access now</source>
        <translation>Zugriff jetzt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seats&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plätze&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Access now&lt;/b&gt; in:</source>
        <translation>&lt;b&gt;Zugriff jetzt&lt;/b&gt; in:</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Niemand gewählt</translation>
    </message>
    <message>
        <source>The studio&apos;s owner.</source>
        <translation>Inhaber des Studios.</translation>
    </message>
    <message>
        <source>Account role: %1, until %2.</source>
        <translation>Kontorolle: %1, bis %2.</translation>
    </message>
    <message>
        <source>Account role: %1, without an end.</source>
        <translation>Kontorolle: %1, ohne Ende.</translation>
    </message>
    <message>
        <source>It has ended and no longer counts.</source>
        <translation>Sie ist beendet und zählt nicht mehr.</translation>
    </message>
    <message>
        <source>No account role: access comes from seats alone.</source>
        <translation>Keine Kontorolle: Zugriff kommt nur aus Plätzen.</translation>
    </message>
    <message>
        <source>Dates are in %1.</source>
        <translation>Daten gelten in %1.</translation>
    </message>
    <message>
        <source>Account-wide features only</source>
        <translation>Nur kontoweite Funktionen</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Das Prüfprotokoll wird gelesen…</translation>
    </message>
    <message>
        <source>No applied change names this member yet.</source>
        <translation>Noch keine übernommene Änderung nennt dieses Mitglied.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n change(s) that name this member, newest first.</source>
        <translation>
            <numerusform>Die letzte %n Änderung, die dieses Mitglied nennt.</numerusform>
            <numerusform>Die letzten %n Änderungen, die dieses Mitglied nennen, neueste zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Close this message (Esc)</source>
        <translation>Diese Meldung schließen (Esc)</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>rs::NavigatorModel</name>
    <message>
        <source>Account roles</source>
        <translation>Kontorollen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Productions</source>
        <translation>Produktionen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: built in, locked</source>
        <translation>%1: eingebaut, gesperrt</translation>
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
        <translation>Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>rs::NavigatorPanel</name>
    <message>
        <source>Search members, roles, productions</source>
        <translation>Mitglieder, Rollen, Produktionen suchen</translation>
    </message>
    <message>
        <source>Search the workspace</source>
        <translation>Arbeitsbereich durchsuchen</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
</context>
<context>
    <name>rs::NewRoleDialog</name>
    <message>
        <source>New role for a freelancer</source>
        <translation>Neue Rolle für Freelancer</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>e.g. Freelance subtitler</source>
        <translation>z. B. Untertitelung (Freelance)</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Rollenname</translation>
    </message>
    <message>
        <source>Account role (whole workspace)</source>
        <translation>Kontorolle (ganzer Arbeitsbereich)</translation>
    </message>
    <message>
        <source>Production role (one production)</source>
        <translation>Produktionsrolle (eine Produktion)</translation>
    </message>
    <message>
        <source>Account template (for making roles)</source>
        <translation>Kontovorlage (zum Anlegen von Rollen)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A freelancer gets a production role of their own. It starts with every level of every production feature; untick the features they do not need.</source>
        <translation>Freelancer erhalten eine eigene Produktionsrolle. Sie beginnt mit jeder Stufe jeder Produktionsfunktion; entfernen Sie die Haken bei allem, was nicht gebraucht wird.</translation>
    </message>
    <message>
        <source>&amp;Production:</source>
        <translation>&amp;Produktion:</translation>
    </message>
    <message>
        <source>Keeps:</source>
        <translation>Behält:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>Ausgehen &amp;von:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Scratch: every level of every allowed feature</source>
        <translation>Leer beginnen: jede Stufe jeder erlaubten Funktion</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
</context>
<context>
    <name>rs::PasswordDialog</name>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>Im &amp;Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Server-Passwort</translation>
    </message>
    <message>
        <source>%1 on %2:%3, database %4</source>
        <translation>%1 auf %2:%3, Datenbank %4</translation>
    </message>
    <message>
        <source>your user</source>
        <translation>Ihr Benutzer</translation>
    </message>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation>Der Server fragt nach dem Passwort von %1.</translation>
    </message>
    <message>
        <source>Kept by the desktop&apos;s keyring, never in Rolesheet&apos;s settings; File › Forget Server Password removes it.</source>
        <translation>Wird im Schlüsselbund der Arbeitsumgebung aufbewahrt, nie in den Einstellungen von Rolesheet; Datei › Server-Passwort vergessen entfernt es.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
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
        <translation>%1 für jede Funktion von %2 setzen oder entfernen</translation>
    </message>
    <message>
        <source>%1 holds %2 without View: people could change what they cannot see.</source>
        <translation>%1 hat %2 ohne Ansehen: Man könnte ändern, was man nicht sieht.</translation>
    </message>
    <message>
        <source>Account-wide feature</source>
        <translation>Kontoweite Funktion</translation>
    </message>
    <message>
        <source>Feature of each production</source>
        <translation>Funktion jeder Produktion</translation>
    </message>
    <message>
        <source>%1 may %2 %3</source>
        <translation>%1: %2 bei %3 erlaubt</translation>
    </message>
    <message>
        <source>%1 may not %2 %3</source>
        <translation>%1: %2 bei %3 nicht erlaubt</translation>
    </message>
    <message>
        <source>Changed, not applied yet</source>
        <translation>Geändert, noch nicht übernommen</translation>
    </message>
    <message>
        <source>Grant %1 on every feature of %2 to %3</source>
        <translation>%3 %1 für jede Funktion von %2 erteilen</translation>
    </message>
    <message>
        <source>Remove %1 on every feature of %2 from %3</source>
        <translation>%3 %1 für jede Funktion von %2 entziehen</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <source>%1 section, %2, granted on some features</source>
        <translation>Bereich %1, %2, bei einigen Funktionen erteilt</translation>
    </message>
    <message>
        <source>%1 section, %2, not granted</source>
        <translation>Bereich %1, %2, nicht erteilt</translation>
    </message>
    <message>
        <source>%1, %2, not allowed: %3</source>
        <translation>%1, %2, nicht erlaubt: %3</translation>
    </message>
    <message>
        <source>%1, %2, granted</source>
        <translation>%1, %2, erteilt</translation>
    </message>
    <message>
        <source>%1, %2, not granted</source>
        <translation>%1, %2, nicht erteilt</translation>
    </message>
    <message>
        <source>%1 section, %2, granted wherever allowed</source>
        <translation>Bereich %1, %2, überall erteilt, wo erlaubt</translation>
    </message>
    <message>
        <source>Built-in roles are locked: duplicate the role to change it.</source>
        <translation>Eingebaute Rollen sind gesperrt: Duplizieren Sie die Rolle, um sie zu ändern.</translation>
    </message>
    <message>
        <source>%1 section, %2, granted wherever allowed, locked</source>
        <translation>Bereich %1, %2, überall erteilt, wo erlaubt, gesperrt</translation>
    </message>
    <message>
        <source>%1 section, %2, granted on some features, locked</source>
        <translation>Bereich %1, %2, bei einigen Funktionen erteilt, gesperrt</translation>
    </message>
    <message>
        <source>%1 section, %2, not granted, locked</source>
        <translation>Bereich %1, %2, nicht erteilt, gesperrt</translation>
    </message>
    <message>
        <source>%1, %2, granted, locked</source>
        <translation>%1, %2, erteilt, gesperrt</translation>
    </message>
    <message>
        <source>%1, %2, not granted, locked</source>
        <translation>%1, %2, nicht erteilt, gesperrt</translation>
    </message>
</context>
<context>
    <name>rs::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemvorgabe (%1)</translation>
    </message>
    <message>
        <source>Rolesheet speaks the new language the next time it starts.</source>
        <translation>Rolesheet spricht die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language of the editor:</source>
        <translation>&amp;Sprache des Editors:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Follow the desktop</source>
        <translation>Wie der &amp;Desktop</translation>
    </message>
    <message>
        <source>L&amp;ight</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>D&amp;unkel</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>The cell that has the keyboard focus is always framed.</source>
        <translation>Die Zelle mit dem Tastaturfokus ist immer umrahmt.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
</context>
<context>
    <name>rs::ProductionPage</name>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
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
        <translation>Doppelklicken Sie auf ein Mitglied, um seine Seite zu öffnen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team&lt;/b&gt;</source>
        <translation>&lt;b&gt;Team&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No production chosen</source>
        <translation>Keine Produktion gewählt</translation>
    </message>
    <message>
        <source>Created by %1.</source>
        <translation>Angelegt von %1.</translation>
    </message>
    <message>
        <source>Wraps on %1: seats without an end of their own end then.</source>
        <translation>Drehschluss am %1: Plätze ohne eigenes Ende enden dann.</translation>
    </message>
    <message>
        <source>No wrap date: seats without an end of their own do not end.</source>
        <translation>Kein Drehschluss: Plätze ohne eigenes Ende enden nicht.</translation>
    </message>
    <message>
        <source>Dates are in %1.</source>
        <translation>Daten gelten in %1.</translation>
    </message>
</context>
<context>
    <name>rs::Prompts</name>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n existing files in %1?</source>
        <translation>
            <numerusform>%n vorhandene Datei in %1 ersetzen?</numerusform>
            <numerusform>%n vorhandene Dateien in %1 ersetzen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ReviewDialog</name>
    <message>
        <source>gains %1</source>
        <translation>erhält %1</translation>
    </message>
    <message>
        <source>loses %1</source>
        <translation>verliert %1</translation>
    </message>
    <message>
        <source>Review changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
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
        <source>Member and feature</source>
        <translation>Mitglied und Funktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changes&lt;/b&gt;, against the workspace as stored:</source>
        <translation>&lt;b&gt;Was sich ändert&lt;/b&gt;, verglichen mit dem gespeicherten Arbeitsbereich:</translation>
    </message>
    <message>
        <source>&amp;Apply All</source>
        <translation>Alle &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Discard All</source>
        <translation>Alle &amp;verwerfen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Impact on members&lt;/b&gt;: who gains or loses which access.</source>
        <translation>&lt;b&gt;Auswirkung auf Mitglieder&lt;/b&gt;: wer welchen Zugriff erhält oder verliert.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Gelöscht: %1</translation>
    </message>
    <message>
        <source>Members, productions and catalog</source>
        <translation>Mitglieder, Produktionen und Katalog</translation>
    </message>
    <message>
        <source>account-wide</source>
        <translation>kontoweit</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>Nobody gains or loses access.</source>
        <translation>Niemand erhält oder verliert Zugriff.</translation>
    </message>
    <message>
        <source>Cells that differ: %1</source>
        <translation>Abweichende Zellen: %1</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Funktionen: %1</translation>
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
            <numerusform>&lt;b&gt;Auswirkung auf Mitglieder&lt;/b&gt;: %n Mitglied kann betroffen sein; die ersten %1 werden gezeigt.</numerusform>
            <numerusform>&lt;b&gt;Auswirkung auf Mitglieder&lt;/b&gt;: %n Mitglieder können betroffen sein; die ersten %1 werden gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import workspace</source>
        <translation>Arbeitsbereich importieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changes&lt;/b&gt; when the workspace is replaced by the imported one:</source>
        <translation>&lt;b&gt;Was sich ändert&lt;/b&gt;, wenn der Arbeitsbereich durch den importierten ersetzt wird:</translation>
    </message>
    <message>
        <source>&amp;Replace Workspace</source>
        <translation>Arbeitsbereich &amp;ersetzen</translation>
    </message>
    <message>
        <source>Member and rule</source>
        <translation>Mitglied und Regel</translation>
    </message>
    <message>
        <source>One side through</source>
        <translation>Eine Seite über</translation>
    </message>
    <message>
        <source>Other side through</source>
        <translation>Andere Seite über</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Folge</translation>
    </message>
    <message>
        <source>Refuses Apply: a block rule, and no exception covers it</source>
        <translation>Verhindert das Übernehmen: eine Sperrregel, und keine Ausnahme deckt es ab</translation>
    </message>
    <message>
        <source>Allowed by an exception until %1, granted by %2</source>
        <translation>Erlaubt durch eine Ausnahme bis %1, gewährt von %2</translation>
    </message>
    <message>
        <source>Warns: applied, and reported</source>
        <translation>Warnt: wird übernommen und gemeldet</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No staged change makes a conflict with the duty rules.</source>
        <translation>Keine vorgemerkte Änderung erzeugt einen Konflikt mit den Funktionstrennungsregeln.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Duty conflicts&lt;/b&gt; the staged changes make: %n; </source>
        <translation>
            <numerusform>&lt;b&gt;Funktionskonflikte&lt;/b&gt; durch die vorgemerkten Änderungen: %n; </numerusform>
            <numerusform>&lt;b&gt;Funktionskonflikte&lt;/b&gt; durch die vorgemerkten Änderungen: %n; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refuse(s) Apply until an exception covers it.</source>
        <translation>
            <numerusform>%n verhindert das Übernehmen, bis eine Ausnahme ihn abdeckt.</numerusform>
            <numerusform>%n verhindern das Übernehmen, bis eine Ausnahme sie abdeckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>none refuses Apply.</source>
        <translation>keiner verhindert das Übernehmen.</translation>
    </message>
    <message>
        <source>A block duty rule refuses these changes: see Duty conflicts below.</source>
        <translation>Eine Sperrregel verhindert diese Änderungen: siehe Funktionskonflikte unten.</translation>
    </message>
</context>
<context>
    <name>rs::ReviewItemsModel</name>
    <message>
        <source>(account role)</source>
        <translation>(Kontorolle)</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>kein Ende</translation>
    </message>
    <message>
        <source>(access changed since the start)</source>
        <translation>(Zugriff seit dem Start geändert)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>What it grants</source>
        <translation>Was erteilt wird</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>rs::ReviewStore</name>
    <message>
        <source>There is no access review named %1.</source>
        <translation>Es gibt keine Zugriffsüberprüfung namens %1.</translation>
    </message>
    <message>
        <source>There is already an access review named %1.</source>
        <translation>Es gibt bereits eine Zugriffsüberprüfung namens %1.</translation>
    </message>
    <message>
        <source>The due date %1 is in the past.</source>
        <translation>Das Fälligkeitsdatum %1 liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>A reviewer is not a member of the workspace.</source>
        <translation>Ein Prüfer ist kein Mitglied des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>There is no closed access review of %1 to follow; start one without delta mode first.</source>
        <translation>Es gibt keine abgeschlossene Zugriffsüberprüfung für %1, an die angeknüpft werden könnte; starten Sie zuerst eine ohne Delta-Modus.</translation>
    </message>
    <message numerus="yes">
        <source>Started access review %1 of %2 with %n items</source>
        <translation>
            <numerusform>Zugriffsüberprüfung %1 von %2 mit %n Eintrag begonnen</numerusform>
            <numerusform>Zugriffsüberprüfung %1 von %2 mit %n Einträgen begonnen</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace kept changing while the access review started; start it again.</source>
        <translation>Der Arbeitsbereich hat sich beim Starten der Zugriffsüberprüfung laufend geändert; starten Sie sie erneut.</translation>
    </message>
    <message>
        <source>Access review %1 has no item %2; its items are numbered 1 to %3.</source>
        <translation>Die Zugriffsüberprüfung %1 hat keinen Eintrag %2; ihre Einträge sind von 1 bis %3 nummeriert.</translation>
    </message>
    <message>
        <source>Access review %1 is closed; its decisions can no longer change.</source>
        <translation>Die Zugriffsüberprüfung %1 ist abgeschlossen; ihre Entscheidungen können sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>Access review %1, item %2: %3</source>
        <translation>Zugriffsüberprüfung %1, Eintrag %2: %3</translation>
    </message>
    <message>
        <source>Access review %1 is closed already.</source>
        <translation>Die Zugriffsüberprüfung %1 ist bereits abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>Access review %1 cannot be closed: %n items are undecided.</source>
        <translation>
            <numerusform>Die Zugriffsüberprüfung %1 kann nicht abgeschlossen werden: %n Eintrag ist nicht entschieden.</numerusform>
            <numerusform>Die Zugriffsüberprüfung %1 kann nicht abgeschlossen werden: %n Einträge sind nicht entschieden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another reviewer changed a decision of access review %1 while it was being closed. Nothing was changed; close it again.</source>
        <translation>Ein anderer Prüfer hat eine Entscheidung der Zugriffsüberprüfung %1 geändert, während sie abgeschlossen wurde. Es wurde nichts geändert; schließen Sie sie erneut ab.</translation>
    </message>
    <message numerus="yes">
        <source>Closed access review %1: %n revoked</source>
        <translation>
            <numerusform>Zugriffsüberprüfung %1 abgeschlossen: %n entzogen</numerusform>
            <numerusform>Zugriffsüberprüfung %1 abgeschlossen: %n entzogen</numerusform>
        </translation>
    </message>
    <message>
        <source>The database login %1 is not the name of a member of the workspace; on PostgreSQL access reviews are decided by the member named as the login.</source>
        <translation>Der Datenbankbenutzer %1 ist nicht der Name eines Mitglieds des Arbeitsbereichs; unter PostgreSQL entscheidet über Zugriffsüberprüfungen das Mitglied, das so heißt wie der Datenbankbenutzer.</translation>
    </message>
    <message>
        <source>%1 is not a member of the workspace; name the member you act as (--as MEMBER).</source>
        <translation>%1 ist kein Mitglied des Arbeitsbereichs; geben Sie das Mitglied an, als das Sie handeln (--as MITGLIED).</translation>
    </message>
    <message>
        <source>Access review %1 has no reviewers; the workspace&apos;s owner names them first.</source>
        <translation>Die Zugriffsüberprüfung %1 hat keine Prüfer; zuerst muss der Inhaber des Arbeitsbereichs sie benennen.</translation>
    </message>
    <message>
        <source>%1 is not a reviewer of access review %2; its reviewers are %3.</source>
        <translation>%1 ist kein Prüfer der Zugriffsüberprüfung %2; ihre Prüfer sind %3.</translation>
    </message>
    <message>
        <source>%1 cannot decide item %2 of access review %3: it is their own access.</source>
        <translation>%1 kann über Eintrag %2 der Zugriffsüberprüfung %3 nicht entscheiden: Es geht um den eigenen Zugriff.</translation>
    </message>
    <message>
        <source>An access review needs at least one reviewer.</source>
        <translation>Eine Zugriffsüberprüfung braucht mindestens einen Prüfer.</translation>
    </message>
    <message>
        <source>Only the workspace&apos;s owner names the reviewers of an access review; %1 is not the owner.</source>
        <translation>Nur der Inhaber des Arbeitsbereichs benennt die Prüfer einer Zugriffsüberprüfung; %1 ist nicht der Inhaber.</translation>
    </message>
    <message>
        <source>Access review %1: reviewers %2 (were %3)</source>
        <translation>Zugriffsüberprüfung %1: Prüfer %2 (vorher %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The access reviews of the workspace cannot be read.</source>
        <translation>Die Zugriffsüberprüfungen des Arbeitsbereichs können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The access review could not be saved; nothing was changed.</source>
        <translation>Die Zugriffsüberprüfung konnte nicht gespeichert werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Access review %1: %n items decided at once</source>
        <translation>
            <numerusform>Zugriffsüberprüfung %1: %n Eintrag auf einmal entschieden</numerusform>
            <numerusform>Zugriffsüberprüfung %1: %n Einträge auf einmal entschieden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ReviewsDialog</name>
    <message>
        <source>Start an Access Review</source>
        <translation>Zugriffsüberprüfung starten</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Überprüfung %1</translation>
    </message>
    <message>
        <source>The whole studio</source>
        <translation>Das ganze Studio</translation>
    </message>
    <message>
        <source>Production: %1</source>
        <translation>Produktion: %1</translation>
    </message>
    <message>
        <source>Holders of role: %1</source>
        <translation>Inhaber der Rolle: %1</translation>
    </message>
    <message>
        <source>Only what changed since the last closed review of this scope</source>
        <translation>Nur, was sich seit der letzten abgeschlossenen Überprüfung mit dieser Geltung geändert hat</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Geltung:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation>&amp;Prüfer:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Access Reviews</source>
        <translation>Zugriffsüberprüfungen</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Zugriffsüberprüfung</translation>
    </message>
    <message>
        <source>&amp;Start Review…</source>
        <translation>Überprüfung &amp;starten…</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Überprüfung:</translation>
    </message>
    <message>
        <source>&amp;Undecided only</source>
        <translation>Nur &amp;unentschiedene</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Entschieden von:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Close Review…</source>
        <translation>Überprüfung &amp;abschließen…</translation>
    </message>
    <message>
        <source>E&amp;xport Evidence…</source>
        <translation>Nachweis e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>End on a Date</source>
        <translation>An einem Datum beenden</translation>
    </message>
    <message>
        <source>Access &amp;Reviews…</source>
        <translation>&amp;Zugriffsüberprüfungen…</translation>
    </message>
    <message>
        <source>Review who can do what, decide keep or revoke, and export the signed evidence</source>
        <translation>Überprüfen, wer was darf, über Behalten oder Entziehen entscheiden und den unterschriebenen Nachweis exportieren</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (abgeschlossen)</translation>
    </message>
    <message>
        <source>No access review yet</source>
        <translation>Noch keine Zugriffsüberprüfung</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n decided</source>
        <translation>
            <numerusform>%1 von %n entschieden</numerusform>
            <numerusform>%1 von %n entschieden</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Jeder</translation>
    </message>
    <message>
        <source>Apply or discard the staged changes before closing an access review.</source>
        <translation>Übernehmen oder verwerfen Sie die vorgemerkten Änderungen, bevor Sie eine Zugriffsüberprüfung abschließen.</translation>
    </message>
    <message>
        <source>Close access review</source>
        <translation>Zugriffsüberprüfung abschließen</translation>
    </message>
    <message>
        <source>Close Access Review %1</source>
        <translation>Zugriffsüberprüfung %1 abschließen</translation>
    </message>
    <message>
        <source>Close Access Review</source>
        <translation>Zugriffsüberprüfung abschließen</translation>
    </message>
    <message>
        <source>Every item of %1 is kept; close it?</source>
        <translation>Jeder Eintrag von %1 wird behalten; abschließen?</translation>
    </message>
    <message numerus="yes">
        <source>%n items were not applied because their access changed after the review started.</source>
        <translation>
            <numerusform>%n Eintrag wurde nicht übernommen, weil sich sein Zugriff nach dem Start der Überprüfung geändert hat.</numerusform>
            <numerusform>%n Einträge wurden nicht übernommen, weil sich ihr Zugriff nach dem Start der Überprüfung geändert hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Evidence</source>
        <translation>Nachweis exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;CSV (*.csv);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the evidence of %1…</source>
        <translation>Der Nachweis von %1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Production:</source>
        <translation>Produktion:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>Handelnd als</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Comment for the decision (optional)</source>
        <translation>Kommentar zur Entscheidung (optional)</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Entziehen</translation>
    </message>
    <message>
        <source>End &amp;on…</source>
        <translation>Beenden &amp;am…</translation>
    </message>
    <message>
        <source>Acting as:</source>
        <translation>Handelnd als:</translation>
    </message>
    <message>
        <source>K keep · R revoke · E end on a date · N next undecided — on every selected item</source>
        <translation>K behalten · R entziehen · E an einem Datum beenden · N nächster offener — für jeden ausgewählten Eintrag</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>End the access on (last day):</source>
        <translation>Zugriff beenden am (letzter Tag):</translation>
    </message>
</context>
<context>
    <name>rs::RoleActions</name>
    <message>
        <source>&amp;New Role…</source>
        <translation>&amp;Neue Rolle…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New Role for a &amp;Freelancer…</source>
        <translation>Neue Rolle für &amp;Freelancer…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Duplicate Role</source>
        <translation>Rolle &amp;duplizieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Re&amp;name Role…</source>
        <translation>Rolle &amp;umbenennen…</translation>
    </message>
    <message>
        <source>De&amp;lete Role…</source>
        <translation>Rolle &amp;löschen…</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Compare Roles…</source>
        <translation>Rollen &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Edit &amp;Catalog…</source>
        <translation>&amp;Katalog bearbeiten…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Create a role</source>
        <translation>Rolle anlegen</translation>
    </message>
    <message>
        <source>A freelancer&apos;s role belongs to a production: create a production first.</source>
        <translation>Die Rolle eines Freelancers gehört zu einer Produktion: Legen Sie zuerst eine Produktion an.</translation>
    </message>
    <message>
        <source>Create a role for a freelancer</source>
        <translation>Rolle für Freelancer anlegen</translation>
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
        <source>Pick the production the copy of %1 is for in the navigator first.</source>
        <translation>Wählen Sie zuerst im Navigator die Produktion, für die die Kopie von %1 bestimmt ist.</translation>
    </message>
    <message>
        <source>Rename role</source>
        <translation>Rolle umbenennen</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
</context>
<context>
    <name>rs::Rules</name>
    <message>
        <source>A %1 needs a name.</source>
        <translation>%1: Bitte einen Namen angeben.</translation>
    </message>
    <message>
        <source>A %1 name can be at most %2 characters long; this one has %3.</source>
        <translation>%1: Der Name darf höchstens %2 Zeichen lang sein; dieser hat %3.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 is reserved for the Admin &amp; owner.</source>
        <translation>%1 ist dem Admin &amp; Inhaber vorbehalten.</translation>
    </message>
    <message>
        <source>%1 has a %2 guardrail, so it cannot hold %3.</source>
        <translation>%1 hat eine Schutzregel für %2 und kann daher %3 nicht erhalten.</translation>
    </message>
    <message>
        <source>A production role grants production features only, and %1 is account-wide.</source>
        <translation>Eine Produktionsrolle erteilt nur Produktionsfunktionen, und %1 ist kontoweit.</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>There is already a %1 named %2.</source>
        <translation>Der Name %2 ist bereits vergeben (%1).</translation>
    </message>
    <message>
        <source>This production already has a role named %1.</source>
        <translation>Diese Produktion hat bereits eine Rolle namens %1.</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>A production role belongs to a production; name one that exists.</source>
        <translation>Eine Produktionsrolle gehört zu einer Produktion; geben Sie eine vorhandene an.</translation>
    </message>
    <message>
        <source>The role to copy from no longer exists.</source>
        <translation>Die Rolle, von der kopiert werden soll, gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That role no longer exists.</source>
        <translation>Diese Rolle gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That feature no longer exists.</source>
        <translation>Diese Funktion gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is a built-in role: its permissions cannot be changed, but it can be duplicated.</source>
        <translation>%1 ist eine eingebaute Rolle: Ihre Berechtigungen lassen sich nicht ändern, aber sie kann dupliziert werden.</translation>
    </message>
    <message>
        <source>%1 is a built-in role and cannot be deleted.</source>
        <translation>%1 ist eine eingebaute Rolle und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>%1 is still held by %2; give them another role first.</source>
        <translation>%1 ist noch an %2 vergeben; geben Sie ihnen zuerst eine andere Rolle.</translation>
    </message>
    <message>
        <source>%1 is a built-in role and cannot be renamed.</source>
        <translation>%1 ist eine eingebaute Rolle und kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>%1 is a built-in role: its guardrails cannot be changed.</source>
        <translation>%1 ist eine eingebaute Rolle: Ihre Schutzregeln lassen sich nicht ändern.</translation>
    </message>
    <message>
        <source>Removing the %1 guardrail from %2 is recorded: say why it comes off.</source>
        <translation>Das Entfernen der Schutzregel für %1 von %2 wird protokolliert: Geben Sie einen Grund an.</translation>
    </message>
    <message>
        <source>%1 is a built-in role and cannot be changed.</source>
        <translation>%1 ist eine eingebaute Rolle und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Only account roles reach productions; %1 is not one.</source>
        <translation>Nur Kontorollen gelten für Produktionen; %1 ist keine.</translation>
    </message>
    <message>
        <source>That account role does not exist.</source>
        <translation>Diese Kontorolle gibt es nicht.</translation>
    </message>
    <message>
        <source>There is exactly one Admin &amp; owner; ownership changes hands only by a transfer.</source>
        <translation>Es gibt genau einen Admin &amp; Inhaber; die Inhaberschaft wechselt nur durch eine Übertragung.</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>There is already a member named %1.</source>
        <translation>Es gibt bereits ein Mitglied namens %1.</translation>
    </message>
    <message>
        <source>That member no longer exists.</source>
        <translation>Dieses Mitglied gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is the Admin &amp; owner and cannot be removed; transfer ownership first.</source>
        <translation>%1 ist Admin &amp; Inhaber und kann nicht entfernt werden; übertragen Sie zuerst die Inhaberschaft.</translation>
    </message>
    <message>
        <source>%1 is the Admin &amp; owner and cannot be demoted; transfer ownership first.</source>
        <translation>%1 ist Admin &amp; Inhaber und kann nicht herabgestuft werden; übertragen Sie zuerst die Inhaberschaft.</translation>
    </message>
    <message>
        <source>%1 is already the Admin &amp; owner.</source>
        <translation>%1 ist bereits Admin &amp; Inhaber.</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>There is already a production named %1.</source>
        <translation>Es gibt bereits eine Produktion namens %1.</translation>
    </message>
    <message>
        <source>A production is created by a member of the workspace; that member does not exist.</source>
        <translation>Eine Produktion wird von einem Mitglied des Arbeitsbereichs angelegt; dieses Mitglied gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 cannot create productions: that takes the Admin &amp; owner, Admin or Create productions role.</source>
        <translation>%1 kann keine Produktionen anlegen: Dafür braucht es die Rolle Admin &amp; Inhaber, Admin oder Produktionen anlegen.</translation>
    </message>
    <message>
        <source>That production no longer exists.</source>
        <translation>Diese Produktion gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Only a production role of %1 can be given to its team.</source>
        <translation>Das Team erhält nur Produktionsrollen von %1.</translation>
    </message>
    <message>
        <source>%1 administers every production as %2 and cannot be given a lesser role there.</source>
        <translation>%1 verwaltet als %2 jede Produktion und kann dort keine geringere Rolle erhalten.</translation>
    </message>
    <message>
        <source>%1 administers every production as %2 and cannot be taken off a team.</source>
        <translation>%1 verwaltet als %2 jede Produktion und kann nicht aus einem Team genommen werden.</translation>
    </message>
    <message>
        <source>%1 is not on the team of %2.</source>
        <translation>%1 gehört nicht zum Team von %2.</translation>
    </message>
    <message>
        <source>section</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>There is already a section named %1.</source>
        <translation>Es gibt bereits einen Bereich namens %1.</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>There is already a feature named %1.</source>
        <translation>Es gibt bereits eine Funktion namens %1.</translation>
    </message>
    <message>
        <source>That section no longer exists.</source>
        <translation>Diesen Bereich gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Section %1 still holds features; move or remove them first.</source>
        <translation>Der Bereich %1 enthält noch Funktionen; verschieben oder entfernen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>%1 cannot become account-wide while production roles grant it: %2.</source>
        <translation>%1 kann nicht kontoweit werden, solange Produktionsrollen sie erteilen: %2.</translation>
    </message>
    <message>
        <source>%1 cannot take that category while guardrailed roles grant it: %2.</source>
        <translation>%1 kann diese Kategorie nicht erhalten, solange Rollen mit Schutzregel sie erteilen: %2.</translation>
    </message>
    <message>
        <source>%1 cannot become owner-only while other roles grant it: %2.</source>
        <translation>%1 kann nicht dem Inhaber vorbehalten werden, solange andere Rollen sie erteilen: %2.</translation>
    </message>
    <message>
        <source>Member %1 holds an account role that does not exist.</source>
        <translation>Mitglied %1 hat eine Kontorolle, die es nicht gibt.</translation>
    </message>
    <message>
        <source>Two members are named %1.</source>
        <translation>Zwei Mitglieder heißen %1.</translation>
    </message>
    <message>
        <source>A workspace has exactly one Admin &amp; owner; this one has %1.</source>
        <translation>Ein Arbeitsbereich hat genau einen Admin &amp; Inhaber; dieser hat %1.</translation>
    </message>
    <message>
        <source>A built-in role is missing or doubled.</source>
        <translation>Eine eingebaute Rolle fehlt oder ist doppelt vorhanden.</translation>
    </message>
    <message>
        <source>Two sections are named %1.</source>
        <translation>Zwei Bereiche heißen %1.</translation>
    </message>
    <message>
        <source>Feature %1 belongs to no section.</source>
        <translation>Die Funktion %1 gehört zu keinem Bereich.</translation>
    </message>
    <message>
        <source>Two features are named %1.</source>
        <translation>Zwei Funktionen heißen %1.</translation>
    </message>
    <message>
        <source>Two roles are named %1.</source>
        <translation>Zwei Rollen heißen %1.</translation>
    </message>
    <message>
        <source>Role %1 belongs to a production that does not exist.</source>
        <translation>Die Rolle %1 gehört zu einer Produktion, die es nicht gibt.</translation>
    </message>
    <message>
        <source>Role %1 grants a feature that does not exist.</source>
        <translation>Die Rolle %1 erteilt eine Funktion, die es nicht gibt.</translation>
    </message>
    <message>
        <source>A team seat refers to something that does not exist.</source>
        <translation>Ein Teamplatz verweist auf etwas, das es nicht gibt.</translation>
    </message>
    <message>
        <source>%1 administers every production but holds a lesser role on a team.</source>
        <translation>%1 verwaltet jede Produktion, hat aber in einem Team eine geringere Rolle.</translation>
    </message>
    <message>
        <source>Two productions are named %1.</source>
        <translation>Zwei Produktionen heißen %1.</translation>
    </message>
    <message>
        <source>The built-in role %1 has been altered.</source>
        <translation>Die eingebaute Rolle %1 wurde verändert.</translation>
    </message>
    <message>
        <source>Production %1 names a creator who is not a member.</source>
        <translation>Die Produktion %1 nennt als Ersteller jemanden, der kein Mitglied ist.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>rationale of %1</source>
        <translation>Begründung von %1</translation>
    </message>
    <message>
        <source>description of %1</source>
        <translation>Beschreibung von %1</translation>
    </message>
    <message>
        <source>A %1 name contains a broken character: %2 without its pair.</source>
        <translation>%1: Der Name enthält ein defektes Zeichen: %2 ohne sein Gegenstück.</translation>
    </message>
    <message>
        <source>A %1 name cannot contain control characters such as tabs or line breaks; this one has %2.</source>
        <translation>%1: Der Name darf keine Steuerzeichen wie Tabulatoren oder Zeilenumbrüche enthalten; dieser enthält %2.</translation>
    </message>
    <message>
        <source>A %1 name cannot contain the invisible or direction-changing character %2.</source>
        <translation>%1: Der Name darf das unsichtbare oder die Schreibrichtung ändernde Zeichen %2 nicht enthalten.</translation>
    </message>
    <message>
        <source>The %1 contains a broken character: %2 without its pair.</source>
        <translation>%1: Der Text enthält ein defektes Zeichen: %2 ohne sein Gegenstück.</translation>
    </message>
    <message>
        <source>The %1 contains the control character %2; only line breaks and tabs are allowed.</source>
        <translation>%1: Der Text enthält das Steuerzeichen %2; erlaubt sind nur Zeilenumbrüche und Tabulatoren.</translation>
    </message>
    <message>
        <source>The %1 contains the invisible or direction-changing character %2.</source>
        <translation>%1: Der Text enthält das unsichtbare oder die Schreibrichtung ändernde Zeichen %2.</translation>
    </message>
    <message>
        <source>%1 is not a time zone this system knows (such as Europe/Berlin).</source>
        <translation>%1 ist keine Zeitzone, die dieses System kennt (wie Europe/Berlin).</translation>
    </message>
    <message>
        <source>The access of the Admin &amp; owner and of Admins never expires: %1 cannot be given an end.</source>
        <translation>Der Zugriff von Admin &amp; Inhaber und von Admins läuft nie ab: %1 kann kein Ende erhalten.</translation>
    </message>
    <message>
        <source>Only an account role can end; %1 is given none.</source>
        <translation>Nur eine Kontorolle kann enden; %1 hat keine.</translation>
    </message>
    <message>
        <source>%1 administers every production as %2; that access never expires, so the seat takes no dates.</source>
        <translation>%1 verwaltet als %2 jede Produktion; dieser Zugriff läuft nie ab, daher erhält der Platz keine Datumsangaben.</translation>
    </message>
    <message>
        <source>The end comes after the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>%1 is the template of %2; unlink them first.</source>
        <translation>%1 ist die Vorlage von %2; lösen Sie diese zuerst.</translation>
    </message>
    <message>
        <source>%1 is a template: only roles follow a template.</source>
        <translation>%1 ist eine Vorlage: nur Rollen folgen einer Vorlage.</translation>
    </message>
    <message>
        <source>The template to link to does not exist.</source>
        <translation>Die Vorlage, mit der verknüpft werden soll, existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not linked to a template.</source>
        <translation>%1 ist mit keiner Vorlage verknüpft.</translation>
    </message>
    <message>
        <source>Which changes need approval is none, sensitive or all, not %1.</source>
        <translation>Welche Änderungen eine Freigabe brauchen, ist none, sensitive oder all, nicht %1.</translation>
    </message>
    <message>
        <source>The approval policy is not readable.</source>
        <translation>Die Freigaberichtlinie ist nicht lesbar.</translation>
    </message>
    <message>
        <source>A request needs 1 to 3 approvals, not %1.</source>
        <translation>Ein Antrag braucht 1 bis 3 Freigaben, nicht %1.</translation>
    </message>
    <message>
        <source>The approval and apply windows are 1 to 365 days long.</source>
        <translation>Freigabe- und Anwendungsfrist sind 1 bis 365 Tage lang.</translation>
    </message>
</context>
<context>
    <name>rs::Schema</name>
    <message>
        <source>The workspace&apos;s schema version cannot be read.</source>
        <translation>Die Schemaversion des Arbeitsbereichs kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The database holds other tables and is not a Rolesheet workspace.</source>
        <translation>Die Datenbank enthält andere Tabellen und ist kein Rolesheet-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace was written by a newer Rolesheet (schema %1); this version reads up to schema %2.</source>
        <translation>Der Arbeitsbereich wurde von einem neueren Rolesheet geschrieben (Schema %1); diese Version liest bis Schema %2.</translation>
    </message>
    <message>
        <source>The workspace could not be upgraded.</source>
        <translation>Der Arbeitsbereich konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>The workspace could not be upgraded to schema %1.</source>
        <translation>Der Arbeitsbereich konnte nicht auf Schema %1 aktualisiert werden.</translation>
    </message>
    <message>
        <source>The workspace cannot be upgraded, because it breaks a rule: %1 Nothing was changed.</source>
        <translation>Der Arbeitsbereich kann nicht aktualisiert werden, weil er gegen eine Regel verstößt: %1 Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>A workspace has exactly one Admin &amp; owner; this one has %n.</source>
        <translation>
            <numerusform>Ein Arbeitsbereich hat genau einen Admin &amp; Inhaber; dieser hat %n.</numerusform>
            <numerusform>Ein Arbeitsbereich hat genau einen Admin &amp; Inhaber; dieser hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The built-in role %1 exists more than once.</source>
        <translation>Die eingebaute Rolle %1 gibt es mehr als einmal.</translation>
    </message>
    <message>
        <source>Two sections are named %1.</source>
        <translation>Zwei Bereiche heißen %1.</translation>
    </message>
    <message>
        <source>Two features are named %1.</source>
        <translation>Zwei Funktionen heißen %1.</translation>
    </message>
    <message>
        <source>Two members are named %1.</source>
        <translation>Zwei Mitglieder heißen %1.</translation>
    </message>
    <message>
        <source>Two productions are named %1.</source>
        <translation>Zwei Produktionen heißen %1.</translation>
    </message>
    <message>
        <source>Two templates are named %1.</source>
        <translation>Zwei Vorlagen heißen %1.</translation>
    </message>
    <message>
        <source>Two account roles are named %1.</source>
        <translation>Zwei Kontorollen heißen %1.</translation>
    </message>
    <message>
        <source>A production has two roles named %1.</source>
        <translation>Eine Produktion hat zwei Rollen namens %1.</translation>
    </message>
    <message>
        <source>A row of %1 refers to something that does not exist.</source>
        <translation>Eine Zeile der Tabelle %1 verweist auf etwas, das es nicht gibt.</translation>
    </message>
</context>
<context>
    <name>rs::ServerLogin</name>
    <message>
        <source>The password was not accepted; try again.</source>
        <translation>Das Passwort wurde nicht angenommen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No password was given; nothing was opened.</source>
        <translation>Es wurde kein Passwort angegeben; es wurde nichts geöffnet.</translation>
    </message>
    <message>
        <source>The system keyring keeps no password for %1 now.</source>
        <translation>Der Schlüsselbund des Systems bewahrt jetzt kein Passwort mehr für %1 auf.</translation>
    </message>
    <message>
        <source>No system keyring is available; no password was kept for %1.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar; für %1 wurde kein Passwort aufbewahrt.</translation>
    </message>
    <message>
        <source>The system keyring refused to remove the password for %1.</source>
        <translation>Der Schlüsselbund des Systems hat es abgelehnt, das Passwort für %1 zu entfernen.</translation>
    </message>
</context>
<context>
    <name>rs::SheetActions</name>
    <message>
        <source>&amp;Export Role Sheet…</source>
        <translation>Rollenblatt &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Export role sheet</source>
        <translation>Rollenblatt exportieren</translation>
    </message>
    <message>
        <source>Role sheet of %1 written to %2</source>
        <translation>Rollenblatt von %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Print role sheet</source>
        <translation>Rollenblatt drucken</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation>&amp;Alle exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>PDF role sheets</source>
        <translation>Rollenblätter als PDF</translation>
    </message>
    <message>
        <source>HTML role sheets</source>
        <translation>Rollenblätter als HTML</translation>
    </message>
    <message>
        <source>Markdown role sheets</source>
        <translation>Rollenblätter als Markdown</translation>
    </message>
    <message>
        <source>CSV role sheets</source>
        <translation>Rollenblätter als CSV</translation>
    </message>
    <message>
        <source>JSON role documents</source>
        <translation>Rollendokumente als JSON</translation>
    </message>
    <message>
        <source>Auditor matrix: every role × every feature (CSV)</source>
        <translation>Prüfermatrix: jede Rolle × jede Funktion (CSV)</translation>
    </message>
    <message>
        <source>Export all</source>
        <translation>Alle exportieren</translation>
    </message>
    <message>
        <source>Write every role of %1 as:</source>
        <translation>Jede Rolle von %1 schreiben als:</translation>
    </message>
    <message>
        <source>Export all: choose the folder to write into</source>
        <translation>Alle exportieren: Ordner zum Schreiben wählen</translation>
    </message>
    <message>
        <source>Writing role sheets…</source>
        <translation>Rollenblätter werden geschrieben…</translation>
    </message>
    <message>
        <source>Writing role sheet %1 of %2…</source>
        <translation>Rollenblatt %1 von %2 wird geschrieben…</translation>
    </message>
    <message>
        <source>Export stopped: %1</source>
        <translation>Export angehalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: %1 of %n role sheet(s) written to %2.</source>
        <translation>
            <numerusform>Export abgebrochen: %1 von %n Rollenblatt nach %2 geschrieben.</numerusform>
            <numerusform>Export abgebrochen: %1 von %n Rollenblättern nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role sheet(s) written to %1.</source>
        <translation>
            <numerusform>%n Rollenblatt nach %1 geschrieben.</numerusform>
            <numerusform>%n Rollenblätter nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 access matrix</source>
        <translation>Zugriffsmatrix %1</translation>
    </message>
    <message numerus="yes">
        <source>Access matrix of %n role(s) written to %1.</source>
        <translation>
            <numerusform>Zugriffsmatrix von %n Rolle nach %1 geschrieben.</numerusform>
            <numerusform>Zugriffsmatrix von %n Rollen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1 cannot be read (%2).</source>
        <translation>Nichts wurde importiert: %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: it holds a production role; pick the production it is for in the navigator first.</source>
        <translation>Aus %1 wurde nichts importiert: Die Datei enthält eine Produktionsrolle; wählen Sie zuerst im Navigator die Produktion, für die sie bestimmt ist.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>Import role %1</source>
        <translation>Rolle %1 importieren</translation>
    </message>
    <message>
        <source>Role %1 imported from %2 and staged: review it, then apply to keep it.</source>
        <translation>Rolle %1 aus %2 importiert und vorgemerkt: Prüfen Sie sie und übernehmen Sie sie, um sie zu behalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n roles</source>
        <translation>
            <numerusform>%n Rolle</numerusform>
            <numerusform>%n Rollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n staged changes are dropped.</source>
        <translation>
            <numerusform>%n vorgemerkte Änderung wird verworfen.</numerusform>
            <numerusform>%n vorgemerkte Änderungen werden verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo &amp;Import</source>
        <translation>&amp;Import rückgängig machen</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: it holds the same workspace as %2.</source>
        <translation>Aus %1 wurde nichts importiert: Die Datei enthält denselben Arbeitsbereich wie %2.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: the workspace changed while you reviewed the import; import it again to review the changes as they are now.</source>
        <translation>Aus %1 wurde nichts importiert: Der Arbeitsbereich hat sich geändert, während Sie den Import geprüft haben; importieren Sie die Datei erneut, um die Änderungen in ihrem jetzigen Stand zu prüfen.</translation>
    </message>
    <message>
        <source>Workspace replaced by the one in %1. Edit › Undo Import puts the previous one back.</source>
        <translation>Arbeitsbereich durch den aus %1 ersetzt. Bearbeiten › Import rückgängig machen stellt den vorherigen wieder her.</translation>
    </message>
    <message>
        <source>Replace the whole workspace %1 with %2 from %3 (%4, %5)? Everything below changes in one step; Edit › Undo Import puts the workspace back as it is now, while this window is open.</source>
        <translation>Den ganzen Arbeitsbereich %1 durch %2 aus %3 (%4, %5) ersetzen? Alles unten Aufgeführte ändert sich in einem Schritt; Bearbeiten › Import rückgängig machen stellt den Arbeitsbereich so wieder her, wie er jetzt ist, solange dieses Fenster geöffnet ist.</translation>
    </message>
    <message>
        <source>The import cannot be undone any more: the workspace has changed since, or another one is open.</source>
        <translation>Der Import kann nicht mehr rückgängig gemacht werden: Der Arbeitsbereich hat sich seitdem geändert, oder ein anderer ist geöffnet.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of %1? The %n staged changes are dropped.</source>
        <translation>
            <numerusform>Den Import von %1 rückgängig machen? Die %n vorgemerkte Änderung wird verworfen.</numerusform>
            <numerusform>Den Import von %1 rückgängig machen? Die %n vorgemerkten Änderungen werden verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was not undone: %1</source>
        <translation>Der Import wurde nicht rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Import of %1 undone: the workspace is %2 again, as it was before.</source>
        <translation>Import von %1 rückgängig gemacht: Der Arbeitsbereich ist wieder %2, wie zuvor.</translation>
    </message>
    <message>
        <source>Export All is still writing; wait until it is done or cancel it.</source>
        <translation>„Alle exportieren“ schreibt noch; warten Sie, bis es fertig ist, oder brechen Sie es ab.</translation>
    </message>
    <message>
        <source>Import a role, a workspace or a spreadsheet</source>
        <translation>Eine Rolle, einen Arbeitsbereich oder eine Tabelle importieren</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: it is a role sheet; show the role it is for first.</source>
        <translation>Aus %1 wurde nichts importiert: Die Datei ist ein Rollenblatt; zeigen Sie zuerst die Rolle an, für die es bestimmt ist.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problems were found. Every one is listed below, each with its cell; correct them in the spreadsheet and import it again.</source>
        <translation>
            <numerusform>Aus %1 wurde nichts importiert: %n Problem wurde gefunden. Es ist unten mit seiner Zelle aufgeführt; korrigieren Sie es in der Tabelle und importieren Sie sie erneut.</numerusform>
            <numerusform>Aus %1 wurde nichts importiert: %n Probleme wurden gefunden. Jedes ist unten mit seiner Zelle aufgeführt; korrigieren Sie sie in der Tabelle und importieren Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matches the role %2 as shown: nothing to stage.</source>
        <translation>%1 stimmt mit der angezeigten Rolle %2 überein: nichts vorzumerken.</translation>
    </message>
    <message>
        <source>%1 matches the workspace as shown: nothing to stage.</source>
        <translation>%1 stimmt mit dem angezeigten Arbeitsbereich überein: nichts vorzumerken.</translation>
    </message>
    <message>
        <source>Import %1 onto %2</source>
        <translation>%1 in %2 importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n changed cells staged from %1: review them, then apply to keep them; Edit › Undo takes them all back.</source>
        <translation>
            <numerusform>%n geänderte Zelle aus %1 vorgemerkt: Prüfen Sie sie und übernehmen Sie sie, um sie zu behalten; Bearbeiten › Rückgängig nimmt sie zurück.</numerusform>
            <numerusform>%n geänderte Zellen aus %1 vorgemerkt: Prüfen Sie sie und übernehmen Sie sie, um sie zu behalten; Bearbeiten › Rückgängig nimmt sie alle zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was not reverted: the workspace kept in the audit trail cannot be read (%1).</source>
        <translation>Der Import wurde nicht zurückgenommen: Der im Änderungsprotokoll aufbewahrte Arbeitsbereich kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Nothing to revert: the workspace is already as it was before that import.</source>
        <translation>Nichts zurückzunehmen: Der Arbeitsbereich ist bereits so, wie er vor diesem Import war.</translation>
    </message>
    <message>
        <source>Revert the import of %1 (version %2): put back the workspace %3 as it was before it? Everything below changes in one step.</source>
        <translation>Den Import von %1 (Version %2) zurücknehmen und den Arbeitsbereich %3 so wiederherstellen, wie er davor war? Alles unten Aufgeführte ändert sich in einem Schritt.</translation>
    </message>
    <message numerus="yes">
        <source>The %n changes applied since that import are undone with it.</source>
        <translation>
            <numerusform>Die %n seit diesem Import übernommene Änderung wird mit rückgängig gemacht.</numerusform>
            <numerusform>Die %n seit diesem Import übernommenen Änderungen werden mit rückgängig gemacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was not reverted: the workspace changed while you reviewed it; revert it again to review the changes as they are now.</source>
        <translation>Der Import wurde nicht zurückgenommen: Der Arbeitsbereich hat sich geändert, während Sie ihn geprüft haben; nehmen Sie den Import erneut zurück, um die Änderungen in ihrem jetzigen Stand zu prüfen.</translation>
    </message>
    <message>
        <source>The import was not reverted: %1</source>
        <translation>Der Import wurde nicht zurückgenommen: %1</translation>
    </message>
    <message>
        <source>Import reverted: the workspace is %1 again, as it was before version %2.</source>
        <translation>Import zurückgenommen: Der Arbeitsbereich ist wieder %1, wie vor Version %2.</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;CSV (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;CSV (*.csv);;Excel-Arbeitsmappe (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Name the file with .pdf, .html, .md, .csv, .xlsx or .json to say which kind of sheet to write.</source>
        <translation>Geben Sie dem Dateinamen die Endung .pdf, .html, .md, .csv, .xlsx oder .json, um die Art des Blatts festzulegen.</translation>
    </message>
    <message>
        <source>Excel (xlsx) role sheets</source>
        <translation>Rollenblätter als Excel (xlsx)</translation>
    </message>
    <message>
        <source>Auditor matrix: every role × every feature (xlsx)</source>
        <translation>Prüfermatrix: jede Rolle × jede Funktion (xlsx)</translation>
    </message>
    <message>
        <source>Rolesheet JSON, CSV or xlsx (*.json *.csv *.xlsx);;Rolesheet JSON (*.json);;CSV sheets and matrices (*.csv);;Excel sheets and matrices (*.xlsx);;All files (*)</source>
        <translation>Rolesheet-JSON, CSV oder xlsx (*.json *.csv *.xlsx);;Rolesheet-JSON (*.json);;CSV-Blätter und -Matrizen (*.csv);;Excel-Blätter und -Matrizen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export &amp;Workspace…</source>
        <translation>&amp;Arbeitsbereich exportieren…</translation>
    </message>
    <message>
        <source>Export Access &amp;Matrix…</source>
        <translation>Zugriffs&amp;matrix exportieren…</translation>
    </message>
    <message>
        <source>Export access matrix</source>
        <translation>Zugriffsmatrix exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Name the file with .xlsx or .csv to say which kind of matrix to write.</source>
        <translation>Benennen Sie die Datei mit .xlsx oder .csv, um die Art der Matrix anzugeben.</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Arbeitsbereich exportieren</translation>
    </message>
    <message>
        <source>Rolesheet JSON (*.json)</source>
        <translation>Rolesheet-JSON (*.json)</translation>
    </message>
    <message>
        <source>Name the file with .json: the workspace is written as a JSON document.</source>
        <translation>Benennen Sie die Datei mit .json: der Arbeitsbereich wird als JSON-Dokument geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1 written to %2, as applied; the %n staged change(s) are not in it.</source>
        <translation>
            <numerusform>Arbeitsbereich %1 nach %2 geschrieben, wie übernommen; die %n vorgemerkte Änderung ist nicht enthalten.</numerusform>
            <numerusform>Arbeitsbereich %1 nach %2 geschrieben, wie übernommen; die %n vorgemerkten Änderungen sind nicht enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace %1 written to %2.</source>
        <translation>Arbeitsbereich %1 nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>rs::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Find an action or a key</source>
        <translation>Aktion oder Taste suchen</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <source>In the permission grid, the arrow keys move between cells, Space sets or clears a box, and Tab moves on to the next panel.</source>
        <translation>Im Berechtigungsraster bewegen die Pfeiltasten zwischen den Zellen, die Leertaste setzt oder entfernt einen Haken, und Tab springt zum nächsten Bereich.</translation>
    </message>
    <message>
        <source>Shift with the arrows, a drag or Ctrl+click selects several cells: Space then sets them all, or clears them all when every one is set; Ctrl+C copies them, and Ctrl+V pastes copied cells at the selection.</source>
        <translation>Shift mit den Pfeiltasten, Ziehen mit der Maus oder Strg+Klick wählt mehrere Zellen aus: Die Leertaste setzt sie dann alle oder entfernt sie alle, wenn jede gesetzt ist; Strg+C kopiert sie, und Strg+V fügt kopierte Zellen an der Auswahl ein.</translation>
    </message>
</context>
<context>
    <name>rs::StagedDiff</name>
    <message>
        <source>Renamed from “%1”</source>
        <translation>Umbenannt von „%1“</translation>
    </message>
    <message>
        <source>Guardrails: %1 → %2</source>
        <translation>Schutzregeln: %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Now reaches invited productions only</source>
        <translation>Gilt jetzt nur für Produktionen, zu denen eingeladen wurde</translation>
    </message>
    <message>
        <source>Now reaches every production</source>
        <translation>Gilt jetzt für alle Produktionen</translation>
    </message>
    <message>
        <source>Description changed</source>
        <translation>Beschreibung geändert</translation>
    </message>
</context>
<context>
    <name>rs::Store</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is empty, not a Rolesheet workspace.</source>
        <translation>%1 ist leer und kein Rolesheet-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 is not a Rolesheet workspace (not an SQLite database).</source>
        <translation>%1 ist kein Rolesheet-Arbeitsbereich (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its own header says; it may have been cut off while copying.</source>
        <translation>%1 ist beschädigt: Die Datei ist kürzer, als ihr eigener Kopf angibt; sie wurde vielleicht beim Kopieren abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>There is no workspace at %1; create one with &quot;rolesheet-cli init&quot;.</source>
        <translation>Unter %1 gibt es keinen Arbeitsbereich; legen Sie einen mit „rolesheet-cli init“ an.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was changed.</source>
        <translation>%1 ist schreibgeschützt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Rolesheet workspace.</source>
        <translation>%1 ist beschädigt oder kein Rolesheet-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Rolesheet (schema %2); this version reads up to schema %3.</source>
        <translation>%1 wurde von einem neueren Rolesheet geschrieben (Schema %2); diese Version liest bis Schema %3.</translation>
    </message>
    <message>
        <source>%1 was written by an older Rolesheet and must be upgraded; open it for a change first.</source>
        <translation>%1 wurde von einem älteren Rolesheet geschrieben und muss aktualisiert werden; öffnen Sie ihn zuerst für eine Änderung.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was changed.</source>
        <translation>%1 existiert bereits; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The workspace could not be saved.</source>
        <translation>Der Arbeitsbereich konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 was opened read-only; nothing was changed.</source>
        <translation>%1 wurde schreibgeschützt geöffnet; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The workspace is busy or cannot be written; nothing was changed.</source>
        <translation>Der Arbeitsbereich ist belegt oder nicht beschreibbar; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The workspace could not be saved; nothing was changed.</source>
        <translation>Der Arbeitsbereich konnte nicht gespeichert werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database %1 holds no workspace yet; create one with &quot;rolesheet-cli init&quot;.</source>
        <translation>Die Datenbank %1 enthält noch keinen Arbeitsbereich; legen Sie einen mit „rolesheet-cli init“ an.</translation>
    </message>
    <message>
        <source>%1 is a database but not a Rolesheet workspace.</source>
        <translation>%1 ist eine Datenbank, aber kein Rolesheet-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 already holds a workspace; nothing was changed.</source>
        <translation>%1 enthält bereits einen Arbeitsbereich; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Created the workspace</source>
        <translation>Arbeitsbereich angelegt</translation>
    </message>
    <message>
        <source>The audit trail of %1 cannot be read.</source>
        <translation>Das Änderungsprotokoll von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>Funktion %1</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>Mitglied %1</translation>
    </message>
    <message>
        <source>production %1</source>
        <translation>Produktion %1</translation>
    </message>
    <message>
        <source>the team of %1</source>
        <translation>das Team von %1</translation>
    </message>
    <message>
        <source>the catalog</source>
        <translation>den Katalog</translation>
    </message>
    <message>
        <source>the workspace name</source>
        <translation>den Namen des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <source>Another editor changed %1 since it was read (%2). Nothing was changed; reload and apply again.</source>
        <translation>Ein anderer Editor hat %1 geändert, seit es gelesen wurde (%2). Es wurde nichts geändert; laden Sie neu und übernehmen Sie erneut.</translation>
    </message>
    <message>
        <source>Expected postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE.</source>
        <translation>Erwartet wird postgresql://BENUTZER@HOST:PORT/DATENBANK?sslmode=MODUS.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid. %1</source>
        <translation>Die PostgreSQL-Adresse ist ungültig. %1</translation>
    </message>
    <message>
        <source>The PostgreSQL address holds a password; keep it in ~/.pgpass, PGPASSFILE or PGPASSWORD instead. Nothing was opened.</source>
        <translation>Die PostgreSQL-Adresse enthält ein Passwort; legen Sie es stattdessen in ~/.pgpass, PGPASSFILE oder PGPASSWORD ab. Es wurde nichts geöffnet.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database. %1</source>
        <translation>Die PostgreSQL-Adresse nennt keine Datenbank. %1</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 cannot be opened.</source>
        <translation>Die PostgreSQL-Datenbank %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Another editor changed the workspace since it was read, and the change no longer holds: %1 Nothing was changed.</source>
        <translation>Ein anderer Editor hat den Arbeitsbereich geändert, seit er gelesen wurde, und die Änderung gilt nicht mehr: %1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Replaced the whole workspace</source>
        <translation>Den ganzen Arbeitsbereich ersetzt</translation>
    </message>
    <message>
        <source>%1 cannot be changed: no permission to write in its folder %2, which SQLite needs; nothing was changed.</source>
        <translation>%1 kann nicht geändert werden: Es fehlt die Berechtigung, in seinem Ordner %2 zu schreiben, die SQLite braucht; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2 cannot be written (%3); nothing was changed.</source>
        <translation>%1 kann nicht angelegt werden: %2 kann nicht geschrieben werden (%3); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 breaks a rule and cannot be changed: %2 Save its data with &quot;rolesheet-cli export-workspace -o FILE.json&quot;.</source>
        <translation>%1 verstößt gegen eine Regel und kann nicht geändert werden: %2 Speichern Sie seine Daten mit „rolesheet-cli export-workspace -o FILE.json“.</translation>
    </message>
    <message>
        <source>Audit record %1 (version %2) does not start the trail: changed, inserted or the records before it removed.</source>
        <translation>Protokolleintrag %1 (Version %2) steht nicht am Anfang des Protokolls: geändert, eingefügt oder die Einträge davor entfernt.</translation>
    </message>
    <message>
        <source>Audit record %1 (version %2) does not follow record %3: changed, inserted or the record before it removed.</source>
        <translation>Protokolleintrag %1 (Version %2) folgt nicht auf Eintrag %3: geändert, eingefügt oder der Eintrag davor entfernt.</translation>
    </message>
    <message>
        <source>The audit trail is empty, but the workspace is at version %1: its records were removed.</source>
        <translation>Das Änderungsprotokoll ist leer, aber der Arbeitsbereich steht bei Version %1: Seine Einträge wurden entfernt.</translation>
    </message>
    <message>
        <source>The audit trail ends at record %1 (version %2), but the workspace is at version %3: records were removed from its end or added by hand.</source>
        <translation>Das Änderungsprotokoll endet bei Eintrag %1 (Version %2), aber der Arbeitsbereich steht bei Version %3: Am Ende wurden Einträge entfernt oder von Hand hinzugefügt.</translation>
    </message>
    <message>
        <source>The audit trail ends at record %1 (version %2), which is not the last record written: records were removed from its end or added by hand.</source>
        <translation>Das Änderungsprotokoll endet bei Eintrag %1 (Version %2), der nicht der zuletzt geschriebene ist: Am Ende wurden Einträge entfernt oder von Hand hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is a database but not a Rolesheet workspace; nothing was changed.</source>
        <translation>%1 ist eine Datenbank, aber kein Rolesheet-Arbeitsbereich; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The workspace</source>
        <translation>Der Arbeitsbereich</translation>
    </message>
    <message>
        <source>The disk is full: %1 cannot be written; nothing was changed.</source>
        <translation>Der Datenträger ist voll: %1 kann nicht geschrieben werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: no permission for this; nothing was changed.</source>
        <translation>%1: Keine Berechtigung dafür; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is busy: another program holds a lock on it; try again. Nothing was changed.</source>
        <translation>%1 ist belegt: Ein anderes Programm hält eine Sperre darauf; versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: no permission to write the file or its folder. Nothing was changed.</source>
        <translation>%1 kann nicht geändert werden: Keine Berechtigung, die Datei oder ihren Ordner zu schreiben. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: no permission to read it.</source>
        <translation>%1 kann nicht geöffnet werden: Keine Leseberechtigung.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: its folder is read-only and SQLite needs to create a file beside it (the workspace has changes still in %1-wal). Open it once where its folder can be written.</source>
        <translation>%1 kann nicht geöffnet werden: Sein Ordner ist schreibgeschützt, und SQLite muss daneben eine Datei anlegen (der Arbeitsbereich hat noch Änderungen in %1-wal). Öffnen Sie ihn einmal an einem Ort, dessen Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>%1 could not be read or written: the disk reported an error.</source>
        <translation>%1 konnte nicht gelesen oder geschrieben werden: Der Datenträger hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>%1 cannot be read: no permission to read it.</source>
        <translation>%1 kann nicht gelesen werden: Keine Leseberechtigung.</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s database (application id %2), not a Rolesheet workspace; nothing was changed.</source>
        <translation>%1 ist die Datenbank eines anderen Programms (Anwendungs-ID %2), kein Rolesheet-Arbeitsbereich; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which does not exist; nothing was created. Remove the link or choose another name.</source>
        <translation>%1 ist ein Link auf %2, doch dieses Ziel existiert nicht; es wurde nichts angelegt. Entfernen Sie den Link oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 has leftover files from an earlier workspace: %2; move them away first.</source>
        <translation>Bei %1 liegen übrig gebliebene Dateien eines früheren Arbeitsbereichs: %2; verschieben Sie sie zuerst an einen anderen Ort.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2 is left from an interrupted attempt, or another is under way; move it away first.</source>
        <translation>%1 kann nicht angelegt werden: %2 ist von einem abgebrochenen Versuch übrig, oder ein anderer läuft gerade; verschieben Sie es zuerst an einen anderen Ort.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no schema version.</source>
        <translation>%1 ist beschädigt: Eine Schemaversion fehlt.</translation>
    </message>
    <message>
        <source>%1 is damaged: it lacks %2.</source>
        <translation>%1 ist beschädigt: %2 fehlt.</translation>
    </message>
    <message>
        <source>%1 breaks a rule, so it can only be read and exported until it is repaired: %2 Nothing was changed.</source>
        <translation>%1 verstößt gegen eine Regel und kann daher bis zur Reparatur nur gelesen und exportiert werden: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The PostgreSQL address has spaces, control characters, backslashes or quotes in %1; nothing was opened.</source>
        <translation>Die PostgreSQL-Adresse enthält Leerzeichen, Steuerzeichen, Backslashes oder Anführungszeichen in %1; es wurde nichts geöffnet.</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>der Adresse</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>dem Host</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>dem Benutzernamen</translation>
    </message>
    <message>
        <source>the database name</source>
        <translation>dem Datenbanknamen</translation>
    </message>
    <message>
        <source>The PostgreSQL address has a parameter this program does not pass on: %1. Accepted: %2.</source>
        <translation>Die PostgreSQL-Adresse hat einen Parameter, den dieses Programm nicht weitergibt: %1. Zulässig: %2.</translation>
    </message>
    <message>
        <source>(not a parameter name)</source>
        <translation>(kein Parametername)</translation>
    </message>
    <message>
        <source>the value of %1</source>
        <translation>dem Wert von %1</translation>
    </message>
    <message>
        <source>The PostgreSQL address gives %1 twice; nothing was opened.</source>
        <translation>Die PostgreSQL-Adresse gibt %1 zweimal an; es wurde nichts geöffnet.</translation>
    </message>
    <message>
        <source>The PostgreSQL address asks for sslmode=%1, which anyone on the network path can turn into no encryption; use verify-full, verify-ca or require (or disable, on a network you trust).</source>
        <translation>Die PostgreSQL-Adresse verlangt sslmode=%1, was jeder auf dem Netzwerkweg in eine unverschlüsselte Verbindung verwandeln kann; verwenden Sie verify-full, verify-ca oder require (oder disable in einem Netz, dem Sie vertrauen).</translation>
    </message>
    <message>
        <source>The PostgreSQL address has an unknown sslmode; use verify-full, verify-ca, require or disable.</source>
        <translation>Die PostgreSQL-Adresse hat einen unbekannten sslmode; verwenden Sie verify-full, verify-ca, require oder disable.</translation>
    </message>
    <message>
        <source>The PostgreSQL address&apos;s connect_timeout must be a number of seconds from 1 to 300.</source>
        <translation>Der connect_timeout der PostgreSQL-Adresse muss eine Sekundenzahl von 1 bis 300 sein.</translation>
    </message>
    <message>
        <source>The server took longer than the statement time-out allows and cancelled it.</source>
        <translation>Die Anweisung dauerte länger, als das Zeitlimit für Anweisungen erlaubt; der Server hat sie abgebrochen.</translation>
    </message>
    <message>
        <source>Another session held a lock on the workspace for longer than the lock time-out allows.</source>
        <translation>Eine andere Sitzung hielt eine Sperre auf den Arbeitsbereich länger, als das Zeitlimit für Sperren erlaubt.</translation>
    </message>
    <message>
        <source>The server stopped a deadlock with another session.</source>
        <translation>Der Server hat eine Verklemmung (Deadlock) mit einer anderen Sitzung aufgelöst.</translation>
    </message>
    <message>
        <source>The server is shutting down or restarting.</source>
        <translation>Der Server fährt herunter oder startet neu.</translation>
    </message>
    <message>
        <source>The server has no connection to spare.</source>
        <translation>Der Server hat keine Verbindung mehr frei.</translation>
    </message>
    <message>
        <source>The server did not accept the user or the password (see ~/.pgpass or PGPASSFILE).</source>
        <translation>Der Server hat den Benutzer oder das Passwort nicht angenommen (siehe ~/.pgpass oder PGPASSFILE).</translation>
    </message>
    <message>
        <source>The connection to the server failed or was lost.</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen oder abgebrochen.</translation>
    </message>
    <message>
        <source>The server %1 asks for a password, and none was found in ~/.pgpass, PGPASSFILE or PGPASSWORD.</source>
        <translation>Der Server %1 verlangt ein Passwort, und in ~/.pgpass, PGPASSFILE oder PGPASSWORD wurde keines gefunden.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password.</source>
        <translation>Der Server %1 hat das Passwort nicht angenommen.</translation>
    </message>
    <message>
        <source>The server %1 offers no encrypted (TLS) connection, which this address requires; nothing was opened. Add sslmode=disable only on a network you trust.</source>
        <translation>Der Server %1 bietet keine verschlüsselte (TLS-)Verbindung an, die diese Adresse aber verlangt; es wurde nichts geöffnet. Fügen Sie sslmode=disable nur in einem Netz hinzu, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>The workspace&apos;s version row is damaged.</source>
        <translation>Die Versionszeile des Arbeitsbereichs ist beschädigt.</translation>
    </message>
    <message numerus="yes">
        <source>The server stopped answering for %n second(s), so the connection was closed; nothing was changed.</source>
        <translation>
            <numerusform>Der Server hat %n Sekunde lang nicht geantwortet, daher wurde die Verbindung geschlossen; es wurde nichts geändert.</numerusform>
            <numerusform>Der Server hat %n Sekunden lang nicht geantwortet, daher wurde die Verbindung geschlossen; es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be upgraded: no temporary folder.</source>
        <translation>%1 kann nicht aktualisiert werden: kein temporärer Ordner.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed when the server stopped answering; open the workspace again. Nothing was changed.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, als der Server nicht mehr antwortete; öffnen Sie den Arbeitsbereich erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Recorded the digest of the stored workspace</source>
        <translation>Prüfsumme des gespeicherten Arbeitsbereichs festgehalten</translation>
    </message>
    <message>
        <source>Audit record %1 holds a digest of the workspace that cannot be read.</source>
        <translation>Protokolleintrag %1 enthält eine Prüfsumme des Arbeitsbereichs, die nicht gelesen werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>%n more tables differ too.</source>
        <translation>
            <numerusform>%n weitere Tabelle weicht ebenfalls ab.</numerusform>
            <numerusform>%n weitere Tabellen weichen ebenfalls ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit record %1 (version %2) fails the audit trail&apos;s hash chain, at or before the record of version %3: what that record keeps cannot be trusted. Nothing was changed.</source>
        <translation>Protokolleintrag %1 (Version %2) verletzt die Hash-Kette des Änderungsprotokolls, beim Eintrag von Version %3 oder davor: Was dieser Eintrag aufbewahrt, ist nicht vertrauenswürdig. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The audit trail holds no record of version %1.</source>
        <translation>Das Änderungsprotokoll enthält keinen Eintrag zu Version %1.</translation>
    </message>
    <message>
        <source>The stored workspace cannot be read to check it.</source>
        <translation>Der gespeicherte Arbeitsbereich kann zur Prüfung nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Table %1 does not match the audit trail&apos;s last record (%2 rows stored, %3 recorded): rows were added, changed or removed outside the program.</source>
        <translation>Tabelle %1 stimmt nicht mit dem letzten Eintrag des Änderungsprotokolls überein (%2 Zeilen gespeichert, %3 festgehalten): Zeilen wurden außerhalb des Programms hinzugefügt, geändert oder entfernt.</translation>
    </message>
    <message>
        <source>Table %1, row %2, was added outside the program: no audit record accounts for it.</source>
        <translation>Tabelle %1, Zeile %2, wurde außerhalb des Programms hinzugefügt: Kein Protokolleintrag erklärt das.</translation>
    </message>
    <message>
        <source>Table %1, row %2, was removed outside the program: no audit record accounts for it.</source>
        <translation>Tabelle %1, Zeile %2, wurde außerhalb des Programms entfernt: Kein Protokolleintrag erklärt das.</translation>
    </message>
    <message>
        <source>Table %1, row %2, was changed outside the program: no audit record accounts for it.</source>
        <translation>Tabelle %1, Zeile %2, wurde außerhalb des Programms geändert: Kein Protokolleintrag erklärt das.</translation>
    </message>
    <message>
        <source>Version %1 is not a whole-workspace import that kept the workspace it replaced; nothing was changed.</source>
        <translation>Version %1 ist kein Import eines ganzen Arbeitsbereichs, der den ersetzten Arbeitsbereich aufbewahrt hat; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: the workspace&apos;s approval policy says a second person approves this change first; file it as a request. Nothing was changed.</source>
        <translation>%1: Laut Freigaberichtlinie des Arbeitsbereichs gibt zuerst eine zweite Person diese Änderung frei; stellen Sie einen Antrag. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The workspace&apos;s approval policy gates changes, and an import replaces all of them at once; import into a workspace without a policy, or make the changes as requests. Nothing was changed.</source>
        <translation>Die Freigaberichtlinie des Arbeitsbereichs prüft Änderungen, und ein Import ersetzt alles auf einmal; importieren Sie in einen Arbeitsbereich ohne Richtlinie oder stellen Sie die Änderungen als Anträge. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>rs::TemplateDriftDialog</name>
    <message>
        <source>Template change</source>
        <translation>Änderung der Vorlage</translation>
    </message>
    <message>
        <source>Local override</source>
        <translation>Lokale Abweichung</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Template Drift</source>
        <translation>Abweichungen von Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
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
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Roles linked to the template</source>
        <translation>Mit der Vorlage verknüpfte Rollen</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Template then</source>
        <translation>Vorlage damals</translation>
    </message>
    <message>
        <source>Template now</source>
        <translation>Vorlage jetzt</translation>
    </message>
    <message>
        <source>Role now</source>
        <translation>Rolle jetzt</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>The chosen role&apos;s cells against its template</source>
        <translation>Die Zellen der gewählten Rolle im Vergleich zu ihrer Vorlage</translation>
    </message>
    <message>
        <source>On a &amp;conflict:</source>
        <translation>Bei &amp;Konflikt:</translation>
    </message>
    <message>
        <source>Keep the role&apos;s levels</source>
        <translation>Stufen der Rolle behalten</translation>
    </message>
    <message>
        <source>Take the template&apos;s levels</source>
        <translation>Stufen der Vorlage übernehmen</translation>
    </message>
    <message>
        <source>On a conflict</source>
        <translation>Bei Konflikt</translation>
    </message>
    <message>
        <source>&amp;Propagate…</source>
        <translation>Ü&amp;bertragen…</translation>
    </message>
    <message>
        <source>Stage the template&apos;s changes on the selected roles (or every role that is behind), keeping their overrides, and review them.</source>
        <translation>Die Änderungen der Vorlage für die gewählten Rollen (oder jede Rolle im Rückstand) vormerken, ihre Abweichungen behalten, und sie prüfen.</translation>
    </message>
    <message>
        <source>Template &amp;Drift…</source>
        <translation>&amp;Abweichungen von Vorlagen…</translation>
    </message>
    <message>
        <source>Which roles follow each template, what differs cell by cell, and propagate its changes</source>
        <translation>Welche Rollen jeder Vorlage folgen, was Zelle für Zelle abweicht, und ihre Änderungen übertragen</translation>
    </message>
    <message>
        <source>No template is chosen.</source>
        <translation>Keine Vorlage gewählt.</translation>
    </message>
    <message>
        <source>(account role)</source>
        <translation>(Kontorolle)</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Folgt</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>%1 is at version %2.</source>
        <translation>%1 ist in Version %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) linked</source>
        <translation>
            <numerusform>%n Rolle verknüpft</numerusform>
            <numerusform>%n Rollen verknüpft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n im Rückstand</numerusform>
            <numerusform>%n im Rückstand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s).</source>
        <translation>
            <numerusform>%n Konflikt.</numerusform>
            <numerusform>%n Konflikte.</numerusform>
        </translation>
    </message>
    <message>
        <source>kept out by a rule</source>
        <translation>durch eine Regel ausgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Propagate %1 to %n role(s)</source>
        <translation>
            <numerusform>%1 auf %n Rolle übertragen</numerusform>
            <numerusform>%1 auf %n Rollen übertragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::TransferOwnershipDialog</name>
    <message>
        <source>Transfer ownership</source>
        <translation>Inhaberschaft übertragen</translation>
    </message>
    <message>
        <source>&amp;New owner:</source>
        <translation>&amp;Neuer Inhaber:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>There is nobody else in the workspace to hand it to. Add a member first.</source>
        <translation>Im Arbeitsbereich gibt es niemanden sonst, an den sie übergehen könnte. Fügen Sie zuerst ein Mitglied hinzu.</translation>
    </message>
    <message>
        <source>%1 becomes the Admin &amp; owner: the only member who holds billing and can hand the workspace on.
%2, the owner now, becomes an Admin: still production administrator everywhere, but without the owner-only features (payouts and refunds).
This is one step; it is staged like any other change until you apply it.</source>
        <translation>%1 wird Admin &amp; Inhaber: das einzige Mitglied, das die Abrechnung hält und den Arbeitsbereich weitergeben kann.
%2, bisher Inhaber, wird Admin: weiterhin Produktionsadministrator überall, aber ohne die Funktionen nur für den Inhaber (Auszahlungen und Erstattungen).
Das ist ein einziger Schritt; er wird wie jede andere Änderung vorgemerkt, bis Sie ihn übernehmen.</translation>
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
        <translation>Willkommen bei Rolesheet</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>A new workspace</source>
        <translation>Ein neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>A workspace holds the roles of one studio and the people who hold them. Name your studio and yourself: you are its owner, the member who holds every right and can hand ownership on later.</source>
        <translation>Ein Arbeitsbereich enthält die Rollen eines Studios und die Personen, die sie innehaben. Geben Sie Ihrem Studio und sich selbst einen Namen: Sie sind sein Inhaber, das Mitglied mit allen Rechten, und können die Inhaberschaft später weitergeben.</translation>
    </message>
    <message>
        <source>e.g. Northlight Studio</source>
        <translation>z. B. Northlight Studio</translation>
    </message>
    <message>
        <source>Rolesheet speaks the new language the next time it starts.</source>
        <translation>Rolesheet spricht die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Studio name:</source>
        <translation>&amp;Studioname:</translation>
    </message>
    <message>
        <source>&amp;Your name (the owner):</source>
        <translation>&amp;Ihr Name (der Inhaber):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Anlegen…</translation>
    </message>
    <message>
        <source>&amp;Open Existing…</source>
        <translation>Vorhandenen ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Mit Se&amp;rver verbinden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Your full name, as the studio knows you</source>
        <translation>Ihr vollständiger Name, wie das Studio Sie kennt</translation>
    </message>
    <message>
        <source>Seat dates, wrap dates and reviews are read in this time zone, whoever opens the workspace and wherever.</source>
        <translation>Platzdaten, Drehschlüsse und Überprüfungen gelten in dieser Zeitzone, wer auch immer den Arbeitsbereich öffnet und wo.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
</context>
<context>
    <name>rs::WorkProgress</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>rs::WorkspaceDiff</name>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>Workspace renamed from %1 to %2</source>
        <translation>Arbeitsbereich von %1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>New feature %1</source>
        <translation>Neue Funktion %1</translation>
    </message>
    <message>
        <source>Feature %1 removed</source>
        <translation>Funktion %1 entfernt</translation>
    </message>
    <message>
        <source>New member %1</source>
        <translation>Neues Mitglied %1</translation>
    </message>
    <message>
        <source>Member %1 removed</source>
        <translation>Mitglied %1 entfernt</translation>
    </message>
    <message>
        <source>Member %1 renamed to %2</source>
        <translation>Mitglied %1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>%1: account role %2 → %3</source>
        <translation>%1: Kontorolle %2 → %3</translation>
    </message>
    <message>
        <source>New production %1</source>
        <translation>Neue Produktion %1</translation>
    </message>
    <message>
        <source>Production %1 removed</source>
        <translation>Produktion %1 entfernt</translation>
    </message>
    <message>
        <source>Production %1 renamed to %2</source>
        <translation>Produktion %1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>%1 joins the team of %2 as %3</source>
        <translation>%1 kommt als %3 ins Team von %2</translation>
    </message>
    <message>
        <source>%1 leaves the team of %2 (was %3)</source>
        <translation>%1 verlässt das Team von %2 (war %3)</translation>
    </message>
    <message>
        <source>%1 in %2: %3 → %4</source>
        <translation>%1 in %2: %3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more changes to members, productions and seats.</source>
        <translation>
            <numerusform>… und %n weitere Änderung an Mitgliedern, Produktionen und Teamplätzen.</numerusform>
            <numerusform>… und %n weitere Änderungen an Mitgliedern, Produktionen und Teamplätzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>ab %1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1 in %2 as %3: %4 → %5</source>
        <translation>%1 in %2 als %3: %4 → %5</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>ohne Ende</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1: account role %2, end %3 → %4</source>
        <translation>%1: Kontorolle %2, Ende %3 → %4</translation>
    </message>
    <message>
        <source>%1 joins the team of %2 as %3, %4</source>
        <translation>%1 kommt ins Team von %2 als %3, %4</translation>
    </message>
    <message>
        <source>%1 wraps: %2 → %3</source>
        <translation>Abschluss von %1: %2 → %3</translation>
    </message>
    <message>
        <source>no wrap date</source>
        <translation>kein Abschlussdatum</translation>
    </message>
</context>
<context>
    <name>rs::approval</name>
    <message>
        <source>pending</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>A request&apos;s state is pending, approved, applied, denied, withdrawn or expired, not %1.</source>
        <translation>Der Status eines Antrags ist pending, approved, applied, denied, withdrawn oder expired, nicht %1.</translation>
    </message>
    <message>
        <source>Nobody approves or denies their own request.</source>
        <translation>Niemand gibt den eigenen Antrag frei oder lehnt ihn ab.</translation>
    </message>
    <message>
        <source>Only the owner, Admins and the approvers the policy names approve requests.</source>
        <translation>Nur der Inhaber, Admins und die in der Richtlinie genannten Freigebenden geben Anträge frei.</translation>
    </message>
    <message>
        <source>The request changes your own access; another approver decides it.</source>
        <translation>Der Antrag ändert Ihren eigenen Zugriff; eine andere freigebende Person entscheidet.</translation>
    </message>
</context>
<context>
    <name>rs::cli</name>
    <message>
        <source>Production %1 has no role named %2.</source>
        <translation>Die Produktion %1 hat keine Rolle namens %2.</translation>
    </message>
    <message>
        <source>There is no account role or template named %1; production roles need --production.</source>
        <translation>Es gibt keine Kontorolle oder Vorlage namens %1; Produktionsrollen brauchen --production.</translation>
    </message>
    <message>
        <source>There is no account role named %1.</source>
        <translation>Es gibt keine Kontorolle namens %1.</translation>
    </message>
    <message>
        <source>There is no member named %1.</source>
        <translation>Es gibt kein Mitglied namens %1.</translation>
    </message>
    <message>
        <source>There is no production named %1.</source>
        <translation>Es gibt keine Produktion namens %1.</translation>
    </message>
    <message>
        <source>There is no feature named %1.</source>
        <translation>Es gibt keine Funktion namens %1.</translation>
    </message>
    <message>
        <source>The output cannot be written.</source>
        <translation>Die Ausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli [--db PATH] COMMAND [ARGUMENTS]

Commands:
</source>
        <translation>Aufruf: rolesheet-cli [--db PFAD] BEFEHL [ARGUMENTE]

Befehle:
</translation>
    </message>
    <message>
        <source>
LEVELS is none or a comma list of view, add, edit, delete.
Exit status: 0 done, 1 denied (check), 2 refused or bad input.
</source>
        <translation>
LEVELS ist none oder eine Kommaliste aus view, add, edit, delete.
Rückgabewert: 0 erledigt, 1 verweigert (check), 2 abgelehnt oder ungültige Eingabe.
</translation>
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
        <source>The workspace: a .rolesheet file or a postgresql:// address.</source>
        <translation>Der Arbeitsbereich: eine .rolesheet-Datei oder eine postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>The production a production role belongs to.</source>
        <translation>Die Produktion, zu der eine Produktionsrolle gehört.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation>Der Ordner, in den geschrieben wird.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>Copy the new role from this template.</source>
        <translation>Die neue Rolle von dieser Vorlage kopieren.</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>VORLAGE</translation>
    </message>
    <message>
        <source>The new role is an account role.</source>
        <translation>Die neue Rolle ist eine Kontorolle.</translation>
    </message>
    <message>
        <source>The member who creates the production.</source>
        <translation>Das Mitglied, das die Produktion anlegt.</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>MITGLIED</translation>
    </message>
    <message>
        <source>The production role to invite with.</source>
        <translation>Die Produktionsrolle, mit der eingeladen wird.</translation>
    </message>
    <message>
        <source>The new member&apos;s account role.</source>
        <translation>Die Kontorolle des neuen Mitglieds.</translation>
    </message>
    <message>
        <source>Check every request of a file (- for standard input).</source>
        <translation>Jede Anfrage einer Datei prüfen (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>The owner&apos;s name in a new workspace.</source>
        <translation>Der Name des Inhabers in einem neuen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The studio&apos;s name in a new workspace.</source>
        <translation>Der Name des Studios in einem neuen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli %1</source>
        <translation>Aufruf: rolesheet-cli %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see rolesheet-cli --help.</source>
        <translation>Unbekannter Befehl „%1“; siehe rolesheet-cli --help.</translation>
    </message>
    <message>
        <source>no account role</source>
        <translation>keine Kontorolle</translation>
    </message>
    <message>
        <source>team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Added member %1.</source>
        <translation>Mitglied %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 now holds %2.</source>
        <translation>%1 hat jetzt %2.</translation>
    </message>
    <message>
        <source>%1 is now the Admin &amp; owner; %2 is an Admin.</source>
        <translation>%1 ist jetzt Admin &amp; Inhaber; %2 ist Admin.</translation>
    </message>
    <message>
        <source>Name the member who creates the production with --by MEMBER.</source>
        <translation>Nennen Sie mit --by MITGLIED das Mitglied, das die Produktion anlegt.</translation>
    </message>
    <message>
        <source>Created production %1.</source>
        <translation>Produktion %1 angelegt.</translation>
    </message>
    <message>
        <source>%1 joins %2 as %3.</source>
        <translation>%1 kommt als %3 zu %2.</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>benutzerdefiniert</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Created %1 with the default catalog, the built-in roles and the Production template.</source>
        <translation>%1 mit dem Standardkatalog, den eingebauten Rollen und der Vorlage Produktion angelegt.</translation>
    </message>
    <message>
        <source>holders: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Guardrails: no %1 features</source>
        <translation>Schutzregeln: keine Funktionen der Kategorie %1</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source> (without View)</source>
        <translation> (ohne Ansehen)</translation>
    </message>
    <message>
        <source>%1 now holds %2 on %3.</source>
        <translation>%1 hat jetzt %2 bei %3.</translation>
    </message>
    <message>
        <source>Say where the role lives: --account or --production NAME.</source>
        <translation>Geben Sie an, wo die Rolle gilt: --account oder --production NAME.</translation>
    </message>
    <message>
        <source>Copy from a role or from a template, not both.</source>
        <translation>Kopieren Sie von einer Rolle oder von einer Vorlage, nicht von beiden.</translation>
    </message>
    <message>
        <source>There is no template named %1.</source>
        <translation>Es gibt keine Vorlage namens %1.</translation>
    </message>
    <message>
        <source>There is no role named %1 to copy from.</source>
        <translation>Es gibt keine Rolle namens %1, von der kopiert werden könnte.</translation>
    </message>
    <message>
        <source>Created role %1.</source>
        <translation>Rolle %1 angelegt.</translation>
    </message>
    <message>
        <source>Deleted role %1.</source>
        <translation>Rolle %1 gelöscht.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Line %1: expected MEMBER, PRODUCTION, FEATURE and LEVEL separated by tabs.</source>
        <translation>Zeile %1: erwartet werden MITGLIED, PRODUKTION, FUNKTION und STUFE, durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>check --batch takes its requests from the file, not from arguments.</source>
        <translation>check --batch liest seine Anfragen aus der Datei, nicht aus Argumenten.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli check MEMBER PRODUCTION FEATURE LEVEL</source>
        <translation>Aufruf: rolesheet-cli check MITGLIED PRODUKTION FUNKTION STUFE</translation>
    </message>
    <message>
        <source>denied: %1 may not %2 %3 in %4; no role grants it.</source>
        <translation>verweigert: %1 darf %3 in %4 nicht %2; keine Rolle erteilt das.</translation>
    </message>
    <message>
        <source>%1 may %2 %3 in %4</source>
        <translation>%1 darf %3 in %4 %2</translation>
    </message>
    <message>
        <source>%1 (production role in %2)</source>
        <translation>%1 (Produktionsrolle in %2)</translation>
    </message>
    <message>
        <source>%1 (account role)</source>
        <translation>%1 (Kontorolle)</translation>
    </message>
    <message>
        <source>allowed: %1, granted by %2.</source>
        <translation>erlaubt: %1, erteilt durch %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source> matrix</source>
        <translation> Matrix</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli export-workspace -o FILE.json</source>
        <translation>Aufruf: rolesheet-cli export-workspace -o DATEI.json</translation>
    </message>
    <message>
        <source>Imported workspace %1.</source>
        <translation>Arbeitsbereich %1 importiert.</translation>
    </message>
    <message>
        <source>Imported role %1.</source>
        <translation>Rolle %1 importiert.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli casbin --out DIR</source>
        <translation>Aufruf: rolesheet-cli casbin --out ORDNER</translation>
    </message>
    <message>
        <source>No command given; see rolesheet-cli --help.</source>
        <translation>Kein Befehl angegeben; siehe rolesheet-cli --help.</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as 2026-01-31.</source>
        <translation>%1 ist kein Datum; schreiben Sie es als 2026-01-31.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit entries to %1.</source>
        <translation>
            <numerusform>%n Protokolleintrag nach %1 geschrieben.</numerusform>
            <numerusform>%n Protokolleinträge nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit: changes touching or made by a member.</source>
        <translation>Protokoll: Änderungen, die ein Mitglied betreffen oder von ihm stammen.</translation>
    </message>
    <message>
        <source>Audit: changes since this date.</source>
        <translation>Protokoll: Änderungen seit diesem Datum.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>The member on whose behalf changes are made, for the audit trail.</source>
        <translation>Das Mitglied, in dessen Namen Änderungen vorgenommen werden, für das Änderungsprotokoll.</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail whole: %n records, last hash %1</source>
        <translation>
            <numerusform>Änderungsprotokoll intakt: %n Eintrag, letzter Hash %1</numerusform>
            <numerusform>Änderungsprotokoll intakt: %n Einträge, letzter Hash %1</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1 breaks a rule: %2 It can only be read; save its data with &quot;rolesheet-cli export-workspace -o FILE.json&quot;.</source>
        <translation>Warnung: %1 verstößt gegen eine Regel: %2 Nur Lesen ist möglich; speichern Sie die Daten mit „rolesheet-cli export-workspace -o FILE.json“.</translation>
    </message>
    <message>
        <source>Add --force to replace existing files.</source>
        <translation>Geben Sie --force an, um vorhandene Dateien zu ersetzen.</translation>
    </message>
    <message>
        <source>Replace files that are already there (never a symbolic link).</source>
        <translation>Bereits vorhandene Dateien ersetzen (nie einen symbolischen Link).</translation>
    </message>
    <message>
        <source>Audit: check that the trail&apos;s hash chain is whole.</source>
        <translation>Protokoll: prüfen, ob die Hash-Kette des Protokolls intakt ist.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n changes not applied.</source>
        <translation>
            <numerusform>Probelauf: %n Änderung nicht übernommen.</numerusform>
            <numerusform>Probelauf: %n Änderungen nicht übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n changes.</source>
        <translation>
            <numerusform>%n Änderung übernommen.</numerusform>
            <numerusform>%n Änderungen übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import: list the changes a file makes without applying them.</source>
        <translation>Import: die Änderungen auflisten, die eine Datei vornimmt, ohne sie zu übernehmen.</translation>
    </message>
    <message>
        <source>Give --from DATE, --until DATE or both (none clears).</source>
        <translation>Geben Sie --from DATUM, --until DATUM oder beides an (none löscht sie).</translation>
    </message>
    <message>
        <source>--within takes a number of days from 0 to 36600.</source>
        <translation>--within erwartet eine Anzahl Tage von 0 bis 36600.</translation>
    </message>
    <message>
        <source>(account role)</source>
        <translation>(Kontorolle)</translation>
    </message>
    <message>
        <source>Nothing has ended; nothing was removed.</source>
        <translation>Nichts ist abgelaufen; es wurde nichts entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n ended seats</source>
        <translation>
            <numerusform>Entfernt: %n beendeter Teamplatz</numerusform>
            <numerusform>Entfernt: %n beendete Teamplätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n ended account roles.</source>
        <translation>
            <numerusform> und %n beendete Kontorolle.</numerusform>
            <numerusform> und %n beendete Kontorollen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Other editors kept changing the workspace; nothing was removed. Run sweep again.</source>
        <translation>Andere Editoren haben den Arbeitsbereich laufend geändert; es wurde nichts entfernt. Führen Sie sweep erneut aus.</translation>
    </message>
    <message>
        <source>%1 is not a workspace version: give the version the audit trail shows for the import.</source>
        <translation>%1 ist keine Version des Arbeitsbereichs: Geben Sie die Version an, die das Änderungsprotokoll für den Import zeigt.</translation>
    </message>
    <message numerus="yes">
        <source>Import of version %1 reverted: the workspace is %2 again; %n later changes were undone with it.</source>
        <translation>
            <numerusform>Import von Version %1 zurückgenommen: Der Arbeitsbereich ist wieder %2; %n spätere Änderung wurde mit rückgängig gemacht.</numerusform>
            <numerusform>Import von Version %1 zurückgenommen: Der Arbeitsbereich ist wieder %2; %n spätere Änderungen wurden mit rückgängig gemacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 now holds %2 until %3.</source>
        <translation>%1 hat jetzt %2 bis %3.</translation>
    </message>
    <message>
        <source>%1 joins %2 as %3 until %4.</source>
        <translation>%1 kommt als %3 bis %4 zu %2.</translation>
    </message>
    <message>
        <source>A review covers the whole studio, one production (--production) or one role (--role), not both.</source>
        <translation>Eine Überprüfung umfasst das ganze Studio, eine Produktion (--production) oder eine Rolle (--role), nicht beides.</translation>
    </message>
    <message>
        <source>There is no role named %1.</source>
        <translation>Es gibt keine Rolle namens %1.</translation>
    </message>
    <message>
        <source>A due date is written as YYYY-MM-DD.</source>
        <translation>Ein Fälligkeitsdatum wird als YYYY-MM-DD geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Started access review %1 of %2: %n items to decide.</source>
        <translation>
            <numerusform>Zugriffsüberprüfung %1 von %2 begonnen: %n Eintrag zu entscheiden.</numerusform>
            <numerusform>Zugriffsüberprüfung %1 von %2 begonnen: %n Einträge zu entscheiden.</numerusform>
        </translation>
    </message>
    <message>
        <source>(access changed since the review started)</source>
        <translation>(Zugriff seit dem Start der Überprüfung geändert)</translation>
    </message>
    <message>
        <source>An item is given by its number, as `review items` lists it.</source>
        <translation>Ein Eintrag wird mit seiner Nummer angegeben, wie `review items` sie auflistet.</translation>
    </message>
    <message>
        <source>A decision is keep, revoke or end DATE.</source>
        <translation>Eine Entscheidung ist keep, revoke oder end DATUM.</translation>
    </message>
    <message>
        <source>End needs a date: end YYYY-MM-DD.</source>
        <translation>end braucht ein Datum: end YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>An end date is written as YYYY-MM-DD.</source>
        <translation>Ein Enddatum wird als YYYY-MM-DD geschrieben.</translation>
    </message>
    <message>
        <source>Item %1: %2.</source>
        <translation>Eintrag %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Closed access review %1 at workspace version %2: %n revoked</source>
        <translation>
            <numerusform>Zugriffsüberprüfung %1 bei Arbeitsbereichsversion %2 abgeschlossen: %n entzogen</numerusform>
            <numerusform>Zugriffsüberprüfung %1 bei Arbeitsbereichsversion %2 abgeschlossen: %n entzogen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items not applied because their access changed after the review started</source>
        <translation>
            <numerusform>%n Eintrag nicht angewendet, weil sich sein Zugriff nach Beginn der Überprüfung geändert hat</numerusform>
            <numerusform>%n Einträge nicht angewendet, weil sich ihr Zugriff nach Beginn der Überprüfung geändert hat</numerusform>
        </translation>
    </message>
    <message>
        <source>Access review %1 is still open; its evidence is written once it is closed.</source>
        <translation>Die Zugriffsüberprüfung %1 ist noch offen; ihr Nachweis wird geschrieben, sobald sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>denied: %1 may not %2 %3 in %4; %5</source>
        <translation>verweigert: %1 darf %3 in %4 nicht %2; %5</translation>
    </message>
    <message>
        <source>Copy the new role from this role; for a seat, when it starts (YYYY-MM-DD or none).</source>
        <translation>Die neue Rolle von dieser Rolle kopieren; bei einem Platz: wann er beginnt (YYYY-MM-DD oder none).</translation>
    </message>
    <message>
        <source>ROLE|DATE</source>
        <translation>ROLLE|DATUM</translation>
    </message>
    <message>
        <source>When access ends: YYYY-MM-DD (the end of that day), a date-time, or none.</source>
        <translation>Wann der Zugriff endet: YYYY-MM-DD (das Ende dieses Tages), ein Datum mit Uhrzeit oder none.</translation>
    </message>
    <message>
        <source>The moment to answer for (default: now).</source>
        <translation>Der Zeitpunkt, für den geantwortet wird (Standard: jetzt).</translation>
    </message>
    <message>
        <source>DATE-TIME</source>
        <translation>DATUM-ZEIT</translation>
    </message>
    <message>
        <source>Expiring: the days ahead to look (default: 14).</source>
        <translation>Ablaufend: wie viele Tage vorausgeschaut wird (Standard: 14).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>Review: a member who reviews (repeatable).</source>
        <translation>Überprüfung: ein Mitglied, das prüft (wiederholbar).</translation>
    </message>
    <message>
        <source>Review: the date the review is due.</source>
        <translation>Überprüfung: das Datum, zu dem die Überprüfung fällig ist.</translation>
    </message>
    <message>
        <source>Review: only the access that changed since the last closed review of the same scope.</source>
        <translation>Überprüfung: nur der Zugriff, der sich seit der letzten abgeschlossenen Überprüfung mit derselben Geltung geändert hat.</translation>
    </message>
    <message>
        <source>Review: only the undecided items.</source>
        <translation>Überprüfung: nur die unentschiedenen Einträge.</translation>
    </message>
    <message>
        <source>Review: a comment on the decision.</source>
        <translation>Überprüfung: ein Kommentar zur Entscheidung.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>%1 matches access review %2, whose stored records agree with the audit trail (evidence SHA-256 %3).</source>
        <translation>%1 passt zur Zugriffsüberprüfung %2, deren gespeicherte Daten mit dem Änderungsprotokoll übereinstimmen (SHA-256 des Nachweises %3).</translation>
    </message>
    <message>
        <source>Not enough memory to finish the command: it stopped, and a change it had not finished was not kept.</source>
        <translation>Nicht genug Arbeitsspeicher, um den Befehl abzuschließen: Er wurde abgebrochen, und eine Änderung, die er nicht abgeschlossen hatte, wurde verworfen.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli cedar --out DIR</source>
        <translation>Aufruf: rolesheet-cli cedar --out ORDNER</translation>
    </message>
    <message>
        <source>cedar takes no --at: its policies answer at every moment, given the moment as context.now.</source>
        <translation>cedar nimmt kein --at: Seine Richtlinien antworten zu jedem Zeitpunkt, der als context.now übergeben wird.</translation>
    </message>
    <message>
        <source>The audit trail is printed as text, csv or xlsx.</source>
        <translation>Das Änderungsprotokoll wird als Text, CSV oder xlsx ausgegeben.</translation>
    </message>
    <message>
        <source>Write the audit trail as xlsx with -o FILE.</source>
        <translation>Schreiben Sie das Änderungsprotokoll als xlsx mit -o DATEI.</translation>
    </message>
    <message>
        <source>Choose a format with --format csv|xlsx|json|md|html|pdf.</source>
        <translation>Wählen Sie ein Format mit --format csv|xlsx|json|md|html|pdf.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli export-all --format csv|xlsx|json|md|html|pdf|matrix-csv|matrix-xlsx --out DIR</source>
        <translation>Aufruf: rolesheet-cli export-all --format csv|xlsx|json|md|html|pdf|matrix-csv|matrix-xlsx --out ORDNER</translation>
    </message>
    <message>
        <source>Export an access review with --format pdf, csv or xlsx and -o FILE.</source>
        <translation>Exportieren Sie eine Zugriffsüberprüfung mit --format pdf, csv oder xlsx und -o DATEI.</translation>
    </message>
    <message>
        <source>Export format: csv, xlsx, json, md, html or pdf.</source>
        <translation>Exportformat: csv, xlsx, json, md, html oder pdf.</translation>
    </message>
    <message>
        <source>Decide many items either from a file (--from FILE.csv) or all undecided ones (--all-undecided keep|revoke), not both.</source>
        <translation>Entscheiden Sie viele Einträge entweder aus einer Datei (--from DATEI.csv) oder alle unentschiedenen (--all-undecided keep|revoke), nicht beides.</translation>
    </message>
    <message>
        <source>Access review %1 is closed; its decisions can no longer change.</source>
        <translation>Die Zugriffsüberprüfung %1 ist abgeschlossen; ihre Entscheidungen können sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>--all-undecided takes keep or revoke.</source>
        <translation>--all-undecided nimmt keep oder revoke.</translation>
    </message>
    <message numerus="yes">
        <source>Would record %n decisions; nothing was changed.</source>
        <translation>
            <numerusform>Würde %n Entscheidung festhalten; es wurde nichts geändert.</numerusform>
            <numerusform>Würde %n Entscheidungen festhalten; es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n decisions in access review %1.</source>
        <translation>
            <numerusform>%n Entscheidung in der Zugriffsüberprüfung %1 festgehalten.</numerusform>
            <numerusform>%n Entscheidungen in der Zugriffsüberprüfung %1 festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review: decide every undecided item (of --production, --role) at once: keep or revoke.</source>
        <translation>Überprüfung: jeden unentschiedenen Eintrag (von --production, --role) auf einmal entscheiden: keep oder revoke.</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>ENTSCHEIDUNG</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli review start NAME [--production P | --role R] [--reviewer MEMBER]… [--due DATE] [--delta] | items NAME [--undecided] | decide NAME ITEM keep|revoke|end DATE [--comment TEXT] | decide NAME --from FILE.csv|FILE.xlsx [--dry-run] | decide NAME --all-undecided keep|revoke [--production P] [--role R] [--comment TEXT] [--dry-run] | reviewers NAME [--reviewer MEMBER]… | close NAME | export NAME --format pdf|csv|xlsx -o FILE | verify NAME FILE.csv</source>
        <translation>Aufruf: rolesheet-cli review start NAME [--production P | --role R] [--reviewer MITGLIED]… [--due DATUM] [--delta] | items NAME [--undecided] | decide NAME EINTRAG keep|revoke|end DATUM [--comment TEXT] | decide NAME --from DATEI.csv|DATEI.xlsx [--dry-run] | decide NAME --all-undecided keep|revoke [--production P] [--role R] [--comment TEXT] [--dry-run] | reviewers NAME [--reviewer MITGLIED]… | close NAME | export NAME --format pdf|csv|xlsx -o DATEI | verify NAME DATEI.csv</translation>
    </message>
    <message>
        <source>--production names the production of a --role.</source>
        <translation>--production nennt die Produktion einer --role.</translation>
    </message>
    <message>
        <source>Give one --production for every --role, or one for them all.</source>
        <translation>Geben Sie eine --production für jede --role an, oder eine für alle.</translation>
    </message>
    <message>
        <source>No role named %1 is linked to %2.</source>
        <translation>Keine Rolle namens %1 ist mit %2 verknüpft.</translation>
    </message>
    <message>
        <source>--prefer takes template or local.</source>
        <translation>--prefer nimmt template oder local.</translation>
    </message>
    <message>
        <source>%1: %2: conflict: the template has %3, the role %4.</source>
        <translation>%1: %2: Konflikt: die Vorlage hat %3, die Rolle %4.</translation>
    </message>
    <message>
        <source>%1: %2: the template&apos;s %3 not taken: %4</source>
        <translation>%1: %2: %3 der Vorlage nicht übernommen: %4</translation>
    </message>
    <message>
        <source>%1: %2: %3 → %4</source>
        <translation>%1: %2: %3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): choose --prefer template or --prefer local.</source>
        <translation>
            <numerusform>%n Konflikt: wählen Sie --prefer template oder --prefer local.</numerusform>
            <numerusform>%n Konflikte: wählen Sie --prefer template oder --prefer local.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would bring %n role(s) in step with %1; nothing changed.</source>
        <translation>
            <numerusform>Würde %n Rolle mit %1 abgleichen; nichts geändert.</numerusform>
            <numerusform>Würde %n Rollen mit %1 abgleichen; nichts geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought %n role(s) in step with %1.</source>
        <translation>
            <numerusform>%n Rolle mit %1 abgeglichen.</numerusform>
            <numerusform>%n Rollen mit %1 abgeglichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) changed.</source>
        <translation>
            <numerusform>%n Zelle geändert.</numerusform>
            <numerusform>%n Zellen geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>template takes status or propagate, not %1.</source>
        <translation>template nimmt status oder propagate, nicht %1.</translation>
    </message>
    <message>
        <source>A link follows its template or is pinned, not both.</source>
        <translation>Eine Verknüpfung folgt ihrer Vorlage oder ist angeheftet, nicht beides.</translation>
    </message>
    <message>
        <source>--follow and --pinned link a role made --template T.</source>
        <translation>--follow und --pinned verknüpfen eine mit --template T erstellte Rolle.</translation>
    </message>
    <message>
        <source>Give both sides with --left CELLS and --right CELLS, or name a suggested rule (see &quot;duty list&quot;).</source>
        <translation>Geben Sie beide Seiten mit --left ZELLEN und --right ZELLEN an oder nennen Sie eine vorgeschlagene Regel (siehe „duty list“).</translation>
    </message>
    <message>
        <source>A duty rule needs both --left CELLS and --right CELLS.</source>
        <translation>Eine Funktionstrennungsregel braucht --left ZELLEN und --right ZELLEN.</translation>
    </message>
    <message>
        <source>Choose one of --any and --all.</source>
        <translation>Wählen Sie entweder --any oder --all.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli duty add NAME --left CELLS --right CELLS</source>
        <translation>Aufruf: rolesheet-cli duty add NAME --left ZELLEN --right ZELLEN</translation>
    </message>
    <message>
        <source>Added duty rule %1: %2 against %3 (%4, %5).</source>
        <translation>Funktionstrennungsregel %1 hinzugefügt: %2 gegen %3 (%4, %5).</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>suggested, off</source>
        <translation>vorgeschlagen, aus</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>granted by %1</source>
        <translation>gewährt von %1</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>ständig</translation>
    </message>
    <message>
        <source>holds every cell by design (Admin &amp; owner or Admin)</source>
        <translation>hat jede Zelle von vornherein (Admin &amp; Inhaber oder Admin)</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli duty remove NAME</source>
        <translation>Aufruf: rolesheet-cli duty remove NAME</translation>
    </message>
    <message>
        <source>Removed duty rule %1.</source>
        <translation>Funktionstrennungsregel %1 entfernt.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli duty check [--at DATE-TIME]</source>
        <translation>Aufruf: rolesheet-cli duty check [--at DATUM-UHRZEIT]</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (ab %1)</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli duty except MEMBER RULE --reason TEXT --until DATE --as MEMBER</source>
        <translation>Aufruf: rolesheet-cli duty except MITGLIED REGEL --reason TEXT --until DATUM --as MITGLIED</translation>
    </message>
    <message>
        <source>Name the member who grants the exception with --as MEMBER.</source>
        <translation>Nennen Sie das Mitglied, das die Ausnahme gewährt, mit --as MITGLIED.</translation>
    </message>
    <message>
        <source>%1 may hold both sides of %2 until %3.</source>
        <translation>%1 darf bis %3 beide Seiten von %2 innehaben.</translation>
    </message>
    <message>
        <source>Unknown duty command %1: use add, list, remove, check or except.</source>
        <translation>Unbekannter duty-Befehl %1: Verwenden Sie add, list, remove, check oder except.</translation>
    </message>
    <message>
        <source>Unknown format %1 for who: use text, csv or pdf.</source>
        <translation>Unbekanntes Format %1 für who: Verwenden Sie text, csv oder pdf.</translation>
    </message>
    <message>
        <source>A PDF goes to a file: give it with -o FILE.</source>
        <translation>Ein PDF wird in eine Datei geschrieben: Geben Sie sie mit -o DATEI an.</translation>
    </message>
    <message>
        <source>Who can %1 %2</source>
        <translation>Wer darf %2: %1</translation>
    </message>
    <message>
        <source>Duty rule: one side, as Feature:level,Feature:level.</source>
        <translation>Funktionstrennungsregel: eine Seite, als Funktion:Stufe,Funktion:Stufe.</translation>
    </message>
    <message>
        <source>CELLS</source>
        <translation>ZELLEN</translation>
    </message>
    <message>
        <source>Duty rule: the other side, as Feature:level,Feature:level.</source>
        <translation>Funktionstrennungsregel: die andere Seite, als Funktion:Stufe,Funktion:Stufe.</translation>
    </message>
    <message>
        <source>Duty rule: a side is held with any one of its cells (default).</source>
        <translation>Funktionstrennungsregel: Eine Seite gilt mit einer beliebigen ihrer Zellen als gehalten (Standard).</translation>
    </message>
    <message>
        <source>Duty rule: a side is held only with all of its cells.</source>
        <translation>Funktionstrennungsregel: Eine Seite gilt nur mit allen ihren Zellen als gehalten.</translation>
    </message>
    <message>
        <source>Duty rule: where both sides must be held: production (default), studio or account.</source>
        <translation>Funktionstrennungsregel: wo beide Seiten gehalten sein müssen: production (Standard), studio oder account.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>GELTUNG</translation>
    </message>
    <message>
        <source>Duty rule: block (default) refuses a change, warn reports it.</source>
        <translation>Funktionstrennungsregel: block (Standard) lehnt eine Änderung ab, warn meldet sie.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWERE</translation>
    </message>
    <message>
        <source>Duty exception: why the member may hold both sides.</source>
        <translation>Ausnahme: warum das Mitglied beide Seiten innehaben darf.</translation>
    </message>
    <message>
        <source>Duty rule: why it matters.</source>
        <translation>Funktionstrennungsregel: warum sie wichtig ist.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Changes that need approval: %1</source>
        <translation>Änderungen mit Freigabepflicht: %1</translation>
    </message>
    <message>
        <source>Approvals needed: %1</source>
        <translation>Benötigte Freigaben: %1</translation>
    </message>
    <message>
        <source>Approvers: the owner, Admins and %1</source>
        <translation>Freigebende: der Inhaber, Admins und %1</translation>
    </message>
    <message>
        <source>Approval window: %1 days; apply window: %2 days</source>
        <translation>Freigabefrist: %1 Tage; Anwendungsfrist: %2 Tage</translation>
    </message>
    <message>
        <source>Client-controlled productions: %1</source>
        <translation>Kundengesteuerte Produktionen: %1</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>--%1 nimmt eine Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli approval-policy show | approval-policy set [--changes none|sensitive|all] [--approvals N] [--approver MEMBER]… [--approval-days D] [--apply-days D]</source>
        <translation>Aufruf: rolesheet-cli approval-policy show | approval-policy set [--changes none|sensitive|all] [--approvals N] [--approver MITGLIED]… [--approval-days T] [--apply-days T]</translation>
    </message>
    <message>
        <source>Say yes or no: set-production-client-controlled PRODUCTION yes|no</source>
        <translation>Sagen Sie yes oder no: set-production-client-controlled PRODUKTION yes|no</translation>
    </message>
    <message>
        <source> (break glass)</source>
        <translation> (Notfallzugriff)</translation>
    </message>
    <message>
        <source>Request %1: %2, %3 of %4 approvals</source>
        <translation>Antrag %1: %2, %3 von %4 Freigaben</translation>
    </message>
    <message>
        <source>Filed by %1 at %2: %3</source>
        <translation>Gestellt von %1 am %2: %3</translation>
    </message>
    <message>
        <source>Made on workspace version %1; SHA-256 %2</source>
        <translation>Erstellt auf Version %1 des Arbeitsbereichs; SHA-256 %2</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Änderungen:</translation>
    </message>
    <message>
        <source>Members whose access changes: %1</source>
        <translation>Mitglieder, deren Zugriff sich ändert: %1</translation>
    </message>
    <message>
        <source>approved by %1 at %2</source>
        <translation>freigegeben von %1 am %2</translation>
    </message>
    <message>
        <source>denied by %1 at %2</source>
        <translation>abgelehnt von %1 am %2</translation>
    </message>
    <message>
        <source> (counts)</source>
        <translation> (zählt)</translation>
    </message>
    <message>
        <source> (does not count)</source>
        <translation> (zählt nicht)</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli request show|approve|deny|withdraw|apply|rebase|export N</source>
        <translation>Aufruf: rolesheet-cli request show|approve|deny|withdraw|apply|rebase|export N</translation>
    </message>
    <message>
        <source>%1 is not a request number.</source>
        <translation>%1 ist keine Antragsnummer.</translation>
    </message>
    <message>
        <source>Approved request %1.</source>
        <translation>Antrag %1 freigegeben.</translation>
    </message>
    <message>
        <source>Denied request %1.</source>
        <translation>Antrag %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Withdrew request %1.</source>
        <translation>Antrag %1 zurückgezogen.</translation>
    </message>
    <message>
        <source>Applied request %1.</source>
        <translation>Antrag %1 angewendet.</translation>
    </message>
    <message>
        <source>Request %1 is made again on the workspace as it is now and needs its approvals again.</source>
        <translation>Antrag %1 ist neu auf dem aktuellen Arbeitsbereich erstellt und braucht seine Freigaben erneut.</translation>
    </message>
    <message>
        <source>Wrote the evidence of request %1 to %2.</source>
        <translation>Nachweis von Antrag %1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>%1 needs approval under the workspace&apos;s approval policy; add --request REASON to file it as a request. Nothing was changed.</source>
        <translation>%1 braucht laut Freigaberichtlinie des Arbeitsbereichs eine Freigabe; fügen Sie --request BEGRÜNDUNG hinzu, um einen Antrag zu stellen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Applied by break glass as request %1; it is listed for approval after the fact.</source>
        <translation>Per Notfallzugriff als Antrag %1 angewendet; er steht zur nachträglichen Freigabe an.</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 waits for %n approval(s).</source>
        <translation>
            <numerusform>Antrag %1 wartet auf %n Freigabe.</numerusform>
            <numerusform>Antrag %1 wartet auf %n Freigaben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link: the role takes its template&apos;s changes as they are applied.</source>
        <translation>Verknüpfung: die Rolle übernimmt die Änderungen ihrer Vorlage, sobald sie angewendet werden.</translation>
    </message>
    <message>
        <source>Link: the role waits for a propagation (the default).</source>
        <translation>Verknüpfung: die Rolle wartet auf eine Übertragung (Standard).</translation>
    </message>
    <message>
        <source>Propagate: on a conflict take the template&apos;s levels or keep the role&apos;s.</source>
        <translation>Übertragen: bei Konflikt die Stufen der Vorlage übernehmen oder die der Rolle behalten.</translation>
    </message>
    <message>
        <source>template|local</source>
        <translation>template|local</translation>
    </message>
    <message>
        <source>A change the approval policy gates is filed as a request with this reason.</source>
        <translation>Eine freigabepflichtige Änderung wird mit dieser Begründung als Antrag gestellt.</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>BEGRÜNDUNG</translation>
    </message>
    <message>
        <source>Owner only: apply a gated change at once with this reason; it is listed for approval after it.</source>
        <translation>Nur Inhaber: eine freigabepflichtige Änderung sofort mit dieser Begründung anwenden; sie steht danach zur Freigabe an.</translation>
    </message>
    <message>
        <source>Approval policy: which changes need approval (none, sensitive, all).</source>
        <translation>Freigaberichtlinie: welche Änderungen eine Freigabe brauchen (none, sensitive, all).</translation>
    </message>
    <message>
        <source>WHICH</source>
        <translation>WELCHE</translation>
    </message>
    <message>
        <source>Approval policy: how many approvals a request needs (1-3).</source>
        <translation>Freigaberichtlinie: wie viele Freigaben ein Antrag braucht (1-3).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Approval policy: a member who approves besides the owner and Admins (repeatable).</source>
        <translation>Freigaberichtlinie: ein Mitglied, das neben Inhaber und Admins freigibt (wiederholbar).</translation>
    </message>
    <message>
        <source>Approval policy: days a request waits for approval (default 7).</source>
        <translation>Freigaberichtlinie: Tage, die ein Antrag auf Freigabe wartet (Standard 7).</translation>
    </message>
    <message>
        <source>Approval policy: days an approved request may be applied (default 2).</source>
        <translation>Freigaberichtlinie: Tage, in denen ein freigegebener Antrag angewendet werden darf (Standard 2).</translation>
    </message>
    <message>
        <source>Requests: only those in this state.</source>
        <translation>Anträge: nur die in diesem Status.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli request export N --format pdf|csv -o FILE</source>
        <translation>Aufruf: rolesheet-cli request export N --format pdf|csv -o DATEI</translation>
    </message>
    <message>
        <source>warning: applied, with a new conflict of a warn duty rule: %1</source>
        <translation>Warnung: übernommen, mit einem neuen Konflikt einer Warnregel: %1</translation>
    </message>
    <message>
        <source>Approvers: the owner and Admins</source>
        <translation>Freigebende: der Inhaber und die Admins</translation>
    </message>
</context>
<context>
    <name>rs::dates</name>
    <message>
        <source>%1 is not an instant (an ISO 8601 date-time with its offset).</source>
        <translation>%1 ist kein Zeitpunkt (ein Datum mit Uhrzeit nach ISO 8601 samt Zeitzonenversatz).</translation>
    </message>
    <message>
        <source>%1 is not a date: use YYYY-MM-DD or an ISO 8601 date-time such as 2026-11-30T18:00.</source>
        <translation>%1 ist kein Datum: Verwenden Sie YYYY-MM-DD oder ein Datum mit Uhrzeit nach ISO 8601 wie 2026-11-30T18:00.</translation>
    </message>
    <message>
        <source>A date lies outside %1 (UTC), the dates a workspace holds.</source>
        <translation>Ein Datum liegt außerhalb von %1 (UTC), dem Zeitraum, den ein Arbeitsbereich aufnehmen kann.</translation>
    </message>
    <message>
        <source>%1 lies outside %2 (UTC), the dates a workspace holds.</source>
        <translation>%1 liegt außerhalb von %2 (UTC), dem Zeitraum, den ein Arbeitsbereich aufnehmen kann.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>%1 is not a date: type 2026-12-24, %2, &quot;tomorrow&quot; or &quot;+14d&quot;.</source>
        <translation>%1 ist kein Datum: Geben Sie 2026-12-24, %2, „morgen“ oder „+14d“ ein.</translation>
    </message>
</context>
<context>
    <name>rs::duties</name>
    <message>
        <source>Unknown duty scope &quot;%1&quot;: use production, studio or account.</source>
        <translation>Unbekannte Geltung „%1“: Verwenden Sie production, studio oder account.</translation>
    </message>
    <message>
        <source>Unknown severity &quot;%1&quot;: use block or warn.</source>
        <translation>Unbekannte Schwere „%1“: Verwenden Sie block oder warn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cell: write Feature:level, for example &quot;Marketing:edit&quot;.</source>
        <translation>„%1“ ist keine Zelle: Schreiben Sie Funktion:Stufe, zum Beispiel „Marketing:edit“.</translation>
    </message>
    <message>
        <source>No feature named &quot;%1&quot;.</source>
        <translation>Keine Funktion namens „%1“.</translation>
    </message>
    <message>
        <source>Name at least one cell, as &quot;Feature:level,Feature:level&quot;.</source>
        <translation>Nennen Sie mindestens eine Zelle, als „Funktion:Stufe,Funktion:Stufe“.</translation>
    </message>
    <message>
        <source>all of %1</source>
        <translation>alle von %1</translation>
    </message>
    <message>
        <source>any of %1</source>
        <translation>eine von %1</translation>
    </message>
    <message>
        <source>duty rule</source>
        <translation>Funktionstrennungsregel</translation>
    </message>
    <message>
        <source>A duty rule named &quot;%1&quot; exists already.</source>
        <translation>Eine Funktionstrennungsregel namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>A duty rule needs cells on both sides.</source>
        <translation>Eine Funktionstrennungsregel braucht Zellen auf beiden Seiten.</translation>
    </message>
    <message>
        <source>The duty rule names a feature the catalog does not have.</source>
        <translation>Die Funktionstrennungsregel nennt eine Funktion, die der Katalog nicht hat.</translation>
    </message>
    <message>
        <source>%1 is on both sides of the rule: no one could hold one side without the other.</source>
        <translation>%1 steht auf beiden Seiten der Regel: Niemand könnte eine Seite ohne die andere innehaben.</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>The exception names a member the workspace does not have.</source>
        <translation>Die Ausnahme nennt ein Mitglied, das der Arbeitsbereich nicht hat.</translation>
    </message>
    <message>
        <source>No duty rule named &quot;%1&quot;.</source>
        <translation>Keine Funktionstrennungsregel namens „%1“.</translation>
    </message>
    <message>
        <source>Say why the exception is granted with --reason TEXT.</source>
        <translation>Sagen Sie mit --reason TEXT, warum die Ausnahme gewährt wird.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Name the member who grants the exception with --as MEMBER.</source>
        <translation>Nennen Sie das Mitglied, das die Ausnahme gewährt, mit --as MITGLIED.</translation>
    </message>
    <message>
        <source>%1 cannot grant an exception to themselves.</source>
        <translation>%1 kann sich nicht selbst eine Ausnahme gewähren.</translation>
    </message>
    <message>
        <source>Only the Admin &amp; owner or an Admin grants exceptions; %1 is neither.</source>
        <translation>Nur Admin &amp; Inhaber oder ein Admin gewährt Ausnahmen; %1 ist keines von beiden.</translation>
    </message>
    <message>
        <source>An exception ends: give its last day with --until DATE.</source>
        <translation>Eine Ausnahme endet: Geben Sie ihren letzten Tag mit --until DATUM an.</translation>
    </message>
    <message>
        <source>The exception would have ended already.</source>
        <translation>Die Ausnahme wäre bereits abgelaufen.</translation>
    </message>
    <message>
        <source> (%1 – %2)</source>
        <translation> (%1 – %2)</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (ab %1)</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (bis %1)</translation>
    </message>
    <message>
        <source>account role %1</source>
        <translation>Kontorolle %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in Kraft</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>void: the conflict is gone</source>
        <translation>gegenstandslos: Der Konflikt besteht nicht mehr</translation>
    </message>
    <message>
        <source>%1: %2 (%3): %4 through %5; %6 through %7</source>
        <translation>%1: %2 (%3): %4 durch %5; %6 durch %7</translation>
    </message>
    <message>
        <source> [exception until %1, granted by %2]</source>
        <translation> [Ausnahme bis %1, gewährt von %2]</translation>
    </message>
    <message>
        <source>within one production</source>
        <translation>innerhalb einer Produktion</translation>
    </message>
    <message>
        <source>across productions</source>
        <translation>über Produktionen hinweg</translation>
    </message>
    <message>
        <source>through the account role</source>
        <translation>über die Kontorolle</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1: this role grants %2 on the left side and %3 on the right side.</source>
        <translation>%1: Diese Rolle gewährt %2 auf der linken Seite und %3 auf der rechten Seite.</translation>
    </message>
    <message>
        <source>%1: this role grants %2 on the left side; the right side is %3.</source>
        <translation>%1: Diese Rolle gewährt %2 auf der linken Seite; die rechte Seite ist %3.</translation>
    </message>
    <message>
        <source>%1: this role grants %2 on the right side; the left side is %3.</source>
        <translation>%1: Diese Rolle gewährt %2 auf der rechten Seite; die linke Seite ist %3.</translation>
    </message>
    <message>
        <source>%1: left side (%2)</source>
        <translation>%1: linke Seite (%2)</translation>
    </message>
    <message>
        <source>%1: right side (%2)</source>
        <translation>%1: rechte Seite (%2)</translation>
    </message>
</context>
<context>
    <name>rs::formats</name>
    <message>
        <source>The stored items of access review %1 no longer hash to %2, the SHA-256 recorded when it started: they were changed.</source>
        <translation>Die gespeicherten Einträge der Zugriffsüberprüfung %1 ergeben nicht mehr den Hash %2, den beim Start festgehaltenen SHA-256: Sie wurden verändert.</translation>
    </message>
    <message>
        <source>The file does not match access review %1: line %2 differs from the stored campaign.</source>
        <translation>Die Datei passt nicht zur Zugriffsüberprüfung %1: Zeile %2 weicht von der gespeicherten Überprüfung ab.</translation>
    </message>
    <message>
        <source>Writing a PDF needs the graphical libraries to be started.</source>
        <translation>Zum Schreiben einer PDF-Datei müssen die Grafikbibliotheken gestartet sein.</translation>
    </message>
    <message>
        <source>Access review %1</source>
        <translation>Zugriffsüberprüfung %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>not applied: the access changed after the review started</source>
        <translation>nicht übernommen: Der Zugriff hat sich nach dem Start der Überprüfung geändert</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Geltung: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Fällig: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Reviewers: %1</source>
        <translation>Prüfer: %1</translation>
    </message>
    <message>
        <source>Started: %1 by %2, at workspace version %3</source>
        <translation>Gestartet: %1 von %2, bei Version %3 des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Closed: %1 by %2; changes applied at workspace version %3</source>
        <translation>Abgeschlossen: %1 von %2; Änderungen übernommen bei Version %3 des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>SHA-256 of the %1 frozen items: %2</source>
        <translation>SHA-256 der %1 festgeschriebenen Einträge: %2</translation>
    </message>
    <message>
        <source>Delta review: only the access that changed since %1</source>
        <translation>Delta-Überprüfung: nur der Zugriff, der sich seit %1 geändert hat</translation>
    </message>
    <message>
        <source>A new page cannot be started.</source>
        <translation>Eine neue Seite kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>What it grants, feature by feature</source>
        <translation>Was erteilt wird, Funktion für Funktion</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Abzeichnung</translation>
    </message>
    <message>
        <source>We confirm that the access listed above was reviewed and the decisions recorded are ours.</source>
        <translation>Wir bestätigen, dass der oben aufgeführte Zugriff überprüft wurde und die festgehaltenen Entscheidungen unsere sind.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The document cannot be finished.</source>
        <translation>Das Dokument kann nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Reverted the import of version %1</source>
        <translation>Import von Version %1 zurückgenommen</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>SHA-256 of the evidence (items, every decision, reviewers, outcomes and the close): %1</source>
        <translation>SHA-256 des Nachweises (Einträge, alle Entscheidungen, Prüfer, Ergebnisse und der Abschluss): %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht festgehalten</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <source>End on a date</source>
        <translation>Enden an einem Datum</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Account roles</source>
        <translation>Kontorollen</translation>
    </message>
    <message>
        <source>Production %1</source>
        <translation>Produktion %1</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Ständig</translation>
    </message>
    <message>
        <source>(the whole studio)</source>
        <translation>(das ganze Studio)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Das PDF konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 — %2: %3 → %4</source>
        <translation>%1 — %2: %3 → %4</translation>
    </message>
    <message>
        <source>gains %1</source>
        <translation>erhält %1</translation>
    </message>
    <message>
        <source>loses %1</source>
        <translation>verliert %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3 (%4)</source>
        <translation>%1 — %2: %3 (%4)</translation>
    </message>
    <message>
        <source>account-wide</source>
        <translation>kontoweit</translation>
    </message>
    <message>
        <source>Approval request %1</source>
        <translation>Freigabeantrag %1</translation>
    </message>
    <message>
        <source>State: %1; %2 of %3 approvals</source>
        <translation>Stand: %1; %2 von %3 Freigaben</translation>
    </message>
    <message>
        <source>Requested by %1 at %2</source>
        <translation>Gestellt von %1 am %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Made on workspace version %1 (revision %2)</source>
        <translation>Erstellt auf Version %1 des Arbeitsbereichs (Fassung %2)</translation>
    </message>
    <message>
        <source>SHA-256 of the change set the approvals are bound to: %1</source>
        <translation>SHA-256 der Änderungen, an die die Freigaben gebunden sind: %1</translation>
    </message>
    <message>
        <source>Break glass: applied at once by the owner and listed for approval after the fact</source>
        <translation>Notfallzugriff: sofort von der Inhaberin oder dem Inhaber übernommen und zur nachträglichen Freigabe aufgeführt</translation>
    </message>
    <message>
        <source>Applied by %1 at %2 as workspace version %3</source>
        <translation>Übernommen von %1 am %2 als Version %3 des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Withdrawn at %1</source>
        <translation>Zurückgezogen am %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Member impact</source>
        <translation>Auswirkung auf Mitglieder</translation>
    </message>
    <message>
        <source>Nobody gains or loses access.</source>
        <translation>Niemand erhält oder verliert Zugriff.</translation>
    </message>
    <message>
        <source>Approvals and denials</source>
        <translation>Freigaben und Ablehnungen</translation>
    </message>
    <message>
        <source>Approved by %1 at %2</source>
        <translation>Freigegeben von %1 am %2</translation>
    </message>
    <message>
        <source>Denied by %1 at %2</source>
        <translation>Abgelehnt von %1 am %2</translation>
    </message>
    <message>
        <source>(counts)</source>
        <translation>(zählt)</translation>
    </message>
    <message>
        <source>(does not count)</source>
        <translation>(zählt nicht)</translation>
    </message>
    <message>
        <source>[login %1]</source>
        <translation>[Anmeldung %1]</translation>
    </message>
    <message>
        <source>on SHA-256 %1</source>
        <translation>auf SHA-256 %1</translation>
    </message>
    <message>
        <source>%1 — page %2</source>
        <translation>%1 — Seite %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>The evidence was not written.</source>
        <translation>Der Nachweis wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>rs::formats::CsvImport</name>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cell holds a NUL byte.</source>
        <translation>Die Zelle enthält ein NUL-Byte.</translation>
    </message>
    <message>
        <source>The cell is not UTF-8 text.</source>
        <translation>Die Zelle ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>%1 is a formula: formulas are not read; type the value itself.</source>
        <translation>%1 ist eine Formel: Formeln werden nicht gelesen; geben Sie den Wert selbst ein.</translation>
    </message>
    <message>
        <source>%1 is not a permission level: write None, or levels such as View / Edit.</source>
        <translation>%1 ist keine Berechtigungsstufe: Schreiben Sie Keine oder Stufen wie Ansehen / Bearbeiten.</translation>
    </message>
    <message>
        <source>The file is larger than 64 MiB: no role sheet or matrix of a workspace is that large.</source>
        <translation>Die Datei ist größer als 64 MiB: Kein Rollenblatt und keine Matrix eines Arbeitsbereichs ist so groß.</translation>
    </message>
    <message>
        <source>A quotation mark opens this cell and is never closed.</source>
        <translation>Ein Anführungszeichen öffnet diese Zelle und wird nie geschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 has more than %n columns, more than this workspace could fill.</source>
        <translation>
            <numerusform>Zeile %1 hat mehr als %n Spalte, mehr als dieser Arbeitsbereich füllen könnte.</numerusform>
            <numerusform>Zeile %1 hat mehr als %n Spalten, mehr als dieser Arbeitsbereich füllen könnte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace has no feature %1.</source>
        <translation>Der Arbeitsbereich hat keine Funktion %1.</translation>
    </message>
    <message>
        <source>%1 has a row already: row %2.</source>
        <translation>%1 hat bereits eine Zeile: Zeile %2.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>A second Feature column: keep one.</source>
        <translation>Eine zweite Spalte Feature: Behalten Sie eine.</translation>
    </message>
    <message>
        <source>The workspace has no role %1.</source>
        <translation>Der Arbeitsbereich hat keine Rolle %1.</translation>
    </message>
    <message>
        <source>Several roles are called %1: rename one first.</source>
        <translation>Mehrere Rollen heißen %1: Benennen Sie zuerst eine um.</translation>
    </message>
    <message>
        <source>%1 has a column already: column %2.</source>
        <translation>%1 hat bereits eine Spalte: Spalte %2.</translation>
    </message>
    <message>
        <source>Row 1 has no column headed Feature.</source>
        <translation>Zeile 1 hat keine Spalte mit der Überschrift Feature.</translation>
    </message>
    <message>
        <source>Row %1: the file has more rows than this workspace has features (%2).</source>
        <translation>Zeile %1: Die Datei hat mehr Zeilen, als dieser Arbeitsbereich Funktionen hat (%2).</translation>
    </message>
    <message>
        <source>No feature named.</source>
        <translation>Keine Funktion angegeben.</translation>
    </message>
    <message>
        <source>A second %1 column: keep one.</source>
        <translation>Eine zweite Spalte %1: Behalten Sie eine.</translation>
    </message>
    <message>
        <source>Row 1 has no column headed Levels, View, Add, Edit or Delete.</source>
        <translation>Zeile 1 hat keine Spalte mit der Überschrift Levels, View, Add, Edit oder Delete.</translation>
    </message>
    <message>
        <source>%1 is neither yes nor empty.</source>
        <translation>%1 ist weder ja noch leer.</translation>
    </message>
    <message>
        <source>The Levels cell says %1 but the View, Add, Edit and Delete cells say %2: change one of them.</source>
        <translation>Die Zelle Levels sagt %1, die Zellen View, Add, Edit und Delete sagen aber %2: Ändern Sie eine davon.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The cell holds more than %L1 characters, more than a spreadsheet cell holds; nothing after it was read.</source>
        <translation>Die Zelle enthält mehr als %L1 Zeichen, mehr als eine Zelle einer Tabellenkalkulation fasst; alles Weitere wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The file has more than %L1 rows, more than a spreadsheet holds; nothing after them was read.</source>
        <translation>Die Datei hat mehr als %L1 Zeilen, mehr als eine Tabellenkalkulation fasst; alles Weitere wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The file changes %1 cells; one import changes at most %2: import it in parts, a few roles at a time.</source>
        <translation>Die Datei ändert %1 Zellen; ein Import ändert höchstens %2: Importieren Sie sie in Teilen, jeweils einige Rollen auf einmal.</translation>
    </message>
</context>
<context>
    <name>rs::formats::Export</name>
    <message>
        <source>Unknown format.</source>
        <translation>Unbekanntes Format.</translation>
    </message>
    <message>
        <source>%1 [template]</source>
        <translation>%1 [Vorlage]</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv, xlsx, json, md, html or pdf.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie csv, xlsx, json, md, html oder pdf.</translation>
    </message>
</context>
<context>
    <name>rs::formats::Json</name>
    <message>
        <source>a workspace name can be at most 200 characters long.</source>
        <translation>ein Arbeitsbereichsname darf höchstens 200 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>id %1 is used twice.</source>
        <translation>die ID %1 wird zweimal verwendet.</translation>
    </message>
    <message>
        <source>section</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>there is no section with id %1.</source>
        <translation>es gibt keinen Bereich mit der ID %1.</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>there is no production with id %1.</source>
        <translation>es gibt keine Produktion mit der ID %1.</translation>
    </message>
    <message>
        <source>a built-in role has the wrong scope or is a template.</source>
        <translation>eine eingebaute Rolle hat die falsche Geltung oder ist eine Vorlage.</translation>
    </message>
    <message>
        <source>there is no feature with id %1.</source>
        <translation>es gibt keine Funktion mit der ID %1.</translation>
    </message>
    <message>
        <source>feature %1 is granted twice.</source>
        <translation>die Funktion %1 wird zweimal erteilt.</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>there is no role with id %1.</source>
        <translation>es gibt keine Rolle mit der ID %1.</translation>
    </message>
    <message>
        <source>there is no member with id %1.</source>
        <translation>es gibt kein Mitglied mit der ID %1.</translation>
    </message>
    <message>
        <source>the member has two seats in this production.</source>
        <translation>das Mitglied hat zwei Plätze in dieser Produktion.</translation>
    </message>
    <message>
        <source>The imported workspace breaks a rule: %1</source>
        <translation>Der importierte Arbeitsbereich verstößt gegen eine Regel: %1</translation>
    </message>
    <message>
        <source>this workspace has no feature named &quot;%1&quot;.</source>
        <translation>Dieser Arbeitsbereich hat keine Funktion namens „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>„%1“ steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>a production role is imported into a production: name one.</source>
        <translation>Eine Produktionsrolle wird in eine Produktion importiert: Geben Sie eine an.</translation>
    </message>
    <message>
        <source>only a production role can be imported into a production.</source>
        <translation>Nur eine Produktionsrolle kann in eine Produktion importiert werden.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB and was not read.</source>
        <translation>Die Datei ist größer als %1 MiB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Malformed JSON at line %1, column %2 (byte %3): %4.</source>
        <translation>Ungültiges JSON in Zeile %1, Spalte %2 (Byte %3): %4.</translation>
    </message>
    <message>
        <source>The document is not a JSON object.</source>
        <translation>Das Dokument ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>unknown field.</source>
        <translation>unbekanntes Feld.</translation>
    </message>
    <message>
        <source>not a Rolesheet document (expected &quot;rolesheet&quot;).</source>
        <translation>kein Rolesheet-Dokument (erwartet „rolesheet“).</translation>
    </message>
    <message>
        <source>version %1 is not supported; this program reads version %2.</source>
        <translation>Version %1 wird nicht unterstützt; dieses Programm liest Version %2.</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;.</source>
        <translation>erwartet „%1“, gefunden „%2“.</translation>
    </message>
    <message>
        <source>missing.</source>
        <translation>fehlt.</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>erwartet wird ein Objekt.</translation>
    </message>
    <message>
        <source>expected a list.</source>
        <translation>erwartet wird eine Liste.</translation>
    </message>
    <message>
        <source>%1 entries; at most %2 are allowed.</source>
        <translation>%1 Einträge; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>expected text.</source>
        <translation>erwartet wird Text.</translation>
    </message>
    <message>
        <source>%1 characters; at most %2 are allowed.</source>
        <translation>%1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>a name cannot begin or end with spaces.</source>
        <translation>ein Name darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation>erwartet wird true oder false.</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to 2^53.</source>
        <translation>erwartet wird eine ganze Zahl von 0 bis 2^53.</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to 2^53.</source>
        <translation>erwartet wird eine ganze Zahl von 1 bis 2^53.</translation>
    </message>
    <message>
        <source>expected &quot;account&quot; or &quot;production&quot;.</source>
        <translation>erwartet wird „account“ oder „production“.</translation>
    </message>
    <message>
        <source>expected none, owner, admin, create-productions, production-admin or production-member.</source>
        <translation>erwartet wird none, owner, admin, create-productions, production-admin oder production-member.</translation>
    </message>
    <message>
        <source>expected view, add, edit or delete.</source>
        <translation>erwartet wird view, add, edit oder delete.</translation>
    </message>
    <message>
        <source>expected financial, personnel or marketing.</source>
        <translation>erwartet wird financial, personnel oder marketing.</translation>
    </message>
    <message>
        <source>expected a single value, not a list or an object.</source>
        <translation>erwartet wird ein einzelner Wert, keine Liste und kein Objekt.</translation>
    </message>
    <message>
        <source>the text holds an unpaired UTF-16 surrogate escape (\uD800 to \uDFFF), which is not a character.</source>
        <translation>der Text enthält ein UTF-16-Surrogat-Escape ohne Gegenstück (\uD800 bis \uDFFF), das kein Zeichen ist.</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
    <message>
        <source>more follows the end of the document</source>
        <translation>nach dem Ende des Dokuments folgt noch etwas</translation>
    </message>
    <message>
        <source>a field name is missing</source>
        <translation>ein Feldname fehlt</translation>
    </message>
    <message>
        <source>a colon is missing</source>
        <translation>ein Doppelpunkt fehlt</translation>
    </message>
    <message>
        <source>a comma or a closing brace is missing</source>
        <translation>ein Komma oder eine schließende geschweifte Klammer fehlt</translation>
    </message>
    <message>
        <source>a comma or a closing bracket is missing</source>
        <translation>ein Komma oder eine schließende eckige Klammer fehlt</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>unpaired UTF-16 surrogate escape</source>
        <translation>UTF-16-Surrogat-Escape ohne Gegenstück</translation>
    </message>
    <message>
        <source>a closing quotation mark is missing</source>
        <translation>ein schließendes Anführungszeichen fehlt</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>ungültiger Wert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows.</source>
        <translation>„%1“ ist keine Zeitzone, die dieses System kennt.</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date-time with its offset, such as 2026-11-30T22:59:59.999Z.</source>
        <translation>erwartet wird ein Datum mit Uhrzeit nach ISO 8601 samt Zeitzonenversatz, wie 2026-11-30T22:59:59.999Z.</translation>
    </message>
    <message>
        <source>the exception names a member the workspace does not have.</source>
        <translation>Die Ausnahme nennt ein Mitglied, das der Arbeitsbereich nicht hat.</translation>
    </message>
    <message>
        <source>the exception names a duty rule the document does not have.</source>
        <translation>Die Ausnahme nennt eine Regel, die das Dokument nicht hat.</translation>
    </message>
    <message>
        <source>an exception needs a reason of at most %1 characters.</source>
        <translation>Eine Ausnahme braucht eine Begründung von höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>an exception is granted by someone other than the member it excepts.</source>
        <translation>Eine Ausnahme gewährt jemand anderes als das ausgenommene Mitglied.</translation>
    </message>
    <message>
        <source>an exception ends after it was granted.</source>
        <translation>Eine Ausnahme endet nach ihrer Gewährung.</translation>
    </message>
</context>
<context>
    <name>rs::formats::Pages</name>
    <message>
        <source>%1 — page %2 of</source>
        <translation>%1 — Seite %2 von</translation>
    </message>
</context>
<context>
    <name>rs::formats::ReviewEvidence</name>
    <message numerus="yes">
        <source>the last of %n decisions</source>
        <translation>
            <numerusform>die einzige Entscheidung (insgesamt %n)</numerusform>
            <numerusform>die letzte von %n Entscheidungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Duty conflict of</source>
        <translation>Funktionskonflikt von</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>One side through</source>
        <translation>Eine Seite über</translation>
    </message>
    <message>
        <source>Other side through</source>
        <translation>Andere Seite über</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Duty exception for</source>
        <translation>Ausnahme für</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Gewährt von</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gewährt am</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Break glass, request</source>
        <translation>Notfallzugriff, Antrag</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Am</translation>
    </message>
</context>
<context>
    <name>rs::formats::RoleSheet</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Template for account roles</source>
        <translation>Vorlage für Kontorollen</translation>
    </message>
    <message>
        <source>Template for production roles</source>
        <translation>Vorlage für Produktionsrollen</translation>
    </message>
    <message>
        <source>Account role, in the productions the holder is invited to</source>
        <translation>Kontorolle, in den Produktionen, zu denen der Inhaber eingeladen ist</translation>
    </message>
    <message>
        <source>Account role, across the whole workspace</source>
        <translation>Kontorolle, im ganzen Arbeitsbereich</translation>
    </message>
    <message>
        <source>Production role in %1</source>
        <translation>Produktionsrolle in %1</translation>
    </message>
    <message>
        <source>Production role, available in every production</source>
        <translation>Produktionsrolle, in jeder Produktion verfügbar</translation>
    </message>
    <message>
        <source> (built in, locked)</source>
        <translation> (eingebaut, gesperrt)</translation>
    </message>
    <message>
        <source>%1: works with every feature and can add or change in all of them.</source>
        <translation>%1: arbeitet mit jeder Funktion und kann überall hinzufügen oder ändern.</translation>
    </message>
    <message>
        <source>Can delete in: %1.</source>
        <translation>Kann löschen in: %1.</translation>
    </message>
    <message>
        <source>Nothing: this role grants no level on any feature.</source>
        <translation>Nichts: Diese Rolle erteilt bei keiner Funktion eine Stufe.</translation>
    </message>
    <message>
        <source>No %1 features: a guardrail keeps them out of this role.</source>
        <translation>Keine Funktionen der Kategorie %1: Eine Schutzregel hält sie aus dieser Rolle heraus.</translation>
    </message>
    <message>
        <source>Owner-only features, held by the Admin &amp; owner alone: %1.</source>
        <translation>Funktionen nur für den Inhaber, allein beim Admin &amp; Inhaber: %1.</translation>
    </message>
    <message>
        <source>Account-wide features, outside any production role: %1.</source>
        <translation>Kontoweite Funktionen, außerhalb jeder Produktionsrolle: %1.</translation>
    </message>
    <message>
        <source>No access to: %1.</source>
        <translation>Kein Zugriff auf: %1.</translation>
    </message>
    <message>
        <source>Nothing: this role holds some level on every feature.</source>
        <translation>Nichts: Diese Rolle hat bei jeder Funktion irgendeine Stufe.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Schutzregeln</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Permission level</source>
        <translation>Berechtigungsstufe</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>This role provides:</source>
        <translation>Diese Rolle bietet:</translation>
    </message>
    <message>
        <source>It deliberately excludes:</source>
        <translation>Bewusst ausgeschlossen:</translation>
    </message>
    <message>
        <source>Printing a role sheet needs the graphical libraries to be started.</source>
        <translation>Zum Drucken eines Rollenblatts müssen die Grafikbibliotheken gestartet sein.</translation>
    </message>
    <message>
        <source>The document cannot be painted.</source>
        <translation>Das Dokument kann nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>A new page cannot be started.</source>
        <translation>Eine neue Seite kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The document cannot be finished.</source>
        <translation>Das Dokument kann nicht abgeschlossen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1: works with all %n features and can add or change in %2 of them.</source>
        <translation>
            <numerusform>%1: arbeitet mit %n Funktion und kann bei %2 davon hinzufügen oder ändern.</numerusform>
            <numerusform>%1: arbeitet mit allen %n Funktionen und kann bei %2 davon hinzufügen oder ändern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: can look at %2 of %n features without changing them.</source>
        <translation>
            <numerusform>%1: kann %2 von %n Funktion ansehen, ohne sie zu ändern.</numerusform>
            <numerusform>%1: kann %2 von %n Funktionen ansehen, ohne sie zu ändern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: works with %2 of %n features and can add or change in %3 of them.</source>
        <translation>
            <numerusform>%1: arbeitet mit %2 von %n Funktion und kann bei %3 davon hinzufügen oder ändern.</numerusform>
            <numerusform>%1: arbeitet mit %2 von %n Funktionen und kann bei %3 davon hinzufügen oder ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>kein Ende</translation>
    </message>
    <message>
        <source>account role</source>
        <translation>Kontorolle</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Vergeben an</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>No one holds this role.</source>
        <translation>Niemand hat diese Rolle inne.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Abzeichnung</translation>
    </message>
    <message>
        <source>Signed by the person who holds this role and the person responsible for it.</source>
        <translation>Unterschrieben von der Person, die diese Rolle innehat, und der dafür verantwortlichen Person.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message numerus="yes">
        <source>Based on %1 (version %2); %n local change(s)</source>
        <translation>
            <numerusform>Basiert auf %1 (Version %2); %n lokale Änderung</numerusform>
            <numerusform>Basiert auf %1 (Version %2); %n lokale Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>This role holds one side of these rules: a holder who also holds the other side, through any role, is in conflict.</source>
        <translation>Diese Rolle hält eine Seite dieser Regeln: Wer sie innehat und über irgendeine Rolle auch die andere Seite hält, ist im Konflikt.</translation>
    </message>
    <message>
        <source>Duty rules</source>
        <translation>Funktionstrennungsregeln</translation>
    </message>
</context>
<context>
    <name>rs::formats::SafeWrite</name>
    <message>
        <source>%1 is a symbolic link; Rolesheet never writes through a link, so nothing was written.</source>
        <translation>%1 ist ein symbolischer Link; Rolesheet schreibt nie durch einen Link hindurch, daher wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; nothing was written.</source>
        <translation>%1 ist keine normale Datei; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written.</source>
        <translation>%1 existiert bereits; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the files to write already exist, %1 among them; nothing was written.</source>
        <translation>
            <numerusform>%n der zu schreibenden Dateien existiert bereits, nämlich %1; es wurde nichts geschrieben.</numerusform>
            <numerusform>%n der zu schreibenden Dateien existieren bereits, darunter %1; es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
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
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>The workbook unpacks to far more than it holds: refused as a zip bomb.</source>
        <translation>Die Arbeitsmappe entpackt sich zu weit mehr, als sie enthält: als Zip-Bombe abgelehnt.</translation>
    </message>
    <message>
        <source>The workbook has no part %1: it is not a spreadsheet saved as xlsx.</source>
        <translation>Die Arbeitsmappe hat keinen Teil %1: Sie ist keine als xlsx gespeicherte Tabelle.</translation>
    </message>
    <message>
        <source>The workbook is encrypted: save it again without a password.</source>
        <translation>Die Arbeitsmappe ist verschlüsselt: Speichern Sie sie ohne Passwort erneut.</translation>
    </message>
    <message>
        <source>The part %1 declares a document type: no spreadsheet does.</source>
        <translation>Der Teil %1 deklariert einen Dokumenttyp: Das tut keine Tabelle.</translation>
    </message>
    <message>
        <source>The part %1 is not well-formed XML: %2</source>
        <translation>Der Teil %1 ist kein wohlgeformtes XML: %2</translation>
    </message>
    <message>
        <source>The part %1 of the workbook cannot be unpacked: the file is damaged.</source>
        <translation>Der Teil %1 der Arbeitsmappe lässt sich nicht entpacken: Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>Die Arbeitsmappe hat kein Tabellenblatt.</translation>
    </message>
    <message>
        <source>The workbook names no part for its first worksheet.</source>
        <translation>Die Arbeitsmappe nennt keinen Teil für ihr erstes Tabellenblatt.</translation>
    </message>
    <message>
        <source>%1: The cell holds more than 32,767 characters, more than a spreadsheet cell holds.</source>
        <translation>%1: Die Zelle enthält mehr als 32.767 Zeichen, mehr als eine Tabellenzelle fasst.</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 shared strings: no role sheet or matrix needs that many.</source>
        <translation>Die Arbeitsmappe enthält mehr als %1 gemeinsame Zeichenketten: Kein Rollenblatt und keine Matrix braucht so viele.</translation>
    </message>
    <message>
        <source>The workbook&apos;s shared strings hold more than 64 MiB of text: no role sheet or matrix is that large.</source>
        <translation>Die gemeinsamen Zeichenketten der Arbeitsmappe enthalten mehr als 64 MiB Text: Kein Rollenblatt und keine Matrix ist so groß.</translation>
    </message>
    <message>
        <source>Shared string %1</source>
        <translation>Gemeinsame Zeichenkette %1</translation>
    </message>
    <message>
        <source>Row %1 comes after row %2: the worksheet&apos;s rows are out of order.</source>
        <translation>Zeile %1 folgt auf Zeile %2: Die Zeilen des Tabellenblatts sind nicht in Reihenfolge.</translation>
    </message>
    <message>
        <source>Row %1 is past a spreadsheet&apos;s last row, 1,048,576.</source>
        <translation>Zeile %1 liegt hinter der letzten Zeile einer Tabelle, 1.048.576.</translation>
    </message>
    <message>
        <source>%1: the row&apos;s cells are out of order.</source>
        <translation>%1: Die Zellen der Zeile sind nicht in Reihenfolge.</translation>
    </message>
    <message>
        <source>%1: The sheet has more than 16,384 columns, more than a spreadsheet holds.</source>
        <translation>%1: Das Blatt hat mehr als 16.384 Spalten, mehr als eine Tabelle fasst.</translation>
    </message>
    <message>
        <source>The worksheet holds more than a CSV file of 64 MiB would: no role sheet or matrix of a workspace is that large.</source>
        <translation>Das Tabellenblatt enthält mehr, als eine CSV-Datei von 64 MiB fassen würde: Kein Rollenblatt und keine Matrix eines Arbeitsbereichs ist so groß.</translation>
    </message>
    <message>
        <source>A row of the worksheet has no valid number: %1.</source>
        <translation>Eine Zeile des Tabellenblatts hat keine gültige Nummer: %1.</translation>
    </message>
    <message>
        <source>A cell of row %1 has no valid name: %2.</source>
        <translation>Eine Zelle der Zeile %1 hat keinen gültigen Namen: %2.</translation>
    </message>
    <message>
        <source>%1: The cell holds a formula; save the sheet with values only.</source>
        <translation>%1: Die Zelle enthält eine Formel; speichern Sie das Blatt nur mit Werten.</translation>
    </message>
    <message>
        <source>%1: The cell refers to shared string %2, but the workbook has %3.</source>
        <translation>%1: Die Zelle verweist auf die gemeinsame Zeichenkette %2, aber die Arbeitsmappe hat %3.</translation>
    </message>
    <message>
        <source>The file is not an xlsx workbook: it is not a zip file.</source>
        <translation>Die Datei ist keine xlsx-Arbeitsmappe: Sie ist keine Zip-Datei.</translation>
    </message>
    <message>
        <source>The file is not an xlsx workbook: its zip directory cannot be read.</source>
        <translation>Die Datei ist keine xlsx-Arbeitsmappe: Ihr Zip-Verzeichnis ist nicht lesbar.</translation>
    </message>
    <message>
        <source>The workbook cannot be written: %1.</source>
        <translation>Die Arbeitsmappe kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Owner-only</source>
        <translation>Nur Inhaber</translation>
    </message>
    <message>
        <source>Guarded</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Only Admin &amp; owner may hold this feature (billing).</source>
        <translation>Nur Admin &amp; Inhaber darf diese Funktion innehaben (Abrechnung).</translation>
    </message>
    <message>
        <source>A guardrail of the role forbids every level of this feature.</source>
        <translation>Eine Schutzregel der Rolle verbietet jede Stufe dieser Funktion.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher frei</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>rs::pages</name>
    <message>
        <source>%1 (wrap date)</source>
        <translation>%1 (Drehschluss)</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>Beginnt %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Beendet %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>rs::review</name>
    <message numerus="yes">
        <source>%n features: view %1, add %2, edit %3, delete %4</source>
        <translation>
            <numerusform>%n Funktion: ansehen %1, hinzufügen %2, bearbeiten %3, löschen %4</numerusform>
            <numerusform>%n Funktionen: ansehen %1, hinzufügen %2, bearbeiten %3, löschen %4</numerusform>
        </translation>
    </message>
    <message>
        <source>A comment has %1 characters at most.</source>
        <translation>Ein Kommentar hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>The cell is not UTF-8 text.</source>
        <translation>Die Zelle ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The items&apos; header has no %1 column.</source>
        <translation>Die Kopfzeile der Einträge hat keine Spalte %1.</translation>
    </message>
    <message>
        <source>The file is the sheet of access review %1, not of %2.</source>
        <translation>Die Datei ist das Blatt der Zugriffsüberprüfung %1, nicht von %2.</translation>
    </message>
    <message>
        <source>%1 is not an item of access review %2.</source>
        <translation>%1 ist kein Eintrag der Zugriffsüberprüfung %2.</translation>
    </message>
    <message>
        <source>Item %1 of access review %2 is %3 as %4, not this row&apos;s: the row is of another campaign.</source>
        <translation>Eintrag %1 der Zugriffsüberprüfung %2 ist %3 als %4, nicht der dieser Zeile: Die Zeile gehört zu einer anderen Überprüfung.</translation>
    </message>
    <message>
        <source>Item %1 is on an earlier row already.</source>
        <translation>Eintrag %1 steht bereits in einer früheren Zeile.</translation>
    </message>
    <message>
        <source>%1 is not a decision: write keep, revoke or end.</source>
        <translation>%1 ist keine Entscheidung: Schreiben Sie keep, revoke oder end.</translation>
    </message>
    <message>
        <source>End needs its date here, written as YYYY-MM-DD.</source>
        <translation>End braucht hier sein Datum, geschrieben als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>The file cannot be read to its end: row %1 breaks the limits of a CSV sheet.</source>
        <translation>Die Datei kann nicht bis zum Ende gelesen werden: Zeile %1 sprengt die Grenzen eines CSV-Blatts.</translation>
    </message>
    <message>
        <source>The file has no items&apos; header (item, member, …, decision): it is not an access review&apos;s sheet.</source>
        <translation>Die Datei hat keine Kopfzeile der Einträge (item, member, …, decision): Sie ist kein Blatt einer Zugriffsüberprüfung.</translation>
    </message>
    <message>
        <source>The file does not name its access review: its first rows are missing.</source>
        <translation>Die Datei nennt ihre Zugriffsüberprüfung nicht: Ihre ersten Zeilen fehlen.</translation>
    </message>
    <message>
        <source>A decision is keep, revoke or end on a date.</source>
        <translation>Eine Entscheidung ist behalten, entziehen oder an einem Datum beenden.</translation>
    </message>
    <message>
        <source>An end date is written as YYYY-MM-DD.</source>
        <translation>Ein Enddatum wird als JJJJ-MM-TT geschrieben.</translation>
    </message>
    <message>
        <source>The end date %1 is in the past.</source>
        <translation>Das Enddatum %1 liegt in der Vergangenheit.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>until %1, granted by %2</source>
        <translation>bis %1, gewährt von %2</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in Kraft</translation>
    </message>
    <message>
        <source>run out</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>void: the conflict it covered is gone</source>
        <translation>gegenstandslos: der abgedeckte Konflikt besteht nicht mehr</translation>
    </message>
</context>
<context>
    <name>rs::review::Decision</name>
    <message>
        <source>Undecided</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <source>End on %1</source>
        <translation>Beenden am %1</translation>
    </message>
</context>
<context>
    <name>rs::review::Item</name>
    <message>
        <source>Account role</source>
        <translation>Kontorolle</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Teamplatz</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>seat in %1 as %2</source>
        <translation>Platz in %1 als %2</translation>
    </message>
    <message>
        <source>account role %1, every production</source>
        <translation>Kontorolle %1, alle Produktionen</translation>
    </message>
    <message>
        <source>account role %1, invited productions only</source>
        <translation>Kontorolle %1, nur Produktionen mit Einladung</translation>
    </message>
</context>
<context>
    <name>rs::review::Scope</name>
    <message>
        <source>the whole studio</source>
        <translation>das ganze Studio</translation>
    </message>
    <message>
        <source>production %1</source>
        <translation>Produktion %1</translation>
    </message>
    <message>
        <source>holders of role %1</source>
        <translation>Inhaber der Rolle %1</translation>
    </message>
</context>
<context>
    <name>rs::reviewseal</name>
    <message>
        <source>The audit trail is not whole, so access review %1 cannot be checked against it: %2</source>
        <translation>Das Änderungsprotokoll ist nicht intakt, daher kann die Zugriffsüberprüfung %1 nicht damit abgeglichen werden: %2</translation>
    </message>
    <message>
        <source>The audit trail has no record of the start of access review %1.</source>
        <translation>Das Änderungsprotokoll enthält keinen Eintrag über den Start der Zugriffsüberprüfung %1.</translation>
    </message>
    <message>
        <source>The stored items of access review %1 do not hash to %2, the SHA-256 its start recorded in the audit trail: they were changed.</source>
        <translation>Die gespeicherten Einträge der Zugriffsüberprüfung %1 ergeben nicht den Hash %2, den beim Start im Änderungsprotokoll festgehaltenen SHA-256: Sie wurden verändert.</translation>
    </message>
    <message>
        <source>Decision %1 on item %2 of access review %3 (%4 by %5)</source>
        <translation>Entscheidung %1 zu Eintrag %2 der Zugriffsüberprüfung %3 (%4 von %5)</translation>
    </message>
    <message>
        <source>%1 has no record in the audit trail: it was not made through Rolesheet.</source>
        <translation>%1 hat keinen Eintrag im Änderungsprotokoll: Sie wurde nicht über Rolesheet getroffen.</translation>
    </message>
    <message>
        <source>%1 differs from its record in the audit trail: %2 is stored as “%3”, recorded as “%4”.</source>
        <translation>%1 weicht von ihrem Eintrag im Änderungsprotokoll ab: %2 ist als „%3“ gespeichert, aber als „%4“ festgehalten.</translation>
    </message>
    <message>
        <source>The audit trail records %1 decisions on access review %2, but %3 are stored: decisions were removed.</source>
        <translation>Das Änderungsprotokoll hält %1 Entscheidungen zur Zugriffsüberprüfung %2 fest, gespeichert sind aber %3: Entscheidungen wurden entfernt.</translation>
    </message>
    <message>
        <source>The reviewers of access review %1 differ from those the audit trail records.</source>
        <translation>Die Prüfer der Zugriffsüberprüfung %1 weichen von denen ab, die das Änderungsprotokoll festhält.</translation>
    </message>
    <message>
        <source>The audit trail records the close of access review %1, but its closing is gone from the database.</source>
        <translation>Das Änderungsprotokoll hält den Abschluss der Zugriffsüberprüfung %1 fest, aber in der Datenbank fehlt ihr Abschluss.</translation>
    </message>
    <message>
        <source>Access review %1 is closed, but the audit trail has no record of its close.</source>
        <translation>Die Zugriffsüberprüfung %1 ist abgeschlossen, aber das Änderungsprotokoll enthält keinen Eintrag über ihren Abschluss.</translation>
    </message>
    <message>
        <source>Access review %1 was closed before its evidence was sealed in the audit trail; its stored rows cannot be checked against it.</source>
        <translation>Die Zugriffsüberprüfung %1 wurde abgeschlossen, bevor ihr Nachweis im Änderungsprotokoll versiegelt wurde; ihre gespeicherten Zeilen können nicht damit abgeglichen werden.</translation>
    </message>
    <message>
        <source>The stored rows of access review %1 do not hash to %2, the evidence SHA-256 its close recorded in the audit trail (record %3): they were changed after it closed.</source>
        <translation>Die gespeicherten Zeilen der Zugriffsüberprüfung %1 ergeben nicht den Hash %2, den beim Abschluss im Änderungsprotokoll festgehaltenen SHA-256 des Nachweises (Eintrag %3): Sie wurden nach dem Abschluss verändert.</translation>
    </message>
    <message>
        <source>The decisions %1 to %2 of access review %3, taken at once, differ from what their record in the audit trail binds: they were changed, added or removed.</source>
        <translation>Die auf einmal getroffenen Entscheidungen %1 bis %2 der Zugriffsüberprüfung %3 weichen von dem ab, was ihr Eintrag im Änderungsprotokoll bindet: Sie wurden geändert, hinzugefügt oder entfernt.</translation>
    </message>
</context>
<context>
    <name>rs::reviewsql</name>
    <message>
        <source>The access reviews of the workspace cannot be read.</source>
        <translation>Die Zugriffsüberprüfungen des Arbeitsbereichs können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The access review could not be saved; nothing was changed.</source>
        <translation>Die Zugriffsüberprüfung konnte nicht gespeichert werden; es wurde nichts geändert.</translation>
    </message>
</context>
</TS>
