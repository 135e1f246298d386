<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Ask</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/questions.py" line="+29"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+211"/>
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-210"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&lt;p&gt;Your marks on %n topic(s) carry over.</source>
        <translation>
            <numerusform>&lt;p&gt;Your marks on %n topic carry over.</numerusform>
            <numerusform>&lt;p&gt;Your marks on %n topics carry over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;%n marked topic(s) are not in this reading&lt;/b&gt;: they would be archived with their marks.</source>
        <translation>
            <numerusform>&lt;b&gt;%n marked topic is not in this reading&lt;/b&gt;: it would be archived with its marks.</numerusform>
            <numerusform>&lt;b&gt;%n marked topics are not in this reading&lt;/b&gt;: they would be archived with their marks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+200"/>
        <source>%n study session(s)</source>
        <translation>
            <numerusform>%n study session</numerusform>
            <numerusform>%n study sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <location filename="../report/charts.py" line="+368"/>
        <source>{day}: {done} of %n topic(s) done</source>
        <translation>
            <numerusform>{day}: {done} of %n topic done</numerusform>
            <numerusform>{day}: {done} of %n topics done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortReport</name>
    <message numerus="yes">
        <location filename="../report/cohort_pdf.py" line="+85"/>
        <source>%n learner(s), {joined} of them joined.</source>
        <translation>
            <numerusform>%n learner, {joined} of them joined.</numerusform>
            <numerusform>%n learners, {joined} of them joined.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>{step}: %n learner(s)</source>
        <translation>
            <numerusform>{step}: %n learner</numerusform>
            <numerusform>{step}: %n learners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortView</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/cohort_view.py" line="+155"/>
        <source>{roadmap} · %n learner(s) · average progress {percent}%, study time {week} this week and {month} this month. Each learner&apos;s figures are as of their last sync; a dash is something they do not share (a streak, only learners who show streaks).</source>
        <translation>
            <numerusform>{roadmap} · %n learner · average progress {percent}%, study time {week} this week and {month} this month. Each learner&apos;s figures are as of their last sync; a dash is something they do not share (a streak, only learners who show streaks).</numerusform>
            <numerusform>{roadmap} · %n learners · average progress {percent}%, study time {week} this week and {month} this month. Each learner&apos;s figures are as of their last sync; a dash is something they do not share (a streak, only learners who show streaks).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{step}: %n learner(s)</source>
        <translation>
            <numerusform>{step}: %n learner</numerusform>
            <numerusform>{step}: %n learners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <location filename="../ui/step_pane/note_history.py" line="+138"/>
        <source>{count} character(s)</source>
        <translation>
            <numerusform>{count} character</numerusform>
            <numerusform>{count} characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n version(s) of this note. Choose one to see how it differs from the note now; restoring it keeps every version.</source>
        <translation>
            <numerusform>%n version of this note. Choose one to see how it differs from the note now; restoring it keeps every version.</numerusform>
            <numerusform>%n versions of this note. Choose one to see how it differs from the note now; restoring it keeps every version.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message numerus="yes">
        <location filename="../ui/controllers/offline.py" line="+72"/>
        <source>%n of {total} resource(s) can be read offline.</source>
        <translation>
            <numerusform>%n of {total} resource can be read offline.</numerusform>
            <numerusform>%n of {total} resources can be read offline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n need(s) a sign-in and cannot be saved.</source>
        <translation>
            <numerusform>%n needs a sign-in and cannot be saved.</numerusform>
            <numerusform>%n need a sign-in and cannot be saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Checked %n link(s):</source>
        <translation>
            <numerusform>Checked %n link:</numerusform>
            <numerusform>Checked %n links:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dead</source>
        <translation>
            <numerusform>%n dead</numerusform>
            <numerusform>%n dead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blocked</numerusform>
            <numerusform>%n blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unknown</numerusform>
            <numerusform>%n unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Remove %n offline copy(ies) ({size})? The links stay; save them again any time.</source>
        <translation>
            <numerusform>Remove %n offline copy ({size})? The link stays; save it again any time.</numerusform>
            <numerusform>Remove %n offline copies ({size})? The links stay; save them again any time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pace</name>
    <message numerus="yes">
        <location filename="../report/stats.py" line="+94"/>
        <source>Too little recent progress to forecast: %n topic(s) done in the last {days} days (at least {needed} needed).</source>
        <translation>
            <numerusform>Too little recent progress to forecast: %n topic done in the last {days} days (at least {needed} needed).</numerusform>
            <numerusform>Too little recent progress to forecast: %n topics done in the last {days} days (at least {needed} needed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>At {pace} topics a week (the last {days} days), the remaining %n topic(s) would be done by {finish}.</source>
        <translation>
            <numerusform>At {pace} topics a week (the last {days} days), the remaining %n topic would be done by {finish}.</numerusform>
            <numerusform>At {pace} topics a week (the last {days} days), the remaining %n topics would be done by {finish}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>The target date ({target}) has passed with %n topic(s) left.</source>
        <translation>
            <numerusform>The target date ({target}) has passed with %n topic left.</numerusform>
            <numerusform>The target date ({target}) has passed with %n topics left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/import_preview.py" line="+410"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Mark the %n item(s) ticked [x] in the file as done</source>
        <translation>
            <numerusform>Mark the item ticked [x] in the file as done</numerusform>
            <numerusform>Mark the %n items ticked [x] in the file as done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+114"/>
        <source>%n relative link(s) with no file beside this one, left out: {links}</source>
        <translation>
            <numerusform>%n relative link with no file beside this one, left out: {links}</numerusform>
            <numerusform>%n relative links with no file beside this one, left out: {links}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../ui/controllers/watchers.py" line="+93"/>
        <source> %n finished topic(s) due for review.</source>
        <translation>
            <numerusform> %n finished topic due for review.</numerusform>
            <numerusform> %n finished topics due for review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <location filename="../report/pdf.py" line="+153"/>
        <source>{done} of %n topic(s) done ({percent}%)</source>
        <translation>
            <numerusform>{done} of %n topic done ({percent}%)</numerusform>
            <numerusform>{done} of %n topics done ({percent}%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n skipped</numerusform>
            <numerusform>, %n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; in the required steps {done} of %n topic(s) ({percent}%).</source>
        <translation>
            <numerusform>; in the required steps {done} of %n topic ({percent}%).</numerusform>
            <numerusform>; in the required steps {done} of %n topics ({percent}%).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Studied {time} in %n session(s) in this period; {total} in all.</source>
        <translation>
            <numerusform>Studied {time} in %n session in this period; {total} in all.</numerusform>
            <numerusform>Studied {time} in %n sessions in this period; {total} in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Daily goal {goal} (study on any roadmap counts): current streak %n day(s), longest {longest}.</source>
        <translation>
            <numerusform>Daily goal {goal} (study on any roadmap counts): current streak %n day, longest {longest}.</numerusform>
            <numerusform>Daily goal {goal} (study on any roadmap counts): current streak %n days, longest {longest}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Minutes per week, the %n week(s) up to the end of the period</source>
        <translation>
            <numerusform>Minutes per week, the %n week up to the end of the period</numerusform>
            <numerusform>Minutes per week, the %n weeks up to the end of the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n review(s) of finished topics in this period, {on_time} of them on time.</source>
        <translation>
            <numerusform>%n review of finished topics in this period, {on_time} of them on time.</numerusform>
            <numerusform>%n reviews of finished topics in this period, {on_time} of them on time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n session(s) in this period, shown one line per day; a shorter period (--from, --to) lists each session.</source>
        <translation>
            <numerusform>%n session in this period, shown one line per day; a shorter period (--from, --to) lists each session.</numerusform>
            <numerusform>%n sessions in this period, shown one line per day; a shorter period (--from, --to) lists each session.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/report_dialog.py" line="+92"/>
        <source>Report saved: {path} (%n page(s))</source>
        <translation>
            <numerusform>Report saved: {path} (%n page)</numerusform>
            <numerusform>Report saved: {path} (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message numerus="yes">
        <location filename="../ui/step_pane/review_panel.py" line="+159"/>
        <source>%n finished topic(s) to review today, the most at risk first.</source>
        <translation>
            <numerusform>%n finished topic to review today, the most at risk first.</numerusform>
            <numerusform>%n finished topics to review today, the most at risk first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/search.py" line="+125"/>
        <source>%n found · Enter or double-click goes to one</source>
        <translation>
            <numerusform>%n found · Enter or double-click goes to one</numerusform>
            <numerusform>%n found · Enter or double-click goes to one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/session_log.py" line="+391"/>
        <source>%n session(s), {time} from {first} to {last}</source>
        <translation>
            <numerusform>%n session, {time} from {first} to {last}</numerusform>
            <numerusform>%n sessions, {time} from {first} to {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source> · streak %n day(s), longest {longest}</source>
        <translation>
            <numerusform> · streak %n day, longest {longest}</numerusform>
            <numerusform> · streak %n days, longest {longest}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <location filename="../ui/models/step_list.py" line="+36"/>
        <source>{title} — {done} of %n topic(s) done, {time} studied</source>
        <translation>
            <numerusform>{title} — {done} of %n topic done, {time} studied</numerusform>
            <numerusform>{title} — {done} of %n topics done, {time} studied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsPane</name>
    <message numerus="yes">
        <location filename="../ui/step_pane/statistics_view.py" line="+39"/>
        <source>Retention now: an estimated {percent}% of your finished topics are still remembered · %n review(s) due today</source>
        <translation>
            <numerusform>Retention now: an estimated {percent}% of your finished topics are still remembered · %n review due today</numerusform>
            <numerusform>Retention now: an estimated {percent}% of your finished topics are still remembered · %n reviews due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n review(s) done</source>
        <translation>
            <numerusform>%n review done</numerusform>
            <numerusform>%n reviews done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n review due</numerusform>
            <numerusform>%n reviews due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>{roadmap}: {done} of %n topic(s) done ({percent}%) · {time} studied on {scope}</source>
        <translation>
            <numerusform>{roadmap}: {done} of %n topic done ({percent}%) · {time} studied on {scope}</numerusform>
            <numerusform>{roadmap}: {done} of %n topics done ({percent}%) · {time} studied on {scope}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Streak (all roadmaps): %n day(s) meeting the {goal} goal · longest {longest}</source>
        <translation>
            <numerusform>Streak (all roadmaps): %n day meeting the {goal} goal · longest {longest}</numerusform>
            <numerusform>Streak (all roadmaps): %n days meeting the {goal} goal · longest {longest}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <location filename="../ui/shell/status_bar.py" line="+23"/>
        <source>{roadmap}: {done} of %n topic(s) done ({percent}%) · {time} studied</source>
        <translation>
            <numerusform>{roadmap}: {done} of %n topic done ({percent}%) · {time} studied</numerusform>
            <numerusform>{roadmap}: {done} of %n topics done ({percent}%) · {time} studied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n review due</numerusform>
            <numerusform>%n reviews due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <location filename="../ui/controllers/sync_state.py" line="+28"/>
        <source>Sync: %n change(s) waiting</source>
        <translation>
            <numerusform>Sync: %n change waiting</numerusform>
            <numerusform>Sync: %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Synced · %n note(s) to compare</source>
        <translation>
            <numerusform>Synced · %n note to compare</numerusform>
            <numerusform>Synced · %n notes to compare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timer</name>
    <message numerus="yes">
        <location filename="../ui/shell/timer_bar.py" line="+337"/>
        <source>A %n-minute {phase}.</source>
        <translation>
            <numerusform>A %n-minute {phase}.</numerusform>
            <numerusform>A %n-minute {phase}.</numerusform>
        </translation>
    </message>
</context>
</TS>
