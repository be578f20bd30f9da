// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityTableModel.h"
#include "theme/Theme.h"

#include <QColor>

#include "model/Bureau.h"
#include "model/Category.h"
#include "util/I18n.h"

namespace suiji {

namespace {
// The class is derived, not stored: sorting by it sorts by level, its largest part.
const char *const kSortColumns[] = {"key",      "name",   "bureau", "category", "level",        "level",
                                    "industry", "street", "credit", "vocs",     "penalty_date", "complaints"};
} // namespace

EntityTableModel::EntityTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void EntityTableModel::setDatabase(const Database *db)
{
    m_db = db;
    reload();
}

void EntityTableModel::setFilter(const EntityFilter &filter)
{
    m_filter = filter;
    reload();
}

void EntityTableModel::reload()
{
    // Views may ask for more rows while the reset is being announced; they get them afterwards.
    m_resetting = true;
    beginResetModel();
    m_rows.clear();
    m_classes.clear();
    m_total = 0;
    m_error.clear();
    if (m_db && m_db->isOpen()) {
        EntityRepository repo(*m_db);
        EntityFilter page = m_filter;
        page.offset = 0;
        page.limit = kPage;
        auto total = repo.count(m_filter);
        auto rows = total ? repo.list(page) : Result<QList<Entity>>(total.error());
        if (rows) {
            m_total = total.value();
            m_rows = std::move(rows).value();
        } else {
            m_error = rows.message(); // a locked or damaged file says so, never "0 entities"
        }
    }
    endResetModel();
    m_resetting = false;
    emit totalChanged(m_total);
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool EntityTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_resetting && m_rows.size() < m_total;
}

void EntityTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_db || m_resetting)
        return;
    EntityFilter page = m_filter;
    page.offset = int(m_rows.size());
    page.limit = kPage;
    auto read = EntityRepository(*m_db).list(page);
    if (!read)
        m_error = read.message();
    const QList<Entity> more = read ? std::move(read).value() : QList<Entity>{};
    if (more.isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

void EntityTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_filter.sortColumn = QString::fromLatin1(kSortColumns[column]);
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

void EntityTableModel::setClassifier(std::shared_ptr<const RuleProfile> profile, const Quarter &quarter)
{
    m_profile = std::move(profile);
    m_classifier = m_profile && quarter.isValid() ? std::make_unique<Classifier>(*m_profile, quarter) : nullptr;
    m_classes.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0, Class), index(rowCount() - 1, Class));
}

Classification EntityTableModel::classificationAt(int row) const
{
    if (!m_classifier || row < 0 || row >= m_rows.size())
        return {};
    const Entity &e = m_rows.at(row);
    auto it = m_classes.constFind(e.id);
    if (it == m_classes.constEnd())
        it = m_classes.insert(e.id, m_classifier->classify(e));
    return *it;
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Entity &e = m_rows.at(index.row());
    const bool zh = i18n::isChinese();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Key:
            return e.key;
        case Name:
            return e.name;
        case Bureau: {
            const auto *b = Bureau::byId(e.bureau);
            return b ? b->displayName(zh) : e.bureau;
        }
        case Category: {
            const auto *c = Category::byId(e.category);
            return c ? (zh ? c->nameZh : c->nameEn) : e.category;
        }
        case Level:
            return e.isKey() ? tr("Key") : tr("General");
        case Class: {
            const Classification c = classificationAt(index.row());
            return c.cls.isEmpty() ? QString() : Classifier::className(c.cls) + (c.mustCheck ? tr(" · must-check") : QString());
        }
        case Industry:
            return e.industry;
        case Street:
            return e.street;
        case Credit:
            return e.credit;
        case Vocs:
            return e.vocs;
        case Penalty:
            return e.penaltyDate.isValid() ? e.penaltyDate.toString(Qt::ISODate) : QString();
        case Complaints:
            return e.complaints;
        }
    } else if (role == Qt::ToolTipRole && index.column() == Name) {
        return e.address;
    } else if (role == Qt::ToolTipRole && index.column() == Class) {
        const Classification c = classificationAt(index.row());
        return c.reasons.isEmpty() ? tr("No special rule applies.") : c.reasons.join(QLatin1Char('\n'));
    } else if ((role == Qt::BackgroundRole || role == Qt::ForegroundRole) && index.column() == Class) {
        // A badge per class, in the theme's panel colours (readable in all three themes).
        static const QHash<QString, theme::Tone> tones{{QStringLiteral("key"), theme::Tone::Info},
                                                       {QStringLiteral("special"), theme::Tone::Error},
                                                       {QStringLiteral("excluded"), theme::Tone::Neutral},
                                                       {QStringLiteral("offsite"), theme::Tone::Success}};
        const auto it = tones.constFind(classificationAt(index.row()).cls);
        if (it != tones.constEnd()) {
            const theme::Panel p = theme::panel(*it);
            return role == Qt::BackgroundRole ? p.ground : p.text;
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == Complaints) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Key:
        return tr("USCC / code");
    case Name:
        return tr("Name");
    case Bureau:
        return tr("Bureau");
    case Category:
        return tr("Category");
    case Level:
        return tr("Level");
    case Class:
        return tr("Class");
    case Industry:
        return tr("Industry");
    case Street:
        return tr("Street");
    case Credit:
        return tr("Credit grade");
    case Vocs:
        return tr("VOCs grade");
    case Penalty:
        return tr("Last penalty");
    case Complaints:
        return tr("Complaints");
    }
    return {};
}

} // namespace suiji
