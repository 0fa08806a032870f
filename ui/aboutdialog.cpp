#include "aboutdialog.h"

#include "buildinfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

// The icons are compiled into a static library (resources/) that nothing else references, so
// without this the linker drops them and the icon is blank (Qt's rule for resources in static
// libraries).
static void initIconResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(backfill_icons);
        return true;
    }();
    Q_UNUSED(done);
}

namespace {
QLabel *makeValueLabel(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    // Versions and commits get pasted into bug reports. No word wrap: a wrapped label in a form
    // layout gets a one-line height and is clipped.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString link(const QString &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), text.toHtmlEscaped());
}
} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Backfill Browser"));
    initIconResources();

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIconLabel"));
    icon->setPixmap(
        QIcon(QStringLiteral(":/icons/app.svg")).pixmap(QSize(64, 64), devicePixelRatio()));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *title = new QLabel(tr("Backfill Browser"), this);
    title->setObjectName(QStringLiteral("aboutTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *summary = new QLabel(tr("Browse and manage Alibaba Cloud ActionTrail data backfill tasks "
                                  "(historical event delivery tasks)."),
                               this);
    summary->setObjectName(QStringLiteral("aboutSummaryLabel"));
    summary->setWordWrap(true);

    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    facts->addRow(
        tr("Version:"),
        makeValueLabel(QStringLiteral("aboutVersionLabel"), BuildInfo::applicationVersion(), this));
    facts->addRow(tr("Commit:"),
                  makeValueLabel(QStringLiteral("aboutCommitLabel"), BuildInfo::gitCommit(), this));
    facts->addRow(
        tr("Qt:"),
        makeValueLabel(QStringLiteral("aboutQtVersionLabel"),
                       tr("%1 (built with %2)")
                           .arg(BuildInfo::qtRuntimeVersion(), BuildInfo::qtCompileVersion()),
                       this));
    facts->addRow(tr("QtKeychain:"),
                  makeValueLabel(QStringLiteral("aboutKeychainVersionLabel"),
                                 BuildInfo::keychainVersion(), this));
    facts->addRow(tr("Secrets are stored in:"),
                  makeValueLabel(QStringLiteral("aboutSecretStoreLabel"),
                                 BuildInfo::secretStoreDescription(), this));
    facts->addRow(
        tr("Licence:"),
        makeValueLabel(QStringLiteral("aboutLicenseLabel"), BuildInfo::licenseSpdx(), this));

    auto *links = new QLabel(link(BuildInfo::homepageUrl(), tr("Home page")) + QStringLiteral(" · ")
                                 + link(BuildInfo::issuesUrl(), tr("Report a problem")),
                             this);
    links->setObjectName(QStringLiteral("aboutLinksLabel"));
    links->setTextFormat(Qt::RichText);
    links->setOpenExternalLinks(true);
    links->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtonBox"));
    auto *copy = buttons->addButton(tr("Copy Details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("aboutCopyButton"));
    auto *aboutQt = buttons->addButton(tr("About Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    connect(copy, &QPushButton::clicked, this, &AboutDialog::copyDetails);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(summary);
    text->addSpacing(8);
    text->addLayout(facts);
    text->addSpacing(8);
    text->addWidget(links);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    // The summary is the one wrapped label: give it room for two lines at most.
    setMinimumWidth(540);
}

void AboutDialog::copyDetails()
{
    QGuiApplication::clipboard()->setText(buildInfoText());
}
