<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
            <numerusform>%n etapa</numerusform>
            <numerusform>%n etapas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+211"/>
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n tópico</numerusform>
            <numerusform>%n tópicos</numerusform>
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
            <numerusform>&lt;p&gt;Suas marcações em %n tópico são mantidas.</numerusform>
            <numerusform>&lt;p&gt;Suas marcações em %n tópicos são mantidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;%n marked topic(s) are not in this reading&lt;/b&gt;: they would be archived with their marks.</source>
        <translation>
            <numerusform>&lt;b&gt;%n tópico marcado não está nesta leitura&lt;/b&gt;: ele seria arquivado com suas marcações.</numerusform>
            <numerusform>&lt;b&gt;%n tópicos marcados não estão nesta leitura&lt;/b&gt;: eles seriam arquivados com suas marcações.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Interrupted study session</source>
        <translation>Sessão de estudo interrompida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A study session on {step} started at {start} ({day}) was interrupted: StudyTracker closed without stopping it.&lt;p&gt;Keep it up to {last}, the last moment it was known to run?</source>
        <translation>Uma sessão de estudo de {step} iniciada às {start} ({day}) foi interrompida: o StudyTracker foi fechado sem pará-la.&lt;p&gt;Manter a sessão até as {last}, o último momento em que se sabe que ela estava em andamento?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard it</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your data is damaged</source>
        <translation>Seus dados estão danificados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem}

StudyTracker opened nothing for writing. Restore the newest good backup, from {when}? The damaged file is kept as it is.</source>
        <translation>{problem}

O StudyTracker não abriu nada para gravação. Restaurar o backup válido mais recente, de {when}? O arquivo danificado é mantido como está.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, edition {edition}</source>
        <translation>, edição {edition}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This updates {title}: progress is kept for every topic whose id remains; topics it no longer has are archived, not deleted.</source>
        <translation>Isto atualiza {title}: o progresso é mantido em cada tópico cujo id continua existindo; os tópicos que ele não tem mais são arquivados, não excluídos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This adds a new roadmap beside the ones you follow.</source>
        <translation>Isto adiciona um novo roteiro aos que você já segue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import roadmap</source>
        <translation>Importar roteiro</translation>
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
        <translation> (edição {edition})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;This edition is older than the one you have.&lt;/b&gt; Replacing would archive what the newer edition added.</source>
        <translation>&lt;p&gt;&lt;b&gt;Esta edição é mais antiga que a que você tem.&lt;/b&gt; Substituir arquivaria o que a edição mais nova adicionou.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Roadmap already there</source>
        <translation>Roteiro já existente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}{edition}: {counts}</source>
        <translation>{title}{edition}: {counts}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;You already follow {title}{edition} under the same id.</source>
        <translation>&lt;p&gt;Você já segue {title}{edition} com o mesmo id.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;Replace&lt;/b&gt; updates it to this edition: progress is kept for every topic whose id remains; topics it no longer has are archived, not deleted. &lt;b&gt;Import as new&lt;/b&gt; adds it as a separate roadmap.</source>
        <translation>&lt;p&gt;&lt;b&gt;Substituir&lt;/b&gt; atualiza o roteiro para esta edição: o progresso é mantido em cada tópico cujo id continua existindo; os tópicos que ele não tem mais são arquivados, não excluídos. &lt;b&gt;Importar como novo&lt;/b&gt; o adiciona como um roteiro separado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import as new</source>
        <translation>Importar como novo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove roadmap</source>
        <translation>Remover roteiro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove {title}?</source>
        <translation>Remover {title}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has progress on {topics}, {sessions} and {notes}.</source>
        <translation>Ele tem progresso em {topics}, {sessions} e {notes}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n study session(s)</source>
        <translation>
            <numerusform>%n sessão de estudo</numerusform>
            <numerusform>%n sessões de estudo</numerusform>
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
        <translation>Remover e manter sessões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove everything</source>
        <translation>Remover tudo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The timer is running</source>
        <translation>O cronômetro está ligado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the study session before closing?</source>
        <translation>Salvar a sessão de estudo antes de fechar?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Notes not saved</source>
        <translation>Notas não salvas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note could not be saved (see the message under it). Close anyway and lose the change?</source>
        <translation>Não foi possível salvar uma nota (veja a mensagem abaixo dela). Fechar mesmo assim e perder a alteração?</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../ui/controllers/backups.py" line="+98"/>
        <source>Backing up your data…</source>
        <extracomment>How often the automatic backup looks whether one is due.</extracomment>
        <translation>Fazendo backup dos seus dados…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backed up to {file}</source>
        <translation>Backup salvo em {file}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <source>Backup failed: {reason}</source>
        <translation>Falha no backup: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <location line="+7"/>
        <source>Restore a backup</source>
        <translation>Restaurar um backup</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>There are no backups yet.</source>
        <translation>Ainda não há backups.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup to restore:</source>
        <translation>Backup a restaurar:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace your current data with the backup of {moment}?
Your current data is backed up first.</source>
        <translation>Substituir seus dados atuais pelo backup de {moment}?
Antes, é feito um backup dos seus dados atuais.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored {file}</source>
        <translation>Restaurado: {file}</translation>
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
        <translation>Semana de {day}: {time}</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>No topic done yet</source>
        <translation>Nenhum tópico concluído ainda</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>{day}: {done} of %n topic(s) done</source>
        <translation>
            <numerusform>{day}: {done} de %n tópico concluído</numerusform>
            <numerusform>{day}: {done} de %n tópicos concluídos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../ui/step_pane/checklist.py" line="+45"/>
        <source>Space</source>
        <extracomment>Keys on the checklist: Space ticks or unticks; these set a status directly. The checklist menu&apos;s statuses: (status, key).</extracomment>
        <translation>Espaço</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T or Backspace</source>
        <translation>T ou Backspace</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Tick or untick the topic</source>
        <translation>Marcar ou desmarcar o tópico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the topic done, in progress or skipped</source>
        <translation>Marcar o tópico como concluído, em andamento ou pulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the topic to do again</source>
        <translation>Marcar o tópico como “a fazer” de novo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Topics</source>
        <extracomment>The narrowest the checklist goes, and the width below which its Time column gives way to the titles (the time per topic is in the step&apos;s overview and statistics too).</extracomment>
        <translation>Tópicos</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This step has no topics to tick. Study from its overview and resources, time it with the timer, and keep notes on it in the Notes tab.</source>
        <translation>Esta etapa não tem tópicos para marcar. Estude pela visão geral e pelos recursos, meça o tempo com o cronômetro e faça anotações na aba Notas.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Redone: {change}</source>
        <translation>Refeito: {change}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undone: {change}</source>
        <translation>Desfeito: {change}</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+23"/>
        <source>Not saved</source>
        <extracomment>Status changes of the checklist, undoable (Edit → Undo, Ctrl+Z). A parent&apos;s sub-topics as they were before it was ticked done here, to give back on untick.</extracomment>
        <translation>Não salvo</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>mark {topic} {status}</source>
        <translation>marcar {topic} como {status}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Start the timer on this topic</source>
        <translation>Iniciar o cronômetro neste tópico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open its notes</source>
        <translation>Abrir as notas do tópico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach file to this topic…</source>
        <translation>Anexar arquivo a este tópico…</translation>
    </message>
    <message>
        <location filename="../ui/step_pane/files_tab.py" line="+86"/>
        <source>Still opening your data; nothing was attached.</source>
        <translation>Ainda abrindo seus dados; nada foi anexado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attach a file</source>
        <translation>Anexar um arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a resource (or a topic in the checklist) to attach a file to.</source>
        <translation>Escolha um recurso (ou um tópico da lista) ao qual anexar o arquivo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not attach the file</source>
        <translation>Não foi possível anexar o arquivo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove file</source>
        <translation>Remover arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {name} from StudyTracker?
The copy in the data folder is deleted; your original file is not touched.</source>
        <translation>Remover {name} do StudyTracker?
A cópia na pasta de dados é excluída; seu arquivo original não é alterado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not removed</source>
        <translation>Não removido</translation>
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
        <translation>Notas do tópico (escolha um tópico)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Note not saved</source>
        <translation>Nota não salva</translation>
    </message>
    <message>
        <location filename="../ui/step_pane/pane.py" line="+242"/>
        <source>Not a web link</source>
        <translation>Não é um link da web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only web links open in the browser:
{url}</source>
        <translation>Só links da web abrem no navegador:
{url}</translation>
    </message>
