// SPDX-License-Identifier: GPL-3.0-or-later
// The dialogs, driven as a user would: the assigned targets (下达任务) dialog writes chained facts
// through FactService; the ledger's typical case (典型案例) goes into the year's cases.
#include "TestSupport.h"
#include "dialogs/AssignedTargetsDialog.h"
#include "dialogs/EntityEditDialog.h"
#include "draw/DrawService.h"
#include "store/AssignedRepository.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace suiji;

class TestDialogs : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void assignedTargetsHandDownAndRecord()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("assigned.db")), Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        FixedClock clock(QDateTime(QDate(2025, 9, 10), QTime(9, 0)));
        AssignedTargetsDialog d(db.value(), clock, QStringLiteral("nanshan"), 2025);
        auto *item = d.findChild<QComboBox *>(QStringLiteral("assignedItem"));
        auto *count = d.findChild<QSpinBox *>(QStringLiteral("assignedCount"));
        auto *table = d.findChild<QTableWidget *>(QStringLiteral("assignedTable"));
        auto *message = d.findChild<QLabel *>(QStringLiteral("assignedMessage"));
        QVERIFY(item && count && table && message);
        QVERIFY(message->text().contains(QStringLiteral("2025")));

        // Nothing named: refused, nothing written.
        d.findChild<QPushButton *>(QStringLiteral("assignedSave"))->click();
        QCOMPARE(AssignedRepository(db.value()).list(QStringLiteral("nanshan"), 2025)->size(), 0);

        item->setCurrentText(QStringLiteral("深圳蓝新车（机械）执法检查"));
        count->setValue(40);
        d.findChild<QPushButton *>(QStringLiteral("assignedSave"))->click();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("40"));

        // Inspections recorded against the selected target; a future day is refused.
        table->selectRow(0);
        d.findChild<QSpinBox *>(QStringLiteral("assignedDoneCount"))->setValue(12);
        auto *on = d.findChild<QDateEdit *>(QStringLiteral("assignedDoneOn"));
        on->setDate(QDate(2025, 9, 20));
        d.findChild<QPushButton *>(QStringLiteral("assignedRecord"))->click();
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("0"));
        on->setDate(QDate(2025, 8, 5));
        d.findChild<QPushButton *>(QStringLiteral("assignedRecord"))->click();
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("12"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("28"));
        QVERIFY(d.changed());
        const auto stored = AssignedRepository(db.value()).list(QStringLiteral("nanshan"), 2025);
        QCOMPARE(stored->first().doneTotal(), 12);

        // Both changes are chained facts: verify passes.
        auto v = DrawService(db.value(), RuleProfile::shipped()).verify();
        QVERIFY(v.ok() && v->ok);
        QCOMPARE(v->chainRecords, 2);
    }

    // The edit dialog applies the importer's date rule (cells::dateProblem): a date it cannot read
    // or one more than a year ahead is refused with the importer's words; a good one is kept.
    void entityEditUsesTheImportersDateRule()
    {
        FixedClock clock(QDateTime(QDate(2025, 9, 10), QTime(9, 0)));
        Clock::setProcess(&clock);
        const auto restore = qScopeGuard([] { Clock::setProcess(nullptr); });
        Entity e;
        e.category = QStringLiteral("fixed");
        e.key = QStringLiteral("914403001922038216");
        e.name = QStringLiteral("深圳市示例电子有限公司");
        e.bureau = QStringLiteral("nanshan");
        EntityEditDialog d(e);
        auto *penalty = d.findChild<QLineEdit *>(QStringLiteral("editPenalty"));
        QVERIFY(penalty);
        for (const auto &[text, words] :
             {std::pair{QStringLiteral("2025-13-45"), QStringLiteral("2025-13-45")}, std::pair{QStringLiteral("2027-01-01"), QStringLiteral("2027-01-01")}}) {
            penalty->setText(text);
            d.accept();
            QCOMPARE(d.result(), int(QDialog::Rejected));
            bool said = false;
            for (const QLabel *l : d.findChildren<QLabel *>())
                said = said || (l->text().contains(words) && !l->buddy());
            QVERIFY2(said, qPrintable(text));
        }
        penalty->setText(QStringLiteral("2025年3月31日"));
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.entity().penaltyDate, QDate(2025, 3, 31));
    }
};

QTEST_MAIN(TestDialogs)
#include "TestDialogs.moc"
