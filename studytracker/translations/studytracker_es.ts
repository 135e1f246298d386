<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Charts</name>
    <message>
        <location filename="../report/charts.py" line="+150"/>
        <source>{hours} h</source>
        <extracomment>The strings of this module, for pyside6-lupdate and Qt&apos;s translators.</extracomment>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Week of {day}: {time}</source>
        <translation>Semana del {day}: {time}</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>No topic done yet</source>
        <translation>Todavía no hay ningún tema terminado</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{day}: {done} of %n topic(s) done</source>
        <translation>
            <numerusform>{day}: {done} de %n tema terminado</numerusform>
            <numerusform>{day}: {done} de %n temas terminados</numerusform>
        </translation>
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
    <name>Report</name>
    <message>
        <location filename="../report/pdf.py" line="+125"/>
        <source>Progress report: {roadmap}</source>
        <extracomment>Above this many sessions in the period, the log shows one line per day instead. The strings of this module, for pyside6-lupdate and Qt&apos;s translators. The weeks the report&apos;s weekly chart shows. &quot;system&quot;, &quot;en&quot;, &quot;es&quot;; default: the window&apos;s language, else the setting (LANGUAGE_KEY)</extracomment>
        <translation>Informe de progreso: {roadmap}</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+158"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+175"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="-174"/>
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
        <location line="+16"/>
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
        <location line="+21"/>
        <source>{roadmap} · page {page} of {pages}</source>
        <translation>{roadmap} · página {page} de {pages}</translation>
    </message>
    <message>
        <location line="+16"/>
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
</context>
</TS>
