<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>RequestView</name>
    <message>
        <source>Request %1 is %2: %3 of %4 approvals.</source>
        <translation>La solicitud %1 está %2: %3 de %4 aprobaciones.</translation>
    </message>
    <message>
        <source>Applied at once by breaking glass; listed for approval after the fact.</source>
        <translation>Aplicada al instante por acceso de emergencia; listada para aprobarla después.</translation>
    </message>
    <message>
        <source>Filed by %1 on %2. Reason: %3</source>
        <translation>Presentada por %1 el %2. Motivo: %3</translation>
    </message>
    <message>
        <source>Made on workspace version %1; SHA-256 %2</source>
        <translation>Hecha sobre la versión %1 del espacio de trabajo; SHA-256 %2</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Aprobada por %1 el %2</translation>
    </message>
    <message>
        <source>Denied by %1 on %2</source>
        <translation>Rechazada por %1 el %2</translation>
    </message>
    <message>
        <source>(counts)</source>
        <translation>(cuenta)</translation>
    </message>
    <message>
        <source>(does not count)</source>
        <translation>(no cuenta)</translation>
    </message>
    <message>
        <source>Can be approved until %1.</source>
        <translation>Puede aprobarse hasta el %1.</translation>
    </message>
    <message>
        <source>Can be applied until %1.</source>
        <translation>Puede aplicarse hasta el %1.</translation>
    </message>
    <message>
        <source>Applied by %1 on %2 as workspace version %3.</source>
        <translation>Aplicada por %1 el %2 como versión %3 del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Solicitud %1</translation>
    </message>
    <message>
        <source>Approval Request %1</source>
        <translation>Solicitud de aprobación %1</translation>
    </message>
    <message>
        <source>It no longer fits the workspace as it is now: %1</source>
        <translation>Ya no encaja con el espacio de trabajo tal como está ahora: %1</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>A&amp;probar…</translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Apli&amp;car</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Re&amp;tirar</translation>
    </message>
    <message>
        <source>&lt;b&gt;What it changed&lt;/b&gt;, as filed:</source>
        <translation>&lt;b&gt;Lo que cambió&lt;/b&gt;, tal como se presentó:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Impact on members&lt;/b&gt;: who gained or lost which access when it was applied, as its audit record keeps it.</source>
        <translation>&lt;b&gt;Impacto en los miembros&lt;/b&gt;: quién ganó o perdió qué acceso al aplicarse, tal como lo guarda su registro de auditoría.</translation>
    </message>
    <message>
        <source>Applied before records kept who gained or lost what.</source>
        <translation>Aplicada antes de que los registros guardaran quién ganó o perdió qué.</translation>
    </message>
    <message>
        <source>account-wide</source>
        <translation>toda la cuenta</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Funciones: %1</translation>
    </message>
    <message>
        <source>Nobody gained or lost access.</source>
        <translation>Nadie ganó ni perdió acceso.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design the permission roles of a studio.</source>
        <translation>Diseña los roles y permisos de un estudio.</translation>
    </message>
    <message>
        <source>The .rolesheet file to open.</source>
        <translation>El archivo .rolesheet que se abre.</translation>
    </message>
    <message>
        <source>Speak LANGUAGE (de, en, es, fr, nl) this time instead of the one chosen in Preferences.</source>
        <translation>Usa esta vez IDIOMA (de, en, es, fr, nl) en lugar del elegido en Preferencias.</translation>
    </message>
    <message>
        <source>Use these colours this time: system, light, dark or high-contrast.</source>
        <translation>Usa esta vez estos colores: system, light, dark o high-contrast.</translation>
    </message>
    <message>
        <source>Unknown appearance: %1</source>
        <translation>Apariencia desconocida: %1</translation>
    </message>
</context>
<context>
    <name>rs</name>
    <message>
        <source>The approval requests of the workspace cannot be read.</source>
        <translation>No se pueden leer las solicitudes de aprobación del espacio de trabajo.</translation>
    </message>
    <message>
        <source>The approval request could not be saved; nothing was changed.</source>
        <translation>No se pudo guardar la solicitud de aprobación; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>rs::Access</name>
    <message>
        <source>%1&apos;s account role %2 ended on %3.</source>
        <translation>El rol de cuenta %2 de %1 terminó el %3.</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 begins on %3.</source>
        <translation>El puesto de %1 en %2 empieza el %3.</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 ended on %3.</source>
        <translation>El puesto de %1 en %2 terminó el %3.</translation>
    </message>
</context>
<context>
    <name>rs::AccessGridModel</name>
    <message>
        <source>Feature of each production</source>
        <translation>Función de cada producción</translation>
    </message>
    <message>
        <source>Account-wide feature</source>
        <translation>Función de toda la cuenta</translation>
    </message>
    <message>
        <source>%1 granted by %2</source>
        <translation>%1 concedido por %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>%1 (team)</source>
        <translation>%1 (equipo)</translation>
    </message>
</context>
<context>
    <name>rs::Appearance</name>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Seguir el escritorio</translation>
    </message>
</context>
<context>
    <name>rs::ApprovalStore</name>
    <message>
        <source>There is no approval request %1.</source>
        <translation>No existe la solicitud de aprobación %1.</translation>
    </message>
    <message>
        <source>The approval requests of the workspace cannot be read.</source>
        <translation>No se pueden leer las solicitudes de aprobación del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Approval request %1 was applied or withdrawn already; nothing was changed.</source>
        <translation>La solicitud de aprobación %1 ya se aplicó o se retiró; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>A request needs at least one change.</source>
        <translation>Una solicitud necesita al menos un cambio.</translation>
    </message>
    <message>
        <source>A request needs a reason.</source>
        <translation>Una solicitud necesita un motivo.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>El motivo</translation>
    </message>
    <message>
        <source>Filed approval request %1: %2</source>
        <translation>Solicitud de aprobación %1 presentada: %2</translation>
    </message>
    <message>
        <source>Break glass needs a reason.</source>
        <translation>Un acceso de emergencia necesita un motivo.</translation>
    </message>
    <message>
        <source>Only the workspace&apos;s owner may break glass.</source>
        <translation>Solo el propietario del espacio de trabajo puede usar el acceso de emergencia.</translation>
    </message>
    <message>
        <source>Broke glass as approval request %1: %2</source>
        <translation>Acceso de emergencia como solicitud de aprobación %1: %2</translation>
    </message>
    <message>
        <source>A denial needs a comment saying why.</source>
        <translation>Un rechazo necesita un comentario que explique el motivo.</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>El comentario</translation>
    </message>
    <message>
        <source>Approval request %1 is %2; only a pending request is approved or denied.</source>
        <translation>La solicitud de aprobación %1 está %2; solo se aprueba o rechaza una solicitud pendiente.</translation>
    </message>
    <message>
        <source>Approval request %1 changed since it was shown; look at it again. Nothing was recorded.</source>
        <translation>La solicitud de aprobación %1 cambió desde que se mostró; revísela de nuevo. No se ha registrado nada.</translation>
    </message>
    <message>
        <source>The vote was refused by the database; nothing was recorded.</source>
        <translation>La base de datos rechazó el voto; no se ha registrado nada.</translation>
    </message>
    <message>
        <source>Approved request %1</source>
        <translation>Solicitud %1 aprobada</translation>
    </message>
    <message>
        <source>Denied request %1: %2</source>
        <translation>Solicitud %1 rechazada: %2</translation>
    </message>
    <message>
        <source>Only the member who filed request %1 withdraws it.</source>
        <translation>Solo el miembro que presentó la solicitud %1 puede retirarla.</translation>
    </message>
    <message>
        <source>Approval request %1 is %2 and cannot be withdrawn.</source>
        <translation>La solicitud de aprobación %1 está %2 y no se puede retirar.</translation>
    </message>
    <message>
        <source>Withdrew approval request %1</source>
        <translation>Solicitud de aprobación %1 retirada</translation>
    </message>
    <message>
        <source>Only the member who filed request %1 changes it.</source>
        <translation>Solo el miembro que presentó la solicitud %1 puede cambiarla.</translation>
    </message>
    <message>
        <source>Approval request %1 is %2 and cannot be changed.</source>
        <translation>La solicitud de aprobación %1 está %2 y no se puede cambiar.</translation>
    </message>
    <message>
        <source>Approval request %1 made again on version %2; its approvals count no more</source>
        <translation>Solicitud de aprobación %1 rehecha sobre la versión %2; sus aprobaciones ya no cuentan</translation>
    </message>
    <message>
        <source>Approval request %1 is %2 (%3 of %4 approvals); only an approved request is applied.</source>
        <translation>La solicitud de aprobación %1 está %2 (%3 de %4 aprobaciones); solo se aplica una solicitud aprobada.</translation>
    </message>
    <message>
        <source>Approval request %1 no longer holds on the workspace as it is now: %2 Rebase it and have it approved again; nothing was changed.</source>
        <translation>La solicitud de aprobación %1 ya no encaja con el espacio de trabajo actual: %2 Rehágala y hágala aprobar de nuevo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Approval request %1 conflicts with a change made since it was filed: version %2, %3. Rebase it and have it approved again; nothing was changed.</source>
        <translation>La solicitud de aprobación %1 entra en conflicto con un cambio posterior: versión %2, %3. Rehágala y hágala aprobar de nuevo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Approval request %1 was changed, applied or withdrawn meanwhile; nothing was changed.</source>
        <translation>La solicitud de aprobación %1 se cambió, aplicó o retiró entretanto; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Applied approval request %1</source>
        <translation>Solicitud de aprobación %1 aplicada</translation>
    </message>
    <message>
        <source>version %1: %2 was applied without an approved request or break glass</source>
        <translation>versión %1: %2 se aplicó sin solicitud aprobada ni acceso de emergencia</translation>
    </message>
</context>
<context>
    <name>rs::ApprovalsDialog</name>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>Actuar como</translation>
    </message>
    <message>
        <source>Acting &amp;as:</source>
        <translation>Actuar &amp;como:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Esperan mi aprobación</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Approved, ready to apply</source>
        <translation>Aprobadas, listas para aplicar</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducadas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>A&amp;probar…</translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Apli&amp;car</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Re&amp;tirar</translation>
    </message>
    <message>
        <source>Acting as %1 (the database login).</source>
        <translation>Actuando como %1 (el usuario de la base de datos).</translation>
    </message>
    <message>
        <source>%1 (break glass)</source>
        <translation>%1 (acceso de emergencia)</translation>
    </message>
    <message>
        <source>%1, waiting for you</source>
        <translation>%1, espera tu aprobación</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Request %1 is applied.</source>
        <translation>La solicitud %1 está aplicada.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Comentario (opcional):</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Why is it denied? (required)</source>
        <translation>¿Por qué se rechaza? (obligatorio)</translation>
    </message>
</context>
<context>
    <name>rs::ApprovalsFeature</name>
    <message>
        <source>A&amp;pprovals…</source>
        <translation>A&amp;probaciones…</translation>
    </message>
    <message>
        <source>Approval requests: those waiting for you, pending, approved and ready to apply, expired</source>
        <translation>Solicitudes de aprobación: las que esperan tu aprobación, pendientes, aprobadas listas para aplicar, caducadas</translation>
    </message>
    <message numerus="yes">
        <source>%n of the staged changes need a second person&apos;s approval under the workspace&apos;s approval policy, such as: %1. File them as a request; they are applied once approved.</source>
        <translation>
            <numerusform>%n de los cambios preparados necesita la aprobación de una segunda persona según la política de aprobación del espacio de trabajo, por ejemplo: %1. Preséntalos como solicitud; se aplican una vez aprobados.</numerusform>
            <numerusform>%n de los cambios preparados necesitan la aprobación de una segunda persona según la política de aprobación del espacio de trabajo, por ejemplo: %1. Preséntalos como solicitud; se aplican una vez aprobados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request &amp;Approval…</source>
        <translation>Solicitar &amp;aprobación…</translation>
    </message>
    <message>
        <source>Request Approval</source>
        <translation>Solicitar aprobación</translation>
    </message>
    <message>
        <source>Why the change is needed (required)</source>
        <translation>Por qué hace falta el cambio (obligatorio)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Requested &amp;by:</source>
        <translation>Solicitada &amp;por:</translation>
    </message>
    <message>
        <source>&amp;File Request</source>
        <translation>&amp;Presentar solicitud</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 waits for %n approval(s); View › Approvals… follows it.</source>
        <translation>
            <numerusform>La solicitud %1 espera %n aprobación; Ver › Aprobaciones… la sigue.</numerusform>
            <numerusform>La solicitud %1 espera %n aprobaciones; Ver › Aprobaciones… la sigue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval request(s) wait for your approval.</source>
        <translation>
            <numerusform>%n solicitud de aprobación espera tu aprobación.</numerusform>
            <numerusform>%n solicitudes de aprobación esperan tu aprobación.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asks for your approval of request %2: %3</source>
        <translation>%1 pide tu aprobación de la solicitud %2: %3</translation>
    </message>
    <message>
        <source>The staged changes wait as one request until enough approvers approve it; then anyone applies it from View › Approvals…</source>
        <translation>Los cambios preparados esperan como una solicitud hasta que suficientes aprobadores la aprueben; luego cualquiera la aplica desde Ver › Aprobaciones…</translation>
    </message>
</context>
<context>
    <name>rs::AuditActions</name>
    <message>
        <source>Staged changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>Some changes are staged but not applied (%1 in all). Apply them before connecting?</source>
        <translation>Hay cambios pendientes sin aplicar (%1 en total). ¿Aplicarlos antes de conectar?</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Conectar a un servidor…</translation>
    </message>
    <message>
        <source>Open a workspace shared on a PostgreSQL server</source>
        <translation>Abre un espacio de trabajo compartido en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Audit Trail…</source>
        <translation>Registro de &amp;auditoría…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Every applied change: when, who, and what it altered</source>
        <translation>Cada cambio aplicado: cuándo, quién y qué alteró</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Open a workspace to see its audit trail.</source>
        <translation>Abre un espacio de trabajo para ver su registro de auditoría.</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Conectar a un servidor</translation>
    </message>
    <message>
        <source>&amp;Forget Server Password</source>
        <translation>&amp;Olvidar la contraseña del servidor</translation>
    </message>
    <message>
        <source>Remove this server&apos;s password from the system keyring; the next connection asks</source>
        <translation>Quita la contraseña de este servidor del llavero del sistema; la próxima conexión la pedirá</translation>
    </message>
