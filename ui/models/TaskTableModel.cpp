// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskTableModel.h"
#include "model/Bureau.h"
#include "theme/Theme.h"
#include "util/Clock.h"
#include "widgets/OperatorName.h"

#include "draw/MonthPlanner.h"
#include "store/CampaignRepository.h"
#include "store/InspectorRepository.h"
#include "store/ProfileRepository.h"
#include "util/I18n.h"
#include "widgets/Background.h"

#include <QSet>

#include <QColor>

namespace suiji {

namespace {
QString op()
{
    return operatorName();
}

// One undoable ledger edit: redo applies it, undo puts every task back as it was.
class TaskEdit : public QUndoCommand {
public:
    TaskEdit(TaskTableModel *model, const Database *db, QList<qint64> ids, QList<TaskChange> before, const QString &text,
             std::function<suiji::Status(TaskService &, const QList<qint64> &)> op)
        : QUndoCommand(text)
        , m_model(model)
        , m_db(db)
        , m_ids(std::move(ids))
        , m_before(std::move(before))
        , m_op(std::move(op))
    {
    }
    Status status = Ok{};
    bool applied = false; // tried once before the push: QUndoStack::push must not apply it twice
    void redo() override
    {
        if (applied) {
            applied = false;
            return;
        }
        TaskService s(*m_db);
        status = m_op(s, m_ids);
        m_model->refresh(m_ids);
    }
    void undo() override
    {
        TaskService s(*m_db);
        status = s.restore(m_ids, m_before, suiji::op());
        m_model->refresh(m_ids);
    }

private:
    TaskTableModel *m_model;
    const Database *m_db;
    QList<qint64> m_ids;
    QList<TaskChange> m_before;
    std::function<suiji::Status(TaskService &, const QList<qint64> &)> m_op;
};
} // namespace

TaskTableModel::TaskTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void TaskTableModel::setDatabase(const Database *db)
{
    m_db = db;
    m_undo.clear();
    m_poolNames.clear();
    if (db && db->isOpen())
        if (auto p = ProfileRepository(*db).active())
            for (const PoolRule &r : p->pools)
                m_poolNames.insert(r.id, r.name.text());
}

void TaskTableModel::load(const QString &bureau, const Quarter &quarter)
{
    if (bureau != m_bureau || !(quarter == m_quarter))
        m_undo.clear();
    m_bureau = bureau;
    m_quarter = quarter;
    if (!m_db || !m_db->isOpen() || !quarter.isValid()) {
        setRows({});
        return;
    }
    const int gen = ++m_generation;
    ++m_loading;
    runOnDatabase<QList<LedgerTask>>(
        this, *m_db, [bureau, quarter](const Database &db) -> suiji::Result<QList<LedgerTask>> { return TaskRepository(db).list(quarter, bureau); },
        [this, gen](suiji::Result<QList<LedgerTask>> r) {
            --m_loading;
            if (gen != m_generation)
                return;
            // A failed read says so and keeps what is on screen; it never shows as "no tasks yet".
            if (!r) {
                m_loadError = r.message();
                emit changed();
                return;
            }
            m_loadError.clear();
            setRows(std::move(r).value());
        });
}

void TaskTableModel::reload()
{
    ++m_generation; // a load still running would bring older rows
    if (!m_db || !m_db->isOpen() || !m_quarter.isValid()) {
        setRows({});
        return;
    }
    auto r = TaskRepository(*m_db).list(m_quarter, m_bureau);
    if (!r) {
        m_loadError = r.message(); // keep what is on screen; the page says why it is not fresh
        emit changed();
        return;
    }
    m_loadError.clear();
    setRows(std::move(r).value());
}

void TaskTableModel::setRows(QList<LedgerTask> tasks)
{
    beginResetModel();
    m_tasks = std::move(tasks);
    m_inspectorNames.clear();
    m_coveredBy.clear();
    if (m_db && m_db->isOpen()) {
        if (auto names = InspectorRepository(*m_db).names(m_bureau))
            m_inspectorNames = names.value();
        else
            m_loadError = names.message(); // the teams show as badges; the page says why
        // A must-check served by a special campaign of the quarter (the soil rule's 专项随机抽查).
        if (auto targets = CampaignRepository(*m_db).targets(m_bureau)) {
            for (const auto &[c, t] : targets.value())
                if (c.from <= m_quarter.lastDay() && c.to >= m_quarter.firstDay())
                    m_coveredBy.insert(c.bureau + QLatin1Char('|') + t.key, c.name);
        } else {
            m_loadError = targets.message();
        }
    }
    endResetModel();
    emit changed();
}

void TaskTableModel::refresh(const QList<qint64> &ids)
{
    if (!m_db)
        return;
    const QSet<qint64> wanted(ids.begin(), ids.end());
    TaskRepository repo(*m_db);
    for (int r = 0; r < m_tasks.size(); ++r)
        if (wanted.contains(m_tasks[r].id))
            if (auto t = repo.byId(m_tasks[r].id); t && t.value()) {
                m_tasks[r] = *t.value();
                emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
            }
    emit changed();
    emit edited();
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("No.");
    case Bureau:
        return tr("Bureau");
    case Pool:
        return tr("Pool");
    case Name:
        return tr("Entity");
    case Key:
        return tr("USCC / code");
    case Month:
        return tr("Month");
    case Mode:
        return tr("Mode");
    case Team:
        return tr("Team");
    case Joint:
        return tr("Joint with");
    case Status:
        return tr("Status");
    case InspectionDate:
        return tr("Inspected on");
    case Result:
        return tr("Result");
    case PublishedDate:
        return tr("Published on");
    }
    return {};
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tasks.size())
        return {};
    const LedgerTask &t = m_tasks.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Seq:
            return t.seq;
        case Bureau: {
            const suiji::Bureau *b = suiji::Bureau::byId(t.bureau);
            return b ? b->displayName(i18n::isChinese()) : t.bureau;
        }
        case Pool:
            return m_poolNames.value(t.pool, t.pool);
        case Name:
            return t.name;
        case Key:
            return t.key;
        case Month: {
            const int due = draw::dueMonth(t.month, t.quarter, t.committedOn);
            if (due == t.month || role == Qt::EditRole)
                return i18n::monthName(t.month);
            return tr("%1 (planned %2)").arg(i18n::monthName(due), i18n::monthName(t.month));
        }
        case Mode:
            return QString((t.mode == QLatin1String("offsite") ? tr("off-site") : tr("on-site")) +
                           (t.origin == QLatin1String("must") ? tr(", must-check") : QString()) +
                           (t.origin == QLatin1String("must") && m_coveredBy.contains(t.bureau + QLatin1Char('|') + t.key)
                                ? tr(", covered by the campaign %1").arg(m_coveredBy.value(t.bureau + QLatin1Char('|') + t.key))
                                : QString()));
        case Team: {
            QStringList names;
            for (const QString &b : t.inspectors)
                names << m_inspectorNames.value(b, b);
            return names.join(QStringLiteral("、"));
        }
        case Joint:
            return t.joint ? t.partners.join(QStringLiteral("、")) : QString();
        case Status:
            return role == Qt::EditRole ? t.status : TaskService::statusName(t.status);
        case InspectionDate:
            return t.inspectionDate.isValid() ? t.inspectionDate.toString(Qt::ISODate) : QString();
        case Result:
            return t.result;
        case PublishedDate:
            return t.publishedDate.isValid() ? t.publishedDate.toString(Qt::ISODate) : QString();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (t.status == QLatin1String("published"))
            return theme::color(theme::Role::Success);
        if (t.status == QLatin1String("done"))
            return theme::color(theme::Role::Info);
    }
    if (role == Qt::ForegroundRole && overdue(t) && (index.column() == Month || index.column() == Status))
        return theme::color(theme::Role::Error);
    if (role == Qt::ToolTipRole && overdue(t) && (index.column() == Month || index.column() == Status))
        return tr("Its month is over and it is not inspected yet.");
    if (role == Qt::ToolTipRole && index.column() == Month && draw::dueMonth(t.month, t.quarter, t.committedOn) != t.month)
        return tr("The quarter was drawn on %1, after the planned month had ended: the task is due by the end of the month of the draw.")
            .arg(t.committedOn.toString(Qt::ISODate));
    if (role == Qt::ToolTipRole && index.column() == Team) {
        QStringList people;
        for (const QString &b : t.inspectors)
            people << (m_inspectorNames.contains(b) ? QStringLiteral("%1 (%2)").arg(m_inspectorNames.value(b), b) : b);
        return people.join(QStringLiteral("、"));
    }
    if (role == Qt::ToolTipRole && (index.column() == Name || index.column() == Pool || index.column() == Joint || index.column() == Result))
        return data(index, Qt::DisplayRole); // the full text of a column that may be elided
    return {};
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Status || index.column() == InspectionDate || index.column() == Result || index.column() == PublishedDate)
        f |= Qt::ItemIsEditable;
    return f;
}

