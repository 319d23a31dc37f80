<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>RequestView</name>
    <message>
        <source>Request %1 is %2: %3 of %4 approvals.</source>
        <translation>La demande %1 est %2 : %3 approbations sur %4.</translation>
    </message>
    <message>
        <source>Applied at once by breaking glass; listed for approval after the fact.</source>
        <translation>Appliquée aussitôt par accès d&apos;urgence ; listée pour approbation après coup.</translation>
    </message>
    <message>
        <source>Filed by %1 on %2. Reason: %3</source>
        <translation>Déposée par %1 le %2. Raison : %3</translation>
    </message>
    <message>
        <source>Made on workspace version %1; SHA-256 %2</source>
        <translation>Faite sur la version %1 de l&apos;espace de travail ; SHA-256 %2</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Approuvée par %1 le %2</translation>
    </message>
    <message>
        <source>Denied by %1 on %2</source>
        <translation>Refusée par %1 le %2</translation>
    </message>
    <message>
        <source>(counts)</source>
        <translation>(compte)</translation>
    </message>
    <message>
        <source>(does not count)</source>
        <translation>(ne compte pas)</translation>
    </message>
    <message>
        <source>Can be approved until %1.</source>
        <translation>Peut être approuvée jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>Can be applied until %1.</source>
        <translation>Peut être appliquée jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>Applied by %1 on %2 as workspace version %3.</source>
        <translation>Appliquée par %1 le %2 comme version %3 de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Demande %1</translation>
    </message>
    <message>
        <source>Approval Request %1</source>
        <translation>Demande d&apos;approbation %1</translation>
    </message>
    <message>
        <source>It no longer fits the workspace as it is now: %1</source>
        <translation>Elle ne correspond plus à l&apos;espace de travail tel qu&apos;il est maintenant : %1</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>A&amp;pprouver…</translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>&lt;b&gt;What it changed&lt;/b&gt;, as filed:</source>
        <translation>&lt;b&gt;Ce qu’elle a changé&lt;/b&gt;, telle que déposée :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Impact on members&lt;/b&gt;: who gained or lost which access when it was applied, as its audit record keeps it.</source>
        <translation>&lt;b&gt;Impact sur les membres&lt;/b&gt; : qui a gagné ou perdu quel accès lors de son application, tel que son enregistrement d’audit le conserve.</translation>
    </message>
    <message>
        <source>Applied before records kept who gained or lost what.</source>
        <translation>Appliquée avant que les enregistrements ne conservent qui a gagné ou perdu quoi.</translation>
    </message>
    <message>
        <source>account-wide</source>
        <translation>tout le compte</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Fonctionnalités : %1</translation>
    </message>
    <message>
        <source>Nobody gained or lost access.</source>
        <translation>Personne n’a gagné ni perdu d’accès.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design the permission roles of a studio.</source>
        <translation>Concevoir les rôles et les droits d’un studio.</translation>
    </message>
    <message>
        <source>The .rolesheet file to open.</source>
        <translation>Le fichier .rolesheet à ouvrir.</translation>
    </message>
    <message>
        <source>Speak LANGUAGE (de, en, es, fr, nl) this time instead of the one chosen in Preferences.</source>
        <translation>Parler cette fois LANGUE (de, en, es, fr, nl) au lieu de celle choisie dans les préférences.</translation>
    </message>
    <message>
        <source>Use these colours this time: system, light, dark or high-contrast.</source>
        <translation>Utiliser cette fois ces couleurs&#xa0;: system, light, dark ou high-contrast.</translation>
    </message>
    <message>
        <source>Unknown appearance: %1</source>
        <translation>Apparence inconnue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rs</name>
    <message>
        <source>The approval requests of the workspace cannot be read.</source>
        <translation>Les demandes d&apos;approbation de l&apos;espace de travail ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>The approval request could not be saved; nothing was changed.</source>
        <translation>La demande d&apos;approbation n&apos;a pas pu être enregistrée ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>rs::Access</name>
    <message>
        <source>%1&apos;s account role %2 ended on %3.</source>
        <translation>Le rôle de compte %2 de %1 a pris fin le %3.</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 begins on %3.</source>
        <translation>La place de %1 dans %2 commence le %3.</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 ended on %3.</source>
        <translation>La place de %1 dans %2 a pris fin le %3.</translation>
    </message>
</context>
<context>
    <name>rs::AccessGridModel</name>
    <message>
        <source>Feature of each production</source>
        <translation>Fonctionnalité propre à chaque production</translation>
    </message>
    <message>
        <source>Account-wide feature</source>
        <translation>Fonctionnalité commune à tout le compte</translation>
    </message>
    <message>
        <source>%1 granted by %2</source>
        <translation>%1 accordé par %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Fonctionnalité</translation>
    </message>
    <message>
        <source>%1 (team)</source>
        <translation>%1 (équipe)</translation>
    </message>
</context>
<context>
    <name>rs::Appearance</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Suivre le bureau</translation>
    </message>
</context>
<context>
    <name>rs::ApprovalStore</name>
    <message>
        <source>There is no approval request %1.</source>
        <translation>Il n&apos;existe pas de demande d&apos;approbation %1.</translation>
    </message>
    <message>
        <source>The approval requests of the workspace cannot be read.</source>
        <translation>Les demandes d&apos;approbation de l&apos;espace de travail ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>Approval request %1 was applied or withdrawn already; nothing was changed.</source>
        <translation>La demande d&apos;approbation %1 a déjà été appliquée ou retirée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A request needs at least one change.</source>
        <translation>Une demande nécessite au moins une modification.</translation>
    </message>
    <message>
        <source>A request needs a reason.</source>
        <translation>Une demande nécessite un motif.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Le motif</translation>
    </message>
    <message>
        <source>Filed approval request %1: %2</source>
        <translation>Demande d&apos;approbation %1 déposée : %2</translation>
    </message>
    <message>
        <source>Break glass needs a reason.</source>
        <translation>Un accès d&apos;urgence nécessite un motif.</translation>
    </message>
    <message>
        <source>Only the workspace&apos;s owner may break glass.</source>
        <translation>Seul le propriétaire de l&apos;espace de travail peut utiliser l&apos;accès d&apos;urgence.</translation>
    </message>
    <message>
        <source>Broke glass as approval request %1: %2</source>
        <translation>Accès d&apos;urgence en tant que demande d&apos;approbation %1 : %2</translation>
    </message>
    <message>
        <source>A denial needs a comment saying why.</source>
        <translation>Un refus nécessite un commentaire qui en donne la raison.</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>Le commentaire</translation>
    </message>
    <message>
        <source>Approval request %1 is %2; only a pending request is approved or denied.</source>
        <translation>La demande d&apos;approbation %1 est %2 ; seule une demande en attente est approuvée ou refusée.</translation>
    </message>
    <message>
        <source>Approval request %1 changed since it was shown; look at it again. Nothing was recorded.</source>
        <translation>La demande d&apos;approbation %1 a changé depuis son affichage ; consultez-la à nouveau. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The vote was refused by the database; nothing was recorded.</source>
        <translation>La base de données a refusé le vote ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Approved request %1</source>
        <translation>Demande %1 approuvée</translation>
    </message>
    <message>
        <source>Denied request %1: %2</source>
        <translation>Demande %1 refusée : %2</translation>
    </message>
    <message>
        <source>Only the member who filed request %1 withdraws it.</source>
        <translation>Seul le membre qui a déposé la demande %1 peut la retirer.</translation>
    </message>
    <message>
        <source>Approval request %1 is %2 and cannot be withdrawn.</source>
        <translation>La demande d&apos;approbation %1 est %2 et ne peut pas être retirée.</translation>
    </message>
    <message>
        <source>Withdrew approval request %1</source>
        <translation>Demande d&apos;approbation %1 retirée</translation>
    </message>
    <message>
        <source>Only the member who filed request %1 changes it.</source>
        <translation>Seul le membre qui a déposé la demande %1 peut la modifier.</translation>
    </message>
    <message>
        <source>Approval request %1 is %2 and cannot be changed.</source>
        <translation>La demande d&apos;approbation %1 est %2 et ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>Approval request %1 made again on version %2; its approvals count no more</source>
        <translation>Demande d&apos;approbation %1 refaite sur la version %2 ; ses approbations ne comptent plus</translation>
    </message>
    <message>
        <source>Approval request %1 is %2 (%3 of %4 approvals); only an approved request is applied.</source>
        <translation>La demande d&apos;approbation %1 est %2 (%3 approbations sur %4) ; seule une demande approuvée est appliquée.</translation>
    </message>
    <message>
        <source>Approval request %1 no longer holds on the workspace as it is now: %2 Rebase it and have it approved again; nothing was changed.</source>
        <translation>La demande d&apos;approbation %1 ne tient plus sur l&apos;espace de travail actuel : %2 Refaites-la et faites-la approuver à nouveau ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Approval request %1 conflicts with a change made since it was filed: version %2, %3. Rebase it and have it approved again; nothing was changed.</source>
        <translation>La demande d&apos;approbation %1 est en conflit avec une modification faite depuis : version %2, %3. Refaites-la et faites-la approuver à nouveau ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Approval request %1 was changed, applied or withdrawn meanwhile; nothing was changed.</source>
        <translation>La demande d&apos;approbation %1 a été modifiée, appliquée ou retirée entre-temps ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Applied approval request %1</source>
        <translation>Demande d&apos;approbation %1 appliquée</translation>
    </message>
    <message>
        <source>version %1: %2 was applied without an approved request or break glass</source>
        <translation>version %1 : %2 a été appliqué sans demande approuvée ni accès d&apos;urgence</translation>
    </message>
</context>
<context>
    <name>rs::ApprovalsDialog</name>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>Agir en tant que</translation>
    </message>
    <message>
        <source>Acting &amp;as:</source>
        <translation>Agir en t&amp;ant que :</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>En attente de moi</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Approved, ready to apply</source>
        <translation>Approuvées, prêtes à appliquer</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirées</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Déposée</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>A&amp;pprouver…</translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Acting as %1 (the database login).</source>
        <translation>Agit en tant que %1 (l&apos;identifiant de la base de données).</translation>
    </message>
    <message>
        <source>%1 (break glass)</source>
        <translation>%1 (accès d&apos;urgence)</translation>
    </message>
    <message>
        <source>%1, waiting for you</source>
        <translation>%1, vous attend</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Request %1 is applied.</source>
        <translation>La demande %1 est appliquée.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Commentaire (facultatif) :</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Why is it denied? (required)</source>
        <translation>Pourquoi est-elle refusée ? (obligatoire)</translation>
    </message>