</context>
<context>
    <name>rs::AuditDialog</name>
    <message>
        <source>Write the date as 2026-01-31.</source>
        <translation>Escribe la fecha como 2026-01-31.</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Cualquier rol</translation>
    </message>
    <message>
        <source>Any member</source>
        <translation>Cualquier miembro</translation>
    </message>
    <message>
        <source>e.g. 2026-01-31</source>
        <translation>p. ej., 2026-01-31</translation>
    </message>
    <message>
        <source>e.g. 2026-12-31</source>
        <translation>p. ej., 2026-12-31</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Filter by role</source>
        <translation>Filtrar por rol</translation>
    </message>
    <message>
        <source>Filter by member</source>
        <translation>Filtrar por miembro</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <source>Applied changes</source>
        <translation>Cambios aplicados</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Write the changes shown to a CSV file</source>
        <translation>Escribe los cambios mostrados en un archivo CSV</translation>
    </message>
    <message>
        <source>Read the trail again, with changes applied since it was opened (%1)</source>
        <translation>Vuelve a leer el registro, con los cambios aplicados desde que se abrió (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n applied change(s)</source>
        <translation>
            <numerusform>%n cambio aplicado</numerusform>
            <numerusform>%n cambios aplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n applied change(s)</source>
        <translation>
            <numerusform>Se muestra %1 de %n cambio aplicado</numerusform>
            <numerusform>Se muestran %1 de %n cambios aplicados</numerusform>
        </translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Exportar registro de auditoría</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1.</source>
        <translation>
            <numerusform>Se ha escrito %n cambio en %1.</numerusform>
            <numerusform>Se han escrito %n cambios en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hash chain could not be checked: %1</source>
        <translation>No se ha podido comprobar la cadena de hashes: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hash chain whole: each of the %n records follows the one before it.</source>
        <translation>
            <numerusform>Cadena de hashes íntegra: %n entrada, bien encadenada.</numerusform>
            <numerusform>Cadena de hashes íntegra: cada una de las %n entradas sigue a la anterior.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hash chain broken: %1</source>
        <translation>Cadena de hashes rota: %1</translation>
    </message>
    <message>
        <source>Last hash: %1</source>
        <translation>Último hash: %1</translation>
    </message>
    <message>
        <source>Re&amp;vert Import…</source>
        <translation>Re&amp;vertir importación…</translation>
    </message>
    <message>
        <source>Put back the workspace the selected import replaced; you review every change first</source>
        <translation>Devuelve el espacio de trabajo que sustituyó la importación seleccionada; antes revisas cada cambio</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Leyendo el registro de auditoría…</translation>
    </message>
    <message>
        <source>Checking the hash chain…</source>
        <translation>Comprobando la cadena de hashes…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>rs::AuditModel</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 añadido</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 quitado</translation>
    </message>
    <message>
        <source>workspace name: %1</source>
        <translation>nombre del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Before&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;&lt;b&gt;After&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Antes&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;&lt;b&gt;Después&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>Workspace version %1</source>
        <translation>Versión %1 del espacio de trabajo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>Usuario del sistema</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Usuario de la base de datos</translation>
    </message>
    <message>
        <source>Acting member</source>
        <translation>Miembro que actúa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Antes → después</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The whole workspace was replaced. The one before, %1 with %n roles, is kept in this record: Revert Import puts it back.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Se sustituyó todo el espacio de trabajo. El anterior, %1 con %n rol, se conserva en esta entrada: Revertir importación lo recupera.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Se sustituyó todo el espacio de trabajo. El anterior, %1 con %n roles, se conserva en esta entrada: Revertir importación lo recupera.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::BulkEdit</name>
    <message>
        <source>Feature</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>The clipboard holds no grid cells.</source>
        <translation>El portapapeles no contiene celdas de la cuadrícula.</translation>
    </message>
    <message>
        <source>The clipboard holds “%1” where a grid cell holds x or nothing.</source>
        <translation>El portapapeles contiene «%1» donde una celda de la cuadrícula contiene x o nada.</translation>
    </message>
</context>
<context>
    <name>rs::Catalog</name>
    <message>
        <source>Whoever adds jobs shapes the studio&apos;s workload and its billing.</source>
        <translation>Quien añade trabajos marca la carga de trabajo del estudio y su facturación.</translation>
    </message>
    <message>
        <source>Schedules and assignments decide who works on what and when.</source>
        <translation>Los horarios y las asignaciones deciden quién trabaja en qué y cuándo.</translation>
    </message>
    <message>
        <source>Client records are shared by every job; one careless deletion reaches them all.</source>
        <translation>Todos los trabajos comparten las fichas de clientes; un borrado descuidado las alcanza a todas.</translation>
    </message>
    <message>
        <source>Stages move jobs along on their own, so a template change alters every job that uses it.</source>
        <translation>Las etapas hacen avanzar los trabajos por sí solas, así que cambiar una plantilla altera todos los trabajos que la usan.</translation>
    </message>
    <message>
        <source>Prices set what customers pay, without touching the studio&apos;s own money.</source>
        <translation>Los precios fijan lo que pagan los clientes, sin tocar el dinero del propio estudio.</translation>
    </message>
    <message>
        <source>Backgrounds, logos and overlays are reused across many productions.</source>
        <translation>Fondos, logotipos y superposiciones se reutilizan en muchas producciones.</translation>
    </message>
    <message>
        <source>Product designs are what customers end up holding in their hands.</source>
        <translation>Los diseños de producto son lo que el cliente acaba teniendo en las manos.</translation>
    </message>
    <message>
        <source>The storefront&apos;s layout is seen by every customer who orders.</source>
        <translation>Todos los clientes que hacen un pedido ven el diseño de la tienda.</translation>
    </message>
    <message>
        <source>Forms decide what information is collected from families and clients.</source>
        <translation>Los formularios deciden qué datos se recogen de familias y clientes.</translation>
    </message>
    <message>
        <source>A stray code gives margin away on every order that uses it.</source>
        <translation>Un código suelto regala margen en cada pedido que lo usa.</translation>
    </message>
    <message>
        <source>Names and details of the people photographed must be right before anything is printed.</source>
        <translation>Los nombres y datos de las personas fotografiadas deben ser correctos antes de imprimir nada.</translation>
    </message>
    <message>
        <source>The pictures are the product; replacing or removing one is felt by the customer.</source>
        <translation>Las fotos son el producto; el cliente nota cuando se sustituye o se quita una.</translation>
    </message>
    <message>
        <source>Orders placed during a job often need fixing while the job is still running.</source>
        <translation>Los pedidos hechos durante un trabajo suelen necesitar retoques mientras este sigue en marcha.</translation>
    </message>
    <message>
        <source>Knowing what went to print avoids duplicate runs.</source>
        <translation>Saber qué se ha mandado a imprimir evita tiradas duplicadas.</translation>
    </message>
    <message>
        <source>Imports bring subject lists and image batches into a job in bulk.</source>
        <translation>Las importaciones cargan de golpe listas de personas y lotes de imágenes en un trabajo.</translation>
    </message>
    <message>
        <source>Exports produce the reports and files that production runs on.</source>
        <translation>Las exportaciones generan los informes y archivos con los que trabaja producción.</translation>
    </message>
    <message>
        <source>Sorting by QR code matches images to the right subjects.</source>
        <translation>Ordenar por código QR asigna las imágenes a las personas correctas.</translation>
    </message>
    <message>
        <source>On set, misfired frames have to be culled quickly.</source>
        <translation>En el plató, las tomas fallidas hay que descartarlas rápido.</translation>
    </message>
    <message>
        <source>Status decides whether a job is open to customers or archived.</source>
        <translation>El estado decide si un trabajo está abierto a los clientes o archivado.</translation>
    </message>
    <message>
        <source>Releasing an order sends it to the lab; timing matters.</source>
        <translation>Liberar un pedido lo envía al laboratorio; el momento importa.</translation>
    </message>
    <message>
        <source>A last check of orders before fulfilment catches costly mistakes.</source>
        <translation>Una última revisión de los pedidos antes de servirlos evita errores caros.</translation>
    </message>
    <message>
        <source>Retouching and other image services done in-house.</source>
        <translation>Retoque y otros servicios de imagen hechos en casa.</translation>
    </message>
    <message>
        <source>Print workflows turn finished orders into physical products.</source>
        <translation>Los flujos de impresión convierten los pedidos terminados en productos físicos.</translation>
    </message>
    <message>
        <source>Whoever manages users can hand out any permission, including their own.</source>
        <translation>Quien gestiona los usuarios puede conceder cualquier permiso, también a sí mismo.</translation>
    </message>
    <message>
        <source>Payouts move the studio&apos;s money to its bank account.</source>
        <translation>Las liquidaciones transfieren el dinero del estudio a su cuenta bancaria.</translation>
    </message>
    <message>
        <source>Refunds send money back out; authority over them belongs in one place.</source>
        <translation>Los reembolsos devuelven dinero; la autoridad sobre ellos debe estar en un solo sitio.</translation>
    </message>
    <message>
        <source>Revenue figures are sensitive business information.</source>
        <translation>Las cifras de ingresos son información sensible del negocio.</translation>
    </message>
    <message>
        <source>Account settings apply to the whole studio at once.</source>
        <translation>Los ajustes de la cuenta se aplican a todo el estudio a la vez.</translation>
    </message>
    <message>
        <source>Campaigns speak to customers in the studio&apos;s name.</source>
        <translation>Las campañas hablan a los clientes en nombre del estudio.</translation>
    </message>
    <message>
        <source>Approving a campaign is the last check before customers see it.</source>
        <translation>Aprobar una campaña es el último control antes de que la vean los clientes.</translation>
    </message>
    <message>
        <source>Bulk import creates many jobs at once, and their mistakes at scale.</source>
        <translation>La importación masiva crea muchos trabajos a la vez, y sus errores a gran escala.</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Captura</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lanzamiento</translation>
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
        <translation>Importador de trabajos</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Job Settings</source>
        <translation>Ajustes del trabajo</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Stage Templates</source>
        <translation>Plantillas de etapas</translation>
    </message>
    <message>
        <source>Price Sheets</source>
        <translation>Listas de precios</translation>
    </message>
    <message>
        <source>Asset Library</source>
        <translation>Biblioteca de recursos</translation>
    </message>
    <message>
        <source>My Designs</source>
        <translation>Mis diseños</translation>
    </message>
    <message>
        <source>Cart Templates</source>
        <translation>Plantillas de carrito</translation>
    </message>
    <message>
        <source>Form Templates</source>
        <translation>Plantillas de formularios</translation>
    </message>
    <message>
        <source>Discount Codes</source>
        <translation>Códigos de descuento</translation>
    </message>
    <message>
        <source>Subject Data</source>
        <translation>Datos de las personas</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Job Orders</source>
        <translation>Pedidos del trabajo</translation>
    </message>
    <message>
        <source>Print Jobs</source>
        <translation>Trabajos de impresión</translation>
    </message>
    <message>
        <source>Tools — Import</source>
        <translation>Herramientas — Importar</translation>
    </message>
    <message>
        <source>Tools — Export</source>
        <translation>Herramientas — Exportar</translation>
    </message>
    <message>
        <source>Tools — Sort</source>
        <translation>Herramientas — Ordenar</translation>
    </message>
    <message>
        <source>Tools — Capture</source>
        <translation>Herramientas — Captura</translation>
    </message>
    <message>
        <source>Job Status</source>
        <translation>Estado del trabajo</translation>
    </message>
    <message>
        <source>Release Orders</source>
        <translation>Liberar pedidos</translation>
    </message>
    <message>
        <source>Studio Orders</source>
        <translation>Pedidos del estudio</translation>
    </message>
    <message>
        <source>Fulfillment — Image Services</source>
        <translation>Gestión de pedidos — Servicios de imagen</translation>
    </message>
    <message>
        <source>Fulfillment — Print Services</source>
        <translation>Gestión de pedidos — Servicios de impresión</translation>
    </message>
    <message>
        <source>User Management</source>
        <translation>Gestión de usuarios</translation>
    </message>
    <message>
        <source>Payout Management</source>
        <translation>Gestión de liquidaciones</translation>
    </message>
    <message>
        <source>Refund Management</source>
        <translation>Gestión de reembolsos</translation>
    </message>
    <message>
        <source>Dashboard Order Metrics</source>
        <translation>Métricas de pedidos del panel</translation>
    </message>
    <message>
        <source>Account Preferences</source>
        <translation>Preferencias de la cuenta</translation>
    </message>
    <message>
        <source>Campaign Approval</source>
        <translation>Aprobación de campañas</translation>
    </message>
    <message>
        <source>Import &amp; Create Jobs</source>
        <translation>Importar y crear trabajos</translation>
    </message>
    <message>
        <source>Admin &amp; owner</source>
        <translation>Admin y propietario</translation>
    </message>
    <message>
        <source>Create productions</source>
        <translation>Crear producciones</translation>
    </message>
    <message>
        <source>Production administrator</source>
        <translation>Administrador de producción</translation>
    </message>
    <message>
        <source>Production member</source>
        <translation>Miembro de producción</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Holds every permission, billing included. Exactly one member holds it.</source>
        <translation>Tiene todos los permisos, facturación incluida. La tiene exactamente un miembro.</translation>
    </message>
    <message>
        <source>Everything the owner can do except billing; administers every production.</source>
        <translation>Todo lo que puede hacer el propietario salvo la facturación; administra todas las producciones.</translation>
    </message>
    <message>
        <source>Creates productions and administers the ones it creates; sees only those and the ones it is invited to.</source>
        <translation>Crea producciones y administra las que crea; solo ve esas y aquellas a las que se le invita.</translation>
    </message>
    <message>
        <source>Every permission inside a production, its settings included.</source>
        <translation>Todos los permisos dentro de una producción, incluidos sus ajustes.</translation>
    </message>
    <message>
        <source>Contributes to a production without changing its settings; the role everyone invited gets unless another is named.</source>
        <translation>Colabora en una producción sin cambiar sus ajustes; el rol que recibe cada invitado si no se indica otro.</translation>
    </message>
    <message>
        <source>Runs the operational core of the studio — setup, capture and launch — without money, personnel or marketing.</source>
        <translation>Lleva el núcleo operativo del estudio —configuración, captura y lanzamiento— sin dinero, personal ni marketing.</translation>
    </message>
</context>
<context>
    <name>rs::CatalogDialog</name>
    <message>
        <source>Owner only (held by the Admin &amp; owner alone)</source>
        <translation>Solo propietario (únicamente Admin y propietario)</translation>
    </message>
    <message>
        <source>Edit catalog</source>
        <translation>Editar catálogo</translation>
    </message>
    <message>
        <source>Section / feature</source>
        <translation>Sección / función</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Add &amp;Section…</source>
        <translation>Añadir &amp;sección…</translation>
    </message>
    <message>
        <source>Add &amp;Feature…</source>
        <translation>Añadir &amp;función…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Account-wide</source>
        <translation>Toda la cuenta</translation>
    </message>
    <message>
        <source>Each production</source>
        <translation>Cada producción</translation>
    </message>
    <message>
        <source>Selected feature</source>
        <translation>Función seleccionada</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Ámbito:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Categorías:</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>production</source>
        <translation>producción</translation>
    </message>
    <message>
        <source>owner-only </source>
        <translation>solo propietario </translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Añadir sección</translation>
    </message>
    <message>
        <source>Name of the new section:</source>
        <translation>Nombre de la nueva sección:</translation>
    </message>
    <message>
        <source>Add feature</source>
        <translation>Añadir función</translation>
    </message>
    <message>
        <source>Pick the section the feature belongs to first.</source>
        <translation>Elige antes la sección a la que pertenece la función.</translation>
    </message>
    <message>
        <source>Name of the new feature:</source>
        <translation>Nombre de la nueva función:</translation>
    </message>
    <message>
        <source>Rename feature</source>
        <translation>Renombrar función</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Renombrar sección</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1 from the catalog? Every role loses its grants on it.</source>
        <translation>¿Quitar %1 del catálogo? Todos los roles pierden sus permisos sobre ella.</translation>
    </message>
</context>
<context>
    <name>rs::Categories</name>
    <message>
        <source>financial</source>
        <translation>finanzas</translation>
    </message>
    <message>
        <source>personnel</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;: use financial, personnel or marketing.</source>
        <translation>Categoría desconocida «%1»: usa financial, personnel o marketing.</translation>
    </message>
</context>
<context>
    <name>rs::Change</name>
    <message>
        <source>Set %1 to %2 for %3</source>
        <translation>Poner %1 en %2 para %3</translation>
    </message>
    <message>
        <source>Create role %1</source>
        <translation>Crear el rol %1</translation>
    </message>
    <message>
        <source>Delete role %1</source>
        <translation>Eliminar el rol %1</translation>
    </message>
    <message>
        <source>Rename role %1 to %2</source>
        <translation>Renombrar el rol %1 como %2</translation>
    </message>
    <message>
        <source>Remove the guardrails of %1</source>
        <translation>Quitar las salvaguardas de %1</translation>
    </message>
    <message>
        <source>Set the guardrails of %1 to %2</source>
        <translation>Fijar las salvaguardas de %1 en %2</translation>
    </message>
    <message>
        <source>Limit %1 to invited productions</source>
        <translation>Limitar %1 a las producciones con invitación</translation>
    </message>
    <message>
        <source>Let %1 reach every production</source>
        <translation>Hacer que %1 llegue a todas las producciones</translation>
    </message>
    <message>
        <source>Describe %1</source>
        <translation>Describir %1</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>Añadir el miembro %1</translation>
    </message>
    <message>
        <source>Remove member %1</source>
        <translation>Quitar el miembro %1</translation>
    </message>
    <message>
        <source>Rename member %1 to %2</source>
        <translation>Renombrar el miembro %1 como %2</translation>
    </message>
    <message>
        <source>Give %1 the account role %2</source>
        <translation>Dar a %1 el rol de cuenta %2</translation>
    </message>
    <message>
        <source>Take the account role from %1</source>
        <translation>Quitar el rol de cuenta a %1</translation>
    </message>
    <message>
        <source>Transfer ownership to %1</source>
        <translation>Transferir la propiedad a %1</translation>
    </message>
    <message>
        <source>Create production %1</source>
        <translation>Crear la producción %1</translation>
    </message>
    <message>
        <source>Rename production %1 to %2</source>
        <translation>Renombrar la producción %1 como %2</translation>
    </message>
    <message>
        <source>Delete production %1</source>
        <translation>Eliminar la producción %1</translation>
    </message>
    <message>
        <source>Invite %1 to %2 as %3</source>
        <translation>Invitar a %1 a %2 como %3</translation>
    </message>
    <message>
        <source>Take %1 off the team of %2</source>
        <translation>Sacar a %1 del equipo de %2</translation>
    </message>
    <message>
        <source>Add section %1</source>
        <translation>Añadir la sección %1</translation>
    </message>
    <message>
        <source>Rename section %1 to %2</source>
        <translation>Renombrar la sección %1 como %2</translation>
    </message>
    <message>
        <source>Move section %1</source>
        <translation>Mover la sección %1</translation>
    </message>
    <message>
        <source>Remove section %1</source>
        <translation>Quitar la sección %1</translation>
    </message>
    <message>
        <source>Add feature %1</source>
        <translation>Añadir la función %1</translation>
    </message>
    <message>
        <source>Rename feature %1 to %2</source>
        <translation>Renombrar la función %1 como %2</translation>
    </message>
    <message>
        <source>Move feature %1</source>
        <translation>Mover la función %1</translation>
    </message>
    <message>
        <source>Remove feature %1</source>
        <translation>Quitar la función %1</translation>
    </message>
    <message>
        <source>Make %1 account-wide</source>
        <translation>Hacer que %1 sea de toda la cuenta</translation>
    </message>
    <message>
        <source>Make %1 a production feature</source>
        <translation>Convertir %1 en función de producción</translation>
    </message>
    <message>
        <source>Change the categories of %1</source>
        <translation>Cambiar las categorías de %1</translation>
    </message>
    <message>
        <source>Reserve %1 for the owner</source>
        <translation>Reservar %1 al propietario</translation>
    </message>
    <message>
        <source>Open %1 beyond the owner</source>
        <translation>Abrir %1 más allá del propietario</translation>
    </message>
    <message>
        <source>Explain %1</source>
        <translation>Explicar %1</translation>
    </message>
    <message>
        <source>Rename the workspace to %1</source>
        <translation>Renombrar el espacio de trabajo como %1</translation>
    </message>
    <message>
        <source>Unknown change &quot;%1&quot;.</source>
        <translation>Cambio desconocido «%1».</translation>
    </message>
    <message>
        <source>Give %1 the account role %2 until %3</source>
        <translation>Dar a %1 el rol de cuenta %2 hasta el %3</translation>
    </message>
    <message>
        <source>Invite %1 to %2 as %3 until %4</source>
        <translation>Invitar a %1 a %2 como %3 hasta el %4</translation>
    </message>
    <message>
        <source>Let %1&apos;s seat in %2 run from %3</source>
        <translation>Hacer que el puesto de %1 en %2 empiece el %3</translation>
    </message>
    <message>
        <source>Take the dates off %1&apos;s seat in %2</source>
        <translation>Quitar las fechas del puesto de %1 en %2</translation>
    </message>
    <message>
        <source>Let %1&apos;s seat in %2 run from %3 until %4</source>
        <translation>Hacer que el puesto de %1 en %2 vaya del %3 al %4</translation>
    </message>
    <message>
        <source>Let %1&apos;s seat in %2 run until %3</source>
        <translation>Hacer que el puesto de %1 en %2 dure hasta el %3</translation>
    </message>
    <message>
        <source>Wrap %1 on %2</source>
        <translation>Cerrar %1 el %2</translation>
    </message>
    <message>
        <source>Take the wrap date off %1</source>
        <translation>Quitar la fecha de cierre de %1</translation>
    </message>
    <message>
        <source>Use the system&apos;s time zone</source>
        <translation>Usar la zona horaria del sistema</translation>
    </message>
    <message>
        <source>Use the time zone %1</source>
        <translation>Usar la zona horaria %1</translation>
    </message>
    <message>
        <source>Let %1 follow template %2</source>
        <translation>Hacer que %1 siga la plantilla %2</translation>
    </message>
    <message>
        <source>Link %1 to template %2, pinned</source>
        <translation>Vincular %1 a la plantilla %2, fijado</translation>
    </message>
    <message>
        <source>Bring %1 in step with its template</source>
        <translation>Poner %1 al día con su plantilla</translation>
    </message>
    <message>
        <source>Unlink %1 from its template</source>
        <translation>Desvincular %1 de su plantilla</translation>
    </message>
    <message>
        <source>Set the approval policy</source>
        <translation>Establecer la política de aprobación</translation>
    </message>
    <message numerus="yes">
        <source>Set the approval policy: %1 changes, %n approval(s), approvers beyond the owner and Admins: %2, approval within %3 days, apply within %4 days</source>
        <translation>
            <numerusform>Establecer la política de aprobación: cambios %1, %n aprobación, aprobadores además del propietario y los Admins: %2, aprobación en %3 días, aplicación en %4 días</numerusform>
            <numerusform>Establecer la política de aprobación: cambios %1, %n aprobaciones, aprobadores además del propietario y los Admins: %2, aprobación en %3 días, aplicación en %4 días</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Mark production %1 client-controlled</source>
        <translation>Marcar la producción %1 como controlada por el cliente</translation>
    </message>
    <message>
        <source>Mark production %1 studio-controlled</source>
        <translation>Marcar la producción %1 como controlada por el estudio</translation>
    </message>
</context>
<context>
    <name>rs::CheckAccessDialog</name>
    <message>
        <source>Check access</source>
        <translation>Comprobar acceso</translation>
    </message>
    <message>
        <source>(no production: account-wide features only)</source>
        <translation>(sin producción: solo funciones de toda la cuenta)</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <source>&amp;Production:</source>
        <translation>&amp;Producción:</translation>
    </message>
    <message>
        <source>Account role: %1.</source>
        <translation>Rol de cuenta: %1.</translation>
    </message>
    <message>
        <source>No account role.</source>
        <translation>Sin rol de cuenta.</translation>
    </message>
    <message>
        <source>In this production: %1.</source>
        <translation>En esta producción: %1.</translation>
    </message>
    <message>
        <source>Not on this production&apos;s team.</source>
        <translation>No está en el equipo de esta producción.</translation>
    </message>
    <message>
        <source>Each granted level names the role that grants it; &quot;(team)&quot; marks the role held in the production.</source>
        <translation>Cada nivel concedido indica el rol que lo concede; «(equipo)» marca el rol que se tiene en la producción.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>&amp;At (%1):</source>
        <translation>&amp;Fecha y hora (%1):</translation>
    </message>
</context>
<context>
    <name>rs::CompareDialog</name>
    <message>
        <source>Only rows that differ</source>
        <translation>Solo las filas que difieren</translation>
    </message>
    <message>
        <source>Compare roles</source>
        <translation>Comparar roles</translation>
    </message>
    <message>
        <source>Roles to compare:</source>
        <translation>Roles que comparar:</translation>
    </message>
    <message>
        <source>Tick two or more roles.</source>
        <translation>Marca dos roles o más.</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (plantilla)</translation>
    </message>
    <message>
        <source>%1 (production role)</source>
        <translation>%1 (rol de producción)</translation>
    </message>
    <message>
        <source>Features that differ: %1</source>
        <translation>Funciones que difieren: %1</translation>
    </message>
</context>
<context>
    <name>rs::CompareModel</name>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (plantilla)</translation>
    </message>
</context>
<context>
    <name>rs::ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Conectar a un servidor</translation>
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
        <translation>verify-full — cifrado, con certificado y nombre de host comprobados</translation>
    </message>
    <message>
        <source>verify-ca — encrypted, certificate checked</source>
        <translation>verify-ca — cifrado, con certificado comprobado</translation>
    </message>
    <message>
        <source>require — encrypted, not verified</source>
        <translation>require — cifrado, sin verificar</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation>&amp;Cifrado (sslmode):</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Fill in the host and the database.</source>
        <translation>Indica el host y la base de datos.</translation>
    </message>
    <message>
        <source>disable — never encrypted (only on a network you trust)</source>
        <translation>disable — nunca cifrado (solo en una red de confianza)</translation>
    </message>
    <message>
        <source>The server&apos;s password is read from your password file (~/.pgpass, or the file PGPASSFILE names) or from PGPASSWORD; without one there, it is asked for after Connect and may be kept in the system keyring. It is never written to the settings.</source>
        <translation>La contraseña del servidor se lee de tu archivo de contraseñas (~/.pgpass o el archivo que indique PGPASSFILE) o de PGPASSWORD; si no está ahí, se pide después de «Conectar» y puede guardarse en el llavero del sistema. Nunca se escribe en los ajustes.</translation>
    </message>
</context>
<context>
    <name>rs::DateField</name>
    <message>
        <source>2026-12-24 18:00, &quot;now&quot; or &quot;+14d&quot;</source>
        <translation>2026-12-24 18:00, «ahora» o «+14d»</translation>
    </message>
    <message>
        <source>2026-12-24, &quot;tomorrow&quot; or &quot;+14d&quot;</source>
        <translation>2026-12-24, «mañana» o «+14d»</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Pick the date in a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>rs::DatedDiff</name>
    <message>
        <source>not on the team</source>
        <translation>no está en el equipo</translation>
    </message>
    <message>
        <source>no account role</source>
        <translation>sin rol de cuenta</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 hasta %2</translation>
    </message>
    <message>
        <source>%1, no end</source>
        <translation>%1, sin fin</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>sin fin</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 is gone</source>
        <translation>%1 deja de tener plaza en %2</translation>
    </message>
    <message>
        <source>Take the end off %1&apos;s seat in %2</source>
        <translation>Quitar el fin de la plaza de %1 en %2</translation>
    </message>
    <message>
        <source>Extend %1&apos;s seat in %2 to %3</source>
        <translation>Prolongar la plaza de %1 en %2 hasta el %3</translation>
    </message>
    <message>
        <source>End %1&apos;s seat in %2 on %3</source>
        <translation>Terminar la plaza de %1 en %2 el %3</translation>
    </message>
    <message>
        <source>Let %1&apos;s seat in %2 run %3</source>
        <translation>La plaza de %1 en %2 dura %3</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>Invite %1 to %2 as %3 from %4 until %5</source>
        <translation>Invitar a %1 a %2 como %3 desde el %4 hasta el %5</translation>
    </message>
    <message>
        <source>Invite %1 to %2 as %3 from %4, no end</source>
        <translation>Invitar a %1 a %2 como %3 desde el %4, sin fin</translation>
    </message>
    <message>
        <source>Take the account role from %1</source>
        <translation>Quitar el rol de cuenta a %1</translation>
    </message>
    <message>
        <source>Let %1 keep the account role %2 with no end</source>
        <translation>%1 conserva el rol de cuenta %2 sin fin</translation>
    </message>
    <message>
        <source>Extend %1&apos;s account role %2 to %3</source>
        <translation>Prolongar el rol de cuenta %2 de %1 hasta el %3</translation>
    </message>
    <message>
        <source>End %1&apos;s account role %2 on %3</source>
        <translation>Terminar el rol de cuenta %2 de %1 el %3</translation>
    </message>
    <message>
        <source>Give %1 the account role %2 until %3</source>
        <translation>Dar a %1 el rol de cuenta %2 hasta el %3</translation>
    </message>
    <message>
        <source>Give %1 the account role %2, no end</source>
        <translation>Dar a %1 el rol de cuenta %2, sin fin</translation>
    </message>
    <message>
        <source>no wrap date</source>
        <translation>sin fecha de cierre</translation>
    </message>
    <message>
        <source>Wrap %1 on %2</source>
        <translation>Cerrar %1 el %2</translation>
    </message>
    <message>
        <source>Take the wrap date off %1</source>
        <translation>Quitar la fecha de cierre de %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1, no end</source>
        <translation>desde el %1, sin fin</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>%1 loses the seat in %2 from %3</source>
        <translation>%1 pierde la plaza en %2 desde el %3</translation>
    </message>
    <message>
        <source>%1 gains a seat in %2 from %3</source>
        <translation>%1 obtiene una plaza en %2 desde el %3</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 starts on %3</source>
        <translation>La plaza de %1 en %2 empieza el %3</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 ends on %3</source>
        <translation>La plaza de %1 en %2 termina el %3</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 no longer ends</source>
        <translation>La plaza de %1 en %2 ya no termina</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 runs %3</source>
        <translation>La plaza de %1 en %2 dura %3</translation>
    </message>
    <message>
        <source>%1&apos;s account role %2 ends on %3</source>
        <translation>El rol de cuenta %2 de %1 termina el %3</translation>
    </message>
    <message>
        <source>%1&apos;s account role %2 no longer ends</source>
        <translation>El rol de cuenta %2 de %1 ya no termina</translation>
    </message>
</context>
<context>
    <name>rs::DetailsPanel</name>
    <message>
        <source>Invited productions only</source>
        <translation>Solo producciones con invitación</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Salvaguardas</translation>
    </message>
    <message>
        <source>No %1 features</source>
        <translation>Ninguna función de %1</translation>
    </message>
    <message>
        <source>The role reaches only the productions its holders were invited to.</source>
        <translation>El rol solo llega a las producciones a las que se invitó a quienes lo tienen.</translation>
    </message>
    <message>
        <source>Remove a guardrail</source>
        <translation>Quitar una salvaguarda</translation>
    </message>
    <message>
        <source>Removing the %1 guardrail from %2 is recorded. Why does it come off?</source>
        <translation>Quitar la salvaguarda de %1 a %2 queda registrado. ¿Por qué se quita?</translation>
    </message>
    <message>
        <source>No role selected</source>
        <translation>Ningún rol seleccionado</translation>
    </message>
    <message>
        <source>Template (%1 scope): roles are created from it; nobody holds it.</source>
        <translation>Plantilla (ámbito: %1): sirve para crear roles; nadie la tiene asignada.</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>production</source>
        <translation>producción</translation>
    </message>
    <message>
        <source>Account role: applies across the whole workspace.</source>
        <translation>Rol de cuenta: se aplica en todo el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Production role of %1.</source>
        <translation>Rol de producción de %1.</translation>
    </message>
    <message>
        <source>Production role, available in every production.</source>
        <translation>Rol de producción, disponible en todas las producciones.</translation>
    </message>
    <message>
        <source>Built in and locked.</source>
        <translation>Integrado y bloqueado.</translation>
    </message>
    <message>
        <source>Templates are not held by anyone.</source>
        <translation>Las plantillas no las tiene nadie.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Edit &amp;description…</source>
        <translation>Editar &amp;descripción…</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What %1 is for, in a sentence or two:</source>
        <translation>Para qué sirve %1, en una o dos frases:</translation>
    </message>
    <message>
        <source>Nobody holds this role.</source>
        <translation>Nadie tiene este rol.</translation>
    </message>
    <message>
        <source>Members who hold it: %1</source>
        <translation>Miembros que lo tienen: %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>terminó el %1</translation>
    </message>
    <message>
        <source>in %1 ended %2</source>
        <translation>en %1 terminó el %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>in %1 until %2</source>
        <translation>en %1 hasta el %2</translation>
    </message>
</context>
<context>
    <name>rs::Document</name>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Creando %1…</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n staged changes…</source>
        <translation>
            <numerusform>Aplicando %n cambio pendiente…</numerusform>
            <numerusform>Aplicando %n cambios pendientes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the workspace again…</source>
        <translation>Volviendo a leer el espacio de trabajo…</translation>
    </message>
    <message>
        <source>Replacing the workspace…</source>
        <translation>Sustituyendo el espacio de trabajo…</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Leyendo el registro de auditoría…</translation>
    </message>
    <message>
        <source>Wait until this is done: %1</source>
        <translation>Espera a que esto termine: %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>Cancelled; the workspace open before stays open as it was.</source>
        <translation>Cancelado; el espacio de trabajo que estaba abierto sigue abierto tal como estaba.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Apply or discard the staged changes before closing an access review.</source>
        <translation>Aplique o descarte los cambios preparados antes de cerrar una revisión de accesos.</translation>
    </message>
</context>
<context>
    <name>rs::Duties</name>
    <message>
        <source>Campaigns approved by their author</source>
        <translation>Campañas aprobadas por su autor</translation>
    </message>
    <message>
        <source>Whoever writes a campaign should not approve it.</source>
        <translation>Quien escribe una campaña no debería aprobarla.</translation>
    </message>
    <message>
        <source>Discounts on one&apos;s own orders</source>
        <translation>Descuentos en los propios pedidos</translation>
    </message>
    <message>
        <source>Making discount codes and editing orders together moves money unseen.</source>
        <translation>Crear códigos de descuento y editar pedidos a la vez mueve dinero sin que se vea.</translation>
    </message>
    <message>
        <source>Prices and the orders they price</source>
        <translation>Precios y los pedidos que valoran</translation>
    </message>
    <message>
        <source>Setting prices and editing the orders they price lets one person set what an order is worth.</source>
        <translation>Fijar precios y editar los pedidos que valoran permite a una persona decidir cuánto vale un pedido.</translation>
    </message>
    <message>
        <source>Refused by a duty rule: %1.</source>
        <translation>Rechazado por una regla de separación de funciones: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n more conflict(s) like it.</source>
        <translation>
            <numerusform>%n conflicto más como este.</numerusform>
            <numerusform>%n conflictos más como este.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>rs::DutiesDialog</name>
    <message>
        <source>Duties</source>
        <translation>Separación de funciones</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>One side</source>
        <translation>Un lado</translation>
    </message>
    <message>
        <source>Other side</source>
        <translation>Otro lado</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Switch &amp;On</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Switch the selected suggested rule on</source>
        <translation>Activar la regla sugerida seleccionada</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Reglas</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>One side through</source>
        <translation>Un lado mediante</translation>
    </message>
    <message>
        <source>Other side through</source>
        <translation>Otro lado mediante</translation>
    </message>
    <message>
        <source>Where from</source>
        <translation>De dónde</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflictos</translation>
    </message>
    <message>
        <source>in every production</source>
        <translation>en cada producción</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Preguntar</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Mediante</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <source>Who can</source>
        <translation>Quién puede</translation>
    </message>
    <message>
        <source>on</source>
        <translation>el</translation>
    </message>
    <message>
        <source>&amp;Who Can</source>
        <translation>&amp;Quién puede</translation>
    </message>
    <message>
        <source>&amp;Duties…</source>
        <translation>Separación de &amp;funciones…</translation>
    </message>
    <message>
        <source>Duties no one person may combine, their conflicts, and who can do what through what</source>
        <translation>Funciones que nadie puede reunir, sus conflictos, y quién puede hacer qué y mediante qué</translation>
    </message>
    <message>
        <source>suggested, off</source>
        <translation>sugerida, desactivada</translation>
    </message>
    <message>
        <source>staged change</source>
        <translation>cambio preparado</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <source>; exception until %1, granted by %2</source>
        <translation>; excepción hasta %1, concedida por %2</translation>
    </message>
    <message>
        <source>%1 answers: who can %2 %3 on %4.</source>
        <translation>%1 respuestas: quién puede %2 %3 el %4.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 without an exception, %2 from staged changes (a block rule refuses those on Apply). Standing exceptions, holding every cell by design: %3.</source>
        <translation>%1 sin excepción, %2 de cambios preparados (una regla block los rechaza al aplicar). Excepciones permanentes, que tienen todas las celdas por diseño: %3.</translation>
    </message>
</context>
<context>
    <name>rs::DutyStore</name>
    <message>
        <source>The duty rules of the workspace cannot be read.</source>
        <translation>No se pueden leer las reglas de separación de funciones del espacio de trabajo.</translation>
    </message>
    <message>
        <source>The workspace&apos;s schema has no duty rules; open it with a newer Rolesheet.</source>
        <translation>El esquema del espacio de trabajo no tiene reglas de separación de funciones; ábralo con un Rolesheet más reciente.</translation>
    </message>
    <message>
        <source>Added duty rule %1</source>
        <translation>Regla de separación de funciones %1 añadida</translation>
    </message>
    <message>
        <source>The duty rule could not be saved; nothing was changed.</source>
        <translation>No se pudo guardar la regla de separación de funciones; no se cambió nada.</translation>
    </message>
    <message>
        <source>Removed duty rule %1</source>
        <translation>Regla de separación de funciones %1 eliminada</translation>
    </message>
    <message>
        <source>No duty rule named &quot;%1&quot;.</source>
        <translation>No hay ninguna regla de separación de funciones llamada «%1».</translation>
    </message>
    <message>
        <source>The duty rule could not be removed; nothing was changed.</source>
        <translation>No se pudo eliminar la regla de separación de funciones; no se cambió nada.</translation>
    </message>
    <message>
        <source>Granted %1 an exception to duty rule %2</source>
        <translation>Se concedió a %1 una excepción a la regla de separación de funciones %2</translation>
    </message>
    <message>
        <source>The exception could not be saved; nothing was changed.</source>
        <translation>No se pudo guardar la excepción; no se cambió nada.</translation>
    </message>
    <message>
        <source>The duty rules could not be saved; nothing was changed.</source>
        <translation>No se pudieron guardar las reglas de segregación de funciones; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>rs::EditSession</name>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
</context>
<context>
    <name>rs::ExpiringDialog</name>
    <message>
        <source>Expiring Soon</source>
        <translation>Próximos vencimientos</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Show what ends within</source>
        <translation>Mostrar lo que termina en un plazo de</translation>
    </message>
    <message>
        <source>Show what ends &amp;within:</source>
        <translation>&amp;Mostrar lo que termina en un plazo de:</translation>
    </message>
    <message>
        <source>Extend or renew by</source>
        <translation>Prolongar o renovar por</translation>
    </message>
    <message>
        <source>Extend or renew &amp;by:</source>
        <translation>Prolongar o renovar &amp;por:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Seats and account roles that end</source>
        <translation>Puestos y roles de cuenta que terminan</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>Pro&amp;longar</translation>
    </message>
    <message>
        <source>Move the end of the selected access later by the days above.</source>
        <translation>Retrasa el final del acceso seleccionado los días indicados arriba.</translation>
    </message>
    <message>
        <source>End &amp;Now</source>
        <translation>&amp;Terminar ahora</translation>
    </message>
    <message>
        <source>End the selected access now; it stays listed as ended.</source>
        <translation>Termina ahora el acceso seleccionado; sigue en la lista como terminado.</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>&amp;Renovar</translation>
    </message>
    <message>
        <source>Start the selected access again from today, for the days above.</source>
        <translation>Vuelve a iniciar el acceso seleccionado desde hoy, durante los días indicados arriba.</translation>
    </message>
    <message>
        <source>&amp;Expiring Soon…</source>
        <translation>Próximos &amp;vencimientos…</translation>
    </message>
    <message>
        <source>Seats and account roles that end within two weeks, and those that have ended.</source>
        <translation>Puestos y roles de cuenta que terminan en las próximas dos semanas, y los que ya han terminado.</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>Termina hoy</translation>
    </message>
    <message numerus="yes">
        <source>Ends in %n days</source>
        <translation>
            <numerusform>Termina en %n día</numerusform>
            <numerusform>Termina en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>wrap date</source>
        <translation>fecha de cierre</translation>
    </message>
    <message>
        <source>(account role)</source>
        <translation>(rol de cuenta)</translation>
    </message>
    <message numerus="yes">
        <source>%n ending within the window</source>
        <translation>
            <numerusform>%n termina dentro del plazo</numerusform>
            <numerusform>%n terminan dentro del plazo</numerusform>
        </translation>
    </message>
    <message>
        <source>Times are in %1.</source>
        <translation>Horas en la zona horaria %1.</translation>
    </message>
    <message numerus="yes">
        <source>Extend access by %n days</source>
        <translation>
            <numerusform>Prolongar el acceso %n día</numerusform>
            <numerusform>Prolongar el acceso %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>End access now</source>
        <translation>Terminar el acceso ahora</translation>
    </message>
    <message numerus="yes">
        <source>Renew access for %n days</source>
        <translation>
            <numerusform>Renovar el acceso por %n día</numerusform>
            <numerusform>Renovar el acceso por %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing ends within %n day(s). Look further ahead with the days above, or give a freelancer’s seat an end with Members › Invite to Production… or Set Account Role….</source>
        <translation>
            <numerusform>No termina nada en %n día. Mire más adelante con los días de arriba, o dé un final al puesto de un freelance con Miembros › Invitar a una producción… o Asignar rol de cuenta….</numerusform>
            <numerusform>No termina nada en %n días. Mire más adelante con los días de arriba, o dé un final al puesto de un freelance con Miembros › Invitar a una producción… o Asignar rol de cuenta….</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already ended: that access no longer counts. Select a row to extend or renew it.</source>
        <translation>
            <numerusform>%n ya terminado: ese acceso ya no cuenta. Seleccione una fila para prorrogarlo o renovarlo.</numerusform>
            <numerusform>%n ya terminados: ese acceso ya no cuenta. Seleccione una fila para prorrogarlo o renovarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::FirstRunHint</name>
    <message>
        <source>Where to start</source>
        <translation>Por dónde empezar</translation>
    </message>
    <message>
        <source>Got It</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Pick a role or the Production template in the navigator.</source>
        <translation>Elige en el navegador un rol o la plantilla Producción.</translation>
    </message>
    <message>
        <source>Tick the boxes of its grid: View, Add, Edit or Delete for each feature.</source>
        <translation>Marca las casillas de su cuadrícula: Ver, Añadir, Editar o Eliminar para cada función.</translation>
    </message>
    <message>
        <source>Tick the boxes of its grid: View, Add, Edit or Delete for each feature. %1 takes you to the grid; the arrow keys and Space work there.</source>
        <translation>Marca las casillas de su cuadrícula: Ver, Añadir, Editar o Eliminar para cada función. %1 te lleva a la cuadrícula; allí funcionan las flechas y la barra espaciadora.</translation>
    </message>
    <message>
        <source>Changes are staged first: review them, then apply them in one step.</source>
        <translation>Los cambios quedan pendientes primero: revísalos y luego aplícalos de una vez.</translation>
    </message>
    <message>
        <source>Changes are staged first: review them with %1, then apply them in one step with %2.</source>
        <translation>Los cambios quedan pendientes primero: revísalos con %1 y luego aplícalos de una vez con %2.</translation>
    </message>
</context>
<context>
    <name>rs::GridPanel</name>
    <message>
        <source>Filter features (Ctrl+F)</source>
        <translation>Filtrar funciones (Ctrl+F)</translation>
    </message>
    <message>
        <source>No role selected</source>
        <translation>Ningún rol seleccionado</translation>
    </message>
    <message>
        <source>Pick a role or a template in the navigator to see its grid.</source>
        <translation>Elige un rol o una plantilla en el navegador para ver su cuadrícula.</translation>
    </message>
    <message>
        <source>%1 is built in and locked: its permissions cannot be changed. Duplicate it to make a role you can edit.</source>
        <translation>%1 es un rol integrado y bloqueado: sus permisos no se pueden cambiar. Duplícalo para tener un rol que puedas editar.</translation>
    </message>
    <message>
        <source>Guardrails: no %1 features.</source>
        <translation>Salvaguardas: ninguna función de %1.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:#ffe28c&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; changed, not applied yet&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;⚠ Add, Edit or Delete without View&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;greyed: closed by a rule (hover for why)&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;greyed with a padlock: a built-in role, locked</source>
        <translation>&lt;span style=&quot;background:#ffe28c&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; cambiado, aún sin aplicar&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;⚠ Añadir, Editar o Eliminar sin Ver&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;en gris: cerrado por una regla (pasa el ratón para ver por qué)&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;en gris con candado: un rol integrado, bloqueado</translation>
    </message>
    <message numerus="yes">
        <source>Grant %n cell(s) to %1</source>
        <translation>
            <numerusform>Conceder %n celda a %1</numerusform>
            <numerusform>Conceder %n celdas a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s) of %1</source>
        <translation>
            <numerusform>Vaciar %n celda de %1</numerusform>
            <numerusform>Vaciar %n celdas de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were left as they were: %1</source>
        <translation>
            <numerusform>%n celda se ha quedado como estaba: %1</numerusform>
            <numerusform>%n celdas se han quedado como estaban: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Granted %n selected cell(s): some open cells were not granted.</source>
        <translation>
            <numerusform>Concedida %n celda seleccionada: algunas celdas abiertas no estaban concedidas.</numerusform>
            <numerusform>Concedidas %n celdas seleccionadas: algunas celdas abiertas no estaban concedidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n selected cell(s): every open cell was granted.</source>
        <translation>
            <numerusform>Vaciada %n celda seleccionada: todas las celdas abiertas estaban concedidas.</numerusform>
            <numerusform>Vaciadas %n celdas seleccionadas: todas las celdas abiertas estaban concedidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s).</source>
        <translation>
            <numerusform>Copiada %n celda.</numerusform>
            <numerusform>Copiadas %n celdas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s) onto %1</source>
        <translation>
            <numerusform>Pegar %n celda en %1</numerusform>
            <numerusform>Pegar %n celdas en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) fell outside the grid.</source>
        <translation>
            <numerusform>%n celda quedaba fuera de la cuadrícula.</numerusform>
            <numerusform>%n celdas quedaban fuera de la cuadrícula.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s).</source>
        <translation>
            <numerusform>Pegada %n celda.</numerusform>
            <numerusform>Pegadas %n celdas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were not pasted: %1</source>
        <translation>
            <numerusform>%n celda no se ha pegado: %1</numerusform>
            <numerusform>%n celdas no se han pegado: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select cells in the grid and one or more other roles in the navigator (Ctrl+click), then apply the cells to them.</source>
        <translation>Selecciona celdas en la cuadrícula y uno o varios roles más en el navegador (Ctrl+clic) y luego aplícales las celdas.</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n cell(s) of %1 to the selected roles</source>
        <translation>
            <numerusform>Copiar %n celda de %1 a los roles seleccionados</numerusform>
            <numerusform>Copiar %n celdas de %1 a los roles seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s) to the selected roles.</source>
        <translation>
            <numerusform>Copiada %n celda a los roles seleccionados.</numerusform>
            <numerusform>Copiadas %n celdas a los roles seleccionados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were not copied: %1</source>
        <translation>
            <numerusform>%n celda no se ha copiado: %1</numerusform>
            <numerusform>%n celdas no se han copiado: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy Cells</source>
        <translation>C&amp;opiar celdas</translation>
    </message>
    <message>
        <source>&amp;Paste Cells</source>
        <translation>&amp;Pegar celdas</translation>
    </message>
    <message>
        <source>&amp;Set or Clear Selected Cells</source>
        <translation>&amp;Marcar o desmarcar las celdas seleccionadas</translation>
    </message>
    <message>
        <source>Copy the selected cells, as text a spreadsheet takes (%1)</source>
        <translation>Copia las celdas seleccionadas como texto que admite una hoja de cálculo (%1)</translation>
    </message>
    <message>
        <source>Paste copied cells onto the shown role from the current cell (%1)</source>
        <translation>Pega las celdas copiadas en el rol mostrado a partir de la celda actual (%1)</translation>
    </message>
    <message>
        <source>Grant every selected cell, or clear them all when all are granted (Space)</source>
        <translation>Concede todas las celdas seleccionadas, o las vacía todas si ya están todas concedidas (Espacio)</translation>
    </message>
