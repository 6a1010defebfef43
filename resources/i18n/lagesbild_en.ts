<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="+50"/>
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
        <location line="+8"/>
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
        <location line="+107"/>
        <location line="+381"/>
        <source>Lägesbild</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <location line="-347"/>
        <source>Navigering</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Välj vilken del av Lägesbild som visas</source>
        <translation>Choose which part of Lägesbild is shown</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Öppnar databasen …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+185"/>
        <source>Databasen är öppnad skrivskyddat. Du kan läsa men inte ändra något.</source>
        <translation>The database is open read-only. You can read but not change anything.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>sidan</source>
        <translation>the page</translation>
    </message>
    <message>
        <location line="+49"/>
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
        <location line="+33"/>
        <source>{name}, kommungrupp {group}</source>
        <translation>{name}, municipality group {group}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lägg till organisation…</source>
        <translation>Add organisation…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kommungrupp {group}</source>
        <translation>Municipality group {group}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{organisation} – Lägesbild</source>
        <translation>{organisation} – Lägesbild</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Organisationen kunde inte läggas till</source>
        <translation>The organisation could not be added</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} är tillagd.</source>
        <translation>{name} has been added.</translation>
    </message>
    <message>
        <location line="+183"/>
        <location line="+10"/>
        <source>Databasen kunde inte öppnas</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Öppnade {path}</source>
        <translation>Opened {path}</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="-409"/>
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
        <location line="+492"/>
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
        <location filename="../../ui/dialogs/messages.py" line="+17"/>
        <source>Lägesbild-databas (*.db *.sqlite *.lagesbild);;Alla filer (*)</source>
        <translation>Lägesbild database (*.db *.sqlite *.lagesbild);;All files (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Osparade ändringar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Du har osparade ändringar i {what}.</source>
        <translation>You have unsaved changes in {what}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vill du spara dem innan du går vidare?</source>
        <translation>Do you want to save them before you continue?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spara inte</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <location line="+15"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+14"/>
        <location line="+9"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Öppna databas</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ny databas</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Välj mapp för säkerhetskopior</source>
        <translation>Choose the folder for backups</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="+29"/>
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
        <location line="+8"/>
        <source>Mapp för säkerhetskopior</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+5"/>
        <source>Jämförelseåret används i översikten och presentationsläget. Namnet fylls i när du skapar en ny bedömning.</source>
        <translation>The comparison year is used on the overview and in presentation mode. The name is filled in when you create a new assessment.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Databasen är öppnad skrivskyddat; du kan läsa men inte ändra.</source>
        <translation>The database is open read-only; you can read but not change.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Det här är demodata i en tillfällig mapp. Den tas bort när du avslutar.</source>
        <translation>This is demo data in a temporary folder. It is removed when you quit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Säkerhetskopior sparas i {folder}</source>
        <translation>Backups are saved in {folder}</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <source>Ändra…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Välj mapp för säkerhetskopior</source>
        <translation>Choose the folder for backups</translation>
    </message>
    <message>
        <source>Återställ standard</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <source>Spara säkerhetskopior i standardmappen igen</source>
        <translation>Save backups in the default folder again</translation>
    </message>
    <message>
        <source>Mappen kan inte användas</source>
        <translation>The folder cannot be used</translation>
    </message>
    <message>
        <source>Mappen för säkerhetskopior gäller de databaser du öppnar härnäst.</source>
        <translation>The backup folder applies to the databases you open next.</translation>
    </message>
    <message>
        <source>Säkerhetskopior sparas nu i {folder}.</source>
        <translation>Backups are now saved in {folder}.</translation>
    </message>
    <message>
        <source>Mappen för säkerhetskopior är sparad.</source>
        <translation>The backup folder has been saved.</translation>
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
</TS>
