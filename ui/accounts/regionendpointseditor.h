#pragma once

#include <QMap>
#include <QString>
#include <QUrl>
#include <QWidget>

class QPushButton;
class QTableWidget;

/**
 * The profile's own endpoints of some regions (VPC, private endpoints): a small Region | Endpoint
 * table with Add and Remove, usable from the keyboard (Insert adds, Delete removes, F2 edits).
 * Rows left wholly empty are ignored; every other row must be a region id and an endpoint the
 * profile accepts (Profiles::isValidRegionEndpoint).
 */
class RegionEndpointsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RegionEndpointsEditor(QWidget *parent = nullptr);

    void setEndpoints(const QMap<QString, QUrl> &endpoints);
    /** The rows that are filled in; rows with a problem are included as typed. */
    QMap<QString, QUrl> endpoints() const;
    /** Empty when every filled row is acceptable, else the first problem in words. */
    QString validationProblem() const;

signals:
    /** A row was added, removed or edited. */
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addRow();
    void removeCurrentRow();
    QString cellText(int row, int column) const;

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};
