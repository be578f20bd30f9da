// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleProfile.h"
#include "model/Case.h"

#include "model/Category.h"
#include "util/I18n.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace suiji {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::RuleProfile)
};

// Collects the first problem with the path of the field it is about.
struct Checker {
    QString error;
    bool failed() const { return !error.isEmpty(); }
    void fail(const QString &path, const QString &why)
    {
        if (error.isEmpty())
            error = Tr::tr("Rule profile field \"%1\": %2").arg(path, why);
    }
    QJsonValue need(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            fail(path + QLatin1Char('.') + QLatin1String(key), Tr::tr("missing."));
        return v;
    }
    QString string(const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return QString();
        if (!v.isString() || v.toString().trimmed().isEmpty())
            fail(path + QLatin1Char('.') + QLatin1String(key), v.isUndefined() ? Tr::tr("missing.") : Tr::tr("must be a non-empty text."));
        return v.toString().trimmed();
    }
    QStringList strings(const QJsonObject &o, const QString &path, const char *key, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        QStringList out;
        if (v.isUndefined()) {
            if (required)
                fail(path + QLatin1Char('.') + QLatin1String(key), Tr::tr("missing."));
            return out;
        }
        if (!v.isArray()) {
            fail(path + QLatin1Char('.') + QLatin1String(key), Tr::tr("must be a list of texts."));
            return out;
        }
        for (const QJsonValue &e : v.toArray()) {
            if (!e.isString())
                fail(path + QLatin1Char('.') + QLatin1String(key), Tr::tr("must be a list of texts."));
            out << e.toString();
        }
        return out;
    }
    bool boolean(const QJsonObject &o, const QString &path, const char *key, bool dflt)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return dflt;
        if (!v.isBool())
            fail(path + QLatin1Char('.') + QLatin1String(key), Tr::tr("must be true or false."));
        return v.toBool();
    }
    double number(const QJsonObject &o, const QString &path, const char *key, double dflt, double lo, double hi, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString p = path + QLatin1Char('.') + QLatin1String(key);
        if (v.isUndefined()) {
            if (required)
                fail(p, Tr::tr("missing."));
            return dflt;
        }
        if (!v.isDouble()) {
            fail(p, Tr::tr("must be a number."));
            return dflt;
        }
        const double d = v.toDouble();
        if (d < lo || d > hi)
            fail(p, Tr::tr("%1 is outside %2 … %3.").arg(d).arg(lo).arg(hi));
        return d;
    }
    int integer(const QJsonObject &o, const QString &path, const char *key, int dflt, int lo, int hi)
    {
        const double d = number(o, path, key, dflt, lo, hi);
        if (d != std::floor(d))
            fail(path + QLatin1Char('.') + QLatin1String(key), Tr::tr("must be a whole number."));
        // Out of range was reported by number(); the cast itself must stay defined (fuzz_rule_profile).
        return int(std::clamp(d, double(lo), double(hi)));
    }
    LocalText local(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString p = path + QLatin1Char('.') + QLatin1String(key);
        if (!v.isObject()) {
            fail(p, v.isUndefined() ? Tr::tr("missing.") : Tr::tr("must be {\"zh\": …, \"en\": …}."));
            return {};
        }
        return {string(v.toObject(), p, "zh"), string(v.toObject(), p, "en")};
    }
    QJsonObject object(const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isObject())
            fail(path + QLatin1Char('.') + QLatin1String(key), v.isUndefined() ? Tr::tr("missing.") : Tr::tr("must be an object."));
        return v.toObject();
    }
};

bool validCategory(const QString &c)
{
    return Category::byId(c) != nullptr;
}
} // namespace

QString LocalText::text() const
{
    return i18n::isChinese() || en.isEmpty() ? zh : en;
}

QStringList JointPlanRow::partners() const
{
    return i18n::isChinese() || partnersEn.isEmpty() ? partnersZh : partnersEn;
}

const PoolRule *RuleProfile::pool(const QString &id) const
{
    for (const PoolRule &p : pools)
        if (p.id == id)
            return &p;
    return nullptr;
}

QByteArray RuleProfile::canonicalJson() const
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

