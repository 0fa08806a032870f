#include "firstrunwidget.h"

#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

FirstRunWidget::FirstRunWidget(QWidget *parent)
    : QWidget(parent)
    , m_add(new QCommandLinkButton(tr("&Add an account"),
                                   tr("Enter an AccessKey ID and secret. The secret goes to your "
                                      "system keychain."),
                                   this))
    , m_import(new QCommandLinkButton(tr("&Import from Alibaba Cloud CLI"),
                                      tr("Use the AccessKey and STS profiles of "
                                         "~/.aliyun/config.json; you choose which."),
                                      this))
    , m_demo(new QCommandLinkButton(tr("Try with &demo data"),
                                    tr("Browse sample backfill tasks served locally; no account "
                                       "needed."),
                                    this))
{
    setObjectName(QStringLiteral("firstRunWidget"));
    auto *title = new QLabel(tr("<h2>Welcome to Backfill Browser</h2>"
                                "<p>Browse your ActionTrail data backfill tasks. How do you want "
                                "to start?</p>"),
                             this);
    title->setObjectName(QStringLiteral("welcomeLabel"));
    title->setWordWrap(true);

    m_add->setObjectName(QStringLiteral("addAccountButton"));
    m_add->setAccessibleName(tr("Add an account"));
    m_add->setToolTip(tr("Add an Alibaba Cloud account with its AccessKey"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setAccessibleName(tr("Import from Alibaba Cloud CLI"));
    m_import->setToolTip(tr("Import profiles from the Alibaba Cloud CLI's configuration"));
    m_demo->setObjectName(QStringLiteral("demoButton"));
    m_demo->setAccessibleName(tr("Try with demo data"));
    m_demo->setToolTip(tr("Start with a local demo service and sample data"));

    // A readable column in the middle of however large the main window is.
    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    auto *choices = new QVBoxLayout(column);
    choices->addWidget(title);
    choices->addWidget(m_add);
    choices->addWidget(m_import);
    choices->addWidget(m_demo);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 3);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    setTabOrder(m_add, m_import);
    setTabOrder(m_import, m_demo);
    setFocusProxy(m_add);

    connect(m_add, &QCommandLinkButton::clicked, this, &FirstRunWidget::addAccountRequested);
    connect(m_import, &QCommandLinkButton::clicked, this, &FirstRunWidget::importRequested);
    connect(m_demo, &QCommandLinkButton::clicked, this, &FirstRunWidget::demoRequested);
}

void FirstRunWidget::setImportAvailable(bool available, const QString &reason)
{
    m_import->setEnabled(available);
    m_import->setToolTip(
        available ? tr("Import profiles from the Alibaba Cloud CLI's configuration") : reason);
}