</context>
<context>
    <name>CohortReport</name>
    <message>
        <location filename="../report/cohort_pdf.py" line="+48"/>
        <source>Cohort report: {cohort}</source>
        <extracomment>The strings of this module, for pyside6-lupdate and Qt&apos;s translators. Learners in one block of the steps × learners chart (a page&apos;s width).</extracomment>
        <translation>Relatório da turma: {cohort}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{cohort} · page {page} of {pages}</source>
        <translation>{cohort} · página {page} de {pages}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cohort report</source>
        <translation>Relatório da turma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cohort: {name}</source>
        <translation>Turma: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target date: {day}</source>
        <translation>Data-alvo: {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No target date.</source>
        <translation>Sem data-alvo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on {today}</source>
        <translation>Gerado em {today}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cohort</source>
        <translation>A turma</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n learner(s), {joined} of them joined.</source>
        <translation>
            <numerusform>Estudantes: %n; já entraram na turma: {joined}.</numerusform>
            <numerusform>%n estudantes, dos quais {joined} entraram na turma.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Average progress {percent}%; average study time {week} this week and {month} this month.</source>
        <translation>Progresso médio de {percent}%; tempo médio de estudo de {week} nesta semana e {month} neste mês.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each learner&apos;s figures are as their own StudyTracker showed them at their last sync; a dash is something they do not share (a streak, only learners who show streaks).</source>
        <translation>Os números de cada estudante são os que o próprio StudyTracker dele mostrava na última sincronização; um traço é algo que o estudante não compartilha (como a sequência, que só vem de quem exibe sequências).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Learners</source>
        <translation>Estudantes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learner</source>
        <translation>Estudante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streak</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last active</source>
        <translation>Última atividade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stuck</source>
        <translation>Travados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast</source>
        <translation>Previsão</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where learners are stuck</source>
        <translation>Onde os estudantes estão travados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No topic has been in progress for more than 14 days.</source>
        <translation>Nenhum tópico está em andamento há mais de 14 dias.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{step}: %n learner(s)</source>
        <translation>
            <numerusform>{step}: %n estudante</numerusform>
            <numerusform>{step}: %n estudantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{day}, on track</source>
        <translation>{day}, no prazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}, late</source>
        <translation>{day}, atrasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (not joined)</source>
        <translation>{name} (não entrou)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Steps × learners</source>
        <translation>Etapas × estudantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No learner shares their progress yet.</source>
        <translation>Nenhum estudante compartilha o progresso ainda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The darker a cell, the more of the step the learner has done: none, up to a quarter, a half, three quarters, or all of it.</source>
        <translation>Quanto mais escura a célula, mais da etapa o estudante concluiu: nada, até um quarto, metade, três quartos ou tudo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Share of each step done, learners {first} to {last}</source>
        <translation>Parte concluída de cada etapa, estudantes {first} a {last}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Shared notes</source>
        <translation>Notas compartilhadas</translation>
    </message>
</context>
<context>
    <name>CohortView</name>
    <message>
        <location filename="../ui/dialogs/cohort_view.py" line="+69"/>
        <location line="+4"/>
        <source>Cohort</source>
        <translation>Turma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cohort:</source>
        <translation>Turma:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>Reading the hub…</source>
        <translation>Lendo o servidor…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Learners</source>
        <translation>Estudantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps × learners</source>
        <translation>Etapas × estudantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where learners are stuck</source>
        <translation>Onde os estudantes estão travados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Learners</source>
        <translation>&amp;Estudantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Steps × learners</source>
        <translation>E&amp;tapas × estudantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where they are s&amp;tuck</source>
        <translation>Onde estão t&amp;ravados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared notes</source>
        <translation>Notas compartilhadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared &amp;notes</source>
        <translation>&amp;Notas compartilhadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;PDF…</source>
        <translation>Salvar como &amp;PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;CSV…</source>
        <translation>Salvar como &amp;CSV…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>You run no cohort on this hub: this view is a mentor&apos;s. As a learner, you choose what your mentor sees in File → Sync with other devices…. A mentor creates a cohort with &apos;studytracker hub cohort create NAME --roadmap ID&apos; and invites each learner with &apos;studytracker hub invite NAME --learner NAME&apos;.</source>
        <translation>Você não coordena nenhuma turma neste servidor: esta visão é de um mentor. Como estudante, você escolhe o que seu mentor vê em Arquivo → Sincronizar com outros dispositivos…. Um mentor cria uma turma com &apos;studytracker hub cohort create NOME --roadmap ID&apos; e convida cada estudante com &apos;studytracker hub invite NOME --learner NOME&apos;.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>{roadmap} · %n learner(s) · average progress {percent}%, study time {week} this week and {month} this month. Each learner&apos;s figures are as of their last sync; a dash is something they do not share (a streak, only learners who show streaks).</source>
        <translation>
            <numerusform>{roadmap} · estudantes: %n · progresso médio de {percent}%, tempo de estudo de {week} nesta semana e {month} neste mês. Os números de cada estudante são da sua última sincronização; um traço é algo que o estudante não compartilha (como a sequência, que só vem de quem exibe sequências).</numerusform>
            <numerusform>{roadmap} · %n estudantes · progresso médio de {percent}%, tempo de estudo de {week} nesta semana e {month} neste mês. Os números de cada estudante são da sua última sincronização; um traço é algo que o estudante não compartilha (como a sequência, que só vem de quem exibe sequências).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{step}: %n learner(s)</source>
        <translation>
            <numerusform>{step}: %n estudante</numerusform>
            <numerusform>{step}: %n estudantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No topic has been in progress for more than 14 days.</source>
        <translation>Nenhum tópico está em andamento há mais de 14 dias.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No learner of this cohort shares their notes.</source>
        <translation>Nenhum estudante desta turma compartilha suas notas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Learner</source>
        <translation>Estudante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streak</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last active</source>
        <translation>Última atividade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stuck</source>
        <translation>Travados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews overdue</source>
        <translation>Revisões atrasadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast</source>
        <translation>Previsão</translation>
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
        <translation>Gerando o relatório da turma…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {path}</source>
        <translation>Salvo: {path}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../ui/shell/crash.py" line="+67"/>
        <source>StudyTracker ran into a bug</source>
        <extracomment>Where crash reports are written: the data folder of the window (set by `install`).</extracomment>
        <translation>O StudyTracker encontrou um erro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was written to {file}.</source>
        <translation>O erro foi registrado em {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It could not be written to a log file.</source>
        <translation>Não foi possível registrá-lo em um arquivo de log.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong that StudyTracker did not expect. Your saved data is safe: every change is saved the moment it is made.

{where} Please copy the details below into a bug report.</source>
        <translation>Aconteceu algo que o StudyTracker não esperava. Seus dados salvos estão seguros: cada alteração é salva no momento em que é feita.

{where} Copie os detalhes abaixo para um relatório de erro, por favor.</translation>
    </message>
</context>
<context>
    <name>DataFolderText</name>
    <message>
        <location filename="../ui/controllers/data_folder.py" line="+121"/>
        <source>StudyTracker cannot open your data</source>
        <translation>O StudyTracker não consegue abrir seus dados</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your data is damaged</source>
        <translation>Seus dados estão danificados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem}

There is no good backup to restore. The file is left as it is; nothing was written.</source>
        <translation>{problem}

