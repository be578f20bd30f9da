<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>Suiji</source>
        <translation>Suiji</translation>
    </message>
    <message>
        <source>The database file %1 does not exist (it may have been moved or deleted).

Create a new, empty database there?</source>
        <translation>The database file %1 does not exist (it may have been moved or deleted).

Create a new, empty database there?</translation>
    </message>
</context>
<context>
    <name>suiji::AssignedRepository</name>
    <message>
        <source>Cannot read the assigned targets.</source>
        <translation>Cannot read the assigned targets.</translation>
    </message>
    <message>
        <source>Cannot save the assigned target.</source>
        <translation>Cannot save the assigned target.</translation>
    </message>
    <message>
        <source>Cannot record the inspections.</source>
        <translation>Cannot record the inspections.</translation>
    </message>
    <message>
        <source>%1 has no assigned target &quot;%2&quot; in %3. Hand it down first (suiji-cli targets set).</source>
        <translation>%1 has no assigned target &quot;%2&quot; in %3. Hand it down first (suiji-cli targets set).</translation>
    </message>
</context>
<context>
    <name>suiji::AssignedTargetsDialog</name>
    <message>
        <source>Assigned targets (下达任务) · %1 · %2</source>
        <translation>Assigned targets (下达任务) · %1 · %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Handed down by</source>
        <translation>Handed down by</translation>
    </message>
    <message>
        <source>Hand down or change a target</source>
        <translation>Hand down or change a target</translation>
    </message>
    <message>
        <source>e.g. 深圳蓝新车（机械）执法检查</source>
        <translation>e.g. 深圳蓝新车（机械）执法检查</translation>
    </message>
    <message>
        <source>e.g. the document that handed it down</source>
        <translation>e.g. the document that handed it down</translation>
    </message>
    <message>
        <source>&amp;Save target</source>
        <translation>&amp;Save target</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Item:</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Count:</translation>
    </message>
    <message>
        <source>&amp;Handed down by:</source>
        <translation>&amp;Handed down by:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>D&amp;ue:</translation>
    </message>
    <message>
        <source>Record inspections against the selected target</source>
        <translation>Record inspections against the selected target</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;Inspections:</source>
        <translation>&amp;Inspections:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>No target is handed down to this bureau for %1 yet: enter the item and its count, then save.</source>
        <translation>No target is handed down to this bureau for %1 yet: enter the item and its count, then save.</translation>
    </message>
    <message>
        <source>Name the item handed down (e.g. 深圳蓝新车（机械）执法检查).</source>
        <translation>Name the item handed down (e.g. 深圳蓝新车（机械）执法检查).</translation>
    </message>
    <message>
        <source>The due date %1 is not in %2.</source>
        <translation>The due date %1 is not in %2.</translation>
    </message>
    <message>
        <source>Saved: %1, %2 to do by %3.</source>
        <translation>Saved: %1, %2 to do by %3.</translation>
    </message>
    <message>
        <source>Select the target the inspections count towards.</source>
        <translation>Select the target the inspections count towards.</translation>
    </message>
    <message>
        <source>%1 lies in the future: record inspections once they have happened.</source>
        <translation>%1 lies in the future: record inspections once they have happened.</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 is not in %2.</translation>
    </message>
    <message>
        <source>Recorded: %1 inspections of %2 on %3.</source>
        <translation>Recorded: %1 inspections of %2 on %3.</translation>
    </message>
</context>
<context>
    <name>suiji::Backups</name>
    <message>
        <source>The backup folder %1 cannot be read.</source>
        <translation>The backup folder %1 cannot be read.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created. Check the permissions of its folder.</source>
        <translation>The backup folder %1 cannot be created. Check the permissions of its folder.</translation>
    </message>
    <message>
        <source>Nothing was written: the automatic backup before this change could not be made. %1</source>
        <translation>Nothing was written: the automatic backup before this change could not be made. %1</translation>
    </message>
</context>
<context>
    <name>suiji::Bundle</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 has no commit under draw-spec v2: there is nothing to publish yet.</source>
        <translation>%1 %2 has no commit under draw-spec v2: there is nothing to publish yet.</translation>
    </message>
    <message>
        <source>The commit of %1 %2 names a freeze that is not in the chain.</source>
        <translation>The commit of %1 %2 names a freeze that is not in the chain.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>The targets of campaign %1 are not committed: there is nothing to publish yet.</source>
        <translation>The targets of campaign %1 are not committed: there is nothing to publish yet.</translation>
    </message>
    <message>
        <source>The commit of campaign %1 names a freeze that is not in the chain.</source>
        <translation>The commit of campaign %1 names a freeze that is not in the chain.</translation>
    </message>
</context>
<context>
    <name>suiji::Campaign</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>filed</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>under way</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>A campaign&apos;s id is 1 to 40 letters, digits, - or _ (e.g. ZX2025-VOCS): &quot;%1&quot; is not.</source>
        <translation>A campaign&apos;s id is 1 to 40 letters, digits, - or _ (e.g. ZX2025-VOCS): &quot;%1&quot; is not.</translation>
    </message>
    <message>
        <source>A campaign&apos;s id cannot be a quarter&apos;s name (%1): its records are filed under it.</source>
        <translation>A campaign&apos;s id cannot be a quarter&apos;s name (%1): its records are filed under it.</translation>
    </message>
