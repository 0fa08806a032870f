#pragma once

#include <QDialog>

class QLabel;

/**
 * Help ▸ About: what this build is (version, commit, Qt and QtKeychain versions), its licence,
 * where secrets are kept on this OS, and the project's links. "Copy details" puts the same text
 * `--version` prints on the clipboard, for bug reports.
 */
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

private:
    void copyDetails();
};