Não há nenhum backup válido para restaurar. O arquivo fica como está; nada foi gravado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{day} at {time}</source>
        <translation>{day} às {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored the backup of {when}; the damaged file is {file}</source>
        <translation>Backup de {when} restaurado; o arquivo danificado é {file}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not restored</source>
        <translation>Não restaurado</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../messages.py" line="+22"/>
        <source>{path}: the database is read-only ({detail})</source>
        <extracomment>Each refusal&apos;s English text, marked for the translators in the &quot;Errors&quot; context.</extracomment>
        <translation>{path}: o banco de dados é somente leitura ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: could not write to disk ({detail}); nothing was saved</source>
        <translation>{path}: não foi possível gravar no disco ({detail}); nada foi salvo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: the database file is damaged or not a StudyTracker database ({detail})</source>
        <translation>{path}: o arquivo do banco de dados está danificado ou não é um banco de dados do StudyTracker ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: cannot open the database ({detail})</source>
        <translation>{path}: não é possível abrir o banco de dados ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: the database is busy in another program; try again ({detail})</source>
        <translation>{path}: o banco de dados está ocupado por outro programa; tente novamente ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: database error ({detail})</source>
        <translation>{path}: erro no banco de dados ({detail})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: no such file</source>
        <translation>{path}: arquivo inexistente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}: é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a regular file (a device, pipe or socket); nothing was read</source>
        <translation>{path}: não é um arquivo comum (é um dispositivo, pipe ou socket); nada foi lido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: cannot read ({reason})</source>
        <translation>{path}: não é possível ler ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: file is over the {limit} limit</source>
        <translation>{path}: o arquivo ultrapassa o limite de {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: file is empty</source>
        <translation>{path}: o arquivo está vazio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is a binary file, not text</source>
        <translation>{path}: é um arquivo binário, não de texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not UTF-8 text (bad byte at offset {offset})</source>
        <translation>{path}: não é texto UTF-8 (byte inválido na posição {offset})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: marked as UTF-16 text but not valid UTF-16 (bad bytes at offset {offset})</source>
        <translation>{path}: marcado como texto UTF-16, mas não é UTF-16 válido (bytes inválidos na posição {offset})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: unknown roadmap file type {suffix}; use .json or .md</source>
        <translation>{path}: tipo de arquivo de roteiro desconhecido {suffix}; use .json ou .md</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: no title heading found (a line like &apos;# … Roadmap&apos;)</source>
        <translation>{path}: nenhum título encontrado (uma linha como &apos;# … Roadmap&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: no steps found (looked for headings like &apos;## Step 1: …&apos;, &apos;Week 2&apos;, &apos;Module 3&apos;, &apos;Day 4&apos;, &apos;### 1. …&apos;, a table of weeks, or sections with lists, tables or links)</source>
        <translation>{path}: nenhuma etapa encontrada (foram procurados títulos como &apos;## Step 1: …&apos;, &apos;Week 2&apos;, &apos;Module 3&apos;, &apos;Day 4&apos;, &apos;### 1. …&apos;, uma tabela de semanas ou seções com listas, tabelas ou links)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: no steps found (expected headings like &apos;## Step 1: …&apos;)</source>
        <translation>{path}: nenhuma etapa encontrada (esperavam-se títulos como &apos;## Step 1: …&apos;)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../ui/step_pane/file_viewer.py" line="+78"/>
        <source>Attached document</source>
        <extracomment>Qt wraps a line with no spaces in time that grows with the square of its length (a second at 100,000 characters): text with a run this long is shown unwrapped.</extracomment>
        <translation>Documento anexado</translation>
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
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Ajustar à largura</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Own window</source>
        <translation>Janela própria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read this file in a window of its own, as large as you like</source>
        <translation>Ler este arquivo em uma janela própria, do tamanho que quiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open with…</source>
        <translation>Abrir com…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this file in the program your system reads it with</source>
        <translation>Abrir este arquivo no programa que o seu sistema usa para lê-lo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose an attached file to read it here.</source>
        <translation>Escolha um arquivo anexado para lê-lo aqui.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The copy of {name} is missing from the data folder ({path}).</source>
        <translation>A cópia de {name} não está na pasta de dados ({path}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} could not be opened as a PDF ({reason}).</source>
        <translation>Não foi possível abrir {name} como PDF ({reason}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>of {pages}</source>
        <translation>de {pages}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} could not be read as an image.</source>
        <translation>Não foi possível ler {name} como imagem.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} cannot be shown here: {reason}.</source>
        <translation>{name} não pode ser exibido aqui: {reason}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name}: files of type .{suffix} cannot be shown inside the app.</source>
        <translation>{name}: arquivos do tipo .{suffix} não podem ser exibidos no aplicativo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved on {day} from {address} · &lt;a href=&quot;{url}&quot;&gt;Open the original&lt;/a&gt;</source>
        <translation>Salvo em {day} a partir de {address} · &lt;a href=&quot;{url}&quot;&gt;Abrir o original&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../ui/shell/help.py" line="+41"/>
        <source>StudyTracker guide</source>
        <translation>Guia do StudyTracker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User guide</source>
        <translation>Guia do usuário</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your data: {folder} (Help → Open data folder)</source>
        <translation>Seus dados: {folder} (Ajuda → Abrir pasta de dados)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow a learning roadmap: topics, study time, notes.</source>
        <translation>Siga um roteiro de aprendizagem: tópicos, tempo de estudo, notas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your data stays in one file on this computer; the app goes online only when you ask it to: to sync with your other devices or a hub you set up.</source>
        <translation>Seus dados ficam em um único arquivo neste computador; o aplicativo só se conecta à internet quando você pede: para sincronizar com seus outros dispositivos ou com um servidor que você configurar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About StudyTracker</source>
        <translation>Sobre o StudyTracker</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../ui/step_pane/note_history.py" line="+36"/>
        <source>typed here</source>
        <translation>digitada aqui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command line</source>
        <translation>linha de comando</translation>
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
        <translation>mantida de antes</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The same as the note now.</source>
        <extracomment>(added, removed) line colours on a light page and on a dark one: each at 4.5:1 or more against the text areas&apos; colour of its theme (tests/ui/test_contrast.py).</extracomment>
        <translation>Igual à nota atual.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Note history</source>
        <translation>Histórico da nota</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revisions</source>
        <translation>Versões</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Difference to the note now</source>
        <translation>Diferenças em relação à nota atual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurar esta versão</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>{count} character(s)</source>
        <translation>
            <numerusform>{count} caractere</numerusform>
            <numerusform>{count} caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n version(s) of this note. Choose one to see how it differs from the note now; restoring it keeps every version.</source>
        <translation>
            <numerusform>%n versão desta nota. Escolha uma para ver como ela difere da nota atual; restaurá-la mantém todas as versões.</numerusform>
            <numerusform>%n versões desta nota. Escolha uma para ver como ela difere da nota atual; restaurá-la mantém todas as versões.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This note has no saved versions yet.</source>
        <translation>Esta nota ainda não tem versões salvas.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not restored</source>
        <translation>Não restaurado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Compare the two texts</source>
        <translation>Comparar os dois textos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lines in green are only in this device&apos;s text, lines struck in red only in the other device&apos;s. Whichever you choose, both texts stay in the note&apos;s history.</source>
        <translation>As linhas em verde estão só no texto deste dispositivo; as riscadas em vermelho, só no do outro dispositivo. Qualquer que seja sua escolha, os dois textos ficam no histórico da nota.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lines in green are only in your text, lines struck in red only in the other program&apos;s. Whichever you choose, both texts stay in the note&apos;s history.</source>
        <translation>As linhas em verde estão só no seu texto; as riscadas em vermelho, só no do outro programa. Qualquer que seja sua escolha, os dois textos ficam no histórico da nota.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your text against the other program&apos;s</source>
        <translation>Seu texto comparado ao do outro programa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep this text</source>
        <translation>Manter este texto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep mine</source>
        <translation>Manter o meu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the other device&apos;s</source>
        <translation>Usar o do outro dispositivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take theirs</source>
        <translation>Usar o outro</translation>
    </message>
</context>
<context>
    <name>LeftOut</name>
    <message>
        <location filename="../ui/dialogs/import_preview.py" line="+45"/>
        <source>table of contents</source>
        <extracomment>Up to how many topics the preview opens every step; a bigger tree shows its steps closed.</extracomment>
        <translation>sumário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table of contents (links within the file)</source>
        <translation>sumário (links dentro do arquivo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sponsors and support</source>
        <translation>patrocinadores e apoio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contributors and authors</source>
        <translation>colaboradores e autores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how to contribute</source>
        <translation>como contribuir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licence</source>
        <translation>licença</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledgements</source>
        <translation>agradecimentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAQ</source>
        <translation>perguntas frequentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificates</source>
        <translation>certificados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>community and contact</source>
        <translation>comunidade e contato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page chrome</source>
        <translation>elementos da página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other lists</source>
        <translation>outras listas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project housekeeping</source>
        <translation>manutenção do projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about this guide</source>
        <translation>sobre este guia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside the learning path</source>
        <translation>fora da trilha de aprendizagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded on request</source>
        <translation>excluída a pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no topics or links</source>
        <translation>sem tópicos nem links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a row with no link</source>
        <translation>uma linha sem link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>announcements</source>
        <translation>avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>course logistics</source>
        <translation>logística do curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above the chosen step level, with no step in it</source>
        <translation>acima do nível de etapas escolhido, sem nenhuma etapa dentro</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../ui/shell/actions.py" line="+21"/>
        <source>&amp;File</source>
        <extracomment>The translation context of the menus&apos; texts. The menus, in the menu bar&apos;s order.</extracomment>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Study</source>
        <translation>E&amp;studo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show overview</source>
        <extracomment>Go → Show …, one per tab of the viewer (in the order of `VIEWS`).</extracomment>
        <translation>Mostrar visão geral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show resources</source>
        <translation>Mostrar recursos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show notes</source>
        <translation>Mostrar notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show statistics</source>
        <translation>Mostrar estatísticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show review</source>
        <translation>Mostrar revisão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo: {change}</source>
        <extracomment>Undo and Redo with the change they would undo or redo (&quot;&amp;Undo done: NumPy&quot;).</extracomment>
        <translation>&amp;Desfazer: {change}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo: {change}</source>
        <translation>&amp;Refazer: {change}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Import roadmap…</source>
        <extracomment>Disabled until the Tracker is attached (the first view is read-only). An on/off setting shown with a tick; its handler is called on each change.</extracomment>
        <translation>&amp;Importar roteiro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar relatório…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation>Fazer &amp;backup agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a &amp;backup…</source>
        <translation>&amp;Restaurar um backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync now</source>
        <translation>Sincronizar &amp;agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync with other &amp;devices…</source>
        <translation>Sincronizar com outros &amp;dispositivos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the roadmap for &amp;offline reading</source>
        <translation>Salvar o roteiro para leitura &amp;offline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the roadmap&apos;s &amp;links</source>
        <translation>Verificar os &amp;links do roteiro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove this roadmap…</source>
        <translation>Re&amp;mover este roteiro…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start or stop the timer</source>
        <translation>&amp;Iniciar ou parar o cronômetro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause or resume</source>
        <translation>&amp;Pausar ou retomar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;omodoro</source>
        <translation>P&amp;omodoro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session &amp;log…</source>
        <translation>&amp;Registro de sessões…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a &amp;past session…</source>
        <translation>&amp;Adicionar uma sessão passada…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily &amp;goal…</source>
        <translation>&amp;Meta diária…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next step</source>
        <translation>&amp;Próxima etapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous step</source>
        <translation>Etapa &amp;anterior</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>StudyTracker &amp;guide</source>
        <translation>&amp;Guia do StudyTracker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;data folder</source>
        <translation>Abrir pasta de &amp;dados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About StudyTracker</source>
        <translation>&amp;Sobre o StudyTracker</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../ui/step_pane/notes.py" line="+79"/>
        <source>This note was changed by another program while you were editing it.</source>
        <extracomment>Saves a note; raises StoreError on failure (NoteChangedElsewhere when another program changed it).</extracomment>
        <translation>Outro programa alterou esta nota enquanto você a editava.</translation>
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
        <translation>Manter o meu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Usar o outro</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>History…</source>
        <extracomment>The note&apos;s text as the store holds it, as far as this editor knows (read or saved last). The text another program saved while the learner was editing, until they choose.</extracomment>
        <translation>Histórico…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier versions of this note: compare and restore</source>
        <translation>Versões anteriores desta nota: comparar e restaurar</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Write in markdown: # headings, **bold**, - lists, `code`…</source>
        <extracomment>While the keys keep coming, the preview still follows at least this often. The empty note editor&apos;s hint (none while it has no note to write: no topic chosen).</extracomment>
        <translation>Escreva em markdown: # títulos, **negrito**, - listas, `código`…</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>{heading} preview</source>
        <translation>Prévia: {heading}</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Not saved yet: choose which text to keep</source>
        <translation>Ainda não salva: escolha qual texto manter</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Your note was saved over another program&apos;s change; both are in its history.</source>
        <translation>Sua nota foi salva por cima da alteração de outro programa; as duas versões estão no histórico.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing written yet. Type on the left: # headings, **bold**, - lists, `code`, tables. Notes save as you type, and History… keeps every version.</source>
        <translation>Nada escrito ainda. Digite à esquerda: # títulos, **negrito**, - listas, `código`, tabelas. As notas são salvas enquanto você digita, e o Histórico… guarda todas as versões.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a topic in the checklist to keep notes on it.</source>
        <translation>Escolha um tópico da lista para fazer anotações sobre ele.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: {reason}</source>
        <translation>Não salvo: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step notes</source>
        <translation>Notas da etapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic notes</source>
        <translation>Notas do tópico</translation>
    </message>
    <message>
        <location filename="../ui/step_pane/sync_conflict.py" line="-2"/>
        <source>Edited on two devices: this is the newer text; the other is kept too.</source>
        <translation>Editada em dois dispositivos: este é o texto mais recente; o outro também é mantido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this text</source>
        <translation>Manter este texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the other</source>
        <translation>Usar o outro</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <location filename="../ui/controllers/offline.py" line="+45"/>
        <source>Saving the roadmap for offline reading…</source>
        <translation>Salvando o roteiro para leitura offline…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving this step&apos;s resources for offline reading…</source>
        <translation>Salvando os recursos desta etapa para leitura offline…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving the resource for offline reading…</source>
        <translation>Salvando o recurso para leitura offline…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+35"/>
        <source>Already saving or checking; wait for it to finish.</source>
        <translation>Já há um salvamento ou uma verificação em andamento; espere terminar.</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>%n of {total} resource(s) can be read offline.</source>
        <translation>
            <numerusform>%n de {total} recursos pode ser lido offline.</numerusform>
            <numerusform>%n de {total} recursos podem ser lidos offline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n need(s) a sign-in and cannot be saved.</source>
        <translation>
            <numerusform>%n exige login e não pode ser salvo.</numerusform>
            <numerusform>%n exigem login e não podem ser salvos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: saving again goes on where it stopped.</source>
        <translation>Interrompido: ao salvar de novo, o processo continua de onde parou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some resources were not saved</source>
        <translation>Alguns recursos não foram salvos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved:</source>
        <translation>Não salvos:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking the roadmap&apos;s links…</source>
        <translation>Verificando os links do roteiro…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Checked %n link(s):</source>
        <translation>
            <numerusform>%n link verificado:</numerusform>
            <numerusform>%n links verificados:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dead</source>
        <translation>
            <numerusform>%n quebrado</numerusform>
            <numerusform>%n quebrados</numerusform>
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
            <numerusform>%n desconhecido</numerusform>
            <numerusform>%n desconhecidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all fine</source>
        <translation>todos funcionam</translation>
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
        <translation>(interrompido; os links verificados até agora são mantidos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the Resources tab.</source>
        <translation>Veja a aba Recursos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link not updated</source>
        <translation>Link não atualizado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The link now leads to {url}</source>
        <translation>O link agora leva a {url}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove offline copies</source>
        <translation>Remover cópias offline</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove %n offline copy(ies) ({size})? The links stay; save them again any time.</source>
        <translation>
            <numerusform>Remover %n cópia offline ({size})? Os links continuam; salve de novo quando quiser.</numerusform>
            <numerusform>Remover %n cópias offline ({size})? Os links continuam; salve de novo quando quiser.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not removed</source>
        <translation>Não removido</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not done</source>
        <translation>Não concluído</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../ui/controllers/operations.py" line="+36"/>
        <source>Still opening your data; nothing was changed.</source>
        <translation>Ainda abrindo seus dados; nada foi alterado.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Stop</source>
        <extracomment>Where the shown data is read from: the Tracker&apos;s read API once attached; before that, the data folder opened read-only for the first view.</extracomment>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not done</source>
        <translation>Não concluído</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <location filename="../ui/dialogs/preferences.py" line="+66"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shown on the progress report</source>
        <translation>aparece no relatório de progresso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System follows the desktop&apos;s light or dark setting</source>
        <translation>Sistema segue a configuração clara ou escura da área de trabalho</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System follows the computer&apos;s language; a change applies at the next start</source>
        <translation>Sistema segue o idioma do computador; a mudança vale a partir da próxima inicialização</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> work periods</source>
        <translation> períodos de trabalho</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Study after midnight and before this hour counts to the evening before</source>
        <translation>O estudo depois da meia-noite e antes deste horário conta para a noite anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show streaks of days that met the goal</source>
        <translation>Mostrar sequências de dias que cumpriram a meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One rest day a week keeps a streak</source>
        <translation>Um dia de descanso por semana mantém a sequência</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish this roadmap by</source>
        <translation>Concluir este roteiro até</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remind me at</source>
        <translation>Lembrar-me às</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The chance of still recalling a finished topic when it comes back for review: higher means more frequent reviews</source>
        <translation>A chance de ainda lembrar um tópico concluído quando ele volta para revisão: quanto maior, mais frequentes as revisões</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> reviews</source>
        <translation> revisões</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;General</source>
        <translation>&amp;Geral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name</source>
        <translation>Seu &amp;nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;page size</source>
        <translation>Tamanho da &amp;página do relatório</translation>
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
        <translation>&amp;Estudo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily &amp;goal</source>
        <translation>&amp;Meta diária</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A study &amp;day ends at</source>
        <translation>O &amp;dia de estudo termina às</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>on</source>
        <translation>nos dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note a timer running &amp;over</source>
        <translation>&amp;Avisar se o cronômetro passar de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;omodoro</source>
        <translation>P&amp;omodoro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Work</source>
        <translation>&amp;Trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Short break</source>
        <translation>&amp;Pausa curta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Long break</source>
        <translation>Pausa &amp;longa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long break &amp;every</source>
        <translation>Pausa longa &amp;a cada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;view</source>
        <translation>Re&amp;visão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews aim at &amp;recall of</source>
        <translation>&amp;Retenção desejada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At &amp;most a day</source>
        <translation>No &amp;máximo por dia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sh&amp;aring</source>
        <translation>&amp;Compartilhar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Remove every offline copy…</source>
        <translation>&amp;Remover todas as cópias offline…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline copies take {size} now.</source>
        <translation>As cópias offline ocupam {size} agora.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Offline</source>
        <translation>O&amp;ffline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One saved &amp;page at most</source>
        <translation>Máximo por &amp;página salva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All saved pages at mo&amp;st</source>
        <translation>Máximo no &amp;total</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The language changes when StudyTracker starts again</source>
        <translation>O idioma muda quando o StudyTracker for iniciado novamente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferences not saved</source>
        <translation>Preferências não salvas</translation>
    </message>
</context>
<context>
    <name>Pace</name>
    <message>
        <location filename="../report/stats.py" line="+86"/>
        <location line="+102"/>
        <source>Every topic is done.</source>
        <extracomment>The strings of this module, for pyside6-lupdate and Qt&apos;s translators.</extracomment>
        <translation>Todos os tópicos estão concluídos.</translation>
    </message>
    <message numerus="yes">
        <location line="-94"/>
        <source>Too little recent progress to forecast: %n topic(s) done in the last {days} days (at least {needed} needed).</source>
        <translation>
            <numerusform>Pouco progresso recente para uma previsão: nos últimos {days} dias, o total de tópicos concluídos foi %n (são necessários pelo menos {needed}).</numerusform>
            <numerusform>Pouco progresso recente para uma previsão: %n tópicos concluídos nos últimos {days} dias (são necessários pelo menos {needed}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>At {pace} topics a week (the last {days} days), the remaining %n topic(s) would be done by {finish}.</source>
        <translation>
            <numerusform>No ritmo de {pace} tópicos por semana (nos últimos {days} dias), %n tópico restante estaria concluído até {finish}.</numerusform>
            <numerusform>No ritmo de {pace} tópicos por semana (nos últimos {days} dias), os %n tópicos restantes estariam concluídos até {finish}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No target date set.</source>
        <translation>Nenhuma data-alvo definida.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The target date ({target}) has passed with %n topic(s) left.</source>
        <translation>
            <numerusform>A data-alvo ({target}) já passou e resta %n tópico.</numerusform>
            <numerusform>A data-alvo ({target}) já passou e restam %n tópicos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{pace} topics a week (about {minutes} minutes a day)</source>
        <translation>{pace} tópicos por semana (cerca de {minutes} minutos por dia)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{pace} topics a week</source>
        <translation>{pace} tópicos por semana</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Too little recent history to judge the pace; finishing by {target} takes {need}.</source>
        <translation>Pouco histórico recente para avaliar o ritmo; concluir até {target} exige {need}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On track for the target date of {target}: at {pace} topics a week you would finish by {finish}; the target takes {need}.</source>
        <translation>No ritmo para a data-alvo de {target}: a {pace} tópicos por semana, você concluiria até {finish}; a meta exige {need}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Behind the pace for the target date of {target}: at {pace} topics a week you would finish by {finish}; the target takes {need}.</source>
        <translation>Abaixo do ritmo para a data-alvo de {target}: a {pace} tópicos por semana, você concluiria até {finish}; a meta exige {need}.</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../ui/dialogs/import_preview.py" line="+197"/>
        <source>Import roadmap</source>
        <translation>Importar roteiro</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The roadmap&apos;s title</source>
        <translation>O título do roteiro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heading level of the steps</source>
        <translation>Nível de título das etapas</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>level {level} ({marks} headings)</source>
        <translation>nível {level} (títulos {marks})</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>guessed from the file</source>
        <extracomment>The preview&apos;s &quot;Units are&quot; choices: (label, `ImportOptions.units`).</extracomment>
        <translation>deduzidas do arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headings only</source>
        <translation>só os títulos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bold lines</source>
        <translation>linhas em negrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list items holding others</source>
        <translation>itens de lista que contêm outros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table rows</source>
        <translation>linhas de tabela</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>no groups</source>
        <translation>sem grupos</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>What a unit of the curriculum is</source>
        <translation>O que é uma unidade do currículo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heading level of the step groups</source>
        <translation>Nível de título dos grupos de etapas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sections to import</source>
        <translation>Seções a importar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>For example the folder of the file on GitHub: https://github.com/owner/repo/blob/main/</source>
        <translation>Por exemplo, a pasta do arquivo no GitHub: https://github.com/owner/repo/blob/main/</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address relative links resolve against</source>
        <translation>Endereço-base dos links relativos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a topic</source>
        <translation>um tópico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a group of steps</source>
        <translation>um grupo de etapas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps found</source>
        <translation>Etapas encontradas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step and its topics</source>
        <translation>Etapa e seus tópicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Tópicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="-194"/>
        <location line="+195"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show with these choices</source>
        <translation>Mostrar com estas opções</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps are</source>
        <translation>As etapas são</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Groups are</source>
        <translation>Os &amp;grupos são</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units are</source>
        <translation>As &amp;unidades são</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections (untick to leave one out):</source>
        <translation>Seções (desmarque uma para deixá-la de fora):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Relative links &amp;from</source>
        <translation>Links relativos a &amp;partir de</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>, edition {edition}</source>
        <translation>, edição {edition}</translation>
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
            <numerusform>%n etapa</numerusform>
            <numerusform>%n etapas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n tópico</numerusform>
            <numerusform>%n tópicos</numerusform>
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
    <message numerus="yes">
        <location line="+4"/>
        <source>Mark the %n item(s) ticked [x] in the file as done</source>
        <translation>
            <numerusform>Marcar como concluído %n item marcado com [x] no arquivo</numerusform>
            <numerusform>Marcar como concluídos os %n itens marcados com [x] no arquivo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+33"/>
        <source>The same from the command line:</source>
        <translation>O mesmo pela linha de comando:</translation>
    </message>
    <message>
        <location line="-332"/>
        <source>Required</source>
        <translation>Obrigatória</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>Reading again with these choices…</source>
        <translation>Lendo de novo com estas opções…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These choices give no roadmap: {why}</source>
        <translation>Estas opções não geram nenhum roteiro: {why}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Left out: {sections}</source>
        <translation>Deixadas de fora: {sections}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing left out.</source>
        <translation>Nada deixado de fora.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n relative link(s) with no file beside this one, left out: {links}</source>
        <translation>
            <numerusform>%n link relativo sem arquivo ao lado deste, deixado de fora: {links}</numerusform>
            <numerusform>%n links relativos sem arquivo ao lado deste, deixados de fora: {links}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../ui/controllers/watchers.py" line="+93"/>
        <source> %n finished topic(s) due for review.</source>
        <translation>
            <numerusform> %n tópico concluído aguarda revisão.</numerusform>
            <numerusform> %n tópicos concluídos aguardam revisão.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to study</source>
        <translation>Hora de estudar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing studied yet today. A few minutes keep the habit.</source>
        <translation>Você ainda não estudou hoje. Alguns minutos mantêm o hábito.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Still studying?</source>
        <translation>Ainda estudando?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The timer has run for {time}. Stop it if you forgot it.</source>
        <translation>O cronômetro está ligado há {time}. Pare-o se você se esqueceu dele.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../report/pdf.py" line="+131"/>
        <source>Progress report: {roadmap}</source>
        <extracomment>Above this many sessions in the period, the log shows one line per day instead. The strings of this module, for pyside6-lupdate and Qt&apos;s translators. The weeks the report&apos;s weekly chart shows. &quot;system&quot;, &quot;en&quot;, &quot;es&quot;; default: the window&apos;s language, else the setting (LANGUAGE_KEY)</extracomment>
        <translation>Relatório de progresso: {roadmap}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress report</source>
        <translation>Relatório de progresso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Learner: {name}</source>
        <translation>Estudante: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period: {first} to {last} · made on {today}</source>
        <translation>Período: de {first} a {last} · gerado em {today}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overall progress</source>
        <translation>Progresso geral</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{done} of %n topic(s) done ({percent}%)</source>
        <translation>
            <numerusform>{done} de %n tópico concluído ({percent}%)</numerusform>
            <numerusform>{done} de %n tópicos concluídos ({percent}%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n pulado</numerusform>
            <numerusform>, %n pulados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; in the required steps {done} of %n topic(s) ({percent}%).</source>
        <translation>
            <numerusform>; nas etapas obrigatórias, {done} de %n tópico ({percent}%).</numerusform>
            <numerusform>; nas etapas obrigatórias, {done} de %n tópicos ({percent}%).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Studied {time} in %n session(s) in this period; {total} in all.</source>
        <translation>
            <numerusform>{time} de estudo neste período (sessões: %n); {total} no total.</numerusform>
            <numerusform>{time} de estudo em %n sessões neste período; {total} no total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Daily goal {goal} (study on any roadmap counts): current streak %n day(s), longest {longest}.</source>
        <translation>
            <numerusform>Meta diária de {goal} (vale o estudo em qualquer roteiro); dias na sequência atual: %n, a maior: {longest}.</numerusform>
            <numerusform>Meta diária de {goal} (vale o estudo em qualquer roteiro); sequência atual de %n dias, a maior: {longest}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Daily goal {goal}.</source>
        <translation>Meta diária: {goal}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+144"/>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+161"/>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Feitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In period</source>
        <translation>No período</translation>
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
        <translation>Tempo de estudo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes per day, the year up to the end of the period</source>
        <translation>Minutos por dia, no ano até o fim do período</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Minutes per week, the %n week(s) up to the end of the period</source>
        <translation>
            <numerusform>Minutos por semana, %n semana até o fim do período</numerusform>
            <numerusform>Minutos por semana, as %n semanas até o fim do período</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time per step, in all</source>
        <translation>Tempo por etapa, no total</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Topics done over time</source>
        <translation>Tópicos concluídos ao longo do tempo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retention</source>
        <translation>Retenção</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n review(s) of finished topics in this period, {on_time} of them on time.</source>
        <translation>
            <numerusform>%n revisão de tópicos concluídos neste período, {on_time} delas no prazo.</numerusform>
            <numerusform>%n revisões de tópicos concluídos neste período, {on_time} delas no prazo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No reviews of finished topics in this period.</source>
        <translation>Nenhuma revisão de tópicos concluídos neste período.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retention now: an estimated {percent}% of the finished topics are still remembered (the mean recall chance the review scheduler gives).</source>
        <translation>Retenção atual: estima-se que {percent}% dos tópicos concluídos ainda sejam lembrados (a chance média de lembrança calculada pelo agendador de revisões).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retention now: no topic finished yet.</source>
        <translation>Retenção atual: nenhum tópico concluído ainda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Study sessions</source>
        <translation>Sessões de estudo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{roadmap} · page {page} of {pages}</source>
        <translation>{roadmap} · página {page} de {pages}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No study sessions in this period.</source>
        <translation>Nenhuma sessão de estudo neste período.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n session(s) in this period, shown one line per day; a shorter period (--from, --to) lists each session.</source>
        <translation>
            <numerusform>%n sessão neste período, mostrada em uma linha por dia; um período mais curto (--from, --to) lista cada sessão.</numerusform>
            <numerusform>%n sessões neste período, mostradas em uma linha por dia; um período mais curto (--from, --to) lista cada sessão.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+22"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Sessions</source>
        <translation>Sessões</translation>
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
        <translation>Horário</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notes yet.</source>
        <translation>Nenhuma nota ainda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step {number}: {title}</source>
        <translation>Etapa {number}: {title}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The rest of this note, {count} more characters, is in StudyTracker&apos;s Notes tab.</source>
        <translation>O restante desta nota, mais {count} caracteres, está na aba Notas do StudyTracker.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../ui/dialogs/report_dialog.py" line="+30"/>
        <source>Export progress report</source>
        <translation>Exportar relatório de progresso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Include my &amp;notes</source>
        <translation>Incluir minhas &amp;notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Até</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose file…</source>
        <translation>Escolher arquivo…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Save the report</source>
        <translation>Salvar o relatório</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Report saved: {path} (%n page(s))</source>
        <translation>
            <numerusform>Relatório salvo: {path} (%n página)</numerusform>
            <numerusform>Relatório salvo: {path} (%n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the progress report…</source>
        <translation>Gerando o relatório de progresso…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report not written</source>
        <translation>Relatório não gerado</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../ui/step_pane/review_panel.py" line="+41"/>
        <source>&amp;1 Again</source>
        <translation>&amp;1 De novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;2 Hard</source>
        <translation>&amp;2 Difícil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;3 Good</source>
        <translation>&amp;3 Bom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;4 Easy</source>
        <translation>&amp;4 Fácil</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Topics due for review</source>
        <translation>Tópicos para revisar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recall what you know of it; then look at your notes if you like, and rate.</source>
        <translation>Relembre o que você sabe sobre ele; depois, se quiser, consulte suas notas e avalie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show my notes and its resources</source>
        <translation>&amp;Mostrar minhas notas e os recursos</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{step} · recall {percent}%</source>
        <translation>{step} · lembrança {percent}%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · to revisit</source>
        <translation> · a rever</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n finished topic(s) to review today, the most at risk first.</source>
        <translation>
            <numerusform>%n tópico concluído para revisar hoje, os mais em risco primeiro.</numerusform>
            <numerusform>%n tópicos concluídos para revisar hoje, os mais em risco primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source> The next: {count} on {day}.</source>
        <translation> Próximas revisões: {count} em {day}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> Topics you tick done come back here for review.</source>
        <translation> Os tópicos que você marcar como concluídos voltam aqui para revisão.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to review today.</source>
        <translation>Nada para revisar hoje.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your notes and the step&apos;s resources show here once you have recalled what you can.</source>
        <translation>Suas notas e os recursos da etapa aparecem aqui depois que você relembrar o que conseguir.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Review not saved</source>
        <translation>Revisão não salva</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{topic} comes back for review on {day}.</source>
        <translation>{topic} volta para revisão em {day}.</translation>
    </message>
</context>
<context>
    <name>Roadmaps</name>
    <message>
        <location filename="../ui/controllers/roadmap_flows.py" line="+53"/>
        <source>Import a roadmap</source>
        <translation>Importar um roteiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roadmaps ({patterns})</source>
        <translation>Roteiros ({patterns})</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+59"/>
        <source>Reading {file}…</source>
        <translation>Lendo {file}…</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+59"/>
        <source>Cannot import this file</source>
        <translation>Não é possível importar este arquivo</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Importing {roadmap}…</source>
        <translation>Importando {roadmap}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {roadmap}</source>
        <translation>Importado: {roadmap}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import failed</source>
        <translation>Falha na importação</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Roadmap not changed</source>
        <translation>Roteiro não alterado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove roadmap</source>
        <translation>Remover roteiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{roadmap} is your only roadmap; import another first.</source>
        <translation>{roadmap} é seu único roteiro; importe outro primeiro.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Roadmap not removed</source>
        <translation>Roteiro não removido</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../ui/dialogs/search.py" line="+37"/>
        <source>Topic</source>
        <translation>Tópico</translation>
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
        <translation>Sessão de estudo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached file</source>
        <translation>Arquivo anexado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note: {title}</source>
        <translation>Nota: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session of {day}: {step}</source>
        <translation>Sessão de {day}: {step}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File: {name}</source>
        <translation>Arquivo: {name}</translation>
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
        <translation>Buscar em tópicos, recursos, notas, sessões e arquivos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search results</source>
        <translation>Resultados da busca</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{kind} in {step}</source>
        <translation>{kind} em {step}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n found · Enter or double-click goes to one</source>
        <translation>
            <numerusform>%n resultado · Enter ou clique duplo para ir até ele</numerusform>
            <numerusform>%n resultados · Enter ou clique duplo para ir até um deles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found for “{text}” in this roadmap</source>
        <translation>Nada encontrado para “{text}” neste roteiro</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <location filename="../ui/dialogs/session_log.py" line="+70"/>
        <source>Edit session</source>
        <translation>Editar sessão</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a past session</source>
        <translation>Adicionar sessão passada</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+221"/>
        <location line="+48"/>
        <location filename="../ui/models/session_table.py" line="+21"/>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="-265"/>
        <location filename="../ui/models/session_table.py" line="+1"/>
        <source>Topic</source>
        <translation>Tópico</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Step</source>
        <translation>&amp;Etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topic</source>
        <translation>&amp;Tópico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation>&amp;Dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;time</source>
        <translation>Hora de &amp;início</translation>
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
        <translation>A hora de início é um horário do dia, como 17:00.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(the whole step)</source>
        <translation>(a etapa inteira)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>log a session</source>
        <translation>adicionar uma sessão</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>edit a session</source>
        <translation>editar uma sessão</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>delete a session</source>
        <translation>excluir uma sessão</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Session log</source>
        <translation>Registro de sessões</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Log a session…</source>
        <translation>&amp;Adicionar sessão…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Undo: {change}</source>
        <translation>Desfazer: {change}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All steps</source>
        <translation>Todas as etapas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The start date is after the end date.</source>
        <translation>A data de início é posterior à data final.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n session(s), {time} from {first} to {last}</source>
        <translation>
            <numerusform>%n sessão, {time} de {first} a {last}</numerusform>
            <numerusform>%n sessões, {time} de {first} a {last}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No study sessions from {first} to {last}. Start the timer (Ctrl+T) while you study, or log one you did (Log a session…).</source>
        <translation>Nenhuma sessão de estudo de {first} a {last}. Inicie o cronômetro (Ctrl+T) enquanto estuda ou adicione uma que você já fez (Adicionar sessão…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today: {studied} of a {goal} daily goal</source>
        <translation>Hoje: {studied} de uma meta diária de {goal}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> · streak %n day(s), longest {longest}</source>
        <translation>
            <numerusform> · dias de sequência: %n; a maior: {longest}</numerusform>
            <numerusform> · sequência de %n dias; a maior: {longest}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+43"/>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <location filename="../ui/models/session_table.py" line="-5"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>running</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no topic</source>
        <translation>sem tópico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no note</source>
        <translation>sem nota</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../ui/widgets/sharing_box.py" line="+27"/>
        <source>Share my &amp;progress (topics done, in progress, reviews due)</source>
        <translation>Compartilhar meu &amp;progresso (tópicos concluídos, em andamento, revisões pendentes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share my study &amp;time (minutes a day, streak)</source>
        <translation>Compartilhar meu &amp;tempo de estudo (minutos por dia, sequência)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share my &amp;notes on this roadmap</source>
        <translation>Compartilhar minhas &amp;notas deste roteiro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a cohort&apos;s mentor sees what you share, and only when you sync through its hub. Session notes are never shared; what you stop sharing leaves the hub at the next sync.</source>
        <translation>Só o mentor de uma turma vê o que você compartilha, e só quando você sincroniza pelo servidor dela. Notas de sessão nunca são compartilhadas; o que você deixar de compartilhar sai do servidor na próxima sincronização.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../ui/models/step_list.py" line="+29"/>
        <source>Step {number}: {title}</source>
        <extracomment>The title of the step group that begins at this row (drawn as a header above it), else None.</extracomment>
        <translation>Etapa {number}: {title}</translation>
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
            <numerusform>{title} — tópicos concluídos: {done} de %n, {time} de estudo</numerusform>
            <numerusform>{title} — {done} de %n tópicos concluídos, {time} de estudo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; every resource can be read offline</source>
        <translation>; todos os recursos podem ser lidos offline</translation>
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
        <translation>Etapas</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../ui/shell/app.py" line="+91"/>
        <source>{folder}: cannot create the data folder ({reason})</source>
        <translation>{folder}: não é possível criar a pasta de dados ({reason})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>StudyTracker is already open on {folder} (process {pid}).</source>
        <translation>O StudyTracker já está aberto em {folder} (processo {pid}).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Opening your data…</source>
        <translation>Abrindo seus dados…</translation>
    </message>
</context>
<context>
    <name>StatsPane</name>
    <message>
        <location filename="../ui/step_pane/statistics_view.py" line="+35"/>
        <source>Spaced review: finished topics come back for review here once you tick one done.</source>
        <extracomment>The narrowest the charts go before the pane scrolls sideways (small screens lay out to this).</extracomment>
        <translation>Revisão espaçada: os tópicos concluídos voltam aqui para revisão assim que você marca um como concluído.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Retention now: an estimated {percent}% of your finished topics are still remembered · %n review(s) due today</source>
        <translation>
            <numerusform>Retenção atual: estima-se que você ainda lembre {percent}% dos tópicos concluídos · revisões pendentes hoje: %n</numerusform>
            <numerusform>Retenção atual: estima-se que você ainda lembre {percent}% dos tópicos concluídos · %n revisões pendentes hoje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n review(s) done</source>
        <translation>
            <numerusform>revisões feitas: %n</numerusform>
            <numerusform>%n revisões feitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>revisões pendentes: %n</numerusform>
            <numerusform>%n revisões pendentes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Statistics</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>all roadmaps</source>
        <translation>todos os roteiros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this roadmap</source>
        <translation>este roteiro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No statistics yet.</source>
        <translation>Nenhuma estatística ainda.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{roadmap}: {done} of %n topic(s) done ({percent}%) · {time} studied on {scope}</source>
        <translation>
            <numerusform>{roadmap}: {done} de %n tópico concluído ({percent}%) · {time} de estudo ({scope})</numerusform>
            <numerusform>{roadmap}: {done} de %n tópicos concluídos ({percent}%) · {time} de estudo ({scope})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing studied yet. Start the timer (Ctrl+T) on a topic, or log a past session (Ctrl+Shift+L), and tick topics as you finish them: the charts fill as you go.</source>
        <translation>Nada estudado ainda. Inicie o cronômetro (Ctrl+T) em um tópico ou adicione uma sessão passada (Ctrl+Shift+L), e marque os tópicos conforme os concluir: os gráficos vão se preenchendo.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Streak (all roadmaps): %n day(s) meeting the {goal} goal · longest {longest}</source>
        <translation>
            <numerusform>Sequência (todos os roteiros): dias cumprindo a meta de {goal}: %n · a maior: {longest}</numerusform>
            <numerusform>Sequência (todos os roteiros): %n dias cumprindo a meta de {goal} · a maior: {longest}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily goal: {goal}</source>
        <translation>Meta diária: {goal}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Minutes per day, {scope}</source>
        <translation>Minutos por dia, {scope}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes per week, {scope}</source>
        <translation>Minutos por semana, {scope}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time per step</source>
        <translation>Tempo por etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics done over time</source>
        <translation>Tópicos concluídos ao longo do tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews done, the last 30 days</source>
        <translation>Revisões feitas, últimos 30 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews coming up, the next 30 days</source>
        <translation>Revisões previstas, próximos 30 dias</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No reviews done in these 30 days</source>
        <translation>Nenhuma revisão feita nestes 30 dias</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No reviews due in the next 30 days</source>
        <translation>Nenhuma revisão prevista nos próximos 30 dias</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This roadmap</source>
        <translation>Este roteiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roadmaps</source>
        <translation>Todos os roteiros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose study time the totals and the time charts count</source>
        <translation>De qual roteiro é o tempo de estudo contado nos totais e nos gráficos de tempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study time of:</source>
        <translation>Tempo de estudo de:</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <location filename="../ui/shell/status_bar.py" line="+23"/>
        <source>{roadmap}: {done} of %n topic(s) done ({percent}%) · {time} studied</source>
        <translation>
            <numerusform>{roadmap}: {done} de %n tópico concluído ({percent}%) · {time} de estudo</numerusform>
            <numerusform>{roadmap}: {done} de %n tópicos concluídos ({percent}%) · {time} de estudo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today: {studied} of {goal}</source>
        <translation>Hoje: {studied} de {goal}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · streak {current} (best {longest})</source>
        <translation> · sequência {current} (recorde {longest})</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n revisão pendente</numerusform>
            <numerusform>%n revisões pendentes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finished topics due for review today: see the Review tab (Alt+5)</source>
        <translation>Tópicos concluídos para revisar hoje: veja a aba Revisão (Alt+5)</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../ui/controllers/sync.py" line="+72"/>
        <source>Sync &amp;now</source>
        <extracomment>How often the window syncs while it runs (when sync is set up). How long closing the window waits for its last sync; a sync cut off loses nothing.</extracomment>
        <translation>Sincronizar &amp;agora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share my &amp;progress with the cohort</source>
        <translation>Compartilhar meu &amp;progresso com a turma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share my study &amp;time with the cohort</source>
        <translation>Compartilhar meu &amp;tempo de estudo com a turma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share my &amp;notes on this roadmap</source>
        <translation>Compartilhar minhas &amp;notas deste roteiro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cohort…</source>
        <translation>T&amp;urma…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync &amp;settings…</source>
        <translation>&amp;Configurações de sincronização…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sharing not changed</source>
        <translation>Compartilhamento não alterado</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Synced, with a problem: {problem}</source>
        <translation>Sincronizado, com um problema: {problem}</translation>
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
        <translation>Sincronização: offline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync: not done</source>
        <translation>Sincronização: falhou</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sync: %n change(s) waiting</source>
        <translation>
            <numerusform>Sincronização: %n alteração pendente</numerusform>
            <numerusform>Sincronização: %n alterações pendentes</numerusform>
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
        <translation>Sincronizado às {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
    </message>
</context>
<context>
    <name>SyncSetup</name>
    <message>
        <location filename="../ui/dialogs/sync_dialog.py" line="+79"/>
        <source>Sync with your other devices</source>
        <translation>Sincronizar com seus outros dispositivos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Devices and notes</source>
        <translation>Dispositivos e notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other devices</source>
        <translation>Outros dispositivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes edited on two devices</source>
        <translation>Notas editadas em dois dispositivos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other devices:</source>
        <translation>Outros dispositivos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes edited on two devices
(open one to compare):</source>
        <translation>Notas editadas em dois dispositivos
(abra uma para comparar):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a cohort&apos;s mentor:</source>
        <translation>Com o mentor de uma turma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop syncing on this device…</source>
        <translation>Parar de sincronizar neste dispositivo…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Set up sync</source>
        <translation>Configurar a sincronização</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder you already sync (Syncthing, Nextcloud, Dropbox, a USB stick)</source>
        <translation>Uma pasta que você já sincroniza (Syncthing, Nextcloud, Dropbox, um pendrive)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PostgreSQL hub</source>
        <translation>Um servidor PostgreSQL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync folder</source>
        <translation>Pasta de sincronização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>postgresql://you@host/database?sslmode=require</source>
        <translation>postgresql://usuario@servidor/banco?sslmode=require</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ST1-… (only if a mentor invited you to a cohort)</source>
        <translation>ST1-… (só se um mentor convidou você para uma turma)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation code</source>
        <translation>Código de convite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device&apos;s name</source>
        <translation>Nome deste dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up and sync</source>
        <translation>Configurar e sincronizar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invitation code:</source>
        <translation>Código de convite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device&apos;s name:</source>
        <translation>Nome deste dispositivo:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your data stays in this computer&apos;s database; sync sends your changes to your other devices and takes theirs, through a place you choose. Nothing is sent anywhere else.</source>
        <translation>Seus dados ficam no banco de dados deste computador; a sincronização envia suas alterações para seus outros dispositivos e recebe as deles, por meio de um local que você escolhe. Nada é enviado para nenhum outro lugar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device is “{name}”, syncing through {place}.
{state}</source>
        <translation>Este dispositivo é “{name}” e sincroniza por meio de {place}.
{state}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>last seen {moment}</source>
        <translation>visto pela última vez em {moment}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder to sync through</source>
        <translation>A pasta usada para sincronizar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a folder, or give the hub&apos;s address.</source>
        <translation>Escolha uma pasta ou informe o endereço do servidor.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Setting up sync and taking what is there…</source>
        <translation>Configurando a sincronização e recebendo o que já existe…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop syncing on this device? Everything stays here; it is no longer sent or taken.</source>
        <translation>Parar de sincronizar neste dispositivo? Tudo continua aqui; nada mais é enviado nem recebido.</translation>
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
        <translation>Escuro</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+116"/>
        <source>Vertical scroll bar</source>
        <extracomment>Scroll bars&apos; names for screen readers (`scroll_bar_names`).
----------
Flat scroll bars in the palette&apos;s colours. Fusion&apos;s own are drawn with gradients on every repaint, a millisecond or two each: a third of the time a step switch takes.</extracomment>
        <translation>Barra de rolagem vertical</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+116"/>
        <source>Horizontal scroll bar</source>
        <translation>Barra de rolagem horizontal</translation>
    </message>
</context>
<context>
    <name>Timer</name>
    <message>
        <location filename="../ui/shell/timer_bar.py" line="+42"/>
        <source>Work</source>
        <extracomment>A timer stopped before this much study is dropped rather than saved as a &quot;0 min&quot; session.</extracomment>
        <translation>Trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short break</source>
        <translation>Pausa curta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long break</source>
        <translation>Pausa longa</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+121"/>
        <source>No session running</source>
        <extracomment>the whole minutes studied in the running session so far (0: none runs) Asked when the timer went unobserved for long; True counts the time. Tests replace it.</extracomment>
        <translation>Nenhuma sessão em andamento</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Time studied in this session</source>
        <translation>Tempo estudado nesta sessão</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start timing the selected step or topic (Ctrl+T)</source>
        <translation>Cronometrar a etapa ou o tópico selecionado (Ctrl+T)</translation>
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
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pomodoro</source>
        <translation>Pomodoro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work and break periods with a notification at each switch</source>
        <translation>Períodos de trabalho e de pausa, com uma notificação a cada troca</translation>
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
        <translation>Cronômetro de estudo</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Kept {time} on {step}</source>
        <translation>Sessão mantida: {time} em {step}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} (paused)</source>
        <translation>{what} (em pausa)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time left in this {phase}</source>
        <translation>Tempo restante neste período de {phase}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{phase} · pomodoro {period} of {every} · {done} done · {studied} studied</source>
        <translation>{phase} · pomodoro {period} de {every} · {done} concluídos · {studied} de estudo</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Stopped after less than a minute: no session saved</source>
        <translation>Parado com menos de um minuto: nenhuma sessão salva</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved {time} on {step}</source>
        <translation>Sessão salva: {time} em {step}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Were you studying?</source>
        <translation>Você estava estudando?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timer was not seen running for {time} (the computer may have slept). Count that time as study?</source>
        <translation>O cronômetro ficou {time} sem ser visto em andamento (o computador pode ter entrado em suspensão). Contar esse tempo como estudo?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back to work</source>
        <translation>De volta ao trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work period {number} begins.</source>
        <translation>Começa o período de trabalho {number}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time for a break</source>
        <translation>Hora de uma pausa</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>A %n-minute {phase}.</source>
        <translation>
            <numerusform>Uma {phase} de %n minuto.</numerusform>
            <numerusform>Uma {phase} de %n minutos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <location filename="../ui/models/topic_tree.py" line="+24"/>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>pulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>to do</source>
        <extracomment>The learner asked for a new status (a check box was clicked); the window saves it.</extracomment>
        <translation>a fazer</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>to revisit</source>
        <translation>a rever</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Pulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do</source>
        <translation>A fazer</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Topic</source>
        <translation>Tópico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../ui/step_pane/resources_panel.py" line="+47"/>
        <source>Not saved for offline reading</source>
        <translation>Não salvo para leitura offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved on {day} from {url}</source>
        <translation>Salvo em {day} a partir de {url}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved · {size}</source>
        <translation>Salvo · {size}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video card · {size}</source>
        <translation>Ficha do vídeo · {size}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video needs internet to play.</source>
        <translation>O vídeo precisa de internet para ser reproduzido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs sign-in</source>
        <translation>Exige login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The page needs a sign-in: open it in the browser to study it.</source>
        <translation>A página exige login: abra-a no navegador para estudá-la.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not be saved: {reason}</source>
        <translation>Não foi possível salvar: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title} needs a sign-in: open it in the browser to study it.</source>
        <translation>{title} exige login: abra-o no navegador para estudá-lo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} could not be saved: {reason}.</source>
        <translation>Não foi possível salvar {title}: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} is not saved for offline reading: Offline → Save this resource.</source>
        <translation>{title} não está salvo para leitura offline: Offline → Salvar este recurso offline.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not checked yet (Offline → Check the roadmap&apos;s links)</source>
        <translation>Ainda não verificado (Offline → Verificar os links do roteiro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked on {day}</source>
        <translation>Verificado em {day}</translation>
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
        <translation>Quebrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New address: {url}</source>
        <translation>Novo endereço: {url}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Internet Archive may have a copy (right-click).</source>
        <translation>O Internet Archive pode ter uma cópia (clique com o botão direito).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site refused a program; it may still open in a browser.</source>
        <translation>O site recusou um programa; talvez ele abra em um navegador.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{column}: none</source>
        <translation>{column}: vazio</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+90"/>
        <source>Open in browser</source>
        <translation>Abrir no navegador</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Save again for offline</source>
        <translation>Salvar offline de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save for offline</source>
        <translation>Salvar offline</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the offline copy</source>
        <translation>Remover a cópia offline</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the new address</source>
        <translation>Usar o novo endereço</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the Internet Archive&apos;s copy</source>
        <translation>Abrir a cópia do Internet Archive</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove this step&apos;s offline copies</source>
        <translation>Remover as cópias offline desta etapa</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Resources and attached files</source>
        <translation>Recursos e arquivos anexados</translation>
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
        <location line="+0"/>
        <location line="+18"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Attach file…</source>
        <translation>Anexar arquivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove file</source>
        <translation>Remover arquivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save readable copies of the resources, to study without internet; check the links</source>
        <translation>Salve cópias legíveis dos recursos para estudar sem internet; verifique os links</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save this resource for offline</source>
        <translation>Salvar este recurso offline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save every resource of this step</source>
        <translation>Salvar todos os recursos desta etapa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the roadmap&apos;s links</source>
        <translation>Verificar os links do roteiro</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+75"/>
        <source>Choose a saved resource or an attached file to read it here.</source>
        <translation>Escolha um recurso salvo ou um arquivo anexado para lê-lo aqui.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Files attached to topics</source>
        <translation>Arquivos anexados a tópicos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every resource can be read offline</source>
        <translation>Todos os recursos podem ser lidos offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kept} of {total} offline</source>
        <translation>{kept} de {total} offline</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (a copy kept in the data folder)</source>
        <translation>{name} (uma cópia mantida na pasta de dados)</translation>
    </message>
    <message>
        <location filename="../ui/step_pane/viewer.py" line="+41"/>
        <source>Readable files ({patterns});;All files (*)</source>
        <translation>Arquivos legíveis ({patterns});;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step {number}: {title}</source>
        <translation>Etapa {number}: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What to learn</source>
        <translation>O que aprender</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tips</source>
        <translation>Dicas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Step overview</source>
        <extracomment>The statistics were asked for this roadmap&apos;s study time or every roadmap&apos;s. The note editors were made (`notes`): whoever saves and fills them wires up now.</extracomment>
        <translation>Visão geral da etapa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Overview</source>
        <translation>Visão &amp;geral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resources</source>
        <translation>&amp;Recursos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;tatistics</source>
        <translation>Es&amp;tatísticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics of the whole roadmap</source>
        <translation>Estatísticas do roteiro inteiro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;view</source>
        <translation>Re&amp;visão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished topics due for review</source>
        <translation>Tópicos concluídos para revisar</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Attach a file</source>
        <translation>Anexar um arquivo</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../ui/dialogs/welcome.py" line="+58"/>
        <source>Welcome to StudyTracker</source>
        <translation>Boas-vindas ao StudyTracker</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are set up to follow the {roadmap}. Tick topics as you learn them, time your study with the timer, and keep notes beside each topic. Everything stays on this computer.</source>
        <translation>Tudo pronto para você seguir “{roadmap}”. Marque os tópicos à medida que aprende, cronometre seu estudo e faça anotações junto a cada tópico. Tudo fica neste computador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>shown on your progress report</source>
        <translation>aparece no seu relatório de progresso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min a day</source>
        <translation> min por dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish by</source>
        <translation>Concluir até</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your &amp;name</source>
        <translation>Seu &amp;nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily &amp;goal</source>
        <translation>&amp;Meta diária</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start learning</source>
        <translation>&amp;Começar a estudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import another roadmap…</source>
        <translation>&amp;Importar outro roteiro…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All of this can be changed later in Edit → Preferences.</source>
        <translation>Tudo isso pode ser alterado depois em Editar → Preferências.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Preferences not saved</source>
        <translation>Preferências não salvas</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../ui/shell/main_window.py" line="+128"/>
        <location filename="../ui/shell/roadmap_switcher.py" line="+26"/>
        <source>Roadmap</source>
        <translation>Roteiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Roadmap: </source>
        <translation> Roteiro: </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Study timer</source>
        <translation>Cronômetro de estudo</translation>
    </message>
    <message>
        <location filename="../ui/shell/study_actions.py" line="+104"/>
        <source>Daily goal</source>
        <translation>Meta diária</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes of study a day:</source>
        <translation>Minutos de estudo por dia:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goal not saved</source>
        <translation>Meta não salva</translation>
    </message>
</context>
</TS>