</context>
<context>
    <name>suiji::CampaignReport</name>
    <message>
        <source>lists: %1</source>
        <translation>lists: %1</translation>
    </message>
    <message>
        <source>level: %1</source>
        <translation>level: %1</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>general</source>
        <translation>general</translation>
    </message>
    <message>
        <source>class: %1</source>
        <translation>class: %1</translation>
    </message>
    <message>
        <source>industry contains “%1”</source>
        <translation>industry contains “%1”</translation>
    </message>
    <message>
        <source>street contains “%1”</source>
        <translation>street contains “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) of an imported list</source>
        <translation>
            <numerusform>%n key of an imported list</numerusform>
            <numerusform>%n keys of an imported list</numerusform>
        </translation>
    </message>
    <message>
        <source>every entity of the bureau&apos;s lists</source>
        <translation>every entity of the bureau&apos;s lists</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Drafted (草拟)</source>
        <translation>Drafted (草拟)</translation>
    </message>
    <message>
        <source>Scope set</source>
        <translation>Scope set</translation>
    </message>
    <message>
        <source>Approved (批准)</source>
        <translation>Approved (批准)</translation>
    </message>
    <message>
        <source>Filed (备案)</source>
        <translation>Filed (备案)</translation>
    </message>
    <message>
        <source>Published (公布)</source>
        <translation>Published (公布)</translation>
    </message>
    <message>
        <source>Closed (完结)</source>
        <translation>Closed (完结)</translation>
    </message>
    <message>
        <source>Special campaign summary: %1</source>
        <translation>Special campaign summary: %1</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Field or region</source>
        <translation>Field or region</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>off site (书面核查、信息共享、智慧监管)</source>
        <translation>off site (书面核查、信息共享、智慧监管)</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>on site</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>%1, document %2</source>
        <translation>%1, document %2</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>with %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By, document, where</source>
        <translation>By, document, where</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>In scope</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies), one per company</source>
        <translation>
            <numerusform>%n entity, one per company</numerusform>
            <numerusform>%n entities, one per company</numerusform>
        </translation>
    </message>
    <message>
        <source>The scope is not set yet.</source>
        <translation>The scope is not set yet.</translation>
    </message>
    <message>
        <source>Targets and their proof</source>
        <translation>Targets and their proof</translation>
    </message>
    <message>
        <source>The targets are not locked yet.</source>
        <translation>The targets are not locked yet.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message numerus="yes">
        <source>every entity in scope (%n)</source>
        <translation>
            <numerusform>every entity in scope (%n)</numerusform>
            <numerusform>every entity in scope (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>a random sample of %1 of %2 in scope</source>
        <translation>a random sample of %1 of %2 in scope</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Seed source</source>
        <translation>Seed source</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Inspectors taking part</source>
        <translation>Inspectors taking part</translation>
    </message>
    <message>
        <source>Lock record</source>
        <translation>Lock record</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>committed</translation>
    </message>
    <message>
        <source>lock voided</source>
        <translation>lock voided</translation>
    </message>
    <message>
        <source>earlier lock</source>
        <translation>earlier lock</translation>
    </message>
    <message>
        <source>Every seed tried, in order:</source>
        <translation>Every seed tried, in order:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Tried</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Why not the first seed</source>
        <translation>Why not the first seed</translation>
    </message>
    <message>
        <source>— (the first seed tried)</source>
        <translation>— (the first seed tried)</translation>
    </message>
    <message>
        <source>Commit record</source>
        <translation>Commit record</translation>
    </message>
    <message>
        <source>The targets follow the public algorithm of the quarter&apos;s draws: every key in scope gets the ticket SHA-256(seed|context|key), the lowest tickets are the targets. Anyone can recompute a ticket with the shell; the first target gives:</source>
        <translation>The targets follow the public algorithm of the quarter&apos;s draws: every key in scope gets the ticket SHA-256(seed|context|key), the lowest tickets are the targets. Anyone can recompute a ticket with the shell; the first target gives:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Inspected</translation>
    </message>
    <message>
        <source>Off site</source>
        <translation>Off site</translation>
    </message>
    <message>
        <source>Found something</source>
        <translation>Found something</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>USCC / code</source>
        <translation>USCC / code</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>suiji-cli verify recomputes the targets from the lock and the seed and checks every record of the procedure and every inspection; suiji-cli publish --campaign writes a bundle anyone can check offline. The QR code holds the campaign&apos;s last record hash, which commits to every record before it.</source>
        <translation>suiji-cli verify recomputes the targets from the lock and the seed and checks every record of the procedure and every inspection; suiji-cli publish --campaign writes a bundle anyone can check offline. The QR code holds the campaign&apos;s last record hash, which commits to every record before it.</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>Reviewed by:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>suiji::CampaignRepository</name>
    <message>
        <source>Cannot read the campaigns.</source>
        <translation>Cannot read the campaigns.</translation>
    </message>
    <message>
        <source>Cannot read campaign %1.</source>
        <translation>Cannot read campaign %1.</translation>
    </message>
    <message>
        <source>There is already a campaign %1 (%2).</source>
        <translation>There is already a campaign %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot save campaign %1.</source>
        <translation>Cannot save campaign %1.</translation>
    </message>
    <message>
        <source>Campaign %1 is no longer in the file (another program may have changed it).</source>
        <translation>Campaign %1 is no longer in the file (another program may have changed it).</translation>
    </message>
    <message>
        <source>Cannot read the targets of campaign %1.</source>
        <translation>Cannot read the targets of campaign %1.</translation>
    </message>
    <message>
        <source>Cannot read the campaigns&apos; targets.</source>
        <translation>Cannot read the campaigns&apos; targets.</translation>
    </message>
    <message>
        <source>Cannot save the targets of campaign %1.</source>
        <translation>Cannot save the targets of campaign %1.</translation>
    </message>
    <message>
        <source>Cannot save target %1 of campaign %2.</source>
        <translation>Cannot save target %1 of campaign %2.</translation>
    </message>
    <message>
        <source>%1 is not a target of campaign %2.</source>
        <translation>%1 is not a target of campaign %2.</translation>
    </message>
</context>
<context>
    <name>suiji::CampaignService</name>
    <message>
        <source>Campaign %1 is %2; this step needs it %3 (the order is: draft, approved, filed, published, closed).</source>
        <translation>Campaign %1 is %2; this step needs it %3 (the order is: draft, approved, filed, published, closed).</translation>
    </message>
    <message>
        <source>The frozen lists of the campaign cannot be read: %1.</source>
        <translation>The frozen lists of the campaign cannot be read: %1.</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>There is no campaign %1.</translation>
    </message>
    <message>
        <source>%1 holds no keys.</source>
        <translation>%1 holds no keys.</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>A campaign needs a name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bureau.</source>
        <translation>&quot;%1&quot; is not a bureau.</translation>
    </message>
    <message>
        <source>A campaign needs a period: a first and a last day, the last not before the first.</source>
        <translation>A campaign needs a period: a first and a last day, the last not before the first.</translation>
    </message>
    <message>
        <source>--level takes general or key.</source>
        <translation>--level takes general or key.</translation>
    </message>
    <message>
        <source>--class takes general, key, special or offsite.</source>
        <translation>--class takes general, key, special or offsite.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category of the entity list.</source>
        <translation>&quot;%1&quot; is not a category of the entity list.</translation>
    </message>
    <message>
        <source>Set the scope of campaign %1 before its approval: the approval is of a scope.</source>
        <translation>Set the scope of campaign %1 before its approval: the approval is of a scope.</translation>
    </message>
    <message>
        <source>An approval needs who approved it, the date and the document&apos;s number.</source>
        <translation>An approval needs who approved it, the date and the document&apos;s number.</translation>
    </message>
    <message>
        <source>A filing needs where it was filed and the date.</source>
        <translation>A filing needs where it was filed and the date.</translation>
    </message>
    <message>
        <source>The filing (%1) cannot come before the approval (%2).</source>
        <translation>The filing (%1) cannot come before the approval (%2).</translation>
    </message>
    <message>
        <source>A publication needs where it was published and the date.</source>
        <translation>A publication needs where it was published and the date.</translation>
    </message>
    <message>
        <source>The publication (%1) cannot come before the filing (%2).</source>
        <translation>The publication (%1) cannot come before the filing (%2).</translation>
    </message>
    <message>
        <source>The closure (%1) cannot come before the publication (%2).</source>
        <translation>The closure (%1) cannot come before the publication (%2).</translation>
    </message>
    <message>
        <source>Campaign %1 is closed.</source>
        <translation>Campaign %1 is closed.</translation>
    </message>
    <message>
        <source>Set the scope of campaign %1 before its targets are locked.</source>
        <translation>Set the scope of campaign %1 before its targets are locked.</translation>
    </message>
    <message>
        <source>The targets of campaign %1 are committed already.</source>
        <translation>The targets of campaign %1 are committed already.</translation>
    </message>
    <message>
        <source>The targets of campaign %1 are locked already (%2).</source>
        <translation>The targets of campaign %1 are locked already (%2).</translation>
    </message>
    <message>
        <source>No entity of the list is in the scope of campaign %1.</source>
        <translation>No entity of the list is in the scope of campaign %1.</translation>
    </message>
    <message>
        <source>A sample of campaign %1 is 1 to %2 of the entities in scope.</source>
        <translation>A sample of campaign %1 is 1 to %2 of the entities in scope.</translation>
    </message>
    <message>
        <source>Lock the targets of campaign %1 first (campaign freeze): a seed may only be tried once the scope and the roster are fixed.</source>
        <translation>Lock the targets of campaign %1 first (campaign freeze): a seed may only be tried once the scope and the roster are fixed.</translation>
    </message>
    <message>
        <source>The seed %1 is not the first one tried (%2): a commit with it needs a reason.</source>
        <translation>The seed %1 is not the first one tried (%2): a commit with it needs a reason.</translation>
    </message>
    <message>
        <source>Campaign %1 is closed: no more inspections are recorded in it.</source>
        <translation>Campaign %1 is closed: no more inspections are recorded in it.</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: inspections are recorded only once it is published (批准、备案、公布 first).</source>
        <translation>Campaign %1 is %2: inspections are recorded only once it is published (批准、备案、公布 first).</translation>
    </message>
    <message>
        <source>The inspection date must lie between the publication (%1) and today.</source>
        <translation>The inspection date must lie between the publication (%1) and today.</translation>
    </message>
    <message>
        <source>%1 is not a target of campaign %2.</source>
        <translation>%1 is not a target of campaign %2.</translation>
    </message>
    <message>
        <source>Say why the lock is voided: the reason is recorded and printed on the campaign&apos;s report.</source>
        <translation>Say why the lock is voided: the reason is recorded and printed on the campaign&apos;s report.</translation>
    </message>
    <message>
        <source>The targets of campaign %1 are committed; their lock cannot be voided.</source>
        <translation>The targets of campaign %1 are committed; their lock cannot be voided.</translation>
    </message>
    <message>
        <source>The targets of campaign %1 are not locked: there is no lock to void.</source>
        <translation>The targets of campaign %1 are not locked: there is no lock to void.</translation>
    </message>
</context>
<context>
    <name>suiji::CampaignsPage</name>
    <message>
        <source>random task</source>
        <translation>random task</translation>
    </message>
    <message>
        <source>must-check</source>
        <translation>must-check</translation>
    </message>
    <message>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaign</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Inspected</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Visit on</source>
        <translation>Visit on</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>On-site visits this year</source>
        <translation>On-site visits this year</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;New campaign…</translation>
    </message>
    <message>
        <source>&amp;Scope…</source>
        <translation>&amp;Scope…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>&amp;Lock targets…</source>
        <translation>&amp;Lock targets…</translation>
    </message>
    <message>
        <source>&amp;Draw targets…</source>
        <translation>&amp;Draw targets…</translation>
    </message>
    <message>
        <source>&amp;Record inspection…</source>
        <translation>&amp;Record inspection…</translation>
    </message>
    <message>
        <source>&amp;Close campaign</source>
        <translation>&amp;Close campaign</translation>
    </message>
    <message>
        <source>&amp;Accept the visit</source>
        <translation>&amp;Accept the visit</translation>
    </message>
    <message>
        <source>A special campaign for a region&apos;s or field&apos;s outstanding problem (Ctrl+N).</source>
        <translation>A special campaign for a region&apos;s or field&apos;s outstanding problem (Ctrl+N).</translation>
    </message>
    <message>
        <source>Which entities the campaign takes; the count follows as you type. Fixed at approval.</source>
        <translation>Which entities the campaign takes; the count follows as you type. Fixed at approval.</translation>
    </message>
    <message>
        <source>The procedure in its order: approval, filing, publication. Inspections are recorded only once it is published.</source>
        <translation>The procedure in its order: approval, filing, publication. Inspections are recorded only once it is published.</translation>
    </message>
    <message>
        <source>Lock the entities in scope and the roster before any seed: every one, or a random sample.</source>
        <translation>Lock the entities in scope and the roster before any seed: every one, or a random sample.</translation>
    </message>
    <message>
        <source>Try a seed rolled in public (each try is recorded), then commit the targets and their teams.</source>
        <translation>Try a seed rolled in public (each try is recorded), then commit the targets and their teams.</translation>
    </message>
    <message>
        <source>Special campaigns (专项)</source>
        <translation>Special campaigns (专项)</translation>
    </message>
    <message>
        <source>Proposed: the on-site tasks of one company due in the same month, visited once.</source>
        <translation>Proposed: the on-site tasks of one company due in the same month, visited once.</translation>
    </message>
    <message>
        <source>Accepted this quarter:</source>
        <translation>Accepted this quarter:</translation>
    </message>
    <message>
        <source>Visited most this year (入企频次):</source>
        <translation>Visited most this year (入企频次):</translation>
    </message>
    <message>
        <source>One visit (一次入企)</source>
        <translation>One visit (一次入企)</translation>
    </message>
    <message>
        <source>Campaign %1 closed.</source>
        <translation>Campaign %1 closed.</translation>
    </message>
    <message>
        <source>No special campaign in this scope yet. A campaign goes through approval, filing and publication before its inspections; its targets are every entity in scope or a sample drawn in public.</source>
        <translation>No special campaign in this scope yet. A campaign goes through approval, filing and publication before its inspections; its targets are every entity in scope or a sample drawn in public.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 – %4</source>
        <translation>%1 · %2 · %3 – %4</translation>
    </message>
    <message>
        <source>Basis: %1   Field: %2</source>
        <translation>Basis: %1   Field: %2</translation>
    </message>
    <message numerus="yes">
        <source>Scope: %n entity(ies) (fingerprint %1)</source>
        <translation>
            <numerusform>Scope: %n entity (fingerprint %1)</numerusform>
            <numerusform>Scope: %n entities (fingerprint %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scope: not set</source>
        <translation>Scope: not set</translation>
    </message>
    <message>
        <source>✓ Approved by %1 on %2, document %3</source>
        <translation>✓ Approved by %1 on %2, document %3</translation>
    </message>
    <message>
        <source>○ Approval</source>
        <translation>○ Approval</translation>
    </message>
    <message>
        <source>✓ Filed with %1 on %2</source>
        <translation>✓ Filed with %1 on %2</translation>
    </message>
    <message>
        <source>○ Filing</source>
        <translation>○ Filing</translation>
    </message>
    <message>
        <source>✓ Published on %1, %2</source>
        <translation>✓ Published on %1, %2</translation>
    </message>
    <message>
        <source>○ Publication</source>
        <translation>○ Publication</translation>
    </message>
    <message>
        <source>✓ Closed on %1</source>
        <translation>✓ Closed on %1</translation>
    </message>
    <message numerus="yes">
        <source>Targets committed with seed %1 (commit %2); %n seed(s) tried.</source>
        <translation>
            <numerusform>Targets committed with seed %1 (commit %2); %n seed tried.</numerusform>
            <numerusform>Targets committed with seed %1 (commit %2); %n seeds tried.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Targets locked (freeze %1): %2 to draw; %n seed(s) tried.</source>
        <translation>
            <numerusform>Targets locked (freeze %1): %2 to draw; %n seed tried.</numerusform>
            <numerusform>Targets locked (freeze %1): %2 to draw; %n seeds tried.</numerusform>
        </translation>
    </message>
    <message>
        <source>Targets not yet locked.</source>
        <translation>Targets not yet locked.</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;File…</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publish…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n combined visit(s) proposed. Accepted this quarter: %2, sparing %3 visit(s); this year: %4, sparing %5. %6 company(ies) above %7 on-site visits this year.</source>
        <translation>
            <numerusform>%1: %n combined visit proposed. Accepted this quarter: %2, sparing %3 visit(s); this year: %4, sparing %5. %6 company(ies) above %7 on-site visits this year.</numerusform>
            <numerusform>%1: %n combined visits proposed. Accepted this quarter: %2, sparing %3 visit(s); this year: %4, sparing %5. %6 company(ies) above %7 on-site visits this year.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1 Q%2</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Campaign %1 created (草拟). Set its scope, then have it approved, filed and published.</source>
        <translation>Campaign %1 created (草拟). Set its scope, then have it approved, filed and published.</translation>
    </message>
    <message numerus="yes">
        <source>Scope of %1: %n entity(ies).</source>
        <translation>
            <numerusform>Scope of %1: %n entity.</numerusform>
            <numerusform>Scope of %1: %n entities.</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign %1 is now %2.</source>
        <translation>Campaign %1 is now %2.</translation>
    </message>
    <message>
        <source>Targets of %1 locked (freeze %2). Roll the seed in public, then draw.</source>
        <translation>Targets of %1 locked (freeze %2). Roll the seed in public, then draw.</translation>
    </message>
    <message numerus="yes">
        <source>Committed: %n target(s) with seed %1.</source>
        <translation>
            <numerusform>Committed: %n target with seed %1.</numerusform>
            <numerusform>Committed: %n targets with seed %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seed %1 tried (attempt %2): %n target(s); commit it to keep them.</source>
        <translation>
            <numerusform>Seed %1 tried (attempt %2): %n target; commit it to keep it.</numerusform>
            <numerusform>Seed %1 tried (attempt %2): %n targets; commit it to keep them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspection of %1 recorded.</source>
        <translation>Inspection of %1 recorded.</translation>
    </message>
    <message numerus="yes">
        <source>One visit to %1 on %2 for %n task(s).</source>
        <translation>
            <numerusform>One visit to %1 on %2 for %n task.</numerusform>
            <numerusform>One visit to %1 on %2 for %n tasks.</numerusform>
        </translation>
    </message>
    <message>
        <source>New special campaign</source>
        <translation>New special campaign</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Bureau:</source>
        <translation>&amp;Bureau:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>Legal &amp;basis:</translation>
    </message>
    <message>
        <source>&amp;Field or region:</source>
        <translation>&amp;Field or region:</translation>
    </message>
    <message>
        <source>Scope of %1</source>
        <translation>Scope of %1</translation>
    </message>
    <message>
        <source>Every list</source>
        <translation>Every list</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Any level</translation>
    </message>
    <message>
        <source>general</source>
        <translation>general</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>Any class</source>
        <translation>Any class</translation>
    </message>
    <message>
        <source>e.g. 涂料</source>
        <translation>e.g. 涂料</translation>
    </message>
    <message>
        <source>The count cannot be read.</source>
        <translation>The count cannot be read.</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) in scope.</source>
        <translation>
            <numerusform>%n entity in scope.</numerusform>
            <numerusform>%n entities in scope.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <source>&amp;Industry contains:</source>
        <translation>&amp;Industry contains:</translation>
    </message>
    <message>
        <source>&amp;Street contains:</source>
        <translation>&amp;Street contains:</translation>
    </message>
    <message>
        <source>Approval of %1</source>
        <translation>Approval of %1</translation>
    </message>
    <message>
        <source>Filing of %1</source>
        <translation>Filing of %1</translation>
    </message>
    <message>
        <source>Publication of %1</source>
        <translation>Publication of %1</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Approved &amp;by:</translation>
    </message>
    <message>
        <source>Filed &amp;with:</source>
        <translation>Filed &amp;with:</translation>
    </message>
    <message>
        <source>Published &amp;where:</source>
        <translation>Published &amp;where:</translation>
    </message>
    <message>
        <source>&amp;Document number:</source>
        <translation>&amp;Document number:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Lock the targets of %1</source>
        <translation>Lock the targets of %1</translation>
    </message>
    <message numerus="yes">
        <source>Every entity in scope (%n)</source>
        <translation>
            <numerusform>Every entity in scope (%n)</numerusform>
            <numerusform>Every entity in scope (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>A random sample of:</source>
        <translation>A random sample of:</translation>
    </message>
    <message>
        <source>The entities in scope and the roster are locked now, before any seed is known, and recorded in the chain.</source>
        <translation>The entities in scope and the roster are locked now, before any seed is known, and recorded in the chain.</translation>
    </message>
    <message>
        <source>Draw the targets of %1</source>
        <translation>Draw the targets of %1</translation>
    </message>
    <message>
        <source>the digits rolled in public</source>
        <translation>the digits rolled in public</translation>
    </message>
    <message>
        <source>only when the seed is not the first one tried</source>
        <translation>only when the seed is not the first one tried</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Try this seed</source>
        <translation>&amp;Try this seed</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Commit</translation>
    </message>
    <message>
        <source>Inspection of %1</source>
        <translation>Inspection of %1</translation>
    </message>
    <message>
        <source>No violation found</source>
        <translation>No violation found</translation>
    </message>
    <message>
        <source>&amp;Inspected on:</source>
        <translation>&amp;Inspected on:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Checked off site (书面核查、信息共享、智慧监管)</source>
        <translation>Checked off site (书面核查、信息共享、智慧监管)</translation>
    </message>
    <message>
        <source>Checked on site</source>
        <translation>Checked on site</translation>
    </message>
    <message>
        <source>Checked off site (书面核查、信息共享、智慧监管): no visit to the companies</source>
        <translation>Checked off site (书面核查、信息共享、智慧监管): no visit to the companies</translation>
    </message>
    <message>
        <source>&amp;Void the lock…</source>
        <translation>&amp;Void the lock…</translation>
    </message>
    <message>
        <source>Summary &amp;PDF…</source>
        <translation>Summary &amp;PDF…</translation>
    </message>
    <message>
        <source>Withdraw the lock before the commit, e.g. when the list was wrong; the reason is recorded and printed.</source>
        <translation>Withdraw the lock before the commit, e.g. when the list was wrong; the reason is recorded and printed.</translation>
    </message>
    <message>
        <source>The campaign&apos;s summary: its procedure record, scope, the proof of its targets and the results.</source>
        <translation>The campaign&apos;s summary: its procedure record, scope, the proof of its targets and the results.</translation>
    </message>
    <message>
        <source>Void the lock</source>
        <translation>Void the lock</translation>
    </message>
    <message>
        <source>Why is the lock of %1 withdrawn? The reason is recorded and printed on the campaign&apos;s summary.</source>
        <translation>Why is the lock of %1 withdrawn? The reason is recorded and printed on the campaign&apos;s summary.</translation>
    </message>
    <message>
        <source>Save the campaign&apos;s summary</source>
        <translation>Save the campaign&apos;s summary</translation>
    </message>
    <message>
        <source>专项总结-%1.pdf</source>
        <translation>campaign-summary-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The lock %1 of %2 is voided; lock the targets again when the list is right.</source>
        <translation>The lock %1 of %2 is voided; lock the targets again when the list is right.</translation>
    </message>
    <message>
        <source>Writing the summary of %1…</source>
        <translation>Writing the summary of %1…</translation>
    </message>
    <message numerus="yes">
        <source>Summary written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Summary written to %1 (%n page).</numerusform>
            <numerusform>Summary written to %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>suiji::CaseEntryDialog</name>
    <message>
        <source>Its own due date:</source>
        <translation>Its own due date:</translation>
    </message>
    <message>
        <source>Correct case %1</source>
        <translation>Correct case %1</translation>
    </message>
    <message>
        <source>Enter a case</source>
        <translation>Enter a case</translation>
    </message>
    <message>
        <source>Blank: numbered SD-date-001 …</source>
        <translation>Blank: numbered SD-date-001 …</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Links the case to the entity list</source>
        <translation>Links the case to the entity list</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;umber:</translation>
    </message>
    <message>
        <source>Alert &amp;level:</source>
        <translation>Alert &amp;level:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Entity:</translation>
    </message>
    <message>
        <source>&amp;USCC or code:</source>
        <translation>&amp;USCC or code:</translation>
    </message>
    <message>
        <source>&amp;Bureau:</source>
        <translation>&amp;Bureau:</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Received:</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Content:</translation>
    </message>
</context>
<context>
    <name>suiji::CaseImporter</name>
    <message>
        <source>The source is empty.</source>
        <translation>The source is empty.</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;. Use one of: %2.</source>
        <translation>Unknown source &quot;%1&quot;. Use one of: %2.</translation>
    </message>
    <message>
        <source>The number is empty.</source>
        <translation>The number is empty.</translation>
    </message>
    <message>
        <source>%1 number &quot;%2&quot; appears twice in this file: also in row %3.</source>
        <translation>%1 number &quot;%2&quot; appears twice in this file: also in row %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an alert level: write 红, 橙 or 黄.</source>
        <translation>&quot;%1&quot; is not an alert level: write 红, 橙 or 黄.</translation>
    </message>
    <message>
        <source>An alert of %1 needs its level (红, 橙 or 黄).</source>
        <translation>An alert of %1 needs its level (红, 橙 or 黄).</translation>
    </message>
    <message>
        <source>Only the platforms&apos; alerts have a level; %1 has none. Leave the cell empty.</source>
        <translation>Only the platforms&apos; alerts have a level; %1 has none. Leave the cell empty.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid unified social credit code (its check character is wrong).</source>
        <translation>&quot;%1&quot; is not a valid unified social credit code (its check character is wrong).</translation>
    </message>
    <message>
        <source>The bureau is empty.</source>
        <translation>The bureau is empty.</translation>
    </message>
    <message>
        <source>Unknown bureau &quot;%1&quot;.</source>
        <translation>Unknown bureau &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The time of receipt is empty.</source>
        <translation>The time of receipt is empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or a date and time. Write 2025-07-03 or 2025-07-03 14:05.</source>
        <translation>&quot;%1&quot; is not a date or a date and time. Write 2025-07-03 or 2025-07-03 14:05.</translation>
    </message>
    <message>
        <source>%1 lies in the future.</source>
        <translation>%1 lies in the future.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write dates as 2025-03-31, 2025/3/31 or 2025年3月31日.</source>
        <translation>&quot;%1&quot; is not a date. Write dates as 2025-03-31, 2025/3/31 or 2025年3月31日.</translation>
    </message>
    <message>
        <source>The due date %1 lies before the case was received.</source>
        <translation>The due date %1 lies before the case was received.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds an invisible character (%2: a control, direction or zero-width mark) that would make it look like another code. Type it again.</source>
        <translation>&quot;%1&quot; holds an invisible character (%2: a control, direction or zero-width mark) that would make it look like another code. Type it again.</translation>
    </message>
</context>
<context>
    <name>suiji::CaseItem</name>
    <message>
        <source>pending dispatch</source>
        <translation>pending dispatch</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>dispatched</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>checked</translation>
    </message>
    <message>
        <source>handled</source>
        <translation>handled</translation>
    </message>
    <message>
        <source>fed back</source>
        <translation>fed back</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>suiji::CaseRepository</name>
    <message>
        <source>Cannot read the cases.</source>
        <translation>Cannot read the cases.</translation>
    </message>
    <message>
        <source>Cannot save case %1.</source>
        <translation>Cannot save case %1.</translation>
    </message>
    <message>
        <source>Case %1 is no longer in the file (another program may have changed it). Reload and try again.</source>
        <translation>Case %1 is no longer in the file (another program may have changed it). Reload and try again.</translation>
    </message>
    <message>
        <source>Cannot read the entity list.</source>
        <translation>Cannot read the entity list.</translation>
    </message>
    <message>
        <source>Cannot save the cases.</source>
        <translation>Cannot save the cases.</translation>
    </message>
    <message>
        <source>%1 already has a case numbered %2.</source>
        <translation>%1 already has a case numbered %2.</translation>
    </message>
    <message>
        <source>Cannot remove the case.</source>
        <translation>Cannot remove the case.</translation>
    </message>
</context>
<context>
    <name>suiji::CaseService</name>
    <message>
        <source>No case &quot;%1&quot;. Name it as source:number (e.g. 智慧环保平台:YJ2025-0001) or by its row number; suiji-cli case list shows them.</source>
        <translation>No case &quot;%1&quot;. Name it as source:number (e.g. 智慧环保平台:YJ2025-0001) or by its row number; suiji-cli case list shows them.</translation>
    </message>
    <message>
        <source>%1 has fewer than two inspectors taking part without a conflict with %2: add them to the roster first.</source>
        <translation>%1 has fewer than two inspectors taking part without a conflict with %2: add them to the roster first.</translation>
    </message>
    <message>
        <source>Case %1 is %2: a team can be changed only before the check.</source>
        <translation>Case %1 is %2: a team can be changed only before the check.</translation>
    </message>
    <message>
        <source>A case is checked by two inspectors or more; %1 given.</source>
        <translation>A case is checked by two inspectors or more; %1 given.</translation>
    </message>
    <message>
        <source>Inspector %1 is not on the roster of %2.</source>
        <translation>Inspector %1 is not on the roster of %2.</translation>
    </message>
    <message>
        <source>Inspector %1 (%2) has a conflict of interest (回避) with %3.</source>
        <translation>Inspector %1 (%2) has a conflict of interest (回避) with %3.</translation>
    </message>
    <message>
        <source>Nothing was recorded for case %1: %2</source>
        <translation>Nothing was recorded for case %1: %2</translation>
    </message>
    <message>
        <source>it has not been dispatched to a team yet.</source>
        <translation>it has not been dispatched to a team yet.</translation>
    </message>
    <message>
        <source>it was checked already (%1).</source>
        <translation>it was checked already (%1).</translation>
    </message>
    <message>
        <source>the check date %1 lies before the case was received or after today.</source>
        <translation>the check date %1 lies before the case was received or after today.</translation>
    </message>
    <message>
        <source>say how it was checked: --mode onsite or offsite.</source>
        <translation>say how it was checked: --mode onsite or offsite.</translation>
    </message>
    <message>
        <source>the finding is empty (--finding).</source>
        <translation>the finding is empty (--finding).</translation>
    </message>
    <message>
        <source>an outcome follows the check; the case is %1.</source>
        <translation>an outcome follows the check; the case is %1.</translation>
    </message>
    <message>
        <source>the outcome must be 无问题, 责令改正, 立案处罚 or 移送.</source>
        <translation>the outcome must be 无问题, 责令改正, 立案处罚 or 移送.</translation>
    </message>
    <message>
        <source>a penalty case (立案处罚) needs its case number (--case-number).</source>
        <translation>a penalty case (立案处罚) needs its case number (--case-number).</translation>
    </message>
    <message>
        <source>feedback to the source follows the finding and the outcome; the case is %1.</source>
        <translation>feedback to the source follows the finding and the outcome; the case is %1.</translation>
    </message>
    <message>
        <source>the feedback date %1 lies before the check or after today.</source>
        <translation>the feedback date %1 lies before the check or after today.</translation>
    </message>
    <message>
        <source>a case is closed after the feedback to its source; the case is %1.</source>
        <translation>a case is closed after the feedback to its source; the case is %1.</translation>
    </message>
    <message>
        <source>the closing date %1 lies before the feedback or after today.</source>
        <translation>the closing date %1 lies before the feedback or after today.</translation>
    </message>
    <message>
        <source>give a check (--checked, --mode, --finding), an outcome, a feedback date or a closing date.</source>
        <translation>give a check (--checked, --mode, --finding), an outcome, a feedback date or a closing date.</translation>
    </message>
    <message>
        <source>Case %1 was dispatched in %2 already: its bureau cannot change now.</source>
        <translation>Case %1 was dispatched in %2 already: its bureau cannot change now.</translation>
    </message>
    <message>
        <source>Case %1 was changed since (by a later step or another program): nothing was undone.</source>
        <translation>Case %1 was changed since (by a later step or another program): nothing was undone.</translation>
    </message>
    <message>
        <source>Case %1 was changed since (by a later step or another program): nothing was redone.</source>
        <translation>Case %1 was changed since (by a later step or another program): nothing was redone.</translation>
    </message>
    <message>
        <source>The entity %1 was changed since (an import or an edit): nothing was undone.</source>
        <translation>The entity %1 was changed since (an import or an edit): nothing was undone.</translation>
    </message>
    <message>
        <source>The entity %1 was changed since (an import or an edit): nothing was redone.</source>
        <translation>The entity %1 was changed since (an import or an edit): nothing was redone.</translation>
    </message>
    <message>
        <source>a violation clue is recorded on a monitoring agency of the entity list, and %1 is none.</source>
        <translation>a violation clue is recorded on a monitoring agency of the entity list, and %1 is none.</translation>
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
        <translation>closed %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>suiji::CaseTeamDialog</name>
    <message>
        <source>Team for case %1</source>
        <translation>Team for case %1</translation>
    </message>
    <message>
        <source>%1 (%2) — conflict of interest (回避)</source>
        <translation>%1 (%2) — conflict of interest (回避)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>Two inspectors or more, ticked; the suggestion has the fewest open cases and tasks this month.</source>
        <translation>Two inspectors or more, ticked; the suggestion has the fewest open cases and tasks this month.</translation>
    </message>
    <message>
        <source>Tick two inspectors or more.</source>
        <translation>Tick two inspectors or more.</translation>
    </message>
</context>
<context>
    <name>suiji::CasesPage</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Import list…</translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation>&amp;Dispatch</translation>
    </message>
    <message>
        <source>&amp;Record check…</source>
        <translation>&amp;Record check…</translation>
    </message>
    <message>
        <source>Feed back and c&amp;lose</source>
        <translation>Feed back and c&amp;lose</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Dispatch the selected waiting cases, each to two inspectors without a conflict and with the fewest open cases and tasks.</source>
        <translation>Dispatch the selected waiting cases, each to two inspectors without a conflict and with the fewest open cases and tasks.</translation>
    </message>
    <message>
        <source>Record the check and the outcome of the selected case (Ctrl+R).</source>
        <translation>Record the check and the outcome of the selected case (Ctrl+R).</translation>
    </message>
    <message>
        <source>Record the feedback to the source and the closure, today, for the selected handled cases.</source>
        <translation>Record the feedback to the source and the closure, today, for the selected handled cases.</translation>
    </message>
    <message>
        <source>Import a case list</source>
        <translation>Import a case list</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv *.tsv *.txt)</source>
        <translation>Lists (*.xlsx *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>%1 cases · closed %2 (%3%) · platforms&apos; alerts closed %4% of %5 (target 100%) · red alerts closed %6 of %7 · open %8 · overdue %9</source>
        <translation>%1 cases · closed %2 (%3%) · platforms&apos; alerts closed %4% of %5 (target 100%) · red alerts closed %6 of %7 · open %8 · overdue %9</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Recorded.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message numerus="yes">
        <source>Dispatching %n case(s)…</source>
        <translation>
            <numerusform>Dispatching %n case…</numerusform>
            <numerusform>Dispatching %n cases…</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Recording…</translation>
    </message>
    <message numerus="yes">
        <source>Closing %n case(s)…</source>
        <translation>
            <numerusform>Closing %n case…</numerusform>
            <numerusform>Closing %n cases…</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the check of %1</source>
        <translation>Record the check of %1</translation>
    </message>
    <message>
        <source>on-site</source>
        <translation>on-site</translation>
    </message>
    <message>
        <source>off-site</source>
        <translation>off-site</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>What the check found</translation>
    </message>
    <message>
        <source>Case number (立案处罚, 移送)</source>
        <translation>Case number (立案处罚, 移送)</translation>
    </message>
    <message>
        <source>&amp;Checked on:</source>
        <translation>&amp;Checked on:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>&amp;Finding:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>Case &amp;number:</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>Corr&amp;ect…</source>
        <translation>Corr&amp;ect…</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <source>Enter a case received outside the platforms&apos; lists: a call, a letter, a referral on paper (Ctrl+N).</source>
        <translation>Enter a case received outside the platforms&apos; lists: a call, a letter, a referral on paper (Ctrl+N).</translation>
    </message>
    <message>
        <source>Correct what the source said about the selected case (entity, level, time, content); its record stays.</source>
        <translation>Correct what the source said about the selected case (entity, level, time, content); its record stays.</translation>
    </message>
    <message>
        <source>Choose the team of the selected case yourself (before its check).</source>
        <translation>Choose the team of the selected case yourself (before its check).</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <source>Redone.</source>
        <translation>Redone.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Enter case</source>
        <translation>Enter case</translation>
    </message>
    <message>
        <source>Correct case %1</source>
        <translation>Correct case %1</translation>
    </message>
    <message numerus="yes">
        <source>Dispatch %n case(s)</source>
        <translation>
            <numerusform>Dispatch %n case</numerusform>
            <numerusform>Dispatch %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Team for %1</source>
        <translation>Team for %1</translation>
    </message>
    <message numerus="yes">
        <source>Close %n case(s)</source>
        <translation>
            <numerusform>Close %n case</numerusform>
            <numerusform>Close %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>A violation clue (违法线索) at this monitoring agency</source>
        <translation>A violation clue (违法线索) at this monitoring agency</translation>
    </message>
    <message>
        <source>The agency becomes a must-check in the next quarter drawn; it arrives on the check date.</source>
        <translation>The agency becomes a must-check in the next quarter drawn; it arrives on the check date.</translation>
    </message>
    <message>
        <source>Case %1 is no longer in the file.</source>
        <translation>Case %1 is no longer in the file.</translation>
    </message>
</context>
<context>
    <name>suiji::ChainRepository</name>
    <message>
        <source>Cannot read the record chain.</source>
        <translation>Cannot read the record chain.</translation>
    </message>
    <message>
        <source>Cannot write the %1 record to the chain of %2.</source>
        <translation>Cannot write the %1 record to the chain of %2.</translation>
    </message>
    <message>
        <source>Cannot write the frozen lists.</source>
        <translation>Cannot write the frozen lists.</translation>
    </message>
    <message>
        <source>Cannot read the frozen lists.</source>
        <translation>Cannot read the frozen lists.</translation>
    </message>
    <message>
        <source>The frozen lists of freeze record %1 are missing from the database.</source>
        <translation>The frozen lists of freeze record %1 are missing from the database.</translation>
    </message>
</context>
<context>
    <name>suiji::Classifier</name>
    <message>
        <source>general</source>
        <translation>general</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>special</source>
        <translation>special</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluded</translation>
    </message>
    <message>
        <source>off-site</source>
        <translation>off-site</translation>
    </message>
    <message>
        <source>has a violation clue: must be checked</source>
        <translation>has a violation clue: must be checked</translation>
    </message>
    <message>
        <source>%1 removed from the key list: must be checked once by %2</source>
        <translation>%1 removed from the key list: must be checked once by %2</translation>
    </message>
    <message>
        <source>%1 removed from the key list; not a must-check in %2</source>
        <translation>%1 removed from the key list; not a must-check in %2</translation>
    </message>
    <message>
        <source>%1 administrative penalty, within %2 months before %3</source>
        <translation>%1 administrative penalty, within %2 months before %3</translation>
    </message>
    <message>
        <source>%1 包容审慎免罚, within %2 months before %3</source>
        <translation>%1 包容审慎免罚, within %2 months before %3</translation>
    </message>
    <message>
        <source>credit grade %1</source>
        <translation>credit grade %1</translation>
    </message>
    <message>
        <source>VOCs grade %1</source>
        <translation>VOCs grade %1</translation>
    </message>
    <message>
        <source>%1 complaints last quarter (%2 or more)</source>
        <translation>%1 complaints last quarter (%2 or more)</translation>
    </message>
    <message>
        <source>credit grade %1 and not a key unit: not in daily draws</source>
        <translation>credit grade %1 and not a key unit: not in daily draws</translation>
    </message>
    <message>
        <source>VOCs grade %1 and not a key unit: not in daily draws</source>
        <translation>VOCs grade %1 and not a key unit: not in daily draws</translation>
    </message>
    <message>
        <source>on the positive list and not a key unit: not drawn</source>
        <translation>on the positive list and not a key unit: not drawn</translation>
    </message>
    <message>
        <source>on the key-unit list</source>
        <translation>on the key-unit list</translation>
    </message>
    <message>
        <source>on the positive list: checked off-site</source>
        <translation>on the positive list: checked off-site</translation>
    </message>
</context>
<context>
    <name>suiji::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is saved as UTF-16. Save it again as &quot;CSV UTF-8&quot; or as an Excel workbook.</source>
        <translation>%1 is saved as UTF-16. Save it again as &quot;CSV UTF-8&quot; or as an Excel workbook.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Use UTF-8, GB18030 or GBK.</source>
        <translation>Unknown encoding &quot;%1&quot;. Use UTF-8, GB18030 or GBK.</translation>
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
        <source>Row %1: a quoted field is never closed (a &quot; is missing). Check the quotes in that row.</source>
        <translation>Row %1: a quoted field is never closed (a &quot; is missing). Check the quotes in that row.</translation>
    </message>
    <message>
        <source>Row %1, column %2: a cell holds more than %3 characters, more than Excel allows. The file is probably damaged.</source>
        <translation>Row %1, column %2: a cell holds more than %3 characters, more than Excel allows. The file is probably damaged.</translation>
    </message>
    <message>
        <source>%1 contains a NUL byte (line %2, character %3): it is not a text list, or it is damaged. Save the list again from Excel or WPS as &quot;CSV UTF-8&quot;, or import the .xlsx.</source>
        <translation>%1 contains a NUL byte (line %2, character %3): it is not a text list, or it is damaged. Save the list again from Excel or WPS as &quot;CSV UTF-8&quot;, or import the .xlsx.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8: line %2, character %3 has a byte (0x%4) that UTF-8 does not allow%5. Save the list again as &quot;CSV UTF-8&quot;, or name its encoding (GB18030, GBK).</source>
        <translation>%1 is not valid UTF-8: line %2, character %3 has a byte (0x%4) that UTF-8 does not allow%5. Save the list again as &quot;CSV UTF-8&quot;, or name its encoding (GB18030, GBK).</translation>
    </message>
    <message>
        <source>, and the file is not GB18030 either</source>
        <translation>, and the file is not GB18030 either</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns, more than Excel allows. The file is damaged or not a list.</source>
        <translation>Row %1 has more than %2 columns, more than Excel allows. The file is damaged or not a list.</translation>
    </message>
</context>
<context>
    <name>suiji::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Right-click to save the chart as PNG or SVG.</source>
        <translation>Right-click to save the chart as PNG or SVG.</translation>
    </message>
    <message>
        <source>Due and overdue</source>
        <translation>Due and overdue</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>%1 · %2: no draws committed yet</source>
        <translation>%1 · %2: no draws committed yet</translation>
    </message>
    <message>
        <source>%1 · %2: %3 of %4 tasks done (%5%)</source>
        <translation>%1 · %2: %3 of %4 tasks done (%5%)</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Today %1</translation>
    </message>
    <message>
        <source>target at the last month end %1%, reached %2%</source>
        <translation>target at the last month end %1%, reached %2%</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>published %1</translation>
    </message>
    <message>
        <source>quarter summary due %1</source>
        <translation>quarter summary due %1</translation>
    </message>
    <message>
        <source>%1: %2 results overdue for publication (the earliest was due %3)</source>
        <translation>%1: %2 results overdue for publication (the earliest was due %3)</translation>
    </message>
    <message>
        <source>%1: %2 results to publish within three working days (the first by %3)</source>
        <translation>%1: %2 results to publish within three working days (the first by %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n more result(s) due for publication within ten working days.</source>
        <translation>
            <numerusform>%n more result(s) due for publication within ten working days.</numerusform>
            <numerusform>%n more result(s) due for publication within ten working days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due in the next ten working days.</source>
        <translation>Nothing is due in the next ten working days.</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Save chart as PNG…</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>Save chart as SVG…</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>← →  quarter   ·   ↑ ↓  bureau   ·   Esc  leave projector mode</source>
        <translation>← →  quarter   ·   ↑ ↓  bureau   ·   Esc  leave projector mode</translation>
    </message>
    <message>
        <source>Double-click or Enter: open the page to act on it.</source>
        <translation>Double-click or Enter: open the page to act on it.</translation>
    </message>
    <message>
        <source>Go to the draw page to lock the lists and draw %1 →</source>
        <translation>Go to the draw page to lock the lists and draw %1 →</translation>
    </message>
    <message>
        <source>Go to the draw page: each bureau locks its lists and draws %1 →</source>
        <translation>Go to the draw page: each bureau locks its lists and draws %1 →</translation>
    </message>
    <message>
        <source>joint %1 / %2 (%3%)</source>
        <translation>joint %1 / %2 (%3%)</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 of %3</translation>
    </message>
    <message>
        <source>Double-click or Enter: record the day it was submitted.</source>
        <translation>Double-click or Enter: record the day it was submitted.</translation>
    </message>
    <message>
        <source>Report submitted</source>
        <translation>Report submitted</translation>
    </message>
    <message>
        <source>&amp;Submitted on:</source>
        <translation>&amp;Submitted on:</translation>
    </message>
    <message>
        <source>%1 lies in the future: record a report once it is submitted.</source>
        <translation>%1 lies in the future: record a report once it is submitted.</translation>
    </message>
    <message>
        <source>&amp;Assigned targets…</source>
        <translation>&amp;Assigned targets…</translation>
    </message>
    <message>
        <source>Hand down the year&apos;s assigned targets (下达任务) and record inspections against them</source>
        <translation>Hand down the year&apos;s assigned targets (下达任务) and record inspections against them</translation>
    </message>
    <message>
        <source>Cases: %1 of %2 closed · platforms&apos; alerts %3% closed (target 100%) · red alerts open %4 · overdue %5 →</source>
        <translation>Cases: %1 of %2 closed · platforms&apos; alerts %3% closed (target 100%) · red alerts open %4 · overdue %5 →</translation>
    </message>
    <message>
        <source>%1 %2 of %3 done</source>
        <translation>%1 %2 of %3 done</translation>
    </message>
    <message>
        <source>Campaigns: </source>
        <translation>Campaigns: </translation>
    </message>
</context>
<context>
    <name>suiji::Database</name>
    <message>
        <source>Cannot create the folder for %1. Check the path and your permissions.</source>
        <translation>Cannot create the folder for %1. Check the path and your permissions.</translation>
    </message>
    <message>
        <source>%1 is not a Suiji database (not an SQLite file). It was left untouched; choose another file or create a new database.</source>
        <translation>%1 is not a Suiji database (not an SQLite file). It was left untouched; choose another file or create a new database.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Cannot open %1.</translation>
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
        <source>No transaction is open.</source>
        <translation>No transaction is open.</translation>
    </message>
    <message>
        <source>Saving failed; nothing was written.</source>
        <translation>Saving failed; nothing was written.</translation>
    </message>
    <message>
        <source>%1 is locked by another program that is writing to it. Wait for it to finish (or close the other Suiji window or program) and try again.</source>
        <translation>%1 is locked by another program that is writing to it. Wait for it to finish (or close the other Suiji window or program) and try again.</translation>
    </message>
    <message>
        <source>The database file %1 has been moved or deleted since it was opened. Nothing was written. Open the file where it is now (File › Open database).</source>
        <translation>The database file %1 has been moved or deleted since it was opened. Nothing was written. Open the file where it is now (File › Open database).</translation>
    </message>
    <message>
        <source>The database file %1 has been replaced by another file since it was opened. Nothing was written. Open it again (File › Open database) to work on the new file.</source>
        <translation>The database file %1 has been replaced by another file since it was opened. Nothing was written. Open it again (File › Open database) to work on the new file.</translation>
    </message>
    <message>
        <source>The database file %1 changed while it was being opened. Nothing was written; try again.</source>
        <translation>The database file %1 changed while it was being opened. Nothing was written; try again.</translation>
    </message>
    <message>
        <source>Database file %1 does not exist. Check the path, or create a new database (File › New database, or suiji-cli init).</source>
        <translation>Database file %1 does not exist. Check the path, or create a new database (File › New database, or suiji-cli init).</translation>
    </message>
    <message>
        <source>%1 is not a database file (it is a folder, pipe or device). It was left untouched; choose a database file.</source>
        <translation>%1 is not a database file (it is a folder, pipe or device). It was left untouched; choose a database file.</translation>
    </message>
    <message>
        <source>%1 is read-only. Suiji can show and verify it, but needs to write to its database: copy it somewhere writable or change its permissions.</source>
        <translation>%1 is read-only. Suiji can show and verify it, but needs to write to its database: copy it somewhere writable or change its permissions.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Suiji database. Create a database with File › New database or suiji-cli init.</source>
        <translation>%1 is an empty file, not a Suiji database. Create a database with File › New database or suiji-cli init.</translation>
    </message>
    <message>
        <source>%1 has schema %2, older than this version of Suiji (%3). Open it once to upgrade it (a copy of the old file is kept), or run suiji-cli --db FILE init; then try again.</source>
        <translation>%1 has schema %2, older than this version of Suiji (%3). Open it once to upgrade it (a copy of the old file is kept), or run suiji-cli --db FILE init; then try again.</translation>
    </message>
    <message>
        <source>%1 is open for reading only; nothing can be written.</source>
        <translation>%1 is open for reading only; nothing can be written.</translation>
    </message>
    <message>
        <source>Cannot start writing to %1.</source>
        <translation>Cannot start writing to %1.</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging here (the journal mode is &quot;%2&quot;), which Suiji needs so that several windows and programs can share the file safely. Copy it to a local disk, or open it read-only.</source>
        <translation>%1 cannot use write-ahead logging here (the journal mode is &quot;%2&quot;), which Suiji needs so that several windows and programs can share the file safely. Copy it to a local disk, or open it read-only.</translation>
    </message>
    <message>
        <source>The file %1 cannot be checked.</source>
        <translation>The file %1 cannot be checked.</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>%1 free of %2</translation>
    </message>
    <message>
        <source>The disk is full: %1 cannot grow (the disk of %2 has %3). Free some space or move the file, then try again.</source>
        <translation>The disk is full: %1 cannot grow (the disk of %2 has %3). Free some space or move the file, then try again.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder %2 is read-only for you. Check the permissions, or copy the file somewhere writable.</source>
        <translation>%1 cannot be written: the file or its folder %2 is read-only for you. Check the permissions, or copy the file somewhere writable.</translation>
    </message>
    <message>
        <source>The disk of %1 reported an input/output error (%2). The disk or network share may be failing; copy your work elsewhere.</source>
        <translation>The disk of %1 reported an input/output error (%2). The disk or network share may be failing; copy your work elsewhere.</translation>
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation>Backup to %1 failed: %2</translation>
    </message>
    <message>
        <source>the copy fails SQLite&apos;s integrity check (%1)</source>
        <translation>the copy fails SQLite&apos;s integrity check (%1)</translation>
    </message>
    <message>
        <source>the finished copy could not be renamed</source>
        <translation>the finished copy could not be renamed</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (SQLite: %2).</source>
        <translation>%1 cannot be read as a database (SQLite: %2).</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 is not an SQLite database.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check: %2); it was not restored.</source>
        <translation>%1 is damaged (SQLite&apos;s integrity check: %2); it was not restored.</translation>
    </message>
    <message>
        <source>%1 is not a Suiji database; it was not restored.</source>
        <translation>%1 is not a Suiji database; it was not restored.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Suiji (schema %2); it was not restored.</source>
        <translation>%1 was written by a newer version of Suiji (schema %2); it was not restored.</translation>
    </message>
    <message>
        <source>%1 has another page size than %2, so it cannot be restored into the open file. Restore it as a new file (suiji-cli --db NEW.db restore %1) and open that.</source>
        <translation>%1 has another page size than %2, so it cannot be restored into the open file. Restore it as a new file (suiji-cli --db NEW.db restore %1) and open that.</translation>
    </message>
    <message>
        <source>Restoring %1 failed; %2 was left as it was. %3</source>
        <translation>Restoring %1 failed; %2 was left as it was. %3</translation>
    </message>
    <message>
        <source>%1 cannot be created or opened for writing: the folder %2 does not exist or is read-only for you.</source>
        <translation>%1 cannot be created or opened for writing: the folder %2 does not exist or is read-only for you.</translation>
    </message>
</context>
<context>
    <name>suiji::DeadlineRepository</name>
    <message>
        <source>Cannot read the submitted reports.</source>
        <translation>Cannot read the submitted reports.</translation>
    </message>
    <message>
        <source>Cannot record the submitted report.</source>
        <translation>Cannot record the submitted report.</translation>
    </message>
</context>
<context>
    <name>suiji::Deadlines</name>
    <message>
        <source>%1 summary and publication</source>
        <translation>%1 summary and publication</translation>
    </message>
    <message>
        <source>Joint-inspection summary of %1</source>
        <translation>Joint-inspection summary of %1</translation>
    </message>
    <message>
        <source>Year summary of %1</source>
        <translation>Year summary of %1</translation>
    </message>
    <message>
        <source>Annual work summary of %1 with typical cases</source>
        <translation>Annual work summary of %1 with typical cases</translation>
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
    <name>suiji::DrawHistoryTableModel</name>
    <message>
        <source>%1 (drawn by %2)</source>
        <translation>%1 (drawn by %2)</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Result fingerprint</source>
        <translation>Result fingerprint</translation>
    </message>
    <message>
        <source>Record hash</source>
        <translation>Record hash</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Committed at</source>
        <translation>Committed at</translation>
    </message>
</context>
<context>
    <name>suiji::DrawPage</name>
    <message>
        <source>Save for this quarter</source>
        <translation>Save for this quarter</translation>
    </message>
    <message>
        <source>Propose digits</source>
        <translation>Propose digits</translation>
    </message>
    <message>
        <source>&amp;Preview (F5)</source>
        <translation>&amp;Preview (F5)</translation>
    </message>
    <message>
        <source>&amp;Commit…</source>
        <translation>&amp;Commit…</translation>
    </message>
    <message>
        <source>&amp;Verify all draws</source>
        <translation>&amp;Verify all draws</translation>
    </message>
    <message>
        <source>&amp;Inspectors taking part:</source>
        <translation>&amp;Inspectors taking part:</translation>
    </message>
    <message>
        <source>Store this number as the bureau&apos;s inspector count for the quarter. Without a stored number, the count of inspectors marked as taking part is used.</source>
        <translation>Store this number as the bureau&apos;s inspector count for the quarter. Without a stored number, the count of inspectors marked as taking part is used.</translation>
    </message>
    <message>
        <source>e.g. 58203174960318427705</source>
        <translation>e.g. 58203174960318427705</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>20 digits from the computer&apos;s secure random source, for when no dice are at hand.</source>
        <translation>20 digits from the computer&apos;s secure random source, for when no dice are at hand.</translation>
    </message>
    <message>
        <source>Write the previewed draws and tasks (Ctrl+Enter). Committed draws cannot be changed or drawn again.</source>
        <translation>Write the previewed draws and tasks (Ctrl+Enter). Committed draws cannot be changed or drawn again.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Record hash</source>
        <translation>Record hash</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Committed draws</source>
        <translation>Committed draws</translation>
    </message>
    <message>
        <source>%1 · %2 draws</source>
        <translation>%1 · %2 draws</translation>
    </message>
    <message>
        <source>Choose a bureau and a quarter above.</source>
        <translation>Choose a bureau and a quarter above.</translation>
    </message>
    <message>
        <source>Rule profile %1 · %2…</source>
        <translation>Rule profile %1 · %2…</translation>
    </message>
    <message>
        <source>Saved: %1 inspectors for %2.</source>
        <translation>Saved: %1 inspectors for %2.</translation>
    </message>
    <message>
        <source>Computing the draws…</source>
        <translation>Computing the draws…</translation>
    </message>
    <message>
        <source>Commit the draws</source>
        <translation>Commit the draws</translation>
    </message>
    <message>
        <source>Commit %1 draws of %2 for %3 with seed %4? %5 tasks will be written to the ledger. A committed draw cannot be changed or drawn again. Read the fingerprints out for the minutes:</source>
        <translation>Commit %1 draws of %2 for %3 with seed %4? %5 tasks will be written to the ledger. A committed draw cannot be changed or drawn again. Read the fingerprints out for the minutes:</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>Committing…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>✗ Record %1 (%2 %3 %4) does not match: %5</source>
        <translation>✗ Record %1 (%2 %3 %4) does not match: %5</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Draw</translation>
    </message>
    <message>
        <source>Void the lock…</source>
        <translation>Void the lock…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>How the seed will be made, recorded in the lock before anyone knows it (dice at the meeting, a named future public number, …).</source>
        <translation>How the seed will be made, recorded in the lock before anyone knows it (dice at the meeting, a named future public number, …).</translation>
    </message>
    <message>
        <source>Seed &amp;source:</source>
        <translation>Seed &amp;source:</translation>
    </message>
    <message>
        <source>Fix the quarter&apos;s pools and roster before any seed exists. The lock&apos;s hash is printed for the meeting; from then on imports and roster edits do not change this quarter&apos;s draw.</source>
        <translation>Fix the quarter&apos;s pools and roster before any seed exists. The lock&apos;s hash is printed for the meeting; from then on imports and roster edits do not change this quarter&apos;s draw.</translation>
    </message>
    <message>
        <source>Withdraw the lock (only before a commit), with a reason that is recorded and printed on the quarter&apos;s reports.</source>
        <translation>Withdraw the lock (only before a commit), with a reason that is recorded and printed on the quarter&apos;s reports.</translation>
    </message>
    <message>
        <source>Required: why this seed and not the first one tried</source>
        <translation>Required: why this seed and not the first one tried</translation>
    </message>
    <message>
        <source>Tried at</source>
        <translation>Tried at</translation>
    </message>
    <message>
        <source>All staffed</source>
        <translation>All staffed</translation>
    </message>
    <message>
        <source>Seeds tried</source>
        <translation>Seeds tried</translation>
    </message>
    <message>
        <source>Void the lock</source>
        <translation>Void the lock</translation>
    </message>
    <message>
        <source>Why is the lock withdrawn? The reason is recorded and printed on every report of the quarter.</source>
        <translation>Why is the lock withdrawn? The reason is recorded and printed on every report of the quarter.</translation>
    </message>
    <message>
        <source>Committed: %1 pools, %2 tasks. Keep the commit record&apos;s hash: verify with it (suiji-cli verify --anchor).</source>
        <translation>Committed: %1 pools, %2 tasks. Keep the commit record&apos;s hash: verify with it (suiji-cli verify --anchor).</translation>
    </message>
    <message>
        <source>Attempt %1 (logged): %2 tasks, team cap %3 per inspector, %4 inspectors taking part. Nothing is committed until you commit.</source>
        <translation>Attempt %1 (logged): %2 tasks, team cap %3 per inspector, %4 inspectors taking part. Nothing is committed until you commit.</translation>
    </message>
    <message>
        <source>Locking the lists…</source>
        <translation>Locking the lists…</translation>
    </message>
    <message>
        <source>The lists are locked. Publish the lock&apos;s hash before the seed is made; the quarter now draws from these lists only.</source>
        <translation>The lists are locked. Publish the lock&apos;s hash before the seed is made; the quarter now draws from these lists only.</translation>
    </message>
    <message>
        <source>The lock was voided (recorded with its reason). Lock the lists again before drawing.</source>
        <translation>The lock was voided (recorded with its reason). Lock the lists again before drawing.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Not the first seed tried (%1); reason on record: %2</source>
        <translation>Not the first seed tried (%1); reason on record: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier lock(s) voided (on record).</source>
        <translation>
            <numerusform>%n earlier lock voided (on record).</numerusform>
            <numerusform>%n earlier locks voided (on record).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Lock the lists</source>
        <translation>&amp;Lock the lists</translation>
    </message>
    <message>
        <source>Ten-sided die rolled 20 times at the meeting</source>
        <translation>Ten-sided die rolled 20 times at the meeting</translation>
    </message>
    <message>
        <source>Committed · final — seed %1
lock %2
commit record %3</source>
        <translation>Committed · final — seed %1
lock %2
commit record %3</translation>
    </message>
    <message>
        <source>Committed · final — under draw-spec v1 (pools: %1); see the history.</source>
        <translation>Committed · final — under draw-spec v1 (pools: %1); see the history.</translation>
    </message>
    <message>
        <source>Lists locked — lock %1
Seed source: %2. Previews log each seed tried; the first one is committed unless a reason is given.</source>
        <translation>Lists locked — lock %1
Seed source: %2. Previews log each seed tried; the first one is committed unless a reason is given.</translation>
    </message>
    <message>
        <source>Lists not locked — lock them first: no seed may be tried before the pools and the roster are fixed.</source>
        <translation>Lists not locked — lock them first: no seed may be tried before the pools and the roster are fixed.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The public draw, in three steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Lock the lists&lt;/b&gt; before any seed exists: the pools, quotas and roster are fixed, and the lock&apos;s hash is read out and published.&lt;/li&gt;&lt;li&gt;At the planning meeting, in front of witnesses, roll a ten-sided die 20 times and type the digits as the seed. Each preview is on the record as an attempt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Commit&lt;/b&gt; the first seed tried; another seed needs a reason, which is printed on the plan.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Anyone holding the published seed and the pool fingerprints can recompute every selection with &lt;code&gt;sha256sum&lt;/code&gt;, and the whole quarter with the public bundle.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;The public draw, in three steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Lock the lists&lt;/b&gt; before any seed exists: the pools, quotas and roster are fixed, and the lock&apos;s hash is read out and published.&lt;/li&gt;&lt;li&gt;At the planning meeting, in front of witnesses, roll a ten-sided die 20 times and type the digits as the seed. Each preview is on the record as an attempt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Commit&lt;/b&gt; the first seed tried; another seed needs a reason, which is printed on the plan.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Anyone holding the published seed and the pool fingerprints can recompute every selection with &lt;code&gt;sha256sum&lt;/code&gt;, and the whole quarter with the public bundle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Draw &amp;notice (PDF)…</source>
        <translation>Draw &amp;notice (PDF)…</translation>
    </message>
    <message>
        <source>Public &amp;bundle…</source>
        <translation>Public &amp;bundle…</translation>
    </message>
    <message>
        <source>The one-page 抽取公告 of the lock for the meeting: its hash, the pools with k and pool_fp, the seed source, a QR code.</source>
        <translation>The one-page 抽取公告 of the lock for the meeting: its hash, the pools with k and pool_fp, the seed source, a QR code.</translation>
    </message>
    <message>
        <source>A folder anyone can use to check the committed draw offline: draw.json, verify.py, verify.html, README.txt.</source>
        <translation>A folder anyone can use to check the committed draw offline: draw.json, verify.py, verify.html, README.txt.</translation>
    </message>
    <message>
        <source>Hash printed on the plan or the notice (optional)</source>
        <translation>Hash printed on the plan or the notice (optional)</translation>
    </message>
    <message>
        <source>A record hash kept outside this file — typed from the plan, the 抽取公告 or read from its QR code. Verify then also checks that the file still holds that record unchanged, with everything before it.</source>
        <translation>A record hash kept outside this file — typed from the plan, the 抽取公告 or read from its QR code. Verify then also checks that the file still holds that record unchanged, with everything before it.</translation>
    </message>
    <message>
        <source>&amp;Anchor:</source>
        <translation>&amp;Anchor:</translation>
    </message>
    <message>
        <source>Save the draw notice</source>
        <translation>Save the draw notice</translation>
    </message>
    <message>
        <source>抽取公告-%1-%2.pdf</source>
        <translation>draw-notice-%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the public bundle</source>
        <translation>Folder for the public bundle</translation>
    </message>
    <message>
        <source>Writing the draw notice…</source>
        <translation>Writing the draw notice…</translation>
    </message>
    <message>
        <source>Draw notice written to %1.</source>
        <translation>Draw notice written to %1.</translation>
    </message>
    <message>
        <source>Writing the public bundle…</source>
        <translation>Writing the public bundle…</translation>
    </message>
    <message>
        <source>Public bundle written to %1 (commit %2): anyone can check it with python3 verify.py or by opening verify.html.</source>
        <translation>Public bundle written to %1 (commit %2): anyone can check it with python3 verify.py or by opening verify.html.</translation>
    </message>
    <message>
        <source>✓ All %1 v1 draws and %2 records in %3 bureau chains check out.</source>
        <translation>✓ All %1 v1 draws and %2 records in %3 bureau chains check out.</translation>
    </message>
    <message>
        <source>The anchored record is in the chain, unchanged.</source>
        <translation>The anchored record is in the chain, unchanged.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✗ The chain of %1, record %2 (%3, %4) does not match: %5</source>
        <translation>✗ The chain of %1, record %2 (%3, %4) does not match: %5</translation>
    </message>
    <message>
        <source>Rule profile %1 made from %2 and now in force. Check its rules against this year&apos;s plan in Settings.</source>
        <translation>Rule profile %1 made from %2 and now in force. Check its rules against this year&apos;s plan in Settings.</translation>
    </message>
    <message>
        <source>the count saved for %1</source>
        <translation>the count saved for %1</translation>
    </message>
    <message>
        <source>the roster&apos;s members taking part</source>
        <translation>the roster&apos;s members taking part</translation>
    </message>
    <message>
        <source>the count locked with the lists</source>
        <translation>the count locked with the lists</translation>
    </message>
    <message>
        <source>Quotas use %1 inspectors: %2 (the roster has %3 taking part).</source>
        <translation>Quotas use %1 inspectors: %2 (the roster has %3 taking part).</translation>
    </message>
    <message>
        <source>Quotas use %1 inspectors: %2.</source>
        <translation>Quotas use %1 inspectors: %2.</translation>
    </message>
    <message>
        <source>Make the %1 profile</source>
        <translation>Make the %1 profile</translation>
    </message>
    <message>
        <source>More inspectors than the roster</source>
        <translation>More inspectors than the roster</translation>
    </message>
    <message>
        <source>%1 inspectors is more than the %2 of the roster taking part in %3. Every per-inspector quota grows with it. Save %1 anyway?</source>
        <translation>%1 inspectors is more than the %2 of the roster taking part in %3. Every per-inspector quota grows with it. Save %1 anyway?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (applied)</source>
        <translation> (applied)</translation>
    </message>
    <message>
        <source> (tick its quota to apply)</source>
        <translation> (tick its quota to apply)</translation>
    </message>
</context>
<context>
    <name>suiji::DrawRepository</name>
    <message>
        <source>Cannot read the committed draws.</source>
        <translation>Cannot read the committed draws.</translation>
    </message>
    <message>
        <source>The pool %1 of %2 for %3 is already committed; a committed draw cannot be drawn again.</source>
        <translation>The pool %1 of %2 for %3 is already committed; a committed draw cannot be drawn again.</translation>
    </message>
    <message>
        <source>Cannot save the draw of pool %1.</source>
        <translation>Cannot save the draw of pool %1.</translation>
    </message>
    <message>
        <source>Cannot read the draws entered as made elsewhere.</source>
        <translation>Cannot read the draws entered as made elsewhere.</translation>
    </message>
    <message>
        <source>Cannot save the draws made elsewhere.</source>
        <translation>Cannot save the draws made elsewhere.</translation>
    </message>
    <message>
        <source>Cannot read the committed draws&apos; pools.</source>
        <translation>Cannot read the committed draws&apos; pools.</translation>
    </message>
    <message>
        <source>Cannot read the committed draws&apos; selections.</source>
        <translation>Cannot read the committed draws&apos; selections.</translation>
    </message>
</context>
<context>
    <name>suiji::DrawService</name>
    <message>
        <source>The quotas use %1 inspectors, but %2 of the bureau&apos;s roster take part this quarter; teams are drawn from those %2.</source>
        <translation>The quotas use %1 inspectors, but %2 of the bureau&apos;s roster take part this quarter; teams are drawn from those %2.</translation>
    </message>
    <message>
        <source>Nothing was committed:</source>
        <translation>Nothing was committed:</translation>
    </message>
    <message>
        <source>its context &quot;%1&quot; does not match its quarter, bureau and pool (&quot;%2&quot;).</source>
        <translation>its context &quot;%1&quot; does not match its quarter, bureau and pool (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>it lists %1 selected keys, but k is %2.</source>
        <translation>it lists %1 selected keys, but k is %2.</translation>
    </message>
    <message>
        <source>the stored pool does not give the stored pool fingerprint (%1 ≠ %2).</source>
        <translation>the stored pool does not give the stored pool fingerprint (%1 ≠ %2).</translation>
    </message>
    <message>
        <source>recomputing the selection from the seed and the pool gives other keys than the stored ones.</source>
        <translation>recomputing the selection from the seed and the pool gives other keys than the stored ones.</translation>
    </message>
    <message>
        <source>the selected keys do not give the stored result fingerprint.</source>
        <translation>the selected keys do not give the stored result fingerprint.</translation>
    </message>
    <message>
        <source>its must-check list is out of order.</source>
        <translation>its must-check list is out of order.</translation>
    </message>
    <message>
        <source>its stored fields differ from its recorded JSON.</source>
        <translation>its stored fields differ from its recorded JSON.</translation>
    </message>
    <message>
        <source>it does not link to the record before it (the chain is broken).</source>
        <translation>it does not link to the record before it (the chain is broken).</translation>
    </message>
    <message>
        <source>its record hash does not match its contents.</source>
        <translation>its record hash does not match its contents.</translation>
    </message>
    <message>
        <source>the chain of %1 jumps from record %2 to %3: records are missing.</source>
        <translation>the chain of %1 jumps from record %2 to %3: records are missing.</translation>
    </message>
    <message>
        <source>its stored kind or fields differ from its recorded JSON.</source>
        <translation>its stored kind or fields differ from its recorded JSON.</translation>
    </message>
    <message>
        <source>the freeze it names differs from the one it is filed under.</source>
        <translation>the freeze it names differs from the one it is filed under.</translation>
    </message>
    <message>
        <source>its quarter or bureau differs from the chain it is in.</source>
        <translation>its quarter or bureau differs from the chain it is in.</translation>
    </message>
    <message>
        <source>the frozen lists stored with it do not give its %1.</source>
        <translation>the frozen lists stored with it do not give its %1.</translation>
    </message>
    <message>
        <source>it names a freeze that is not earlier in the chain of this bureau and quarter.</source>
        <translation>it names a freeze that is not earlier in the chain of this bureau and quarter.</translation>
    </message>
    <message>
        <source>its freeze was voided before it.</source>
        <translation>its freeze was voided before it.</translation>
    </message>
    <message>
        <source>the quarter %1 is already committed before it.</source>
        <translation>the quarter %1 is already committed before it.</translation>
    </message>
    <message>
        <source>it gives no reason.</source>
        <translation>it gives no reason.</translation>
    </message>
    <message>
        <source>it names no earlier attempt of its freeze with its seed.</source>
        <translation>it names no earlier attempt of its freeze with its seed.</translation>
    </message>
    <message>
        <source>its seed %1 is not the first one tried (%2) and it gives no reason.</source>
        <translation>its seed %1 is not the first one tried (%2) and it gives no reason.</translation>
    </message>
    <message>
        <source>recomputing the selections from the frozen pools and the seed gives other results than the recorded ones.</source>
        <translation>recomputing the selections from the frozen pools and the seed gives other results than the recorded ones.</translation>
    </message>
    <message>
        <source>recomputing months, joint marking and teams from the frozen lists and the seed gives other tasks than the recorded ones.</source>
        <translation>recomputing months, joint marking and teams from the frozen lists and the seed gives other tasks than the recorded ones.</translation>
    </message>
    <message>
        <source>the ledger holds %1 tasks for %2 %3, the draw gave %4.</source>
        <translation>the ledger holds %1 tasks for %2 %3, the draw gave %4.</translation>
    </message>
    <message>
        <source>entity %1 (pool %2) where the draw gave %3 (pool %4)</source>
        <translation>entity %1 (pool %2) where the draw gave %3 (pool %4)</translation>
    </message>
    <message>
        <source>month %1 where the draw gave %2</source>
        <translation>month %1 where the draw gave %2</translation>
    </message>
    <message>
        <source>mode %1 where the draw gave %2</source>
        <translation>mode %1 where the draw gave %2</translation>
    </message>
    <message>
        <source>joint %1 (%2) where the draw gave %3 (%4)</source>
        <translation>joint %1 (%2) where the draw gave %3 (%4)</translation>
    </message>
    <message>
        <source>team %1 where the draw gave %2</source>
        <translation>team %1 where the draw gave %2</translation>
    </message>
    <message>
        <source>task %1 (%2) in the ledger has %3.</source>
        <translation>task %1 (%2) in the ledger has %3.</translation>
    </message>
    <message>
        <source>the stored draw of pool %1 differs from the commit.</source>
        <translation>the stored draw of pool %1 differs from the commit.</translation>
    </message>
    <message>
        <source>it is dated %1, before the earlier event of the same task (%2).</source>
        <translation>it is dated %1, before the earlier event of the same task (%2).</translation>
    </message>
    <message>
        <source>task %1 (%2) stands in the ledger as &quot;%3&quot;, but its last recorded event says &quot;%4&quot;: the ledger was edited outside Suiji or an event was removed.</source>
        <translation>task %1 (%2) stands in the ledger as &quot;%3&quot;, but its last recorded event says &quot;%4&quot;: the ledger was edited outside Suiji or an event was removed.</translation>
    </message>
    <message>
        <source>task %1 (%2) stands in the ledger as &quot;%3&quot;, but no event records that change.</source>
        <translation>task %1 (%2) stands in the ledger as &quot;%3&quot;, but no event records that change.</translation>
    </message>
    <message>
        <source>the anchored record %1 is not in any chain of this file: records were removed or the chain was rewritten.</source>
        <translation>the anchored record %1 is not in any chain of this file: records were removed or the chain was rewritten.</translation>
    </message>
    <message>
        <source>%1 %2 is already committed; its lists cannot be locked again.</source>
        <translation>%1 %2 is already committed; its lists cannot be locked again.</translation>
    </message>
    <message>
        <source>The lists of %1 %2 are already locked (freeze %3). Void that freeze with a reason before locking again.</source>
        <translation>The lists of %1 %2 are already locked (freeze %3). Void that freeze with a reason before locking again.</translation>
    </message>
    <message>
        <source>The seed source is too long (at most 500 characters).</source>
        <translation>The seed source is too long (at most 500 characters).</translation>
    </message>
    <message>
        <source>Say why the freeze is voided: the reason is recorded and printed on every report of the quarter.</source>
        <translation>Say why the freeze is voided: the reason is recorded and printed on every report of the quarter.</translation>
    </message>
    <message>
        <source>%1 %2 is committed; its freeze cannot be voided.</source>
        <translation>%1 %2 is committed; its freeze cannot be voided.</translation>
    </message>
    <message>
        <source>%1 %2 has no freeze to void.</source>
        <translation>%1 %2 has no freeze to void.</translation>
    </message>
    <message>
        <source>%1 %2 is already committed. Committed draws cannot be drawn again; see the draw history.</source>
        <translation>%1 %2 is already committed. Committed draws cannot be drawn again; see the draw history.</translation>
    </message>
    <message>
        <source>The rule profile has changed since the lists were locked. Void the freeze and lock again with the profile in force.</source>
        <translation>The rule profile has changed since the lists were locked. Void the freeze and lock again with the profile in force.</translation>
    </message>
    <message>
        <source>The first seed tried against these lists was %1, not %2. Committing another seed needs a reason, which is recorded and printed on the plan (--reason, or the reason field).</source>
        <translation>The first seed tried against these lists was %1, not %2. Committing another seed needs a reason, which is recorded and printed on the plan (--reason, or the reason field).</translation>
    </message>
    <message>
        <source>The commit of %1 %2 names a freeze that is not in the chain.</source>
        <translation>The commit of %1 %2 names a freeze that is not in the chain.</translation>
    </message>
    <message>
        <source>Lock the lists of %1 %2 first (suiji-cli draw freeze, or “Lock the lists” on the draw page): a seed may only be tried once the pools and the roster are fixed and published.</source>
        <translation>Lock the lists of %1 %2 first (suiji-cli draw freeze, or “Lock the lists” on the draw page): a seed may only be tried once the pools and the roster are fixed and published.</translation>
    </message>
    <message>
        <source>a second lock of %1 while the lock %2 is in force (neither voided nor committed).</source>
        <translation>a second lock of %1 while the lock %2 is in force (neither voided nor committed).</translation>
    </message>
    <message>
        <source>the commit drew %1 pools, but %2 are stored with it.</source>
        <translation>the commit drew %1 pools, but %2 are stored with it.</translation>
    </message>
    <message>
        <source>it records a fact of %1 in the chain of %2.</source>
        <translation>it records a fact of %1 in the chain of %2.</translation>
    </message>
    <message>
        <source>it is dated %1, before the earlier record of the same fact.</source>
        <translation>it is dated %1, before the earlier record of the same fact.</translation>
    </message>
    <message>
        <source>%1 %2 is stored, but no record in the chain says so: it was written outside Suiji.</source>
        <translation>%1 %2 is stored, but no record in the chain says so: it was written outside Suiji.</translation>
    </message>
    <message>
        <source>%1 %2 is stored otherwise than its last record says: it was edited outside Suiji or a record was removed.</source>
        <translation>%1 %2 is stored otherwise than its last record says: it was edited outside Suiji or a record was removed.</translation>
    </message>
    <message>
        <source>%1 was recorded but is missing from the file: it was deleted outside Suiji.</source>
        <translation>%1 was recorded but is missing from the file: it was deleted outside Suiji.</translation>
    </message>
    <message>
        <source>Nothing was committed: the lists in force are locked by freeze %1, not by the freeze %2 the preview was drawn against. Someone withdrew the lock and locked again; preview the seed again and show the new result before committing.</source>
        <translation>Nothing was committed: the lists in force are locked by freeze %1, not by the freeze %2 the preview was drawn against. Someone withdrew the lock and locked again; preview the seed again and show the new result before committing.</translation>
    </message>
    <message>
        <source>Nothing was committed: pool %1 now gives another result than the preview showed (result fingerprint %2, the preview %3). Preview the seed again and show the new result before committing.</source>
        <translation>Nothing was committed: pool %1 now gives another result than the preview showed (result fingerprint %2, the preview %3). Preview the seed again and show the new result before committing.</translation>
    </message>
    <message>
        <source>it is dated %1, before the earlier record of the same case.</source>
        <translation>it is dated %1, before the earlier record of the same case.</translation>
    </message>
    <message>
        <source>case %1 stands as &quot;%2&quot;, but no record in the chain says so: it was written outside Suiji.</source>
        <translation>case %1 stands as &quot;%2&quot;, but no record in the chain says so: it was written outside Suiji.</translation>
    </message>
    <message>
        <source>case %1 stands as &quot;%2&quot; otherwise than its last record says: it was edited outside Suiji or a record was removed.</source>
        <translation>case %1 stands as &quot;%2&quot; otherwise than its last record says: it was edited outside Suiji or a record was removed.</translation>
    </message>
    <message>
        <source>case %1 was recorded but is missing from the file: it was deleted outside Suiji.</source>
        <translation>case %1 was recorded but is missing from the file: it was deleted outside Suiji.</translation>
    </message>
    <message>
        <source>task %1 (%2) of campaign %3 is stored otherwise than the draw gave it (%4).</source>
        <translation>task %1 (%2) of campaign %3 is stored otherwise than the draw gave it (%4).</translation>
    </message>
    <message>
        <source>campaign %1 is stored, but no record in the chain says so: it was written outside Suiji.</source>
        <translation>campaign %1 is stored, but no record in the chain says so: it was written outside Suiji.</translation>
    </message>
    <message>
        <source>campaign %1 stands as &quot;%2&quot; otherwise than its last record says: it was edited outside Suiji or a record was removed.</source>
        <translation>campaign %1 stands as &quot;%2&quot; otherwise than its last record says: it was edited outside Suiji or a record was removed.</translation>
    </message>
    <message>
        <source>campaign %1 has targets in the file, but no commit in the chain drew them.</source>
        <translation>campaign %1 has targets in the file, but no commit in the chain drew them.</translation>
    </message>
    <message>
        <source>target %1 of campaign %2 stands as &quot;%3&quot;, but its last recorded event says otherwise: it was edited outside Suiji or an event was removed.</source>
        <translation>target %1 of campaign %2 stands as &quot;%3&quot;, but its last recorded event says otherwise: it was edited outside Suiji or an event was removed.</translation>
    </message>
    <message>
        <source>campaign %1 was recorded but is missing from the file: it was deleted outside Suiji.</source>
        <translation>campaign %1 was recorded but is missing from the file: it was deleted outside Suiji.</translation>
    </message>
    <message>
        <source>it records campaign %1 under %2.</source>
        <translation>it records campaign %1 under %2.</translation>
    </message>
    <message>
        <source>the database file is damaged (SQLite&apos;s quick_check: %1). Restore it from a backup.</source>
        <translation>the database file is damaged (SQLite&apos;s quick_check: %1). Restore it from a backup.</translation>
    </message>
</context>
<context>
    <name>suiji::DrawTaskTableModel</name>
    <message>
        <source>off-site</source>
        <translation>off-site</translation>
    </message>
    <message>
        <source>on-site</source>
        <translation>on-site</translation>
    </message>
    <message>
        <source>, must-check</source>
        <translation>, must-check</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>USCC / code</source>
        <translation>USCC / code</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Joint with</source>
        <translation>Joint with</translation>
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
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Import list…</translation>
    </message>
    <message>
        <source>Import an .xlsx or .csv list (Ctrl+I). You can also drop the file onto this page.</source>
        <translation>Import an .xlsx or .csv list (Ctrl+I). You can also drop the file onto this page.</translation>
    </message>
    <message>
        <source>Filter by the class or the pool the rules give each entity for the chosen quarter</source>
        <translation>Filter by the class or the pool the rules give each entity for the chosen quarter</translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation>&amp;Export view…</translation>
    </message>
    <message>
        <source>Save the rows the filters show as .xlsx or .csv</source>
        <translation>Save the rows the filters show as .xlsx or .csv</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit an entity</source>
        <translation>Double-click or press F2 to edit an entity</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Export view</translation>
    </message>
    <message>
        <source>entities.xlsx</source>
        <translation>entities.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row(s) written to %1.</numerusform>
            <numerusform>%n row(s) written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All classes and pools</source>
        <translation>All classes and pools</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Class: %1</translation>
    </message>
    <message>
        <source>Must-checks</source>
        <translation>Must-checks</translation>
    </message>
    <message>
        <source>Pool: %1</source>
        <translation>Pool: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>The list cannot be read</source>
        <translation>The list cannot be read</translation>
    </message>
</context>
<context>
    <name>suiji::EntityEditDialog</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or empty</source>
        <translation>YYYY-MM-DD or empty</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>On the positive list</source>
        <translation>On the positive list</translation>
    </message>
    <message>
        <source>Has a violation clue</source>
        <translation>Has a violation clue</translation>
    </message>
    <message>
        <source>USCC / code:</source>
        <translation>USCC / code:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Industry:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Credit grade:</source>
        <translation>&amp;Credit grade:</translation>
    </message>
    <message>
        <source>&amp;VOCs grade:</source>
        <translation>&amp;VOCs grade:</translation>
    </message>
    <message>
        <source>Last &amp;penalty:</source>
        <translation>Last &amp;penalty:</translation>
    </message>
    <message>
        <source>Penalty &amp;waived on:</source>
        <translation>Penalty &amp;waived on:</translation>
    </message>
    <message>
        <source>Complaints last &amp;quarter:</source>
        <translation>Complaints last &amp;quarter:</translation>
    </message>
    <message>
        <source>Left the key list on:</source>
        <translation>Left the key list on:</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
</context>
<context>
    <name>suiji::EntityImporter</name>
    <message>
        <source>The file needs a &quot;统一社会信用代码&quot; column or an &quot;对象编码&quot; column (or both): each row is identified by one of them.</source>
        <translation>The file needs a &quot;统一社会信用代码&quot; column or an &quot;对象编码&quot; column (or both): each row is identified by one of them.</translation>
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
        <source>Unknown bureau &quot;%1&quot;. Use one of 福田, 罗湖, 盐田, 南山, 宝安, 龙岗, 龙华, 坪山, 光明, 大鹏, 深汕.</source>
        <translation>Unknown bureau &quot;%1&quot;. Use one of 福田, 罗湖, 盐田, 南山, 宝安, 龙岗, 龙华, 坪山, 光明, 大鹏, 深汕.</translation>
    </message>
    <message>
        <source>The category is empty.</source>
        <translation>The category is empty.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;. Use one of the categories in the template&apos;s drop-down list.</source>
        <translation>Unknown category &quot;%1&quot;. Use one of the categories in the template&apos;s drop-down list.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 characters; a unified social credit code has 18.</source>
        <translation>&quot;%1&quot; has %2 characters; a unified social credit code has 18.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a character a unified social credit code cannot have (codes never use I, O, S, V or Z).</source>
        <translation>&quot;%1&quot; contains a character a unified social credit code cannot have (codes never use I, O, S, V or Z).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the check character should be %2. Accepted as you asked; the entity is flagged.</source>
        <translation>&quot;%1&quot;: the check character should be %2. Accepted as you asked; the entity is flagged.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the last (check) character should be %2. Check the code for a typing error; some codes issued before 2016 fail this check and can be accepted explicitly.</source>
        <translation>&quot;%1&quot;: the last (check) character should be %2. Check the code for a typing error; some codes issued before 2016 fail this check and can be accepted explicitly.</translation>
    </message>
    <message>
        <source>Neither a unified social credit code nor an object code is given: the row cannot be identified.</source>
        <translation>Neither a unified social credit code nor an object code is given: the row cannot be identified.</translation>
    </message>
    <message>
        <source>Level &quot;%1&quot; is neither 一般 nor 重点.</source>
        <translation>Level &quot;%1&quot; is neither 一般 nor 重点.</translation>
    </message>
    <message>
        <source>Credit grade &quot;%1&quot; is not one of 诚信, 良好, 警示, 不良.</source>
        <translation>Credit grade &quot;%1&quot; is not one of 诚信, 良好, 警示, 不良.</translation>
    </message>
    <message>
        <source>VOCs grade &quot;%1&quot; is not A, B or C.</source>
        <translation>VOCs grade &quot;%1&quot; is not A, B or C.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write dates as 2025-03-31, 2025/3/31 or 2025年3月31日.</source>
        <translation>&quot;%1&quot; is not a date. Write dates as 2025-03-31, 2025/3/31 or 2025年3月31日.</translation>
    </message>
    <message>
        <source>%1 lies in the future.</source>
        <translation>%1 lies in the future.</translation>
    </message>
    <message>
        <source>Complaints &quot;%1&quot; must be a whole number, 0 or more.</source>
        <translation>Complaints &quot;%1&quot; must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be 是 or 否.</source>
        <translation>&quot;%1&quot; should be 是 or 否.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in this file: also in row %2.</source>
        <translation>&quot;%1&quot; appears twice in this file: also in row %2.</translation>
    </message>
    <message>
        <source>移动源处 draws the districts&apos; mobile pools but has no entities of its own: give the district (管理局) the entity is in.</source>
        <translation>移动源处 draws the districts&apos; mobile pools but has no entities of its own: give the district (管理局) the entity is in.</translation>
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
    <message>
        <source>Cannot save the entities.</source>
        <translation>Cannot save the entities.</translation>
    </message>
    <message>
        <source>Cannot read when the violation clues arrived.</source>
        <translation>Cannot read when the violation clues arrived.</translation>
    </message>
    <message>
        <source>Cannot record when the violation clues arrived.</source>
        <translation>Cannot record when the violation clues arrived.</translation>
    </message>
    <message>
        <source>Cannot record the penalty of %1.</source>
        <translation>Cannot record the penalty of %1.</translation>
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
    <message>
        <source> · must-check</source>
        <translation> · must-check</translation>
    </message>
    <message>
        <source>No special rule applies.</source>
        <translation>No special rule applies.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
</context>
<context>
    <name>suiji::Exporters</name>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>USCC / code</source>
        <translation>USCC / code</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>Joint with</source>
        <translation>Joint with</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Inspected on</source>
        <translation>Inspected on</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Publication due</source>
        <translation>Publication due</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Published on</translation>
    </message>
    <message>
        <source>off-site</source>
        <translation>off-site</translation>
    </message>
    <message>
        <source>on-site</source>
        <translation>on-site</translation>
    </message>
    <message>
        <source>, must-check</source>
        <translation>, must-check</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Year target</source>
        <translation>Year target</translation>
    </message>
    <message>
        <source>Q%1 planned</source>
        <translation>Q%1 planned</translation>
    </message>
    <message>
        <source>Q%1 done</source>
        <translation>Q%1 done</translation>
    </message>
    <message>
        <source>Done this year</source>
        <translation>Done this year</translation>
    </message>
    <message>
        <source>Where the year stands</source>
        <translation>Where the year stands</translation>
    </message>
    <message>
        <source>General fixed-source tasks (≥ %1 × inspectors)</source>
        <translation>General fixed-source tasks (≥ %1 × inspectors)</translation>
    </message>
    <message>
        <source>Key units checked (≥ %1%)</source>
        <translation>Key units checked (≥ %1%)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Joint inspections (≥ %1% of %2)</source>
        <translation>Joint inspections (≥ %1% of %2)</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>All tasks</translation>
    </message>
    <message>
        <source>Assigned: %1</source>
        <translation>Assigned: %1</translation>
    </message>
    <message>
        <source>%1 of %2 done; due %3</source>
        <translation>%1 of %2 done; due %3</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Class</source>
        <translation>Class</translation>
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
        <source>Address</source>
        <translation>Address</translation>
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
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>suiji::FactRepository</name>
    <message>
        <source>Cannot read the recorded facts (drawn elsewhere, reports submitted, assigned targets, typical cases).</source>
        <translation>Cannot read the recorded facts (drawn elsewhere, reports submitted, assigned targets, typical cases).</translation>
    </message>
</context>
<context>
    <name>suiji::FactService</name>
    <message>
        <source>No task %1 in the ledger.</source>
        <translation>No task %1 in the ledger.</translation>
    </message>
    <message>
        <source>Task %1 (%2) is not done yet: only an inspection that took place can be a typical case.</source>
        <translation>Task %1 (%2) is not done yet: only an inspection that took place can be a typical case.</translation>
    </message>
    <message>
        <source>A typical case is a short text: at most 2000 characters.</source>
        <translation>A typical case is a short text: at most 2000 characters.</translation>
    </message>
</context>
<context>
    <name>suiji::Failure</name>
    <message>
        <source>The computer ran out of memory during this work. It was stopped and nothing was written; close other programs and try again.</source>
        <translation>The computer ran out of memory during this work. It was stopped and nothing was written; close other programs and try again.</translation>
    </message>
    <message>
        <source>An internal error stopped this work (%1). Nothing was written. Please report it with what you were doing.</source>
        <translation>An internal error stopped this work (%1). Nothing was written. Please report it with what you were doing.</translation>
    </message>
    <message>
        <source>An internal error stopped this work. Nothing was written. Please report it with what you were doing.</source>
        <translation>An internal error stopped this work. Nothing was written. Please report it with what you were doing.</translation>
    </message>
</context>
<context>
    <name>suiji::FirstRunDialog</name>
    <message>
        <source>Welcome to Suiji</source>
        <translation>Welcome to Suiji</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The database is empty&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;You can fill it with a synthetic demo city (the eleven Shenzhen bureaus, about 100,000 fictional entities and their inspectors) to try the workbench, or start empty and import your bureau&apos;s own lists.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;The database is empty&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;You can fill it with a synthetic demo city (the eleven Shenzhen bureaus, about 100,000 fictional entities and their inspectors) to try the workbench, or start empty and import your bureau&apos;s own lists.&lt;/p&gt;</translation>
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
    <name>suiji::FreezeSnapshot</name>
    <message>
        <source>The frozen lists cannot be read (%1).</source>
        <translation>The frozen lists cannot be read (%1).</translation>
    </message>
    <message>
        <source>The frozen lists name the pool &quot;%1&quot;, which the rule profile does not have.</source>
        <translation>The frozen lists name the pool &quot;%1&quot;, which the rule profile does not have.</translation>
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
    <name>suiji::ImportWizard</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Choose the list to import</source>
        <translation>Choose the list to import</translation>
    </message>
    <message>
        <source>An .xlsx workbook or a .csv file saved from Excel (UTF-8 or GB18030). The first row must name the columns.</source>
        <translation>An .xlsx workbook or a .csv file saved from Excel (UTF-8 or GB18030). The first row must name the columns.</translation>
    </message>
    <message>
        <source>&amp;Supervised entities (监管对象)</source>
        <translation>&amp;Supervised entities (监管对象)</translation>
    </message>
    <message>
        <source>&amp;Inspectors (执法人员)</source>
        <translation>&amp;Inspectors (执法人员)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>Save a blank &amp;template…</source>
        <translation>Save a blank &amp;template…</translation>
    </message>
    <message>
        <source>The header row, an example row and drop-down lists for the fixed values.</source>
        <translation>The header row, an example row and drop-down lists for the fixed values.</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>List:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>CSV &amp;encoding:</source>
        <translation>CSV &amp;encoding:</translation>
    </message>
    <message>
        <source>Workbook s&amp;heet:</source>
        <translation>Workbook s&amp;heet:</translation>
    </message>
    <message>
        <source>Choose the list</source>
        <translation>Choose the list</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Lists (*.xlsx *.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>entities-template.xlsx</source>
        <translation>entities-template.xlsx</translation>
    </message>
    <message>
        <source>inspectors-template.xlsx</source>
        <translation>inspectors-template.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>There is no file at %1.</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>Check the columns</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>%1 · detected: %2 · header in row %3. Each field is matched to a column by its name; change it where the file names a column differently.</source>
        <translation>%1 · detected: %2 · header in row %3. Each field is matched to a column by its name; change it where the file names a column differently.</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— not in the file —</translation>
    </message>
    <message>
        <source>统一社会信用代码 or 对象编码</source>
        <translation>统一社会信用代码 or 对象编码</translation>
    </message>
    <message>
        <source>Required and not matched: %1</source>
        <translation>Required and not matched: %1</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>Check every row</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written. Fix the file and check again, or go back and change the columns.</source>
        <translation>Every row is checked before anything is written. Fix the file and check again, or go back and change the columns.</translation>
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
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>&amp;Export the problems…</source>
        <translation>&amp;Export the problems…</translation>
    </message>
    <message>
        <source>Export the problems</source>
        <translation>Export the problems</translation>
    </message>
    <message>
        <source>-problems.csv</source>
        <translation>-problems.csv</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 changed, %4 unchanged.</source>
        <translation>%1 rows: %2 new, %3 changed, %4 unchanged.</translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>Ignored columns: %1.</translation>
    </message>
    <message>
        <source>Every row is valid. Next imports them in one step.</source>
        <translation>Every row is valid. Next imports them in one step.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing will be written until they are fixed.</source>
        <translation>
            <numerusform>%n problem: nothing will be written until they are fixed.</numerusform>
            <numerusform>%n problems: nothing will be written until they are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept these %n code(s) with a wrong check character (some codes issued before 2016 fail the check); they are stored with a warning flag.</source>
        <translation>
            <numerusform>Accept this code with a wrong check character (some codes issued before 2016 fail the check); it is stored with a warning flag.</numerusform>
            <numerusform>Accept these %n codes with a wrong check character (some codes issued before 2016 fail the check); they are stored with a warning flag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>All rows are written in one transaction: cancelling leaves the database exactly as it was.</source>
        <translation>All rows are written in one transaction: cancelling leaves the database exactly as it was.</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written; the database is as it was.</source>
        <translation>Cancelled. Nothing was written; the database is as it was.</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 new, %3 changed, %4 unchanged.</source>
        <translation>Imported %1 rows: %2 new, %3 changed, %4 unchanged.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nothing was written: %1</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>Import a list</translation>
    </message>
</context>
<context>
    <name>suiji::Importer</name>
    <message>
        <source>The file is empty: it has no header row and no data.</source>
        <translation>The file is empty: it has no header row and no data.</translation>
    </message>
    <message>
        <source>This column appears twice (also as &quot;%1&quot;). Keep one of them.</source>
        <translation>This column appears twice (also as &quot;%1&quot;). Keep one of them.</translation>
    </message>
    <message>
        <source>The required column &quot;%1&quot; is missing. The first row must name the columns; the template shows them.</source>
        <translation>The required column &quot;%1&quot; is missing. The first row must name the columns; the template shows them.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>The file has a header row but no data rows.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds an invisible character (%2: a control, direction or zero-width mark) that would make it look like another code. Type the code again.</source>
        <translation>&quot;%1&quot; holds an invisible character (%2: a control, direction or zero-width mark) that would make it look like another code. Type the code again.</translation>
    </message>
    <message>
        <source>An invisible character (%1) was removed from &quot;%2&quot;.</source>
        <translation>An invisible character (%1) was removed from &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Nothing was imported. %1</translation>
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
        <source>Badge number &quot;%1&quot; appears twice in this file: also in row %2.</source>
        <translation>Badge number &quot;%1&quot; appears twice in this file: also in row %2.</translation>
    </message>
    <message>
        <source>The bureau is empty.</source>
        <translation>The bureau is empty.</translation>
    </message>
    <message>
        <source>Unknown bureau &quot;%1&quot;.</source>
        <translation>Unknown bureau &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be 是 or 否.</source>
        <translation>&quot;%1&quot; should be 是 or 否.</translation>
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
    <message>
        <source>Cannot read the inspectors.</source>
        <translation>Cannot read the inspectors.</translation>
    </message>
    <message>
        <source>Cannot read the inspectors&apos; conflicts of interest.</source>
        <translation>Cannot read the inspectors&apos; conflicts of interest.</translation>
    </message>
    <message>
        <source>Cannot read the inspector count.</source>
        <translation>Cannot read the inspector count.</translation>
    </message>
</context>
<context>
    <name>suiji::InspectorsPage</name>
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
    <message>
        <source>Save for this quarter</source>
        <translation>Save for this quarter</translation>
    </message>
    <message>
        <source>Double-click to edit: USCCs or codes separated by ；or ,</source>
        <translation>Double-click to edit: USCCs or codes separated by ；or ,</translation>
    </message>
    <message>
        <source>Inspectors taking part this &amp;quarter:</source>
        <translation>Inspectors taking part this &amp;quarter:</translation>
    </message>
    <message>
        <source>%1: %2 inspectors, %3 taking part. %4 counts %5 for its quotas (%6).</source>
        <translation>%1: %2 inspectors, %3 taking part. %4 counts %5 for its quotas (%6).</translation>
    </message>
    <message>
        <source>stored for the quarter</source>
        <translation>stored for the quarter</translation>
    </message>
    <message>
        <source>the roster&apos;s default</source>
        <translation>the roster&apos;s default</translation>
    </message>
    <message>
        <source>The whole city: %1 inspectors, %2 taking part. Choose a bureau to set a quarter&apos;s count.</source>
        <translation>The whole city: %1 inspectors, %2 taking part. Choose a bureau to set a quarter&apos;s count.</translation>
    </message>
    <message>
        <source>%1 takes part</source>
        <translation>%1 takes part</translation>
    </message>
    <message>
        <source>%1 does not take part</source>
        <translation>%1 does not take part</translation>
    </message>
    <message>
        <source>Conflicts of %1</source>
        <translation>Conflicts of %1</translation>
    </message>
</context>
<context>
    <name>suiji::JointMarker</name>
    <message>
        <source>Joint inspections: %1% of %2 is %3, but only %4 tasks match the joint plan table; %5 short. Add rows to the table or plan joint work by hand.</source>
        <translation>Joint inspections: %1% of %2 is %3, but only %4 tasks match the joint plan table; %5 short. Add rows to the table or plan joint work by hand.</translation>
    </message>
    <message numerus="yes">
        <source>%n daily task(s)</source>
        <translation>
            <numerusform>%n daily task</numerusform>
            <numerusform>%n daily tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n random task(s)</source>
        <translation>
            <numerusform>%n random task</numerusform>
            <numerusform>%n random tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>suiji::MainWindow</name>
    <message>
        <source>Suiji — random inspection workbench</source>
        <translation>Suiji — random inspection workbench</translation>
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
        <source>&lt;h3&gt;Suiji 双随机抽查工作台 %1&lt;/h3&gt;&lt;p&gt;Random enforcement inspections for Shenzhen&apos;s ecology and environment bureaus: lists, quotas, verifiable draws, progress and reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Suiji 双随机抽查工作台 %1&lt;/h3&gt;&lt;p&gt;Random enforcement inspections for Shenzhen&apos;s ecology and environment bureaus: lists, quotas, verifiable draws, progress and reports.&lt;/p&gt;</translation>
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
        <source>&amp;Import list…</source>
        <translation>&amp;Import list…</translation>
    </message>
    <message>
        <source>Bureau and quarter</source>
        <translation>Bureau and quarter</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1 Q%2</translation>
    </message>
    <message>
        <source>&amp;Bureau:</source>
        <translation>&amp;Bureau:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <source>Previous quarter</source>
        <translation>Previous quarter</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Next quarter</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>Whole city</translation>
    </message>
    <message>
        <source>&amp;Projector mode</source>
        <translation>&amp;Projector mode</translation>
    </message>
    <message>
        <source>The database was upgraded to schema %1; the file as it was is kept as %2</source>
        <translation>The database was upgraded to schema %1; the file as it was is kept as %2</translation>
    </message>
    <message>
        <source>Another program is writing to %1; waiting for it to finish…</source>
        <translation>Another program is writing to %1; waiting for it to finish…</translation>
    </message>
    <message>
        <source>The %1 imported rows belong to %2, not %3: now showing %2.</source>
        <translation>The %1 imported rows belong to %2, not %3: now showing %2.</translation>
    </message>
    <message>
        <source>None of the imported rows belong to %1; most (%2) belong to %3. Choose the bureau above to see them.</source>
        <translation>None of the imported rows belong to %1; most (%2) belong to %3. Choose the bureau above to see them.</translation>
    </message>
    <message>
        <source>%1 · drawn</source>
        <translation>%1 · drawn</translation>
    </message>
    <message>
        <source>Next: import the bureau&apos;s lists of entities and inspectors — File › Import list (Ctrl+I), or drop a .xlsx/.csv file on this page.</source>
        <translation>Next: import the bureau&apos;s lists of entities and inspectors — File › Import list (Ctrl+I), or drop a .xlsx/.csv file on this page.</translation>
    </message>
    <message>
        <source>The demo city is ready: every bureau&apos;s 2025 Q3 is drawn and partly inspected. Showing 2025 Q3.</source>
        <translation>The demo city is ready: every bureau&apos;s 2025 Q3 is drawn and partly inspected. Showing 2025 Q3.</translation>
    </message>
    <message>
        <source>Database: %1 · %2</source>
        <translation>Database: %1 · %2</translation>
    </message>
    <message>
        <source>Backup written to %1 (checked: sound)</source>
        <translation>Backup written to %1 (checked: sound)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Replace everything in %1 with the backup %2?

The file as it is now is kept as a backup first: restoring that one undoes this.</source>
        <translation>Replace everything in %1 with the backup %2?

The file as it is now is kept as a backup first: restoring that one undoes this.</translation>
    </message>
    <message>
        <source>Nothing was restored: the file as it is could not be backed up first. %1</source>
        <translation>Nothing was restored: the file as it is could not be backed up first. %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the file as it was is kept as %3.</source>
        <translation>Restored %1 from %2; the file as it was is kept as %3.</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>The database file is damaged</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s check found %2.

The newest sound backup is no. %3, made %4 (%5). Restore it? The damaged file is kept among the backups.</source>
        <translation>%1 is damaged: SQLite&apos;s check found %2.

The newest sound backup is no. %3, made %4 (%5). Restore it? The damaged file is kept among the backups.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restore the backup</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s check found %2.

No sound backup of it was found in %3. Copy the file before changing anything, and restore an older copy if you have one (Settings › Backups, or suiji-cli restore FILE).</source>
        <translation>%1 is damaged: SQLite&apos;s check found %2.

No sound backup of it was found in %3. Copy the file before changing anything, and restore an older copy if you have one (Settings › Backups, or suiji-cli restore FILE).</translation>
    </message>
</context>
<context>
    <name>suiji::Matcher</name>
    <message>
        <source>No inspector of this bureau takes part this quarter, so none of the %1 tasks can be staffed. Mark inspectors as taking part on the inspectors page.</source>
        <translation>No inspector of this bureau takes part this quarter, so none of the %1 tasks can be staffed. Mark inspectors as taking part on the inspectors page.</translation>
    </message>
    <message>
        <source>Task %1 (%2 %3, pool %4) cannot be staffed: %5 inspectors take part, %6 have a conflict of interest with it and %7 already have %8 tasks (the cap); a team needs %9. Mark another inspector as taking part, resolve a conflict, or allow a larger cap in the rule profile (draw.cap_slack), then draw again.</source>
        <translation>Task %1 (%2 %3, pool %4) cannot be staffed: %5 inspectors take part, %6 have a conflict of interest with it and %7 already have %8 tasks (the cap); a team needs %9. Mark another inspector as taking part, resolve a conflict, or allow a larger cap in the rule profile (draw.cap_slack), then draw again.</translation>
    </message>
</context>
<context>
    <name>suiji::MeetingView</name>
    <message>
        <source>%1 · %2 Q%3 random inspections</source>
        <translation>%1 · %2 Q%3 random inspections</translation>
    </message>
    <message>
        <source>Tasks this quarter</source>
        <translation>Tasks this quarter</translation>
    </message>
    <message>
        <source>%1 published</source>
        <translation>%1 published</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <translation>%1 of %2 tasks</translation>
    </message>
    <message>
        <source>Against this month&apos;s target of %1%</source>
        <translation>Against this month&apos;s target of %1%</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation>%1%2 pts</translation>
    </message>
    <message>
        <source>last month end: target %1%, reached %2%</source>
        <translation>last month end: target %1%, reached %2%</translation>
    </message>
    <message>
        <source>the first month end is still ahead</source>
        <translation>the first month end is still ahead</translation>
    </message>
    <message>
        <source>Joint share (target %1%)</source>
        <translation>Joint share (target %1%)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) overdue for publication</source>
        <translation>
            <numerusform>%n result overdue for publication</numerusform>
            <numerusform>%n results overdue for publication</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bureau(s) behind the curve: %1</source>
        <translation>
            <numerusform>%n bureau behind the curve: %1</numerusform>
            <numerusform>%n bureaus behind the curve: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>behind the curve</source>
        <translation>behind the curve</translation>
    </message>
    <message>
        <source>next quarter not drawn in time: %1</source>
        <translation>next quarter not drawn in time: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) to publish within three working days</source>
        <translation>
            <numerusform>%n result to publish within three working days</numerusform>
            <numerusform>%n results to publish within three working days</numerusform>
        </translation>
    </message>
    <message>
        <source>next quarter to draw: %1</source>
        <translation>next quarter to draw: %1</translation>
    </message>
    <message>
        <source>Overdue and due:</source>
        <translation>Overdue and due:</translation>
    </message>
    <message>
        <source>nothing overdue</source>
        <translation>nothing overdue</translation>
    </message>
    <message>
        <source>The figures and charts appear once the quarter&apos;s draws are committed.</source>
        <translation>The figures and charts appear once the quarter&apos;s draws are committed.</translation>
    </message>
    <message>
        <source>%1 joint / %2</source>
        <translation>%1 joint / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) not submitted in time</source>
        <translation>
            <numerusform>%n report not submitted in time</numerusform>
            <numerusform>%n reports not submitted in time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assigned target(s) past due</source>
        <translation>
            <numerusform>%n assigned target past due</numerusform>
            <numerusform>%n assigned targets past due</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases (个案): %1 of %2 closed</source>
        <translation>Cases (个案): %1 of %2 closed</translation>
    </message>
    <message>
        <source>platform alerts %1 closed (target 100%)</source>
        <translation>platform alerts %1 closed (target 100%)</translation>
    </message>
    <message>
        <source>red alerts %1 of %2 closed</source>
        <translation>red alerts %1 of %2 closed</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) past a deadline</source>
        <translation>
            <numerusform>%n case past a deadline</numerusform>
            <numerusform>%n cases past a deadline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) due within a working day</source>
        <translation>
            <numerusform>%n case due within a working day</numerusform>
            <numerusform>%n cases due within a working day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>suiji::MonthPlanner</name>
    <message numerus="yes">
        <source>This quarter is drawn late, in its month %1: %n task(s) planned for months already over are due in %2 instead (the month plan itself stays as the draw specification fixes it).</source>
        <translation>
            <numerusform>This quarter is drawn late, in its month %1: %n task planned for a month already over is due in %2 instead (the month plan itself stays as the draw specification fixes it).</numerusform>
            <numerusform>This quarter is drawn late, in its month %1: %n tasks planned for months already over are due in %2 instead (the month plan itself stays as the draw specification fixes it).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>suiji::PdfDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>suiji::PlanReport</name>
    <message>
        <source>No draw is committed for %1 %2: there is no plan to print yet.</source>
        <translation>No draw is committed for %1 %2: there is no plan to print yet.</translation>
    </message>
    <message>
        <source>the city</source>
        <translation>the city</translation>
    </message>
    <message>
        <source>Shenzhen · %1 quarter plans of every bureau</source>
        <translation>Shenzhen · %1 quarter plans of every bureau</translation>
    </message>
    <message>
        <source>Quarter plans %1</source>
        <translation>Quarter plans %1</translation>
    </message>
    <message>
        <source>Plan number</source>
        <translation>Plan number</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Rule profile</source>
        <translation>Rule profile</translation>
    </message>
    <message>
        <source>Inspectors taking part</source>
        <translation>Inspectors taking part</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Eligible N</source>
        <translation>Eligible N</translation>
    </message>
    <message>
        <source>Random pool</source>
        <translation>Random pool</translation>
    </message>
    <message>
        <source>Must-check</source>
        <translation>Must-check</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>k of pool</source>
        <translation>k of pool</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>off-site</source>
        <translation>off-site</translation>
    </message>
    <message>
        <source>on-site</source>
        <translation>on-site</translation>
    </message>
    <message>
        <source>must </source>
        <translation>must </translation>
    </message>
    <message>
        <source>Nothing drawn from this pool.</source>
        <translation>Nothing drawn from this pool.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>USCC / code</source>
        <translation>USCC / code</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Joint with</source>
        <translation>Joint with</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Each draw follows the public algorithm suiji-draw-v1: every key of a pool gets the ticket SHA-256(seed|context|key); the pool is ordered by ticket and the first k are selected. The fingerprints are SHA-256 of the pool&apos;s keys and of the selected keys, one per line. Anyone can recompute a ticket with the shell; the first selected key of the first non-empty pool gives:</source>
        <translation>Each draw follows the public algorithm suiji-draw-v1: every key of a pool gets the ticket SHA-256(seed|context|key); the pool is ordered by ticket and the first k are selected. The fingerprints are SHA-256 of the pool&apos;s keys and of the selected keys, one per line. Anyone can recompute a ticket with the shell; the first selected key of the first non-empty pool gives:</translation>
    </message>
    <message>
        <source>suiji-cli draw … --json prints every pool&apos;s keys; suiji-cli verify recomputes every draw and the record chain. The QR code holds the seed and the last record hash of this quarter, which commits to every record before it.</source>
        <translation>suiji-cli draw … --json prints every pool&apos;s keys; suiji-cli verify recomputes every draw and the record chain. The QR code holds the seed and the last record hash of this quarter, which commits to every record before it.</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>Reviewed by:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Lists locked</source>
        <translation>Lists locked</translation>
    </message>
    <message>
        <source>Seed source</source>
        <translation>Seed source</translation>
    </message>
    <message>
        <source>Lock (freeze) record</source>
        <translation>Lock (freeze) record</translation>
    </message>
    <message>
        <source>Commit record — keep this hash</source>
        <translation>Commit record — keep this hash</translation>
    </message>
    <message>
        <source>Seeds tried</source>
        <translation>Seeds tried</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>committed</translation>
    </message>
    <message>
        <source>against a voided lock</source>
        <translation>against a voided lock</translation>
    </message>
    <message>
        <source>Tried at</source>
        <translation>Tried at</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>All staffed</source>
        <translation>All staffed</translation>
    </message>
    <message>
        <source>The committed seed is not the first one tried against the lock. Reason recorded with the commit: %1</source>
        <translation>The committed seed is not the first one tried against the lock. Reason recorded with the commit: %1</translation>
    </message>
    <message>
        <source>The committed seed is the first one tried against the lock.</source>
        <translation>The committed seed is the first one tried against the lock.</translation>
    </message>
    <message>
        <source>Voided locks</source>
        <translation>Voided locks</translation>
    </message>
    <message>
        <source>Lock record</source>
        <translation>Lock record</translation>
    </message>
    <message>
        <source>Voided at</source>
        <translation>Voided at</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>The lists were locked before the seed existed (draw-spec v2); the months, joint inspections and teams follow from the locked lists and the seed as well. suiji-cli publish writes a bundle that anyone can check offline with verify.py or verify.html; suiji-cli verify --anchor with the commit record&apos;s hash below checks that the database still holds this draw unchanged, with every record before it. The QR code holds the seed and that hash.</source>
        <translation>The lists were locked before the seed existed (draw-spec v2); the months, joint inspections and teams follow from the locked lists and the seed as well. suiji-cli publish writes a bundle that anyone can check offline with verify.py or verify.html; suiji-cli verify --anchor with the commit record&apos;s hash below checks that the database still holds this draw unchanged, with every record before it. The QR code holds the seed and that hash.</translation>
    </message>
    <message>
        <source>The lists of %1 %2 are not locked: there is no notice to print. Lock them first.</source>
        <translation>The lists of %1 %2 are not locked: there is no notice to print. Lock them first.</translation>
    </message>
    <message>
        <source>Draw notice %1 %2</source>
        <translation>Draw notice %1 %2</translation>
    </message>
    <message>
        <source>The lists below were locked before the seed was made. The quarter&apos;s draw takes its entities from these pools and its teams from this roster only; the seed will be made as stated and published with the plan.</source>
        <translation>The lists below were locked before the seed was made. The quarter&apos;s draw takes its entities from these pools and its teams from this roster only; the seed will be made as stated and published with the plan.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Lock record — keep this hash</source>
        <translation>Lock record — keep this hash</translation>
    </message>
    <message>
        <source>Lock %1 voided on %2: %3</source>
        <translation>Lock %1 voided on %2: %3</translation>
    </message>
    <message>
        <source>Locked by:</source>
        <translation>Locked by:</translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation>Witness:</translation>
    </message>
    <message>
        <source>%1 · %2 (a profile for %3, used for %4)</source>
        <translation>%1 · %2 (a profile for %3, used for %4)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Drawn elsewhere earlier in %1 (entered by hand, counted towards the year targets): %2.</source>
        <translation>Drawn elsewhere earlier in %1 (entered by hand, counted towards the year targets): %2.</translation>
    </message>
    <message>
        <source>The mobile-source division (移动源处) drew %1 tasks of the mobile pools for this district in its own ceremony; they are in this district&apos;s ledger and progress, and in the division&apos;s plan (commit record %2).</source>
        <translation>The mobile-source division (移动源处) drew %1 tasks of the mobile pools for this district in its own ceremony; they are in this district&apos;s ledger and progress, and in the division&apos;s plan (commit record %2).</translation>
    </message>
    <message>
        <source>drawn under draw-spec v1</source>
        <translation>drawn under draw-spec v1</translation>
    </message>
