// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A supervised entity (监管对象) as stored: every column of import-format.md plus its key.

#include <QDate>
#include <QString>

namespace suiji {

struct Entity {
    qint64 id = 0;
    QString category; // Category id
    QString key;      // USCC when it has one, else its code
    QString name;
    QString uscc;
    QString code;
    QString bureau;                            // Bureau id
    QString level = QStringLiteral("general"); // "general" or "key"
    QString industry;
    QString street;
    QString address;
    QString credit; // "", 诚信, 良好, 警示, 不良
    QString vocs;   // "", A, B, C
    QDate penaltyDate;
    QDate waiverDate;
    int complaints = 0;
    bool positiveList = false;
    bool violationClue = false;
    QDate removedDate;
    bool badCheck = false; // USCC accepted despite a wrong check character

    bool isKey() const { return level == QLatin1String("key"); }
};

} // namespace suiji
