<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Ask</name>
    <message>
        <location filename="../ui/dialogs/questions.py" line="+28"/>
        <source>{steps}, {topics}, {resources}.</source>
        <translation>{steps}、{topics}、{resources}。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 个阶段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+211"/>
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n 个知识点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-210"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n 个资源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&lt;p&gt;Your marks on %n topic(s) carry over.</source>
        <translation>
            <numerusform>&lt;p&gt;你在 %n 个知识点上的标记会保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;%n marked topic(s) are not in this reading&lt;/b&gt;: they would be archived with their marks.</source>
        <translation>
            <numerusform>&lt;b&gt;有 %n 个已标记的知识点不在本次读取的结果中&lt;/b&gt;：它们将连同标记一起归档。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Interrupted study session</source>
        <translation>学习时段被中断</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A study session on {step} started at {start} ({day}) was interrupted: StudyTracker closed without stopping it.&lt;p&gt;Keep it up to {last}, the last moment it was known to run?</source>
        <translation>{step} 的一个学习时段（{day} {start} 开始）被中断了：StudyTracker 关闭时没有停止它。&lt;p&gt;要保留到 {last} 吗？这是已知它仍在运行的最后时刻。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard it</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your data is damaged</source>
        <translation>你的数据已损坏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem}

StudyTracker opened nothing for writing. Restore the newest good backup, from {when}? The damaged file is kept as it is.</source>
        <translation>{problem}

