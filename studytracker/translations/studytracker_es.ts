<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Ask</name>
    <message>
        <location filename="../ui/dialogs/questions.py" line="+28"/>
        <source>{steps}, {topics}, {resources}.</source>
        <translation>{steps}, {topics}, {resources}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+211"/>
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n temas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-210"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n recurso</numerusform>
            <numerusform>%n recursos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&lt;p&gt;Your marks on %n topic(s) carry over.</source>
        <translation>
            <numerusform>&lt;p&gt;Tus marcas en %n tema se conservan.</numerusform>
            <numerusform>&lt;p&gt;Tus marcas en %n temas se conservan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;%n marked topic(s) are not in this reading&lt;/b&gt;: they would be archived with their marks.</source>
        <translation>
            <numerusform>&lt;b&gt;%n tema marcado no está en esta lectura&lt;/b&gt;: se archivaría con sus marcas.</numerusform>
            <numerusform>&lt;b&gt;%n temas marcados no están en esta lectura&lt;/b&gt;: se archivarían con sus marcas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Interrupted study session</source>
        <translation>Sesión de estudio interrumpida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A study session on {step} started at {start} ({day}) was interrupted: StudyTracker closed without stopping it.&lt;p&gt;Keep it up to {last}, the last moment it was known to run?</source>
        <translation>Una sesión de estudio de {step} iniciada a las {start} ({day}) se interrumpió: StudyTracker se cerró sin detenerla.&lt;p&gt;¿Conservarla hasta las {last}, el último momento en que se sabe que estaba en marcha?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard it</source>
        <translation>Descartarla</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your data is damaged</source>
        <translation>Tus datos están dañados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem}

StudyTracker opened nothing for writing. Restore the newest good backup, from {when}? The damaged file is kept as it is.</source>
        <translation>{problem}

StudyTracker no ha abierto nada para escribir. ¿Restaurar la copia de seguridad buena más reciente, del {when}? El archivo dañado se conserva tal como está.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, edition {edition}</source>
        <translation>, edición {edition}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This updates {title}: progress is kept for every topic whose id remains; topics it no longer has are archived, not deleted.</source>
        <translation>Esto actualiza {title}: se conserva el progreso de cada tema cuyo id sigue existiendo; los temas que ya no tiene se archivan, no se borran.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This adds a new roadmap beside the ones you follow.</source>
        <translation>Esto añade una hoja de ruta nueva junto a las que ya sigues.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import roadmap</source>
        <translation>Importar una hoja de ruta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source> (edition {edition})</source>
        <translation> (edición {edition})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;This edition is older than the one you have.&lt;/b&gt; Replacing would archive what the newer edition added.</source>
        <translation>&lt;p&gt;&lt;b&gt;Esta edición es más antigua que la que tienes.&lt;/b&gt; Reemplazarla archivaría lo que añadió la edición más nueva.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Roadmap already there</source>
        <translation>La hoja de ruta ya existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}{edition}: {counts}</source>
        <translation>{title}{edition}: {counts}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;You already follow {title}{edition} under the same id.</source>
        <translation>&lt;p&gt;Ya sigues {title}{edition} con el mismo id.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;Replace&lt;/b&gt; updates it to this edition: progress is kept for every topic whose id remains; topics it no longer has are archived, not deleted. &lt;b&gt;Import as new&lt;/b&gt; adds it as a separate roadmap.</source>
        <translation>&lt;p&gt;&lt;b&gt;Reemplazar&lt;/b&gt; la actualiza a esta edición: se conserva el progreso de cada tema cuyo id sigue existiendo; los temas que ya no tiene se archivan, no se borran. &lt;b&gt;Importar como nueva&lt;/b&gt; la añade como una hoja de ruta aparte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import as new</source>
        <translation>Importar como nueva</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove roadmap</source>
        <translation>Eliminar la hoja de ruta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove {title}?</source>
        <translation>¿Eliminar {title}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has progress on {topics}, {sessions} and {notes}.</source>
        <translation>Tiene progreso en {topics}, {sessions} y {notes}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n study session(s)</source>
        <translation>
            <numerusform>%n sesión de estudio</numerusform>
            <numerusform>%n sesiones de estudio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove, keep sessions</source>
        <translation>Eliminar, conservar las sesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove everything</source>
        <translation>Eliminarlo todo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The timer is running</source>
        <translation>El temporizador está en marcha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the study session before closing?</source>
        <translation>¿Guardar la sesión de estudio antes de cerrar?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Notes not saved</source>
        <translation>Notas sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note could not be saved (see the message under it). Close anyway and lose the change?</source>
        <translation>No se ha podido guardar una nota (mira el mensaje debajo de ella). ¿Cerrar de todos modos y perder el cambio?</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../ui/controllers/backups.py" line="+98"/>
        <source>Backing up your data…</source>
        <extracomment>How often the automatic backup looks whether one is due.</extracomment>
        <translation>Haciendo una copia de seguridad de tus datos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backed up to {file}</source>
        <translation>Copia de seguridad guardada en {file}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <source>Backup failed: {reason}</source>
        <translation>La copia de seguridad ha fallado: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <location line="+7"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>There are no backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup to restore:</source>
        <translation>Copia de seguridad que restaurar:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace your current data with the backup of {moment}?
Your current data is backed up first.</source>
        <translation>¿Reemplazar tus datos actuales por la copia de seguridad del {moment}?
Antes se hace una copia de seguridad de tus datos actuales.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored {file}</source>
        <translation>Restaurada {file}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../report/charts.py" line="+147"/>
        <source>{hours} h</source>
        <extracomment>The strings of this module, for pyside6-lupdate and Qt&apos;s translators. The fewest days the &quot;topics done over time&quot; chart spans.</extracomment>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Week of {day}: {time}</source>
        <translation>Semana del {day}: {time}</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>No topic done yet</source>
        <translation>Todavía no hay ningún tema terminado</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>{day}: {done} of %n topic(s) done</source>
        <translation>
            <numerusform>{day}: {done} de %n tema terminado</numerusform>
            <numerusform>{day}: {done} de %n temas terminados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../ui/step_pane/checklist.py" line="+45"/>
        <source>Space</source>
        <extracomment>Keys on the checklist: Space ticks or unticks; these set a status directly. The checklist menu&apos;s statuses: (status, key).</extracomment>
        <translation>Espacio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T or Backspace</source>
        <translation>T o Retroceso</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Tick or untick the topic</source>
        <translation>Marcar o desmarcar el tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the topic done, in progress or skipped</source>
        <translation>Marcar el tema como terminado, en curso u omitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the topic to do again</source>
        <translation>Volver a marcar el tema como por hacer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Topics</source>
        <extracomment>The narrowest the checklist goes, and the width below which its Time column gives way to the titles (the time per topic is in the step&apos;s overview and statistics too).</extracomment>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This step has no topics to tick. Study from its overview and resources, time it with the timer, and keep notes on it in the Notes tab.</source>
        <translation>Este paso no tiene temas que marcar. Estudia con su resumen y sus recursos, mide el tiempo con el cronómetro y toma notas en la pestaña Notas.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Redone: {change}</source>
        <translation>Rehecho: {change}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undone: {change}</source>
        <translation>Deshecho: {change}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>mark {topic} {status}</source>
        <translation>marcar {topic} como {status}</translation>
    </message>
    <message>
        <location filename="../ui/step_pane/notes_tab.py" line="+71"/>
        <location line="+16"/>
        <source>Notes on {title}</source>
        <translation>Notas sobre {title}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Topic notes (choose a topic)</source>
        <translation>Notas del tema (elige un tema)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Note not saved</source>
        <translation>Nota no guardada</translation>
    </message>
    <message>
        <location filename="../ui/step_pane/checklist.py" line="-14"/>
        <location line="+23"/>
        <source>Not saved</source>
        <extracomment>Status changes of the checklist, undoable (Edit → Undo, Ctrl+Z). A parent&apos;s sub-topics as they were before it was ticked done here, to give back on untick.</extracomment>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <location filename="../ui/step_pane/pane.py" line="+242"/>
        <source>Not a web link</source>
        <translation>No es un enlace web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only web links open in the browser:
{url}</source>
        <translation>Solo los enlaces web se abren en el navegador:
{url}</translation>
    </message>
    <message>
        <location filename="../ui/step_pane/files_tab.py" line="+86"/>
        <source>Still opening your data; nothing was attached.</source>
        <translation>Todavía se están abriendo tus datos; no se ha adjuntado nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a resource (or a topic in the checklist) to attach a file to.</source>
        <translation>Elige un recurso (o un tema de la lista) al que adjuntar el archivo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not attach the file</source>
        <translation>No se ha podido adjuntar el archivo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove file</source>
        <translation>Quitar el archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {name} from StudyTracker?
The copy in the data folder is deleted; your original file is not touched.</source>
        <translation>¿Quitar {name} de StudyTracker?
Se borra la copia de la carpeta de datos; tu archivo original no se toca.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not removed</source>
        <translation>No se ha quitado</translation>
    </message>
    <message>
        <location filename="../ui/step_pane/checklist.py" line="+33"/>
        <source>Start the timer on this topic</source>
        <translation>Iniciar el temporizador en este tema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open its notes</source>
        <translation>Abrir sus notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach file to this topic…</source>
        <translation>Adjuntar un archivo a este tema…</translation>
    </message>