bool TaskTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    const LedgerTask &t = m_tasks.at(index.row());
    const QString v = value.toString().trimmed();
    const QDate d = QDate::fromString(v, Qt::ISODate);
    switch (index.column()) {
    case Status:
        if (v == QLatin1String("planned"))
            return markPlanned({index.row()});
        if (v == QLatin1String("done"))
            return markDone({index.row()}, t.inspectionDate.isValid() ? t.inspectionDate : Clock::process().today(), t.result);
        if (v == QLatin1String("published"))
            return markPublished({index.row()}, t.publishedDate.isValid() ? t.publishedDate : Clock::process().today());
        return false;
    case InspectionDate:
        return markDone({index.row()}, d, t.result);
    case Result:
        return markDone({index.row()}, t.inspectionDate.isValid() ? t.inspectionDate : Clock::process().today(), v);
    case PublishedDate:
        return markPublished({index.row()}, d);
    }
    return false;
}

bool TaskTableModel::push(const QList<int> &rows, const QString &text, std::function<suiji::Status(TaskService &, const QList<qint64> &)> op)
{
    m_error.clear();
    if (!m_db || rows.isEmpty())
        return false;
    QList<qint64> ids;
    QList<TaskChange> before;
    for (int r : rows) {
        if (r < 0 || r >= m_tasks.size())
            return false;
        ids << m_tasks.at(r).id;
        before << TaskService::stateOf(m_tasks.at(r));
    }
    auto *cmd = new TaskEdit(this, m_db, ids, before, text, op);
    // Try it first: a refused edit never reaches the undo stack.
    cmd->redo();
    if (!cmd->status) {
        m_error = cmd->status.message();
        delete cmd;
        return false;
    }
    cmd->applied = true;
    m_undo.push(cmd);
    return true;
}