</context>
<context>
    <name>suiji::ProfileRepository</name>
    <message>
        <source>Cannot read the rule profiles: %1</source>
        <translation>Cannot read the rule profiles: %1</translation>
    </message>
    <message>
        <source>The active rule profile %1 (version %2) in this database is invalid: %3</source>
        <translation>The active rule profile %1 (version %2) in this database is invalid: %3</translation>
    </message>
    <message>
        <source>Cannot save the rule profile: %1</source>
        <translation>Cannot save the rule profile: %1</translation>
    </message>
    <message>
        <source>The rule profile %1 is neither the shipped one nor saved in this file.</source>
        <translation>The rule profile %1 is neither the shipped one nor saved in this file.</translation>
    </message>
    <message>
        <source>Cannot read the saved rule profiles.</source>
        <translation>Cannot read the saved rule profiles.</translation>
    </message>
</context>
<context>
    <name>suiji::ProgressCharts</name>
    <message>
        <source>Cumulative completion against the %1 target</source>
        <translation>Cumulative completion against the %1 target</translation>
    </message>
    <message>
        <source>30/60/100</source>
        <translation>30/60/100</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End of %1</source>
        <translation>End of %1</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Today %1</translation>
    </message>
    <message>
        <source>Completion per pool</source>
        <translation>Completion per pool</translation>
    </message>
    <message>
        <source>Done %</source>
        <translation>Done %</translation>
    </message>
    <message>
        <source>Bureaus at the last month end: done against %1%</source>
        <translation>Bureaus at the last month end: done against %1%</translation>
    </message>
    <message>
        <source>Bureaus: done so far</source>
        <translation>Bureaus: done so far</translation>
    </message>
    <message>
        <source>Behind the target</source>
        <translation>Behind the target</translation>
    </message>
    <message>
        <source>Target %1%</source>
        <translation>Target %1%</translation>
    </message>
    <message>
        <source>No tasks this quarter yet: they appear here once the quarter&apos;s draw is committed.</source>
        <translation>No tasks this quarter yet: they appear here once the quarter&apos;s draw is committed.</translation>
    </message>
    <message>
        <source>Joint %1%</source>
        <translation>Joint %1%</translation>
    </message>
    <message>
        <source>Bureaus ranked by completion</source>
        <translation>Bureaus ranked</translation>
    </message>
    <message>
        <source>Pools ranked by completion</source>
        <translation>Pools ranked</translation>
    </message>
    <message>
        <source>%1 (this month&apos;s target %2%)</source>
        <translation>%1 · target %2% this month</translation>
    </message>
    <message>
        <source>Below this month&apos;s target</source>
        <translation>Below this month&apos;s target</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>Joint</translation>
    </message>