</context>
<context>
    <name>CohortReport</name>
    <message>
        <location filename="../report/cohort_pdf.py" line="+48"/>
        <source>Cohort report: {cohort}</source>
        <extracomment>The strings of this module, for pyside6-lupdate and Qt&apos;s translators. Learners in one block of the steps × learners chart (a page&apos;s width).</extracomment>
        <translation>Informe del grupo: {cohort}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{cohort} · page {page} of {pages}</source>
        <translation>{cohort} · página {page} de {pages}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cohort report</source>
        <translation>Informe del grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cohort: {name}</source>
        <translation>Grupo: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target date: {day}</source>
        <translation>Fecha objetivo: {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No target date.</source>
        <translation>Sin fecha objetivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on {today}</source>
        <translation>Hecho el {today}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cohort</source>
        <translation>El grupo</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n learner(s), {joined} of them joined.</source>
        <translation>
            <numerusform>%n estudiante, {joined} se ha unido.</numerusform>
            <numerusform>%n estudiantes, {joined} se han unido.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Average progress {percent}%; average study time {week} this week and {month} this month.</source>
        <translation>Progreso medio {percent} %; tiempo de estudio medio {week} esta semana y {month} este mes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each learner&apos;s figures are as their own StudyTracker showed them at their last sync; a dash is something they do not share (a streak, only learners who show streaks).</source>
        <translation>Las cifras de cada estudiante son las que mostraba su propio StudyTracker en su última sincronización; un guion es algo que no comparte (una racha, solo quien muestra sus rachas).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Learners</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streak</source>
        <translation>Racha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last active</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stuck</source>
        <translation>Atascados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where learners are stuck</source>
        <translation>Dónde se atascan los estudiantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No topic has been in progress for more than 14 days.</source>
        <translation>Ningún tema lleva más de 14 días en curso.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{step}: %n learner(s)</source>
        <translation>
            <numerusform>{step}: %n estudiante</numerusform>
            <numerusform>{step}: %n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{day}, on track</source>
        <translation>{day}, a tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}, late</source>
        <translation>{day}, con retraso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (not joined)</source>
        <translation>{name} (sin unirse)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Steps × learners</source>
        <translation>Pasos × estudiantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No learner shares their progress yet.</source>
        <translation>Ningún estudiante comparte aún su progreso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The darker a cell, the more of the step the learner has done: none, up to a quarter, a half, three quarters, or all of it.</source>
        <translation>Cuanto más oscura la celda, más del paso ha hecho el estudiante: nada, hasta un cuarto, la mitad, tres cuartos o todo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Share of each step done, learners {first} to {last}</source>
        <translation>Parte de cada paso hecha, estudiantes {first} a {last}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Shared notes</source>
        <translation>Notas compartidas</translation>
    </message>
