<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../ui/about.py" line="+50" />
            <source>Om Lägesbild</source>
            <translation>About Lägesbild</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Kommunens systematiska informationssäkerhetsarbete: självskattning, jämförelse mot SKR, handlingsplan och ledningens genomgång.</source>
            <translation>The municipality's systematic information security work: self-assessment, comparison with SKR, action plan and management review.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Version:</source>
            <translation>Version:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Licens:</source>
            <translation>Licence:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Öppen databas:</source>
            <translation>Open database:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Datakatalog:</source>
            <translation>Data folder:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Säkerhetskopior:</source>
            <translation>Backups:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Qt/PySide:</source>
            <translation>Qt/PySide:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Källa för jämförelsetal:</source>
            <translation>Source of the benchmarks:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Alla värden i Lägesbild är självskattningar som kommunen själv har gjort. De är inte granskade eller certifierade av SKR eller någon annan.</source>
            <translation>All figures in Lägesbild are self-assessments made by the municipality itself. They have not been reviewed or certified by SKR or anyone else.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Öppna datamappen</source>
            <translation>Open data folder</translation>
        </message>
    </context>
</TS>