bool TaskTableModel::overdue(const LedgerTask &t) const
{
    if (t.status != QLatin1String("planned") || t.month < 1 || t.month > 12)
        return false;
    const int due = draw::dueMonth(t.month, t.quarter, t.committedOn);
    const QDate monthEnd = QDate(t.quarter.year, due, 1).addMonths(1).addDays(-1);
    return Clock::process().today() > monthEnd;
}

bool TaskTableModel::markDone(const QList<int> &rows, const QDate &date, const QString &result)
{
    return push(rows, tr("Mark %n task(s) done", nullptr, int(rows.size())),
                [date, result](TaskService &s, const QList<qint64> &ids) { return s.markDone(ids, date, result, op()); });
}

bool TaskTableModel::markPublished(const QList<int> &rows, const QDate &date)
{
    return push(rows, tr("Mark %n task(s) published", nullptr, int(rows.size())),
                [date](TaskService &s, const QList<qint64> &ids) { return s.markPublished(ids, date, op()); });
}

bool TaskTableModel::markPlanned(const QList<int> &rows)
{
    QList<TaskChange> planned;
    for (int i = 0; i < rows.size(); ++i)
        planned << TaskChange{QStringLiteral("planned"), {}, {}, {}};
    return push(rows, tr("Set %n task(s) back to planned", nullptr, int(rows.size())),
                [planned](TaskService &s, const QList<qint64> &ids) { return s.restore(ids, planned, op()); });
}

} // namespace suiji
