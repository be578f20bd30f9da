<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Suiji</source>
        <translation>双随机抽查工作台</translation>
    </message>
</context>
<context>
    <name>suiji::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is saved as UTF-16. Save it again as "CSV UTF-8" or as an Excel workbook.</source>
        <translation>%1 是 UTF-16 编码。请另存为“CSV UTF-8”或 Excel 工作簿后再导入。</translation>
    </message>
    <message>
        <source>Unknown encoding "%1". Use UTF-8, GB18030 or GBK.</source>
        <translation>未知编码“%1”。请使用 UTF-8、GB18030 或 GBK。</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号分隔</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号分隔</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <source>Row %1: a quoted field is never closed (a " is missing). Check the quotes in that row.</source>
        <translation>第 %1 行：有一个带引号的单元格没有结束（缺少一个 "）。请检查该行的引号。</translation>
    </message>
    <message>
        <source>Row %1, column %2: a cell holds more than %3 characters, more than Excel allows. The file is probably damaged.</source>
        <translation>第 %1 行第 %2 列：单元格超过 %3 个字符，超出 Excel 的上限。文件可能已损坏。</translation>
    </message>
</context>
<context>
    <name>suiji::DashboardPage</name>
    <message>
        <source>Bureau</source>
        <translation>管理局</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>监管对象</translation>
    </message>
    <message>
        <source>Key units</source>
        <translation>重点单位</translation>
    </message>
    <message>
        <source>Inspectors taking part</source>
        <translation>参与执法人员</translation>
    </message>
    <message>
        <source>%1 entities, %2 key units, %3 inspectors taking part</source>
        <translation>监管对象 %1 家，重点单位 %2 家，参与执法人员 %3 名</translation>
    </message>
    <message>
        <source>Entities per bureau</source>
        <translation>各管理局监管对象数</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
</context>
<context>
    <name>suiji::Database</name>
    <message>
        <source>Database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1. Check the path and your permissions.</source>
        <translation>无法为 %1 创建文件夹。请检查路径和访问权限。</translation>
    </message>
    <message>
        <source>Cannot read %1. Check that the file exists and that you may read it.</source>
        <translation>无法读取 %1。请确认文件存在且有读取权限。</translation>
    </message>
    <message>
        <source>%1 is not a Suiji database (not an SQLite file). It was left untouched; choose another file or create a new database.</source>
        <translation>%1 不是本工作台的数据库（不是 SQLite 文件）。文件未作任何改动；请选择其他文件或新建数据库。</translation>
    </message>
    <message>
        <source>%1 is read-only. Suiji needs to write to its database: copy it somewhere writable or change its permissions.</source>
        <translation>%1 是只读文件。工作台需要写入数据库：请将其复制到可写位置，或修改文件权限。</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close the other Suiji window or program using it and try again.</source>
        <translation>%1 正被其他程序占用（已锁定）。请关闭正在使用它的其他窗口或程序后重试。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database; it was left untouched.</source>
        <translation>%1 无法作为数据库读取；文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Suiji (schema %2; this version knows up to %3). It was left untouched: please update Suiji.</source>
        <translation>%1 由更新版本的工作台写入（结构版本 %2，本版本最高支持 %3）。文件未作任何改动：请升级本软件。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Suiji database. It was left untouched.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是本工作台的数据库。文件未作任何改动。</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it; nothing was changed. %2</source>
        <translation>升级前无法备份 %1，未作任何改动。%2</translation>
    </message>
    <message>
        <source>Cannot configure %1.</source>
        <translation>无法设置 %1。</translation>
    </message>
    <message>
        <source>Cannot start the upgrade of %1: %2</source>
        <translation>无法开始升级 %1：%2</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>本版本缺少第 %1 号数据库迁移脚本。</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed; the file was left at its old version. %3</source>
        <translation>将 %1 升级到结构版本 %2 失败；文件保持原版本不变。%3</translation>
    </message>
    <message>
        <source>Could not finish the upgrade of %1: %2</source>
        <translation>无法完成 %1 的升级：%2</translation>
    </message>
    <message>
        <source>Cannot write the bureau table.</source>
        <translation>无法写入管理局表。</translation>
    </message>
    <message>
        <source>Backup file %1 already exists.</source>
        <translation>备份文件 %1 已存在。</translation>
    </message>
    <message>
        <source>Backup to %1 failed.</source>
        <translation>备份到 %1 失败。</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>没有进行中的事务。</translation>
    </message>
    <message>
        <source>Saving failed; nothing was written.</source>
        <translation>保存失败，未写入任何数据。</translation>
    </message>
</context>
<context>
    <name>suiji::DemoGenerator</name>
    <message>
        <source>The database %1 already holds entities or inspectors. The demo city goes into an empty database: choose a new file.</source>
        <translation>数据库 %1 中已有监管对象或执法人员。演示数据只能写入空数据库：请选择一个新文件。</translation>
    </message>
</context>
<context>
    <name>suiji::EntitiesPage</name>
    <message>
        <source>Search name, USCC / code or street…</source>
        <translation>搜索名称、统一社会信用代码/编码或街道…</translation>
    </message>
    <message>
        <source>All bureaus</source>
        <translation>全部管理局</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation><numerusform>共 %n 家</numerusform></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>监管对象</translation>
    </message>
</context>
<context>
    <name>suiji::EntityImporter</name>
    <message>
        <source>The file needs a "统一社会信用代码" column or an "对象编码" column (or both): each row is identified by one of them.</source>
        <translation>文件须有“统一社会信用代码”列或“对象编码”列（或两者都有）：每一行靠其中之一识别。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <source>The bureau is empty.</source>
        <translation>所属管理局为空。</translation>
    </message>
    <message>
        <source>Unknown bureau "%1". Use one of 福田, 罗湖, 盐田, 南山, 宝安, 龙岗, 龙华, 坪山, 光明, 大鹏, 深汕.</source>
        <translation>未知管理局“%1”。请填写福田、罗湖、盐田、南山、宝安、龙岗、龙华、坪山、光明、大鹏、深汕之一。</translation>
    </message>
    <message>
        <source>The category is empty.</source>
        <translation>监管类别为空。</translation>
    </message>
    <message>
        <source>Unknown category "%1". Use one of the categories in the template's drop-down list.</source>
        <translation>未知监管类别“%1”。请使用模板下拉列表中的类别。</translation>
    </message>
    <message>
        <source>"%1" has %2 characters; a unified social credit code has 18.</source>
        <translation>“%1”有 %2 位；统一社会信用代码应为 18 位。</translation>
    </message>
    <message>
        <source>"%1" contains a character a unified social credit code cannot have (codes never use I, O, S, V or Z).</source>
        <translation>“%1”含有统一社会信用代码不允许的字符（代码中不使用 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <source>"%1": the check character should be %2. Accepted as you asked; the entity is flagged.</source>
        <translation>“%1”：校验位应为 %2。已按您的要求接受，并对该对象作了标记。</translation>
    </message>
    <message>
        <source>"%1": the last (check) character should be %2. Check the code for a typing error; some codes issued before 2016 fail this check and can be accepted explicitly.</source>
        <translation>“%1”：最后一位（校验位）应为 %2。请检查是否录入有误；部分 2016 年以前发放的代码无法通过校验，可明确选择接受。</translation>
    </message>
    <message>
        <source>Neither a unified social credit code nor an object code is given: the row cannot be identified.</source>
        <translation>既没有统一社会信用代码也没有对象编码：无法识别该行。</translation>
    </message>
    <message>
        <source>Level "%1" is neither 一般 nor 重点.</source>
        <translation>监管级别“%1”既不是“一般”也不是“重点”。</translation>
    </message>
    <message>
        <source>Credit grade "%1" is not one of 诚信, 良好, 警示, 不良.</source>
        <translation>环境信用等级“%1”不是诚信、良好、警示、不良之一。</translation>
    </message>
    <message>
        <source>VOCs grade "%1" is not A, B or C.</source>
        <translation>VOCs分级“%1”不是 A、B 或 C。</translation>
    </message>
    <message>
        <source>"%1" is not a date. Write dates as 2025-03-31, 2025/3/31 or 2025年3月31日.</source>
        <translation>“%1”不是日期。请写作 2025-03-31、2025/3/31 或 2025年3月31日。</translation>
    </message>
    <message>
        <source>%1 lies in the future.</source>
        <translation>%1 是将来的日期。</translation>
    </message>
    <message>
        <source>Complaints "%1" must be a whole number, 0 or more.</source>
        <translation>投诉数“%1”须为不小于 0 的整数。</translation>
    </message>
    <message>
        <source>"%1" should be 是 or 否.</source>
        <translation>“%1”应填“是”或“否”。</translation>
    </message>
    <message>
        <source>"%1" appears twice in this file: also in row %2.</source>
        <translation>“%1”在本文件中重复出现：第 %2 行也有。</translation>
    </message>
</context>
<context>
    <name>suiji::EntityRepository</name>
    <message>
        <source>Cannot read the entity list.</source>
        <translation>无法读取监管对象名录。</translation>
    </message>
    <message>
        <source>Cannot save entity %1.</source>
        <translation>无法保存监管对象 %1。</translation>
    </message>
</context>
<context>
    <name>suiji::EntityTableModel</name>
    <message>
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>USCC / code</source>
        <translation>统一社会信用代码/编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>管理局</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>监管类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>监管级别</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业类别</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Credit grade</source>
        <translation>环境信用等级</translation>
    </message>
    <message>
        <source>VOCs grade</source>
        <translation>VOCs分级</translation>
    </message>
    <message>
        <source>Last penalty</source>
        <translation>最近处罚日期</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>上季度投诉数</translation>
    </message>
</context>
<context>
    <name>suiji::FirstRunDialog</name>
    <message>
        <source>Welcome to Suiji</source>
        <translation>欢迎使用双随机抽查工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The database is empty&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;You can fill it with a synthetic demo city (the eleven Shenzhen bureaus, about 100,000 fictional entities and their inspectors) to try the workbench, or start empty and import your bureau's own lists.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;数据库为空&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;可以生成一套演示数据（深圳 11 个管理局、约 10 万家虚构监管对象及执法人员）来试用工作台，也可以从空库开始，导入本局的名录。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create the demo city</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>从空库开始</translation>
    </message>
</context>
<context>
    <name>suiji::ImportReport</name>
    <message>
        <source>File: %1 (%2)</source>
        <translation>文件：%1（%2）</translation>
    </message>
    <message>
        <source>Rows read: %1 · added %2 · updated %3 · unchanged %4</source>
        <translation>读取 %1 行 · 新增 %2 · 更新 %3 · 未变 %4</translation>
    </message>
    <message>
        <source>Columns ignored: %1</source>
        <translation>已忽略的列：%1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Row %1, column %2</source>
        <translation>第 %1 行，“%2”列</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Warning — %1: %2</source>
        <translation>警告 — %1：%2</translation>
    </message>
    <message>
        <source>Error — %1: %2</source>
        <translation>错误 — %1：%2</translation>
    </message>
    <message>
        <source>… and %1 more errors not listed.</source>
        <translation>……另有 %1 处错误未列出。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何数据。</translation>
    </message>
    <message>
        <source>%1 errors: nothing was written. Correct the file and import it again.</source>
        <translation>共 %1 处错误：未写入任何数据。请修改文件后重新导入。</translation>
    </message>
    <message>
        <source>Check only (--dry-run): the file is valid; nothing was written.</source>
        <translation>仅检查（--dry-run）：文件有效；未写入任何数据。</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>suiji::Importer</name>
    <message>
        <source>The file is empty: it has no header row and no data.</source>
        <translation>文件为空：既没有表头行，也没有数据。</translation>
    </message>
    <message>
        <source>This column appears twice (also as "%1"). Keep one of them.</source>
        <translation>该列重复出现（另一处为“%1”）。请只保留一列。</translation>
    </message>
    <message>
        <source>The required column "%1" is missing. The first row must name the columns; the template shows them.</source>
        <translation>缺少必填列“%1”。第一行须为列名；可参照导入模板。</translation>
    </message>
    <message>
        <source>The database cannot start a transaction; it may be locked by another program.</source>
        <translation>数据库无法开始事务；可能正被其他程序占用。</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>文件只有表头，没有数据行。</translation>
    </message>
</context>
<context>
    <name>suiji::InspectorImporter</name>
    <message>
        <source>The name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <source>The badge number is empty.</source>
        <translation>执法证号为空。</translation>
    </message>
    <message>
        <source>Badge number "%1" appears twice in this file: also in row %2.</source>
        <translation>执法证号“%1”在本文件中重复出现：第 %2 行也有。</translation>
    </message>
    <message>
        <source>The bureau is empty.</source>
        <translation>所属管理局为空。</translation>
    </message>
    <message>
        <source>Unknown bureau "%1".</source>
        <translation>未知管理局“%1”。</translation>
    </message>
    <message>
        <source>"%1" should be 是 or 否.</source>
        <translation>“%1”应填“是”或“否”。</translation>
    </message>
</context>
<context>
    <name>suiji::InspectorRepository</name>
    <message>
        <source>Cannot save inspector %1.</source>
        <translation>无法保存执法人员 %1。</translation>
    </message>
    <message>
        <source>Cannot save the inspector count.</source>
        <translation>无法保存参与执法人员数。</translation>
    </message>
</context>
<context>
    <name>suiji::InspectorsPage</name>
    <message>
        <source>All bureaus</source>
        <translation>全部管理局</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>管理局</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Takes part</source>
        <translation>本季度参与</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>回避对象</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>suiji::MainWindow</name>
    <message>
        <source>Suiji — random inspection workbench</source>
        <translation>双随机抽查工作台</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>抽取</translation>
    </message>
    <message>
        <source>Quota preview, seed entry, preview and commit of the quarter's draws.</source>
        <translation>抽查比例预览、随机种子录入、本季度抽取的预览与确认。</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务台账</translation>
    </message>
    <message>
        <source>The quarter's inspection ledger (台账).</source>
        <translation>本季度检查任务台账。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>PDF reports and Excel exports.</source>
        <translation>PDF 报告与 Excel 导出。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language, theme, rule profile and holiday tables.</source>
        <translation>语言、主题、规则配置与节假日表。</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Suiji</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About Suiji</source>
        <translation>关于双随机抽查工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Suiji 双随机抽查工作台 %1&lt;/h3&gt;&lt;p&gt;Random enforcement inspections for Shenzhen's ecology and environment bureaus: lists, quotas, verifiable draws, progress and reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;双随机抽查工作台 Suiji %1&lt;/h3&gt;&lt;p&gt;服务深圳市生态环境各管理局的“双随机、一公开”执法检查：名录、抽查比例、可验证的抽取、进度与报表。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Database: %1 · schema %2 · %3 entities</source>
        <translation>数据库：%1 · 结构版本 %2 · 监管对象 %3 家</translation>
    </message>
    <message>
        <source>Creating the demo city…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <source>Demo city</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Suiji database (*.db *.sqlite);;All files (*)</source>
        <translation>工作台数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Suiji database (*.db)</source>
        <translation>工作台数据库 (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name.</source>
        <translation>%1 已存在。请另取一个文件名。</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>已备份到 %1</translation>
    </message>
</context>
<context>
    <name>suiji::PendingPage</name>
    <message>
        <source>This page is not available in this version yet.</source>
        <translation>本版本尚未提供此页面。</translation>
    </message>
</context>
<context>
    <name>suiji::TableReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97–2003 file. Save it as .xlsx (Excel workbook) or as CSV and import that.</source>
        <translation>%1 是旧版 Excel 97–2003 文件。请另存为 .xlsx（Excel 工作簿）或 CSV 后再导入。</translation>
    </message>
</context>
<context>
    <name>suiji::Templates</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The template file must end in .xlsx or .csv, not "%1".</source>
        <translation>模板文件扩展名须为 .xlsx 或 .csv，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>suiji::XlsxReader</name>
    <message>
        <source>Cannot open %1: the file does not exist or cannot be read.</source>
        <translation>无法打开 %1：文件不存在或无法读取。</translation>
    </message>
    <message>
        <source>%1 cannot be opened as an Excel workbook (.xlsx): it is damaged, truncated or not a workbook. If it is an old .xls file, save it as .xlsx in Excel or WPS.</source>
        <translation>%1 无法作为 Excel 工作簿（.xlsx）打开：文件已损坏、不完整，或不是工作簿。如是旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx。</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet "%2" is missing from the workbook.</source>
        <translation>%1 已损坏：工作簿中缺少工作表“%2”。</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet "%2" cannot be read.</source>
        <translation>%1 已损坏：无法读取工作表“%2”。</translation>
    </message>
    <message>
        <source>%1 is a zip file but not an Excel workbook (xl/workbook.xml is missing).</source>
        <translation>%1 是 zip 压缩文件，但不是 Excel 工作簿（缺少 xl/workbook.xml）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of sheets cannot be read.</source>
        <translation>%1 已损坏：无法读取其工作表列表。</translation>
    </message>
    <message>
        <source>%1 has no sheet named "%2". Its sheets are: %3.</source>
        <translation>%1 中没有名为“%2”的工作表。现有工作表：%3。</translation>
    </message>
    <message>
        <source>%1 is damaged: its shared strings cannot be read.</source>
        <translation>%1 已损坏：无法读取其共享字符串。</translation>
    </message>
    <message>
        <source>%1 is damaged: its shared strings cannot be read (%2).</source>
        <translation>%1 已损坏：无法读取其共享字符串（%2）。</translation>
    </message>
    <message>
        <source>Row %1: a cell reference "%2" is outside the sheet.</source>
        <translation>第 %1 行：单元格引用“%2”超出工作表范围。</translation>
    </message>
    <message>
        <source>Row %1, column %2: a cell holds more than %3 characters, more than Excel allows. The file is probably damaged.</source>
        <translation>第 %1 行第 %2 列：单元格超过 %3 个字符，超出 Excel 的上限。文件可能已损坏。</translation>
    </message>
    <message>
        <source>The sheet "%1" is damaged near row %2: %3</source>
        <translation>工作表“%1”在第 %2 行附近已损坏：%3</translation>
    </message>
    <message>
        <source>The workbook is truncated or damaged: the sheet "%1" ends early, near row %2.</source>
        <translation>工作簿不完整或已损坏：工作表“%1”在第 %2 行附近提前结束。</translation>
    </message>
    <message>
        <source>Excel workbook, sheet "%1"%2</source>
        <translation>Excel 工作簿，工作表“%1”%2</translation>
    </message>
    <message>
        <source>, 1904 date system</source>
        <translation>，1904 日期系统</translation>
    </message>
</context>
<context>
    <name>suiji::XlsxWriter</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder is not writable.</source>
        <translation>无法写入 %1：文件夹不可写。</translation>
    </message>
</context>
<context>
    <name>suiji::cli</name>
    <message>
        <source>Upgraded the database; the old file was saved as %1</source>
        <translation>数据库已升级；原文件已另存为 %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>See: suiji-cli %1 --help</source>
        <translation>参见：suiji-cli %1 --help</translation>
    </message>
    <message>
        <source>Fill an empty database with the synthetic Shenzhen demo city.</source>
        <translation>向空数据库写入深圳演示数据。</translation>
    </message>
    <message>
        <source>Seed of the generator (default 2025).</source>
        <translation>演示数据生成种子（默认 2025）。</translation>
    </message>
    <message>
        <source>Share of the city to generate, e.g. 0.1 (default 1).</source>
        <translation>生成全市数据的比例，例如 0.1（默认 1）。</translation>
    </message>
    <message>
        <source>--seed must be a whole number ≥ 0, not "%1".</source>
        <translation>--seed 须为不小于 0 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--scale must be a number above 0 and at most 10, not "%1".</source>
        <translation>--scale 须为大于 0 且不超过 10 的数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Demo city written to %1: %2 entities, %3 inspectors in %4 s.</source>
        <translation>演示数据已写入 %1：监管对象 %2 家，执法人员 %3 名，用时 %4 秒。</translation>
    </message>
    <message>
        <source>List entities with their derived class.</source>
        <translation>列出监管对象及其监管分类。</translation>
    </message>
    <message>
        <source>Only this bureau (id, e.g. nanshan, or 南山).</source>
        <translation>仅限该管理局（代码如 nanshan，或“南山”）。</translation>
    </message>
    <message>
        <source>Only this pool (e.g. fixed.key).</source>
        <translation>仅限该抽查库（如 fixed.key）。</translation>
    </message>
    <message>
        <source>Print JSON on stdout.</source>
        <translation>以 JSON 输出到标准输出。</translation>
    </message>
    <message>
        <source>Unknown bureau "%1". Use one of: futian, luohu, yantian, nanshan, baoan, longgang, longhua, pingshan, guangming, dapeng, shenshan.</source>
        <translation>未知管理局“%1”。可用：futian、luohu、yantian、nanshan、baoan、longgang、longhua、pingshan、guangming、dapeng、shenshan（或中文名）。</translation>
    </message>
    <message>
        <source>Filtering by pool needs the rule profile, which this version does not have yet.</source>
        <translation>按抽查库筛选需要规则配置，本版本尚未提供。</translation>
    </message>
    <message>
        <source>Create or migrate the database.</source>
        <translation>创建或升级数据库。</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init 不接受参数。</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>数据库已就绪：%1（结构版本 %2）</translation>
    </message>
    <message>
        <source>Usage: suiji-cli [--db FILE] [--lang zh|en] COMMAND [options]</source>
        <translation>用法：suiji-cli [--db 文件] [--lang zh|en] 命令 [选项]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>database file (default: %1)</source>
        <translation>数据库文件（默认：%1）</translation>
    </message>
    <message>
        <source>language of messages (default zh)</source>
        <translation>提示语言（默认 zh 中文）</translation>
    </message>
    <message>
        <source>show this help; COMMAND --help shows a command's options</source>
        <translation>显示本帮助；“命令 --help”显示该命令的选项</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 runtime failure, 2 usage error, 3 input rejected or check failed.</source>
        <translation>退出码：0 完成，1 运行失败，2 用法错误，3 输入被拒绝或校验未通过。</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db 需要一个文件名。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>--lang takes zh or en.</source>
        <translation>--lang 只接受 zh 或 en。</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Import a list of entities or inspectors (.csv or .xlsx): all rows valid or nothing written.</source>
        <translation>导入监管对象或执法人员名录（.csv 或 .xlsx）：所有行均有效才写入，否则不写入任何数据。</translation>
    </message>
    <message>
        <source>Check the file without writing.</source>
        <translation>只检查文件，不写入。</translation>
    </message>
    <message>
        <source>Accept USCCs whose check character is wrong (flagged).</source>
        <translation>接受校验位错误的统一社会信用代码（并加标记）。</translation>
    </message>
    <message>
        <source>Print the validation report as JSON on stdout.</source>
        <translation>以 JSON 格式在标准输出打印校验报告。</translation>
    </message>
    <message>
        <source>Force the CSV encoding: UTF-8, GB18030 or GBK.</source>
        <translation>指定 CSV 编码：UTF-8、GB18030 或 GBK。</translation>
    </message>
    <message>
        <source>The .xlsx sheet to read (default: the first).</source>
        <translation>要读取的 .xlsx 工作表（默认第一个）。</translation>
    </message>
    <message>
        <source>Usage: suiji-cli import entities|inspectors FILE [--dry-run] [--accept-bad-check] [--json]</source>
        <translation>用法：suiji-cli import entities|inspectors 文件 [--dry-run] [--accept-bad-check] [--json]</translation>
    </message>
    <message>
        <source>--accept-bad-check applies to entity imports only.</source>
        <translation>--accept-bad-check 只适用于监管对象导入。</translation>
    </message>
    <message>
        <source>Reading… %1%</source>
        <translation>正在读取… %1%</translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation>用时：%1 秒</translation>
    </message>
    <message>
        <source>Write an import template (.xlsx with drop-down lists, or .csv).</source>
        <translation>生成导入模板（带下拉列表的 .xlsx，或 .csv）。</translation>
    </message>
    <message>
        <source>The file to write (.xlsx or .csv).</source>
        <translation>要写入的文件（.xlsx 或 .csv）。</translation>
    </message>
    <message>
        <source>Usage: suiji-cli template entities|inspectors --out FILE.xlsx|FILE.csv</source>
        <translation>用法：suiji-cli template entities|inspectors --out 文件.xlsx|文件.csv</translation>
    </message>
    <message>
        <source>Template written: %1</source>
        <translation>模板已生成：%1</translation>
    </message>
</context>
</TS>
