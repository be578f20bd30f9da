// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bureau.h"

#include <QCoreApplication>

namespace suiji {

const QList<Bureau> &Bureau::all()
{
    static const QList<Bureau> list = {
        {QStringLiteral("futian"), QStringLiteral("福田"), QStringLiteral("Futian"), QStringLiteral("440304"), true},
        {QStringLiteral("luohu"), QStringLiteral("罗湖"), QStringLiteral("Luohu"), QStringLiteral("440303"), false},
        {QStringLiteral("yantian"), QStringLiteral("盐田"), QStringLiteral("Yantian"), QStringLiteral("440308"), true},
        {QStringLiteral("nanshan"), QStringLiteral("南山"), QStringLiteral("Nanshan"), QStringLiteral("440305"), true},
        {QStringLiteral("baoan"), QStringLiteral("宝安"), QStringLiteral("Bao'an"), QStringLiteral("440306"), true},
        {QStringLiteral("longgang"), QStringLiteral("龙岗"), QStringLiteral("Longgang"), QStringLiteral("440307"), false},
        {QStringLiteral("longhua"), QStringLiteral("龙华"), QStringLiteral("Longhua"), QStringLiteral("440309"), false},
        {QStringLiteral("pingshan"), QStringLiteral("坪山"), QStringLiteral("Pingshan"), QStringLiteral("440310"), false},
        {QStringLiteral("guangming"), QStringLiteral("光明"), QStringLiteral("Guangming"), QStringLiteral("440311"), false},
        {QStringLiteral("dapeng"), QStringLiteral("大鹏"), QStringLiteral("Dapeng"), QStringLiteral("440312"), true},
        {QStringLiteral("shenshan"), QStringLiteral("深汕"), QStringLiteral("Shenshan"), QStringLiteral("441521"), true},
    };
    return list;
}

const Bureau &Bureau::mobile()
{
    static const Bureau division{QLatin1String(kMobile), QStringLiteral("移动源处"), QStringLiteral("Mobile-source division"), QStringLiteral(""), false, true};
    return division;
}

QString Bureau::displayName(bool chinese) const
{
    return chinese ? nameZh : nameEn;
}

const Bureau *Bureau::byId(const QString &id)
{
    for (const Bureau &b : all())
        if (b.id == id)
            return &b;
    return id == QLatin1String(kMobile) ? &mobile() : nullptr;
}

const Bureau *Bureau::parse(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return nullptr;
    const QString lower = t.toLower();
    for (const Bureau &b : all())
        if (b.id == lower || b.nameEn.toLower() == lower)
            return &b;
    if (lower == QLatin1String(kMobile) || lower == mobile().nameEn.toLower() || t == mobile().nameZh || t == QStringLiteral("深圳市生态环境局移动源处") ||
        t == QStringLiteral("移动源"))
        return &mobile();
    for (const char16_t *suffix : {u"管理局", u"局"}) {
        if (t.endsWith(QStringView(suffix)))
            t.chop(int(std::char_traits<char16_t>::length(suffix)));
    }
    if (t.endsWith(u'区'))
        t.chop(1);
    if (t.startsWith(QStringView(u"深圳市")))
        t.remove(0, 3);
    if (t.endsWith(QStringView(u"特别合作")))
        t.chop(4);
    for (const Bureau &b : all())
        if (b.nameZh == t)
            return &b;
    return nullptr;
}

} // namespace suiji
