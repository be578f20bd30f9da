<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>Suiji</source>
        <translation>Suiji</translation>
    </message>
</context>
<context>
    <name>suiji::DashboardPage</name>
    <message>
        <source>Bureau</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Key units</source>
        <translation>Key units</translation>
    </message>
    <message>
        <source>Inspectors taking part</source>
        <translation>Inspectors taking part</translation>
    </message>
    <message>
        <source>%1 entities, %2 key units, %3 inspectors taking part</source>
        <translation>%1 entities, %2 key units, %3 inspectors taking part</translation>
    </message>
    <message>
        <source>Entities per bureau</source>
        <translation>Entities per bureau</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>suiji::Database</name>
    <message>
        <source>Database file %1 does not exist.</source>
        <translation>Database file %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1. Check the path and your permissions.</source>
        <translation>Cannot create the folder for %1. Check the path and your permissions.</translation>
    </message>
    <message>
        <source>Cannot read %1. Check that the file exists and that you may read it.</source>
        <translation>Cannot read %1. Check that the file exists and that you may read it.</translation>
    </message>
    <message>
        <source>%1 is not a Suiji database (not an SQLite file). It was left untouched; choose another file or create a new database.</source>
        <translation>%1 is not a Suiji database (not an SQLite file). It was left untouched; choose another file or create a new database.</translation>
    </message>
    <message>
        <source>%1 is read-only. Suiji needs to write to its database: copy it somewhere writable or change its permissions.</source>
        <translation>%1 is read-only. Suiji needs to write to its database: copy it somewhere writable or change its permissions.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Cannot open %1.</translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close the other Suiji window or program using it and try again.</source>
        <translation>%1 is locked by another program. Close the other Suiji window or program using it and try again.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database; it was left untouched.</source>
        <translation>%1 cannot be read as a database; it was left untouched.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Suiji (schema %2; this version knows up to %3). It was left untouched: please update Suiji.</source>
        <translation>%1 was written by a newer version of Suiji (schema %2; this version knows up to %3). It was left untouched: please update Suiji.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Suiji database. It was left untouched.</source>
        <translation>%1 is an SQLite database of another program, not a Suiji database. It was left untouched.</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it; nothing was changed. %2</source>
        <translation>Could not back up %1 before upgrading it; nothing was changed. %2</translation>
    </message>
    <message>
        <source>Cannot configure %1.</source>
        <translation>Cannot configure %1.</translation>
    </message>
    <message>
        <source>Cannot start the upgrade of %1: %2</source>
        <translation>Cannot start the upgrade of %1: %2</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migration %1 is missing from this build.</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed; the file was left at its old version. %3</source>
        <translation>Upgrading %1 to schema %2 failed; the file was left at its old version. %3</translation>
    </message>
    <message>
        <source>Could not finish the upgrade of %1: %2</source>
        <translation>Could not finish the upgrade of %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the bureau table.</source>
        <translation>Cannot write the bureau table.</translation>
    </message>
    <message>
        <source>Backup file %1 already exists.</source>
        <translation>Backup file %1 already exists.</translation>
    </message>
    <message>
        <source>Backup to %1 failed.</source>
        <translation>Backup to %1 failed.</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>No transaction is open.</translation>
    </message>
    <message>
        <source>Saving failed; nothing was written.</source>
        <translation>Saving failed; nothing was written.</translation>
    </message>
</context>
<context>
    <name>suiji::DemoGenerator</name>
    <message>
        <source>The database %1 already holds entities or inspectors. The demo city goes into an empty database: choose a new file.</source>
        <translation>The database %1 already holds entities or inspectors. The demo city goes into an empty database: choose a new file.</translation>
    </message>
</context>
<context>
    <name>suiji::EntitiesPage</name>
    <message>
        <source>Search name, USCC / code or street…</source>
        <translation>Search name, USCC / code or street…</translation>
    </message>
    <message>
        <source>All bureaus</source>
        <translation>All bureaus</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation><numerusform>%n entity</numerusform><numerusform>%n entities</numerusform></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
</context>
<context>
    <name>suiji::EntityRepository</name>
    <message>
        <source>Cannot read the entity list.</source>
        <translation>Cannot read the entity list.</translation>
    </message>
    <message>
        <source>Cannot save entity %1.</source>
        <translation>Cannot save entity %1.</translation>
    </message>
</context>
<context>
    <name>suiji::EntityTableModel</name>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>USCC / code</source>
        <translation>USCC / code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Credit grade</source>
        <translation>Credit grade</translation>
    </message>
    <message>
        <source>VOCs grade</source>
        <translation>VOCs grade</translation>
    </message>
    <message>
        <source>Last penalty</source>
        <translation>Last penalty</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
</context>
<context>
    <name>suiji::FirstRunDialog</name>
    <message>
        <source>Welcome to Suiji</source>
        <translation>Welcome to Suiji</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The database is empty&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;You can fill it with a synthetic demo city (the eleven Shenzhen bureaus, about 100,000 fictional entities and their inspectors) to try the workbench, or start empty and import your bureau's own lists.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;The database is empty&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;You can fill it with a synthetic demo city (the eleven Shenzhen bureaus, about 100,000 fictional entities and their inspectors) to try the workbench, or start empty and import your bureau's own lists.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create the demo city</source>
        <translation>Create the demo city</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Start empty</translation>
    </message>
</context>
<context>
    <name>suiji::InspectorRepository</name>
    <message>
        <source>Cannot save inspector %1.</source>
        <translation>Cannot save inspector %1.</translation>
    </message>
    <message>
        <source>Cannot save the inspector count.</source>
        <translation>Cannot save the inspector count.</translation>
    </message>
