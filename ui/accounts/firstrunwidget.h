#pragma once

#include <QWidget>

class QCommandLinkButton;

/**
 * The first-run screen: three big choices, emitted as signals for the main window to act on.
 */
class FirstRunWidget : public QWidget
{
    Q_OBJECT

public:
    explicit FirstRunWidget(QWidget *parent = nullptr);

    /**
     * Import stays visible but disabled (with the reason as tooltip) when no Alibaba Cloud CLI
     * configuration was found.
     */
    void setImportAvailable(bool available, const QString &reason = {});

signals:
    void addAccountRequested();
    void importRequested();
    void demoRequested();

private:
    QCommandLinkButton *m_add;
    QCommandLinkButton *m_import;
    QCommandLinkButton *m_demo;
};