</context>
<context>
    <name>suiji::ProgressReportPdf</name>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>%1 · %2 progress report</source>
        <translation>%1 · %2 progress report</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>%1 in all, %2 done (%3%), %4 published</source>
        <translation>%1 in all, %2 done (%3%), %4 published</translation>
    </message>
    <message>
        <source>Joint inspections</source>
        <translation>Joint inspections</translation>
    </message>
    <message>
        <source>Quarter summary due</source>
        <translation>Quarter summary due</translation>
    </message>
    <message>
        <source>Next quarter drawn by</source>
        <translation>Next quarter drawn by</translation>
    </message>
    <message>
        <source> (drawn)</source>
        <translation> (drawn)</translation>
    </message>
    <message>
        <source>Months against the 30/60/100 curve</source>
        <translation>Months against the 30/60/100 curve</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>behind</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>to come</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Planned, cumulative</source>
        <translation>Planned, cumulative</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Done, cumulative</source>
        <translation>Done, cumulative</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Publications overdue or not yet published</source>
        <translation>Publications overdue or not yet published</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Every result inspected so far is published on time.</source>
        <translation>Every result inspected so far is published on time.</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>USCC / code</source>
        <translation>USCC / code</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Inspected</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>%1 · %2 year report</source>
        <translation>%1 · %2 year report</translation>
    </message>
    <message>
        <source>Tasks per quarter and pool</source>
        <translation>Tasks per quarter and pool</translation>
    </message>
    <message>
        <source>No draws are committed in %1.</source>
        <translation>No draws are committed in %1.</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Done %</source>
        <translation>Done %</translation>
    </message>
    <message>
        <source>Year targets</source>
        <translation>Year targets</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>at risk</translation>
    </message>
    <message>
        <source>on course</source>
        <translation>on course</translation>
    </message>
    <message>
        <source>No bureau has committed draws in %1 yet.</source>
        <translation>No bureau has committed draws in %1 yet.</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Where it stands</translation>
    </message>
    <message>
        <source>Task count</source>
        <translation>Task count</translation>
    </message>
    <message>
        <source>%1 joint / %2 (%3%), %4 done; all due by %5</source>
        <translation>%1 joint / %2 (%3%), %4 done; all due by %5</translation>
    </message>
    <message>
        <source>Typical cases</source>
        <translation>Typical cases</translation>
    </message>
    <message>
        <source>No inspection of %1 is marked as a typical case yet (suiji-cli task typical, or the ledger&apos;s context menu).</source>
        <translation>No inspection of %1 is marked as a typical case yet (suiji-cli task typical, or the ledger&apos;s context menu).</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Typical case</source>
        <translation>Typical case</translation>
    </message>
    <message>
        <source>Assigned targets</source>
        <translation>Assigned targets</translation>
    </message>
    <message>
        <source>No target is handed down for %1 (suiji-cli targets set, or Assigned targets on the dashboard).</source>
        <translation>No target is handed down for %1 (suiji-cli targets set, or Assigned targets on the dashboard).</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Case-driven inspections</source>
        <translation>Case-driven inspections</translation>
    </message>
    <message>
        <source>No alert, complaint or referral is in the case ledger (suiji-cli case import, or the Cases page).</source>
        <translation>No alert, complaint or referral is in the case ledger (suiji-cli case import, or the Cases page).</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Platforms&apos; alerts closed (target 100%)</source>
        <translation>Platforms&apos; alerts closed (target 100%)</translation>
    </message>
    <message>
        <source>Red alerts closed (target 100%)</source>
        <translation>Red alerts closed (target 100%)</translation>
    </message>
    <message>
        <source>Open, of them overdue</source>
        <translation>Open, of them overdue</translation>
    </message>
    <message>
        <source>Median days to closure</source>
        <translation>Median days to closure</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Closure</translation>
    </message>