</context>
<context>
    <name>CohortView</name>
    <message>
        <location filename="../ui/dialogs/cohort_view.py" line="+69"/>
        <location line="+4"/>
        <source>Cohort</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cohort:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>Reading the hub…</source>
        <translation>Leyendo el servidor…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Learners</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps × learners</source>
        <translation>Pasos × estudiantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where learners are stuck</source>
        <translation>Dónde se atascan los estudiantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Learners</source>
        <translation>&amp;Estudiantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Steps × learners</source>
        <translation>&amp;Pasos × estudiantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where they are s&amp;tuck</source>
        <translation>Dónde se a&amp;tascan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared notes</source>
        <translation>Notas compartidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared &amp;notes</source>
        <translation>&amp;Notas compartidas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;CSV…</source>
        <translation>Guardar como &amp;CSV…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>You run no cohort on this hub: this view is a mentor&apos;s. As a learner, you choose what your mentor sees in File → Sync with other devices…. A mentor creates a cohort with &apos;studytracker hub cohort create NAME --roadmap ID&apos; and invites each learner with &apos;studytracker hub invite NAME --learner NAME&apos;.</source>
        <translation>No diriges ningún grupo en este servidor: esta vista es de un mentor. Como estudiante, eliges lo que ve tu mentor en Archivo → Sincronizar con otros dispositivos…. Un mentor crea un grupo con &apos;studytracker hub cohort create NOMBRE --roadmap ID&apos; e invita a cada estudiante con &apos;studytracker hub invite NOMBRE --learner NOMBRE&apos;.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>{roadmap} · %n learner(s) · average progress {percent}%, study time {week} this week and {month} this month. Each learner&apos;s figures are as of their last sync; a dash is something they do not share (a streak, only learners who show streaks).</source>
        <translation>
            <numerusform>{roadmap} · %n estudiante · progreso medio {percent} %, tiempo de estudio {week} esta semana y {month} este mes. Las cifras de cada estudiante son de su última sincronización; un guion es algo que no comparte (una racha, solo quien muestra sus rachas).</numerusform>
            <numerusform>{roadmap} · %n estudiantes · progreso medio {percent} %, tiempo de estudio {week} esta semana y {month} este mes. Las cifras de cada estudiante son de su última sincronización; un guion es algo que no comparte (una racha, solo quien muestra sus rachas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{step}: %n learner(s)</source>
        <translation>
            <numerusform>{step}: %n estudiante</numerusform>
            <numerusform>{step}: %n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No topic has been in progress for more than 14 days.</source>
        <translation>Ningún tema lleva más de 14 días en curso.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No learner of this cohort shares their notes.</source>
        <translation>Ningún estudiante de este grupo comparte sus notas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streak</source>
        <translation>Racha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last active</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stuck</source>
        <translation>Atascados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews overdue</source>
        <translation>Repasos atrasados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the cohort report…</source>
        <translation>Escribiendo el informe del grupo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../ui/shell/crash.py" line="+67"/>
        <source>StudyTracker ran into a bug</source>
        <extracomment>Where crash reports are written: the data folder of the window (set by `install`).</extracomment>
        <translation>StudyTracker ha encontrado un error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was written to {file}.</source>
        <translation>Se ha escrito en {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It could not be written to a log file.</source>
        <translation>No se ha podido escribir en un archivo de registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong that StudyTracker did not expect. Your saved data is safe: every change is saved the moment it is made.

{where} Please copy the details below into a bug report.</source>
        <translation>Ha ocurrido algo que StudyTracker no esperaba. Tus datos guardados están a salvo: cada cambio se guarda en el momento en que se hace.

{where} Copia los detalles de abajo en un informe de error, por favor.</translation>
    </message>
</context>
<context>
    <name>DataFolderText</name>
    <message>
        <location filename="../ui/controllers/data_folder.py" line="+121"/>
        <source>StudyTracker cannot open your data</source>
        <translation>StudyTracker no puede abrir tus datos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your data is damaged</source>
        <translation>Tus datos están dañados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem}

There is no good backup to restore. The file is left as it is; nothing was written.</source>
        <translation>{problem}

No hay ninguna copia de seguridad buena que restaurar. El archivo se deja tal como está; no se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{day} at {time}</source>
        <translation>{day} a las {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored the backup of {when}; the damaged file is {file}</source>
        <translation>Se ha restaurado la copia de seguridad del {when}; el archivo dañado es {file}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not restored</source>
        <translation>No se ha restaurado</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../messages.py" line="+22"/>
        <source>{path}: the database is read-only ({detail})</source>
        <extracomment>Each refusal&apos;s English text, marked for the translators in the &quot;Errors&quot; context.</extracomment>
        <translation>{path}: la base de datos es de solo lectura ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: could not write to disk ({detail}); nothing was saved</source>
        <translation>{path}: no se pudo escribir en el disco ({detail}); no se guardó nada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: the database file is damaged or not a StudyTracker database ({detail})</source>
        <translation>{path}: el archivo de la base de datos está dañado o no es de StudyTracker ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: cannot open the database ({detail})</source>
        <translation>{path}: no se puede abrir la base de datos ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: the database is busy in another program; try again ({detail})</source>
        <translation>{path}: la base de datos está ocupada por otro programa; vuelve a intentarlo ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: database error ({detail})</source>
        <translation>{path}: error de la base de datos ({detail})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: no such file</source>
        <translation>{path}: no existe ese archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}: es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a regular file (a device, pipe or socket); nothing was read</source>
        <translation>{path}: no es un archivo normal (un dispositivo, una tubería o un socket); no se leyó nada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: cannot read ({reason})</source>
        <translation>{path}: no se puede leer ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: file is over the {limit} limit</source>
        <translation>{path}: el archivo supera el límite de {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: file is empty</source>
        <translation>{path}: el archivo está vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is a binary file, not text</source>
        <translation>{path}: es un archivo binario, no texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not UTF-8 text (bad byte at offset {offset})</source>
        <translation>{path}: no es texto UTF-8 (byte incorrecto en la posición {offset})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: marked as UTF-16 text but not valid UTF-16 (bad bytes at offset {offset})</source>
        <translation>{path}: marcado como texto UTF-16 pero no es UTF-16 válido (bytes incorrectos en la posición {offset})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: unknown roadmap file type {suffix}; use .json or .md</source>
        <translation>{path}: tipo de archivo de hoja de ruta desconocido {suffix}; usa .json o .md</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: no title heading found (a line like &apos;# … Roadmap&apos;)</source>
        <translation>{path}: no se encontró un encabezado de título (una línea como &apos;# … Roadmap&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: no steps found (looked for headings like &apos;## Step 1: …&apos;, &apos;Week 2&apos;, &apos;Module 3&apos;, &apos;Day 4&apos;, &apos;### 1. …&apos;, a table of weeks, or sections with lists, tables or links)</source>
        <translation>{path}: no se encontraron pasos (se buscaron encabezados como &apos;## Step 1: …&apos;, &apos;Week 2&apos;, &apos;Module 3&apos;, &apos;Day 4&apos;, &apos;### 1. …&apos;, una tabla de semanas o secciones con listas, tablas o enlaces)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: no steps found (expected headings like &apos;## Step 1: …&apos;)</source>
        <translation>{path}: no se encontraron pasos (se esperaban encabezados como &apos;## Step 1: …&apos;)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../ui/step_pane/file_viewer.py" line="+78"/>
        <source>Attached document</source>
        <extracomment>Qt wraps a line with no spaces in time that grows with the square of its length (a second at 100,000 characters): text with a run this long is shown unwrapped.</extracomment>
        <translation>Documento adjunto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page </source>
        <translation>Página </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Own window</source>
        <translation>Ventana propia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read this file in a window of its own, as large as you like</source>
        <translation>Leer este archivo en una ventana propia, tan grande como quieras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open with…</source>
        <translation>Abrir con…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this file in the program your system reads it with</source>
        <translation>Abrir este archivo con el programa que usa tu sistema para leerlo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose an attached file to read it here.</source>
        <translation>Elige un archivo adjunto para leerlo aquí.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The copy of {name} is missing from the data folder ({path}).</source>
        <translation>Falta la copia de {name} en la carpeta de datos ({path}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} could not be opened as a PDF ({reason}).</source>
        <translation>No se ha podido abrir {name} como PDF ({reason}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>of {pages}</source>
        <translation>de {pages}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} could not be read as an image.</source>
        <translation>No se ha podido leer {name} como imagen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} cannot be shown here: {reason}.</source>
        <translation>{name} no se puede mostrar aquí: {reason}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name}: files of type .{suffix} cannot be shown inside the app.</source>
        <translation>{name}: los archivos de tipo .{suffix} no se pueden mostrar dentro de la aplicación.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved on {day} from {address} · &lt;a href=&quot;{url}&quot;&gt;Open the original&lt;/a&gt;</source>
        <translation>Guardado el {day} desde {address} · &lt;a href=&quot;{url}&quot;&gt;Abrir el original&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../ui/shell/help.py" line="+41"/>
        <source>StudyTracker guide</source>
        <translation>Guía de StudyTracker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your data: {folder} (Help → Open data folder)</source>
        <translation>Tus datos: {folder} (Ayuda → Abrir la carpeta de datos)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow a learning roadmap: topics, study time, notes.</source>
        <translation>Sigue una hoja de ruta de aprendizaje: temas, tiempo de estudio, notas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your data stays in one file on this computer; the app goes online only when you ask it to: to sync with your other devices or a hub you set up.</source>
        <translation>Tus datos se quedan en un archivo de este ordenador; la aplicación solo se conecta cuando se lo pides: para sincronizar con tus otros dispositivos o con un servidor que configures.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About StudyTracker</source>
        <translation>Acerca de StudyTracker</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../ui/step_pane/note_history.py" line="+36"/>
        <source>typed here</source>
        <translation>escrita aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command line</source>
        <translation>línea de órdenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored</source>
        <translation>restaurada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept from before</source>
        <translation>conservada de antes</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The same as the note now.</source>
        <extracomment>(added, removed) line colours on a light page and on a dark one: each at 4.5:1 or more against the text areas&apos; colour of its theme (tests/ui/test_contrast.py).</extracomment>
        <translation>Igual que la nota actual.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Note history</source>
        <translation>Historial de la nota</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revisions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Difference to the note now</source>
        <translation>Diferencias con la nota actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>{count} character(s)</source>
        <translation>
            <numerusform>{count} carácter</numerusform>
            <numerusform>{count} caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n version(s) of this note. Choose one to see how it differs from the note now; restoring it keeps every version.</source>
        <translation>
            <numerusform>%n versión de esta nota. Elige una para ver en qué se diferencia de la nota actual; restaurarla conserva todas las versiones.</numerusform>
            <numerusform>%n versiones de esta nota. Elige una para ver en qué se diferencia de la nota actual; restaurarla conserva todas las versiones.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This note has no saved versions yet.</source>
        <translation>Esta nota todavía no tiene versiones guardadas.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not restored</source>
        <translation>No se ha restaurado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Compare the two texts</source>
        <translation>Comparar los dos textos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lines in green are only in this device&apos;s text, lines struck in red only in the other device&apos;s. Whichever you choose, both texts stay in the note&apos;s history.</source>
        <translation>Las líneas en verde solo están en el texto de este dispositivo; las tachadas en rojo, solo en el del otro. Elijas el que elijas, ambos textos quedan en el historial de la nota.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lines in green are only in your text, lines struck in red only in the other program&apos;s. Whichever you choose, both texts stay in the note&apos;s history.</source>
        <translation>Las líneas en verde solo están en tu texto; las tachadas en rojo, solo en el del otro programa. Elijas lo que elijas, los dos textos quedan en el historial de la nota.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your text against the other program&apos;s</source>
        <translation>Tu texto frente al del otro programa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep this text</source>
        <translation>Conservar este texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Tomar el suyo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use the other device&apos;s</source>
        <translation>Usar el del otro dispositivo</translation>
    </message>
</context>
<context>
    <name>LeftOut</name>
    <message>
        <location filename="../ui/dialogs/import_preview.py" line="+45"/>
        <source>table of contents</source>
        <extracomment>Up to how many topics the preview opens every step; a bigger tree shows its steps closed.</extracomment>
        <translation>índice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table of contents (links within the file)</source>
        <translation>índice (enlaces dentro del archivo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sponsors and support</source>
        <translation>patrocinios y apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contributors and authors</source>
        <translation>colaboradores y autores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how to contribute</source>
        <translation>cómo colaborar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licence</source>
        <translation>licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledgements</source>
        <translation>agradecimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAQ</source>
        <translation>preguntas frecuentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificates</source>
        <translation>certificados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>community and contact</source>
        <translation>comunidad y contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page chrome</source>
        <translation>elementos de la página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other lists</source>
        <translation>otras listas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project housekeeping</source>
        <translation>mantenimiento del proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about this guide</source>
        <translation>sobre esta guía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside the learning path</source>
        <translation>fuera del itinerario de aprendizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded on request</source>
        <translation>excluida a petición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no topics or links</source>
        <translation>sin temas ni enlaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a row with no link</source>
        <translation>una fila sin enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>announcements</source>
        <translation>anuncios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>course logistics</source>
        <translation>organización del curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above the chosen step level, with no step in it</source>
        <translation>por encima del nivel de pasos elegido, sin ningún paso dentro</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../ui/shell/actions.py" line="+21"/>
        <source>&amp;File</source>
        <extracomment>The translation context of the menus&apos; texts. The menus, in the menu bar&apos;s order.</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Study</source>
        <translation>E&amp;studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show overview</source>
        <extracomment>Go → Show …, one per tab of the viewer (in the order of `VIEWS`).</extracomment>
        <translation>Mostrar el resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show resources</source>
        <translation>Mostrar los recursos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show notes</source>
        <translation>Mostrar las notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show statistics</source>
        <translation>Mostrar las estadísticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show review</source>
        <translation>Mostrar el repaso</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Import roadmap…</source>
        <extracomment>Disabled until the Tracker is attached (the first view is read-only). An on/off setting shown with a tick; its handler is called on each change.</extracomment>
        <translation>&amp;Importar una hoja de ruta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar el informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a &amp;backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync now</source>
        <translation>Sincroni&amp;zar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync with other &amp;devices…</source>
        <translation>Sincronizar con otros &amp;dispositivos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the roadmap for &amp;offline reading</source>
        <translation>Guardar la hoja de ruta para leer sin &amp;conexión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the roadmap&apos;s &amp;links</source>
        <translation>Comprobar los en&amp;laces de la hoja de ruta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove this roadmap…</source>
        <translation>E&amp;liminar esta hoja de ruta…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo: {change}</source>
        <extracomment>Undo and Redo with the change they would undo or redo (&quot;&amp;Undo done: NumPy&quot;).</extracomment>
        <translation>&amp;Deshacer: {change}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo: {change}</source>
        <translation>&amp;Rehacer: {change}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start or stop the timer</source>
        <translation>&amp;Iniciar o detener el temporizador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause or resume</source>
        <translation>&amp;Pausar o reanudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;omodoro</source>
        <translation>P&amp;omodoro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session &amp;log…</source>
        <translation>&amp;Registro de sesiones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a &amp;past session…</source>
        <translation>&amp;Anotar una sesión pasada…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily &amp;goal…</source>
        <translation>Objetivo &amp;diario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next step</source>
        <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous step</source>
        <translation>Paso &amp;anterior</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>StudyTracker &amp;guide</source>
        <translation>&amp;Guía de StudyTracker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;data folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About StudyTracker</source>
        <translation>A&amp;cerca de StudyTracker</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../ui/step_pane/notes.py" line="+79"/>
        <source>This note was changed by another program while you were editing it.</source>
        <extracomment>Saves a note; raises StoreError on failure (NoteChangedElsewhere when another program changed it).</extracomment>
        <translation>Otro programa cambió esta nota mientras la editabas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/step_pane/sync_conflict.py" line="+31"/>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Tomar el suyo</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>History…</source>
        <extracomment>The note&apos;s text as the store holds it, as far as this editor knows (read or saved last). The text another program saved while the learner was editing, until they choose.</extracomment>
        <translation>Historial…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier versions of this note: compare and restore</source>
        <translation>Versiones anteriores de esta nota: compararlas y restaurarlas</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Write in markdown: # headings, **bold**, - lists, `code`…</source>
        <extracomment>While the keys keep coming, the preview still follows at least this often. The empty note editor&apos;s hint (none while it has no note to write: no topic chosen).</extracomment>
        <translation>Escribe en markdown: # títulos, **negrita**, - listas, `código`…</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>{heading} preview</source>
        <translation>Vista previa: {heading}</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Not saved yet: choose which text to keep</source>
        <translation>Aún sin guardar: elige qué texto conservar</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Your note was saved over another program&apos;s change; both are in its history.</source>
        <translation>Tu nota se guardó sobre el cambio de otro programa; los dos están en su historial.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing written yet. Type on the left: # headings, **bold**, - lists, `code`, tables. Notes save as you type, and History… keeps every version.</source>
        <translation>Todavía no hay nada escrito. Escribe a la izquierda: # títulos, **negrita**, - listas, `código`, tablas. Las notas se guardan mientras escribes, e Historial… conserva todas las versiones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a topic in the checklist to keep notes on it.</source>
        <translation>Elige un tema de la lista para tomar notas sobre él.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: {reason}</source>
        <translation>No se ha guardado: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step notes</source>
        <translation>Notas del paso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic notes</source>
        <translation>Notas del tema</translation>
    </message>
    <message>
        <location filename="../ui/step_pane/sync_conflict.py" line="-2"/>
        <source>Edited on two devices: this is the newer text; the other is kept too.</source>
        <translation>Editada en dos dispositivos: este es el texto más reciente; el otro también se conserva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this text</source>
        <translation>Conservar este texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the other</source>
        <translation>Usar el otro</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <location filename="../ui/controllers/offline.py" line="+45"/>
        <source>Saving the roadmap for offline reading…</source>
        <translation>Guardando la hoja de ruta para leer sin conexión…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving this step&apos;s resources for offline reading…</source>
        <translation>Guardando los recursos de este paso para leer sin conexión…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving the resource for offline reading…</source>
        <translation>Guardando el recurso para leer sin conexión…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+35"/>
        <source>Already saving or checking; wait for it to finish.</source>
        <translation>Ya se está guardando o comprobando; espera a que termine.</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>%n of {total} resource(s) can be read offline.</source>
        <translation>
            <numerusform>%n de {total} recurso se puede leer sin conexión.</numerusform>
            <numerusform>%n de {total} recursos se pueden leer sin conexión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n need(s) a sign-in and cannot be saved.</source>
        <translation>
            <numerusform>%n necesita iniciar sesión y no se puede guardar.</numerusform>
            <numerusform>%n necesitan iniciar sesión y no se pueden guardar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: saving again goes on where it stopped.</source>
        <translation>Detenido: al guardar de nuevo se sigue donde se paró.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some resources were not saved</source>
        <translation>Algunos recursos no se guardaron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved:</source>
        <translation>No guardados:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking the roadmap&apos;s links…</source>
        <translation>Comprobando los enlaces de la hoja de ruta…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Checked %n link(s):</source>
        <translation>
            <numerusform>Se comprobó %n enlace:</numerusform>
            <numerusform>Se comprobaron %n enlaces:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dead</source>
        <translation>
            <numerusform>%n roto</numerusform>
            <numerusform>%n rotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n movido</numerusform>
            <numerusform>%n movidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n blocked</source>
        <translation>
            <numerusform>%n bloqueado</numerusform>
            <numerusform>%n bloqueados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unknown</source>
        <translation>
            <numerusform>%n desconocido</numerusform>
            <numerusform>%n desconocidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all fine</source>
        <translation>todos funcionan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <comment>between the counts of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{counts}.</source>
        <comment>the counts end the sentence</comment>
        <translation>{counts}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(stopped; the links checked so far are kept)</source>
        <translation>(detenido; se guardan los enlaces comprobados hasta ahora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the Resources tab.</source>
        <translation>Mira la pestaña Recursos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link not updated</source>
        <translation>Enlace no actualizado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The link now leads to {url}</source>
        <translation>El enlace ahora lleva a {url}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove offline copies</source>
        <translation>Quitar copias sin conexión</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove %n offline copy(ies) ({size})? The links stay; save them again any time.</source>
        <translation>
            <numerusform>¿Quitar %n copia sin conexión ({size})? Los enlaces se quedan; puedes guardarla de nuevo cuando quieras.</numerusform>
            <numerusform>¿Quitar %n copias sin conexión ({size})? Los enlaces se quedan; puedes guardarlas de nuevo cuando quieras.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not removed</source>
        <translation>No se quitó</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not done</source>
        <translation>No se hizo</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../ui/controllers/operations.py" line="+36"/>
        <source>Still opening your data; nothing was changed.</source>
        <translation>Todavía se están abriendo tus datos; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Stop</source>
        <extracomment>Where the shown data is read from: the Tracker&apos;s read API once attached; before that, the data folder opened read-only for the first view.</extracomment>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not done</source>
        <translation>No se ha hecho</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <location filename="../ui/dialogs/preferences.py" line="+66"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shown on the progress report</source>
        <translation>aparece en el informe de progreso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System follows the desktop&apos;s light or dark setting</source>
        <translation>Sistema sigue el ajuste claro u oscuro del escritorio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System follows the computer&apos;s language; a change applies at the next start</source>
        <translation>Sistema sigue el idioma del ordenador; un cambio se aplica al volver a iniciar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> work periods</source>
        <translation> periodos de trabajo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Study after midnight and before this hour counts to the evening before</source>
        <translation>El estudio después de medianoche y antes de esta hora cuenta para la tarde anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show streaks of days that met the goal</source>
        <translation>Mostrar las rachas de días que cumplieron el objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One rest day a week keeps a streak</source>
        <translation>Un día de descanso a la semana mantiene la racha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish this roadmap by</source>
        <translation>Terminar esta hoja de ruta para el</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remind me at</source>
        <translation>Recordármelo a las</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The chance of still recalling a finished topic when it comes back for review: higher means more frequent reviews</source>
        <translation>La probabilidad de recordar aún un tema terminado cuando vuelve a repaso: cuanto más alta, más frecuentes son los repasos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> reviews</source>
        <translation> repasos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name</source>
        <translation>Tu &amp;nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;page size</source>
        <translation>Tamaño de &amp;página del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Study</source>
        <translation>&amp;Estudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily &amp;goal</source>
        <translation>Objetivo &amp;diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A study &amp;day ends at</source>
        <translation>El día de estudio &amp;acaba a las</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>on</source>
        <translation>los días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note a timer running &amp;over</source>
        <translation>A&amp;visar si el temporizador pasa de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;omodoro</source>
        <translation>P&amp;omodoro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Work</source>
        <translation>&amp;Trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Short break</source>
        <translation>Descanso &amp;corto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Long break</source>
        <translation>Descanso &amp;largo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long break &amp;every</source>
        <translation>Descanso largo ca&amp;da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;view</source>
        <translation>&amp;Repaso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews aim at &amp;recall of</source>
        <translation>Los repasos buscan re&amp;cordar el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At &amp;most a day</source>
        <translation>Como &amp;máximo al día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sh&amp;aring</source>
        <translation>Co&amp;mpartir</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Remove every offline copy…</source>
        <translation>&amp;Quitar todas las copias sin conexión…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline copies take {size} now.</source>
        <translation>Las copias sin conexión ocupan ahora {size}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Offline</source>
        <translation>Sin &amp;conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One saved &amp;page at most</source>
        <translation>Como máximo por &amp;página guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All saved pages at mo&amp;st</source>
        <translation>Como máximo en &amp;total</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The language changes when StudyTracker starts again</source>
        <translation>El idioma cambiará la próxima vez que se inicie StudyTracker</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferences not saved</source>
        <translation>No se han guardado las preferencias</translation>
    </message>
</context>
<context>
    <name>Pace</name>
    <message>
        <location filename="../report/stats.py" line="+86"/>
        <location line="+102"/>
        <source>Every topic is done.</source>
        <extracomment>The strings of this module, for pyside6-lupdate and Qt&apos;s translators.</extracomment>
        <translation>Todos los temas están terminados.</translation>
    </message>
    <message numerus="yes">
        <location line="-94"/>
        <source>Too little recent progress to forecast: %n topic(s) done in the last {days} days (at least {needed} needed).</source>
        <translation>
            <numerusform>Poco progreso reciente para hacer una previsión: %n tema terminado en los últimos {days} días (hacen falta al menos {needed}).</numerusform>
            <numerusform>Poco progreso reciente para hacer una previsión: %n temas terminados en los últimos {days} días (hacen falta al menos {needed}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>At {pace} topics a week (the last {days} days), the remaining %n topic(s) would be done by {finish}.</source>
        <translation>
            <numerusform>Al ritmo de {pace} temas por semana (los últimos {days} días), el tema que queda estaría terminado para el {finish}.</numerusform>
            <numerusform>Al ritmo de {pace} temas por semana (los últimos {days} días), los %n temas que quedan estarían terminados para el {finish}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No target date set.</source>
        <translation>No hay ninguna fecha objetivo.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The target date ({target}) has passed with %n topic(s) left.</source>
        <translation>
            <numerusform>La fecha objetivo ({target}) ya ha pasado y queda %n tema.</numerusform>
            <numerusform>La fecha objetivo ({target}) ya ha pasado y quedan %n temas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{pace} topics a week (about {minutes} minutes a day)</source>
        <translation>{pace} temas por semana (unos {minutes} minutos al día)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{pace} topics a week</source>
        <translation>{pace} temas por semana</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Too little recent history to judge the pace; finishing by {target} takes {need}.</source>
        <translation>Poco historial reciente para valorar el ritmo; terminar para el {target} requiere {need}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On track for the target date of {target}: at {pace} topics a week you would finish by {finish}; the target takes {need}.</source>
        <translation>Al día para la fecha objetivo del {target}: a {pace} temas por semana, se terminaría el {finish}; la fecha objetivo requiere {need}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Behind the pace for the target date of {target}: at {pace} topics a week you would finish by {finish}; the target takes {need}.</source>
        <translation>Por detrás del ritmo para la fecha objetivo del {target}: a {pace} temas por semana, se terminaría el {finish}; la fecha objetivo requiere {need}.</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../ui/dialogs/import_preview.py" line="+197"/>
        <source>Import roadmap</source>
        <translation>Importar una hoja de ruta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The roadmap&apos;s title</source>
        <translation>El título de la hoja de ruta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What a unit of the curriculum is</source>
        <translation>Qué es una unidad del plan de estudios</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>For example the folder of the file on GitHub: https://github.com/owner/repo/blob/main/</source>
        <translation>Por ejemplo, la carpeta del archivo en GitHub: https://github.com/owner/repo/blob/main/</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address relative links resolve against</source>
        <translation>Dirección contra la que se resuelven los enlaces relativos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a group of steps</source>
        <translation>un grupo de pasos</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+195"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>no groups</source>
        <translation>sin grupos</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Heading level of the step groups</source>
        <translation>Nivel de título de los grupos de pasos</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Groups are</source>
        <translation>Los &amp;grupos son</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units are</source>
        <translation>Las &amp;unidades son</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Relative links &amp;from</source>
        <translation>Enlaces relativos &amp;desde</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>, edition {edition}</source>
        <translation>, edición {edition}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} ({id}{edition}): {steps}, {topics}, {resources}</source>
        <translation>{title} ({id}{edition}): {steps}, {topics}, {resources}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n temas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n recurso</numerusform>
            <numerusform>%n recursos</numerusform>
        </translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Heading level of the steps</source>
        <translation>Nivel de título de los pasos</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>level {level} ({marks} headings)</source>
        <translation>nivel {level} (títulos {marks})</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Sections to import</source>
        <translation>Secciones que importar</translation>
    </message>
    <message numerus="yes">
        <location line="+124"/>
        <source>Mark the %n item(s) ticked [x] in the file as done</source>
        <translation>
            <numerusform>Marcar como terminado el elemento marcado [x] en el archivo</numerusform>
            <numerusform>Marcar como terminados los %n elementos marcados [x] en el archivo</numerusform>
        </translation>
    </message>
    <message>
        <location line="-101"/>
        <source>a topic</source>
        <translation>un tema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps found</source>
        <translation>Pasos encontrados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Step and its topics</source>
        <translation>Paso y sus temas</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>guessed from the file</source>
        <extracomment>The preview&apos;s &quot;Units are&quot; choices: (label, `ImportOptions.units`).</extracomment>
        <translation>deducidas del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headings only</source>
        <translation>solo los encabezados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bold lines</source>
        <translation>líneas en negrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list items holding others</source>
        <translation>elementos de lista que contienen otros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table rows</source>
        <translation>filas de tabla</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+33"/>
        <source>The same from the command line:</source>
        <translation>Lo mismo desde la línea de comandos:</translation>
    </message>
    <message>
        <location line="-332"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>Reading again with these choices…</source>
        <translation>Leyendo de nuevo con estas opciones…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These choices give no roadmap: {why}</source>
        <translation>Estas opciones no dan ninguna hoja de ruta: {why}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Left out: {sections}</source>
        <translation>Se dejan fuera: {sections}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing left out.</source>
        <translation>No se deja nada fuera.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n relative link(s) with no file beside this one, left out: {links}</source>
        <translation>
            <numerusform>%n enlace relativo sin archivo junto a este, dejado fuera: {links}</numerusform>
            <numerusform>%n enlaces relativos sin archivo junto a este, dejados fuera: {links}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show with these choices</source>
        <translation>Mostrar con estas opciones</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Steps are</source>
        <translation>Los pasos son</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections (untick to leave one out):</source>
        <translation>Secciones (desmarca una para dejarla fuera):</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../ui/controllers/watchers.py" line="+93"/>
        <source> %n finished topic(s) due for review.</source>
        <translation>
            <numerusform> Toca repasar %n tema terminado.</numerusform>
            <numerusform> Toca repasar %n temas terminados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to study</source>
        <translation>Hora de estudiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing studied yet today. A few minutes keep the habit.</source>
        <translation>Hoy todavía no has estudiado nada. Unos minutos mantienen el hábito.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Still studying?</source>
        <translation>¿Sigues estudiando?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The timer has run for {time}. Stop it if you forgot it.</source>
        <translation>El temporizador lleva {time} en marcha. Detenlo si te has olvidado de él.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../report/pdf.py" line="+131"/>
        <source>Progress report: {roadmap}</source>
        <extracomment>Above this many sessions in the period, the log shows one line per day instead. The strings of this module, for pyside6-lupdate and Qt&apos;s translators. The weeks the report&apos;s weekly chart shows. &quot;system&quot;, &quot;en&quot;, &quot;es&quot;; default: the window&apos;s language, else the setting (LANGUAGE_KEY)</extracomment>
        <translation>Informe de progreso: {roadmap}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Learner: {name}</source>
        <translation>Estudiante: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period: {first} to {last} · made on {today}</source>
        <translation>Periodo: del {first} al {last} · elaborado el {today}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overall progress</source>
        <translation>Progreso general</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{done} of %n topic(s) done ({percent}%)</source>
        <translation>
            <numerusform>{done} de %n tema terminado ({percent} %)</numerusform>
            <numerusform>{done} de %n temas terminados ({percent} %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n omitido</numerusform>
            <numerusform>, %n omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; in the required steps {done} of %n topic(s) ({percent}%).</source>
        <translation>
            <numerusform>; en los pasos obligatorios, {done} de %n tema ({percent} %).</numerusform>
            <numerusform>; en los pasos obligatorios, {done} de %n temas ({percent} %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Studied {time} in %n session(s) in this period; {total} in all.</source>
        <translation>
            <numerusform>{time} de estudio en %n sesión en este periodo; {total} en total.</numerusform>
            <numerusform>{time} de estudio en %n sesiones en este periodo; {total} en total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Daily goal {goal} (study on any roadmap counts): current streak %n day(s), longest {longest}.</source>
        <translation>
            <numerusform>Objetivo diario: {goal} (cuenta el estudio en cualquier hoja de ruta); racha actual: %n día; la más larga: {longest}.</numerusform>
            <numerusform>Objetivo diario: {goal} (cuenta el estudio en cualquier hoja de ruta); racha actual: %n días; la más larga: {longest}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Daily goal {goal}.</source>
        <translation>Objetivo diario: {goal}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+144"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+161"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In all</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{title} (optional)</source>
        <translation>{title} (opcional)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Study time</source>
        <translation>Tiempo de estudio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes per day, the year up to the end of the period</source>
        <translation>Minutos por día, el año hasta el final del periodo</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Minutes per week, the %n week(s) up to the end of the period</source>
        <translation>
            <numerusform>Minutos por semana, la última semana del periodo</numerusform>
            <numerusform>Minutos por semana, las %n semanas hasta el final del periodo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time per step, in all</source>
        <translation>Tiempo por paso, en total</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Topics done over time</source>
        <translation>Temas terminados a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n review(s) of finished topics in this period, {on_time} of them on time.</source>
        <translation>
            <numerusform>%n repaso de temas terminados en este periodo, {on_time} de ellos a tiempo.</numerusform>
            <numerusform>%n repasos de temas terminados en este periodo, {on_time} de ellos a tiempo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No reviews of finished topics in this period.</source>
        <translation>Ningún repaso de temas terminados en este periodo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retention now: an estimated {percent}% of the finished topics are still remembered (the mean recall chance the review scheduler gives).</source>
        <translation>Retención actual: se estima que se recuerda el {percent} % de los temas terminados (la probabilidad media de recuerdo que calcula el repaso espaciado).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retention now: no topic finished yet.</source>
        <translation>Retención actual: todavía no hay ningún tema terminado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Study sessions</source>
        <translation>Sesiones de estudio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{roadmap} · page {page} of {pages}</source>
        <translation>{roadmap} · página {page} de {pages}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No study sessions in this period.</source>
        <translation>No hay sesiones de estudio en este periodo.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n session(s) in this period, shown one line per day; a shorter period (--from, --to) lists each session.</source>
        <translation>
            <numerusform>%n sesión en este periodo, en una línea por día; un periodo más corto (--from, --to) muestra cada sesión.</numerusform>
            <numerusform>%n sesiones en este periodo, en una línea por día; un periodo más corto (--from, --to) muestra cada sesión.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+22"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notes yet.</source>
        <translation>Todavía no hay notas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step {number}: {title}</source>
        <translation>Paso {number}: {title}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The rest of this note, {count} more characters, is in StudyTracker&apos;s Notes tab.</source>
        <translation>El resto de esta nota, {count} caracteres más, está en la pestaña Notas de StudyTracker.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../ui/dialogs/report_dialog.py" line="+30"/>
        <source>Export progress report</source>
        <translation>Exportar el informe de progreso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Include my &amp;notes</source>
        <translation>Incluir mis &amp;notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Report saved: {path} (%n page(s))</source>
        <translation>
            <numerusform>Informe guardado: {path} (%n página)</numerusform>
            <numerusform>Informe guardado: {path} (%n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the progress report…</source>
        <translation>Escribiendo el informe de progreso…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report not written</source>
        <translation>No se ha escrito el informe</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../ui/step_pane/review_panel.py" line="+41"/>
        <source>&amp;1 Again</source>
        <translation>&amp;1 Otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;2 Hard</source>
        <translation>&amp;2 Difícil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;3 Good</source>
        <translation>&amp;3 Bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;4 Easy</source>
        <translation>&amp;4 Fácil</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Topics due for review</source>
        <translation>Temas que toca repasar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recall what you know of it; then look at your notes if you like, and rate.</source>
        <translation>Recuerda lo que sabes del tema; después, si quieres, mira tus notas, y puntúa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show my notes and its resources</source>
        <translation>&amp;Mostrar mis notas y sus recursos</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{step} · recall {percent}%</source>
        <translation>{step} · recuerdo {percent} %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · to revisit</source>
        <translation> · por revisar</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n finished topic(s) to review today, the most at risk first.</source>
        <translation>
            <numerusform>%n tema terminado que repasar hoy, los de más riesgo primero.</numerusform>
            <numerusform>%n temas terminados que repasar hoy, los de más riesgo primero.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source> The next: {count} on {day}.</source>
        <translation> Los siguientes: {count} el {day}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> Topics you tick done come back here for review.</source>
        <translation> Los temas que marques como terminados volverán aquí para repasarlos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to review today.</source>
        <translation>Hoy no hay nada que repasar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your notes and the step&apos;s resources show here once you have recalled what you can.</source>
        <translation>Tus notas y los recursos del paso aparecen aquí cuando hayas recordado lo que puedas.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Review not saved</source>
        <translation>No se ha guardado el repaso</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{topic} comes back for review on {day}.</source>
        <translation>{topic} vuelve a repaso el {day}.</translation>
    </message>
</context>
<context>
    <name>Roadmaps</name>
    <message>
        <location filename="../ui/controllers/roadmap_flows.py" line="+53"/>
        <source>Import a roadmap</source>
        <translation>Importar una hoja de ruta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roadmaps ({patterns})</source>
        <translation>Hojas de ruta ({patterns})</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+59"/>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+59"/>
        <source>Cannot import this file</source>
        <translation>No se puede importar este archivo</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Importing {roadmap}…</source>
        <translation>Importando {roadmap}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {roadmap}</source>
        <translation>Importada: {roadmap}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import failed</source>
        <translation>La importación ha fallado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Roadmap not changed</source>
        <translation>No se ha cambiado la hoja de ruta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove roadmap</source>
        <translation>Eliminar la hoja de ruta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{roadmap} is your only roadmap; import another first.</source>
        <translation>{roadmap} es tu única hoja de ruta; importa otra primero.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Roadmap not removed</source>
        <translation>No se ha eliminado la hoja de ruta</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../ui/dialogs/search.py" line="+37"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study session</source>
        <translation>Sesión de estudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached file</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note: {title}</source>
        <translation>Nota: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session of {day}: {step}</source>
        <translation>Sesión del {day}: {step}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File: {name}</source>
        <translation>Archivo: {name}</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+5"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Search topics, resources, notes, sessions and files</source>
        <translation>Buscar en temas, recursos, notas, sesiones y archivos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{kind} in {step}</source>
        <translation>{kind} en {step}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n found · Enter or double-click goes to one</source>
        <translation>
            <numerusform>%n resultado · Intro o doble clic para ir a él</numerusform>
            <numerusform>%n resultados · Intro o doble clic para ir a uno</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found for “{text}” in this roadmap</source>
        <translation>No se ha encontrado nada para «{text}» en esta hoja de ruta</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <location filename="../ui/models/session_table.py" line="+17"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no topic</source>
        <translation>sin tema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no note</source>
        <translation>sin nota</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_log.py" line="+73"/>
        <location line="+221"/>
        <location line="+48"/>
        <location filename="../ui/models/session_table.py" line="-19"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="-265"/>
        <location filename="../ui/models/session_table.py" line="+1"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../ui/models/session_table.py" line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/session_log.py" line="-7"/>
        <source>Edit session</source>
        <translation>Editar la sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a past session</source>
        <translation>Anotar una sesión pasada</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Step</source>
        <translation>&amp;Paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topic</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;time</source>
        <translation>&amp;Hora de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The start time is a time of day such as 17:00.</source>
        <translation>La hora de inicio es una hora del día, como 17:00.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(the whole step)</source>
        <translation>(todo el paso)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>log a session</source>
        <translation>registrar una sesión</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>edit a session</source>
        <translation>editar una sesión</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>delete a session</source>
        <translation>borrar una sesión</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Session log</source>
        <translation>Registro de sesiones</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Log a session…</source>
        <translation>&amp;Anotar una sesión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Undo: {change}</source>
        <translation>Deshacer: {change}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All steps</source>
        <translation>Todos los pasos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The start date is after the end date.</source>
        <translation>La fecha de inicio es posterior a la de fin.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n session(s), {time} from {first} to {last}</source>
        <translation>
            <numerusform>%n sesión, {time} del {first} al {last}</numerusform>
            <numerusform>%n sesiones, {time} del {first} al {last}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No study sessions from {first} to {last}. Start the timer (Ctrl+T) while you study, or log one you did (Log a session…).</source>
        <translation>No hay sesiones de estudio del {first} al {last}. Inicia el temporizador (Ctrl+T) mientras estudias, o anota una que hayas hecho (Anotar una sesión…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today: {studied} of a {goal} daily goal</source>
        <translation>Hoy: {studied} de un objetivo diario de {goal}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> · streak %n day(s), longest {longest}</source>
        <translation>
            <numerusform> · racha de %n día, la más larga: {longest}</numerusform>
            <numerusform> · racha de %n días, la más larga: {longest}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+43"/>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../ui/widgets/sharing_box.py" line="+27"/>
        <source>Share my &amp;progress (topics done, in progress, reviews due)</source>
        <translation>Compartir mi &amp;progreso (temas hechos, en curso, repasos pendientes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share my study &amp;time (minutes a day, streak)</source>
        <translation>Compartir mi &amp;tiempo de estudio (minutos al día, racha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share my &amp;notes on this roadmap</source>
        <translation>Compartir mis &amp;notas de esta hoja de ruta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a cohort&apos;s mentor sees what you share, and only when you sync through its hub. Session notes are never shared; what you stop sharing leaves the hub at the next sync.</source>
        <translation>Solo el mentor de un grupo ve lo que compartes, y solo si sincronizas a través de su servidor. Las notas de sesión nunca se comparten; lo que dejas de compartir sale del servidor en la siguiente sincronización.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../ui/models/step_list.py" line="+29"/>
        <source>Step {number}: {title}</source>
        <extracomment>The title of the step group that begins at this row (drawn as a header above it), else None.</extracomment>
        <translation>Paso {number}: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} (optional)</source>
        <translation>{title} (opcional)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{title} — {done} of %n topic(s) done, {time} studied</source>
        <translation>
            <numerusform>{title} — {done} de %n tema terminado, {time} de estudio</numerusform>
            <numerusform>{title} — {done} de %n temas terminados, {time} de estudio</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; every resource can be read offline</source>
        <translation>; todos los recursos se pueden leer sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/shell/step_delegate.py" line="+49"/>
        <source>{title}  (optional)</source>
        <extracomment>Rows kept as drawn: a long roadmap&apos;s visible rows several times over, a few MB at most. A title&apos;s line: a title too long for one takes two (the second elided), and its row grows. The widest figures beside a bar: every bar is as long as this text leaves room for.</extracomment>
        <translation>{title}  (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/shell/step_sidebar.py" line="+37"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../ui/shell/app.py" line="+91"/>
        <source>{folder}: cannot create the data folder ({reason})</source>
        <translation>{folder}: no se puede crear la carpeta de datos ({reason})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>StudyTracker is already open on {folder} (process {pid}).</source>
        <translation>StudyTracker ya está abierto en {folder} (proceso {pid}).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Opening your data…</source>
        <translation>Abriendo tus datos…</translation>
    </message>
</context>
<context>
    <name>StatsPane</name>
    <message>
        <location filename="../ui/step_pane/statistics_view.py" line="+35"/>
        <source>Spaced review: finished topics come back for review here once you tick one done.</source>
        <extracomment>The narrowest the charts go before the pane scrolls sideways (small screens lay out to this).</extracomment>
        <translation>Repaso espaciado: los temas terminados vuelven aquí para repasarlos en cuanto marques uno como terminado.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Retention now: an estimated {percent}% of your finished topics are still remembered · %n review(s) due today</source>
        <translation>
            <numerusform>Retención actual: se estima que recuerdas aún el {percent} % de tus temas terminados · %n repaso pendiente hoy</numerusform>
            <numerusform>Retención actual: se estima que recuerdas aún el {percent} % de tus temas terminados · %n repasos pendientes hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n review(s) done</source>
        <translation>
            <numerusform>%n repaso hecho</numerusform>
            <numerusform>%n repasos hechos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n repaso pendiente</numerusform>
            <numerusform>%n repasos pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>all roadmaps</source>
        <translation>todas las hojas de ruta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this roadmap</source>
        <translation>esta hoja de ruta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No statistics yet.</source>
        <translation>Todavía no hay estadísticas.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{roadmap}: {done} of %n topic(s) done ({percent}%) · {time} studied on {scope}</source>
        <translation>
            <numerusform>{roadmap}: {done} de %n tema terminado ({percent} %) · {time} de estudio en {scope}</numerusform>
            <numerusform>{roadmap}: {done} de %n temas terminados ({percent} %) · {time} de estudio en {scope}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing studied yet. Start the timer (Ctrl+T) on a topic, or log a past session (Ctrl+Shift+L), and tick topics as you finish them: the charts fill as you go.</source>
        <translation>Todavía no has estudiado nada. Inicia el temporizador (Ctrl+T) en un tema, o anota una sesión pasada (Ctrl+Mayús+L), y marca los temas a medida que los termines: los gráficos se irán llenando.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Streak (all roadmaps): %n day(s) meeting the {goal} goal · longest {longest}</source>
        <translation>
            <numerusform>Racha (todas las hojas de ruta): %n día cumpliendo el objetivo de {goal} · la más larga: {longest}</numerusform>
            <numerusform>Racha (todas las hojas de ruta): %n días cumpliendo el objetivo de {goal} · la más larga: {longest}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily goal: {goal}</source>
        <translation>Objetivo diario: {goal}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Minutes per day, {scope}</source>
        <translation>Minutos por día, {scope}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes per week, {scope}</source>
        <translation>Minutos por semana, {scope}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time per step</source>
        <translation>Tiempo por paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics done over time</source>
        <translation>Temas terminados a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews done, the last 30 days</source>
        <translation>Repasos hechos, los últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews coming up, the next 30 days</source>
        <translation>Repasos previstos, los próximos 30 días</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No reviews done in these 30 days</source>
        <translation>Ningún repaso hecho en estos 30 días</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No reviews due in the next 30 days</source>
        <translation>Ningún repaso pendiente en los próximos 30 días</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This roadmap</source>
        <translation>Esta hoja de ruta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roadmaps</source>
        <translation>Todas las hojas de ruta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose study time the totals and the time charts count</source>
        <translation>El tiempo de estudio que cuentan los totales y los gráficos de tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study time of:</source>
        <translation>Tiempo de estudio de:</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <location filename="../ui/shell/status_bar.py" line="+23"/>
        <source>{roadmap}: {done} of %n topic(s) done ({percent}%) · {time} studied</source>
        <translation>
            <numerusform>{roadmap}: {done} de %n tema terminado ({percent} %) · {time} de estudio</numerusform>
            <numerusform>{roadmap}: {done} de %n temas terminados ({percent} %) · {time} de estudio</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today: {studied} of {goal}</source>
        <translation>Hoy: {studied} de {goal}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · streak {current} (best {longest})</source>
        <translation> · racha {current} (mejor {longest})</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n repaso pendiente</numerusform>
            <numerusform>%n repasos pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finished topics due for review today: see the Review tab (Alt+5)</source>
        <translation>Temas terminados que toca repasar hoy: mira la pestaña Repaso (Alt+5)</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../ui/controllers/sync.py" line="+72"/>
        <source>Sync &amp;now</source>
        <extracomment>How often the window syncs while it runs (when sync is set up). How long closing the window waits for its last sync; a sync cut off loses nothing.</extracomment>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share my &amp;progress with the cohort</source>
        <translation>Compartir mi &amp;progreso con el grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share my study &amp;time with the cohort</source>
        <translation>Compartir mi &amp;tiempo de estudio con el grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share my &amp;notes on this roadmap</source>
        <translation>Compartir mis &amp;notas de esta hoja de ruta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cohort…</source>
        <translation>&amp;Grupo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync &amp;settings…</source>
        <translation>&amp;Ajustes de sincronización…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sharing not changed</source>
        <translation>No se cambió lo que compartes</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Synced, with a problem: {problem}</source>
        <translation>Sincronizado, con un problema: {problem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/controllers/sync_state.py" line="+22"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../ui/controllers/sync_state.py" line="+3"/>
        <source>Sync: offline</source>
        <translation>Sincronización: sin conexión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync: not done</source>
        <translation>Sincronización: no realizada</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sync: %n change(s) waiting</source>
        <translation>
            <numerusform>Sincronización: %n cambio pendiente</numerusform>
            <numerusform>Sincronización: %n cambios pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Synced · %n note(s) to compare</source>
        <translation>
            <numerusform>Sincronizado · %n nota para comparar</numerusform>
            <numerusform>Sincronizado · %n notas para comparar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synced {time}</source>
        <translation>Sincronizado a las {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
</context>
<context>
    <name>SyncSetup</name>
    <message>
        <location filename="../ui/dialogs/sync_dialog.py" line="+79"/>
        <source>Sync with your other devices</source>
        <translation>Sincronizar con tus otros dispositivos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Devices and notes</source>
        <translation>Dispositivos y notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other devices</source>
        <translation>Otros dispositivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes edited on two devices</source>
        <translation>Notas editadas en dos dispositivos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other devices:</source>
        <translation>Otros dispositivos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes edited on two devices
(open one to compare):</source>
        <translation>Notas editadas en dos dispositivos
(abre una para comparar):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a cohort&apos;s mentor:</source>
        <translation>Con el mentor de un grupo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop syncing on this device…</source>
        <translation>Dejar de sincronizar en este dispositivo…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Set up sync</source>
        <translation>Configurar la sincronización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder you already sync (Syncthing, Nextcloud, Dropbox, a USB stick)</source>
        <translation>Una carpeta que ya sincronizas (Syncthing, Nextcloud, Dropbox, una memoria USB)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PostgreSQL hub</source>
        <translation>Un servidor PostgreSQL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>postgresql://you@host/database?sslmode=require</source>
        <translation>postgresql://usuario@servidor/base?sslmode=require</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ST1-… (only if a mentor invited you to a cohort)</source>
        <translation>ST1-… (solo si un mentor te invitó a un grupo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation code</source>
        <translation>Código de invitación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device&apos;s name</source>
        <translation>Nombre de este dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up and sync</source>
        <translation>Configurar y sincronizar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invitation code:</source>
        <translation>Código de invitación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device&apos;s name:</source>
        <translation>Nombre de este dispositivo:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your data stays in this computer&apos;s database; sync sends your changes to your other devices and takes theirs, through a place you choose. Nothing is sent anywhere else.</source>
        <translation>Tus datos siguen en la base de datos de este ordenador; la sincronización envía tus cambios a tus otros dispositivos y recibe los suyos, a través de un lugar que tú eliges. No se envía nada a ningún otro sitio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device is “{name}”, syncing through {place}.
{state}</source>
        <translation>Este dispositivo es «{name}» y se sincroniza a través de {place}.
{state}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>last seen {moment}</source>
        <translation>visto por última vez: {moment}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder to sync through</source>
        <translation>La carpeta a través de la que sincronizar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a folder, or give the hub&apos;s address.</source>
        <translation>Elige una carpeta o indica la dirección del servidor.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Setting up sync and taking what is there…</source>
        <translation>Configurando la sincronización y recibiendo lo que hay…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop syncing on this device? Everything stays here; it is no longer sent or taken.</source>
        <translation>¿Dejar de sincronizar en este dispositivo? Todo se queda aquí; ya no se envía ni se recibe.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../ui/shell/theme.py" line="+20"/>
        <source>System</source>
        <extracomment>The choices, with their labels (translated where shown, in the &quot;Theme&quot; context).</extracomment>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+116"/>
        <source>Vertical scroll bar</source>
        <extracomment>Scroll bars&apos; names for screen readers (`scroll_bar_names`).
----------
Flat scroll bars in the palette&apos;s colours. Fusion&apos;s own are drawn with gradients on every repaint, a millisecond or two each: a third of the time a step switch takes.</extracomment>
        <translation>Barra de desplazamiento vertical</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+116"/>
        <source>Horizontal scroll bar</source>
        <translation>Barra de desplazamiento horizontal</translation>
    </message>
</context>
<context>
    <name>Timer</name>
    <message>
        <location filename="../ui/shell/timer_bar.py" line="+42"/>
        <source>Work</source>
        <extracomment>A timer stopped before this much study is dropped rather than saved as a &quot;0 min&quot; session.</extracomment>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short break</source>
        <translation>Descanso corto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long break</source>
        <translation>Descanso largo</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+121"/>
        <source>No session running</source>
        <extracomment>the whole minutes studied in the running session so far (0: none runs) Asked when the timer went unobserved for long; True counts the time. Tests replace it.</extracomment>
        <translation>Ninguna sesión en marcha</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Time studied in this session</source>
        <translation>Tiempo estudiado en esta sesión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start timing the selected step or topic (Ctrl+T)</source>
        <translation>Cronometrar el paso o el tema elegido (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+104"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pomodoro</source>
        <translation>Pomodoro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work and break periods with a notification at each switch</source>
        <translation>Periodos de trabajo y de descanso, con un aviso en cada cambio</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+10"/>
        <location line="+8"/>
        <location line="+72"/>
        <location line="+32"/>
        <location line="+17"/>
        <location line="+12"/>
        <source>Study timer</source>
        <translation>Temporizador de estudio</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Kept {time} on {step}</source>
        <translation>Se han conservado {time} en {step}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} (paused)</source>
        <translation>{what} (en pausa)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time left in this {phase}</source>
        <translation>Tiempo que queda de este periodo: {phase}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{phase} · pomodoro {period} of {every} · {done} done · {studied} studied</source>
        <translation>{phase} · pomodoro {period} de {every} · {done} hechos · {studied} de estudio</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Stopped after less than a minute: no session saved</source>
        <translation>Detenido antes de un minuto: no se ha guardado ninguna sesión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved {time} on {step}</source>
        <translation>Se han guardado {time} en {step}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Were you studying?</source>
        <translation>¿Estabas estudiando?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timer was not seen running for {time} (the computer may have slept). Count that time as study?</source>
        <translation>El temporizador no se vio en marcha durante {time} (puede que el ordenador estuviera en reposo). ¿Contar ese tiempo como estudio?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back to work</source>
        <translation>De vuelta al trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work period {number} begins.</source>
        <translation>Empieza el periodo de trabajo {number}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time for a break</source>
        <translation>Hora de descansar</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>A %n-minute {phase}.</source>
        <translation>
            <numerusform>Un {phase} de %n minuto.</numerusform>
            <numerusform>Un {phase} de %n minutos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <location filename="../ui/models/topic_tree.py" line="+25"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to revisit</source>
        <translation>por revisar</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+68"/>
        <source>to do</source>
        <extracomment>The learner asked for a new status (a check box was clicked); the window saves it.</extracomment>
        <translation>por hacer</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../ui/step_pane/viewer.py" line="+41"/>
        <source>Readable files ({patterns});;All files (*)</source>
        <translation>Archivos legibles ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step {number}: {title}</source>
        <translation>Paso {number}: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What to learn</source>
        <translation>Qué aprender</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="../ui/step_pane/resources_panel.py" line="+238"/>
        <source>Resources and attached files</source>
        <translation>Recursos y archivos adjuntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+90"/>
        <source>Open in browser</source>
        <translation>Abrir enlace</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Not saved for offline reading</source>
        <translation>No guardado para leer sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved on {day} from {url}</source>
        <translation>Guardado el {day} desde {url}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved · {size}</source>
        <translation>Guardado · {size}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video card · {size}</source>
        <translation>Ficha de vídeo · {size}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video needs internet to play.</source>
        <translation>El vídeo necesita internet para reproducirse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs sign-in</source>
        <translation>Pide iniciar sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The page needs a sign-in: open it in the browser to study it.</source>
        <translation>La página pide iniciar sesión: ábrela en el navegador para estudiarla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not be saved: {reason}</source>
        <translation>No se pudo guardar: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title} needs a sign-in: open it in the browser to study it.</source>
        <translation>{title} pide iniciar sesión: ábrelo en el navegador para estudiarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} could not be saved: {reason}.</source>
        <translation>No se pudo guardar {title}: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} is not saved for offline reading: Offline → Save this resource.</source>
        <translation>{title} no está guardado para leer sin conexión: Sin conexión → Guardar este recurso sin conexión.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not checked yet (Offline → Check the roadmap&apos;s links)</source>
        <translation>Aún no comprobado (Sin conexión → Comprobar los enlaces de la hoja de ruta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked on {day}</source>
        <translation>Comprobado el {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved</source>
        <translation>Movido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead</source>
        <translation>Roto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New address: {url}</source>
        <translation>Dirección nueva: {url}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Internet Archive may have a copy (right-click).</source>
        <translation>Puede que Internet Archive tenga una copia (clic derecho).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site refused a program; it may still open in a browser.</source>
        <translation>El sitio rechazó a un programa; puede que se abra en un navegador.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Save again for offline</source>
        <translation>Guardar de nuevo sin conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save for offline</source>
        <translation>Guardar sin conexión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the offline copy</source>
        <translation>Quitar la copia sin conexión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the new address</source>
        <translation>Usar la dirección nueva</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the Internet Archive&apos;s copy</source>
        <translation>Abrir la copia de Internet Archive</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove this step&apos;s offline copies</source>
        <translation>Quitar las copias sin conexión de este paso</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+18"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Attach file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove file</source>
        <translation>Quitar archivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save readable copies of the resources, to study without internet; check the links</source>
        <translation>Guarda copias legibles de los recursos para estudiar sin internet; comprueba los enlaces</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save this resource for offline</source>
        <translation>Guardar este recurso sin conexión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save every resource of this step</source>
        <translation>Guardar todos los recursos de este paso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the roadmap&apos;s links</source>
        <translation>Comprobar los enlaces de la hoja de ruta</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+75"/>
        <source>Choose a saved resource or an attached file to read it here.</source>
        <translation>Elige un recurso guardado o un archivo adjunto para leerlo aquí.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Files attached to topics</source>
        <translation>Archivos adjuntos a temas</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>{column}: none</source>
        <translation>{column}: nada</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>Every resource can be read offline</source>
        <translation>Todos los recursos se pueden leer sin conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kept} of {total} offline</source>
        <translation>{kept} de {total} sin conexión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (a copy kept in the data folder)</source>
        <translation>{name} (una copia guardada en la carpeta de datos)</translation>
    </message>
    <message>
        <location filename="../ui/step_pane/viewer.py" line="+17"/>
        <source>Step overview</source>
        <extracomment>The statistics were asked for this roadmap&apos;s study time or every roadmap&apos;s. The note editors were made (`notes`): whoever saves and fills them wires up now.</extracomment>
        <translation>Resumen del paso</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resources</source>
        <translation>Re&amp;cursos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;tatistics</source>
        <translation>Es&amp;tadísticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics of the whole roadmap</source>
        <translation>Estadísticas de toda la hoja de ruta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;view</source>
        <translation>Re&amp;paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished topics due for review</source>
        <translation>Temas terminados que toca repasar</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../ui/dialogs/welcome.py" line="+58"/>
        <source>Welcome to StudyTracker</source>
        <translation>Te damos la bienvenida a StudyTracker</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are set up to follow the {roadmap}. Tick topics as you learn them, time your study with the timer, and keep notes beside each topic. Everything stays on this computer.</source>
        <translation>Todo está listo para seguir «{roadmap}». Marca los temas a medida que los aprendas, cronometra tu estudio con el temporizador y toma notas junto a cada tema. Todo se queda en este ordenador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>shown on your progress report</source>
        <translation>aparece en tu informe de progreso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min a day</source>
        <translation> min al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish by</source>
        <translation>Terminar para el</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your &amp;name</source>
        <translation>Tu &amp;nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily &amp;goal</source>
        <translation>Objetivo &amp;diario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start learning</source>
        <translation>&amp;Empezar a aprender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import another roadmap…</source>
        <translation>&amp;Importar otra hoja de ruta…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All of this can be changed later in Edit → Preferences.</source>
        <translation>Todo esto se puede cambiar después en Editar → Preferencias.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Preferences not saved</source>
        <translation>No se han guardado las preferencias</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../ui/shell/main_window.py" line="+128"/>
        <location filename="../ui/shell/roadmap_switcher.py" line="+26"/>
        <source>Roadmap</source>
        <translation>Hoja de ruta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Roadmap: </source>
        <translation> Hoja de ruta: </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Study timer</source>
        <translation>Temporizador de estudio</translation>
    </message>
    <message>
        <location filename="../ui/shell/study_actions.py" line="+104"/>
        <source>Daily goal</source>
        <translation>Objetivo diario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes of study a day:</source>
        <translation>Minutos de estudio al día:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goal not saved</source>
        <translation>No se ha guardado el objetivo</translation>
    </message>
</context>
</TS>
