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
    <name>suiji::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is saved as UTF-16. Save it again as "CSV UTF-8" or as an Excel workbook.</source>
        <translation>%1 is saved as UTF-16. Save it again as "CSV UTF-8" or as an Excel workbook.</translation>
    </message>
    <message>
        <source>Unknown encoding "%1". Use UTF-8, GB18030 or GBK.</source>
        <translation>Unknown encoding "%1". Use UTF-8, GB18030 or GBK.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Row %1: a quoted field is never closed (a " is missing). Check the quotes in that row.</source>
        <translation>Row %1: a quoted field is never closed (a " is missing). Check the quotes in that row.</translation>
    </message>
    <message>
        <source>Row %1, column %2: a cell holds more than %3 characters, more than Excel allows. The file is probably damaged.</source>
        <translation>Row %1, column %2: a cell holds more than %3 characters, more than Excel allows. The file is probably damaged.</translation>
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
    <name>suiji::EntityImporter</name>
    <message>
        <source>The file needs a "统一社会信用代码" column or an "对象编码" column (or both): each row is identified by one of them.</source>
        <translation>The file needs a "统一社会信用代码" column or an "对象编码" column (or both): each row is identified by one of them.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>The bureau is empty.</source>
        <translation>The bureau is empty.</translation>
    </message>
    <message>
        <source>Unknown bureau "%1". Use one of 福田, 罗湖, 盐田, 南山, 宝安, 龙岗, 龙华, 坪山, 光明, 大鹏, 深汕.</source>
        <translation>Unknown bureau "%1". Use one of 福田, 罗湖, 盐田, 南山, 宝安, 龙岗, 龙华, 坪山, 光明, 大鹏, 深汕.</translation>
    </message>
    <message>
        <source>The category is empty.</source>
        <translation>The category is empty.</translation>
    </message>
    <message>
        <source>Unknown category "%1". Use one of the categories in the template's drop-down list.</source>
        <translation>Unknown category "%1". Use one of the categories in the template's drop-down list.</translation>
    </message>
    <message>
        <source>"%1" has %2 characters; a unified social credit code has 18.</source>
        <translation>"%1" has %2 characters; a unified social credit code has 18.</translation>
    </message>
    <message>
        <source>"%1" contains a character a unified social credit code cannot have (codes never use I, O, S, V or Z).</source>
        <translation>"%1" contains a character a unified social credit code cannot have (codes never use I, O, S, V or Z).</translation>
    </message>
    <message>
        <source>"%1": the check character should be %2. Accepted as you asked; the entity is flagged.</source>
        <translation>"%1": the check character should be %2. Accepted as you asked; the entity is flagged.</translation>
    </message>
    <message>
        <source>"%1": the last (check) character should be %2. Check the code for a typing error; some codes issued before 2016 fail this check and can be accepted explicitly.</source>
        <translation>"%1": the last (check) character should be %2. Check the code for a typing error; some codes issued before 2016 fail this check and can be accepted explicitly.</translation>
    </message>
    <message>
        <source>Neither a unified social credit code nor an object code is given: the row cannot be identified.</source>
        <translation>Neither a unified social credit code nor an object code is given: the row cannot be identified.</translation>
    </message>
    <message>
        <source>Level "%1" is neither 一般 nor 重点.</source>
        <translation>Level "%1" is neither 一般 nor 重点.</translation>
    </message>
    <message>
        <source>Credit grade "%1" is not one of 诚信, 良好, 警示, 不良.</source>
        <translation>Credit grade "%1" is not one of 诚信, 良好, 警示, 不良.</translation>
    </message>
    <message>
        <source>VOCs grade "%1" is not A, B or C.</source>
        <translation>VOCs grade "%1" is not A, B or C.</translation>
    </message>
    <message>
        <source>"%1" is not a date. Write dates as 2025-03-31, 2025/3/31 or 2025年3月31日.</source>
        <translation>"%1" is not a date. Write dates as 2025-03-31, 2025/3/31 or 2025年3月31日.</translation>
    </message>
    <message>
        <source>%1 lies in the future.</source>
        <translation>%1 lies in the future.</translation>
    </message>
    <message>
        <source>Complaints "%1" must be a whole number, 0 or more.</source>
        <translation>Complaints "%1" must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <source>"%1" should be 是 or 否.</source>
        <translation>"%1" should be 是 or 否.</translation>
    </message>
    <message>
        <source>"%1" appears twice in this file: also in row %2.</source>
        <translation>"%1" appears twice in this file: also in row %2.</translation>
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
    <name>suiji::ImportReport</name>
    <message>
        <source>File: %1 (%2)</source>
        <translation>File: %1 (%2)</translation>
    </message>
    <message>
        <source>Rows read: %1 · added %2 · updated %3 · unchanged %4</source>
        <translation>Rows read: %1 · added %2 · updated %3 · unchanged %4</translation>
    </message>
    <message>
        <source>Columns ignored: %1</source>
        <translation>Columns ignored: %1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>Row %1, column %2</source>
        <translation>Row %1, column %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Warning — %1: %2</source>
        <translation>Warning — %1: %2</translation>
    </message>
    <message>
        <source>Error — %1: %2</source>
        <translation>Error — %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more errors not listed.</source>
        <translation>… and %1 more errors not listed.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>%1 errors: nothing was written. Correct the file and import it again.</source>
        <translation>%1 errors: nothing was written. Correct the file and import it again.</translation>
    </message>
    <message>
        <source>Check only (--dry-run): the file is valid; nothing was written.</source>
        <translation>Check only (--dry-run): the file is valid; nothing was written.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Imported.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
</context>
<context>
    <name>suiji::Importer</name>
    <message>
        <source>The file is empty: it has no header row and no data.</source>
        <translation>The file is empty: it has no header row and no data.</translation>
    </message>
    <message>
        <source>This column appears twice (also as "%1"). Keep one of them.</source>
        <translation>This column appears twice (also as "%1"). Keep one of them.</translation>
    </message>
    <message>
        <source>The required column "%1" is missing. The first row must name the columns; the template shows them.</source>
        <translation>The required column "%1" is missing. The first row must name the columns; the template shows them.</translation>
    </message>
    <message>
        <source>The database cannot start a transaction; it may be locked by another program.</source>
        <translation>The database cannot start a transaction; it may be locked by another program.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>The file has a header row but no data rows.</translation>
    </message>
</context>
<context>
    <name>suiji::InspectorImporter</name>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>The badge number is empty.</source>
        <translation>The badge number is empty.</translation>
    </message>
    <message>
        <source>Badge number "%1" appears twice in this file: also in row %2.</source>
        <translation>Badge number "%1" appears twice in this file: also in row %2.</translation>
    </message>
    <message>
        <source>The bureau is empty.</source>
        <translation>The bureau is empty.</translation>
    </message>
    <message>
        <source>Unknown bureau "%1".</source>
        <translation>Unknown bureau "%1".</translation>
    </message>
    <message>
        <source>"%1" should be 是 or 否.</source>
        <translation>"%1" should be 是 or 否.</translation>
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
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
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
    <name>suiji::TableReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97–2003 file. Save it as .xlsx (Excel workbook) or as CSV and import that.</source>
        <translation>%1 is an old Excel 97–2003 file. Save it as .xlsx (Excel workbook) or as CSV and import that.</translation>
    </message>
</context>
<context>
    <name>suiji::Templates</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The template file must end in .xlsx or .csv, not "%1".</source>
        <translation>The template file must end in .xlsx or .csv, not "%1".</translation>
    </message>
</context>
<context>
    <name>suiji::XlsxReader</name>
    <message>
        <source>Cannot open %1: the file does not exist or cannot be read.</source>
        <translation>Cannot open %1: the file does not exist or cannot be read.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as an Excel workbook (.xlsx): it is damaged, truncated or not a workbook. If it is an old .xls file, save it as .xlsx in Excel or WPS.</source>
        <translation>%1 cannot be opened as an Excel workbook (.xlsx): it is damaged, truncated or not a workbook. If it is an old .xls file, save it as .xlsx in Excel or WPS.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet "%2" is missing from the workbook.</source>
        <translation>%1 is damaged: the sheet "%2" is missing from the workbook.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet "%2" cannot be read.</source>
        <translation>%1 is damaged: the sheet "%2" cannot be read.</translation>
    </message>
    <message>
        <source>%1 is a zip file but not an Excel workbook (xl/workbook.xml is missing).</source>
        <translation>%1 is a zip file but not an Excel workbook (xl/workbook.xml is missing).</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of sheets cannot be read.</source>
        <translation>%1 is damaged: its list of sheets cannot be read.</translation>
    </message>
    <message>
        <source>%1 has no sheet named "%2". Its sheets are: %3.</source>
        <translation>%1 has no sheet named "%2". Its sheets are: %3.</translation>
    </message>
    <message>
        <source>%1 is damaged: its shared strings cannot be read.</source>
        <translation>%1 is damaged: its shared strings cannot be read.</translation>
    </message>
    <message>
        <source>%1 is damaged: its shared strings cannot be read (%2).</source>
        <translation>%1 is damaged: its shared strings cannot be read (%2).</translation>
    </message>
    <message>
        <source>Row %1: a cell reference "%2" is outside the sheet.</source>
        <translation>Row %1: a cell reference "%2" is outside the sheet.</translation>
    </message>
    <message>
        <source>Row %1, column %2: a cell holds more than %3 characters, more than Excel allows. The file is probably damaged.</source>
        <translation>Row %1, column %2: a cell holds more than %3 characters, more than Excel allows. The file is probably damaged.</translation>
    </message>
    <message>
        <source>The sheet "%1" is damaged near row %2: %3</source>
        <translation>The sheet "%1" is damaged near row %2: %3</translation>
    </message>
    <message>
        <source>The workbook is truncated or damaged: the sheet "%1" ends early, near row %2.</source>
        <translation>The workbook is truncated or damaged: the sheet "%1" ends early, near row %2.</translation>
    </message>
    <message>
        <source>Excel workbook, sheet "%1"%2</source>
        <translation>Excel workbook, sheet "%1"%2</translation>
    </message>
    <message>
        <source>, 1904 date system</source>
        <translation>, 1904 date system</translation>
    </message>
</context>
<context>
    <name>suiji::XlsxWriter</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder is not writable.</source>
        <translation>Cannot write %1: the folder is not writable.</translation>
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
    <message>
        <source>Import a list of entities or inspectors (.csv or .xlsx): all rows valid or nothing written.</source>
        <translation>Import a list of entities or inspectors (.csv or .xlsx): all rows valid or nothing written.</translation>
    </message>
    <message>
        <source>Check the file without writing.</source>
        <translation>Check the file without writing.</translation>
    </message>
    <message>
        <source>Accept USCCs whose check character is wrong (flagged).</source>
        <translation>Accept USCCs whose check character is wrong (flagged).</translation>
    </message>
    <message>
        <source>Print the validation report as JSON on stdout.</source>
        <translation>Print the validation report as JSON on stdout.</translation>
    </message>
    <message>
        <source>Force the CSV encoding: UTF-8, GB18030 or GBK.</source>
        <translation>Force the CSV encoding: UTF-8, GB18030 or GBK.</translation>
    </message>
    <message>
        <source>The .xlsx sheet to read (default: the first).</source>
        <translation>The .xlsx sheet to read (default: the first).</translation>
    </message>
    <message>
        <source>Usage: suiji-cli import entities|inspectors FILE [--dry-run] [--accept-bad-check] [--json]</source>
        <translation>Usage: suiji-cli import entities|inspectors FILE [--dry-run] [--accept-bad-check] [--json]</translation>
    </message>
    <message>
        <source>--accept-bad-check applies to entity imports only.</source>
        <translation>--accept-bad-check applies to entity imports only.</translation>
    </message>
    <message>
        <source>Reading… %1%</source>
        <translation>Reading… %1%</translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation>Time: %1 s</translation>
    </message>
    <message>
        <source>Write an import template (.xlsx with drop-down lists, or .csv).</source>
        <translation>Write an import template (.xlsx with drop-down lists, or .csv).</translation>
    </message>
    <message>
        <source>The file to write (.xlsx or .csv).</source>
        <translation>The file to write (.xlsx or .csv).</translation>
    </message>
    <message>
        <source>Usage: suiji-cli template entities|inspectors --out FILE.xlsx|FILE.csv</source>
        <translation>Usage: suiji-cli template entities|inspectors --out FILE.xlsx|FILE.csv</translation>
    </message>
    <message>
        <source>Template written: %1</source>
        <translation>Template written: %1</translation>
    </message>
</context>
</TS>
