#include "profileeditordialog.h"

#include "regionendpointseditor.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace {
/**
 * Widens `edit` so that `text` (a placeholder or a value) shows whole. A line edit asks for the
 * room of 17 'x' whatever it holds, which cuts "unchanged (stored in the keychain)" and most
 * descriptions and endpoints; beyond half the screen a value scrolls instead.
 */
void widenFor(QLineEdit *edit, const QString &text)
{
    const QFontMetrics metrics = edit->fontMetrics();
    // What the line edit adds around its text: frame, margins and the reveal action's button.
    const int chrome = edit->sizeHint().width() - 17 * metrics.horizontalAdvance(QLatin1Char('x'));
    const int room = chrome + metrics.horizontalAdvance(text) + metrics.averageCharWidth();
    const QScreen *screen = edit->screen() ? edit->screen() : QGuiApplication::primaryScreen();
    const int cap = screen ? screen->availableGeometry().width() / 2 : room;
    edit->setMinimumWidth(std::max(edit->minimumWidth(), std::min(room, cap)));
}
} // namespace

ProfileEditorDialog::ProfileEditorDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_accessKeyId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_sts(new QCheckBox(tr("&Temporary credentials (STS token)"), this))
    , m_token(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_endpoint(new QLineEdit(this))
    , m_regionEndpoints(new RegionEndpointsEditor(this))
    , m_caBundle(new QLineEdit(this))
    , m_signatureVersion(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("profileEditorDialog"));
    setWindowTitle(tr("Add Account"));

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setToolTip(tr("A short name for this account, e.g. \"prod\": letters, digits, '.', "
                          "'_' and '-'"));
    m_name->setPlaceholderText(tr("e.g. prod"));

    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setToolTip(tr("Optional note shown with the profile"));

    m_accessKeyId->setObjectName(QStringLiteral("accessKeyIdEdit"));
    m_accessKeyId->setAccessibleName(tr("AccessKey ID"));
    m_accessKeyId->setToolTip(tr("The AccessKey ID of a RAM user with "
                                 "actiontrail:ListDeliveryHistoryJobs permission"));

    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setAccessibleName(tr("AccessKey secret"));
    m_secret->setToolTip(tr("Stored only in the system keychain, never in a file"));
    m_secret->setEchoMode(QLineEdit::Password);
    addRevealAction(m_secret, QStringLiteral("revealSecretAction"), tr("secret"));

    m_sts->setObjectName(QStringLiteral("stsCheck"));
    m_sts->setToolTip(tr("Check for temporary STS credentials, which need a security token"));
    m_token->setObjectName(QStringLiteral("securityTokenEdit"));
    m_token->setAccessibleName(tr("Security token"));
    m_token->setToolTip(tr("The STS security token; stored in the keychain with the secret"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setEnabled(false);
    addRevealAction(m_token, QStringLiteral("revealTokenAction"), tr("security token"));

    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setAccessibleName(tr("Region"));
    m_region->setToolTip(tr("Region of the ActionTrail endpoint; any region ID can be typed"));
    m_region->setEditable(true);
    m_region->addItems(Profiles::knownRegions());
    m_region->setCurrentText(Profiles::fallbackRegion());

    m_endpoint->setObjectName(QStringLiteral("endpointEdit"));
    m_endpoint->setAccessibleName(tr("Endpoint"));
    m_endpoint->setToolTip(tr("Optional: overrides the endpoint derived from the region, e.g. "
                              "https://actiontrail-vpc.cn-hangzhou.aliyuncs.com"));
    m_endpoint->setPlaceholderText(tr("derived from the region"));
    // Room for an endpoint such as the VPC one of the tooltip.
    widenFor(m_endpoint, QStringLiteral("https://actiontrail-vpc.cn-hangzhou.aliyuncs.com"));
    widenFor(m_name, m_name->placeholderText());

    m_caBundle->setObjectName(QStringLiteral("caBundleEdit"));
    m_caBundle->setAccessibleName(tr("CA bundle"));
    m_caBundle->setToolTip(tr("Optional: a PEM file of CA certificates to trust beside the "
                              "system's, for networks behind TLS inspection"));
    m_caBundle->setPlaceholderText(tr("system certificates only"));

    m_signatureVersion->setObjectName(QStringLiteral("signatureVersionCombo"));
    m_signatureVersion->setAccessibleName(tr("Signature version"));
    m_signatureVersion->setToolTip(tr("V3 (ACS3-HMAC-SHA256) is current; V1 (HMAC-SHA1) for "
                                      "gateways that need it"));
    m_signatureVersion->addItem(tr("V3 (ACS3-HMAC-SHA256)"), int(SignatureVersion::V3));
    m_signatureVersion->addItem(tr("V1 (HMAC-SHA1)"), int(SignatureVersion::V1));

    m_problem->setObjectName(QStringLiteral("validationLabel"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("AccessKey &ID:"), m_accessKeyId);
    form->addRow(tr("AccessKey &secret:"), m_secret);
    form->addRow(QString(), m_sts);
    form->addRow(tr("Security &token:"), m_token);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Endpoint:"), m_endpoint);
    form->addRow(tr("Region end&points:"), m_regionEndpoints);
    form->addRow(tr("&CA bundle:"), m_caBundle);
    form->addRow(tr("Si&gnature:"), m_signatureVersion);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_accessKeyId, m_secret, m_token, m_endpoint})
        connect(edit, &QLineEdit::textChanged, this, &ProfileEditorDialog::revalidate);
    connect(m_region, &QComboBox::currentTextChanged, this, &ProfileEditorDialog::revalidate);
    connect(m_regionEndpoints, &RegionEndpointsEditor::changed, this,
            &ProfileEditorDialog::revalidate);
    connect(m_sts, &QCheckBox::toggled, this, [this](bool on) {
        m_token->setEnabled(on);
        revalidate();
    });
    revalidate();
}

QAction *ProfileEditorDialog::addRevealAction(QLineEdit *edit, const QString &objectName,
                                              const QString &what)
{
    // "view-visible" is the Breeze name; GNOME's Adwaita and bare systems have no such icon, and a
    // trailing action without an icon is invisible: fall back to our own eye.
    auto *reveal = new QAction(QIcon::fromTheme(QStringLiteral("view-visible"),
                                                QIcon(QStringLiteral(":/icons/reveal.svg"))),
                               tr("Show"), edit);
    reveal->setObjectName(objectName);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the %1 (Ctrl+R)").arg(what));
    // Keyboard users reach it from the field itself.
    reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    reveal->setShortcutContext(Qt::WidgetShortcut);
    edit->addAction(reveal, QLineEdit::TrailingPosition);
    connect(reveal, &QAction::toggled, edit, [edit, reveal, what](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setToolTip(shown ? tr("Hide the %1 (Ctrl+R)").arg(what)
                                 : tr("Show the %1 (Ctrl+R)").arg(what));
    });
    return reveal;
}

void ProfileEditorDialog::setProfile(const Profile &profile)
{
    m_editing = true;
    m_storedSts = profile.kind == CredentialKind::StsToken;
    setWindowTitle(tr("Edit Account"));
    m_name->setText(profile.name);
    m_name->setReadOnly(true);
    m_description->setText(profile.description);
    m_accessKeyId->setText(profile.accessKeyId);
    m_secret->clear();
    m_secret->setPlaceholderText(tr("unchanged (stored in the keychain)"));
    m_token->setPlaceholderText(tr("unchanged"));
    for (QLineEdit *edit : {m_secret, m_token})
        widenFor(edit, edit->placeholderText());
    for (QLineEdit *edit : {m_description, m_endpoint})
        widenFor(edit, edit->text());
    m_sts->setChecked(m_storedSts);
    m_region->setCurrentText(profile.region);
    m_endpoint->setText(profile.endpoint.toString());
    m_regionEndpoints->setEndpoints(profile.regionEndpoints);
    m_caBundle->setText(profile.caBundle);
    m_signatureVersion->setCurrentIndex(
        m_signatureVersion->findData(int(profile.signatureVersion)));
    revalidate();
}

void ProfileEditorDialog::setExistingNames(const QStringList &names)
{
    m_existingNames = names;
    revalidate();
}

Profile ProfileEditorDialog::profile() const
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.description = m_description->text().trimmed();
    p.accessKeyId = m_accessKeyId->text().trimmed();
    p.region = m_region->currentText().trimmed();
    const QString endpoint = m_endpoint->text().trimmed();
    if (!endpoint.isEmpty())
        p.endpoint = QUrl(endpoint, QUrl::StrictMode);
    p.regionEndpoints = m_regionEndpoints->endpoints();
    p.caBundle = m_caBundle->text().trimmed();
    p.signatureVersion = SignatureVersion(m_signatureVersion->currentData().toInt());
    p.kind = m_sts->isChecked() ? CredentialKind::StsToken : CredentialKind::AccessKey;
    return p;
}