</context>
<context>
    <name>suiji::InspectorsPage</name>
    <message>
        <source>All bureaus</source>
        <translation>All bureaus</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Takes part</source>
        <translation>Takes part</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflicts of interest</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
</context>
<context>
    <name>suiji::MainWindow</name>
    <message>
        <source>Suiji — random inspection workbench</source>
        <translation>Suiji — random inspection workbench</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Draw</translation>
    </message>
    <message>
        <source>Quota preview, seed entry, preview and commit of the quarter's draws.</source>
        <translation>Quota preview, seed entry, preview and commit of the quarter's draws.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>The quarter's inspection ledger (台账).</source>
        <translation>The quarter's inspection ledger (台账).</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>PDF reports and Excel exports.</source>
        <translation>PDF reports and Excel exports.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language, theme, rule profile and holiday tables.</source>
        <translation>Language, theme, rule profile and holiday tables.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Back up database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Suiji</source>
        <translation>&amp;About Suiji</translation>
    </message>
    <message>
        <source>About Suiji</source>
        <translation>About Suiji</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Suiji 双随机抽查工作台 %1&lt;/h3&gt;&lt;p&gt;Random enforcement inspections for Shenzhen's ecology and environment bureaus: lists, quotas, verifiable draws, progress and reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Suiji 双随机抽查工作台 %1&lt;/h3&gt;&lt;p&gt;Random enforcement inspections for Shenzhen's ecology and environment bureaus: lists, quotas, verifiable draws, progress and reports.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>Database: %1 · schema %2 · %3 entities</source>
        <translation>Database: %1 · schema %2 · %3 entities</translation>
    </message>
    <message>
        <source>Creating the demo city…</source>
        <translation>Creating the demo city…</translation>
    </message>
    <message>
        <source>Demo city</source>
        <translation>Demo city</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Suiji database (*.db *.sqlite);;All files (*)</source>
        <translation>Suiji database (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Suiji database (*.db)</source>
        <translation>Suiji database (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name.</source>
        <translation>%1 already exists. Choose a new file name.</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Backup written to %1</translation>
    </message>
</context>
<context>
    <name>suiji::PendingPage</name>
    <message>
        <source>This page is not available in this version yet.</source>
        <translation>This page is not available in this version yet.</translation>
    </message>
</context>
<context>
    <name>suiji::cli</name>
    <message>
        <source>Upgraded the database; the old file was saved as %1</source>
        <translation>Upgraded the database; the old file was saved as %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>See: suiji-cli %1 --help</source>
        <translation>See: suiji-cli %1 --help</translation>
    </message>
    <message>
        <source>Fill an empty database with the synthetic Shenzhen demo city.</source>
        <translation>Fill an empty database with the synthetic Shenzhen demo city.</translation>
    </message>
    <message>
        <source>Seed of the generator (default 2025).</source>
        <translation>Seed of the generator (default 2025).</translation>
    </message>
    <message>
        <source>Share of the city to generate, e.g. 0.1 (default 1).</source>
        <translation>Share of the city to generate, e.g. 0.1 (default 1).</translation>
    </message>
    <message>
        <source>--seed must be a whole number ≥ 0, not "%1".</source>
        <translation>--seed must be a whole number ≥ 0, not "%1".</translation>
    </message>
    <message>
        <source>--scale must be a number above 0 and at most 10, not "%1".</source>
        <translation>--scale must be a number above 0 and at most 10, not "%1".</translation>
    </message>
    <message>
        <source>Demo city written to %1: %2 entities, %3 inspectors in %4 s.</source>
        <translation>Demo city written to %1: %2 entities, %3 inspectors in %4 s.</translation>
    </message>
    <message>
        <source>List entities with their derived class.</source>
        <translation>List entities with their derived class.</translation>
    </message>
    <message>
        <source>Only this bureau (id, e.g. nanshan, or 南山).</source>
        <translation>Only this bureau (id, e.g. nanshan, or 南山).</translation>
    </message>
    <message>
        <source>Only this pool (e.g. fixed.key).</source>
        <translation>Only this pool (e.g. fixed.key).</translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation>Print JSON on stdout.</translation>
    </message>
    <message>
        <source>Unknown bureau "%1". Use one of: futian, luohu, yantian, nanshan, baoan, longgang, longhua, pingshan, guangming, dapeng, shenshan.</source>
        <translation>Unknown bureau "%1". Use one of: futian, luohu, yantian, nanshan, baoan, longgang, longhua, pingshan, guangming, dapeng, shenshan.</translation>
    </message>
    <message>
        <source>Filtering by pool needs the rule profile, which this version does not have yet.</source>
        <translation>Filtering by pool needs the rule profile, which this version does not have yet.</translation>
    </message>
    <message>
        <source>Create or migrate the database.</source>
        <translation>Create or migrate the database.</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init takes no arguments.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Database ready: %1 (schema %2)</translation>
    </message>
    <message>
        <source>Usage: suiji-cli [--db FILE] [--lang zh|en] COMMAND [options]</source>
        <translation>Usage: suiji-cli [--db FILE] [--lang zh|en] COMMAND [options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>database file (default: %1)</source>
        <translation>database file (default: %1)</translation>
    </message>
    <message>
        <source>language of messages (default zh)</source>
        <translation>language of messages (default zh)</translation>
    </message>
    <message>
        <source>show this help; COMMAND --help shows a command's options</source>
        <translation>show this help; COMMAND --help shows a command's options</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 runtime failure, 2 usage error, 3 input rejected or check failed.</source>
        <translation>Exit codes: 0 done, 1 runtime failure, 2 usage error, 3 input rejected or check failed.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db needs a file name.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>--lang takes zh or en.</source>
        <translation>--lang takes zh or en.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Unknown command "%1".</translation>
    </message>
</context>
</TS>
