// SPDX-License-Identifier: GPL-3.0-or-later
#include "DrawTableModels.h"
#include "draw/FreezeSnapshot.h"
#include "draw/Sampler.h"
#include "model/Bureau.h"
#include "theme/Theme.h"
#include "util/I18n.h"

#include <QLocale>

namespace suiji {

namespace {
QVariant alignment(bool number)
{
    return QVariant::fromValue(Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
}
QString shortHash(const QString &h)
{
    return h.left(16) + QStringLiteral("…");
}
} // namespace

QString poolLabel(const PoolPlan &p)
{
    const Bureau *district = p.bureau.isEmpty() ? nullptr : Bureau::byId(p.bureau);
    return district ? QStringLiteral("%1 · %2").arg(district->displayName(i18n::isChinese()), p.rule->name.text()) : p.rule->name.text();
}

// ---- quotas

void QuotaTableModel::setPlan(const QuarterPlan &plan)
{
    beginResetModel();
    m_pools = plan.pools;
    endResetModel();
}

void QuotaTableModel::clear()
{
    beginResetModel();
    m_pools.clear();
    endResetModel();
}

int QuotaTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pools.size());
}

int QuotaTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuotaTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PoolPlan &p = m_pools.at(index.row());
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case Pool:
            return poolLabel(p);
        case Base:
            return p.base;
        case Excluded:
            return p.excluded;
        case Drawn:
            return p.alreadyDrawn;
        case Must:
            return int(p.mustCheck.size());
        case PoolSize:
            return int(p.pool.size());
        case Quota:
            if (p.catchUp && !p.catchUp->applied)
                return tr("%1 (target needs %2)").arg(p.quota).arg(p.catchUp->needed);
            if (p.capped)
                return tr("%1 (capped)").arg(p.quota);
            return p.quota;
        }
        return {};
    case Qt::ToolTipRole: {
        if (c == Quota && p.catchUp)
            return QString(p.catchUp->text + QLatin1Char('\n') + tr("Tick to apply the catch-up to this pool's quota."));
        QStringList tip{p.formula};
        if (!p.excludedByReason.isEmpty()) {
            QStringList parts;
            for (auto it = p.excludedByReason.begin(); it != p.excludedByReason.end(); ++it)
                parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
            tip << tr("Excluded: %1").arg(parts.join(QStringLiteral(", ")));
        }
        tip += p.warnings;
        return tip.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (c == Quota && p.capped)
            return theme::color(theme::Role::Warning);
        return {};
    case Qt::CheckStateRole:
        if (c == Quota && p.catchUp)
            return p.catchUp->applied ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::UserRole: // the pool's id, on the name and the k cell
        return c == Pool || c == Quota ? QVariant(p.rule->id) : QVariant();
    case Qt::TextAlignmentRole:
        return alignment(c != Pool && !(c == Quota && (p.capped || p.catchUp)));
    }
    return {};
}

QVariant QuotaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        const QString names[] = {tr("Pool"), tr("N"), tr("Excluded"), tr("Drawn"), tr("Must"), tr("Pool size"), tr("k")};
        return names[section];
    }
    if (role == Qt::ToolTipRole) {
        const QString tips[] = {tr("The pool of the plan's table"),
                                tr("Eligible entities: the N of the quota formula"),
                                tr("Left out of daily draws (good credit, VOCs grade A, positive list)"),
                                tr("Already drawn this year (pools not repeated within the year)"),
                                tr("Must-checks, on top of the quota"),
                                tr("Keys in the random pool"),
                                tr("The quarter's random quota k (hover a row for the formula)")};
        return tips[section];
    }
    return {};
}

Qt::ItemFlags QuotaTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Quota && m_pools.at(index.row()).catchUp)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool QuotaTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || index.column() != Quota)
        return false;
    PoolPlan &p = m_pools[index.row()];
    if (!p.catchUp)
        return false;
    const bool on = value.toInt() == Qt::Checked;
    if (on == p.catchUp->applied)
        return true;
    p.catchUp->applied = on; // shown at once; the page re-plans with it
    emit dataChanged(index, index, {Qt::CheckStateRole, Qt::DisplayRole});
    emit catchUpToggled(p.rule->id, on);
    return true;
}

// ---- tasks of a preview or commit

