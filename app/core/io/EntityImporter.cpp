// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityImporter.h"

#include "io/CellParsers.h"
#include "model/Bureau.h"
#include "model/Category.h"
#include "store/EntityRepository.h"
#include "util/Hash.h"
#include "util/Text.h"
#include "util/Uscc.h"

#include <QCoreApplication>
#include <QStringEncoder>

#include <string>

namespace suiji {

namespace {
class Ent {
    Q_DECLARE_TR_FUNCTIONS(suiji::EntityImporter)
};

enum Field {
    F_name,
    F_uscc,
    F_code,
    F_bureau,
    F_category,
    F_level,
    F_industry,
    F_street,
    F_address,
    F_credit,
    F_vocs,
    F_penalty_date,
    F_waiver_date,
    F_complaints,
    F_positive_list,
    F_violation_clue,
    F_removed_date,
    F_violation_clue_date
}; // the order of columnSpecs()

QString fieldName(int f)
{
    static const QList<ColumnSpec> specs = EntityImporter::columnSpecs();
    return specs.at(f).field;
}

// The same few bureau and category spellings repeat on every row: parse each once.
template <class Parse> QString memoised(QList<std::pair<QString, QString>> &memo, const QString &text, Parse parse)
{
    for (const auto &[t, v] : std::as_const(memo))
        if (t == text)
            return v;
    QString v = parse(text);
    if (memo.size() < 64)
        memo.append({text, v});
    return v;
}

QString normCredit(const QString &t)
{
    for (const char16_t *g : {u"诚信", u"良好", u"警示", u"不良"})
        if (t.contains(QStringView(g)))
            return QString::fromUtf16(g);
    return QString();
}
} // namespace

int EntityImporter::categorySlot(const QString &category)
{
    const qsizetype i = m_categories.indexOf(category);
    if (i >= 0)
        return int(i);
    m_categories.append(category);
    return int(m_categories.size() - 1);
}

int EntityImporter::categorySlot(QByteArrayView id)
{
    // Category ids are ASCII.
    const QLatin1StringView latin(id.data(), id.size());
    for (qsizetype i = 0; i < m_categories.size(); ++i)
        if (m_categories.at(i) == latin)
            return int(i);
    m_categories.append(QString(latin));
    return int(m_categories.size() - 1);
}

namespace {
// The fields an import sets, as the entity table stores them (UTF-8 text, ISO dates, numbers),
// separated by U+001F, hashed: the same bytes whether they come from a stored row or a file's row.
class ContentBytes {
public:
    void bytes(QByteArrayView v)
    {
        m_bytes.append(v.data(), size_t(v.size()));
        m_bytes.push_back('\x1f');
    }
    void text(const QString &s)
    {
        const size_t at = m_bytes.size();
        m_bytes.resize(at + size_t(s.size()) * 3);
        char *end = m_utf8.appendToBuffer(m_bytes.data() + at, s);
        m_bytes.resize(size_t(end - m_bytes.data()));
        m_bytes.push_back('\x1f');
    }
    void date(const QDate &d) { bytes(d.isValid() ? d.toString(Qt::ISODate).toLatin1() : QByteArray()); }
    void number(int n) { bytes(QByteArray::number(n)); }
    EntityContentHash finish()
    {
        const EntityContentHash h{fasthash::bytes(m_bytes.data(), m_bytes.size(), 1), fasthash::bytes(m_bytes.data(), m_bytes.size(), 0x9e3779b97f4a7c15ull)};
        m_bytes.clear();
        return h;
    }

private:
    std::string m_bytes;
    QStringEncoder m_utf8{QStringEncoder::Utf8};
};
} // namespace

EntityContentHash entityContentHash(const Entity &e)
{
    thread_local ContentBytes b;
    for (const QString *t : {&e.name, &e.uscc, &e.code, &e.bureau, &e.level, &e.industry, &e.street, &e.address, &e.credit, &e.vocs})
        b.text(*t);
    b.date(e.penaltyDate);
    b.date(e.waiverDate);
    b.number(e.complaints);
    b.number(e.positiveList);
    b.number(e.violationClue);
    b.date(e.removedDate);
    b.number(e.badCheck);
    return b.finish();
}

EntityContentHash entityContentHash(const EntityRepository::StoredRow &r)
{
    thread_local ContentBytes b;
    for (QByteArrayView t : {r.name, r.uscc, r.code, r.bureau, r.level, r.industry, r.street, r.address, r.credit, r.vocs, r.penaltyDate, r.waiverDate})
        b.bytes(t);
    b.number(r.complaints);
    b.number(r.positiveList);
    b.number(r.violationClue);
    b.bytes(r.removedDate);
    b.number(r.badCheck);
    return b.finish();
}

QList<ColumnSpec> EntityImporter::columnSpecs()
{
    auto s = [](const char *field, std::initializer_list<const char *> names, bool required = false) {
        ColumnSpec c;
        c.field = QString::fromLatin1(field);
        for (const char *n : names)
            c.names << QString::fromUtf8(n);
        c.required = required;
        return c;
    };
    return {
        s("name", {"单位名称", "name", "企业名称", "对象名称"}, true),
        s("uscc", {"统一社会信用代码", "uscc", "信用代码", "社会信用代码"}),
        s("code", {"对象编码", "code", "编码", "排污口编码", "地块编码"}),
        s("bureau", {"所属管理局", "bureau", "辖区", "所属区"}, true),
        s("category", {"监管类别", "category", "对象类别"}, true),
        s("level", {"监管级别", "level", "重点/一般"}),
        s("industry", {"行业类别", "industry", "行业"}),
        s("street", {"街道", "street"}),
        s("address", {"地址", "address", "经营地址"}),
        s("credit", {"环境信用等级", "credit", "信用等级"}),
        s("vocs", {"VOCs分级", "vocs", "涉VOCs分级"}),
        s("penalty_date", {"最近处罚日期", "penalty_date", "处罚日期"}),
        s("waiver_date", {"免罚日期", "waiver_date", "包容审慎免罚日期"}),
        s("complaints", {"上季度投诉数", "complaints", "投诉数"}),
        s("positive_list", {"正面清单", "positive_list"}),
        s("violation_clue", {"违法线索", "violation_clue"}),
        s("removed_date", {"移出重点名录日期", "removed_date"}),
        s("violation_clue_date", {"违法线索日期", "violation_clue_date", "线索日期"}),
    };
}

void EntityImporter::checkHeader(ImportReport &report)
{
    if (!hasColumn(QStringLiteral("uscc")) && !hasColumn(QStringLiteral("code")))
        report.addError(1, QStringLiteral("统一社会信用代码"),
                        Ent::tr("The file needs a \"统一社会信用代码\" column or an \"对象编码\" column (or both): each row is identified by one of them."));
}

Status EntityImporter::loadExisting()
{
    m_existing.clear();
    m_keys.clear();
    m_categories.clear();
    m_staged = {};
    m_stagedReady = false;
    m_spent.clear();
    m_writer.reset();
    const QDateTime now = m_clock.now();
    m_stamp = now.toString(Qt::ISODate);
    m_today = now.date(); // once: the clock's time zone lookup costs more than a row's checks
    // The stored bytes, not Entity objects: a city's 100,000 rows would cost 20 QStrings each.
    QString key; // decoded into the same buffer each row
    QStringDecoder utf8(QStringDecoder::Utf8);
    return EntityRepository(m_db).forEachStored([&](const EntityRepository::StoredRow &r) {
        key.resize(utf8.requiredSpace(r.key.size()));
        key.truncate(utf8.appendToBuffer(key.data(), r.key) - key.constData());
        m_keys.entry(categorySlot(r.category), key).existing = int(m_existing.size());
        const QDate removed = QDate::fromString(QString::fromLatin1(r.removedDate), Qt::ISODate);
        m_existing.push_back({r.id, entityContentHash(r), r.level == QByteArrayView("key"), removed});
        return true;
    });
}

bool EntityImporter::stageRow(int row, ImportReport &report)
{
    const int errorsBefore = report.errorCount();
    auto err = [&](const QString &field, const QString &msg) { report.addError(row, header(field), msg); };
    Entity e;

    warnInvisible(row, report, QStringLiteral("name"), cell(F_name));
    e.name = text::clean(cell(F_name));
    if (e.name.isEmpty())
        err(QStringLiteral("name"), Ent::tr("The name is empty."));

    const QString bureauText = text::clean(cell(F_bureau));
    e.bureau = memoised(m_bureauMemo, bureauText, [](const QString &t) {
        const Bureau *b = Bureau::parse(t);
        return b ? b->id : QString();
    });
    if (e.bureau == QLatin1String(Bureau::kMobile)) {
        e.bureau.clear();
        err(QStringLiteral("bureau"),
            Ent::tr("移动源处 draws the districts' mobile pools but has no entities of its own: give the district (管理局) the entity is in."));
    } else if (e.bureau.isEmpty())
        err(QStringLiteral("bureau"),
            bureauText.isEmpty()
                ? Ent::tr("The bureau is empty.")
                : Ent::tr("Unknown bureau \"%1\". Use one of 福田, 罗湖, 盐田, 南山, 宝安, 龙岗, 龙华, 坪山, 光明, 大鹏, 深汕.").arg(bureauText));

    const QString catText = text::clean(cell(F_category));
    e.category = memoised(m_categoryMemo, catText, [](const QString &t) {
        const Category *c = Category::parse(t);
        return c ? c->id : QString();
    });
    if (e.category.isEmpty())
        err(QStringLiteral("category"), catText.isEmpty()
                                            ? Ent::tr("The category is empty.")
                                            : Ent::tr("Unknown category \"%1\". Use one of the categories in the template's drop-down list.").arg(catText));

    const QString rawUscc = cell(F_uscc);
    const bool invisibleKey =
        refuseInvisible(row, report, QStringLiteral("uscc"), rawUscc) || refuseInvisible(row, report, QStringLiteral("code"), cell(F_code));
    e.uscc = uscc::normalize(rawUscc);
    e.code = text::clean(cell(F_code));
    if (!e.uscc.isEmpty() && !invisibleKey) {
        switch (uscc::validate(e.uscc)) {
        case uscc::Check::Valid:
            break;
        case uscc::Check::BadLength:
            err(QStringLiteral("uscc"), Ent::tr("\"%1\" has %2 characters; a unified social credit code has 18.").arg(e.uscc).arg(e.uscc.size()));
            break;
        case uscc::Check::BadCharacter:
            err(QStringLiteral("uscc"),
                Ent::tr("\"%1\" contains a character a unified social credit code cannot have (codes never use I, O, S, V or Z).").arg(e.uscc));
            break;
        case uscc::Check::BadCheckCharacter:
            if (m_options->acceptBadCheck) {
                e.badCheck = true;
                report.addWarning(row, header(QStringLiteral("uscc")),
                                  Ent::tr("\"%1\": the check character should be %2. Accepted as you asked; the entity is flagged.")
                                      .arg(e.uscc, uscc::checkCharacter(e.uscc.left(17))));
            } else {
                report.addError(row, header(QStringLiteral("uscc")),
                                Ent::tr("\"%1\": the last (check) character should be %2. Check the code for a typing error; some codes issued before 2016 "
                                        "fail this check and can be accepted explicitly.")
                                    .arg(e.uscc, uscc::checkCharacter(e.uscc.left(17))),
                                QStringLiteral("bad_check"));
            }
            break;
        }
    }
    e.key = !e.uscc.isEmpty() ? e.uscc : e.code;
    if (e.key.isEmpty())
        err(hasColumn(QStringLiteral("uscc")) ? QStringLiteral("uscc") : QStringLiteral("code"),
            Ent::tr("Neither a unified social credit code nor an object code is given: the row cannot be identified."));

    const QString level = text::clean(cell(F_level));
    if (level.isEmpty() || level == QStringLiteral("一般") || level.compare(QLatin1String("general"), Qt::CaseInsensitive) == 0)
        e.level = QStringLiteral("general");
    else if (level == QStringLiteral("重点") || level.compare(QLatin1String("key"), Qt::CaseInsensitive) == 0)
        e.level = QStringLiteral("key");
    else
        err(QStringLiteral("level"), Ent::tr("Level \"%1\" is neither 一般 nor 重点.").arg(level));

    e.industry = text::clean(cell(F_industry));
    e.street = text::clean(cell(F_street));
    e.address = text::clean(cell(F_address));

    const QString credit = text::clean(cell(F_credit));
    e.credit = normCredit(credit);
    if (!credit.isEmpty() && e.credit.isEmpty())
        err(QStringLiteral("credit"), Ent::tr("Credit grade \"%1\" is not one of 诚信, 良好, 警示, 不良.").arg(credit));

    QString vocs = text::clean(cell(F_vocs)).toUpper();
    if (vocs.endsWith(QStringLiteral("级")))
        vocs.chop(1);
    if (vocs == QLatin1String("A") || vocs == QLatin1String("B") || vocs == QLatin1String("C") || vocs.isEmpty())
        e.vocs = vocs;
    else
        err(QStringLiteral("vocs"), Ent::tr("VOCs grade \"%1\" is not A, B or C.").arg(vocs));

    auto date = [&](Field field, QDate &out) {
        const QString t = text::clean(cell(int(field)));
        if (const QString problem = cells::dateProblem(t, m_today); !problem.isEmpty())
            err(fieldName(field), problem);
        out = cells::parseDate(t).date;
    };
    date(F_penalty_date, e.penaltyDate);
    date(F_waiver_date, e.waiverDate);
    date(F_removed_date, e.removedDate);

    const QString complaints = text::clean(cell(F_complaints));
    if (!complaints.isEmpty()) {
        bool ok = false;
        const int n = complaints.toInt(&ok); // the common case; "3.0" from a spreadsheet goes the long way
        const double v = ok ? n : complaints.toDouble(&ok);
        if (!ok || v != double(qint64(v)) || v < 0 || v > 1e6)
            err(QStringLiteral("complaints"), Ent::tr("Complaints \"%1\" must be a whole number, 0 or more.").arg(complaints));
        else
            e.complaints = int(v);
    }

    auto flag = [&](Field field, bool &out) {
        const QString t = text::clean(cell(int(field)));
        const auto b = cells::parseBool(t);
        if (!b.ok)
            err(fieldName(field), Ent::tr("\"%1\" should be 是 or 否.").arg(t));
        out = b.value.value_or(false);
    };
    flag(F_positive_list, e.positiveList);
    flag(F_violation_clue, e.violationClue);
    // A clue dated in the file arrived on that date (a date alone is a clue).
    QDate clueDate;
    date(F_violation_clue_date, clueDate);
    if (clueDate.isValid())
        e.violationClue = true;

    int stored = -1; // index in m_existing
    if (!e.key.isEmpty() && !e.category.isEmpty()) {
        KeyTable::Entry &k = m_keys.entry(categorySlot(e.category), e.key);
        if (k.firstRow != 0)
            err(e.uscc.isEmpty() ? QStringLiteral("code") : QStringLiteral("uscc"),
                Ent::tr("\"%1\" appears twice in this file: also in row %2.").arg(e.key).arg(k.firstRow));
        else
            k.firstRow = row;
        stored = k.existing;
    }

    if (report.errorCount() != errorsBefore)
        return false;

    if (clueDate.isValid() && m_writing)
        m_clueDates.push_back({e.category, e.key, clueDate}); // unchanged rows too: the date may be new

    // A unit that leaves the key list keeps the date it left (the soil rule depends on it); each
    // new removal (key → general again) starts its own window from the day of this import.
    ++report.byBureau[e.bureau];
    if (stored >= 0) {
        const Existing *ex = &m_existing[size_t(stored)];
        if (!e.removedDate.isValid()) {
            if (ex->wasKey && !e.isKey())
                e.removedDate = m_today;
            else if (ex->removed.isValid())
                e.removedDate = ex->removed;
        }
        if (entityContentHash(e) == ex->hash) {
            ++report.unchanged;
            return true; // nothing to write
        }
        ++report.updated;
        e.id = ex->id;
    } else {
        ++report.added;
    }
    if (m_writing) {
        if (!m_stagedReady) {
            m_staged = freshBatch();
            m_stagedReady = true;
        }
        m_staged.append(std::move(e));
    }
    return true;
}

void EntityImporter::expectRows(qint64 rows)
{
    m_keys.reserve(m_keys.size() + size_t(std::clamp<qint64>(rows, 0, 2'000'000))); // an estimate: the table grows past it if need be
}

void EntityImporter::endRows()
{
    // On the worker, while the last batches are written: nothing else needs these.
    m_keys.clear();
    m_existing = {};
}

EntityRepository::Batch EntityImporter::freshBatch()
{
    // A written batch comes back to be emptied here, on the thread that allocated its rows, and
    // filled again: a few batches serve the whole file, and the allocator is spared a megabyte
    // freed and taken every 5,000 rows.
    EntityRepository::Batch batch;
    bool reused = false;
    {
        std::lock_guard lock(m_spentMutex);
        if (!m_spent.empty()) {
            batch = std::move(m_spent.back());
            m_spent.pop_back();
            reused = true;
        }
    }
    if (reused)
        batch.clear();
    else
        batch.reserve(kBatchRows);
    return batch;
}

std::function<Status()> EntityImporter::takeStaged()
{
    m_stagedReady = false;
    return [this, batch = std::exchange(m_staged, {}), clues = std::exchange(m_clueDates, {})]() mutable -> Status {
        // Runs on the importing thread, which alone touches m_writer.
        if (!m_writer)
            m_writer = std::make_unique<EntityRepository::Writer>(m_db, m_stamp);
        Status s = m_writer->write(batch);
        if (s)
            s = m_writer->recordClueDates(clues);
        std::lock_guard lock(m_spentMutex);
        m_spent.push_back(std::move(batch));
        return s;
    };
}

} // namespace suiji
