// 100,000 jobs in JobTableModel: the heap the model keeps per job, the time to load them through
// the model's bulk path ("Load all" answered by JobSource::listAllJobs in one piece, as the
// ActionTrail source does with JobLister), and the time to sort and filter them through
// JobFilterProxyModel, as the table does when a header is clicked or a search typed.
//
// Memory is measured two ways: the heap in use (glibc mallinfo2) after loading minus before, with
// the source's own copy of the jobs allocated beforehand and kept alive, so the delta is what the
// model (rows, JobId index, string pools) retains; and the model's own approximateMemoryBytes().
#include "benchtable.h"

#include "models/jobfilterproxymodel.h"
#include "models/joblistloader.h"
#include "models/jobsource.h"
#include "models/jobtablemodel.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <malloc.h>

namespace {
constexpr int jobCount = 100000;

/** Answers every request from an in-memory list, through a queued call like a real reply. */
class InMemoryJobSource : public JobSource
{
public:
    explicit InMemoryJobSource(QList<DeliveryJob> jobs)
        : m_jobs(std::move(jobs))
    { }

    PendingJobRequest *listJobs(int pageNumber, int pageSize) override
    {
        JobPage page;
        page.pageNumber = pageNumber;
        page.pageSize = pageSize;
        page.totalCount = int(m_jobs.size());
        page.requestId = QStringLiteral("bench");
        page.jobs = m_jobs.mid(qsizetype(pageNumber - 1) * pageSize, pageSize);
        return answer([page](PendingJobRequest *r) { r->finishListed(page); });
    }
    PendingJobRequest *listAllJobs() override
    {
        JobPage all;
        all.pageNumber = 1;
        all.pageSize = int(m_jobs.size());
        all.totalCount = int(m_jobs.size());
        all.requestId = QStringLiteral("bench");
        all.jobs = m_jobs; // implicitly shared: no copy of the jobs
        return answer([all](PendingJobRequest *r) { r->finishListed(all); });
    }
    PendingJobRequest *getJob(qint64) override { return unsupported(); }
    PendingJobRequest *createJob(const QString &, const QString &) override
    {
        return unsupported();
    }
    PendingJobRequest *deleteJob(qint64) override { return unsupported(); }

private:
    PendingJobRequest *answer(std::function<void(PendingJobRequest *)> finish)
    {
        auto *request = new PendingJobRequest(this); // owned by the source, deletes itself
        QTimer::singleShot(0, request, [request, finish] { finish(request); });
        return request;
    }
    PendingJobRequest *unsupported()
    {
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        return answer([error](PendingJobRequest *r) { r->finishFailed(error); });
    }
    QList<DeliveryJob> m_jobs;
};

QList<DeliveryJob> makeJobs()
{
    static const QStringList regions = {
        QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai"), QStringLiteral("cn-beijing"),
        QStringLiteral("ap-southeast-1"), QStringLiteral("eu-central-1")};
    QList<DeliveryJob> jobs;
    jobs.reserve(jobCount);
    const QDateTime base = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    for (int i = 0; i < jobCount; ++i) {
        DeliveryJob job;
        job.jobId = 3'000'000'000LL - qint64(i) * 7919; // newest first, as the service lists
        job.trailName = QStringLiteral("trail-%1-audit").arg(i % 40);
        job.homeRegion = regions.at(i % regions.size());
        job.rawStatus = (i * 7) % 4;
        job.status = jobStatusFromInt(job.rawStatus);
        job.createdTime = base.addSecs(-qint64(i) * 613);
        job.updatedTime = job.createdTime.addSecs(900 + i % 3600);
        job.eventsFrom = job.createdTime.addDays(-90);
        job.eventsTo = job.createdTime.addSecs(300);
        jobs.append(job);
    }
    return jobs;
}

qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

/** Spins the event loop until `done` (benchmark harness only; product code never does this). */
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

double medianMs(QList<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    return double(ns.at(ns.size() / 2)) / 1e6;
}
} // namespace

