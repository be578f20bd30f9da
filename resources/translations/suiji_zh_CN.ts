<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Suiji</source>
        <translation>双随机抽查工作台</translation>
    </message>
    <message>
        <source>The database file %1 does not exist (it may have been moved or deleted).

Create a new, empty database there?</source>
        <translation>数据库文件 %1 不存在（可能已被移动或删除）。

要在该位置新建一个空数据库吗？</translation>
    </message>
</context>
<context>
    <name>suiji::AssignedRepository</name>
    <message>
        <source>Cannot read the assigned targets.</source>
        <translation>无法读取下达任务。</translation>
    </message>
    <message>
        <source>Cannot save the assigned target.</source>
        <translation>无法保存下达任务。</translation>
    </message>
    <message>
        <source>Cannot record the inspections.</source>
        <translation>无法登记检查情况。</translation>
    </message>
    <message>
        <source>%1 has no assigned target &quot;%2&quot; in %3. Hand it down first (suiji-cli targets set).</source>
        <translation>%1 在 %3 年没有下达任务“%2”。请先下达（suiji-cli targets set）。</translation>
    </message>
</context>
<context>
    <name>suiji::AssignedTargetsDialog</name>
    <message>
        <source>Assigned targets (下达任务) · %1 · %2</source>
        <translation>下达任务 · %1 · %2 年</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>下达数</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>尚余</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Handed down by</source>
        <translation>下达来源</translation>
    </message>
    <message>
        <source>Hand down or change a target</source>
        <translation>下达或修改任务</translation>
    </message>
    <message>
        <source>e.g. 深圳蓝新车（机械）执法检查</source>
        <translation>如：深圳蓝新车（机械）执法检查</translation>
    </message>
    <message>
        <source>e.g. the document that handed it down</source>
        <translation>如：下达任务的文件文号</translation>
    </message>
    <message>
        <source>&amp;Save target</source>
        <translation>保存任务(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>任务(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>下达数(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Handed down by:</source>
        <translation>下达来源(&amp;H)：</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>截止日期(&amp;U)：</translation>
    </message>
    <message>
        <source>Record inspections against the selected target</source>
        <translation>登记所选任务的完成情况</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Inspections:</source>
        <translation>检查数(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>日期(&amp;O)：</translation>
    </message>
    <message>
        <source>No target is handed down to this bureau for %1 yet: enter the item and its count, then save.</source>
        <translation>%1 年尚未向本局下达任务：填写任务名称和数量后保存。</translation>
    </message>
    <message>
        <source>Name the item handed down (e.g. 深圳蓝新车（机械）执法检查).</source>
        <translation>请填写下达任务的名称（如：深圳蓝新车（机械）执法检查）。</translation>
    </message>
    <message>
        <source>The due date %1 is not in %2.</source>
        <translation>截止日期 %1 不在 %2 年内。</translation>
    </message>
    <message>
        <source>Saved: %1, %2 to do by %3.</source>
        <translation>已保存：%1，%3 前完成 %2 项。</translation>
    </message>
    <message>
        <source>Select the target the inspections count towards.</source>
        <translation>请先选择这些检查所计入的任务。</translation>
    </message>
    <message>
        <source>%1 lies in the future: record inspections once they have happened.</source>
        <translation>%1 是将来的日期：请在检查完成后再登记。</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 不在 %2 年内。</translation>
    </message>
    <message>
        <source>Recorded: %1 inspections of %2 on %3.</source>
        <translation>已登记：%3 完成 %2 检查 %1 项。</translation>
    </message>
</context>
<context>
    <name>suiji::Backups</name>
    <message>
        <source>The backup folder %1 cannot be read.</source>
        <translation>无法读取备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created. Check the permissions of its folder.</source>
        <translation>无法创建备份文件夹 %1。请检查其上级文件夹的权限。</translation>
    </message>
    <message>
        <source>Nothing was written: the automatic backup before this change could not be made. %1</source>
        <translation>没有写入任何内容：本次修改前的自动备份未能完成。%1</translation>
    </message>
</context>
<context>
    <name>suiji::Bundle</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 %2 has no commit under draw-spec v2: there is nothing to publish yet.</source>
        <translation>%1 %2 还没有按 draw-spec v2 提交的抽取：暂无可公开的内容。</translation>
    </message>
    <message>
        <source>The commit of %1 %2 names a freeze that is not in the chain.</source>
        <translation>%1 %2 的提交记录指向的锁定记录不在记录链中。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The targets of campaign %1 are not committed: there is nothing to publish yet.</source>
        <translation>专项 %1 的检查对象尚未提交，暂无可公开的内容。</translation>
    </message>
    <message>
        <source>The commit of campaign %1 names a freeze that is not in the chain.</source>
        <translation>专项 %1 的提交记录所指的锁定记录不在记录链中。</translation>
    </message>
</context>
<context>
    <name>suiji::Campaign</name>
    <message>
        <source>draft</source>
        <translation>草拟</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>已备案</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>实施中</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已公布</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已完结</translation>
    </message>
    <message>
        <source>A campaign&apos;s id is 1 to 40 letters, digits, - or _ (e.g. ZX2025-VOCS): &quot;%1&quot; is not.</source>
        <translation>专项编号须为 1 至 40 个字母、数字、- 或 _（如 ZX2025-VOCS），“%1”不符合。</translation>
    </message>
    <message>
        <source>A campaign&apos;s id cannot be a quarter&apos;s name (%1): its records are filed under it.</source>
        <translation>专项编号不能与季度名称相同（%1）：其记录以编号归档。</translation>
    </message>
</context>
<context>
    <name>suiji::CampaignReport</name>
    <message>
        <source>lists: %1</source>
        <translation>名录：%1</translation>
    </message>
    <message>
        <source>level: %1</source>
        <translation>级别：%1</translation>
    </message>
    <message>
        <source>key</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>general</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>class: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>industry contains “%1”</source>
        <translation>行业含“%1”</translation>
    </message>
    <message>
        <source>street contains “%1”</source>
        <translation>街道含“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) of an imported list</source>
        <translation>
            <numerusform>导入清单中的 %n 个代码</numerusform>
        </translation>
    </message>
    <message>
        <source>every entity of the bureau&apos;s lists</source>
        <translation>本局名录中的全部对象</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Drafted (草拟)</source>
        <translation>草拟</translation>
    </message>
    <message>
        <source>Scope set</source>
        <translation>确定范围</translation>
    </message>
    <message>
        <source>Approved (批准)</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Filed (备案)</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Published (公布)</source>
        <translation>公布</translation>
    </message>
    <message>
        <source>Closed (完结)</source>
        <translation>完结</translation>
    </message>
    <message>
        <source>Special campaign summary: %1</source>
        <translation>专项执法检查总结：%1</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>专项</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>实施机关</translation>
    </message>
    <message>
        <source>Field or region</source>
        <translation>领域或区域</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>实施期间</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <source>off site (书面核查、信息共享、智慧监管)</source>
        <translation>非现场（书面核查、信息共享、智慧监管）</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>现场检查</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>程序记录</translation>
    </message>
    <message>
        <source>%1, document %2</source>
        <translation>%1，文号 %2</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>报 %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>于 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>By, document, where</source>
        <translation>批准人、文号、备案或公布处</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>检查范围</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>范围内</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies), one per company</source>
        <translation>
            <numerusform>%n 个对象（每家单位计一次）</numerusform>
        </translation>
    </message>
    <message>
        <source>The scope is not set yet.</source>
        <translation>尚未确定检查范围。</translation>
    </message>
    <message>
        <source>Targets and their proof</source>
        <translation>检查对象及其抽取证明</translation>
    </message>
    <message>
        <source>The targets are not locked yet.</source>
        <translation>检查对象尚未锁定。</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>检查对象</translation>
    </message>
    <message numerus="yes">
        <source>every entity in scope (%n)</source>
        <translation>
            <numerusform>范围内全部对象（%n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>a random sample of %1 of %2 in scope</source>
        <translation>从范围内 %2 个对象中随机抽取 %1 个</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Seed source</source>
        <translation>种子产生方式</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Inspectors taking part</source>
        <translation>参加的执法人员</translation>
    </message>
    <message>
        <source>Lock record</source>
        <translation>锁定记录</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>lock voided</source>
        <translation>锁定已撤销</translation>
    </message>
    <message>
        <source>earlier lock</source>
        <translation>此前的锁定</translation>
    </message>
    <message>
        <source>Every seed tried, in order:</source>
        <translation>试过的全部种子（按先后）：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>试算时间</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Why not the first seed</source>
        <translation>未用首个种子的理由</translation>
    </message>
    <message>
        <source>— (the first seed tried)</source>
        <translation>—（即首个试算的种子）</translation>
    </message>
    <message>
        <source>Commit record</source>
        <translation>提交记录</translation>
    </message>
    <message>
        <source>The targets follow the public algorithm of the quarter&apos;s draws: every key in scope gets the ticket SHA-256(seed|context|key), the lowest tickets are the targets. Anyone can recompute a ticket with the shell; the first target gives:</source>
        <translation>检查对象按季度抽取的公开算法产生：范围内每个对象代码的签为 SHA-256(种子|上下文|代码)，签最小的即为检查对象。任何人都可以用命令行复算一张签；第一个检查对象为：</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>Off site</source>
        <translation>非现场</translation>
    </message>
    <message>
        <source>Found something</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>待检查</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>USCC / code</source>
        <translation>统一社会信用代码 / 编码</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>执法小组</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>suiji-cli verify recomputes the targets from the lock and the seed and checks every record of the procedure and every inspection; suiji-cli publish --campaign writes a bundle anyone can check offline. The QR code holds the campaign&apos;s last record hash, which commits to every record before it.</source>
        <translation>suiji-cli verify 由锁定名录和种子复算检查对象，并核对每条程序记录和每次检查；suiji-cli publish --campaign 生成任何人都可离线核验的公开包。二维码含本专项最后一条记录的哈希值，它确认此前的每一条记录。</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>编制：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>审核：</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>批准：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>suiji::CampaignRepository</name>
    <message>
        <source>Cannot read the campaigns.</source>
        <translation>无法读取专项。</translation>
    </message>
    <message>
        <source>Cannot read campaign %1.</source>
        <translation>无法读取专项 %1。</translation>
    </message>
    <message>
        <source>There is already a campaign %1 (%2).</source>
        <translation>已有专项 %1（%2）。</translation>
    </message>
    <message>
        <source>Cannot save campaign %1.</source>
        <translation>无法保存专项 %1。</translation>
    </message>
    <message>
        <source>Campaign %1 is no longer in the file (another program may have changed it).</source>
        <translation>专项 %1 已不在数据库中（可能被其他程序修改）。</translation>
    </message>
    <message>
        <source>Cannot read the targets of campaign %1.</source>
        <translation>无法读取专项 %1 的检查对象。</translation>
    </message>
    <message>
        <source>Cannot read the campaigns&apos; targets.</source>
        <translation>无法读取专项的检查对象。</translation>
    </message>
    <message>
        <source>Cannot save the targets of campaign %1.</source>
        <translation>无法保存专项 %1 的检查对象。</translation>
    </message>
    <message>
        <source>Cannot save target %1 of campaign %2.</source>
        <translation>无法保存专项 %2 的检查对象 %1。</translation>
    </message>
    <message>
        <source>%1 is not a target of campaign %2.</source>
        <translation>%1 不是专项 %2 的检查对象。</translation>
    </message>
</context>
<context>
    <name>suiji::CampaignService</name>
    <message>
        <source>Campaign %1 is %2; this step needs it %3 (the order is: draft, approved, filed, published, closed).</source>
        <translation>专项 %1 当前为“%2”，此步骤要求其为“%3”（顺序为：草拟、已批准、已备案、已公布、已完结）。</translation>
    </message>
    <message>
        <source>The frozen lists of the campaign cannot be read: %1.</source>
        <translation>无法读取专项锁定的名单：%1。</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>没有专项 %1。</translation>
    </message>
    <message>
        <source>%1 holds no keys.</source>
        <translation>%1 中没有任何代码。</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>专项须有名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bureau.</source>
        <translation>“%1”不是管理局。</translation>
    </message>
    <message>
        <source>A campaign needs a period: a first and a last day, the last not before the first.</source>
        <translation>专项须有实施期间：起止日期，截止日不得早于起始日。</translation>
    </message>
    <message>
        <source>--level takes general or key.</source>
        <translation>--level 取值为 general 或 key。</translation>
    </message>
    <message>
        <source>--class takes general, key, special or offsite.</source>
        <translation>--class 取值为 general、key、special 或 offsite。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category of the entity list.</source>
        <translation>“%1”不是监管对象名录的类别。</translation>
    </message>
    <message>
        <source>Set the scope of campaign %1 before its approval: the approval is of a scope.</source>
        <translation>请先设定专项 %1 的范围再报批：批准针对的是确定的范围。</translation>
    </message>
    <message>
        <source>An approval needs who approved it, the date and the document&apos;s number.</source>
        <translation>批准须填写批准人（机关）、日期和文号。</translation>
    </message>
    <message>
        <source>A filing needs where it was filed and the date.</source>
        <translation>备案须填写备案机关和日期。</translation>
    </message>
    <message>
        <source>The filing (%1) cannot come before the approval (%2).</source>
        <translation>备案日期（%1）不得早于批准日期（%2）。</translation>
    </message>
    <message>
        <source>A publication needs where it was published and the date.</source>
        <translation>公布须填写公布渠道和日期。</translation>
    </message>
    <message>
        <source>The publication (%1) cannot come before the filing (%2).</source>
        <translation>公布日期（%1）不得早于备案日期（%2）。</translation>
    </message>
    <message>
        <source>The closure (%1) cannot come before the publication (%2).</source>
        <translation>完结日期（%1）不得早于公布日期（%2）。</translation>
    </message>
    <message>
        <source>Campaign %1 is closed.</source>
        <translation>专项 %1 已完结。</translation>
    </message>
    <message>
        <source>Set the scope of campaign %1 before its targets are locked.</source>
        <translation>请先设定专项 %1 的范围，再锁定检查对象。</translation>
    </message>
    <message>
        <source>The targets of campaign %1 are committed already.</source>
        <translation>专项 %1 的检查对象已提交。</translation>
    </message>
    <message>
        <source>The targets of campaign %1 are locked already (%2).</source>
        <translation>专项 %1 的检查对象已锁定（%2）。</translation>
    </message>
    <message>
        <source>No entity of the list is in the scope of campaign %1.</source>
        <translation>名录中没有监管对象属于专项 %1 的范围。</translation>
    </message>
    <message>
        <source>A sample of campaign %1 is 1 to %2 of the entities in scope.</source>
        <translation>专项 %1 的抽样数须为范围内对象的 1 至 %2 家。</translation>
    </message>
    <message>
        <source>Lock the targets of campaign %1 first (campaign freeze): a seed may only be tried once the scope and the roster are fixed.</source>
        <translation>请先锁定专项 %1 的检查对象（campaign freeze）：范围和执法人员名单确定后才能试用种子。</translation>
    </message>
    <message>
        <source>The seed %1 is not the first one tried (%2): a commit with it needs a reason.</source>
        <translation>种子 %1 不是第一次试用的种子（%2）：用它提交须说明理由。</translation>
    </message>
    <message>
        <source>Campaign %1 is closed: no more inspections are recorded in it.</source>
        <translation>专项 %1 已完结，不再记录检查。</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: inspections are recorded only once it is published (批准、备案、公布 first).</source>
        <translation>专项 %1 当前为“%2”：须经批准、备案、公布后才能记录检查。</translation>
    </message>
    <message>
        <source>The inspection date must lie between the publication (%1) and today.</source>
        <translation>检查日期须在公布日期（%1）与今天之间。</translation>
    </message>
    <message>
        <source>%1 is not a target of campaign %2.</source>
        <translation>%1 不是专项 %2 的检查对象。</translation>
    </message>
    <message>
        <source>Say why the lock is voided: the reason is recorded and printed on the campaign&apos;s report.</source>
        <translation>请说明撤销锁定的理由：理由将被记录，并印在专项总结上。</translation>
    </message>
    <message>
        <source>The targets of campaign %1 are committed; their lock cannot be voided.</source>
        <translation>专项 %1 的检查对象已提交，其锁定不能撤销。</translation>
    </message>
    <message>
        <source>The targets of campaign %1 are not locked: there is no lock to void.</source>
        <translation>专项 %1 的检查对象尚未锁定，没有可撤销的锁定。</translation>
    </message>
</context>
<context>
    <name>suiji::CampaignsPage</name>
    <message>
        <source>random task</source>
        <translation>随机任务</translation>
    </message>
    <message>
        <source>must-check</source>
        <translation>必查</translation>
    </message>
    <message>
        <source>case</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>专项</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>检查组</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Visit on</source>
        <translation>入企日期</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>管理局</translation>
    </message>
    <message>
        <source>On-site visits this year</source>
        <translation>本年入企次数</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建专项(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Scope…</source>
        <translation>范围(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Lock targets…</source>
        <translation>锁定对象(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Draw targets…</source>
        <translation>抽取对象(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Record inspection…</source>
        <translation>记录检查(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close campaign</source>
        <translation>完结专项(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Accept the visit</source>
        <translation>采纳合并入企(&amp;A)</translation>
    </message>
    <message>
        <source>A special campaign for a region&apos;s or field&apos;s outstanding problem (Ctrl+N).</source>
        <translation>针对某一地区、领域突出问题的专项执法（Ctrl+N）。</translation>
    </message>
    <message>
        <source>Which entities the campaign takes; the count follows as you type. Fixed at approval.</source>
        <translation>专项涵盖哪些对象；输入时即时显示数量。批准后不再变更。</translation>
    </message>
    <message>
        <source>The procedure in its order: approval, filing, publication. Inspections are recorded only once it is published.</source>
        <translation>按顺序履行程序：批准、备案、公布。公布后才能记录检查。</translation>
    </message>
    <message>
        <source>Lock the entities in scope and the roster before any seed: every one, or a random sample.</source>
        <translation>在产生种子前锁定范围内对象和执法人员名单：全部检查，或随机抽样。</translation>
    </message>
    <message>
        <source>Try a seed rolled in public (each try is recorded), then commit the targets and their teams.</source>
        <translation>试用当众产生的种子（每次试用均记录在案），再提交检查对象和检查组。</translation>
    </message>
    <message>
        <source>Special campaigns (专项)</source>
        <translation>专项执法</translation>
    </message>
    <message>
        <source>Proposed: the on-site tasks of one company due in the same month, visited once.</source>
        <translation>建议合并：同一单位同月到期的现场检查任务，一次入企完成。</translation>
    </message>
    <message>
        <source>Accepted this quarter:</source>
        <translation>本季度已采纳：</translation>
    </message>
    <message>
        <source>Visited most this year (入企频次):</source>
        <translation>本年入企频次较高的单位：</translation>
    </message>
    <message>
        <source>One visit (一次入企)</source>
        <translation>综合查一次</translation>
    </message>
    <message>
        <source>Campaign %1 closed.</source>
        <translation>专项 %1 已完结。</translation>
    </message>
    <message>
        <source>No special campaign in this scope yet. A campaign goes through approval, filing and publication before its inspections; its targets are every entity in scope or a sample drawn in public.</source>
        <translation>此范围内尚无专项执法。专项须经批准、备案、公布后实施检查；检查对象为范围内全部对象，或当众随机抽取的样本。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 – %4</source>
        <translation>%1 · %2 · %3 至 %4</translation>
    </message>
    <message>
        <source>Basis: %1   Field: %2</source>
        <translation>依据：%1&#x3000;领域：%2</translation>
    </message>
    <message numerus="yes">
        <source>Scope: %n entity(ies) (fingerprint %1)</source>
        <translation>
            <numerusform>范围：%n 家（指纹 %1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Scope: not set</source>
        <translation>范围：未设定</translation>
    </message>
    <message>
        <source>✓ Approved by %1 on %2, document %3</source>
        <translation>✓ %1 于 %2 批准，文号 %3</translation>
    </message>
    <message>
        <source>○ Approval</source>
        <translation>○ 批准</translation>
    </message>
    <message>
        <source>✓ Filed with %1 on %2</source>
        <translation>✓ %2 报 %1 备案</translation>
    </message>
    <message>
        <source>○ Filing</source>
        <translation>○ 备案</translation>
    </message>
    <message>
        <source>✓ Published on %1, %2</source>
        <translation>✓ %1 在 %2 公布</translation>
    </message>
    <message>
        <source>○ Publication</source>
        <translation>○ 公布</translation>
    </message>
    <message>
        <source>✓ Closed on %1</source>
        <translation>✓ %1 完结</translation>
    </message>
    <message numerus="yes">
        <source>Targets committed with seed %1 (commit %2); %n seed(s) tried.</source>
        <translation>
            <numerusform>检查对象已以种子 %1 提交（提交记录 %2）；共试用 %n 个种子。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Targets locked (freeze %1): %2 to draw; %n seed(s) tried.</source>
        <translation>
            <numerusform>检查对象已锁定（锁定记录 %1）：抽取 %2 家；已试用 %n 个种子。</numerusform>
        </translation>
    </message>
    <message>
        <source>Targets not yet locked.</source>
        <translation>检查对象尚未锁定。</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>备案(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>公布(&amp;P)…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>待检查</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n combined visit(s) proposed. Accepted this quarter: %2, sparing %3 visit(s); this year: %4, sparing %5. %6 company(ies) above %7 on-site visits this year.</source>
        <translation>
            <numerusform>%1：建议合并入企 %n 次。本季度已采纳 %2 次，减少入企 %3 次；本年已采纳 %4 次，减少 %5 次。本年入企超过 %7 次的单位 %6 家。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Campaign %1 created (草拟). Set its scope, then have it approved, filed and published.</source>
        <translation>专项 %1 已创建（草拟）。请设定范围，然后报批、备案、公布。</translation>
    </message>
    <message numerus="yes">
        <source>Scope of %1: %n entity(ies).</source>
        <translation>
            <numerusform>%1 的范围：%n 家。</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign %1 is now %2.</source>
        <translation>专项 %1 现为“%2”。</translation>
    </message>
    <message>
        <source>Targets of %1 locked (freeze %2). Roll the seed in public, then draw.</source>
        <translation>%1 的检查对象已锁定（锁定记录 %2）。请当众产生种子，然后抽取。</translation>
    </message>
    <message numerus="yes">
        <source>Committed: %n target(s) with seed %1.</source>
        <translation>
            <numerusform>已提交：以种子 %1 抽取 %n 家检查对象。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seed %1 tried (attempt %2): %n target(s); commit it to keep them.</source>
        <translation>
            <numerusform>已试用种子 %1（第 %2 次）：%n 家检查对象；提交后生效。</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspection of %1 recorded.</source>
        <translation>已记录对 %1 的检查。</translation>
    </message>
    <message numerus="yes">
        <source>One visit to %1 on %2 for %n task(s).</source>
        <translation>
            <numerusform>%2 一次入企 %1，完成 %n 项任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>New special campaign</source>
        <translation>新建专项执法</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>编号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Bureau:</source>
        <translation>管理局(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>法律依据(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Field or region:</source>
        <translation>领域或区域(&amp;F)：</translation>
    </message>
    <message>
        <source>Scope of %1</source>
        <translation>%1 的范围</translation>
    </message>
    <message>
        <source>Every list</source>
        <translation>全部名录</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>不限级别</translation>
    </message>
    <message>
        <source>general</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>key</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>Any class</source>
        <translation>不限类别</translation>
    </message>
    <message>
        <source>e.g. 涂料</source>
        <translation>如：涂料</translation>
    </message>
    <message>
        <source>The count cannot be read.</source>
        <translation>无法读取数量。</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) in scope.</source>
        <translation>
            <numerusform>范围内共 %n 家。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>名录(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>监管类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Industry contains:</source>
        <translation>行业包含(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Street contains:</source>
        <translation>街道包含(&amp;S)：</translation>
    </message>
    <message>
        <source>Approval of %1</source>
        <translation>批准 %1</translation>
    </message>
    <message>
        <source>Filing of %1</source>
        <translation>备案 %1</translation>
    </message>
    <message>
        <source>Publication of %1</source>
        <translation>公布 %1</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>批准机关(&amp;B)：</translation>
    </message>
    <message>
        <source>Filed &amp;with:</source>
        <translation>备案机关(&amp;W)：</translation>
    </message>
    <message>
        <source>Published &amp;where:</source>
        <translation>公布渠道(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Document number:</source>
        <translation>文号(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Lock the targets of %1</source>
        <translation>锁定 %1 的检查对象</translation>
    </message>
    <message numerus="yes">
        <source>Every entity in scope (%n)</source>
        <translation>
            <numerusform>范围内全部对象（%n 家）</numerusform>
        </translation>
    </message>
    <message>
        <source>A random sample of:</source>
        <translation>随机抽取：</translation>
    </message>
    <message>
        <source>The entities in scope and the roster are locked now, before any seed is known, and recorded in the chain.</source>
        <translation>范围内对象和执法人员名单现在锁定（在种子产生之前），并记入记录链。</translation>
    </message>
    <message>
        <source>Draw the targets of %1</source>
        <translation>抽取 %1 的检查对象</translation>
    </message>
    <message>
        <source>the digits rolled in public</source>
        <translation>当众掷出的数字</translation>
    </message>
    <message>
        <source>only when the seed is not the first one tried</source>
        <translation>仅当种子不是第一次试用时填写</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>种子(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Try this seed</source>
        <translation>试用此种子(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>提交(&amp;C)</translation>
    </message>
    <message>
        <source>Inspection of %1</source>
        <translation>检查 %1</translation>
    </message>
    <message>
        <source>No violation found</source>
        <translation>未发现环境违法行为</translation>
    </message>
    <message>
        <source>&amp;Inspected on:</source>
        <translation>检查日期(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>检查结果(&amp;R)：</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>专项执法</translation>
    </message>
    <message>
        <source>Checked off site (书面核查、信息共享、智慧监管)</source>
        <translation>非现场检查（书面核查、信息共享、智慧监管）</translation>
    </message>
    <message>
        <source>Checked on site</source>
        <translation>现场检查</translation>
    </message>
    <message>
        <source>Checked off site (书面核查、信息共享、智慧监管): no visit to the companies</source>
        <translation>非现场检查（书面核查、信息共享、智慧监管）：不入企</translation>
    </message>
    <message>
        <source>&amp;Void the lock…</source>
        <translation>撤销锁定(&amp;V)…</translation>
    </message>
    <message>
        <source>Summary &amp;PDF…</source>
        <translation>总结报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Withdraw the lock before the commit, e.g. when the list was wrong; the reason is recorded and printed.</source>
        <translation>在提交前撤销锁定（例如名录有误）；理由将被记录并打印。</translation>
    </message>
    <message>
        <source>The campaign&apos;s summary: its procedure record, scope, the proof of its targets and the results.</source>
        <translation>专项总结：程序记录、检查范围、检查对象的抽取证明和检查结果。</translation>
    </message>
    <message>
        <source>Void the lock</source>
        <translation>撤销锁定</translation>
    </message>
    <message>
        <source>Why is the lock of %1 withdrawn? The reason is recorded and printed on the campaign&apos;s summary.</source>
        <translation>为什么撤销“%1”的锁定？理由将被记录，并印在专项总结上。</translation>
    </message>
    <message>
        <source>Save the campaign&apos;s summary</source>
        <translation>保存专项总结</translation>
    </message>
    <message>
        <source>专项总结-%1.pdf</source>
        <translation>专项总结-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The lock %1 of %2 is voided; lock the targets again when the list is right.</source>
        <translation>%2 的锁定 %1 已撤销；名录无误后请重新锁定检查对象。</translation>
    </message>
    <message>
        <source>Writing the summary of %1…</source>
        <translation>正在生成 %1 的总结…</translation>
    </message>
    <message numerus="yes">
        <source>Summary written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>总结已保存到 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>suiji::CaseEntryDialog</name>
    <message>
        <source>Its own due date:</source>
        <translation>自定期限：</translation>
    </message>
    <message>
        <source>Correct case %1</source>
        <translation>更正个案 %1</translation>
    </message>
    <message>
        <source>Enter a case</source>
        <translation>登记个案</translation>
    </message>
    <message>
        <source>Blank: numbered SD-date-001 …</source>
        <translation>留空：自动编号 SD-日期-001 …</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Links the case to the entity list</source>
        <translation>将个案关联到监管对象名录</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>编号(&amp;U)：</translation>
    </message>
    <message>
        <source>Alert &amp;level:</source>
        <translation>预警级别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>单位名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;USCC or code:</source>
        <translation>统一社会信用代码或编码(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Bureau:</source>
        <translation>管理局(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>接收时间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>内容(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>suiji::CaseImporter</name>
    <message>
        <source>The source is empty.</source>
        <translation>来源为空。</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;. Use one of: %2.</source>
        <translation>未知来源“%1”。请填写以下之一：%2。</translation>
    </message>
    <message>
        <source>The number is empty.</source>
        <translation>编号为空。</translation>
    </message>
    <message>
        <source>%1 number &quot;%2&quot; appears twice in this file: also in row %3.</source>
        <translation>%1编号“%2”在本文件中出现两次：另见第 %3 行。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an alert level: write 红, 橙 or 黄.</source>
        <translation>“%1”不是预警级别：请填写红、橙或黄。</translation>
    </message>
    <message>
        <source>An alert of %1 needs its level (红, 橙 or 黄).</source>
        <translation>%1的预警须填写预警级别（红、橙或黄）。</translation>
    </message>
    <message>
        <source>Only the platforms&apos; alerts have a level; %1 has none. Leave the cell empty.</source>
        <translation>只有平台预警有级别；%1没有级别，请留空。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid unified social credit code (its check character is wrong).</source>
        <translation>“%1”不是有效的统一社会信用代码（校验码错误）。</translation>
    </message>
    <message>
        <source>The bureau is empty.</source>
        <translation>所属管理局为空。</translation>
    </message>
    <message>
        <source>Unknown bureau &quot;%1&quot;.</source>
        <translation>未知管理局“%1”。</translation>
    </message>
    <message>
        <source>The time of receipt is empty.</source>
        <translation>接收时间为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or a date and time. Write 2025-07-03 or 2025-07-03 14:05.</source>
        <translation>“%1”不是日期或日期时间。请写作 2025-07-03 或 2025-07-03 14:05。</translation>
    </message>
    <message>
        <source>%1 lies in the future.</source>
        <translation>%1 是将来的日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write dates as 2025-03-31, 2025/3/31 or 2025年3月31日.</source>
        <translation>“%1”不是日期。请写作 2025-03-31、2025/3/31 或 2025年3月31日。</translation>
    </message>
    <message>
        <source>The due date %1 lies before the case was received.</source>
        <translation>办结期限 %1 早于接收时间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds an invisible character (%2: a control, direction or zero-width mark) that would make it look like another code. Type it again.</source>
        <translation>“%1”含有不可见字符（%2：控制符、方向符或零宽字符），会让它看起来像另一个编号。请重新输入。</translation>
    </message>
</context>
<context>
    <name>suiji::CaseItem</name>
    <message>
        <source>pending dispatch</source>
        <translation>待分拨</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>已分拨</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>已核查</translation>
    </message>
    <message>
        <source>handled</source>
        <translation>已处置</translation>
    </message>
    <message>
        <source>fed back</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已闭环</translation>
    </message>
</context>
<context>
    <name>suiji::CaseRepository</name>
    <message>
        <source>Cannot read the cases.</source>
        <translation>无法读取个案。</translation>
    </message>
    <message>
        <source>Cannot save case %1.</source>
        <translation>无法保存个案 %1。</translation>
    </message>
    <message>
        <source>Case %1 is no longer in the file (another program may have changed it). Reload and try again.</source>
        <translation>个案 %1 已不在文件中（可能已被其他程序修改）。请重新加载后再试。</translation>
    </message>
    <message>
        <source>Cannot read the entity list.</source>
        <translation>无法读取监管对象名录。</translation>
    </message>
    <message>
        <source>Cannot save the cases.</source>
        <translation>无法保存个案。</translation>
    </message>
    <message>
        <source>%1 already has a case numbered %2.</source>
        <translation>%1 已有编号为 %2 的个案。</translation>
    </message>
    <message>
        <source>Cannot remove the case.</source>
        <translation>无法删除该个案。</translation>
    </message>
</context>
<context>
    <name>suiji::CaseService</name>
    <message>
        <source>No case &quot;%1&quot;. Name it as source:number (e.g. 智慧环保平台:YJ2025-0001) or by its row number; suiji-cli case list shows them.</source>
        <translation>没有个案“%1”。请以“来源:编号”（如 智慧环保平台:YJ2025-0001）或行号指明；suiji-cli case list 可列出全部个案。</translation>
    </message>
    <message>
        <source>%1 has fewer than two inspectors taking part without a conflict with %2: add them to the roster first.</source>
        <translation>%1参与本季度且与%2无回避关系的执法人员不足两名：请先补充执法人员名单。</translation>
    </message>
    <message>
        <source>Case %1 is %2: a team can be changed only before the check.</source>
        <translation>个案 %1 状态为“%2”：只能在核查前更换执法人员。</translation>
    </message>
    <message>
        <source>A case is checked by two inspectors or more; %1 given.</source>
        <translation>个案须由两名以上执法人员核查；只给出了 %1 名。</translation>
    </message>
    <message>
        <source>Inspector %1 is not on the roster of %2.</source>
        <translation>执法人员 %1 不在 %2 的执法人员名单中。</translation>
    </message>
    <message>
        <source>Inspector %1 (%2) has a conflict of interest (回避) with %3.</source>
        <translation>执法人员%1（%2）与%3存在回避关系。</translation>
    </message>
    <message>
        <source>Nothing was recorded for case %1: %2</source>
        <translation>个案 %1 未作任何记录：%2</translation>
    </message>
    <message>
        <source>it has not been dispatched to a team yet.</source>
        <translation>尚未分拨给执法人员。</translation>
    </message>
    <message>
        <source>it was checked already (%1).</source>
        <translation>已核查过（%1）。</translation>
    </message>
    <message>
        <source>the check date %1 lies before the case was received or after today.</source>
        <translation>核查日期 %1 早于接收时间或晚于今天。</translation>
    </message>
    <message>
        <source>say how it was checked: --mode onsite or offsite.</source>
        <translation>请说明核查方式：--mode onsite（现场）或 offsite（非现场）。</translation>
    </message>
    <message>
        <source>the finding is empty (--finding).</source>
        <translation>核查情况为空（--finding）。</translation>
    </message>
    <message>
        <source>an outcome follows the check; the case is %1.</source>
        <translation>处置结果须在核查之后；个案当前为“%1”。</translation>
    </message>
    <message>
        <source>the outcome must be 无问题, 责令改正, 立案处罚 or 移送.</source>
        <translation>处置结果须为无问题、责令改正、立案处罚或移送。</translation>
    </message>
    <message>
        <source>a penalty case (立案处罚) needs its case number (--case-number).</source>
        <translation>立案处罚须填写案件编号（--case-number）。</translation>
    </message>
    <message>
        <source>feedback to the source follows the finding and the outcome; the case is %1.</source>
        <translation>反馈须在核查和处置之后；个案当前为“%1”。</translation>
    </message>
    <message>
        <source>the feedback date %1 lies before the check or after today.</source>
        <translation>反馈日期 %1 早于核查日期或晚于今天。</translation>
    </message>
    <message>
        <source>a case is closed after the feedback to its source; the case is %1.</source>
        <translation>个案须在向来源反馈之后才能闭环；个案当前为“%1”。</translation>
    </message>
    <message>
        <source>the closing date %1 lies before the feedback or after today.</source>
        <translation>闭环日期 %1 早于反馈日期或晚于今天。</translation>
    </message>
    <message>
        <source>give a check (--checked, --mode, --finding), an outcome, a feedback date or a closing date.</source>
        <translation>请给出核查（--checked、--mode、--finding）、处置结果、反馈日期或闭环日期。</translation>
    </message>
    <message>
        <source>Case %1 was dispatched in %2 already: its bureau cannot change now.</source>
        <translation>个案 %1 已在%2分拨，现在不能更改所属管理局。</translation>
    </message>
    <message>
        <source>Case %1 was changed since (by a later step or another program): nothing was undone.</source>
        <translation>个案 %1 此后已有变动（后续操作或其他程序所致），未撤销任何内容。</translation>
    </message>
    <message>
        <source>Case %1 was changed since (by a later step or another program): nothing was redone.</source>
        <translation>个案 %1 此后已有变动（后续操作或其他程序所致），未重做任何内容。</translation>
    </message>
    <message>
        <source>The entity %1 was changed since (an import or an edit): nothing was undone.</source>
        <translation>监管对象 %1 此后已有变动（导入或编辑所致），未撤销任何内容。</translation>
    </message>
    <message>
        <source>The entity %1 was changed since (an import or an edit): nothing was redone.</source>
        <translation>监管对象 %1 此后已有变动（导入或编辑所致），未重做任何内容。</translation>
    </message>
    <message>
        <source>a violation clue is recorded on a monitoring agency of the entity list, and %1 is none.</source>
        <translation>违法线索只能记录在名录中的监测机构上，而 %1 不是监测机构。</translation>
    </message>
</context>
<context>
    <name>suiji::CaseTableModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>%1 闭环</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已超期）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>预警级别</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办结期限</translation>
    </message>
</context>
<context>
    <name>suiji::CaseTeamDialog</name>
    <message>
        <source>Team for case %1</source>
        <translation>个案 %1 的检查组</translation>
    </message>
    <message>
        <source>%1 (%2) — conflict of interest (回避)</source>
        <translation>%1（%2）— 需回避</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>期限(&amp;D)：</translation>
    </message>
    <message>
        <source>Two inspectors or more, ticked; the suggestion has the fewest open cases and tasks this month.</source>
        <translation>勾选两名或以上执法人员；建议人选为本月在办个案和任务最少者。</translation>
    </message>
    <message>
        <source>Tick two inspectors or more.</source>
        <translation>请勾选两名或以上执法人员。</translation>
    </message>
</context>
<context>
    <name>suiji::CasesPage</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation>只看超期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>导入清单(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation>分拨(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Record check…</source>
        <translation>记录核查(&amp;R)…</translation>
    </message>
    <message>
        <source>Feed back and c&amp;lose</source>
        <translation>反馈并闭环(&amp;L)</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Dispatch the selected waiting cases, each to two inspectors without a conflict and with the fewest open cases and tasks.</source>
        <translation>将选中的待分拨个案分拨给两名无回避关系、在办个案和任务最少的执法人员。</translation>
    </message>
    <message>
        <source>Record the check and the outcome of the selected case (Ctrl+R).</source>
        <translation>记录选中个案的核查情况和处置结果（Ctrl+R）。</translation>
    </message>
    <message>
        <source>Record the feedback to the source and the closure, today, for the selected handled cases.</source>
        <translation>为选中的已处置个案记录今天向来源反馈并闭环。</translation>
    </message>
    <message>
        <source>Import a case list</source>
        <translation>导入个案清单</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv *.tsv *.txt)</source>
        <translation>清单 (*.xlsx *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>%1 cases · closed %2 (%3%) · platforms&apos; alerts closed %4% of %5 (target 100%) · red alerts closed %6 of %7 · open %8 · overdue %9</source>
        <translation>个案 %1 件 · 已闭环 %2 件（%3%） · 平台预警 %5 件闭环率 %4%（目标 100%） · 红色预警已闭环 %6/%7 件 · 在办 %8 件 · 超期 %9 件</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>已记录。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Dispatching %n case(s)…</source>
        <translation>
            <numerusform>正在分拨 %n 件个案…</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>正在记录…</translation>
    </message>
    <message numerus="yes">
        <source>Closing %n case(s)…</source>
        <translation>
            <numerusform>正在闭环 %n 件个案…</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the check of %1</source>
        <translation>记录 %1 的核查</translation>
    </message>
    <message>
        <source>on-site</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>off-site</source>
        <translation>非现场</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>核查情况</translation>
    </message>
    <message>
        <source>Case number (立案处罚, 移送)</source>
        <translation>案件编号（立案处罚、移送）</translation>
    </message>
    <message>
        <source>&amp;Checked on:</source>
        <translation>核查日期(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>核查方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>核查情况(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>处置结果(&amp;O)：</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>案件编号(&amp;N)：</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>个案执法</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>登记个案(&amp;N)…</translation>
    </message>
    <message>
        <source>Corr&amp;ect…</source>
        <translation>更正(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>检查组(&amp;T)…</translation>
    </message>
    <message>
        <source>Enter a case received outside the platforms&apos; lists: a call, a letter, a referral on paper (Ctrl+N).</source>
        <translation>登记平台清单以外收到的个案：电话、来信、纸质转办等（Ctrl+N）。</translation>
    </message>
    <message>
        <source>Correct what the source said about the selected case (entity, level, time, content); its record stays.</source>
        <translation>更正所选个案的来源信息（单位、级别、时间、内容），办理记录保持不变。</translation>
    </message>
    <message>
        <source>Choose the team of the selected case yourself (before its check).</source>
        <translation>自行指定所选个案的检查组（核查之前）。</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <source>Redone.</source>
        <translation>已重做。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Enter case</source>
        <translation>登记个案</translation>
    </message>
    <message>
        <source>Correct case %1</source>
        <translation>更正个案 %1</translation>
    </message>
    <message numerus="yes">
        <source>Dispatch %n case(s)</source>
        <translation>
            <numerusform>分拨 %n 件个案</numerusform>
        </translation>
    </message>
    <message>
        <source>Team for %1</source>
        <translation>指定 %1 的检查组</translation>
    </message>
    <message numerus="yes">
        <source>Close %n case(s)</source>
        <translation>
            <numerusform>闭环 %n 件个案</numerusform>
        </translation>
    </message>
    <message>
        <source>A violation clue (违法线索) at this monitoring agency</source>
        <translation>该监测机构存在违法线索</translation>
    </message>
    <message>
        <source>The agency becomes a must-check in the next quarter drawn; it arrives on the check date.</source>
        <translation>该机构将列为下一个抽取季度的必查对象，线索日期为核查日期。</translation>
    </message>
    <message>
        <source>Case %1 is no longer in the file.</source>
        <translation>个案 %1 已不在数据库中。</translation>
    </message>
</context>
<context>
    <name>suiji::ChainRepository</name>
    <message>
        <source>Cannot read the record chain.</source>
        <translation>无法读取记录链。</translation>
    </message>
    <message>
        <source>Cannot write the %1 record to the chain of %2.</source>
        <translation>无法把 %1 记录写入 %2 的记录链。</translation>
    </message>
    <message>
        <source>Cannot write the frozen lists.</source>
        <translation>无法写入锁定的名录。</translation>
    </message>
    <message>
        <source>Cannot read the frozen lists.</source>
        <translation>无法读取锁定的名录。</translation>
    </message>
    <message>
        <source>The frozen lists of freeze record %1 are missing from the database.</source>
        <translation>锁定记录 %1 对应的锁定名录在数据库中缺失。</translation>
    </message>
</context>
<context>
    <name>suiji::Classifier</name>
    <message>
        <source>general</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>key</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>special</source>
        <translation>特殊</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>不纳入日常抽查</translation>
    </message>
    <message>
        <source>off-site</source>
        <translation>非现场</translation>
    </message>
    <message>
        <source>has a violation clue: must be checked</source>
        <translation>有违法线索：必查</translation>
    </message>
    <message>
        <source>%1 removed from the key list: must be checked once by %2</source>
        <translation>%1 移出重点名录：须在 %2 前至少检查一次</translation>
    </message>
    <message>
        <source>%1 removed from the key list; not a must-check in %2</source>
        <translation>%1 移出重点名录；%2 不属必查</translation>
    </message>
    <message>
        <source>%1 administrative penalty, within %2 months before %3</source>
        <translation>%1 受到行政处罚，在 %3 之前 %2 个月内</translation>
    </message>
    <message>
        <source>%1 包容审慎免罚, within %2 months before %3</source>
        <translation>%1 包容审慎免罚，在 %3 之前 %2 个月内</translation>
    </message>
    <message>
        <source>credit grade %1</source>
        <translation>环境信用等级为%1</translation>
    </message>
    <message>
        <source>VOCs grade %1</source>
        <translation>涉VOCs %1级</translation>
    </message>
    <message>
        <source>%1 complaints last quarter (%2 or more)</source>
        <translation>上季度投诉 %1 宗（%2 宗及以上）</translation>
    </message>
    <message>
        <source>credit grade %1 and not a key unit: not in daily draws</source>
        <translation>环境信用等级为%1且非重点单位：不纳入双随机日常监管</translation>
    </message>
    <message>
        <source>VOCs grade %1 and not a key unit: not in daily draws</source>
        <translation>涉VOCs %1级且非重点单位：不纳入双随机日常监管</translation>
    </message>
    <message>
        <source>on the positive list and not a key unit: not drawn</source>
        <translation>纳入正面清单的非重点单位：不抽查</translation>
    </message>
    <message>
        <source>on the key-unit list</source>
        <translation>列入环境监管重点单位名录</translation>
    </message>
    <message>
        <source>on the positive list: checked off-site</source>
        <translation>纳入正面清单：以非现场方式检查</translation>
    </message>
</context>
<context>
    <name>suiji::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is saved as UTF-16. Save it again as &quot;CSV UTF-8&quot; or as an Excel workbook.</source>
        <translation>%1 是 UTF-16 编码。请另存为“CSV UTF-8”或 Excel 工作簿后再导入。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Use UTF-8, GB18030 or GBK.</source>
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
        <source>Row %1: a quoted field is never closed (a &quot; is missing). Check the quotes in that row.</source>
        <translation>第 %1 行：有一个带引号的单元格没有结束（缺少一个 &quot;）。请检查该行的引号。</translation>
    </message>
    <message>
        <source>Row %1, column %2: a cell holds more than %3 characters, more than Excel allows. The file is probably damaged.</source>
        <translation>第 %1 行第 %2 列：单元格超过 %3 个字符，超出 Excel 的上限。文件可能已损坏。</translation>
    </message>
    <message>
        <source>%1 contains a NUL byte (line %2, character %3): it is not a text list, or it is damaged. Save the list again from Excel or WPS as &quot;CSV UTF-8&quot;, or import the .xlsx.</source>
        <translation>%1 含有 NUL 字节（第 %2 行第 %3 个字符）：它不是文本名录，或已损坏。请在 Excel 或 WPS 中另存为“CSV UTF-8”，或直接导入 .xlsx。</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8: line %2, character %3 has a byte (0x%4) that UTF-8 does not allow%5. Save the list again as &quot;CSV UTF-8&quot;, or name its encoding (GB18030, GBK).</source>
        <translation>%1 不是有效的 UTF-8：第 %2 行第 %3 个字符处有 UTF-8 不允许的字节（0x%4）%5。请另存为“CSV UTF-8”，或指明其编码（GB18030、GBK）。</translation>
    </message>
    <message>
        <source>, and the file is not GB18030 either</source>
        <translation>，且该文件也不是 GB18030 编码</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns, more than Excel allows. The file is damaged or not a list.</source>
        <translation>第 %1 行超过 %2 列，超出 Excel 的上限。文件已损坏或不是名录。</translation>
    </message>
</context>
<context>
    <name>suiji::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Right-click to save the chart as PNG or SVG.</source>
        <translation>右键可将图表保存为 PNG 或 SVG。</translation>
    </message>
    <message>
        <source>Due and overdue</source>
        <translation>临期与逾期</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>City</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>%1 · %2: no draws committed yet</source>
        <translation>%1 · %2：尚未提交抽取</translation>
    </message>
    <message>
        <source>%1 · %2: %3 of %4 tasks done (%5%)</source>
        <translation>%1 · %2：%4 项任务已完成 %3 项（%5%）</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>target at the last month end %1%, reached %2%</source>
        <translation>上一月末目标 %1%，实际 %2%</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>已公示 %1 项</translation>
    </message>
    <message>
        <source>quarter summary due %1</source>
        <translation>季度情况公示截止 %1</translation>
    </message>
    <message>
        <source>%1: %2 results overdue for publication (the earliest was due %3)</source>
        <translation>%1：%2 项检查结果逾期未公示（最早应于 %3 公示）</translation>
    </message>
    <message>
        <source>%1: %2 results to publish within three working days (the first by %3)</source>
        <translation>%1：%2 项检查结果须在三个工作日内公示（最早 %3）</translation>
    </message>
    <message numerus="yes">
        <source>%n more result(s) due for publication within ten working days.</source>
        <translation>
            <numerusform>另有 %n 项检查结果须在十个工作日内公示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due in the next ten working days.</source>
        <translation>未来十个工作日内没有到期事项。</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>将图表保存为 PNG…</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>将图表保存为 SVG…</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>← →  quarter   ·   ↑ ↓  bureau   ·   Esc  leave projector mode</source>
        <translation>← →  切换季度   ·   ↑ ↓  切换管理局   ·   Esc  退出投影模式</translation>
    </message>
    <message>
        <source>Double-click or Enter: open the page to act on it.</source>
        <translation>双击或按回车：打开处理此事项的页面。</translation>
    </message>
    <message>
        <source>Go to the draw page to lock the lists and draw %1 →</source>
        <translation>前往随机抽取页，锁定名录并抽取 %1 →</translation>
    </message>
    <message>
        <source>Go to the draw page: each bureau locks its lists and draws %1 →</source>
        <translation>前往随机抽取页：各管理局锁定名录并抽取 %1 →</translation>
    </message>
    <message>
        <source>joint %1 / %2 (%3%)</source>
        <translation>联合检查 %1 项 / %2（%3%）</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 已完成 %2/%3</translation>
    </message>
    <message>
        <source>Double-click or Enter: record the day it was submitted.</source>
        <translation>双击或按回车：登记报送日期。</translation>
    </message>
    <message>
        <source>Report submitted</source>
        <translation>材料已报送</translation>
    </message>
    <message>
        <source>&amp;Submitted on:</source>
        <translation>报送日期(&amp;S)：</translation>
    </message>
    <message>
        <source>%1 lies in the future: record a report once it is submitted.</source>
        <translation>%1 是将来的日期：请在报送后再登记。</translation>
    </message>
    <message>
        <source>&amp;Assigned targets…</source>
        <translation>下达任务(&amp;A)…</translation>
    </message>
    <message>
        <source>Hand down the year&apos;s assigned targets (下达任务) and record inspections against them</source>
        <translation>录入本年度下达任务，并登记完成情况</translation>
    </message>
    <message>
        <source>Cases: %1 of %2 closed · platforms&apos; alerts %3% closed (target 100%) · red alerts open %4 · overdue %5 →</source>
        <translation>个案：已闭环 %1/%2 件 · 平台预警闭环率 %3%（目标 100%） · 红色预警在办 %4 件 · 超期 %5 件 →</translation>
    </message>
    <message>
        <source>%1 %2 of %3 done</source>
        <translation>%1 已完成 %2/%3</translation>
    </message>
    <message>
        <source>Campaigns: </source>
        <translation>专项执法：</translation>
    </message>
</context>
<context>
    <name>suiji::Database</name>
    <message>
        <source>Cannot create the folder for %1. Check the path and your permissions.</source>
        <translation>无法为 %1 创建文件夹。请检查路径和访问权限。</translation>
    </message>
    <message>
        <source>%1 is not a Suiji database (not an SQLite file). It was left untouched; choose another file or create a new database.</source>
        <translation>%1 不是本工作台的数据库（不是 SQLite 文件）。文件未作任何改动；请选择其他文件或新建数据库。</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>无法打开 %1。</translation>
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
        <source>No transaction is open.</source>
        <translation>没有进行中的事务。</translation>
    </message>
    <message>
        <source>Saving failed; nothing was written.</source>
        <translation>保存失败，未写入任何数据。</translation>
    </message>
    <message>
        <source>%1 is locked by another program that is writing to it. Wait for it to finish (or close the other Suiji window or program) and try again.</source>
        <translation>%1 正被另一个程序写入而占用。请等它完成（或关闭另一个 Suiji 窗口或程序）后再试。</translation>
    </message>
    <message>
        <source>The database file %1 has been moved or deleted since it was opened. Nothing was written. Open the file where it is now (File › Open database).</source>
        <translation>数据库文件 %1 在打开后已被移动或删除，本次没有写入任何内容。请到文件现在的位置重新打开它（文件 › 打开数据库）。</translation>
    </message>
    <message>
        <source>The database file %1 has been replaced by another file since it was opened. Nothing was written. Open it again (File › Open database) to work on the new file.</source>
        <translation>数据库文件 %1 在打开后已被另一个文件替换，本次没有写入任何内容。如要使用新文件，请重新打开它（文件 › 打开数据库）。</translation>
    </message>
    <message>
        <source>The database file %1 changed while it was being opened. Nothing was written; try again.</source>
        <translation>数据库文件 %1 在打开过程中发生了变化，没有写入任何内容；请重试。</translation>
    </message>
    <message>
        <source>Database file %1 does not exist. Check the path, or create a new database (File › New database, or suiji-cli init).</source>
        <translation>数据库文件 %1 不存在。请检查路径，或新建数据库（文件 › 新建数据库，或 suiji-cli init）。</translation>
    </message>
    <message>
        <source>%1 is not a database file (it is a folder, pipe or device). It was left untouched; choose a database file.</source>
        <translation>%1 不是数据库文件（而是文件夹、管道或设备），未作任何改动；请选择一个数据库文件。</translation>
    </message>
    <message>
        <source>%1 is read-only. Suiji can show and verify it, but needs to write to its database: copy it somewhere writable or change its permissions.</source>
        <translation>%1 是只读文件。Suiji 可以查看和核验它，但写入需要可写的数据库：请把它复制到可写的位置，或修改文件权限。</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Suiji database. Create a database with File › New database or suiji-cli init.</source>
        <translation>%1 是空文件，不是 Suiji 数据库。请用“文件 › 新建数据库”或 suiji-cli init 创建数据库。</translation>
    </message>
    <message>
        <source>%1 has schema %2, older than this version of Suiji (%3). Open it once to upgrade it (a copy of the old file is kept), or run suiji-cli --db FILE init; then try again.</source>
        <translation>%1 的数据库结构为版本 %2，旧于本版 Suiji（版本 %3）。请先正常打开一次以升级（会保留旧文件的副本），或运行 suiji-cli --db 文件 init，然后再试。</translation>
    </message>
    <message>
        <source>%1 is open for reading only; nothing can be written.</source>
        <translation>%1 以只读方式打开，不能写入。</translation>
    </message>
    <message>
        <source>Cannot start writing to %1.</source>
        <translation>无法开始写入 %1。</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging here (the journal mode is &quot;%2&quot;), which Suiji needs so that several windows and programs can share the file safely. Copy it to a local disk, or open it read-only.</source>
        <translation>%1 在此处无法使用预写日志（WAL，当前日志模式为“%2”），而多个窗口和程序安全共用同一文件需要它。请把文件复制到本地磁盘，或以只读方式打开。</translation>
    </message>
    <message>
        <source>The file %1 cannot be checked.</source>
        <translation>无法检查文件 %1。</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>共 %2，剩余 %1</translation>
    </message>
    <message>
        <source>The disk is full: %1 cannot grow (the disk of %2 has %3). Free some space or move the file, then try again.</source>
        <translation>磁盘已满：%1 无法再增大（%2 所在磁盘%3）。请腾出空间或把文件移到别处，然后重试。</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder %2 is read-only for you. Check the permissions, or copy the file somewhere writable.</source>
        <translation>无法写入 %1：该文件或其所在文件夹 %2 对您是只读的。请检查权限，或把文件复制到可写的位置。</translation>
    </message>
    <message>
        <source>The disk of %1 reported an input/output error (%2). The disk or network share may be failing; copy your work elsewhere.</source>
        <translation>%1 所在磁盘报告读写错误（%2）。磁盘或网络共享可能出现故障，请把工作复制到别处。</translation>
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>the copy fails SQLite&apos;s integrity check (%1)</source>
        <translation>副本未通过 SQLite 完整性检查（%1）</translation>
    </message>
    <message>
        <source>the finished copy could not be renamed</source>
        <translation>完成的副本无法重命名</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (SQLite: %2).</source>
        <translation>无法把 %1 作为数据库读取（SQLite：%2）。</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check: %2); it was not restored.</source>
        <translation>%1 已损坏（SQLite 完整性检查：%2），未予恢复。</translation>
    </message>
    <message>
        <source>%1 is not a Suiji database; it was not restored.</source>
        <translation>%1 不是双随机抽查工作台的数据库，未予恢复。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Suiji (schema %2); it was not restored.</source>
        <translation>%1 由更新版本的本软件写入（结构版本 %2），未予恢复。</translation>
    </message>
    <message>
        <source>%1 has another page size than %2, so it cannot be restored into the open file. Restore it as a new file (suiji-cli --db NEW.db restore %1) and open that.</source>
        <translation>%1 的页大小与 %2 不同，无法恢复到已打开的文件中。请把它恢复为新文件（suiji-cli --db 新文件.db restore %1）后打开新文件。</translation>
    </message>
    <message>
        <source>Restoring %1 failed; %2 was left as it was. %3</source>
        <translation>恢复 %1 失败；%2 保持原样。%3</translation>
    </message>
    <message>
        <source>%1 cannot be created or opened for writing: the folder %2 does not exist or is read-only for you.</source>
        <translation>无法创建 %1 或以写入方式打开：文件夹 %2 不存在或对您是只读的。</translation>
    </message>
</context>
<context>
    <name>suiji::DeadlineRepository</name>
    <message>
        <source>Cannot read the submitted reports.</source>
        <translation>无法读取已报送的材料。</translation>
    </message>
    <message>
        <source>Cannot record the submitted report.</source>
        <translation>无法登记报送情况。</translation>
    </message>
</context>
<context>
    <name>suiji::Deadlines</name>
    <message>
        <source>%1 summary and publication</source>
        <translation>%1 工作总结及情况公示</translation>
    </message>
    <message>
        <source>Joint-inspection summary of %1</source>
        <translation>%1 年部门联合抽查工作总结</translation>
    </message>
    <message>
        <source>Year summary of %1</source>
        <translation>%1 年度“双随机、一公开”工作总结</translation>
    </message>
    <message>
        <source>Annual work summary of %1 with typical cases</source>
        <translation>%1 年度执法工作总结（含典型案例）</translation>
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
    <name>suiji::DrawHistoryTableModel</name>
    <message>
        <source>%1 (drawn by %2)</source>
        <translation>%1（%2抽取）</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>对象池</translation>
    </message>
    <message>
        <source>k</source>
        <translation>抽取数k</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Result fingerprint</source>
        <translation>结果指纹</translation>
    </message>
    <message>
        <source>Record hash</source>
        <translation>记录哈希</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Committed at</source>
        <translation>提交时间</translation>
    </message>
</context>
<context>
    <name>suiji::DrawPage</name>
    <message>
        <source>Save for this quarter</source>
        <translation>保存为本季度人数</translation>
    </message>
    <message>
        <source>Propose digits</source>
        <translation>生成随机数字</translation>
    </message>
    <message>
        <source>&amp;Preview (F5)</source>
        <translation>预览(&amp;P) F5</translation>
    </message>
    <message>
        <source>&amp;Commit…</source>
        <translation>提交(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Verify all draws</source>
        <translation>核验全部抽取记录(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Inspectors taking part:</source>
        <translation>参与执法人员数(&amp;I)：</translation>
    </message>
    <message>
        <source>Store this number as the bureau&apos;s inspector count for the quarter. Without a stored number, the count of inspectors marked as taking part is used.</source>
        <translation>将此人数保存为本管理局本季度的参与执法人员数。未保存时，按名录中标记为“本季度参与”的人数计算。</translation>
    </message>
    <message>
        <source>e.g. 58203174960318427705</source>
        <translation>例如 58203174960318427705</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <source>20 digits from the computer&apos;s secure random source, for when no dice are at hand.</source>
        <translation>由计算机安全随机源生成20位数字，供手边没有骰子时使用。</translation>
    </message>
    <message>
        <source>Write the previewed draws and tasks (Ctrl+Enter). Committed draws cannot be changed or drawn again.</source>
        <translation>写入预览的抽取结果和检查任务（Ctrl+Enter）。提交后不能更改，也不能重抽。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Record hash</source>
        <translation>记录哈希</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Committed draws</source>
        <translation>已提交的抽取</translation>
    </message>
    <message>
        <source>%1 · %2 draws</source>
        <translation>%1 · %2 随机抽取</translation>
    </message>
    <message>
        <source>Choose a bureau and a quarter above.</source>
        <translation>请在上方选择管理局和季度。</translation>
    </message>
    <message>
        <source>Rule profile %1 · %2…</source>
        <translation>规则 %1 · %2…</translation>
    </message>
    <message>
        <source>Saved: %1 inspectors for %2.</source>
        <translation>已保存：%2 参与执法人员 %1 名。</translation>
    </message>
    <message>
        <source>Computing the draws…</source>
        <translation>正在计算抽取结果…</translation>
    </message>
    <message>
        <source>Commit the draws</source>
        <translation>提交抽取结果</translation>
    </message>
    <message>
        <source>Commit %1 draws of %2 for %3 with seed %4? %5 tasks will be written to the ledger. A committed draw cannot be changed or drawn again. Read the fingerprints out for the minutes:</source>
        <translation>以种子 %4 提交 %2 %3 的 %1 个对象池抽取结果？将向台账写入 %5 项任务。提交后不能更改，也不能重抽。请宣读以下指纹并记入会议纪要：</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <source>✗ Record %1 (%2 %3 %4) does not match: %5</source>
        <translation>✗ 第 %1 条记录（%2 %3 %4）不符：%5</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <source>Void the lock…</source>
        <translation>作废锁定…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>How the seed will be made, recorded in the lock before anyone knows it (dice at the meeting, a named future public number, …).</source>
        <translation>种子将如何产生，在任何人知道种子之前记入锁定记录（会上掷骰、事先指定的未来公开数字等）。</translation>
    </message>
    <message>
        <source>Seed &amp;source:</source>
        <translation>种子来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Fix the quarter&apos;s pools and roster before any seed exists. The lock&apos;s hash is printed for the meeting; from then on imports and roster edits do not change this quarter&apos;s draw.</source>
        <translation>在任何种子产生之前固定本季度的对象池和执法人员名单。锁定记录的哈希值供会上公布；此后导入或修改名录都不会改变本季度的抽取。</translation>
    </message>
    <message>
        <source>Withdraw the lock (only before a commit), with a reason that is recorded and printed on the quarter&apos;s reports.</source>
        <translation>撤回锁定（仅限提交之前），须说明理由；理由记入记录链并印在本季度各报表上。</translation>
    </message>
    <message>
        <source>Required: why this seed and not the first one tried</source>
        <translation>必填：为何提交此种子而不是第一个试过的种子</translation>
    </message>
    <message>
        <source>Tried at</source>
        <translation>尝试时间</translation>
    </message>
    <message>
        <source>All staffed</source>
        <translation>全部配齐人员</translation>
    </message>
    <message>
        <source>Seeds tried</source>
        <translation>试过的种子</translation>
    </message>
    <message>
        <source>Void the lock</source>
        <translation>作废锁定</translation>
    </message>
    <message>
        <source>Why is the lock withdrawn? The reason is recorded and printed on every report of the quarter.</source>
        <translation>为何撤回锁定？理由将记入记录链并印在本季度的每份报表上。</translation>
    </message>
    <message>
        <source>Committed: %1 pools, %2 tasks. Keep the commit record&apos;s hash: verify with it (suiji-cli verify --anchor).</source>
        <translation>已提交：%1 个对象池，%2 项任务。请保存提交记录的哈希值，用它核验（suiji-cli verify --anchor）。</translation>
    </message>
    <message>
        <source>Attempt %1 (logged): %2 tasks, team cap %3 per inspector, %4 inspectors taking part. Nothing is committed until you commit.</source>
        <translation>第 %1 次尝试（已记录）：%2 项任务，每人上限 %3 项，参与执法人员 %4 名。点击提交之前不会提交任何结果。</translation>
    </message>
    <message>
        <source>Locking the lists…</source>
        <translation>正在锁定名录…</translation>
    </message>
    <message>
        <source>The lists are locked. Publish the lock&apos;s hash before the seed is made; the quarter now draws from these lists only.</source>
        <translation>名录已锁定。请在产生种子之前公布锁定记录的哈希值；本季度此后只从这些名录中抽取。</translation>
    </message>
    <message>
        <source>The lock was voided (recorded with its reason). Lock the lists again before drawing.</source>
        <translation>锁定已作废（连同理由已记录）。抽取前请重新锁定名录。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not the first seed tried (%1); reason on record: %2</source>
        <translation>不是第一个试过的种子（%1）；记录在案的理由：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier lock(s) voided (on record).</source>
        <translation>
            <numerusform>此前有 %n 次锁定已作废（均有记录）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Lock the lists</source>
        <translation>锁定名录(&amp;L)</translation>
    </message>
    <message>
        <source>Ten-sided die rolled 20 times at the meeting</source>
        <translation>会上掷十面骰 20 次</translation>
    </message>
    <message>
        <source>Committed · final — seed %1
lock %2
commit record %3</source>
        <translation>已提交 · 不可更改 — 种子 %1
锁定记录 %2
提交记录 %3</translation>
    </message>
    <message>
        <source>Committed · final — under draw-spec v1 (pools: %1); see the history.</source>
        <translation>已提交 · 不可更改 — 按 draw-spec v1 提交（对象池：%1）；详见抽取历史。</translation>
    </message>
    <message>
        <source>Lists locked — lock %1
Seed source: %2. Previews log each seed tried; the first one is committed unless a reason is given.</source>
        <translation>名录已锁定 — 锁定记录 %1
种子来源：%2。每次预览都会记录所试的种子；除非说明理由，提交的应是第一个种子。</translation>
    </message>
    <message>
        <source>Lists not locked — lock them first: no seed may be tried before the pools and the roster are fixed.</source>
        <translation>名录未锁定 — 请先锁定名录：对象池和执法人员名单固定之前，不能尝试任何种子。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The public draw, in three steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Lock the lists&lt;/b&gt; before any seed exists: the pools, quotas and roster are fixed, and the lock&apos;s hash is read out and published.&lt;/li&gt;&lt;li&gt;At the planning meeting, in front of witnesses, roll a ten-sided die 20 times and type the digits as the seed. Each preview is on the record as an attempt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Commit&lt;/b&gt; the first seed tried; another seed needs a reason, which is printed on the plan.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Anyone holding the published seed and the pool fingerprints can recompute every selection with &lt;code&gt;sha256sum&lt;/code&gt;, and the whole quarter with the public bundle.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;公开抽取三步&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;在产生任何种子之前&lt;b&gt;锁定名录&lt;/b&gt;：对象池、抽取数和执法人员名单随之固定，锁定记录的哈希值当场宣读并公布。&lt;/li&gt;&lt;li&gt;在季度计划会上，当着见证人的面掷十面骰子 20 次，把点数依次填入作为随机种子。每次预览都作为一次尝试记录在案。&lt;/li&gt;&lt;li&gt;&lt;b&gt;提交&lt;/b&gt;第一个试过的种子；提交其他种子须说明理由，理由印在抽查计划上。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;任何人拿到公布的种子和对象池指纹，都能用 &lt;code&gt;sha256sum&lt;/code&gt; 复算每一次抽取，并可用公开核验包复算整个季度。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Draw &amp;notice (PDF)…</source>
        <translation>抽取公告(&amp;N)…</translation>
    </message>
    <message>
        <source>Public &amp;bundle…</source>
        <translation>公开核验包(&amp;B)…</translation>
    </message>
    <message>
        <source>The one-page 抽取公告 of the lock for the meeting: its hash, the pools with k and pool_fp, the seed source, a QR code.</source>
        <translation>供会议使用的一页抽取公告：锁定记录哈希值、各对象池的抽取数和 pool_fp、种子来源、二维码。</translation>
    </message>
    <message>
        <source>A folder anyone can use to check the committed draw offline: draw.json, verify.py, verify.html, README.txt.</source>
        <translation>一个任何人都能离线核验已提交抽取的文件夹：draw.json、verify.py、verify.html、README.txt。</translation>
    </message>
    <message>
        <source>Hash printed on the plan or the notice (optional)</source>
        <translation>抽查计划或抽取公告上印的哈希值（可选）</translation>
    </message>
    <message>
        <source>A record hash kept outside this file — typed from the plan, the 抽取公告 or read from its QR code. Verify then also checks that the file still holds that record unchanged, with everything before it.</source>
        <translation>保存在本文件之外的记录哈希值——从抽查计划、抽取公告上抄录，或从其二维码读取。核验时将同时确认文件中仍原样保存着该记录及其之前的全部记录。</translation>
    </message>
    <message>
        <source>&amp;Anchor:</source>
        <translation>锚定哈希(&amp;A)：</translation>
    </message>
    <message>
        <source>Save the draw notice</source>
        <translation>保存抽取公告</translation>
    </message>
    <message>
        <source>抽取公告-%1-%2.pdf</source>
        <translation>抽取公告-%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the public bundle</source>
        <translation>公开核验包的存放位置</translation>
    </message>
    <message>
        <source>Writing the draw notice…</source>
        <translation>正在生成抽取公告…</translation>
    </message>
    <message>
        <source>Draw notice written to %1.</source>
        <translation>抽取公告已写入 %1。</translation>
    </message>
    <message>
        <source>Writing the public bundle…</source>
        <translation>正在生成公开核验包…</translation>
    </message>
    <message>
        <source>Public bundle written to %1 (commit %2): anyone can check it with python3 verify.py or by opening verify.html.</source>
        <translation>公开核验包已写入 %1（提交记录 %2）：任何人都可以运行 python3 verify.py 或打开 verify.html 进行核验。</translation>
    </message>
    <message>
        <source>✓ All %1 v1 draws and %2 records in %3 bureau chains check out.</source>
        <translation>✓ %1 条 v1 抽取记录，以及 %3 条管理局记录链中的 %2 条记录全部核验无误。</translation>
    </message>
    <message>
        <source>The anchored record is in the chain, unchanged.</source>
        <translation>锚定的记录在记录链中，未被改动。</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✗ The chain of %1, record %2 (%3, %4) does not match: %5</source>
        <translation>✗ %1 的记录链第 %2 条（%3，%4）不符：%5</translation>
    </message>
    <message>
        <source>Rule profile %1 made from %2 and now in force. Check its rules against this year&apos;s plan in Settings.</source>
        <translation>已由 %2 生成规则 %1 并启用。请在“设置”中对照本年度方案核对规则。</translation>
    </message>
    <message>
        <source>the count saved for %1</source>
        <translation>%1 保存的人数</translation>
    </message>
    <message>
        <source>the roster&apos;s members taking part</source>
        <translation>名录中参与本季度的人数</translation>
    </message>
    <message>
        <source>the count locked with the lists</source>
        <translation>锁定名录时的人数</translation>
    </message>
    <message>
        <source>Quotas use %1 inspectors: %2 (the roster has %3 taking part).</source>
        <translation>定额按 %1 名执法人员计算：%2（名录中参与本季度的有 %3 名）。</translation>
    </message>
    <message>
        <source>Quotas use %1 inspectors: %2.</source>
        <translation>定额按 %1 名执法人员计算：%2。</translation>
    </message>
    <message>
        <source>Make the %1 profile</source>
        <translation>生成 %1 年规则</translation>
    </message>
    <message>
        <source>More inspectors than the roster</source>
        <translation>人数多于名录</translation>
    </message>
    <message>
        <source>%1 inspectors is more than the %2 of the roster taking part in %3. Every per-inspector quota grows with it. Save %1 anyway?</source>
        <translation>%1 名执法人员多于名录中参与 %3 的 %2 名，按人数计算的定额都会随之增加。仍然保存 %1 名吗？</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (applied)</source>
        <translation>（已按此补齐）</translation>
    </message>
    <message>
        <source> (tick its quota to apply)</source>
        <translation>（勾选其抽取数即可补齐）</translation>
    </message>
</context>
<context>
    <name>suiji::DrawRepository</name>
    <message>
        <source>Cannot read the committed draws.</source>
        <translation>无法读取已提交的抽取记录。</translation>
    </message>
    <message>
        <source>The pool %1 of %2 for %3 is already committed; a committed draw cannot be drawn again.</source>
        <translation>%2 %3 的对象池 %1 已提交；已提交的抽取不能重抽。</translation>
    </message>
    <message>
        <source>Cannot save the draw of pool %1.</source>
        <translation>无法保存对象池 %1 的抽取结果。</translation>
    </message>
    <message>
        <source>Cannot read the draws entered as made elsewhere.</source>
        <translation>无法读取登记的其他平台已抽数量。</translation>
    </message>
    <message>
        <source>Cannot save the draws made elsewhere.</source>
        <translation>无法保存其他平台已抽数量。</translation>
    </message>
    <message>
        <source>Cannot read the committed draws&apos; pools.</source>
        <translation>无法读取已提交抽取的对象池。</translation>
    </message>
    <message>
        <source>Cannot read the committed draws&apos; selections.</source>
        <translation>无法读取已提交抽取的抽中结果。</translation>
    </message>
</context>
<context>
    <name>suiji::DrawService</name>
    <message>
        <source>The quotas use %1 inspectors, but %2 of the bureau&apos;s roster take part this quarter; teams are drawn from those %2.</source>
        <translation>抽取数按 %1 名执法人员计算，但名录中本季度参与的有 %2 名；检查组从这 %2 名中匹配。</translation>
    </message>
    <message>
        <source>Nothing was committed:</source>
        <translation>未提交任何内容：</translation>
    </message>
    <message>
        <source>its context &quot;%1&quot; does not match its quarter, bureau and pool (&quot;%2&quot;).</source>
        <translation>其上下文“%1”与季度、管理局和对象池（“%2”）不符。</translation>
    </message>
    <message>
        <source>it lists %1 selected keys, but k is %2.</source>
        <translation>记录了 %1 个抽中对象，但 k 为 %2。</translation>
    </message>
    <message>
        <source>the stored pool does not give the stored pool fingerprint (%1 ≠ %2).</source>
        <translation>保存的对象池算不出保存的对象池指纹（%1 ≠ %2）。</translation>
    </message>
    <message>
        <source>recomputing the selection from the seed and the pool gives other keys than the stored ones.</source>
        <translation>用种子和对象池复算，抽中的对象与保存的不同。</translation>
    </message>
    <message>
        <source>the selected keys do not give the stored result fingerprint.</source>
        <translation>抽中对象算不出保存的结果指纹。</translation>
    </message>
    <message>
        <source>its must-check list is out of order.</source>
        <translation>必查名单顺序被改动。</translation>
    </message>
    <message>
        <source>its stored fields differ from its recorded JSON.</source>
        <translation>保存的字段与记录的 JSON 不一致。</translation>
    </message>
    <message>
        <source>it does not link to the record before it (the chain is broken).</source>
        <translation>与上一条记录衔接不上（记录链断裂）。</translation>
    </message>
    <message>
        <source>its record hash does not match its contents.</source>
        <translation>记录哈希与内容不符。</translation>
    </message>
    <message>
        <source>the chain of %1 jumps from record %2 to %3: records are missing.</source>
        <translation>%1 的记录链从第 %2 条跳到第 %3 条：有记录缺失。</translation>
    </message>
    <message>
        <source>its stored kind or fields differ from its recorded JSON.</source>
        <translation>其存储的类型或字段与记录的 JSON 不一致。</translation>
    </message>
    <message>
        <source>the freeze it names differs from the one it is filed under.</source>
        <translation>其指向的锁定记录与归档的锁定记录不一致。</translation>
    </message>
    <message>
        <source>its quarter or bureau differs from the chain it is in.</source>
        <translation>其季度或管理局与所在记录链不一致。</translation>
    </message>
    <message>
        <source>the frozen lists stored with it do not give its %1.</source>
        <translation>随其存储的锁定名录算不出其 %1。</translation>
    </message>
    <message>
        <source>it names a freeze that is not earlier in the chain of this bureau and quarter.</source>
        <translation>其指向的锁定记录不在本管理局本季度记录链的前面。</translation>
    </message>
    <message>
        <source>its freeze was voided before it.</source>
        <translation>其锁定记录在它之前已被作废。</translation>
    </message>
    <message>
        <source>the quarter %1 is already committed before it.</source>
        <translation>季度 %1 在它之前已经提交。</translation>
    </message>
    <message>
        <source>it gives no reason.</source>
        <translation>没有说明理由。</translation>
    </message>
    <message>
        <source>it names no earlier attempt of its freeze with its seed.</source>
        <translation>其锁定记录下没有使用该种子的更早尝试记录。</translation>
    </message>
    <message>
        <source>its seed %1 is not the first one tried (%2) and it gives no reason.</source>
        <translation>其种子 %1 不是第一个试过的种子（%2），且没有说明理由。</translation>
    </message>
    <message>
        <source>recomputing the selections from the frozen pools and the seed gives other results than the recorded ones.</source>
        <translation>用锁定的对象池和种子复算抽取，结果与记录不符。</translation>
    </message>
    <message>
        <source>recomputing months, joint marking and teams from the frozen lists and the seed gives other tasks than the recorded ones.</source>
        <translation>用锁定的名录和种子复算月份、联合检查标记和执法小组，得到的任务与记录不符。</translation>
    </message>
    <message>
        <source>the ledger holds %1 tasks for %2 %3, the draw gave %4.</source>
        <translation>台账中 %2 %3 有 %1 项任务，而抽取结果为 %4 项。</translation>
    </message>
    <message>
        <source>entity %1 (pool %2) where the draw gave %3 (pool %4)</source>
        <translation>对象 %1（对象池 %2），而抽取结果为 %3（对象池 %4）</translation>
    </message>
    <message>
        <source>month %1 where the draw gave %2</source>
        <translation>月份 %1，而抽取结果为 %2</translation>
    </message>
    <message>
        <source>mode %1 where the draw gave %2</source>
        <translation>检查方式 %1，而抽取结果为 %2</translation>
    </message>
    <message>
        <source>joint %1 (%2) where the draw gave %3 (%4)</source>
        <translation>联合检查 %1（%2），而抽取结果为 %3（%4）</translation>
    </message>
    <message>
        <source>team %1 where the draw gave %2</source>
        <translation>执法人员 %1，而抽取结果为 %2</translation>
    </message>
    <message>
        <source>task %1 (%2) in the ledger has %3.</source>
        <translation>台账中任务 %1（%2）的记录为%3。</translation>
    </message>
    <message>
        <source>the stored draw of pool %1 differs from the commit.</source>
        <translation>对象池 %1 存储的抽取结果与提交记录不符。</translation>
    </message>
    <message>
        <source>it is dated %1, before the earlier event of the same task (%2).</source>
        <translation>其时间为 %1，早于同一任务之前的事件（%2）。</translation>
    </message>
    <message>
        <source>task %1 (%2) stands in the ledger as &quot;%3&quot;, but its last recorded event says &quot;%4&quot;: the ledger was edited outside Suiji or an event was removed.</source>
        <translation>任务 %1（%2）在台账中为“%3”，但其最后一条记录的事件为“%4”：台账在 Suiji 之外被改动，或有事件被删除。</translation>
    </message>
    <message>
        <source>task %1 (%2) stands in the ledger as &quot;%3&quot;, but no event records that change.</source>
        <translation>任务 %1（%2）在台账中为“%3”，但没有任何事件记录这一变更。</translation>
    </message>
    <message>
        <source>the anchored record %1 is not in any chain of this file: records were removed or the chain was rewritten.</source>
        <translation>锚定的记录 %1 不在本文件的任何记录链中：有记录被删除，或记录链被重写。</translation>
    </message>
    <message>
        <source>%1 %2 is already committed; its lists cannot be locked again.</source>
        <translation>%1 %2 已经提交，不能再次锁定名录。</translation>
    </message>
    <message>
        <source>The lists of %1 %2 are already locked (freeze %3). Void that freeze with a reason before locking again.</source>
        <translation>%1 %2 的名录已经锁定（锁定记录 %3）。如需重新锁定，请先说明理由作废该锁定。</translation>
    </message>
    <message>
        <source>The seed source is too long (at most 500 characters).</source>
        <translation>种子来源过长（最多 500 个字符）。</translation>
    </message>
    <message>
        <source>Say why the freeze is voided: the reason is recorded and printed on every report of the quarter.</source>
        <translation>请说明作废锁定的理由：理由将记入记录链并印在本季度的每份报表上。</translation>
    </message>
    <message>
        <source>%1 %2 is committed; its freeze cannot be voided.</source>
        <translation>%1 %2 已经提交，其锁定不能作废。</translation>
    </message>
    <message>
        <source>%1 %2 has no freeze to void.</source>
        <translation>%1 %2 没有可作废的锁定。</translation>
    </message>
    <message>
        <source>%1 %2 is already committed. Committed draws cannot be drawn again; see the draw history.</source>
        <translation>%1 %2 已经提交。已提交的抽取不能重抽；请查看抽取历史。</translation>
    </message>
    <message>
        <source>The rule profile has changed since the lists were locked. Void the freeze and lock again with the profile in force.</source>
        <translation>锁定名录之后规则已变更。请作废该锁定，按现行规则重新锁定。</translation>
    </message>
    <message>
        <source>The first seed tried against these lists was %1, not %2. Committing another seed needs a reason, which is recorded and printed on the plan (--reason, or the reason field).</source>
        <translation>对这些名录试过的第一个种子是 %1，不是 %2。提交其他种子须说明理由，理由将记录在案并印在抽查计划上（--reason，或理由栏）。</translation>
    </message>
    <message>
        <source>The commit of %1 %2 names a freeze that is not in the chain.</source>
        <translation>%1 %2 的提交记录指向的锁定记录不在记录链中。</translation>
    </message>
    <message>
        <source>Lock the lists of %1 %2 first (suiji-cli draw freeze, or “Lock the lists” on the draw page): a seed may only be tried once the pools and the roster are fixed and published.</source>
        <translation>请先锁定 %1 %2 的名录（锁定名录：suiji-cli draw freeze，或随机抽取页的“锁定名录”）：只有对象池和执法人员名单固定并公布之后，才能尝试种子。</translation>
    </message>
    <message>
        <source>a second lock of %1 while the lock %2 is in force (neither voided nor committed).</source>
        <translation>在锁定记录 %2 仍然有效（既未作废也未提交）时，%1 又被锁定了一次。</translation>
    </message>
    <message>
        <source>the commit drew %1 pools, but %2 are stored with it.</source>
        <translation>提交记录抽取了 %1 个对象池，但与之一同保存的有 %2 个。</translation>
    </message>
    <message>
        <source>it records a fact of %1 in the chain of %2.</source>
        <translation>它把 %1 的记录写在了 %2 的记录链中。</translation>
    </message>
    <message>
        <source>it is dated %1, before the earlier record of the same fact.</source>
        <translation>它的时间为 %1，早于同一事项的前一条记录。</translation>
    </message>
    <message>
        <source>%1 %2 is stored, but no record in the chain says so: it was written outside Suiji.</source>
        <translation>文件中存有 %1 %2，但记录链中没有相应记录：它是在 Suiji 之外写入的。</translation>
    </message>
    <message>
        <source>%1 %2 is stored otherwise than its last record says: it was edited outside Suiji or a record was removed.</source>
        <translation>文件中的 %1 %2 与其最后一条记录不符：它在 Suiji 之外被修改过，或有记录被删除。</translation>
    </message>
    <message>
        <source>%1 was recorded but is missing from the file: it was deleted outside Suiji.</source>
        <translation>%1 有记录，但文件中已没有：它在 Suiji 之外被删除了。</translation>
    </message>
    <message>
        <source>Nothing was committed: the lists in force are locked by freeze %1, not by the freeze %2 the preview was drawn against. Someone withdrew the lock and locked again; preview the seed again and show the new result before committing.</source>
        <translation>未提交任何内容：现行名单由锁定记录 %1 锁定，而不是预览时所依据的锁定记录 %2。有人撤销了锁定并重新锁定；请用该种子重新预览，向现场展示新结果后再提交。</translation>
    </message>
    <message>
        <source>Nothing was committed: pool %1 now gives another result than the preview showed (result fingerprint %2, the preview %3). Preview the seed again and show the new result before committing.</source>
        <translation>未提交任何内容：抽取池“%1”现在的结果与预览所示不同（结果指纹 %2，预览为 %3）。请用该种子重新预览，向现场展示新结果后再提交。</translation>
    </message>
    <message>
        <source>it is dated %1, before the earlier record of the same case.</source>
        <translation>其时间为 %1，早于同一个案的前一条记录。</translation>
    </message>
    <message>
        <source>case %1 stands as &quot;%2&quot;, but no record in the chain says so: it was written outside Suiji.</source>
        <translation>个案 %1 当前为“%2”，但记录链中没有相应记录：它是在本软件之外写入的。</translation>
    </message>
    <message>
        <source>case %1 stands as &quot;%2&quot; otherwise than its last record says: it was edited outside Suiji or a record was removed.</source>
        <translation>个案 %1 当前为“%2”，与其最后一条记录不符：它在本软件之外被修改，或有记录被删除。</translation>
    </message>
    <message>
        <source>case %1 was recorded but is missing from the file: it was deleted outside Suiji.</source>
        <translation>个案 %1 有记录，但文件中已没有它：它在本软件之外被删除。</translation>
    </message>
    <message>
        <source>task %1 (%2) of campaign %3 is stored otherwise than the draw gave it (%4).</source>
        <translation>专项 %3 的第 %1 项任务（%2）与抽取结果（%4）不一致。</translation>
    </message>
    <message>
        <source>campaign %1 is stored, but no record in the chain says so: it was written outside Suiji.</source>
        <translation>数据库中有专项 %1，但记录链中没有相应记录：它是在 Suiji 之外写入的。</translation>
    </message>
    <message>
        <source>campaign %1 stands as &quot;%2&quot; otherwise than its last record says: it was edited outside Suiji or a record was removed.</source>
        <translation>专项 %1 当前为“%2”，与其最后一条记录不符：它在 Suiji 之外被修改，或有记录被删除。</translation>
    </message>
    <message>
        <source>campaign %1 has targets in the file, but no commit in the chain drew them.</source>
        <translation>专项 %1 在数据库中有检查对象，但记录链中没有抽取它们的提交记录。</translation>
    </message>
    <message>
        <source>target %1 of campaign %2 stands as &quot;%3&quot;, but its last recorded event says otherwise: it was edited outside Suiji or an event was removed.</source>
        <translation>专项 %2 的检查对象 %1 当前为“%3”，与其最后一条记录不符：它在 Suiji 之外被修改，或有记录被删除。</translation>
    </message>
    <message>
        <source>campaign %1 was recorded but is missing from the file: it was deleted outside Suiji.</source>
        <translation>专项 %1 有记录，但数据库中已没有：它在 Suiji 之外被删除。</translation>
    </message>
    <message>
        <source>it records campaign %1 under %2.</source>
        <translation>它把专项 %1 记在 %2 名下。</translation>
    </message>
    <message>
        <source>the database file is damaged (SQLite&apos;s quick_check: %1). Restore it from a backup.</source>
        <translation>数据库文件已损坏（SQLite quick_check：%1）。请从备份恢复。</translation>
    </message>
</context>
<context>
    <name>suiji::DrawTaskTableModel</name>
    <message>
        <source>off-site</source>
        <translation>非现场</translation>
    </message>
    <message>
        <source>on-site</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>, must-check</source>
        <translation>，必查</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>对象池</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>USCC / code</source>
        <translation>统一社会信用代码/编码</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Joint with</source>
        <translation>联合检查部门</translation>
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
        <translation>
            <numerusform>共 %n 家</numerusform>
        </translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>监管对象</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>导入名录(&amp;I)…</translation>
    </message>
    <message>
        <source>Import an .xlsx or .csv list (Ctrl+I). You can also drop the file onto this page.</source>
        <translation>导入 .xlsx 或 .csv 名录（Ctrl+I）。也可以把文件拖到本页面。</translation>
    </message>
    <message>
        <source>Filter by the class or the pool the rules give each entity for the chosen quarter</source>
        <translation>按规则为所选季度给出的分类或对象池筛选</translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation>导出当前视图(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the rows the filters show as .xlsx or .csv</source>
        <translation>将筛选结果保存为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit an entity</source>
        <translation>双击或按 F2 编辑监管对象</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>导出当前视图</translation>
    </message>
    <message>
        <source>entities.xlsx</source>
        <translation>监管对象.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;Excel 可打开的 CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>All classes and pools</source>
        <translation>全部分类和对象池</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>分类：%1</translation>
    </message>
    <message>
        <source>Must-checks</source>
        <translation>必查对象</translation>
    </message>
    <message>
        <source>Pool: %1</source>
        <translation>对象池：%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>The list cannot be read</source>
        <translation>名录无法读取</translation>
    </message>
</context>
<context>
    <name>suiji::EntityEditDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or empty</source>
        <translation>YYYY-MM-DD，可留空</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>On the positive list</source>
        <translation>纳入正面清单</translation>
    </message>
    <message>
        <source>Has a violation clue</source>
        <translation>有违法线索</translation>
    </message>
    <message>
        <source>USCC / code:</source>
        <translation>统一社会信用代码/编码：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>监管类别：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>监管级别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业类别(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>街道(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Credit grade:</source>
        <translation>环境信用等级(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;VOCs grade:</source>
        <translation>VOCs分级(&amp;V)：</translation>
    </message>
    <message>
        <source>Last &amp;penalty:</source>
        <translation>最近处罚日期(&amp;P)：</translation>
    </message>
    <message>
        <source>Penalty &amp;waived on:</source>
        <translation>免罚日期(&amp;W)：</translation>
    </message>
    <message>
        <source>Complaints last &amp;quarter:</source>
        <translation>上季度投诉数(&amp;Q)：</translation>
    </message>
    <message>
        <source>Left the key list on:</source>
        <translation>移出重点名录日期：</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>名称为空。</translation>
    </message>
</context>
<context>
    <name>suiji::EntityImporter</name>
    <message>
        <source>The file needs a &quot;统一社会信用代码&quot; column or an &quot;对象编码&quot; column (or both): each row is identified by one of them.</source>
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
        <source>Unknown bureau &quot;%1&quot;. Use one of 福田, 罗湖, 盐田, 南山, 宝安, 龙岗, 龙华, 坪山, 光明, 大鹏, 深汕.</source>
        <translation>未知管理局“%1”。请填写福田、罗湖、盐田、南山、宝安、龙岗、龙华、坪山、光明、大鹏、深汕之一。</translation>
    </message>
    <message>
        <source>The category is empty.</source>
        <translation>监管类别为空。</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;. Use one of the categories in the template&apos;s drop-down list.</source>
        <translation>未知监管类别“%1”。请使用模板下拉列表中的类别。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 characters; a unified social credit code has 18.</source>
        <translation>“%1”有 %2 位；统一社会信用代码应为 18 位。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a character a unified social credit code cannot have (codes never use I, O, S, V or Z).</source>
        <translation>“%1”含有统一社会信用代码不允许的字符（代码中不使用 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the check character should be %2. Accepted as you asked; the entity is flagged.</source>
        <translation>“%1”：校验位应为 %2。已按您的要求接受，并对该对象作了标记。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the last (check) character should be %2. Check the code for a typing error; some codes issued before 2016 fail this check and can be accepted explicitly.</source>
        <translation>“%1”：最后一位（校验位）应为 %2。请检查是否录入有误；部分 2016 年以前发放的代码无法通过校验，可明确选择接受。</translation>
    </message>
    <message>
        <source>Neither a unified social credit code nor an object code is given: the row cannot be identified.</source>
        <translation>既没有统一社会信用代码也没有对象编码：无法识别该行。</translation>
    </message>
    <message>
        <source>Level &quot;%1&quot; is neither 一般 nor 重点.</source>
        <translation>监管级别“%1”既不是“一般”也不是“重点”。</translation>
    </message>
    <message>
        <source>Credit grade &quot;%1&quot; is not one of 诚信, 良好, 警示, 不良.</source>
        <translation>环境信用等级“%1”不是诚信、良好、警示、不良之一。</translation>
    </message>
    <message>
        <source>VOCs grade &quot;%1&quot; is not A, B or C.</source>
        <translation>VOCs分级“%1”不是 A、B 或 C。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write dates as 2025-03-31, 2025/3/31 or 2025年3月31日.</source>
        <translation>“%1”不是日期。请写作 2025-03-31、2025/3/31 或 2025年3月31日。</translation>
    </message>
    <message>
        <source>%1 lies in the future.</source>
        <translation>%1 是将来的日期。</translation>
    </message>
    <message>
        <source>Complaints &quot;%1&quot; must be a whole number, 0 or more.</source>
        <translation>投诉数“%1”须为不小于 0 的整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be 是 or 否.</source>
        <translation>“%1”应填“是”或“否”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in this file: also in row %2.</source>
        <translation>“%1”在本文件中重复出现：第 %2 行也有。</translation>
    </message>
    <message>
        <source>移动源处 draws the districts&apos; mobile pools but has no entities of its own: give the district (管理局) the entity is in.</source>
        <translation>移动源处为各区抽取移动源对象池，但没有自己的监管对象：请填写该对象所在的管理局。</translation>
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
    <message>
        <source>Cannot save the entities.</source>
        <translation>无法保存监管对象。</translation>
    </message>
    <message>
        <source>Cannot read when the violation clues arrived.</source>
        <translation>无法读取违法线索的到达时间。</translation>
    </message>
    <message>
        <source>Cannot record when the violation clues arrived.</source>
        <translation>无法记录违法线索的到达时间。</translation>
    </message>
    <message>
        <source>Cannot record the penalty of %1.</source>
        <translation>无法记录 %1 的处罚日期。</translation>
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
    <message>
        <source> · must-check</source>
        <translation> · 必查</translation>
    </message>
    <message>
        <source>No special rule applies.</source>
        <translation>不适用特殊规则。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>分类</translation>
    </message>
</context>
<context>
    <name>suiji::Exporters</name>
    <message>
        <source>Ledger</source>
        <translation>检查台账</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>管理局</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>对象池</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>USCC / code</source>
        <translation>统一社会信用代码/编码</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Joint with</source>
        <translation>联合检查部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Inspected on</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Publication due</source>
        <translation>公示截止日期</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>公示日期</translation>
    </message>
    <message>
        <source>off-site</source>
        <translation>非现场</translation>
    </message>
    <message>
        <source>on-site</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>, must-check</source>
        <translation>，必查</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Year target</source>
        <translation>全年目标</translation>
    </message>
    <message>
        <source>Q%1 planned</source>
        <translation>第%1季度计划</translation>
    </message>
    <message>
        <source>Q%1 done</source>
        <translation>第%1季度完成</translation>
    </message>
    <message>
        <source>Done this year</source>
        <translation>全年已完成</translation>
    </message>
    <message>
        <source>Where the year stands</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>General fixed-source tasks (≥ %1 × inspectors)</source>
        <translation>一般监管对象抽查任务（≥ 执法人员数 × %1）</translation>
    </message>
    <message>
        <source>Key units checked (≥ %1%)</source>
        <translation>重点监管对象抽查覆盖（≥ %1%）</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1% 家</translation>
    </message>
    <message>
        <source>Joint inspections (≥ %1% of %2)</source>
        <translation>部门联合抽查（≥ %2 的 %1%）</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>全部抽查任务</translation>
    </message>
    <message>
        <source>Assigned: %1</source>
        <translation>下达任务：%1</translation>
    </message>
    <message>
        <source>%1 of %2 done; due %3</source>
        <translation>已完成 %1/%2；截止 %3</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>监管对象</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
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
        <source>Class</source>
        <translation>分类</translation>
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
        <source>Address</source>
        <translation>地址</translation>
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
    <message>
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
</context>
<context>
    <name>suiji::FactRepository</name>
    <message>
        <source>Cannot read the recorded facts (drawn elsewhere, reports submitted, assigned targets, typical cases).</source>
        <translation>无法读取登记的事项（其他平台已抽、材料报送、下达任务、典型案例）。</translation>
    </message>
</context>
<context>
    <name>suiji::FactService</name>
    <message>
        <source>No task %1 in the ledger.</source>
        <translation>台账中没有任务 %1。</translation>
    </message>
    <message>
        <source>Task %1 (%2) is not done yet: only an inspection that took place can be a typical case.</source>
        <translation>任务 %1（%2）尚未检查：只有已完成的检查才能作为典型案例。</translation>
    </message>
    <message>
        <source>A typical case is a short text: at most 2000 characters.</source>
        <translation>典型案例须简短：最多 2000 字。</translation>
    </message>
</context>
<context>
    <name>suiji::Failure</name>
    <message>
        <source>The computer ran out of memory during this work. It was stopped and nothing was written; close other programs and try again.</source>
        <translation>执行此项工作时计算机内存不足。工作已停止，没有写入任何内容；请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>An internal error stopped this work (%1). Nothing was written. Please report it with what you were doing.</source>
        <translation>内部错误使此项工作中止（%1）。没有写入任何内容。请连同当时的操作一并报告此问题。</translation>
    </message>
    <message>
        <source>An internal error stopped this work. Nothing was written. Please report it with what you were doing.</source>
        <translation>内部错误使此项工作中止。没有写入任何内容。请连同当时的操作一并报告此问题。</translation>
    </message>
</context>
<context>
    <name>suiji::FirstRunDialog</name>
    <message>
        <source>Welcome to Suiji</source>
        <translation>欢迎使用双随机抽查工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The database is empty&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;You can fill it with a synthetic demo city (the eleven Shenzhen bureaus, about 100,000 fictional entities and their inspectors) to try the workbench, or start empty and import your bureau&apos;s own lists.&lt;/p&gt;</source>
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
    <name>suiji::FreezeSnapshot</name>
    <message>
        <source>The frozen lists cannot be read (%1).</source>
        <translation>无法读取锁定的名录（%1）。</translation>
    </message>
    <message>
        <source>The frozen lists name the pool &quot;%1&quot;, which the rule profile does not have.</source>
        <translation>锁定的名录中有对象池“%1”，而规则中没有该对象池。</translation>
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
    <name>suiji::ImportWizard</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Choose the list to import</source>
        <translation>选择要导入的名录</translation>
    </message>
    <message>
        <source>An .xlsx workbook or a .csv file saved from Excel (UTF-8 or GB18030). The first row must name the columns.</source>
        <translation>Excel 工作簿（.xlsx）或 Excel 另存的 .csv 文件（UTF-8 或 GB18030）。第一行须为列名。</translation>
    </message>
    <message>
        <source>&amp;Supervised entities (监管对象)</source>
        <translation>监管对象(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Inspectors (执法人员)</source>
        <translation>执法人员(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Save a blank &amp;template…</source>
        <translation>保存空白模板(&amp;T)…</translation>
    </message>
    <message>
        <source>The header row, an example row and drop-down lists for the fixed values.</source>
        <translation>含表头、示例行和固定取值的下拉列表。</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>名录：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>CSV &amp;encoding:</source>
        <translation>CSV 编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Workbook s&amp;heet:</source>
        <translation>工作表(&amp;H)：</translation>
    </message>
    <message>
        <source>Choose the list</source>
        <translation>选择名录文件</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
        <translation>名录文件 (*.xlsx *.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>entities-template.xlsx</source>
        <translation>监管对象导入模板.xlsx</translation>
    </message>
    <message>
        <source>inspectors-template.xlsx</source>
        <translation>执法人员导入模板.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 处没有文件。</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>核对列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>%1 · detected: %2 · header in row %3. Each field is matched to a column by its name; change it where the file names a column differently.</source>
        <translation>%1 · 识别结果：%2 · 表头在第 %3 行。各字段按列名自动对应；文件列名不同的，请在此改选。</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— 文件中没有 —</translation>
    </message>
    <message>
        <source>统一社会信用代码 or 对象编码</source>
        <translation>统一社会信用代码或对象编码</translation>
    </message>
    <message>
        <source>Required and not matched: %1</source>
        <translation>必填但未对应：%1</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>逐行校验</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written. Fix the file and check again, or go back and change the columns.</source>
        <translation>写入前逐行校验全部数据。请修改文件后重新校验，或返回上一步调整列的对应。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
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
        <source>Check &amp;again</source>
        <translation>重新校验(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export the problems…</source>
        <translation>导出问题清单(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the problems</source>
        <translation>导出问题清单</translation>
    </message>
    <message>
        <source>-problems.csv</source>
        <translation>-问题清单.csv</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 可打开的 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 changed, %4 unchanged.</source>
        <translation>共 %1 行：新增 %2，更新 %3，未变 %4。</translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>忽略的列：%1。</translation>
    </message>
    <message>
        <source>Every row is valid. Next imports them in one step.</source>
        <translation>全部数据有效。点“下一步”一次性导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing will be written until they are fixed.</source>
        <translation>
            <numerusform>发现 %n 个问题：改正之前不会写入任何数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept these %n code(s) with a wrong check character (some codes issued before 2016 fail the check); they are stored with a warning flag.</source>
        <translation>
            <numerusform>接受这 %n 个校验码错误的代码（部分2016年前发放的代码无法通过校验）；导入后带警示标记。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>All rows are written in one transaction: cancelling leaves the database exactly as it was.</source>
        <translation>全部数据在一个事务中写入：取消后数据库保持原样。</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written; the database is as it was.</source>
        <translation>已取消。未写入任何数据，数据库保持原样。</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 new, %3 changed, %4 unchanged.</source>
        <translation>已导入 %1 行：新增 %2，更新 %3，未变 %4。</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>未写入任何数据：%1</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>导入名录</translation>
    </message>
</context>
<context>
    <name>suiji::Importer</name>
    <message>
        <source>The file is empty: it has no header row and no data.</source>
        <translation>文件为空：既没有表头行，也没有数据。</translation>
    </message>
    <message>
        <source>This column appears twice (also as &quot;%1&quot;). Keep one of them.</source>
        <translation>该列重复出现（另一处为“%1”）。请只保留一列。</translation>
    </message>
    <message>
        <source>The required column &quot;%1&quot; is missing. The first row must name the columns; the template shows them.</source>
        <translation>缺少必填列“%1”。第一行须为列名；可参照导入模板。</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>文件只有表头，没有数据行。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds an invisible character (%2: a control, direction or zero-width mark) that would make it look like another code. Type the code again.</source>
        <translation>“%1”含有不可见字符（%2：控制符、方向符或零宽字符），会让它看起来像另一个代码。请重新输入该代码。</translation>
    </message>
    <message>
        <source>An invisible character (%1) was removed from &quot;%2&quot;.</source>
        <translation>已从“%2”中删除不可见字符（%1）。</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>没有导入任何内容。%1</translation>
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
        <source>Badge number &quot;%1&quot; appears twice in this file: also in row %2.</source>
        <translation>执法证号“%1”在本文件中重复出现：第 %2 行也有。</translation>
    </message>
    <message>
        <source>The bureau is empty.</source>
        <translation>所属管理局为空。</translation>
    </message>
    <message>
        <source>Unknown bureau &quot;%1&quot;.</source>
        <translation>未知管理局“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be 是 or 否.</source>
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
    <message>
        <source>Cannot read the inspectors.</source>
        <translation>无法读取执法人员名录。</translation>
    </message>
    <message>
        <source>Cannot read the inspectors&apos; conflicts of interest.</source>
        <translation>无法读取执法人员的回避对象。</translation>
    </message>
    <message>
        <source>Cannot read the inspector count.</source>
        <translation>无法读取本季度参与执法人员数。</translation>
    </message>
</context>
<context>
    <name>suiji::InspectorsPage</name>
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
    <message>
        <source>Save for this quarter</source>
        <translation>保存为本季度人数</translation>
    </message>
    <message>
        <source>Double-click to edit: USCCs or codes separated by ；or ,</source>
        <translation>双击编辑：统一社会信用代码或编码，用“；”或“,”分隔</translation>
    </message>
    <message>
        <source>Inspectors taking part this &amp;quarter:</source>
        <translation>本季度参与执法人员数(&amp;Q)：</translation>
    </message>
    <message>
        <source>%1: %2 inspectors, %3 taking part. %4 counts %5 for its quotas (%6).</source>
        <translation>%1：执法人员 %2 名，参与 %3 名。%4 按 %5 名计算抽取数（%6）。</translation>
    </message>
    <message>
        <source>stored for the quarter</source>
        <translation>本季度已保存的人数</translation>
    </message>
    <message>
        <source>the roster&apos;s default</source>
        <translation>名录默认人数</translation>
    </message>
    <message>
        <source>The whole city: %1 inspectors, %2 taking part. Choose a bureau to set a quarter&apos;s count.</source>
        <translation>全市：执法人员 %1 名，参与 %2 名。选择管理局后可设置季度人数。</translation>
    </message>
    <message>
        <source>%1 takes part</source>
        <translation>%1 参与</translation>
    </message>
    <message>
        <source>%1 does not take part</source>
        <translation>%1 不参与</translation>
    </message>
    <message>
        <source>Conflicts of %1</source>
        <translation>%1 的回避对象</translation>
    </message>
</context>
<context>
    <name>suiji::JointMarker</name>
    <message>
        <source>Joint inspections: %1% of %2 is %3, but only %4 tasks match the joint plan table; %5 short. Add rows to the table or plan joint work by hand.</source>
        <translation>联合检查：%2 的 %1% 为 %3 项，但只有 %4 项任务与联合检查计划表相符，还差 %5 项。请在计划表中增加条目，或另行安排联合检查。</translation>
    </message>
    <message numerus="yes">
        <source>%n daily task(s)</source>
        <translation>
            <numerusform>%n 项日常任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n random task(s)</source>
        <translation>
            <numerusform>%n 项随机任务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>suiji::MainWindow</name>
    <message>
        <source>Suiji — random inspection workbench</source>
        <translation>双随机抽查工作台</translation>
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
        <source>&lt;h3&gt;Suiji 双随机抽查工作台 %1&lt;/h3&gt;&lt;p&gt;Random enforcement inspections for Shenzhen&apos;s ecology and environment bureaus: lists, quotas, verifiable draws, progress and reports.&lt;/p&gt;</source>
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
        <source>&amp;Import list…</source>
        <translation>导入名录(&amp;I)…</translation>
    </message>
    <message>
        <source>Bureau and quarter</source>
        <translation>管理局和季度</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>&amp;Bureau:</source>
        <translation>管理局(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>Previous quarter</source>
        <translation>上一季度</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>下一季度</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>&amp;Projector mode</source>
        <translation>投影模式(&amp;P)</translation>
    </message>
    <message>
        <source>The database was upgraded to schema %1; the file as it was is kept as %2</source>
        <translation>数据库已升级到结构版本 %1；升级前的原文件已保存为 %2</translation>
    </message>
    <message>
        <source>Another program is writing to %1; waiting for it to finish…</source>
        <translation>另一个程序正在写入 %1，正在等待它完成……</translation>
    </message>
    <message>
        <source>The %1 imported rows belong to %2, not %3: now showing %2.</source>
        <translation>导入的 %1 行属于%2，不属于%3：已切换到%2。</translation>
    </message>
    <message>
        <source>None of the imported rows belong to %1; most (%2) belong to %3. Choose the bureau above to see them.</source>
        <translation>导入的行都不属于%1；其中多数（%2 行）属于%3。请在上方选择管理局查看。</translation>
    </message>
    <message>
        <source>%1 · drawn</source>
        <translation>%1 · 已抽取</translation>
    </message>
    <message>
        <source>Next: import the bureau&apos;s lists of entities and inspectors — File › Import list (Ctrl+I), or drop a .xlsx/.csv file on this page.</source>
        <translation>下一步：导入本局的监管对象和执法人员名录——文件 › 导入名录（Ctrl+I），或把 .xlsx/.csv 文件拖到本页。</translation>
    </message>
    <message>
        <source>The demo city is ready: every bureau&apos;s 2025 Q3 is drawn and partly inspected. Showing 2025 Q3.</source>
        <translation>演示数据已生成：各管理局 2025 年第 3 季度已完成抽取并部分检查，已切换到该季度。</translation>
    </message>
    <message>
        <source>Database: %1 · %2</source>
        <translation>数据库：%1 · %2</translation>
    </message>
    <message>
        <source>Backup written to %1 (checked: sound)</source>
        <translation>备份已写入 %1（已检查：完好）</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace everything in %1 with the backup %2?

The file as it is now is kept as a backup first: restoring that one undoes this.</source>
        <translation>用备份 %2 替换 %1 中的全部内容吗？

当前文件会先另存为一份备份：恢复那份备份即可撤销本次操作。</translation>
    </message>
    <message>
        <source>Nothing was restored: the file as it is could not be backed up first. %1</source>
        <translation>没有恢复任何内容：未能先备份当前文件。%1</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the file as it was is kept as %3.</source>
        <translation>已从 %2 恢复 %1；原来的文件保存为 %3。</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s check found %2.

The newest sound backup is no. %3, made %4 (%5). Restore it? The damaged file is kept among the backups.</source>
        <translation>%1 已损坏：SQLite 检查发现 %2。

最新的完好备份是第 %3 号，制作于 %4（%5）。要恢复它吗？损坏的文件会保存在备份之中。</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>恢复备份(&amp;R)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s check found %2.

No sound backup of it was found in %3. Copy the file before changing anything, and restore an older copy if you have one (Settings › Backups, or suiji-cli restore FILE).</source>
        <translation>%1 已损坏：SQLite 检查发现 %2。

在 %3 中没有找到它的完好备份。请先复制该文件再做任何修改；如有较早的副本，请恢复它（设置 › 备份，或 suiji-cli restore 文件）。</translation>
    </message>
</context>
<context>
    <name>suiji::Matcher</name>
    <message>
        <source>No inspector of this bureau takes part this quarter, so none of the %1 tasks can be staffed. Mark inspectors as taking part on the inspectors page.</source>
        <translation>本管理局本季度没有参与的执法人员，%1 项任务都无法匹配。请在“执法人员”页标记参与人员。</translation>
    </message>
    <message>
        <source>Task %1 (%2 %3, pool %4) cannot be staffed: %5 inspectors take part, %6 have a conflict of interest with it and %7 already have %8 tasks (the cap); a team needs %9. Mark another inspector as taking part, resolve a conflict, or allow a larger cap in the rule profile (draw.cap_slack), then draw again.</source>
        <translation>第 %1 项任务（%2 %3，对象池 %4）无法匹配执法人员：参与 %5 名，其中 %6 名需回避，%7 名已达 %8 项任务上限；每组需 %9 名。请增加参与人员、处理回避关系，或在规则中放宽上限（draw.cap_slack）后重新抽取。</translation>
    </message>
</context>
<context>
    <name>suiji::MeetingView</name>
    <message>
        <source>%1 · %2 Q%3 random inspections</source>
        <translation>%1 · %2年第%3季度 双随机抽查</translation>
    </message>
    <message>
        <source>Tasks this quarter</source>
        <translation>本季度任务</translation>
    </message>
    <message>
        <source>%1 published</source>
        <translation>已公示 %1 项</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <translation>%2 项中已完成 %1 项</translation>
    </message>
    <message>
        <source>Against this month&apos;s target of %1%</source>
        <translation>对照本月末目标 %1%</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation>%1%2 个百分点</translation>
    </message>
    <message>
        <source>last month end: target %1%, reached %2%</source>
        <translation>上一月末目标 %1%，实际 %2%</translation>
    </message>
    <message>
        <source>the first month end is still ahead</source>
        <translation>尚未到第一个月末</translation>
    </message>
    <message>
        <source>Joint share (target %1%)</source>
        <translation>联合检查占比（目标 %1%）</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) overdue for publication</source>
        <translation>
            <numerusform>%n 项检查结果逾期未公示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bureau(s) behind the curve: %1</source>
        <translation>
            <numerusform>%n 个管理局落后于进度：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>behind the curve</source>
        <translation>落后于进度</translation>
    </message>
    <message>
        <source>next quarter not drawn in time: %1</source>
        <translation>下季度未按时抽取：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) to publish within three working days</source>
        <translation>
            <numerusform>%n 项检查结果须在三个工作日内公示</numerusform>
        </translation>
    </message>
    <message>
        <source>next quarter to draw: %1</source>
        <translation>下季度待抽取：%1</translation>
    </message>
    <message>
        <source>Overdue and due:</source>
        <translation>逾期与临期：</translation>
    </message>
    <message>
        <source>nothing overdue</source>
        <translation>无逾期事项</translation>
    </message>
    <message>
        <source>The figures and charts appear once the quarter&apos;s draws are committed.</source>
        <translation>本季度抽取提交后，这里显示各项数字和图表。</translation>
    </message>
    <message>
        <source>%1 joint / %2</source>
        <translation>联合检查 %1 项 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) not submitted in time</source>
        <translation>
            <numerusform>%n 项材料未按时报送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assigned target(s) past due</source>
        <translation>
            <numerusform>%n 项下达任务逾期未完成</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases (个案): %1 of %2 closed</source>
        <translation>个案：%2 件中已闭环 %1 件</translation>
    </message>
    <message>
        <source>platform alerts %1 closed (target 100%)</source>
        <translation>平台预警闭环率 %1（目标 100%）</translation>
    </message>
    <message>
        <source>red alerts %1 of %2 closed</source>
        <translation>红色预警 %2 件中已闭环 %1 件</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) past a deadline</source>
        <translation>
            <numerusform>%n 件个案逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) due within a working day</source>
        <translation>
            <numerusform>%n 件个案一个工作日内到期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>suiji::MonthPlanner</name>
    <message numerus="yes">
        <source>This quarter is drawn late, in its month %1: %n task(s) planned for months already over are due in %2 instead (the month plan itself stays as the draw specification fixes it).</source>
        <translation>
            <numerusform>本季度抽取较晚（季度第 %1 个月）：计划在已过月份的 %n 项任务改为 %2 内完成（月度计划本身按抽取规范不变）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>suiji::PdfDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>suiji::PlanReport</name>
    <message>
        <source>No draw is committed for %1 %2: there is no plan to print yet.</source>
        <translation>%1 %2 尚未提交抽取，还没有可打印的抽查计划。</translation>
    </message>
    <message>
        <source>the city</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>Shenzhen · %1 quarter plans of every bureau</source>
        <translation>深圳市 · %1 各管理局抽查计划</translation>
    </message>
    <message>
        <source>Quarter plans %1</source>
        <translation>%1 抽查计划</translation>
    </message>
    <message>
        <source>Plan number</source>
        <translation>抽查计划编号</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>抽查机关</translation>
    </message>
    <message>
        <source>Rule profile</source>
        <translation>抽查规则</translation>
    </message>
    <message>
        <source>Inspectors taking part</source>
        <translation>参与执法人员</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>抽取数</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>对象池</translation>
    </message>
    <message>
        <source>Eligible N</source>
        <translation>基数N</translation>
    </message>
    <message>
        <source>Random pool</source>
        <translation>随机池</translation>
    </message>
    <message>
        <source>Must-check</source>
        <translation>必查</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>计算公式</translation>
    </message>
    <message>
        <source>k</source>
        <translation>抽取数k</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>抽取上下文</translation>
    </message>
    <message>
        <source>k of pool</source>
        <translation>抽取数/对象池</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 中抽 %1</translation>
    </message>
    <message>
        <source>off-site</source>
        <translation>非现场</translation>
    </message>
    <message>
        <source>on-site</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>must </source>
        <translation>必查 </translation>
    </message>
    <message>
        <source>Nothing drawn from this pool.</source>
        <translation>本对象池未抽取对象。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>USCC / code</source>
        <translation>统一社会信用代码/编码</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Joint with</source>
        <translation>联合检查部门</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>复核方法</translation>
    </message>
    <message>
        <source>Each draw follows the public algorithm suiji-draw-v1: every key of a pool gets the ticket SHA-256(seed|context|key); the pool is ordered by ticket and the first k are selected. The fingerprints are SHA-256 of the pool&apos;s keys and of the selected keys, one per line. Anyone can recompute a ticket with the shell; the first selected key of the first non-empty pool gives:</source>
        <translation>每次抽取都按公开算法 suiji-draw-v1 进行：对象池中每个代码的签号为 SHA-256(种子|上下文|代码)；按签号排序后取前 k 个。指纹是对象池全部代码和抽中代码（每行一个）的 SHA-256。任何人都可以用命令行复算签号，例如第一个非空对象池的第一个抽中代码：</translation>
    </message>
    <message>
        <source>suiji-cli draw … --json prints every pool&apos;s keys; suiji-cli verify recomputes every draw and the record chain. The QR code holds the seed and the last record hash of this quarter, which commits to every record before it.</source>
        <translation>suiji-cli draw … --json 可输出每个对象池的全部代码；suiji-cli verify 复算全部抽取和记录链。二维码内含本季度的种子和最后一条记录哈希，它锁定此前的每一条记录。</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>编制人：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>批准人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Lists locked</source>
        <translation>名录锁定</translation>
    </message>
    <message>
        <source>Seed source</source>
        <translation>种子来源</translation>
    </message>
    <message>
        <source>Lock (freeze) record</source>
        <translation>锁定记录</translation>
    </message>
    <message>
        <source>Commit record — keep this hash</source>
        <translation>提交记录（请保存此哈希值）</translation>
    </message>
    <message>
        <source>Seeds tried</source>
        <translation>试过的种子</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>against a voided lock</source>
        <translation>针对已作废的锁定</translation>
    </message>
    <message>
        <source>Tried at</source>
        <translation>尝试时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>All staffed</source>
        <translation>全部配齐人员</translation>
    </message>
    <message>
        <source>The committed seed is not the first one tried against the lock. Reason recorded with the commit: %1</source>
        <translation>提交的种子不是锁定后试过的第一个种子。随提交记录在案的理由：%1</translation>
    </message>
    <message>
        <source>The committed seed is the first one tried against the lock.</source>
        <translation>提交的种子是锁定后试过的第一个种子。</translation>
    </message>
    <message>
        <source>Voided locks</source>
        <translation>已作废的锁定</translation>
    </message>
    <message>
        <source>Lock record</source>
        <translation>锁定记录</translation>
    </message>
    <message>
        <source>Voided at</source>
        <translation>作废时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The lists were locked before the seed existed (draw-spec v2); the months, joint inspections and teams follow from the locked lists and the seed as well. suiji-cli publish writes a bundle that anyone can check offline with verify.py or verify.html; suiji-cli verify --anchor with the commit record&apos;s hash below checks that the database still holds this draw unchanged, with every record before it. The QR code holds the seed and that hash.</source>
        <translation>名录在种子产生之前已经锁定（draw-spec v2）；月份、联合检查和执法小组同样只由锁定的名录和种子决定。suiji-cli publish 可生成公开核验包，任何人都能用 verify.py 或 verify.html 离线复核；suiji-cli verify --anchor 加上下面的提交记录哈希值，可核对数据库中这次抽取及其之前的全部记录均未改动。二维码中是种子和该哈希值。</translation>
    </message>
    <message>
        <source>The lists of %1 %2 are not locked: there is no notice to print. Lock them first.</source>
        <translation>%1 %2 的名录尚未锁定，没有可打印的抽取公告。请先锁定名录。</translation>
    </message>
    <message>
        <source>Draw notice %1 %2</source>
        <translation>抽取公告 %1 %2</translation>
    </message>
    <message>
        <source>The lists below were locked before the seed was made. The quarter&apos;s draw takes its entities from these pools and its teams from this roster only; the seed will be made as stated and published with the plan.</source>
        <translation>以下名录在种子产生之前已经锁定。本季度只从这些对象池中抽取检查对象，只从这份名单中抽取执法人员；种子将按所述方式产生，并随抽查计划公布。</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定时间</translation>
    </message>
    <message>
        <source>Lock record — keep this hash</source>
        <translation>锁定记录（请保存此哈希值）</translation>
    </message>
    <message>
        <source>Lock %1 voided on %2: %3</source>
        <translation>锁定 %1 于 %2 作废：%3</translation>
    </message>
    <message>
        <source>Locked by:</source>
        <translation>锁定人：</translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation>见证人：</translation>
    </message>
    <message>
        <source>%1 · %2 (a profile for %3, used for %4)</source>
        <translation>%1 · %2（%3 年的规则，用于 %4 年）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2 家</translation>
    </message>
    <message>
        <source>Drawn elsewhere earlier in %1 (entered by hand, counted towards the year targets): %2.</source>
        <translation>%1 年此前在其他平台已抽（手工登记，计入全年目标）：%2。</translation>
    </message>
    <message>
        <source>The mobile-source division (移动源处) drew %1 tasks of the mobile pools for this district in its own ceremony; they are in this district&apos;s ledger and progress, and in the division&apos;s plan (commit record %2).</source>
        <translation>移动源处在其自己的抽取中为本辖区抽取了移动源对象池的 %1 项任务；这些任务计入本辖区的台账和进度，详见移动源处的抽查计划（提交记录 %2）。</translation>
    </message>
    <message>
        <source>drawn under draw-spec v1</source>
        <translation>按 draw-spec v1 抽取</translation>
    </message>
</context>
<context>
    <name>suiji::ProfileRepository</name>
    <message>
        <source>Cannot read the rule profiles: %1</source>
        <translation>无法读取规则：%1</translation>
    </message>
    <message>
        <source>The active rule profile %1 (version %2) in this database is invalid: %3</source>
        <translation>本数据库中启用的规则 %1（第 %2 版）无效：%3</translation>
    </message>
    <message>
        <source>Cannot save the rule profile: %1</source>
        <translation>无法保存规则：%1</translation>
    </message>
    <message>
        <source>The rule profile %1 is neither the shipped one nor saved in this file.</source>
        <translation>规则 %1 既不是随软件提供的规则，也没有保存在本文件中。</translation>
    </message>
    <message>
        <source>Cannot read the saved rule profiles.</source>
        <translation>无法读取已保存的抽查规则。</translation>
    </message>
</context>
<context>
    <name>suiji::ProgressCharts</name>
    <message>
        <source>Cumulative completion against the %1 target</source>
        <translation>累计完成率与 %1 目标对照</translation>
    </message>
    <message>
        <source>30/60/100</source>
        <translation>30/60/100</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>季初</translation>
    </message>
    <message>
        <source>End of %1</source>
        <translation>%1末</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>Completion per pool</source>
        <translation>各对象池完成率</translation>
    </message>
    <message>
        <source>Done %</source>
        <translation>完成率 %</translation>
    </message>
    <message>
        <source>Bureaus at the last month end: done against %1%</source>
        <translation>各管理局上一月末完成率（目标 %1%）</translation>
    </message>
    <message>
        <source>Bureaus: done so far</source>
        <translation>各管理局完成率</translation>
    </message>
    <message>
        <source>Behind the target</source>
        <translation>落后于目标</translation>
    </message>
    <message>
        <source>Target %1%</source>
        <translation>目标 %1%</translation>
    </message>
    <message>
        <source>No tasks this quarter yet: they appear here once the quarter&apos;s draw is committed.</source>
        <translation>本季度还没有任务：提交本季度的抽取后，这里显示各对象池的完成率。</translation>
    </message>
    <message>
        <source>Joint %1%</source>
        <translation>联合检查 %1%</translation>
    </message>
    <message>
        <source>Bureaus ranked by completion</source>
        <translation>各管理局完成率排名</translation>
    </message>
    <message>
        <source>Pools ranked by completion</source>
        <translation>各对象池完成率排名</translation>
    </message>
    <message>
        <source>%1 (this month&apos;s target %2%)</source>
        <translation>%1（本月末目标 %2%）</translation>
    </message>
    <message>
        <source>Below this month&apos;s target</source>
        <translation>低于本月末目标</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>联合检查</translation>
    </message>
</context>
<context>
    <name>suiji::ProgressReportPdf</name>
    <message>
        <source>City</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>%1 · %2 progress report</source>
        <translation>%1 · %2 执法检查进度报告</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>%1 in all, %2 done (%3%), %4 published</source>
        <translation>共 %1 项，已检查 %2 项（%3%），已公示 %4 项</translation>
    </message>
    <message>
        <source>Joint inspections</source>
        <translation>跨部门联合检查</translation>
    </message>
    <message>
        <source>Quarter summary due</source>
        <translation>季度情况公示截止</translation>
    </message>
    <message>
        <source>Next quarter drawn by</source>
        <translation>下季度抽取截止</translation>
    </message>
    <message>
        <source> (drawn)</source>
        <translation>（已抽取）</translation>
    </message>
    <message>
        <source>Months against the 30/60/100 curve</source>
        <translation>各月完成情况与 30/60/100 目标</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Planned, cumulative</source>
        <translation>累计计划</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Done, cumulative</source>
        <translation>累计完成</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Publications overdue or not yet published</source>
        <translation>逾期或尚未公示的检查结果</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待公示</translation>
    </message>
    <message>
        <source>Every result inspected so far is published on time.</source>
        <translation>已检查的结果均已按时公示。</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>管理局</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>USCC / code</source>
        <translation>统一社会信用代码/编码</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>公示截止</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公示日期</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 · %2 year report</source>
        <translation>%1 · %2 年度报告</translation>
    </message>
    <message>
        <source>Tasks per quarter and pool</source>
        <translation>各季度各对象池任务</translation>
    </message>
    <message>
        <source>No draws are committed in %1.</source>
        <translation>%1 年尚未提交抽取。</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>对象池</translation>
    </message>
    <message>
        <source>Done %</source>
        <translation>完成率 %</translation>
    </message>
    <message>
        <source>Year targets</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>on course</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>No bureau has committed draws in %1 yet.</source>
        <translation>%1 年尚无管理局提交抽取。</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Task count</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>%1 joint / %2 (%3%), %4 done; all due by %5</source>
        <translation>联合检查 %1 项 / %2（%3%），已完成 %4 项；须于 %5 前全部完成</translation>
    </message>
    <message>
        <source>Typical cases</source>
        <translation>典型案例</translation>
    </message>
    <message>
        <source>No inspection of %1 is marked as a typical case yet (suiji-cli task typical, or the ledger&apos;s context menu).</source>
        <translation>%1 年尚无检查被标为典型案例（suiji-cli task typical，或任务台账的右键菜单）。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Typical case</source>
        <translation>典型案例</translation>
    </message>
    <message>
        <source>Assigned targets</source>
        <translation>下达任务</translation>
    </message>
    <message>
        <source>No target is handed down for %1 (suiji-cli targets set, or Assigned targets on the dashboard).</source>
        <translation>%1 年尚无下达任务（suiji-cli targets set，或总览页的“下达任务”）。</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>尚余 %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>下达数</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Case-driven inspections</source>
        <translation>个案执法</translation>
    </message>
    <message>
        <source>No alert, complaint or referral is in the case ledger (suiji-cli case import, or the Cases page).</source>
        <translation>个案台账中还没有预警、投诉举报或转办交办（suiji-cli case import，或“个案执法”页面导入）。</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已闭环</translation>
    </message>
    <message>
        <source>Platforms&apos; alerts closed (target 100%)</source>
        <translation>平台预警闭环（目标 100%）</translation>
    </message>
    <message>
        <source>Red alerts closed (target 100%)</source>
        <translation>红色预警办结（目标 100%）</translation>
    </message>
    <message>
        <source>Open, of them overdue</source>
        <translation>在办，其中超期</translation>
    </message>
    <message>
        <source>Median days to closure</source>
        <translation>闭环用时中位数（天）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>闭环率</translation>
    </message>
</context>
<context>
    <name>suiji::ProgressService</name>
    <message>
        <source>%1 is behind the curve: %2% done, the target was %3%.</source>
        <translation>%1 进度落后：已完成 %2%，目标为 %3%。</translation>
    </message>
    <message>
        <source>%1 %2: the result was due for publication on %3 (inspected %4).</source>
        <translation>%1 %2：检查结果应于 %3 前公示（%4 检查），已逾期。</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: publish the result by %3 (%n working day(s) left).</source>
        <translation>
            <numerusform>%1 %2：请于 %3 前公示检查结果（还剩 %n 个工作日）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has not drawn %2; it was due before %3 ended.</source>
        <translation>%1 尚未抽取 %2；应在 %3 结束前完成。</translation>
    </message>
    <message>
        <source>%1 has not drawn %2 yet; draw it by %3.</source>
        <translation>%1 尚未抽取 %2；请于 %3 前完成。</translation>
    </message>
    <message>
        <source>%1 joint inspections are still open; all joint tasks are due by %2.</source>
        <translation>尚有 %1 项联合检查未完成；全部联合检查须于 %2 前完成。</translation>
    </message>
    <message>
        <source>%1 joint inspections were not done by %2.</source>
        <translation>有 %1 项联合检查未在 %2 前完成。</translation>
    </message>
    <message>
        <source>%1 was due on %2 and is not recorded as submitted.</source>
        <translation>%1 应于 %2 前报送，尚未登记报送。</translation>
    </message>
    <message>
        <source>%1 is due on %2.</source>
        <translation>%1 须于 %2 前报送。</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 done; it was due on %5.</source>
        <translation>%1 %2：已完成 %3/%4，已过 %5 截止日期。</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 done; due on %5.</source>
        <translation>%1 %2：已完成 %3/%4，%5 截止。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) past a deadline, %2 of them red alerts.</source>
        <translation>
            <numerusform>%1：%n 件个案已超期，其中红色预警 %2 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) past a deadline.</source>
        <translation>
            <numerusform>%1：%n 件个案已超期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) due within a working day.</source>
        <translation>
            <numerusform>%1：%n 件个案将在一个工作日内到期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>suiji::QuotaCalculator</name>
    <message>
        <source>%1 × %2 inspectors = %3</source>
        <translation>%1 × %2 名执法人员 = %3</translation>
    </message>
    <message>
        <source>, rounded up to %1</source>
        <translation>，向上取整为 %1</translation>
    </message>
    <message>
        <source>%1% of %2 = %3</source>
        <translation>%2 × %1% = %3</translation>
    </message>
    <message>
        <source>; at least 1</source>
        <translation>；不足1家按1家计</translation>
    </message>
    <message>
        <source>all %1, every month (%2 tasks)</source>
        <translation>全部 %1 个，每月检查（%2 项任务）</translation>
    </message>
    <message>
        <source>%1: the pool is empty; nothing to draw.</source>
        <translation>%1：对象池为空，无需抽取。</translation>
    </message>
    <message>
        <source>%1: the quota %2 is more than the %3 entities left in the pool; all %3 are taken.</source>
        <translation>%1：应抽 %2 家，超过对象池剩余的 %3 家；%3 家全部抽取。</translation>
    </message>
    <message>
        <source>%1: no inspectors are set for %2, so the quota is 0.</source>
        <translation>%1：%2 未设置执法人员数，抽取数为 0。</translation>
    </message>
    <message>
        <source>Year target at risk: %1 general tasks a quarter make %2 in a year, short of %3 × %4 inspectors = %5.</source>
        <translation>年度目标有风险：每季度 %1 项一般对象任务，全年 %2 项，达不到 %3 × %4 名执法人员 = %5 项。</translation>
    </message>
    <message>
        <source>Year target at risk: about %1 of %2 key units would be checked this year, short of %3%.</source>
        <translation>年度目标有风险：本年约能检查 %2 家重点单位中的 %1 家，达不到 %3%。</translation>
    </message>
    <message>
        <source>; every one was drawn earlier this year, so 1 is drawn again from the whole pool (at least 1 beats no repeat)</source>
        <translation>；本年已全部抽过，按“不足1家的按1家计”从整个对象池再抽 1 家</translation>
    </message>
    <message>
        <source>%1: every entity was drawn earlier this year; at least one must still be checked, so one is drawn from the whole pool of %2.</source>
        <translation>%1：本年已全部抽过；按“不足1家的按1家计”仍须检查 1 家，从全部 %2 家中抽取。</translation>
    </message>
    <message>
        <source>The rule profile %1 is for %2, but %3 is in %4: check that this year&apos;s plan has the same rules, or make a profile for %4 (Settings, or the button on the draw page).</source>
        <translation>规则 %1 是 %2 年的，而 %3 属于 %4 年：请核对本年度方案的规则是否相同，或生成 %4 年的规则（在“设置”中，或用随机抽取页上的按钮）。</translation>
    </message>
    <message numerus="yes">
        <source>Year target: %1. Done this year %2%3; %4 still needed over %n quarter(s) left, so %5 this quarter instead of the formula&apos;s %6.</source>
        <translation>
            <numerusform>全年目标：%1。本年已抽 %2%3；剩余 %n 个季度还需 %4，本季度应抽 %5，而非公式的 %6。</numerusform>
        </translation>
    </message>
    <message>
        <source> plus %1 drawn elsewhere</source>
        <translation>，另在其他平台已抽 %1</translation>
    </message>
    <message>
        <source>; catch-up to the year target: %1</source>
        <translation>；按全年目标补齐为 %1</translation>
    </message>
    <message>
        <source>%1% of %2 key units = %3</source>
        <translation>%2 家重点单位的 %1% = %3 家</translation>
    </message>
    <message>
        <source>%1 × %2 inspectors = %3 general tasks</source>
        <translation>%1 × %2 名执法人员 = %3 项一般任务</translation>
    </message>
</context>
<context>
    <name>suiji::QuotaService</name>
    <message>
        <source>No district has entities in the pools the mobile-source division draws.</source>
        <translation>各区在移动源处抽取的对象池中都没有监管对象。</translation>
    </message>
    <message>
        <source>The mobile-source division has no inspectors taking part this quarter: import its roster (管理局 column: 移动源处).</source>
        <translation>移动源处本季度没有参与的执法人员：请导入其执法人员名录（所属管理局填“移动源处”）。</translation>
    </message>
</context>
<context>
    <name>suiji::QuotaTableModel</name>
    <message>
        <source>%1 (target needs %2)</source>
        <translation>%1（全年目标需 %2）</translation>
    </message>
    <message>
        <source>%1 (capped)</source>
        <translation>%1（已封顶）</translation>
    </message>
    <message>
        <source>Tick to apply the catch-up to this pool&apos;s quota.</source>
        <translation>勾选后按全年目标补齐本对象池的抽取数。</translation>
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation>不纳入：%1</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>对象池</translation>
    </message>
    <message>
        <source>N</source>
        <translation>基数N</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>不纳入</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>本年已抽</translation>
    </message>
    <message>
        <source>Must</source>
        <translation>必查</translation>
    </message>
    <message>
        <source>Pool size</source>
        <translation>随机池</translation>
    </message>
    <message>
        <source>k</source>
        <translation>抽取数k</translation>
    </message>
    <message>
        <source>The pool of the plan&apos;s table</source>
        <translation>执法计划中的抽查对象池</translation>
    </message>
    <message>
        <source>Eligible entities: the N of the quota formula</source>
        <translation>符合条件的对象数：比例公式中的基数N</translation>
    </message>
    <message>
        <source>Left out of daily draws (good credit, VOCs grade A, positive list)</source>
        <translation>不纳入日常抽查的对象（信用良好/诚信、涉VOCs A级、正面清单）</translation>
    </message>
    <message>
        <source>Already drawn this year (pools not repeated within the year)</source>
        <translation>本年度已抽中（本年度不重复检查的对象池）</translation>
    </message>
    <message>
        <source>Must-checks, on top of the quota</source>
        <translation>必查对象，在随机抽取数之外</translation>
    </message>
    <message>
        <source>Keys in the random pool</source>
        <translation>参与随机抽取的对象数</translation>
    </message>
    <message>
        <source>The quarter&apos;s random quota k (hover a row for the formula)</source>
        <translation>本季度随机抽取数k（鼠标停在行上可看公式）</translation>
    </message>
</context>
<context>
    <name>suiji::ReportsPage</name>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Quarter plan (抽查计划)</source>
        <translation>季度抽查计划</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>进度报告</translation>
    </message>
    <message>
        <source>Year report</source>
        <translation>年度报告</translation>
    </message>
    <message>
        <source>Write the report for the bureau and quarter chosen above (Ctrl+G)</source>
        <translation>按上方所选管理局和季度生成报告（Ctrl+G）</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报告(&amp;R)：</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Choose a report and press Generate. The bureau and quarter are those chosen above; 全市 gives every bureau.</source>
        <translation>选择报告后点“生成”。管理局和季度取上方的选择；选“全市”则包含所有管理局。</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Save it as a PDF or print it.</source>
        <translation>
            <numerusform>共 %n 页。可保存为 PDF 或打印。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation>生成(&amp;N)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>suiji::RuleProfile</name>
    <message>
        <source>Rule profile field &quot;%1&quot;: %2</source>
        <translation>规则字段“%1”：%2</translation>
    </message>
    <message>
        <source>missing.</source>
        <translation>缺失。</translation>
    </message>
    <message>
        <source>must be a non-empty text.</source>
        <translation>须为非空文本。</translation>
    </message>
    <message>
        <source>must be a list of texts.</source>
        <translation>须为文本列表。</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>须为 true 或 false。</translation>
    </message>
    <message>
        <source>must be a number.</source>
        <translation>须为数字。</translation>
    </message>
    <message>
        <source>%1 is outside %2 … %3.</source>
        <translation>%1 超出 %2 … %3 的范围。</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>须为整数。</translation>
    </message>
    <message>
        <source>must be {&quot;zh&quot;: …, &quot;en&quot;: …}.</source>
        <translation>须为 {&quot;zh&quot;: …, &quot;en&quot;: …}。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>须为对象。</translation>
    </message>
    <message>
        <source>The rule profile is not valid JSON: %1 at character %2.</source>
        <translation>规则不是有效的 JSON：第 %2 个字符处%1。</translation>
    </message>
    <message>
        <source>The rule profile must be a JSON object.</source>
        <translation>规则须为 JSON 对象。</translation>
    </message>
    <message>
        <source>must be &quot;suiji-rules-v1&quot;.</source>
        <translation>须为 &quot;suiji-rules-v1&quot;。</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (e.g. shenzhen-2026).</source>
        <translation>请用小写字母、数字、“.”“-”或“_”（如 shenzhen-2026）。</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;.</source>
        <translation>未知的监管类别“%1”。</translation>
    </message>
    <message>
        <source>must list key, special, excluded and general, each once.</source>
        <translation>须各列出一次 key、special、excluded 和 general。</translation>
    </message>
    <message>
        <source>general must come last: it is what remains.</source>
        <translation>general 须排在最后：其余的都归一般。</translation>
    </message>
    <message>
        <source>credit grade &quot;%1&quot; is not one of 诚信, 良好, 警示, 不良.</source>
        <translation>信用等级“%1”不是诚信、良好、警示、不良之一。</translation>
    </message>
    <message>
        <source>VOCs grade &quot;%1&quot; is not A, B or C.</source>
        <translation>VOCs 分级“%1”不是 A、B 或 C。</translation>
    </message>
    <message>
        <source>credit grade &quot;%1&quot; cannot be both special and excluded.</source>
        <translation>信用等级“%1”不能同时列为特殊和不纳入。</translation>
    </message>
    <message>
        <source>must be a non-empty list.</source>
        <translation>须为非空列表。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice.</source>
        <translation>“%1”重复出现。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be lower-case ASCII like fixed.key: it is part of every draw&apos;s context.</source>
        <translation>“%1”须为 fixed.key 这样的小写 ASCII：它是每次抽取上下文的一部分。</translation>
    </message>
    <message>
        <source>must name at least one category.</source>
        <translation>须至少列出一个监管类别。</translation>
    </message>
    <message>
        <source>mixes classified and unclassified categories.</source>
        <translation>混合了需分类和不需分类的监管类别。</translation>
    </message>
    <message>
        <source>must be general, key or special.</source>
        <translation>须为 general、key 或 special。</translation>
    </message>
    <message>
        <source>must be general, key or any.</source>
        <translation>须为 general、key 或 any。</translation>
    </message>
    <message>
        <source>must be per_inspector, percent or every_month.</source>
        <translation>须为 per_inspector、percent 或 every_month。</translation>
    </message>
    <message>
        <source>at most four decimal places.</source>
        <translation>最多四位小数。</translation>
    </message>
    <message>
        <source>pool &quot;%1&quot; is not in the pool list.</source>
        <translation>对象池“%1”不在对象池列表中。</translation>
    </message>
    <message>
        <source>must be MM-DD, e.g. 10-31.</source>
        <translation>须为 MM-DD，如 10-31。</translation>
    </message>
    <message>
        <source>must list three percentages, e.g. [30, 60, 100].</source>
        <translation>须列出三个百分比，如 [30, 60, 100]。</translation>
    </message>
    <message>
        <source>must rise and end at 100.</source>
        <translation>须逐月递增并以 100 结束。</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>须为列表。</translation>
    </message>
    <message>
        <source>must name pools or industries.</source>
        <translation>须列出对象池或行业。</translation>
    </message>
    <message>
        <source>must name at least one partner department.</source>
        <translation>须至少列出一个联合检查部门。</translation>
    </message>
    <message>
        <source>must be &quot;random&quot; (the randomly selected tasks) or &quot;daily&quot; (also must-checks and plot tasks).</source>
        <translation>须为 &quot;random&quot;（随机抽取的任务）或 &quot;daily&quot;（另含必查和地块任务）。</translation>
    </message>
    <message>
        <source>must be &quot;suggest&quot;, &quot;apply&quot; or &quot;off&quot;.</source>
        <translation>须为 &quot;suggest&quot;、&quot;apply&quot; 或 &quot;off&quot;。</translation>
    </message>
    <message>
        <source>must be MM-DD, e.g. 11-30.</source>
        <translation>须为 月-日，如 11-30。</translation>
    </message>
    <message>
        <source>must be bureau or mobile.</source>
        <translation>只能是 bureau 或 mobile。</translation>
    </message>
    <message>
        <source>a pool the mobile-source division draws needs a percent quota (a district&apos;s inspector count is not the division&apos;s).</source>
        <translation>由移动源处抽取的对象池须按比例（percent）计算抽取数（各区的执法人员数不是移动源处的人数）。</translation>
    </message>
    <message>
        <source>must be &quot;platform&quot; or one of 投诉举报, 转办交办, 企业申请, 其他.</source>
        <translation>须为“platform”或投诉举报、转办交办、企业申请、其他之一。</translation>
    </message>
    <message>
        <source>must be 红, 橙 or 黄.</source>
        <translation>须为红、橙或黄。</translation>
    </message>
    <message>
        <source>the check cannot be due after the closure.</source>
        <translation>核查期限不能晚于办结期限。</translation>
    </message>
</context>
<context>
    <name>suiji::Sampler</name>
    <message>
        <source>The seed is empty. Type the digits rolled in public, or let the app propose some.</source>
        <translation>随机种子为空。请输入当众掷出的数字，或由程序生成。</translation>
    </message>
    <message>
        <source>The seed has %1 characters; at most 128 are allowed.</source>
        <translation>随机种子有 %1 个字符，最多允许 128 个。</translation>
    </message>
    <message>
        <source>The seed may contain only printable ASCII characters without spaces (digits, letters, punctuation); &quot;%1&quot; is not one.</source>
        <translation>随机种子只能包含不含空格的可打印 ASCII 字符（数字、字母、标点）；“%1”不符合。</translation>
    </message>
</context>
<context>
    <name>suiji::SettingsPage</name>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>校验(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>另存为新版本(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Rule profile</source>
        <translation>抽查规则</translation>
    </message>
    <message>
        <source>The plan&apos;s rules as data: pools, quotas, classification, targets, deadlines and the joint-inspection table. The format is described in docs/rule-profile.md. Saving keeps the old versions; every draw records the hash of the profile it used.</source>
        <translation>执法计划的规则数据：对象池、抽取比例、分类、年度目标、时限和跨部门联合检查计划表。格式见 docs/rule-profile.md。保存时保留旧版本；每次抽取都记录所用规则的哈希。</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Active: %1 (shipped with Suiji) · hash %2</source>
        <translation>启用：%1（随程序提供）· 哈希 %2</translation>
    </message>
    <message>
        <source>%1 version %2 · %3 · hash %4%5</source>
        <translation>%1 第 %2 版 · %3 · 哈希 %4%5</translation>
    </message>
    <message>
        <source> · active</source>
        <translation> · 启用中</translation>
    </message>
    <message>
        <source>✓ Valid: %1, %2 pools, hash %3</source>
        <translation>✓ 有效：%1，%2 个对象池，哈希 %3</translation>
    </message>
    <message>
        <source>Saved %1 version %2; it governs quotas and draws from now on.</source>
        <translation>已保存 %1 第 %2 版；此后的抽取数和抽取均按此规则。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Holiday (休)</source>
        <translation>放假（休）</translation>
    </message>
    <message>
        <source>Adjusted working day (班)</source>
        <translation>调休上班（班）</translation>
    </message>
    <message>
        <source>e.g. 春节</source>
        <translation>例如：春节</translation>
    </message>
    <message>
        <source>&amp;Add or change</source>
        <translation>添加或修改(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>删除选中(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import a table…</source>
        <translation>导入节假日表(&amp;I)…</translation>
    </message>
    <message>
        <source>A CSV with the columns date,kind,name (kind: holiday/休 or workday/班), or a suiji-calendar-v1 JSON file. It replaces the years it covers.</source>
        <translation>CSV 文件，列为 date,kind,name（kind：holiday/休 或 workday/班），或 suiji-calendar-v1 格式的 JSON 文件。导入后替换所涉年份的节假日表。</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Import a holiday table</source>
        <translation>导入节假日表</translation>
    </message>
    <message>
        <source>Holiday tables (*.csv *.json);;All files (*)</source>
        <translation>节假日表 (*.csv *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>%1: %2 holidays and %3 adjusted working days. Publication deadlines count working days with this table.</source>
        <translation>%1 年：放假 %2 天，调休上班 %3 天。公示时限按此表计算工作日。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Applies at once.</source>
        <translation>立即生效。</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Recorded with every lock, seed tried, commit and ledger change made here. Empty: the computer&apos;s user name.</source>
        <translation>在本机进行的每次锁定名录、尝试种子、提交和台账变更都记录此名称。留空则使用计算机的登录用户名。</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>操作人姓名(&amp;O)：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>制作时间</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>备份时机</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
    <message>
        <source>Open the backup fol&amp;der</source>
        <translation>打开备份文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>a committed draw</source>
        <translation>提交抽取前</translation>
    </message>
    <message>
        <source>an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>a restore (the damaged file)</source>
        <translation>恢复前（损坏的文件）</translation>
    </message>
    <message>
        <source>nothing (made by hand)</source>
        <translation>手动备份</translation>
    </message>
    <message numerus="yes">
        <source>Before each import, committed draw, restore and upgrade, Suiji keeps a checked copy of this file; the newest %1 are kept, in %2. Now: %n backup(s), %3 in all.</source>
        <translation>
            <numerusform>每次导入、提交抽取、恢复和升级之前，本软件都会保存一份经过检查的副本，保留最新的 %1 份，位于 %2。当前：%n 份备份，共 %3。</numerusform>
        </translation>
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
    <message>
        <source>%1 is not a regular file (it is a folder, pipe or device). Save the list as a .csv or .xlsx file and import that.</source>
        <translation>%1 不是普通文件（而是文件夹、管道或设备）。请把名录另存为 .csv 或 .xlsx 文件后再导入。</translation>
    </message>
</context>
<context>
    <name>suiji::TableWriter</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>%1: the file name must end in .xlsx or .csv.</source>
        <translation>%1：文件名须以 .xlsx 或 .csv 结尾。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>suiji::TaskRepository</name>
    <message>
        <source>Cannot save task %1 (%2).</source>
        <translation>无法保存第 %1 项任务（%2）。</translation>
    </message>
    <message>
        <source>Cannot save the typical case of task %1.</source>
        <translation>无法保存任务 %1 的典型案例。</translation>
    </message>
    <message>
        <source>Cannot read the typical cases.</source>
        <translation>无法读取典型案例。</translation>
    </message>
    <message>
        <source>Cannot read the tasks of %1.</source>
        <translation>无法读取 %1 的任务。</translation>
    </message>
    <message>
        <source>Cannot read task %1.</source>
        <translation>无法读取任务 %1。</translation>
    </message>
    <message>
        <source>Cannot update task %1.</source>
        <translation>无法更新任务 %1。</translation>
    </message>
</context>
<context>
    <name>suiji::TaskService</name>
    <message>
        <source>No task of %1 in pool %2 for %3%4. Check the key, the pool and the quarter (suiji-cli tasks lists them).</source>
        <translation>%3 对象池 %2 中没有 %1 的任务%4。请核对代码、对象池和季度（suiji-cli tasks 可列出全部任务）。</translation>
    </message>
    <message>
        <source>, month %1</source>
        <translation>（%1月）</translation>
    </message>
    <message>
        <source>The inspection date is missing or not a date (write 2025-09-26).</source>
        <translation>检查日期缺失或不是日期（请写成 2025-09-26）。</translation>
    </message>
    <message>
        <source>%1 lies in the future: record an inspection once it has happened.</source>
        <translation>%1 是将来的日期：检查完成后再登记。</translation>
    </message>
    <message>
        <source>%1 is long before %2, the quarter of task %3 (%4).</source>
        <translation>%1 远早于任务 %3（%4）所在的 %2。</translation>
    </message>
    <message>
        <source>Task %1 (%2) was published on %3, before %4.</source>
        <translation>任务 %1（%2）已于 %3 公示，早于 %4。</translation>
    </message>
    <message>
        <source>The publication date is missing or not a date (write 2025-10-20).</source>
        <translation>公示日期缺失或不是日期（请写成 2025-10-20）。</translation>
    </message>
    <message>
        <source>%1 lies in the future.</source>
        <translation>%1 是将来的日期。</translation>
    </message>
    <message>
        <source>Task %1 (%2) has no inspection recorded yet: mark it done first.</source>
        <translation>任务 %1（%2）尚未登记检查：请先标记为已检查。</translation>
    </message>
    <message>
        <source>Task %1 (%2) was inspected on %3; it cannot be published before that.</source>
        <translation>任务 %1（%2）于 %3 检查，公示日期不能早于检查日期。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已公示</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>待检查</translation>
    </message>
    <message>
        <source>A task of this change is no longer in the ledger (another program may have changed it). Reload the page and try again.</source>
        <translation>本次变更涉及的任务已不在台账中（可能已被其他程序更改）。请刷新页面后重试。</translation>
    </message>
    <message>
        <source>%1 is before task %2 (%3) was drawn, on %4: an inspection of a drawn task cannot come before its draw.</source>
        <translation>%1 早于任务 %2（%3）的抽取日期 %4：被抽中的任务，其检查不能早于抽取。</translation>
    </message>
</context>
<context>
    <name>suiji::TaskTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>对象池</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>USCC / code</source>
        <translation>统一社会信用代码/编码</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Joint with</source>
        <translation>联合检查部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Inspected on</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>公示日期</translation>
    </message>
    <message>
        <source>off-site</source>
        <translation>非现场</translation>
    </message>
    <message>
        <source>on-site</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>, must-check</source>
        <translation>，必查</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) done</source>
        <translation>
            <numerusform>将 %n 项任务标记为已检查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) published</source>
        <translation>
            <numerusform>将 %n 项任务标记为已公示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n task(s) back to planned</source>
        <translation>
            <numerusform>将 %n 项任务恢复为待检查</numerusform>
        </translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>管理局</translation>
    </message>
    <message>
        <source>Its month is over and it is not inspected yet.</source>
        <translation>计划月份已过，尚未检查。</translation>
    </message>
    <message>
        <source>%1 (planned %2)</source>
        <translation>%1（原计划 %2）</translation>
    </message>
    <message>
        <source>The quarter was drawn on %1, after the planned month had ended: the task is due by the end of the month of the draw.</source>
        <translation>本季度于 %1 抽取，晚于计划月份：该任务须在抽取当月月底前完成。</translation>
    </message>
    <message>
        <source>, covered by the campaign %1</source>
        <translation>，由专项“%1”覆盖</translation>
    </message>
</context>
<context>
    <name>suiji::TasksPage</name>
    <message>
        <source>e.g. 未发现环境违法行为</source>
        <translation>例如：未发现环境违法行为</translation>
    </message>
    <message>
        <source>Filter by name, code, inspector, status…</source>
        <translation>按单位名称、代码、执法人员、状态筛选…</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>标记已检查(&amp;D)…</translation>
    </message>
    <message>
        <source>Record the selected tasks as inspected (Ctrl+D)</source>
        <translation>将选中的任务登记为已检查（Ctrl+D）</translation>
    </message>
    <message>
        <source>Mark &amp;published…</source>
        <translation>标记已公示(&amp;P)…</translation>
    </message>
    <message>
        <source>Record the selected tasks&apos; results as published (Ctrl+P)</source>
        <translation>将选中任务的结果登记为已公示（Ctrl+P）</translation>
    </message>
    <message>
        <source>Back to p&amp;lanned</source>
        <translation>恢复待检查(&amp;L)</translation>
    </message>
    <message>
        <source>Select one or more tasks first.</source>
        <translation>请先选中一项或多项任务。</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) done</source>
        <translation>
            <numerusform>将 %n 项任务标记为已检查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) published</source>
        <translation>
            <numerusform>将 %n 项任务标记为已公示</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: no tasks yet. Commit the quarter&apos;s draws on the draw page.</source>
        <translation>%1 %2：尚无任务。请在“随机抽取”页提交本季度的抽取。</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务台账</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Ledger (台账)…</source>
        <translation>检查台账…</translation>
    </message>
    <message>
        <source>Publication list (公示清单)…</source>
        <translation>公示清单…</translation>
    </message>
    <message>
        <source>Target breakdown (目标任务分解表)…</source>
        <translation>目标任务分解表…</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>检查台账</translation>
    </message>
    <message>
        <source>publication list</source>
        <translation>公示清单</translation>
    </message>
    <message>
        <source>target breakdown</source>
        <translation>目标任务分解表</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>已导出 %1 行到 %2。</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>结果(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Inspected on:</source>
        <translation>检查日期(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Published on:</source>
        <translation>公示日期(&amp;P)：</translation>
    </message>
    <message>
        <source>Mark as a &amp;typical case (典型案例)…</source>
        <translation>标为典型案例(&amp;T)…</translation>
    </message>
    <message>
        <source>Only an inspection that took place can be a typical case: mark the task done first.</source>
        <translation>只有已完成的检查才能作为典型案例：请先登记该任务已检查。</translation>
    </message>
    <message>
        <source>Typical case (典型案例)</source>
        <translation>典型案例</translation>
    </message>
    <message>
        <source>What makes the inspection of %1 a typical case? The year report prints it. Leave it empty to unmark it.</source>
        <translation>对 %1 的这次检查为何具有典型性？年度报告将印出此说明。留空则取消标记。</translation>
    </message>
    <message>
        <source>The ledger cannot be read: %1</source>
        <translation>任务台账无法读取：%1</translation>
    </message>
    <message>
        <source>%1 %2: %3 tasks (%7 on site, %8 off site), %4 done (%5%), %6 published.</source>
        <translation>%1 %2：共 %3 项任务（现场 %7 项，非现场 %8 项），已完成 %4 项（%5%），已公示 %6 项。</translation>
    </message>
</context>
<context>
    <name>suiji::Templates</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The template file must end in .xlsx or .csv, not &quot;%1&quot;.</source>
        <translation>模板文件扩展名须为 .xlsx 或 .csv，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>suiji::Theme</name>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
</context>
<context>
    <name>suiji::UndoButtons</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>suiji::VisitRepository</name>
    <message>
        <source>Cannot read the combined visits.</source>
        <translation>无法读取合并入企记录。</translation>
    </message>
    <message>
        <source>Cannot save the combined visit %1.</source>
        <translation>无法保存合并入企 %1。</translation>
    </message>
    <message>
        <source>The visit %1 is accepted already.</source>
        <translation>合并入企 %1 已采纳。</translation>
    </message>
</context>
<context>
    <name>suiji::VisitService</name>
    <message>
        <source>%1 is not a combined visit proposed for %2 (accepted already, or its tasks are done or no longer due together).</source>
        <translation>%1 不是 %2 的合并入企建议（已采纳，或其任务已完成、不再同期到期）。</translation>
    </message>
    <message>
        <source>The visit&apos;s date must lie in its month (%1).</source>
        <translation>入企日期须在其所属月份内（%1）。</translation>
    </message>
</context>
<context>
    <name>suiji::WorkCalendar</name>
    <message>
        <source>The holiday table is not valid JSON: %1 at character %2.</source>
        <translation>节假日表不是有效的 JSON：第 %2 个字符处%1。</translation>
    </message>
    <message>
        <source>Holiday table entry %1: needs a date (YYYY-MM-DD) and a kind (holiday or workday).</source>
        <translation>节假日表第 %1 项：需要日期（YYYY-MM-DD）和类型（holiday 或 workday）。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; needs a date (YYYY-MM-DD) and a kind (holiday/休 or workday/班).</source>
        <translation>第 %1 行“%2”：需要日期（YYYY-MM-DD）和类型（holiday/休 或 workday/班）。</translation>
    </message>
    <message>
        <source>%1 appears twice in the holiday table.</source>
        <translation>%1 在节假日表中重复出现。</translation>
    </message>
    <message>
        <source>%1 is a weekday; only a Saturday or Sunday can be an adjusted working day (调休上班).</source>
        <translation>%1 是工作日；只有周六、周日才能设为调休上班。</translation>
    </message>
    <message>
        <source>The holiday table is empty.</source>
        <translation>节假日表为空。</translation>
    </message>
    <message>
        <source>No holiday table for %1: working days there count weekends only. Add the State Council&apos;s notice for %1 on the settings page or with suiji-cli holidays import.</source>
        <translation>没有 %1 年的节假日表：该年只按周末计算工作日。请在“设置”页或用 suiji-cli holidays import 补录国务院办公厅 %1 年放假通知。</translation>
    </message>
    <message>
        <source>Cannot save the holiday table.</source>
        <translation>无法保存节假日表。</translation>
    </message>
    <message>
        <source>Cannot read the holiday table.</source>
        <translation>无法读取节假日表。</translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; needs a date (YYYY-MM-DD) and a kind (holiday/休 or workday/班).</source>
        <translation>“%1 %2”需要日期（YYYY-MM-DD）和类型（holiday/休 或 workday/班）。</translation>
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
        <source>%1 is damaged: the sheet &quot;%2&quot; is missing from the workbook.</source>
        <translation>%1 已损坏：工作簿中缺少工作表“%2”。</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet &quot;%2&quot; cannot be read.</source>
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
        <source>%1 has no sheet named &quot;%2&quot;. Its sheets are: %3.</source>
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
        <source>Row %1: a cell reference &quot;%2&quot; is outside the sheet.</source>
        <translation>第 %1 行：单元格引用“%2”超出工作表范围。</translation>
    </message>
    <message>
        <source>Row %1, column %2: a cell holds more than %3 characters, more than Excel allows. The file is probably damaged.</source>
        <translation>第 %1 行第 %2 列：单元格超过 %3 个字符，超出 Excel 的上限。文件可能已损坏。</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; is damaged near row %2: %3</source>
        <translation>工作表“%1”在第 %2 行附近已损坏：%3</translation>
    </message>
    <message>
        <source>The workbook is truncated or damaged: the sheet &quot;%1&quot; ends early, near row %2.</source>
        <translation>工作簿不完整或已损坏：工作表“%1”在第 %2 行附近提前结束。</translation>
    </message>
    <message>
        <source>Excel workbook, sheet &quot;%1&quot;%2</source>
        <translation>Excel 工作簿，工作表“%1”%2</translation>
    </message>
    <message>
        <source>, 1904 date system</source>
        <translation>，1904 日期系统</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 holds an XML tag longer than %3 KB (an Excel file has none). The file is damaged or made to stall the reader.</source>
        <translation>已拒绝 %1：其部件 %2 含有超过 %3 KB 的 XML 标签（Excel 文件不会有）。文件已损坏，或被构造来拖垮读取程序。</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 holds a text longer than %3 MB, more than any cell may hold. The file is damaged or made to stall the reader.</source>
        <translation>已拒绝 %1：其部件 %2 含有超过 %3 MB 的文本，超出任何单元格的容量。文件已损坏，或被构造来拖垮读取程序。</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 inflates beyond its declared size or beyond %3 MB (%4 times its compressed size). A workbook this large or this compressed is not a list (it may be a zip bomb).</source>
        <translation>已拒绝 %1：其部件 %2 解压后超过声明的大小，或超过 %3 MB（压缩大小的 %4 倍）。如此大或压缩比如此高的工作簿不是名录（可能是压缩炸弹）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 does not match its checksum (CRC-32). Ask for the file again.</source>
        <translation>%1 已损坏：其部件 %2 与校验和（CRC-32）不符。请重新索取该文件。</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: its part %2 ends early.</source>
        <translation>%1 不完整或已损坏：其部件 %2 提前结束。</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 is larger than 16 MB (a workbook&apos;s list of sheets is a few KB).</source>
        <translation>已拒绝 %1：其部件 %2 超过 16 MB（工作簿的工作表清单通常只有几 KB）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be read (%3).</source>
        <translation>%1 已损坏：无法读取其部件 %2（%3）。</translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation>校验和不符</translation>
    </message>
    <message>
        <source>truncated or corrupt data</source>
        <translation>数据不完整或已损坏</translation>
    </message>
    <message>
        <source>%1 is refused: its list of sheets declares a DTD, which no Excel file does.</source>
        <translation>已拒绝 %1：其工作表清单声明了 DTD，Excel 文件不会这样做。</translation>
    </message>
    <message>
        <source>%1 is refused: its styles declare a DTD, which no Excel file does.</source>
        <translation>已拒绝 %1：其样式声明了 DTD，Excel 文件不会这样做。</translation>
    </message>
    <message>
        <source>%1 is refused: its shared strings declare a DTD, which no Excel file does.</source>
        <translation>已拒绝 %1：其共享字符串声明了 DTD，Excel 文件不会这样做。</translation>
    </message>
    <message>
        <source>%1 is refused: it holds more than %2 different texts or %3 million characters of text, more than a list of entities has (a list of a million rows stays well below). The file may be made to exhaust memory.</source>
        <translation>已拒绝 %1：其中不同的文本超过 %2 条或文字超过 %3 百万字符，远超任何名录（百万行的名录也远低于此）。该文件可能被构造来耗尽内存。</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; has more than %2 rows, more than Excel allows. The file is damaged or made to stall the reader.</source>
        <translation>工作表“%1”超过 %2 行，超出 Excel 的上限。文件已损坏，或被构造来拖垮读取程序。</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; numbers a row &quot;%2&quot; after row %3: not a row of an Excel sheet (1 to %4).</source>
        <translation>工作表“%1”在第 %3 行之后出现行号“%2”：不是 Excel 工作表的行号（1 至 %4）。</translation>
    </message>
    <message>
        <source>Row %1: a value in column %2, beyond the %3 columns Suiji reads. Delete what lies right of the list and save again.</source>
        <translation>第 %1 行：第 %2 列有内容，超出本软件读取的 %3 列。请删除名录右侧的内容后重新保存。</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; declares a DTD, which no Excel file does: refused.</source>
        <translation>工作表“%1”声明了 DTD，Excel 文件不会这样做：已拒绝。</translation>
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
    <name>suiji::YearView</name>
    <message>
        <source>General fixed-source tasks</source>
        <translation>固定源一般对象检查任务</translation>
    </message>
    <message>
        <source>%1 tasks in %2 quarters; target %3 × %4 inspectors = %5; projected %6</source>
        <translation>%2 个季度共 %1 项；目标 %3 × %4 名执法人员 = %5 项；预计 %6 项</translation>
    </message>
    <message>
        <source>Key units checked</source>
        <translation>重点单位检查覆盖</translation>
    </message>
    <message>
        <source>%1 of %2 key units (%3%); target %4%; projected %5%</source>
        <translation>%2 家重点单位已检查 %1 家（%3%）；目标 %4%；预计 %5%</translation>
    </message>
    <message>
        <source>Joint inspections</source>
        <translation>跨部门联合检查</translation>
    </message>
    <message>
        <source>%1 joint of %2 (%3%); target %4%, all done by %5-%6</source>
        <translation>联合检查 %1 项 / %2（%3%）；目标 %4%，须于 %5-%6 前全部完成</translation>
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
        <source>--seed must be a whole number ≥ 0, not &quot;%1&quot;.</source>
        <translation>--seed 须为不小于 0 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--scale must be a number above 0 and at most 10, not &quot;%1&quot;.</source>
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
        <source>show this help; COMMAND --help shows a command&apos;s options</source>
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
        <source>Unknown command &quot;%1&quot;.</source>
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
    <message>
        <source>&quot;%1&quot; is not a quarter; write it as 2025Q3.</source>
        <translation>“%1”不是季度；请写成 2025Q3 这样的格式。</translation>
    </message>
    <message>
        <source>Preview or commit a bureau&apos;s draws for a quarter.</source>
        <translation>预览或提交管理局某季度的随机抽取。</translation>
    </message>
    <message>
        <source>The quarter, e.g. 2025Q3.</source>
        <translation>季度，如 2025Q3。</translation>
    </message>
    <message>
        <source>The bureau (id, e.g. nanshan, or 南山).</source>
        <translation>管理局（代码如 nanshan，或“南山”）。</translation>
    </message>
    <message>
        <source>The public seed: 1–128 printable ASCII characters, e.g. 20 digits rolled with dice.</source>
        <translation>公开的随机种子：1–128 个可打印 ASCII 字符，如掷骰得到的20位数字。</translation>
    </message>
    <message>
        <source>Compute and commit the whole quarter in one transaction.</source>
        <translation>计算并在一个事务中提交整个季度。</translation>
    </message>
    <message>
        <source>Print 20 digits from the system&apos;s secure random source and exit.</source>
        <translation>输出系统安全随机源生成的20位数字后退出。</translation>
    </message>
    <message>
        <source>--inspectors must be a whole number from 0 to 10000.</source>
        <translation>--inspectors 须为 0 到 10000 的整数。</translation>
    </message>
    <message>
        <source>Committed %1 pools and %2 tasks for %3 %4.</source>
        <translation>已提交 %3 %4 的 %1 个对象池和 %2 项任务。</translation>
    </message>
    <message>
        <source>%1 %2, seed %3, %4 tasks, team cap %5</source>
        <translation>%1 %2，种子 %3，%4 项任务，每人上限 %5 项</translation>
    </message>
    <message>
        <source>k %1 of %2, must-check %3, pool_fp %4, result_fp %5</source>
        <translation>%2 中抽 %1，必查 %3，pool_fp %4，result_fp %5</translation>
    </message>
    <message>
        <source>Recompute every committed draw and the record chain.</source>
        <translation>复算全部已提交的抽取和记录链。</translation>
    </message>
    <message>
        <source>All %1 committed draws and the record chain check out.</source>
        <translation>全部 %1 条已提交抽取记录及记录链核验无误。</translation>
    </message>
    <message>
        <source>Mismatch in record %1 (%2 %3 %4): %5</source>
        <translation>第 %1 条记录（%2 %3 %4）不符：%5</translation>
    </message>
    <message>
        <source>Classify for this quarter (default: the current one).</source>
        <translation>按此季度分类（默认：当前季度）。</translation>
    </message>
    <message>
        <source>Unknown pool &quot;%1&quot;. Pools of %2: %3.</source>
        <translation>未知的对象池“%1”。%2 的对象池有：%3。</translation>
    </message>
    <message>
        <source>Show the quarter&apos;s quota per pool for a bureau.</source>
        <translation>显示管理局本季度各对象池的抽取数。</translation>
    </message>
    <message>
        <source>Inspectors taking part (overrides the stored count for this call).</source>
        <translation>参与执法人员数（仅本次覆盖已保存的人数）。</translation>
    </message>
    <message>
        <source>Store --inspectors as the bureau&apos;s count for the quarter.</source>
        <translation>将 --inspectors 保存为该管理局本季度的人数。</translation>
    </message>
    <message>
        <source>Usage: suiji-cli quota --quarter YYYYQn --bureau B [--inspectors N [--save]] [--json]</source>
        <translation>用法：suiji-cli quota --quarter YYYYQn --bureau B [--inspectors N [--save]] [--json]</translation>
    </message>
    <message>
        <source>--save needs --inspectors N.</source>
        <translation>--save 需要同时给出 --inspectors N。</translation>
    </message>
    <message>
        <source>Saved: %1 inspectors for %2 in %3.</source>
        <translation>已保存：%2 %3 参与执法人员 %1 名。</translation>
    </message>
    <message>
        <source>eligible %1, excluded %2, must-check %3, quota %4%5 (%6)</source>
        <translation>基数 %1，不纳入 %2，必查 %3，抽取 %4%5（%6）</translation>
    </message>
    <message>
        <source>, capped</source>
        <translation>，已封顶</translation>
    </message>
    <message>
        <source>A bureau&apos;s year against the year targets, from its committed draws.</source>
        <translation>按已提交的抽取，对照年度目标查看管理局全年情况。</translation>
    </message>
    <message>
        <source>The year, e.g. 2025.</source>
        <translation>年份，如 2025。</translation>
    </message>
    <message>
        <source>Usage: suiji-cli year --year YYYY --bureau B [--json]</source>
        <translation>用法：suiji-cli year --year YYYY --bureau B [--json]</translation>
    </message>
    <message>
        <source>The ledger (台账) of a quarter.</source>
        <translation>某季度的检查台账。</translation>
    </message>
    <message>
        <source>The quarter, e.g. 2025Q3 (default: the current one).</source>
        <translation>季度，如 2025Q3（默认：当前季度）。</translation>
    </message>
    <message>
        <source>Only this bureau.</source>
        <translation>仅此管理局。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>The task&apos;s pool, e.g. fixed.key.</source>
        <translation>任务所属对象池，如 fixed.key。</translation>
    </message>
    <message>
        <source>The inspection or publication date, YYYY-MM-DD.</source>
        <translation>检查或公示日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The inspection&apos;s result, as it will be published.</source>
        <translation>检查结果（按公示内容填写）。</translation>
    </message>
    <message>
        <source>The bureau, if the key is drawn in more than one.</source>
        <translation>管理局（同一代码在多个管理局被抽中时指定）。</translation>
    </message>
    <message>
        <source>Remediation plots: the month of the quarter, 1–3.</source>
        <translation>修复地块：季度内的第几个月，1–3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2025-09-26.</source>
        <translation>“%1”不是日期；请写成 2025-09-26。</translation>
    </message>
    <message>
        <source>--month is the month of the quarter: 1, 2 or 3.</source>
        <translation>--month 是季度内的第几个月：1、2 或 3。</translation>
    </message>
    <message>
        <source>Task %1 (%2, %3) recorded as inspected on %4.</source>
        <translation>任务 %1（%2，%3）已登记于 %4 检查。</translation>
    </message>
    <message>
        <source>Task %1 (%2, %3) recorded as published on %4.</source>
        <translation>任务 %1（%2，%3）已登记于 %4 公示。</translation>
    </message>
    <message>
        <source>Planned vs completed by month, targets, joint ratio, publication deadlines and alerts.</source>
        <translation>按月显示计划与完成、目标、联合检查比例、公示时限和提醒。</translation>
    </message>
    <message>
        <source>The bureau (default: the whole city).</source>
        <translation>管理局（默认：全市）。</translation>
    </message>
    <message>
        <source>Usage: suiji-cli progress --quarter YYYYQn [--bureau B] [--json]</source>
        <translation>用法：suiji-cli progress --quarter YYYYQn [--bureau B] [--json]</translation>
    </message>
    <message>
        <source>%1 %2: %3 tasks, %4 done, %5 published</source>
        <translation>%1 %2：共 %3 项任务，已检查 %4 项，已公示 %5 项</translation>
    </message>
    <message>
        <source>City</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>planned %1 (%2%), done %3 (%4%), target %5%</source>
        <translation>计划 %1 项（累计 %2%），完成 %3 项（累计 %4%），目标 %5%</translation>
    </message>
    <message>
        <source>quarter summary due %1; next quarter drawn by %2</source>
        <translation>季度情况公示截止 %1；下季度抽取截止 %2</translation>
    </message>
    <message>
        <source>Show, import or edit the holiday tables of the working-day calendar.</source>
        <translation>查看、导入或编辑工作日历的节假日表。</translation>
    </message>
    <message>
        <source>Only this year.</source>
        <translation>仅此年份。</translation>
    </message>
    <message>
        <source>With due: working days to add (default 18).</source>
        <translation>与 due 合用：要加的工作日数（默认 18）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Imported %1 days.</source>
        <translation>已导入 %1 天。</translation>
    </message>
    <message>
        <source>Usage: suiji-cli holidays due DATE [--days N]</source>
        <translation>用法：suiji-cli holidays due DATE [--days N]</translation>
    </message>
    <message>
        <source>Usage: suiji-cli holidays [list | import FILE | set DATE holiday|workday [NAME] | remove DATE | due DATE] [--year Y] [--json]</source>
        <translation>用法：suiji-cli holidays [list | import FILE | set DATE holiday|workday [NAME] | remove DATE | due DATE] [--year Y] [--json]</translation>
    </message>
    <message>
        <source>Only the lists: no committed 2025Q3 draws and no progress.</source>
        <translation>只生成名录：不提交 2025Q3 抽取，也不生成进度。</translation>
    </message>
    <message>
        <source>The file to write: .xlsx or .csv.</source>
        <translation>要写入的文件：.xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>%1: the file name must end in .xlsx or .csv.</source>
        <translation>%1：文件名须以 .xlsx 或 .csv 结尾。</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>已写入 %1 行到 %2。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages) in %3 s.</source>
        <translation>已写入 %1（%2 页），用时 %3 秒。</translation>
    </message>
    <message>
        <source>Writing the %1 report…</source>
        <translation>正在生成 %1 报告…</translation>
    </message>
    <message>
        <source>Writing… %1 of %2 bureaus</source>
        <translation>正在生成… 第 %1 个管理局，共 %2 个</translation>
    </message>
    <message>
        <source>No database at %1: using the holiday tables shipped with Suiji.</source>
        <translation>%1 处没有数据库：使用 Suiji 自带的节假日表。</translation>
    </message>
    <message>
        <source>Another program is writing to %1; waiting for it to finish…</source>
        <translation>另一个程序正在写入 %1，正在等待它完成……</translation>
    </message>
    <message>
        <source>freeze: inspectors taking part (overrides the stored count).</source>
        <translation>freeze：参与执法人员数（覆盖已保存的人数）。</translation>
    </message>
    <message>
        <source>Compute and show, and log the seed as an attempt (draw-spec v2).</source>
        <translation>计算并显示，并把种子记为一次尝试（draw-spec v2）。</translation>
    </message>
    <message>
        <source>commit: why the seed is not the first one tried; void: why the freeze is withdrawn.</source>
        <translation>commit：为何提交的不是第一个试过的种子；void：为何撤回锁定。</translation>
    </message>
    <message>
        <source>freeze: how the seed will be made, e.g. &quot;会上掷十面骰 20 次&quot;.</source>
        <translation>freeze：种子将如何产生，例如“会上掷十面骰 20 次”。</translation>
    </message>
    <message>
        <source>Usage: suiji-cli draw freeze --quarter Q --bureau B [--seed-source TEXT] [--json]
       suiji-cli draw --quarter Q --bureau B --seed S (--preview|--commit [--reason TEXT]) [--json]
       suiji-cli draw void --quarter Q --bureau B --reason TEXT
       suiji-cli draw attempts --quarter Q --bureau B [--json]</source>
        <translation>用法：suiji-cli draw freeze --quarter Q --bureau B [--seed-source 文字] [--json]
      suiji-cli draw --quarter Q --bureau B --seed S (--preview|--commit [--reason 文字]) [--json]
      suiji-cli draw void --quarter Q --bureau B --reason 文字
      suiji-cli draw attempts --quarter Q --bureau B [--json]</translation>
    </message>
    <message>
        <source>--inspectors goes with draw freeze: the lock fixes the quarter&apos;s quotas.</source>
        <translation>--inspectors 用于 draw freeze：锁定名录时即确定本季度的抽取数。</translation>
    </message>
    <message>
        <source>The freeze %1 of %2 %3 is voided; lock the lists again before drawing.</source>
        <translation>%2 %3 的锁定记录 %1 已作废；抽取前请重新锁定名录。</translation>
    </message>
    <message>
        <source>Commit record: %1 — keep this hash (suiji-cli verify --anchor).</source>
        <translation>提交记录：%1 — 请保存此哈希值（suiji-cli verify --anchor）。</translation>
    </message>
    <message>
        <source>Attempt %1 against freeze %2 (the first seed tried: %3).</source>
        <translation>锁定记录 %2 下的第 %1 次尝试（第一个试过的种子：%3）。</translation>
    </message>
    <message>
        <source>Lists of %1 %2 locked. Freeze record: %3</source>
        <translation>%1 %2 的名录已锁定。锁定记录：%3</translation>
    </message>
    <message>
        <source>k %1, pool_fp %2, must_fp %3</source>
        <translation>k %1，pool_fp %2，must_fp %3</translation>
    </message>
    <message>
        <source>roster_fp %1; seed source: %2</source>
        <translation>roster_fp %1；种子来源：%2</translation>
    </message>
    <message>
        <source>Publish the freeze hash before the seed is made; from now on the quarter draws from these lists only.</source>
        <translation>请在产生种子之前公布锁定记录的哈希值；本季度此后只从这些名录中抽取。</translation>
    </message>
    <message>
        <source>staffed</source>
        <translation>人员配齐</translation>
    </message>
    <message>
        <source>not staffed</source>
        <translation>人员未配齐</translation>
    </message>
    <message>
        <source>A record hash kept outside the file (on a plan, a 抽取公告, a bundle): it must be in the chain unchanged with all before it. Repeatable.</source>
        <translation>保存在文件之外的记录哈希值（印在抽查计划、抽取公告或核验包上）：它必须原样在记录链中，且其前面的记录都完好。可重复给出。</translation>
    </message>
    <message>
        <source>%1 records in %2 bureau chains (draw-spec v2) check out.</source>
        <translation>%2 条管理局记录链（draw-spec v2）中的 %1 条记录核验无误。</translation>
    </message>
    <message>
        <source>Anchor %1 is in the chain, unchanged with everything before it.</source>
        <translation>锚定记录 %1 在记录链中，其本身及之前的记录均未改动。</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>核验未通过：%1</translation>
    </message>
    <message>
        <source>Mismatch in the chain of %1, record %2 (%3, %4): %5</source>
        <translation>%1 的记录链第 %2 条（%3，%4）不符：%5</translation>
    </message>
    <message>
        <source>Write the public verification bundle of a committed quarter: draw.json, verify.py, verify.html, README.txt.</source>
        <translation>生成已提交季度的公开核验包：draw.json、verify.py、verify.html、README.txt。</translation>
    </message>
    <message>
        <source>The folder to write (created if missing).</source>
        <translation>要写入的文件夹（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>Include the inspectors&apos; names (left out by default).</source>
        <translation>包含执法人员姓名（默认不包含）。</translation>
    </message>
    <message>
        <source>Usage: suiji-cli publish --quarter Q --bureau B --out DIR [--with-names]</source>
        <translation>用法：suiji-cli publish --quarter Q --bureau B --out 文件夹 [--with-names]</translation>
    </message>
    <message>
        <source>Bundle written to %1: draw.json, verify.py, verify.html, README.txt (commit %2).</source>
        <translation>核验包已写入 %1：draw.json、verify.py、verify.html、README.txt（提交记录 %2）。</translation>
    </message>
    <message>
        <source>report freeze needs --bureau: a notice is one bureau&apos;s lock.</source>
        <translation>report freeze 需要 --bureau：抽取公告针对一个管理局的锁定。</translation>
    </message>
    <message>
        <source>joint %1 / %2 (%3%), %4 done, due %5</source>
        <translation>联合检查 %1 项 / %2（%3%），已完成 %4 项，截止 %5</translation>
    </message>
    <message>
        <source>With --save: store a count above the roster&apos;s members taking part (confirmed).</source>
        <translation>与 --save 同用：确认保存多于名录参与人数的人数。</translation>
    </message>
    <message>
        <source>%1 inspectors is more than the %2 of %3&apos;s roster taking part in %4. Add them to the roster, or confirm the count with --over-roster.</source>
        <translation>%1 名执法人员多于 %3 名录中参与 %4 的 %2 名。请先将人员加入名录，或用 --over-roster 确认该人数。</translation>
    </message>
    <message>
        <source>the count saved for the quarter</source>
        <translation>本季度保存的人数</translation>
    </message>
    <message>
        <source>--inspectors</source>
        <translation>--inspectors</translation>
    </message>
    <message>
        <source>the roster&apos;s members taking part</source>
        <translation>名录中参与本季度的人数</translation>
    </message>
    <message>
        <source>%1 %2, %3 inspectors (%4; the roster has %5 taking part), profile %6</source>
        <translation>%1 %2，执法人员 %3 名（%4；名录中参与 %5 名），规则 %6</translation>
    </message>
    <message>
        <source>its violation clue was covered by a draw committed after it arrived</source>
        <translation>其违法线索已由线索到达后提交的抽取覆盖</translation>
    </message>
    <message>
        <source>freeze: apply what the year targets still need (the catch-up) to the quotas locked.</source>
        <translation>freeze：锁定的抽取数按全年目标补齐。</translation>
    </message>
    <message>
        <source>Apply what the year targets still need (the catch-up) to the quotas shown.</source>
        <translation>显示的抽取数按全年目标补齐。</translation>
    </message>
    <message>
        <source>Store what the bureau drew elsewhere this year in a pool (e.g. fixed.key=20; 0 clears it); repeatable.</source>
        <translation>登记本年在其他平台已抽的数量（如 fixed.key=20；0 表示清除）；可重复使用。</translation>
    </message>
    <message>
        <source>--prior takes POOL=N with a pool of %1 and a count, e.g. fixed.key=20.</source>
        <translation>--prior 的格式为 对象池=数量，对象池须属于 %1，如 fixed.key=20。</translation>
    </message>
    <message>
        <source>Saved: %1 drawn elsewhere in %2 in %3 %4.</source>
        <translation>已保存：%3 %4 年在其他平台已抽 %2 %1 家。</translation>
    </message>
    <message>
        <source>(applied)</source>
        <translation>（已补齐）</translation>
    </message>
    <message>
        <source>(apply with --catch-up)</source>
        <translation>（用 --catch-up 补齐）</translation>
    </message>
    <message>
        <source>List the year&apos;s reporting deadlines, or record that a report was submitted.</source>
        <translation>列出本年度报送截止日期，或登记某项材料已报送。</translation>
    </message>
    <message>
        <source>The year (default: this year).</source>
        <translation>年度（默认今年）。</translation>
    </message>
    <message>
        <source>The bureau (id or name); without it, the city&apos;s own reports.</source>
        <translation>管理局（代码或名称）；不填则为市局自身的材料。</translation>
    </message>
    <message>
        <source>done: the day the report was submitted, YYYY-MM-DD.</source>
        <translation>done：报送日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Usage: suiji-cli deadlines list [--year Y] [--bureau B] [--json] | deadlines done ID --date YYYY-MM-DD [--year Y] [--bureau B]</source>
        <translation>用法：suiji-cli deadlines list [--year 年] [--bureau 管理局] [--json] | deadlines done 编号 --date YYYY-MM-DD [--year 年] [--bureau 管理局]</translation>
    </message>
    <message>
        <source>--year takes a year, e.g. 2025.</source>
        <translation>--year 须为年份，如 2025。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2025-11-07.</source>
        <translation>“%1”不是日期；请写作 2025-11-07。</translation>
    </message>
    <message>
        <source>No deadline &quot;%1&quot; in %2. The deadlines are: %3.</source>
        <translation>%2 年没有“%1”这一项。各项为：%3。</translation>
    </message>
    <message>
        <source>Recorded: %1 of %2 submitted on %3.</source>
        <translation>已登记：%2 年 %1 于 %3 报送。</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>已于 %1 报送</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待公示</translation>
    </message>
    <message>
        <source>List assigned (下达) targets, hand one down, or record inspections against it.</source>
        <translation>列出下达任务、下达新任务，或登记完成情况。</translation>
    </message>
    <message>
        <source>The target&apos;s name, e.g. &quot;深圳蓝新车检查&quot;.</source>
        <translation>任务名称，如“深圳蓝新车检查”。</translation>
    </message>
    <message>
        <source>set: the count handed down; record: inspections done.</source>
        <translation>set：下达数量；record：完成的检查数量。</translation>
    </message>
    <message>
        <source>set: the due date, YYYY-MM-DD.</source>
        <translation>set：截止日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>set: who handed it down, e.g. a document number.</source>
        <translation>set：下达来源，如文号。</translation>
    </message>
    <message>
        <source>record: the day of the inspections, YYYY-MM-DD.</source>
        <translation>record：检查日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Usage: suiji-cli targets list [--year Y] [--bureau B] [--json] | targets set --year Y --bureau B --item TEXT --count N [--due YYYY-MM-DD] | targets record --year Y --bureau B --item TEXT --count N --date YYYY-MM-DD</source>
        <translation>用法：suiji-cli targets list [--year 年] [--bureau 管理局] [--json] | targets set --year 年 --bureau 管理局 --item 名称 --count 数量 [--due YYYY-MM-DD] | targets record --year 年 --bureau 管理局 --item 名称 --count 数量 --date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 截止</translation>
    </message>
    <message>
        <source>targets %1 needs --bureau, --item and --count.</source>
        <translation>targets %1 需要 --bureau、--item 和 --count。</translation>
    </message>
    <message>
        <source>--count takes a whole number (at least 1 for record).</source>
        <translation>--count 须为整数（record 至少为 1）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2025-12-31.</source>
        <translation>“%1”不是日期；请写作 2025-12-31。</translation>
    </message>
    <message>
        <source>Target handed down: %1 %2 %3, %4.</source>
        <translation>已下达任务：%1 %2 年 %3，%4 项。</translation>
    </message>
    <message>
        <source>targets record needs --date YYYY-MM-DD.</source>
        <translation>targets record 需要 --date YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 不在 %2 年内。</translation>
    </message>
    <message>
        <source>%1 lies in the future: record inspections once they have happened.</source>
        <translation>%1 是将来的日期：请在检查完成后再登记。</translation>
    </message>
    <message>
        <source>Recorded: %1 inspections of %2 on %3.</source>
        <translation>已登记：%3 完成 %2 检查 %1 项。</translation>
    </message>
    <message>
        <source> — drawn by 移动源处 (--bureau mobile)</source>
        <translation> — 由移动源处抽取（--bureau mobile）</translation>
    </message>
    <message>
        <source>Record a task as done (inspected) or its result as published, or mark it a typical case.</source>
        <translation>登记任务已检查或其结果已公示，或将其标为典型案例。</translation>
    </message>
    <message>
        <source>typical: what makes the inspection a typical case (典型案例), a short text.</source>
        <translation>typical：该检查作为典型案例的简短说明。</translation>
    </message>
    <message>
        <source>typical: no longer a typical case.</source>
        <translation>typical：取消典型案例标记。</translation>
    </message>
    <message>
        <source>Usage: suiji-cli task done|published KEY --pool P --quarter YYYYQn --date YYYY-MM-DD [--result TEXT]
       suiji-cli task typical KEY --pool P --quarter YYYYQn (--text TEXT | --clear)</source>
        <translation>用法：suiji-cli task done|published 编码 --pool 对象池 --quarter YYYYQn --date YYYY-MM-DD [--result 文字]
      suiji-cli task typical 编码 --pool 对象池 --quarter YYYYQn (--text 文字 | --clear)</translation>
    </message>
    <message>
        <source>Task %1 (%2, %3) is no longer a typical case.</source>
        <translation>任务 %1（%2，%3）已不再是典型案例。</translation>
    </message>
    <message>
        <source>Task %1 (%2, %3) marked as a typical case; the year report prints it.</source>
        <translation>任务 %1（%2，%3）已标为典型案例；年度报告将印出。</translation>
    </message>
    <message>
        <source>Unknown bureau &quot;%1&quot;. Use one of: futian, luohu, yantian, nanshan, baoan, longgang, longhua, pingshan, guangming, dapeng, shenshan, or mobile (移动源处, the mobile-source division).</source>
        <translation>未知管理局“%1”。可用：futian、luohu、yantian、nanshan、baoan、longgang、longhua、pingshan、guangming、dapeng、shenshan（或中文名），或 mobile（移动源处）。</translation>
    </message>
    <message>
        <source>Name recorded with what the command writes (default: the login name).</source>
        <translation>随本命令写入的内容记录的操作人姓名（默认：登录名）。</translation>
    </message>
    <message>
        <source>commit: refuse unless the lists are locked by this freeze (its hash, or the first 16 characters the preview prints).</source>
        <translation>commit：仅当名单由此锁定记录锁定时才提交（其哈希，或预览打印的前 16 个字符）。</translation>
    </message>
    <message>
        <source>--%1 takes a date, YYYY-MM-DD.</source>
        <translation>--%1 须为日期，格式 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Case-driven inspections: import, list, dispatch and record alerts, complaints and referrals.</source>
        <translation>个案执法：导入、列出、分拨并记录预警、投诉举报和转办交办。</translation>
    </message>
    <message>
        <source>list: the bureau (id or name); without it, every bureau.</source>
        <translation>list：管理局（代号或名称）；不填则为全部管理局。</translation>
    </message>
    <message>
        <source>list: only cases in this state (待分拨 … 已闭环, or pending … closed).</source>
        <translation>list：只列出此状态的个案（待分拨…已闭环，或 pending…closed）。</translation>
    </message>
    <message>
        <source>list: only cases past a deadline.</source>
        <translation>list：只列出已超期的个案。</translation>
    </message>
    <message>
        <source>import: check and report, write nothing.</source>
        <translation>import：只检查并报告，不写入。</translation>
    </message>
    <message>
        <source>assign: the team&apos;s badges, e.g. 19030001,19030002 (default: suggested).</source>
        <translation>assign：执法人员证号，如 19030001,19030002（默认：自动推荐）。</translation>
    </message>
    <message>
        <source>assign: the due date (default: the profile&apos;s closure deadline).</source>
        <translation>assign：办结期限（默认：按规则的办结期限）。</translation>
    </message>
    <message>
        <source>update: the day of the check.</source>
        <translation>update：核查日期。</translation>
    </message>
    <message>
        <source>update: how it was checked, onsite or offsite.</source>
        <translation>update：核查方式，onsite（现场）或 offsite（非现场）。</translation>
    </message>
    <message>
        <source>update: what the check found.</source>
        <translation>update：核查情况。</translation>
    </message>
    <message>
        <source>update: 无问题, 责令改正, 立案处罚 or 移送.</source>
        <translation>update：无问题、责令改正、立案处罚或移送。</translation>
    </message>
    <message>
        <source>update: the case number of a penalty or a transfer.</source>
        <translation>update：立案处罚或移送的案件编号。</translation>
    </message>
    <message>
        <source>update: the day the result was reported back to the source.</source>
        <translation>update：向来源反馈结果的日期。</translation>
    </message>
    <message>
        <source>update: the day the case was closed (闭环).</source>
        <translation>update：闭环日期。</translation>
    </message>
    <message>
        <source>--state takes 待分拨, 已分拨, 已核查, 已处置, 已反馈 or 已闭环.</source>
        <translation>--state 须为待分拨、已分拨、已核查、已处置、已反馈或已闭环。</translation>
    </message>
    <message>
        <source>Case %1 dispatched to %2, due %3.</source>
        <translation>个案 %1 已分拨给 %2，办结期限 %3。</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation>个案 %1 现为“%2”。</translation>
    </message>
    <message>
        <source>	overdue</source>
        <translation>	已超期</translation>
    </message>
    <message>
        <source>Usage: suiji-cli export ledger|publicity|breakdown|cases --quarter YYYYQn [--bureau B] --out FILE.xlsx|FILE.csv</source>
        <translation>用法：suiji-cli export ledger|publicity|breakdown|cases --quarter YYYYQn [--bureau 管理局] --out 文件.xlsx|文件.csv</translation>
    </message>
    <message>
        <source>update, with the check: the finding is a violation clue (违法线索) at the monitoring agency.</source>
        <translation>update，与核查一起：核查发现为该监测机构的违法线索。</translation>
    </message>
    <message>
        <source>Usage: suiji-cli case import FILE [--dry-run] [--json] | case list [--bureau B] [--state S] [--overdue] [--json]
       | case assign ID [--inspectors BADGE,BADGE] [--due DATE] | case update ID [--checked DATE --mode onsite|offsite --finding TEXT [--clue]] [--outcome O [--case-number N]] [--feedback DATE] [--close DATE]</source>
        <translation>用法：suiji-cli case import 文件 [--dry-run] [--json] | case list [--bureau 管理局] [--state 状态] [--overdue] [--json]
       | case assign 编号 [--inspectors 证号,证号] [--due 日期] | case update 编号 [--checked 日期 --mode onsite|offsite --finding 文字 [--clue]] [--outcome 结果 [--case-number 案号]] [--feedback 日期] [--close 日期]</translation>
    </message>
    <message>
        <source>Special campaigns: procedure, scope, targets drawn in public, inspections.</source>
        <translation>专项执法：程序、范围、公开抽取检查对象、检查记录。</translation>
    </message>
    <message>
        <source>create: the campaign&apos;s id, e.g. ZX2025-VOCS.</source>
        <translation>create：专项编号，如 ZX2025-VOCS。</translation>
    </message>
    <message>
        <source>create: the campaign&apos;s name.</source>
        <translation>create：专项名称。</translation>
    </message>
    <message>
        <source>create: the bureau running it; list: only its campaigns.</source>
        <translation>create：实施的管理局；list：只列该局的专项。</translation>
    </message>
    <message>
        <source>create: the first day of the period.</source>
        <translation>create：起始日期。</translation>
    </message>
    <message>
        <source>create: the last day of the period.</source>
        <translation>create：截止日期。</translation>
    </message>
    <message>
        <source>create: the legal basis.</source>
        <translation>create：法律依据。</translation>
    </message>
    <message>
        <source>create: the field or region of the problem.</source>
        <translation>create：问题所在的领域或区域。</translation>
    </message>
    <message>
        <source>scope: categories, e.g. fixed,soil (default: every one).</source>
        <translation>scope：名录类别，如 fixed,soil_unit（默认全部）。</translation>
    </message>
    <message>
        <source>scope: general or key.</source>
        <translation>scope：一般（general）或重点（key）。</translation>
    </message>
    <message>
        <source>scope: the class, general, key, special or offsite.</source>
        <translation>scope：监管类别，general、key、special 或 offsite。</translation>
    </message>
    <message>
        <source>scope: entities whose industry contains this.</source>
        <translation>scope：行业包含此文字的对象。</translation>
    </message>
    <message>
        <source>scope: entities whose street contains this.</source>
        <translation>scope：街道包含此文字的对象。</translation>
    </message>
    <message>
        <source>scope: only the entities of this list (.csv/.xlsx of keys).</source>
        <translation>scope：只含此清单中的对象（.csv/.xlsx 代码清单）。</translation>
    </message>
    <message>
        <source>approve: who approved it.</source>
        <translation>approve：批准机关。</translation>
    </message>
    <message>
        <source>approve, file, publish, close, task done: the day.</source>
        <translation>approve、file、publish、close、task done：日期。</translation>
    </message>
    <message>
        <source>approve: the approval document&apos;s number.</source>
        <translation>approve：批准文号。</translation>
    </message>
    <message>
        <source>file: where it was filed.</source>
        <translation>file：备案机关。</translation>
    </message>
    <message>
        <source>publish: where it was published.</source>
        <translation>publish：公布渠道。</translation>
    </message>
    <message>
        <source>freeze: every entity in scope is a target.</source>
        <translation>freeze：范围内全部对象均为检查对象。</translation>
    </message>
    <message>
        <source>freeze: a random sample of N entities in scope.</source>
        <translation>freeze：从范围内随机抽取 N 家。</translation>
    </message>
    <message>
        <source>freeze: how the seed will be made.</source>
        <translation>freeze：种子的产生方式。</translation>
    </message>
    <message>
        <source>draw: the public seed.</source>
        <translation>draw：公开的种子。</translation>
    </message>
    <message>
        <source>draw: compute and show, and log the seed as an attempt.</source>
        <translation>draw：计算并显示，并把种子记为一次试用。</translation>
    </message>
    <message>
        <source>draw: commit the targets and their teams.</source>
        <translation>draw：提交检查对象和检查组。</translation>
    </message>
    <message>
        <source>task done: what the inspection found.</source>
        <translation>task done：检查结果。</translation>
    </message>
    <message>
        <source>Campaign %1 (%2) is now %3.</source>
        <translation>专项 %1（%2）现为“%3”。</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) in the scope of campaign %1.</source>
        <translation>
            <numerusform>专项 %1 的范围内共 %n 家。</numerusform>
        </translation>
    </message>
    <message>
        <source>--sample takes a whole number.</source>
        <translation>--sample 须为整数。</translation>
    </message>
    <message>
        <source>Targets of campaign %1 locked: %2 to draw; freeze %3, pool_fp %4, roster_fp %5.</source>
        <translation>专项 %1 的检查对象已锁定：抽取 %2 家；锁定记录 %3，pool_fp %4，roster_fp %5。</translation>
    </message>
    <message numerus="yes">
        <source>Committed: %n target(s), seed %1, result_fp %2.</source>
        <translation>
            <numerusform>已提交：%n 家检查对象，种子 %1，result_fp %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview (attempt %1): %n target(s), seed %2, result_fp %3.</source>
        <translation>
            <numerusform>预览（第 %1 次试用）：%n 家检查对象，种子 %2，result_fp %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Target %1 of campaign %2 inspected on %3.</source>
        <translation>专项 %2 的检查对象 %1 已于 %3 检查。</translation>
    </message>
    <message>
        <source>Combined visits (综合查一次): one visit for the tasks of one company due in one month.</source>
        <translation>综合查一次：同一单位同月到期的任务一次入企完成。</translation>
    </message>
    <message>
        <source>propose, list: the quarter, e.g. 2025Q3.</source>
        <translation>propose、list：季度，如 2025Q3。</translation>
    </message>
    <message>
        <source>The bureau (propose: required; list, year: without it, every bureau).</source>
        <translation>管理局（propose 必填；list、year 不填则为全部管理局）。</translation>
    </message>
    <message>
        <source>accept: the visit&apos;s day (default: the proposed one).</source>
        <translation>accept：入企日期（默认为建议日期）。</translation>
    </message>
    <message>
        <source>Usage: suiji-cli visits propose --quarter Q --bureau B [--json] | visits accept VISIT [--date D]
       | visits list --quarter Q [--bureau B] [--json] | visits year [--year Y] [--bureau B] [--json]</source>
        <translation>用法：suiji-cli visits propose --quarter 季度 --bureau 管理局 [--json] | visits accept 入企编号 [--date 日期]
       | visits list --quarter 季度 [--bureau 管理局] [--json] | visits year [--year 年份] [--bureau 管理局] [--json]</translation>
    </message>
    <message>
        <source>%1 is not a visit&apos;s id (bureau|YYYY-MM|key, as visits propose prints it).</source>
        <translation>%1 不是入企编号（格式为 管理局|YYYY-MM|代码，见 visits propose 的输出）。</translation>
    </message>
    <message>
        <source>--date takes a date, YYYY-MM-DD.</source>
        <translation>--date 须为日期，格式 YYYY-MM-DD。</translation>
    </message>
    <message numerus="yes">
        <source>Visit %1 accepted: %n task(s) in one visit on %2 by %3.</source>
        <translation>
            <numerusform>已采纳合并入企 %1：%2 由 %3 一次完成 %n 项任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>	above the alert</source>
        <translation>	超过预警值</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) with more than %1 on-site visits in %2.</source>
        <translation>
            <numerusform>%2 年入企超过 %1 次的单位 %n 家。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n combined visit(s) proposed, sparing %1 visit(s).</source>
        <translation>
            <numerusform>建议合并入企 %n 次，可减少入企 %1 次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n combined visit(s) accepted, sparing %1 visit(s).</source>
        <translation>
            <numerusform>已采纳合并入企 %n 次，减少入企 %1 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>A special campaign&apos;s bundle instead of a quarter&apos;s (its id).</source>
        <translation>改为生成某个专项的核验包（专项编号）。</translation>
    </message>
    <message>
        <source>Usage: suiji-cli publish --campaign ID --out DIR [--with-names]</source>
        <translation>用法：suiji-cli publish --campaign 专项编号 --out 文件夹 [--with-names]</translation>
    </message>
    <message>
        <source>create: its targets are checked off site (书面核查、信息共享、智慧监管).</source>
        <translation>create：检查对象以非现场方式检查（书面核查、信息共享、智慧监管）。</translation>
    </message>
    <message>
        <source>Export the ledger, the publication list, the target breakdown, the cases or a campaign (.xlsx or .csv).</source>
        <translation>导出检查台账、公示清单、目标任务分解表、个案或专项（.xlsx 或 .csv）。</translation>
    </message>
    <message>
        <source>Usage: suiji-cli export campaign ID --out FILE.xlsx|FILE.csv</source>
        <translation>用法：suiji-cli export campaign 专项编号 --out 文件.xlsx|文件.csv</translation>
    </message>
    <message>
        <source>draw --commit: why the seed is not the first one tried; void: why the lock is withdrawn.</source>
        <translation>draw --commit：未用首个种子的理由；void：撤销锁定的理由。</translation>
    </message>
    <message>
        <source>Usage: suiji-cli campaign create --id ID --name TEXT --bureau B --from DATE --to DATE [--basis TEXT] [--field TEXT] [--offsite]
       suiji-cli campaign scope ID [--category C] [--level L] [--class K] [--industry TEXT] [--street TEXT] [--keys FILE] [--json]
       suiji-cli campaign approve ID --by TEXT --date D --doc NO | file ID --with TEXT --date D | publish ID --where TEXT --date D
       suiji-cli campaign freeze ID (--all | --sample N) [--seed-source TEXT] | void ID --reason TEXT
       suiji-cli campaign draw ID --seed S (--preview | --commit [--reason TEXT]) [--json]
       suiji-cli campaign task done ID KEY --date D [--result TEXT]
       suiji-cli campaign list [--bureau B] [--json] | close ID [--date D]</source>
        <translation>用法：suiji-cli campaign create --id 编号 --name 名称 --bureau 管理局 --from 日期 --to 日期 [--basis 依据] [--field 领域] [--offsite]
       suiji-cli campaign scope 编号 [--category 名录] [--level 级别] [--class 类别] [--industry 行业] [--street 街道] [--keys 文件] [--json]
       suiji-cli campaign approve 编号 --by 批准人 --date 日期 --doc 文号 | file 编号 --with 备案机关 --date 日期 | publish 编号 --where 公布处 --date 日期
       suiji-cli campaign freeze 编号 (--all | --sample 数量) [--seed-source 文字] | void 编号 --reason 理由
       suiji-cli campaign draw 编号 --seed 种子 (--preview | --commit [--reason 理由]) [--json]
       suiji-cli campaign task done 编号 代码 --date 日期 [--result 结果]
       suiji-cli campaign list [--bureau 管理局] [--json] | close 编号 [--date 日期]</translation>
    </message>
    <message>
        <source>The lock %1 of campaign %2 is voided; lock its targets again when ready.</source>
        <translation>专项 %2 的锁定 %1 已撤销；准备好后请重新锁定检查对象。</translation>
    </message>
    <message>
        <source>Write a PDF report: the quarter plan, the progress report, the year report, a lock&apos;s notice or a campaign&apos;s summary.</source>
        <translation>生成 PDF 报告：季度抽查计划、进度报告、年度报告、抽取公告或专项总结。</translation>
    </message>
    <message>
        <source>Usage: suiji-cli report campaign ID --out FILE.pdf</source>
        <translation>用法：suiji-cli report campaign 编号 --out 文件.pdf</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>已写入 %1（共 %2 页）。</translation>
    </message>
    <message>
        <source>Usage: suiji-cli report plan|progress|year|freeze --quarter YYYYQn [--bureau B] --out FILE.pdf
       suiji-cli report campaign ID --out FILE.pdf</source>
        <translation>用法：suiji-cli report plan|progress|year|freeze --quarter 季度 [--bureau 管理局] --out 文件.pdf
       suiji-cli report campaign 编号 --out 文件.pdf</translation>
    </message>
    <message>
        <source>Write a checked copy of the database (--out FILE), or list the automatic backups (--list).</source>
        <translation>写出数据库的一份经检查的副本（--out 文件），或列出自动备份（--list）。</translation>
    </message>
    <message>
        <source>The backup file to write (it must not exist).</source>
        <translation>要写出的备份文件（不得已存在）。</translation>
    </message>
    <message>
        <source>List the automatic backups kept beside the database, newest first.</source>
        <translation>列出保存在数据库旁的自动备份，最新的在前。</translation>
    </message>
    <message>
        <source>backup needs either --out FILE or --list.</source>
        <translation>backup 需要 --out 文件 或 --list 二者之一。</translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4  %5</source>
        <translation>#%1  %2  %3  %4  %5</translation>
    </message>
    <message>
        <source>No automatic backups yet (they are made before each import, committed draw and upgrade, in %1).</source>
        <translation>还没有自动备份（每次导入、提交抽取和升级之前会自动备份，位于 %1）。</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3; SQLite&apos;s integrity check of the copy: ok).</source>
        <translation>已将 %1 备份到 %2（%3；副本的 SQLite 完整性检查：通过）。</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>before a committed draw</source>
        <translation>提交抽取前</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Replace the database with a backup (checked first; the file as it was is backed up).</source>
        <translation>用备份替换数据库（先检查备份；原文件会先备份）。</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>要恢复的备份。</translation>
    </message>
    <message>
        <source>restore takes one backup file.</source>
        <translation>restore 需要一个备份文件。</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check: %2); nothing was restored.</source>
        <translation>%1 已损坏（SQLite 完整性检查：%2），没有恢复任何内容。</translation>
    </message>
    <message>
        <source>%1 is not a Suiji database this version can open (schema %2); nothing was restored.</source>
        <translation>%1 不是本版本能打开的数据库（结构版本 %2），没有恢复任何内容。</translation>
    </message>
    <message>
        <source>Nothing was restored: the file as it is could not be backed up first. %1</source>
        <translation>没有恢复任何内容：未能先备份当前文件。%1</translation>
    </message>
    <message>
        <source>The restored file fails SQLite&apos;s check: %1</source>
        <translation>恢复后的文件未通过 SQLite 检查：%1</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The file as it was before is kept as %1.</source>
        <translation>恢复前的文件保存为 %1。</translation>
    </message>
</context>
</TS>