</context>
<context>
    <name>rs::ApprovalsFeature</name>
    <message>
        <source>A&amp;pprovals…</source>
        <translation>A&amp;pprobations…</translation>
    </message>
    <message>
        <source>Approval requests: those waiting for you, pending, approved and ready to apply, expired</source>
        <translation>Demandes d&apos;approbation : celles qui vous attendent, en attente, approuvées prêtes à appliquer, expirées</translation>
    </message>
    <message numerus="yes">
        <source>%n of the staged changes need a second person&apos;s approval under the workspace&apos;s approval policy, such as: %1. File them as a request; they are applied once approved.</source>
        <translation>
            <numerusform>%n des modifications préparées nécessite l&apos;approbation d&apos;une deuxième personne selon la politique d&apos;approbation de l&apos;espace de travail, par exemple : %1. Déposez-les comme demande ; elles sont appliquées une fois approuvées.</numerusform>
            <numerusform>%n des modifications préparées nécessitent l&apos;approbation d&apos;une deuxième personne selon la politique d&apos;approbation de l&apos;espace de travail, par exemple : %1. Déposez-les comme demande ; elles sont appliquées une fois approuvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request &amp;Approval…</source>
        <translation>Demander l&apos;&amp;approbation…</translation>
    </message>
    <message>
        <source>Request Approval</source>
        <translation>Demander l&apos;approbation</translation>
    </message>
    <message>
        <source>Why the change is needed (required)</source>
        <translation>Pourquoi la modification est nécessaire (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <source>Requested &amp;by:</source>
        <translation>Demandée &amp;par :</translation>
    </message>
    <message>
        <source>&amp;File Request</source>
        <translation>&amp;Déposer la demande</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 waits for %n approval(s); View › Approvals… follows it.</source>
        <translation>
            <numerusform>La demande %1 attend %n approbation ; Affichage › Approbations… la suit.</numerusform>
            <numerusform>La demande %1 attend %n approbations ; Affichage › Approbations… la suit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval request(s) wait for your approval.</source>
        <translation>
            <numerusform>%n demande d&apos;approbation attend votre approbation.</numerusform>
            <numerusform>%n demandes d&apos;approbation attendent votre approbation.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asks for your approval of request %2: %3</source>
        <translation>%1 demande votre approbation de la demande %2 : %3</translation>
    </message>
    <message>
        <source>The staged changes wait as one request until enough approvers approve it; then anyone applies it from View › Approvals…</source>
        <translation>Les modifications préparées attendent sous forme d&apos;une demande jusqu&apos;à ce que suffisamment d&apos;approbateurs l&apos;approuvent ; ensuite chacun peut l&apos;appliquer depuis Affichage › Approbations…</translation>
    </message>
</context>
<context>
    <name>rs::AuditActions</name>
    <message>
        <source>Staged changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Some changes are staged but not applied (%1 in all). Apply them before connecting?</source>
        <translation>Des modifications sont en attente mais pas appliquées (%1 en tout). Les appliquer avant de se connecter&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>Open a workspace shared on a PostgreSQL server</source>
        <translation>Ouvrir un espace de travail partagé sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Audit Trail…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Every applied change: when, who, and what it altered</source>
        <translation>Chaque modification appliquée&#xa0;: quand, qui et ce qu’elle a changé</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Open a workspace to see its audit trail.</source>
        <translation>Ouvrez un espace de travail pour voir son journal d’audit.</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>&amp;Forget Server Password</source>
        <translation>&amp;Oublier le mot de passe du serveur</translation>
    </message>
    <message>
        <source>Remove this server&apos;s password from the system keyring; the next connection asks</source>
        <translation>Retirer le mot de passe de ce serveur du trousseau du système&#x202f;; la prochaine connexion le demandera</translation>
    </message>
</context>
<context>
    <name>rs::AuditDialog</name>
    <message>
        <source>Write the date as 2026-01-31.</source>
        <translation>Écrivez la date sous la forme 2026-01-31.</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Any member</source>
        <translation>Tous les membres</translation>
    </message>
    <message>
        <source>e.g. 2026-01-31</source>
        <translation>p. ex. 2026-01-31</translation>
    </message>
    <message>
        <source>e.g. 2026-12-31</source>
        <translation>p. ex. 2026-12-31</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Filter by role</source>
        <translation>Filtrer par rôle</translation>
    </message>
    <message>
        <source>Filter by member</source>
        <translation>Filtrer par membre</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Applied changes</source>
        <translation>Modifications appliquées</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>Write the changes shown to a CSV file</source>
        <translation>Écrire les modifications affichées dans un fichier CSV</translation>
    </message>
    <message>
        <source>Read the trail again, with changes applied since it was opened (%1)</source>
        <translation>Relire le journal, avec les modifications appliquées depuis son ouverture (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n applied change(s)</source>
        <translation>
            <numerusform>%n modification appliquée</numerusform>
            <numerusform>%n modifications appliquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n applied change(s)</source>
        <translation>
            <numerusform>%1 modification affichée sur %n appliquée</numerusform>
            <numerusform>%1 modifications affichées sur %n appliquées</numerusform>
        </translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1.</source>
        <translation>
            <numerusform>%n modification écrite dans %1.</numerusform>
            <numerusform>%n modifications écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hash chain could not be checked: %1</source>
        <translation>Impossible de vérifier la chaîne de hachage&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hash chain whole: each of the %n records follows the one before it.</source>
        <translation>
            <numerusform>Chaîne de hachage intacte&#xa0;: %n entrée, bien chaînée.</numerusform>
            <numerusform>Chaîne de hachage intacte&#xa0;: chacune des %n entrées suit la précédente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hash chain broken: %1</source>
        <translation>Chaîne de hachage rompue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last hash: %1</source>
        <translation>Dernière valeur de hachage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Re&amp;vert Import…</source>
        <translation>Re&amp;venir sur l’import…</translation>
    </message>
    <message>
        <source>Put back the workspace the selected import replaced; you review every change first</source>
        <translation>Remettre l’espace de travail que l’import sélectionné a remplacé&#x202f;; vous vérifiez d’abord chaque modification</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Lecture du journal d’audit…</translation>
    </message>
    <message>
        <source>Checking the hash chain…</source>
        <translation>Vérification de la chaîne de hachage…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>rs::AuditModel</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 ajouté</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 retiré</translation>
    </message>
    <message>
        <source>workspace name: %1</source>
        <translation>nom de l’espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Before&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;&lt;b&gt;After&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Avant&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;&lt;b&gt;Après&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>Workspace version %1</source>
        <translation>Version %1 de l’espace de travail</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>Utilisateur système</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Utilisateur de la base</translation>
    </message>
    <message>
        <source>Acting member</source>
        <translation>Membre à l’origine</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Avant → après</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The whole workspace was replaced. The one before, %1 with %n roles, is kept in this record: Revert Import puts it back.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Tout l’espace de travail a été remplacé. Le précédent, %1 avec %n rôle, est conservé dans cette entrée&#xa0;: Revenir sur l’import le remet en place.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Tout l’espace de travail a été remplacé. Le précédent, %1 avec %n rôles, est conservé dans cette entrée&#xa0;: Revenir sur l’import le remet en place.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::BulkEdit</name>
    <message>
        <source>Feature</source>
        <translation>Fonctionnalité</translation>
    </message>
    <message>
        <source>The clipboard holds no grid cells.</source>
        <translation>Le presse-papiers ne contient aucune cellule de grille.</translation>
    </message>
    <message>
        <source>The clipboard holds “%1” where a grid cell holds x or nothing.</source>
        <translation>Le presse-papiers contient «&#xa0;%1&#xa0;» là où une cellule de grille contient x ou rien.</translation>
    </message>
</context>
<context>
    <name>rs::Catalog</name>
    <message>
        <source>Whoever adds jobs shapes the studio&apos;s workload and its billing.</source>
        <translation>Qui ajoute des projets façonne la charge de travail du studio et sa facturation.</translation>
    </message>
    <message>
        <source>Schedules and assignments decide who works on what and when.</source>
        <translation>Plannings et affectations décident qui travaille sur quoi, et quand.</translation>
    </message>
    <message>
        <source>Client records are shared by every job; one careless deletion reaches them all.</source>
        <translation>Les fiches clients sont partagées par tous les projets&#x202f;; une suppression malheureuse les touche toutes.</translation>
    </message>
    <message>
        <source>Stages move jobs along on their own, so a template change alters every job that uses it.</source>
        <translation>Les étapes font avancer les projets d’elles-mêmes&#xa0;: modifier un modèle change tous les projets qui l’utilisent.</translation>
    </message>
    <message>
        <source>Prices set what customers pay, without touching the studio&apos;s own money.</source>
        <translation>Les prix fixent ce que paient les clients, sans toucher à l’argent du studio.</translation>
    </message>
    <message>
        <source>Backgrounds, logos and overlays are reused across many productions.</source>
        <translation>Fonds, logos et incrustations servent dans de nombreuses productions.</translation>
    </message>
    <message>
        <source>Product designs are what customers end up holding in their hands.</source>
        <translation>Les maquettes produits sont ce que les clients finissent par tenir entre leurs mains.</translation>
    </message>
    <message>
        <source>The storefront&apos;s layout is seen by every customer who orders.</source>
        <translation>La présentation de la boutique est vue par chaque client qui commande.</translation>
    </message>
    <message>
        <source>Forms decide what information is collected from families and clients.</source>
        <translation>Les formulaires décident des informations recueillies auprès des familles et des clients.</translation>
    </message>
    <message>
        <source>A stray code gives margin away on every order that uses it.</source>
        <translation>Un code égaré brade la marge sur chaque commande qui l’utilise.</translation>
    </message>
    <message>
        <source>Names and details of the people photographed must be right before anything is printed.</source>
        <translation>Les noms et coordonnées des personnes photographiées doivent être justes avant toute impression.</translation>
    </message>
    <message>
        <source>The pictures are the product; replacing or removing one is felt by the customer.</source>
        <translation>Les images sont le produit&#xa0;: en remplacer ou en retirer une, le client le remarque.</translation>
    </message>
    <message>
        <source>Orders placed during a job often need fixing while the job is still running.</source>
        <translation>Les commandes passées pendant un projet doivent souvent être corrigées tant qu’il est en cours.</translation>
    </message>
    <message>
        <source>Knowing what went to print avoids duplicate runs.</source>
        <translation>Savoir ce qui est parti à l’impression évite les tirages en double.</translation>
    </message>
    <message>
        <source>Imports bring subject lists and image batches into a job in bulk.</source>
        <translation>Les imports chargent en masse listes de personnes et lots d’images dans un projet.</translation>
    </message>
    <message>
        <source>Exports produce the reports and files that production runs on.</source>
        <translation>Les exports produisent les rapports et fichiers dont la production a besoin.</translation>
    </message>
    <message>
        <source>Sorting by QR code matches images to the right subjects.</source>
        <translation>Le tri par code QR associe les images aux bonnes personnes.</translation>
    </message>
    <message>
        <source>On set, misfired frames have to be culled quickly.</source>
        <translation>Sur le plateau, les ratés doivent être écartés rapidement.</translation>
    </message>
    <message>
        <source>Status decides whether a job is open to customers or archived.</source>
        <translation>Le statut décide si un projet est ouvert aux clients ou archivé.</translation>
    </message>
    <message>
        <source>Releasing an order sends it to the lab; timing matters.</source>
        <translation>Libérer une commande l’envoie au labo&#x202f;; le moment compte.</translation>
    </message>
    <message>
        <source>A last check of orders before fulfilment catches costly mistakes.</source>
        <translation>Un dernier contrôle des commandes avant l’exécution évite des erreurs coûteuses.</translation>
    </message>
    <message>
        <source>Retouching and other image services done in-house.</source>
        <translation>Retouche et autres services d’image réalisés en interne.</translation>
    </message>
    <message>
        <source>Print workflows turn finished orders into physical products.</source>
        <translation>Les flux d’impression transforment les commandes terminées en produits physiques.</translation>
    </message>
    <message>
        <source>Whoever manages users can hand out any permission, including their own.</source>
        <translation>Qui gère les utilisateurs peut accorder n’importe quel droit, y compris à lui-même.</translation>
    </message>
    <message>
        <source>Payouts move the studio&apos;s money to its bank account.</source>
        <translation>Les versements transfèrent l’argent du studio vers son compte bancaire.</translation>
    </message>
    <message>
        <source>Refunds send money back out; authority over them belongs in one place.</source>
        <translation>Les remboursements font ressortir de l’argent&#x202f;; ce pouvoir doit rester entre les mêmes mains.</translation>
    </message>
    <message>
        <source>Revenue figures are sensitive business information.</source>
        <translation>Les chiffres d’affaires sont des informations sensibles.</translation>
    </message>
    <message>
        <source>Account settings apply to the whole studio at once.</source>
        <translation>Les paramètres du compte s’appliquent d’un coup à tout le studio.</translation>
    </message>
    <message>
        <source>Campaigns speak to customers in the studio&apos;s name.</source>
        <translation>Les campagnes s’adressent aux clients au nom du studio.</translation>
    </message>
    <message>
        <source>Approving a campaign is the last check before customers see it.</source>
        <translation>Valider une campagne est le dernier contrôle avant que les clients la voient.</translation>
    </message>
    <message>
        <source>Bulk import creates many jobs at once, and their mistakes at scale.</source>
        <translation>L’import en masse crée de nombreux projets d’un coup, et leurs erreurs à grande échelle.</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Prise de vue</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lancement</translation>
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
        <translation>Import de projets</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Job Settings</source>
        <translation>Paramètres du projet</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Stage Templates</source>
        <translation>Modèles d’étapes</translation>
    </message>
    <message>
        <source>Price Sheets</source>
        <translation>Grilles tarifaires</translation>
    </message>
    <message>
        <source>Asset Library</source>
        <translation>Médiathèque</translation>
    </message>
    <message>
        <source>My Designs</source>
        <translation>Mes créations</translation>
    </message>
    <message>
        <source>Cart Templates</source>
        <translation>Modèles de panier</translation>
    </message>
    <message>
        <source>Form Templates</source>
        <translation>Modèles de formulaires</translation>
    </message>
    <message>
        <source>Discount Codes</source>
        <translation>Codes de réduction</translation>
    </message>
    <message>
        <source>Subject Data</source>
        <translation>Données des personnes</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Job Orders</source>
        <translation>Commandes du projet</translation>
    </message>
    <message>
        <source>Print Jobs</source>
        <translation>Travaux d’impression</translation>
    </message>
    <message>
        <source>Tools — Import</source>
        <translation>Outils — Import</translation>
    </message>
    <message>
        <source>Tools — Export</source>
        <translation>Outils — Export</translation>
    </message>
    <message>
        <source>Tools — Sort</source>
        <translation>Outils — Tri</translation>
    </message>
    <message>
        <source>Tools — Capture</source>
        <translation>Outils — Prise de vue</translation>
    </message>
    <message>
        <source>Job Status</source>
        <translation>Statut du projet</translation>
    </message>
    <message>
        <source>Release Orders</source>
        <translation>Libération des commandes</translation>
    </message>
    <message>
        <source>Studio Orders</source>
        <translation>Commandes studio</translation>
    </message>
    <message>
        <source>Fulfillment — Image Services</source>
        <translation>Traitement des commandes — Services d’image</translation>
    </message>
    <message>
        <source>Fulfillment — Print Services</source>
        <translation>Traitement des commandes — Services d’impression</translation>
    </message>
    <message>
        <source>User Management</source>
        <translation>Gestion des utilisateurs</translation>
    </message>
    <message>
        <source>Payout Management</source>
        <translation>Gestion des versements</translation>
    </message>
    <message>
        <source>Refund Management</source>
        <translation>Gestion des remboursements</translation>
    </message>
    <message>
        <source>Dashboard Order Metrics</source>
        <translation>Indicateurs de commandes du tableau de bord</translation>
    </message>
    <message>
        <source>Account Preferences</source>
        <translation>Préférences du compte</translation>
    </message>
    <message>
        <source>Campaign Approval</source>
        <translation>Validation des campagnes</translation>
    </message>
    <message>
        <source>Import &amp; Create Jobs</source>
        <translation>Importer et créer des projets</translation>
    </message>
    <message>
        <source>Admin &amp; owner</source>
        <translation>Admin et propriétaire</translation>
    </message>
    <message>
        <source>Create productions</source>
        <translation>Créer des productions</translation>
    </message>
    <message>
        <source>Production administrator</source>
        <translation>Administrateur de production</translation>
    </message>
    <message>
        <source>Production member</source>
        <translation>Membre de production</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Holds every permission, billing included. Exactly one member holds it.</source>
        <translation>Détient toutes les autorisations, facturation comprise. Un seul membre la détient.</translation>
    </message>
    <message>
        <source>Everything the owner can do except billing; administers every production.</source>
        <translation>Tout ce que peut faire le propriétaire sauf la facturation ; administre chaque production.</translation>
    </message>
    <message>
        <source>Creates productions and administers the ones it creates; sees only those and the ones it is invited to.</source>
        <translation>Crée des productions et administre celles qu’il crée ; ne voit que celles-ci et celles où il est invité.</translation>
    </message>
    <message>
        <source>Every permission inside a production, its settings included.</source>
        <translation>Toutes les autorisations au sein d’une production, ses réglages compris.</translation>
    </message>
    <message>
        <source>Contributes to a production without changing its settings; the role everyone invited gets unless another is named.</source>
        <translation>Contribue à une production sans en changer les réglages ; le rôle de chaque invité si aucun autre n’est indiqué.</translation>
    </message>
    <message>
        <source>Runs the operational core of the studio — setup, capture and launch — without money, personnel or marketing.</source>
        <translation>Assure le cœur opérationnel du studio — configuration, prise de vue et lancement — sans argent, personnel ni marketing.</translation>
    </message>
</context>
<context>
    <name>rs::CatalogDialog</name>
    <message>
        <source>Owner only (held by the Admin &amp; owner alone)</source>
        <translation>Réservé au propriétaire (Admin et propriétaire seul)</translation>
    </message>
    <message>
        <source>Edit catalog</source>
        <translation>Modifier le catalogue</translation>
    </message>
    <message>
        <source>Section / feature</source>
        <translation>Section / fonctionnalité</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Add &amp;Section…</source>
        <translation>Ajouter une &amp;section…</translation>
    </message>
    <message>
        <source>Add &amp;Feature…</source>
        <translation>Ajouter une &amp;fonctionnalité…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Reti&amp;rer…</translation>
    </message>
    <message>
        <source>Account-wide</source>
        <translation>Tout le compte</translation>
    </message>
    <message>
        <source>Each production</source>
        <translation>Chaque production</translation>
    </message>
    <message>
        <source>Selected feature</source>
        <translation>Fonctionnalité sélectionnée</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Portée&#xa0;:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Catégories&#xa0;:</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>owner-only </source>
        <translation>réservé au propriétaire </translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <source>Name of the new section:</source>
        <translation>Nom de la nouvelle section&#xa0;:</translation>
    </message>
    <message>
        <source>Add feature</source>
        <translation>Ajouter une fonctionnalité</translation>
    </message>
    <message>
        <source>Pick the section the feature belongs to first.</source>
        <translation>Choisissez d’abord la section à laquelle appartient la fonctionnalité.</translation>
    </message>
    <message>
        <source>Name of the new feature:</source>
        <translation>Nom de la nouvelle fonctionnalité&#xa0;:</translation>
    </message>
    <message>
        <source>Rename feature</source>
        <translation>Renommer la fonctionnalité</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove %1 from the catalog? Every role loses its grants on it.</source>
        <translation>Retirer %1 du catalogue&#x202f;? Chaque rôle perd ses droits dessus.</translation>
    </message>
</context>
<context>
    <name>rs::Categories</name>
    <message>
        <source>financial</source>
        <translation>finances</translation>
    </message>
    <message>
        <source>personnel</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;: use financial, personnel or marketing.</source>
        <translation>Catégorie inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez financial, personnel ou marketing.</translation>
    </message>
</context>
<context>
    <name>rs::Change</name>
    <message>
        <source>Set %1 to %2 for %3</source>
        <translation>Régler %1 sur %2 pour %3</translation>
    </message>
    <message>
        <source>Create role %1</source>
        <translation>Créer le rôle %1</translation>
    </message>
    <message>
        <source>Delete role %1</source>
        <translation>Supprimer le rôle %1</translation>
    </message>
    <message>
        <source>Rename role %1 to %2</source>
        <translation>Renommer le rôle %1 en %2</translation>
    </message>
    <message>
        <source>Remove the guardrails of %1</source>
        <translation>Retirer les garde-fous de %1</translation>
    </message>
    <message>
        <source>Set the guardrails of %1 to %2</source>
        <translation>Régler les garde-fous de %1 sur %2</translation>
    </message>
    <message>
        <source>Limit %1 to invited productions</source>
        <translation>Limiter %1 aux productions sur invitation</translation>
    </message>
    <message>
        <source>Let %1 reach every production</source>
        <translation>Étendre %1 à toutes les productions</translation>
    </message>
    <message>
        <source>Describe %1</source>
        <translation>Décrire %1</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>Ajouter le membre %1</translation>
    </message>
    <message>
        <source>Remove member %1</source>
        <translation>Retirer le membre %1</translation>
    </message>
    <message>
        <source>Rename member %1 to %2</source>
        <translation>Renommer le membre %1 en %2</translation>
    </message>
    <message>
        <source>Give %1 the account role %2</source>
        <translation>Donner à %1 le rôle de compte %2</translation>
    </message>
    <message>
        <source>Take the account role from %1</source>
        <translation>Retirer le rôle de compte de %1</translation>
    </message>
    <message>
        <source>Transfer ownership to %1</source>
        <translation>Transférer la propriété à %1</translation>
    </message>
    <message>
        <source>Create production %1</source>
        <translation>Créer la production %1</translation>
    </message>
    <message>
        <source>Rename production %1 to %2</source>
        <translation>Renommer la production %1 en %2</translation>
    </message>
    <message>
        <source>Delete production %1</source>
        <translation>Supprimer la production %1</translation>
    </message>
    <message>
        <source>Invite %1 to %2 as %3</source>
        <translation>Inviter %1 dans %2 comme %3</translation>
    </message>
    <message>
        <source>Take %1 off the team of %2</source>
        <translation>Retirer %1 de l’équipe de %2</translation>
    </message>
    <message>
        <source>Add section %1</source>
        <translation>Ajouter la section %1</translation>
    </message>
    <message>
        <source>Rename section %1 to %2</source>
        <translation>Renommer la section %1 en %2</translation>
    </message>
    <message>
        <source>Move section %1</source>
        <translation>Déplacer la section %1</translation>
    </message>
    <message>
        <source>Remove section %1</source>
        <translation>Retirer la section %1</translation>
    </message>
    <message>
        <source>Add feature %1</source>
        <translation>Ajouter la fonctionnalité %1</translation>
    </message>
    <message>
        <source>Rename feature %1 to %2</source>
        <translation>Renommer la fonctionnalité %1 en %2</translation>
    </message>
    <message>
        <source>Move feature %1</source>
        <translation>Déplacer la fonctionnalité %1</translation>
    </message>
    <message>
        <source>Remove feature %1</source>
        <translation>Retirer la fonctionnalité %1</translation>
    </message>
    <message>
        <source>Make %1 account-wide</source>
        <translation>Rendre %1 commune à tout le compte</translation>
    </message>
    <message>
        <source>Make %1 a production feature</source>
        <translation>Faire de %1 une fonctionnalité de production</translation>
    </message>
    <message>
        <source>Change the categories of %1</source>
        <translation>Modifier les catégories de %1</translation>
    </message>
    <message>
        <source>Reserve %1 for the owner</source>
        <translation>Réserver %1 au propriétaire</translation>
    </message>
    <message>
        <source>Open %1 beyond the owner</source>
        <translation>Ouvrir %1 au-delà du propriétaire</translation>
    </message>
    <message>
        <source>Explain %1</source>
        <translation>Expliquer %1</translation>
    </message>
    <message>
        <source>Rename the workspace to %1</source>
        <translation>Renommer l’espace de travail en %1</translation>
    </message>
    <message>
        <source>Unknown change &quot;%1&quot;.</source>
        <translation>Modification inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Give %1 the account role %2 until %3</source>
        <translation>Donner à %1 le rôle de compte %2 jusqu’au %3</translation>
    </message>
    <message>
        <source>Invite %1 to %2 as %3 until %4</source>
        <translation>Inviter %1 dans %2 comme %3 jusqu’au %4</translation>
    </message>
    <message>
        <source>Let %1&apos;s seat in %2 run from %3</source>
        <translation>Faire courir la place de %1 dans %2 à partir du %3</translation>
    </message>
    <message>
        <source>Take the dates off %1&apos;s seat in %2</source>
        <translation>Retirer les dates de la place de %1 dans %2</translation>
    </message>
    <message>
        <source>Let %1&apos;s seat in %2 run from %3 until %4</source>
        <translation>Faire courir la place de %1 dans %2 du %3 au %4</translation>
    </message>
    <message>
        <source>Let %1&apos;s seat in %2 run until %3</source>
        <translation>Faire courir la place de %1 dans %2 jusqu’au %3</translation>
    </message>
    <message>
        <source>Wrap %1 on %2</source>
        <translation>Clôturer %1 le %2</translation>
    </message>
    <message>
        <source>Take the wrap date off %1</source>
        <translation>Retirer la date de clôture de %1</translation>
    </message>
    <message>
        <source>Use the system&apos;s time zone</source>
        <translation>Utiliser le fuseau horaire du système</translation>
    </message>
    <message>
        <source>Use the time zone %1</source>
        <translation>Utiliser le fuseau horaire %1</translation>
    </message>
    <message>
        <source>Let %1 follow template %2</source>
        <translation>Faire suivre le modèle %2 à %1</translation>
    </message>
    <message>
        <source>Link %1 to template %2, pinned</source>
        <translation>Lier %1 au modèle %2, épinglé</translation>
    </message>
    <message>
        <source>Bring %1 in step with its template</source>
        <translation>Mettre %1 à jour avec son modèle</translation>
    </message>
    <message>
        <source>Unlink %1 from its template</source>
        <translation>Délier %1 de son modèle</translation>
    </message>
    <message>
        <source>Set the approval policy</source>
        <translation>Définir la politique d&apos;approbation</translation>
    </message>
    <message numerus="yes">
        <source>Set the approval policy: %1 changes, %n approval(s), approvers beyond the owner and Admins: %2, approval within %3 days, apply within %4 days</source>
        <translation>
            <numerusform>Définir la politique d&apos;approbation : modifications %1, %n approbation, approbateurs en plus du propriétaire et des Admins : %2, approbation sous %3 jours, application sous %4 jours</numerusform>
            <numerusform>Définir la politique d&apos;approbation : modifications %1, %n approbations, approbateurs en plus du propriétaire et des Admins : %2, approbation sous %3 jours, application sous %4 jours</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Mark production %1 client-controlled</source>
        <translation>Marquer la production %1 comme contrôlée par le client</translation>
    </message>
    <message>
        <source>Mark production %1 studio-controlled</source>
        <translation>Marquer la production %1 comme contrôlée par le studio</translation>
    </message>
</context>
<context>
    <name>rs::CheckAccessDialog</name>
    <message>
        <source>Check access</source>
        <translation>Vérifier l’accès</translation>
    </message>
    <message>
        <source>(no production: account-wide features only)</source>
        <translation>(aucune production&#xa0;: fonctionnalités communes au compte seulement)</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Production:</source>
        <translation>&amp;Production&#xa0;:</translation>
    </message>
    <message>
        <source>Account role: %1.</source>
        <translation>Rôle de compte&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No account role.</source>
        <translation>Aucun rôle de compte.</translation>
    </message>
    <message>
        <source>In this production: %1.</source>
        <translation>Dans cette production&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not on this production&apos;s team.</source>
        <translation>Ne fait pas partie de l’équipe de cette production.</translation>
    </message>
    <message>
        <source>Each granted level names the role that grants it; &quot;(team)&quot; marks the role held in the production.</source>
        <translation>Chaque niveau accordé indique le rôle qui l’accorde&#x202f;; «&#xa0;(équipe)&#xa0;» marque le rôle détenu dans la production.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>&amp;At (%1):</source>
        <translation>&amp;Date et heure (%1)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>rs::CompareDialog</name>
    <message>
        <source>Only rows that differ</source>
        <translation>Seulement les lignes qui diffèrent</translation>
    </message>
    <message>
        <source>Compare roles</source>
        <translation>Comparer des rôles</translation>
    </message>
    <message>
        <source>Roles to compare:</source>
        <translation>Rôles à comparer&#xa0;:</translation>
    </message>
    <message>
        <source>Tick two or more roles.</source>
        <translation>Cochez au moins deux rôles.</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (modèle)</translation>
    </message>
    <message>
        <source>%1 (production role)</source>
        <translation>%1 (rôle de production)</translation>
    </message>
    <message>
        <source>Features that differ: %1</source>
        <translation>Fonctionnalités qui diffèrent&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rs::CompareModel</name>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Fonctionnalité</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (modèle)</translation>
    </message>
</context>
<context>
    <name>rs::ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Se connecter à un serveur</translation>
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
        <translation>verify-full — chiffré, certificat et nom d’hôte vérifiés</translation>
    </message>
    <message>
        <source>verify-ca — encrypted, certificate checked</source>
        <translation>verify-ca — chiffré, certificat vérifié</translation>
    </message>
    <message>
        <source>require — encrypted, not verified</source>
        <translation>require — chiffré, non vérifié</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation>&amp;Chiffrement (sslmode)&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Fill in the host and the database.</source>
        <translation>Indiquez l’hôte et la base de données.</translation>
    </message>
    <message>
        <source>disable — never encrypted (only on a network you trust)</source>
        <translation>disable — jamais chiffré (seulement sur un réseau de confiance)</translation>
    </message>
    <message>
        <source>The server&apos;s password is read from your password file (~/.pgpass, or the file PGPASSFILE names) or from PGPASSWORD; without one there, it is asked for after Connect and may be kept in the system keyring. It is never written to the settings.</source>
        <translation>Le mot de passe du serveur est lu dans votre fichier de mots de passe (~/.pgpass, ou le fichier que nomme PGPASSFILE) ou dans PGPASSWORD&#x202f;; s’il n’y figure pas, il est demandé après «&#xa0;Se connecter&#xa0;» et peut être conservé dans le trousseau du système. Il n’est jamais écrit dans les réglages.</translation>
    </message>
</context>
<context>
    <name>rs::DateField</name>
    <message>
        <source>2026-12-24 18:00, &quot;now&quot; or &quot;+14d&quot;</source>
        <translation>2026-12-24 18:00, « maintenant » ou « +14d »</translation>
    </message>
    <message>
        <source>2026-12-24, &quot;tomorrow&quot; or &quot;+14d&quot;</source>
        <translation>2026-12-24, « demain » ou « +14d »</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendrier…</translation>
    </message>
    <message>
        <source>Pick the date in a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
</context>
<context>
    <name>rs::DatedDiff</name>
    <message>
        <source>not on the team</source>
        <translation>pas dans l&apos;équipe</translation>
    </message>
    <message>
        <source>no account role</source>
        <translation>aucun rôle de compte</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>%1, no end</source>
        <translation>%1, sans fin</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>sans fin</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 is gone</source>
        <translation>%1 n&apos;a plus de place dans %2</translation>
    </message>
    <message>
        <source>Take the end off %1&apos;s seat in %2</source>
        <translation>Retirer la fin de la place de %1 dans %2</translation>
    </message>
    <message>
        <source>Extend %1&apos;s seat in %2 to %3</source>
        <translation>Prolonger la place de %1 dans %2 jusqu&apos;au %3</translation>
    </message>
    <message>
        <source>End %1&apos;s seat in %2 on %3</source>
        <translation>Terminer la place de %1 dans %2 le %3</translation>
    </message>
    <message>
        <source>Let %1&apos;s seat in %2 run %3</source>
        <translation>La place de %1 dans %2 court %3</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Invite %1 to %2 as %3 from %4 until %5</source>
        <translation>Inviter %1 dans %2 comme %3 du %4 au %5</translation>
    </message>
    <message>
        <source>Invite %1 to %2 as %3 from %4, no end</source>
        <translation>Inviter %1 dans %2 comme %3 à partir du %4, sans fin</translation>
    </message>
    <message>
        <source>Take the account role from %1</source>
        <translation>Retirer le rôle de compte de %1</translation>
    </message>
    <message>
        <source>Let %1 keep the account role %2 with no end</source>
        <translation>%1 garde le rôle de compte %2 sans fin</translation>
    </message>
    <message>
        <source>Extend %1&apos;s account role %2 to %3</source>
        <translation>Prolonger le rôle de compte %2 de %1 jusqu&apos;au %3</translation>
    </message>
    <message>
        <source>End %1&apos;s account role %2 on %3</source>
        <translation>Terminer le rôle de compte %2 de %1 le %3</translation>
    </message>
    <message>
        <source>Give %1 the account role %2 until %3</source>
        <translation>Donner à %1 le rôle de compte %2 jusqu&apos;au %3</translation>
    </message>
    <message>
        <source>Give %1 the account role %2, no end</source>
        <translation>Donner à %1 le rôle de compte %2, sans fin</translation>
    </message>
    <message>
        <source>no wrap date</source>
        <translation>pas de date de clôture</translation>
    </message>
    <message>
        <source>Wrap %1 on %2</source>
        <translation>Clôturer %1 le %2</translation>
    </message>
    <message>
        <source>Take the wrap date off %1</source>
        <translation>Retirer la date de clôture de %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1, no end</source>
        <translation>à partir du %1, sans fin</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>%1 loses the seat in %2 from %3</source>
        <translation>%1 perd sa place dans %2 à partir du %3</translation>
    </message>
    <message>
        <source>%1 gains a seat in %2 from %3</source>
        <translation>%1 obtient une place dans %2 à partir du %3</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 starts on %3</source>
        <translation>La place de %1 dans %2 commence le %3</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 ends on %3</source>
        <translation>La place de %1 dans %2 se termine le %3</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 no longer ends</source>
        <translation>La place de %1 dans %2 ne se termine plus</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 runs %3</source>
        <translation>La place de %1 dans %2 court %3</translation>
    </message>
    <message>
        <source>%1&apos;s account role %2 ends on %3</source>
        <translation>Le rôle de compte %2 de %1 se termine le %3</translation>
    </message>
    <message>
        <source>%1&apos;s account role %2 no longer ends</source>
        <translation>Le rôle de compte %2 de %1 ne se termine plus</translation>
    </message>
</context>
<context>
    <name>rs::DetailsPanel</name>
    <message>
        <source>Invited productions only</source>
        <translation>Productions sur invitation uniquement</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Garde-fous</translation>
    </message>
    <message>
        <source>No %1 features</source>
        <translation>Aucune fonctionnalité de la catégorie %1</translation>
    </message>
    <message>
        <source>The role reaches only the productions its holders were invited to.</source>
        <translation>Le rôle ne s’applique qu’aux productions où ses titulaires ont été invités.</translation>
    </message>
    <message>
        <source>Remove a guardrail</source>
        <translation>Retirer un garde-fou</translation>
    </message>
    <message>
        <source>Removing the %1 guardrail from %2 is recorded. Why does it come off?</source>
        <translation>Le retrait du garde-fou «&#xa0;%1&#xa0;» de %2 est consigné. Pourquoi le retirer&#x202f;?</translation>
    </message>
    <message>
        <source>No role selected</source>
        <translation>Aucun rôle sélectionné</translation>
    </message>
    <message>
        <source>Template (%1 scope): roles are created from it; nobody holds it.</source>
        <translation>Modèle (portée&#xa0;: %1)&#xa0;: on en crée des rôles&#x202f;; personne ne le détient.</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>Account role: applies across the whole workspace.</source>
        <translation>Rôle de compte&#xa0;: s’applique à tout l’espace de travail.</translation>
    </message>
    <message>
        <source>Production role of %1.</source>
        <translation>Rôle de production de %1.</translation>
    </message>
    <message>
        <source>Production role, available in every production.</source>
        <translation>Rôle de production, disponible dans toutes les productions.</translation>
    </message>
    <message>
        <source>Built in and locked.</source>
        <translation>Intégré et verrouillé.</translation>
    </message>
    <message>
        <source>Templates are not held by anyone.</source>
        <translation>Personne ne détient de modèle.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Edit &amp;description…</source>
        <translation>Modifier la &amp;description…</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What %1 is for, in a sentence or two:</source>
        <translation>À quoi sert %1, en une phrase ou deux&#xa0;:</translation>
    </message>
    <message>
        <source>Nobody holds this role.</source>
        <translation>Personne ne détient ce rôle.</translation>
    </message>
    <message>
        <source>Members who hold it: %1</source>
        <translation>Membres qui le détiennent&#xa0;: %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>a pris fin le %1</translation>
    </message>
    <message>
        <source>in %1 ended %2</source>
        <translation>dans %1, a pris fin le %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>in %1 until %2</source>
        <translation>dans %1 jusqu’au %2</translation>
    </message>
</context>
<context>
    <name>rs::Document</name>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Création de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n staged changes…</source>
        <translation>
            <numerusform>Application de %n modification en attente…</numerusform>
            <numerusform>Application de %n modifications en attente…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the workspace again…</source>
        <translation>Relecture de l’espace de travail…</translation>
    </message>
    <message>
        <source>Replacing the workspace…</source>
        <translation>Remplacement de l’espace de travail…</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Lecture du journal d’audit…</translation>
    </message>
    <message>
        <source>Wait until this is done: %1</source>
        <translation>Attendez que ceci soit terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>Cancelled; the workspace open before stays open as it was.</source>
        <translation>Annulé&#x202f;; l’espace de travail ouvert auparavant reste ouvert tel quel.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’export a été annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Apply or discard the staged changes before closing an access review.</source>
        <translation>Appliquez ou abandonnez les modifications en attente avant de clore une revue des accès.</translation>
    </message>
</context>
<context>
    <name>rs::Duties</name>
    <message>
        <source>Campaigns approved by their author</source>
        <translation>Campagnes approuvées par leur auteur</translation>
    </message>
    <message>
        <source>Whoever writes a campaign should not approve it.</source>
        <translation>Qui rédige une campagne ne devrait pas l’approuver.</translation>
    </message>
    <message>
        <source>Discounts on one&apos;s own orders</source>
        <translation>Remises sur ses propres commandes</translation>
    </message>
    <message>
        <source>Making discount codes and editing orders together moves money unseen.</source>
        <translation>Créer des codes de remise et modifier des commandes permet de déplacer de l’argent sans être vu.</translation>
    </message>
    <message>
        <source>Prices and the orders they price</source>
        <translation>Les prix et les commandes qu’ils tarifent</translation>
    </message>
    <message>
        <source>Setting prices and editing the orders they price lets one person set what an order is worth.</source>
        <translation>Fixer les prix et modifier les commandes qu’ils tarifent laisse une seule personne décider de la valeur d’une commande.</translation>
    </message>
    <message>
        <source>Refused by a duty rule: %1.</source>
        <translation>Refusé par une règle de séparation des tâches : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n more conflict(s) like it.</source>
        <translation>
            <numerusform>%n autre conflit semblable.</numerusform>
            <numerusform>%n autres conflits semblables.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>rs::DutiesDialog</name>
    <message>
        <source>Duties</source>
        <translation>Séparation des tâches</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>One side</source>
        <translation>Un côté</translation>
    </message>
    <message>
        <source>Other side</source>
        <translation>Autre côté</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Switch &amp;On</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Switch the selected suggested rule on</source>
        <translation>Activer la règle suggérée sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Règles</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>One side through</source>
        <translation>Un côté par</translation>
    </message>
    <message>
        <source>Other side through</source>
        <translation>Autre côté par</translation>
    </message>
    <message>
        <source>Where from</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflits</translation>
    </message>
    <message>
        <source>in every production</source>
        <translation>dans chaque production</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Demander</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <source>Who can</source>
        <translation>Qui peut</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>&amp;Who Can</source>
        <translation>&amp;Qui peut</translation>
    </message>
    <message>
        <source>&amp;Duties…</source>
        <translation>Séparation des &amp;tâches…</translation>
    </message>
    <message>
        <source>Duties no one person may combine, their conflicts, and who can do what through what</source>
        <translation>Les tâches qu’une seule personne ne peut cumuler, leurs conflits, et qui peut faire quoi et par quoi</translation>
    </message>
    <message>
        <source>suggested, off</source>
        <translation>suggérée, désactivée</translation>
    </message>
    <message>
        <source>staged change</source>
        <translation>modification en attente</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliqué</translation>
    </message>
    <message>
        <source>; exception until %1, granted by %2</source>
        <translation> ; exception jusqu’au %1, accordée par %2</translation>
    </message>
    <message>
        <source>%1 answers: who can %2 %3 on %4.</source>
        <translation>%1 réponses : qui peut %2 %3 le %4.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 without an exception, %2 from staged changes (a block rule refuses those on Apply). Standing exceptions, holding every cell by design: %3.</source>
        <translation>%1 sans exception, %2 issus de modifications en attente (une règle block les refuse à l’application). Exceptions permanentes, qui détiennent chaque cellule par conception : %3.</translation>
    </message>
</context>
<context>
    <name>rs::DutyStore</name>
    <message>
        <source>The duty rules of the workspace cannot be read.</source>
        <translation>Les règles de séparation des tâches de l’espace de travail ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>The workspace&apos;s schema has no duty rules; open it with a newer Rolesheet.</source>
        <translation>Le schéma de l’espace de travail n’a pas de règles de séparation des tâches ; ouvrez-le avec un Rolesheet plus récent.</translation>
    </message>
    <message>
        <source>Added duty rule %1</source>
        <translation>Règle de séparation des tâches %1 ajoutée</translation>
    </message>
    <message>
        <source>The duty rule could not be saved; nothing was changed.</source>
        <translation>La règle de séparation des tâches n’a pas pu être enregistrée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Removed duty rule %1</source>
        <translation>Règle de séparation des tâches %1 supprimée</translation>
    </message>
    <message>
        <source>No duty rule named &quot;%1&quot;.</source>
        <translation>Aucune règle de séparation des tâches nommée « %1 ».</translation>
    </message>
    <message>
        <source>The duty rule could not be removed; nothing was changed.</source>
        <translation>La règle de séparation des tâches n’a pas pu être supprimée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Granted %1 an exception to duty rule %2</source>
        <translation>Exception à la règle de séparation des tâches %2 accordée à %1</translation>
    </message>
    <message>
        <source>The exception could not be saved; nothing was changed.</source>
        <translation>L’exception n’a pas pu être enregistrée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The duty rules could not be saved; nothing was changed.</source>
        <translation>Les règles de séparation des tâches n’ont pas pu être enregistrées ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>rs::EditSession</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
</context>
<context>
    <name>rs::ExpiringDialog</name>
    <message>
        <source>Expiring Soon</source>
        <translation>Expirations à venir</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Show what ends within</source>
        <translation>Afficher les fins dans un délai de</translation>
    </message>
    <message>
        <source>Show what ends &amp;within:</source>
        <translation>&amp;Afficher les fins dans un délai de&#xa0;:</translation>
    </message>
    <message>
        <source>Extend or renew by</source>
        <translation>Prolonger ou renouveler de</translation>
    </message>
    <message>
        <source>Extend or renew &amp;by:</source>
        <translation>Prolonger ou renouveler &amp;de&#xa0;:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Seats and account roles that end</source>
        <translation>Places et rôles de compte qui prennent fin</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>&amp;Prolonger</translation>
    </message>
    <message>
        <source>Move the end of the selected access later by the days above.</source>
        <translation>Repousse la fin de l’accès sélectionné du nombre de jours indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>End &amp;Now</source>
        <translation>&amp;Terminer maintenant</translation>
    </message>
    <message>
        <source>End the selected access now; it stays listed as ended.</source>
        <translation>Met fin maintenant à l’accès sélectionné&#x202f;; il reste listé comme terminé.</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>&amp;Renouveler</translation>
    </message>
    <message>
        <source>Start the selected access again from today, for the days above.</source>
        <translation>Relance l’accès sélectionné à partir d’aujourd’hui, pour le nombre de jours indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>&amp;Expiring Soon…</source>
        <translation>&amp;Expirations à venir…</translation>
    </message>
    <message>
        <source>Seats and account roles that end within two weeks, and those that have ended.</source>
        <translation>Places et rôles de compte qui prennent fin dans les deux semaines, et ceux qui ont déjà pris fin.</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>Prend fin aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>Ends in %n days</source>
        <translation>
            <numerusform>Prend fin dans %n jour</numerusform>
            <numerusform>Prend fin dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>wrap date</source>
        <translation>date de clôture</translation>
    </message>
    <message>
        <source>(account role)</source>
        <translation>(rôle de compte)</translation>
    </message>
    <message numerus="yes">
        <source>%n ending within the window</source>
        <translation>
            <numerusform>%n prend fin dans le délai</numerusform>
            <numerusform>%n prennent fin dans le délai</numerusform>
        </translation>
    </message>
    <message>
        <source>Times are in %1.</source>
        <translation>Heures dans le fuseau horaire %1.</translation>
    </message>
    <message numerus="yes">
        <source>Extend access by %n days</source>
        <translation>
            <numerusform>Prolonger l’accès de %n jour</numerusform>
            <numerusform>Prolonger l’accès de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>End access now</source>
        <translation>Mettre fin à l’accès maintenant</translation>
    </message>
    <message numerus="yes">
        <source>Renew access for %n days</source>
        <translation>
            <numerusform>Renouveler l’accès pour %n jour</numerusform>
            <numerusform>Renouveler l’accès pour %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing ends within %n day(s). Look further ahead with the days above, or give a freelancer’s seat an end with Members › Invite to Production… or Set Account Role….</source>
        <translation>
            <numerusform>Rien ne se termine dans les %n jour. Regardez plus loin avec les jours ci-dessus, ou donnez une fin à la place d’un indépendant avec Membres › Inviter dans une production… ou Définir le rôle de compte….</numerusform>
            <numerusform>Rien ne se termine dans les %n jours. Regardez plus loin avec les jours ci-dessus, ou donnez une fin à la place d’un indépendant avec Membres › Inviter dans une production… ou Définir le rôle de compte….</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already ended: that access no longer counts. Select a row to extend or renew it.</source>
        <translation>
            <numerusform>%n déjà terminé : cet accès ne compte plus. Sélectionnez une ligne pour le prolonger ou le renouveler.</numerusform>
            <numerusform>%n déjà terminés : cet accès ne compte plus. Sélectionnez une ligne pour le prolonger ou le renouveler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::FirstRunHint</name>
    <message>
        <source>Where to start</source>
        <translation>Par où commencer</translation>
    </message>
    <message>
        <source>Got It</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>Pick a role or the Production template in the navigator.</source>
        <translation>Choisissez dans le navigateur un rôle ou le modèle Production.</translation>
    </message>
    <message>
        <source>Tick the boxes of its grid: View, Add, Edit or Delete for each feature.</source>
        <translation>Cochez les cases de sa grille&#xa0;: Voir, Ajouter, Modifier ou Supprimer pour chaque fonctionnalité.</translation>
    </message>
    <message>
        <source>Tick the boxes of its grid: View, Add, Edit or Delete for each feature. %1 takes you to the grid; the arrow keys and Space work there.</source>
        <translation>Cochez les cases de sa grille&#xa0;: Voir, Ajouter, Modifier ou Supprimer pour chaque fonctionnalité. %1 vous amène à la grille&#x202f;; les flèches et la barre d’espace y fonctionnent.</translation>
    </message>
    <message>
        <source>Changes are staged first: review them, then apply them in one step.</source>
        <translation>Les modifications sont d’abord mises en attente&#xa0;: vérifiez-les, puis appliquez-les en une fois.</translation>
    </message>
    <message>
        <source>Changes are staged first: review them with %1, then apply them in one step with %2.</source>
        <translation>Les modifications sont d’abord mises en attente&#xa0;: vérifiez-les avec %1, puis appliquez-les en une fois avec %2.</translation>
    </message>
</context>
<context>
    <name>rs::GridPanel</name>
    <message>
        <source>Filter features (Ctrl+F)</source>
        <translation>Filtrer les fonctionnalités (Ctrl+F)</translation>
    </message>
    <message>
        <source>No role selected</source>
        <translation>Aucun rôle sélectionné</translation>
    </message>
    <message>
        <source>Pick a role or a template in the navigator to see its grid.</source>
        <translation>Choisissez un rôle ou un modèle dans le navigateur pour voir sa grille.</translation>
    </message>
    <message>
        <source>%1 is built in and locked: its permissions cannot be changed. Duplicate it to make a role you can edit.</source>
        <translation>%1 est intégré et verrouillé&#xa0;: ses droits ne peuvent pas changer. Dupliquez-le pour obtenir un rôle modifiable.</translation>
    </message>
    <message>
        <source>Guardrails: no %1 features.</source>
        <translation>Garde-fous&#xa0;: aucune fonctionnalité de la catégorie %1.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:#ffe28c&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; changed, not applied yet&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;⚠ Add, Edit or Delete without View&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;greyed: closed by a rule (hover for why)&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;greyed with a padlock: a built-in role, locked</source>
        <translation>&lt;span style=&quot;background:#ffe28c&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; modifié, pas encore appliqué&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;⚠ Ajouter, Modifier ou Supprimer sans Voir&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;grisé&#xa0;: fermé par une règle (survolez pour savoir pourquoi)&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;grisé avec un cadenas&#xa0;: un rôle intégré, verrouillé</translation>
    </message>
    <message numerus="yes">
        <source>Grant %n cell(s) to %1</source>
        <translation>
            <numerusform>Accorder %n cellule à %1</numerusform>
            <numerusform>Accorder %n cellules à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s) of %1</source>
        <translation>
            <numerusform>Vider %n cellule de %1</numerusform>
            <numerusform>Vider %n cellules de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were left as they were: %1</source>
        <translation>
            <numerusform>%n cellule est restée telle quelle&#xa0;: %1</numerusform>
            <numerusform>%n cellules sont restées telles quelles&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Granted %n selected cell(s): some open cells were not granted.</source>
        <translation>
            <numerusform>%n cellule sélectionnée accordée&#xa0;: certaines cellules ouvertes n’étaient pas accordées.</numerusform>
            <numerusform>%n cellules sélectionnées accordées&#xa0;: certaines cellules ouvertes n’étaient pas accordées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n selected cell(s): every open cell was granted.</source>
        <translation>
            <numerusform>%n cellule sélectionnée vidée&#xa0;: toutes les cellules ouvertes étaient accordées.</numerusform>
            <numerusform>%n cellules sélectionnées vidées&#xa0;: toutes les cellules ouvertes étaient accordées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s).</source>
        <translation>
            <numerusform>%n cellule copiée.</numerusform>
            <numerusform>%n cellules copiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s) onto %1</source>
        <translation>
            <numerusform>Coller %n cellule sur %1</numerusform>
            <numerusform>Coller %n cellules sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) fell outside the grid.</source>
        <translation>
            <numerusform>%n cellule tombait hors de la grille.</numerusform>
            <numerusform>%n cellules tombaient hors de la grille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s).</source>
        <translation>
            <numerusform>%n cellule collée.</numerusform>
            <numerusform>%n cellules collées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were not pasted: %1</source>
        <translation>
            <numerusform>%n cellule n’a pas été collée&#xa0;: %1</numerusform>
            <numerusform>%n cellules n’ont pas été collées&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select cells in the grid and one or more other roles in the navigator (Ctrl+click), then apply the cells to them.</source>
        <translation>Sélectionnez des cellules dans la grille et un ou plusieurs autres rôles dans le navigateur (Ctrl+clic), puis appliquez-leur les cellules.</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n cell(s) of %1 to the selected roles</source>
        <translation>
            <numerusform>Copier %n cellule de %1 vers les rôles sélectionnés</numerusform>
            <numerusform>Copier %n cellules de %1 vers les rôles sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s) to the selected roles.</source>
        <translation>
            <numerusform>%n cellule copiée vers les rôles sélectionnés.</numerusform>
            <numerusform>%n cellules copiées vers les rôles sélectionnés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were not copied: %1</source>
        <translation>
            <numerusform>%n cellule n’a pas été copiée&#xa0;: %1</numerusform>
            <numerusform>%n cellules n’ont pas été copiées&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy Cells</source>
        <translation>C&amp;opier les cellules</translation>
    </message>
    <message>
        <source>&amp;Paste Cells</source>
        <translation>Co&amp;ller les cellules</translation>
    </message>
    <message>
        <source>&amp;Set or Clear Selected Cells</source>
        <translation>Coc&amp;her ou décocher les cellules sélectionnées</translation>
    </message>
    <message>
        <source>Copy the selected cells, as text a spreadsheet takes (%1)</source>
        <translation>Copier les cellules sélectionnées sous forme de texte qu’accepte un tableur (%1)</translation>
    </message>
    <message>
        <source>Paste copied cells onto the shown role from the current cell (%1)</source>
        <translation>Coller les cellules copiées sur le rôle affiché à partir de la cellule courante (%1)</translation>
    </message>
    <message>
        <source>Grant every selected cell, or clear them all when all are granted (Space)</source>
        <translation>Accorder toutes les cellules sélectionnées, ou les vider toutes si elles sont toutes accordées (Espace)</translation>
    </message>
