<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message numerus="yes">
        <source>PlanImport</source>
        <comment>Check the file: this plan was made for {new}, but the plan already here was made for {old}.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PlanImport</source>
        <comment>This plan was made for {label}.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanImport</source>
        <comment>Checklist: add {items}.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanImport</source>
        <comment>Checklist: update {items} (their check-offs stay).</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanImport</source>
        <comment>Checklist: 1 item from the plan stays as it is.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanImport</source>
        <comment>Checklist: %n items from the plan stay as they are.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>PlanImport</source>
        <comment>Kept, though this plan no longer has them (archive them in the app): {items}.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PlanImport</source>
        <comment>Follow-up: add {names}.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanImport</source>
        <comment>Follow-up: replace {names}.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanImport</source>
        <comment>%n checkups will be planned for the next two years.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanImport</source>
        <comment>Care team: {new} (now: {old}).</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanImport</source>
        <comment>Care team&apos;s phone: {new} (now: {old}).</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanImport</source>
        <comment>Phone out of hours: {new} (now: {old}).</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanImport</source>
        <comment>none</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanImport</source>
        <comment>Follow-up counts from: {event}, {day} (now: {before}).</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanImport</source>
        <comment>In the next two years, 1 checkup will be planned.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanImport</source>
        <comment>Questions: add {questions}.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanImport</source>
        <comment>Contacts: {people}.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanImport</source>
        <comment>Call the care team about: {signs}.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanImport</source>
        <comment>Help from the program: {names}.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanImport</source>
        <comment>Nothing will change: everything in it is already here.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 check-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n check-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n checkups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutPage</name>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this app is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} is a planner and journal for the time between checkups: the habits that help you now, how you feel, and what to ask at your next checkup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not medical advice. It does not diagnose anything, and it does not take the place of your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for emergencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody reads what you write in this app, and it cannot call for help. If you feel unsafe or need help right now, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data stays with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you enter is kept on this computer, in this folder:
{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app never goes on the internet: no account, no cloud, no updates checked, nothing sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions the journal asks every two weeks are the PHQ-2 and the GAD-2. They were made by Kurt Kroenke, Robert L. Spitzer, Janet B. W. Williams and colleagues, and they are free to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Qt for Python (PySide6), APScheduler, platformdirs, jsonschema and jeepney. Thank you to the people who make them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddRow</name>
    <message>
        <source>&amp;Write a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: When will I get my scan results?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnchorPage</name>
    <message>
        <source>What do your checkups count from?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your checkups are planned from one day, such as the end of treatment. You can add it later in Checkups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: End of treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know the &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date field: 3 Sep 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates are a guide. Your care team decides your real schedule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AskedRow</name>
    <message>
        <source>No answer written down yet.</source>
        <extracomment>The answer&apos;s note opens this tall (in lines of text); it scrolls inside when longer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked: {question}. Answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked: {question}. No answer written down yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}. {question}</source>
        <comment>when it was asked, then the question</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the answer to: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the answer to: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked after all, put it back on the list: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did your care team say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AskedSection</name>
    <message>
        <source>Asked at your checkups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you mark a question as asked, it is kept here under its checkup. You can write down the answer, so you have it later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup was made, but the second folder {folder} is not there, so no copy was put in it. Is the USB stick plugged in?</source>
        <extracomment>The reason in the name of a backup made with &quot;Back up now&quot; or ``main.py backup``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was made, but a copy could not be written to {folder}. Check that the disk has room and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged or is not a backup, so it cannot be used. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Between Checkups. Nothing was changed. Install the newer version to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is locked with a passphrase that is not the one in use now, so it cannot be read. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Between Checkups backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made in {path}. Check that the disk has room and that you may write there. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app opens again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore could not be done ({reason}). Nothing was changed.</source>
        <extracomment>How often the app looks whether the day&apos;s automatic backup is due (ms). The start&apos;s backup waits this long, so it does not slow the window&apos;s first seconds. A restore was asked for: the app closes, restores, and starts again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was restored from the file you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was restored from the file you chose. What you had just before is kept in your backups, so you can go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app makes a backup each day you use it, when something changed. It keeps one for each of the last 7 days and one for each of 4 weeks before. Backups stay in your data folder, on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the chosen backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for a second copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the second copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet. The first one is made today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second copy of each backup goes to: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can keep a second copy of each backup somewhere else, such as a USB stick, in case this computer breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backups.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A backup was made just now. It is at the top of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a plan import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an app update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and exports (*.db *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Your appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan has it due around {day}. When you have an appointment, enter its date here. Then the app stops asking you to book it and reminds you the day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date pattern: Thu 3 Dec 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>time pattern: 09:30</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: City Hospital, clinic B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the date in your plan. What about the checkups after this one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the dates in my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the dates in my plan for the next checkups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the next ones from this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the next checkups from this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take {checkup}, due around {day}, off your list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the {checkup} due around {day} off your list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app stops reminding you to book it. The rest of your schedule stays as it is. You can add a checkup yourself at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it off my list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it on my list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Oncologist visit</source>
        <extracomment>How long a timed checkup&apos;s event lasts (the checkup records only when it begins). Timed events: the alarm at the same clock time the day before. All-day events begin at midnight: 15 hours earlier is 9:00 the day before.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} at {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checkup is planned but not booked yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Add to my calendar</source>
        <extracomment>Write the file: (path, details) -&gt; how many events; raises OSError.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This saves your checkups as a calendar file (.ics). Open it with your calendar app, such as Google Calendar, Outlook, Apple Calendar or Thunderbird. Booked checkups come with a reminder the day before. Planned ones show as not confirmed. Save it again after a change: the same events are updated, not added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what each checkup is and where, like &quot;Scan at City Hospital&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what each checkup is and where in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this off if other people can see your calendar: each event is then just called &quot;Checkup&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save calendar file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file was not saved: {reason}. Try another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareCheckin</name>
    <message>
        <source>. </source>
        <comment>between the parts of a check-in</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareContact</name>
    <message>
        <source>You could call {team} about how you feel: {phone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You could call your care team about how you feel: {phone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You could talk to {team} about how you feel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You could talk to your care team or your doctor about how you feel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside office hours, you can call {phone}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareNote</name>
    <message>
        <source>Your worry has been high on most days lately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers to the questions about the last two weeks suggest these weeks have been hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a diagnosis. It is a reminder that support is there for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is common between checkups, and you do not have to carry it alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> </source>
        <comment>between sentences</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareSection</name>
    <message>
        <source>From your check-ins for your care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins you marked “For my care team” since your last checkup. You can read them out or show them at your visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet. When you check in, you can choose “For my care team”, and the check-in will wait here for your next visit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareTeamSection</name>
    <message>
        <source>Your care team</source>
        <extracomment>The longest name or phone kept (the settings cut to the same length). The settings these fields show (Settings refreshes them when one changes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to call about your health: your clinic or nurse. The app shows these wherever it suggests calling them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of your care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Breast clinic, nurse Sam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My care team&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 555 0100 (ext. 12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone out of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For evenings, nights and weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Out of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is not for emergencies, and nobody reads what you write in it. In an emergency, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartKey</name>
    <message>
        <source>Mood, 7-day average</source>
        <extracomment>How strongly the single days and the waiting spans are drawn (the averages are solid). In pairs (mood and worry, then checkups and waiting), so that any column count keeps each pair together.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worry, 7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worry each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInCard</name>
    <message>
        <source>How are you today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question for my next checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue your unsaved check-in in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were changing a check-in and have not saved it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have a check-in you have not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You checked in today at {time}: mood {mood}, worry {worry} of 10. Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDetails</name>
    <message>
        <source>Energy (optional, 0 = none, 10 = plenty)</source>
        <extracomment>At most this many of the person&apos;s own tags are offered beside the presets. The note holds what a check-in can keep (``domain.journal.MAX_NOTE_LENGTH``, about four pages): a saved note is never cut when it is opened to be changed, and a megabyte pasted by mistake is cut at once, before it is laid out. A tag&apos;s button shows at most about this many characters (the whole tag is its name).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy {choice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep last night (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours: not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <comment>after the number of hours slept</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I {choice}</source>
        <comment>how one slept, for screen readers: I Slept well</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you want to remember about today…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For my care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A note can hold up to %Ln characters, so the rest of what you pasted was left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mark this check-in for my care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To show them or tell them about at your next checkup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag {tag}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>How are you today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood {choice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worry about cancer coming back (0 = none, 10 = most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worry {choice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note or more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add energy, sleep, a note or tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save check-in (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mood and a worry number first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mood and a worry number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Thank you for checking in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your check-in from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note could not be kept as a draft: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved check-in was kept; here it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistWords</name>
    <message>
        <source>Care and checkups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest and sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too tired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not feeling well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the week must be Monday to Sunday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a week must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every N days needs a number of days between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every N days needs a first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-time task needs a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n times a week</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 time a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {target} this week</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {target} this week ({partly} partly done)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please choose at most %n reminder times.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in a row</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once, by {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a time of day. Write it like 9:00 or 19:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a time of day: the hours go from 0 to 23.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a time of day: the minutes go from 00 to 59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckupCard</name>
    <message>
        <source>Edit</source>
        <extracomment>A planned checkup&apos;s &quot;in N weeks&quot; becomes &quot;in about N months&quot; from this many days. The card&apos;s text is never narrower than about this many characters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {checkup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {checkup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a checkup</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} (tomorrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{when} (in %n days)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No date for the results yet. You can add it when you know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results expected {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckupEditor</name>
    <message>
        <source>Change checkup</source>
        <extracomment>Where the results date starts when the person first ticks &quot;Results expected on&quot;. A sensible span for the date pickers (no years like 1752 or 9999).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date pattern: Thu 3 Dec 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>time pattern: 09:30</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: City Hospital, clinic B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results expected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date results are expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results can&apos;t come before the checkup. Please pick a results date on or after {day}, or clear the &quot;Results expected on&quot; box.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckupSoonCard</name>
    <message>
        <source>A short summary of the weeks since your last checkup can help you and your care team. Write down what you want to ask, too.</source>
        <extracomment>The card shows when a booked checkup is this close.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for my checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your checkup is today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your checkup is tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your checkup is coming up in the next two weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckupWords</name>
    <message>
        <source>oncologist visit</source>
        <comment>inside a sentence: the oncologist visit</comment>
        <extracomment>Between the parts of a date or a time inside a sentence: &quot;7 Dec&quot; stays on one line.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blood test</source>
        <comment>inside a sentence: the blood test</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan</source>
        <comment>inside a sentence: the scan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkup</source>
        <comment>inside a sentence: the checkup</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next date is more than two years away. The app adds it to your list when it comes closer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next dates: {dates}, and %n more (the app plans two years ahead)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next dates: {dates}, and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Next date: {dates} (the app plans two years ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next date: {dates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next dates: {dates} (the app plans two years ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next dates: {dates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oncologist visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to book: {name} (due {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} on {day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckupsPage</name>
    <message>
        <source>No checkup planned. Add your next one so the app can show how long until it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your {checkup}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It comes off your list. Your check-ins are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkups</source>
        <extracomment>Planned checkups further ahead than this are summed up in one line, not listed. Where the calendar file chooser starts: home, then the last folder used (this run).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my follow-up schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for my checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past checkups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No past checkups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next checkup: {checkup}, due around {day}. Not booked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my follow-up schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned checkups come from your follow-up schedule. When you book one, choose &quot;Book it&quot; and enter the date: the app then reminds you the day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your checkups here, past ones too: visits with your oncologist, blood tests and scans. Your check-ins are grouped by the time between them. With a follow-up schedule, the app plans the dates and reminds you to book them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more planned checkup after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more planned checkups after that.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar file saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {file}. Open it with your calendar app to add your checkups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>there is no screen to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop, or use a command such as &apos;export&apos;.</source>
        <extracomment>What the window needs that does not use Qt (see ``_load_before_qt``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Between Checkups data in {folder} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table works with --format csv; the JSON export holds every table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to 366.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date and time; write it like 2026-11-24T08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be a date between the years 1900 and 9000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase is needed here. Run this in a terminal to type it, or put it in PLANNER_PASSPHRASE.</source>
        <extracomment>Scripts pass the passphrase here (as borg and restic do); terminals are asked. A wrong passphrase: a plain line and this exit status.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was typed; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no standard output to write to; use --out FILE instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to standard output ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TZ={tz} is not a time zone name, so the times below are in {zone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a regular file, so the export was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} &apos;{text}&apos; is not a date; write it like 2026-09-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} must be a date between the years 1900 and 9000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is the data file itself; choose another name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a backup ({size}) in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy is in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups in {folder} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked, cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged, cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between Checkups is open on this profile; close it, then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is restored; the data as it was is in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: a backup from {when} ({size}) with {checkins} and {checkoffs}. Restoring it replaces the data you have now; a backup of that is kept first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no terminal to ask on; add --yes to restore the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore? [y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 check-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n check-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a plan import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the summary of {start} to {end} ({pages} pages) in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is before --from; the summary needs the first day first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary covers at most {days} days; choose a shorter time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {count} checkups to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in {folder} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {file} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &quot;{name}&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{checked}: no problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{checked}: {files} with {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plans written</source>
        <extracomment>Every column the spreadsheet may have; &quot;label&quot; and &quot;anchor_date&quot; are required.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plans checked; nothing written (--dry-run)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This is not UTF-8 text (byte {byte}); save the spreadsheet as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan takes at most {count} questions: question_1 to question_{count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a column a plan has; did you mean &apos;{close}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a column a plan has; the columns are: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &apos;{name}&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a readable CSV line ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has {count} cells; the header names {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no row below the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label needs a letter a-z or a digit, to name its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This label makes the same file name as row {row} ({file}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a day on the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no follow-up schedules, so anchor_date has nowhere to go; start from a template with a &quot;followup&quot; section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {file} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: the spreadsheet has 1 problem (above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: the spreadsheet has {count} problems (above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is too large for a spreadsheet of patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. Choose another --out folder, or move the old plans away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the folder {folder} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no terminal to ask on; add --yes to apply the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply? [y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a usable plan: {problem} (see plan validate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between Checkups is open on this profile; close it, then apply the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <extracomment>The problems listed on the terminal; a file with more says how many more.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is applied; the data as it was is in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist has no items, and a plan needs at least one; add one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from Between Checkups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} (see --help).</source>
        <extracomment>argparse&apos;s own words for the mistakes it finds itself (it words them with gettext too).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command}: {problem} (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;{name}&apos;. Try: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown {group} action &apos;{name}&apos;. Try: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is an invalid choice for {option}. Try: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} needs a whole number, not &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} cannot be &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} needs a value, such as {option} {metavar}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{option}&apos; could be {matches}; write the whole name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>please add {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{words}&apos; is not an option here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do with plans: &apos;plan validate FILE...&apos;, &apos;plan templates&apos;, &apos;plan new --template NAME&apos;, &apos;plan make&apos;, &apos;plan apply FILE&apos; or &apos;plan export&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan validate needs the plan files to check: FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template named &apos;{name}&apos;; the templates are: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the template {file} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} already exists; choose another name, or add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the &apos;{name}&apos; template to {file}. Check it after editing: plan validate {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is restored; the data as it was is in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: an export from {when} (version {app}) with {items}, {checkoffs}, {checkins}, {checkups} and {questions}. Restoring it replaces the data you have now; a backup of that is kept first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no terminal to ask on; add --yes to restore the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: passphrase set, passphrase change or passphrase remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between Checkups is open on this profile; close it, then change the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data already has a passphrase. To change it, use: passphrase change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data has no passphrase. To set one, use: passphrase set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your passphrase safe. If you lose it, nobody can open your journal again, not even us. Make a backup first if you like: main.py backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is now locked with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data has no passphrase now. Anyone who can use this computer could read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backup was changed to match, so it opens the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {count} backups were changed to match, so they open the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 older backup in {folder} is not locked. Delete it, or keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} older backups in {folder} are not locked. Delete them, or keep them somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Your care team</source>
        <extracomment>As long as the settings keep (see services.settings).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to call about your health. You can leave this empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of your care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Breast clinic, nurse Sam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My care team&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone out of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Out of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is not for emergencies, and nobody reads what you write in it. In an emergency, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>All set</source>
        <extracomment>The rows of the summary: the object name of each value (tests look them up).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is what will be set up when you choose Finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change all of this later in the Checklist, Checkups and Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item will be added to your checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items will be added to your checklist.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You skipped this. You can add it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of hours: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You skipped this. You can add the date later in Checkups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from: {event}, {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has no follow-up schedule, so no checkups are planned yet. You can add one later in Checkups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checkups fall in the next two years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the next two years, 1 checkup will be planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n checkups will be planned for the next two years.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Off. You can turn it on later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every evening at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off. You can set them later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {start} to {end}, no reminder pop-ups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRestore</name>
    <message>
        <source>this should be a group of named values in braces { }.</source>
        <extracomment>Characters a one-line field never holds; a text of several lines may hold line breaks and tabs. &quot;Cs&quot; is half of a character pair without its other half (a JSON &quot;&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not something the app keeps here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must have a value; it is empty (null).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be text in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is too long: {length} characters, and the most is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; holds a control character or a broken character, which the app never keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must not be blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos;: {value} is not a day on the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a date written like 2026-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a time of day written like 08:30 ({value} is not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a date and time with its time zone, written like 2026-03-01T08:30:00+00:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a time zone name like Europe/Berlin ({value} is not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a list in brackets [ ] of at most {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a group of named values in braces {{ }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{table}&apos; must be a list in brackets [ ].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id {id} is used by another row too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is {id}, but there is no {what} with that id in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same tag is in &apos;tags&apos; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, rebase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its calendar &apos;uid&apos; is used by another checkup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;results_on&apos; comes before the checkup&apos;s own &apos;date&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a planned checkup has no time yet, so &apos;at&apos; must be empty (null).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;asked&apos; and &apos;asked_at_utc&apos; do not agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;answers&apos; must be two whole numbers, each from 0 to 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;total&apos; is not the sum of the two answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more problems like these.</source>
        <extracomment>A ten-year profile exports to about 30 MB; anything past this is not an export. Problems kept to show; a file with more says how many more there are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and 1 more problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be restored, so nothing was changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is too big to be an export (the most is {most} MB). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a Between Checkups export. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a whole export: it breaks off or has a mistake at line {line}, column {column}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was made by a newer version of Between Checkups (export version {version}). Nothing was changed. Install the newer version to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds rows that do not fit together, so it cannot be restored. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, schedule</source>
        <extracomment>The item editor&apos;s limits (planner.ui.checklist.item_editor), and the skip&apos;s own words. Each table&apos;s columns, in the order the rows above hold them (and the tables filled).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;days&apos; must list week days such as &quot;mon&quot;, each once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;phases&apos; must hold at least one phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, phase {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the last phase may go on with no end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up schedule {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkup {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-off {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminder {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screen {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care-team note {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already an answer for this item on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reminder of an item names its item, and only then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a checkup&apos;s reminder names its checkup, and only then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same reminder is in the file twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;settings&apos; must be a group of named values in braces { }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting &apos;{key}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Set up Between Checkups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app}: first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>My follow-up schedule</source>
        <extracomment>Schedules the dialog holds at most (visits, blood tests, scans, and a few more). The dialog leaves this much of the screen&apos;s height free (task bars, its title bar). Problems of one step: their first value is the step&apos;s number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care team tells you how often to see your oncologist and to have blood tests and scans. Enter that plan here: the app works out the dates and reminds you to book each one. Checkups you have booked, and past ones, stay as they are. Only your care team can say what is right for you: ask them if you are not sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the dates count from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: end of treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date it counts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date pattern: Thu 3 Dec 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule. Add one for each kind of checkup your care team plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a schedule for another kind of checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my follow-up schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{schedule}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupWords</name>
    <message>
        <source>Add at least one step, like every 3 months for 2 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A schedule can have up to %n steps.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Step {n}: the time between checkups can be 1 to {most} months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} can last from 1 month up to {years} years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} says &quot;from then on&quot;, so it needs to be the last step. Give it a length, or remove the steps after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the schedule a name, like &quot;Oncologist visit&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A name can be up to %n characters long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The note can be up to %n characters long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The booking reminder can come up to %n days before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some dates in this schedule are counted from a visit before the date it all counts from. Choose an earlier date to count from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPane</name>
    <message>
        <source>Journal</source>
        <extracomment>Room kept around a field scrolled into view.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question for my next checkup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Room for six clock times with commas between (&quot;08:30, 12:00, …&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <extracomment>How many reminders the History page lists, newest first. How many skips with the person&apos;s own reason it lists, newest first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in the last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habit strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reasons for skipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped days and partly done days don&apos;t break a streak. Habit strength grows as you keep at it, and one missed day only dents it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no items yet. Add one on the Items page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders have come for this item yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {time} reminder came while the app was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {time} reminder was shown later, at {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminded at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly done at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Your check-ins will show here. Add one on the Journal page.</source>
        <extracomment>At most this many patterns are listed, the largest differences first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no check-ins in this time. Choose a longer time to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns show up after about two weeks of check-ins on days with and without an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are patterns in what you recorded, not causes. Many things shape how a day feels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood and worry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worry around checkups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your average worry in the two weeks before a checkup, while you wait for results, and in the two weeks after you get them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span}: 1 check-in · mood {mood}&#xa0;of&#xa0;5 · worry {worry}&#xa0;of&#xa0;10</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{span}: %Ln check-ins · mood {mood}&#xa0;of&#xa0;5 · worry {worry}&#xa0;of&#xa0;10</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Every day</source>
        <extracomment>The choices of &quot;How often&quot;, in the editor&apos;s context (translated when shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On certain days of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of times a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every few days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once, by a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Walk after lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line to remind you why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a goal amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>like minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: 9:00, 19:30 (empty: no reminder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line breaks and hidden characters were taken out: this field holds one line of up to {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was long, so only the first {limit} characters were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every how many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the item a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say what the goal counts, for example minutes or glasses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me at: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <source>{title}, {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminder {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>reminders {times}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Skipped (too tired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (not feeling well)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (no time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (other reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly: {amount} of {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open: planned for {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this matters: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my list of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder at {time} came while the app was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The reminders at {times} came while the app was closed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>next on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reminders {times}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo answer for {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount for {title}, in {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {title} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <source>Your checklist</source>
        <extracomment>How long &quot;Archived … Undo&quot; stays (long enough to read it and reach the button).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: put the item back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived items are off your checklist. Their history is kept. Restore one to put it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archived items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change, reorder or archive what you check off. Archiving keeps the item&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalDelegate</name>
    <message>
        <source>{day}, {time}</source>
        <extracomment>Sizes are remembered per row and width (Qt asks for each row&apos;s size again and again while laying the list out); the memory starts afresh past this many.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood: {mood}   ·   Worry {worry} of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalFilters</name>
    <message>
        <source>Show check-ins with this tag</source>
        <extracomment>A filter&apos;s drop-down is at least this many characters wide (a long tag is cut there). The date boxes show &quot;any&quot; at this date (Qt&apos;s way of an empty date).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show check-ins with this mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worry at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>worry from 2 to 8</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worry at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>from this date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show check-ins from this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>from this date to that date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show check-ins up to this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern: 3 Dec 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <comment>any date</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>{title}. {summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Your check-ins</source>
        <extracomment>The search words: plenty for any search, and a pasted page is cut at once. The list keeps at least about this many lines of text in view.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes and tags (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show filters by tag, mood, worry and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins match. Try other words or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your check-ins will show here, grouped by the time between your checkups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in from {day} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not bring it back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalSection</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to check in every evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening check-in reminder on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening check-in reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not come on days you have already checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about mood and worry every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalWords</name>
    <message>
        <source>Awful</source>
        <comment>mood</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad</source>
        <comment>mood</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okay</source>
        <comment>mood</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <comment>mood</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Great</source>
        <comment>mood</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awful</source>
        <comment>mood, inside a sentence: mood awful, worry 5 of 10</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad</source>
        <comment>mood, inside a sentence: mood bad, worry 5 of 10</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okay</source>
        <comment>mood, inside a sentence: mood okay, worry 5 of 10</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <comment>mood, inside a sentence: mood good, worry 5 of 10</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>great</source>
        <comment>mood, inside a sentence: mood great, worry 5 of 10</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slept poorly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slept okay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slept well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poorly</source>
        <comment>how one slept: Slept 7 hours, poorly</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okay</source>
        <comment>how one slept: Slept 7 hours, okay</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>well</source>
        <comment>how one slept: Slept 7 hours, well</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slept 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slept {hours} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slept 1 hour, {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slept {hours} hours, {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy {energy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For my care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time}. Mood {mood}, worry {worry} of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{details}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between tags</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {tags}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> </source>
        <comment>between sentences</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-ins</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <comment>between short facts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkup soon</source>
        <comment>a tag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for results</source>
        <comment>a tag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tired</source>
        <comment>a tag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain</source>
        <comment>a tag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good day</source>
        <comment>a tag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worry is a number from 0 to {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy is a number from 0 to {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of sleep are between 0 and {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A note can hold up to %Ln characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A check-in can have up to %Ln tags.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A tag can be up to %Ln characters long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The results date cannot be before the checkup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A checkup&apos;s name can be up to %Ln characters long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The place can be up to %Ln characters long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Oncologist visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oncologist visit on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blood test on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkup on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next planned: {checkup}, not booked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next checkup is today: {checkup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next checkup is tomorrow: {checkup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next checkup in %n days: {checkup}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Next checkup is today: {checkup} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next checkup is tomorrow: {checkup} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next checkup in %n days: {checkup} at {time}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All your check-ins so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since your first check-in on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On days you did “{item}”, your average mood was {with_item} of 5; on other days it was {without_item} of 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before your {checkup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since your {checkup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your {first} to your {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period} — 1 check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{period} — %Ln check-ins</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Average mood {mood} of 5 · average worry {worry} of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since last checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <comment>all the check-ins</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: not due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <source>Chart of mood and worry</source>
        <extracomment>Spans up to this long label their dates by day; longer ones by month. Roughly one date label per this many pixels of plot width. The chart spans at least a week, so a single check-in still has room around it. Room past each end of the mood and worry scales, as a share of the scale.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worry each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood, 7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worry, 7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood (1 to 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worry (0 to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date axis pattern: Dec 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date axis pattern: 3 Dec</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins from {first} to {last}, so there is nothing to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood and worry from {first} to {last}, 1 check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mood and worry from {first} to {last}, %Ln check-ins.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Average mood {mood} of 5, worry {worry} of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest 7-day average: mood {mood} of 5, worry {worry} of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, 7-day average: mood {mood} of 5, worry {worry} of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 checkup marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n checkups marked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> </source>
        <comment>between sentences</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Today</source>
        <extracomment>Build only this many of Today&apos;s cards now (before the first paint); None: all. What one room asks of another (the window sets it): open a page, add a question. The running app&apos;s backups (the app sets it after the first paint). The passphrase (set, change, remove), made on first use once the app has started.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living in remission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NudgeBanner</name>
    <message>
        <source>A note about support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputWords</name>
    <message>
        <source>Could not save the summary. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: the disk is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: this folder does not let you save files. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: this disk is read-only. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: the folder is not there any more. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: the file name is too long. Choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: that name belongs to a folder. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not print. Check that the printer is on and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your summary could not be made. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Your passphrase</source>
        <extracomment>The note a cut-short passphrase change leaves (``storage.cipher.PENDING_SUFFIX``; a test keeps the two the same). Named here so a plain start need not load the cipher. How often the idle lock looks at the time since the last key press or click (ms).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase needs letters or numbers, not only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {count} characters. A few words in a row work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app stopped while changing your passphrase. Use your new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app stopped while changing your passphrase, so it was not changed. Use your old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app stopped while setting your passphrase, so it was not set. Your journal has no passphrase yet. You can set it again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app stopped while removing your passphrase, so your journal still has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is locked. Type your passphrase to open it. Your reminders start after you unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no passphrase to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring the app can use, so the passphrase is not remembered. Nothing was saved. You will type it each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 backup could not be changed to match. It still opens with what opened it before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} backups could not be changed to match. They still open with what opened them before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Set a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your passphrase, nobody can open your journal again, not even us. Write it down and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who can use this computer could read your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember it on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 older backup is not locked by the passphrase. Anyone could read it. Delete it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} older backups are not locked by the passphrase. Anyone could read them. Delete them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PauseNote</name>
    <message>
        <source>Turn them back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn reminders back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are paused. They come back on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseRow</name>
    <message>
        <source>for</source>
        <comment>every 3 months, for 2 years</comment>
        <extracomment>How a step&apos;s length is given: in years, in months, or &quot;from then on&quot; (no end). A new schedule starts as guidelines often write it (the person changes it to theirs).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from then on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n}: every how many months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n}: for how long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n}: years, months, or from then on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(until year {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(until month {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseTile</name>
    <message>
        <source>No check-ins in this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}: no check-ins in this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}: no check-ins yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{worry} of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from 1 check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}: average worry {worry} of 10, from 1 check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>from %Ln check-ins</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{phase}: average worry {worry} of 10, from %Ln check-ins</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>Import a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the plan will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also archive the items this plan no longer has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “{name}” will change this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan was made for {new}, but the plan already here was made for {old}. Check that this is the right file before you apply it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also archive the item this plan no longer has</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Also archive the %n items this plan no longer has</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Making a copy of your data first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy of your data could be made, so nothing was changed. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was imported. This was changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup of your data from before was made first. Settings → Backups lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was imported. Nothing needed to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanImportSection</name>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan from your care team adds checklist items, checkups, contacts and questions. A newer version of the same plan updates what it added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Do you have a plan from your program?</source>
        <extracomment>A broken file&apos;s problems shown on the page; the rest are counted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care team may have given you a plan file. If not, pick one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard plan (good for most people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An example plan for my cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan file from my care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a plan file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the plan you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan files (*.plan.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is 1 more problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There are %n more problems.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ask your care team for a new file, or choose another plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an example plan from the list above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &quot;Open a plan file...&quot; to pick the file your care team gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n checklist items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It has {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 follow-up schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up schedules</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It has {items} and {schedules}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It comes from: {program}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan file cannot be used:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPlaces</name>
    <message>
        <source>Item {number} (&quot;{title}&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}, {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up schedule {number} (&quot;{title}&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up schedule {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {number} (&quot;{title}&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource {number} (&quot;{title}&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}, phase {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanProblems</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (it has a number that is not allowed, such as NaN, Infinity or one that is far too large).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a plan this app can read (its data is nested too deeply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Between Checkups plan (its &quot;format&quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan does not say which version it is (its &quot;version&quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no items. A plan needs at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file {path} could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file is too large to be a plan (%Ln bytes).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A plan file can be at most %Ln bytes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not a plan: it is not UTF-8 text (byte {byte}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {line}, column {column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Between Checkups plan (it holds {kind}, not a plan in { } braces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Between Checkups plan (its &quot;format&quot; is {value}, not &quot;{expected}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s &quot;version&quot; must be a whole number like {supported} (it is {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan was made for a newer version of Between Checkups (plan version {version}). Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items {first} and {second} both have the id {id}. Each item needs its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: it needs {names}, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: &quot;for_months&quot; is missing. Only the last phase can go on without an end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: a plan of version {version} is needed for {names}. Change &quot;version&quot; to {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: {names} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{place}: {names} are missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{place}: {names} is not a field a plan can have. Check the spelling, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{place}: these fields are not ones a plan can have: {names}. Check the spelling, or remove them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{place}: a one-time task needs either &quot;due&quot; (a date like &quot;2026-03-15&quot;) or &quot;in_days&quot; (a number of days), and only one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: this follow-up schedule cannot be used. Check its phases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: this schedule cannot be used. Check its &quot;type&quot; and the fields that go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} is not written as an item (each item needs { } braces with fields such as &quot;id&quot; and &quot;title&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} must be {expected}, not {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} is not written the way a plan needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: {field} must be {expected}, not {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: {field} must be {expected} (it is {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{place}: {field} is too long (%n characters).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It can have at most 1 character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It can have at most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{place}: {field} has %n entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It can have at most 1 entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It can have at most %n entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{place}: {field} must have at least 1 entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{place}: {field} must have at least %n entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{place}: {field} is empty. Please write something in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: {field} is blank. Please write something in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: {field} has a broken character (a lone \u escape). Remove it or write the character again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: {field} lists the same day more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: {field} lists the same entry more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: {field} is {value}, which is not a real date on the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: {field} is not written the way a plan needs it (it is {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: {field} is not written the way a plan needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comma is missing between two parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colon (:) is missing after a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name needs double quotes, or there is one comma too many before a }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is missing, or there is one comma too many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text is not closed with a double quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text holds a line break or a tab: write \n or \t instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is more after the plan&apos;s last }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backslash (\) starts something JSON does not know. For one backslash, write two (\\).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {entry} of &quot;{field}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <comment>found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <comment>found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <comment>found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <comment>found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <comment>found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <comment>found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group of fields</source>
        <comment>found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short code of lowercase letters (a-z), digits and dashes, at most 64 characters, like &quot;walk-daily&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date written as YYYY-MM-DD, like &quot;2026-03-15&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time of day written as HH:MM (24-hour), like &quot;08:30&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>text of 1 to %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>text of at most 1 character</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>text of at most %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <comment>expected</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list in [ ] brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group of fields in { } braces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from {min} to {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number more than {above} and at most {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of at least {min}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of at most {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <comment>expected</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from {min} to {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number more than {above} and at most {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of at least {min}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of at most {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <comment>expected</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} or {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannedCard</name>
    <message>
        <source>Book it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I booked my {checkup}: enter its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the planned {checkup} off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a checkup</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was due around {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due around {day} (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due around {day} (tomorrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due around {day} (in %n days)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due around {day} (in %n weeks)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due around {day} (in about %n months)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not booked yet. If you already went, choose &quot;Book it&quot; and enter the day you went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned from your follow-up schedule. Not booked yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewWords</name>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>At most this many names are listed under a count; the rest are &quot;and N more&quot;.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone out of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the plan is for: {new} (now: {old})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan was made for {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item will be added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items will be added:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“{old}” becomes “{new}” ({what})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” ({what})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item will be updated; its check-offs stay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items will be updated; their check-offs stay:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 item from the plan stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items from the plan stay as they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your own item is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your own %n items are not touched.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 follow-up schedule will be added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up schedules will be added:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 follow-up schedule will be replaced by the plan&apos;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up schedules will be replaced by the plan&apos;s:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checkups will be planned for the next two years.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: {new} (now: {old})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkups will be counted from: {event}, {day} (now: {before})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the next two years, 1 checkup will be planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 question will be added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n questions will be added:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The program&apos;s contact list will be:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care team asks you to call if you notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help from your program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will change: everything in this plan is already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of your data is made first, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items added: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items updated: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items archived: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up schedules added or replaced: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkups planned: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions added: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is now the one for {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care team&apos;s contact was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signs to call your care team about were updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s help list was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkups are counted from: {event}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the passphrase on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembering it means you are not asked when you open the app. It still keeps the journal safe if the computer or its disk is stolen, and from other accounts on it. It does not keep it safe from someone who uses your account while you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal when you are away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when not used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a computer you share: the journal locks itself, and the passphrase opens it again. Reminders wait until you unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your journal is locked with a passphrase. It is needed to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal has no passphrase. Anyone who can use this computer could read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The disk is full, so this was not saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be saved because the planner&apos;s file could not be written. Nothing was changed. Please try again; if it keeps happening, restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planner cannot open or write its data folder:
{folder}
Check that the folder exists, that you may write to it and that the disk is connected, then start the planner again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planner&apos;s data file is damaged, so it was put aside and kept as
{file}
The damaged file was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planner&apos;s data in
{folder}
was saved by a newer version of Between Checkups. Nothing was changed. Please install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planner&apos;s data in
{folder}
could not be read. Open the app to check it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planner&apos;s data in
{folder}
is damaged. Open the app to deal with it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planner&apos;s data in
{folder}
was saved by an older version. Open the app once to bring it up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planner needs to update its data file but could not first make a safety copy in
{folder}
Nothing was changed. Free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is locked with a passphrase. Type it to open the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be changed, so nothing was changed. Your journal is as it was. Check that there is free space on the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the planner could not update its data file. Nothing was changed. Free some space and start the planner again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planner could not update its data file to this version. Nothing was changed. Please report this problem; your data is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, something went wrong. What you saved is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <extracomment>A problem box is on screen: the same problem coming again meanwhile is not shown twice.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramSection</name>
    <message>
        <source>From your program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People at your program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your care team if you notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs to call your care team about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is not for emergencies. If it cannot wait, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help from your program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer plan from your program updates this part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan: “{name}”, made for {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan: “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan was made for {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of hours {phone}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Question {number} of {count}: {text}</source>
        <extracomment>Every button of a row is at least this tall: an easy target for tired hands. The field for changing a question opens this many lines tall (it grows to twice that).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}.</source>
        <comment>a question&apos;s place in the list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the question as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as asked: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I asked this at my checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question needs a few words. To take it off the list, use Delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionWords</name>
    <message>
        <source>{day} at {time}</source>
        <comment>a checkup&apos;s day and clock time</comment>
        <extracomment>Accessible names quote a question up to about this many characters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} (tomorrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{day} (in %n days)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>For your next checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your {name} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your oncologist visit on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your blood test on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your scan on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your checkup on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line}. It is not booked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on other days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {day}</source>
        <comment>a checkup&apos;s name and date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 question</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mood: {mood} · Worry: {worry} of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A question can be up to %Ln characters, so anything longer was left out. A short question is easier to ask.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {limit} characters used</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An answer can be up to %Ln characters, so the rest was left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The app does not send your questions or notes to anyone. Bring this list to your visit, on paper or on this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is not for emergencies, and nobody reads what you write in it. If you need help now, call your care team (their phone number is in Settings) or your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Questions for your care team</source>
        <extracomment>Since the last &quot;Asked&quot;: a double click marks one question, not the next as well. The row whose words are being saved: not opened again with them once saved.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on your list yet. When a question comes to mind, write it here: a few words are enough. At your visit, your list will be ready, so you do not have to remember it all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your list as number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as asked. You will find it below, under “{checkup}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on your list for your next checkup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickQuestion</name>
    <message>
        <source>Add a question</source>
        <extracomment>The window is about this many characters of a question wide. After a question is added, the window says so for this long, then closes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What would you like to ask your care team?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Is this tiredness normal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be on your list for your next checkup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added. It is on your list for your next checkup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>How many questions this window added (it may add several: &quot;Add another&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without adding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message>
        <source>{time} today</source>
        <extracomment>Room for a clock time and a little more (&quot;19:30&quot;, &quot; 7:05 &quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evening ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <extracomment>Answered rows stay in place at least this long (a double-click takes about 0.5 s). The panel takes at most this share of its window&apos;s height.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the reminders (answer them later on Today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer them later on Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. Nothing else is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the app was closed or the computer was asleep, this reminder came due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>While the app was closed or the computer was asleep, %n reminders came due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminders</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a time I choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderPresenter</name>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze all 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays in the tray so your reminders can come. To quit, choose Quit in the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <source>Open {title}</source>
        <extracomment>The answer buttons&apos; least height (large targets for tired hands).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this item on Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in on the Journal page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {title} in Checkups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it on the Checkups page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was due at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {title} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book it: enter the date of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>Reminders from while you were away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder from earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminders</source>
        <extracomment>The heading of one notification for several reminders due at once.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>The last line of a notification that lists only the first reminders&apos; titles.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A reminder from {app}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Evening check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemissionPage</name>
    <message>
        <source>Living in remission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What remission means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remission means your treatment has made the signs of cancer smaller or made them go away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete remission means the doctors find no sign of cancer. Your exam, blood tests and scans all look clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial remission means the cancer has shrunk by at least half, or it has stopped growing. With some blood cancers, it means there are fewer cancer cells in the blood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remission and cure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remission is good news, but it is not the same as a cure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remission can last for months, for years or for the rest of your life. Nobody can say for sure how long it will last, not even your oncologist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer can come back. Doctors call this a recurrence. A cancer that comes back can often be treated and go into remission again. Some people go through this more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some oncologists start to speak of a cure when five years or more have passed with no sign of cancer after treatment ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment that keeps going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some people keep taking a treatment to help the cancer stay in remission. This is called maintenance therapy. People who have it still see their oncologist often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why checkups matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular checkups (visits with your oncologist, blood tests and scans) help your care team find any change early, when it is easier to treat. Keep your checkups, even when you feel well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your oncologist what to expect and which signs to watch for. Tell your care team about any symptom that is new, that does not go away, or that worries you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed feelings are normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many people feel relief and fear at the same time. You may feel better but not “all better”. It is common to worry more in the days before a checkup and while you wait for results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have to carry this alone. Talking with people close to you, your care team or a survivorship program can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is not for emergencies. If you feel unsafe or need help right now, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring puts this backup in place of your data as it is now. Your data as it is now is backed up first, so you can go back to it. The app closes and opens again with the restored data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore and restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-offs: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkups: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>This app is not for emergencies, and it cannot call for help. If you feel unsafe or need help right now, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>Kind of checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, for example: Mammogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step to this schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks before to remind me to book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to book it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week before it is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks before it is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date it counts from to see the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates ahead are off your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the dates of this schedule are past.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Over the last 2 weeks, how often have you been bothered by the following problems?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than half the days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little interest or pleasure in doing things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling down, depressed, or hopeless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling nervous, anxious, or on edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not being able to stop or control worrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions about the last two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. Your answers are kept with your journal, on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers suggest the last two weeks have been hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These answers do not mean that something is wrong. They are a sign that talking with someone could help, and you do not have to carry this alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreensDialog</name>
    <message>
        <source>These four short questions take about a minute, and you can skip them. Your answers are kept only on this computer, with your journal. Nobody else reads them, not even your care team. You can switch these questions off in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions are the PHQ-2 and the GAD-2, two short checklists that many clinics use. They were made by Kroenke, Spitzer, Williams and colleagues, and they are free to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now, close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question}: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} answered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your answers were not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreensPrompt</name>
    <message>
        <source>Answer now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&apos;s time for the four short questions we ask every two weeks. They take about a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the questions about the last two weeks now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now, ask me later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder pop-ups at these times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders that fall due in these hours wait quietly and are shown when they end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders come back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders until that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn reminders back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a hospital stay or a holiday. Reminders that fall due while paused are not shown later; your checklist is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep reminders private on a shared screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep reminders private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications and the tray then say only “A reminder from Between Checkups”, not what it is about. Inside the app you still see each reminder by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start when I log in (quietly, in the tray)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So reminders come even if you forget to open the app. You can turn this off here at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This option is not available on this system yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are paused. They come back on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start-at-login setting could not be changed ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>{page} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Skip for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip “{title}” today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping is not failing. If you like, say why (you don&apos;t have to):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other reason, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnoozeTimeDialog</name>
    <message>
        <source>Remind me again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When should “{title}” remind you again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to remind again, like 9:00 or 19:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until that time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;ll be reminded at {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>{app} could not start</source>
        <extracomment>The start-up work runs this long after start even if the window has not been painted by then (shown on another desktop, say): the reminders must not wait to be seen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

Data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry — something went wrong inside the app. What you saved is safe. The details were written to the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app}: your data file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

Start again with a fresh checklist? (Choose No to quit and get help first.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app cannot use its data folder ({reason}). Check that the folder exists and that you may write in it, or start the app with --data-dir to choose another folder.</source>
        <extracomment>Set (to anything) to start a new profile with the standard plan, without the wizard (the end-to-end tests, a coordinator&apos;s scripted set-up).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} seems to be open already, but it does not answer. If you cannot see its window, choose Quit in its tray menu or restart the computer, then start it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatCard</name>
    <message>
        <source>{caption}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryCounts</name>
    <message numerus="yes">
        <source>{period} (%n days). Made on {made}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins, made on {days} of the {total} days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a week</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sleep: {hours} hours a night on average (from %n check-ins).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Energy: {energy} of 10 on average (0 = none, 10 = plenty; from %n check-ins).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimesPage</name>
    <message>
        <source>Reminder times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change these any time in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to check in every &amp;evening at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening check-in reminder on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening check-in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiet hours: no reminder pop-ups from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders that fall due in quiet hours wait and are shown when they end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <extracomment>Cards the window builds before its first paint: the ones still in view once the check-in card has taken the top of the list (right after the paint) at the default window size. The others follow at once. The list is never narrower than this (with the sidebar, a 640 px window).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the list for today. Rest counts too.</source>
        <extracomment>Cards that stay while the list is rebuilt (the journal&apos;s check-in card). Entries left for ``build_rest``: the due ones not built yet, and the others.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide items not due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show all items (%n not due today)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show all items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not due today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Open {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are you? Check in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question for my checkup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <extracomment>Undo stays offered this long after a change. At most this many changes in a row can be undone.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember it on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitSummary</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>date: 3 Sep 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date in a table: 3 Sep</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>month in a table: Sep 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oncologist visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood: weekly average (1 = awful, 5 = great). Higher is better.</source>
        <extracomment>The chart&apos;s object type in the document (any number above ``UserObject``). Which of the chart&apos;s two panels an object is: 0 mood, 1 worry. Colours chosen for paper: they read in colour and in grey (the lines differ too). Each panel&apos;s plot height, in lines of the document&apos;s font. The panels&apos; titles, against the document&apos;s font. Room between date labels, in widths of &quot;M&quot;. Up to this many weeks the summary&apos;s table shows each week; beyond, each month.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worry about cancer coming back: weekly average (0 = none, 10 = most). Lower is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awful</source>
        <comment>mood</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad</source>
        <comment>mood</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okay</source>
        <comment>mood</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <comment>mood</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Great</source>
        <comment>mood</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blood test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan or imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkup summary</source>
        <extracomment>Qt&apos;s translate under a short name (lupdate finds ``translate(&quot;Context&quot;, &quot;text&quot;)``). The product&apos;s name: a proper name, the same in every language. A note longer than this is shortened on paper (the whole note stays in the app). The weekly numbers are shown this many weeks to a table. More dates of the questions every two weeks than this are shown in two sets of columns. Where the chart goes: a private-use character, taken out of everything the person typed. The base font size on paper.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by the person in the {app} app from their own check-ins. It shows what was recorded: not causes, and not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood and worry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins were made in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worry around the last checkup ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 14 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 14 days after the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results date was entered for that checkup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} of {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions every two weeks (PHQ-2 and GAD-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These questions were not answered in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-2 (low mood, little interest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-2 (nerves, worrying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each total is 0 to 6. A total of {at} or more (marked ●) suggests talking with the care team about how things have been; it is not a diagnosis. PHQ-2 and GAD-2 were made by Kroenke, Spitzer, Williams and colleagues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checkup: {day} ({what}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next checkup: {day} ({what}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average mood {mood} of 5 (higher is better). Average worry about cancer coming back {worry} of 10 (lower is better).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each week is counted in the month it starts in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average worry (0 = none, 10 = most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-2 asks about low mood and little interest; GAD-2 about nerves and worrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: how many times the item was planned in this period. A skip is not a failure; it can be the right choice on a hard day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the checklist went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slept poorly: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slept okay: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slept well: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well, in check-ins: {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep and energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins marked for the care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worry (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions were written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of hours: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No care team contact was entered in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} is not for emergencies, and nobody reads what is written in it. In an emergency, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} · Checkup summary, {period}</source>
        <extracomment>The page margins on every side; the footer sits inside the bottom one&apos;s paint area. The PDF&apos;s resolution: fine enough that text and lines are placed precisely. A heading needs room for this many times its own height below it on the same page (itself and the first lines of what it introduces), or it starts the next page. The footer&apos;s room under each page&apos;s text, in its lines. Kept clear at each page&apos;s top and end, so no page&apos;s text touches the next one&apos;s clip edge (in Qt&apos;s pixels of a 96 dpi screen: 0.4 mm). A table split over two pages keeps at least this many rows under its header on each. A table of this many rows or fewer moves whole to the next page rather than split. A table starting this near a page&apos;s top (a share of the page) already starts a page. Enough fixes at page ends for a year&apos;s summary; more means a fix that does not hold. Where letter paper is the custom (besides the US measurement system).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitSummaryDialog</name>
    <message>
        <source>checkup-summary-{day}.pdf</source>
        <comment>file name</comment>
        <extracomment>The folder a summary was last saved in while the app runs (not kept as a setting).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkup summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for my checkup</source>
        <extracomment>``summarize(reader, start, end)``: runs on a worker thread with the task&apos;s own reader. Typing a date changes it digit by digit: wait this long before making a new summary. The preview&apos;s margin around the page&apos;s text, in pixels. How far back the date fields reach.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date field: 3 Sep 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary of what you recorded since your last checkup, to take or send to your care team. You can choose other dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting your summary ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date. Choose an end date on or after the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A summary can cover up to %n days (about a year). Choose dates closer together.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Between Checkups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app helps you live well between checkups. It gives you a checklist with gentle reminders, a short journal for mood and worry, and helps you get ready for each checkup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is not for emergencies, and nobody reads what you write in it. In an emergency, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write stays on this computer. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up takes a few minutes. You can skip any step, or choose &quot;Set up later&quot; to start with the standard checklist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