void benchModel(BenchTable &table)
{
    const QString section = QStringLiteral("model");
    InMemoryJobSource source(makeJobs());
    const qint64 heapBefore = heapInUse();

    JobTableModel model;

    JobListLoader loader(&model);
    QElapsedTimer timer;
    timer.start();
    loader.setSource(&source);
    if (!waitUntil([&] { return loader.hasListed() && !loader.isLoading(); })) {
        table.add(
            {section, QStringLiteral("first page"), QStringLiteral("never arrived"), {}, false});
        return;
    }
    loader.loadAll();
    const bool loaded = waitUntil([&] { return loader.isComplete() && !loader.isLoading(); });
    const qint64 loadNs = timer.nsecsElapsed();
    if (!loaded || model.rowCount() != jobCount) {
        table.add({section,
                   QStringLiteral("load 100,000 jobs"),
                   QStringLiteral("%1 rows loaded").arg(model.rowCount()),
                   {},
                   false});
        return;
    }
    const double heapPerJob = double(heapInUse() - heapBefore) / jobCount;
    const double accountedPerJob = double(model.approximateMemoryBytes()) / jobCount;
    table.add({section,
               QStringLiteral("load 100,000 jobs (Load all, one listAllJobs answer)"),
               formatDuration(double(loadNs)),
               {},
               true});
    table.add({section, QStringLiteral("heap retained per job (mallinfo2 delta)"),
               QStringLiteral("%1 bytes").arg(heapPerJob, 0, 'f', 0), QStringLiteral("< 400 bytes"),
               heapPerJob < 400});
    table.add({section, QStringLiteral("model's own accounting per job"),
               QStringLiteral("%1 bytes").arg(accountedPerJob, 0, 'f', 0),
               QStringLiteral("< 400 bytes"), accountedPerJob < 400});

    JobFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    // Timed up to the first answers a view asks for after the change (the proxy may map lazily).
    volatile qint64 sink = 0;
    const auto timeIt = [&](const std::function<void()> &op) {
        QElapsedTimer t;
        t.start();
        op();
        const int rows = proxy.rowCount();
        if (rows > 0) {
            sink = sink + proxy.index(0, 0).data(JobTableModel::JobIdRole).toLongLong()
                + proxy.index(rows - 1, 0).data(JobTableModel::JobIdRole).toLongLong();
        }
        return t.nsecsElapsed();
    };
    struct SortCase
    {
        QString what;
        int column;
    };
    const QList<SortCase> sorts
        = {{QStringLiteral("sort by Created"), JobTableModel::CreatedColumn},
           {QStringLiteral("sort by Trail (names)"), JobTableModel::TrailColumn},
           {QStringLiteral("sort by Status"), JobTableModel::StatusColumn}};
    for (const SortCase &sort : sorts) {
        QList<qint64> runs;
        for (int i = 0; i < 5; ++i) {
            runs.append(timeIt([&] {
                proxy.sort(sort.column, i % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
            }));
        }
        const double ms = medianMs(runs);
        table.add({section, sort.what + QStringLiteral(", 100,000 rows, median of 5"),
                   QStringLiteral("%1 ms").arg(ms, 0, 'f', 1), QStringLiteral("< 150 ms"),
                   ms < 150});
    }
    proxy.sort(JobTableModel::CreatedColumn, Qt::DescendingOrder);

    // Turning a filter on and turning it off again are different work for a sorted proxy (rows
    // leave vs rows come back into sorted order), so each is its own row.
    struct FilterCase
    {
        QString what;
        std::function<void()> on;
        std::function<void()> off;
    };
    const QList<FilterCase> filters = {
        {QStringLiteral("search \"trail-17\""),
         [&] { proxy.setSearchText(QStringLiteral("trail-17")); },
         [&] { proxy.setSearchText({}); }},
        {QStringLiteral("status: active only"),
         [&] { proxy.setStatusFilter(JobFilterProxyModel::ActiveFlags); },
         [&] { proxy.setStatusFilter(JobFilterProxyModel::AllStatuses); }},
    };
    for (const FilterCase &filter : filters) {
        QList<qint64> on;
        QList<qint64> off;
        int matched = 0;
        for (int i = 0; i < 3; ++i) {
            on.append(timeIt(filter.on));
            matched = proxy.rowCount();
            off.append(timeIt(filter.off));
        }
        const double onMs = medianMs(on);
        const double offMs = medianMs(off);
        table.add({section,
                   QStringLiteral("filter %1 on (sorted proxy, %2 rows stay), median of 3")
                       .arg(filter.what)
                       .arg(matched),
                   QStringLiteral("%1 ms").arg(onMs, 0, 'f', 1), QStringLiteral("< 150 ms"),
                   onMs < 150});
        table.add(
            {section,
             QStringLiteral("filter %1 off again (all rows back), median of 3").arg(filter.what),
             QStringLiteral("%1 ms").arg(offMs, 0, 'f', 1), QStringLiteral("< 150 ms"),
             offMs < 150});
    }
}