</context>
<context>
    <name>rs::HelpActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
    <message>
        <source>&amp;Where to Start</source>
        <translation>&amp;Por dónde empezar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>rs::Journal</name>
    <message>
        <source>The folder for staged changes cannot be created.</source>
        <translation>No se puede crear la carpeta de los cambios pendientes.</translation>
    </message>
    <message>
        <source>Staged changes cannot be saved: %1.</source>
        <translation>No se pueden guardar los cambios pendientes: %1.</translation>
    </message>
    <message>
        <source>Staged changes cannot be read: %1.</source>
        <translation>No se pueden leer los cambios pendientes: %1.</translation>
    </message>
    <message>
        <source>The saved staged changes are damaged and were not restored: %1</source>
        <translation>Los cambios pendientes guardados están dañados y no se han recuperado: %1</translation>
    </message>
    <message>
        <source>the file is too large.</source>
        <translation>el archivo es demasiado grande.</translation>
    </message>
    <message>
        <source>it is not a journal of staged changes.</source>
        <translation>el archivo no contiene cambios pendientes.</translation>
    </message>
    <message>
        <source>The saved staged changes belong to another workspace.</source>
        <translation>Los cambios pendientes guardados pertenecen a otro espacio de trabajo.</translation>
    </message>
    <message>
        <source>the workspace version is not a number.</source>
        <translation>la versión del espacio de trabajo no es un número.</translation>
    </message>
    <message>
        <source>the list of changes is missing.</source>
        <translation>falta la lista de cambios.</translation>
    </message>
    <message>
        <source>change %1 is not a change.</source>
        <translation>el cambio %1 no es un cambio.</translation>
    </message>
    <message>
        <source>change %1 names the %2 id %3, which is not a whole number from 1 to 2^53 - 1.</source>
        <translation>el cambio %1 da como id de %2 el valor %3, que no es un número entero de 1 a 2^53 - 1.</translation>
    </message>
</context>
<context>
    <name>rs::Keyring</name>
    <message>
        <source>No system keyring is available, so the password was not remembered.</source>
        <translation>No hay ningún llavero del sistema disponible, así que no se ha recordado la contraseña.</translation>
    </message>
    <message>
        <source>The system keyring could not be reached, so the password was not remembered.</source>
        <translation>No se ha podido acceder al llavero del sistema, así que no se ha recordado la contraseña.</translation>
    </message>
</context>
<context>
    <name>rs::Levels</name>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Unknown level &quot;%1&quot;: use view, add, edit or delete.</source>
        <translation>Nivel desconocido «%1»: usa view, add, edit o delete.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>No levels given: use none or a comma list of view, add, edit, delete.</source>
        <translation>No se han indicado niveles: usa none o una lista separada por comas de view, add, edit, delete.</translation>
    </message>
    <message>
        <source>Malformed levels &quot;%1&quot;: use none or a comma list of view, add, edit, delete.</source>
        <translation>Niveles mal formados «%1»: usa none o una lista separada por comas de view, add, edit, delete.</translation>
    </message>
</context>
<context>
    <name>rs::Links</name>
    <message>
        <source>A rule keeps %1 out of %2.</source>
        <translation>Una regla deja %1 fuera de %2.</translation>
    </message>
    <message>
        <source>in step</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <source>locally changed</source>
        <translation>cambiado localmente</translation>
    </message>
    <message>
        <source>%1 is linked to a template it cannot follow.</source>
        <translation>%1 está vinculado a una plantilla que no puede seguir.</translation>
    </message>