ProfileSecret ProfileEditorDialog::secret() const
{
    if (!isSecretChanged())
        return {};
    return ProfileSecret {m_secret->text().trimmed(),
                          m_sts->isChecked() ? m_token->text().trimmed() : QString()};
}

bool ProfileEditorDialog::isSecretChanged() const
{
    // Switching between AccessKey and STS changes what the keychain must hold.
    return !m_editing || !m_secret->text().trimmed().isEmpty()
        || !m_token->text().trimmed().isEmpty() || m_sts->isChecked() != m_storedSts;
}

QString ProfileEditorDialog::validationProblem() const
{
    const Profile p = profile();
    QString why;
    if (!Profiles::isValidName(p.name, &why))
        return why;
    if (!m_editing && m_existingNames.contains(p.name))
        return tr("A profile named \"%1\" already exists.").arg(p.name);
    if (!Profiles::isValidAccessKeyId(p.accessKeyId, &why))
        return why;
    if (isSecretChanged() && m_secret->text().trimmed().isEmpty())
        return m_editing ? tr("Enter the secret again to change the token or credential type.")
                         : tr("Enter the AccessKey secret.");
    if (isSecretChanged() && m_sts->isChecked() && m_token->text().trimmed().isEmpty())
        return tr("Enter the security token of the STS credentials.");
    if (!m_endpoint->text().trimmed().isEmpty() && !Profiles::isValidEndpoint(p.endpoint, &why))
        return why;
    if (const QString problem = m_regionEndpoints->validationProblem(); !problem.isEmpty())
        return problem;
    if (!isSecretChanged())
        return {};
    if (secret().toBlob().size() > ProfileSecret::maxBlobSize)
        return tr("The secret and token are too long for the keychain.");
    return {};
}

void ProfileEditorDialog::revalidate()
{
    const QString problem = validationProblem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}