</context>
<context>
    <name>suiji::ProgressService</name>
    <message>
        <source>%1 is behind the curve: %2% done, the target was %3%.</source>
        <translation>%1 is behind the curve: %2% done, the target was %3%.</translation>
    </message>
    <message>
        <source>%1 %2: the result was due for publication on %3 (inspected %4).</source>
        <translation>%1 %2: the result was due for publication on %3 (inspected %4).</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: publish the result by %3 (%n working day(s) left).</source>
        <translation>
            <numerusform>%1 %2: publish the result by %3 (%n working day(s) left).</numerusform>
            <numerusform>%1 %2: publish the result by %3 (%n working day(s) left).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has not drawn %2; it was due before %3 ended.</source>
        <translation>%1 has not drawn %2; it was due before %3 ended.</translation>
    </message>
    <message>
        <source>%1 has not drawn %2 yet; draw it by %3.</source>
        <translation>%1 has not drawn %2 yet; draw it by %3.</translation>
    </message>
    <message>
        <source>%1 joint inspections are still open; all joint tasks are due by %2.</source>
        <translation>%1 joint inspections are still open; all joint tasks are due by %2.</translation>
    </message>
    <message>
        <source>%1 joint inspections were not done by %2.</source>
        <translation>%1 joint inspections were not done by %2.</translation>
    </message>
    <message>
        <source>%1 was due on %2 and is not recorded as submitted.</source>
        <translation>%1 was due on %2 and is not recorded as submitted.</translation>
    </message>
    <message>
        <source>%1 is due on %2.</source>
        <translation>%1 is due on %2.</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 done; it was due on %5.</source>
        <translation>%1 %2: %3 of %4 done; it was due on %5.</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 done; due on %5.</source>
        <translation>%1 %2: %3 of %4 done; due on %5.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) past a deadline, %2 of them red alerts.</source>
        <translation>
            <numerusform>%1: %n case past a deadline, %2 of them red alerts.</numerusform>
            <numerusform>%1: %n cases past a deadline, %2 of them red alerts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) past a deadline.</source>
        <translation>
            <numerusform>%1: %n case past a deadline.</numerusform>
            <numerusform>%1: %n cases past a deadline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) due within a working day.</source>
        <translation>
            <numerusform>%1: %n case due within a working day.</numerusform>
            <numerusform>%1: %n cases due within a working day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>suiji::QuotaCalculator</name>
    <message>
        <source>%1 × %2 inspectors = %3</source>
        <translation>%1 × %2 inspectors = %3</translation>
    </message>
    <message>
        <source>, rounded up to %1</source>
        <translation>, rounded up to %1</translation>
    </message>
    <message>
        <source>%1% of %2 = %3</source>
        <translation>%1% of %2 = %3</translation>
    </message>
    <message>
        <source>; at least 1</source>
        <translation>; at least 1</translation>
    </message>
    <message>
        <source>all %1, every month (%2 tasks)</source>
        <translation>all %1, every month (%2 tasks)</translation>
    </message>
    <message>
        <source>%1: the pool is empty; nothing to draw.</source>
        <translation>%1: the pool is empty; nothing to draw.</translation>
    </message>
    <message>
        <source>%1: the quota %2 is more than the %3 entities left in the pool; all %3 are taken.</source>
        <translation>%1: the quota %2 is more than the %3 entities left in the pool; all %3 are taken.</translation>
    </message>
    <message>
        <source>%1: no inspectors are set for %2, so the quota is 0.</source>
        <translation>%1: no inspectors are set for %2, so the quota is 0.</translation>
    </message>
    <message>
        <source>Year target at risk: %1 general tasks a quarter make %2 in a year, short of %3 × %4 inspectors = %5.</source>
        <translation>Year target at risk: %1 general tasks a quarter make %2 in a year, short of %3 × %4 inspectors = %5.</translation>
    </message>
    <message>
        <source>Year target at risk: about %1 of %2 key units would be checked this year, short of %3%.</source>
        <translation>Year target at risk: about %1 of %2 key units would be checked this year, short of %3%.</translation>
    </message>
    <message>
        <source>; every one was drawn earlier this year, so 1 is drawn again from the whole pool (at least 1 beats no repeat)</source>
        <translation>; every one was drawn earlier this year, so 1 is drawn again from the whole pool (at least 1 beats no repeat)</translation>
    </message>
    <message>
        <source>%1: every entity was drawn earlier this year; at least one must still be checked, so one is drawn from the whole pool of %2.</source>
        <translation>%1: every entity was drawn earlier this year; at least one must still be checked, so one is drawn from the whole pool of %2.</translation>
    </message>
    <message>
        <source>The rule profile %1 is for %2, but %3 is in %4: check that this year&apos;s plan has the same rules, or make a profile for %4 (Settings, or the button on the draw page).</source>
        <translation>The rule profile %1 is for %2, but %3 is in %4: check that this year&apos;s plan has the same rules, or make a profile for %4 (Settings, or the button on the draw page).</translation>
    </message>
    <message numerus="yes">
        <source>Year target: %1. Done this year %2%3; %4 still needed over %n quarter(s) left, so %5 this quarter instead of the formula&apos;s %6.</source>
        <translation>
            <numerusform>Year target: %1. Done this year %2%3; %4 still needed over %n quarter left, so %5 this quarter instead of the formula&apos;s %6.</numerusform>
            <numerusform>Year target: %1. Done this year %2%3; %4 still needed over %n quarters left, so %5 this quarter instead of the formula&apos;s %6.</numerusform>
        </translation>
    </message>
    <message>
        <source> plus %1 drawn elsewhere</source>
        <translation> plus %1 drawn elsewhere</translation>
    </message>
    <message>
        <source>; catch-up to the year target: %1</source>
        <translation>; catch-up to the year target: %1</translation>
    </message>
    <message>
        <source>%1% of %2 key units = %3</source>
        <translation>%1% of %2 key units = %3</translation>
    </message>
    <message>
        <source>%1 × %2 inspectors = %3 general tasks</source>
        <translation>%1 × %2 inspectors = %3 general tasks</translation>
    </message>