namespace {
// One entry of "pools": its id (unique, ASCII: part of every draw's context), categories, class
// or level, quota and the pool's own rules.
PoolRule readPool(Checker &c, const QJsonObject &po, const QString &pp, const ClassificationRules &r, QSet<QString> &ids)
{
    PoolRule pr;
    pr.id = c.string(po, pp, "id");
    if (ids.contains(pr.id))
        c.fail(pp + QStringLiteral(".id"), Tr::tr("\"%1\" is used twice.").arg(pr.id));
    ids.insert(pr.id);
    static const QRegularExpression poolRe(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)?$"));
    if (!c.failed() && !poolRe.match(pr.id).hasMatch())
        c.fail(pp + QStringLiteral(".id"), Tr::tr("\"%1\" must be lower-case ASCII like fixed.key: it is part of every draw's context.").arg(pr.id));
    pr.name = c.local(po, pp, "name");
    pr.categories = c.strings(po, pp, "categories", true);
    if (!c.failed() && pr.categories.isEmpty())
        c.fail(pp + QStringLiteral(".categories"), Tr::tr("must name at least one category."));
    bool classified = false, plain = false;
    for (const QString &cat : pr.categories) {
        if (!validCategory(cat))
            c.fail(pp + QStringLiteral(".categories"), Tr::tr("unknown category \"%1\".").arg(cat));
        (r.categories.contains(cat) ? classified : plain) = true;
    }
    if (classified && plain)
        c.fail(pp + QStringLiteral(".categories"), Tr::tr("mixes classified and unclassified categories."));
    if (classified) {
        pr.cls = c.string(po, pp, "class");
        if (!c.failed() && !QStringList{QStringLiteral("general"), QStringLiteral("key"), QStringLiteral("special")}.contains(pr.cls))
            c.fail(pp + QStringLiteral(".class"), Tr::tr("must be general, key or special."));
    } else {
        pr.level = c.string(po, pp, "level");
        if (!c.failed() && !QStringList{QStringLiteral("general"), QStringLiteral("key"), QStringLiteral("any")}.contains(pr.level))
            c.fail(pp + QStringLiteral(".level"), Tr::tr("must be general, key or any."));
    }
    const QJsonObject q = c.object(po, pp, "quota");
    const QString qp = pp + QStringLiteral(".quota");
    const QString kind = c.string(q, qp, "kind");
    if (kind == QLatin1String("per_inspector"))
        pr.quota.kind = QuotaRule::Kind::PerInspector;
    else if (kind == QLatin1String("percent"))
        pr.quota.kind = QuotaRule::Kind::Percent;
    else if (kind == QLatin1String("every_month"))
        pr.quota.kind = QuotaRule::Kind::EveryMonth;
    else if (!c.failed())
        c.fail(qp + QStringLiteral(".kind"), Tr::tr("must be per_inspector, percent or every_month."));
    if (pr.quota.kind != QuotaRule::Kind::EveryMonth) {
        const double v = c.number(q, qp, "value", 0, 0.0001, pr.quota.kind == QuotaRule::Kind::Percent ? 100 : 1000, true);
        pr.quota.value1e4 = qRound64(v * 10000);
        if (!c.failed() && std::abs(pr.quota.value1e4 / 10000.0 - v) > 1e-9)
            c.fail(qp + QStringLiteral(".value"), Tr::tr("at most four decimal places."));
    }
    pr.quota.minOne = c.boolean(q, qp, "min_one", false);
    pr.noRepeatWithinYear = c.boolean(po, pp, "no_repeat_within_year", false);
    if (po.contains(QLatin1String("drawn_by"))) {
        pr.drawnBy = c.string(po, pp, "drawn_by");
        if (!c.failed() && pr.drawnBy != QLatin1String("bureau") && pr.drawnBy != QLatin1String("mobile"))
            c.fail(pp + QStringLiteral(".drawn_by"), Tr::tr("must be bureau or mobile."));
        else if (!c.failed() && pr.drawnByDivision() && pr.quota.kind != QuotaRule::Kind::Percent)
            c.fail(pp + QStringLiteral(".drawn_by"),
                   Tr::tr("a pool the mobile-source division draws needs a percent quota (a district's inspector count is not the division's)."));
    }
    const QJsonObject mc = c.object(po, pp, "must_check", false);
    const QString mcp = pp + QStringLiteral(".must_check");
    pr.mustCheckViolationClue = c.boolean(mc, mcp, "violation_clue", false);
    if (mc.contains(QLatin1String("removed_from_list"))) {
        const QJsonObject rm = c.object(mc, mcp, "removed_from_list");
        pr.mustCheckRemovedWithinMonths = c.integer(rm, mcp + QStringLiteral(".removed_from_list"), "within_months", 12, 1, 60);
    }
    pr.item = c.local(po, pp, "item");
    return pr;
}

void readClassification(Checker &c, const QJsonObject &o, const QString &root, RuleProfile &p)
{
    const QJsonObject cl = c.object(o, root, "classification");
    const QString clp = QStringLiteral("classification");
    ClassificationRules &r = p.classification;
    r.categories = c.strings(cl, clp, "categories", true);
    for (const QString &cat : r.categories)
        if (!validCategory(cat))
            c.fail(clp + QStringLiteral(".categories"), Tr::tr("unknown category \"%1\".").arg(cat));
    r.precedence = c.strings(cl, clp, "precedence", true);
    {
        QStringList sorted = r.precedence;
        sorted.sort();
        if (sorted != QStringList{QStringLiteral("excluded"), QStringLiteral("general"), QStringLiteral("key"), QStringLiteral("special")})
            c.fail(clp + QStringLiteral(".precedence"), Tr::tr("must list key, special, excluded and general, each once."));
        else if (r.precedence.last() != QLatin1String("general"))
            c.fail(clp + QStringLiteral(".precedence"), Tr::tr("general must come last: it is what remains."));
    }
    r.windowMonths = c.integer(cl, clp, "window_months", 12, 1, 60);
    const QJsonObject sp = c.object(cl, clp, "special");
    const QString spp = clp + QStringLiteral(".special");
    r.specialPenalty = c.boolean(sp, spp, "penalty", true);
    r.specialWaiver = c.boolean(sp, spp, "waiver", true);
    r.specialCredit = c.strings(sp, spp, "credit");
    r.specialVocs = c.strings(sp, spp, "vocs");
    r.specialComplaints = c.integer(sp, spp, "complaints_at_least", 10, 0, 100000);
    const QJsonObject ex = c.object(cl, clp, "excluded");
    const QString exp = clp + QStringLiteral(".excluded");
    r.excludedCredit = c.strings(ex, exp, "credit");
    r.excludedVocs = c.strings(ex, exp, "vocs");
    r.excludedPositiveList = c.boolean(ex, exp, "positive_list", true);
    static const QStringList grades{QStringLiteral("诚信"), QStringLiteral("良好"), QStringLiteral("警示"), QStringLiteral("不良")};
    static const QStringList vocsGrades{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    for (const QString &g : r.specialCredit + r.excludedCredit)
        if (!grades.contains(g))
            c.fail(clp, Tr::tr("credit grade \"%1\" is not one of 诚信, 良好, 警示, 不良.").arg(g));
    for (const QString &g : r.specialVocs + r.excludedVocs)
        if (!vocsGrades.contains(g))
            c.fail(clp, Tr::tr("VOCs grade \"%1\" is not A, B or C.").arg(g));
    for (const QString &g : r.specialCredit)
        if (r.excludedCredit.contains(g))
            c.fail(clp, Tr::tr("credit grade \"%1\" cannot be both special and excluded.").arg(g));
    const QJsonObject off = c.object(cl, clp, "offsite", false);
    r.offsitePositiveListKey = c.boolean(off, clp + QStringLiteral(".offsite"), "positive_list_key", true);
}

// The pools, in the plan's order; ids collects their ids for the rules that name pools.
void readPools(Checker &c, const QJsonObject &o, const QString &root, RuleProfile &p, QSet<QString> &ids)
{
    const QJsonValue pv = c.need(o, root, "pools");
    if (!pv.isArray() || pv.toArray().isEmpty())
        c.fail(QStringLiteral("pools"), Tr::tr("must be a non-empty list."));
    const QJsonArray pa = pv.toArray();
    for (int i = 0; i < pa.size() && !c.failed(); ++i) {
        const QString pp = QStringLiteral("pools[%1]").arg(i);
        if (!pa.at(i).isObject()) {
            c.fail(pp, Tr::tr("must be an object."));
            break;
        }
        p.pools << readPool(c, pa.at(i).toObject(), pp, p.classification, ids);
    }
}

// "draw" (teams) and "targets" (the year's targets and the joint share).
void readDrawAndTargets(Checker &c, const QJsonObject &o, const QString &root, RuleProfile &p, const QSet<QString> &ids)
{
    const QJsonObject d = c.object(o, root, "draw", false);
    p.teamSize = c.integer(d, QStringLiteral("draw"), "team_size", 2, 1, 10);
    p.capSlack = c.integer(d, QStringLiteral("draw"), "cap_slack", 0, 0, 100);
    p.jointOffsite = c.boolean(d, QStringLiteral("draw"), "joint_offsite", true);
    // "visits" (综合查一次), optional: more on-site visits to one company in a year than this is an alert.
    const QJsonObject vis = c.object(o, root, "visits", false);
    p.visitsYearlyAlert = c.integer(vis, QStringLiteral("visits"), "yearly_alert", 4, 1, 100);

    const QJsonObject t = c.object(o, root, "targets");
    const QString tp = QStringLiteral("targets");
    p.targets.generalPerInspector = c.integer(t, tp, "general_tasks_per_inspector_year", 10, 0, 1000);
    p.targets.generalPool = c.string(t, tp, "general_pool");
    p.targets.keyCoveragePct = c.integer(t, tp, "key_coverage_pct", 50, 0, 100);
    p.targets.keyPool = c.string(t, tp, "key_pool");
    p.targets.jointPct = c.integer(t, tp, "joint_pct", 30, 0, 100);
    p.targets.catchUp = t.contains(QLatin1String("catch_up")) ? c.string(t, tp, "catch_up") : QStringLiteral("suggest");
    if (!c.failed() && !QStringList{QStringLiteral("suggest"), QStringLiteral("apply"), QStringLiteral("off")}.contains(p.targets.catchUp))
        c.fail(tp + QStringLiteral(".catch_up"), Tr::tr("must be \"suggest\", \"apply\" or \"off\"."));
    p.targets.jointBase = t.contains(QLatin1String("joint_base")) ? c.string(t, tp, "joint_base") : QStringLiteral("random");
    if (!c.failed() && p.targets.jointBase != QLatin1String("random") && p.targets.jointBase != QLatin1String("daily"))
        c.fail(tp + QStringLiteral(".joint_base"), Tr::tr("must be \"random\" (the randomly selected tasks) or \"daily\" (also must-checks and plot tasks)."));
    for (const QString &pool : {p.targets.generalPool, p.targets.keyPool})
        if (!c.failed() && !ids.contains(pool))
            c.fail(tp, Tr::tr("pool \"%1\" is not in the pool list.").arg(pool));
    const QString by = c.string(t, tp, "joint_done_by");
    const QDate byDate = QDate::fromString(QStringLiteral("2001-") + by, Qt::ISODate);
    if (!c.failed() && !byDate.isValid())
        c.fail(tp + QStringLiteral(".joint_done_by"), Tr::tr("must be MM-DD, e.g. 10-31."));
    p.targets.jointDoneByMonth = byDate.month();
    p.targets.jointDoneByDay = byDate.day();
}

void readMonthlyCurve(Checker &c, const QJsonObject &o, RuleProfile &p)
{
    const QJsonValue mv = o.value(QLatin1String("monthly_curve"));
    const QJsonArray ma = mv.toArray();
    if (!mv.isArray() || ma.size() != 3)
        c.fail(QStringLiteral("monthly_curve"), Tr::tr("must list three percentages, e.g. [30, 60, 100]."));
    else {
        p.monthlyCurve.clear();
        for (const QJsonValue &v : ma)
            p.monthlyCurve << v.toInt(-1);
        if (p.monthlyCurve[0] < 0 || p.monthlyCurve[0] > p.monthlyCurve[1] || p.monthlyCurve[1] > p.monthlyCurve[2] || p.monthlyCurve[2] != 100)
            c.fail(QStringLiteral("monthly_curve"), Tr::tr("must rise and end at 100."));
    }
}

void readDeadlines(Checker &c, const QJsonObject &o, const QString &root, RuleProfile &p)
{
    const QJsonObject dl = c.object(o, root, "deadlines");
    const QString dlp = QStringLiteral("deadlines");
    p.deadlines.publicationWorkingDays = c.integer(dl, dlp, "publication_working_days", 18, 1, 365);
    p.deadlines.quarterSummaryDays = c.integer(dl, dlp, "quarter_summary_days", 13, 1, 365);
    p.deadlines.nextDrawBeforeQuarterEnd = c.boolean(dl, dlp, "next_draw_before_quarter_end", true);
    p.deadlines.jointSummaryWorkingDayOfNovember = c.integer(dl, dlp, "joint_summary_working_day_of_november", 5, 1, 20);
    auto monthDay = [&](const char *key, const QString &dflt, int &month, int &day) {
        const QString v = dl.contains(QLatin1String(key)) ? c.string(dl, dlp, key) : dflt;
        const QDate d = QDate::fromString(QStringLiteral("2001-") + v, Qt::ISODate);
        if (!c.failed() && !d.isValid())
            c.fail(dlp + QLatin1Char('.') + QLatin1String(key), Tr::tr("must be MM-DD, e.g. 11-30."));
        month = d.isValid() ? d.month() : month;
        day = d.isValid() ? d.day() : day;
    };
    monthDay("year_summary", QStringLiteral("11-30"), p.deadlines.yearSummaryMonth, p.deadlines.yearSummaryDay);
    monthDay("annual_report", QStringLiteral("12-31"), p.deadlines.annualReportMonth, p.deadlines.annualReportDay);
}

// "cases": the case deadlines (optional: the domain.md values when absent).
void readCases(Checker &c, const QJsonObject &o, RuleProfile &p)
{
    p.cases.deadlines = CaseRules::defaults();
    if (!o.contains(QLatin1String("cases")))
        return;
    const QString cp = QStringLiteral("cases");
    const QJsonObject co = c.object(o, QStringLiteral("profile"), "cases");
    p.cases.dueSoonWorkingDays = c.integer(co, cp, "due_soon_working_days", 1, 0, 30);
    const QJsonValue dv = co.value(QLatin1String("deadlines"));
    if (!dv.isArray() || dv.toArray().isEmpty()) {
        c.fail(cp + QStringLiteral(".deadlines"), Tr::tr("must be a non-empty list."));
        return;
    }
    p.cases.deadlines.clear();
    const QJsonArray da = dv.toArray();
    for (int i = 0; i < da.size() && !c.failed(); ++i) {
        const QString dp = QStringLiteral("cases.deadlines[%1]").arg(i);
        const QJsonObject d = da.at(i).toObject();
        CaseDeadline row;
        row.source = c.string(d, dp, "source");
        if (!c.failed() && row.source != QLatin1String("platform") && (!CaseItem::sources().contains(row.source) || CaseItem::isPlatform(row.source)))
            c.fail(dp + QStringLiteral(".source"), Tr::tr("must be \"platform\" or one of 投诉举报, 转办交办, 企业申请, 其他."));
        if (row.source == QLatin1String("platform")) {
            row.level = c.string(d, dp, "level");
            if (!c.failed() && !QStringList{QStringLiteral("红"), QStringLiteral("橙"), QStringLiteral("黄")}.contains(row.level))
                c.fail(dp + QStringLiteral(".level"), Tr::tr("must be 红, 橙 or 黄."));
        }
        row.checkDays = c.integer(d, dp, "check_days", 0, 0, 365);
        row.closeDays = c.integer(d, dp, "close_days", 15, 1, 365);
        if (!c.failed() && row.checkDays > row.closeDays)
            c.fail(dp, Tr::tr("the check cannot be due after the closure."));
        p.cases.deadlines << row;
    }
}

// "joint_plan": which tasks are inspected jointly, with which departments.
void readJointPlan(Checker &c, const QJsonObject &o, RuleProfile &p, const QSet<QString> &ids)
{
    const QJsonValue jv = o.value(QLatin1String("joint_plan"));
    if (!jv.isUndefined() && !jv.isArray())
        c.fail(QStringLiteral("joint_plan"), Tr::tr("must be a list."));
    const QJsonArray ja = jv.toArray();
    for (int i = 0; i < ja.size() && !c.failed(); ++i) {
        const QString jp = QStringLiteral("joint_plan[%1]").arg(i);
        const QJsonObject jo = ja.at(i).toObject();
        JointPlanRow row;
        row.id = c.string(jo, jp, "id");
        const QJsonObject m = c.object(jo, jp, "match");
        row.pools = c.strings(m, jp + QStringLiteral(".match"), "pools");
        row.industries = c.strings(m, jp + QStringLiteral(".match"), "industries");
        for (const QString &pool : row.pools)
            if (!ids.contains(pool))
                c.fail(jp + QStringLiteral(".match.pools"), Tr::tr("pool \"%1\" is not in the pool list.").arg(pool));
        if (!c.failed() && row.pools.isEmpty() && row.industries.isEmpty())
            c.fail(jp + QStringLiteral(".match"), Tr::tr("must name pools or industries."));
        const QJsonObject pt = c.object(jo, jp, "partners");
        row.partnersZh = c.strings(pt, jp + QStringLiteral(".partners"), "zh", true);
        row.partnersEn = c.strings(pt, jp + QStringLiteral(".partners"), "en");
        if (!c.failed() && row.partnersZh.isEmpty())
            c.fail(jp + QStringLiteral(".partners.zh"), Tr::tr("must name at least one partner department."));
        row.item = c.local(jo, jp, "item");
        p.jointPlan << row;
    }
}
} // namespace

QList<CaseDeadline> CaseRules::defaults()
{
    return {{QStringLiteral("platform"), QStringLiteral("红"), 1, 5},
            {QStringLiteral("platform"), QStringLiteral("橙"), 3, 10},
            {QStringLiteral("platform"), QStringLiteral("黄"), 5, 15},
            {QStringLiteral("投诉举报"), QString(), 5, 15},
            {QStringLiteral("转办交办"), QString(), 0, 15},
            {QStringLiteral("企业申请"), QString(), 0, 10},
            {QStringLiteral("其他"), QString(), 0, 15}};
}

CaseDeadline CaseRules::deadline(const QString &source, const QString &level) const
{
    const bool platform = CaseItem::isPlatform(source);
    const QString lv = platform && level.isEmpty() ? QStringLiteral("黄") : level;
    const QList<CaseDeadline> &rows = deadlines.isEmpty() ? defaults() : deadlines;
    for (const CaseDeadline &d : rows)
        if (platform ? (d.source == QLatin1String("platform") && d.level == lv) : d.source == source)
            return d;
    for (const CaseDeadline &d : rows)
        if (d.source == QStringLiteral("其他"))
            return d;
    return CaseDeadline{source, lv, 0, 15};
}

Result<RuleProfile> RuleProfile::fromJson(const QByteArray &bytes)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error{Tr::tr("The rule profile is not valid JSON: %1 at character %2.").arg(pe.errorString()).arg(pe.offset)};
    if (!doc.isObject())
        return Error{Tr::tr("The rule profile must be a JSON object.")};
    const QJsonObject o = doc.object();
    Checker c;
    RuleProfile p;
    const QString root = QStringLiteral("profile");
    if (o.value(QLatin1String("format")).toString() != QLatin1String("suiji-rules-v1"))
        c.fail(QStringLiteral("format"), Tr::tr("must be \"suiji-rules-v1\"."));
    p.id = c.string(o, root, "id");
    static const QRegularExpression idRe(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    if (!c.failed() && !idRe.match(p.id).hasMatch())
        c.fail(QStringLiteral("id"), Tr::tr("use lower-case letters, digits, '.', '-' or '_' (e.g. shenzhen-2026)."));
    p.year = c.integer(o, root, "year", 0, 2000, 2100);
    p.name = c.local(o, root, "name");

    readClassification(c, o, root, p);
    QSet<QString> ids;
    readPools(c, o, root, p, ids);
    readDrawAndTargets(c, o, root, p, ids);
    readMonthlyCurve(c, o, p);
    readDeadlines(c, o, root, p);
    readJointPlan(c, o, p, ids);
    readCases(c, o, p);

    if (c.failed())
        return Error{c.error, 3};
    p.json = o;
    p.hash = QString::fromLatin1(QCryptographicHash::hash(p.canonicalJson(), QCryptographicHash::Sha256).toHex());
    return p;
}

Result<RuleProfile> RuleProfile::forYear(int newYear) const
{
    QJsonObject o = json;
    static const QRegularExpression yearInId(QStringLiteral("(19|20)\\d\\d(?!.*(19|20)\\d\\d)"));
    QString newId = id;
    if (yearInId.match(newId).hasMatch())
        newId.replace(yearInId, QString::number(newYear));
    else
        newId += QLatin1Char('-') + QString::number(newYear);
    o.insert(QStringLiteral("id"), newId);
    o.insert(QStringLiteral("year"), newYear);
    return fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const RuleProfile &RuleProfile::shipped()
{
    static const RuleProfile profile = [] {
        QFile f(QStringLiteral(":/rules/shenzhen-2025.json"));
        f.open(QIODevice::ReadOnly);
        auto r = fromJson(f.readAll());
        Q_ASSERT_X(r.ok(), "RuleProfile::shipped", qPrintable(r.message()));
        return r.ok() ? r.value() : RuleProfile{};
    }();
    return profile;
}

const QList<RuleProfile> &RuleProfile::shippedEarlier()
{
    static const QList<RuleProfile> earlier = [] {
        QList<RuleProfile> out;
        const QDir dir(QStringLiteral(":/rules/earlier"));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                if (auto r = fromJson(f.readAll()))
                    out << r.value();
        }
        return out;
    }();
    return earlier;
}

} // namespace suiji
