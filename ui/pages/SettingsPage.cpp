#include "SettingsPage.h"

#include "store/ProfileRepository.h"
#include "util/I18n.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace suiji {

SettingsPage::SettingsPage(QWidget *parent)
    : Page(parent)
    , m_dbPath(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_versions(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_result(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit"), this))
    , m_validate(new QPushButton(tr("&Validate"), this))
    , m_save(new QPushButton(tr("&Save as new version"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_dbPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dbPath->setWordWrap(true);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(i18n::isChinese() ? 0 : 1);
    auto *langNote = new QLabel(tr("Applies the next time Suiji starts."), this);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { QSettings().setValue(QStringLiteral("ui/language"), m_language->currentData()); });

    auto *general = new QGroupBox(tr("General"), this);
    auto *form = new QFormLayout(general);
    form->addRow(tr("Database file:"), m_dbPath);
    auto *langRow = new QHBoxLayout;
    langRow->addWidget(m_language);
    langRow->addWidget(langNote, 1);
    form->addRow(tr("&Language:"), langRow);
    qobject_cast<QLabel *>(form->labelForField(langRow))->setBuddy(m_language);

    auto *profile = new QGroupBox(tr("Rule profile"), this);
    m_versions->setObjectName(QStringLiteral("profileVersions"));
    m_versions->setWordWrap(true);
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editor->setObjectName(QStringLiteral("profileEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(false);
    m_result->setObjectName(QStringLiteral("profileResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_validate->setObjectName(QStringLiteral("validateProfile"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_validate);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *help = new QLabel(tr("The plan's rules as data: pools, quotas, classification, targets, deadlines and the joint-inspection table. "
                               "The format is described in docs/rule-profile.md. Saving keeps the old versions; every draw records the hash of the profile it used."),
                            this);
    help->setWordWrap(true);
    auto *pl = new QVBoxLayout(profile);
    pl->addWidget(help);
    pl->addWidget(m_versions);
    pl->addWidget(m_editor, 1);
    pl->addWidget(m_result);
    pl->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(profile, 1);

    connect(m_edit, &QPushButton::clicked, this, [this] { setEditing(true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_editor->setPlainText(m_loaded);
        m_result->clear();
        setEditing(false);
    });
    connect(m_validate, &QPushButton::clicked, this, &SettingsPage::validate);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::saveProfile);
    setEditing(false);
}

void SettingsPage::setDatabase(const Database *db)
{
    Page::setDatabase(db);
    m_dbPath->setText(db ? QDir::toNativeSeparators(db->path()) : tr("No database open"));
    loadProfile();
}

void SettingsPage::loadProfile()
{
    if (!m_db || !m_db->isOpen())
        return;
    ProfileRepository repo(*m_db);
    auto active = repo.active();
    if (!active) {
        m_result->setText(active.message());
        return;
    }
    QStringList lines;
    const QList<ProfileVersion> versions = repo.versions();
    if (versions.isEmpty())
        lines << tr("Active: %1 (shipped with Suiji) · hash %2").arg(active->id, active->hash);
    for (const ProfileVersion &v : versions)
        lines << tr("%1 version %2 · %3 · hash %4%5").arg(v.name).arg(v.version).arg(v.createdAt, v.hash.left(16) + QStringLiteral("…"), v.active ? tr(" · active") : QString());
    m_versions->setText(lines.join(QLatin1Char('\n')));
    m_loaded = QString::fromUtf8(QJsonDocument(active->json).toJson(QJsonDocument::Indented));
    m_editor->setPlainText(m_loaded);
    setEditing(false);
}

void SettingsPage::setEditing(bool on)
{
    m_editor->setReadOnly(!on);
    m_edit->setEnabled(!on);
    m_validate->setEnabled(on);
    m_save->setEnabled(on);
    m_cancel->setEnabled(on);
}

void SettingsPage::setProfileText(const QString &json)
{
    setEditing(true);
    m_editor->setPlainText(json);
}

bool SettingsPage::validate()
{
    auto p = RuleProfile::fromJson(m_editor->toPlainText().toUtf8());
    if (!p) {
        m_result->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_result->setText(p.message());
        return false;
    }
    m_result->setStyleSheet(QStringLiteral("color: #1b6e20;"));
    m_result->setText(tr("✓ Valid: %1, %2 pools, hash %3").arg(p->id).arg(p->pools.size()).arg(p->hash));
    return true;
}

bool SettingsPage::saveProfile()
{
    if (!m_db || !validate())
        return false;
    auto p = RuleProfile::fromJson(m_editor->toPlainText().toUtf8());
    auto v = ProfileRepository(*m_db).save(p.value(), QDateTime::currentDateTime().toString(Qt::ISODate));
    if (!v) {
        m_result->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_result->setText(v.message());
        return false;
    }
    loadProfile();
    m_result->setStyleSheet(QStringLiteral("color: #1b6e20;"));
    m_result->setText(tr("Saved %1 version %2; it governs quotas and draws from now on.").arg(v->name).arg(v->version));
    emit profileChanged();
    return true;
}

} // namespace suiji