</context>
<context>
    <name>rs::HelpActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>&amp;Where to Start</source>
        <translation>Par &amp;où commencer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>rs::Journal</name>
    <message>
        <source>The folder for staged changes cannot be created.</source>
        <translation>Impossible de créer le dossier des modifications en attente.</translation>
    </message>
    <message>
        <source>Staged changes cannot be saved: %1.</source>
        <translation>Impossible d’enregistrer les modifications en attente&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Staged changes cannot be read: %1.</source>
        <translation>Impossible de lire les modifications en attente&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The saved staged changes are damaged and were not restored: %1</source>
        <translation>Les modifications en attente enregistrées sont endommagées et n’ont pas été restaurées&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is too large.</source>
        <translation>le fichier est trop volumineux.</translation>
    </message>
    <message>
        <source>it is not a journal of staged changes.</source>
        <translation>le fichier ne contient pas de modifications en attente.</translation>
    </message>
    <message>
        <source>The saved staged changes belong to another workspace.</source>
        <translation>Les modifications en attente enregistrées appartiennent à un autre espace de travail.</translation>
    </message>
    <message>
        <source>the workspace version is not a number.</source>
        <translation>la version de l’espace de travail n’est pas un nombre.</translation>
    </message>
    <message>
        <source>the list of changes is missing.</source>
        <translation>la liste des modifications est absente.</translation>
    </message>
    <message>
        <source>change %1 is not a change.</source>
        <translation>la modification %1 n’est pas une modification.</translation>
    </message>
    <message>
        <source>change %1 names the %2 id %3, which is not a whole number from 1 to 2^53 - 1.</source>
        <translation>la modification %1 donne pour identifiant de %2 la valeur %3, qui n’est pas un nombre entier de 1 à 2^53 - 1.</translation>
    </message>
</context>
<context>
    <name>rs::Keyring</name>
    <message>
        <source>No system keyring is available, so the password was not remembered.</source>
        <translation>Aucun trousseau du système n’est disponible, le mot de passe n’a donc pas été mémorisé.</translation>
    </message>
    <message>
        <source>The system keyring could not be reached, so the password was not remembered.</source>
        <translation>Impossible de joindre le trousseau du système, le mot de passe n’a donc pas été mémorisé.</translation>
    </message>
</context>
<context>
    <name>rs::Levels</name>
    <message>
        <source>View</source>
        <translation>Voir</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Unknown level &quot;%1&quot;: use view, add, edit or delete.</source>
        <translation>Niveau inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez view, add, edit ou delete.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>No levels given: use none or a comma list of view, add, edit, delete.</source>
        <translation>Aucun niveau indiqué&#xa0;: utilisez none ou une liste séparée par des virgules de view, add, edit, delete.</translation>
    </message>
    <message>
        <source>Malformed levels &quot;%1&quot;: use none or a comma list of view, add, edit, delete.</source>
        <translation>Niveaux mal formés «&#xa0;%1&#xa0;»&#xa0;: utilisez none ou une liste séparée par des virgules de view, add, edit, delete.</translation>
    </message>
</context>
<context>
    <name>rs::Links</name>
    <message>
        <source>A rule keeps %1 out of %2.</source>
        <translation>Une règle tient %1 hors de %2.</translation>
    </message>
    <message>
        <source>in step</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>locally changed</source>
        <translation>modifié localement</translation>
    </message>
    <message>
        <source>%1 is linked to a template it cannot follow.</source>
        <translation>%1 est lié à un modèle qu’il ne peut pas suivre.</translation>
    </message>