void DrawTaskTableModel::setOutcome(const DrawOutcome &o, const QHash<QString, QString> &names)
{
    beginResetModel();
    m_rows.clear();
    QHash<QString, QString> poolNames;
    for (const PoolPlan &p : o.plan.pools)
        poolNames.insert(draw::FreezeSnapshot::chainPool(p), poolLabel(p));
    const bool zh = i18n::isChinese();
    m_rows.reserve(o.tasks.size());
    for (const DrawTask &t : o.tasks) {
        Row r;
        QStringList team, badges;
        for (const QString &b : t.inspectors) {
            team << names.value(b, b);
            badges << (names.contains(b) ? QStringLiteral("%1 (%2)").arg(names.value(b), b) : b);
        }
        const int month = o.plan.quarter.firstMonth() + t.month - 1;
        r.seq = t.seq;
        r.pool = poolNames.value(t.chainPool(), t.pool);
        r.entity = t.name;
        r.key = t.key;
        r.month = zh ? QStringLiteral("%1月").arg(month) : QLocale(QLocale::English).monthName(month, QLocale::ShortFormat);
        r.mode = t.offsite ? tr("off-site") : tr("on-site");
        if (t.origin == QLatin1String("must"))
            r.mode += tr(", must-check");
        r.team = team.join(QStringLiteral("、"));
        r.teamBadges = badges.join(QStringLiteral("、"));
        r.joint = t.joint ? t.partners.join(QStringLiteral("、")) : QString();
        m_rows << r;
    }
    endResetModel();
}

void DrawTaskTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int DrawTaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DrawTaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrawTaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const int c = index.column();
    if (role == Qt::TextAlignmentRole)
        return alignment(c == Seq);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (c) {
    case Seq:
        return r.seq;
    case Pool:
        return r.pool;
    case Entity:
        return r.entity;
    case Key:
        return r.key;
    case Month:
        return r.month;
    case Mode:
        return r.mode;
    case Team:
        return role == Qt::ToolTipRole ? r.teamBadges : r.team;
    case Joint:
        return r.joint;
    }
    return {};
}

QVariant DrawTaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    const QString names[] = {tr("No."), tr("Pool"), tr("Entity"), tr("USCC / code"), tr("Month"), tr("Mode"), tr("Team"), tr("Joint with")};
    return names[section];
}

// ---- committed draws

void DrawHistoryTableModel::setRecords(const QList<DrawRecord> &records, const RuleProfile *profile, const QString &bureau)
{
    beginResetModel();
    m_rows.clear();
    const bool division = bureau == QLatin1String(Bureau::kMobile);
    const bool zh = i18n::isChinese();
    for (const DrawRecord &r : records) {
        // The division's rows are its districts' (their no-repeat rule sees them): it lists them
        // all; a district lists them too, marked as the division's.
        const PoolRule *rule = profile ? profile->pool(r.pool) : nullptr;
        const bool divisionRow = r.spec != QLatin1String(draw::kSpec) && rule && rule->drawnByDivision();
        if (division ? !divisionRow : (!bureau.isEmpty() && r.bureau != bureau))
            continue;
        Row row;
        row.name = rule ? rule->name.text() : r.pool;
        if (divisionRow) {
            const Bureau *district = Bureau::byId(r.bureau);
            row.name = division ? QStringLiteral("%1 · %2").arg(district ? district->displayName(zh) : r.bureau, row.name)
                                : tr("%1 (drawn by %2)").arg(row.name, Bureau::mobile().displayName(zh));
        }
        row.quarter = r.quarter.toString();
        row.poolId = r.pool;
        row.k = r.k;
        row.seed = r.seed;
        row.resultFp = r.resultFp;
        // v2 pools are indexed under their commit record: that is the hash to show and keep.
        row.hash = r.spec == QLatin1String(draw::kSpec) ? r.recordHash : r.prevHash;
        row.op = r.op;
        row.at = r.createdAt;
        m_rows.prepend(row); // newest first
    }
    endResetModel();
}

int DrawHistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DrawHistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrawHistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const int c = index.column();
    if (role == Qt::TextAlignmentRole)
        return alignment(c == K);
    const bool tip = role == Qt::ToolTipRole;
    if (role != Qt::DisplayRole && !tip)
        return {};
    switch (c) {
    case Quarter:
        return r.quarter;
    case Pool:
        return tip ? r.poolId : r.name;
    case K:
        return r.k;
    case Seed:
        return r.seed;
    case ResultFp:
        return tip ? r.resultFp : shortHash(r.resultFp);
    case RecordHash:
        return tip ? r.hash : shortHash(r.hash);
    case Operator:
        return r.op;
    case CommittedAt:
        return r.at;
    }
    return {};
}

QVariant DrawHistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    const QString names[] = {tr("Quarter"), tr("Pool"), tr("k"), tr("Seed"), tr("Result fingerprint"), tr("Record hash"), tr("Operator"), tr("Committed at")};
    return names[section];
}

} // namespace suiji
