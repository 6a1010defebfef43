<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="+28"/>
        <source>Sveriges Kommuner och Regioner (2023): Kommunernas informationssäkerhetsarbete. Jämförelsetal: Figur 64–67.</source>
        <translation>Sveriges Kommuner och Regioner (SKR) (2023): Kommunernas informationssäkerhetsarbete (the municipalities&apos; information security work). Benchmark figures: Figures 64–67.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Om Lägesbild</source>
        <translation>About Lägesbild</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kommunens systematiska informationssäkerhetsarbete: självskattning, jämförelse mot SKR, handlingsplan och ledningens genomgång.</source>
        <translation>The municipality&apos;s systematic information security work: self-assessment, comparison with SKR, action plan and management review.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licens:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Öppen databas:</source>
        <translation>Open database:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datakatalog:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Säkerhetskopior:</source>
        <translation>Backups:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt/PySide:</source>
        <translation>Qt/PySide:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Källa för jämförelsetal:</source>
        <translation>Source of the benchmarks:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alla värden i Lägesbild är självskattningar som kommunen själv har gjort. De är inte granskade eller certifierade av SKR eller någon annan.</source>
        <translation>All figures in Lägesbild are self-assessments made by the municipality itself. They have not been reviewed or certified by SKR or anyone else.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Öppna datamappen</source>
        <translation>Open data folder</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../ui/pages/actions.py" line="+75"/>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förslag till beslut</source>
        <translation>Proposed decision</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+7"/>
        <source>Handlingsplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sammanfattning av handlingsplanen</source>
        <translation>Summary of the action plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ny aktivitet</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Från mall…</source>
        <translation>From template…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKR:s rekommendationer och cybersäkerhetslagens åtgärder</source>
        <translation>SKR&apos;s recommendations and the Cybersecurity Act&apos;s measures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förslag…</source>
        <translation>Suggestions…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Områden under målnivån eller under kommungruppens medelvärde utan öppen aktivitet</source>
        <translation>Areas below the target level or below the municipality group&apos;s mean without an open activity</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+260"/>
        <source>Redigera…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="-259"/>
        <location line="+393"/>
        <source>Ändra status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location line="-391"/>
        <source>Ändra status för alla markerade aktiviteter på en gång</source>
        <translation>Change the status of all selected activities at once</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ta bort…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exportera…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spara det som visas som Excel-arbetsbok eller CSV-fil</source>
        <translation>Save what is shown as an Excel workbook or CSV file</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filtrera på område</source>
        <translation>Filter by area</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filtrera på status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alla statusar</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filtrera på ansvarig</source>
        <translation>Filter by owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endast försenade</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sök i handlingsplanen</source>
        <translation>Search the action plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sök i titel, beskrivning, ansvarig och kommentarer</source>
        <translation>Search title, description, owner and comments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Område:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Antal visade aktiviteter</source>
        <translation>Number of activities shown</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vald aktivitet</source>
        <translation>Selected activity</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Alla områden</source>
        <translation>All areas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alla ansvariga</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Visar {shown} av {total} aktiviteter.</source>
        <translation>Showing {shown} of {total} activities.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{total} aktiviteter.</source>
        <comment>one</comment>
        <translation>{total} activity.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} aktiviteter.</source>
        <translation>{total} activities.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{total} aktiviteter · {open} öppna · {overdue} försenade (per {date})</source>
        <comment>one</comment>
        <translation>{total} activity · {open} open · {overdue} overdue (as of {date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{total} aktiviteter · {open} öppna · {overdue} försenade (per {date})</source>
        <translation>{total} activities · {open} open · {overdue} overdue (as of {date})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Visa…</source>
        <translation>View…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Markera en aktivitet för att se beskrivning och kommentarer.</source>
        <translation>Select an activity to see its description and comments.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; – {status}, {progress}&amp;nbsp;% klart</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; – {status}, {progress}&amp;nbsp;% complete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ursprung: {origin}. Områden: {areas}.</source>
        <translation>Origin: {origin}. Areas: {areas}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Skapad från {kind} i ledningens genomgång {date} ({forum}): {text}</source>
        <translation>Created from a {kind} in the management review of {date} ({forum}): {text}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Aktiviteten «{title}» sparades.</source>
        <translation>The activity “{title}” is saved.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+19"/>
        <source>Förslag</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Förslag på aktiviteter</source>
        <translation>Suggested activities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Det finns inga förslag just nu: inga områden ligger under målnivån eller kommungruppens medelvärde utan en öppen aktivitet, eller så saknas en bedömning.</source>
        <translation>There are no suggestions right now: no area is below the target level or the municipality group&apos;s mean without an open activity, or there is no assessment.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{count} aktiviteter skapades.</source>
        <comment>one</comment>
        <translation>{count} activity created.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} aktiviteter skapades.</source>
        <translation>{count} activities created.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} aktiviteter har nu status {status}.</source>
        <comment>one</comment>
        <translation>{count} activity now has the status {status}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} aktiviteter har nu status {status}.</source>
        <translation>{count} activities now have the status {status}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>… och {count} till</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta bort {count} aktiviteter?</source>
        <translation>Delete {count} activities?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta bort {count} aktivitet?</source>
        <translation>Delete {count} activity?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ta bort aktiviteter</source>
        <translation>Delete activities</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} aktiviteter togs bort.</source>
        <comment>one</comment>
        <translation>{count} activity deleted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} aktiviteter togs bort.</source>
        <translation>{count} activities deleted.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exporterar {count} aktiviteter…</source>
        <comment>one</comment>
        <translation>Exporting {count} activity…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handlingsplanen ({count} aktiviteter) sparades som {file}.</source>
        <comment>one</comment>
        <translation>The action plan ({count} activity) was saved as {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporterar {count} aktiviteter…</source>
        <translation>Exporting {count} activities…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handlingsplanen ({count} aktiviteter) sparades som {file}.</source>
        <translation>The action plan ({count} activities) was saved as {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="+60"/>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV för Excel, semikolonseparerad (*.csv)</source>
        <translation>CSV for Excel, semicolon-separated (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ej påbörjad</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pågår</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbruten</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brist i självskattning</source>
        <translation>Gap in self-assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beslut i ledningens genomgång</source>
        <translation>Management review decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKR:s rekommendation</source>
        <translation>SKR recommendation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cybersäkerhetslagen/NIS2-åtgärd</source>
        <translation>Cybersecurity Act/NIS2 measure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Egen</source>
        <translation>Own</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hög</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medel</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Låg</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generellt</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Ny aktivitet</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redigera aktivitet</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kopplat beslut</source>
        <translation>Linked decision</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Beskrivning:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inget område valt = Generellt.</source>
        <translation>No area chosen = General.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Områden:</source>
        <translation>Areas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ursprung</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ursprung:</source>
        <translation>&amp;Origin:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn och gärna roll, t.ex. Lars Berg, IT-chef</source>
        <translation>Name and preferably role, e.g. Lars Berg, Head of IT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ansvarig:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Framsteg i procent</source>
        <translation>Progress in per cent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prioritet:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klart:</source>
        <translation>Complete:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slutdatum</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum då aktiviteten blev klar</source>
        <translation>Date the activity was completed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Startdatum:</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;lutdatum:</source>
        <translation>D&amp;ue date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klar datum:</source>
        <translation>Completed on:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Kommentarslogg</source>
        <translation>Comment log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ny kommentar</source>
        <translation>New comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny kommentar, dateras i dag</source>
        <translation>New comment, dated today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kommentaren skriven av</source>
        <translation>Comment written by</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lägg till kommentar</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+267"/>
        <source>Exportera handlingsplanen</source>
        <translation>Export the action plan</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../ui/models/activity_model.py" line="+89"/>
        <source>Ej påbörjad</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pågår</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbruten</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hög</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medel</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Låg</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brist i självskattning</source>
        <translation>Gap in self-assessment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beslut i ledningens genomgång</source>
        <translation>Management review decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKR:s rekommendation</source>
        <translation>SKR recommendation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cybersäkerhetslagen/NIS2-åtgärd</source>
        <translation>Cybersecurity Act/NIS2 measure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Egen</source>
        <translation>Own</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generellt</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Försenad ({days} dag)</source>
        <translation>Overdue ({days} day)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Försenad ({days} dagar)</source>
        <translation>Overdue ({days} days)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Skulle vara klar {date}</source>
        <translation>Was due {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ursprung: {origin}</source>
        <translation>Origin: {origin}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senaste kommentar {date}: {text}</source>
        <translation>Latest comment {date}: {text}</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Områden</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klart</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slutdatum</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Försenad</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vad som ska göras</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppföljningsområden som aktiviteten ska stärka (Generellt = inget särskilt område)</source>
        <translation>Areas the activity is meant to strengthen (General = no particular area)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vem som ansvarar för att aktiviteten genomförs</source>
        <translation>Who is responsible for carrying out the activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej påbörjad, Pågår, Klar eller Avbruten</source>
        <translation>Not started, In progress, Done or Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hög, Medel eller Låg</source>
        <translation>High, Medium or Low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hur stor del som är klar, i procent</source>
        <translation>How much is done, in per cent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>När aktiviteten ska vara klar</source>
        <translation>When the activity is to be done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna aktiviteter vars slutdatum har passerat</source>
        <translation>Open activities whose due date has passed</translation>
    </message>
</context>
<context>
    <name>AddOrganisationDialog</name>
    <message>
        <location filename="../../ui/dialogs/organisation.py" line="+231"/>
        <source>Lägg till organisation</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En kommun</source>
        <translation>A municipality</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annan organisation (t.ex. kommunalförbund eller bolag)</source>
        <translation>Another organisation (e.g. a joint municipal authority or a municipal company)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AreaEditor</name>
    <message>
        <location filename="../../ui/pages/assessments.py" line="+63"/>
        <source>Inte angiven</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nivå 2 är den lägsta nivån där arbetet har en tillfredsställande struktur; nivå 3 är målnivån för ett systematiskt och riskbaserat arbete.</source>
        <translation>Level 2 is the lowest level at which the work has a satisfactory structure; level 3 is the target level for systematic, risk-based work.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Område {number}: {name}</source>
        <translation>Area {number}: {name}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Svar enligt SKR:s enkät, område {number}</source>
        <translation>Answer to the SKR survey, area {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inte besvarat</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ger SKR-jämförbar nivå {level}</source>
        <translation>Gives SKR-comparable level {level}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SKR-jämförbar nivå, område {number}</source>
        <translation>SKR-comparable level, area {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SKR räknar ”fullt” eller ”delvis etablerat” som mognadsnivå 2, alla andra svar som 1.</source>
        <translation>SKR counts “fully” or “partly established” as maturity level 2 and every other answer as 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SKR-svar:</source>
        <translation>SKR answer:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Självskattad mognadsnivå, område {number}</source>
        <translation>Self-assessed maturity level, area {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Målnivå, område {number}</source>
        <translation>Target level, area {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Självskattad nivå:</source>
        <translation>Self-assessed level:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Målnivå:</source>
        <translation>Target level:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beskrivning av vald nivå, område {number}</source>
        <translation>Description of the chosen level, area {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hur ser det ut i dag? Vad saknas?</source>
        <translation>What is the situation today? What is missing?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommentar, område {number}</source>
        <translation>Comment, area {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dokument, beslut eller länkar som styrker bedömningen</source>
        <translation>Documents, decisions or links that support the assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belägg, område {number}</source>
        <translation>Evidence, area {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kommentar:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belägg:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>SKR-jämförbar nivå: {level}</source>
        <translation>SKR-comparable level: {level}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Självskattad nivå</source>
        <translation>Self-assessed level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Målnivå</source>
        <translation>Target level</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{which}:&lt;/b&gt; inte angiven. {hint}</source>
        <translation>&lt;b&gt;{which}:&lt;/b&gt; not set. {hint}</translation>
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <location line="+141"/>
        <location line="+180"/>
        <source>Bedömning {year}</source>
        <translation>Assessment {year}</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Bedömningens status</source>
        <translation>Status of the assessment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spara bedömningen (Ctrl+S)</source>
        <translation>Save the assessment (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ångra ändringar</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fastställ…</source>
        <translation>Finalise…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fastställ bedömningen. Därefter är den skrivskyddad och kan användas i ledningens genomgång.</source>
        <translation>Finalise the assessment. It then becomes read-only and can be used in the management review.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Öppna för ändring…</source>
        <translation>Reopen for changes…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problem som hindrar att bedömningen sparas</source>
        <translation>Problems that prevent the assessment from being saved</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Datum för bedömningen</source>
        <translation>Date of the assessment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Namn och roll, t.ex. Anna Berg, informationssäkerhetssamordnare</source>
        <translation>Name and role, e.g. Anna Berg, information security coordinator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedömd av</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förutsättningar, avgränsningar eller vilka som deltog</source>
        <translation>Conditions, scope or who took part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anteckning om bedömningen</source>
        <translation>Note on the assessment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedömd av:</source>
        <translation>Assessed by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anteckning:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Fastställd {date} – skrivskyddad</source>
        <translation>Finalised {date} – read-only</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ny – inte sparad ännu</source>
        <translation>New – not saved yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utkast – databasen är skrivskyddad</source>
        <translation>Draft – the database is read-only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utkast – osparade ändringar</source>
        <translation>Draft – unsaved changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SKR-jämförbar nivå 2 i {level_two} av {areas} områden · {answered} av {areas} områden besvarade</source>
        <translation>SKR-comparable level 2 in {level_two} of {areas} areas · {answered} of {areas} areas answered</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bedömningen kunde inte sparas:</source>
        <translation>The assessment could not be saved:</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <location filename="../../ui/models/assessments.py" line="+23"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fastställd</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedömd av</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nivå 2</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedömningsår</source>
        <translation>Year of the assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utkast kan ändras; en fastställd bedömning är skrivskyddad</source>
        <translation>A draft can be changed; a finalised assessment is read-only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datum då bedömningen gjordes</source>
        <translation>Date the assessment was made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vem som gjorde bedömningen</source>
        <translation>Who made the assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal uppföljningsområden på SKR-jämförbar mognadsnivå 2</source>
        <translation>Number of areas at SKR-comparable maturity level 2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{count} av {total}</source>
        <translation>{count} of {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} av {total} områden på SKR-jämförbar nivå 2</source>
        <translation>{count} of {total} areas at SKR-comparable level 2</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <location filename="../../ui/pages/assessments.py" line="+15"/>
        <location line="+12"/>
        <source>Bedömningar</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ett år per rad, senaste först.</source>
        <translation>One year per row, latest first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bedömningar per år</source>
        <translation>Assessments by year</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+6"/>
        <location line="+268"/>
        <source>Ny bedömning</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>År för ny bedömning</source>
        <translation>Year of the new assessment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>År:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skapa ett utkast för året. Det utgår från förra årets svar.</source>
        <translation>Create a draft for the year. It starts from last year&apos;s answers.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ta bort utkast…</source>
        <translation>Delete draft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta bort den valda bedömningen. Bara utkast kan tas bort.</source>
        <translation>Delete the selected assessment. Only drafts can be deleted.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ingen bedömning ännu</source>
        <translation>No assessment yet</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Bedömningen sparades inte – se problemen ovanför formuläret.</source>
        <translation>The assessment was not saved – see the problems above the form.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bedömningen kunde inte sparas.</source>
        <translation>The assessment could not be saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bedömningen för {year} är sparad.</source>
        <translation>The assessment for {year} is saved.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>organisationen</source>
        <translation>the organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Det finns ingen bedömning för {name} ännu. Välj år under ”Ny bedömning” och klicka på knappen för att börja. Du svarar på SKR:s fråga för vart och ett av de nio uppföljningsområdena och gör en egen bedömning av mognadsnivån.</source>
        <translation>There is no assessment for {name} yet. Choose a year under “New assessment” and click the button to start. You answer SKR&apos;s question for each of the nine areas and make your own assessment of the maturity level.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>bedömningen</source>
        <translation>the assessment</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Det finns redan en bedömning för {year}.</source>
        <translation>There is already an assessment for {year}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Utgår från svaren i bedömningen för {year}.</source>
        <translation>Starts from the answers in the assessment for {year}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Börjar med ett tomt formulär.</source>
        <translation>Starts with an empty form.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nytt utkast för {year}. Spara när du är klar – det finns inte i databasen förrän dess.</source>
        <translation>New draft for {year}. Save when you are done – it is not in the database until then.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fastställ bedömning</source>
        <translation>Finalise assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vill du fastställa bedömningen för {year}?</source>
        <translation>Do you want to finalise the assessment for {year}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fastställ</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En fastställd bedömning är skrivskyddad. Den kan öppnas för ändring igen, men då behöver du ange ett skäl.</source>
        <translation>A finalised assessment is read-only. It can be reopened for changes, but you will then need to give a reason.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bedömningen kunde inte fastställas:</source>
        <translation>The assessment could not be finalised:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedömningen kunde inte fastställas.</source>
        <translation>The assessment could not be finalised.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bedömningen för {year} är fastställd.</source>
        <translation>The assessment for {year} is finalised.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>Öppna för ändring</source>
        <translation>Reopen for changes</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Varför behöver den fastställda bedömningen för {year} ändras?
Skälet sparas tillsammans med bedömningen.</source>
        <translation>Why does the finalised assessment for {year} need to be changed?
The reason is saved with the assessment.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bedömningen för {year} är öppnad för ändring.</source>
        <translation>The assessment for {year} is reopened for changes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Ta bort utkast</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Vill du ta bort utkastet för {year}?</source>
        <translation>Do you want to delete the draft for {year}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utkastet och alla svar i det tas bort. Det går inte att ångra.</source>
        <translation>The draft and all its answers are deleted. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Utkastet för {year} är borttaget.</source>
        <translation>The draft for {year} is deleted.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/dialogs/audit_dialog.py" line="+40"/>
        <location line="+16"/>
        <source>Ändringslogg</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{count} registrerade ändringar i {file}. Loggen skrivs av databasen själv vid varje ändring och kan inte ändras eller rensas.</source>
        <translation>Changes recorded in {file}: {count}. The log is written by the database itself at every change and cannot be altered or cleared.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ändringens innehåll före och efter</source>
        <translation>The change&apos;s content before and after</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exportera…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Exportera ändringsloggen</source>
        <translation>Export the change log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV för Excel (*.csv);;JSON (*.json)</source>
        <translation>CSV for Excel (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ändringsloggen kunde inte exporteras</source>
        <translation>The change log could not be exported</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ändringslogg – exporterad till {file}</source>
        <translation>Change log – exported to {file}</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../../ui/models/safety_models.py" line="+31"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedömning</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Områdessvar</source>
        <translation>Area answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profilsvar</source>
        <translation>Profile answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Återöppning av bedömning</source>
        <translation>Reopening of assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledningens genomgång</source>
        <translation>Management review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underlag (a–g)</source>
        <translation>Review inputs (a–g)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Återöppning av genomgång</source>
        <translation>Reopening of review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktivitetens område</source>
        <translation>Activity area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktivitetskommentar</source>
        <translation>Activity comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledningens godkännande</source>
        <translation>Management approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledamot</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utbildning</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databasen</source>
        <translation>The database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tillagd</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ändrad</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borttagen</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fastställd</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppnad igen</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Återställd från säkerhetskopia</source>
        <translation>Restored from backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ändringsloggen startade</source>
        <translation>Change log started</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Tid (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Händelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motivering</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{at} av {actor}</source>
        <translation>{at} by {actor}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Motivering: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Före</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Efter</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="+56"/>
        <location line="+19"/>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Lägesbild tar en säkerhetskopia när programmet startar (högst en per dygn), före uppgraderingar, importer och återställningar. De tio senaste sparas, och den senaste från varje månad i två år.
Mapp: {folder}</source>
        <translation>Lägesbild takes a backup when the program starts (at most one a day) and before upgrades, imports and restores. The ten latest are kept, plus the latest of each month for two years.
Folder: {folder}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Det finns inga säkerhetskopior ännu.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skapa säkerhetskopia nu</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Återställ…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Säkerhetskopian kunde inte skapas</source>
        <translation>The backup could not be created</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Säkerhetskopior – {file} skapad</source>
        <translation>Backups – {file} created</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Säkerhetskopian kan inte användas</source>
        <translation>The backup cannot be used</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Återställ säkerhetskopia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vill du återställa databasen från säkerhetskopian {when} ({reason})?</source>
        <translation>Do you want to restore the database from the backup of {when} ({reason})?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ändringar gjorda efter säkerhetskopian försvinner ur databasen. Den nuvarande databasen sparas först som en egen säkerhetskopia, så inget går förlorat.</source>
        <translation>Changes made after the backup will disappear from the database. The current database is first saved as a backup of its own, so nothing is lost.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ingen databas är öppen.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Säkerhetskopian kunde inte återställas</source>
        <translation>The backup could not be restored</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Databasen kunde inte öppnas</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Databasen återställdes från {backup}. Den tidigare databasen sparades som {kept}.</source>
        <translation>The database was restored from {backup}. The previous database was saved as {kept}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Databasen återställdes från {backup}.</source>
        <translation>The database was restored from {backup}.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../ui/models/safety_models.py" line="-167"/>
        <source>Daglig, vid start</source>
        <translation>Daily, at start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manuell</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Före uppgradering</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Före återställning</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Före återställning (kopia av skadad databas)</source>
        <translation>Before restore (copy of damaged database)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Före import</source>
        <translation>Before import</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>BenchmarkTableModel</name>
    <message>
        <location filename="../../ui/models/benchmarks.py" line="+31"/>
        <source>Nationellt</source>
        <translation>National</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grupp {group}</source>
        <translation>Group {group}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kommungrupp {group}</source>
        <translation>Municipality group {group}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Uppföljningsområde</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{group} {year}: {count} kommuner – organisationens kommungrupp</source>
        <translation>{group} {year}: {count} municipalities – the organisation&apos;s municipality group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{group} {year}: {count} kommuner</source>
        <translation>{group} {year}: {count} municipalities</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{count} av {total} kommuner på nivå 2</source>
        <translation>{count} of {total} municipalities at level 2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{total} kommuner; antalet på nivå 2 är inte publicerat</source>
        <translation>{total} municipalities; the number at level 2 is not published</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{group} {year}: medelvärde {mean}</source>
        <translation>{group} {year}: mean {mean}</translation>
    </message>
</context>
<context>
    <name>BenchmarksPage</name>
    <message>
        <location filename="../../ui/pages/benchmarks.py" line="+116"/>
        <location line="+10"/>
        <source>Jämförelsedata</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Det här är vad Lägesbild jämför med: {survey}, kommungruppsindelningen och mognadsmodellen. Kommungruppen för den valda organisationen är markerad.</source>
        <translation>This is what Lägesbild compares with: {survey}, the municipality groups and the maturity model. The municipality group of the selected organisation is highlighted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jämförelsetal</source>
        <translation>Benchmark figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommuner och kommungrupper</source>
        <translation>Municipalities and municipality groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mognadsmodellen</source>
        <translation>Maturity model</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Medelvärde av mognadsnivå (skala 1–4) per område. SKR:s enkät mätte bara nivå 1 och 2, så alla värden ligger mellan 1 och 2: 1,62 betyder att 62 procent av gruppens kommuner nådde nivå 2. Håll muspekaren över ett värde för att se antalet kommuner.</source>
        <translation>Mean maturity level (scale 1–4) per area. SKR&apos;s survey only measured levels 1 and 2, so every value lies between 1 and 2: 1,62 means that 62 per cent of the group&apos;s municipalities reached level 2. Hover over a value to see the number of municipalities.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Jämförelsetal per område, kommungrupp och år</source>
        <translation>Benchmark figures by area, municipality group and year</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{year}: {groups} (totalt {total})</source>
        <translation>{year}: {groups} (total {total})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Antal kommuner per kommungrupp – {sizes}.</source>
        <translation>Number of municipalities per municipality group – {sizes}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Källor</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{year}: {answered} av {total}</source>
        <translation>{year}: {answered} of {total}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kommuner som svarade helt eller delvis – {figures}. Kommuner som inte svarade räknas som nivå 1 i medelvärdet.</source>
        <translation>Municipalities that answered fully or partly – {figures}. Municipalities that did not answer count as level 1 in the mean.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kända avvikelser i rapporten</source>
        <translation>Known discrepancies in the report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inga kända avvikelser.</source>
        <translation>No known discrepancies.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{group} {year}, {area}&lt;/b&gt; – publicerat värde {value}. {description}</source>
        <translation>&lt;b&gt;{group} {year}, {area}&lt;/b&gt; – published value {value}. {description}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lägesbild visar de publicerade värdena oförändrade.</source>
        <translation>Lägesbild shows the published values unchanged.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SKR:s kommungruppsindelning: {groups}.</source>
        <translation>SKR&apos;s municipality groups: {groups}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Visa kommungrupp</source>
        <translation>Show municipality group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alla kommungrupper</source>
        <translation>All municipality groups</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Sök kommun eller län</source>
        <translation>Search municipality or county</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kommuner med kommungrupp och län</source>
        <translation>Municipalities with municipality group and county</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{count} kommuner</source>
        <translation>{count} municipalities</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mognadsmodellen har fyra nivåer. Nivå 2 är den lägsta nivå där arbetet har en tillfredsställande struktur, och nivå 3 är målnivån för ett systematiskt och riskbaserat informationssäkerhetsarbete. SKR:s enkät mätte bara nivå 1 och 2.</source>
        <translation>The maturity model has four levels. Level 2 is the lowest level at which the work has a satisfactory structure, and level 3 is the target level for systematic, risk-based information security work. SKR&apos;s survey only measured levels 1 and 2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nivå {level} – {name}</source>
        <translation>Level {level} – {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Från SKR-svar till jämförbar nivå</source>
        <translation>From SKR answer to comparable level</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I varje område svarar kommunen på frågan om den har ett etablerat arbetssätt. SKR räknar svaren så här:</source>
        <translation>In each area the municipality answers whether it has an established way of working. SKR counts the answers like this:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nivå {level}</source>
        <translation>level {level}</translation>
    </message>
</context>
<context>
    <name>ChartBase</name>
    <message>
        <location filename="../../ui/charts/base.py" line="+270"/>
        <source>Ingen data att visa.</source>
        <translation>No data to show.</translation>
    </message>
</context>
<context>
    <name>CustomOrganisationDialog</name>
    <message>
        <location filename="../../ui/dialogs/organisation.py" line="-75"/>
        <source>Annan organisation</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lägg till en organisation som inte är en kommun.</source>
        <translation>Add an organisation that is not a municipality.</translation>
    </message>
</context>
<context>
    <name>CustomOrganisationForm</name>
    <message>
        <location line="-165"/>
        <source>A – storstäder och storstadsnära kommuner</source>
        <translation>A – large cities and municipalities near large cities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B – större städer och kommuner nära större stad</source>
        <translation>B – larger towns and municipalities near larger towns</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C – mindre städer/tätorter och landsbygdskommuner</source>
        <translation>C – smaller towns/urban areas and rural municipalities</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>t.ex. Räddningstjänsten Dala Mitt</source>
        <translation>e.g. Räddningstjänsten Dala Mitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisationens namn</source>
        <translation>Name of the organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kommungrupp att jämföra med</source>
        <translation>Municipality group to compare with</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Namn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jämför med:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Välj den kommungrupp som liknar organisationen mest; dess jämförelsetal används i översikten.</source>
        <translation>Choose the municipality group most like the organisation; its benchmark figures are used in the overview.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+45"/>
        <source>Ingen bedömning ännu – skapa en under Bedömningar.</source>
        <translation>No assessment yet – create one under Assessments.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen organisation vald – välj eller lägg till en organisation.</source>
        <translation>No organisation selected – choose or add an organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alla områden (medel)</source>
        <translation>All areas (mean)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommungrupp {group} · jämförelse med SKR:s jämförelsetal</source>
        <translation>Municipality group {group} · compared with SKR&apos;s benchmark figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year} (utkast)</source>
        <translation>{year} (draft)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Bedömningsår</source>
        <translation>Year of the assessment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jämförelsetal från SKR:s uppföljning</source>
        <translation>Benchmark figures from SKR&apos;s survey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Föregående år</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Självskattad nivå</source>
        <translation>Self-assessed level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Målnivå</source>
        <translation>Target level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa förra bedömningens nivåer i spindeldiagrammet</source>
        <translation>Show the previous assessment&apos;s levels in the radar chart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa den självskattade mognadsnivån (skala 1–4)</source>
        <translation>Show the self-assessed maturity level (scale 1–4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa målnivån (skala 1–4)</source>
        <translation>Show the target level (scale 1–4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Jämför med:</source>
        <translation>&amp;Compare with:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentationsläge</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa diagrammen i helskärm för ett möte (Esc avslutar)</source>
        <translation>Show the charts full screen for a meeting (Esc leaves)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Område i utvecklingsdiagrammet</source>
        <translation>Area in the trend chart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profilfråga i jämförelsen med andra kommuner</source>
        <translation>Profile question in the comparison with other municipalities</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>Exporten misslyckades</source>
        <translation>The export failed</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="+43"/>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förslag till beslut</source>
        <translation>Proposed decision</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Nytt beslut</source>
        <translation>New decision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redigera beslut</source>
        <translation>Edit decision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beslutstext</source>
        <translation>Decision text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Beslut:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typ av beslut</source>
        <translation>Type of decision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ansvarig:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T.ex. Lars Berg, IT-chef</source>
        <translation>E.g. Lars Berg, Head of IT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klart senast</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Klart senast:</source>
        <translation>Due &amp;by:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skriv vad som beslutades.</source>
        <translation>Write what was decided.</translation>
    </message>
</context>
<context>
    <name>DecisionTableModel</name>
    <message>
        <location filename="../../ui/models/review_model.py" line="+32"/>
        <location line="+74"/>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Förslag till beslut</source>
        <translation>Proposed decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ej påbörjad</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pågår</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbruten</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ansvarig</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klart senast</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktivitet i handlingsplanen</source>
        <translation>Activity in the action plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beslut eller förslag till beslut</source>
        <translation>Decision or proposed decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vad som beslutades</source>
        <translation>What was decided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vem som ansvarar</source>
        <translation>Who is responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>När beslutet ska vara genomfört</source>
        <translation>When the decision is to be carried out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status för aktiviteten som beslutet blev, så att nästa genomgång kan följa upp den</source>
        <translation>Status of the activity the decision became, so that the next review can follow it up</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Ingen aktivitet kopplad</source>
        <translation>No linked activity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, förfallen sedan {date}</source>
        <translation>, overdue since {date}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, försenad sedan {date}</source>
        <translation>, late since {date}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Aktivitet: {title} (ansvarig {owner})</source>
        <translation>Activity: {title} (owner {owner})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saknas</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Inte sparat ännu</source>
        <translation>Not saved yet</translation>
    </message>
</context>
<context>
    <name>DifferenceBars</name>
    <message>
        <location filename="../../ui/charts/difference.py" line="+36"/>
        <source>Över medel för {group}</source>
        <translation>Above the mean for {group}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under medel för {group}</source>
        <translation>Below the mean for {group}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skillnad i nivå (egen − medelvärde)</source>
        <translation>Difference in level (own − mean)</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <location filename="../../ui/charts/distribution.py" line="+42"/>
        <source>SKR har inte redovisat svaren på den här frågan.</source>
        <translation>SKR has not reported the answers to this question.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ert svar</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ert svar: {answer}.</source>
        <translation>Your answer: {answer}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ert svar saknas i bedömningens profil.</source>
        <translation>Your answer is missing from the assessment&apos;s profile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Andel av kommunerna {year}; «{unpublished}» = SKR anger inte andelen för svarsalternativet.</source>
        <translation>Share of the municipalities {year}; «{unpublished}» = SKR does not state the share for the answer option.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Andel av kommunerna</source>
        <translation>Share of the municipalities</translation>
    </message>
</context>
<context>
    <name>DutyPanel</name>
    <message>
        <location filename="../../ui/pages/reviews.py" line="+132"/>
        <source>Ledningen ska ha godkänt riskhanteringsåtgärderna för cybersäkerhet, och det senaste godkännandet får inte vara äldre än 12 månader.</source>
        <translation>Management must have approved the cybersecurity risk-management measures, and the latest approval must not be older than 12 months.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Varje registrerad ledamot ska ha genomgått utbildning i cybersäkerhet under de senaste 12 månaderna.</source>
        <translation>Every registered member must have completed cybersecurity training in the last 12 months.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Det som saknas enligt cybersäkerhetslagen</source>
        <translation>What is missing under the Cybersecurity Act</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ledningens ansvar – status</source>
        <translation>Management duties – status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regler: {rules}</source>
        <translation>Rules: {rules}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Organ</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beslutsreferens</source>
        <translation>Decision reference</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Godkännanden</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Senast utbildad</source>
        <translation>Last trained</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Ledamöter i ledningen</source>
        <translation>Members of management</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Utbildning</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Utbildare</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utbildningar för ledningen</source>
        <translation>Training for management</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrera godkännande…</source>
        <translation>Record approval…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny ledamot…</source>
        <translation>New member…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ändra ledamot…</source>
        <translation>Edit member…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrera utbildning…</source>
        <translation>Record training…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ledningens godkännande av riskhanteringsåtgärderna</source>
        <translation>Management approval of the risk-management measures</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Utbildning i cybersäkerhet</source>
        <translation>Cybersecurity training</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta bort – {what}</source>
        <translation>Remove – {what}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Detta saknas per {date}:</source>
        <translation>Missing as of {date}:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ledningens ansvar enligt cybersäkerhetslagen är uppfyllt per {date}.</source>
        <translation>Management&apos;s duties under the Cybersecurity Act are met as of {date}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Avgått</source>
        <translation>Stepped down</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utbildad</source>
        <translation>Trained</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saknar utbildning senaste 12 mån.</source>
        <translation>No training in the last 12 months</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Det finns inget beslut om att ledningen har godkänt riskhanteringsåtgärderna (cybersäkerhetslagen, NIS2 art. 20.1).</source>
        <translation>There is no decision showing that management has approved the risk-management measures (Cybersecurity Act, NIS2 Art. 20.1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ledningens senaste godkännande av riskhanteringsåtgärderna ({approval}) är äldre än {months} månader.</source>
        <translation>Management&apos;s latest approval of the risk-management measures ({approval}) is older than {months} months.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inga ledamöter i ledningen är registrerade, så utbildningskravet (NIS2 art. 20.2) kan inte följas upp.</source>
        <translation>No members of management are registered, so the training requirement (NIS2 Art. 20.2) cannot be followed up.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{member} saknar utbildning i cybersäkerhet under de senaste {months} månaderna.</source>
        <translation>{member} has had no cybersecurity training in the last {months} months.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.py" line="+24"/>
        <source>Lägesbild-export (*.json);;Alla filer (*)</source>
        <translation>Lägesbild export (*.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exportera till fil</source>
        <translation>Export to file</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importera från fil</source>
        <translation>Import from file</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Organisationen finns redan</source>
        <translation>The organisation already exists</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Befintliga uppgifter skrivs aldrig över. Vad vill du göra?</source>
        <translation>Existing data is never overwritten. What do you want to do?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importera under nytt namn…</source>
        <translation>Import under a new name…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hoppa över befintliga</source>
        <translation>Skip existing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exporten misslyckades</source>
        <translation>The export failed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporterade {count} organisationer ({records} poster) till {path}.</source>
        <translation>Exported {count} organisation(s) ({records} records) to {path}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importen kan inte göras</source>
        <translation>The import cannot be done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databasen är öppnad skrivskyddad.</source>
        <translation>The database is open read-only.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Importera under nytt namn</source>
        <translation>Import under a new name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nytt namn på organisationen:</source>
        <translation>New name of the organisation:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filen kunde inte importeras</source>
        <translation>The file could not be imported</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importerade {names} ({records} poster).</source>
        <translation>Imported {names} ({records} records).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inget importerades: organisationerna finns redan.</source>
        <translation>Nothing was imported: the organisations already exist.</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../../ui/charts/export_button.py" line="+63"/>
        <source>Exportera</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exportera diagrammet</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara diagrammet som bild eller kopiera det</source>
        <translation>Save the chart as an image or copy it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spara som PNG (hög upplösning)…</source>
        <translation>Save as PNG (high resolution)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara som SVG…</source>
        <translation>Save as SVG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopiera till urklipp</source>
        <translation>Copy to clipboard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spara diagrammet som PNG</source>
        <translation>Save the chart as PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG-bild (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spara diagrammet som SVG</source>
        <translation>Save the chart as SVG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG-bild (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Diagrammet har kopierats till urklipp.</source>
        <translation>The chart has been copied to the clipboard.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Diagrammet sparades som {path}.</source>
        <translation>The chart was saved as {path}.</translation>
    </message>
</context>
<context>
    <name>ExportError</name>
    <message>
        <location filename="../../ui/charts/export.py" line="+34"/>
        <source>Kunde inte spara {what} som «{target}»: det är en mapp.</source>
        <translation>Could not save {what} as «{target}»: it is a folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mappen «{folder}» finns inte. Välj en annan plats för {what}.</source>
        <translation>The folder «{folder}» does not exist. Choose another location for {what}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kunde inte spara {what} i «{folder}»: mappen går inte att skriva till ({reason}).</source>
        <translation>Could not save {what} in «{folder}»: the folder cannot be written to ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kunde inte spara {what} som «{target}»: {reason}.</source>
        <translation>Could not save {what} as «{target}»: {reason}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>bilden</source>
        <translation>the image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG-filen</source>
        <translation>the SVG file</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Skalan för bilden måste vara större än noll.</source>
        <translation>The image&apos;s scale must be greater than zero.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Kunde inte spara {what} som «{target}».</source>
        <translation>Could not save {what} as «{target}».</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Urklipp är inte tillgängligt.</source>
        <translation>The clipboard is not available.</translation>
    </message>
</context>
<context>
    <name>KeyFigures</name>
    <message>
        <location filename="../../ui/charts/key_figures.py" line="+75"/>
        <source>Nyckeltal</source>
        <translation>Key figures</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+109"/>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedömningar</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handlingsplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledningens genomgång</source>
        <translation>Management review</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jämförelsedata</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Den här sidan kunde inte visas i den här installationen av Lägesbild. Övriga delar fungerar som vanligt.

Tekniskt fel: {error}</source>
        <translation>This page could not be shown in this installation of Lägesbild. Everything else works as usual.

Technical error: {error}</translation>
    </message>
    <message>
        <location line="+131"/>
        <location line="+426"/>
        <source>Lägesbild</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <location line="-392"/>
        <source>Navigering</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Välj vilken del av Lägesbild som visas</source>
        <translation>Choose which part of Lägesbild is shown</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Öppnar databasen …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+7"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Ingen organisation vald</source>
        <translation>No organisation selected</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Öppna databas…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ny databas…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Öppna demodata</source>
        <translation>Open demo data</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Avsluta</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Presentationsläge</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Om Lägesbild</source>
        <translation>About Lägesbild</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Öppen databas</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skrivskyddad</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+218"/>
        <source>Databasen är öppnad skrivskyddat. Du kan läsa men inte ändra något.</source>
        <translation>The database is open read-only. You can read but not change anything.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>sidan</source>
        <translation>the page</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Ingen databas öppen</source>
        <translation>No database open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demodata – ändringar sparas inte när du avslutar</source>
        <translation>Demo data – changes are not kept when you quit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databasen som är öppen</source>
        <translation>The open database</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{name}, kommungrupp {group}</source>
        <translation>{name}, municipality group {group}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lägg till organisation…</source>
        <translation>Add organisation…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kommungrupp {group}</source>
        <translation>Municipality group {group}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{organisation} – Lägesbild</source>
        <translation>{organisation} – Lägesbild</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Organisationen kunde inte läggas till</source>
        <translation>The organisation could not be added</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} är tillagd.</source>
        <translation>{name} has been added.</translation>
    </message>
    <message>
        <location line="+190"/>
        <location line="+10"/>
        <source>Databasen kunde inte öppnas</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Öppnade {path}</source>
        <translation>Opened {path}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Databasen finns redan</source>
        <translation>The database already exists</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} finns redan. Välj ”Öppna databas…” för att öppna den, eller ange ett nytt filnamn.</source>
        <translation>{path} already exists. Choose “Open database…” to open it, or enter a new file name.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Demodata kunde inte skapas</source>
        <translation>The demo data could not be created</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demodata är öppnad. Ändringar försvinner när du avslutar.</source>
        <translation>Demo data is open. Changes are lost when you quit.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Det finns ingen bedömning att presentera ännu.</source>
        <translation>There is no assessment to present yet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Presentationsläget är inte tillgängligt i den här installationen.</source>
        <translation>Presentation mode is not available in this installation.</translation>
    </message>
    <message>
        <location line="-458"/>
        <source>Säkerhetskopior…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ändringslogg…</source>
        <translation>Change log…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exportera till fil…</source>
        <translation>Export to file…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importera från fil…</source>
        <translation>Import from file…</translation>
    </message>
    <message>
        <location line="+546"/>
        <source>Databasen används redan</source>
        <translation>The database is already in use</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Öppna skrivskyddad</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du kan läsa allt men inte ändra något förrän det andra fönstret är stängt.</source>
        <translation>You can read everything but change nothing until the other window is closed.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/dialogs/messages.py" line="+21"/>
        <source>Lägesbild-databas (*.db *.sqlite *.lagesbild);;Alla filer (*)</source>
        <translation>Lägesbild database (*.db *.sqlite *.lagesbild);;All files (*)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Osparade ändringar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du har osparade ändringar i {what}.</source>
        <translation>You have unsaved changes in {what}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vill du spara dem innan du går vidare?</source>
        <translation>Do you want to save them before you continue?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spara inte</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <location line="+17"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Öppna databas</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ny databas</source>
        <translation>New database</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Välj mapp för säkerhetskopior</source>
        <translation>Choose the folder for backups</translation>
    </message>
</context>
<context>
    <name>MunicipalityFilter</name>
    <message>
        <location filename="../../ui/pages/benchmarks.py" line="-374"/>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommungrupp</source>
        <translation>Municipality group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Län</source>
        <translation>County</translation>
    </message>
</context>
<context>
    <name>MunicipalitySearch</name>
    <message>
        <location filename="../../ui/dialogs/organisation.py" line="-100"/>
        <source>Skriv kommunens namn, t.ex. Falun</source>
        <translation>Type the municipality&apos;s name, e.g. Falun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sök kommun</source>
        <translation>Search municipality</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kommuner som matchar sökningen</source>
        <translation>Municipalities matching the search</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Ingen kommun matchar. Kontrollera stavningen eller välj ”Annan organisation…”.</source>
        <translation>No municipality matches. Check the spelling or choose “Other organisation…”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 träff</source>
        <translation>1 match</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} träffar</source>
        <translation>{count} matches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alla {count} kommuner</source>
        <translation>All {count} municipalities</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="-478"/>
        <source>Ange {what}</source>
        <translation>Set {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bocka i för att ange {what}</source>
        <translation>Tick to set {what}</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../ui/presentation.py" line="+83"/>
        <source>{organisation} · bedömning {year} · jämförelsetal {benchmark_year}</source>
        <translation>{organisation} · assessment {year} · benchmark figures {benchmark_year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bild {number} av {count}: {title}</source>
        <translation>Slide {number} of {count}: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lägesbild {year} – {organisation}</source>
        <translation>Lägesbild {year} – {organisation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presentationsläge</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Bildräknare</source>
        <translation>Slide counter</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Jämförelse med andra kommuner</source>
        <translation>Comparison with other municipalities</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Informationssäkerhet – lägesbild {year}</source>
        <translation>Information security – situation report {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Självskattning jämförd med SKR:s uppföljning {benchmark_year} (kommungrupp {group} och nationellt)</source>
        <translation>Self-assessment compared with SKR&apos;s survey {benchmark_year} (municipality group {group} and nationally)</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="+32"/>
        <source>Problem att åtgärda</source>
        <translation>Problems to fix</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Åtgärda följande:</source>
        <translation>Please fix the following:</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../../ui/pages/assessments.py" line="-719"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frågor om hur arbetet är organiserat. Svaren jämförs med hur andra kommuner svarade i SKR:s uppföljning.</source>
        <translation>Questions about how the work is organised. The answers are compared with how other municipalities answered in SKR&apos;s survey.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="+22"/>
        <source>Ledningens godkännande av riskhanteringsåtgärder</source>
        <translation>Management approval of risk-management measures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledamot i ledningen</source>
        <translation>Member of management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utbildning för ledningen</source>
        <translation>Training for management</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Datum för beslutet</source>
        <translation>Date of the decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;Organ:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T.ex. Kommunstyrelsen</source>
        <translation>E.g. Kommunstyrelsen (municipal executive board)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Beslutsreferens:</source>
        <translation>Decision &amp;reference:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T.ex. KS 2026-03-12 § 45</source>
        <translation>E.g. KS 2026-03-12 § 45</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Anteckning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vad godkändes, t.ex. åtgärdsplanen 2026</source>
        <translation>What was approved, e.g. the 2026 action plan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>&amp;Roll:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>T.ex. Kommunstyrelsens ordförande</source>
        <translation>E.g. chair of the municipal executive board</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingår i ledningen nu</source>
        <translation>Currently a member of management</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Vem:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum för utbildningen</source>
        <translation>Date of the training</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Utbildning:</source>
        <translation>&amp;Training:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vilken utbildning i cybersäkerhet</source>
        <translation>Which cybersecurity training</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Utbildare:</source>
        <translation>&amp;Provider:</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <location filename="../../ui/pages/reviews.py" line="-303"/>
        <source>Hämtas från förra genomgångens beslut och aktiviteterna de blev.</source>
        <translation>Taken from the previous review&apos;s decisions and the activities they became.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T.ex. ny lagstiftning, ändrad organisation, ny hotbild.</source>
        <translation>E.g. new legislation, a changed organisation, a new threat landscape.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T.ex. förtroendevalda, invånare, tillsynsmyndigheter, leverantörer.</source>
        <translation>E.g. elected representatives, residents, supervisory authorities, suppliers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mognad, jämförelse med SKR, handlingsplanens status, avvikelser, mätningar.</source>
        <translation>Maturity, comparison with SKR, status of the action plan, nonconformities, measurements.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synpunkter från förvaltningar, bolag, medarbetare och andra.</source>
        <translation>Feedback from departments, municipal companies, staff and others.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Riskbehandling: aktiviteter inom riskhantering och NIS2-åtgärderna.</source>
        <translation>Risk treatment: risk-management activities and the NIS2 measures.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förslag utifrån självskattningen och det som saknas enligt lagen.</source>
        <translation>Proposals based on the self-assessment and what is missing under the law.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status för åtgärder från tidigare ledningens genomgångar</source>
        <translation>Status of actions from previous management reviews</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förändringar i externa och interna frågor som är relevanta för ledningssystemet</source>
        <translation>Changes in external and internal issues that are relevant to the management system</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Förändringar i intressenters behov och förväntningar</source>
        <translation>Changes in the needs and expectations of interested parties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Återkoppling om informationssäkerhetens prestanda</source>
        <translation>Feedback on information security performance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Återkoppling från intressenter</source>
        <translation>Feedback from interested parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resultat av riskbedömning och status för riskbehandlingsplanen</source>
        <translation>Results of risk assessment and status of the risk treatment plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Möjligheter till ständig förbättring</source>
        <translation>Opportunities for continual improvement</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>Status för genomgången</source>
        <translation>Status of the review</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fastställ…</source>
        <translation>Finalise…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gör genomgången skrivskyddad, t.ex. när protokollet är justerat</source>
        <translation>Make the review read-only, e.g. when the minutes have been approved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Öppna igen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skapa rapport…</source>
        <translation>Create report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapport till ledningen som PDF eller Word</source>
        <translation>Report to management as PDF or Word</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem som hindrar att genomgången sparas</source>
        <translation>Problems that prevent the review from being saved</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mötesdatum</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forum:</source>
        <translation>&amp;Forum:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Perioden från</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perioden till</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Perioden som avses:</source>
        <translation>Period covered:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deltagare, en per rad</source>
        <translation>Participants, one per line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En per rad: namn, roll</source>
        <translation>One per line: name, role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Deltagare:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Underlaget hämtas från databasen och kan redigeras fritt.</source>
        <translation>The review inputs are taken from the database and can be edited freely.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hämta underlag igen</source>
        <translation>Fetch inputs again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ersätt texterna a–g med nytt underlag från självskattning, handlingsplan och beslut</source>
        <translation>Replace the texts a–g with new inputs from the self-assessment, action plan and decisions</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Underlag a–g</source>
        <translation>Inputs a–g</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Beslut och förslag till beslut (ISO/IEC 27001 9.3.3). Ett beslut kan bli en aktivitet i handlingsplanen; nästa genomgång följer då upp den.</source>
        <translation>Decisions and proposed decisions (ISO/IEC 27001 9.3.3). A decision can become an activity in the action plan; the next review then follows it up.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+32"/>
        <source>Beslut</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Nytt beslut…</source>
        <translation>New decision…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redigera…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skapa aktivitet</source>
        <translation>Create activity</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lägg till beslutet som aktivitet i handlingsplanen, kopplad till beslutet</source>
        <translation>Add the decision as an activity in the action plan, linked to the decision</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ledningens ansvar (NIS2)</source>
        <translation>Management duties (NIS2)</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Ny ledningens genomgång</source>
        <translation>New management review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledningens genomgång {date}</source>
        <translation>Management review {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ny – inte sparad ännu</source>
        <translation>New – not saved yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fastställd – skrivskyddad</source>
        <translation>Finalised – read-only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utkast – osparade ändringar</source>
        <translation>Draft – unsaved changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <location filename="../../ui/models/review_model.py" line="-192"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fastställd</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beslut</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mötesdatum</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Där genomgången hölls</source>
        <translation>Where the review was held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utkast kan ändras; en fastställd genomgång är skrivskyddad</source>
        <translation>A draft can be changed; a finalised review is read-only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antal beslut och förslag till beslut</source>
        <translation>Number of decisions and proposed decisions</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../ui/pages/reviews.py" line="-558"/>
        <source>Ledningens genomgång {date}</source>
        <translation>Management review {date}</translation>
    </message>
    <message>
        <location line="+587"/>
        <location line="+9"/>
        <source>Ledningens genomgång</source>
        <translation>Management review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO/IEC 27001 9.3 – senaste mötet först.</source>
        <translation>ISO/IEC 27001 9.3 – latest meeting first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Genomgångar</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+255"/>
        <source>Ny genomgång</source>
        <translation>New review</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Ett utkast med underlag a–g hämtat från databasen</source>
        <translation>A draft with inputs a–g taken from the database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta bort utkast…</source>
        <translation>Delete draft…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ingen genomgång vald</source>
        <translation>No review selected</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Genomgången sparades inte – se problemen ovanför.</source>
        <translation>The review was not saved – see the problems above.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{review} är sparad.</source>
        <translation>{review} is saved.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Välj en organisation för att se dess genomgångar.</source>
        <translation>Choose an organisation to see its reviews.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Det finns ingen ledningens genomgång registrerad ännu. Välj «Ny genomgång» för ett utkast där underlaget a–g redan är hämtat från självskattningen, handlingsplanen och tidigare beslut.</source>
        <translation>No management review has been recorded yet. Choose “New review” for a draft whose inputs a–g are already taken from the self-assessment, the action plan and earlier decisions.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>ledningens genomgång</source>
        <translation>the management review</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ett nytt utkast med hämtat underlag. Spara när det är klart.</source>
        <translation>A new draft with the inputs filled in. Save it when it is ready.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hämta underlag igen</source>
        <translation>Fetch inputs again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ersätta texterna a–g med nytt underlag från databasen?</source>
        <translation>Replace the texts a–g with new inputs from the database?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hämta underlag</source>
        <translation>Fetch inputs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det du har skrivit i a–g skrivs över.</source>
        <translation>What you have written in a–g will be overwritten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Underlaget a–g är hämtat på nytt.</source>
        <translation>Inputs a–g have been fetched again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fastställ genomgången</source>
        <translation>Finalise the review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fastställa {review}?</source>
        <translation>Finalise the {review}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Fastställ</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>En fastställd genomgång är skrivskyddad. Den kan öppnas igen med en motivering.</source>
        <translation>A finalised review is read-only. It can be reopened with a reason.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{review} är fastställd.</source>
        <translation>{review} is finalised.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Öppna genomgången igen</source>
        <translation>Reopen the review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varför öppnas den fastställda genomgången igen?</source>
        <translation>Why is the finalised review being reopened?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Öppna igen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Genomgången är ett utkast igen; motiveringen är sparad.</source>
        <translation>The review is a draft again; the reason has been saved.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ta bort utkast</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta bort {review}?</source>
        <translation>Delete the {review}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+112"/>
        <location line="+2"/>
        <location line="+6"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Aktiviteter som skapats från besluten finns kvar i handlingsplanen.</source>
        <translation>Activities created from the decisions remain in the action plan.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Ta bort beslut</source>
        <translation>Remove decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beslutet har blivit en aktivitet i handlingsplanen.</source>
        <translation>The decision has become an activity in the action plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta bort beslutet</source>
        <translation>Remove the decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aktiviteten finns kvar men kopplas bort från beslutet när genomgången sparas.</source>
        <translation>The activity remains but is unlinked from the decision when the review is saved.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Skapa aktivitet</source>
        <translation>Create activity</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aktiviteten «{title}» finns nu i handlingsplanen.</source>
        <translation>The activity “{title}” is now in the action plan.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Uppgiften om ledningens ansvar är sparad.</source>
        <translation>The management duty record is saved.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ta bort den markerade uppgiften?</source>
        <translation>Remove the selected record?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Skapa rapport</source>
        <translation>Create report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapporten bygger på en självskattning, och {organisation} har ingen för {year} eller tidigare.</source>
        <translation>The report is based on a self-assessment, and {organisation} has none for {year} or earlier.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="+34"/>
        <location line="+8"/>
        <location line="+5"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Databas</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alla bedömningar, handlingsplaner och genomgångar sparas i en databasfil. Lägg den gärna på en plats som säkerhetskopieras.</source>
        <translation>All assessments, action plans and reviews are saved in one database file. Preferably keep it in a place that is backed up.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sökväg till databasen</source>
        <translation>Path to the database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna en annan databas</source>
        <translation>Open another database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skapa en ny databas</source>
        <translation>Create a new database</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mapp för säkerhetskopior</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Förval</source>
        <translation>Defaults</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jämför med SKR:s uppföljning år</source>
        <translation>Compare with SKR&apos;s follow-up of year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förvalt namn på den som bedömer</source>
        <translation>Default name of the assessor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t.ex. Anna Berg, informationssäkerhetssamordnare</source>
        <translation>e.g. Anna Berg, information security coordinator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jämför med SKR-data från:</source>
        <translation>Compare with SKR data from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedömd av (förval):</source>
        <translation>Assessed by (default):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Språk i Lägesbild</source>
        <translation>Language of Lägesbild</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Språk:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Skärm för presentationsläget</source>
        <translation>Screen for presentation mode</translation>
    </message>
    <message>
        <source>På en annan skärm om en är ansluten (projektor)</source>
        <translation>On another screen if one is connected (projector)</translation>
    </message>
    <message>
        <source>På samma skärm som Lägesbild</source>
        <translation>On the same screen as Lägesbild</translation>
    </message>
    <message>
        <source>Presentationsläge:</source>
        <translation>Presentation mode:</translation>
    </message>
    <message>
        <source>Presentationsläget öppnas på samma skärm som Lägesbild.</source>
        <translation>Presentation mode opens on the same screen as Lägesbild.</translation>
    </message>
    <message>
        <source>Presentationsläget öppnas på en annan skärm när en är ansluten.</source>
        <translation>Presentation mode opens on another screen when one is connected.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jämförelseåret används i översikten och presentationsläget. Namnet fylls i när du skapar en ny bedömning.</source>
        <translation>The comparison year is used on the overview and in presentation mode. The name is filled in when you create a new assessment.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Databasen är öppnad skrivskyddat; du kan läsa men inte ändra.</source>
        <translation>The database is open read-only; you can read but not change.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Det här är demodata i en tillfällig mapp. Den tas bort när du avslutar.</source>
        <translation>This is demo data in a temporary folder. It is removed when you quit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Säkerhetskopior sparas i {folder}</source>
        <translation>Backups are saved in {folder}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Jämförelseår: {year}.</source>
        <translation>Comparison year: {year}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Språket byts när du startar om Lägesbild.</source>
        <translation>The language changes when you restart Lägesbild.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Förvalt namn är sparat.</source>
        <translation>The default name has been saved.</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Ändra…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Välj mapp för säkerhetskopior</source>
        <translation>Choose the folder for backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Återställ standard</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spara säkerhetskopior i standardmappen igen</source>
        <translation>Save backups in the default folder again</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Mappen kan inte användas</source>
        <translation>The folder cannot be used</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Mappen för säkerhetskopior gäller de databaser du öppnar härnäst.</source>
        <translation>The backup folder applies to the databases you open next.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Säkerhetskopior sparas nu i {folder}.</source>
        <translation>Backups are now saved in {folder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mappen för säkerhetskopior är sparad.</source>
        <translation>The backup folder has been saved.</translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <location filename="../../ui/dialogs/store_problem_dialog.py" line="+49"/>
        <source>Databasen kan inte öppnas</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databasen {file} kan inte öppnas</source>
        <translation>The database {file} cannot be opened</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Felbeskrivning</source>
        <translation>Description of the error</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filen har inte ändrats. Du kan öppna en annan databas eller återställa en säkerhetskopia; den nuvarande filen sparas då först bland säkerhetskopiorna.</source>
        <translation>The file has not been changed. You can open another database or restore a backup; the current file is then first saved among the backups.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filen har inte ändrats. Det finns inga säkerhetskopior av den här databasen; du kan öppna en annan databas.</source>
        <translation>The file has not been changed. There are no backups of this database; you can open another database.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Öppna en annan databas…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Återställ från säkerhetskopia…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>Avsluta</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Databasen återställdes. Den tidigare filen sparades som {file}.</source>
        <translation>The database was restored. The previous file was saved as {file}.</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../ui/dialogs/activity_dialog.py" line="+375"/>
        <source>Förslag på aktiviteter</source>
        <translation>Suggested activities</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Områden under målnivån eller under kommungruppens medelvärde som ingen öppen aktivitet täcker. Bocka för de aktiviteter som ska läggas till.</source>
        <translation>Areas below the target level or below the municipality group&apos;s mean that no open activity covers. Tick the activities to add.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Förslag</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prioritet {priority}</source>
        <translation>Priority {priority}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skapa valda aktiviteter</source>
        <translation>Create selected activities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location line="-115"/>
        <source>Ny aktivitet från mall</source>
        <translation>New activity from template</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Välj en mall. Aktiviteten öppnas sedan för ansvarig, datum och egna tillägg.</source>
        <translation>Choose a template. The activity then opens so you can add the owner, dates and your own additions.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mallar</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SKR:s rekommendationer (2023)</source>
        <translation>SKR&apos;s recommendations (2023)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cybersäkerhetslagen / NIS2 art. 21.2</source>
        <translation>Cybersecurity Act / NIS2 Art. 21.2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Använd mallen</source>
        <translation>Use template</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;p&gt;&lt;b&gt;Områden:&lt;/b&gt; {areas}&lt;br&gt;&lt;b&gt;Källa:&lt;/b&gt; {source}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Areas:&lt;/b&gt; {areas}&lt;br&gt;&lt;b&gt;Source:&lt;/b&gt; {source}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../ui/charts/trend.py" line="+35"/>
        <source>SKR-jämförbar nivå</source>
        <translation>SKR-comparable level</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/pages/welcome.py" line="+28"/>
        <source>Välkommen</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <source>Välkommen till Lägesbild</source>
        <extracomment>The organisation that was created (an app.domain.model.Organisation).</extracomment>
        <translation>Welcome to Lägesbild</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vilken kommun arbetar du i?</source>
        <translation>Which municipality do you work in?</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+82"/>
        <source>Välj kommun</source>
        <translation>Choose municipality</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Annan organisation…</source>
        <translation>Other organisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna demodata</source>
        <translation>Open demo data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna databas…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny databas…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demodata är en påhittad kommun med några års bedömningar, så att du kan se hur Lägesbild fungerar. Den sparas inte.</source>
        <translation>The demo data is a made-up municipality with a few years of assessments, so that you can see how Lägesbild works. It is not saved.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Lägesbild hjälper dig att följa kommunens systematiska informationssäkerhetsarbete år för år och jämföra det med SKR:s uppföljning. Börja med att välja din kommun – då vet Lägesbild vilken kommungrupp du ska jämföras med.</source>
        <translation>Lägesbild helps you follow the municipality&apos;s systematic information security work year by year and compare it with SKR&apos;s follow-up. Start by choosing your municipality – then Lägesbild knows which municipality group to compare you with.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ingen databas är öppen. Öppna en befintlig Lägesbild-databas, skapa en ny eller prova med demodata.</source>
        <translation>No database is open. Open an existing Lägesbild database, create a new one or try the demo data.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Välj {name}</source>
        <translation>Choose {name}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} är tillagd.</source>
        <translation>{name} has been added.</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="-141"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