</context>
<context>
    <name>rs::MainWindow</name>
    <message>
        <source>Rolesheet workspaces (*.rolesheet);;All files (*)</source>
        <translation>Espaces de travail Rolesheet (*.rolesheet);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation>&amp;Appliquer les modifications</translation>
    </message>
    <message>
        <source>Write every staged change to the workspace in one step (Ctrl+S)</source>
        <translation>Écrire toutes les modifications en attente dans l’espace de travail en une fois (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Discard Changes…</source>
        <translation>A&amp;bandonner les modifications…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Review Changes…</source>
        <translation>&amp;Vérifier les modifications…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Rolesheet</source>
        <translation>À &amp;propos de Rolesheet</translation>
    </message>
    <message>
        <source>&amp;Filter Features</source>
        <translation>&amp;Filtrer les fonctionnalités</translation>
    </message>
    <message>
        <source>Go to &amp;Grid</source>
        <translation>Aller à la &amp;grille</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Go to &amp;Navigator</source>
        <translation>Aller au &amp;navigateur</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rôles</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
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
        <translation>Espace de travail %1&#xa0;: toutes les modifications sont appliquées</translation>
    </message>
    <message>
        <source>Restore staged changes</source>
        <translation>Restaurer les modifications en attente</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>Rien n’a été appliqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Staged changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>About Rolesheet</source>
        <translation>À propos de Rolesheet</translation>
    </message>
    <message>
        <source>Rolesheet %1
Design the permission roles of a creative studio: one grid per role, guarded by the ownership rules.</source>
        <translation>Rolesheet %1
Concevoir les rôles et les droits d’un studio de création&#xa0;: une grille par rôle, protégée par les règles de propriété.</translation>
    </message>
    <message>
        <source>Drop every staged change (%1 in all)? The workspace stays as it was.</source>
        <translation>Abandonner toutes les modifications en attente (%1 en tout)&#x202f;? L’espace de travail reste tel quel.</translation>
    </message>
    <message>
        <source>%1 — staged changes: %2 — Rolesheet</source>
        <translation>%1 — modifications en attente&#xa0;: %2 — Rolesheet</translation>
    </message>
    <message>
        <source>Some changes are staged but not applied (%1 in all). Apply them before leaving?</source>
        <translation>Des modifications sont en attente mais pas appliquées (%1 en tout). Les appliquer avant de quitter&#x202f;?</translation>
    </message>
    <message>
        <source>The workspace was changed elsewhere and read again; your staged changes are kept.</source>
        <translation>L’espace de travail a été modifié ailleurs et relu&#x202f;; vos modifications en attente sont conservées.</translation>
    </message>
    <message>
        <source>This workspace breaks a rule: %1 It is open read-only: no change can be applied. Save its data as JSON with &quot;rolesheet-cli export-workspace -o FILE.json&quot;, correct the file and bring it back with Import.</source>
        <translation>Cet espace de travail enfreint une règle&#xa0;: %1 Il est ouvert en lecture seule&#xa0;: aucune modification ne peut être appliquée. Enregistrez ses données en JSON avec «&#xa0;rolesheet-cli export-workspace -o FILE.json&#xa0;», corrigez le fichier et réintégrez-le avec «&#xa0;Importer&#xa0;».</translation>
    </message>
    <message>
        <source>Staged changes saved on %1 were not restored: they were made on a later version of this workspace than the one now at %2, which was replaced by an older copy.</source>
        <translation>Les modifications en attente enregistrées le %1 n’ont pas été restaurées&#xa0;: elles ont été faites sur une version de cet espace de travail plus récente que celle qui se trouve maintenant à %2, remplacée par une copie plus ancienne.</translation>
    </message>
    <message numerus="yes">
        <source>The last session left staged changes that were never applied (%n in all):</source>
        <translation>
            <numerusform>La dernière session a laissé une modification en attente jamais appliquée (%n en tout)&#xa0;:</numerusform>
            <numerusform>La dernière session a laissé des modifications en attente jamais appliquées (%n en tout)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a Production…</source>
        <translation>Créer une production…</translation>
    </message>
    <message numerus="yes">
        <source>Staged, not applied yet: %n change(s). Review them with Ctrl+R, apply with Ctrl+S.</source>
        <translation>
            <numerusform>En attente, pas encore appliquée&#xa0;: %n modification. Vérifiez avec Ctrl+R, appliquez avec Ctrl+S.</numerusform>
            <numerusform>En attente, pas encore appliquées&#xa0;: %n modifications. Vérifiez avec Ctrl+R, appliquez avec Ctrl+S.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore them? Edit › Undo takes them back in one step.</source>
        <translation>Les restaurer&#x202f;? Édition › Annuler les retire en une fois.</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n staged changes</source>
        <translation>
            <numerusform>Restaurer %n modification en attente</numerusform>
            <numerusform>Restaurer %n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved change(s) no longer fit the workspace and were left out.</source>
        <translation>
            <numerusform>%n modification enregistrée ne correspond plus à l’espace de travail et a été écartée.</numerusform>
            <numerusform>%n modifications enregistrées ne correspondent plus à l’espace de travail et ont été écartées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n change(s), in one step.</source>
        <translation>
            <numerusform>Appliquée&#xa0;: %n modification, en une fois.</numerusform>
            <numerusform>Appliquées&#xa0;: %n modifications, en une fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workspace was changed elsewhere and read again. %n of your staged changes no longer fit it and were left out.</source>
        <translation>
            <numerusform>L’espace de travail a été modifié ailleurs et relu. %n de vos modifications en attente ne correspond plus et a été écartée.</numerusform>
            <numerusform>L’espace de travail a été modifié ailleurs et relu. %n de vos modifications en attente ne correspondent plus et ont été écartées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply &amp;Column to Selected Roles</source>
        <translation>Appliquer la &amp;colonne aux rôles sélectionnés</translation>
    </message>
    <message>
        <source>Copy the cells selected in the grid to every role selected in the navigator</source>
        <translation>Copier les cellules sélectionnées dans la grille vers chaque rôle sélectionné dans le navigateur</translation>
    </message>
    <message>
        <source>Opening cancelled; the workspace stays as it was.</source>
        <translation>Ouverture annulée&#x202f;; l’espace de travail reste tel quel.</translation>
    </message>
    <message>
        <source>Closing once this is done: %1</source>
        <translation>Fermeture dès que ceci sera terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The workspace was read again after your change.</source>
        <translation>L’espace de travail a été relu après votre modification.</translation>
    </message>
    <message>
        <source>Applied, with a new conflict of a warn duty rule: %1</source>
        <translation>Appliqué, avec un nouveau conflit d’une règle d’avertissement : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more like it; View › Duties… lists them.</source>
        <translation>
            <numerusform>%n autre semblable ; Affichage › Séparation des tâches… le liste.</numerusform>
            <numerusform>%n autres semblables ; Affichage › Séparation des tâches… les liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::MemberActions</name>
    <message>
        <source>(no account role)</source>
        <translation>(aucun rôle de compte)</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>&amp;Ajouter un membre…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Set &amp;Account Role…</source>
        <translation>Définir le rôle de &amp;compte…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Transfer Ownership…</source>
        <translation>&amp;Transférer la propriété…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Create &amp;Production…</source>
        <translation>Créer une &amp;production…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Invite to Production…</source>
        <translation>&amp;Inviter dans une production…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Check Access…</source>
        <translation>&amp;Vérifier l’accès…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Account role:</source>
        <translation>Rôle de &amp;compte&#xa0;:</translation>
    </message>
    <message>
        <source>Set account role</source>
        <translation>Définir le rôle de compte</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membre&#xa0;:</translation>
    </message>
    <message>
        <source>Create production</source>
        <translation>Créer une production</translation>
    </message>
    <message>
        <source>Created &amp;by:</source>
        <translation>Créée &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>There is no production to invite anyone to: create one first.</source>
        <translation>Il n’y a aucune production où inviter quelqu’un&#xa0;: créez-en une d’abord.</translation>
    </message>
    <message>
        <source>Invite to production</source>
        <translation>Inviter dans une production</translation>
    </message>
    <message>
        <source>&amp;Production:</source>
        <translation>&amp;Production&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role there:</source>
        <translation>&amp;Rôle dans celle-ci&#xa0;:</translation>
    </message>
    <message>
        <source>Remove from &amp;Team…</source>
        <translation>Retirer de l’é&amp;quipe…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Remove Member…</source>
        <translation>&amp;Retirer le membre…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>&amp;Delete Production…</source>
        <translation>&amp;Supprimer la production…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Del</translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Retirer de l’équipe</translation>
    </message>
    <message>
        <source>Take %1 off the team of %2?</source>
        <translation>Retirer %1 de l’équipe de %2&#x202f;?</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Remove %1 from the workspace, with every team seat they hold?</source>
        <translation>Retirer %1 de l’espace de travail, avec toutes ses places dans les équipes&#x202f;?</translation>
    </message>
    <message>
        <source>Delete production</source>
        <translation>Supprimer la production</translation>
    </message>
    <message>
        <source>Delete %1 with its team and its own roles? Members stay in the workspace.</source>
        <translation>Supprimer %1 avec son équipe et ses propres rôles&#x202f;? Les membres restent dans l’espace de travail.</translation>
    </message>
    <message>
        <source>Re&amp;name Member or Production…</source>
        <translation>Re&amp;nommer le membre ou la production…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Rename member</source>
        <translation>Renommer le membre</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Nouveau nom pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Rename production</source>
        <translation>Renommer la production</translation>
    </message>
    <message>
        <source>&amp;Until (last day):</source>
        <translation>&amp;Jusqu’au (dernier jour)&#xa0;:</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>Sans fin</translation>
    </message>
    <message>
        <source>The seat would end on %1, which has passed: it is given as already ended. Invite anyway?</source>
        <translation>La place prendrait fin le %1, date déjà passée&#xa0;: elle sera donnée comme déjà terminée. Inviter quand même&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;From (first day):</source>
        <translation>&amp;Début (premier jour)&#xa0;:</translation>
    </message>
    <message>
        <source>The account role ends after this day in %1; tick &quot;No end&quot; for one that does not end.</source>
        <translation>Le rôle de compte prend fin après ce jour dans %1 ; cochez « Sans fin » pour un rôle qui ne finit pas.</translation>
    </message>
    <message>
        <source>From now</source>
        <translation>Dès maintenant</translation>
    </message>
    <message>
        <source>The seat counts from the start of this day in %1; tick &quot;From now&quot; for a seat that counts at once.</source>
        <translation>La place compte à partir du début de ce jour dans %1 ; cochez « Dès maintenant » pour une place qui compte tout de suite.</translation>
    </message>
    <message>
        <source>The seat ends after this day in %1; tick &quot;No end&quot; for a seat that does not end.</source>
        <translation>La place prend fin après ce jour dans %1 ; cochez « Sans fin » pour une place qui ne finit pas.</translation>
    </message>
</context>
<context>
    <name>rs::MemberPage</name>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Double-click a seat to open its production.</source>
        <translation>Double-cliquez sur une place pour ouvrir sa production.</translation>
    </message>
    <message>
        <source>Access now</source>
        <translation>Accès maintenant</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seats&lt;/b&gt;</source>
        <translation>&lt;b&gt;Places&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Access now&lt;/b&gt; in:</source>
        <translation>&lt;b&gt;Accès maintenant&lt;/b&gt; dans :</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Personne de choisi</translation>
    </message>
    <message>
        <source>The studio&apos;s owner.</source>
        <translation>Propriétaire du studio.</translation>
    </message>
    <message>
        <source>Account role: %1, until %2.</source>
        <translation>Rôle de compte : %1, jusqu’au %2.</translation>
    </message>
    <message>
        <source>Account role: %1, without an end.</source>
        <translation>Rôle de compte : %1, sans fin.</translation>
    </message>
    <message>
        <source>It has ended and no longer counts.</source>
        <translation>Il est terminé et ne compte plus.</translation>
    </message>
    <message>
        <source>No account role: access comes from seats alone.</source>
        <translation>Aucun rôle de compte : l’accès vient des places seules.</translation>
    </message>
    <message>
        <source>Dates are in %1.</source>
        <translation>Les dates sont en %1.</translation>
    </message>
    <message>
        <source>Account-wide features only</source>
        <translation>Fonctions du compte seulement</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Lecture de la piste d’audit…</translation>
    </message>
    <message>
        <source>No applied change names this member yet.</source>
        <translation>Aucune modification appliquée ne nomme encore ce membre.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n change(s) that name this member, newest first.</source>
        <translation>
            <numerusform>La %n dernière modification qui nomme ce membre.</numerusform>
            <numerusform>Les %n dernières modifications qui nomment ce membre, la plus récente d’abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Close this message (Esc)</source>
        <translation>Fermer ce message (Esc)</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>rs::NavigatorModel</name>
    <message>
        <source>Account roles</source>
        <translation>Rôles de compte</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Productions</source>
        <translation>Productions</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: built in, locked</source>
        <translation>%1&#xa0;: intégré, verrouillé</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Team (%1)</source>
        <translation>Équipe (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
</context>
<context>
    <name>rs::NavigatorPanel</name>
    <message>
        <source>Search members, roles, productions</source>
        <translation>Rechercher membres, rôles, productions</translation>
    </message>
    <message>
        <source>Search the workspace</source>
        <translation>Rechercher dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Aucun résultat.</translation>
    </message>
</context>
<context>
    <name>rs::NewRoleDialog</name>
    <message>
        <source>New role for a freelancer</source>
        <translation>Nouveau rôle pour un freelance</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>e.g. Freelance subtitler</source>
        <translation>p. ex. Sous-titreur freelance</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Nom du rôle</translation>
    </message>
    <message>
        <source>Account role (whole workspace)</source>
        <translation>Rôle de compte (tout l’espace de travail)</translation>
    </message>
    <message>
        <source>Production role (one production)</source>
        <translation>Rôle de production (une production)</translation>
    </message>
    <message>
        <source>Account template (for making roles)</source>
        <translation>Modèle de compte (pour créer des rôles)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>A freelancer gets a production role of their own. It starts with every level of every production feature; untick the features they do not need.</source>
        <translation>Un freelance reçoit son propre rôle de production. Il part de tous les niveaux de toutes les fonctionnalités de production&#x202f;; décochez celles dont il n’a pas besoin.</translation>
    </message>
    <message>
        <source>&amp;Production:</source>
        <translation>&amp;Production&#xa0;:</translation>
    </message>
    <message>
        <source>Keeps:</source>
        <translation>Conserve&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Scratch: every level of every allowed feature</source>
        <translation>De zéro&#xa0;: tous les niveaux de toutes les fonctionnalités permises</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rs::PasswordDialog</name>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>Mémoriser dans le &amp;trousseau du système</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <source>%1 on %2:%3, database %4</source>
        <translation>%1 sur %2:%3, base de données %4</translation>
    </message>
    <message>
        <source>your user</source>
        <translation>votre utilisateur</translation>
    </message>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation>Le serveur demande le mot de passe de %1.</translation>
    </message>
    <message>
        <source>Kept by the desktop&apos;s keyring, never in Rolesheet&apos;s settings; File › Forget Server Password removes it.</source>
        <translation>Conservé par le trousseau du bureau, jamais dans les réglages de Rolesheet&#x202f;; Fichier › Oublier le mot de passe du serveur le retire.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>rs::PermissionGridModel</name>
    <message>
        <source>Set or clear %1 on every feature of %2</source>
        <translation>Activer ou désactiver %1 sur toutes les fonctionnalités de %2</translation>
    </message>
    <message>
        <source>%1 holds %2 without View: people could change what they cannot see.</source>
        <translation>%1 a %2 sans Voir&#xa0;: on pourrait modifier ce qu’on ne voit pas.</translation>
    </message>
    <message>
        <source>Account-wide feature</source>
        <translation>Fonctionnalité commune à tout le compte</translation>
    </message>
    <message>
        <source>Feature of each production</source>
        <translation>Fonctionnalité propre à chaque production</translation>
    </message>
    <message>
        <source>%1 may %2 %3</source>
        <translation>%1&#xa0;: %2 autorisé sur %3</translation>
    </message>
    <message>
        <source>%1 may not %2 %3</source>
        <translation>%1&#xa0;: %2 non autorisé sur %3</translation>
    </message>
    <message>
        <source>Changed, not applied yet</source>
        <translation>Modifié, pas encore appliqué</translation>
    </message>
    <message>
        <source>Grant %1 on every feature of %2 to %3</source>
        <translation>Accorder %1 sur toutes les fonctionnalités de %2 à %3</translation>
    </message>
    <message>
        <source>Remove %1 on every feature of %2 from %3</source>
        <translation>Retirer %1 sur toutes les fonctionnalités de %2 à %3</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Fonctionnalité</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Pourquoi c’est important</translation>
    </message>
    <message>
        <source>%1 section, %2, granted on some features</source>
        <translation>Section %1, %2, accordé sur certaines fonctionnalités</translation>
    </message>
    <message>
        <source>%1 section, %2, not granted</source>
        <translation>Section %1, %2, non accordé</translation>
    </message>
    <message>
        <source>%1, %2, not allowed: %3</source>
        <translation>%1, %2, non autorisé&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, %2, granted</source>
        <translation>%1, %2, accordé</translation>
    </message>
    <message>
        <source>%1, %2, not granted</source>
        <translation>%1, %2, non accordé</translation>
    </message>
    <message>
        <source>%1 section, %2, granted wherever allowed</source>
        <translation>Section %1, %2, accordé partout où c’est permis</translation>
    </message>
    <message>
        <source>Built-in roles are locked: duplicate the role to change it.</source>
        <translation>Les rôles intégrés sont verrouillés&#xa0;: dupliquez le rôle pour le modifier.</translation>
    </message>
    <message>
        <source>%1 section, %2, granted wherever allowed, locked</source>
        <translation>Section %1, %2, accordé partout où c’est permis, verrouillé</translation>
    </message>
    <message>
        <source>%1 section, %2, granted on some features, locked</source>
        <translation>Section %1, %2, accordé sur certaines fonctionnalités, verrouillé</translation>
    </message>
    <message>
        <source>%1 section, %2, not granted, locked</source>
        <translation>Section %1, %2, non accordé, verrouillé</translation>
    </message>
    <message>
        <source>%1, %2, granted, locked</source>
        <translation>%1, %2, accordé, verrouillé</translation>
    </message>
    <message>
        <source>%1, %2, not granted, locked</source>
        <translation>%1, %2, non accordé, verrouillé</translation>
    </message>
</context>
<context>
    <name>rs::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Rolesheet speaks the new language the next time it starts.</source>
        <translation>Rolesheet parlera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language of the editor:</source>
        <translation>&amp;Langue de l’éditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Follow the desktop</source>
        <translation>Suivre le &amp;bureau</translation>
    </message>
    <message>
        <source>L&amp;ight</source>
        <translation>C&amp;lair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <source>The cell that has the keyboard focus is always framed.</source>
        <translation>La cellule qui a le focus clavier est toujours encadrée.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
</context>
<context>
    <name>rs::ProductionPage</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Double-click a member to open their page.</source>
        <translation>Double-cliquez sur un membre pour ouvrir sa page.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team&lt;/b&gt;</source>
        <translation>&lt;b&gt;Équipe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No production chosen</source>
        <translation>Aucune production choisie</translation>
    </message>
    <message>
        <source>Created by %1.</source>
        <translation>Créée par %1.</translation>
    </message>
    <message>
        <source>Wraps on %1: seats without an end of their own end then.</source>
        <translation>Se termine le %1 : les places sans fin propre finissent alors.</translation>
    </message>
    <message>
        <source>No wrap date: seats without an end of their own do not end.</source>
        <translation>Pas de date de fin : les places sans fin propre ne finissent pas.</translation>
    </message>
    <message>
        <source>Dates are in %1.</source>
        <translation>Les dates sont en %1.</translation>
    </message>
</context>
<context>
    <name>rs::Prompts</name>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n existing files in %1?</source>
        <translation>
            <numerusform>Remplacer %n fichier existant dans %1&#x202f;?</numerusform>
            <numerusform>Remplacer %n fichiers existants dans %1&#x202f;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ReviewDialog</name>
    <message>
        <source>gains %1</source>
        <translation>obtient %1</translation>
    </message>
    <message>
        <source>loses %1</source>
        <translation>perd %1</translation>
    </message>
    <message>
        <source>Review changes</source>
        <translation>Vérifier les modifications</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Member and feature</source>
        <translation>Membre et fonctionnalité</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changes&lt;/b&gt;, against the workspace as stored:</source>
        <translation>&lt;b&gt;Ce qui change&lt;/b&gt; par rapport à l’espace de travail enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Apply All</source>
        <translation>Tout &amp;appliquer</translation>
    </message>
    <message>
        <source>&amp;Discard All</source>
        <translation>Tout a&amp;bandonner</translation>
    </message>
    <message>
        <source>&lt;b&gt;Impact on members&lt;/b&gt;: who gains or loses which access.</source>
        <translation>&lt;b&gt;Effet sur les membres&lt;/b&gt;&#xa0;: qui obtient ou perd quel accès.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Members, productions and catalog</source>
        <translation>Membres, productions et catalogue</translation>
    </message>
    <message>
        <source>account-wide</source>
        <translation>tout le compte</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
    <message>
        <source>Nobody gains or loses access.</source>
        <translation>Personne n’obtient ni ne perd d’accès.</translation>
    </message>
    <message>
        <source>Cells that differ: %1</source>
        <translation>Cellules qui diffèrent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Fonctionnalités&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3 → %4</source>
        <translation>%1 — %2&#xa0;: %3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Impact on members&lt;/b&gt;: %n members may be affected; the first %1 are shown.</source>
        <translation>
            <numerusform>&lt;b&gt;Effet sur les membres&lt;/b&gt;&#xa0;: %n membre peut être concerné&#x202f;; les %1 premiers sont affichés.</numerusform>
            <numerusform>&lt;b&gt;Effet sur les membres&lt;/b&gt;&#xa0;: %n membres peuvent être concernés&#x202f;; les %1 premiers sont affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import workspace</source>
        <translation>Importer un espace de travail</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changes&lt;/b&gt; when the workspace is replaced by the imported one:</source>
        <translation>&lt;b&gt;Ce qui change&lt;/b&gt; quand l’espace de travail est remplacé par celui importé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Replace Workspace</source>
        <translation>&amp;Remplacer l’espace de travail</translation>
    </message>
    <message>
        <source>Member and rule</source>
        <translation>Membre et règle</translation>
    </message>
    <message>
        <source>One side through</source>
        <translation>Un côté via</translation>
    </message>
    <message>
        <source>Other side through</source>
        <translation>L’autre côté via</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Conséquence</translation>
    </message>
    <message>
        <source>Refuses Apply: a block rule, and no exception covers it</source>
        <translation>Refuse l’application : une règle bloquante, et aucune exception ne la couvre</translation>
    </message>
    <message>
        <source>Allowed by an exception until %1, granted by %2</source>
        <translation>Permis par une exception jusqu’au %1, accordée par %2</translation>
    </message>
    <message>
        <source>Warns: applied, and reported</source>
        <translation>Avertit : appliqué, et signalé</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No staged change makes a conflict with the duty rules.</source>
        <translation>Aucune modification en attente ne crée de conflit avec les règles de séparation des tâches.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Duty conflicts&lt;/b&gt; the staged changes make: %n; </source>
        <translation>
            <numerusform>&lt;b&gt;Conflits de tâches&lt;/b&gt; créés par les modifications en attente : %n ; </numerusform>
            <numerusform>&lt;b&gt;Conflits de tâches&lt;/b&gt; créés par les modifications en attente : %n ; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refuse(s) Apply until an exception covers it.</source>
        <translation>
            <numerusform>%n refuse l’application tant qu’aucune exception ne le couvre.</numerusform>
            <numerusform>%n refusent l’application tant qu’aucune exception ne les couvre.</numerusform>
        </translation>
    </message>
    <message>
        <source>none refuses Apply.</source>
        <translation>aucun ne refuse l’application.</translation>
    </message>
    <message>
        <source>A block duty rule refuses these changes: see Duty conflicts below.</source>
        <translation>Une règle bloquante refuse ces modifications : voir Conflits de tâches ci-dessous.</translation>
    </message>
</context>
<context>
    <name>rs::ReviewItemsModel</name>
    <message>
        <source>(account role)</source>
        <translation>(rôle de compte)</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>sans fin</translation>
    </message>
    <message>
        <source>(access changed since the start)</source>
        <translation>(accès modifié depuis le début)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>What it grants</source>
        <translation>Ce qu’il accorde</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>rs::ReviewStore</name>
    <message>
        <source>There is no access review named %1.</source>
        <translation>Il n’y a pas de revue des accès nommée %1.</translation>
    </message>
    <message>
        <source>There is already an access review named %1.</source>
        <translation>Il existe déjà une revue des accès nommée %1.</translation>
    </message>
    <message>
        <source>The due date %1 is in the past.</source>
        <translation>L’échéance %1 est déjà passée.</translation>
    </message>
    <message>
        <source>A reviewer is not a member of the workspace.</source>
        <translation>Un réviseur n’est pas membre de l’espace de travail.</translation>
    </message>
    <message>
        <source>There is no closed access review of %1 to follow; start one without delta mode first.</source>
        <translation>Il n’y a aucune revue des accès clôturée de %1 à poursuivre&#x202f;; lancez-en d’abord une sans le mode delta.</translation>
    </message>
    <message numerus="yes">
        <source>Started access review %1 of %2 with %n items</source>
        <translation>
            <numerusform>Revue des accès %1 de %2 commencée avec %n élément</numerusform>
            <numerusform>Revue des accès %1 de %2 commencée avec %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace kept changing while the access review started; start it again.</source>
        <translation>L’espace de travail n’a cessé de changer pendant le lancement de la revue des accès&#x202f;; relancez-la.</translation>
    </message>
    <message>
        <source>Access review %1 has no item %2; its items are numbered 1 to %3.</source>
        <translation>La revue des accès %1 n’a pas d’élément %2&#x202f;; ses éléments sont numérotés de 1 à %3.</translation>
    </message>
    <message>
        <source>Access review %1 is closed; its decisions can no longer change.</source>
        <translation>La revue des accès %1 est clôturée&#x202f;; ses décisions ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>Access review %1, item %2: %3</source>
        <translation>Revue des accès %1, élément %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Access review %1 is closed already.</source>
        <translation>La revue des accès %1 est déjà clôturée.</translation>
    </message>
    <message numerus="yes">
        <source>Access review %1 cannot be closed: %n items are undecided.</source>
        <translation>
            <numerusform>La revue des accès %1 ne peut pas être close : %n élément n’est pas encore décidé.</numerusform>
            <numerusform>La revue des accès %1 ne peut pas être close : %n éléments ne sont pas encore décidés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another reviewer changed a decision of access review %1 while it was being closed. Nothing was changed; close it again.</source>
        <translation>Un autre réviseur a modifié une décision de la revue des accès %1 pendant sa clôture. Rien n’a été modifié&#x202f;; clôturez-la de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Closed access review %1: %n revoked</source>
        <translation>
            <numerusform>Revue des accès %1 close : %n révoqué</numerusform>
            <numerusform>Revue des accès %1 close : %n révoqués</numerusform>
        </translation>
    </message>
    <message>
        <source>The database login %1 is not the name of a member of the workspace; on PostgreSQL access reviews are decided by the member named as the login.</source>
        <translation>L’utilisateur de la base de données %1 ne porte le nom d’aucun membre de l’espace de travail&#x202f;; sous PostgreSQL, les revues des accès sont décidées par le membre qui porte le nom de cet utilisateur.</translation>
    </message>
    <message>
        <source>%1 is not a member of the workspace; name the member you act as (--as MEMBER).</source>
        <translation>%1 n’est pas membre de l’espace de travail&#x202f;; indiquez le membre au nom duquel vous agissez (--as MEMBRE).</translation>
    </message>
    <message>
        <source>Access review %1 has no reviewers; the workspace&apos;s owner names them first.</source>
        <translation>La revue des accès %1 n’a aucun réviseur&#x202f;; le propriétaire de l’espace de travail doit d’abord les désigner.</translation>
    </message>
    <message>
        <source>%1 is not a reviewer of access review %2; its reviewers are %3.</source>
        <translation>%1 n’est pas réviseur de la revue des accès %2&#x202f;; ses réviseurs sont %3.</translation>
    </message>
    <message>
        <source>%1 cannot decide item %2 of access review %3: it is their own access.</source>
        <translation>%1 ne peut pas décider de l’élément %2 de la revue des accès %3&#xa0;: il s’agit de son propre accès.</translation>
    </message>
    <message>
        <source>An access review needs at least one reviewer.</source>
        <translation>Une revue des accès demande au moins un réviseur.</translation>
    </message>
    <message>
        <source>Only the workspace&apos;s owner names the reviewers of an access review; %1 is not the owner.</source>
        <translation>Seul le propriétaire de l’espace de travail désigne les réviseurs d’une revue des accès&#x202f;; %1 n’est pas le propriétaire.</translation>
    </message>
    <message>
        <source>Access review %1: reviewers %2 (were %3)</source>
        <translation>Revue des accès %1&#xa0;: réviseurs %2 (auparavant %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The access reviews of the workspace cannot be read.</source>
        <translation>Les revues d’accès de l’espace de travail ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>The access review could not be saved; nothing was changed.</source>
        <translation>La revue d’accès n’a pas pu être enregistrée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Élément %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Access review %1: %n items decided at once</source>
        <translation>
            <numerusform>Revue d’accès %1 : %n élément décidé en une fois</numerusform>
            <numerusform>Revue d’accès %1 : %n éléments décidés en une fois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ReviewsDialog</name>
    <message>
        <source>Start an Access Review</source>
        <translation>Lancer une revue des accès</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Revue %1</translation>
    </message>
    <message>
        <source>The whole studio</source>
        <translation>Tout le studio</translation>
    </message>
    <message>
        <source>Production: %1</source>
        <translation>Production&#xa0;: %1</translation>
    </message>
    <message>
        <source>Holders of role: %1</source>
        <translation>Titulaires du rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only what changed since the last closed review of this scope</source>
        <translation>Seulement ce qui a changé depuis la dernière revue clôturée de cette portée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Portée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation>&amp;Réviseurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Access Reviews</source>
        <translation>Revues des accès</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Revue des accès</translation>
    </message>
    <message>
        <source>&amp;Start Review…</source>
        <translation>&amp;Lancer une revue…</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Revue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Undecided only</source>
        <translation>&amp;Uniquement les non décidés</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Décidé par&#xa0;:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Close Review…</source>
        <translation>&amp;Clôturer la revue…</translation>
    </message>
    <message>
        <source>E&amp;xport Evidence…</source>
        <translation>E&amp;xporter les preuves…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>End on a Date</source>
        <translation>Mettre fin à une date</translation>
    </message>
    <message>
        <source>Access &amp;Reviews…</source>
        <translation>&amp;Revues des accès…</translation>
    </message>
    <message>
        <source>Review who can do what, decide keep or revoke, and export the signed evidence</source>
        <translation>Passer en revue qui peut faire quoi, décider de conserver ou de révoquer, et exporter les preuves signées</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (clôturée)</translation>
    </message>
    <message>
        <source>No access review yet</source>
        <translation>Aucune revue des accès pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n decided</source>
        <translation>
            <numerusform>Décision prise&#xa0;: %1 sur %n</numerusform>
            <numerusform>Décision prise&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>N’importe qui</translation>
    </message>
    <message>
        <source>Apply or discard the staged changes before closing an access review.</source>
        <translation>Appliquez ou abandonnez les modifications en attente avant de clôturer une revue des accès.</translation>
    </message>
    <message>
        <source>Close access review</source>
        <translation>Clôturer la revue des accès</translation>
    </message>
    <message>
        <source>Close Access Review %1</source>
        <translation>Clôturer la revue des accès %1</translation>
    </message>
    <message>
        <source>Close Access Review</source>
        <translation>Clôturer la revue des accès</translation>
    </message>
    <message>
        <source>Every item of %1 is kept; close it?</source>
        <translation>Tous les éléments de %1 sont conservés&#x202f;; la clôturer&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>%n items were not applied because their access changed after the review started.</source>
        <translation>
            <numerusform>%n élément n’a pas été appliqué car son accès a changé après le lancement de la revue.</numerusform>
            <numerusform>%n éléments n’ont pas été appliqués car leur accès a changé après le lancement de la revue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Evidence</source>
        <translation>Exporter les preuves</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;CSV (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the evidence of %1…</source>
        <translation>Écriture des preuves de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Production:</source>
        <translation>Production :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>Agissant en tant que</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Comment for the decision (optional)</source>
        <translation>Commentaire de la décision (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <source>End &amp;on…</source>
        <translation>Terminer &amp;le…</translation>
    </message>
    <message>
        <source>Acting as:</source>
        <translation>Agissant en tant que :</translation>
    </message>
    <message>
        <source>K keep · R revoke · E end on a date · N next undecided — on every selected item</source>
        <translation>K conserver · R révoquer · E terminer à une date · N suivant non décidé — sur chaque élément sélectionné</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>End the access on (last day):</source>
        <translation>Terminer l’accès le (dernier jour) :</translation>
    </message>
</context>
<context>
    <name>rs::RoleActions</name>
    <message>
        <source>&amp;New Role…</source>
        <translation>&amp;Nouveau rôle…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New Role for a &amp;Freelancer…</source>
        <translation>Nouveau rôle pour un &amp;freelance…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Duplicate Role</source>
        <translation>&amp;Dupliquer le rôle</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Re&amp;name Role…</source>
        <translation>Re&amp;nommer le rôle…</translation>
    </message>
    <message>
        <source>De&amp;lete Role…</source>
        <translation>Supprimer &amp;le rôle…</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Compare Roles…</source>
        <translation>&amp;Comparer des rôles…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Edit &amp;Catalog…</source>
        <translation>Modifier le ca&amp;talogue…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Create a role</source>
        <translation>Créer un rôle</translation>
    </message>
    <message>
        <source>A freelancer&apos;s role belongs to a production: create a production first.</source>
        <translation>Le rôle d’un freelance appartient à une production&#xa0;: créez d’abord une production.</translation>
    </message>
    <message>
        <source>Create a role for a freelancer</source>
        <translation>Créer un rôle pour un freelance</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>Pick the production the copy of %1 is for in the navigator first.</source>
        <translation>Choisissez d’abord dans le navigateur la production à laquelle est destinée la copie de %1.</translation>
    </message>
    <message>
        <source>Rename role</source>
        <translation>Renommer le rôle</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Nouveau nom pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Supprimer le rôle</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1&#x202f;?</translation>
    </message>
</context>
<context>
    <name>rs::Rules</name>
    <message>
        <source>A %1 needs a name.</source>
        <translation>Chaque %1 doit avoir un nom.</translation>
    </message>
    <message>
        <source>A %1 name can be at most %2 characters long; this one has %3.</source>
        <translation>Un nom de %1 compte au plus %2 caractères&#x202f;; celui-ci en a %3.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>%1 is reserved for the Admin &amp; owner.</source>
        <translation>%1 est réservé à Admin et propriétaire.</translation>
    </message>
    <message>
        <source>%1 has a %2 guardrail, so it cannot hold %3.</source>
        <translation>%1 a un garde-fou «&#xa0;%2&#xa0;» et ne peut donc pas détenir %3.</translation>
    </message>
    <message>
        <source>A production role grants production features only, and %1 is account-wide.</source>
        <translation>Un rôle de production n’accorde que des fonctionnalités de production, et %1 est commune à tout le compte.</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>There is already a %1 named %2.</source>
        <translation>%2 est déjà utilisé comme nom de %1.</translation>
    </message>
    <message>
        <source>This production already has a role named %1.</source>
        <translation>Cette production a déjà un rôle nommé %1.</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>espace de travail</translation>
    </message>
    <message>
        <source>A production role belongs to a production; name one that exists.</source>
        <translation>Un rôle de production appartient à une production&#x202f;; indiquez-en une qui existe.</translation>
    </message>
    <message>
        <source>The role to copy from no longer exists.</source>
        <translation>Le rôle à copier n’existe plus.</translation>
    </message>
    <message>
        <source>That role no longer exists.</source>
        <translation>Ce rôle n’existe plus.</translation>
    </message>
    <message>
        <source>That feature no longer exists.</source>
        <translation>Cette fonctionnalité n’existe plus.</translation>
    </message>
    <message>
        <source>%1 is a built-in role: its permissions cannot be changed, but it can be duplicated.</source>
        <translation>%1 est un rôle intégré&#xa0;: ses droits ne peuvent pas changer, mais il peut être dupliqué.</translation>
    </message>
    <message>
        <source>%1 is a built-in role and cannot be deleted.</source>
        <translation>%1 est un rôle intégré et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>%1 is still held by %2; give them another role first.</source>
        <translation>%1 est encore détenu par %2&#x202f;; donnez-leur d’abord un autre rôle.</translation>
    </message>
    <message>
        <source>%1 is a built-in role and cannot be renamed.</source>
        <translation>%1 est un rôle intégré et ne peut pas être renommé.</translation>
    </message>
    <message>
        <source>%1 is a built-in role: its guardrails cannot be changed.</source>
        <translation>%1 est un rôle intégré&#xa0;: ses garde-fous ne peuvent pas changer.</translation>
    </message>
    <message>
        <source>Removing the %1 guardrail from %2 is recorded: say why it comes off.</source>
        <translation>Le retrait du garde-fou «&#xa0;%1&#xa0;» de %2 est consigné&#xa0;: dites pourquoi il est retiré.</translation>
    </message>
    <message>
        <source>%1 is a built-in role and cannot be changed.</source>
        <translation>%1 est un rôle intégré et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Only account roles reach productions; %1 is not one.</source>
        <translation>Seuls les rôles de compte s’appliquent aux productions&#x202f;; %1 n’en est pas un.</translation>
    </message>
    <message>
        <source>That account role does not exist.</source>
        <translation>Ce rôle de compte n’existe pas.</translation>
    </message>
    <message>
        <source>There is exactly one Admin &amp; owner; ownership changes hands only by a transfer.</source>
        <translation>Il y a exactement un Admin et propriétaire&#x202f;; la propriété ne change de mains que par un transfert.</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>There is already a member named %1.</source>
        <translation>Il existe déjà un membre nommé %1.</translation>
    </message>
    <message>
        <source>That member no longer exists.</source>
        <translation>Ce membre n’existe plus.</translation>
    </message>
    <message>
        <source>%1 is the Admin &amp; owner and cannot be removed; transfer ownership first.</source>
        <translation>%1 est Admin et propriétaire et ne peut pas être retiré&#x202f;; transférez d’abord la propriété.</translation>
    </message>
    <message>
        <source>%1 is the Admin &amp; owner and cannot be demoted; transfer ownership first.</source>
        <translation>%1 est Admin et propriétaire et ne peut pas être rétrogradé&#x202f;; transférez d’abord la propriété.</translation>
    </message>
    <message>
        <source>%1 is already the Admin &amp; owner.</source>
        <translation>%1 est déjà Admin et propriétaire.</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>There is already a production named %1.</source>
        <translation>Il existe déjà une production nommée %1.</translation>
    </message>
    <message>
        <source>A production is created by a member of the workspace; that member does not exist.</source>
        <translation>Une production est créée par un membre de l’espace de travail&#x202f;; ce membre n’existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot create productions: that takes the Admin &amp; owner, Admin or Create productions role.</source>
        <translation>%1 ne peut pas créer de productions&#xa0;: il faut le rôle Admin et propriétaire, Admin ou Créer des productions.</translation>
    </message>
    <message>
        <source>That production no longer exists.</source>
        <translation>Cette production n’existe plus.</translation>
    </message>
    <message>
        <source>Only a production role of %1 can be given to its team.</source>
        <translation>Seul un rôle de production de %1 peut être donné à son équipe.</translation>
    </message>
    <message>
        <source>%1 administers every production as %2 and cannot be given a lesser role there.</source>
        <translation>%1 administre toutes les productions en tant que %2 et ne peut pas y recevoir un rôle inférieur.</translation>
    </message>
    <message>
        <source>%1 administers every production as %2 and cannot be taken off a team.</source>
        <translation>%1 administre toutes les productions en tant que %2 et ne peut pas être retiré d’une équipe.</translation>
    </message>
    <message>
        <source>%1 is not on the team of %2.</source>
        <translation>%1 ne fait pas partie de l’équipe de %2.</translation>
    </message>
    <message>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <source>There is already a section named %1.</source>
        <translation>Il existe déjà une section nommée %1.</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>fonctionnalité</translation>
    </message>
    <message>
        <source>There is already a feature named %1.</source>
        <translation>Il existe déjà une fonctionnalité nommée %1.</translation>
    </message>
    <message>
        <source>That section no longer exists.</source>
        <translation>Cette section n’existe plus.</translation>
    </message>
    <message>
        <source>Section %1 still holds features; move or remove them first.</source>
        <translation>La section %1 contient encore des fonctionnalités&#x202f;; déplacez-les ou retirez-les d’abord.</translation>
    </message>
    <message>
        <source>%1 cannot become account-wide while production roles grant it: %2.</source>
        <translation>%1 ne peut pas devenir commune à tout le compte tant que des rôles de production l’accordent&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 cannot take that category while guardrailed roles grant it: %2.</source>
        <translation>%1 ne peut pas prendre cette catégorie tant que des rôles avec garde-fou l’accordent&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 cannot become owner-only while other roles grant it: %2.</source>
        <translation>%1 ne peut pas être réservée au propriétaire tant que d’autres rôles l’accordent&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Member %1 holds an account role that does not exist.</source>
        <translation>Le membre %1 détient un rôle de compte qui n’existe pas.</translation>
    </message>
    <message>
        <source>Two members are named %1.</source>
        <translation>Deux membres s’appellent %1.</translation>
    </message>
    <message>
        <source>A workspace has exactly one Admin &amp; owner; this one has %1.</source>
        <translation>Un espace de travail a exactement un Admin et propriétaire&#x202f;; celui-ci en a %1.</translation>
    </message>
    <message>
        <source>A built-in role is missing or doubled.</source>
        <translation>Un rôle intégré manque ou est en double.</translation>
    </message>
    <message>
        <source>Two sections are named %1.</source>
        <translation>Deux sections s’appellent %1.</translation>
    </message>
    <message>
        <source>Feature %1 belongs to no section.</source>
        <translation>La fonctionnalité %1 n’appartient à aucune section.</translation>
    </message>
    <message>
        <source>Two features are named %1.</source>
        <translation>Deux fonctionnalités s’appellent %1.</translation>
    </message>
    <message>
        <source>Two roles are named %1.</source>
        <translation>Deux rôles s’appellent %1.</translation>
    </message>
    <message>
        <source>Role %1 belongs to a production that does not exist.</source>
        <translation>Le rôle %1 appartient à une production qui n’existe pas.</translation>
    </message>
    <message>
        <source>Role %1 grants a feature that does not exist.</source>
        <translation>Le rôle %1 accorde une fonctionnalité qui n’existe pas.</translation>
    </message>
    <message>
        <source>A team seat refers to something that does not exist.</source>
        <translation>Une place d’équipe renvoie à quelque chose qui n’existe pas.</translation>
    </message>
    <message>
        <source>%1 administers every production but holds a lesser role on a team.</source>
        <translation>%1 administre toutes les productions mais détient un rôle inférieur dans une équipe.</translation>
    </message>
    <message>
        <source>Two productions are named %1.</source>
        <translation>Deux productions s’appellent %1.</translation>
    </message>
    <message>
        <source>The built-in role %1 has been altered.</source>
        <translation>Le rôle intégré %1 a été altéré.</translation>
    </message>
    <message>
        <source>Production %1 names a creator who is not a member.</source>
        <translation>La production %1 désigne comme créateur quelqu’un qui n’est pas membre.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>le motif</translation>
    </message>
    <message>
        <source>description</source>
        <translation>la description</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>la justification</translation>
    </message>
    <message>
        <source>rationale of %1</source>
        <translation>la justification de %1</translation>
    </message>
    <message>
        <source>description of %1</source>
        <translation>la description de %1</translation>
    </message>
    <message>
        <source>A %1 name contains a broken character: %2 without its pair.</source>
        <translation>Un nom de %1 contient un caractère cassé&#xa0;: %2 sans son pendant.</translation>
    </message>
    <message>
        <source>A %1 name cannot contain control characters such as tabs or line breaks; this one has %2.</source>
        <translation>Un nom de %1 ne peut pas contenir de caractères de contrôle comme des tabulations ou des retours à la ligne&#x202f;; celui-ci contient %2.</translation>
    </message>
    <message>
        <source>A %1 name cannot contain the invisible or direction-changing character %2.</source>
        <translation>Un nom de %1 ne peut pas contenir %2, un caractère invisible ou qui change le sens du texte.</translation>
    </message>
    <message>
        <source>The %1 contains a broken character: %2 without its pair.</source>
        <translation>Il y a un caractère cassé dans %1&#xa0;: %2 sans son pendant.</translation>
    </message>
    <message>
        <source>The %1 contains the control character %2; only line breaks and tabs are allowed.</source>
        <translation>Il y a un caractère de contrôle, %2, dans %1&#x202f;; seuls les retours à la ligne et les tabulations sont permis.</translation>
    </message>
    <message>
        <source>The %1 contains the invisible or direction-changing character %2.</source>
        <translation>Il y a dans %1 un caractère invisible ou qui change le sens du texte&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not a time zone this system knows (such as Europe/Berlin).</source>
        <translation>%1 n’est pas un fuseau horaire connu de ce système (comme Europe/Berlin).</translation>
    </message>
    <message>
        <source>The access of the Admin &amp; owner and of Admins never expires: %1 cannot be given an end.</source>
        <translation>L’accès d’Admin et propriétaire et des Admin n’expire jamais&#xa0;: %1 ne peut pas recevoir de fin.</translation>
    </message>
    <message>
        <source>Only an account role can end; %1 is given none.</source>
        <translation>Seul un rôle de compte peut prendre fin&#x202f;; %1 n’en a aucun.</translation>
    </message>
    <message>
        <source>%1 administers every production as %2; that access never expires, so the seat takes no dates.</source>
        <translation>%1 administre toutes les productions en tant que %2&#x202f;; cet accès n’expire jamais, la place n’accepte donc pas de dates.</translation>
    </message>
    <message>
        <source>The end comes after the start.</source>
        <translation>La fin doit venir après le début.</translation>
    </message>
    <message>
        <source>%1 is the template of %2; unlink them first.</source>
        <translation>%1 est le modèle de %2 ; déliez-les d’abord.</translation>
    </message>
    <message>
        <source>%1 is a template: only roles follow a template.</source>
        <translation>%1 est un modèle : seuls les rôles suivent un modèle.</translation>
    </message>
    <message>
        <source>The template to link to does not exist.</source>
        <translation>Le modèle auquel lier n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not linked to a template.</source>
        <translation>%1 n’est lié à aucun modèle.</translation>
    </message>
    <message>
        <source>Which changes need approval is none, sensitive or all, not %1.</source>
        <translation>Les modifications soumises à approbation sont none, sensitive ou all, pas %1.</translation>
    </message>
    <message>
        <source>The approval policy is not readable.</source>
        <translation>La politique d&apos;approbation est illisible.</translation>
    </message>
    <message>
        <source>A request needs 1 to 3 approvals, not %1.</source>
        <translation>Une demande nécessite 1 à 3 approbations, pas %1.</translation>
    </message>
    <message>
        <source>The approval and apply windows are 1 to 365 days long.</source>
        <translation>Les délais d&apos;approbation et d&apos;application durent de 1 à 365 jours.</translation>
    </message>
</context>
<context>
    <name>rs::Schema</name>
    <message>
        <source>The workspace&apos;s schema version cannot be read.</source>
        <translation>Impossible de lire la version du schéma de l’espace de travail.</translation>
    </message>
    <message>
        <source>The database holds other tables and is not a Rolesheet workspace.</source>
        <translation>La base de données contient d’autres tables et n’est pas un espace de travail Rolesheet.</translation>
    </message>
    <message>
        <source>The workspace was written by a newer Rolesheet (schema %1); this version reads up to schema %2.</source>
        <translation>L’espace de travail a été écrit par un Rolesheet plus récent (schéma %1)&#x202f;; cette version lit jusqu’au schéma %2.</translation>
    </message>
    <message>
        <source>The workspace could not be upgraded.</source>
        <translation>L’espace de travail n’a pas pu être mis à niveau.</translation>
    </message>
    <message>
        <source>The workspace could not be upgraded to schema %1.</source>
        <translation>L’espace de travail n’a pas pu être mis à niveau vers le schéma %1.</translation>
    </message>
    <message>
        <source>The workspace cannot be upgraded, because it breaks a rule: %1 Nothing was changed.</source>
        <translation>L’espace de travail ne peut pas être mis à niveau, car il enfreint une règle&#xa0;: %1 Rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>A workspace has exactly one Admin &amp; owner; this one has %n.</source>
        <translation>
            <numerusform>Un espace de travail a exactement un Admin et propriétaire&#x202f;; celui-ci en a %n.</numerusform>
            <numerusform>Un espace de travail a exactement un Admin et propriétaire&#x202f;; celui-ci en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The built-in role %1 exists more than once.</source>
        <translation>Le rôle intégré %1 existe plus d’une fois.</translation>
    </message>
    <message>
        <source>Two sections are named %1.</source>
        <translation>Deux sections s’appellent %1.</translation>
    </message>
    <message>
        <source>Two features are named %1.</source>
        <translation>Deux fonctionnalités s’appellent %1.</translation>
    </message>
    <message>
        <source>Two members are named %1.</source>
        <translation>Deux membres s’appellent %1.</translation>
    </message>
    <message>
        <source>Two productions are named %1.</source>
        <translation>Deux productions s’appellent %1.</translation>
    </message>
    <message>
        <source>Two templates are named %1.</source>
        <translation>Deux modèles s’appellent %1.</translation>
    </message>
    <message>
        <source>Two account roles are named %1.</source>
        <translation>Deux rôles de compte s’appellent %1.</translation>
    </message>
    <message>
        <source>A production has two roles named %1.</source>
        <translation>Une production a deux rôles nommés %1.</translation>
    </message>
    <message>
        <source>A row of %1 refers to something that does not exist.</source>
        <translation>Une ligne de la table %1 renvoie à quelque chose qui n’existe pas.</translation>
    </message>
</context>
<context>
    <name>rs::ServerLogin</name>
    <message>
        <source>The password was not accepted; try again.</source>
        <translation>Le mot de passe n’a pas été accepté&#x202f;; réessayez.</translation>
    </message>
    <message>
        <source>No password was given; nothing was opened.</source>
        <translation>Aucun mot de passe n’a été donné&#x202f;; rien n’a été ouvert.</translation>
    </message>
    <message>
        <source>The system keyring keeps no password for %1 now.</source>
        <translation>Le trousseau du système ne conserve plus de mot de passe pour %1.</translation>
    </message>
    <message>
        <source>No system keyring is available; no password was kept for %1.</source>
        <translation>Aucun trousseau du système n’est disponible&#x202f;; aucun mot de passe n’a été conservé pour %1.</translation>
    </message>
    <message>
        <source>The system keyring refused to remove the password for %1.</source>
        <translation>Le trousseau du système a refusé de retirer le mot de passe pour %1.</translation>
    </message>
</context>
<context>
    <name>rs::SheetActions</name>
    <message>
        <source>&amp;Export Role Sheet…</source>
        <translation>&amp;Exporter la fiche de rôle…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>A&amp;perçu avant impression…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Export role sheet</source>
        <translation>Exporter la fiche de rôle</translation>
    </message>
    <message>
        <source>Role sheet of %1 written to %2</source>
        <translation>Fiche de rôle de %1 écrite dans %2</translation>
    </message>
    <message>
        <source>Print role sheet</source>
        <translation>Imprimer la fiche de rôle</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation>&amp;Tout exporter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>PDF role sheets</source>
        <translation>Fiches de rôle en PDF</translation>
    </message>
    <message>
        <source>HTML role sheets</source>
        <translation>Fiches de rôle en HTML</translation>
    </message>
    <message>
        <source>Markdown role sheets</source>
        <translation>Fiches de rôle en Markdown</translation>
    </message>
    <message>
        <source>CSV role sheets</source>
        <translation>Fiches de rôle en CSV</translation>
    </message>
    <message>
        <source>JSON role documents</source>
        <translation>Documents de rôle en JSON</translation>
    </message>
    <message>
        <source>Auditor matrix: every role × every feature (CSV)</source>
        <translation>Matrice d’audit&#xa0;: chaque rôle × chaque fonctionnalité (CSV)</translation>
    </message>
    <message>
        <source>Export all</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <source>Write every role of %1 as:</source>
        <translation>Écrire chaque rôle de %1 en&#xa0;:</translation>
    </message>
    <message>
        <source>Export all: choose the folder to write into</source>
        <translation>Tout exporter&#xa0;: choisissez le dossier où écrire</translation>
    </message>
    <message>
        <source>Writing role sheets…</source>
        <translation>Écriture des fiches de rôle…</translation>
    </message>
    <message>
        <source>Writing role sheet %1 of %2…</source>
        <translation>Écriture de la fiche de rôle %1 sur %2…</translation>
    </message>
    <message>
        <source>Export stopped: %1</source>
        <translation>Export interrompu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: %1 of %n role sheet(s) written to %2.</source>
        <translation>
            <numerusform>Export annulé&#xa0;: %1 fiche de rôle sur %n écrite dans %2.</numerusform>
            <numerusform>Export annulé&#xa0;: %1 fiches de rôle sur %n écrites dans %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role sheet(s) written to %1.</source>
        <translation>
            <numerusform>%n fiche de rôle écrite dans %1.</numerusform>
            <numerusform>%n fiches de rôle écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 access matrix</source>
        <translation>matrice d’accès %1</translation>
    </message>
    <message numerus="yes">
        <source>Access matrix of %n role(s) written to %1.</source>
        <translation>
            <numerusform>Matrice d’accès de %n rôle écrite dans %1.</numerusform>
            <numerusform>Matrice d’accès de %n rôles écrite dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1 cannot be read (%2).</source>
        <translation>Rien n’a été importé&#xa0;: impossible de lire %1 (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: it holds a production role; pick the production it is for in the navigator first.</source>
        <translation>Rien n’a été importé depuis %1&#xa0;: il contient un rôle de production&#x202f;; choisissez d’abord dans le navigateur la production à laquelle il est destiné.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Rien n’a été importé depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import role %1</source>
        <translation>Importer le rôle %1</translation>
    </message>
    <message>
        <source>Role %1 imported from %2 and staged: review it, then apply to keep it.</source>
        <translation>Rôle %1 importé depuis %2 et mis en attente&#xa0;: vérifiez-le, puis appliquez-le pour le garder.</translation>
    </message>
    <message numerus="yes">
        <source>%n roles</source>
        <translation>
            <numerusform>%n rôle</numerusform>
            <numerusform>%n rôles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n staged changes are dropped.</source>
        <translation>
            <numerusform>%n modification en attente est abandonnée.</numerusform>
            <numerusform>%n modifications en attente sont abandonnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo &amp;Import</source>
        <translation>Annuler l’&amp;import</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: it holds the same workspace as %2.</source>
        <translation>Rien n’a été importé de %1&#xa0;: il contient le même espace de travail que %2.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: the workspace changed while you reviewed the import; import it again to review the changes as they are now.</source>
        <translation>Rien n’a été importé de %1&#xa0;: l’espace de travail a changé pendant que vous vérifiiez l’import&#x202f;; importez-le de nouveau pour vérifier les modifications telles qu’elles sont maintenant.</translation>
    </message>
    <message>
        <source>Workspace replaced by the one in %1. Edit › Undo Import puts the previous one back.</source>
        <translation>Espace de travail remplacé par celui de %1. Édition › Annuler l’import remet le précédent.</translation>
    </message>
    <message>
        <source>Replace the whole workspace %1 with %2 from %3 (%4, %5)? Everything below changes in one step; Edit › Undo Import puts the workspace back as it is now, while this window is open.</source>
        <translation>Remplacer tout l’espace de travail %1 par %2 de %3 (%4, %5)&#x202f;? Tout ce qui suit change en une fois&#x202f;; Édition › Annuler l’import remet l’espace de travail tel qu’il est maintenant, tant que cette fenêtre est ouverte.</translation>
    </message>
    <message>
        <source>The import cannot be undone any more: the workspace has changed since, or another one is open.</source>
        <translation>L’import ne peut plus être annulé&#xa0;: l’espace de travail a changé depuis, ou un autre est ouvert.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of %1? The %n staged changes are dropped.</source>
        <translation>
            <numerusform>Annuler l’import de %1&#x202f;? La %n modification en attente est abandonnée.</numerusform>
            <numerusform>Annuler l’import de %1&#x202f;? Les %n modifications en attente sont abandonnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was not undone: %1</source>
        <translation>L’import n’a pas été annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import of %1 undone: the workspace is %2 again, as it was before.</source>
        <translation>Import de %1 annulé&#xa0;: l’espace de travail est de nouveau %2, comme avant.</translation>
    </message>
    <message>
        <source>Export All is still writing; wait until it is done or cancel it.</source>
        <translation>«&#xa0;Tout exporter&#xa0;» écrit encore&#x202f;; attendez qu’il ait terminé ou annulez-le.</translation>
    </message>
    <message>
        <source>Import a role, a workspace or a spreadsheet</source>
        <translation>Importer un rôle, un espace de travail ou une feuille de calcul</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: it is a role sheet; show the role it is for first.</source>
        <translation>Rien n’a été importé depuis %1&#xa0;: c’est une fiche de rôle&#x202f;; affichez d’abord le rôle auquel elle correspond.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problems were found. Every one is listed below, each with its cell; correct them in the spreadsheet and import it again.</source>
        <translation>
            <numerusform>Rien n’a été importé depuis %1&#xa0;: %n problème a été trouvé. Il figure ci-dessous avec sa cellule&#x202f;; corrigez-le dans la feuille de calcul et importez-la de nouveau.</numerusform>
            <numerusform>Rien n’a été importé depuis %1&#xa0;: %n problèmes ont été trouvés. Chacun figure ci-dessous avec sa cellule&#x202f;; corrigez-les dans la feuille de calcul et importez-la de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matches the role %2 as shown: nothing to stage.</source>
        <translation>%1 correspond au rôle %2 tel qu’affiché&#xa0;: rien à mettre en attente.</translation>
    </message>
    <message>
        <source>%1 matches the workspace as shown: nothing to stage.</source>
        <translation>%1 correspond à l’espace de travail tel qu’affiché&#xa0;: rien à mettre en attente.</translation>
    </message>
    <message>
        <source>Import %1 onto %2</source>
        <translation>Importer %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n changed cells staged from %1: review them, then apply to keep them; Edit › Undo takes them all back.</source>
        <translation>
            <numerusform>%n cellule modifiée mise en attente depuis %1&#xa0;: vérifiez-la, puis appliquez-la pour la garder&#x202f;; Édition › Annuler la retire.</numerusform>
            <numerusform>%n cellules modifiées mises en attente depuis %1&#xa0;: vérifiez-les, puis appliquez-les pour les garder&#x202f;; Édition › Annuler les retire toutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was not reverted: the workspace kept in the audit trail cannot be read (%1).</source>
        <translation>Le retour sur l’import n’a pas eu lieu&#xa0;: l’espace de travail conservé dans le journal d’audit ne peut pas être lu (%1).</translation>
    </message>
    <message>
        <source>Nothing to revert: the workspace is already as it was before that import.</source>
        <translation>Rien à défaire&#xa0;: l’espace de travail est déjà tel qu’il était avant cet import.</translation>
    </message>
    <message>
        <source>Revert the import of %1 (version %2): put back the workspace %3 as it was before it? Everything below changes in one step.</source>
        <translation>Revenir sur l’import de %1 (version %2) et remettre l’espace de travail %3 tel qu’il était avant&#x202f;? Tout ce qui suit change en une fois.</translation>
    </message>
    <message numerus="yes">
        <source>The %n changes applied since that import are undone with it.</source>
        <translation>
            <numerusform>La %n modification appliquée depuis cet import est défaite avec lui.</numerusform>
            <numerusform>Les %n modifications appliquées depuis cet import sont défaites avec lui.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was not reverted: the workspace changed while you reviewed it; revert it again to review the changes as they are now.</source>
        <translation>Le retour sur l’import n’a pas eu lieu&#xa0;: l’espace de travail a changé pendant que vous le vérifiiez&#x202f;; recommencez pour vérifier les modifications telles qu’elles sont maintenant.</translation>
    </message>
    <message>
        <source>The import was not reverted: %1</source>
        <translation>Le retour sur l’import n’a pas eu lieu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import reverted: the workspace is %1 again, as it was before version %2.</source>
        <translation>Retour sur l’import effectué&#xa0;: l’espace de travail est de nouveau %1, tel qu’avant la version %2.</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;CSV (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;CSV (*.csv);;Classeur Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Name the file with .pdf, .html, .md, .csv, .xlsx or .json to say which kind of sheet to write.</source>
        <translation>Terminez le nom du fichier par .pdf, .html, .md, .csv, .xlsx ou .json pour indiquer le type de fiche à écrire.</translation>
    </message>
    <message>
        <source>Excel (xlsx) role sheets</source>
        <translation>Fiches de rôle en Excel (xlsx)</translation>
    </message>
    <message>
        <source>Auditor matrix: every role × every feature (xlsx)</source>
        <translation>Matrice d’audit&#xa0;: chaque rôle × chaque fonctionnalité (xlsx)</translation>
    </message>
    <message>
        <source>Rolesheet JSON, CSV or xlsx (*.json *.csv *.xlsx);;Rolesheet JSON (*.json);;CSV sheets and matrices (*.csv);;Excel sheets and matrices (*.xlsx);;All files (*)</source>
        <translation>JSON, CSV ou xlsx Rolesheet (*.json *.csv *.xlsx);;JSON Rolesheet (*.json);;Fiches et matrices CSV (*.csv);;Fiches et matrices Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export &amp;Workspace…</source>
        <translation>Exporter l’espace de &amp;travail…</translation>
    </message>
    <message>
        <source>Export Access &amp;Matrix…</source>
        <translation>Exporter la &amp;matrice d’accès…</translation>
    </message>
    <message>
        <source>Export access matrix</source>
        <translation>Exporter la matrice d’accès</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Name the file with .xlsx or .csv to say which kind of matrix to write.</source>
        <translation>Nommez le fichier en .xlsx ou .csv pour indiquer le type de matrice à écrire.</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Exporter l’espace de travail</translation>
    </message>
    <message>
        <source>Rolesheet JSON (*.json)</source>
        <translation>JSON Rolesheet (*.json)</translation>
    </message>
    <message>
        <source>Name the file with .json: the workspace is written as a JSON document.</source>
        <translation>Nommez le fichier en .json : l’espace de travail est écrit comme document JSON.</translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1 written to %2, as applied; the %n staged change(s) are not in it.</source>
        <translation>
            <numerusform>Espace de travail %1 écrit dans %2, tel qu’appliqué ; la %n modification en attente n’y est pas.</numerusform>
            <numerusform>Espace de travail %1 écrit dans %2, tel qu’appliqué ; les %n modifications en attente n’y sont pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace %1 written to %2.</source>
        <translation>Espace de travail %1 écrit dans %2.</translation>
    </message>
</context>
<context>
    <name>rs::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Find an action or a key</source>
        <translation>Chercher une action ou une touche</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Chercher un raccourci</translation>
    </message>
    <message>
        <source>In the permission grid, the arrow keys move between cells, Space sets or clears a box, and Tab moves on to the next panel.</source>
        <translation>Dans la grille des droits, les flèches passent d’une cellule à l’autre, Espace coche ou décoche une case et Tab passe au panneau suivant.</translation>
    </message>
    <message>
        <source>Shift with the arrows, a drag or Ctrl+click selects several cells: Space then sets them all, or clears them all when every one is set; Ctrl+C copies them, and Ctrl+V pastes copied cells at the selection.</source>
        <translation>Shift avec les flèches, un glisser ou Ctrl+clic sélectionne plusieurs cellules&#xa0;: Espace les coche alors toutes, ou les décoche toutes quand chacune est cochée&#x202f;; Ctrl+C les copie et Ctrl+V colle les cellules copiées sur la sélection.</translation>
    </message>
</context>
<context>
    <name>rs::StagedDiff</name>
    <message>
        <source>Renamed from “%1”</source>
        <translation>Renommé depuis «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Guardrails: %1 → %2</source>
        <translation>Garde-fous&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Now reaches invited productions only</source>
        <translation>Ne s’applique plus qu’aux productions sur invitation</translation>
    </message>
    <message>
        <source>Now reaches every production</source>
        <translation>S’applique désormais à toutes les productions</translation>
    </message>
    <message>
        <source>Description changed</source>
        <translation>Description modifiée</translation>
    </message>
</context>
<context>
    <name>rs::Store</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is empty, not a Rolesheet workspace.</source>
        <translation>%1 est vide&#x202f;; ce n’est pas un espace de travail Rolesheet.</translation>
    </message>
    <message>
        <source>%1 is not a Rolesheet workspace (not an SQLite database).</source>
        <translation>%1 n’est pas un espace de travail Rolesheet (ce n’est pas une base SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its own header says; it may have been cut off while copying.</source>
        <translation>%1 est endommagé&#xa0;: le fichier est plus court que ne l’indique son en-tête&#x202f;; il a peut-être été tronqué pendant une copie.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>Impossible d’ouvrir %1.</translation>
    </message>
    <message>
        <source>There is no workspace at %1; create one with &quot;rolesheet-cli init&quot;.</source>
        <translation>Il n’y a pas d’espace de travail à %1&#x202f;; créez-en un avec «&#xa0;rolesheet-cli init&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 est un dossier, pas un fichier d’espace de travail.</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was changed.</source>
        <translation>%1 est en lecture seule&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Rolesheet workspace.</source>
        <translation>%1 est endommagé ou n’est pas un espace de travail Rolesheet.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Rolesheet (schema %2); this version reads up to schema %3.</source>
        <translation>%1 a été écrit par un Rolesheet plus récent (schéma %2)&#x202f;; cette version lit jusqu’au schéma %3.</translation>
    </message>
    <message>
        <source>%1 was written by an older Rolesheet and must be upgraded; open it for a change first.</source>
        <translation>%1 a été écrit par un Rolesheet plus ancien et doit être mis à niveau&#x202f;; ouvrez-le d’abord pour une modification.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was changed.</source>
        <translation>%1 existe déjà&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>The workspace could not be saved.</source>
        <translation>L’espace de travail n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>%1 was opened read-only; nothing was changed.</source>
        <translation>%1 a été ouvert en lecture seule&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The workspace is busy or cannot be written; nothing was changed.</source>
        <translation>L’espace de travail est occupé ou impossible à écrire&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The workspace could not be saved; nothing was changed.</source>
        <translation>L’espace de travail n’a pas pu être enregistré&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database %1 holds no workspace yet; create one with &quot;rolesheet-cli init&quot;.</source>
        <translation>La base de données %1 ne contient pas encore d’espace de travail&#x202f;; créez-en un avec «&#xa0;rolesheet-cli init&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is a database but not a Rolesheet workspace.</source>
        <translation>%1 est une base de données, mais pas un espace de travail Rolesheet.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 already holds a workspace; nothing was changed.</source>
        <translation>%1 contient déjà un espace de travail&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Created the workspace</source>
        <translation>Espace de travail créé</translation>
    </message>
    <message>
        <source>The audit trail of %1 cannot be read.</source>
        <translation>Impossible de lire le journal d’audit de %1.</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>rôle %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>fonctionnalité %1</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>membre %1</translation>
    </message>
    <message>
        <source>production %1</source>
        <translation>production %1</translation>
    </message>
    <message>
        <source>the team of %1</source>
        <translation>l’équipe de %1</translation>
    </message>
    <message>
        <source>the catalog</source>
        <translation>le catalogue</translation>
    </message>
    <message>
        <source>the workspace name</source>
        <translation>le nom de l’espace de travail</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Another editor changed %1 since it was read (%2). Nothing was changed; reload and apply again.</source>
        <translation>Un autre éditeur a modifié %1 depuis sa lecture (%2). Rien n’a été modifié&#x202f;; rechargez et appliquez à nouveau.</translation>
    </message>
    <message>
        <source>Expected postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE.</source>
        <translation>Format attendu&#xa0;: postgresql://UTILISATEUR@HÔTE:PORT/BASE?sslmode=MODE.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid. %1</source>
        <translation>L’adresse PostgreSQL n’est pas valide. %1</translation>
    </message>
    <message>
        <source>The PostgreSQL address holds a password; keep it in ~/.pgpass, PGPASSFILE or PGPASSWORD instead. Nothing was opened.</source>
        <translation>L’adresse PostgreSQL contient un mot de passe&#x202f;; placez-le plutôt dans ~/.pgpass, PGPASSFILE ou PGPASSWORD. Rien n’a été ouvert.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database. %1</source>
        <translation>L’adresse PostgreSQL ne nomme aucune base de données. %1</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 cannot be opened.</source>
        <translation>Impossible d’ouvrir la base de données PostgreSQL %1.</translation>
    </message>
    <message>
        <source>Another editor changed the workspace since it was read, and the change no longer holds: %1 Nothing was changed.</source>
        <translation>Un autre éditeur a modifié l’espace de travail depuis sa lecture et la modification ne tient plus&#xa0;: %1 Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Replaced the whole workspace</source>
        <translation>Tout l’espace de travail a été remplacé</translation>
    </message>
    <message>
        <source>%1 cannot be changed: no permission to write in its folder %2, which SQLite needs; nothing was changed.</source>
        <translation>%1 ne peut pas être modifié&#xa0;: pas de droit d’écriture dans son dossier %2, dont SQLite a besoin&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2 cannot be written (%3); nothing was changed.</source>
        <translation>Impossible de créer %1&#xa0;: impossible d’écrire %2 (%3)&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 breaks a rule and cannot be changed: %2 Save its data with &quot;rolesheet-cli export-workspace -o FILE.json&quot;.</source>
        <translation>%1 enfreint une règle et ne peut pas être modifié&#xa0;: %2 Enregistrez ses données avec «&#xa0;rolesheet-cli export-workspace -o FILE.json&#xa0;».</translation>
    </message>
    <message>
        <source>Audit record %1 (version %2) does not start the trail: changed, inserted or the records before it removed.</source>
        <translation>L’entrée %1 du journal d’audit (version %2) n’ouvre pas le journal&#xa0;: elle a été modifiée, insérée, ou les entrées qui la précèdent ont été supprimées.</translation>
    </message>
    <message>
        <source>Audit record %1 (version %2) does not follow record %3: changed, inserted or the record before it removed.</source>
        <translation>L’entrée %1 du journal d’audit (version %2) ne suit pas l’entrée %3&#xa0;: elle a été modifiée, insérée, ou l’entrée qui la précède a été supprimée.</translation>
    </message>
    <message>
        <source>The audit trail is empty, but the workspace is at version %1: its records were removed.</source>
        <translation>Le journal d’audit est vide, mais l’espace de travail en est à la version %1&#xa0;: ses entrées ont été supprimées.</translation>
    </message>
    <message>
        <source>The audit trail ends at record %1 (version %2), but the workspace is at version %3: records were removed from its end or added by hand.</source>
        <translation>Le journal d’audit s’arrête à l’entrée %1 (version %2), mais l’espace de travail en est à la version %3&#xa0;: des entrées ont été supprimées à la fin ou ajoutées à la main.</translation>
    </message>
    <message>
        <source>The audit trail ends at record %1 (version %2), which is not the last record written: records were removed from its end or added by hand.</source>
        <translation>Le journal d’audit s’arrête à l’entrée %1 (version %2), qui n’est pas la dernière écrite&#xa0;: des entrées ont été supprimées à la fin ou ajoutées à la main.</translation>
    </message>
    <message>
        <source>%1 is a database but not a Rolesheet workspace; nothing was changed.</source>
        <translation>%1 est une base de données, mais pas un espace de travail Rolesheet&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The workspace</source>
        <translation>L’espace de travail</translation>
    </message>
    <message>
        <source>The disk is full: %1 cannot be written; nothing was changed.</source>
        <translation>Le disque est plein&#xa0;: %1 ne peut pas être écrit&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1: no permission for this; nothing was changed.</source>
        <translation>%1&#xa0;: pas le droit de faire cela&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is busy: another program holds a lock on it; try again. Nothing was changed.</source>
        <translation>%1 est occupé&#xa0;: un autre programme le verrouille&#x202f;; réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: no permission to write the file or its folder. Nothing was changed.</source>
        <translation>%1 ne peut pas être modifié&#xa0;: pas de droit d’écriture sur le fichier ou son dossier. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: no permission to read it.</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: pas de droit de lecture.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: its folder is read-only and SQLite needs to create a file beside it (the workspace has changes still in %1-wal). Open it once where its folder can be written.</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: son dossier est en lecture seule et SQLite doit créer un fichier à côté (l’espace de travail a encore des modifications dans %1-wal). Ouvrez-le une fois à un endroit où son dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>%1 could not be read or written: the disk reported an error.</source>
        <translation>%1 n’a pas pu être lu ou écrit&#xa0;: le disque a signalé une erreur.</translation>
    </message>
    <message>
        <source>%1 cannot be read: no permission to read it.</source>
        <translation>%1 ne peut pas être lu&#xa0;: pas de droit de lecture.</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s database (application id %2), not a Rolesheet workspace; nothing was changed.</source>
        <translation>%1 est la base de données d’un autre programme (identifiant d’application %2), pas un espace de travail Rolesheet&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which does not exist; nothing was created. Remove the link or choose another name.</source>
        <translation>%1 est un lien vers %2, qui n’existe pas&#x202f;; rien n’a été créé. Supprimez le lien ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 has leftover files from an earlier workspace: %2; move them away first.</source>
        <translation>%1 a des fichiers restants d’un ancien espace de travail&#xa0;: %2&#x202f;; déplacez-les d’abord ailleurs.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2 is left from an interrupted attempt, or another is under way; move it away first.</source>
        <translation>Impossible de créer %1&#xa0;: %2 reste d’une tentative interrompue, ou une autre est en cours&#x202f;; déplacez-le d’abord ailleurs.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no schema version.</source>
        <translation>%1 est endommagé&#xa0;: il n’a pas de version de schéma.</translation>
    </message>
    <message>
        <source>%1 is damaged: it lacks %2.</source>
        <translation>%1 est endommagé&#xa0;: %2 manque.</translation>
    </message>
    <message>
        <source>%1 breaks a rule, so it can only be read and exported until it is repaired: %2 Nothing was changed.</source>
        <translation>%1 enfreint une règle et ne peut donc qu’être lu et exporté jusqu’à sa réparation&#xa0;: %2 Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The PostgreSQL address has spaces, control characters, backslashes or quotes in %1; nothing was opened.</source>
        <translation>L’adresse PostgreSQL contient des espaces, des caractères de contrôle, des barres obliques inverses ou des guillemets dans %1&#x202f;; rien n’a été ouvert.</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>l’adresse</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>l’hôte</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>le nom d’utilisateur</translation>
    </message>
    <message>
        <source>the database name</source>
        <translation>le nom de la base de données</translation>
    </message>
    <message>
        <source>The PostgreSQL address has a parameter this program does not pass on: %1. Accepted: %2.</source>
        <translation>L’adresse PostgreSQL contient un paramètre que ce programme ne transmet pas&#xa0;: %1. Acceptés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>(not a parameter name)</source>
        <translation>(pas un nom de paramètre)</translation>
    </message>
    <message>
        <source>the value of %1</source>
        <translation>la valeur de %1</translation>
    </message>
    <message>
        <source>The PostgreSQL address gives %1 twice; nothing was opened.</source>
        <translation>L’adresse PostgreSQL indique %1 deux fois&#x202f;; rien n’a été ouvert.</translation>
    </message>
    <message>
        <source>The PostgreSQL address asks for sslmode=%1, which anyone on the network path can turn into no encryption; use verify-full, verify-ca or require (or disable, on a network you trust).</source>
        <translation>L’adresse PostgreSQL demande sslmode=%1, que n’importe qui sur le chemin réseau peut transformer en connexion non chiffrée&#x202f;; utilisez verify-full, verify-ca ou require (ou disable, sur un réseau de confiance).</translation>
    </message>
    <message>
        <source>The PostgreSQL address has an unknown sslmode; use verify-full, verify-ca, require or disable.</source>
        <translation>L’adresse PostgreSQL contient un sslmode inconnu&#x202f;; utilisez verify-full, verify-ca, require ou disable.</translation>
    </message>
    <message>
        <source>The PostgreSQL address&apos;s connect_timeout must be a number of seconds from 1 to 300.</source>
        <translation>Le connect_timeout de l’adresse PostgreSQL doit être un nombre de secondes de 1 à 300.</translation>
    </message>
    <message>
        <source>The server took longer than the statement time-out allows and cancelled it.</source>
        <translation>L’instruction a pris plus de temps que son délai ne le permet et le serveur l’a annulée.</translation>
    </message>
    <message>
        <source>Another session held a lock on the workspace for longer than the lock time-out allows.</source>
        <translation>Une autre session a gardé un verrou sur l’espace de travail plus longtemps que le délai de verrouillage ne le permet.</translation>
    </message>
    <message>
        <source>The server stopped a deadlock with another session.</source>
        <translation>Le serveur a rompu un interblocage avec une autre session.</translation>
    </message>
    <message>
        <source>The server is shutting down or restarting.</source>
        <translation>Le serveur est en cours d’arrêt ou de redémarrage.</translation>
    </message>
    <message>
        <source>The server has no connection to spare.</source>
        <translation>Le serveur n’a plus de connexion disponible.</translation>
    </message>
    <message>
        <source>The server did not accept the user or the password (see ~/.pgpass or PGPASSFILE).</source>
        <translation>Le serveur n’a pas accepté l’utilisateur ou le mot de passe (voir ~/.pgpass ou PGPASSFILE).</translation>
    </message>
    <message>
        <source>The connection to the server failed or was lost.</source>
        <translation>La connexion au serveur a échoué ou a été perdue.</translation>
    </message>
    <message>
        <source>The server %1 asks for a password, and none was found in ~/.pgpass, PGPASSFILE or PGPASSWORD.</source>
        <translation>Le serveur %1 demande un mot de passe, et aucun n’a été trouvé dans ~/.pgpass, PGPASSFILE ou PGPASSWORD.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password.</source>
        <translation>Le serveur %1 n’a pas accepté le mot de passe.</translation>
    </message>
    <message>
        <source>The server %1 offers no encrypted (TLS) connection, which this address requires; nothing was opened. Add sslmode=disable only on a network you trust.</source>
        <translation>Le serveur %1 ne propose aucune connexion chiffrée (TLS), que cette adresse exige&#x202f;; rien n’a été ouvert. N’ajoutez sslmode=disable que sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>The workspace&apos;s version row is damaged.</source>
        <translation>La ligne de version de l’espace de travail est endommagée.</translation>
    </message>
    <message numerus="yes">
        <source>The server stopped answering for %n second(s), so the connection was closed; nothing was changed.</source>
        <translation>
            <numerusform>Le serveur a cessé de répondre pendant %n seconde, la connexion a donc été fermée&#x202f;; rien n’a été modifié.</numerusform>
            <numerusform>Le serveur a cessé de répondre pendant %n secondes, la connexion a donc été fermée&#x202f;; rien n’a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be upgraded: no temporary folder.</source>
        <translation>%1 ne peut pas être mis à niveau&#xa0;: aucun dossier temporaire.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed when the server stopped answering; open the workspace again. Nothing was changed.</source>
        <translation>La connexion à %1 a été fermée quand le serveur a cessé de répondre&#x202f;; rouvrez l’espace de travail. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Recorded the digest of the stored workspace</source>
        <translation>Consignation de l’empreinte de l’espace de travail enregistré</translation>
    </message>
    <message>
        <source>Audit record %1 holds a digest of the workspace that cannot be read.</source>
        <translation>L’entrée %1 du journal d’audit contient une empreinte de l’espace de travail illisible.</translation>
    </message>
    <message numerus="yes">
        <source>%n more tables differ too.</source>
        <translation>
            <numerusform>%n autre table diffère aussi.</numerusform>
            <numerusform>%n autres tables diffèrent aussi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit record %1 (version %2) fails the audit trail&apos;s hash chain, at or before the record of version %3: what that record keeps cannot be trusted. Nothing was changed.</source>
        <translation>L’entrée %1 du journal d’audit (version %2) rompt la chaîne de hachage du journal d’audit, à l’entrée de la version %3 ou avant&#xa0;: ce que conserve cette entrée n’est pas fiable. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The audit trail holds no record of version %1.</source>
        <translation>Le journal d’audit ne contient aucune entrée pour la version %1.</translation>
    </message>
    <message>
        <source>The stored workspace cannot be read to check it.</source>
        <translation>Impossible de lire l’espace de travail enregistré pour le vérifier.</translation>
    </message>
    <message>
        <source>Table %1 does not match the audit trail&apos;s last record (%2 rows stored, %3 recorded): rows were added, changed or removed outside the program.</source>
        <translation>La table %1 ne correspond pas à la dernière entrée du journal d’audit (%2 lignes enregistrées, %3 consignées)&#xa0;: des lignes ont été ajoutées, modifiées ou supprimées en dehors du programme.</translation>
    </message>
    <message>
        <source>Table %1, row %2, was added outside the program: no audit record accounts for it.</source>
        <translation>La ligne %2 de la table %1 a été ajoutée en dehors du programme&#xa0;: aucune entrée du journal d’audit n’en rend compte.</translation>
    </message>
    <message>
        <source>Table %1, row %2, was removed outside the program: no audit record accounts for it.</source>
        <translation>La ligne %2 de la table %1 a été supprimée en dehors du programme&#xa0;: aucune entrée du journal d’audit n’en rend compte.</translation>
    </message>
    <message>
        <source>Table %1, row %2, was changed outside the program: no audit record accounts for it.</source>
        <translation>La ligne %2 de la table %1 a été modifiée en dehors du programme&#xa0;: aucune entrée du journal d’audit n’en rend compte.</translation>
    </message>
    <message>
        <source>Version %1 is not a whole-workspace import that kept the workspace it replaced; nothing was changed.</source>
        <translation>La version %1 n’est pas un import de tout l’espace de travail ayant conservé celui qu’il remplaçait&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1: the workspace&apos;s approval policy says a second person approves this change first; file it as a request. Nothing was changed.</source>
        <translation>%1 : la politique d&apos;approbation de l&apos;espace de travail veut qu&apos;une deuxième personne approuve d&apos;abord cette modification ; déposez-la comme demande. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The workspace&apos;s approval policy gates changes, and an import replaces all of them at once; import into a workspace without a policy, or make the changes as requests. Nothing was changed.</source>
        <translation>La politique d&apos;approbation de l&apos;espace de travail contrôle les modifications, et une importation les remplace toutes à la fois ; importez dans un espace sans politique ou faites les modifications comme demandes. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>rs::TemplateDriftDialog</name>
    <message>
        <source>Template change</source>
        <translation>Modification du modèle</translation>
    </message>
    <message>
        <source>Local override</source>
        <translation>Modification locale</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Template Drift</source>
        <translation>Écarts aux modèles</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Behind by</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Modifications locales</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Roles linked to the template</source>
        <translation>Rôles liés au modèle</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Template then</source>
        <translation>Modèle alors</translation>
    </message>
    <message>
        <source>Template now</source>
        <translation>Modèle maintenant</translation>
    </message>
    <message>
        <source>Role now</source>
        <translation>Rôle maintenant</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>The chosen role&apos;s cells against its template</source>
        <translation>Les cellules du rôle choisi face à son modèle</translation>
    </message>
    <message>
        <source>On a &amp;conflict:</source>
        <translation>En cas de &amp;conflit :</translation>
    </message>
    <message>
        <source>Keep the role&apos;s levels</source>
        <translation>Garder les niveaux du rôle</translation>
    </message>
    <message>
        <source>Take the template&apos;s levels</source>
        <translation>Prendre les niveaux du modèle</translation>
    </message>
    <message>
        <source>On a conflict</source>
        <translation>En cas de conflit</translation>
    </message>
    <message>
        <source>&amp;Propagate…</source>
        <translation>&amp;Propager…</translation>
    </message>
    <message>
        <source>Stage the template&apos;s changes on the selected roles (or every role that is behind), keeping their overrides, and review them.</source>
        <translation>Préparer les modifications du modèle sur les rôles choisis (ou sur tous ceux en retard), en gardant leurs modifications locales, et les vérifier.</translation>
    </message>
    <message>
        <source>Template &amp;Drift…</source>
        <translation>É&amp;carts aux modèles…</translation>
    </message>
    <message>
        <source>Which roles follow each template, what differs cell by cell, and propagate its changes</source>
        <translation>Quels rôles suivent chaque modèle, ce qui diffère cellule par cellule, et propager ses modifications</translation>
    </message>
    <message>
        <source>No template is chosen.</source>
        <translation>Aucun modèle n’est choisi.</translation>
    </message>
    <message>
        <source>(account role)</source>
        <translation>(rôle de compte)</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Suit</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglé</translation>
    </message>
    <message>
        <source>%1 is at version %2.</source>
        <translation>%1 est à la version %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) linked</source>
        <translation>
            <numerusform>%n rôle lié</numerusform>
            <numerusform>%n rôles liés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s).</source>
        <translation>
            <numerusform>%n conflit.</numerusform>
            <numerusform>%n conflits.</numerusform>
        </translation>
    </message>
    <message>
        <source>kept out by a rule</source>
        <translation>exclu par une règle</translation>
    </message>
    <message numerus="yes">
        <source>Propagate %1 to %n role(s)</source>
        <translation>
            <numerusform>Propager %1 à %n rôle</numerusform>
            <numerusform>Propager %1 à %n rôles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::TransferOwnershipDialog</name>
    <message>
        <source>Transfer ownership</source>
        <translation>Transférer la propriété</translation>
    </message>
    <message>
        <source>&amp;New owner:</source>
        <translation>&amp;Nouveau propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>There is nobody else in the workspace to hand it to. Add a member first.</source>
        <translation>Il n’y a personne d’autre dans l’espace de travail à qui la confier. Ajoutez d’abord un membre.</translation>
    </message>
    <message>
        <source>%1 becomes the Admin &amp; owner: the only member who holds billing and can hand the workspace on.
%2, the owner now, becomes an Admin: still production administrator everywhere, but without the owner-only features (payouts and refunds).
This is one step; it is staged like any other change until you apply it.</source>
        <translation>%1 devient Admin et propriétaire&#xa0;: le seul membre qui détient la facturation et peut transmettre l’espace de travail.
%2, propriétaire jusqu’ici, devient Admin&#xa0;: toujours administrateur de production partout, mais sans les fonctionnalités réservées au propriétaire (versements et remboursements).
C’est une seule étape&#x202f;; elle reste en attente comme toute autre modification jusqu’à ce que vous l’appliquiez.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
</context>
<context>
    <name>rs::WelcomeDialog</name>
    <message>
        <source>Welcome to Rolesheet</source>
        <translation>Bienvenue dans Rolesheet</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>A new workspace</source>
        <translation>Un nouvel espace de travail</translation>
    </message>
    <message>
        <source>A workspace holds the roles of one studio and the people who hold them. Name your studio and yourself: you are its owner, the member who holds every right and can hand ownership on later.</source>
        <translation>Un espace de travail réunit les rôles d’un studio et les personnes qui les détiennent. Nommez votre studio et vous-même&#xa0;: vous en êtes le propriétaire, le membre qui détient tous les droits et peut transmettre la propriété plus tard.</translation>
    </message>
    <message>
        <source>e.g. Northlight Studio</source>
        <translation>p. ex. Northlight Studio</translation>
    </message>
    <message>
        <source>Rolesheet speaks the new language the next time it starts.</source>
        <translation>Rolesheet parlera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Studio name:</source>
        <translation>Nom du s&amp;tudio&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Your name (the owner):</source>
        <translation>&amp;Votre nom (le propriétaire)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Créer…</translation>
    </message>
    <message>
        <source>&amp;Open Existing…</source>
        <translation>&amp;Ouvrir un espace existant…</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Your full name, as the studio knows you</source>
        <translation>Votre nom complet, tel que le studio vous connaît</translation>
    </message>
    <message>
        <source>Seat dates, wrap dates and reviews are read in this time zone, whoever opens the workspace and wherever.</source>
        <translation>Les dates des places, les fins de production et les revues se lisent dans ce fuseau horaire, quel que soit qui ouvre l’espace de travail et où.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
</context>
<context>
    <name>rs::WorkProgress</name>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>rs::WorkspaceDiff</name>
    <message>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>Workspace renamed from %1 to %2</source>
        <translation>Espace de travail renommé de %1 en %2</translation>
    </message>
    <message>
        <source>New feature %1</source>
        <translation>Nouvelle fonctionnalité %1</translation>
    </message>
    <message>
        <source>Feature %1 removed</source>
        <translation>Fonctionnalité %1 supprimée</translation>
    </message>
    <message>
        <source>New member %1</source>
        <translation>Nouveau membre %1</translation>
    </message>
    <message>
        <source>Member %1 removed</source>
        <translation>Membre %1 supprimé</translation>
    </message>
    <message>
        <source>Member %1 renamed to %2</source>
        <translation>Membre %1 renommé en %2</translation>
    </message>
    <message>
        <source>%1: account role %2 → %3</source>
        <translation>%1&#xa0;: rôle de compte %2 → %3</translation>
    </message>
    <message>
        <source>New production %1</source>
        <translation>Nouvelle production %1</translation>
    </message>
    <message>
        <source>Production %1 removed</source>
        <translation>Production %1 supprimée</translation>
    </message>
    <message>
        <source>Production %1 renamed to %2</source>
        <translation>Production %1 renommée en %2</translation>
    </message>
    <message>
        <source>%1 joins the team of %2 as %3</source>
        <translation>%1 rejoint l’équipe de %2 comme %3</translation>
    </message>
    <message>
        <source>%1 leaves the team of %2 (was %3)</source>
        <translation>%1 quitte l’équipe de %2 (était %3)</translation>
    </message>
    <message>
        <source>%1 in %2: %3 → %4</source>
        <translation>%1 dans %2&#xa0;: %3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more changes to members, productions and seats.</source>
        <translation>
            <numerusform>… et %n autre modification des membres, productions et places.</numerusform>
            <numerusform>… et %n autres modifications des membres, productions et places.</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>%1 in %2 as %3: %4 → %5</source>
        <translation>%1 dans %2 comme %3&#xa0;: %4 → %5</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>sans dates</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>sans fin</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>%1: account role %2, end %3 → %4</source>
        <translation>%1 : rôle de compte %2, fin %3 → %4</translation>
    </message>
    <message>
        <source>%1 joins the team of %2 as %3, %4</source>
        <translation>%1 rejoint l&apos;équipe de %2 comme %3, %4</translation>
    </message>
    <message>
        <source>%1 wraps: %2 → %3</source>
        <translation>Clôture de %1 : %2 → %3</translation>
    </message>
    <message>
        <source>no wrap date</source>
        <translation>pas de date de clôture</translation>
    </message>
</context>
<context>
    <name>rs::approval</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>A request&apos;s state is pending, approved, applied, denied, withdrawn or expired, not %1.</source>
        <translation>L&apos;état d&apos;une demande est pending, approved, applied, denied, withdrawn ou expired, pas %1.</translation>
    </message>
    <message>
        <source>Nobody approves or denies their own request.</source>
        <translation>Personne n&apos;approuve ni ne refuse sa propre demande.</translation>
    </message>
    <message>
        <source>Only the owner, Admins and the approvers the policy names approve requests.</source>
        <translation>Seuls le propriétaire, les Admins et les approbateurs nommés par la politique approuvent les demandes.</translation>
    </message>
    <message>
        <source>The request changes your own access; another approver decides it.</source>
        <translation>La demande modifie votre propre accès ; un autre approbateur décide.</translation>
    </message>
</context>
<context>
    <name>rs::cli</name>
    <message>
        <source>Production %1 has no role named %2.</source>
        <translation>La production %1 n’a pas de rôle nommé %2.</translation>
    </message>
    <message>
        <source>There is no account role or template named %1; production roles need --production.</source>
        <translation>Il n’y a ni rôle de compte ni modèle nommé %1&#x202f;; les rôles de production demandent --production.</translation>
    </message>
    <message>
        <source>There is no account role named %1.</source>
        <translation>Il n’y a pas de rôle de compte nommé %1.</translation>
    </message>
    <message>
        <source>There is no member named %1.</source>
        <translation>Il n’y a pas de membre nommé %1.</translation>
    </message>
    <message>
        <source>There is no production named %1.</source>
        <translation>Il n’y a pas de production nommée %1.</translation>
    </message>
    <message>
        <source>There is no feature named %1.</source>
        <translation>Il n’y a pas de fonctionnalité nommée %1.</translation>
    </message>
    <message>
        <source>The output cannot be written.</source>
        <translation>Impossible d’écrire la sortie.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli [--db PATH] COMMAND [ARGUMENTS]

Commands:
</source>
        <translation>Usage&#xa0;: rolesheet-cli [--db CHEMIN] COMMANDE [ARGUMENTS]

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
LEVELS is none or a comma list of view, add, edit, delete.
Exit status: 0 done, 1 denied (check), 2 refused or bad input.
</source>
        <translation>
LEVELS vaut none ou une liste séparée par des virgules de view, add, edit, delete.
Code de retour&#xa0;: 0 fait, 1 refusé (check), 2 rejeté ou saisie invalide.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>The workspace: a .rolesheet file or a postgresql:// address.</source>
        <translation>L’espace de travail&#xa0;: un fichier .rolesheet ou une adresse postgresql://.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>The production a production role belongs to.</source>
        <translation>La production à laquelle appartient un rôle de production.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation>Le dossier où écrire.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>Copy the new role from this template.</source>
        <translation>Copie le nouveau rôle depuis ce modèle.</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>MODÈLE</translation>
    </message>
    <message>
        <source>The new role is an account role.</source>
        <translation>Le nouveau rôle est un rôle de compte.</translation>
    </message>
    <message>
        <source>The member who creates the production.</source>
        <translation>Le membre qui crée la production.</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>MEMBRE</translation>
    </message>
    <message>
        <source>The production role to invite with.</source>
        <translation>Le rôle de production avec lequel inviter.</translation>
    </message>
    <message>
        <source>The new member&apos;s account role.</source>
        <translation>Le rôle de compte du nouveau membre.</translation>
    </message>
    <message>
        <source>Check every request of a file (- for standard input).</source>
        <translation>Vérifie chaque demande d’un fichier (- pour l’entrée standard).</translation>
    </message>
    <message>
        <source>The owner&apos;s name in a new workspace.</source>
        <translation>Le nom du propriétaire dans un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>The studio&apos;s name in a new workspace.</source>
        <translation>Le nom du studio dans un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli %1</source>
        <translation>Usage&#xa0;: rolesheet-cli %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see rolesheet-cli --help.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;»&#x202f;; voir rolesheet-cli --help.</translation>
    </message>
    <message>
        <source>no account role</source>
        <translation>aucun rôle de compte</translation>
    </message>
    <message>
        <source>team: %1</source>
        <translation>équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Added member %1.</source>
        <translation>Membre %1 ajouté.</translation>
    </message>
    <message>
        <source>%1 now holds %2.</source>
        <translation>%1 détient maintenant %2.</translation>
    </message>
    <message>
        <source>%1 is now the Admin &amp; owner; %2 is an Admin.</source>
        <translation>%1 est maintenant Admin et propriétaire&#x202f;; %2 est Admin.</translation>
    </message>
    <message>
        <source>Name the member who creates the production with --by MEMBER.</source>
        <translation>Indiquez avec --by MEMBRE le membre qui crée la production.</translation>
    </message>
    <message>
        <source>Created production %1.</source>
        <translation>Production %1 créée.</translation>
    </message>
    <message>
        <source>%1 joins %2 as %3.</source>
        <translation>%1 rejoint %2 comme %3.</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personnalisé</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>espace de travail</translation>
    </message>
    <message>
        <source>Created %1 with the default catalog, the built-in roles and the Production template.</source>
        <translation>%1 créé avec le catalogue par défaut, les rôles intégrés et le modèle Production.</translation>
    </message>
    <message>
        <source>holders: %1</source>
        <translation>titulaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>Guardrails: no %1 features</source>
        <translation>Garde-fous&#xa0;: aucune fonctionnalité de la catégorie %1</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Fonctionnalité</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source> (without View)</source>
        <translation> (sans Voir)</translation>
    </message>
    <message>
        <source>%1 now holds %2 on %3.</source>
        <translation>%1 détient maintenant %2 sur %3.</translation>
    </message>
    <message>
        <source>Say where the role lives: --account or --production NAME.</source>
        <translation>Indiquez où vit le rôle&#xa0;: --account ou --production NOM.</translation>
    </message>
    <message>
        <source>Copy from a role or from a template, not both.</source>
        <translation>Copiez depuis un rôle ou depuis un modèle, pas les deux.</translation>
    </message>
    <message>
        <source>There is no template named %1.</source>
        <translation>Il n’y a pas de modèle nommé %1.</translation>
    </message>
    <message>
        <source>There is no role named %1 to copy from.</source>
        <translation>Il n’y a pas de rôle nommé %1 à copier.</translation>
    </message>
    <message>
        <source>Created role %1.</source>
        <translation>Rôle %1 créé.</translation>
    </message>
    <message>
        <source>Deleted role %1.</source>
        <translation>Rôle %1 supprimé.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Line %1: expected MEMBER, PRODUCTION, FEATURE and LEVEL separated by tabs.</source>
        <translation>Ligne %1&#xa0;: MEMBRE, PRODUCTION, FONCTIONNALITÉ et NIVEAU attendus, séparés par des tabulations.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>check --batch takes its requests from the file, not from arguments.</source>
        <translation>check --batch lit ses demandes dans le fichier, pas dans les arguments.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli check MEMBER PRODUCTION FEATURE LEVEL</source>
        <translation>Usage&#xa0;: rolesheet-cli check MEMBRE PRODUCTION FONCTIONNALITÉ NIVEAU</translation>
    </message>
    <message>
        <source>denied: %1 may not %2 %3 in %4; no role grants it.</source>
        <translation>refusé&#xa0;: %1 ne peut pas %2 %3 dans %4&#x202f;; aucun rôle ne l’accorde.</translation>
    </message>
    <message>
        <source>%1 may %2 %3 in %4</source>
        <translation>%1 peut %2 %3 dans %4</translation>
    </message>
    <message>
        <source>%1 (production role in %2)</source>
        <translation>%1 (rôle de production dans %2)</translation>
    </message>
    <message>
        <source>%1 (account role)</source>
        <translation>%1 (rôle de compte)</translation>
    </message>
    <message>
        <source>allowed: %1, granted by %2.</source>
        <translation>autorisé&#xa0;: %1, accordé par %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source> matrix</source>
        <translation> matrice</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli export-workspace -o FILE.json</source>
        <translation>Usage&#xa0;: rolesheet-cli export-workspace -o FICHIER.json</translation>
    </message>
    <message>
        <source>Imported workspace %1.</source>
        <translation>Espace de travail %1 importé.</translation>
    </message>
    <message>
        <source>Imported role %1.</source>
        <translation>Rôle %1 importé.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli casbin --out DIR</source>
        <translation>Usage&#xa0;: rolesheet-cli casbin --out DOSSIER</translation>
    </message>
    <message>
        <source>No command given; see rolesheet-cli --help.</source>
        <translation>Aucune commande indiquée&#x202f;; voir rolesheet-cli --help.</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as 2026-01-31.</source>
        <translation>%1 n’est pas une date&#x202f;; écrivez-la sous la forme 2026-01-31.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit entries to %1.</source>
        <translation>
            <numerusform>%n entrée d’audit écrite dans %1.</numerusform>
            <numerusform>%n entrées d’audit écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit: changes touching or made by a member.</source>
        <translation>Audit&#xa0;: modifications qui concernent un membre ou qu’il a faites.</translation>
    </message>
    <message>
        <source>Audit: changes since this date.</source>
        <translation>Audit&#xa0;: modifications depuis cette date.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The member on whose behalf changes are made, for the audit trail.</source>
        <translation>Le membre au nom duquel les modifications sont faites, pour le journal d’audit.</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail whole: %n records, last hash %1</source>
        <translation>
            <numerusform>Journal d’audit intact&#xa0;: %n entrée, dernière valeur de hachage %1</numerusform>
            <numerusform>Journal d’audit intact&#xa0;: %n entrées, dernière valeur de hachage %1</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1 breaks a rule: %2 It can only be read; save its data with &quot;rolesheet-cli export-workspace -o FILE.json&quot;.</source>
        <translation>avertissement&#xa0;: %1 enfreint une règle&#xa0;: %2 Il ne peut qu’être lu&#x202f;; enregistrez ses données avec «&#xa0;rolesheet-cli export-workspace -o FILE.json&#xa0;».</translation>
    </message>
    <message>
        <source>Add --force to replace existing files.</source>
        <translation>Ajoutez --force pour remplacer les fichiers existants.</translation>
    </message>
    <message>
        <source>Replace files that are already there (never a symbolic link).</source>
        <translation>Remplace les fichiers déjà présents (jamais un lien symbolique).</translation>
    </message>
    <message>
        <source>Audit: check that the trail&apos;s hash chain is whole.</source>
        <translation>Audit&#xa0;: vérifie que la chaîne de hachage du journal est intacte.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n changes not applied.</source>
        <translation>
            <numerusform>Essai à blanc&#xa0;: %n modification non appliquée.</numerusform>
            <numerusform>Essai à blanc&#xa0;: %n modifications non appliquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n changes.</source>
        <translation>
            <numerusform>%n modification appliquée.</numerusform>
            <numerusform>%n modifications appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import: list the changes a file makes without applying them.</source>
        <translation>Import&#xa0;: liste les modifications qu’apporte un fichier sans les appliquer.</translation>
    </message>
    <message>
        <source>Give --from DATE, --until DATE or both (none clears).</source>
        <translation>Indiquez --from DATE, --until DATE ou les deux (none efface la date).</translation>
    </message>
    <message>
        <source>--within takes a number of days from 0 to 36600.</source>
        <translation>--within prend un nombre de jours de 0 à 36600.</translation>
    </message>
    <message>
        <source>(account role)</source>
        <translation>(rôle de compte)</translation>
    </message>
    <message>
        <source>Nothing has ended; nothing was removed.</source>
        <translation>Rien n’a pris fin&#x202f;; rien n’a été retiré.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n ended seats</source>
        <translation>
            <numerusform>Retrait de %n place terminée</numerusform>
            <numerusform>Retrait de %n places terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n ended account roles.</source>
        <translation>
            <numerusform> et de %n rôle de compte terminé.</numerusform>
            <numerusform> et de %n rôles de compte terminés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Other editors kept changing the workspace; nothing was removed. Run sweep again.</source>
        <translation>D’autres éditeurs n’ont cessé de modifier l’espace de travail&#x202f;; rien n’a été retiré. Relancez sweep.</translation>
    </message>
    <message>
        <source>%1 is not a workspace version: give the version the audit trail shows for the import.</source>
        <translation>%1 n’est pas une version de l’espace de travail&#xa0;: indiquez la version que le journal d’audit affiche pour l’import.</translation>
    </message>
    <message numerus="yes">
        <source>Import of version %1 reverted: the workspace is %2 again; %n later changes were undone with it.</source>
        <translation>
            <numerusform>Retour sur l’import de la version %1 effectué&#xa0;: l’espace de travail est de nouveau %2&#x202f;; %n modification ultérieure a été défaite avec lui.</numerusform>
            <numerusform>Retour sur l’import de la version %1 effectué&#xa0;: l’espace de travail est de nouveau %2&#x202f;; %n modifications ultérieures ont été défaites avec lui.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 now holds %2 until %3.</source>
        <translation>%1 détient maintenant %2 jusqu’au %3.</translation>
    </message>
    <message>
        <source>%1 joins %2 as %3 until %4.</source>
        <translation>%1 rejoint %2 comme %3 jusqu’au %4.</translation>
    </message>
    <message>
        <source>A review covers the whole studio, one production (--production) or one role (--role), not both.</source>
        <translation>Une revue couvre tout le studio, une production (--production) ou un rôle (--role), pas les deux.</translation>
    </message>
    <message>
        <source>There is no role named %1.</source>
        <translation>Il n’y a pas de rôle nommé %1.</translation>
    </message>
    <message>
        <source>A due date is written as YYYY-MM-DD.</source>
        <translation>Une échéance s’écrit sous la forme YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>Started access review %1 of %2: %n items to decide.</source>
        <translation>
            <numerusform>Revue des accès %1 de %2 commencée : %n élément à décider.</numerusform>
            <numerusform>Revue des accès %1 de %2 commencée : %n éléments à décider.</numerusform>
        </translation>
    </message>
    <message>
        <source>(access changed since the review started)</source>
        <translation>(accès modifié depuis le lancement de la revue)</translation>
    </message>
    <message>
        <source>An item is given by its number, as `review items` lists it.</source>
        <translation>Un élément s’indique par son numéro, tel que `review items` l’affiche.</translation>
    </message>
    <message>
        <source>A decision is keep, revoke or end DATE.</source>
        <translation>Une décision est keep, revoke ou end DATE.</translation>
    </message>
    <message>
        <source>End needs a date: end YYYY-MM-DD.</source>
        <translation>end demande une date&#xa0;: end YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>An end date is written as YYYY-MM-DD.</source>
        <translation>Une date de fin s’écrit sous la forme YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Item %1: %2.</source>
        <translation>Élément %1&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Closed access review %1 at workspace version %2: %n revoked</source>
        <translation>
            <numerusform>Revue des accès %1 close à la version %2 de l’espace de travail : %n révoqué</numerusform>
            <numerusform>Revue des accès %1 close à la version %2 de l’espace de travail : %n révoqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items not applied because their access changed after the review started</source>
        <translation>
            <numerusform>%n élément non appliqué, car son accès a changé après le début de la revue</numerusform>
            <numerusform>%n éléments non appliqués, car leur accès a changé après le début de la revue</numerusform>
        </translation>
    </message>
    <message>
        <source>Access review %1 is still open; its evidence is written once it is closed.</source>
        <translation>La revue des accès %1 est encore ouverte&#x202f;; ses preuves s’écrivent une fois qu’elle est clôturée.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>denied: %1 may not %2 %3 in %4; %5</source>
        <translation>refusé&#xa0;: %1 ne peut pas %2 %3 dans %4&#x202f;; %5</translation>
    </message>
    <message>
        <source>Copy the new role from this role; for a seat, when it starts (YYYY-MM-DD or none).</source>
        <translation>Copie le nouveau rôle depuis ce rôle&#x202f;; pour une place, sa date de début (YYYY-MM-DD ou none).</translation>
    </message>
    <message>
        <source>ROLE|DATE</source>
        <translation>RÔLE|DATE</translation>
    </message>
    <message>
        <source>When access ends: YYYY-MM-DD (the end of that day), a date-time, or none.</source>
        <translation>Quand l’accès prend fin&#xa0;: YYYY-MM-DD (la fin de ce jour), une date et heure, ou none.</translation>
    </message>
    <message>
        <source>The moment to answer for (default: now).</source>
        <translation>Le moment pour lequel répondre (par défaut&#xa0;: maintenant).</translation>
    </message>
    <message>
        <source>DATE-TIME</source>
        <translation>DATE-HEURE</translation>
    </message>
    <message>
        <source>Expiring: the days ahead to look (default: 14).</source>
        <translation>Expirations&#xa0;: le nombre de jours à examiner (par défaut&#xa0;: 14).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>JOURS</translation>
    </message>
    <message>
        <source>Review: a member who reviews (repeatable).</source>
        <translation>Revue&#xa0;: un membre qui révise (répétable).</translation>
    </message>
    <message>
        <source>Review: the date the review is due.</source>
        <translation>Revue&#xa0;: l’échéance de la revue.</translation>
    </message>
    <message>
        <source>Review: only the access that changed since the last closed review of the same scope.</source>
        <translation>Revue&#xa0;: seulement les accès qui ont changé depuis la dernière revue clôturée de même portée.</translation>
    </message>
    <message>
        <source>Review: only the undecided items.</source>
        <translation>Revue&#xa0;: seulement les éléments non décidés.</translation>
    </message>
    <message>
        <source>Review: a comment on the decision.</source>
        <translation>Revue&#xa0;: un commentaire sur la décision.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>%1 matches access review %2, whose stored records agree with the audit trail (evidence SHA-256 %3).</source>
        <translation>%1 correspond à la revue des accès %2, dont les données enregistrées concordent avec le journal d’audit (SHA-256 des preuves %3).</translation>
    </message>
    <message>
        <source>Not enough memory to finish the command: it stopped, and a change it had not finished was not kept.</source>
        <translation>Mémoire insuffisante pour terminer la commande&#xa0;: elle s’est arrêtée, et une modification qu’elle n’avait pas terminée n’a pas été conservée.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli cedar --out DIR</source>
        <translation>Usage&#xa0;: rolesheet-cli cedar --out DOSSIER</translation>
    </message>
    <message>
        <source>cedar takes no --at: its policies answer at every moment, given the moment as context.now.</source>
        <translation>cedar ne prend pas --at&#xa0;: ses règles répondent à tout moment, donné comme context.now.</translation>
    </message>
    <message>
        <source>The audit trail is printed as text, csv or xlsx.</source>
        <translation>Le journal d’audit s’affiche en texte, en csv ou en xlsx.</translation>
    </message>
    <message>
        <source>Write the audit trail as xlsx with -o FILE.</source>
        <translation>Écrivez le journal d’audit en xlsx avec -o FICHIER.</translation>
    </message>
    <message>
        <source>Choose a format with --format csv|xlsx|json|md|html|pdf.</source>
        <translation>Choisissez un format avec --format csv|xlsx|json|md|html|pdf.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli export-all --format csv|xlsx|json|md|html|pdf|matrix-csv|matrix-xlsx --out DIR</source>
        <translation>Usage&#xa0;: rolesheet-cli export-all --format csv|xlsx|json|md|html|pdf|matrix-csv|matrix-xlsx --out DOSSIER</translation>
    </message>
    <message>
        <source>Export an access review with --format pdf, csv or xlsx and -o FILE.</source>
        <translation>Exportez une revue des accès avec --format pdf, csv ou xlsx et -o FICHIER.</translation>
    </message>
    <message>
        <source>Export format: csv, xlsx, json, md, html or pdf.</source>
        <translation>Format d’export&#xa0;: csv, xlsx, json, md, html ou pdf.</translation>
    </message>
    <message>
        <source>Decide many items either from a file (--from FILE.csv) or all undecided ones (--all-undecided keep|revoke), not both.</source>
        <translation>Décidez de nombreux éléments soit depuis un fichier (--from FICHIER.csv), soit tous ceux non décidés (--all-undecided keep|revoke), pas les deux.</translation>
    </message>
    <message>
        <source>Access review %1 is closed; its decisions can no longer change.</source>
        <translation>La revue d’accès %1 est close ; ses décisions ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>--all-undecided takes keep or revoke.</source>
        <translation>--all-undecided prend keep ou revoke.</translation>
    </message>
    <message numerus="yes">
        <source>Would record %n decisions; nothing was changed.</source>
        <translation>
            <numerusform>%n décision serait enregistrée ; rien n’a été modifié.</numerusform>
            <numerusform>%n décisions seraient enregistrées ; rien n’a été modifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n decisions in access review %1.</source>
        <translation>
            <numerusform>%n décision enregistrée dans la revue d’accès %1.</numerusform>
            <numerusform>%n décisions enregistrées dans la revue d’accès %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review: decide every undecided item (of --production, --role) at once: keep or revoke.</source>
        <translation>Revue : décider en une fois chaque élément non décidé (de --production, --role) : keep ou revoke.</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>DÉCISION</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli review start NAME [--production P | --role R] [--reviewer MEMBER]… [--due DATE] [--delta] | items NAME [--undecided] | decide NAME ITEM keep|revoke|end DATE [--comment TEXT] | decide NAME --from FILE.csv|FILE.xlsx [--dry-run] | decide NAME --all-undecided keep|revoke [--production P] [--role R] [--comment TEXT] [--dry-run] | reviewers NAME [--reviewer MEMBER]… | close NAME | export NAME --format pdf|csv|xlsx -o FILE | verify NAME FILE.csv</source>
        <translation>Usage&#xa0;: rolesheet-cli review start NOM [--production P | --role R] [--reviewer MEMBRE]… [--due DATE] [--delta] | items NOM [--undecided] | decide NOM ÉLÉMENT keep|revoke|end DATE [--comment TEXTE] | decide NOM --from FICHIER.csv|FICHIER.xlsx [--dry-run] | decide NOM --all-undecided keep|revoke [--production P] [--role R] [--comment TEXTE] [--dry-run] | reviewers NOM [--reviewer MEMBRE]… | close NOM | export NOM --format pdf|csv|xlsx -o FICHIER | verify NOM FICHIER.csv</translation>
    </message>
    <message>
        <source>--production names the production of a --role.</source>
        <translation>--production nomme la production d’un --role.</translation>
    </message>
    <message>
        <source>Give one --production for every --role, or one for them all.</source>
        <translation>Donnez un --production pour chaque --role, ou un seul pour tous.</translation>
    </message>
    <message>
        <source>No role named %1 is linked to %2.</source>
        <translation>Aucun rôle nommé %1 n’est lié à %2.</translation>
    </message>
    <message>
        <source>--prefer takes template or local.</source>
        <translation>--prefer prend template ou local.</translation>
    </message>
    <message>
        <source>%1: %2: conflict: the template has %3, the role %4.</source>
        <translation>%1 : %2 : conflit : le modèle a %3, le rôle %4.</translation>
    </message>
    <message>
        <source>%1: %2: the template&apos;s %3 not taken: %4</source>
        <translation>%1 : %2 : %3 du modèle non repris : %4</translation>
    </message>
    <message>
        <source>%1: %2: %3 → %4</source>
        <translation>%1 : %2 : %3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): choose --prefer template or --prefer local.</source>
        <translation>
            <numerusform>%n conflit : choisissez --prefer template ou --prefer local.</numerusform>
            <numerusform>%n conflits : choisissez --prefer template ou --prefer local.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would bring %n role(s) in step with %1; nothing changed.</source>
        <translation>
            <numerusform>Mettrait %n rôle à jour avec %1 ; rien n’a changé.</numerusform>
            <numerusform>Mettrait %n rôles à jour avec %1 ; rien n’a changé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought %n role(s) in step with %1.</source>
        <translation>
            <numerusform>%n rôle mis à jour avec %1.</numerusform>
            <numerusform>%n rôles mis à jour avec %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) changed.</source>
        <translation>
            <numerusform>%n cellule modifiée.</numerusform>
            <numerusform>%n cellules modifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>template takes status or propagate, not %1.</source>
        <translation>template prend status ou propagate, pas %1.</translation>
    </message>
    <message>
        <source>A link follows its template or is pinned, not both.</source>
        <translation>Un lien suit son modèle ou est épinglé, pas les deux.</translation>
    </message>
    <message>
        <source>--follow and --pinned link a role made --template T.</source>
        <translation>--follow et --pinned lient un rôle créé avec --template T.</translation>
    </message>
    <message>
        <source>Give both sides with --left CELLS and --right CELLS, or name a suggested rule (see &quot;duty list&quot;).</source>
        <translation>Donnez les deux côtés avec --left CELLULES et --right CELLULES, ou nommez une règle suggérée (voir « duty list »).</translation>
    </message>
    <message>
        <source>A duty rule needs both --left CELLS and --right CELLS.</source>
        <translation>Une règle de séparation des tâches a besoin de --left CELLULES et de --right CELLULES.</translation>
    </message>
    <message>
        <source>Choose one of --any and --all.</source>
        <translation>Choisissez --any ou --all, pas les deux.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli duty add NAME --left CELLS --right CELLS</source>
        <translation>Usage : rolesheet-cli duty add NOM --left CELLULES --right CELLULES</translation>
    </message>
    <message>
        <source>Added duty rule %1: %2 against %3 (%4, %5).</source>
        <translation>Règle de séparation des tâches %1 ajoutée : %2 contre %3 (%4, %5).</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>suggested, off</source>
        <translation>suggérée, désactivée</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>exception</translation>
    </message>
    <message>
        <source>granted by %1</source>
        <translation>accordée par %1</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>permanente</translation>
    </message>
    <message>
        <source>holds every cell by design (Admin &amp; owner or Admin)</source>
        <translation>détient chaque cellule par conception (Admin et propriétaire ou Admin)</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli duty remove NAME</source>
        <translation>Usage : rolesheet-cli duty remove NOM</translation>
    </message>
    <message>
        <source>Removed duty rule %1.</source>
        <translation>Règle de séparation des tâches %1 supprimée.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli duty check [--at DATE-TIME]</source>
        <translation>Usage : rolesheet-cli duty check [--at DATE-HEURE]</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (à partir du %1)</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli duty except MEMBER RULE --reason TEXT --until DATE --as MEMBER</source>
        <translation>Usage : rolesheet-cli duty except MEMBRE RÈGLE --reason TEXTE --until DATE --as MEMBRE</translation>
    </message>
    <message>
        <source>Name the member who grants the exception with --as MEMBER.</source>
        <translation>Nommez le membre qui accorde l’exception avec --as MEMBRE.</translation>
    </message>
    <message>
        <source>%1 may hold both sides of %2 until %3.</source>
        <translation>%1 peut détenir les deux côtés de %2 jusqu’au %3.</translation>
    </message>
    <message>
        <source>Unknown duty command %1: use add, list, remove, check or except.</source>
        <translation>Commande duty inconnue %1 : utilisez add, list, remove, check ou except.</translation>
    </message>
    <message>
        <source>Unknown format %1 for who: use text, csv or pdf.</source>
        <translation>Format inconnu %1 pour who : utilisez text, csv ou pdf.</translation>
    </message>
    <message>
        <source>A PDF goes to a file: give it with -o FILE.</source>
        <translation>Un PDF va dans un fichier : donnez-le avec -o FICHIER.</translation>
    </message>
    <message>
        <source>Who can %1 %2</source>
        <translation>Qui peut %1 %2</translation>
    </message>
    <message>
        <source>Duty rule: one side, as Feature:level,Feature:level.</source>
        <translation>Règle de séparation des tâches : un côté, sous la forme Fonction:niveau,Fonction:niveau.</translation>
    </message>
    <message>
        <source>CELLS</source>
        <translation>CELLULES</translation>
    </message>
    <message>
        <source>Duty rule: the other side, as Feature:level,Feature:level.</source>
        <translation>Règle de séparation des tâches : l’autre côté, sous la forme Fonction:niveau,Fonction:niveau.</translation>
    </message>
    <message>
        <source>Duty rule: a side is held with any one of its cells (default).</source>
        <translation>Règle de séparation des tâches : un côté est détenu avec l’une quelconque de ses cellules (par défaut).</translation>
    </message>
    <message>
        <source>Duty rule: a side is held only with all of its cells.</source>
        <translation>Règle de séparation des tâches : un côté n’est détenu qu’avec toutes ses cellules.</translation>
    </message>
    <message>
        <source>Duty rule: where both sides must be held: production (default), studio or account.</source>
        <translation>Règle de séparation des tâches : où les deux côtés doivent être détenus : production (par défaut), studio ou account.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>PORTÉE</translation>
    </message>
    <message>
        <source>Duty rule: block (default) refuses a change, warn reports it.</source>
        <translation>Règle de séparation des tâches : block (par défaut) refuse une modification, warn la signale.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVITÉ</translation>
    </message>
    <message>
        <source>Duty exception: why the member may hold both sides.</source>
        <translation>Exception : pourquoi le membre peut détenir les deux côtés.</translation>
    </message>
    <message>
        <source>Duty rule: why it matters.</source>
        <translation>Règle de séparation des tâches : pourquoi elle compte.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Changes that need approval: %1</source>
        <translation>Modifications soumises à approbation : %1</translation>
    </message>
    <message>
        <source>Approvals needed: %1</source>
        <translation>Approbations nécessaires : %1</translation>
    </message>
    <message>
        <source>Approvers: the owner, Admins and %1</source>
        <translation>Approbateurs : le propriétaire, les Admins et %1</translation>
    </message>
    <message>
        <source>Approval window: %1 days; apply window: %2 days</source>
        <translation>Délai d&apos;approbation : %1 jours ; délai d&apos;application : %2 jours</translation>
    </message>
    <message>
        <source>Client-controlled productions: %1</source>
        <translation>Productions contrôlées par le client : %1</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>--%1 prend un nombre de %2 à %3.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli approval-policy show | approval-policy set [--changes none|sensitive|all] [--approvals N] [--approver MEMBER]… [--approval-days D] [--apply-days D]</source>
        <translation>Usage : rolesheet-cli approval-policy show | approval-policy set [--changes none|sensitive|all] [--approvals N] [--approver MEMBRE]… [--approval-days J] [--apply-days J]</translation>
    </message>
    <message>
        <source>Say yes or no: set-production-client-controlled PRODUCTION yes|no</source>
        <translation>Indiquez yes ou no : set-production-client-controlled PRODUCTION yes|no</translation>
    </message>
    <message>
        <source> (break glass)</source>
        <translation> (accès d&apos;urgence)</translation>
    </message>
    <message>
        <source>Request %1: %2, %3 of %4 approvals</source>
        <translation>Demande %1 : %2, %3 approbations sur %4</translation>
    </message>
    <message>
        <source>Filed by %1 at %2: %3</source>
        <translation>Déposée par %1 le %2 : %3</translation>
    </message>
    <message>
        <source>Made on workspace version %1; SHA-256 %2</source>
        <translation>Faite sur la version %1 de l&apos;espace de travail ; SHA-256 %2</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Modifications :</translation>
    </message>
    <message>
        <source>Members whose access changes: %1</source>
        <translation>Membres dont l&apos;accès change : %1</translation>
    </message>
    <message>
        <source>approved by %1 at %2</source>
        <translation>approuvée par %1 le %2</translation>
    </message>
    <message>
        <source>denied by %1 at %2</source>
        <translation>refusée par %1 le %2</translation>
    </message>
    <message>
        <source> (counts)</source>
        <translation> (compte)</translation>
    </message>
    <message>
        <source> (does not count)</source>
        <translation> (ne compte pas)</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli request show|approve|deny|withdraw|apply|rebase|export N</source>
        <translation>Usage : rolesheet-cli request show|approve|deny|withdraw|apply|rebase|export N</translation>
    </message>
    <message>
        <source>%1 is not a request number.</source>
        <translation>%1 n&apos;est pas un numéro de demande.</translation>
    </message>
    <message>
        <source>Approved request %1.</source>
        <translation>Demande %1 approuvée.</translation>
    </message>
    <message>
        <source>Denied request %1.</source>
        <translation>Demande %1 refusée.</translation>
    </message>
    <message>
        <source>Withdrew request %1.</source>
        <translation>Demande %1 retirée.</translation>
    </message>
    <message>
        <source>Applied request %1.</source>
        <translation>Demande %1 appliquée.</translation>
    </message>
    <message>
        <source>Request %1 is made again on the workspace as it is now and needs its approvals again.</source>
        <translation>La demande %1 est refaite sur l&apos;espace de travail actuel et a de nouveau besoin de ses approbations.</translation>
    </message>
    <message>
        <source>Wrote the evidence of request %1 to %2.</source>
        <translation>Preuve de la demande %1 écrite dans %2.</translation>
    </message>
    <message>
        <source>%1 needs approval under the workspace&apos;s approval policy; add --request REASON to file it as a request. Nothing was changed.</source>
        <translation>%1 nécessite une approbation selon la politique de l&apos;espace de travail ; ajoutez --request MOTIF pour la déposer comme demande. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Applied by break glass as request %1; it is listed for approval after the fact.</source>
        <translation>Appliqué par accès d&apos;urgence comme demande %1 ; elle est listée pour une approbation après coup.</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 waits for %n approval(s).</source>
        <translation>
            <numerusform>La demande %1 attend %n approbation.</numerusform>
            <numerusform>La demande %1 attend %n approbations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link: the role takes its template&apos;s changes as they are applied.</source>
        <translation>Lien : le rôle reprend les modifications de son modèle dès qu’elles sont appliquées.</translation>
    </message>
    <message>
        <source>Link: the role waits for a propagation (the default).</source>
        <translation>Lien : le rôle attend une propagation (par défaut).</translation>
    </message>
    <message>
        <source>Propagate: on a conflict take the template&apos;s levels or keep the role&apos;s.</source>
        <translation>Propager : en cas de conflit, prendre les niveaux du modèle ou garder ceux du rôle.</translation>
    </message>
    <message>
        <source>template|local</source>
        <translation>template|local</translation>
    </message>
    <message>
        <source>A change the approval policy gates is filed as a request with this reason.</source>
        <translation>Une modification soumise à la politique d&apos;approbation est déposée comme demande avec ce motif.</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <source>Owner only: apply a gated change at once with this reason; it is listed for approval after it.</source>
        <translation>Propriétaire seulement : applique tout de suite une modification soumise à approbation avec ce motif ; elle est listée pour approbation ensuite.</translation>
    </message>
    <message>
        <source>Approval policy: which changes need approval (none, sensitive, all).</source>
        <translation>Politique d&apos;approbation : quelles modifications nécessitent une approbation (none, sensitive, all).</translation>
    </message>
    <message>
        <source>WHICH</source>
        <translation>LESQUELLES</translation>
    </message>
    <message>
        <source>Approval policy: how many approvals a request needs (1-3).</source>
        <translation>Politique d&apos;approbation : combien d&apos;approbations une demande nécessite (1-3).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Approval policy: a member who approves besides the owner and Admins (repeatable).</source>
        <translation>Politique d&apos;approbation : un membre qui approuve en plus du propriétaire et des Admins (répétable).</translation>
    </message>
    <message>
        <source>Approval policy: days a request waits for approval (default 7).</source>
        <translation>Politique d&apos;approbation : jours pendant lesquels une demande attend l&apos;approbation (7 par défaut).</translation>
    </message>
    <message>
        <source>Approval policy: days an approved request may be applied (default 2).</source>
        <translation>Politique d&apos;approbation : jours pendant lesquels une demande approuvée peut être appliquée (2 par défaut).</translation>
    </message>
    <message>
        <source>Requests: only those in this state.</source>
        <translation>Demandes : seulement celles dans cet état.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli request export N --format pdf|csv -o FILE</source>
        <translation>Usage : rolesheet-cli request export N --format pdf|csv -o FICHIER</translation>
    </message>
    <message>
        <source>warning: applied, with a new conflict of a warn duty rule: %1</source>
        <translation>avertissement : appliqué, avec un nouveau conflit d’une règle d’avertissement : %1</translation>
    </message>
    <message>
        <source>Approvers: the owner and Admins</source>
        <translation>Approbateurs : le propriétaire et les Admins</translation>
    </message>
</context>
<context>
    <name>rs::dates</name>
    <message>
        <source>%1 is not an instant (an ISO 8601 date-time with its offset).</source>
        <translation>%1 n’est pas un instant (une date et heure ISO 8601 avec son décalage).</translation>
    </message>
    <message>
        <source>%1 is not a date: use YYYY-MM-DD or an ISO 8601 date-time such as 2026-11-30T18:00.</source>
        <translation>%1 n’est pas une date&#xa0;: utilisez YYYY-MM-DD ou une date et heure ISO 8601 comme 2026-11-30T18:00.</translation>
    </message>
    <message>
        <source>A date lies outside %1 (UTC), the dates a workspace holds.</source>
        <translation>Une date se situe hors de %1 (UTC), la plage de dates que peut contenir un espace de travail.</translation>
    </message>
    <message>
        <source>%1 lies outside %2 (UTC), the dates a workspace holds.</source>
        <translation>%1 se situe hors de %2 (UTC), la plage de dates que peut contenir un espace de travail.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>%1 is not a date: type 2026-12-24, %2, &quot;tomorrow&quot; or &quot;+14d&quot;.</source>
        <translation>%1 n’est pas une date : tapez 2026-12-24, %2, « demain » ou « +14d ».</translation>
    </message>
</context>
<context>
    <name>rs::duties</name>
    <message>
        <source>Unknown duty scope &quot;%1&quot;: use production, studio or account.</source>
        <translation>Portée inconnue « %1 » : utilisez production, studio ou account.</translation>
    </message>
    <message>
        <source>Unknown severity &quot;%1&quot;: use block or warn.</source>
        <translation>Gravité inconnue « %1 » : utilisez block ou warn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cell: write Feature:level, for example &quot;Marketing:edit&quot;.</source>
        <translation>« %1 » n’est pas une cellule : écrivez Fonction:niveau, par exemple « Marketing:edit ».</translation>
    </message>
    <message>
        <source>No feature named &quot;%1&quot;.</source>
        <translation>Aucune fonction nommée « %1 ».</translation>
    </message>
    <message>
        <source>Name at least one cell, as &quot;Feature:level,Feature:level&quot;.</source>
        <translation>Nommez au moins une cellule, sous la forme « Fonction:niveau,Fonction:niveau ».</translation>
    </message>
    <message>
        <source>all of %1</source>
        <translation>toutes parmi %1</translation>
    </message>
    <message>
        <source>any of %1</source>
        <translation>l’une de %1</translation>
    </message>
    <message>
        <source>duty rule</source>
        <translation>règle de séparation des tâches</translation>
    </message>
    <message>
        <source>A duty rule named &quot;%1&quot; exists already.</source>
        <translation>Une règle de séparation des tâches nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>A duty rule needs cells on both sides.</source>
        <translation>Une règle de séparation des tâches a besoin de cellules des deux côtés.</translation>
    </message>
    <message>
        <source>The duty rule names a feature the catalog does not have.</source>
        <translation>La règle de séparation des tâches nomme une fonction absente du catalogue.</translation>
    </message>
    <message>
        <source>%1 is on both sides of the rule: no one could hold one side without the other.</source>
        <translation>%1 est des deux côtés de la règle : personne ne pourrait détenir un côté sans l’autre.</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>justification</translation>
    </message>
    <message>
        <source>The exception names a member the workspace does not have.</source>
        <translation>L’exception nomme un membre absent de l’espace de travail.</translation>
    </message>
    <message>
        <source>No duty rule named &quot;%1&quot;.</source>
        <translation>Aucune règle de séparation des tâches nommée « %1 ».</translation>
    </message>
    <message>
        <source>Say why the exception is granted with --reason TEXT.</source>
        <translation>Dites pourquoi l’exception est accordée avec --reason TEXTE.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>Name the member who grants the exception with --as MEMBER.</source>
        <translation>Nommez le membre qui accorde l’exception avec --as MEMBRE.</translation>
    </message>
    <message>
        <source>%1 cannot grant an exception to themselves.</source>
        <translation>%1 ne peut pas s’accorder une exception.</translation>
    </message>
    <message>
        <source>Only the Admin &amp; owner or an Admin grants exceptions; %1 is neither.</source>
        <translation>Seul l’Admin et propriétaire ou un Admin accorde des exceptions ; %1 n’est ni l’un ni l’autre.</translation>
    </message>
    <message>
        <source>An exception ends: give its last day with --until DATE.</source>
        <translation>Une exception prend fin : donnez son dernier jour avec --until DATE.</translation>
    </message>
    <message>
        <source>The exception would have ended already.</source>
        <translation>L’exception aurait déjà pris fin.</translation>
    </message>
    <message>
        <source> (%1 – %2)</source>
        <translation> (%1 – %2)</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (à partir du %1)</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (jusqu’au %1)</translation>
    </message>
    <message>
        <source>account role %1</source>
        <translation>rôle de compte %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>void: the conflict is gone</source>
        <translation>sans objet : le conflit a disparu</translation>
    </message>
    <message>
        <source>%1: %2 (%3): %4 through %5; %6 through %7</source>
        <translation>%1 : %2 (%3) : %4 par %5 ; %6 par %7</translation>
    </message>
    <message>
        <source> [exception until %1, granted by %2]</source>
        <translation> [exception jusqu’au %1, accordée par %2]</translation>
    </message>
    <message>
        <source>within one production</source>
        <translation>au sein d’une production</translation>
    </message>
    <message>
        <source>across productions</source>
        <translation>à travers les productions</translation>
    </message>
    <message>
        <source>through the account role</source>
        <translation>via le rôle du compte</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1: this role grants %2 on the left side and %3 on the right side.</source>
        <translation>%1 : ce rôle accorde %2 du côté gauche et %3 du côté droit.</translation>
    </message>
    <message>
        <source>%1: this role grants %2 on the left side; the right side is %3.</source>
        <translation>%1 : ce rôle accorde %2 du côté gauche ; le côté droit est %3.</translation>
    </message>
    <message>
        <source>%1: this role grants %2 on the right side; the left side is %3.</source>
        <translation>%1 : ce rôle accorde %2 du côté droit ; le côté gauche est %3.</translation>
    </message>
    <message>
        <source>%1: left side (%2)</source>
        <translation>%1 : côté gauche (%2)</translation>
    </message>
    <message>
        <source>%1: right side (%2)</source>
        <translation>%1 : côté droit (%2)</translation>
    </message>
</context>
<context>
    <name>rs::formats</name>
    <message>
        <source>The stored items of access review %1 no longer hash to %2, the SHA-256 recorded when it started: they were changed.</source>
        <translation>Les éléments enregistrés de la revue des accès %1 ne donnent plus le hachage %2, le SHA-256 consigné à son lancement&#xa0;: ils ont été modifiés.</translation>
    </message>
    <message>
        <source>The file does not match access review %1: line %2 differs from the stored campaign.</source>
        <translation>Le fichier ne correspond pas à la revue des accès %1&#xa0;: la ligne %2 diffère de la campagne enregistrée.</translation>
    </message>
    <message>
        <source>Writing a PDF needs the graphical libraries to be started.</source>
        <translation>L’écriture d’un PDF demande que les bibliothèques graphiques soient démarrées.</translation>
    </message>
    <message>
        <source>Access review %1</source>
        <translation>Revue des accès %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>not applied: the access changed after the review started</source>
        <translation>non appliqué&#xa0;: l’accès a changé après le lancement de la revue</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliqué</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Portée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>Reviewers: %1</source>
        <translation>Réviseurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Started: %1 by %2, at workspace version %3</source>
        <translation>Lancée&#xa0;: %1 par %2, à la version %3 de l’espace de travail</translation>
    </message>
    <message>
        <source>Closed: %1 by %2; changes applied at workspace version %3</source>
        <translation>Clôturée&#xa0;: %1 par %2&#x202f;; modifications appliquées à la version %3 de l’espace de travail</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Encore ouverte</translation>
    </message>
    <message>
        <source>SHA-256 of the %1 frozen items: %2</source>
        <translation>SHA-256 des %1 éléments figés&#xa0;: %2</translation>
    </message>
    <message>
        <source>Delta review: only the access that changed since %1</source>
        <translation>Revue delta&#xa0;: seulement les accès modifiés depuis %1</translation>
    </message>
    <message>
        <source>A new page cannot be started.</source>
        <translation>Impossible de commencer une nouvelle page.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>What it grants, feature by feature</source>
        <translation>Ce qu’il accorde, fonctionnalité par fonctionnalité</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>We confirm that the access listed above was reviewed and the decisions recorded are ours.</source>
        <translation>Nous confirmons que les accès listés ci-dessus ont été revus et que les décisions consignées sont les nôtres.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The document cannot be finished.</source>
        <translation>Impossible de terminer le document.</translation>
    </message>
    <message>
        <source>Reverted the import of version %1</source>
        <translation>Retour sur l’import de la version %1</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Impossible de lire le fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>SHA-256 of the evidence (items, every decision, reviewers, outcomes and the close): %1</source>
        <translation>SHA-256 des preuves (éléments, toutes les décisions, réviseurs, résultats et clôture)&#xa0;: %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>End on a date</source>
        <translation>Finir à une date</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <source>Account roles</source>
        <translation>Rôles de compte</translation>
    </message>
    <message>
        <source>Production %1</source>
        <translation>Production %1</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <source>(the whole studio)</source>
        <translation>(tout le studio)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Le PDF n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>%1 — %2: %3 → %4</source>
        <translation>%1 — %2 : %3 → %4</translation>
    </message>
    <message>
        <source>gains %1</source>
        <translation>obtient %1</translation>
    </message>
    <message>
        <source>loses %1</source>
        <translation>perd %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3 (%4)</source>
        <translation>%1 — %2 : %3 (%4)</translation>
    </message>
    <message>
        <source>account-wide</source>
        <translation>tout le compte</translation>
    </message>
    <message>
        <source>Approval request %1</source>
        <translation>Demande d&apos;approbation %1</translation>
    </message>
    <message>
        <source>State: %1; %2 of %3 approvals</source>
        <translation>État : %1 ; %2 approbations sur %3</translation>
    </message>
    <message>
        <source>Requested by %1 at %2</source>
        <translation>Demandée par %1 le %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison : %1</translation>
    </message>
    <message>
        <source>Made on workspace version %1 (revision %2)</source>
        <translation>Faite sur la version %1 de l&apos;espace de travail (révision %2)</translation>
    </message>
    <message>
        <source>SHA-256 of the change set the approvals are bound to: %1</source>
        <translation>SHA-256 de l&apos;ensemble de modifications auquel les approbations sont liées : %1</translation>
    </message>
    <message>
        <source>Break glass: applied at once by the owner and listed for approval after the fact</source>
        <translation>Accès d&apos;urgence : appliquée aussitôt par le propriétaire et listée pour approbation après coup</translation>
    </message>
    <message>
        <source>Applied by %1 at %2 as workspace version %3</source>
        <translation>Appliquée par %1 le %2 comme version %3 de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Withdrawn at %1</source>
        <translation>Retirée le %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Member impact</source>
        <translation>Effet sur les membres</translation>
    </message>
    <message>
        <source>Nobody gains or loses access.</source>
        <translation>Personne n’obtient ni ne perd d’accès.</translation>
    </message>
    <message>
        <source>Approvals and denials</source>
        <translation>Approbations et refus</translation>
    </message>
    <message>
        <source>Approved by %1 at %2</source>
        <translation>Approuvée par %1 le %2</translation>
    </message>
    <message>
        <source>Denied by %1 at %2</source>
        <translation>Refusée par %1 le %2</translation>
    </message>
    <message>
        <source>(counts)</source>
        <translation>(compte)</translation>
    </message>
    <message>
        <source>(does not count)</source>
        <translation>(ne compte pas)</translation>
    </message>
    <message>
        <source>[login %1]</source>
        <translation>[identifiant %1]</translation>
    </message>
    <message>
        <source>on SHA-256 %1</source>
        <translation>sur SHA-256 %1</translation>
    </message>
    <message>
        <source>%1 — page %2</source>
        <translation>%1 — page %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>The evidence was not written.</source>
        <translation>Les preuves n’ont pas été écrites.</translation>
    </message>
</context>
<context>
    <name>rs::formats::CsvImport</name>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cell holds a NUL byte.</source>
        <translation>La cellule contient un octet NUL.</translation>
    </message>
    <message>
        <source>The cell is not UTF-8 text.</source>
        <translation>La cellule n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>%1 is a formula: formulas are not read; type the value itself.</source>
        <translation>%1 est une formule&#xa0;: les formules ne sont pas lues&#x202f;; saisissez la valeur elle-même.</translation>
    </message>
    <message>
        <source>%1 is not a permission level: write None, or levels such as View / Edit.</source>
        <translation>%1 n’est pas un niveau de droit&#xa0;: écrivez Aucun, ou des niveaux comme Voir / Modifier.</translation>
    </message>
    <message>
        <source>The file is larger than 64 MiB: no role sheet or matrix of a workspace is that large.</source>
        <translation>Le fichier dépasse 64 Mio&#xa0;: aucune fiche de rôle ni matrice d’un espace de travail n’est aussi grande.</translation>
    </message>
    <message>
        <source>A quotation mark opens this cell and is never closed.</source>
        <translation>Un guillemet ouvre cette cellule et n’est jamais fermé.</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 has more than %n columns, more than this workspace could fill.</source>
        <translation>
            <numerusform>La ligne %1 a plus de %n colonne, plus que cet espace de travail ne pourrait en remplir.</numerusform>
            <numerusform>La ligne %1 a plus de %n colonnes, plus que cet espace de travail ne pourrait en remplir.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace has no feature %1.</source>
        <translation>L’espace de travail n’a pas de fonctionnalité %1.</translation>
    </message>
    <message>
        <source>%1 has a row already: row %2.</source>
        <translation>%1 a déjà une ligne&#xa0;: la ligne %2.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>A second Feature column: keep one.</source>
        <translation>Une deuxième colonne Feature&#xa0;: gardez-en une.</translation>
    </message>
    <message>
        <source>The workspace has no role %1.</source>
        <translation>L’espace de travail n’a pas de rôle %1.</translation>
    </message>
    <message>
        <source>Several roles are called %1: rename one first.</source>
        <translation>Plusieurs rôles s’appellent %1&#xa0;: renommez-en d’abord un.</translation>
    </message>
    <message>
        <source>%1 has a column already: column %2.</source>
        <translation>%1 a déjà une colonne&#xa0;: la colonne %2.</translation>
    </message>
    <message>
        <source>Row 1 has no column headed Feature.</source>
        <translation>La ligne 1 n’a aucune colonne intitulée Feature.</translation>
    </message>
    <message>
        <source>Row %1: the file has more rows than this workspace has features (%2).</source>
        <translation>Ligne %1&#xa0;: le fichier a plus de lignes que cet espace de travail n’a de fonctionnalités (%2).</translation>
    </message>
    <message>
        <source>No feature named.</source>
        <translation>Aucune fonctionnalité indiquée.</translation>
    </message>
    <message>
        <source>A second %1 column: keep one.</source>
        <translation>Une deuxième colonne %1&#xa0;: gardez-en une.</translation>
    </message>
    <message>
        <source>Row 1 has no column headed Levels, View, Add, Edit or Delete.</source>
        <translation>La ligne 1 n’a aucune colonne intitulée Levels, View, Add, Edit ou Delete.</translation>
    </message>
    <message>
        <source>%1 is neither yes nor empty.</source>
        <translation>%1 n’est ni oui ni vide.</translation>
    </message>
    <message>
        <source>The Levels cell says %1 but the View, Add, Edit and Delete cells say %2: change one of them.</source>
        <translation>La cellule Levels indique %1 mais les cellules View, Add, Edit et Delete indiquent %2&#xa0;: changez l’une d’elles.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The cell holds more than %L1 characters, more than a spreadsheet cell holds; nothing after it was read.</source>
        <translation>La cellule contient plus de %L1 caractères, plus que ne peut en contenir une cellule de tableur&#x202f;; rien n’a été lu au-delà.</translation>
    </message>
    <message>
        <source>The file has more than %L1 rows, more than a spreadsheet holds; nothing after them was read.</source>
        <translation>Le fichier a plus de %L1 lignes, plus que ne peut en contenir un tableur&#x202f;; rien n’a été lu au-delà.</translation>
    </message>
    <message>
        <source>The file changes %1 cells; one import changes at most %2: import it in parts, a few roles at a time.</source>
        <translation>Le fichier modifie %1 cellules&#x202f;; un import en modifie au plus %2&#xa0;: importez-le en plusieurs fois, quelques rôles à la fois.</translation>
    </message>
</context>
<context>
    <name>rs::formats::Export</name>
    <message>
        <source>Unknown format.</source>
        <translation>Format inconnu.</translation>
    </message>
    <message>
        <source>%1 [template]</source>
        <translation>%1 [modèle]</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv, xlsx, json, md, html or pdf.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez csv, xlsx, json, md, html ou pdf.</translation>
    </message>
</context>
<context>
    <name>rs::formats::Json</name>
    <message>
        <source>a workspace name can be at most 200 characters long.</source>
        <translation>le nom d’un espace de travail compte au plus 200 caractères.</translation>
    </message>
    <message>
        <source>id %1 is used twice.</source>
        <translation>l’identifiant %1 est utilisé deux fois.</translation>
    </message>
    <message>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>fonctionnalité</translation>
    </message>
    <message>
        <source>there is no section with id %1.</source>
        <translation>il n’y a pas de section d’identifiant %1.</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>there is no production with id %1.</source>
        <translation>il n’y a pas de production d’identifiant %1.</translation>
    </message>
    <message>
        <source>a built-in role has the wrong scope or is a template.</source>
        <translation>un rôle intégré a la mauvaise portée ou est un modèle.</translation>
    </message>
    <message>
        <source>there is no feature with id %1.</source>
        <translation>il n’y a pas de fonctionnalité d’identifiant %1.</translation>
    </message>
    <message>
        <source>feature %1 is granted twice.</source>
        <translation>la fonctionnalité %1 est accordée deux fois.</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>there is no role with id %1.</source>
        <translation>il n’y a pas de rôle d’identifiant %1.</translation>
    </message>
    <message>
        <source>there is no member with id %1.</source>
        <translation>il n’y a pas de membre d’identifiant %1.</translation>
    </message>
    <message>
        <source>the member has two seats in this production.</source>
        <translation>le membre occupe deux places dans cette production.</translation>
    </message>
    <message>
        <source>The imported workspace breaks a rule: %1</source>
        <translation>L’espace de travail importé enfreint une règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>this workspace has no feature named &quot;%1&quot;.</source>
        <translation>cet espace de travail n’a pas de fonctionnalité nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois.</translation>
    </message>
    <message>
        <source>a production role is imported into a production: name one.</source>
        <translation>un rôle de production s’importe dans une production&#xa0;: indiquez-en une.</translation>
    </message>
    <message>
        <source>only a production role can be imported into a production.</source>
        <translation>seul un rôle de production peut être importé dans une production.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB and was not read.</source>
        <translation>Le fichier dépasse %1 Mio et n’a pas été lu.</translation>
    </message>
    <message>
        <source>Malformed JSON at line %1, column %2 (byte %3): %4.</source>
        <translation>JSON mal formé à la ligne %1, colonne %2 (octet %3)&#xa0;: %4.</translation>
    </message>
    <message>
        <source>The document is not a JSON object.</source>
        <translation>Le document n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>unknown field.</source>
        <translation>champ inconnu.</translation>
    </message>
    <message>
        <source>not a Rolesheet document (expected &quot;rolesheet&quot;).</source>
        <translation>pas un document Rolesheet («&#xa0;rolesheet&#xa0;» attendu).</translation>
    </message>
    <message>
        <source>version %1 is not supported; this program reads version %2.</source>
        <translation>la version %1 n’est pas prise en charge&#x202f;; ce programme lit la version %2.</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» attendu, «&#xa0;%2&#xa0;» trouvé.</translation>
    </message>
    <message>
        <source>missing.</source>
        <translation>absent.</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>objet attendu.</translation>
    </message>
    <message>
        <source>expected a list.</source>
        <translation>liste attendue.</translation>
    </message>
    <message>
        <source>%1 entries; at most %2 are allowed.</source>
        <translation>%1 entrées&#x202f;; %2 au plus sont permises.</translation>
    </message>
    <message>
        <source>expected text.</source>
        <translation>texte attendu.</translation>
    </message>
    <message>
        <source>%1 characters; at most %2 are allowed.</source>
        <translation>%1 caractères&#x202f;; %2 au plus sont permis.</translation>
    </message>
    <message>
        <source>a name cannot begin or end with spaces.</source>
        <translation>un nom ne peut pas commencer ni finir par des espaces.</translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation>true ou false attendu.</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to 2^53.</source>
        <translation>nombre entier de 0 à 2^53 attendu.</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to 2^53.</source>
        <translation>nombre entier de 1 à 2^53 attendu.</translation>
    </message>
    <message>
        <source>expected &quot;account&quot; or &quot;production&quot;.</source>
        <translation>«&#xa0;account&#xa0;» ou «&#xa0;production&#xa0;» attendu.</translation>
    </message>
    <message>
        <source>expected none, owner, admin, create-productions, production-admin or production-member.</source>
        <translation>none, owner, admin, create-productions, production-admin ou production-member attendu.</translation>
    </message>
    <message>
        <source>expected view, add, edit or delete.</source>
        <translation>view, add, edit ou delete attendu.</translation>
    </message>
    <message>
        <source>expected financial, personnel or marketing.</source>
        <translation>financial, personnel ou marketing attendu.</translation>
    </message>
    <message>
        <source>expected a single value, not a list or an object.</source>
        <translation>valeur simple attendue, pas une liste ni un objet.</translation>
    </message>
    <message>
        <source>the text holds an unpaired UTF-16 surrogate escape (\uD800 to \uDFFF), which is not a character.</source>
        <translation>le texte contient un échappement de substitut UTF-16 sans son pendant (\uD800 à \uDFFF), qui n’est pas un caractère.</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>le document est vide</translation>
    </message>
    <message>
        <source>more follows the end of the document</source>
        <translation>du contenu suit la fin du document</translation>
    </message>
    <message>
        <source>a field name is missing</source>
        <translation>il manque un nom de champ</translation>
    </message>
    <message>
        <source>a colon is missing</source>
        <translation>il manque un deux-points</translation>
    </message>
    <message>
        <source>a comma or a closing brace is missing</source>
        <translation>il manque une virgule ou une accolade fermante</translation>
    </message>
    <message>
        <source>a comma or a closing bracket is missing</source>
        <translation>il manque une virgule ou un crochet fermant</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>séquence d’échappement non valide</translation>
    </message>
    <message>
        <source>unpaired UTF-16 surrogate escape</source>
        <translation>échappement de substitut UTF-16 sans son pendant</translation>
    </message>
    <message>
        <source>a closing quotation mark is missing</source>
        <translation>il manque un guillemet fermant</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>le texte n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>nombre non valide</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>valeur non valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire connu de ce système.</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date-time with its offset, such as 2026-11-30T22:59:59.999Z.</source>
        <translation>date et heure ISO 8601 avec son décalage attendue, comme 2026-11-30T22:59:59.999Z.</translation>
    </message>
    <message>
        <source>the exception names a member the workspace does not have.</source>
        <translation>l’exception nomme un membre que l’espace de travail n’a pas.</translation>
    </message>
    <message>
        <source>the exception names a duty rule the document does not have.</source>
        <translation>l’exception nomme une règle que le document n’a pas.</translation>
    </message>
    <message>
        <source>an exception needs a reason of at most %1 characters.</source>
        <translation>une exception a besoin d’un motif d’au plus %1 caractères.</translation>
    </message>
    <message>
        <source>an exception is granted by someone other than the member it excepts.</source>
        <translation>une exception est accordée par quelqu’un d’autre que le membre qu’elle concerne.</translation>
    </message>
    <message>
        <source>an exception ends after it was granted.</source>
        <translation>une exception se termine après avoir été accordée.</translation>
    </message>
</context>
<context>
    <name>rs::formats::Pages</name>
    <message>
        <source>%1 — page %2 of</source>
        <translation>%1 — page %2 sur</translation>
    </message>
</context>
<context>
    <name>rs::formats::ReviewEvidence</name>
    <message numerus="yes">
        <source>the last of %n decisions</source>
        <translation>
            <numerusform>la seule décision (%n en tout)</numerusform>
            <numerusform>la dernière de %n décisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Duty conflict of</source>
        <translation>Conflit de tâches de</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>One side through</source>
        <translation>Un côté via</translation>
    </message>
    <message>
        <source>Other side through</source>
        <translation>L’autre côté via</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>Duty exception for</source>
        <translation>Exception pour</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Accordée par</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordée le</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Break glass, request</source>
        <translation>Bris de glace, demande</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Le</translation>
    </message>
</context>
<context>
    <name>rs::formats::RoleSheet</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Template for account roles</source>
        <translation>Modèle pour rôles de compte</translation>
    </message>
    <message>
        <source>Template for production roles</source>
        <translation>Modèle pour rôles de production</translation>
    </message>
    <message>
        <source>Account role, in the productions the holder is invited to</source>
        <translation>Rôle de compte, dans les productions où son titulaire est invité</translation>
    </message>
    <message>
        <source>Account role, across the whole workspace</source>
        <translation>Rôle de compte, dans tout l’espace de travail</translation>
    </message>
    <message>
        <source>Production role in %1</source>
        <translation>Rôle de production dans %1</translation>
    </message>
    <message>
        <source>Production role, available in every production</source>
        <translation>Rôle de production, disponible dans toutes les productions</translation>
    </message>
    <message>
        <source> (built in, locked)</source>
        <translation> (intégré, verrouillé)</translation>
    </message>
    <message>
        <source>%1: works with every feature and can add or change in all of them.</source>
        <translation>%1&#xa0;: travaille avec toutes les fonctionnalités et peut ajouter ou modifier partout.</translation>
    </message>
    <message>
        <source>Can delete in: %1.</source>
        <translation>Peut supprimer dans&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Nothing: this role grants no level on any feature.</source>
        <translation>Rien&#xa0;: ce rôle n’accorde aucun niveau sur aucune fonctionnalité.</translation>
    </message>
    <message>
        <source>No %1 features: a guardrail keeps them out of this role.</source>
        <translation>Aucune fonctionnalité de la catégorie %1&#xa0;: un garde-fou les tient à l’écart de ce rôle.</translation>
    </message>
    <message>
        <source>Owner-only features, held by the Admin &amp; owner alone: %1.</source>
        <translation>Fonctionnalités réservées au propriétaire, détenues par Admin et propriétaire seul&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Account-wide features, outside any production role: %1.</source>
        <translation>Fonctionnalités communes à tout le compte, hors de tout rôle de production&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No access to: %1.</source>
        <translation>Aucun accès à&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Nothing: this role holds some level on every feature.</source>
        <translation>Rien&#xa0;: ce rôle détient un niveau sur chaque fonctionnalité.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Garde-fous</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Fonctionnalité</translation>
    </message>
    <message>
        <source>Permission level</source>
        <translation>Niveau de droit</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Pourquoi c’est important</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>This role provides:</source>
        <translation>Ce rôle offre&#xa0;:</translation>
    </message>
    <message>
        <source>It deliberately excludes:</source>
        <translation>Il exclut délibérément&#xa0;:</translation>
    </message>
    <message>
        <source>Printing a role sheet needs the graphical libraries to be started.</source>
        <translation>L’impression d’une fiche de rôle demande que les bibliothèques graphiques soient démarrées.</translation>
    </message>
    <message>
        <source>The document cannot be painted.</source>
        <translation>Impossible de dessiner le document.</translation>
    </message>
    <message>
        <source>A new page cannot be started.</source>
        <translation>Impossible de commencer une nouvelle page.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The document cannot be finished.</source>
        <translation>Impossible de terminer le document.</translation>
    </message>
    <message numerus="yes">
        <source>%1: works with all %n features and can add or change in %2 of them.</source>
        <translation>
            <numerusform>%1&#xa0;: travaille avec %n fonctionnalité et peut ajouter ou modifier dans %2 d’entre elles.</numerusform>
            <numerusform>%1&#xa0;: travaille avec les %n fonctionnalités et peut ajouter ou modifier dans %2 d’entre elles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: can look at %2 of %n features without changing them.</source>
        <translation>
            <numerusform>%1&#xa0;: peut consulter %2 fonctionnalité sur %n sans la modifier.</numerusform>
            <numerusform>%1&#xa0;: peut consulter %2 fonctionnalités sur %n sans les modifier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: works with %2 of %n features and can add or change in %3 of them.</source>
        <translation>
            <numerusform>%1&#xa0;: travaille avec %2 fonctionnalité sur %n et peut ajouter ou modifier dans %3 d’entre elles.</numerusform>
            <numerusform>%1&#xa0;: travaille avec %2 fonctionnalités sur %n et peut ajouter ou modifier dans %3 d’entre elles.</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>sans fin</translation>
    </message>
    <message>
        <source>account role</source>
        <translation>rôle de compte</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Détenu par</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Titulaires</translation>
    </message>
    <message>
        <source>No one holds this role.</source>
        <translation>Personne ne détient ce rôle.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Signed by the person who holds this role and the person responsible for it.</source>
        <translation>Signé par la personne qui détient ce rôle et par la personne qui en est responsable.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message numerus="yes">
        <source>Based on %1 (version %2); %n local change(s)</source>
        <translation>
            <numerusform>Basé sur %1 (version %2) ; %n modification locale</numerusform>
            <numerusform>Basé sur %1 (version %2) ; %n modifications locales</numerusform>
        </translation>
    </message>
    <message>
        <source>This role holds one side of these rules: a holder who also holds the other side, through any role, is in conflict.</source>
        <translation>Ce rôle détient un côté de ces règles : qui le détient et détient aussi l’autre côté, par n’importe quel rôle, est en conflit.</translation>
    </message>
    <message>
        <source>Duty rules</source>
        <translation>Règles de séparation des tâches</translation>
    </message>
</context>
<context>
    <name>rs::formats::SafeWrite</name>
    <message>
        <source>%1 is a symbolic link; Rolesheet never writes through a link, so nothing was written.</source>
        <translation>%1 est un lien symbolique&#x202f;; Rolesheet n’écrit jamais à travers un lien, donc rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; nothing was written.</source>
        <translation>%1 n’est pas un fichier ordinaire&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written.</source>
        <translation>%1 existe déjà&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the files to write already exist, %1 among them; nothing was written.</source>
        <translation>
            <numerusform>%n des fichiers à écrire existe déjà&#xa0;: %1&#x202f;; rien n’a été écrit.</numerusform>
            <numerusform>%n des fichiers à écrire existent déjà, dont %1&#x202f;; rien n’a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>rs::formats::Xlsx</name>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>The workbook unpacks to far more than it holds: refused as a zip bomb.</source>
        <translation>Le classeur se décompresse en bien plus qu’il ne contient&#xa0;: refusé comme bombe zip.</translation>
    </message>
    <message>
        <source>The workbook has no part %1: it is not a spreadsheet saved as xlsx.</source>
        <translation>Le classeur n’a pas de partie %1&#xa0;: ce n’est pas un tableur enregistré en xlsx.</translation>
    </message>
    <message>
        <source>The workbook is encrypted: save it again without a password.</source>
        <translation>Le classeur est chiffré&#xa0;: enregistrez-le à nouveau sans mot de passe.</translation>
    </message>
    <message>
        <source>The part %1 declares a document type: no spreadsheet does.</source>
        <translation>La partie %1 déclare un type de document&#xa0;: aucun tableur ne le fait.</translation>
    </message>
    <message>
        <source>The part %1 is not well-formed XML: %2</source>
        <translation>La partie %1 n’est pas du XML bien formé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The part %1 of the workbook cannot be unpacked: the file is damaged.</source>
        <translation>La partie %1 du classeur ne peut pas être décompressée&#xa0;: le fichier est endommagé.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>Le classeur n’a aucune feuille.</translation>
    </message>
    <message>
        <source>The workbook names no part for its first worksheet.</source>
        <translation>Le classeur n’indique aucune partie pour sa première feuille.</translation>
    </message>
    <message>
        <source>%1: The cell holds more than 32,767 characters, more than a spreadsheet cell holds.</source>
        <translation>%1&#xa0;: la cellule contient plus de 32&#x202f;767 caractères, plus qu’une cellule de tableur n’en contient.</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 shared strings: no role sheet or matrix needs that many.</source>
        <translation>Le classeur contient plus de %1 chaînes partagées&#xa0;: aucune fiche de rôle ni matrice n’en demande autant.</translation>
    </message>
    <message>
        <source>The workbook&apos;s shared strings hold more than 64 MiB of text: no role sheet or matrix is that large.</source>
        <translation>Les chaînes partagées du classeur contiennent plus de 64 Mio de texte&#xa0;: aucune fiche de rôle ni matrice n’est aussi grande.</translation>
    </message>
    <message>
        <source>Shared string %1</source>
        <translation>Chaîne partagée %1</translation>
    </message>
    <message>
        <source>Row %1 comes after row %2: the worksheet&apos;s rows are out of order.</source>
        <translation>La ligne %1 vient après la ligne %2&#xa0;: les lignes de la feuille sont dans le désordre.</translation>
    </message>
    <message>
        <source>Row %1 is past a spreadsheet&apos;s last row, 1,048,576.</source>
        <translation>La ligne %1 dépasse la dernière ligne d’un tableur, 1&#x202f;048&#x202f;576.</translation>
    </message>
    <message>
        <source>%1: the row&apos;s cells are out of order.</source>
        <translation>%1&#xa0;: les cellules de la ligne sont dans le désordre.</translation>
    </message>
    <message>
        <source>%1: The sheet has more than 16,384 columns, more than a spreadsheet holds.</source>
        <translation>%1&#xa0;: la feuille a plus de 16&#x202f;384 colonnes, plus qu’un tableur n’en contient.</translation>
    </message>
    <message>
        <source>The worksheet holds more than a CSV file of 64 MiB would: no role sheet or matrix of a workspace is that large.</source>
        <translation>La feuille contient plus qu’un fichier CSV de 64 Mio n’en contiendrait&#xa0;: aucune fiche de rôle ni matrice d’un espace de travail n’est aussi grande.</translation>
    </message>
    <message>
        <source>A row of the worksheet has no valid number: %1.</source>
        <translation>Une ligne de la feuille n’a pas de numéro valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A cell of row %1 has no valid name: %2.</source>
        <translation>Une cellule de la ligne %1 n’a pas de nom valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: The cell holds a formula; save the sheet with values only.</source>
        <translation>%1&#xa0;: la cellule contient une formule&#xa0;; enregistrez la feuille avec les valeurs seules.</translation>
    </message>
    <message>
        <source>%1: The cell refers to shared string %2, but the workbook has %3.</source>
        <translation>%1&#xa0;: la cellule renvoie à la chaîne partagée %2, mais le classeur en a %3.</translation>
    </message>
    <message>
        <source>The file is not an xlsx workbook: it is not a zip file.</source>
        <translation>Le fichier n’est pas un classeur xlsx&#xa0;: ce n’est pas un fichier zip.</translation>
    </message>
    <message>
        <source>The file is not an xlsx workbook: its zip directory cannot be read.</source>
        <translation>Le fichier n’est pas un classeur xlsx&#xa0;: son répertoire zip est illisible.</translation>
    </message>
    <message>
        <source>The workbook cannot be written: %1.</source>
        <translation>Le classeur ne peut pas être écrit&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Owner-only</source>
        <translation>Réservé au propriétaire</translation>
    </message>
    <message>
        <source>Guarded</source>
        <translation>Garde-fou</translation>
    </message>
    <message>
        <source>Only Admin &amp; owner may hold this feature (billing).</source>
        <translation>Seul Admin et propriétaire peut détenir cette fonctionnalité (facturation).</translation>
    </message>
    <message>
        <source>A guardrail of the role forbids every level of this feature.</source>
        <translation>Un garde-fou du rôle interdit tout niveau de cette fonctionnalité.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
</context>
<context>
    <name>rs::pages</name>
    <message>
        <source>%1 (wrap date)</source>
        <translation>%1 (date de fin)</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>Commence le %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Terminée le %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>rs::review</name>
    <message numerus="yes">
        <source>%n features: view %1, add %2, edit %3, delete %4</source>
        <translation>
            <numerusform>%n fonctionnalité&#xa0;: voir %1, ajouter %2, modifier %3, supprimer %4</numerusform>
            <numerusform>%n fonctionnalités&#xa0;: voir %1, ajouter %2, modifier %3, supprimer %4</numerusform>
        </translation>
    </message>
    <message>
        <source>A comment has %1 characters at most.</source>
        <translation>Un commentaire compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>le commentaire</translation>
    </message>
    <message>
        <source>The cell is not UTF-8 text.</source>
        <translation>La cellule n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The items&apos; header has no %1 column.</source>
        <translation>L’en-tête des éléments n’a pas de colonne %1.</translation>
    </message>
    <message>
        <source>The file is the sheet of access review %1, not of %2.</source>
        <translation>Le fichier est la feuille de la revue d’accès %1, pas de %2.</translation>
    </message>
    <message>
        <source>%1 is not an item of access review %2.</source>
        <translation>%1 n’est pas un élément de la revue d’accès %2.</translation>
    </message>
    <message>
        <source>Item %1 of access review %2 is %3 as %4, not this row&apos;s: the row is of another campaign.</source>
        <translation>L’élément %1 de la revue d’accès %2 est %3 comme %4, pas celui de cette ligne : la ligne est d’une autre campagne.</translation>
    </message>
    <message>
        <source>Item %1 is on an earlier row already.</source>
        <translation>L’élément %1 figure déjà sur une ligne précédente.</translation>
    </message>
    <message>
        <source>%1 is not a decision: write keep, revoke or end.</source>
        <translation>%1 n’est pas une décision : écrivez keep, revoke ou end.</translation>
    </message>
    <message>
        <source>End needs its date here, written as YYYY-MM-DD.</source>
        <translation>End a besoin ici de sa date, écrite AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The file cannot be read to its end: row %1 breaks the limits of a CSV sheet.</source>
        <translation>Le fichier ne peut pas être lu jusqu’au bout : la ligne %1 dépasse les limites d’une feuille CSV.</translation>
    </message>
    <message>
        <source>The file has no items&apos; header (item, member, …, decision): it is not an access review&apos;s sheet.</source>
        <translation>Le fichier n’a pas d’en-tête d’éléments (item, member, …, decision) : ce n’est pas la feuille d’une revue d’accès.</translation>
    </message>
    <message>
        <source>The file does not name its access review: its first rows are missing.</source>
        <translation>Le fichier ne nomme pas sa revue d’accès : ses premières lignes manquent.</translation>
    </message>
    <message>
        <source>A decision is keep, revoke or end on a date.</source>
        <translation>Une décision est conserver, révoquer ou finir à une date.</translation>
    </message>
    <message>
        <source>An end date is written as YYYY-MM-DD.</source>
        <translation>Une date de fin s’écrit AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The end date %1 is in the past.</source>
        <translation>La date de fin %1 est dans le passé.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>revue</translation>
    </message>
    <message>
        <source>until %1, granted by %2</source>
        <translation>jusqu’au %1, accordée par %2</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>run out</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>void: the conflict it covered is gone</source>
        <translation>caduque : le conflit qu’elle couvrait a disparu</translation>
    </message>
</context>
<context>
    <name>rs::review::Decision</name>
    <message>
        <source>Undecided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>End on %1</source>
        <translation>Fin le %1</translation>
    </message>
</context>
<context>
    <name>rs::review::Item</name>
    <message>
        <source>Account role</source>
        <translation>Rôle de compte</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>seat in %1 as %2</source>
        <translation>place dans %1 comme %2</translation>
    </message>
    <message>
        <source>account role %1, every production</source>
        <translation>rôle de compte %1, toutes les productions</translation>
    </message>
    <message>
        <source>account role %1, invited productions only</source>
        <translation>rôle de compte %1, productions sur invitation uniquement</translation>
    </message>
</context>
<context>
    <name>rs::review::Scope</name>
    <message>
        <source>the whole studio</source>
        <translation>tout le studio</translation>
    </message>
    <message>
        <source>production %1</source>
        <translation>la production %1</translation>
    </message>
    <message>
        <source>holders of role %1</source>
        <translation>titulaires du rôle %1</translation>
    </message>
</context>
<context>
    <name>rs::reviewseal</name>
    <message>
        <source>The audit trail is not whole, so access review %1 cannot be checked against it: %2</source>
        <translation>Le journal d’audit n’est pas intact, la revue des accès %1 ne peut donc pas être vérifiée par rapport à lui&#xa0;: %2</translation>
    </message>
    <message>
        <source>The audit trail has no record of the start of access review %1.</source>
        <translation>Le journal d’audit ne contient aucune entrée du lancement de la revue des accès %1.</translation>
    </message>
    <message>
        <source>The stored items of access review %1 do not hash to %2, the SHA-256 its start recorded in the audit trail: they were changed.</source>
        <translation>Les éléments enregistrés de la revue des accès %1 ne donnent pas le hachage %2, le SHA-256 consigné dans le journal d’audit à son lancement&#xa0;: ils ont été modifiés.</translation>
    </message>
    <message>
        <source>Decision %1 on item %2 of access review %3 (%4 by %5)</source>
        <translation>Décision %1 sur l’élément %2 de la revue des accès %3 (%4 par %5)</translation>
    </message>
    <message>
        <source>%1 has no record in the audit trail: it was not made through Rolesheet.</source>
        <translation>%1 n’a aucune entrée dans le journal d’audit&#xa0;: elle n’a pas été prise dans Rolesheet.</translation>
    </message>
    <message>
        <source>%1 differs from its record in the audit trail: %2 is stored as “%3”, recorded as “%4”.</source>
        <translation>%1 diffère de son entrée dans le journal d’audit&#xa0;: %2 est enregistré comme «&#xa0;%3&#xa0;» mais consigné comme «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>The audit trail records %1 decisions on access review %2, but %3 are stored: decisions were removed.</source>
        <translation>Le journal d’audit consigne %1 décisions sur la revue des accès %2, mais %3 sont enregistrées&#xa0;: des décisions ont été supprimées.</translation>
    </message>
    <message>
        <source>The reviewers of access review %1 differ from those the audit trail records.</source>
        <translation>Les réviseurs de la revue des accès %1 diffèrent de ceux que consigne le journal d’audit.</translation>
    </message>
    <message>
        <source>The audit trail records the close of access review %1, but its closing is gone from the database.</source>
        <translation>Le journal d’audit consigne la clôture de la revue des accès %1, mais cette clôture a disparu de la base de données.</translation>
    </message>
    <message>
        <source>Access review %1 is closed, but the audit trail has no record of its close.</source>
        <translation>La revue des accès %1 est clôturée, mais le journal d’audit ne contient aucune entrée de sa clôture.</translation>
    </message>
    <message>
        <source>Access review %1 was closed before its evidence was sealed in the audit trail; its stored rows cannot be checked against it.</source>
        <translation>La revue des accès %1 a été clôturée avant que ses preuves soient scellées dans le journal d’audit&#x202f;; ses lignes enregistrées ne peuvent pas être vérifiées par rapport à lui.</translation>
    </message>
    <message>
        <source>The stored rows of access review %1 do not hash to %2, the evidence SHA-256 its close recorded in the audit trail (record %3): they were changed after it closed.</source>
        <translation>Les lignes enregistrées de la revue des accès %1 ne donnent pas le hachage %2, le SHA-256 des preuves consigné dans le journal d’audit à sa clôture (entrée %3)&#xa0;: elles ont été modifiées après la clôture.</translation>
    </message>
    <message>
        <source>The decisions %1 to %2 of access review %3, taken at once, differ from what their record in the audit trail binds: they were changed, added or removed.</source>
        <translation>Les décisions %1 à %2 de la revue d’accès %3, prises en une fois, diffèrent de ce que lie leur enregistrement dans la piste d’audit : elles ont été modifiées, ajoutées ou supprimées.</translation>
    </message>
</context>
<context>
    <name>rs::reviewsql</name>
    <message>
        <source>The access reviews of the workspace cannot be read.</source>
        <translation>Impossible de lire les revues des accès de l’espace de travail.</translation>
    </message>
    <message>
        <source>The access review could not be saved; nothing was changed.</source>
        <translation>Impossible d’enregistrer la revue des accès&#x202f;; rien n’a été modifié.</translation>
    </message>
</context>
</TS>
