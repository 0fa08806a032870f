#include "createjobdialog.h"

#include "errortext.h"
#include "models/jobsource.h"
#include "models/trailformat.h"
#include "statusstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QStandardItemModel>
#include <QUuid>
#include <QVBoxLayout>

CreateJobDialog::CreateJobDialog(JobSource *source, const QStringList &trails, qint64 runningJobId,
                                 QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_clientToken(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_runningJobId(runningJobId)
    , m_trail(new QComboBox(this))
    , m_blocked(new QLabel(this))
    , m_nameProblem(new QLabel(this))
    , m_unavailable(new QLabel(this))
    , m_window(new QLabel(this))
    , m_error(new QLabel(this))
    , m_progress(new QLabel(tr("Creating\u2026"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("createJobDialog"));
    setWindowTitle(tr("New Backfill Task"));
    m_trail->setObjectName(QStringLiteral("createTrailCombo"));
    m_trail->setEditable(true);
    m_trail->setInsertPolicy(QComboBox::NoInsert);
    m_trail->addItems(trails);
    m_trail->setCurrentIndex(trails.isEmpty() ? -1 : 0);
    m_trail->lineEdit()->setPlaceholderText(tr("Trail name"));
    m_trail->setAccessibleName(tr("Trail name"));
    m_trail->setToolTip(tr("A trail seen in your tasks, or type the name of another trail"));
    m_trail->setMinimumContentsLength(28);

    auto *explanation = new QLabel(
        tr("ActionTrail re-delivers the events of the <b>last 90 days</b> of this trail to its "
           "Simple Log Service project. The trail must deliver to Simple Log Service, and "
           "<b>only one backfill task can run at a time</b> per account."),
        this);
    explanation->setObjectName(QStringLiteral("createExplanation"));
    explanation->setWordWrap(true);

    m_blocked->setObjectName(QStringLiteral("createBlockedReason"));
    m_blocked->setWordWrap(true);
    m_nameProblem->setObjectName(QStringLiteral("createNameProblem"));
    m_nameProblem->setWordWrap(true);
    m_nameProblem->setTextFormat(Qt::PlainText);
    m_nameProblem->hide();
    m_unavailable->setObjectName(QStringLiteral("createUnavailableTrails"));
    m_unavailable->setWordWrap(true);
    m_unavailable->setTextFormat(Qt::PlainText);
    m_unavailable->hide();
    m_window->setObjectName(QStringLiteral("createWindow"));
    m_window->setWordWrap(true);
    m_window->setTextFormat(Qt::PlainText);
    m_window->hide();
    m_error->setObjectName(QStringLiteral("createError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_progress->setObjectName(QStringLiteral("createProgress"));
    m_progress->hide();

    m_create = m_buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Trail:"), m_trail);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_nameProblem);
    layout->addWidget(m_window);
    layout->addWidget(m_unavailable);
    layout->addWidget(m_blocked);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateJobDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_trail, &QComboBox::currentTextChanged, this, &CreateJobDialog::updateState);
    setRunningJob(runningJobId);
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

CreateJobDialog::~CreateJobDialog()
{
    if (m_request) {
        disconnect(m_request, nullptr, this, nullptr);
        m_request->abort();
    }
}

void CreateJobDialog::setTrails(const QList<Trail> &trails, const QString &region)
{
    m_trails = trails;
    m_region = region;
    const QString typed = trailName();
    auto *items = new QStandardItemModel(m_trail);
    QStringList unavailable;
    for (const Trail &trail : trails) {
        const BackfillReadiness readiness = BackfillReadiness::of(trail, region);
        auto *item = new QStandardItem(trail.name);
        if (!readiness.isReady()) {
            // Listed, so people see it exists, but not pickable; the reason is said below.
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setToolTip(readiness.explanation());
            unavailable << tr("%1: %2").arg(trail.name, readiness.explanation());
        }
        items->appendRow(item);
    }
    {
        const QSignalBlocker blocker(m_trail);
        m_trail->setModel(items);
        m_trail->setCurrentIndex(-1);
    }
    m_trail->setToolTip(tr("A trail of this account that can be backfilled here"));
    m_unavailable->setText(tr("Not selectable here:") + QLatin1Char('\n')
                           + unavailable.join(QLatin1Char('\n')));
    m_unavailable->setVisible(!unavailable.isEmpty());
    // The name already there if the account has that trail, else the first ready trail.
    const bool typedIsListed = std::any_of(trails.cbegin(), trails.cend(),
                                           [&typed](const Trail &t) { return t.name == typed; });
    QString choice = typedIsListed ? typed : QString();
    if (choice.isEmpty()) {
        for (const Trail &trail : trails) {
            if (BackfillReadiness::of(trail, region).isReady()) {
                choice = trail.name;
                break;
            }
        }
    }
    m_trail->setCurrentText(choice);
    updateState();
}

QString CreateJobDialog::trailProblem() const
{
    const QString name = trailName();
    const QString problem = TrailName::problem(name);
    if (!problem.isEmpty())
        return problem;
    for (const Trail &trail : m_trails) {
        if (trail.name == name) {
            const BackfillReadiness readiness = BackfillReadiness::of(trail, m_region);
            return readiness.isReady() ? QString() : readiness.explanation();
        }
    }
    return {};
}

void CreateJobDialog::setTrailName(const QString &trailName)
{
    if (!trailName.isEmpty())
        m_trail->setCurrentText(trailName);
}

QString CreateJobDialog::trailName() const
{
    return m_trail->currentText().trimmed();
}

void CreateJobDialog::setRunningJob(qint64 jobId)
{
    m_runningJobId = std::max<qint64>(jobId, 0);
    if (m_runningJobId > 0) {
        m_blocked->setText(tr("<b>Task %1 is still running.</b> Wait until it completes or "
                              "fails, or delete it, before starting another.")
                               .arg(m_runningJobId));
    }
    m_blocked->setVisible(m_runningJobId > 0);
    updateState();
}

void CreateJobDialog::updateState()
{
    const bool busy = !m_request.isNull();
    const QString problem = trailProblem();
    // Nothing typed yet is no mistake to point at; Create stays off all the same.
    m_nameProblem->setText(problem);
    m_nameProblem->setVisible(!problem.isEmpty() && !trailName().isEmpty());
    QString window;
    for (const Trail &trail : std::as_const(m_trails)) {
        if (problem.isEmpty() && trail.name == trailName())
            window = tr("A task created now would deliver %1.")
                         .arg(TrailFormat::newTaskWindow(QDateTime::currentDateTimeUtc(),
                                                         trail.startLoggingTime));
    }
    m_window->setText(window);
    m_window->setVisible(!window.isEmpty());
    m_create->setEnabled(!busy && m_runningJobId == 0 && problem.isEmpty() && m_source);
    m_trail->setEnabled(!busy);
    m_progress->setVisible(busy);
    keepContentsVisible();
}

void CreateJobDialog::keepContentsVisible()
{
    // The explanation and the messages wrap, so the height they need depends on the width; a
    // window gets no height-for-width from the window system, and a layout squeezed below it
    // overlaps and clips the labels. Ask for that height whenever the text or the width changes.
    QLayout *box = layout();
    if (!box)
        return;
    box->activate();
    if (hasHeightForWidth())
        setMinimumHeight(heightForWidth(width()));
}

void CreateJobDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        keepContentsVisible();
}

void CreateJobDialog::create()
{
    if (!m_create->isEnabled() || !m_source)
        return;
    m_error->hide();
    PendingJobRequest *request = m_source->createJob(trailName(), m_clientToken);
    m_request = request;
    connect(request, &PendingJobRequest::created, this, [this](const CreatedJob &created) {
        m_request = nullptr;
        emit jobCreated(created, trailName());
        accept();
    });
    connect(request, &PendingJobRequest::failed, this, [this](const ApiError &error) {
        m_request = nullptr;
        m_error->setText(describeApiError(error, ErrorAudience::Window) + QLatin1Char('\n')
                         + ErrorText::identifiers(error));
        m_error->show();
        updateState();
        // The field was disabled while busy, which moved the focus on (to Cancel): give it back,
        // so that correcting the name and pressing Enter tries again.
        m_create->setDefault(true);
        m_trail->setFocus(Qt::OtherFocusReason);
        m_trail->lineEdit()->selectAll();
    });
    connect(request, &PendingJobRequest::retrying, this,
            [this](int attempt, int maxAttempts, const ApiError &reason) {
                m_progress->setText(tr("Creating\u2026 retrying %1/%2 \u2014 %3")
                                        .arg(attempt)
                                        .arg(maxAttempts)
                                        .arg(ErrorText::shortReason(reason)));
            });
    updateState();
}
