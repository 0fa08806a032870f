#include "regionendpointseditor.h"

#include "credentials/profile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { RegionColumn, EndpointColumn, ColumnCount };
} // namespace

RegionEndpointsEditor::RegionEndpointsEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    setObjectName(QStringLiteral("regionEndpointsEditor"));
    m_table->setObjectName(QStringLiteral("regionEndpointsTable"));
    m_table->setAccessibleName(tr("Region endpoints"));
    m_table->setToolTip(tr("A region's own endpoint, used instead of its public one, e.g. "
                           "cn-beijing and https://actiontrail-vpc.cn-beijing.aliyuncs.com. "
                           "Insert adds a row, Delete removes it, F2 edits a cell."));
    m_table->setHorizontalHeaderLabels({tr("Region"), tr("Endpoint")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in the rest of the form
    m_table->setColumnWidth(
        RegionColumn,
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("ap-southeast-1"))
            + 4 * m_table->fontMetrics().averageCharWidth());
    // Room for the header and three rows: most accounts need one or two.
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() + 3 * rowHeight
                              + 2 * m_table->frameWidth());
    m_table->setMaximumHeight(m_table->horizontalHeader()->sizeHint().height() + 5 * rowHeight
                              + 2 * m_table->frameWidth());
    m_table->installEventFilter(this);
    setFocusProxy(m_table); // the form label's mnemonic lands in the table

    m_add->setObjectName(QStringLiteral("addRegionEndpointButton"));
    m_add->setToolTip(tr("Add a region's endpoint (Insert in the table)"));
    m_remove->setObjectName(QStringLiteral("removeRegionEndpointButton"));
    m_remove->setToolTip(tr("Remove the selected region's endpoint (Delete in the table)"));
    m_remove->setEnabled(false);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &RegionEndpointsEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &RegionEndpointsEditor::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, &RegionEndpointsEditor::changed);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
}

void RegionEndpointsEditor::setEndpoints(const QMap<QString, QUrl> &endpoints)
{
    {
        const QSignalBlocker quiet(m_table);
        m_table->setRowCount(0);
        for (auto it = endpoints.cbegin(); it != endpoints.cend(); ++it) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, RegionColumn, new QTableWidgetItem(it.key()));
            m_table->setItem(row, EndpointColumn, new QTableWidgetItem(it.value().toString()));
        }
    }
    m_remove->setEnabled(m_table->currentRow() >= 0);
    emit changed();
}

QString RegionEndpointsEditor::cellText(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QMap<QString, QUrl> RegionEndpointsEditor::endpoints() const
{
    QMap<QString, QUrl> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString region = cellText(row, RegionColumn);
        const QString endpoint = cellText(row, EndpointColumn);
        if (region.isEmpty() && endpoint.isEmpty())
            continue;
        result.insert(region, QUrl(endpoint, QUrl::StrictMode));
    }
    return result;
}

QString RegionEndpointsEditor::validationProblem() const
{
    QStringList seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString region = cellText(row, RegionColumn);
        const QString endpoint = cellText(row, EndpointColumn);
        if (region.isEmpty() && endpoint.isEmpty())
            continue;
        QString why;
        if (!Profiles::isValidRegionEndpoint(region, QUrl(endpoint, QUrl::StrictMode), &why))
            return tr("Region endpoints, row %1: %2").arg(row + 1).arg(why);
        if (seen.contains(region))
            return tr("Region endpoints, row %1: %2 has an endpoint already.")
                .arg(row + 1)
                .arg(region);
        seen.append(region);
    }
    return {};
}

void RegionEndpointsEditor::addRow()
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker quiet(m_table);
        m_table->insertRow(row);
        m_table->setItem(row, RegionColumn, new QTableWidgetItem);
        m_table->setItem(row, EndpointColumn, new QTableWidgetItem);
    }
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->setCurrentCell(row, RegionColumn);
    m_table->editItem(m_table->item(row, RegionColumn));
    emit changed();
}

void RegionEndpointsEditor::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), RegionColumn);
    m_remove->setEnabled(m_table->currentRow() >= 0);
    emit changed();
}

bool RegionEndpointsEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Only while the table itself has the key: an open cell editor keeps Delete for its text.
    if (watched == m_table && event->type() == QEvent::KeyPress && m_table->hasFocus()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Insert) {
            addRow();
            return true;
        }
        if (key->key() == Qt::Key_Delete && m_table->currentRow() >= 0) {
            removeCurrentRow();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