StudyTracker 没有以写入方式打开任何文件。要恢复最近一份完好的备份（{when}）吗？损坏的文件会原样保留。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, edition {edition}</source>
        <translation>，{edition} 版</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This updates {title}: progress is kept for every topic whose id remains; topics it no longer has are archived, not deleted.</source>
        <translation>这将更新 {title}：id 未变的知识点会保留进度；新版本中已没有的知识点会被归档，而不是删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This adds a new roadmap beside the ones you follow.</source>
        <translation>这将在你现有的学习路线之外新增一条学习路线。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import roadmap</source>
        <translation>导入学习路线</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source> (edition {edition})</source>
        <translation>（{edition} 版）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;This edition is older than the one you have.&lt;/b&gt; Replacing would archive what the newer edition added.</source>
        <translation>&lt;p&gt;&lt;b&gt;此版本比你现有的版本旧。&lt;/b&gt;替换会把较新版本新增的内容归档。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Roadmap already there</source>
        <translation>学习路线已存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}{edition}: {counts}</source>
        <translation>{title}{edition}：{counts}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;You already follow {title}{edition} under the same id.</source>
        <translation>&lt;p&gt;你已经在学习 id 相同的 {title}{edition}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;Replace&lt;/b&gt; updates it to this edition: progress is kept for every topic whose id remains; topics it no longer has are archived, not deleted. &lt;b&gt;Import as new&lt;/b&gt; adds it as a separate roadmap.</source>
        <translation>&lt;p&gt;&lt;b&gt;替换&lt;/b&gt;会将其更新到此版本：id 未变的知识点会保留进度；新版本中已没有的知识点会被归档，而不是删除。&lt;b&gt;作为新路线导入&lt;/b&gt;则会将其添加为一条独立的学习路线。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import as new</source>
        <translation>作为新路线导入</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove roadmap</source>
        <translation>删除学习路线</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove {title}?</source>
        <translation>要删除 {title} 吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has progress on {topics}, {sessions} and {notes}.</source>
        <translation>其中包含 {topics}的进度、{sessions}和 {notes}。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n study session(s)</source>
        <translation>
            <numerusform>%n 个学习时段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条笔记</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove, keep sessions</source>
        <translation>删除，但保留学习时段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove everything</source>
        <translation>全部删除</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The timer is running</source>
        <translation>计时器正在运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the study session before closing?</source>
        <translation>关闭前要保存这个学习时段吗？</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Notes not saved</source>
        <translation>笔记未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note could not be saved (see the message under it). Close anyway and lose the change?</source>
        <translation>有一条笔记无法保存（请查看其下方的提示）。仍要关闭并丢失这项更改吗？</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../ui/controllers/backups.py" line="+98"/>
        <source>Backing up your data…</source>
        <extracomment>How often the automatic backup looks whether one is due.</extracomment>
        <translation>正在备份你的数据…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backed up to {file}</source>
        <translation>已备份到 {file}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <source>Backup failed: {reason}</source>
        <translation>备份失败：{reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <location line="+7"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>There are no backups yet.</source>
        <translation>还没有任何备份。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup to restore:</source>
        <translation>要恢复的备份：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace your current data with the backup of {moment}?
Your current data is backed up first.</source>
        <translation>要用{moment}的备份替换当前数据吗？
当前数据会先备份。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored {file}</source>
        <translation>已恢复 {file}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../report/charts.py" line="+147"/>
        <source>{hours} h</source>
        <extracomment>The strings of this module, for pyside6-lupdate and Qt&apos;s translators. The fewest days the &quot;topics done over time&quot; chart spans.</extracomment>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Week of {day}: {time}</source>
        <translation>{day}当周：{time}</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>No topic done yet</source>
        <translation>还没有完成任何知识点</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>{day}: {done} of %n topic(s) done</source>
        <translation>
            <numerusform>{day}：已完成 {done}/%n 个知识点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../ui/step_pane/checklist.py" line="+45"/>
        <source>Space</source>
        <extracomment>Keys on the checklist: Space ticks or unticks; these set a status directly. The checklist menu&apos;s statuses: (status, key).</extracomment>
        <translation>空格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T or Backspace</source>
        <translation>T 或退格键</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Tick or untick the topic</source>
        <translation>勾选或取消勾选知识点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the topic done, in progress or skipped</source>
        <translation>将知识点标为已完成、进行中或已跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the topic to do again</source>
        <translation>将知识点恢复为待学习</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Topics</source>
        <extracomment>The narrowest the checklist goes, and the width below which its Time column gives way to the titles (the time per topic is in the step&apos;s overview and statistics too).</extracomment>
        <translation>知识点</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This step has no topics to tick. Study from its overview and resources, time it with the timer, and keep notes on it in the Notes tab.</source>
        <translation>此阶段没有可勾选的知识点。可以根据它的概览和资源学习，用计时器计时，并在“笔记”标签页中记笔记。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Redone: {change}</source>
        <translation>已重做：{change}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undone: {change}</source>
        <translation>已撤销：{change}</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+23"/>
        <source>Not saved</source>
        <extracomment>Status changes of the checklist, undoable (Edit → Undo, Ctrl+Z). A parent&apos;s sub-topics as they were before it was ticked done here, to give back on untick.</extracomment>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>mark {topic} {status}</source>
        <translation>将“{topic}”标为{status}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Start the timer on this topic</source>
        <translation>为此知识点开始计时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open its notes</source>
        <translation>打开笔记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach file to this topic…</source>
        <translation>为此知识点附加文件…</translation>
    </message>
    <message>
        <location filename="../ui/step_pane/files_tab.py" line="+86"/>
        <source>Still opening your data; nothing was attached.</source>
        <translation>仍在打开你的数据，未附加任何文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attach a file</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a resource (or a topic in the checklist) to attach a file to.</source>
        <translation>请选择要附加文件的资源（或清单中的知识点）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not attach the file</source>
        <translation>无法附加文件</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove file</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {name} from StudyTracker?
The copy in the data folder is deleted; your original file is not touched.</source>
        <translation>要从 StudyTracker 中移除“{name}”吗？
数据文件夹中的副本会被删除，你的原始文件不受影响。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not removed</source>
        <translation>未移除</translation>
    </message>
    <message>
        <location filename="../ui/step_pane/notes_tab.py" line="+71"/>
        <location line="+16"/>
        <source>Notes on {title}</source>
        <translation>笔记：{title}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Topic notes (choose a topic)</source>
        <translation>知识点笔记（请选择知识点）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Note not saved</source>
        <translation>笔记未保存</translation>
    </message>
    <message>
        <location filename="../ui/step_pane/pane.py" line="+242"/>
        <source>Not a web link</source>
        <translation>不是网页链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only web links open in the browser:
{url}</source>
        <translation>只有网页链接才能在浏览器中打开：
{url}</translation>
    </message>
</context>
<context>
    <name>CohortReport</name>
    <message>
        <location filename="../report/cohort_pdf.py" line="+48"/>
        <source>Cohort report: {cohort}</source>
        <extracomment>The strings of this module, for pyside6-lupdate and Qt&apos;s translators. Learners in one block of the steps × learners chart (a page&apos;s width).</extracomment>
        <translation>学习小组报告：{cohort}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{cohort} · page {page} of {pages}</source>
        <translation>{cohort} · 第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cohort report</source>
        <translation>学习小组报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cohort: {name}</source>
        <translation>学习小组：{name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target date: {day}</source>
        <translation>目标日期：{day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No target date.</source>
        <translation>未设目标日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on {today}</source>
        <translation>生成日期：{today}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cohort</source>
        <translation>小组概况</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n learner(s), {joined} of them joined.</source>
        <translation>
            <numerusform>%n 名学员，其中 {joined} 名已加入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Average progress {percent}%; average study time {week} this week and {month} this month.</source>
        <translation>平均进度 {percent}%；平均学习时间：本周 {week}，本月 {month}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each learner&apos;s figures are as their own StudyTracker showed them at their last sync; a dash is something they do not share (a streak, only learners who show streaks).</source>
        <translation>每位学员的数据是其上次同步时自己的 StudyTracker 所显示的数据；短横线表示该学员未共享此项（例如连续天数：只有开启了连续天数显示的学员才会共享）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Learners</source>
        <translation>学员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streak</source>
        <translation>连续天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last active</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stuck</source>
        <translation>停滞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>逾期复习</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast</source>
        <translation>预计完成</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where learners are stuck</source>
        <translation>学员卡在哪里</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No topic has been in progress for more than 14 days.</source>
        <translation>没有哪个知识点处于“进行中”超过 14 天。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{step}: %n learner(s)</source>
        <translation>
            <numerusform>{step}：%n 名学员</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{day}, on track</source>
        <translation>{day}，进度正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}, late</source>
        <translation>{day}，进度落后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (not joined)</source>
        <translation>{name}（未加入）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Steps × learners</source>
        <translation>阶段 × 学员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No learner shares their progress yet.</source>
        <translation>还没有学员共享进度。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The darker a cell, the more of the step the learner has done: none, up to a quarter, a half, three quarters, or all of it.</source>
        <translation>单元格颜色越深，表示学员完成该阶段的部分越多：未开始、不超过四分之一、一半、四分之三或全部。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Share of each step done, learners {first} to {last}</source>
        <translation>各阶段的完成比例，第 {first} 至 {last} 位学员</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Shared notes</source>
        <translation>共享的笔记</translation>
    </message>
</context>
<context>
    <name>CohortView</name>
    <message>
        <location filename="../ui/dialogs/cohort_view.py" line="+69"/>
        <location line="+4"/>
        <source>Cohort</source>
        <translation>学习小组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cohort:</source>
        <translation>学习小组：</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>Reading the hub…</source>
        <translation>正在读取服务器…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Learners</source>
        <translation>学员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps × learners</source>
        <translation>阶段 × 学员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where learners are stuck</source>
        <translation>学员卡在哪里</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Learners</source>
        <translation>学员(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Steps × learners</source>
        <translation>阶段 × 学员(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where they are s&amp;tuck</source>
        <translation>卡在哪里(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared notes</source>
        <translation>共享的笔记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared &amp;notes</source>
        <translation>共享的笔记(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;CSV…</source>
        <translation>另存为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>You run no cohort on this hub: this view is a mentor&apos;s. As a learner, you choose what your mentor sees in File → Sync with other devices…. A mentor creates a cohort with &apos;studytracker hub cohort create NAME --roadmap ID&apos; and invites each learner with &apos;studytracker hub invite NAME --learner NAME&apos;.</source>
        <translation>你没有在此服务器上带领任何学习小组：此视图供导师使用。作为学员，你可以在“文件 → 与其他设备同步…”中选择导师能看到哪些内容。导师用 &apos;studytracker hub cohort create 小组名称 --roadmap ID&apos; 创建学习小组，并用 &apos;studytracker hub invite 小组名称 --learner 学员名称&apos; 邀请每位学员。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>{roadmap} · %n learner(s) · average progress {percent}%, study time {week} this week and {month} this month. Each learner&apos;s figures are as of their last sync; a dash is something they do not share (a streak, only learners who show streaks).</source>
        <translation>
            <numerusform>{roadmap} · %n 名学员 · 平均进度 {percent}%，学习时间本周 {week}、本月 {month}。每位学员的数据截至其上次同步；短横线表示该学员未共享此项（例如连续天数：只有开启了连续天数显示的学员才会共享）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{step}: %n learner(s)</source>
        <translation>
            <numerusform>{step}：%n 名学员</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No topic has been in progress for more than 14 days.</source>
        <translation>没有哪个知识点处于“进行中”超过 14 天。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No learner of this cohort shares their notes.</source>
        <translation>此学习小组中没有学员共享笔记。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streak</source>
        <translation>连续天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last active</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stuck</source>
        <translation>停滞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews overdue</source>
        <translation>逾期复习</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast</source>
        <translation>预计完成</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the cohort report…</source>
        <translation>正在生成学习小组报告…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../ui/shell/crash.py" line="+67"/>
        <source>StudyTracker ran into a bug</source>
        <extracomment>Where crash reports are written: the data folder of the window (set by `install`).</extracomment>
        <translation>StudyTracker 遇到了一个错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was written to {file}.</source>
        <translation>错误信息已写入 {file}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It could not be written to a log file.</source>
        <translation>错误信息未能写入日志文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong that StudyTracker did not expect. Your saved data is safe: every change is saved the moment it is made.

{where} Please copy the details below into a bug report.</source>
        <translation>StudyTracker 遇到了意外问题。你已保存的数据是安全的：每项更改在做出时都会立即保存。

{where}请将下面的详细信息复制到错误报告中。</translation>
    </message>
</context>
<context>
    <name>DataFolderText</name>
    <message>
        <location filename="../ui/controllers/data_folder.py" line="+121"/>
        <source>StudyTracker cannot open your data</source>
        <translation>StudyTracker 无法打开你的数据</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your data is damaged</source>
        <translation>你的数据已损坏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem}

There is no good backup to restore. The file is left as it is; nothing was written.</source>
        <translation>{problem}

没有可以恢复的完好备份。文件保持原样，未写入任何内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{day} at {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored the backup of {when}; the damaged file is {file}</source>
        <translation>已恢复{when}的备份；损坏的文件为 {file}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../messages.py" line="+22"/>
        <source>{path}: the database is read-only ({detail})</source>
        <extracomment>Each refusal&apos;s English text, marked for the translators in the &quot;Errors&quot; context.</extracomment>
        <translation>{path}：数据库为只读（{detail}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: could not write to disk ({detail}); nothing was saved</source>
        <translation>{path}：无法写入磁盘（{detail}），未保存任何内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: the database file is damaged or not a StudyTracker database ({detail})</source>
        <translation>{path}：数据库文件已损坏，或不是 StudyTracker 数据库（{detail}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: cannot open the database ({detail})</source>
        <translation>{path}：无法打开数据库（{detail}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: the database is busy in another program; try again ({detail})</source>
        <translation>{path}：数据库正被其他程序占用，请重试（{detail}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: database error ({detail})</source>
        <translation>{path}：数据库错误（{detail}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: no such file</source>
        <translation>{path}：文件不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}：这是文件夹，不是文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a regular file (a device, pipe or socket); nothing was read</source>
        <translation>{path}：不是普通文件（而是设备、管道或套接字），未读取任何内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: cannot read ({reason})</source>
        <translation>{path}：无法读取（{reason}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: file is over the {limit} limit</source>
        <translation>{path}：文件超过了 {limit} 的上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: file is empty</source>
        <translation>{path}：文件为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is a binary file, not text</source>
        <translation>{path}：这是二进制文件，不是文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not UTF-8 text (bad byte at offset {offset})</source>
        <translation>{path}：不是 UTF-8 文本（偏移量 {offset} 处有无效字节）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: marked as UTF-16 text but not valid UTF-16 (bad bytes at offset {offset})</source>
        <translation>{path}：标记为 UTF-16 文本，但不是有效的 UTF-16（偏移量 {offset} 处有无效字节）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: unknown roadmap file type {suffix}; use .json or .md</source>
        <translation>{path}：未知的学习路线文件类型 {suffix}；请使用 .json 或 .md</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: no title heading found (a line like &apos;# … Roadmap&apos;)</source>
        <translation>{path}：未找到标题（应有形如 &apos;# … Roadmap&apos; 的一行）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: no steps found (looked for headings like &apos;## Step 1: …&apos;, &apos;Week 2&apos;, &apos;Module 3&apos;, &apos;Day 4&apos;, &apos;### 1. …&apos;, a table of weeks, or sections with lists, tables or links)</source>
        <translation>{path}：未找到阶段（已查找形如 &apos;## Step 1: …&apos;、&apos;Week 2&apos;、&apos;Module 3&apos;、&apos;Day 4&apos;、&apos;### 1. …&apos; 的标题，按周排列的表格，以及含有列表、表格或链接的章节）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: no steps found (expected headings like &apos;## Step 1: …&apos;)</source>
        <translation>{path}：未找到阶段（应有形如 &apos;## Step 1: …&apos; 的标题）</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../ui/step_pane/file_viewer.py" line="+78"/>
        <source>Attached document</source>
        <extracomment>Qt wraps a line with no spaces in time that grows with the square of its length (a second at 100,000 characters): text with a run this long is shown unwrapped.</extracomment>
        <translation>附件文档</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page </source>
        <translation>页码 </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Own window</source>
        <translation>独立窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read this file in a window of its own, as large as you like</source>
        <translation>在独立窗口中阅读此文件，窗口大小可随意调整</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open with…</source>
        <translation>打开方式…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this file in the program your system reads it with</source>
        <translation>用系统中打开此类文件的程序打开此文件</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose an attached file to read it here.</source>
        <translation>选择一个附件，即可在此阅读。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The copy of {name} is missing from the data folder ({path}).</source>
        <translation>数据文件夹中缺少“{name}”的副本（{path}）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} could not be opened as a PDF ({reason}).</source>
        <translation>无法将“{name}”作为 PDF 打开（{reason}）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>of {pages}</source>
        <translation>共 {pages} 页</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} could not be read as an image.</source>
        <translation>无法将“{name}”作为图片读取。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} cannot be shown here: {reason}.</source>
        <translation>无法在此显示“{name}”：{reason}。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name}: files of type .{suffix} cannot be shown inside the app.</source>
        <translation>{name}：.{suffix} 类型的文件无法在应用内显示。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved on {day} from {address} · &lt;a href=&quot;{url}&quot;&gt;Open the original&lt;/a&gt;</source>
        <translation>{day}保存自 {address} · &lt;a href=&quot;{url}&quot;&gt;打开原网页&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../ui/shell/help.py" line="+41"/>
        <source>StudyTracker guide</source>
        <translation>StudyTracker 指南</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your data: {folder} (Help → Open data folder)</source>
        <translation>你的数据：{folder}（帮助 → 打开数据文件夹）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow a learning roadmap: topics, study time, notes.</source>
        <translation>按学习路线学习：知识点、学习时间、笔记。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your data stays in one file on this computer; the app goes online only when you ask it to: to sync with your other devices or a hub you set up.</source>
        <translation>你的数据保存在这台电脑上的一个文件中；只有在你要求时，应用才会联网：与你的其他设备或你设置的服务器同步。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About StudyTracker</source>
        <translation>关于 StudyTracker</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../ui/step_pane/note_history.py" line="+36"/>
        <source>typed here</source>
        <translation>在此输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept from before</source>
        <translation>早期保留</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The same as the note now.</source>
        <extracomment>(added, removed) line colours on a light page and on a dark one: each at 4.5:1 or more against the text areas&apos; colour of its theme (tests/ui/test_contrast.py).</extracomment>
        <translation>与当前笔记相同。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Note history</source>
        <translation>笔记历史</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revisions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Difference to the note now</source>
        <translation>与当前笔记的差异</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore this version</source>
        <translation>恢复此版本(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>{count} character(s)</source>
        <translation>
            <numerusform>{count} 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n version(s) of this note. Choose one to see how it differs from the note now; restoring it keeps every version.</source>
        <translation>
            <numerusform>此笔记共有 %n 个版本。选择一个版本可查看它与当前笔记的差异；恢复某个版本时，所有版本都会保留。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This note has no saved versions yet.</source>
        <translation>此笔记还没有保存的版本。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Compare the two texts</source>
        <translation>比较两份文本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lines in green are only in this device&apos;s text, lines struck in red only in the other device&apos;s. Whichever you choose, both texts stay in the note&apos;s history.</source>
        <translation>绿色的行只出现在本设备的文本中，红色删除线的行只出现在另一台设备的文本中。无论你选择哪一份，两份文本都会保留在笔记历史中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lines in green are only in your text, lines struck in red only in the other program&apos;s. Whichever you choose, both texts stay in the note&apos;s history.</source>
        <translation>绿色的行只出现在你的文本中，红色删除线的行只出现在另一个程序的文本中。无论你选择哪一份，两份文本都会保留在笔记历史中。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your text against the other program&apos;s</source>
        <translation>你的文本与另一个程序的文本对比</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep this text</source>
        <translation>保留此文本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the other device&apos;s</source>
        <translation>使用另一台设备的</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
</context>
<context>
    <name>LeftOut</name>
    <message>
        <location filename="../ui/dialogs/import_preview.py" line="+45"/>
        <source>table of contents</source>
        <extracomment>Up to how many topics the preview opens every step; a bigger tree shows its steps closed.</extracomment>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table of contents (links within the file)</source>
        <translation>目录（指向文件内部的链接）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sponsors and support</source>
        <translation>赞助与支持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contributors and authors</source>
        <translation>贡献者与作者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how to contribute</source>
        <translation>如何贡献</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledgements</source>
        <translation>致谢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAQ</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>community and contact</source>
        <translation>社区与联系方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page chrome</source>
        <translation>页面框架元素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other lists</source>
        <translation>其他列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project housekeeping</source>
        <translation>项目维护事务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about this guide</source>
        <translation>关于本指南</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside the learning path</source>
        <translation>不属于学习路线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded on request</source>
        <translation>按要求排除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no topics or links</source>
        <translation>没有知识点或链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a row with no link</source>
        <translation>没有链接的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>announcements</source>
        <translation>公告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>course logistics</source>
        <translation>课程安排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above the chosen step level, with no step in it</source>
        <translation>位于所选阶段层级之上，其中没有阶段</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../ui/shell/actions.py" line="+21"/>
        <source>&amp;File</source>
        <extracomment>The translation context of the menus&apos; texts. The menus, in the menu bar&apos;s order.</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Study</source>
        <translation>学习(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show overview</source>
        <extracomment>Go → Show …, one per tab of the viewer (in the order of `VIEWS`).</extracomment>
        <translation>显示概览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show resources</source>
        <translation>显示资源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show notes</source>
        <translation>显示笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show statistics</source>
        <translation>显示统计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show review</source>
        <translation>显示复习</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo: {change}</source>
        <extracomment>Undo and Redo with the change they would undo or redo (&quot;&amp;Undo done: NumPy&quot;).</extracomment>
        <translation>撤销：{change}(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo: {change}</source>
        <translation>重做：{change}(&amp;R)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Import roadmap…</source>
        <extracomment>Disabled until the Tracker is attached (the first view is read-only). An on/off setting shown with a tick; its handler is called on each change.</extracomment>
        <translation>导入学习路线(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a &amp;backup…</source>
        <translation>恢复备份(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync with other &amp;devices…</source>
        <translation>与其他设备同步(&amp;D)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the roadmap for &amp;offline reading</source>
        <translation>保存学习路线以供离线阅读(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the roadmap&apos;s &amp;links</source>
        <translation>检查学习路线中的链接(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove this roadmap…</source>
        <translation>删除此学习路线(&amp;R)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start or stop the timer</source>
        <translation>开始或停止计时(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause or resume</source>
        <translation>暂停或继续(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;omodoro</source>
        <translation>番茄钟(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session &amp;log…</source>
        <translation>学习时段记录(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a &amp;past session…</source>
        <translation>补记学习时段(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily &amp;goal…</source>
        <translation>每日目标(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next step</source>
        <translation>下一阶段(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous step</source>
        <translation>上一阶段(&amp;P)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>StudyTracker &amp;guide</source>
        <translation>StudyTracker 指南(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About StudyTracker</source>
        <translation>关于 StudyTracker(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../ui/step_pane/notes.py" line="+79"/>
        <source>This note was changed by another program while you were editing it.</source>
        <extracomment>Saves a note; raises StoreError on failure (NoteChangedElsewhere when another program changed it).</extracomment>
        <translation>你编辑这条笔记时，另一个程序修改了它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/step_pane/sync_conflict.py" line="+31"/>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>History…</source>
        <extracomment>The note&apos;s text as the store holds it, as far as this editor knows (read or saved last). The text another program saved while the learner was editing, until they choose.</extracomment>
        <translation>历史记录…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier versions of this note: compare and restore</source>
        <translation>此笔记的早期版本：比较并恢复</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Write in markdown: # headings, **bold**, - lists, `code`…</source>
        <extracomment>While the keys keep coming, the preview still follows at least this often. The empty note editor&apos;s hint (none while it has no note to write: no topic chosen).</extracomment>
        <translation>使用 Markdown 书写：# 标题、**粗体**、- 列表、`代码`…</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>{heading} preview</source>
        <translation>{heading}预览</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Not saved yet: choose which text to keep</source>
        <translation>尚未保存：请选择要保留的文本</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Your note was saved over another program&apos;s change; both are in its history.</source>
        <translation>你的笔记已覆盖另一个程序的修改；两者都保留在笔记历史中。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing written yet. Type on the left: # headings, **bold**, - lists, `code`, tables. Notes save as you type, and History… keeps every version.</source>
        <translation>还没有内容。在左侧输入：# 标题、**粗体**、- 列表、`代码`、表格。笔记会在输入时自动保存，“历史记录…”会保留每个版本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a topic in the checklist to keep notes on it.</source>
        <translation>在清单中选择一个知识点，即可为它记笔记。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Editing…</source>
        <translation>正在编辑…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step notes</source>
        <translation>阶段笔记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic notes</source>
        <translation>知识点笔记</translation>
    </message>
    <message>
        <location filename="../ui/step_pane/sync_conflict.py" line="-2"/>
        <source>Edited on two devices: this is the newer text; the other is kept too.</source>
        <translation>在两台设备上编辑过：这是较新的文本，另一份也已保留。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this text</source>
        <translation>保留此文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the other</source>
        <translation>使用另一份</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <location filename="../ui/controllers/offline.py" line="+45"/>
        <source>Saving the roadmap for offline reading…</source>
        <translation>正在保存学习路线以供离线阅读…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving this step&apos;s resources for offline reading…</source>
        <translation>正在保存此阶段的资源以供离线阅读…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving the resource for offline reading…</source>
        <translation>正在保存资源以供离线阅读…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+35"/>
        <source>Already saving or checking; wait for it to finish.</source>
        <translation>已有保存或检查任务在进行，请等待其完成。</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>%n of {total} resource(s) can be read offline.</source>
        <translation>
            <numerusform>{total} 个资源中有 %n 个可离线阅读。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n need(s) a sign-in and cannot be saved.</source>
        <translation>
            <numerusform>其中 %n 个需要登录，无法保存。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: saving again goes on where it stopped.</source>
        <translation>已停止：再次保存时会从中断处继续。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some resources were not saved</source>
        <translation>部分资源未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved:</source>
        <translation>未保存：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking the roadmap&apos;s links…</source>
        <translation>正在检查学习路线中的链接…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Checked %n link(s):</source>
        <translation>
            <numerusform>已检查 %n 个链接：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dead</source>
        <translation>
            <numerusform>%n 个失效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n 个已迁移</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n blocked</source>
        <translation>
            <numerusform>%n 个被拦截</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unknown</source>
        <translation>
            <numerusform>%n 个状态未知</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all fine</source>
        <translation>全部正常</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <comment>between the counts of a list</comment>
        <translation>，</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{counts}.</source>
        <comment>the counts end the sentence</comment>
        <translation>{counts}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(stopped; the links checked so far are kept)</source>
        <translation>（已停止；已检查的链接结果会保留）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the Resources tab.</source>
        <translation>请查看“资源”标签页。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link not updated</source>
        <translation>链接未更新</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The link now leads to {url}</source>
        <translation>链接现已指向 {url}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove offline copies</source>
        <translation>移除离线副本</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove %n offline copy(ies) ({size})? The links stay; save them again any time.</source>
        <translation>
            <numerusform>要移除 %n 个离线副本（{size}）吗？链接会保留，随时可以重新保存。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not removed</source>
        <translation>未移除</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../ui/controllers/operations.py" line="+36"/>
        <source>Still opening your data; nothing was changed.</source>
        <translation>仍在打开你的数据，未做任何更改。</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Stop</source>
        <extracomment>Where the shown data is read from: the Tracker&apos;s read API once attached; before that, the data folder opened read-only for the first view.</extracomment>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <location filename="../ui/dialogs/preferences.py" line="+66"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shown on the progress report</source>
        <translation>显示在进度报告上</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter</source>
        <translation>信纸（Letter）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System follows the desktop&apos;s light or dark setting</source>
        <translation>“跟随系统”即采用桌面的浅色或深色设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System follows the computer&apos;s language; a change applies at the next start</source>
        <translation>“跟随系统”即使用电脑的语言；更改在下次启动时生效</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> work periods</source>
        <translation> 轮专注</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Study after midnight and before this hour counts to the evening before</source>
        <translation>午夜之后、此时刻之前的学习计入前一天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show streaks of days that met the goal</source>
        <translation>显示达成目标的连续天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One rest day a week keeps a streak</source>
        <translation>每周休息一天不中断连续天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish this roadmap by</source>
        <translation>目标完成日期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remind me at</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The chance of still recalling a finished topic when it comes back for review: higher means more frequent reviews</source>
        <translation>已完成的知识点到期复习时仍能回忆起的概率：越高，复习越频繁</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> reviews</source>
        <translation> 次复习</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name</source>
        <translation>你的姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;page size</source>
        <translation>报告纸张大小(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Study</source>
        <translation>学习(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily &amp;goal</source>
        <translation>每日目标(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A study &amp;day ends at</source>
        <translation>学习日结束于(&amp;D)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>on</source>
        <translation>重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note a timer running &amp;over</source>
        <translation>计时超过此时长时提醒(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;omodoro</source>
        <translation>番茄钟(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Work</source>
        <translation>专注(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Short break</source>
        <translation>短休息(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Long break</source>
        <translation>长休息(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long break &amp;every</source>
        <translation>长休息间隔(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;view</source>
        <translation>复习(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews aim at &amp;recall of</source>
        <translation>复习的目标回忆率(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At &amp;most a day</source>
        <translation>每天最多(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sh&amp;aring</source>
        <translation>共享(&amp;A)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Remove every offline copy…</source>
        <translation>移除所有离线副本(&amp;R)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline copies take {size} now.</source>
        <translation>离线副本目前占用 {size}。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Offline</source>
        <translation>离线(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One saved &amp;page at most</source>
        <translation>单个保存页面上限(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All saved pages at mo&amp;st</source>
        <translation>所有保存页面上限(&amp;S)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The language changes when StudyTracker starts again</source>
        <translation>语言将在 StudyTracker 下次启动时更改</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferences not saved</source>
        <translation>首选项未保存</translation>
    </message>
</context>
<context>
    <name>Pace</name>
    <message>
        <location filename="../report/stats.py" line="+86"/>
        <location line="+102"/>
        <source>Every topic is done.</source>
        <extracomment>The strings of this module, for pyside6-lupdate and Qt&apos;s translators.</extracomment>
        <translation>所有知识点均已完成。</translation>
    </message>
    <message numerus="yes">
        <location line="-94"/>
        <source>Too little recent progress to forecast: %n topic(s) done in the last {days} days (at least {needed} needed).</source>
        <translation>
            <numerusform>近期进度太少，无法预测：最近 {days} 天完成了 %n 个知识点（至少需要 {needed} 个）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>At {pace} topics a week (the last {days} days), the remaining %n topic(s) would be done by {finish}.</source>
        <translation>
            <numerusform>按每周 {pace} 个知识点的速度（最近 {days} 天），剩余的 %n 个知识点将于{finish}完成。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No target date set.</source>
        <translation>未设置目标日期。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The target date ({target}) has passed with %n topic(s) left.</source>
        <translation>
            <numerusform>目标日期（{target}）已过，还剩 %n 个知识点。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{pace} topics a week (about {minutes} minutes a day)</source>
        <translation>每周 {pace} 个知识点（每天约 {minutes} 分钟）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{pace} topics a week</source>
        <translation>每周 {pace} 个知识点</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Too little recent history to judge the pace; finishing by {target} takes {need}.</source>
        <translation>近期记录太少，无法判断进度；要在{target}前完成，需要{need}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On track for the target date of {target}: at {pace} topics a week you would finish by {finish}; the target takes {need}.</source>
        <translation>进度可赶上目标日期（{target}）：按每周 {pace} 个知识点的速度，将于{finish}完成；达成目标需要{need}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Behind the pace for the target date of {target}: at {pace} topics a week you would finish by {finish}; the target takes {need}.</source>
        <translation>进度落后于目标日期（{target}）：按每周 {pace} 个知识点的速度，将于{finish}完成；达成目标需要{need}。</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../ui/dialogs/import_preview.py" line="+197"/>
        <source>Import roadmap</source>
        <translation>导入学习路线</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The roadmap&apos;s title</source>
        <translation>学习路线的标题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heading level of the steps</source>
        <translation>阶段的标题级别</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>level {level} ({marks} headings)</source>
        <translation>{level} 级标题（{marks}）</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>guessed from the file</source>
        <extracomment>The preview&apos;s &quot;Units are&quot; choices: (label, `ImportOptions.units`).</extracomment>
        <translation>根据文件推断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headings only</source>
        <translation>仅标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bold lines</source>
        <translation>加粗的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list items holding others</source>
        <translation>包含子项的列表项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table rows</source>
        <translation>表格行</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>no groups</source>
        <translation>不分组</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>What a unit of the curriculum is</source>
        <translation>课程中的单元是什么</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heading level of the step groups</source>
        <translation>阶段分组的标题级别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sections to import</source>
        <translation>要导入的章节</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>For example the folder of the file on GitHub: https://github.com/owner/repo/blob/main/</source>
        <translation>例如该文件在 GitHub 上所在的文件夹：https://github.com/owner/repo/blob/main/</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address relative links resolve against</source>
        <translation>解析相对链接时使用的基准地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a topic</source>
        <translation>知识点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a group of steps</source>
        <translation>阶段组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps found</source>
        <translation>找到的阶段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step and its topics</source>
        <translation>阶段及其知识点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>知识点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <location line="-194"/>
        <location line="+195"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show with these choices</source>
        <translation>按这些选项预览</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps are</source>
        <translation>阶段为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Groups are</source>
        <translation>分组是(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units are</source>
        <translation>单元是(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections (untick to leave one out):</source>
        <translation>章节（取消勾选即可排除）：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Relative links &amp;from</source>
        <translation>相对链接基准地址(&amp;F)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>, edition {edition}</source>
        <translation>，{edition} 版</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} ({id}{edition}): {steps}, {topics}, {resources}</source>
        <translation>{title}（{id}{edition}）：{steps}、{topics}、{resources}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 个阶段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n 个知识点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n 个资源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Mark the %n item(s) ticked [x] in the file as done</source>
        <translation>
            <numerusform>将文件中已勾选 [x] 的 %n 项标为已完成</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+33"/>
        <source>The same from the command line:</source>
        <translation>在命令行中执行相同操作：</translation>
    </message>
    <message>
        <location line="-332"/>
        <source>Required</source>
        <translation>必学</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>Reading again with these choices…</source>
        <translation>正在按这些选项重新读取…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These choices give no roadmap: {why}</source>
        <translation>按这些选项无法得到学习路线：{why}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Left out: {sections}</source>
        <translation>已排除：{sections}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing left out.</source>
        <translation>未排除任何内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n relative link(s) with no file beside this one, left out: {links}</source>
        <translation>
            <numerusform>%n 个相对链接在此文件旁没有对应文件，已排除：{links}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../ui/controllers/watchers.py" line="+93"/>
        <source> %n finished topic(s) due for review.</source>
        <translation>
            <numerusform>有 %n 个已完成的知识点需要复习。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to study</source>
        <translation>该学习了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing studied yet today. A few minutes keep the habit.</source>
        <translation>今天还没有学习。学几分钟也能保持习惯。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Still studying?</source>
        <translation>还在学习吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The timer has run for {time}. Stop it if you forgot it.</source>
        <translation>计时器已运行 {time}。如果忘了停止，请现在停止。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../report/pdf.py" line="+131"/>
        <source>Progress report: {roadmap}</source>
        <extracomment>Above this many sessions in the period, the log shows one line per day instead. The strings of this module, for pyside6-lupdate and Qt&apos;s translators. The weeks the report&apos;s weekly chart shows. &quot;system&quot;, &quot;en&quot;, &quot;es&quot;; default: the window&apos;s language, else the setting (LANGUAGE_KEY)</extracomment>
        <translation>进度报告：{roadmap}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress report</source>
        <translation>进度报告</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Learner: {name}</source>
        <translation>学员：{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period: {first} to {last} · made on {today}</source>
        <translation>时间段：{first}至{last} · 生成日期：{today}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overall progress</source>
        <translation>总体进度</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{done} of %n topic(s) done ({percent}%)</source>
        <translation>
            <numerusform>%n 个知识点中已完成 {done} 个（{percent}%）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n skipped</source>
        <translation>
            <numerusform>，已跳过 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; in the required steps {done} of %n topic(s) ({percent}%).</source>
        <translation>
            <numerusform>；必学阶段的 %n 个知识点中已完成 {done} 个（{percent}%）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Studied {time} in %n session(s) in this period; {total} in all.</source>
        <translation>
            <numerusform>本时间段内在 %n 个学习时段中学习了 {time}；累计 {total}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Daily goal {goal} (study on any roadmap counts): current streak %n day(s), longest {longest}.</source>
        <translation>
            <numerusform>每日目标 {goal}（在任一学习路线上学习均计入）：当前连续 %n 天，最长 {longest} 天。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Daily goal {goal}.</source>
        <translation>每日目标 {goal}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+144"/>
        <source>Steps</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+161"/>
        <source>Step</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In period</source>
        <translation>时间段内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In all</source>
        <translation>累计</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{title} (optional)</source>
        <translation>{title}（可选）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Study time</source>
        <translation>学习时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes per day, the year up to the end of the period</source>
        <translation>每天学习分钟数（截至时间段结束的一年）</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Minutes per week, the %n week(s) up to the end of the period</source>
        <translation>
            <numerusform>每周学习分钟数（截至时间段结束的 %n 周）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time per step, in all</source>
        <translation>各阶段累计学习时间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Topics done over time</source>
        <translation>知识点完成趋势</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retention</source>
        <translation>记忆保持</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n review(s) of finished topics in this period, {on_time} of them on time.</source>
        <translation>
            <numerusform>本时间段内对已完成的知识点进行了 %n 次复习，其中 {on_time} 次按时完成。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No reviews of finished topics in this period.</source>
        <translation>本时间段内没有复习已完成的知识点。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retention now: an estimated {percent}% of the finished topics are still remembered (the mean recall chance the review scheduler gives).</source>
        <translation>当前记忆保持率：估计仍记得 {percent}% 的已完成知识点（即复习调度器给出的平均回忆概率）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retention now: no topic finished yet.</source>
        <translation>当前记忆保持率：还没有已完成的知识点。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Study sessions</source>
        <translation>学习时段</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{roadmap} · page {page} of {pages}</source>
        <translation>{roadmap} · 第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No study sessions in this period.</source>
        <translation>本时间段内没有学习时段。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n session(s) in this period, shown one line per day; a shorter period (--from, --to) lists each session.</source>
        <translation>
            <numerusform>本时间段内有 %n 个学习时段，每天显示为一行；缩短时间段（--from、--to）可列出每个学习时段。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+22"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Sessions</source>
        <translation>时段数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notes yet.</source>
        <translation>还没有笔记。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step {number}: {title}</source>
        <translation>第 {number} 阶段：{title}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The rest of this note, {count} more characters, is in StudyTracker&apos;s Notes tab.</source>
        <translation>这条笔记其余的 {count} 个字符，请在 StudyTracker 的“笔记”标签页中查看。</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../ui/dialogs/report_dialog.py" line="+30"/>
        <source>Export progress report</source>
        <translation>导出进度报告</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Include my &amp;notes</source>
        <translation>包含我的笔记(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From</source>
        <translation>开始日期(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>结束日期(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Report saved: {path} (%n page(s))</source>
        <translation>
            <numerusform>报告已保存：{path}（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the progress report…</source>
        <translation>正在生成进度报告…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report not written</source>
        <translation>报告未生成</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../ui/step_pane/review_panel.py" line="+41"/>
        <source>&amp;1 Again</source>
        <translation>重来(&amp;1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;2 Hard</source>
        <translation>困难(&amp;2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;3 Good</source>
        <translation>良好(&amp;3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;4 Easy</source>
        <translation>简单(&amp;4)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Topics due for review</source>
        <translation>待复习的知识点</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recall what you know of it; then look at your notes if you like, and rate.</source>
        <translation>先回忆你对它的了解；然后可以查看笔记，再评分。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show my notes and its resources</source>
        <translation>显示我的笔记和相关资源(&amp;S)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{step} · recall {percent}%</source>
        <translation>{step} · 回忆概率 {percent}%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · to revisit</source>
        <translation> · 待重温</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n finished topic(s) to review today, the most at risk first.</source>
        <translation>
            <numerusform>今天有 %n 个已完成的知识点需要复习，最容易遗忘的排在前面。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source> The next: {count} on {day}.</source>
        <translation>下次复习：{day}，共 {count} 个。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> Topics you tick done come back here for review.</source>
        <translation>你标为已完成的知识点会回到这里供复习。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to review today.</source>
        <translation>今天没有需要复习的内容。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your notes and the step&apos;s resources show here once you have recalled what you can.</source>
        <translation>尽力回忆之后，你的笔记和该阶段的资源会显示在这里。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Review not saved</source>
        <translation>复习未保存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{topic} comes back for review on {day}.</source>
        <translation>“{topic}”将于{day}再次复习。</translation>
    </message>
</context>
<context>
    <name>Roadmaps</name>
    <message>
        <location filename="../ui/controllers/roadmap_flows.py" line="+53"/>
        <source>Import a roadmap</source>
        <translation>导入学习路线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roadmaps ({patterns})</source>
        <translation>学习路线文件 ({patterns})</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+59"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+59"/>
        <source>Cannot import this file</source>
        <translation>无法导入此文件</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Importing {roadmap}…</source>
        <translation>正在导入“{roadmap}”…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {roadmap}</source>
        <translation>已导入“{roadmap}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Roadmap not changed</source>
        <translation>学习路线未更改</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove roadmap</source>
        <translation>删除学习路线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{roadmap} is your only roadmap; import another first.</source>
        <translation>“{roadmap}”是你唯一的学习路线，请先导入另一条。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Roadmap not removed</source>
        <translation>学习路线未删除</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../ui/dialogs/search.py" line="+37"/>
        <source>Topic</source>
        <translation>知识点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study session</source>
        <translation>学习时段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached file</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note: {title}</source>
        <translation>笔记：{title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session of {day}: {step}</source>
        <translation>{day}的学习时段：{step}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File: {name}</source>
        <translation>文件：{name}</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+5"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Search topics, resources, notes, sessions and files</source>
        <translation>搜索知识点、资源、笔记、学习时段和文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{kind} in {step}</source>
        <translation>{kind}，所属阶段：{step}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n found · Enter or double-click goes to one</source>
        <translation>
            <numerusform>找到 %n 项 · 按 Enter 键或双击可跳转</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found for “{text}” in this roadmap</source>
        <translation>在此学习路线中未找到“{text}”</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <location filename="../ui/dialogs/session_log.py" line="+70"/>
        <source>Edit session</source>
        <translation>编辑学习时段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a past session</source>
        <translation>补记学习时段</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+221"/>
        <location line="+48"/>
        <location filename="../ui/models/session_table.py" line="+21"/>
        <source>Step</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="-265"/>
        <location filename="../ui/models/session_table.py" line="+1"/>
        <source>Topic</source>
        <translation>知识点</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Step</source>
        <translation>阶段(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topic</source>
        <translation>知识点(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;time</source>
        <translation>开始时间(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minutes</source>
        <translation>分钟数(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The start time is a time of day such as 17:00.</source>
        <translation>开始时间应为一天中的某个时刻，例如 17:00。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(the whole step)</source>
        <translation>（整个阶段）</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>log a session</source>
        <translation>补记学习时段</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>edit a session</source>
        <translation>编辑学习时段</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>delete a session</source>
        <translation>删除学习时段</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Session log</source>
        <translation>学习时段记录</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sessions</source>
        <translation>学习时段</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Log a session…</source>
        <translation>补记学习时段(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Undo: {change}</source>
        <translation>撤销：{change}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All steps</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The start date is after the end date.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n session(s), {time} from {first} to {last}</source>
        <translation>
            <numerusform>{first}至{last}：%n 个学习时段，共 {time}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No study sessions from {first} to {last}. Start the timer (Ctrl+T) while you study, or log one you did (Log a session…).</source>
        <translation>{first}至{last}没有学习时段。学习时请启动计时器（Ctrl+T），或补记已完成的学习（补记学习时段…）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today: {studied} of a {goal} daily goal</source>
        <translation>今天：已学习 {studied}，每日目标 {goal}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> · streak %n day(s), longest {longest}</source>
        <translation>
            <numerusform> · 连续 %n 天，最长 {longest} 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+43"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../ui/models/session_table.py" line="-5"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no topic</source>
        <translation>无知识点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no note</source>
        <translation>无备注</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../ui/widgets/sharing_box.py" line="+27"/>
        <source>Share my &amp;progress (topics done, in progress, reviews due)</source>
        <translation>共享我的进度（已完成和进行中的知识点、待复习数）(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share my study &amp;time (minutes a day, streak)</source>
        <translation>共享我的学习时间（每天分钟数、连续天数）(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share my &amp;notes on this roadmap</source>
        <translation>共享我在此学习路线上的笔记(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a cohort&apos;s mentor sees what you share, and only when you sync through its hub. Session notes are never shared; what you stop sharing leaves the hub at the next sync.</source>
        <translation>只有学习小组的导师能看到你共享的内容，而且仅在你通过该小组的服务器同步时。学习时段的备注永远不会共享；停止共享的内容会在下次同步时从服务器上移除。</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../ui/models/step_list.py" line="+29"/>
        <source>Step {number}: {title}</source>
        <extracomment>The title of the step group that begins at this row (drawn as a header above it), else None.</extracomment>
        <translation>第 {number} 阶段：{title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} (optional)</source>
        <translation>{title}（可选）</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{title} — {done} of %n topic(s) done, {time} studied</source>
        <translation>
            <numerusform>{title} — 已完成 {done}/%n 个知识点，已学习 {time}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; every resource can be read offline</source>
        <translation>；所有资源均可离线阅读</translation>
    </message>
    <message>
        <location filename="../ui/shell/step_delegate.py" line="+49"/>
        <source>{title}  (optional)</source>
        <extracomment>Rows kept as drawn: a long roadmap&apos;s visible rows several times over, a few MB at most. A title&apos;s line: a title too long for one takes two (the second elided), and its row grows. The widest figures beside a bar: every bar is as long as this text leaves room for.</extracomment>
        <translation>{title}（可选）</translation>
    </message>
    <message>
        <location filename="../ui/shell/step_sidebar.py" line="+37"/>
        <source>Steps</source>
        <translation>阶段</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../ui/shell/app.py" line="+91"/>
        <source>{folder}: cannot create the data folder ({reason})</source>
        <translation>{folder}：无法创建数据文件夹（{reason}）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>StudyTracker is already open on {folder} (process {pid}).</source>
        <translation>StudyTracker 已在运行并打开了 {folder}（进程 {pid}）。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Opening your data…</source>
        <translation>正在打开你的数据…</translation>
    </message>
</context>
<context>
    <name>StatsPane</name>
    <message>
        <location filename="../ui/step_pane/statistics_view.py" line="+35"/>
        <source>Spaced review: finished topics come back for review here once you tick one done.</source>
        <extracomment>The narrowest the charts go before the pane scrolls sideways (small screens lay out to this).</extracomment>
        <translation>间隔复习：把知识点标为已完成后，它会按时回到这里供复习。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Retention now: an estimated {percent}% of your finished topics are still remembered · %n review(s) due today</source>
        <translation>
            <numerusform>当前记忆保持率：估计你仍记得 {percent}% 的已完成知识点 · 今天有 %n 个待复习</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n review(s) done</source>
        <translation>
            <numerusform>已复习 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n 个待复习</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>all roadmaps</source>
        <translation>所有学习路线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this roadmap</source>
        <translation>此学习路线</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No statistics yet.</source>
        <translation>暂无统计数据。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{roadmap}: {done} of %n topic(s) done ({percent}%) · {time} studied on {scope}</source>
        <translation>
            <numerusform>{roadmap}：已完成 {done}/%n 个知识点（{percent}%）· 在{scope}上学习了 {time}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing studied yet. Start the timer (Ctrl+T) on a topic, or log a past session (Ctrl+Shift+L), and tick topics as you finish them: the charts fill as you go.</source>
        <translation>还没有学习记录。在某个知识点上启动计时器（Ctrl+T），或补记过去的学习时段（Ctrl+Shift+L），并在完成知识点时勾选它们：图表会随着你的学习逐渐充实。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Streak (all roadmaps): %n day(s) meeting the {goal} goal · longest {longest}</source>
        <translation>
            <numerusform>连续天数（所有学习路线）：已连续 %n 天达成 {goal} 的目标 · 最长 {longest} 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily goal: {goal}</source>
        <translation>每日目标：{goal}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Minutes per day, {scope}</source>
        <translation>每天学习分钟数（{scope}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes per week, {scope}</source>
        <translation>每周学习分钟数（{scope}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time per step</source>
        <translation>各阶段学习时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics done over time</source>
        <translation>知识点完成趋势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews done, the last 30 days</source>
        <translation>已完成的复习（最近 30 天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews coming up, the next 30 days</source>
        <translation>即将到来的复习（未来 30 天）</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No reviews done in these 30 days</source>
        <translation>这 30 天内没有完成复习</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No reviews due in the next 30 days</source>
        <translation>接下来 30 天内没有待复习的内容</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This roadmap</source>
        <translation>此学习路线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roadmaps</source>
        <translation>所有学习路线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose study time the totals and the time charts count</source>
        <translation>总计和时间图表统计哪些学习路线的学习时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study time of:</source>
        <translation>学习时间统计范围：</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <location filename="../ui/shell/status_bar.py" line="+23"/>
        <source>{roadmap}: {done} of %n topic(s) done ({percent}%) · {time} studied</source>
        <translation>
            <numerusform>{roadmap}：已完成 {done}/%n 个知识点（{percent}%）· 已学习 {time}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today: {studied} of {goal}</source>
        <translation>今天：{studied} / {goal}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · streak {current} (best {longest})</source>
        <translation> · 连续 {current} 天（最长 {longest} 天）</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n 个待复习</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finished topics due for review today: see the Review tab (Alt+5)</source>
        <translation>今天需要复习的已完成知识点：请查看“复习”标签页（Alt+5）</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../ui/controllers/sync.py" line="+72"/>
        <source>Sync &amp;now</source>
        <extracomment>How often the window syncs while it runs (when sync is set up). How long closing the window waits for its last sync; a sync cut off loses nothing.</extracomment>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share my &amp;progress with the cohort</source>
        <translation>与学习小组共享我的进度(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share my study &amp;time with the cohort</source>
        <translation>与学习小组共享我的学习时间(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share my &amp;notes on this roadmap</source>
        <translation>共享我在此学习路线上的笔记(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cohort…</source>
        <translation>学习小组(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync &amp;settings…</source>
        <translation>同步设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sharing not changed</source>
        <translation>共享设置未更改</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Synced, with a problem: {problem}</source>
        <translation>已同步，但有一个问题：{problem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/controllers/sync_state.py" line="+22"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../ui/controllers/sync_state.py" line="+3"/>
        <source>Sync: offline</source>
        <translation>同步：离线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync: not done</source>
        <translation>同步：未完成</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sync: %n change(s) waiting</source>
        <translation>
            <numerusform>同步：%n 项更改待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Synced · %n note(s) to compare</source>
        <translation>
            <numerusform>已同步 · %n 条笔记待比较</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synced {time}</source>
        <translation>已于 {time} 同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
</context>
<context>
    <name>SyncSetup</name>
    <message>
        <location filename="../ui/dialogs/sync_dialog.py" line="+79"/>
        <source>Sync with your other devices</source>
        <translation>与你的其他设备同步</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Devices and notes</source>
        <translation>设备与笔记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other devices</source>
        <translation>其他设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes edited on two devices</source>
        <translation>在两台设备上编辑过的笔记</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other devices:</source>
        <translation>其他设备：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes edited on two devices
(open one to compare):</source>
        <translation>在两台设备上编辑过的笔记
（打开一条进行比较）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a cohort&apos;s mentor:</source>
        <translation>与学习小组导师共享：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop syncing on this device…</source>
        <translation>在此设备上停止同步…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Set up sync</source>
        <translation>设置同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder you already sync (Syncthing, Nextcloud, Dropbox, a USB stick)</source>
        <translation>一个你已在同步的文件夹（Syncthing、Nextcloud、Dropbox、U 盘）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PostgreSQL hub</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>postgresql://you@host/database?sslmode=require</source>
        <translation>postgresql://用户名@主机/数据库?sslmode=require</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ST1-… (only if a mentor invited you to a cohort)</source>
        <translation>ST1-…（仅当导师邀请你加入学习小组时填写）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation code</source>
        <translation>邀请码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device&apos;s name</source>
        <translation>此设备的名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up and sync</source>
        <translation>设置并同步</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invitation code:</source>
        <translation>邀请码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device&apos;s name:</source>
        <translation>此设备的名称：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your data stays in this computer&apos;s database; sync sends your changes to your other devices and takes theirs, through a place you choose. Nothing is sent anywhere else.</source>
        <translation>你的数据保存在这台电脑的数据库中；同步会通过你选择的位置，把你的更改发送到其他设备，并接收它们的更改。数据不会发送到其他任何地方。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device is “{name}”, syncing through {place}.
{state}</source>
        <translation>此设备名为“{name}”，通过 {place} 同步。
{state}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>last seen {moment}</source>
        <translation>上次在线：{moment}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder to sync through</source>
        <translation>用于同步的文件夹</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a folder, or give the hub&apos;s address.</source>
        <translation>请选择一个文件夹，或填写服务器地址。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Setting up sync and taking what is there…</source>
        <translation>正在设置同步并接收已有数据…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop syncing on this device? Everything stays here; it is no longer sent or taken.</source>
        <translation>要在此设备上停止同步吗？所有数据都会保留在这里，只是不再发送或接收。</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../ui/shell/theme.py" line="+20"/>
        <source>System</source>
        <extracomment>The choices, with their labels (translated where shown, in the &quot;Theme&quot; context).</extracomment>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+116"/>
        <source>Vertical scroll bar</source>
        <extracomment>Scroll bars&apos; names for screen readers (`scroll_bar_names`).
----------
Flat scroll bars in the palette&apos;s colours. Fusion&apos;s own are drawn with gradients on every repaint, a millisecond or two each: a third of the time a step switch takes.</extracomment>
        <translation>垂直滚动条</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+116"/>
        <source>Horizontal scroll bar</source>
        <translation>水平滚动条</translation>
    </message>
</context>
<context>
    <name>Timer</name>
    <message>
        <location filename="../ui/shell/timer_bar.py" line="+42"/>
        <source>Work</source>
        <extracomment>A timer stopped before this much study is dropped rather than saved as a &quot;0 min&quot; session.</extracomment>
        <translation>专注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short break</source>
        <translation>短休息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long break</source>
        <translation>长休息</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+121"/>
        <source>No session running</source>
        <extracomment>the whole minutes studied in the running session so far (0: none runs) Asked when the timer went unobserved for long; True counts the time. Tests replace it.</extracomment>
        <translation>未在计时</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Time studied in this session</source>
        <translation>本学习时段已学习的时间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start timing the selected step or topic (Ctrl+T)</source>
        <translation>为所选阶段或知识点开始计时（Ctrl+T）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+104"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pomodoro</source>
        <translation>番茄钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work and break periods with a notification at each switch</source>
        <translation>专注与休息交替进行，每次切换时发送通知</translation>
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
        <translation>学习计时器</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Kept {time} on {step}</source>
        <translation>已为“{step}”保留 {time}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} (paused)</source>
        <translation>{what}（已暂停）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time left in this {phase}</source>
        <translation>本轮{phase}剩余时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{phase} · pomodoro {period} of {every} · {done} done · {studied} studied</source>
        <translation>{phase} · 第 {period}/{every} 个番茄 · 已完成 {done} 个 · 已学习 {studied}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Stopped after less than a minute: no session saved</source>
        <translation>不到一分钟就停止了：未保存学习时段</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved {time} on {step}</source>
        <translation>已为“{step}”保存 {time}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Were you studying?</source>
        <translation>你刚才在学习吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timer was not seen running for {time} (the computer may have slept). Count that time as study?</source>
        <translation>有 {time} 未检测到计时器在运行（电脑可能进入了睡眠）。要将这段时间计为学习时间吗？</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back to work</source>
        <translation>继续专注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work period {number} begins.</source>
        <translation>第 {number} 轮专注开始。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time for a break</source>
        <translation>该休息了</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>A %n-minute {phase}.</source>
        <translation>
            <numerusform>{phase} %n 分钟。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <location filename="../ui/models/topic_tree.py" line="+24"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>to do</source>
        <extracomment>The learner asked for a new status (a check box was clicked); the window saves it.</extracomment>
        <translation>待学习</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>to revisit</source>
        <translation>待重温</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do</source>
        <translation>待学习</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Topic</source>
        <translation>知识点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时长</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../ui/step_pane/resources_panel.py" line="+47"/>
        <source>Not saved for offline reading</source>
        <translation>未离线保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved on {day} from {url}</source>
        <translation>{day}保存自 {url}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved · {size}</source>
        <translation>已保存 · {size}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video card · {size}</source>
        <translation>视频卡片 · {size}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video needs internet to play.</source>
        <translation>视频需要联网才能播放。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs sign-in</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The page needs a sign-in: open it in the browser to study it.</source>
        <translation>该页面需要登录：请在浏览器中打开学习。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not be saved: {reason}</source>
        <translation>无法保存：{reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title} needs a sign-in: open it in the browser to study it.</source>
        <translation>“{title}”需要登录：请在浏览器中打开学习。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} could not be saved: {reason}.</source>
        <translation>无法保存“{title}”：{reason}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} is not saved for offline reading: Offline → Save this resource.</source>
        <translation>“{title}”尚未离线保存：离线 → 离线保存此资源。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not checked yet (Offline → Check the roadmap&apos;s links)</source>
        <translation>尚未检查（离线 → 检查学习路线中的链接）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked on {day}</source>
        <translation>检查日期：{day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved</source>
        <translation>已迁移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead</source>
        <translation>失效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>被拦截</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New address: {url}</source>
        <translation>新地址：{url}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Internet Archive may have a copy (right-click).</source>
        <translation>Internet Archive 可能存有副本（右键单击）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site refused a program; it may still open in a browser.</source>
        <translation>该网站拒绝了程序访问；在浏览器中可能仍能打开。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{column}: none</source>
        <translation>{column}：无</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+90"/>
        <source>Open in browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Save again for offline</source>
        <translation>重新离线保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save for offline</source>
        <translation>离线保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the offline copy</source>
        <translation>移除离线副本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the new address</source>
        <translation>使用新地址</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the Internet Archive&apos;s copy</source>
        <translation>打开 Internet Archive 中的副本</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove this step&apos;s offline copies</source>
        <translation>移除此阶段的离线副本</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Resources and attached files</source>
        <translation>资源和附件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Attach file…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove file</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save readable copies of the resources, to study without internet; check the links</source>
        <translation>保存资源的可阅读副本，以便离线学习；检查链接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save this resource for offline</source>
        <translation>离线保存此资源</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save every resource of this step</source>
        <translation>离线保存此阶段的所有资源</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the roadmap&apos;s links</source>
        <translation>检查学习路线中的链接</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+75"/>
        <source>Choose a saved resource or an attached file to read it here.</source>
        <translation>选择一个已保存的资源或附件，即可在此阅读。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Files attached to topics</source>
        <translation>知识点的附件</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every resource can be read offline</source>
        <translation>所有资源均可离线阅读</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kept} of {total} offline</source>
        <translation>已离线保存 {kept}/{total}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (a copy kept in the data folder)</source>
        <translation>{name}（副本保存在数据文件夹中）</translation>
    </message>
    <message>
        <location filename="../ui/step_pane/viewer.py" line="+41"/>
        <source>Readable files ({patterns});;All files (*)</source>
        <translation>可阅读的文件 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step {number}: {title}</source>
        <translation>第 {number} 阶段：{title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>为什么要学</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What to learn</source>
        <translation>学习内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tips</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Step overview</source>
        <extracomment>The statistics were asked for this roadmap&apos;s study time or every roadmap&apos;s. The note editors were made (`notes`): whoever saves and fills them wires up now.</extracomment>
        <translation>阶段概览</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resources</source>
        <translation>资源(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;tatistics</source>
        <translation>统计(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics of the whole roadmap</source>
        <translation>整条学习路线的统计</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;view</source>
        <translation>复习(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished topics due for review</source>
        <translation>需要复习的已完成知识点</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Attach a file</source>
        <translation>附加文件</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../ui/dialogs/welcome.py" line="+58"/>
        <source>Welcome to StudyTracker</source>
        <translation>欢迎使用 StudyTracker</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are set up to follow the {roadmap}. Tick topics as you learn them, time your study with the timer, and keep notes beside each topic. Everything stays on this computer.</source>
        <translation>一切就绪，你可以开始学习“{roadmap}”了。学会知识点后就勾选它，用计时器记录学习时间，并在每个知识点旁记笔记。所有数据都保存在这台电脑上。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>shown on your progress report</source>
        <translation>将显示在你的进度报告上</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min a day</source>
        <translation> min/天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish by</source>
        <translation>目标完成日期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your &amp;name</source>
        <translation>你的姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily &amp;goal</source>
        <translation>每日目标(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start learning</source>
        <translation>开始学习(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import another roadmap…</source>
        <translation>导入其他学习路线(&amp;I)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All of this can be changed later in Edit → Preferences.</source>
        <translation>以上设置之后都可以在“编辑 → 首选项”中更改。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Preferences not saved</source>
        <translation>首选项未保存</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../ui/shell/main_window.py" line="+128"/>
        <location filename="../ui/shell/roadmap_switcher.py" line="+26"/>
        <source>Roadmap</source>
        <translation>学习路线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Roadmap: </source>
        <translation> 学习路线：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Study timer</source>
        <translation>学习计时器</translation>
    </message>
    <message>
        <location filename="../ui/shell/study_actions.py" line="+104"/>
        <source>Daily goal</source>
        <translation>每日目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes of study a day:</source>
        <translation>每天学习分钟数：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goal not saved</source>
        <translation>目标未保存</translation>
    </message>
</context>
</TS>