</context>
<context>
    <name>rs::MainWindow</name>
    <message>
        <source>Rolesheet workspaces (*.rolesheet);;All files (*)</source>
        <translation>Espacios de trabajo de Rolesheet (*.rolesheet);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation>A&amp;plicar cambios</translation>
    </message>
    <message>
        <source>Write every staged change to the workspace in one step (Ctrl+S)</source>
        <translation>Escribir todos los cambios pendientes en el espacio de trabajo de una vez (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Discard Changes…</source>
        <translation>&amp;Descartar cambios…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>&amp;Review Changes…</source>
        <translation>&amp;Revisar cambios…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Rolesheet</source>
        <translation>&amp;Acerca de Rolesheet</translation>
    </message>
    <message>
        <source>&amp;Filter Features</source>
        <translation>&amp;Filtrar funciones</translation>
    </message>
    <message>
        <source>Go to &amp;Grid</source>
        <translation>Ir a la &amp;cuadrícula</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Go to &amp;Navigator</source>
        <translation>Ir al &amp;navegador</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Roles</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Miembros</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
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
        <translation>Espacio de trabajo %1: todos los cambios aplicados</translation>
    </message>
    <message>
        <source>Restore staged changes</source>
        <translation>Recuperar los cambios pendientes</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>No se ha aplicado nada: %1</translation>
    </message>
    <message>
        <source>Staged changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>About Rolesheet</source>
        <translation>Acerca de Rolesheet</translation>
    </message>
    <message>
        <source>Rolesheet %1
Design the permission roles of a creative studio: one grid per role, guarded by the ownership rules.</source>
        <translation>Rolesheet %1
Diseña los roles y permisos de un estudio creativo: una cuadrícula por rol, protegida por las reglas de propiedad.</translation>
    </message>
    <message>
        <source>Drop every staged change (%1 in all)? The workspace stays as it was.</source>
        <translation>¿Descartar todos los cambios pendientes (%1 en total)? El espacio de trabajo se queda como estaba.</translation>
    </message>
    <message>
        <source>%1 — staged changes: %2 — Rolesheet</source>
        <translation>%1 — cambios pendientes: %2 — Rolesheet</translation>
    </message>
    <message>
        <source>Some changes are staged but not applied (%1 in all). Apply them before leaving?</source>
        <translation>Hay cambios pendientes sin aplicar (%1 en total). ¿Aplicarlos antes de salir?</translation>
    </message>
    <message>
        <source>The workspace was changed elsewhere and read again; your staged changes are kept.</source>
        <translation>El espacio de trabajo se cambió en otro sitio y se ha vuelto a leer; tus cambios pendientes se conservan.</translation>
    </message>
    <message>
        <source>This workspace breaks a rule: %1 It is open read-only: no change can be applied. Save its data as JSON with &quot;rolesheet-cli export-workspace -o FILE.json&quot;, correct the file and bring it back with Import.</source>
        <translation>Este espacio de trabajo incumple una regla: %1 Está abierto en solo lectura: no se puede aplicar ningún cambio. Guarda sus datos como JSON con «rolesheet-cli export-workspace -o FILE.json», corrige el archivo y vuelve a cargarlo con «Importar».</translation>
    </message>
    <message>
        <source>Staged changes saved on %1 were not restored: they were made on a later version of this workspace than the one now at %2, which was replaced by an older copy.</source>
        <translation>Los cambios pendientes guardados el %1 no se han recuperado: se hicieron sobre una versión de este espacio de trabajo posterior a la que hay ahora en %2, que se sustituyó por una copia más antigua.</translation>
    </message>
    <message numerus="yes">
        <source>The last session left staged changes that were never applied (%n in all):</source>
        <translation>
            <numerusform>La última sesión dejó un cambio pendiente que nunca se aplicó (%n en total):</numerusform>
            <numerusform>La última sesión dejó cambios pendientes que nunca se aplicaron (%n en total):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a Production…</source>
        <translation>Crear una producción…</translation>
    </message>
    <message numerus="yes">
        <source>Staged, not applied yet: %n change(s). Review them with Ctrl+R, apply with Ctrl+S.</source>
        <translation>
            <numerusform>Pendiente, aún sin aplicar: %n cambio. Revísalo con Ctrl+R y aplícalo con Ctrl+S.</numerusform>
            <numerusform>Pendientes, aún sin aplicar: %n cambios. Revísalos con Ctrl+R y aplícalos con Ctrl+S.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore them? Edit › Undo takes them back in one step.</source>
        <translation>¿Recuperarlos? Editar › Deshacer los retira de una vez.</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n staged changes</source>
        <translation>
            <numerusform>Recuperar %n cambio pendiente</numerusform>
            <numerusform>Recuperar %n cambios pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved change(s) no longer fit the workspace and were left out.</source>
        <translation>
            <numerusform>%n cambio guardado ya no encaja con el espacio de trabajo y se ha omitido.</numerusform>
            <numerusform>%n cambios guardados ya no encajan con el espacio de trabajo y se han omitido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n change(s), in one step.</source>
        <translation>
            <numerusform>Aplicado: %n cambio, de una vez.</numerusform>
            <numerusform>Aplicados: %n cambios, de una vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workspace was changed elsewhere and read again. %n of your staged changes no longer fit it and were left out.</source>
        <translation>
            <numerusform>El espacio de trabajo se cambió en otro sitio y se ha vuelto a leer. %n de tus cambios pendientes ya no encaja y se ha omitido.</numerusform>
            <numerusform>El espacio de trabajo se cambió en otro sitio y se ha vuelto a leer. %n de tus cambios pendientes ya no encajan y se han omitido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply &amp;Column to Selected Roles</source>
        <translation>Aplicar &amp;columna a los roles seleccionados</translation>
    </message>
    <message>
        <source>Copy the cells selected in the grid to every role selected in the navigator</source>
        <translation>Copia las celdas seleccionadas en la cuadrícula a cada rol seleccionado en el navegador</translation>
    </message>
    <message>
        <source>Opening cancelled; the workspace stays as it was.</source>
        <translation>Apertura cancelada; el espacio de trabajo se queda como estaba.</translation>
    </message>
    <message>
        <source>Closing once this is done: %1</source>
        <translation>Se cerrará cuando esto termine: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The workspace was read again after your change.</source>
        <translation>El espacio de trabajo se ha vuelto a leer tras su cambio.</translation>
    </message>
    <message>
        <source>Applied, with a new conflict of a warn duty rule: %1</source>
        <translation>Aplicado, con un nuevo conflicto de una regla de aviso: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more like it; View › Duties… lists them.</source>
        <translation>
            <numerusform>%n más como este; Ver › Separación de funciones… los enumera.</numerusform>
            <numerusform>%n más como este; Ver › Separación de funciones… los enumera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::MemberActions</name>
    <message>
        <source>(no account role)</source>
        <translation>(sin rol de cuenta)</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>&amp;Añadir miembro…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Set &amp;Account Role…</source>
        <translation>Asignar rol de &amp;cuenta…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Transfer Ownership…</source>
        <translation>&amp;Transferir la propiedad…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Create &amp;Production…</source>
        <translation>Crear &amp;producción…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Invite to Production…</source>
        <translation>&amp;Invitar a una producción…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Check Access…</source>
        <translation>&amp;Comprobar acceso…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Añadir miembro</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Account role:</source>
        <translation>Rol de &amp;cuenta:</translation>
    </message>
    <message>
        <source>Set account role</source>
        <translation>Asignar rol de cuenta</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <source>Create production</source>
        <translation>Crear producción</translation>
    </message>
    <message>
        <source>Created &amp;by:</source>
        <translation>Creada &amp;por:</translation>
    </message>
    <message>
        <source>There is no production to invite anyone to: create one first.</source>
        <translation>No hay ninguna producción a la que invitar a nadie: crea una antes.</translation>
    </message>
    <message>
        <source>Invite to production</source>
        <translation>Invitar a una producción</translation>
    </message>
    <message>
        <source>&amp;Production:</source>
        <translation>&amp;Producción:</translation>
    </message>
    <message>
        <source>&amp;Role there:</source>
        <translation>&amp;Rol en ella:</translation>
    </message>
    <message>
        <source>Remove from &amp;Team…</source>
        <translation>Sacar del &amp;equipo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Remove Member…</source>
        <translation>&amp;Quitar miembro…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>&amp;Delete Production…</source>
        <translation>E&amp;liminar producción…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Del</translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Sacar del equipo</translation>
    </message>
    <message>
        <source>Take %1 off the team of %2?</source>
        <translation>¿Sacar a %1 del equipo de %2?</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Quitar miembro</translation>
    </message>
    <message>
        <source>Remove %1 from the workspace, with every team seat they hold?</source>
        <translation>¿Quitar a %1 del espacio de trabajo, con todos sus puestos en equipos?</translation>
    </message>
    <message>
        <source>Delete production</source>
        <translation>Eliminar producción</translation>
    </message>
    <message>
        <source>Delete %1 with its team and its own roles? Members stay in the workspace.</source>
        <translation>¿Eliminar %1 con su equipo y sus propios roles? Los miembros siguen en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Re&amp;name Member or Production…</source>
        <translation>Re&amp;nombrar miembro o producción…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Rename member</source>
        <translation>Renombrar miembro</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Nuevo nombre para %1:</translation>
    </message>
    <message>
        <source>Rename production</source>
        <translation>Renombrar producción</translation>
    </message>
    <message>
        <source>&amp;Until (last day):</source>
        <translation>&amp;Hasta (último día):</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>Sin fin</translation>
    </message>
    <message>
        <source>The seat would end on %1, which has passed: it is given as already ended. Invite anyway?</source>
        <translation>El puesto terminaría el %1, que ya ha pasado: se dará como ya terminado. ¿Invitar de todos modos?</translation>
    </message>
    <message>
        <source>&amp;From (first day):</source>
        <translation>&amp;Desde (primer día):</translation>
    </message>
    <message>
        <source>The account role ends after this day in %1; tick &quot;No end&quot; for one that does not end.</source>
        <translation>El rol de cuenta termina después de este día en %1; marque «Sin fin» para uno que no termine.</translation>
    </message>
    <message>
        <source>From now</source>
        <translation>Desde ahora</translation>
    </message>
    <message>
        <source>The seat counts from the start of this day in %1; tick &quot;From now&quot; for a seat that counts at once.</source>
        <translation>El puesto cuenta desde el inicio de este día en %1; marque «Desde ahora» para un puesto que cuente de inmediato.</translation>
    </message>
    <message>
        <source>The seat ends after this day in %1; tick &quot;No end&quot; for a seat that does not end.</source>
        <translation>El puesto termina después de este día en %1; marque «Sin fin» para un puesto que no termine.</translation>
    </message>
</context>
<context>
    <name>rs::MemberPage</name>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Double-click a seat to open its production.</source>
        <translation>Haga doble clic en un puesto para abrir su producción.</translation>
    </message>
    <message>
        <source>Access now</source>
        <translation>Acceso ahora</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seats&lt;/b&gt;</source>
        <translation>&lt;b&gt;Puestos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Access now&lt;/b&gt; in:</source>
        <translation>&lt;b&gt;Acceso ahora&lt;/b&gt; en:</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historial&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Nadie elegido</translation>
    </message>
    <message>
        <source>The studio&apos;s owner.</source>
        <translation>Propietario del estudio.</translation>
    </message>
    <message>
        <source>Account role: %1, until %2.</source>
        <translation>Rol de cuenta: %1, hasta %2.</translation>
    </message>
    <message>
        <source>Account role: %1, without an end.</source>
        <translation>Rol de cuenta: %1, sin final.</translation>
    </message>
    <message>
        <source>It has ended and no longer counts.</source>
        <translation>Ha terminado y ya no cuenta.</translation>
    </message>
    <message>
        <source>No account role: access comes from seats alone.</source>
        <translation>Sin rol de cuenta: el acceso viene solo de los puestos.</translation>
    </message>
    <message>
        <source>Dates are in %1.</source>
        <translation>Las fechas están en %1.</translation>
    </message>
    <message>
        <source>Account-wide features only</source>
        <translation>Solo funciones de toda la cuenta</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Leyendo el registro de auditoría…</translation>
    </message>
    <message>
        <source>No applied change names this member yet.</source>
        <translation>Ningún cambio aplicado nombra aún a este miembro.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n change(s) that name this member, newest first.</source>
        <translation>
            <numerusform>El último %n cambio que nombra a este miembro.</numerusform>
            <numerusform>Los últimos %n cambios que nombran a este miembro, el más reciente primero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Close this message (Esc)</source>
        <translation>Cerrar este mensaje (Esc)</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>rs::NavigatorModel</name>
    <message>
        <source>Account roles</source>
        <translation>Roles de cuenta</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Productions</source>
        <translation>Producciones</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: built in, locked</source>
        <translation>%1: integrado, bloqueado</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Team (%1)</source>
        <translation>Equipo (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>rs::NavigatorPanel</name>
    <message>
        <source>Search members, roles, productions</source>
        <translation>Buscar miembros, roles, producciones</translation>
    </message>
    <message>
        <source>Search the workspace</source>
        <translation>Buscar en el espacio de trabajo</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Nada coincide.</translation>
    </message>
</context>
<context>
    <name>rs::NewRoleDialog</name>
    <message>
        <source>New role for a freelancer</source>
        <translation>Nuevo rol para un freelance</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nuevo rol</translation>
    </message>
    <message>
        <source>e.g. Freelance subtitler</source>
        <translation>p. ej., Subtitulador freelance</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Nombre del rol</translation>
    </message>
    <message>
        <source>Account role (whole workspace)</source>
        <translation>Rol de cuenta (todo el espacio de trabajo)</translation>
    </message>
    <message>
        <source>Production role (one production)</source>
        <translation>Rol de producción (una producción)</translation>
    </message>
    <message>
        <source>Account template (for making roles)</source>
        <translation>Plantilla de cuenta (para crear roles)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>A freelancer gets a production role of their own. It starts with every level of every production feature; untick the features they do not need.</source>
        <translation>Un freelance recibe su propio rol de producción. Empieza con todos los niveles de todas las funciones de producción; desmarca las funciones que no necesite.</translation>
    </message>
    <message>
        <source>&amp;Production:</source>
        <translation>&amp;Producción:</translation>
    </message>
    <message>
        <source>Keeps:</source>
        <translation>Conserva:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Scratch: every level of every allowed feature</source>
        <translation>Desde cero: todos los niveles de todas las funciones permitidas</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Plantilla: %1</translation>
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
        <translation>&amp;Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Contraseña del servidor</translation>
    </message>
    <message>
        <source>%1 on %2:%3, database %4</source>
        <translation>%1 en %2:%3, base de datos %4</translation>
    </message>
    <message>
        <source>your user</source>
        <translation>tu usuario</translation>
    </message>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation>El servidor pide la contraseña de %1.</translation>
    </message>
    <message>
        <source>Kept by the desktop&apos;s keyring, never in Rolesheet&apos;s settings; File › Forget Server Password removes it.</source>
        <translation>Lo guarda el llavero del escritorio, nunca los ajustes de Rolesheet; Archivo › Olvidar la contraseña del servidor lo quita.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
</context>
<context>
    <name>rs::PermissionGridModel</name>
    <message>
        <source>Set or clear %1 on every feature of %2</source>
        <translation>Poner o quitar %1 en todas las funciones de %2</translation>
    </message>
    <message>
        <source>%1 holds %2 without View: people could change what they cannot see.</source>
        <translation>%1 tiene %2 sin Ver: se podría cambiar lo que no se ve.</translation>
    </message>
    <message>
        <source>Account-wide feature</source>
        <translation>Función de toda la cuenta</translation>
    </message>
    <message>
        <source>Feature of each production</source>
        <translation>Función de cada producción</translation>
    </message>
    <message>
        <source>%1 may %2 %3</source>
        <translation>%1: %2 permitido en %3</translation>
    </message>
    <message>
        <source>%1 may not %2 %3</source>
        <translation>%1: %2 no permitido en %3</translation>
    </message>
    <message>
        <source>Changed, not applied yet</source>
        <translation>Cambiado, aún sin aplicar</translation>
    </message>
    <message>
        <source>Grant %1 on every feature of %2 to %3</source>
        <translation>Conceder %1 en todas las funciones de %2 a %3</translation>
    </message>
    <message>
        <source>Remove %1 on every feature of %2 from %3</source>
        <translation>Quitar %1 en todas las funciones de %2 a %3</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>%1 section, %2, granted on some features</source>
        <translation>Sección %1, %2, concedido en algunas funciones</translation>
    </message>
    <message>
        <source>%1 section, %2, not granted</source>
        <translation>Sección %1, %2, no concedido</translation>
    </message>
    <message>
        <source>%1, %2, not allowed: %3</source>
        <translation>%1, %2, no permitido: %3</translation>
    </message>
    <message>
        <source>%1, %2, granted</source>
        <translation>%1, %2, concedido</translation>
    </message>
    <message>
        <source>%1, %2, not granted</source>
        <translation>%1, %2, no concedido</translation>
    </message>
    <message>
        <source>%1 section, %2, granted wherever allowed</source>
        <translation>Sección %1, %2, concedido allí donde se permite</translation>
    </message>
    <message>
        <source>Built-in roles are locked: duplicate the role to change it.</source>
        <translation>Los roles integrados están bloqueados: duplica el rol para cambiarlo.</translation>
    </message>
    <message>
        <source>%1 section, %2, granted wherever allowed, locked</source>
        <translation>Sección %1, %2, concedido allí donde se permite, bloqueado</translation>
    </message>
    <message>
        <source>%1 section, %2, granted on some features, locked</source>
        <translation>Sección %1, %2, concedido en algunas funciones, bloqueado</translation>
    </message>
    <message>
        <source>%1 section, %2, not granted, locked</source>
        <translation>Sección %1, %2, no concedido, bloqueado</translation>
    </message>
    <message>
        <source>%1, %2, granted, locked</source>
        <translation>%1, %2, concedido, bloqueado</translation>
    </message>
    <message>
        <source>%1, %2, not granted, locked</source>
        <translation>%1, %2, no concedido, bloqueado</translation>
    </message>
</context>
<context>
    <name>rs::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Rolesheet speaks the new language the next time it starts.</source>
        <translation>Rolesheet usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language of the editor:</source>
        <translation>&amp;Idioma del editor:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Follow the desktop</source>
        <translation>Seguir el &amp;escritorio</translation>
    </message>
    <message>
        <source>L&amp;ight</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Alto &amp;contraste</translation>
    </message>
    <message>
        <source>The cell that has the keyboard focus is always framed.</source>
        <translation>La celda que tiene el foco del teclado siempre está enmarcada.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
</context>
<context>
    <name>rs::ProductionPage</name>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Double-click a member to open their page.</source>
        <translation>Haga doble clic en un miembro para abrir su página.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team&lt;/b&gt;</source>
        <translation>&lt;b&gt;Equipo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No production chosen</source>
        <translation>Ninguna producción elegida</translation>
    </message>
    <message>
        <source>Created by %1.</source>
        <translation>Creada por %1.</translation>
    </message>
    <message>
        <source>Wraps on %1: seats without an end of their own end then.</source>
        <translation>Cierra el %1: los puestos sin final propio terminan entonces.</translation>
    </message>
    <message>
        <source>No wrap date: seats without an end of their own do not end.</source>
        <translation>Sin fecha de cierre: los puestos sin final propio no terminan.</translation>
    </message>
    <message>
        <source>Dates are in %1.</source>
        <translation>Las fechas están en %1.</translation>
    </message>
</context>
<context>
    <name>rs::Prompts</name>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Sustituirlo?</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n existing files in %1?</source>
        <translation>
            <numerusform>¿Sustituir %n archivo existente en %1?</numerusform>
            <numerusform>¿Sustituir %n archivos existentes en %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ReviewDialog</name>
    <message>
        <source>gains %1</source>
        <translation>gana %1</translation>
    </message>
    <message>
        <source>loses %1</source>
        <translation>pierde %1</translation>
    </message>
    <message>
        <source>Review changes</source>
        <translation>Revisar cambios</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Member and feature</source>
        <translation>Miembro y función</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changes&lt;/b&gt;, against the workspace as stored:</source>
        <translation>&lt;b&gt;Qué cambia&lt;/b&gt; respecto al espacio de trabajo guardado:</translation>
    </message>
    <message>
        <source>&amp;Apply All</source>
        <translation>&amp;Aplicar todo</translation>
    </message>
    <message>
        <source>&amp;Discard All</source>
        <translation>&amp;Descartar todo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Impact on members&lt;/b&gt;: who gains or loses which access.</source>
        <translation>&lt;b&gt;Efecto en los miembros&lt;/b&gt;: quién gana o pierde qué acceso.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nuevo: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Eliminado: %1</translation>
    </message>
    <message>
        <source>Members, productions and catalog</source>
        <translation>Miembros, producciones y catálogo</translation>
    </message>
    <message>
        <source>account-wide</source>
        <translation>toda la cuenta</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>Nobody gains or loses access.</source>
        <translation>Nadie gana ni pierde acceso.</translation>
    </message>
    <message>
        <source>Cells that differ: %1</source>
        <translation>Celdas que difieren: %1</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Funciones: %1</translation>
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
            <numerusform>&lt;b&gt;Efecto en los miembros&lt;/b&gt;: puede afectar a %n miembro; se muestran los %1 primeros.</numerusform>
            <numerusform>&lt;b&gt;Efecto en los miembros&lt;/b&gt;: puede afectar a %n miembros; se muestran los %1 primeros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import workspace</source>
        <translation>Importar espacio de trabajo</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changes&lt;/b&gt; when the workspace is replaced by the imported one:</source>
        <translation>&lt;b&gt;Qué cambia&lt;/b&gt; al sustituir el espacio de trabajo por el importado:</translation>
    </message>
    <message>
        <source>&amp;Replace Workspace</source>
        <translation>&amp;Sustituir espacio de trabajo</translation>
    </message>
    <message>
        <source>Member and rule</source>
        <translation>Miembro y regla</translation>
    </message>
    <message>
        <source>One side through</source>
        <translation>Un lado mediante</translation>
    </message>
    <message>
        <source>Other side through</source>
        <translation>El otro lado mediante</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Refuses Apply: a block rule, and no exception covers it</source>
        <translation>Impide aplicar: una regla de bloqueo y ninguna excepción lo cubre</translation>
    </message>
    <message>
        <source>Allowed by an exception until %1, granted by %2</source>
        <translation>Permitido por una excepción hasta el %1, concedida por %2</translation>
    </message>
    <message>
        <source>Warns: applied, and reported</source>
        <translation>Avisa: se aplica y se informa</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No staged change makes a conflict with the duty rules.</source>
        <translation>Ningún cambio preparado crea un conflicto con las reglas de segregación de funciones.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Duty conflicts&lt;/b&gt; the staged changes make: %n; </source>
        <translation>
            <numerusform>&lt;b&gt;Conflictos de funciones&lt;/b&gt; que crean los cambios preparados: %n; </numerusform>
            <numerusform>&lt;b&gt;Conflictos de funciones&lt;/b&gt; que crean los cambios preparados: %n; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refuse(s) Apply until an exception covers it.</source>
        <translation>
            <numerusform>%n impide aplicar hasta que una excepción lo cubra.</numerusform>
            <numerusform>%n impiden aplicar hasta que una excepción los cubra.</numerusform>
        </translation>
    </message>
    <message>
        <source>none refuses Apply.</source>
        <translation>ninguno impide aplicar.</translation>
    </message>
    <message>
        <source>A block duty rule refuses these changes: see Duty conflicts below.</source>
        <translation>Una regla de bloqueo impide estos cambios: vea Conflictos de funciones más abajo.</translation>
    </message>
</context>
<context>
    <name>rs::ReviewItemsModel</name>
    <message>
        <source>(account role)</source>
        <translation>(rol de cuenta)</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>sin fin</translation>
    </message>
    <message>
        <source>(access changed since the start)</source>
        <translation>(el acceso cambió desde el inicio)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>What it grants</source>
        <translation>Lo que concede</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>rs::ReviewStore</name>
    <message>
        <source>There is no access review named %1.</source>
        <translation>No hay ninguna revisión de accesos llamada %1.</translation>
    </message>
    <message>
        <source>There is already an access review named %1.</source>
        <translation>Ya hay una revisión de accesos llamada %1.</translation>
    </message>
    <message>
        <source>The due date %1 is in the past.</source>
        <translation>La fecha límite %1 ya ha pasado.</translation>
    </message>
    <message>
        <source>A reviewer is not a member of the workspace.</source>
        <translation>Un revisor no es miembro del espacio de trabajo.</translation>
    </message>
    <message>
        <source>There is no closed access review of %1 to follow; start one without delta mode first.</source>
        <translation>No hay ninguna revisión de accesos cerrada de %1 a la que dar continuidad; inicia antes una sin el modo delta.</translation>
    </message>
    <message numerus="yes">
        <source>Started access review %1 of %2 with %n items</source>
        <translation>
            <numerusform>Revisión de accesos %1 de %2 iniciada con %n elemento</numerusform>
            <numerusform>Revisión de accesos %1 de %2 iniciada con %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace kept changing while the access review started; start it again.</source>
        <translation>El espacio de trabajo no dejó de cambiar mientras se iniciaba la revisión de accesos; vuelve a iniciarla.</translation>
    </message>
    <message>
        <source>Access review %1 has no item %2; its items are numbered 1 to %3.</source>
        <translation>La revisión de accesos %1 no tiene ningún elemento %2; sus elementos van numerados del 1 al %3.</translation>
    </message>
    <message>
        <source>Access review %1 is closed; its decisions can no longer change.</source>
        <translation>La revisión de accesos %1 está cerrada; sus decisiones ya no pueden cambiar.</translation>
    </message>
    <message>
        <source>Access review %1, item %2: %3</source>
        <translation>Revisión de accesos %1, elemento %2: %3</translation>
    </message>
    <message>
        <source>Access review %1 is closed already.</source>
        <translation>La revisión de accesos %1 ya está cerrada.</translation>
    </message>
    <message numerus="yes">
        <source>Access review %1 cannot be closed: %n items are undecided.</source>
        <translation>
            <numerusform>La revisión de accesos %1 no se puede cerrar: falta decidir %n elemento.</numerusform>
            <numerusform>La revisión de accesos %1 no se puede cerrar: faltan por decidir %n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another reviewer changed a decision of access review %1 while it was being closed. Nothing was changed; close it again.</source>
        <translation>Otro revisor cambió una decisión de la revisión de accesos %1 mientras se cerraba. No se ha cambiado nada; vuelve a cerrarla.</translation>
    </message>
    <message numerus="yes">
        <source>Closed access review %1: %n revoked</source>
        <translation>
            <numerusform>Revisión de accesos %1 cerrada: %n revocado</numerusform>
            <numerusform>Revisión de accesos %1 cerrada: %n revocados</numerusform>
        </translation>
    </message>
    <message>
        <source>The database login %1 is not the name of a member of the workspace; on PostgreSQL access reviews are decided by the member named as the login.</source>
        <translation>El usuario de la base de datos %1 no es el nombre de ningún miembro del espacio de trabajo; en PostgreSQL, las revisiones de accesos las decide el miembro que se llama como ese usuario.</translation>
    </message>
    <message>
        <source>%1 is not a member of the workspace; name the member you act as (--as MEMBER).</source>
        <translation>%1 no es miembro del espacio de trabajo; indica el miembro en cuyo nombre actúas (--as MIEMBRO).</translation>
    </message>
    <message>
        <source>Access review %1 has no reviewers; the workspace&apos;s owner names them first.</source>
        <translation>La revisión de accesos %1 no tiene revisores; primero tiene que nombrarlos el propietario del espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 is not a reviewer of access review %2; its reviewers are %3.</source>
        <translation>%1 no es revisor de la revisión de accesos %2; sus revisores son %3.</translation>
    </message>
    <message>
        <source>%1 cannot decide item %2 of access review %3: it is their own access.</source>
        <translation>%1 no puede decidir sobre el elemento %2 de la revisión de accesos %3: es su propio acceso.</translation>
    </message>
    <message>
        <source>An access review needs at least one reviewer.</source>
        <translation>Una revisión de accesos necesita al menos un revisor.</translation>
    </message>
    <message>
        <source>Only the workspace&apos;s owner names the reviewers of an access review; %1 is not the owner.</source>
        <translation>Solo el propietario del espacio de trabajo nombra a los revisores de una revisión de accesos; %1 no es el propietario.</translation>
    </message>
    <message>
        <source>Access review %1: reviewers %2 (were %3)</source>
        <translation>Revisión de accesos %1: revisores %2 (antes %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>The access reviews of the workspace cannot be read.</source>
        <translation>No se pueden leer las revisiones de acceso del espacio de trabajo.</translation>
    </message>
    <message>
        <source>The access review could not be saved; nothing was changed.</source>
        <translation>No se pudo guardar la revisión de acceso; no se cambió nada.</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Elemento %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Access review %1: %n items decided at once</source>
        <translation>
            <numerusform>Revisión de acceso %1: %n elemento decidido a la vez</numerusform>
            <numerusform>Revisión de acceso %1: %n elementos decididos a la vez</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ReviewsDialog</name>
    <message>
        <source>Start an Access Review</source>
        <translation>Iniciar una revisión de accesos</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Revisión %1</translation>
    </message>
    <message>
        <source>The whole studio</source>
        <translation>Todo el estudio</translation>
    </message>
    <message>
        <source>Production: %1</source>
        <translation>Producción: %1</translation>
    </message>
    <message>
        <source>Holders of role: %1</source>
        <translation>Quienes tienen el rol: %1</translation>
    </message>
    <message>
        <source>Only what changed since the last closed review of this scope</source>
        <translation>Solo lo que ha cambiado desde la última revisión cerrada de este ámbito</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>Á&amp;mbito:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation>&amp;Revisores:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Access Reviews</source>
        <translation>Revisiones de accesos</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Revisión de accesos</translation>
    </message>
    <message>
        <source>&amp;Start Review…</source>
        <translation>&amp;Iniciar revisión…</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <source>&amp;Undecided only</source>
        <translation>&amp;Solo sin decidir</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Decidido por:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>&amp;Close Review…</source>
        <translation>&amp;Cerrar revisión…</translation>
    </message>
    <message>
        <source>E&amp;xport Evidence…</source>
        <translation>E&amp;xportar evidencias…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>End on a Date</source>
        <translation>Terminar en una fecha</translation>
    </message>
    <message>
        <source>Access &amp;Reviews…</source>
        <translation>&amp;Revisiones de accesos…</translation>
    </message>
    <message>
        <source>Review who can do what, decide keep or revoke, and export the signed evidence</source>
        <translation>Revisa quién puede hacer qué, decide conservar o revocar y exporta las evidencias firmadas</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (cerrada)</translation>
    </message>
    <message>
        <source>No access review yet</source>
        <translation>Aún no hay ninguna revisión de accesos</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n decided</source>
        <translation>
            <numerusform>%1 de %n con decisión</numerusform>
            <numerusform>%1 de %n con decisión</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Apply or discard the staged changes before closing an access review.</source>
        <translation>Aplica o descarta los cambios pendientes antes de cerrar una revisión de accesos.</translation>
    </message>
    <message>
        <source>Close access review</source>
        <translation>Cerrar revisión de accesos</translation>
    </message>
    <message>
        <source>Close Access Review %1</source>
        <translation>Cerrar la revisión de accesos %1</translation>
    </message>
    <message>
        <source>Close Access Review</source>
        <translation>Cerrar revisión de accesos</translation>
    </message>
    <message>
        <source>Every item of %1 is kept; close it?</source>
        <translation>Se conservan todos los elementos de %1; ¿cerrarla?</translation>
    </message>
    <message numerus="yes">
        <source>%n items were not applied because their access changed after the review started.</source>
        <translation>
            <numerusform>%n elemento no se ha aplicado porque su acceso cambió después de iniciarse la revisión.</numerusform>
            <numerusform>%n elementos no se han aplicado porque su acceso cambió después de iniciarse la revisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Evidence</source>
        <translation>Exportar evidencias</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;CSV (*.csv);;Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the evidence of %1…</source>
        <translation>Escribiendo la evidencia de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Production:</source>
        <translation>Producción:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>Actuando como</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Comment for the decision (optional)</source>
        <translation>Comentario para la decisión (opcional)</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Mantener</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Re&amp;vocar</translation>
    </message>
    <message>
        <source>End &amp;on…</source>
        <translation>Finalizar &amp;el…</translation>
    </message>
    <message>
        <source>Acting as:</source>
        <translation>Actuando como:</translation>
    </message>
    <message>
        <source>K keep · R revoke · E end on a date · N next undecided — on every selected item</source>
        <translation>K mantener · R revocar · E finalizar en una fecha · N siguiente sin decidir — en cada elemento seleccionado</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>End the access on (last day):</source>
        <translation>Finalizar el acceso el (último día):</translation>
    </message>
</context>
<context>
    <name>rs::RoleActions</name>
    <message>
        <source>&amp;New Role…</source>
        <translation>&amp;Nuevo rol…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New Role for a &amp;Freelancer…</source>
        <translation>Nuevo rol para un &amp;freelance…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Duplicate Role</source>
        <translation>&amp;Duplicar rol</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Re&amp;name Role…</source>
        <translation>Re&amp;nombrar rol…</translation>
    </message>
    <message>
        <source>De&amp;lete Role…</source>
        <translation>E&amp;liminar rol…</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Compare Roles…</source>
        <translation>&amp;Comparar roles…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Edit &amp;Catalog…</source>
        <translation>Editar ca&amp;tálogo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Create a role</source>
        <translation>Crear un rol</translation>
    </message>
    <message>
        <source>A freelancer&apos;s role belongs to a production: create a production first.</source>
        <translation>El rol de un freelance pertenece a una producción: crea antes una producción.</translation>
    </message>
    <message>
        <source>Create a role for a freelancer</source>
        <translation>Crear un rol para un freelance</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copia %2)</translation>
    </message>
    <message>
        <source>Pick the production the copy of %1 is for in the navigator first.</source>
        <translation>Elige antes en el navegador la producción para la que es la copia de %1.</translation>
    </message>
    <message>
        <source>Rename role</source>
        <translation>Renombrar rol</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Nuevo nombre para %1:</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Eliminar rol</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>¿Eliminar %1?</translation>
    </message>
</context>
<context>
    <name>rs::Rules</name>
    <message>
        <source>A %1 needs a name.</source>
        <translation>Cada %1 necesita un nombre.</translation>
    </message>
    <message>
        <source>A %1 name can be at most %2 characters long; this one has %3.</source>
        <translation>Un nombre de %1 admite como máximo %2 caracteres; este tiene %3.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 is reserved for the Admin &amp; owner.</source>
        <translation>%1 está reservado a Admin y propietario.</translation>
    </message>
    <message>
        <source>%1 has a %2 guardrail, so it cannot hold %3.</source>
        <translation>%1 tiene una salvaguarda de %2, así que no puede tener %3.</translation>
    </message>
    <message>
        <source>A production role grants production features only, and %1 is account-wide.</source>
        <translation>Un rol de producción solo concede funciones de producción, y %1 es de toda la cuenta.</translation>
    </message>
    <message>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>There is already a %1 named %2.</source>
        <translation>Ya existe %2 como nombre de %1.</translation>
    </message>
    <message>
        <source>This production already has a role named %1.</source>
        <translation>Esta producción ya tiene un rol llamado %1.</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>espacio de trabajo</translation>
    </message>
    <message>
        <source>A production role belongs to a production; name one that exists.</source>
        <translation>Un rol de producción pertenece a una producción; indica una que exista.</translation>
    </message>
    <message>
        <source>The role to copy from no longer exists.</source>
        <translation>El rol del que se iba a copiar ya no existe.</translation>
    </message>
    <message>
        <source>That role no longer exists.</source>
        <translation>Ese rol ya no existe.</translation>
    </message>
    <message>
        <source>That feature no longer exists.</source>
        <translation>Esa función ya no existe.</translation>
    </message>
    <message>
        <source>%1 is a built-in role: its permissions cannot be changed, but it can be duplicated.</source>
        <translation>%1 es un rol integrado: sus permisos no se pueden cambiar, pero se puede duplicar.</translation>
    </message>
    <message>
        <source>%1 is a built-in role and cannot be deleted.</source>
        <translation>%1 es un rol integrado y no se puede eliminar.</translation>
    </message>
    <message>
        <source>%1 is still held by %2; give them another role first.</source>
        <translation>%2 aún tiene %1; dale antes otro rol.</translation>
    </message>
    <message>
        <source>%1 is a built-in role and cannot be renamed.</source>
        <translation>%1 es un rol integrado y no se puede renombrar.</translation>
    </message>
    <message>
        <source>%1 is a built-in role: its guardrails cannot be changed.</source>
        <translation>%1 es un rol integrado: sus salvaguardas no se pueden cambiar.</translation>
    </message>
    <message>
        <source>Removing the %1 guardrail from %2 is recorded: say why it comes off.</source>
        <translation>Quitar la salvaguarda de %1 a %2 queda registrado: indica el motivo.</translation>
    </message>
    <message>
        <source>%1 is a built-in role and cannot be changed.</source>
        <translation>%1 es un rol integrado y no se puede cambiar.</translation>
    </message>
    <message>
        <source>Only account roles reach productions; %1 is not one.</source>
        <translation>Solo los roles de cuenta llegan a las producciones; %1 no lo es.</translation>
    </message>
    <message>
        <source>That account role does not exist.</source>
        <translation>Ese rol de cuenta no existe.</translation>
    </message>
    <message>
        <source>There is exactly one Admin &amp; owner; ownership changes hands only by a transfer.</source>
        <translation>Hay exactamente un Admin y propietario; la propiedad solo cambia de manos con una transferencia.</translation>
    </message>
    <message>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <source>There is already a member named %1.</source>
        <translation>Ya hay un miembro llamado %1.</translation>
    </message>
    <message>
        <source>That member no longer exists.</source>
        <translation>Ese miembro ya no existe.</translation>
    </message>
    <message>
        <source>%1 is the Admin &amp; owner and cannot be removed; transfer ownership first.</source>
        <translation>%1 es Admin y propietario y no se puede quitar; transfiere antes la propiedad.</translation>
    </message>
    <message>
        <source>%1 is the Admin &amp; owner and cannot be demoted; transfer ownership first.</source>
        <translation>%1 es Admin y propietario y no se puede degradar; transfiere antes la propiedad.</translation>
    </message>
    <message>
        <source>%1 is already the Admin &amp; owner.</source>
        <translation>%1 ya es Admin y propietario.</translation>
    </message>
    <message>
        <source>production</source>
        <translation>producción</translation>
    </message>
    <message>
        <source>There is already a production named %1.</source>
        <translation>Ya hay una producción llamada %1.</translation>
    </message>
    <message>
        <source>A production is created by a member of the workspace; that member does not exist.</source>
        <translation>Una producción la crea un miembro del espacio de trabajo; ese miembro no existe.</translation>
    </message>
    <message>
        <source>%1 cannot create productions: that takes the Admin &amp; owner, Admin or Create productions role.</source>
        <translation>%1 no puede crear producciones: hace falta el rol Admin y propietario, Admin o Crear producciones.</translation>
    </message>
    <message>
        <source>That production no longer exists.</source>
        <translation>Esa producción ya no existe.</translation>
    </message>
    <message>
        <source>Only a production role of %1 can be given to its team.</source>
        <translation>Al equipo solo se le puede dar un rol de producción de %1.</translation>
    </message>
    <message>
        <source>%1 administers every production as %2 and cannot be given a lesser role there.</source>
        <translation>%1 administra todas las producciones como %2 y no puede recibir ahí un rol menor.</translation>
    </message>
    <message>
        <source>%1 administers every production as %2 and cannot be taken off a team.</source>
        <translation>%1 administra todas las producciones como %2 y no se le puede sacar de un equipo.</translation>
    </message>
    <message>
        <source>%1 is not on the team of %2.</source>
        <translation>%1 no está en el equipo de %2.</translation>
    </message>
    <message>
        <source>section</source>
        <translation>sección</translation>
    </message>
    <message>
        <source>There is already a section named %1.</source>
        <translation>Ya hay una sección llamada %1.</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>función</translation>
    </message>
    <message>
        <source>There is already a feature named %1.</source>
        <translation>Ya hay una función llamada %1.</translation>
    </message>
    <message>
        <source>That section no longer exists.</source>
        <translation>Esa sección ya no existe.</translation>
    </message>
    <message>
        <source>Section %1 still holds features; move or remove them first.</source>
        <translation>La sección %1 aún contiene funciones; muévelas o quítalas antes.</translation>
    </message>
    <message>
        <source>%1 cannot become account-wide while production roles grant it: %2.</source>
        <translation>%1 no puede pasar a ser de toda la cuenta mientras la concedan roles de producción: %2.</translation>
    </message>
    <message>
        <source>%1 cannot take that category while guardrailed roles grant it: %2.</source>
        <translation>%1 no puede tomar esa categoría mientras la concedan roles con salvaguarda: %2.</translation>
    </message>
    <message>
        <source>%1 cannot become owner-only while other roles grant it: %2.</source>
        <translation>%1 no puede quedar reservada al propietario mientras otros roles la concedan: %2.</translation>
    </message>
    <message>
        <source>Member %1 holds an account role that does not exist.</source>
        <translation>El miembro %1 tiene un rol de cuenta que no existe.</translation>
    </message>
    <message>
        <source>Two members are named %1.</source>
        <translation>Dos miembros se llaman %1.</translation>
    </message>
    <message>
        <source>A workspace has exactly one Admin &amp; owner; this one has %1.</source>
        <translation>Un espacio de trabajo tiene exactamente un Admin y propietario; este tiene %1.</translation>
    </message>
    <message>
        <source>A built-in role is missing or doubled.</source>
        <translation>Falta un rol integrado o está duplicado.</translation>
    </message>
    <message>
        <source>Two sections are named %1.</source>
        <translation>Dos secciones se llaman %1.</translation>
    </message>
    <message>
        <source>Feature %1 belongs to no section.</source>
        <translation>La función %1 no pertenece a ninguna sección.</translation>
    </message>
    <message>
        <source>Two features are named %1.</source>
        <translation>Dos funciones se llaman %1.</translation>
    </message>
    <message>
        <source>Two roles are named %1.</source>
        <translation>Dos roles se llaman %1.</translation>
    </message>
    <message>
        <source>Role %1 belongs to a production that does not exist.</source>
        <translation>El rol %1 pertenece a una producción que no existe.</translation>
    </message>
    <message>
        <source>Role %1 grants a feature that does not exist.</source>
        <translation>El rol %1 concede una función que no existe.</translation>
    </message>
    <message>
        <source>A team seat refers to something that does not exist.</source>
        <translation>Un puesto de equipo hace referencia a algo que no existe.</translation>
    </message>
    <message>
        <source>%1 administers every production but holds a lesser role on a team.</source>
        <translation>%1 administra todas las producciones, pero tiene un rol menor en un equipo.</translation>
    </message>
    <message>
        <source>Two productions are named %1.</source>
        <translation>Dos producciones se llaman %1.</translation>
    </message>
    <message>
        <source>The built-in role %1 has been altered.</source>
        <translation>El rol integrado %1 ha sido alterado.</translation>
    </message>
    <message>
        <source>Production %1 names a creator who is not a member.</source>
        <translation>La producción %1 indica como creador a alguien que no es miembro.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>el motivo</translation>
    </message>
    <message>
        <source>description</source>
        <translation>la descripción</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>la justificación</translation>
    </message>
    <message>
        <source>rationale of %1</source>
        <translation>la justificación de %1</translation>
    </message>
    <message>
        <source>description of %1</source>
        <translation>la descripción de %1</translation>
    </message>
    <message>
        <source>A %1 name contains a broken character: %2 without its pair.</source>
        <translation>Un nombre de %1 contiene un carácter roto: %2 sin su pareja.</translation>
    </message>
    <message>
        <source>A %1 name cannot contain control characters such as tabs or line breaks; this one has %2.</source>
        <translation>Un nombre de %1 no puede contener caracteres de control como tabuladores o saltos de línea; este contiene %2.</translation>
    </message>
    <message>
        <source>A %1 name cannot contain the invisible or direction-changing character %2.</source>
        <translation>Un nombre de %1 no puede contener %2, un carácter invisible o que cambia la dirección del texto.</translation>
    </message>
    <message>
        <source>The %1 contains a broken character: %2 without its pair.</source>
        <translation>Hay un carácter roto en %1: %2 sin su pareja.</translation>
    </message>
    <message>
        <source>The %1 contains the control character %2; only line breaks and tabs are allowed.</source>
        <translation>Hay un carácter de control, %2, en %1; solo se admiten saltos de línea y tabuladores.</translation>
    </message>
    <message>
        <source>The %1 contains the invisible or direction-changing character %2.</source>
        <translation>Hay en %1 un carácter invisible o que cambia la dirección del texto: %2.</translation>
    </message>
    <message>
        <source>%1 is not a time zone this system knows (such as Europe/Berlin).</source>
        <translation>%1 no es una zona horaria que conozca este sistema (como Europe/Berlin).</translation>
    </message>
    <message>
        <source>The access of the Admin &amp; owner and of Admins never expires: %1 cannot be given an end.</source>
        <translation>El acceso de Admin y propietario y de los Admin nunca vence: no se puede poner fin a %1.</translation>
    </message>
    <message>
        <source>Only an account role can end; %1 is given none.</source>
        <translation>Solo puede terminar un rol de cuenta; %1 no tiene ninguno.</translation>
    </message>
    <message>
        <source>%1 administers every production as %2; that access never expires, so the seat takes no dates.</source>
        <translation>%1 administra todas las producciones como %2; ese acceso nunca vence, así que el puesto no admite fechas.</translation>
    </message>
    <message>
        <source>The end comes after the start.</source>
        <translation>El final debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>%1 is the template of %2; unlink them first.</source>
        <translation>%1 es la plantilla de %2; desvincúlelos primero.</translation>
    </message>
    <message>
        <source>%1 is a template: only roles follow a template.</source>
        <translation>%1 es una plantilla: solo los roles siguen una plantilla.</translation>
    </message>
    <message>
        <source>The template to link to does not exist.</source>
        <translation>La plantilla a la que vincular no existe.</translation>
    </message>
    <message>
        <source>%1 is not linked to a template.</source>
        <translation>%1 no está vinculado a ninguna plantilla.</translation>
    </message>
    <message>
        <source>Which changes need approval is none, sensitive or all, not %1.</source>
        <translation>Qué cambios necesitan aprobación es none, sensitive o all, no %1.</translation>
    </message>
    <message>
        <source>The approval policy is not readable.</source>
        <translation>La política de aprobación no se puede leer.</translation>
    </message>
    <message>
        <source>A request needs 1 to 3 approvals, not %1.</source>
        <translation>Una solicitud necesita de 1 a 3 aprobaciones, no %1.</translation>
    </message>
    <message>
        <source>The approval and apply windows are 1 to 365 days long.</source>
        <translation>Los plazos de aprobación y de aplicación duran de 1 a 365 días.</translation>
    </message>
</context>
<context>
    <name>rs::Schema</name>
    <message>
        <source>The workspace&apos;s schema version cannot be read.</source>
        <translation>No se puede leer la versión del esquema del espacio de trabajo.</translation>
    </message>
    <message>
        <source>The database holds other tables and is not a Rolesheet workspace.</source>
        <translation>La base de datos contiene otras tablas y no es un espacio de trabajo de Rolesheet.</translation>
    </message>
    <message>
        <source>The workspace was written by a newer Rolesheet (schema %1); this version reads up to schema %2.</source>
        <translation>El espacio de trabajo lo escribió un Rolesheet más reciente (esquema %1); esta versión lee hasta el esquema %2.</translation>
    </message>
    <message>
        <source>The workspace could not be upgraded.</source>
        <translation>No se ha podido actualizar el espacio de trabajo.</translation>
    </message>
    <message>
        <source>The workspace could not be upgraded to schema %1.</source>
        <translation>No se ha podido actualizar el espacio de trabajo al esquema %1.</translation>
    </message>
    <message>
        <source>The workspace cannot be upgraded, because it breaks a rule: %1 Nothing was changed.</source>
        <translation>No se puede actualizar el espacio de trabajo porque incumple una regla: %1 No se ha cambiado nada.</translation>
    </message>
    <message numerus="yes">
        <source>A workspace has exactly one Admin &amp; owner; this one has %n.</source>
        <translation>
            <numerusform>Un espacio de trabajo tiene exactamente un Admin y propietario; este tiene %n.</numerusform>
            <numerusform>Un espacio de trabajo tiene exactamente un Admin y propietario; este tiene %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The built-in role %1 exists more than once.</source>
        <translation>El rol integrado %1 existe más de una vez.</translation>
    </message>
    <message>
        <source>Two sections are named %1.</source>
        <translation>Dos secciones se llaman %1.</translation>
    </message>
    <message>
        <source>Two features are named %1.</source>
        <translation>Dos funciones se llaman %1.</translation>
    </message>
    <message>
        <source>Two members are named %1.</source>
        <translation>Dos miembros se llaman %1.</translation>
    </message>
    <message>
        <source>Two productions are named %1.</source>
        <translation>Dos producciones se llaman %1.</translation>
    </message>
    <message>
        <source>Two templates are named %1.</source>
        <translation>Dos plantillas se llaman %1.</translation>
    </message>
    <message>
        <source>Two account roles are named %1.</source>
        <translation>Dos roles de cuenta se llaman %1.</translation>
    </message>
    <message>
        <source>A production has two roles named %1.</source>
        <translation>Una producción tiene dos roles llamados %1.</translation>
    </message>
    <message>
        <source>A row of %1 refers to something that does not exist.</source>
        <translation>Una fila de la tabla %1 remite a algo que no existe.</translation>
    </message>
</context>
<context>
    <name>rs::ServerLogin</name>
    <message>
        <source>The password was not accepted; try again.</source>
        <translation>No se ha aceptado la contraseña; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>No password was given; nothing was opened.</source>
        <translation>No se ha dado ninguna contraseña; no se ha abierto nada.</translation>
    </message>
    <message>
        <source>The system keyring keeps no password for %1 now.</source>
        <translation>El llavero del sistema ya no guarda ninguna contraseña para %1.</translation>
    </message>
    <message>
        <source>No system keyring is available; no password was kept for %1.</source>
        <translation>No hay ningún llavero del sistema disponible; no se ha guardado ninguna contraseña para %1.</translation>
    </message>
    <message>
        <source>The system keyring refused to remove the password for %1.</source>
        <translation>El llavero del sistema se ha negado a quitar la contraseña para %1.</translation>
    </message>
</context>
<context>
    <name>rs::SheetActions</name>
    <message>
        <source>&amp;Export Role Sheet…</source>
        <translation>&amp;Exportar ficha de rol…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Export role sheet</source>
        <translation>Exportar ficha de rol</translation>
    </message>
    <message>
        <source>Role sheet of %1 written to %2</source>
        <translation>Ficha de rol de %1 escrita en %2</translation>
    </message>
    <message>
        <source>Print role sheet</source>
        <translation>Imprimir ficha de rol</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation>Exportar &amp;todo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>PDF role sheets</source>
        <translation>Fichas de rol en PDF</translation>
    </message>
    <message>
        <source>HTML role sheets</source>
        <translation>Fichas de rol en HTML</translation>
    </message>
    <message>
        <source>Markdown role sheets</source>
        <translation>Fichas de rol en Markdown</translation>
    </message>
    <message>
        <source>CSV role sheets</source>
        <translation>Fichas de rol en CSV</translation>
    </message>
    <message>
        <source>JSON role documents</source>
        <translation>Documentos de rol en JSON</translation>
    </message>
    <message>
        <source>Auditor matrix: every role × every feature (CSV)</source>
        <translation>Matriz para auditoría: cada rol × cada función (CSV)</translation>
    </message>
    <message>
        <source>Export all</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <source>Write every role of %1 as:</source>
        <translation>Escribir cada rol de %1 como:</translation>
    </message>
    <message>
        <source>Export all: choose the folder to write into</source>
        <translation>Exportar todo: elige la carpeta de destino</translation>
    </message>
    <message>
        <source>Writing role sheets…</source>
        <translation>Escribiendo las fichas de rol…</translation>
    </message>
    <message>
        <source>Writing role sheet %1 of %2…</source>
        <translation>Escribiendo la ficha de rol %1 de %2…</translation>
    </message>
    <message>
        <source>Export stopped: %1</source>
        <translation>Exportación detenida: %1</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: %1 of %n role sheet(s) written to %2.</source>
        <translation>
            <numerusform>Exportación cancelada: %1 de %n ficha de rol escrita en %2.</numerusform>
            <numerusform>Exportación cancelada: %1 de %n fichas de rol escritas en %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role sheet(s) written to %1.</source>
        <translation>
            <numerusform>%n ficha de rol escrita en %1.</numerusform>
            <numerusform>%n fichas de rol escritas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 access matrix</source>
        <translation>matriz de acceso de %1</translation>
    </message>
    <message numerus="yes">
        <source>Access matrix of %n role(s) written to %1.</source>
        <translation>
            <numerusform>Matriz de acceso de %n rol escrita en %1.</numerusform>
            <numerusform>Matriz de acceso de %n roles escrita en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1 cannot be read (%2).</source>
        <translation>No se ha importado nada: no se puede leer %1 (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: it holds a production role; pick the production it is for in the navigator first.</source>
        <translation>No se ha importado nada de %1: contiene un rol de producción; elige antes en el navegador la producción a la que va destinado.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>No se ha importado nada de %1: %2</translation>
    </message>
    <message>
        <source>Import role %1</source>
        <translation>Importar el rol %1</translation>
    </message>
    <message>
        <source>Role %1 imported from %2 and staged: review it, then apply to keep it.</source>
        <translation>Rol %1 importado de %2 y pendiente: revísalo y aplícalo para conservarlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n roles</source>
        <translation>
            <numerusform>%n rol</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n staged changes are dropped.</source>
        <translation>
            <numerusform>Se descarta %n cambio pendiente.</numerusform>
            <numerusform>Se descartan %n cambios pendientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo &amp;Import</source>
        <translation>Deshacer &amp;importación</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: it holds the same workspace as %2.</source>
        <translation>No se ha importado nada de %1: contiene el mismo espacio de trabajo que %2.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: the workspace changed while you reviewed the import; import it again to review the changes as they are now.</source>
        <translation>No se ha importado nada de %1: el espacio de trabajo cambió mientras revisabas la importación; vuelve a importarlo para revisar los cambios tal como son ahora.</translation>
    </message>
    <message>
        <source>Workspace replaced by the one in %1. Edit › Undo Import puts the previous one back.</source>
        <translation>Espacio de trabajo sustituido por el de %1. Editar › Deshacer importación recupera el anterior.</translation>
    </message>
    <message>
        <source>Replace the whole workspace %1 with %2 from %3 (%4, %5)? Everything below changes in one step; Edit › Undo Import puts the workspace back as it is now, while this window is open.</source>
        <translation>¿Sustituir todo el espacio de trabajo %1 por %2 de %3 (%4, %5)? Todo lo que aparece abajo cambia de una vez; Editar › Deshacer importación deja el espacio de trabajo como está ahora, mientras esta ventana siga abierta.</translation>
    </message>
    <message>
        <source>The import cannot be undone any more: the workspace has changed since, or another one is open.</source>
        <translation>La importación ya no se puede deshacer: el espacio de trabajo ha cambiado desde entonces o hay otro abierto.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of %1? The %n staged changes are dropped.</source>
        <translation>
            <numerusform>¿Deshacer la importación de %1? Se descarta el %n cambio pendiente.</numerusform>
            <numerusform>¿Deshacer la importación de %1? Se descartan los %n cambios pendientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was not undone: %1</source>
        <translation>No se ha deshecho la importación: %1</translation>
    </message>
    <message>
        <source>Import of %1 undone: the workspace is %2 again, as it was before.</source>
        <translation>Importación de %1 deshecha: el espacio de trabajo vuelve a ser %2, como antes.</translation>
    </message>
    <message>
        <source>Export All is still writing; wait until it is done or cancel it.</source>
        <translation>«Exportar todo» sigue escribiendo; espera a que termine o cancélalo.</translation>
    </message>
    <message>
        <source>Import a role, a workspace or a spreadsheet</source>
        <translation>Importar un rol, un espacio de trabajo o una hoja de cálculo</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: it is a role sheet; show the role it is for first.</source>
        <translation>No se ha importado nada de %1: es una ficha de rol; muestra antes el rol al que corresponde.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problems were found. Every one is listed below, each with its cell; correct them in the spreadsheet and import it again.</source>
        <translation>
            <numerusform>No se ha importado nada de %1: se ha encontrado %n problema. Aparece abajo con su celda; corrígelo en la hoja de cálculo y vuelve a importarla.</numerusform>
            <numerusform>No se ha importado nada de %1: se han encontrado %n problemas. Todos aparecen abajo, cada uno con su celda; corrígelos en la hoja de cálculo y vuelve a importarla.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matches the role %2 as shown: nothing to stage.</source>
        <translation>%1 coincide con el rol %2 tal como se muestra: no hay nada que dejar pendiente.</translation>
    </message>
    <message>
        <source>%1 matches the workspace as shown: nothing to stage.</source>
        <translation>%1 coincide con el espacio de trabajo tal como se muestra: no hay nada que dejar pendiente.</translation>
    </message>
    <message>
        <source>Import %1 onto %2</source>
        <translation>Importar %1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n changed cells staged from %1: review them, then apply to keep them; Edit › Undo takes them all back.</source>
        <translation>
            <numerusform>%n celda cambiada de %1 queda pendiente: revísala y aplícala para conservarla; Editar › Deshacer la retira.</numerusform>
            <numerusform>%n celdas cambiadas de %1 quedan pendientes: revísalas y aplícalas para conservarlas; Editar › Deshacer las retira todas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was not reverted: the workspace kept in the audit trail cannot be read (%1).</source>
        <translation>No se ha revertido la importación: no se puede leer el espacio de trabajo guardado en el registro de auditoría (%1).</translation>
    </message>
    <message>
        <source>Nothing to revert: the workspace is already as it was before that import.</source>
        <translation>No hay nada que revertir: el espacio de trabajo ya está como estaba antes de esa importación.</translation>
    </message>
    <message>
        <source>Revert the import of %1 (version %2): put back the workspace %3 as it was before it? Everything below changes in one step.</source>
        <translation>¿Revertir la importación de %1 (versión %2) y devolver el espacio de trabajo %3 a como estaba antes? Todo lo que aparece abajo cambia de una vez.</translation>
    </message>
    <message numerus="yes">
        <source>The %n changes applied since that import are undone with it.</source>
        <translation>
            <numerusform>El %n cambio aplicado desde esa importación se deshace con ella.</numerusform>
            <numerusform>Los %n cambios aplicados desde esa importación se deshacen con ella.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was not reverted: the workspace changed while you reviewed it; revert it again to review the changes as they are now.</source>
        <translation>No se ha revertido la importación: el espacio de trabajo cambió mientras lo revisabas; vuelve a revertirla para revisar los cambios tal como son ahora.</translation>
    </message>
    <message>
        <source>The import was not reverted: %1</source>
        <translation>No se ha revertido la importación: %1</translation>
    </message>
    <message>
        <source>Import reverted: the workspace is %1 again, as it was before version %2.</source>
        <translation>Importación revertida: el espacio de trabajo vuelve a ser %1, como antes de la versión %2.</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;CSV (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;CSV (*.csv);;Libro de Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Name the file with .pdf, .html, .md, .csv, .xlsx or .json to say which kind of sheet to write.</source>
        <translation>Termina el nombre del archivo en .pdf, .html, .md, .csv, .xlsx o .json para indicar qué tipo de ficha escribir.</translation>
    </message>
    <message>
        <source>Excel (xlsx) role sheets</source>
        <translation>Fichas de rol en Excel (xlsx)</translation>
    </message>
    <message>
        <source>Auditor matrix: every role × every feature (xlsx)</source>
        <translation>Matriz para auditoría: cada rol × cada función (xlsx)</translation>
    </message>
    <message>
        <source>Rolesheet JSON, CSV or xlsx (*.json *.csv *.xlsx);;Rolesheet JSON (*.json);;CSV sheets and matrices (*.csv);;Excel sheets and matrices (*.xlsx);;All files (*)</source>
        <translation>JSON, CSV o xlsx de Rolesheet (*.json *.csv *.xlsx);;JSON de Rolesheet (*.json);;Fichas y matrices CSV (*.csv);;Fichas y matrices de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export &amp;Workspace…</source>
        <translation>Exportar espacio de &amp;trabajo…</translation>
    </message>
    <message>
        <source>Export Access &amp;Matrix…</source>
        <translation>Exportar &amp;matriz de acceso…</translation>
    </message>
    <message>
        <source>Export access matrix</source>
        <translation>Exportar matriz de acceso</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Name the file with .xlsx or .csv to say which kind of matrix to write.</source>
        <translation>Nombre el archivo con .xlsx o .csv para indicar qué tipo de matriz escribir.</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Exportar espacio de trabajo</translation>
    </message>
    <message>
        <source>Rolesheet JSON (*.json)</source>
        <translation>JSON de Rolesheet (*.json)</translation>
    </message>
    <message>
        <source>Name the file with .json: the workspace is written as a JSON document.</source>
        <translation>Nombre el archivo con .json: el espacio de trabajo se escribe como documento JSON.</translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1 written to %2, as applied; the %n staged change(s) are not in it.</source>
        <translation>
            <numerusform>Espacio de trabajo %1 escrito en %2, tal como está aplicado; el %n cambio preparado no está incluido.</numerusform>
            <numerusform>Espacio de trabajo %1 escrito en %2, tal como está aplicado; los %n cambios preparados no están incluidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace %1 written to %2.</source>
        <translation>Espacio de trabajo %1 escrito en %2.</translation>
    </message>
</context>
<context>
    <name>rs::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Find an action or a key</source>
        <translation>Busca una acción o una tecla</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Buscar un atajo</translation>
    </message>
    <message>
        <source>In the permission grid, the arrow keys move between cells, Space sets or clears a box, and Tab moves on to the next panel.</source>
        <translation>En la cuadrícula de permisos, las flechas mueven entre celdas, la barra espaciadora marca o desmarca una casilla y Tab pasa al siguiente panel.</translation>
    </message>
    <message>
        <source>Shift with the arrows, a drag or Ctrl+click selects several cells: Space then sets them all, or clears them all when every one is set; Ctrl+C copies them, and Ctrl+V pastes copied cells at the selection.</source>
        <translation>Shift con las flechas, arrastrar o Ctrl+clic selecciona varias celdas: la barra espaciadora las marca todas, o las desmarca todas si ya están todas marcadas; Ctrl+C las copia y Ctrl+V pega las celdas copiadas en la selección.</translation>
    </message>
</context>
<context>
    <name>rs::StagedDiff</name>
    <message>
        <source>Renamed from “%1”</source>
        <translation>Renombrado desde «%1»</translation>
    </message>
    <message>
        <source>Guardrails: %1 → %2</source>
        <translation>Salvaguardas: %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Now reaches invited productions only</source>
        <translation>Ahora solo llega a las producciones a las que se invita</translation>
    </message>
    <message>
        <source>Now reaches every production</source>
        <translation>Ahora llega a todas las producciones</translation>
    </message>
    <message>
        <source>Description changed</source>
        <translation>Descripción modificada</translation>
    </message>
</context>
<context>
    <name>rs::Store</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is empty, not a Rolesheet workspace.</source>
        <translation>%1 está vacío; no es un espacio de trabajo de Rolesheet.</translation>
    </message>
    <message>
        <source>%1 is not a Rolesheet workspace (not an SQLite database).</source>
        <translation>%1 no es un espacio de trabajo de Rolesheet (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its own header says; it may have been cut off while copying.</source>
        <translation>%1 está dañado: el archivo es más corto de lo que indica su propia cabecera; quizá se cortó al copiarlo.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>No se puede abrir %1.</translation>
    </message>
    <message>
        <source>There is no workspace at %1; create one with &quot;rolesheet-cli init&quot;.</source>
        <translation>No hay ningún espacio de trabajo en %1; crea uno con «rolesheet-cli init».</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 es una carpeta, no un archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was changed.</source>
        <translation>%1 es de solo lectura; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Rolesheet workspace.</source>
        <translation>%1 está dañado o no es un espacio de trabajo de Rolesheet.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Rolesheet (schema %2); this version reads up to schema %3.</source>
        <translation>%1 lo escribió un Rolesheet más reciente (esquema %2); esta versión lee hasta el esquema %3.</translation>
    </message>
    <message>
        <source>%1 was written by an older Rolesheet and must be upgraded; open it for a change first.</source>
        <translation>%1 lo escribió un Rolesheet anterior y hay que actualizarlo; ábrelo antes para hacer un cambio.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was changed.</source>
        <translation>%1 ya existe; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>No se puede crear la carpeta de %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>The workspace could not be saved.</source>
        <translation>No se ha podido guardar el espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 was opened read-only; nothing was changed.</source>
        <translation>%1 se abrió en solo lectura; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The workspace is busy or cannot be written; nothing was changed.</source>
        <translation>El espacio de trabajo está ocupado o no se puede escribir; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The workspace could not be saved; nothing was changed.</source>
        <translation>No se ha podido guardar el espacio de trabajo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The database %1 holds no workspace yet; create one with &quot;rolesheet-cli init&quot;.</source>
        <translation>La base de datos %1 aún no contiene ningún espacio de trabajo; crea uno con «rolesheet-cli init».</translation>
    </message>
    <message>
        <source>%1 is a database but not a Rolesheet workspace.</source>
        <translation>%1 es una base de datos, pero no un espacio de trabajo de Rolesheet.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1 already holds a workspace; nothing was changed.</source>
        <translation>%1 ya contiene un espacio de trabajo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Created the workspace</source>
        <translation>Espacio de trabajo creado</translation>
    </message>
    <message>
        <source>The audit trail of %1 cannot be read.</source>
        <translation>No se puede leer el registro de auditoría de %1.</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>rol %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>función %1</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>miembro %1</translation>
    </message>
    <message>
        <source>production %1</source>
        <translation>producción %1</translation>
    </message>
    <message>
        <source>the team of %1</source>
        <translation>el equipo de %1</translation>
    </message>
    <message>
        <source>the catalog</source>
        <translation>el catálogo</translation>
    </message>
    <message>
        <source>the workspace name</source>
        <translation>el nombre del espacio de trabajo</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 a las %2: %3</translation>
    </message>
    <message>
        <source>Another editor changed %1 since it was read (%2). Nothing was changed; reload and apply again.</source>
        <translation>Otro editor ha cambiado %1 desde que se leyó (%2). No se ha cambiado nada; vuelve a cargar y aplica de nuevo.</translation>
    </message>
    <message>
        <source>Expected postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE.</source>
        <translation>Se espera postgresql://USUARIO@HOST:PUERTO/BASEDEDATOS?sslmode=MODO.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid. %1</source>
        <translation>La dirección de PostgreSQL no es válida. %1</translation>
    </message>
    <message>
        <source>The PostgreSQL address holds a password; keep it in ~/.pgpass, PGPASSFILE or PGPASSWORD instead. Nothing was opened.</source>
        <translation>La dirección de PostgreSQL contiene una contraseña; guárdala mejor en ~/.pgpass, PGPASSFILE o PGPASSWORD. No se ha abierto nada.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database. %1</source>
        <translation>La dirección de PostgreSQL no indica ninguna base de datos. %1</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 cannot be opened.</source>
        <translation>No se puede abrir la base de datos PostgreSQL %1.</translation>
    </message>
    <message>
        <source>Another editor changed the workspace since it was read, and the change no longer holds: %1 Nothing was changed.</source>
        <translation>Otro editor ha cambiado el espacio de trabajo desde que se leyó y el cambio ya no es válido: %1 No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Replaced the whole workspace</source>
        <translation>Se ha sustituido todo el espacio de trabajo</translation>
    </message>
    <message>
        <source>%1 cannot be changed: no permission to write in its folder %2, which SQLite needs; nothing was changed.</source>
        <translation>%1 no se puede cambiar: no hay permiso para escribir en su carpeta %2, y SQLite lo necesita; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2 cannot be written (%3); nothing was changed.</source>
        <translation>No se puede crear %1: no se puede escribir %2 (%3); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 breaks a rule and cannot be changed: %2 Save its data with &quot;rolesheet-cli export-workspace -o FILE.json&quot;.</source>
        <translation>%1 incumple una regla y no se puede cambiar: %2 Guarda sus datos con «rolesheet-cli export-workspace -o FILE.json».</translation>
    </message>
    <message>
        <source>Audit record %1 (version %2) does not start the trail: changed, inserted or the records before it removed.</source>
        <translation>La entrada %1 del registro (versión %2) no abre el registro: se ha cambiado, se ha insertado o se han quitado las entradas anteriores.</translation>
    </message>
    <message>
        <source>Audit record %1 (version %2) does not follow record %3: changed, inserted or the record before it removed.</source>
        <translation>La entrada %1 del registro (versión %2) no sigue a la entrada %3: se ha cambiado, se ha insertado o se ha quitado la entrada anterior.</translation>
    </message>
    <message>
        <source>The audit trail is empty, but the workspace is at version %1: its records were removed.</source>
        <translation>El registro de auditoría está vacío, pero el espacio de trabajo está en la versión %1: se han quitado sus entradas.</translation>
    </message>
    <message>
        <source>The audit trail ends at record %1 (version %2), but the workspace is at version %3: records were removed from its end or added by hand.</source>
        <translation>El registro de auditoría termina en la entrada %1 (versión %2), pero el espacio de trabajo está en la versión %3: se han quitado entradas del final o se han añadido a mano.</translation>
    </message>
    <message>
        <source>The audit trail ends at record %1 (version %2), which is not the last record written: records were removed from its end or added by hand.</source>
        <translation>El registro de auditoría termina en la entrada %1 (versión %2), que no es la última que se escribió: se han quitado entradas del final o se han añadido a mano.</translation>
    </message>
    <message>
        <source>%1 is a database but not a Rolesheet workspace; nothing was changed.</source>
        <translation>%1 es una base de datos, pero no un espacio de trabajo de Rolesheet; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The workspace</source>
        <translation>El espacio de trabajo</translation>
    </message>
    <message>
        <source>The disk is full: %1 cannot be written; nothing was changed.</source>
        <translation>El disco está lleno: %1 no se puede escribir; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1: no permission for this; nothing was changed.</source>
        <translation>%1: no hay permiso para esto; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 is busy: another program holds a lock on it; try again. Nothing was changed.</source>
        <translation>%1 está ocupado: otro programa lo tiene bloqueado; vuelve a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: no permission to write the file or its folder. Nothing was changed.</source>
        <translation>%1 no se puede cambiar: no hay permiso para escribir el archivo o su carpeta. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: no permission to read it.</source>
        <translation>%1 no se puede abrir: no hay permiso para leerlo.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: its folder is read-only and SQLite needs to create a file beside it (the workspace has changes still in %1-wal). Open it once where its folder can be written.</source>
        <translation>%1 no se puede abrir: su carpeta es de solo lectura y SQLite necesita crear un archivo a su lado (el espacio de trabajo aún tiene cambios en %1-wal). Ábrelo una vez donde se pueda escribir en su carpeta.</translation>
    </message>
    <message>
        <source>%1 could not be read or written: the disk reported an error.</source>
        <translation>%1 no se ha podido leer ni escribir: el disco ha informado de un error.</translation>
    </message>
    <message>
        <source>%1 cannot be read: no permission to read it.</source>
        <translation>%1 no se puede leer: no hay permiso para leerlo.</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s database (application id %2), not a Rolesheet workspace; nothing was changed.</source>
        <translation>%1 es la base de datos de otro programa (id de aplicación %2), no un espacio de trabajo de Rolesheet; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which does not exist; nothing was created. Remove the link or choose another name.</source>
        <translation>%1 es un enlace a %2, que no existe; no se ha creado nada. Quita el enlace o elige otro nombre.</translation>
    </message>
    <message>
        <source>%1 has leftover files from an earlier workspace: %2; move them away first.</source>
        <translation>%1 tiene archivos que quedan de un espacio de trabajo anterior: %2; muévelos antes a otro sitio.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2 is left from an interrupted attempt, or another is under way; move it away first.</source>
        <translation>No se puede crear %1: %2 queda de un intento interrumpido, o hay otro en curso; muévelo antes a otro sitio.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no schema version.</source>
        <translation>%1 está dañado: no tiene versión de esquema.</translation>
    </message>
    <message>
        <source>%1 is damaged: it lacks %2.</source>
        <translation>%1 está dañado: falta %2.</translation>
    </message>
    <message>
        <source>%1 breaks a rule, so it can only be read and exported until it is repaired: %2 Nothing was changed.</source>
        <translation>%1 incumple una regla, así que solo se puede leer y exportar hasta que se repare: %2 No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The PostgreSQL address has spaces, control characters, backslashes or quotes in %1; nothing was opened.</source>
        <translation>La dirección de PostgreSQL tiene espacios, caracteres de control, barras invertidas o comillas en %1; no se ha abierto nada.</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>la dirección</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>el host</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>el nombre de usuario</translation>
    </message>
    <message>
        <source>the database name</source>
        <translation>el nombre de la base de datos</translation>
    </message>
    <message>
        <source>The PostgreSQL address has a parameter this program does not pass on: %1. Accepted: %2.</source>
        <translation>La dirección de PostgreSQL tiene un parámetro que este programa no transmite: %1. Se aceptan: %2.</translation>
    </message>
    <message>
        <source>(not a parameter name)</source>
        <translation>(no es un nombre de parámetro)</translation>
    </message>
    <message>
        <source>the value of %1</source>
        <translation>el valor de %1</translation>
    </message>
    <message>
        <source>The PostgreSQL address gives %1 twice; nothing was opened.</source>
        <translation>La dirección de PostgreSQL indica %1 dos veces; no se ha abierto nada.</translation>
    </message>
    <message>
        <source>The PostgreSQL address asks for sslmode=%1, which anyone on the network path can turn into no encryption; use verify-full, verify-ca or require (or disable, on a network you trust).</source>
        <translation>La dirección de PostgreSQL pide sslmode=%1, que cualquiera en el camino de red puede convertir en una conexión sin cifrar; usa verify-full, verify-ca o require (o disable, en una red de confianza).</translation>
    </message>
    <message>
        <source>The PostgreSQL address has an unknown sslmode; use verify-full, verify-ca, require or disable.</source>
        <translation>La dirección de PostgreSQL tiene un sslmode desconocido; usa verify-full, verify-ca, require o disable.</translation>
    </message>
    <message>
        <source>The PostgreSQL address&apos;s connect_timeout must be a number of seconds from 1 to 300.</source>
        <translation>El connect_timeout de la dirección de PostgreSQL debe ser un número de segundos entre 1 y 300.</translation>
    </message>
    <message>
        <source>The server took longer than the statement time-out allows and cancelled it.</source>
        <translation>La sentencia tardó más de lo que permite su tiempo límite y el servidor la canceló.</translation>
    </message>
    <message>
        <source>Another session held a lock on the workspace for longer than the lock time-out allows.</source>
        <translation>Otra sesión mantuvo un bloqueo sobre el espacio de trabajo más tiempo del que permite el tiempo límite de bloqueo.</translation>
    </message>
    <message>
        <source>The server stopped a deadlock with another session.</source>
        <translation>El servidor ha resuelto un interbloqueo con otra sesión.</translation>
    </message>
    <message>
        <source>The server is shutting down or restarting.</source>
        <translation>El servidor se está apagando o reiniciando.</translation>
    </message>
    <message>
        <source>The server has no connection to spare.</source>
        <translation>El servidor no tiene ninguna conexión libre.</translation>
    </message>
    <message>
        <source>The server did not accept the user or the password (see ~/.pgpass or PGPASSFILE).</source>
        <translation>El servidor no ha aceptado el usuario o la contraseña (consulta ~/.pgpass o PGPASSFILE).</translation>
    </message>
    <message>
        <source>The connection to the server failed or was lost.</source>
        <translation>La conexión con el servidor ha fallado o se ha perdido.</translation>
    </message>
    <message>
        <source>The server %1 asks for a password, and none was found in ~/.pgpass, PGPASSFILE or PGPASSWORD.</source>
        <translation>El servidor %1 pide una contraseña y no se ha encontrado ninguna en ~/.pgpass, PGPASSFILE ni PGPASSWORD.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password.</source>
        <translation>El servidor %1 no ha aceptado la contraseña.</translation>
    </message>
    <message>
        <source>The server %1 offers no encrypted (TLS) connection, which this address requires; nothing was opened. Add sslmode=disable only on a network you trust.</source>
        <translation>El servidor %1 no ofrece ninguna conexión cifrada (TLS), que esta dirección exige; no se ha abierto nada. Añade sslmode=disable solo en una red de confianza.</translation>
    </message>
    <message>
        <source>The workspace&apos;s version row is damaged.</source>
        <translation>La fila de versión del espacio de trabajo está dañada.</translation>
    </message>
    <message numerus="yes">
        <source>The server stopped answering for %n second(s), so the connection was closed; nothing was changed.</source>
        <translation>
            <numerusform>El servidor dejó de responder durante %n segundo, así que se cerró la conexión; no se ha cambiado nada.</numerusform>
            <numerusform>El servidor dejó de responder durante %n segundos, así que se cerró la conexión; no se ha cambiado nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be upgraded: no temporary folder.</source>
        <translation>No se puede actualizar %1: no hay carpeta temporal.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed when the server stopped answering; open the workspace again. Nothing was changed.</source>
        <translation>La conexión con %1 se cerró cuando el servidor dejó de responder; vuelve a abrir el espacio de trabajo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Recorded the digest of the stored workspace</source>
        <translation>Se ha registrado la suma de comprobación del espacio de trabajo guardado</translation>
    </message>
    <message>
        <source>Audit record %1 holds a digest of the workspace that cannot be read.</source>
        <translation>La entrada %1 del registro contiene una suma de comprobación del espacio de trabajo que no se puede leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n more tables differ too.</source>
        <translation>
            <numerusform>También difiere %n tabla más.</numerusform>
            <numerusform>También difieren %n tablas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit record %1 (version %2) fails the audit trail&apos;s hash chain, at or before the record of version %3: what that record keeps cannot be trusted. Nothing was changed.</source>
        <translation>La entrada %1 del registro (versión %2) rompe la cadena de hashes del registro de auditoría, en la entrada de la versión %3 o antes: no se puede confiar en lo que guarda esa entrada. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The audit trail holds no record of version %1.</source>
        <translation>El registro de auditoría no tiene ninguna entrada de la versión %1.</translation>
    </message>
    <message>
        <source>The stored workspace cannot be read to check it.</source>
        <translation>No se puede leer el espacio de trabajo guardado para comprobarlo.</translation>
    </message>
    <message>
        <source>Table %1 does not match the audit trail&apos;s last record (%2 rows stored, %3 recorded): rows were added, changed or removed outside the program.</source>
        <translation>La tabla %1 no coincide con la última entrada del registro de auditoría (%2 filas guardadas, %3 registradas): se han añadido, cambiado o quitado filas fuera del programa.</translation>
    </message>
    <message>
        <source>Table %1, row %2, was added outside the program: no audit record accounts for it.</source>
        <translation>Se ha añadido la fila %2 de la tabla %1 fuera del programa: ninguna entrada del registro de auditoría da cuenta de ello.</translation>
    </message>
    <message>
        <source>Table %1, row %2, was removed outside the program: no audit record accounts for it.</source>
        <translation>Se ha quitado la fila %2 de la tabla %1 fuera del programa: ninguna entrada del registro de auditoría da cuenta de ello.</translation>
    </message>
    <message>
        <source>Table %1, row %2, was changed outside the program: no audit record accounts for it.</source>
        <translation>Se ha cambiado la fila %2 de la tabla %1 fuera del programa: ninguna entrada del registro de auditoría da cuenta de ello.</translation>
    </message>
    <message>
        <source>Version %1 is not a whole-workspace import that kept the workspace it replaced; nothing was changed.</source>
        <translation>La versión %1 no es una importación de todo el espacio de trabajo que conservara el espacio de trabajo sustituido; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1: the workspace&apos;s approval policy says a second person approves this change first; file it as a request. Nothing was changed.</source>
        <translation>%1: la política de aprobación del espacio de trabajo exige que otra persona apruebe antes este cambio; preséntelo como solicitud. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The workspace&apos;s approval policy gates changes, and an import replaces all of them at once; import into a workspace without a policy, or make the changes as requests. Nothing was changed.</source>
        <translation>La política de aprobación del espacio de trabajo controla los cambios, y una importación los reemplaza todos a la vez; importe en un espacio sin política o haga los cambios como solicitudes. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>rs::TemplateDriftDialog</name>
    <message>
        <source>Template change</source>
        <translation>Cambio de la plantilla</translation>
    </message>
    <message>
        <source>Local override</source>
        <translation>Cambio local</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Template Drift</source>
        <translation>Desviaciones de plantillas</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Behind by</source>
        <translation>Atraso</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Cambios locales</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Roles linked to the template</source>
        <translation>Roles vinculados a la plantilla</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Template then</source>
        <translation>Plantilla entonces</translation>
    </message>
    <message>
        <source>Template now</source>
        <translation>Plantilla ahora</translation>
    </message>
    <message>
        <source>Role now</source>
        <translation>Rol ahora</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>The chosen role&apos;s cells against its template</source>
        <translation>Las celdas del rol elegido frente a su plantilla</translation>
    </message>
    <message>
        <source>On a &amp;conflict:</source>
        <translation>En un &amp;conflicto:</translation>
    </message>
    <message>
        <source>Keep the role&apos;s levels</source>
        <translation>Mantener los niveles del rol</translation>
    </message>
    <message>
        <source>Take the template&apos;s levels</source>
        <translation>Tomar los niveles de la plantilla</translation>
    </message>
    <message>
        <source>On a conflict</source>
        <translation>En un conflicto</translation>
    </message>
    <message>
        <source>&amp;Propagate…</source>
        <translation>&amp;Propagar…</translation>
    </message>
    <message>
        <source>Stage the template&apos;s changes on the selected roles (or every role that is behind), keeping their overrides, and review them.</source>
        <translation>Preparar los cambios de la plantilla en los roles elegidos (o en todos los atrasados), manteniendo sus cambios locales, y revisarlos.</translation>
    </message>
    <message>
        <source>Template &amp;Drift…</source>
        <translation>&amp;Desviaciones de plantillas…</translation>
    </message>
    <message>
        <source>Which roles follow each template, what differs cell by cell, and propagate its changes</source>
        <translation>Qué roles siguen cada plantilla, qué difiere celda por celda, y propagar sus cambios</translation>
    </message>
    <message>
        <source>No template is chosen.</source>
        <translation>No hay ninguna plantilla elegida.</translation>
    </message>
    <message>
        <source>(account role)</source>
        <translation>(rol de cuenta)</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Sigue</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijado</translation>
    </message>
    <message>
        <source>%1 is at version %2.</source>
        <translation>%1 está en la versión %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) linked</source>
        <translation>
            <numerusform>%n rol vinculado</numerusform>
            <numerusform>%n roles vinculados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n atrasado</numerusform>
            <numerusform>%n atrasados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s).</source>
        <translation>
            <numerusform>%n conflicto.</numerusform>
            <numerusform>%n conflictos.</numerusform>
        </translation>
    </message>
    <message>
        <source>kept out by a rule</source>
        <translation>excluido por una regla</translation>
    </message>
    <message numerus="yes">
        <source>Propagate %1 to %n role(s)</source>
        <translation>
            <numerusform>Propagar %1 a %n rol</numerusform>
            <numerusform>Propagar %1 a %n roles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::TransferOwnershipDialog</name>
    <message>
        <source>Transfer ownership</source>
        <translation>Transferir la propiedad</translation>
    </message>
    <message>
        <source>&amp;New owner:</source>
        <translation>&amp;Nuevo propietario:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>There is nobody else in the workspace to hand it to. Add a member first.</source>
        <translation>No hay nadie más en el espacio de trabajo a quien pasársela. Añade antes un miembro.</translation>
    </message>
    <message>
        <source>%1 becomes the Admin &amp; owner: the only member who holds billing and can hand the workspace on.
%2, the owner now, becomes an Admin: still production administrator everywhere, but without the owner-only features (payouts and refunds).
This is one step; it is staged like any other change until you apply it.</source>
        <translation>%1 pasa a ser Admin y propietario: el único miembro que tiene la facturación y puede traspasar el espacio de trabajo.
%2, propietario hasta ahora, pasa a ser Admin: sigue siendo administrador de producción en todas partes, pero sin las funciones solo del propietario (liquidaciones y reembolsos).
Es un solo paso; queda pendiente como cualquier otro cambio hasta que lo apliques.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
</context>
<context>
    <name>rs::WelcomeDialog</name>
    <message>
        <source>Welcome to Rolesheet</source>
        <translation>Te damos la bienvenida a Rolesheet</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>A new workspace</source>
        <translation>Un nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>A workspace holds the roles of one studio and the people who hold them. Name your studio and yourself: you are its owner, the member who holds every right and can hand ownership on later.</source>
        <translation>Un espacio de trabajo reúne los roles de un estudio y las personas que los tienen. Pon nombre a tu estudio y a ti: eres su propietario, el miembro que tiene todos los permisos y puede ceder la propiedad más adelante.</translation>
    </message>
    <message>
        <source>e.g. Northlight Studio</source>
        <translation>p. ej., Northlight Studio</translation>
    </message>
    <message>
        <source>Rolesheet speaks the new language the next time it starts.</source>
        <translation>Rolesheet usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;Studio name:</source>
        <translation>Nombre del &amp;estudio:</translation>
    </message>
    <message>
        <source>&amp;Your name (the owner):</source>
        <translation>&amp;Tu nombre (el propietario):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Crear…</translation>
    </message>
    <message>
        <source>&amp;Open Existing…</source>
        <translation>Abrir e&amp;xistente…</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>C&amp;onectar a un servidor…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Your full name, as the studio knows you</source>
        <translation>Su nombre completo, como le conoce el estudio</translation>
    </message>
    <message>
        <source>Seat dates, wrap dates and reviews are read in this time zone, whoever opens the workspace and wherever.</source>
        <translation>Las fechas de los puestos, los cierres y las revisiones se leen en esta zona horaria, quienquiera que abra el espacio de trabajo y dondequiera.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
</context>
<context>
    <name>rs::WorkProgress</name>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>rs::WorkspaceDiff</name>
    <message>
        <source>no role</source>
        <translation>ningún rol</translation>
    </message>
    <message>
        <source>Workspace renamed from %1 to %2</source>
        <translation>Espacio de trabajo renombrado de %1 a %2</translation>
    </message>
    <message>
        <source>New feature %1</source>
        <translation>Nueva función %1</translation>
    </message>
    <message>
        <source>Feature %1 removed</source>
        <translation>Función %1 quitada</translation>
    </message>
    <message>
        <source>New member %1</source>
        <translation>Nuevo miembro %1</translation>
    </message>
    <message>
        <source>Member %1 removed</source>
        <translation>Miembro %1 quitado</translation>
    </message>
    <message>
        <source>Member %1 renamed to %2</source>
        <translation>Miembro %1 renombrado como %2</translation>
    </message>
    <message>
        <source>%1: account role %2 → %3</source>
        <translation>%1: rol de cuenta %2 → %3</translation>
    </message>
    <message>
        <source>New production %1</source>
        <translation>Nueva producción %1</translation>
    </message>
    <message>
        <source>Production %1 removed</source>
        <translation>Producción %1 quitada</translation>
    </message>
    <message>
        <source>Production %1 renamed to %2</source>
        <translation>Producción %1 renombrada como %2</translation>
    </message>
    <message>
        <source>%1 joins the team of %2 as %3</source>
        <translation>%1 entra en el equipo de %2 como %3</translation>
    </message>
    <message>
        <source>%1 leaves the team of %2 (was %3)</source>
        <translation>%1 deja el equipo de %2 (era %3)</translation>
    </message>
    <message>
        <source>%1 in %2: %3 → %4</source>
        <translation>%1 en %2: %3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more changes to members, productions and seats.</source>
        <translation>
            <numerusform>… y %n cambio más en miembros, producciones y puestos.</numerusform>
            <numerusform>… y %n cambios más en miembros, producciones y puestos.</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>desde el %1 hasta el %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>%1 in %2 as %3: %4 → %5</source>
        <translation>%1 en %2 como %3: %4 → %5</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>sin fechas</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>sin fin</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 hasta %2</translation>
    </message>
    <message>
        <source>%1: account role %2, end %3 → %4</source>
        <translation>%1: rol de cuenta %2, fin %3 → %4</translation>
    </message>
    <message>
        <source>%1 joins the team of %2 as %3, %4</source>
        <translation>%1 se une al equipo de %2 como %3, %4</translation>
    </message>
    <message>
        <source>%1 wraps: %2 → %3</source>
        <translation>Cierre de %1: %2 → %3</translation>
    </message>
    <message>
        <source>no wrap date</source>
        <translation>sin fecha de cierre</translation>
    </message>
</context>
<context>
    <name>rs::approval</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicada</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>A request&apos;s state is pending, approved, applied, denied, withdrawn or expired, not %1.</source>
        <translation>El estado de una solicitud es pending, approved, applied, denied, withdrawn o expired, no %1.</translation>
    </message>
    <message>
        <source>Nobody approves or denies their own request.</source>
        <translation>Nadie aprueba ni rechaza su propia solicitud.</translation>
    </message>
    <message>
        <source>Only the owner, Admins and the approvers the policy names approve requests.</source>
        <translation>Solo el propietario, los Admins y los aprobadores que nombra la política aprueban solicitudes.</translation>
    </message>
    <message>
        <source>The request changes your own access; another approver decides it.</source>
        <translation>La solicitud cambia su propio acceso; decide otro aprobador.</translation>
    </message>
</context>
<context>
    <name>rs::cli</name>
    <message>
        <source>Production %1 has no role named %2.</source>
        <translation>La producción %1 no tiene ningún rol llamado %2.</translation>
    </message>
    <message>
        <source>There is no account role or template named %1; production roles need --production.</source>
        <translation>No hay ningún rol de cuenta ni plantilla llamado %1; los roles de producción necesitan --production.</translation>
    </message>
    <message>
        <source>There is no account role named %1.</source>
        <translation>No hay ningún rol de cuenta llamado %1.</translation>
    </message>
    <message>
        <source>There is no member named %1.</source>
        <translation>No hay ningún miembro llamado %1.</translation>
    </message>
    <message>
        <source>There is no production named %1.</source>
        <translation>No hay ninguna producción llamada %1.</translation>
    </message>
    <message>
        <source>There is no feature named %1.</source>
        <translation>No hay ninguna función llamada %1.</translation>
    </message>
    <message>
        <source>The output cannot be written.</source>
        <translation>No se puede escribir la salida.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli [--db PATH] COMMAND [ARGUMENTS]

Commands:
</source>
        <translation>Uso: rolesheet-cli [--db RUTA] ORDEN [ARGUMENTOS]

Órdenes:
</translation>
    </message>
    <message>
        <source>
LEVELS is none or a comma list of view, add, edit, delete.
Exit status: 0 done, 1 denied (check), 2 refused or bad input.
</source>
        <translation>
LEVELS es none o una lista separada por comas de view, add, edit, delete.
Código de salida: 0 hecho, 1 denegado (check), 2 rechazado o entrada no válida.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>The workspace: a .rolesheet file or a postgresql:// address.</source>
        <translation>El espacio de trabajo: un archivo .rolesheet o una dirección postgresql://.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>The production a production role belongs to.</source>
        <translation>La producción a la que pertenece un rol de producción.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se escribe.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation>La carpeta en la que se escribe.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>Copy the new role from this template.</source>
        <translation>Copia el nuevo rol de esta plantilla.</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>PLANTILLA</translation>
    </message>
    <message>
        <source>The new role is an account role.</source>
        <translation>El nuevo rol es un rol de cuenta.</translation>
    </message>
    <message>
        <source>The member who creates the production.</source>
        <translation>El miembro que crea la producción.</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>MIEMBRO</translation>
    </message>
    <message>
        <source>The production role to invite with.</source>
        <translation>El rol de producción con el que se invita.</translation>
    </message>
    <message>
        <source>The new member&apos;s account role.</source>
        <translation>El rol de cuenta del nuevo miembro.</translation>
    </message>
    <message>
        <source>Check every request of a file (- for standard input).</source>
        <translation>Comprueba cada solicitud de un archivo (- para la entrada estándar).</translation>
    </message>
    <message>
        <source>The owner&apos;s name in a new workspace.</source>
        <translation>El nombre del propietario en un nuevo espacio de trabajo.</translation>
    </message>
    <message>
        <source>The studio&apos;s name in a new workspace.</source>
        <translation>El nombre del estudio en un nuevo espacio de trabajo.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli %1</source>
        <translation>Uso: rolesheet-cli %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see rolesheet-cli --help.</source>
        <translation>Orden desconocida «%1»; consulta rolesheet-cli --help.</translation>
    </message>
    <message>
        <source>no account role</source>
        <translation>sin rol de cuenta</translation>
    </message>
    <message>
        <source>team: %1</source>
        <translation>equipo: %1</translation>
    </message>
    <message>
        <source>Added member %1.</source>
        <translation>Se ha añadido el miembro %1.</translation>
    </message>
    <message>
        <source>%1 now holds %2.</source>
        <translation>%1 tiene ahora %2.</translation>
    </message>
    <message>
        <source>%1 is now the Admin &amp; owner; %2 is an Admin.</source>
        <translation>%1 es ahora Admin y propietario; %2 es Admin.</translation>
    </message>
    <message>
        <source>Name the member who creates the production with --by MEMBER.</source>
        <translation>Indica con --by MIEMBRO el miembro que crea la producción.</translation>
    </message>
    <message>
        <source>Created production %1.</source>
        <translation>Se ha creado la producción %1.</translation>
    </message>
    <message>
        <source>%1 joins %2 as %3.</source>
        <translation>%1 se une a %2 como %3.</translation>
    </message>
    <message>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>integrado</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personalizado</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>production</source>
        <translation>producción</translation>
    </message>
    <message>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>espacio de trabajo</translation>
    </message>
    <message>
        <source>Created %1 with the default catalog, the built-in roles and the Production template.</source>
        <translation>Se ha creado %1 con el catálogo predeterminado, los roles integrados y la plantilla Producción.</translation>
    </message>
    <message>
        <source>holders: %1</source>
        <translation>lo tienen: %1</translation>
    </message>
    <message>
        <source>Guardrails: no %1 features</source>
        <translation>Salvaguardas: ninguna función de %1</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <source> (without View)</source>
        <translation> (sin Ver)</translation>
    </message>
    <message>
        <source>%1 now holds %2 on %3.</source>
        <translation>%1 tiene ahora %2 en %3.</translation>
    </message>
    <message>
        <source>Say where the role lives: --account or --production NAME.</source>
        <translation>Indica dónde vive el rol: --account o --production NOMBRE.</translation>
    </message>
    <message>
        <source>Copy from a role or from a template, not both.</source>
        <translation>Copia de un rol o de una plantilla, no de ambos.</translation>
    </message>
    <message>
        <source>There is no template named %1.</source>
        <translation>No hay ninguna plantilla llamada %1.</translation>
    </message>
    <message>
        <source>There is no role named %1 to copy from.</source>
        <translation>No hay ningún rol llamado %1 del que copiar.</translation>
    </message>
    <message>
        <source>Created role %1.</source>
        <translation>Se ha creado el rol %1.</translation>
    </message>
    <message>
        <source>Deleted role %1.</source>
        <translation>Se ha eliminado el rol %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Line %1: expected MEMBER, PRODUCTION, FEATURE and LEVEL separated by tabs.</source>
        <translation>Línea %1: se esperan MIEMBRO, PRODUCCIÓN, FUNCIÓN y NIVEL separados por tabuladores.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>check --batch takes its requests from the file, not from arguments.</source>
        <translation>check --batch toma las solicitudes del archivo, no de los argumentos.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli check MEMBER PRODUCTION FEATURE LEVEL</source>
        <translation>Uso: rolesheet-cli check MIEMBRO PRODUCCIÓN FUNCIÓN NIVEL</translation>
    </message>
    <message>
        <source>denied: %1 may not %2 %3 in %4; no role grants it.</source>
        <translation>denegado: %1 no puede %2 %3 en %4; ningún rol lo concede.</translation>
    </message>
    <message>
        <source>%1 may %2 %3 in %4</source>
        <translation>%1 puede %2 %3 en %4</translation>
    </message>
    <message>
        <source>%1 (production role in %2)</source>
        <translation>%1 (rol de producción en %2)</translation>
    </message>
    <message>
        <source>%1 (account role)</source>
        <translation>%1 (rol de cuenta)</translation>
    </message>
    <message>
        <source>allowed: %1, granted by %2.</source>
        <translation>permitido: %1, concedido por %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source> matrix</source>
        <translation> matriz</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli export-workspace -o FILE.json</source>
        <translation>Uso: rolesheet-cli export-workspace -o ARCHIVO.json</translation>
    </message>
    <message>
        <source>Imported workspace %1.</source>
        <translation>Se ha importado el espacio de trabajo %1.</translation>
    </message>
    <message>
        <source>Imported role %1.</source>
        <translation>Se ha importado el rol %1.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli casbin --out DIR</source>
        <translation>Uso: rolesheet-cli casbin --out CARPETA</translation>
    </message>
    <message>
        <source>No command given; see rolesheet-cli --help.</source>
        <translation>No se ha indicado ninguna orden; consulta rolesheet-cli --help.</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as 2026-01-31.</source>
        <translation>%1 no es una fecha; escríbela como 2026-01-31.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit entries to %1.</source>
        <translation>
            <numerusform>Se ha escrito %n entrada de auditoría en %1.</numerusform>
            <numerusform>Se han escrito %n entradas de auditoría en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit: changes touching or made by a member.</source>
        <translation>Auditoría: cambios que afectan a un miembro o que hizo él.</translation>
    </message>
    <message>
        <source>Audit: changes since this date.</source>
        <translation>Auditoría: cambios desde esta fecha.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>The member on whose behalf changes are made, for the audit trail.</source>
        <translation>El miembro en cuyo nombre se hacen los cambios, para el registro de auditoría.</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail whole: %n records, last hash %1</source>
        <translation>
            <numerusform>Registro de auditoría íntegro: %n entrada, último hash %1</numerusform>
            <numerusform>Registro de auditoría íntegro: %n entradas, último hash %1</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1 breaks a rule: %2 It can only be read; save its data with &quot;rolesheet-cli export-workspace -o FILE.json&quot;.</source>
        <translation>aviso: %1 incumple una regla: %2 Solo se puede leer; guarda sus datos con «rolesheet-cli export-workspace -o FILE.json».</translation>
    </message>
    <message>
        <source>Add --force to replace existing files.</source>
        <translation>Añade --force para sustituir los archivos existentes.</translation>
    </message>
    <message>
        <source>Replace files that are already there (never a symbolic link).</source>
        <translation>Sustituye los archivos que ya existen (nunca un enlace simbólico).</translation>
    </message>
    <message>
        <source>Audit: check that the trail&apos;s hash chain is whole.</source>
        <translation>Auditoría: comprueba que la cadena de hashes del registro está íntegra.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n changes not applied.</source>
        <translation>
            <numerusform>Simulación: %n cambio sin aplicar.</numerusform>
            <numerusform>Simulación: %n cambios sin aplicar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n changes.</source>
        <translation>
            <numerusform>Aplicado %n cambio.</numerusform>
            <numerusform>Aplicados %n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import: list the changes a file makes without applying them.</source>
        <translation>Importación: lista los cambios que hace un archivo sin aplicarlos.</translation>
    </message>
    <message>
        <source>Give --from DATE, --until DATE or both (none clears).</source>
        <translation>Indica --from FECHA, --until FECHA o ambos (none quita la fecha).</translation>
    </message>
    <message>
        <source>--within takes a number of days from 0 to 36600.</source>
        <translation>--within admite un número de días de 0 a 36600.</translation>
    </message>
    <message>
        <source>(account role)</source>
        <translation>(rol de cuenta)</translation>
    </message>
    <message>
        <source>Nothing has ended; nothing was removed.</source>
        <translation>No ha terminado nada; no se ha quitado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n ended seats</source>
        <translation>
            <numerusform>Se ha quitado %n puesto terminado</numerusform>
            <numerusform>Se han quitado %n puestos terminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n ended account roles.</source>
        <translation>
            <numerusform> y %n rol de cuenta terminado.</numerusform>
            <numerusform> y %n roles de cuenta terminados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Other editors kept changing the workspace; nothing was removed. Run sweep again.</source>
        <translation>Otros editores no dejaban de cambiar el espacio de trabajo; no se ha quitado nada. Vuelve a ejecutar sweep.</translation>
    </message>
    <message>
        <source>%1 is not a workspace version: give the version the audit trail shows for the import.</source>
        <translation>%1 no es una versión del espacio de trabajo: indica la versión que muestra el registro de auditoría para la importación.</translation>
    </message>
    <message numerus="yes">
        <source>Import of version %1 reverted: the workspace is %2 again; %n later changes were undone with it.</source>
        <translation>
            <numerusform>Importación de la versión %1 revertida: el espacio de trabajo vuelve a ser %2; %n cambio posterior se ha deshecho con ella.</numerusform>
            <numerusform>Importación de la versión %1 revertida: el espacio de trabajo vuelve a ser %2; %n cambios posteriores se han deshecho con ella.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 now holds %2 until %3.</source>
        <translation>%1 tiene ahora %2 hasta el %3.</translation>
    </message>
    <message>
        <source>%1 joins %2 as %3 until %4.</source>
        <translation>%1 se une a %2 como %3 hasta el %4.</translation>
    </message>
    <message>
        <source>A review covers the whole studio, one production (--production) or one role (--role), not both.</source>
        <translation>Una revisión abarca todo el estudio, una producción (--production) o un rol (--role), no ambos.</translation>
    </message>
    <message>
        <source>There is no role named %1.</source>
        <translation>No hay ningún rol llamado %1.</translation>
    </message>
    <message>
        <source>A due date is written as YYYY-MM-DD.</source>
        <translation>Una fecha límite se escribe como YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>Started access review %1 of %2: %n items to decide.</source>
        <translation>
            <numerusform>Revisión de accesos %1 de %2 iniciada: %n elemento por decidir.</numerusform>
            <numerusform>Revisión de accesos %1 de %2 iniciada: %n elementos por decidir.</numerusform>
        </translation>
    </message>
    <message>
        <source>(access changed since the review started)</source>
        <translation>(el acceso ha cambiado desde que se inició la revisión)</translation>
    </message>
    <message>
        <source>An item is given by its number, as `review items` lists it.</source>
        <translation>Un elemento se indica por su número, tal como lo lista `review items`.</translation>
    </message>
    <message>
        <source>A decision is keep, revoke or end DATE.</source>
        <translation>Una decisión es keep, revoke o end FECHA.</translation>
    </message>
    <message>
        <source>End needs a date: end YYYY-MM-DD.</source>
        <translation>end necesita una fecha: end YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>An end date is written as YYYY-MM-DD.</source>
        <translation>Una fecha de fin se escribe como YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Item %1: %2.</source>
        <translation>Elemento %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Closed access review %1 at workspace version %2: %n revoked</source>
        <translation>
            <numerusform>Revisión de accesos %1 cerrada en la versión %2 del espacio de trabajo: %n revocado</numerusform>
            <numerusform>Revisión de accesos %1 cerrada en la versión %2 del espacio de trabajo: %n revocados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items not applied because their access changed after the review started</source>
        <translation>
            <numerusform>%n elemento no aplicado porque su acceso cambió después de empezar la revisión</numerusform>
            <numerusform>%n elementos no aplicados porque su acceso cambió después de empezar la revisión</numerusform>
        </translation>
    </message>
    <message>
        <source>Access review %1 is still open; its evidence is written once it is closed.</source>
        <translation>La revisión de accesos %1 sigue abierta; sus evidencias se escriben una vez cerrada.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se ha escrito %1.</translation>
    </message>
    <message>
        <source>denied: %1 may not %2 %3 in %4; %5</source>
        <translation>denegado: %1 no puede %2 %3 en %4; %5</translation>
    </message>
    <message>
        <source>Copy the new role from this role; for a seat, when it starts (YYYY-MM-DD or none).</source>
        <translation>Copia el nuevo rol de este rol; para un puesto, cuándo empieza (YYYY-MM-DD o none).</translation>
    </message>
    <message>
        <source>ROLE|DATE</source>
        <translation>ROL|FECHA</translation>
    </message>
    <message>
        <source>When access ends: YYYY-MM-DD (the end of that day), a date-time, or none.</source>
        <translation>Cuándo termina el acceso: YYYY-MM-DD (al final de ese día), una fecha y hora, o none.</translation>
    </message>
    <message>
        <source>The moment to answer for (default: now).</source>
        <translation>El momento para el que se responde (por defecto: ahora).</translation>
    </message>
    <message>
        <source>DATE-TIME</source>
        <translation>FECHA-HORA</translation>
    </message>
    <message>
        <source>Expiring: the days ahead to look (default: 14).</source>
        <translation>Vencimientos: cuántos días hacia delante se miran (por defecto: 14).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DÍAS</translation>
    </message>
    <message>
        <source>Review: a member who reviews (repeatable).</source>
        <translation>Revisión: un miembro que revisa (se puede repetir).</translation>
    </message>
    <message>
        <source>Review: the date the review is due.</source>
        <translation>Revisión: la fecha límite de la revisión.</translation>
    </message>
    <message>
        <source>Review: only the access that changed since the last closed review of the same scope.</source>
        <translation>Revisión: solo el acceso que ha cambiado desde la última revisión cerrada del mismo ámbito.</translation>
    </message>
    <message>
        <source>Review: only the undecided items.</source>
        <translation>Revisión: solo los elementos sin decidir.</translation>
    </message>
    <message>
        <source>Review: a comment on the decision.</source>
        <translation>Revisión: un comentario sobre la decisión.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>%1 matches access review %2, whose stored records agree with the audit trail (evidence SHA-256 %3).</source>
        <translation>%1 coincide con la revisión de accesos %2, cuyos datos guardados concuerdan con el registro de auditoría (SHA-256 de las evidencias %3).</translation>
    </message>
    <message>
        <source>Not enough memory to finish the command: it stopped, and a change it had not finished was not kept.</source>
        <translation>No hay memoria suficiente para terminar la orden: se ha detenido y no se ha conservado un cambio que no había terminado.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli cedar --out DIR</source>
        <translation>Uso: rolesheet-cli cedar --out CARPETA</translation>
    </message>
    <message>
        <source>cedar takes no --at: its policies answer at every moment, given the moment as context.now.</source>
        <translation>cedar no admite --at: sus políticas responden en cualquier momento, dado como context.now.</translation>
    </message>
    <message>
        <source>The audit trail is printed as text, csv or xlsx.</source>
        <translation>El registro de auditoría se muestra como texto, csv o xlsx.</translation>
    </message>
    <message>
        <source>Write the audit trail as xlsx with -o FILE.</source>
        <translation>Escribe el registro de auditoría como xlsx con -o ARCHIVO.</translation>
    </message>
    <message>
        <source>Choose a format with --format csv|xlsx|json|md|html|pdf.</source>
        <translation>Elige un formato con --format csv|xlsx|json|md|html|pdf.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli export-all --format csv|xlsx|json|md|html|pdf|matrix-csv|matrix-xlsx --out DIR</source>
        <translation>Uso: rolesheet-cli export-all --format csv|xlsx|json|md|html|pdf|matrix-csv|matrix-xlsx --out CARPETA</translation>
    </message>
    <message>
        <source>Export an access review with --format pdf, csv or xlsx and -o FILE.</source>
        <translation>Exporta una revisión de accesos con --format pdf, csv o xlsx y -o ARCHIVO.</translation>
    </message>
    <message>
        <source>Export format: csv, xlsx, json, md, html or pdf.</source>
        <translation>Formato de exportación: csv, xlsx, json, md, html o pdf.</translation>
    </message>
    <message>
        <source>Decide many items either from a file (--from FILE.csv) or all undecided ones (--all-undecided keep|revoke), not both.</source>
        <translation>Decida muchos elementos desde un archivo (--from ARCHIVO.csv) o todos los no decididos (--all-undecided keep|revoke), no ambas cosas.</translation>
    </message>
    <message>
        <source>Access review %1 is closed; its decisions can no longer change.</source>
        <translation>La revisión de acceso %1 está cerrada; sus decisiones ya no pueden cambiar.</translation>
    </message>
    <message>
        <source>--all-undecided takes keep or revoke.</source>
        <translation>--all-undecided admite keep o revoke.</translation>
    </message>
    <message numerus="yes">
        <source>Would record %n decisions; nothing was changed.</source>
        <translation>
            <numerusform>Se registraría %n decisión; no se cambió nada.</numerusform>
            <numerusform>Se registrarían %n decisiones; no se cambió nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n decisions in access review %1.</source>
        <translation>
            <numerusform>Registrada %n decisión en la revisión de acceso %1.</numerusform>
            <numerusform>Registradas %n decisiones en la revisión de acceso %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review: decide every undecided item (of --production, --role) at once: keep or revoke.</source>
        <translation>Revisión: decidir a la vez cada elemento no decidido (de --production, --role): keep o revoke.</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>DECISIÓN</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli review start NAME [--production P | --role R] [--reviewer MEMBER]… [--due DATE] [--delta] | items NAME [--undecided] | decide NAME ITEM keep|revoke|end DATE [--comment TEXT] | decide NAME --from FILE.csv|FILE.xlsx [--dry-run] | decide NAME --all-undecided keep|revoke [--production P] [--role R] [--comment TEXT] [--dry-run] | reviewers NAME [--reviewer MEMBER]… | close NAME | export NAME --format pdf|csv|xlsx -o FILE | verify NAME FILE.csv</source>
        <translation>Uso: rolesheet-cli review start NOMBRE [--production P | --role R] [--reviewer MIEMBRO]… [--due FECHA] [--delta] | items NOMBRE [--undecided] | decide NOMBRE ELEMENTO keep|revoke|end FECHA [--comment TEXTO] | decide NOMBRE --from ARCHIVO.csv|ARCHIVO.xlsx [--dry-run] | decide NOMBRE --all-undecided keep|revoke [--production P] [--role R] [--comment TEXTO] [--dry-run] | reviewers NOMBRE [--reviewer MIEMBRO]… | close NOMBRE | export NOMBRE --format pdf|csv|xlsx -o ARCHIVO | verify NOMBRE ARCHIVO.csv</translation>
    </message>
    <message>
        <source>--production names the production of a --role.</source>
        <translation>--production indica la producción de un --role.</translation>
    </message>
    <message>
        <source>Give one --production for every --role, or one for them all.</source>
        <translation>Indique un --production por cada --role, o uno para todos.</translation>
    </message>
    <message>
        <source>No role named %1 is linked to %2.</source>
        <translation>Ningún rol llamado %1 está vinculado a %2.</translation>
    </message>
    <message>
        <source>--prefer takes template or local.</source>
        <translation>--prefer admite template o local.</translation>
    </message>
    <message>
        <source>%1: %2: conflict: the template has %3, the role %4.</source>
        <translation>%1: %2: conflicto: la plantilla tiene %3, el rol %4.</translation>
    </message>
    <message>
        <source>%1: %2: the template&apos;s %3 not taken: %4</source>
        <translation>%1: %2: no se toma %3 de la plantilla: %4</translation>
    </message>
    <message>
        <source>%1: %2: %3 → %4</source>
        <translation>%1: %2: %3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): choose --prefer template or --prefer local.</source>
        <translation>
            <numerusform>%n conflicto: elija --prefer template o --prefer local.</numerusform>
            <numerusform>%n conflictos: elija --prefer template o --prefer local.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would bring %n role(s) in step with %1; nothing changed.</source>
        <translation>
            <numerusform>Pondría %n rol al día con %1; nada ha cambiado.</numerusform>
            <numerusform>Pondría %n roles al día con %1; nada ha cambiado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought %n role(s) in step with %1.</source>
        <translation>
            <numerusform>%n rol puesto al día con %1.</numerusform>
            <numerusform>%n roles puestos al día con %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) changed.</source>
        <translation>
            <numerusform>%n celda cambiada.</numerusform>
            <numerusform>%n celdas cambiadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>template takes status or propagate, not %1.</source>
        <translation>template admite status o propagate, no %1.</translation>
    </message>
    <message>
        <source>A link follows its template or is pinned, not both.</source>
        <translation>Un vínculo sigue su plantilla o está fijado, no ambas cosas.</translation>
    </message>
    <message>
        <source>--follow and --pinned link a role made --template T.</source>
        <translation>--follow y --pinned vinculan un rol creado con --template T.</translation>
    </message>
    <message>
        <source>Give both sides with --left CELLS and --right CELLS, or name a suggested rule (see &quot;duty list&quot;).</source>
        <translation>Indique ambos lados con --left CELDAS y --right CELDAS, o nombre una regla sugerida (vea «duty list»).</translation>
    </message>
    <message>
        <source>A duty rule needs both --left CELLS and --right CELLS.</source>
        <translation>Una regla de separación de funciones necesita --left CELDAS y --right CELDAS.</translation>
    </message>
    <message>
        <source>Choose one of --any and --all.</source>
        <translation>Elija uno de --any y --all.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli duty add NAME --left CELLS --right CELLS</source>
        <translation>Uso: rolesheet-cli duty add NOMBRE --left CELDAS --right CELDAS</translation>
    </message>
    <message>
        <source>Added duty rule %1: %2 against %3 (%4, %5).</source>
        <translation>Regla de separación de funciones %1 añadida: %2 frente a %3 (%4, %5).</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>suggested, off</source>
        <translation>sugerida, desactivada</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>excepción</translation>
    </message>
    <message>
        <source>granted by %1</source>
        <translation>concedida por %1</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>permanente</translation>
    </message>
    <message>
        <source>holds every cell by design (Admin &amp; owner or Admin)</source>
        <translation>tiene todas las celdas por diseño (Admin y propietario o Admin)</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli duty remove NAME</source>
        <translation>Uso: rolesheet-cli duty remove NOMBRE</translation>
    </message>
    <message>
        <source>Removed duty rule %1.</source>
        <translation>Regla de separación de funciones %1 eliminada.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli duty check [--at DATE-TIME]</source>
        <translation>Uso: rolesheet-cli duty check [--at FECHA-HORA]</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (desde %1)</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli duty except MEMBER RULE --reason TEXT --until DATE --as MEMBER</source>
        <translation>Uso: rolesheet-cli duty except MIEMBRO REGLA --reason TEXTO --until FECHA --as MIEMBRO</translation>
    </message>
    <message>
        <source>Name the member who grants the exception with --as MEMBER.</source>
        <translation>Indique el miembro que concede la excepción con --as MIEMBRO.</translation>
    </message>
    <message>
        <source>%1 may hold both sides of %2 until %3.</source>
        <translation>%1 puede tener ambos lados de %2 hasta %3.</translation>
    </message>
    <message>
        <source>Unknown duty command %1: use add, list, remove, check or except.</source>
        <translation>Orden duty desconocida %1: use add, list, remove, check o except.</translation>
    </message>
    <message>
        <source>Unknown format %1 for who: use text, csv or pdf.</source>
        <translation>Formato desconocido %1 para who: use text, csv o pdf.</translation>
    </message>
    <message>
        <source>A PDF goes to a file: give it with -o FILE.</source>
        <translation>Un PDF va a un archivo: indíquelo con -o ARCHIVO.</translation>
    </message>
    <message>
        <source>Who can %1 %2</source>
        <translation>Quién puede %1 %2</translation>
    </message>
    <message>
        <source>Duty rule: one side, as Feature:level,Feature:level.</source>
        <translation>Regla de separación de funciones: un lado, como Función:nivel,Función:nivel.</translation>
    </message>
    <message>
        <source>CELLS</source>
        <translation>CELDAS</translation>
    </message>
    <message>
        <source>Duty rule: the other side, as Feature:level,Feature:level.</source>
        <translation>Regla de separación de funciones: el otro lado, como Función:nivel,Función:nivel.</translation>
    </message>
    <message>
        <source>Duty rule: a side is held with any one of its cells (default).</source>
        <translation>Regla de separación de funciones: se tiene un lado con cualquiera de sus celdas (predeterminado).</translation>
    </message>
    <message>
        <source>Duty rule: a side is held only with all of its cells.</source>
        <translation>Regla de separación de funciones: se tiene un lado solo con todas sus celdas.</translation>
    </message>
    <message>
        <source>Duty rule: where both sides must be held: production (default), studio or account.</source>
        <translation>Regla de separación de funciones: dónde deben tenerse ambos lados: production (predeterminado), studio o account.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>ÁMBITO</translation>
    </message>
    <message>
        <source>Duty rule: block (default) refuses a change, warn reports it.</source>
        <translation>Regla de separación de funciones: block (predeterminado) rechaza un cambio, warn lo avisa.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVEDAD</translation>
    </message>
    <message>
        <source>Duty exception: why the member may hold both sides.</source>
        <translation>Excepción: por qué el miembro puede tener ambos lados.</translation>
    </message>
    <message>
        <source>Duty rule: why it matters.</source>
        <translation>Regla de separación de funciones: por qué importa.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Changes that need approval: %1</source>
        <translation>Cambios que necesitan aprobación: %1</translation>
    </message>
    <message>
        <source>Approvals needed: %1</source>
        <translation>Aprobaciones necesarias: %1</translation>
    </message>
    <message>
        <source>Approvers: the owner, Admins and %1</source>
        <translation>Aprobadores: el propietario, los Admins y %1</translation>
    </message>
    <message>
        <source>Approval window: %1 days; apply window: %2 days</source>
        <translation>Plazo de aprobación: %1 días; plazo de aplicación: %2 días</translation>
    </message>
    <message>
        <source>Client-controlled productions: %1</source>
        <translation>Producciones controladas por el cliente: %1</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>--%1 admite un número de %2 a %3.</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli approval-policy show | approval-policy set [--changes none|sensitive|all] [--approvals N] [--approver MEMBER]… [--approval-days D] [--apply-days D]</source>
        <translation>Uso: rolesheet-cli approval-policy show | approval-policy set [--changes none|sensitive|all] [--approvals N] [--approver MIEMBRO]… [--approval-days D] [--apply-days D]</translation>
    </message>
    <message>
        <source>Say yes or no: set-production-client-controlled PRODUCTION yes|no</source>
        <translation>Indique yes o no: set-production-client-controlled PRODUCCIÓN yes|no</translation>
    </message>
    <message>
        <source> (break glass)</source>
        <translation> (acceso de emergencia)</translation>
    </message>
    <message>
        <source>Request %1: %2, %3 of %4 approvals</source>
        <translation>Solicitud %1: %2, %3 de %4 aprobaciones</translation>
    </message>
    <message>
        <source>Filed by %1 at %2: %3</source>
        <translation>Presentada por %1 el %2: %3</translation>
    </message>
    <message>
        <source>Made on workspace version %1; SHA-256 %2</source>
        <translation>Hecha sobre la versión %1 del espacio de trabajo; SHA-256 %2</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Cambios:</translation>
    </message>
    <message>
        <source>Members whose access changes: %1</source>
        <translation>Miembros cuyo acceso cambia: %1</translation>
    </message>
    <message>
        <source>approved by %1 at %2</source>
        <translation>aprobada por %1 el %2</translation>
    </message>
    <message>
        <source>denied by %1 at %2</source>
        <translation>rechazada por %1 el %2</translation>
    </message>
    <message>
        <source> (counts)</source>
        <translation> (cuenta)</translation>
    </message>
    <message>
        <source> (does not count)</source>
        <translation> (no cuenta)</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli request show|approve|deny|withdraw|apply|rebase|export N</source>
        <translation>Uso: rolesheet-cli request show|approve|deny|withdraw|apply|rebase|export N</translation>
    </message>
    <message>
        <source>%1 is not a request number.</source>
        <translation>%1 no es un número de solicitud.</translation>
    </message>
    <message>
        <source>Approved request %1.</source>
        <translation>Solicitud %1 aprobada.</translation>
    </message>
    <message>
        <source>Denied request %1.</source>
        <translation>Solicitud %1 rechazada.</translation>
    </message>
    <message>
        <source>Withdrew request %1.</source>
        <translation>Solicitud %1 retirada.</translation>
    </message>
    <message>
        <source>Applied request %1.</source>
        <translation>Solicitud %1 aplicada.</translation>
    </message>
    <message>
        <source>Request %1 is made again on the workspace as it is now and needs its approvals again.</source>
        <translation>La solicitud %1 se ha rehecho sobre el espacio de trabajo actual y necesita de nuevo sus aprobaciones.</translation>
    </message>
    <message>
        <source>Wrote the evidence of request %1 to %2.</source>
        <translation>Se escribió la evidencia de la solicitud %1 en %2.</translation>
    </message>
    <message>
        <source>%1 needs approval under the workspace&apos;s approval policy; add --request REASON to file it as a request. Nothing was changed.</source>
        <translation>%1 necesita aprobación según la política del espacio de trabajo; añada --request MOTIVO para presentarlo como solicitud. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Applied by break glass as request %1; it is listed for approval after the fact.</source>
        <translation>Aplicado por acceso de emergencia como solicitud %1; queda pendiente de aprobación a posteriori.</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 waits for %n approval(s).</source>
        <translation>
            <numerusform>La solicitud %1 espera %n aprobación.</numerusform>
            <numerusform>La solicitud %1 espera %n aprobaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link: the role takes its template&apos;s changes as they are applied.</source>
        <translation>Vínculo: el rol toma los cambios de su plantilla al aplicarse.</translation>
    </message>
    <message>
        <source>Link: the role waits for a propagation (the default).</source>
        <translation>Vínculo: el rol espera una propagación (predeterminado).</translation>
    </message>
    <message>
        <source>Propagate: on a conflict take the template&apos;s levels or keep the role&apos;s.</source>
        <translation>Propagar: en un conflicto, tomar los niveles de la plantilla o mantener los del rol.</translation>
    </message>
    <message>
        <source>template|local</source>
        <translation>template|local</translation>
    </message>
    <message>
        <source>A change the approval policy gates is filed as a request with this reason.</source>
        <translation>Un cambio sujeto a la política de aprobación se presenta como solicitud con este motivo.</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>Owner only: apply a gated change at once with this reason; it is listed for approval after it.</source>
        <translation>Solo el propietario: aplica de inmediato un cambio sujeto a aprobación con este motivo; queda pendiente de aprobación después.</translation>
    </message>
    <message>
        <source>Approval policy: which changes need approval (none, sensitive, all).</source>
        <translation>Política de aprobación: qué cambios necesitan aprobación (none, sensitive, all).</translation>
    </message>
    <message>
        <source>WHICH</source>
        <translation>CUÁLES</translation>
    </message>
    <message>
        <source>Approval policy: how many approvals a request needs (1-3).</source>
        <translation>Política de aprobación: cuántas aprobaciones necesita una solicitud (1-3).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Approval policy: a member who approves besides the owner and Admins (repeatable).</source>
        <translation>Política de aprobación: un miembro que aprueba además del propietario y los Admins (repetible).</translation>
    </message>
    <message>
        <source>Approval policy: days a request waits for approval (default 7).</source>
        <translation>Política de aprobación: días que una solicitud espera aprobación (por defecto 7).</translation>
    </message>
    <message>
        <source>Approval policy: days an approved request may be applied (default 2).</source>
        <translation>Política de aprobación: días en que se puede aplicar una solicitud aprobada (por defecto 2).</translation>
    </message>
    <message>
        <source>Requests: only those in this state.</source>
        <translation>Solicitudes: solo las que están en este estado.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>Usage: rolesheet-cli request export N --format pdf|csv -o FILE</source>
        <translation>Uso: rolesheet-cli request export N --format pdf|csv -o ARCHIVO</translation>
    </message>
    <message>
        <source>warning: applied, with a new conflict of a warn duty rule: %1</source>
        <translation>aviso: aplicado, con un nuevo conflicto de una regla de aviso: %1</translation>
    </message>
    <message>
        <source>Approvers: the owner and Admins</source>
        <translation>Aprobadores: el propietario y los Admins</translation>
    </message>
</context>
<context>
    <name>rs::dates</name>
    <message>
        <source>%1 is not an instant (an ISO 8601 date-time with its offset).</source>
        <translation>%1 no es un instante (una fecha y hora ISO 8601 con su desfase horario).</translation>
    </message>
    <message>
        <source>%1 is not a date: use YYYY-MM-DD or an ISO 8601 date-time such as 2026-11-30T18:00.</source>
        <translation>%1 no es una fecha: usa YYYY-MM-DD o una fecha y hora ISO 8601 como 2026-11-30T18:00.</translation>
    </message>
    <message>
        <source>A date lies outside %1 (UTC), the dates a workspace holds.</source>
        <translation>Una fecha queda fuera de %1 (UTC), el intervalo de fechas que admite un espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 lies outside %2 (UTC), the dates a workspace holds.</source>
        <translation>%1 queda fuera de %2 (UTC), el intervalo de fechas que admite un espacio de trabajo.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>%1 is not a date: type 2026-12-24, %2, &quot;tomorrow&quot; or &quot;+14d&quot;.</source>
        <translation>%1 no es una fecha: escriba 2026-12-24, %2, «mañana» o «+14d».</translation>
    </message>
</context>
<context>
    <name>rs::duties</name>
    <message>
        <source>Unknown duty scope &quot;%1&quot;: use production, studio or account.</source>
        <translation>Ámbito desconocido «%1»: use production, studio o account.</translation>
    </message>
    <message>
        <source>Unknown severity &quot;%1&quot;: use block or warn.</source>
        <translation>Gravedad desconocida «%1»: use block o warn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cell: write Feature:level, for example &quot;Marketing:edit&quot;.</source>
        <translation>«%1» no es una celda: escriba Función:nivel, por ejemplo «Marketing:edit».</translation>
    </message>
    <message>
        <source>No feature named &quot;%1&quot;.</source>
        <translation>No hay ninguna función llamada «%1».</translation>
    </message>
    <message>
        <source>Name at least one cell, as &quot;Feature:level,Feature:level&quot;.</source>
        <translation>Indique al menos una celda, como «Función:nivel,Función:nivel».</translation>
    </message>
    <message>
        <source>all of %1</source>
        <translation>todas de %1</translation>
    </message>
    <message>
        <source>any of %1</source>
        <translation>cualquiera de %1</translation>
    </message>
    <message>
        <source>duty rule</source>
        <translation>regla de separación de funciones</translation>
    </message>
    <message>
        <source>A duty rule named &quot;%1&quot; exists already.</source>
        <translation>Ya existe una regla de separación de funciones llamada «%1».</translation>
    </message>
    <message>
        <source>A duty rule needs cells on both sides.</source>
        <translation>Una regla de separación de funciones necesita celdas en ambos lados.</translation>
    </message>
    <message>
        <source>The duty rule names a feature the catalog does not have.</source>
        <translation>La regla de separación de funciones nombra una función que el catálogo no tiene.</translation>
    </message>
    <message>
        <source>%1 is on both sides of the rule: no one could hold one side without the other.</source>
        <translation>%1 está en ambos lados de la regla: nadie podría tener un lado sin el otro.</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>justificación</translation>
    </message>
    <message>
        <source>The exception names a member the workspace does not have.</source>
        <translation>La excepción nombra un miembro que el espacio de trabajo no tiene.</translation>
    </message>
    <message>
        <source>No duty rule named &quot;%1&quot;.</source>
        <translation>No hay ninguna regla de separación de funciones llamada «%1».</translation>
    </message>
    <message>
        <source>Say why the exception is granted with --reason TEXT.</source>
        <translation>Diga por qué se concede la excepción con --reason TEXTO.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>Name the member who grants the exception with --as MEMBER.</source>
        <translation>Indique el miembro que concede la excepción con --as MIEMBRO.</translation>
    </message>
    <message>
        <source>%1 cannot grant an exception to themselves.</source>
        <translation>%1 no puede concederse una excepción a sí mismo.</translation>
    </message>
    <message>
        <source>Only the Admin &amp; owner or an Admin grants exceptions; %1 is neither.</source>
        <translation>Solo el Admin y propietario o un Admin conceden excepciones; %1 no es ninguno de los dos.</translation>
    </message>
    <message>
        <source>An exception ends: give its last day with --until DATE.</source>
        <translation>Una excepción termina: indique su último día con --until FECHA.</translation>
    </message>
    <message>
        <source>The exception would have ended already.</source>
        <translation>La excepción ya habría terminado.</translation>
    </message>
    <message>
        <source> (%1 – %2)</source>
        <translation> (%1 – %2)</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (desde %1)</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (hasta %1)</translation>
    </message>
    <message>
        <source>account role %1</source>
        <translation>rol de cuenta %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigor</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>void: the conflict is gone</source>
        <translation>sin efecto: el conflicto ha desaparecido</translation>
    </message>
    <message>
        <source>%1: %2 (%3): %4 through %5; %6 through %7</source>
        <translation>%1: %2 (%3): %4 mediante %5; %6 mediante %7</translation>
    </message>
    <message>
        <source> [exception until %1, granted by %2]</source>
        <translation> [excepción hasta %1, concedida por %2]</translation>
    </message>
    <message>
        <source>within one production</source>
        <translation>dentro de una producción</translation>
    </message>
    <message>
        <source>across productions</source>
        <translation>entre producciones</translation>
    </message>
    <message>
        <source>through the account role</source>
        <translation>mediante el rol de cuenta</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1: this role grants %2 on the left side and %3 on the right side.</source>
        <translation>%1: este rol concede %2 en el lado izquierdo y %3 en el lado derecho.</translation>
    </message>
    <message>
        <source>%1: this role grants %2 on the left side; the right side is %3.</source>
        <translation>%1: este rol concede %2 en el lado izquierdo; el lado derecho es %3.</translation>
    </message>
    <message>
        <source>%1: this role grants %2 on the right side; the left side is %3.</source>
        <translation>%1: este rol concede %2 en el lado derecho; el lado izquierdo es %3.</translation>
    </message>
    <message>
        <source>%1: left side (%2)</source>
        <translation>%1: lado izquierdo (%2)</translation>
    </message>
    <message>
        <source>%1: right side (%2)</source>
        <translation>%1: lado derecho (%2)</translation>
    </message>
</context>
<context>
    <name>rs::formats</name>
    <message>
        <source>The stored items of access review %1 no longer hash to %2, the SHA-256 recorded when it started: they were changed.</source>
        <translation>Los elementos guardados de la revisión de accesos %1 ya no dan el hash %2, el SHA-256 registrado al iniciarla: se han cambiado.</translation>
    </message>
    <message>
        <source>The file does not match access review %1: line %2 differs from the stored campaign.</source>
        <translation>El archivo no coincide con la revisión de accesos %1: la línea %2 difiere de la campaña guardada.</translation>
    </message>
    <message>
        <source>Writing a PDF needs the graphical libraries to be started.</source>
        <translation>Para escribir un PDF hay que iniciar las bibliotecas gráficas.</translation>
    </message>
    <message>
        <source>Access review %1</source>
        <translation>Revisión de accesos %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>not applied: the access changed after the review started</source>
        <translation>no aplicado: el acceso cambió después de iniciarse la revisión</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Ámbito: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Fecha límite: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>Reviewers: %1</source>
        <translation>Revisores: %1</translation>
    </message>
    <message>
        <source>Started: %1 by %2, at workspace version %3</source>
        <translation>Iniciada: %1 por %2, en la versión %3 del espacio de trabajo</translation>
    </message>
    <message>
        <source>Closed: %1 by %2; changes applied at workspace version %3</source>
        <translation>Cerrada: %1 por %2; cambios aplicados en la versión %3 del espacio de trabajo</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Aún abierta</translation>
    </message>
    <message>
        <source>SHA-256 of the %1 frozen items: %2</source>
        <translation>SHA-256 de los %1 elementos congelados: %2</translation>
    </message>
    <message>
        <source>Delta review: only the access that changed since %1</source>
        <translation>Revisión delta: solo el acceso que ha cambiado desde %1</translation>
    </message>
    <message>
        <source>A new page cannot be started.</source>
        <translation>No se puede empezar una página nueva.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>What it grants, feature by feature</source>
        <translation>Qué concede, función por función</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Conformidad</translation>
    </message>
    <message>
        <source>We confirm that the access listed above was reviewed and the decisions recorded are ours.</source>
        <translation>Confirmamos que se ha revisado el acceso indicado arriba y que las decisiones registradas son nuestras.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>The document cannot be finished.</source>
        <translation>No se puede terminar el documento.</translation>
    </message>
    <message>
        <source>Reverted the import of version %1</source>
        <translation>Se ha revertido la importación de la versión %1</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>No se puede leer el archivo: %1.</translation>
    </message>
    <message>
        <source>SHA-256 of the evidence (items, every decision, reviewers, outcomes and the close): %1</source>
        <translation>SHA-256 de las evidencias (elementos, todas las decisiones, revisores, resultados y el cierre): %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>End on a date</source>
        <translation>Terminar en una fecha</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Todos los elementos</translation>
    </message>
    <message>
        <source>Account roles</source>
        <translation>Roles de cuenta</translation>
    </message>
    <message>
        <source>Production %1</source>
        <translation>Producción %1</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Mediante</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <source>(the whole studio)</source>
        <translation>(todo el estudio)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>No se pudo escribir el PDF.</translation>
    </message>
    <message>
        <source>%1 — %2: %3 → %4</source>
        <translation>%1 — %2: %3 → %4</translation>
    </message>
    <message>
        <source>gains %1</source>
        <translation>gana %1</translation>
    </message>
    <message>
        <source>loses %1</source>
        <translation>pierde %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3 (%4)</source>
        <translation>%1 — %2: %3 (%4)</translation>
    </message>
    <message>
        <source>account-wide</source>
        <translation>toda la cuenta</translation>
    </message>
    <message>
        <source>Approval request %1</source>
        <translation>Solicitud de aprobación %1</translation>
    </message>
    <message>
        <source>State: %1; %2 of %3 approvals</source>
        <translation>Estado: %1; %2 de %3 aprobaciones</translation>
    </message>
    <message>
        <source>Requested by %1 at %2</source>
        <translation>Solicitada por %1 el %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Made on workspace version %1 (revision %2)</source>
        <translation>Hecha sobre la versión %1 del espacio de trabajo (revisión %2)</translation>
    </message>
    <message>
        <source>SHA-256 of the change set the approvals are bound to: %1</source>
        <translation>SHA-256 del conjunto de cambios al que están ligadas las aprobaciones: %1</translation>
    </message>
    <message>
        <source>Break glass: applied at once by the owner and listed for approval after the fact</source>
        <translation>Acceso de emergencia: aplicada al instante por el propietario y listada para aprobarla después</translation>
    </message>
    <message>
        <source>Applied by %1 at %2 as workspace version %3</source>
        <translation>Aplicada por %1 el %2 como versión %3 del espacio de trabajo</translation>
    </message>
    <message>
        <source>Withdrawn at %1</source>
        <translation>Retirada el %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Member impact</source>
        <translation>Efecto en los miembros</translation>
    </message>
    <message>
        <source>Nobody gains or loses access.</source>
        <translation>Nadie gana ni pierde acceso.</translation>
    </message>
    <message>
        <source>Approvals and denials</source>
        <translation>Aprobaciones y rechazos</translation>
    </message>
    <message>
        <source>Approved by %1 at %2</source>
        <translation>Aprobada por %1 el %2</translation>
    </message>
    <message>
        <source>Denied by %1 at %2</source>
        <translation>Rechazada por %1 el %2</translation>
    </message>
    <message>
        <source>(counts)</source>
        <translation>(cuenta)</translation>
    </message>
    <message>
        <source>(does not count)</source>
        <translation>(no cuenta)</translation>
    </message>
    <message>
        <source>[login %1]</source>
        <translation>[usuario %1]</translation>
    </message>
    <message>
        <source>on SHA-256 %1</source>
        <translation>sobre SHA-256 %1</translation>
    </message>
    <message>
        <source>%1 — page %2</source>
        <translation>%1 — página %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>The evidence was not written.</source>
        <translation>No se escribió la evidencia.</translation>
    </message>
</context>
<context>
    <name>rs::formats::CsvImport</name>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… y %n problema más.</numerusform>
            <numerusform>… y %n problemas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cell holds a NUL byte.</source>
        <translation>La celda contiene un byte NUL.</translation>
    </message>
    <message>
        <source>The cell is not UTF-8 text.</source>
        <translation>La celda no es texto UTF-8.</translation>
    </message>
    <message>
        <source>%1 is a formula: formulas are not read; type the value itself.</source>
        <translation>%1 es una fórmula: las fórmulas no se leen; escribe el valor en sí.</translation>
    </message>
    <message>
        <source>%1 is not a permission level: write None, or levels such as View / Edit.</source>
        <translation>%1 no es un nivel de permiso: escribe Ninguno o niveles como Ver / Editar.</translation>
    </message>
    <message>
        <source>The file is larger than 64 MiB: no role sheet or matrix of a workspace is that large.</source>
        <translation>El archivo ocupa más de 64 MiB: ninguna ficha de rol ni matriz de un espacio de trabajo es tan grande.</translation>
    </message>
    <message>
        <source>A quotation mark opens this cell and is never closed.</source>
        <translation>Unas comillas abren esta celda y nunca se cierran.</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 has more than %n columns, more than this workspace could fill.</source>
        <translation>
            <numerusform>La fila %1 tiene más de %n columna, más de las que este espacio de trabajo podría llenar.</numerusform>
            <numerusform>La fila %1 tiene más de %n columnas, más de las que este espacio de trabajo podría llenar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace has no feature %1.</source>
        <translation>El espacio de trabajo no tiene ninguna función %1.</translation>
    </message>
    <message>
        <source>%1 has a row already: row %2.</source>
        <translation>%1 ya tiene una fila: la fila %2.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>A second Feature column: keep one.</source>
        <translation>Una segunda columna Feature: deja solo una.</translation>
    </message>
    <message>
        <source>The workspace has no role %1.</source>
        <translation>El espacio de trabajo no tiene ningún rol %1.</translation>
    </message>
    <message>
        <source>Several roles are called %1: rename one first.</source>
        <translation>Varios roles se llaman %1: cambia antes el nombre de uno.</translation>
    </message>
    <message>
        <source>%1 has a column already: column %2.</source>
        <translation>%1 ya tiene una columna: la columna %2.</translation>
    </message>
    <message>
        <source>Row 1 has no column headed Feature.</source>
        <translation>La fila 1 no tiene ninguna columna con el encabezado Feature.</translation>
    </message>
    <message>
        <source>Row %1: the file has more rows than this workspace has features (%2).</source>
        <translation>Fila %1: el archivo tiene más filas que funciones tiene este espacio de trabajo (%2).</translation>
    </message>
    <message>
        <source>No feature named.</source>
        <translation>No se indica ninguna función.</translation>
    </message>
    <message>
        <source>A second %1 column: keep one.</source>
        <translation>Una segunda columna %1: deja solo una.</translation>
    </message>
    <message>
        <source>Row 1 has no column headed Levels, View, Add, Edit or Delete.</source>
        <translation>La fila 1 no tiene ninguna columna con el encabezado Levels, View, Add, Edit o Delete.</translation>
    </message>
    <message>
        <source>%1 is neither yes nor empty.</source>
        <translation>%1 no es ni sí ni vacío.</translation>
    </message>
    <message>
        <source>The Levels cell says %1 but the View, Add, Edit and Delete cells say %2: change one of them.</source>
        <translation>La celda Levels dice %1, pero las celdas View, Add, Edit y Delete dicen %2: cambia una de ellas.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>The cell holds more than %L1 characters, more than a spreadsheet cell holds; nothing after it was read.</source>
        <translation>La celda contiene más de %L1 caracteres, más de los que admite una celda de una hoja de cálculo; no se ha leído nada de lo que sigue.</translation>
    </message>
    <message>
        <source>The file has more than %L1 rows, more than a spreadsheet holds; nothing after them was read.</source>
        <translation>El archivo tiene más de %L1 filas, más de las que admite una hoja de cálculo; no se ha leído nada de lo que sigue.</translation>
    </message>
    <message>
        <source>The file changes %1 cells; one import changes at most %2: import it in parts, a few roles at a time.</source>
        <translation>El archivo cambia %1 celdas; una importación cambia como máximo %2: impórtalo por partes, unos pocos roles cada vez.</translation>
    </message>
</context>
<context>
    <name>rs::formats::Export</name>
    <message>
        <source>Unknown format.</source>
        <translation>Formato desconocido.</translation>
    </message>
    <message>
        <source>%1 [template]</source>
        <translation>%1 [plantilla]</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv, xlsx, json, md, html or pdf.</source>
        <translation>Formato desconocido «%1»: usa csv, xlsx, json, md, html o pdf.</translation>
    </message>
</context>
<context>
    <name>rs::formats::Json</name>
    <message>
        <source>a workspace name can be at most 200 characters long.</source>
        <translation>el nombre de un espacio de trabajo admite como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>id %1 is used twice.</source>
        <translation>el id %1 se usa dos veces.</translation>
    </message>
    <message>
        <source>section</source>
        <translation>sección</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>función</translation>
    </message>
    <message>
        <source>there is no section with id %1.</source>
        <translation>no hay ninguna sección con id %1.</translation>
    </message>
    <message>
        <source>production</source>
        <translation>producción</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>there is no production with id %1.</source>
        <translation>no hay ninguna producción con id %1.</translation>
    </message>
    <message>
        <source>a built-in role has the wrong scope or is a template.</source>
        <translation>un rol integrado tiene un ámbito incorrecto o es una plantilla.</translation>
    </message>
    <message>
        <source>there is no feature with id %1.</source>
        <translation>no hay ninguna función con id %1.</translation>
    </message>
    <message>
        <source>feature %1 is granted twice.</source>
        <translation>la función %1 se concede dos veces.</translation>
    </message>
    <message>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <source>there is no role with id %1.</source>
        <translation>no hay ningún rol con id %1.</translation>
    </message>
    <message>
        <source>there is no member with id %1.</source>
        <translation>no hay ningún miembro con id %1.</translation>
    </message>
    <message>
        <source>the member has two seats in this production.</source>
        <translation>el miembro tiene dos puestos en esta producción.</translation>
    </message>
    <message>
        <source>The imported workspace breaks a rule: %1</source>
        <translation>El espacio de trabajo importado incumple una regla: %1</translation>
    </message>
    <message>
        <source>this workspace has no feature named &quot;%1&quot;.</source>
        <translation>este espacio de trabajo no tiene ninguna función llamada «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>«%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>a production role is imported into a production: name one.</source>
        <translation>un rol de producción se importa en una producción: indica una.</translation>
    </message>
    <message>
        <source>only a production role can be imported into a production.</source>
        <translation>solo un rol de producción se puede importar en una producción.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB and was not read.</source>
        <translation>El archivo ocupa más de %1 MiB y no se ha leído.</translation>
    </message>
    <message>
        <source>Malformed JSON at line %1, column %2 (byte %3): %4.</source>
        <translation>JSON mal formado en la línea %1, columna %2 (byte %3): %4.</translation>
    </message>
    <message>
        <source>The document is not a JSON object.</source>
        <translation>El documento no es un objeto JSON.</translation>
    </message>
    <message>
        <source>unknown field.</source>
        <translation>campo desconocido.</translation>
    </message>
    <message>
        <source>not a Rolesheet document (expected &quot;rolesheet&quot;).</source>
        <translation>no es un documento de Rolesheet (se esperaba «rolesheet»).</translation>
    </message>
    <message>
        <source>version %1 is not supported; this program reads version %2.</source>
        <translation>la versión %1 no es compatible; este programa lee la versión %2.</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(falta)</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;.</source>
        <translation>se esperaba «%1» y hay «%2».</translation>
    </message>
    <message>
        <source>missing.</source>
        <translation>falta.</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>se esperaba un objeto.</translation>
    </message>
    <message>
        <source>expected a list.</source>
        <translation>se esperaba una lista.</translation>
    </message>
    <message>
        <source>%1 entries; at most %2 are allowed.</source>
        <translation>%1 entradas; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>expected text.</source>
        <translation>se esperaba texto.</translation>
    </message>
    <message>
        <source>%1 characters; at most %2 are allowed.</source>
        <translation>%1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>a name cannot begin or end with spaces.</source>
        <translation>un nombre no puede empezar ni terminar con espacios.</translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation>se esperaba true o false.</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to 2^53.</source>
        <translation>se esperaba un número entero de 0 a 2^53.</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to 2^53.</source>
        <translation>se esperaba un número entero de 1 a 2^53.</translation>
    </message>
    <message>
        <source>expected &quot;account&quot; or &quot;production&quot;.</source>
        <translation>se esperaba «account» o «production».</translation>
    </message>
    <message>
        <source>expected none, owner, admin, create-productions, production-admin or production-member.</source>
        <translation>se esperaba none, owner, admin, create-productions, production-admin o production-member.</translation>
    </message>
    <message>
        <source>expected view, add, edit or delete.</source>
        <translation>se esperaba view, add, edit o delete.</translation>
    </message>
    <message>
        <source>expected financial, personnel or marketing.</source>
        <translation>se esperaba financial, personnel o marketing.</translation>
    </message>
    <message>
        <source>expected a single value, not a list or an object.</source>
        <translation>se esperaba un valor simple, no una lista ni un objeto.</translation>
    </message>
    <message>
        <source>the text holds an unpaired UTF-16 surrogate escape (\uD800 to \uDFFF), which is not a character.</source>
        <translation>el texto contiene un escape de sustituto UTF-16 sin pareja (\uD800 a \uDFFF), que no es un carácter.</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>el documento está vacío</translation>
    </message>
    <message>
        <source>more follows the end of the document</source>
        <translation>hay más contenido tras el final del documento</translation>
    </message>
    <message>
        <source>a field name is missing</source>
        <translation>falta un nombre de campo</translation>
    </message>
    <message>
        <source>a colon is missing</source>
        <translation>faltan los dos puntos</translation>
    </message>
    <message>
        <source>a comma or a closing brace is missing</source>
        <translation>falta una coma o una llave de cierre</translation>
    </message>
    <message>
        <source>a comma or a closing bracket is missing</source>
        <translation>falta una coma o un corchete de cierre</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>secuencia de escape no válida</translation>
    </message>
    <message>
        <source>unpaired UTF-16 surrogate escape</source>
        <translation>escape de sustituto UTF-16 sin pareja</translation>
    </message>
    <message>
        <source>a closing quotation mark is missing</source>
        <translation>faltan las comillas de cierre</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>el texto no es UTF-8 válido</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>número no válido</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>valor no válido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows.</source>
        <translation>«%1» no es una zona horaria que conozca este sistema.</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date-time with its offset, such as 2026-11-30T22:59:59.999Z.</source>
        <translation>se esperaba una fecha y hora ISO 8601 con su desfase horario, como 2026-11-30T22:59:59.999Z.</translation>
    </message>
    <message>
        <source>the exception names a member the workspace does not have.</source>
        <translation>la excepción nombra a un miembro que el espacio de trabajo no tiene.</translation>
    </message>
    <message>
        <source>the exception names a duty rule the document does not have.</source>
        <translation>la excepción nombra una regla que el documento no tiene.</translation>
    </message>
    <message>
        <source>an exception needs a reason of at most %1 characters.</source>
        <translation>una excepción necesita un motivo de como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>an exception is granted by someone other than the member it excepts.</source>
        <translation>una excepción la concede alguien distinto del miembro exceptuado.</translation>
    </message>
    <message>
        <source>an exception ends after it was granted.</source>
        <translation>una excepción termina después de haber sido concedida.</translation>
    </message>
</context>
<context>
    <name>rs::formats::Pages</name>
    <message>
        <source>%1 — page %2 of</source>
        <translation>%1 — página %2 de</translation>
    </message>
</context>
<context>
    <name>rs::formats::ReviewEvidence</name>
    <message numerus="yes">
        <source>the last of %n decisions</source>
        <translation>
            <numerusform>la única decisión (%n en total)</numerusform>
            <numerusform>la última de %n decisiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Duty conflict of</source>
        <translation>Conflicto de funciones de</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>One side through</source>
        <translation>Un lado mediante</translation>
    </message>
    <message>
        <source>Other side through</source>
        <translation>El otro lado mediante</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Excepción</translation>
    </message>
    <message>
        <source>Duty exception for</source>
        <translation>Excepción para</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Concedida por</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedida el</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Break glass, request</source>
        <translation>Acceso de emergencia, solicitud</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>At</source>
        <translation>El</translation>
    </message>
</context>
<context>
    <name>rs::formats::RoleSheet</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Template for account roles</source>
        <translation>Plantilla para roles de cuenta</translation>
    </message>
    <message>
        <source>Template for production roles</source>
        <translation>Plantilla para roles de producción</translation>
    </message>
    <message>
        <source>Account role, in the productions the holder is invited to</source>
        <translation>Rol de cuenta, en las producciones a las que se invita a quien lo tiene</translation>
    </message>
    <message>
        <source>Account role, across the whole workspace</source>
        <translation>Rol de cuenta, en todo el espacio de trabajo</translation>
    </message>
    <message>
        <source>Production role in %1</source>
        <translation>Rol de producción en %1</translation>
    </message>
    <message>
        <source>Production role, available in every production</source>
        <translation>Rol de producción, disponible en todas las producciones</translation>
    </message>
    <message>
        <source> (built in, locked)</source>
        <translation> (integrado, bloqueado)</translation>
    </message>
    <message>
        <source>%1: works with every feature and can add or change in all of them.</source>
        <translation>%1: trabaja con todas las funciones y puede añadir o cambiar en todas.</translation>
    </message>
    <message>
        <source>Can delete in: %1.</source>
        <translation>Puede eliminar en: %1.</translation>
    </message>
    <message>
        <source>Nothing: this role grants no level on any feature.</source>
        <translation>Nada: este rol no concede ningún nivel en ninguna función.</translation>
    </message>
    <message>
        <source>No %1 features: a guardrail keeps them out of this role.</source>
        <translation>Ninguna función de %1: una salvaguarda las mantiene fuera de este rol.</translation>
    </message>
    <message>
        <source>Owner-only features, held by the Admin &amp; owner alone: %1.</source>
        <translation>Funciones solo del propietario, que tiene únicamente Admin y propietario: %1.</translation>
    </message>
    <message>
        <source>Account-wide features, outside any production role: %1.</source>
        <translation>Funciones de toda la cuenta, fuera de cualquier rol de producción: %1.</translation>
    </message>
    <message>
        <source>No access to: %1.</source>
        <translation>Sin acceso a: %1.</translation>
    </message>
    <message>
        <source>Nothing: this role holds some level on every feature.</source>
        <translation>Nada: este rol tiene algún nivel en todas las funciones.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Salvaguardas</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Permission level</source>
        <translation>Nivel de permiso</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>This role provides:</source>
        <translation>Este rol ofrece:</translation>
    </message>
    <message>
        <source>It deliberately excludes:</source>
        <translation>Excluye a propósito:</translation>
    </message>
    <message>
        <source>Printing a role sheet needs the graphical libraries to be started.</source>
        <translation>Para imprimir una ficha de rol hay que iniciar las bibliotecas gráficas.</translation>
    </message>
    <message>
        <source>The document cannot be painted.</source>
        <translation>No se puede dibujar el documento.</translation>
    </message>
    <message>
        <source>A new page cannot be started.</source>
        <translation>No se puede empezar una página nueva.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The document cannot be finished.</source>
        <translation>No se puede terminar el documento.</translation>
    </message>
    <message numerus="yes">
        <source>%1: works with all %n features and can add or change in %2 of them.</source>
        <translation>
            <numerusform>%1: trabaja con %n función y puede añadir o cambiar en %2 de ellas.</numerusform>
            <numerusform>%1: trabaja con las %n funciones y puede añadir o cambiar en %2 de ellas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: can look at %2 of %n features without changing them.</source>
        <translation>
            <numerusform>%1: puede ver %2 de %n función sin cambiarla.</numerusform>
            <numerusform>%1: puede ver %2 de %n funciones sin cambiarlas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: works with %2 of %n features and can add or change in %3 of them.</source>
        <translation>
            <numerusform>%1: trabaja con %2 de %n función y puede añadir o cambiar en %3 de ellas.</numerusform>
            <numerusform>%1: trabaja con %2 de %n funciones y puede añadir o cambiar en %3 de ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>sin fin</translation>
    </message>
    <message>
        <source>account role</source>
        <translation>rol de cuenta</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Quién lo tiene</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Titulares</translation>
    </message>
    <message>
        <source>No one holds this role.</source>
        <translation>Nadie tiene este rol.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Conformidad</translation>
    </message>
    <message>
        <source>Signed by the person who holds this role and the person responsible for it.</source>
        <translation>Firmado por la persona que tiene este rol y por la persona responsable de él.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message numerus="yes">
        <source>Based on %1 (version %2); %n local change(s)</source>
        <translation>
            <numerusform>Basado en %1 (versión %2); %n cambio local</numerusform>
            <numerusform>Basado en %1 (versión %2); %n cambios locales</numerusform>
        </translation>
    </message>
    <message>
        <source>This role holds one side of these rules: a holder who also holds the other side, through any role, is in conflict.</source>
        <translation>Este rol tiene un lado de estas reglas: quien lo tenga y además tenga el otro lado, mediante cualquier rol, está en conflicto.</translation>
    </message>
    <message>
        <source>Duty rules</source>
        <translation>Reglas de segregación de funciones</translation>
    </message>
</context>
<context>
    <name>rs::formats::SafeWrite</name>
    <message>
        <source>%1 is a symbolic link; Rolesheet never writes through a link, so nothing was written.</source>
        <translation>%1 es un enlace simbólico; Rolesheet nunca escribe a través de un enlace, así que no se ha escrito nada.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; nothing was written.</source>
        <translation>%1 no es un archivo normal; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written.</source>
        <translation>%1 ya existe; no se ha escrito nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the files to write already exist, %1 among them; nothing was written.</source>
        <translation>
            <numerusform>%n de los archivos que se iban a escribir ya existe: %1; no se ha escrito nada.</numerusform>
            <numerusform>%n de los archivos que se iban a escribir ya existen, entre ellos %1; no se ha escrito nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>rs::formats::Xlsx</name>
    <message>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>The workbook unpacks to far more than it holds: refused as a zip bomb.</source>
        <translation>El libro se descomprime en mucho más de lo que contiene: rechazado como bomba zip.</translation>
    </message>
    <message>
        <source>The workbook has no part %1: it is not a spreadsheet saved as xlsx.</source>
        <translation>El libro no tiene la parte %1: no es una hoja de cálculo guardada como xlsx.</translation>
    </message>
    <message>
        <source>The workbook is encrypted: save it again without a password.</source>
        <translation>El libro está cifrado: guárdalo de nuevo sin contraseña.</translation>
    </message>
    <message>
        <source>The part %1 declares a document type: no spreadsheet does.</source>
        <translation>La parte %1 declara un tipo de documento: ninguna hoja de cálculo lo hace.</translation>
    </message>
    <message>
        <source>The part %1 is not well-formed XML: %2</source>
        <translation>La parte %1 no es XML bien formado: %2</translation>
    </message>
    <message>
        <source>The part %1 of the workbook cannot be unpacked: the file is damaged.</source>
        <translation>La parte %1 del libro no se puede descomprimir: el archivo está dañado.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>El libro no tiene ninguna hoja.</translation>
    </message>
    <message>
        <source>The workbook names no part for its first worksheet.</source>
        <translation>El libro no indica ninguna parte para su primera hoja.</translation>
    </message>
    <message>
        <source>%1: The cell holds more than 32,767 characters, more than a spreadsheet cell holds.</source>
        <translation>%1: La celda contiene más de 32.767 caracteres, más de lo que cabe en una celda de hoja de cálculo.</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 shared strings: no role sheet or matrix needs that many.</source>
        <translation>El libro contiene más de %1 cadenas compartidas: ninguna ficha de rol ni matriz necesita tantas.</translation>
    </message>
    <message>
        <source>The workbook&apos;s shared strings hold more than 64 MiB of text: no role sheet or matrix is that large.</source>
        <translation>Las cadenas compartidas del libro contienen más de 64 MiB de texto: ninguna ficha de rol ni matriz es tan grande.</translation>
    </message>
    <message>
        <source>Shared string %1</source>
        <translation>Cadena compartida %1</translation>
    </message>
    <message>
        <source>Row %1 comes after row %2: the worksheet&apos;s rows are out of order.</source>
        <translation>La fila %1 viene después de la fila %2: las filas de la hoja están desordenadas.</translation>
    </message>
    <message>
        <source>Row %1 is past a spreadsheet&apos;s last row, 1,048,576.</source>
        <translation>La fila %1 está más allá de la última fila de una hoja de cálculo, 1.048.576.</translation>
    </message>
    <message>
        <source>%1: the row&apos;s cells are out of order.</source>
        <translation>%1: las celdas de la fila están desordenadas.</translation>
    </message>
    <message>
        <source>%1: The sheet has more than 16,384 columns, more than a spreadsheet holds.</source>
        <translation>%1: La hoja tiene más de 16.384 columnas, más de las que admite una hoja de cálculo.</translation>
    </message>
    <message>
        <source>The worksheet holds more than a CSV file of 64 MiB would: no role sheet or matrix of a workspace is that large.</source>
        <translation>La hoja contiene más de lo que cabría en un archivo CSV de 64 MiB: ninguna ficha de rol ni matriz de un espacio de trabajo es tan grande.</translation>
    </message>
    <message>
        <source>A row of the worksheet has no valid number: %1.</source>
        <translation>Una fila de la hoja no tiene un número válido: %1.</translation>
    </message>
    <message>
        <source>A cell of row %1 has no valid name: %2.</source>
        <translation>Una celda de la fila %1 no tiene un nombre válido: %2.</translation>
    </message>
    <message>
        <source>%1: The cell holds a formula; save the sheet with values only.</source>
        <translation>%1: La celda contiene una fórmula; guarda la hoja solo con valores.</translation>
    </message>
    <message>
        <source>%1: The cell refers to shared string %2, but the workbook has %3.</source>
        <translation>%1: La celda remite a la cadena compartida %2, pero el libro tiene %3.</translation>
    </message>
    <message>
        <source>The file is not an xlsx workbook: it is not a zip file.</source>
        <translation>El archivo no es un libro xlsx: no es un archivo zip.</translation>
    </message>
    <message>
        <source>The file is not an xlsx workbook: its zip directory cannot be read.</source>
        <translation>El archivo no es un libro xlsx: su directorio zip no se puede leer.</translation>
    </message>
    <message>
        <source>The workbook cannot be written: %1.</source>
        <translation>El libro no se puede escribir: %1.</translation>
    </message>
    <message>
        <source>Owner-only</source>
        <translation>Solo propietario</translation>
    </message>
    <message>
        <source>Guarded</source>
        <translation>Con salvaguarda</translation>
    </message>
    <message>
        <source>Only Admin &amp; owner may hold this feature (billing).</source>
        <translation>Solo Admin y propietario puede tener esta función (facturación).</translation>
    </message>
    <message>
        <source>A guardrail of the role forbids every level of this feature.</source>
        <translation>Una salvaguarda del rol prohíbe todos los niveles de esta función.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>sin memoria</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
</context>
<context>
    <name>rs::pages</name>
    <message>
        <source>%1 (wrap date)</source>
        <translation>%1 (fecha de cierre)</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>Empieza el %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Terminó el %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
</context>
<context>
    <name>rs::review</name>
    <message numerus="yes">
        <source>%n features: view %1, add %2, edit %3, delete %4</source>
        <translation>
            <numerusform>%n función: ver %1, añadir %2, editar %3, eliminar %4</numerusform>
            <numerusform>%n funciones: ver %1, añadir %2, editar %3, eliminar %4</numerusform>
        </translation>
    </message>
    <message>
        <source>A comment has %1 characters at most.</source>
        <translation>Un comentario admite como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>el comentario</translation>
    </message>
    <message>
        <source>The cell is not UTF-8 text.</source>
        <translation>La celda no es texto UTF-8.</translation>
    </message>
    <message>
        <source>The items&apos; header has no %1 column.</source>
        <translation>El encabezado de los elementos no tiene columna %1.</translation>
    </message>
    <message>
        <source>The file is the sheet of access review %1, not of %2.</source>
        <translation>El archivo es la hoja de la revisión de acceso %1, no de %2.</translation>
    </message>
    <message>
        <source>%1 is not an item of access review %2.</source>
        <translation>%1 no es un elemento de la revisión de acceso %2.</translation>
    </message>
    <message>
        <source>Item %1 of access review %2 is %3 as %4, not this row&apos;s: the row is of another campaign.</source>
        <translation>El elemento %1 de la revisión de acceso %2 es %3 como %4, no el de esta fila: la fila es de otra campaña.</translation>
    </message>
    <message>
        <source>Item %1 is on an earlier row already.</source>
        <translation>El elemento %1 ya está en una fila anterior.</translation>
    </message>
    <message>
        <source>%1 is not a decision: write keep, revoke or end.</source>
        <translation>%1 no es una decisión: escriba keep, revoke o end.</translation>
    </message>
    <message>
        <source>End needs its date here, written as YYYY-MM-DD.</source>
        <translation>End necesita aquí su fecha, escrita como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The file cannot be read to its end: row %1 breaks the limits of a CSV sheet.</source>
        <translation>El archivo no se puede leer hasta el final: la fila %1 supera los límites de una hoja CSV.</translation>
    </message>
    <message>
        <source>The file has no items&apos; header (item, member, …, decision): it is not an access review&apos;s sheet.</source>
        <translation>El archivo no tiene encabezado de elementos (item, member, …, decision): no es la hoja de una revisión de acceso.</translation>
    </message>
    <message>
        <source>The file does not name its access review: its first rows are missing.</source>
        <translation>El archivo no nombra su revisión de acceso: faltan sus primeras filas.</translation>
    </message>
    <message>
        <source>A decision is keep, revoke or end on a date.</source>
        <translation>Una decisión es mantener, revocar o terminar en una fecha.</translation>
    </message>
    <message>
        <source>An end date is written as YYYY-MM-DD.</source>
        <translation>Una fecha de fin se escribe como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The end date %1 is in the past.</source>
        <translation>La fecha de fin %1 está en el pasado.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… y %n problema más.</numerusform>
            <numerusform>… y %n problemas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>revisión</translation>
    </message>
    <message>
        <source>until %1, granted by %2</source>
        <translation>hasta el %1, concedida por %2</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigor</translation>
    </message>
    <message>
        <source>run out</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>void: the conflict it covered is gone</source>
        <translation>sin efecto: el conflicto que cubría ya no existe</translation>
    </message>
</context>
<context>
    <name>rs::review::Decision</name>
    <message>
        <source>Undecided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>End on %1</source>
        <translation>Terminar el %1</translation>
    </message>
</context>
<context>
    <name>rs::review::Item</name>
    <message>
        <source>Account role</source>
        <translation>Rol de cuenta</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>seat in %1 as %2</source>
        <translation>puesto en %1 como %2</translation>
    </message>
    <message>
        <source>account role %1, every production</source>
        <translation>rol de cuenta %1, todas las producciones</translation>
    </message>
    <message>
        <source>account role %1, invited productions only</source>
        <translation>rol de cuenta %1, solo producciones con invitación</translation>
    </message>
</context>
<context>
    <name>rs::review::Scope</name>
    <message>
        <source>the whole studio</source>
        <translation>todo el estudio</translation>
    </message>
    <message>
        <source>production %1</source>
        <translation>la producción %1</translation>
    </message>
    <message>
        <source>holders of role %1</source>
        <translation>quienes tienen el rol %1</translation>
    </message>
</context>
<context>
    <name>rs::reviewseal</name>
    <message>
        <source>The audit trail is not whole, so access review %1 cannot be checked against it: %2</source>
        <translation>El registro de auditoría no está íntegro, así que no se puede comprobar con él la revisión de accesos %1: %2</translation>
    </message>
    <message>
        <source>The audit trail has no record of the start of access review %1.</source>
        <translation>El registro de auditoría no tiene ninguna entrada del inicio de la revisión de accesos %1.</translation>
    </message>
    <message>
        <source>The stored items of access review %1 do not hash to %2, the SHA-256 its start recorded in the audit trail: they were changed.</source>
        <translation>Los elementos guardados de la revisión de accesos %1 no dan el hash %2, el SHA-256 que quedó anotado en el registro de auditoría al iniciarla: se han cambiado.</translation>
    </message>
    <message>
        <source>Decision %1 on item %2 of access review %3 (%4 by %5)</source>
        <translation>Decisión %1 sobre el elemento %2 de la revisión de accesos %3 (%4 por %5)</translation>
    </message>
    <message>
        <source>%1 has no record in the audit trail: it was not made through Rolesheet.</source>
        <translation>%1 no tiene ninguna entrada en el registro de auditoría: no se tomó a través de Rolesheet.</translation>
    </message>
    <message>
        <source>%1 differs from its record in the audit trail: %2 is stored as “%3”, recorded as “%4”.</source>
        <translation>%1 difiere de su entrada en el registro de auditoría: %2 está guardado como «%3», pero registrado como «%4».</translation>
    </message>
    <message>
        <source>The audit trail records %1 decisions on access review %2, but %3 are stored: decisions were removed.</source>
        <translation>El registro de auditoría recoge %1 decisiones sobre la revisión de accesos %2, pero hay %3 guardadas: se han quitado decisiones.</translation>
    </message>
    <message>
        <source>The reviewers of access review %1 differ from those the audit trail records.</source>
        <translation>Los revisores de la revisión de accesos %1 difieren de los que recoge el registro de auditoría.</translation>
    </message>
    <message>
        <source>The audit trail records the close of access review %1, but its closing is gone from the database.</source>
        <translation>El registro de auditoría recoge el cierre de la revisión de accesos %1, pero su cierre ha desaparecido de la base de datos.</translation>
    </message>
    <message>
        <source>Access review %1 is closed, but the audit trail has no record of its close.</source>
        <translation>La revisión de accesos %1 está cerrada, pero el registro de auditoría no tiene ninguna entrada de su cierre.</translation>
    </message>
    <message>
        <source>Access review %1 was closed before its evidence was sealed in the audit trail; its stored rows cannot be checked against it.</source>
        <translation>La revisión de accesos %1 se cerró antes de que sus evidencias quedaran selladas en el registro de auditoría; sus filas guardadas no se pueden comprobar con él.</translation>
    </message>
    <message>
        <source>The stored rows of access review %1 do not hash to %2, the evidence SHA-256 its close recorded in the audit trail (record %3): they were changed after it closed.</source>
        <translation>Las filas guardadas de la revisión de accesos %1 no dan el hash %2, el SHA-256 de las evidencias que quedó anotado en el registro de auditoría al cerrarla (entrada %3): se cambiaron después del cierre.</translation>
    </message>
    <message>
        <source>The decisions %1 to %2 of access review %3, taken at once, differ from what their record in the audit trail binds: they were changed, added or removed.</source>
        <translation>Las decisiones %1 a %2 de la revisión de acceso %3, tomadas a la vez, difieren de lo que vincula su registro en el historial de auditoría: se cambiaron, añadieron o eliminaron.</translation>
    </message>
</context>
<context>
    <name>rs::reviewsql</name>
    <message>
        <source>The access reviews of the workspace cannot be read.</source>
        <translation>No se pueden leer las revisiones de accesos del espacio de trabajo.</translation>
    </message>
    <message>
        <source>The access review could not be saved; nothing was changed.</source>
        <translation>No se ha podido guardar la revisión de accesos; no se ha cambiado nada.</translation>
    </message>
</context>
</TS>