</context>
<context>
    <name>suiji::QuotaService</name>
    <message>
        <source>No district has entities in the pools the mobile-source division draws.</source>
        <translation>No district has entities in the pools the mobile-source division draws.</translation>
    </message>
    <message>
        <source>The mobile-source division has no inspectors taking part this quarter: import its roster (管理局 column: 移动源处).</source>
        <translation>The mobile-source division has no inspectors taking part this quarter: import its roster (管理局 column: 移动源处).</translation>
    </message>
</context>
<context>
    <name>suiji::QuotaTableModel</name>
    <message>
        <source>%1 (target needs %2)</source>
        <translation>%1 (target needs %2)</translation>
    </message>
    <message>
        <source>%1 (capped)</source>
        <translation>%1 (capped)</translation>
    </message>
    <message>
        <source>Tick to apply the catch-up to this pool&apos;s quota.</source>
        <translation>Tick to apply the catch-up to this pool&apos;s quota.</translation>
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation>Excluded: %1</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Drawn</translation>
    </message>
    <message>
        <source>Must</source>
        <translation>Must</translation>
    </message>
    <message>
        <source>Pool size</source>
        <translation>Pool size</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>The pool of the plan&apos;s table</source>
        <translation>The pool of the plan&apos;s table</translation>
    </message>
    <message>
        <source>Eligible entities: the N of the quota formula</source>
        <translation>Eligible entities: the N of the quota formula</translation>
    </message>
    <message>
        <source>Left out of daily draws (good credit, VOCs grade A, positive list)</source>
        <translation>Left out of daily draws (good credit, VOCs grade A, positive list)</translation>
    </message>
    <message>
        <source>Already drawn this year (pools not repeated within the year)</source>
        <translation>Already drawn this year (pools not repeated within the year)</translation>
    </message>
    <message>
        <source>Must-checks, on top of the quota</source>
        <translation>Must-checks, on top of the quota</translation>
    </message>
    <message>
        <source>Keys in the random pool</source>
        <translation>Keys in the random pool</translation>
    </message>
    <message>
        <source>The quarter&apos;s random quota k (hover a row for the formula)</source>
        <translation>The quarter&apos;s random quota k (hover a row for the formula)</translation>
    </message>
</context>
<context>
    <name>suiji::ReportsPage</name>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Quarter plan (抽查计划)</source>
        <translation>Quarter plan (抽查计划)</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>Year report</source>
        <translation>Year report</translation>
    </message>
    <message>
        <source>Write the report for the bureau and quarter chosen above (Ctrl+G)</source>
        <translation>Write the report for the bureau and quarter chosen above (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Choose a report and press Generate. The bureau and quarter are those chosen above; 全市 gives every bureau.</source>
        <translation>Choose a report and press Generate. The bureau and quarter are those chosen above; 全市 gives every bureau.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Save it as a PDF or print it.</source>
        <translation>
            <numerusform>%n page(s). Save it as a PDF or print it.</numerusform>
            <numerusform>%n page(s). Save it as a PDF or print it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation>Ge&amp;nerate</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>suiji::RuleProfile</name>
    <message>
        <source>Rule profile field &quot;%1&quot;: %2</source>
        <translation>Rule profile field &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>missing.</source>
        <translation>missing.</translation>
    </message>
    <message>
        <source>must be a non-empty text.</source>
        <translation>must be a non-empty text.</translation>
    </message>
    <message>
        <source>must be a list of texts.</source>
        <translation>must be a list of texts.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>must be true or false.</translation>
    </message>
    <message>
        <source>must be a number.</source>
        <translation>must be a number.</translation>
    </message>
    <message>
        <source>%1 is outside %2 … %3.</source>
        <translation>%1 is outside %2 … %3.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>must be a whole number.</translation>
    </message>
    <message>
        <source>must be {&quot;zh&quot;: …, &quot;en&quot;: …}.</source>
        <translation>must be {&quot;zh&quot;: …, &quot;en&quot;: …}.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>must be an object.</translation>
    </message>
    <message>
        <source>The rule profile is not valid JSON: %1 at character %2.</source>
        <translation>The rule profile is not valid JSON: %1 at character %2.</translation>
    </message>
    <message>
        <source>The rule profile must be a JSON object.</source>
        <translation>The rule profile must be a JSON object.</translation>
    </message>
    <message>
        <source>must be &quot;suiji-rules-v1&quot;.</source>
        <translation>must be &quot;suiji-rules-v1&quot;.</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (e.g. shenzhen-2026).</source>
        <translation>use lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (e.g. shenzhen-2026).</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;.</source>
        <translation>unknown category &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>must list key, special, excluded and general, each once.</source>
        <translation>must list key, special, excluded and general, each once.</translation>
    </message>
    <message>
        <source>general must come last: it is what remains.</source>
        <translation>general must come last: it is what remains.</translation>
    </message>
    <message>
        <source>credit grade &quot;%1&quot; is not one of 诚信, 良好, 警示, 不良.</source>
        <translation>credit grade &quot;%1&quot; is not one of 诚信, 良好, 警示, 不良.</translation>
    </message>
    <message>
        <source>VOCs grade &quot;%1&quot; is not A, B or C.</source>
        <translation>VOCs grade &quot;%1&quot; is not A, B or C.</translation>
    </message>
    <message>
        <source>credit grade &quot;%1&quot; cannot be both special and excluded.</source>
        <translation>credit grade &quot;%1&quot; cannot be both special and excluded.</translation>
    </message>
    <message>
        <source>must be a non-empty list.</source>
        <translation>must be a non-empty list.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice.</source>
        <translation>&quot;%1&quot; is used twice.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be lower-case ASCII like fixed.key: it is part of every draw&apos;s context.</source>
        <translation>&quot;%1&quot; must be lower-case ASCII like fixed.key: it is part of every draw&apos;s context.</translation>
    </message>
    <message>
        <source>must name at least one category.</source>
        <translation>must name at least one category.</translation>
    </message>
    <message>
        <source>mixes classified and unclassified categories.</source>
        <translation>mixes classified and unclassified categories.</translation>
    </message>
    <message>
        <source>must be general, key or special.</source>
        <translation>must be general, key or special.</translation>
    </message>
    <message>
        <source>must be general, key or any.</source>
        <translation>must be general, key or any.</translation>
    </message>
    <message>
        <source>must be per_inspector, percent or every_month.</source>
        <translation>must be per_inspector, percent or every_month.</translation>
    </message>
    <message>
        <source>at most four decimal places.</source>
        <translation>at most four decimal places.</translation>
    </message>
    <message>
        <source>pool &quot;%1&quot; is not in the pool list.</source>
        <translation>pool &quot;%1&quot; is not in the pool list.</translation>
    </message>
    <message>
        <source>must be MM-DD, e.g. 10-31.</source>
        <translation>must be MM-DD, e.g. 10-31.</translation>
    </message>
    <message>
        <source>must list three percentages, e.g. [30, 60, 100].</source>
        <translation>must list three percentages, e.g. [30, 60, 100].</translation>
    </message>
    <message>
        <source>must rise and end at 100.</source>
        <translation>must rise and end at 100.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>must be a list.</translation>
    </message>
    <message>
        <source>must name pools or industries.</source>
        <translation>must name pools or industries.</translation>
    </message>
    <message>
        <source>must name at least one partner department.</source>
        <translation>must name at least one partner department.</translation>
    </message>
    <message>
        <source>must be &quot;random&quot; (the randomly selected tasks) or &quot;daily&quot; (also must-checks and plot tasks).</source>
        <translation>must be &quot;random&quot; (the randomly selected tasks) or &quot;daily&quot; (also must-checks and plot tasks).</translation>
    </message>
    <message>
        <source>must be &quot;suggest&quot;, &quot;apply&quot; or &quot;off&quot;.</source>
        <translation>must be &quot;suggest&quot;, &quot;apply&quot; or &quot;off&quot;.</translation>
    </message>
    <message>
        <source>must be MM-DD, e.g. 11-30.</source>
        <translation>must be MM-DD, e.g. 11-30.</translation>
    </message>
    <message>
        <source>must be bureau or mobile.</source>
        <translation>must be bureau or mobile.</translation>
    </message>
    <message>
        <source>a pool the mobile-source division draws needs a percent quota (a district&apos;s inspector count is not the division&apos;s).</source>
        <translation>a pool the mobile-source division draws needs a percent quota (a district&apos;s inspector count is not the division&apos;s).</translation>
    </message>
    <message>
        <source>must be &quot;platform&quot; or one of 投诉举报, 转办交办, 企业申请, 其他.</source>
        <translation>must be &quot;platform&quot; or one of 投诉举报, 转办交办, 企业申请, 其他.</translation>
    </message>
    <message>
        <source>must be 红, 橙 or 黄.</source>
        <translation>must be 红, 橙 or 黄.</translation>
    </message>
    <message>
        <source>the check cannot be due after the closure.</source>
        <translation>the check cannot be due after the closure.</translation>
    </message>
</context>
<context>
    <name>suiji::Sampler</name>
    <message>
        <source>The seed is empty. Type the digits rolled in public, or let the app propose some.</source>
        <translation>The seed is empty. Type the digits rolled in public, or let the app propose some.</translation>
    </message>
    <message>
        <source>The seed has %1 characters; at most 128 are allowed.</source>
        <translation>The seed has %1 characters; at most 128 are allowed.</translation>
    </message>
    <message>
        <source>The seed may contain only printable ASCII characters without spaces (digits, letters, punctuation); &quot;%1&quot; is not one.</source>
        <translation>The seed may contain only printable ASCII characters without spaces (digits, letters, punctuation); &quot;%1&quot; is not one.</translation>
    </message>
</context>
<context>
    <name>suiji::SettingsPage</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validate</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>&amp;Save as new version</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Rule profile</source>
        <translation>Rule profile</translation>
    </message>
    <message>
        <source>The plan&apos;s rules as data: pools, quotas, classification, targets, deadlines and the joint-inspection table. The format is described in docs/rule-profile.md. Saving keeps the old versions; every draw records the hash of the profile it used.</source>
        <translation>The plan&apos;s rules as data: pools, quotas, classification, targets, deadlines and the joint-inspection table. The format is described in docs/rule-profile.md. Saving keeps the old versions; every draw records the hash of the profile it used.</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>Active: %1 (shipped with Suiji) · hash %2</source>
        <translation>Active: %1 (shipped with Suiji) · hash %2</translation>
    </message>
    <message>
        <source>%1 version %2 · %3 · hash %4%5</source>
        <translation>%1 version %2 · %3 · hash %4%5</translation>
    </message>
    <message>
        <source> · active</source>
        <translation> · active</translation>
    </message>
    <message>
        <source>✓ Valid: %1, %2 pools, hash %3</source>
        <translation>✓ Valid: %1, %2 pools, hash %3</translation>
    </message>
    <message>
        <source>Saved %1 version %2; it governs quotas and draws from now on.</source>
        <translation>Saved %1 version %2; it governs quotas and draws from now on.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Holiday (休)</source>
        <translation>Holiday (休)</translation>
    </message>
    <message>
        <source>Adjusted working day (班)</source>
        <translation>Adjusted working day (班)</translation>
    </message>
    <message>
        <source>e.g. 春节</source>
        <translation>e.g. 春节</translation>
    </message>
    <message>
        <source>&amp;Add or change</source>
        <translation>&amp;Add or change</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <source>&amp;Import a table…</source>
        <translation>&amp;Import a table…</translation>
    </message>
    <message>
        <source>A CSV with the columns date,kind,name (kind: holiday/休 or workday/班), or a suiji-calendar-v1 JSON file. It replaces the years it covers.</source>
        <translation>A CSV with the columns date,kind,name (kind: holiday/休 or workday/班), or a suiji-calendar-v1 JSON file. It replaces the years it covers.</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Import a holiday table</source>
        <translation>Import a holiday table</translation>
    </message>
    <message>
        <source>Holiday tables (*.csv *.json);;All files (*)</source>
        <translation>Holiday tables (*.csv *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>%1: %2 holidays and %3 adjusted working days. Publication deadlines count working days with this table.</source>
        <translation>%1: %2 holidays and %3 adjusted working days. Publication deadlines count working days with this table.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Applies at once.</source>
        <translation>Applies at once.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Recorded with every lock, seed tried, commit and ledger change made here. Empty: the computer&apos;s user name.</source>
        <translation>Recorded with every lock, seed tried, commit and ledger change made here. Empty: the computer&apos;s user name.</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>&amp;Operator name:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Restore selected…</translation>
    </message>
    <message>
        <source>Open the backup fol&amp;der</source>
        <translation>Open the backup fol&amp;der</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>an import</translation>
    </message>
    <message>
        <source>a committed draw</source>
        <translation>a committed draw</translation>
    </message>
    <message>
        <source>an upgrade</source>
        <translation>an upgrade</translation>
    </message>
    <message>
        <source>a restore</source>
        <translation>a restore</translation>
    </message>
    <message>
        <source>a restore (the damaged file)</source>
        <translation>a restore (the damaged file)</translation>
    </message>
    <message>
        <source>nothing (made by hand)</source>
        <translation>nothing (made by hand)</translation>
    </message>
    <message numerus="yes">
        <source>Before each import, committed draw, restore and upgrade, Suiji keeps a checked copy of this file; the newest %1 are kept, in %2. Now: %n backup(s), %3 in all.</source>
        <translation>
            <numerusform>Before each import, committed draw, restore and upgrade, Suiji keeps a checked copy of this file; the newest %1 are kept, in %2. Now: %n backup, %3 in all.</numerusform>
            <numerusform>Before each import, committed draw, restore and upgrade, Suiji keeps a checked copy of this file; the newest %1 are kept, in %2. Now: %n backups, %3 in all.</numerusform>
        </translation>
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
    <message>
        <source>%1 is not a regular file (it is a folder, pipe or device). Save the list as a .csv or .xlsx file and import that.</source>
        <translation>%1 is not a regular file (it is a folder, pipe or device). Save the list as a .csv or .xlsx file and import that.</translation>
    </message>
</context>
<context>
    <name>suiji::TableWriter</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>%1: the file name must end in .xlsx or .csv.</source>
        <translation>%1: the file name must end in .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>suiji::TaskRepository</name>
    <message>
        <source>Cannot save task %1 (%2).</source>
        <translation>Cannot save task %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot save the typical case of task %1.</source>
        <translation>Cannot save the typical case of task %1.</translation>
    </message>
    <message>
        <source>Cannot read the typical cases.</source>
        <translation>Cannot read the typical cases.</translation>
    </message>
    <message>
        <source>Cannot read the tasks of %1.</source>
        <translation>Cannot read the tasks of %1.</translation>
    </message>
    <message>
        <source>Cannot read task %1.</source>
        <translation>Cannot read task %1.</translation>
    </message>
    <message>
        <source>Cannot update task %1.</source>
        <translation>Cannot update task %1.</translation>
    </message>
</context>
<context>
    <name>suiji::TaskService</name>
    <message>
        <source>No task of %1 in pool %2 for %3%4. Check the key, the pool and the quarter (suiji-cli tasks lists them).</source>
        <translation>No task of %1 in pool %2 for %3%4. Check the key, the pool and the quarter (suiji-cli tasks lists them).</translation>
    </message>
    <message>
        <source>, month %1</source>
        <translation>, month %1</translation>
    </message>
    <message>
        <source>The inspection date is missing or not a date (write 2025-09-26).</source>
        <translation>The inspection date is missing or not a date (write 2025-09-26).</translation>
    </message>
    <message>
        <source>%1 lies in the future: record an inspection once it has happened.</source>
        <translation>%1 lies in the future: record an inspection once it has happened.</translation>
    </message>
    <message>
        <source>%1 is long before %2, the quarter of task %3 (%4).</source>
        <translation>%1 is long before %2, the quarter of task %3 (%4).</translation>
    </message>
    <message>
        <source>Task %1 (%2) was published on %3, before %4.</source>
        <translation>Task %1 (%2) was published on %3, before %4.</translation>
    </message>
    <message>
        <source>The publication date is missing or not a date (write 2025-10-20).</source>
        <translation>The publication date is missing or not a date (write 2025-10-20).</translation>
    </message>
    <message>
        <source>%1 lies in the future.</source>
        <translation>%1 lies in the future.</translation>
    </message>
    <message>
        <source>Task %1 (%2) has no inspection recorded yet: mark it done first.</source>
        <translation>Task %1 (%2) has no inspection recorded yet: mark it done first.</translation>
    </message>
    <message>
        <source>Task %1 (%2) was inspected on %3; it cannot be published before that.</source>
        <translation>Task %1 (%2) was inspected on %3; it cannot be published before that.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>A task of this change is no longer in the ledger (another program may have changed it). Reload the page and try again.</source>
        <translation>A task of this change is no longer in the ledger (another program may have changed it). Reload the page and try again.</translation>
    </message>
    <message>
        <source>%1 is before task %2 (%3) was drawn, on %4: an inspection of a drawn task cannot come before its draw.</source>
        <translation>%1 is before task %2 (%3) was drawn, on %4: an inspection of a drawn task cannot come before its draw.</translation>
    </message>
</context>
<context>
    <name>suiji::TaskTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>USCC / code</source>
        <translation>USCC / code</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Joint with</source>
        <translation>Joint with</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Inspected on</source>
        <translation>Inspected on</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Published on</translation>
    </message>
    <message>
        <source>off-site</source>
        <translation>off-site</translation>
    </message>
    <message>
        <source>on-site</source>
        <translation>on-site</translation>
    </message>
    <message>
        <source>, must-check</source>
        <translation>, must-check</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) done</source>
        <translation>
            <numerusform>Mark %n task(s) done</numerusform>
            <numerusform>Mark %n task(s) done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) published</source>
        <translation>
            <numerusform>Mark %n task(s) published</numerusform>
            <numerusform>Mark %n task(s) published</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n task(s) back to planned</source>
        <translation>
            <numerusform>Set %n task(s) back to planned</numerusform>
            <numerusform>Set %n task(s) back to planned</numerusform>
        </translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Its month is over and it is not inspected yet.</source>
        <translation>Its month is over and it is not inspected yet.</translation>
    </message>
    <message>
        <source>%1 (planned %2)</source>
        <translation>%1 (planned %2)</translation>
    </message>
    <message>
        <source>The quarter was drawn on %1, after the planned month had ended: the task is due by the end of the month of the draw.</source>
        <translation>The quarter was drawn on %1, after the planned month had ended: the task is due by the end of the month of the draw.</translation>
    </message>
    <message>
        <source>, covered by the campaign %1</source>
        <translation>, covered by the campaign %1</translation>
    </message>
</context>
<context>
    <name>suiji::TasksPage</name>
    <message>
        <source>e.g. 未发现环境违法行为</source>
        <translation>e.g. 未发现环境违法行为</translation>
    </message>
    <message>
        <source>Filter by name, code, inspector, status…</source>
        <translation>Filter by name, code, inspector, status…</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Mark &amp;done…</translation>
    </message>
    <message>
        <source>Record the selected tasks as inspected (Ctrl+D)</source>
        <translation>Record the selected tasks as inspected (Ctrl+D)</translation>
    </message>
    <message>
        <source>Mark &amp;published…</source>
        <translation>Mark &amp;published…</translation>
    </message>
    <message>
        <source>Record the selected tasks&apos; results as published (Ctrl+P)</source>
        <translation>Record the selected tasks&apos; results as published (Ctrl+P)</translation>
    </message>
    <message>
        <source>Back to p&amp;lanned</source>
        <translation>Back to p&amp;lanned</translation>
    </message>
    <message>
        <source>Select one or more tasks first.</source>
        <translation>Select one or more tasks first.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) done</source>
        <translation>
            <numerusform>Mark %n task(s) done</numerusform>
            <numerusform>Mark %n task(s) done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) published</source>
        <translation>
            <numerusform>Mark %n task(s) published</numerusform>
            <numerusform>Mark %n task(s) published</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: no tasks yet. Commit the quarter&apos;s draws on the draw page.</source>
        <translation>%1 %2: no tasks yet. Commit the quarter&apos;s draws on the draw page.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Ledger (台账)…</source>
        <translation>Ledger…</translation>
    </message>
    <message>
        <source>Publication list (公示清单)…</source>
        <translation>Publication list…</translation>
    </message>
    <message>
        <source>Target breakdown (目标任务分解表)…</source>
        <translation>Target breakdown…</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>ledger</translation>
    </message>
    <message>
        <source>publication list</source>
        <translation>publication list</translation>
    </message>
    <message>
        <source>target breakdown</source>
        <translation>target breakdown</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>Exported %1 rows to %2.</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>&amp;Inspected on:</source>
        <translation>&amp;Inspected on:</translation>
    </message>
    <message>
        <source>&amp;Published on:</source>
        <translation>&amp;Published on:</translation>
    </message>
    <message>
        <source>Mark as a &amp;typical case (典型案例)…</source>
        <translation>Mark as a &amp;typical case (典型案例)…</translation>
    </message>
    <message>
        <source>Only an inspection that took place can be a typical case: mark the task done first.</source>
        <translation>Only an inspection that took place can be a typical case: mark the task done first.</translation>
    </message>
    <message>
        <source>Typical case (典型案例)</source>
        <translation>Typical case (典型案例)</translation>
    </message>
    <message>
        <source>What makes the inspection of %1 a typical case? The year report prints it. Leave it empty to unmark it.</source>
        <translation>What makes the inspection of %1 a typical case? The year report prints it. Leave it empty to unmark it.</translation>
    </message>
    <message>
        <source>The ledger cannot be read: %1</source>
        <translation>The ledger cannot be read: %1</translation>
    </message>
    <message>
        <source>%1 %2: %3 tasks (%7 on site, %8 off site), %4 done (%5%), %6 published.</source>
        <translation>%1 %2: %3 tasks (%7 on site, %8 off site), %4 done (%5%), %6 published.</translation>
    </message>
</context>
<context>
    <name>suiji::Templates</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The template file must end in .xlsx or .csv, not &quot;%1&quot;.</source>
        <translation>The template file must end in .xlsx or .csv, not &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>suiji::Theme</name>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
</context>
<context>
    <name>suiji::UndoButtons</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
</context>
<context>
    <name>suiji::VisitRepository</name>
    <message>
        <source>Cannot read the combined visits.</source>
        <translation>Cannot read the combined visits.</translation>
    </message>
    <message>
        <source>Cannot save the combined visit %1.</source>
        <translation>Cannot save the combined visit %1.</translation>
    </message>
    <message>
        <source>The visit %1 is accepted already.</source>
        <translation>The visit %1 is accepted already.</translation>
    </message>
</context>
<context>
    <name>suiji::VisitService</name>
    <message>
        <source>%1 is not a combined visit proposed for %2 (accepted already, or its tasks are done or no longer due together).</source>
        <translation>%1 is not a combined visit proposed for %2 (accepted already, or its tasks are done or no longer due together).</translation>
    </message>
    <message>
        <source>The visit&apos;s date must lie in its month (%1).</source>
        <translation>The visit&apos;s date must lie in its month (%1).</translation>
    </message>
</context>
<context>
    <name>suiji::WorkCalendar</name>
    <message>
        <source>The holiday table is not valid JSON: %1 at character %2.</source>
        <translation>The holiday table is not valid JSON: %1 at character %2.</translation>
    </message>
    <message>
        <source>Holiday table entry %1: needs a date (YYYY-MM-DD) and a kind (holiday or workday).</source>
        <translation>Holiday table entry %1: needs a date (YYYY-MM-DD) and a kind (holiday or workday).</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; needs a date (YYYY-MM-DD) and a kind (holiday/休 or workday/班).</source>
        <translation>Line %1: &quot;%2&quot; needs a date (YYYY-MM-DD) and a kind (holiday/休 or workday/班).</translation>
    </message>
    <message>
        <source>%1 appears twice in the holiday table.</source>
        <translation>%1 appears twice in the holiday table.</translation>
    </message>
    <message>
        <source>%1 is a weekday; only a Saturday or Sunday can be an adjusted working day (调休上班).</source>
        <translation>%1 is a weekday; only a Saturday or Sunday can be an adjusted working day (调休上班).</translation>
    </message>
    <message>
        <source>The holiday table is empty.</source>
        <translation>The holiday table is empty.</translation>
    </message>
    <message>
        <source>No holiday table for %1: working days there count weekends only. Add the State Council&apos;s notice for %1 on the settings page or with suiji-cli holidays import.</source>
        <translation>No holiday table for %1: working days there count weekends only. Add the State Council&apos;s notice for %1 on the settings page or with suiji-cli holidays import.</translation>
    </message>
    <message>
        <source>Cannot save the holiday table.</source>
        <translation>Cannot save the holiday table.</translation>
    </message>
    <message>
        <source>Cannot read the holiday table.</source>
        <translation>Cannot read the holiday table.</translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; needs a date (YYYY-MM-DD) and a kind (holiday/休 or workday/班).</source>
        <translation>&quot;%1 %2&quot; needs a date (YYYY-MM-DD) and a kind (holiday/休 or workday/班).</translation>
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
        <source>%1 is damaged: the sheet &quot;%2&quot; is missing from the workbook.</source>
        <translation>%1 is damaged: the sheet &quot;%2&quot; is missing from the workbook.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet &quot;%2&quot; cannot be read.</source>
        <translation>%1 is damaged: the sheet &quot;%2&quot; cannot be read.</translation>
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
        <source>%1 has no sheet named &quot;%2&quot;. Its sheets are: %3.</source>
        <translation>%1 has no sheet named &quot;%2&quot;. Its sheets are: %3.</translation>
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
        <source>Row %1: a cell reference &quot;%2&quot; is outside the sheet.</source>
        <translation>Row %1: a cell reference &quot;%2&quot; is outside the sheet.</translation>
    </message>
    <message>
        <source>Row %1, column %2: a cell holds more than %3 characters, more than Excel allows. The file is probably damaged.</source>
        <translation>Row %1, column %2: a cell holds more than %3 characters, more than Excel allows. The file is probably damaged.</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; is damaged near row %2: %3</source>
        <translation>The sheet &quot;%1&quot; is damaged near row %2: %3</translation>
    </message>
    <message>
        <source>The workbook is truncated or damaged: the sheet &quot;%1&quot; ends early, near row %2.</source>
        <translation>The workbook is truncated or damaged: the sheet &quot;%1&quot; ends early, near row %2.</translation>
    </message>
    <message>
        <source>Excel workbook, sheet &quot;%1&quot;%2</source>
        <translation>Excel workbook, sheet &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>, 1904 date system</source>
        <translation>, 1904 date system</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 holds an XML tag longer than %3 KB (an Excel file has none). The file is damaged or made to stall the reader.</source>
        <translation>%1 is refused: its part %2 holds an XML tag longer than %3 KB (an Excel file has none). The file is damaged or made to stall the reader.</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 holds a text longer than %3 MB, more than any cell may hold. The file is damaged or made to stall the reader.</source>
        <translation>%1 is refused: its part %2 holds a text longer than %3 MB, more than any cell may hold. The file is damaged or made to stall the reader.</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 inflates beyond its declared size or beyond %3 MB (%4 times its compressed size). A workbook this large or this compressed is not a list (it may be a zip bomb).</source>
        <translation>%1 is refused: its part %2 inflates beyond its declared size or beyond %3 MB (%4 times its compressed size). A workbook this large or this compressed is not a list (it may be a zip bomb).</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 does not match its checksum (CRC-32). Ask for the file again.</source>
        <translation>%1 is damaged: its part %2 does not match its checksum (CRC-32). Ask for the file again.</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: its part %2 ends early.</source>
        <translation>%1 is truncated or damaged: its part %2 ends early.</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 is larger than 16 MB (a workbook&apos;s list of sheets is a few KB).</source>
        <translation>%1 is refused: its part %2 is larger than 16 MB (a workbook&apos;s list of sheets is a few KB).</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be read (%3).</source>
        <translation>%1 is damaged: its part %2 cannot be read (%3).</translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation>checksum mismatch</translation>
    </message>
    <message>
        <source>truncated or corrupt data</source>
        <translation>truncated or corrupt data</translation>
    </message>
    <message>
        <source>%1 is refused: its list of sheets declares a DTD, which no Excel file does.</source>
        <translation>%1 is refused: its list of sheets declares a DTD, which no Excel file does.</translation>
    </message>
    <message>
        <source>%1 is refused: its styles declare a DTD, which no Excel file does.</source>
        <translation>%1 is refused: its styles declare a DTD, which no Excel file does.</translation>
    </message>
    <message>
        <source>%1 is refused: its shared strings declare a DTD, which no Excel file does.</source>
        <translation>%1 is refused: its shared strings declare a DTD, which no Excel file does.</translation>
    </message>
    <message>
        <source>%1 is refused: it holds more than %2 different texts or %3 million characters of text, more than a list of entities has (a list of a million rows stays well below). The file may be made to exhaust memory.</source>
        <translation>%1 is refused: it holds more than %2 different texts or %3 million characters of text, more than a list of entities has (a list of a million rows stays well below). The file may be made to exhaust memory.</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; has more than %2 rows, more than Excel allows. The file is damaged or made to stall the reader.</source>
        <translation>The sheet &quot;%1&quot; has more than %2 rows, more than Excel allows. The file is damaged or made to stall the reader.</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; numbers a row &quot;%2&quot; after row %3: not a row of an Excel sheet (1 to %4).</source>
        <translation>The sheet &quot;%1&quot; numbers a row &quot;%2&quot; after row %3: not a row of an Excel sheet (1 to %4).</translation>
    </message>
    <message>
        <source>Row %1: a value in column %2, beyond the %3 columns Suiji reads. Delete what lies right of the list and save again.</source>
        <translation>Row %1: a value in column %2, beyond the %3 columns Suiji reads. Delete what lies right of the list and save again.</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; declares a DTD, which no Excel file does: refused.</source>
        <translation>The sheet &quot;%1&quot; declares a DTD, which no Excel file does: refused.</translation>
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
    <name>suiji::YearView</name>
    <message>
        <source>General fixed-source tasks</source>
        <translation>General fixed-source tasks</translation>
    </message>
    <message>
        <source>%1 tasks in %2 quarters; target %3 × %4 inspectors = %5; projected %6</source>
        <translation>%1 tasks in %2 quarters; target %3 × %4 inspectors = %5; projected %6</translation>
    </message>
    <message>
        <source>Key units checked</source>
        <translation>Key units checked</translation>
    </message>
    <message>
        <source>%1 of %2 key units (%3%); target %4%; projected %5%</source>
        <translation>%1 of %2 key units (%3%); target %4%; projected %5%</translation>
    </message>
    <message>
        <source>Joint inspections</source>
        <translation>Joint inspections</translation>
    </message>
    <message>
        <source>%1 joint of %2 (%3%); target %4%, all done by %5-%6</source>
        <translation>%1 joint of %2 (%3%); target %4%, all done by %5-%6</translation>
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
        <source>--seed must be a whole number ≥ 0, not &quot;%1&quot;.</source>
        <translation>--seed must be a whole number ≥ 0, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--scale must be a number above 0 and at most 10, not &quot;%1&quot;.</source>
        <translation>--scale must be a number above 0 and at most 10, not &quot;%1&quot;.</translation>
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
        <source>show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>show this help; COMMAND --help shows a command&apos;s options</translation>
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
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
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
    <message>
        <source>&quot;%1&quot; is not a quarter; write it as 2025Q3.</source>
        <translation>&quot;%1&quot; is not a quarter; write it as 2025Q3.</translation>
    </message>
    <message>
        <source>Preview or commit a bureau&apos;s draws for a quarter.</source>
        <translation>Preview or commit a bureau&apos;s draws for a quarter.</translation>
    </message>
    <message>
        <source>The quarter, e.g. 2025Q3.</source>
        <translation>The quarter, e.g. 2025Q3.</translation>
    </message>
    <message>
        <source>The bureau (id, e.g. nanshan, or 南山).</source>
        <translation>The bureau (id, e.g. nanshan, or 南山).</translation>
    </message>
    <message>
        <source>The public seed: 1–128 printable ASCII characters, e.g. 20 digits rolled with dice.</source>
        <translation>The public seed: 1–128 printable ASCII characters, e.g. 20 digits rolled with dice.</translation>
    </message>
    <message>
        <source>Compute and commit the whole quarter in one transaction.</source>
        <translation>Compute and commit the whole quarter in one transaction.</translation>
    </message>
    <message>
        <source>Print 20 digits from the system&apos;s secure random source and exit.</source>
        <translation>Print 20 digits from the system&apos;s secure random source and exit.</translation>
    </message>
    <message>
        <source>--inspectors must be a whole number from 0 to 10000.</source>
        <translation>--inspectors must be a whole number from 0 to 10000.</translation>
    </message>
    <message>
        <source>Committed %1 pools and %2 tasks for %3 %4.</source>
        <translation>Committed %1 pools and %2 tasks for %3 %4.</translation>
    </message>
    <message>
        <source>%1 %2, seed %3, %4 tasks, team cap %5</source>
        <translation>%1 %2, seed %3, %4 tasks, team cap %5</translation>
    </message>
    <message>
        <source>k %1 of %2, must-check %3, pool_fp %4, result_fp %5</source>
        <translation>k %1 of %2, must-check %3, pool_fp %4, result_fp %5</translation>
    </message>
    <message>
        <source>Recompute every committed draw and the record chain.</source>
        <translation>Recompute every committed draw and the record chain.</translation>
    </message>
    <message>
        <source>All %1 committed draws and the record chain check out.</source>
        <translation>All %1 committed draws and the record chain check out.</translation>
    </message>
    <message>
        <source>Mismatch in record %1 (%2 %3 %4): %5</source>
        <translation>Mismatch in record %1 (%2 %3 %4): %5</translation>
    </message>
    <message>
        <source>Classify for this quarter (default: the current one).</source>
        <translation>Classify for this quarter (default: the current one).</translation>
    </message>
    <message>
        <source>Unknown pool &quot;%1&quot;. Pools of %2: %3.</source>
        <translation>Unknown pool &quot;%1&quot;. Pools of %2: %3.</translation>
    </message>
    <message>
        <source>Show the quarter&apos;s quota per pool for a bureau.</source>
        <translation>Show the quarter&apos;s quota per pool for a bureau.</translation>
    </message>
    <message>
        <source>Inspectors taking part (overrides the stored count for this call).</source>
        <translation>Inspectors taking part (overrides the stored count for this call).</translation>
    </message>
    <message>
        <source>Store --inspectors as the bureau&apos;s count for the quarter.</source>
        <translation>Store --inspectors as the bureau&apos;s count for the quarter.</translation>
    </message>
    <message>
        <source>Usage: suiji-cli quota --quarter YYYYQn --bureau B [--inspectors N [--save]] [--json]</source>
        <translation>Usage: suiji-cli quota --quarter YYYYQn --bureau B [--inspectors N [--save]] [--json]</translation>
    </message>
    <message>
        <source>--save needs --inspectors N.</source>
        <translation>--save needs --inspectors N.</translation>
    </message>
    <message>
        <source>Saved: %1 inspectors for %2 in %3.</source>
        <translation>Saved: %1 inspectors for %2 in %3.</translation>
    </message>
    <message>
        <source>eligible %1, excluded %2, must-check %3, quota %4%5 (%6)</source>
        <translation>eligible %1, excluded %2, must-check %3, quota %4%5 (%6)</translation>
    </message>
    <message>
        <source>, capped</source>
        <translation>, capped</translation>
    </message>
    <message>
        <source>A bureau&apos;s year against the year targets, from its committed draws.</source>
        <translation>A bureau&apos;s year against the year targets, from its committed draws.</translation>
    </message>
    <message>
        <source>The year, e.g. 2025.</source>
        <translation>The year, e.g. 2025.</translation>
    </message>
    <message>
        <source>Usage: suiji-cli year --year YYYY --bureau B [--json]</source>
        <translation>Usage: suiji-cli year --year YYYY --bureau B [--json]</translation>
    </message>
    <message>
        <source>The ledger (台账) of a quarter.</source>
        <translation>The ledger (台账) of a quarter.</translation>
    </message>
    <message>
        <source>The quarter, e.g. 2025Q3 (default: the current one).</source>
        <translation>The quarter, e.g. 2025Q3 (default: the current one).</translation>
    </message>
    <message>
        <source>Only this bureau.</source>
        <translation>Only this bureau.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task(s)</numerusform>
            <numerusform>%n task(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The task&apos;s pool, e.g. fixed.key.</source>
        <translation>The task&apos;s pool, e.g. fixed.key.</translation>
    </message>
    <message>
        <source>The inspection or publication date, YYYY-MM-DD.</source>
        <translation>The inspection or publication date, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The inspection&apos;s result, as it will be published.</source>
        <translation>The inspection&apos;s result, as it will be published.</translation>
    </message>
    <message>
        <source>The bureau, if the key is drawn in more than one.</source>
        <translation>The bureau, if the key is drawn in more than one.</translation>
    </message>
    <message>
        <source>Remediation plots: the month of the quarter, 1–3.</source>
        <translation>Remediation plots: the month of the quarter, 1–3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2025-09-26.</source>
        <translation>&quot;%1&quot; is not a date; write it as 2025-09-26.</translation>
    </message>
    <message>
        <source>--month is the month of the quarter: 1, 2 or 3.</source>
        <translation>--month is the month of the quarter: 1, 2 or 3.</translation>
    </message>
    <message>
        <source>Task %1 (%2, %3) recorded as inspected on %4.</source>
        <translation>Task %1 (%2, %3) recorded as inspected on %4.</translation>
    </message>
    <message>
        <source>Task %1 (%2, %3) recorded as published on %4.</source>
        <translation>Task %1 (%2, %3) recorded as published on %4.</translation>
    </message>
    <message>
        <source>Planned vs completed by month, targets, joint ratio, publication deadlines and alerts.</source>
        <translation>Planned vs completed by month, targets, joint ratio, publication deadlines and alerts.</translation>
    </message>
    <message>
        <source>The bureau (default: the whole city).</source>
        <translation>The bureau (default: the whole city).</translation>
    </message>
    <message>
        <source>Usage: suiji-cli progress --quarter YYYYQn [--bureau B] [--json]</source>
        <translation>Usage: suiji-cli progress --quarter YYYYQn [--bureau B] [--json]</translation>
    </message>
    <message>
        <source>%1 %2: %3 tasks, %4 done, %5 published</source>
        <translation>%1 %2: %3 tasks, %4 done, %5 published</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>planned %1 (%2%), done %3 (%4%), target %5%</source>
        <translation>planned %1 (%2%), done %3 (%4%), target %5%</translation>
    </message>
    <message>
        <source>quarter summary due %1; next quarter drawn by %2</source>
        <translation>quarter summary due %1; next quarter drawn by %2</translation>
    </message>
    <message>
        <source>Show, import or edit the holiday tables of the working-day calendar.</source>
        <translation>Show, import or edit the holiday tables of the working-day calendar.</translation>
    </message>
    <message>
        <source>Only this year.</source>
        <translation>Only this year.</translation>
    </message>
    <message>
        <source>With due: working days to add (default 18).</source>
        <translation>With due: working days to add (default 18).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 days.</source>
        <translation>Imported %1 days.</translation>
    </message>
    <message>
        <source>Usage: suiji-cli holidays due DATE [--days N]</source>
        <translation>Usage: suiji-cli holidays due DATE [--days N]</translation>
    </message>
    <message>
        <source>Usage: suiji-cli holidays [list | import FILE | set DATE holiday|workday [NAME] | remove DATE | due DATE] [--year Y] [--json]</source>
        <translation>Usage: suiji-cli holidays [list | import FILE | set DATE holiday|workday [NAME] | remove DATE | due DATE] [--year Y] [--json]</translation>
    </message>
    <message>
        <source>Only the lists: no committed 2025Q3 draws and no progress.</source>
        <translation>Only the lists: no committed 2025Q3 draws and no progress.</translation>
    </message>
    <message>
        <source>The file to write: .xlsx or .csv.</source>
        <translation>The file to write: .xlsx or .csv.</translation>
    </message>
    <message>
        <source>%1: the file name must end in .xlsx or .csv.</source>
        <translation>%1: the file name must end in .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>Wrote %1 rows to %2.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages) in %3 s.</source>
        <translation>Wrote %1 (%2 pages) in %3 s.</translation>
    </message>
    <message>
        <source>Writing the %1 report…</source>
        <translation>Writing the %1 report…</translation>
    </message>
    <message>
        <source>Writing… %1 of %2 bureaus</source>
        <translation>Writing… %1 of %2 bureaus</translation>
    </message>
    <message>
        <source>No database at %1: using the holiday tables shipped with Suiji.</source>
        <translation>No database at %1: using the holiday tables shipped with Suiji.</translation>
    </message>
    <message>
        <source>Another program is writing to %1; waiting for it to finish…</source>
        <translation>Another program is writing to %1; waiting for it to finish…</translation>
    </message>
    <message>
        <source>freeze: inspectors taking part (overrides the stored count).</source>
        <translation>freeze: inspectors taking part (overrides the stored count).</translation>
    </message>
    <message>
        <source>Compute and show, and log the seed as an attempt (draw-spec v2).</source>
        <translation>Compute and show, and log the seed as an attempt (draw-spec v2).</translation>
    </message>
    <message>
        <source>commit: why the seed is not the first one tried; void: why the freeze is withdrawn.</source>
        <translation>commit: why the seed is not the first one tried; void: why the freeze is withdrawn.</translation>
    </message>
    <message>
        <source>freeze: how the seed will be made, e.g. &quot;会上掷十面骰 20 次&quot;.</source>
        <translation>freeze: how the seed will be made, e.g. &quot;会上掷十面骰 20 次&quot;.</translation>
    </message>
    <message>
        <source>Usage: suiji-cli draw freeze --quarter Q --bureau B [--seed-source TEXT] [--json]
       suiji-cli draw --quarter Q --bureau B --seed S (--preview|--commit [--reason TEXT]) [--json]
       suiji-cli draw void --quarter Q --bureau B --reason TEXT
       suiji-cli draw attempts --quarter Q --bureau B [--json]</source>
        <translation>Usage: suiji-cli draw freeze --quarter Q --bureau B [--seed-source TEXT] [--json]
       suiji-cli draw --quarter Q --bureau B --seed S (--preview|--commit [--reason TEXT]) [--json]
       suiji-cli draw void --quarter Q --bureau B --reason TEXT
       suiji-cli draw attempts --quarter Q --bureau B [--json]</translation>
    </message>
    <message>
        <source>--inspectors goes with draw freeze: the lock fixes the quarter&apos;s quotas.</source>
        <translation>--inspectors goes with draw freeze: the lock fixes the quarter&apos;s quotas.</translation>
    </message>
    <message>
        <source>The freeze %1 of %2 %3 is voided; lock the lists again before drawing.</source>
        <translation>The freeze %1 of %2 %3 is voided; lock the lists again before drawing.</translation>
    </message>
    <message>
        <source>Commit record: %1 — keep this hash (suiji-cli verify --anchor).</source>
        <translation>Commit record: %1 — keep this hash (suiji-cli verify --anchor).</translation>
    </message>
    <message>
        <source>Attempt %1 against freeze %2 (the first seed tried: %3).</source>
        <translation>Attempt %1 against freeze %2 (the first seed tried: %3).</translation>
    </message>
    <message>
        <source>Lists of %1 %2 locked. Freeze record: %3</source>
        <translation>Lists of %1 %2 locked. Freeze record: %3</translation>
    </message>
    <message>
        <source>k %1, pool_fp %2, must_fp %3</source>
        <translation>k %1, pool_fp %2, must_fp %3</translation>
    </message>
    <message>
        <source>roster_fp %1; seed source: %2</source>
        <translation>roster_fp %1; seed source: %2</translation>
    </message>
    <message>
        <source>Publish the freeze hash before the seed is made; from now on the quarter draws from these lists only.</source>
        <translation>Publish the freeze hash before the seed is made; from now on the quarter draws from these lists only.</translation>
    </message>
    <message>
        <source>staffed</source>
        <translation>staffed</translation>
    </message>
    <message>
        <source>not staffed</source>
        <translation>not staffed</translation>
    </message>
    <message>
        <source>A record hash kept outside the file (on a plan, a 抽取公告, a bundle): it must be in the chain unchanged with all before it. Repeatable.</source>
        <translation>A record hash kept outside the file (on a plan, a 抽取公告, a bundle): it must be in the chain unchanged with all before it. Repeatable.</translation>
    </message>
    <message>
        <source>%1 records in %2 bureau chains (draw-spec v2) check out.</source>
        <translation>%1 records in %2 bureau chains (draw-spec v2) check out.</translation>
    </message>
    <message>
        <source>Anchor %1 is in the chain, unchanged with everything before it.</source>
        <translation>Anchor %1 is in the chain, unchanged with everything before it.</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>Verification failed: %1</translation>
    </message>
    <message>
        <source>Mismatch in the chain of %1, record %2 (%3, %4): %5</source>
        <translation>Mismatch in the chain of %1, record %2 (%3, %4): %5</translation>
    </message>
    <message>
        <source>Write the public verification bundle of a committed quarter: draw.json, verify.py, verify.html, README.txt.</source>
        <translation>Write the public verification bundle of a committed quarter: draw.json, verify.py, verify.html, README.txt.</translation>
    </message>
    <message>
        <source>The folder to write (created if missing).</source>
        <translation>The folder to write (created if missing).</translation>
    </message>
    <message>
        <source>Include the inspectors&apos; names (left out by default).</source>
        <translation>Include the inspectors&apos; names (left out by default).</translation>
    </message>
    <message>
        <source>Usage: suiji-cli publish --quarter Q --bureau B --out DIR [--with-names]</source>
        <translation>Usage: suiji-cli publish --quarter Q --bureau B --out DIR [--with-names]</translation>
    </message>
    <message>
        <source>Bundle written to %1: draw.json, verify.py, verify.html, README.txt (commit %2).</source>
        <translation>Bundle written to %1: draw.json, verify.py, verify.html, README.txt (commit %2).</translation>
    </message>
    <message>
        <source>report freeze needs --bureau: a notice is one bureau&apos;s lock.</source>
        <translation>report freeze needs --bureau: a notice is one bureau&apos;s lock.</translation>
    </message>
    <message>
        <source>joint %1 / %2 (%3%), %4 done, due %5</source>
        <translation>joint %1 / %2 (%3%), %4 done, due %5</translation>
    </message>
    <message>
        <source>With --save: store a count above the roster&apos;s members taking part (confirmed).</source>
        <translation>With --save: store a count above the roster&apos;s members taking part (confirmed).</translation>
    </message>
    <message>
        <source>%1 inspectors is more than the %2 of %3&apos;s roster taking part in %4. Add them to the roster, or confirm the count with --over-roster.</source>
        <translation>%1 inspectors is more than the %2 of %3&apos;s roster taking part in %4. Add them to the roster, or confirm the count with --over-roster.</translation>
    </message>
    <message>
        <source>the count saved for the quarter</source>
        <translation>the count saved for the quarter</translation>
    </message>
    <message>
        <source>--inspectors</source>
        <translation>--inspectors</translation>
    </message>
    <message>
        <source>the roster&apos;s members taking part</source>
        <translation>the roster&apos;s members taking part</translation>
    </message>
    <message>
        <source>%1 %2, %3 inspectors (%4; the roster has %5 taking part), profile %6</source>
        <translation>%1 %2, %3 inspectors (%4; the roster has %5 taking part), profile %6</translation>
    </message>
    <message>
        <source>its violation clue was covered by a draw committed after it arrived</source>
        <translation>its violation clue was covered by a draw committed after it arrived</translation>
    </message>
    <message>
        <source>freeze: apply what the year targets still need (the catch-up) to the quotas locked.</source>
        <translation>freeze: apply what the year targets still need (the catch-up) to the quotas locked.</translation>
    </message>
    <message>
        <source>Apply what the year targets still need (the catch-up) to the quotas shown.</source>
        <translation>Apply what the year targets still need (the catch-up) to the quotas shown.</translation>
    </message>
    <message>
        <source>Store what the bureau drew elsewhere this year in a pool (e.g. fixed.key=20; 0 clears it); repeatable.</source>
        <translation>Store what the bureau drew elsewhere this year in a pool (e.g. fixed.key=20; 0 clears it); repeatable.</translation>
    </message>
    <message>
        <source>--prior takes POOL=N with a pool of %1 and a count, e.g. fixed.key=20.</source>
        <translation>--prior takes POOL=N with a pool of %1 and a count, e.g. fixed.key=20.</translation>
    </message>
    <message>
        <source>Saved: %1 drawn elsewhere in %2 in %3 %4.</source>
        <translation>Saved: %1 drawn elsewhere in %2 in %3 %4.</translation>
    </message>
    <message>
        <source>(applied)</source>
        <translation>(applied)</translation>
    </message>
    <message>
        <source>(apply with --catch-up)</source>
        <translation>(apply with --catch-up)</translation>
    </message>
    <message>
        <source>List the year&apos;s reporting deadlines, or record that a report was submitted.</source>
        <translation>List the year&apos;s reporting deadlines, or record that a report was submitted.</translation>
    </message>
    <message>
        <source>The year (default: this year).</source>
        <translation>The year (default: this year).</translation>
    </message>
    <message>
        <source>The bureau (id or name); without it, the city&apos;s own reports.</source>
        <translation>The bureau (id or name); without it, the city&apos;s own reports.</translation>
    </message>
    <message>
        <source>done: the day the report was submitted, YYYY-MM-DD.</source>
        <translation>done: the day the report was submitted, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Usage: suiji-cli deadlines list [--year Y] [--bureau B] [--json] | deadlines done ID --date YYYY-MM-DD [--year Y] [--bureau B]</source>
        <translation>Usage: suiji-cli deadlines list [--year Y] [--bureau B] [--json] | deadlines done ID --date YYYY-MM-DD [--year Y] [--bureau B]</translation>
    </message>
    <message>
        <source>--year takes a year, e.g. 2025.</source>
        <translation>--year takes a year, e.g. 2025.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2025-11-07.</source>
        <translation>&quot;%1&quot; is not a date; write it as 2025-11-07.</translation>
    </message>
    <message>
        <source>No deadline &quot;%1&quot; in %2. The deadlines are: %3.</source>
        <translation>No deadline &quot;%1&quot; in %2. The deadlines are: %3.</translation>
    </message>
    <message>
        <source>Recorded: %1 of %2 submitted on %3.</source>
        <translation>Recorded: %1 of %2 submitted on %3.</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>submitted %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>List assigned (下达) targets, hand one down, or record inspections against it.</source>
        <translation>List assigned (下达) targets, hand one down, or record inspections against it.</translation>
    </message>
    <message>
        <source>The target&apos;s name, e.g. &quot;深圳蓝新车检查&quot;.</source>
        <translation>The target&apos;s name, e.g. &quot;深圳蓝新车检查&quot;.</translation>
    </message>
    <message>
        <source>set: the count handed down; record: inspections done.</source>
        <translation>set: the count handed down; record: inspections done.</translation>
    </message>
    <message>
        <source>set: the due date, YYYY-MM-DD.</source>
        <translation>set: the due date, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>set: who handed it down, e.g. a document number.</source>
        <translation>set: who handed it down, e.g. a document number.</translation>
    </message>
    <message>
        <source>record: the day of the inspections, YYYY-MM-DD.</source>
        <translation>record: the day of the inspections, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Usage: suiji-cli targets list [--year Y] [--bureau B] [--json] | targets set --year Y --bureau B --item TEXT --count N [--due YYYY-MM-DD] | targets record --year Y --bureau B --item TEXT --count N --date YYYY-MM-DD</source>
        <translation>Usage: suiji-cli targets list [--year Y] [--bureau B] [--json] | targets set --year Y --bureau B --item TEXT --count N [--due YYYY-MM-DD] | targets record --year Y --bureau B --item TEXT --count N --date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>targets %1 needs --bureau, --item and --count.</source>
        <translation>targets %1 needs --bureau, --item and --count.</translation>
    </message>
    <message>
        <source>--count takes a whole number (at least 1 for record).</source>
        <translation>--count takes a whole number (at least 1 for record).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2025-12-31.</source>
        <translation>&quot;%1&quot; is not a date; write it as 2025-12-31.</translation>
    </message>
    <message>
        <source>Target handed down: %1 %2 %3, %4.</source>
        <translation>Target handed down: %1 %2 %3, %4.</translation>
    </message>
    <message>
        <source>targets record needs --date YYYY-MM-DD.</source>
        <translation>targets record needs --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 is not in %2.</translation>
    </message>
    <message>
        <source>%1 lies in the future: record inspections once they have happened.</source>
        <translation>%1 lies in the future: record inspections once they have happened.</translation>
    </message>
    <message>
        <source>Recorded: %1 inspections of %2 on %3.</source>
        <translation>Recorded: %1 inspections of %2 on %3.</translation>
    </message>
    <message>
        <source> — drawn by 移动源处 (--bureau mobile)</source>
        <translation> — drawn by 移动源处 (--bureau mobile)</translation>
    </message>
    <message>
        <source>Record a task as done (inspected) or its result as published, or mark it a typical case.</source>
        <translation>Record a task as done (inspected) or its result as published, or mark it a typical case.</translation>
    </message>
    <message>
        <source>typical: what makes the inspection a typical case (典型案例), a short text.</source>
        <translation>typical: what makes the inspection a typical case (典型案例), a short text.</translation>
    </message>
    <message>
        <source>typical: no longer a typical case.</source>
        <translation>typical: no longer a typical case.</translation>
    </message>
    <message>
        <source>Usage: suiji-cli task done|published KEY --pool P --quarter YYYYQn --date YYYY-MM-DD [--result TEXT]
       suiji-cli task typical KEY --pool P --quarter YYYYQn (--text TEXT | --clear)</source>
        <translation>Usage: suiji-cli task done|published KEY --pool P --quarter YYYYQn --date YYYY-MM-DD [--result TEXT]
       suiji-cli task typical KEY --pool P --quarter YYYYQn (--text TEXT | --clear)</translation>
    </message>
    <message>
        <source>Task %1 (%2, %3) is no longer a typical case.</source>
        <translation>Task %1 (%2, %3) is no longer a typical case.</translation>
    </message>
    <message>
        <source>Task %1 (%2, %3) marked as a typical case; the year report prints it.</source>
        <translation>Task %1 (%2, %3) marked as a typical case; the year report prints it.</translation>
    </message>
    <message>
        <source>Unknown bureau &quot;%1&quot;. Use one of: futian, luohu, yantian, nanshan, baoan, longgang, longhua, pingshan, guangming, dapeng, shenshan, or mobile (移动源处, the mobile-source division).</source>
        <translation>Unknown bureau &quot;%1&quot;. Use one of: futian, luohu, yantian, nanshan, baoan, longgang, longhua, pingshan, guangming, dapeng, shenshan, or mobile (移动源处, the mobile-source division).</translation>
    </message>
    <message>
        <source>Name recorded with what the command writes (default: the login name).</source>
        <translation>Name recorded with what the command writes (default: the login name).</translation>
    </message>
    <message>
        <source>commit: refuse unless the lists are locked by this freeze (its hash, or the first 16 characters the preview prints).</source>
        <translation>commit: refuse unless the lists are locked by this freeze (its hash, or the first 16 characters the preview prints).</translation>
    </message>
    <message>
        <source>--%1 takes a date, YYYY-MM-DD.</source>
        <translation>--%1 takes a date, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Case-driven inspections: import, list, dispatch and record alerts, complaints and referrals.</source>
        <translation>Case-driven inspections: import, list, dispatch and record alerts, complaints and referrals.</translation>
    </message>
    <message>
        <source>list: the bureau (id or name); without it, every bureau.</source>
        <translation>list: the bureau (id or name); without it, every bureau.</translation>
    </message>
    <message>
        <source>list: only cases in this state (待分拨 … 已闭环, or pending … closed).</source>
        <translation>list: only cases in this state (待分拨 … 已闭环, or pending … closed).</translation>
    </message>
    <message>
        <source>list: only cases past a deadline.</source>
        <translation>list: only cases past a deadline.</translation>
    </message>
    <message>
        <source>import: check and report, write nothing.</source>
        <translation>import: check and report, write nothing.</translation>
    </message>
    <message>
        <source>assign: the team&apos;s badges, e.g. 19030001,19030002 (default: suggested).</source>
        <translation>assign: the team&apos;s badges, e.g. 19030001,19030002 (default: suggested).</translation>
    </message>
    <message>
        <source>assign: the due date (default: the profile&apos;s closure deadline).</source>
        <translation>assign: the due date (default: the profile&apos;s closure deadline).</translation>
    </message>
    <message>
        <source>update: the day of the check.</source>
        <translation>update: the day of the check.</translation>
    </message>
    <message>
        <source>update: how it was checked, onsite or offsite.</source>
        <translation>update: how it was checked, onsite or offsite.</translation>
    </message>
    <message>
        <source>update: what the check found.</source>
        <translation>update: what the check found.</translation>
    </message>
    <message>
        <source>update: 无问题, 责令改正, 立案处罚 or 移送.</source>
        <translation>update: 无问题, 责令改正, 立案处罚 or 移送.</translation>
    </message>
    <message>
        <source>update: the case number of a penalty or a transfer.</source>
        <translation>update: the case number of a penalty or a transfer.</translation>
    </message>
    <message>
        <source>update: the day the result was reported back to the source.</source>
        <translation>update: the day the result was reported back to the source.</translation>
    </message>
    <message>
        <source>update: the day the case was closed (闭环).</source>
        <translation>update: the day the case was closed (闭环).</translation>
    </message>
    <message>
        <source>--state takes 待分拨, 已分拨, 已核查, 已处置, 已反馈 or 已闭环.</source>
        <translation>--state takes 待分拨, 已分拨, 已核查, 已处置, 已反馈 or 已闭环.</translation>
    </message>
    <message>
        <source>Case %1 dispatched to %2, due %3.</source>
        <translation>Case %1 dispatched to %2, due %3.</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation>Case %1 is now %2.</translation>
    </message>
    <message>
        <source>	overdue</source>
        <translation>	overdue</translation>
    </message>
    <message>
        <source>Usage: suiji-cli export ledger|publicity|breakdown|cases --quarter YYYYQn [--bureau B] --out FILE.xlsx|FILE.csv</source>
        <translation>Usage: suiji-cli export ledger|publicity|breakdown|cases --quarter YYYYQn [--bureau B] --out FILE.xlsx|FILE.csv</translation>
    </message>
    <message>
        <source>update, with the check: the finding is a violation clue (违法线索) at the monitoring agency.</source>
        <translation>update, with the check: the finding is a violation clue (违法线索) at the monitoring agency.</translation>
    </message>
    <message>
        <source>Usage: suiji-cli case import FILE [--dry-run] [--json] | case list [--bureau B] [--state S] [--overdue] [--json]
       | case assign ID [--inspectors BADGE,BADGE] [--due DATE] | case update ID [--checked DATE --mode onsite|offsite --finding TEXT [--clue]] [--outcome O [--case-number N]] [--feedback DATE] [--close DATE]</source>
        <translation>Usage: suiji-cli case import FILE [--dry-run] [--json] | case list [--bureau B] [--state S] [--overdue] [--json]
       | case assign ID [--inspectors BADGE,BADGE] [--due DATE] | case update ID [--checked DATE --mode onsite|offsite --finding TEXT [--clue]] [--outcome O [--case-number N]] [--feedback DATE] [--close DATE]</translation>
    </message>
    <message>
        <source>Special campaigns: procedure, scope, targets drawn in public, inspections.</source>
        <translation>Special campaigns: procedure, scope, targets drawn in public, inspections.</translation>
    </message>
    <message>
        <source>create: the campaign&apos;s id, e.g. ZX2025-VOCS.</source>
        <translation>create: the campaign&apos;s id, e.g. ZX2025-VOCS.</translation>
    </message>
    <message>
        <source>create: the campaign&apos;s name.</source>
        <translation>create: the campaign&apos;s name.</translation>
    </message>
    <message>
        <source>create: the bureau running it; list: only its campaigns.</source>
        <translation>create: the bureau running it; list: only its campaigns.</translation>
    </message>
    <message>
        <source>create: the first day of the period.</source>
        <translation>create: the first day of the period.</translation>
    </message>
    <message>
        <source>create: the last day of the period.</source>
        <translation>create: the last day of the period.</translation>
    </message>
    <message>
        <source>create: the legal basis.</source>
        <translation>create: the legal basis.</translation>
    </message>
    <message>
        <source>create: the field or region of the problem.</source>
        <translation>create: the field or region of the problem.</translation>
    </message>
    <message>
        <source>scope: categories, e.g. fixed,soil (default: every one).</source>
        <translation>scope: categories, e.g. fixed,soil (default: every one).</translation>
    </message>
    <message>
        <source>scope: general or key.</source>
        <translation>scope: general or key.</translation>
    </message>
    <message>
        <source>scope: the class, general, key, special or offsite.</source>
        <translation>scope: the class, general, key, special or offsite.</translation>
    </message>
    <message>
        <source>scope: entities whose industry contains this.</source>
        <translation>scope: entities whose industry contains this.</translation>
    </message>
    <message>
        <source>scope: entities whose street contains this.</source>
        <translation>scope: entities whose street contains this.</translation>
    </message>
    <message>
        <source>scope: only the entities of this list (.csv/.xlsx of keys).</source>
        <translation>scope: only the entities of this list (.csv/.xlsx of keys).</translation>
    </message>
    <message>
        <source>approve: who approved it.</source>
        <translation>approve: who approved it.</translation>
    </message>
    <message>
        <source>approve, file, publish, close, task done: the day.</source>
        <translation>approve, file, publish, close, task done: the day.</translation>
    </message>
    <message>
        <source>approve: the approval document&apos;s number.</source>
        <translation>approve: the approval document&apos;s number.</translation>
    </message>
    <message>
        <source>file: where it was filed.</source>
        <translation>file: where it was filed.</translation>
    </message>
    <message>
        <source>publish: where it was published.</source>
        <translation>publish: where it was published.</translation>
    </message>
    <message>
        <source>freeze: every entity in scope is a target.</source>
        <translation>freeze: every entity in scope is a target.</translation>
    </message>
    <message>
        <source>freeze: a random sample of N entities in scope.</source>
        <translation>freeze: a random sample of N entities in scope.</translation>
    </message>
    <message>
        <source>freeze: how the seed will be made.</source>
        <translation>freeze: how the seed will be made.</translation>
    </message>
    <message>
        <source>draw: the public seed.</source>
        <translation>draw: the public seed.</translation>
    </message>
    <message>
        <source>draw: compute and show, and log the seed as an attempt.</source>
        <translation>draw: compute and show, and log the seed as an attempt.</translation>
    </message>
    <message>
        <source>draw: commit the targets and their teams.</source>
        <translation>draw: commit the targets and their teams.</translation>
    </message>
    <message>
        <source>task done: what the inspection found.</source>
        <translation>task done: what the inspection found.</translation>
    </message>
    <message>
        <source>Campaign %1 (%2) is now %3.</source>
        <translation>Campaign %1 (%2) is now %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) in the scope of campaign %1.</source>
        <translation>
            <numerusform>%n entity in the scope of campaign %1.</numerusform>
            <numerusform>%n entities in the scope of campaign %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--sample takes a whole number.</source>
        <translation>--sample takes a whole number.</translation>
    </message>
    <message>
        <source>Targets of campaign %1 locked: %2 to draw; freeze %3, pool_fp %4, roster_fp %5.</source>
        <translation>Targets of campaign %1 locked: %2 to draw; freeze %3, pool_fp %4, roster_fp %5.</translation>
    </message>
    <message numerus="yes">
        <source>Committed: %n target(s), seed %1, result_fp %2.</source>
        <translation>
            <numerusform>Committed: %n target, seed %1, result_fp %2.</numerusform>
            <numerusform>Committed: %n targets, seed %1, result_fp %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview (attempt %1): %n target(s), seed %2, result_fp %3.</source>
        <translation>
            <numerusform>Preview (attempt %1): %n target, seed %2, result_fp %3.</numerusform>
            <numerusform>Preview (attempt %1): %n targets, seed %2, result_fp %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target %1 of campaign %2 inspected on %3.</source>
        <translation>Target %1 of campaign %2 inspected on %3.</translation>
    </message>
    <message>
        <source>Combined visits (综合查一次): one visit for the tasks of one company due in one month.</source>
        <translation>Combined visits (综合查一次): one visit for the tasks of one company due in one month.</translation>
    </message>
    <message>
        <source>propose, list: the quarter, e.g. 2025Q3.</source>
        <translation>propose, list: the quarter, e.g. 2025Q3.</translation>
    </message>
    <message>
        <source>The bureau (propose: required; list, year: without it, every bureau).</source>
        <translation>The bureau (propose: required; list, year: without it, every bureau).</translation>
    </message>
    <message>
        <source>accept: the visit&apos;s day (default: the proposed one).</source>
        <translation>accept: the visit&apos;s day (default: the proposed one).</translation>
    </message>
    <message>
        <source>Usage: suiji-cli visits propose --quarter Q --bureau B [--json] | visits accept VISIT [--date D]
       | visits list --quarter Q [--bureau B] [--json] | visits year [--year Y] [--bureau B] [--json]</source>
        <translation>Usage: suiji-cli visits propose --quarter Q --bureau B [--json] | visits accept VISIT [--date D]
       | visits list --quarter Q [--bureau B] [--json] | visits year [--year Y] [--bureau B] [--json]</translation>
    </message>
    <message>
        <source>%1 is not a visit&apos;s id (bureau|YYYY-MM|key, as visits propose prints it).</source>
        <translation>%1 is not a visit&apos;s id (bureau|YYYY-MM|key, as visits propose prints it).</translation>
    </message>
    <message>
        <source>--date takes a date, YYYY-MM-DD.</source>
        <translation>--date takes a date, YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>Visit %1 accepted: %n task(s) in one visit on %2 by %3.</source>
        <translation>
            <numerusform>Visit %1 accepted: %n task in one visit on %2 by %3.</numerusform>
            <numerusform>Visit %1 accepted: %n tasks in one visit on %2 by %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>	above the alert</source>
        <translation>	above the alert</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) with more than %1 on-site visits in %2.</source>
        <translation>
            <numerusform>%n company with more than %1 on-site visits in %2.</numerusform>
            <numerusform>%n companies with more than %1 on-site visits in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n combined visit(s) proposed, sparing %1 visit(s).</source>
        <translation>
            <numerusform>%n combined visit proposed, sparing %1 visit(s).</numerusform>
            <numerusform>%n combined visits proposed, sparing %1 visit(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n combined visit(s) accepted, sparing %1 visit(s).</source>
        <translation>
            <numerusform>%n combined visit accepted, sparing %1 visit(s).</numerusform>
            <numerusform>%n combined visits accepted, sparing %1 visit(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>A special campaign&apos;s bundle instead of a quarter&apos;s (its id).</source>
        <translation>A special campaign&apos;s bundle instead of a quarter&apos;s (its id).</translation>
    </message>
    <message>
        <source>Usage: suiji-cli publish --campaign ID --out DIR [--with-names]</source>
        <translation>Usage: suiji-cli publish --campaign ID --out DIR [--with-names]</translation>
    </message>
    <message>
        <source>create: its targets are checked off site (书面核查、信息共享、智慧监管).</source>
        <translation>create: its targets are checked off site (书面核查、信息共享、智慧监管).</translation>
    </message>
    <message>
        <source>Export the ledger, the publication list, the target breakdown, the cases or a campaign (.xlsx or .csv).</source>
        <translation>Export the ledger, the publication list, the target breakdown, the cases or a campaign (.xlsx or .csv).</translation>
    </message>
    <message>
        <source>Usage: suiji-cli export campaign ID --out FILE.xlsx|FILE.csv</source>
        <translation>Usage: suiji-cli export campaign ID --out FILE.xlsx|FILE.csv</translation>
    </message>
    <message>
        <source>draw --commit: why the seed is not the first one tried; void: why the lock is withdrawn.</source>
        <translation>draw --commit: why the seed is not the first one tried; void: why the lock is withdrawn.</translation>
    </message>
    <message>
        <source>Usage: suiji-cli campaign create --id ID --name TEXT --bureau B --from DATE --to DATE [--basis TEXT] [--field TEXT] [--offsite]
       suiji-cli campaign scope ID [--category C] [--level L] [--class K] [--industry TEXT] [--street TEXT] [--keys FILE] [--json]
       suiji-cli campaign approve ID --by TEXT --date D --doc NO | file ID --with TEXT --date D | publish ID --where TEXT --date D
       suiji-cli campaign freeze ID (--all | --sample N) [--seed-source TEXT] | void ID --reason TEXT
       suiji-cli campaign draw ID --seed S (--preview | --commit [--reason TEXT]) [--json]
       suiji-cli campaign task done ID KEY --date D [--result TEXT]
       suiji-cli campaign list [--bureau B] [--json] | close ID [--date D]</source>
        <translation>Usage: suiji-cli campaign create --id ID --name TEXT --bureau B --from DATE --to DATE [--basis TEXT] [--field TEXT] [--offsite]
       suiji-cli campaign scope ID [--category C] [--level L] [--class K] [--industry TEXT] [--street TEXT] [--keys FILE] [--json]
       suiji-cli campaign approve ID --by TEXT --date D --doc NO | file ID --with TEXT --date D | publish ID --where TEXT --date D
       suiji-cli campaign freeze ID (--all | --sample N) [--seed-source TEXT] | void ID --reason TEXT
       suiji-cli campaign draw ID --seed S (--preview | --commit [--reason TEXT]) [--json]
       suiji-cli campaign task done ID KEY --date D [--result TEXT]
       suiji-cli campaign list [--bureau B] [--json] | close ID [--date D]</translation>
    </message>
    <message>
        <source>The lock %1 of campaign %2 is voided; lock its targets again when ready.</source>
        <translation>The lock %1 of campaign %2 is voided; lock its targets again when ready.</translation>
    </message>
    <message>
        <source>Write a PDF report: the quarter plan, the progress report, the year report, a lock&apos;s notice or a campaign&apos;s summary.</source>
        <translation>Write a PDF report: the quarter plan, the progress report, the year report, a lock&apos;s notice or a campaign&apos;s summary.</translation>
    </message>
    <message>
        <source>Usage: suiji-cli report campaign ID --out FILE.pdf</source>
        <translation>Usage: suiji-cli report campaign ID --out FILE.pdf</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>Wrote %1 (%2 pages).</translation>
    </message>
    <message>
        <source>Usage: suiji-cli report plan|progress|year|freeze --quarter YYYYQn [--bureau B] --out FILE.pdf
       suiji-cli report campaign ID --out FILE.pdf</source>
        <translation>Usage: suiji-cli report plan|progress|year|freeze --quarter YYYYQn [--bureau B] --out FILE.pdf
       suiji-cli report campaign ID --out FILE.pdf</translation>
    </message>
    <message>
        <source>Write a checked copy of the database (--out FILE), or list the automatic backups (--list).</source>
        <translation>Write a checked copy of the database (--out FILE), or list the automatic backups (--list).</translation>
    </message>
    <message>
        <source>The backup file to write (it must not exist).</source>
        <translation>The backup file to write (it must not exist).</translation>
    </message>
    <message>
        <source>List the automatic backups kept beside the database, newest first.</source>
        <translation>List the automatic backups kept beside the database, newest first.</translation>
    </message>
    <message>
        <source>backup needs either --out FILE or --list.</source>
        <translation>backup needs either --out FILE or --list.</translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4  %5</source>
        <translation>#%1  %2  %3  %4  %5</translation>
    </message>
    <message>
        <source>No automatic backups yet (they are made before each import, committed draw and upgrade, in %1).</source>
        <translation>No automatic backups yet (they are made before each import, committed draw and upgrade, in %1).</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3; SQLite&apos;s integrity check of the copy: ok).</source>
        <translation>Backed up %1 to %2 (%3; SQLite&apos;s integrity check of the copy: ok).</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <source>before a committed draw</source>
        <translation>before a committed draw</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>Replace the database with a backup (checked first; the file as it was is backed up).</source>
        <translation>Replace the database with a backup (checked first; the file as it was is backed up).</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>The backup to restore.</translation>
    </message>
    <message>
        <source>restore takes one backup file.</source>
        <translation>restore takes one backup file.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check: %2); nothing was restored.</source>
        <translation>%1 is damaged (SQLite&apos;s integrity check: %2); nothing was restored.</translation>
    </message>
    <message>
        <source>%1 is not a Suiji database this version can open (schema %2); nothing was restored.</source>
        <translation>%1 is not a Suiji database this version can open (schema %2); nothing was restored.</translation>
    </message>
    <message>
        <source>Nothing was restored: the file as it is could not be backed up first. %1</source>
        <translation>Nothing was restored: the file as it is could not be backed up first. %1</translation>
    </message>
    <message>
        <source>The restored file fails SQLite&apos;s check: %1</source>
        <translation>The restored file fails SQLite&apos;s check: %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Restored %1 from %2.</translation>
    </message>
    <message>
        <source>The file as it was before is kept as %1.</source>
        <translation>The file as it was before is kept as %1.</translation>
    </message>
</context>
</TS>
