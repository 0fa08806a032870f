// Parsing cost of one full ListDeliveryHistoryJobs page (100 jobs) through the real parser: what
// every page of a listing pays on the client's thread. The JSON is built once, in the service's
// shape (ResponseParser::jobPageToJson, the same writer the emulator answers with).
#include "benchtable.h"

#include "api/responseparser.h"

#include <QJsonDocument>

namespace {
QByteArray hundredJobPage()
{
    static const QStringList regions
        = {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai"),
           QStringLiteral("cn-beijing"), QStringLiteral("ap-southeast-1")};
    JobPage page;
    page.pageNumber = 7;
    page.pageSize = 100;
    page.totalCount = 10000;
    page.requestId = QStringLiteral("9C4E2F5A-3B1D-4C7E-8A6F-0D2B1E4C5A7F");
    const QDateTime base = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    for (int i = 0; i < 100; ++i) {
        DeliveryJob job;
        job.jobId = 20000 + 600 + i;
        job.trailName = QStringLiteral("trail-prod-audit-%1").arg(i % 7);
        job.homeRegion = regions.at(i % regions.size());
        job.rawStatus = i % 4;
        job.status = jobStatusFromInt(job.rawStatus);
        job.eventsFrom = base.addDays(-90 + i % 30);
        job.eventsTo = job.eventsFrom.addDays(30);
        job.createdTime = base.addSecs(i * 3600);
        job.updatedTime = job.createdTime.addSecs(1800);
        page.jobs.append(job);
    }
    return QJsonDocument(ResponseParser::jobPageToJson(page)).toJson(QJsonDocument::Compact);
}
} // namespace

void benchParsing(BenchTable &table)
{
    const QByteArray body = hundredJobPage();
    JobPage check;
    if (ResponseParser::parseJobPage(body, &check) || check.jobs.size() != 100) {
        table.add({QStringLiteral("parsing"), QStringLiteral("100-job page"),
                   QStringLiteral("parser rejected the page"), QStringLiteral("< 0.3 ms"), false});
        return;
    }
    volatile qsizetype sink = 0;
    const double ns = nanosecondsPerCall([&] {
        JobPage page;
        const auto error = ResponseParser::parseJobPage(body, &page);
        sink = sink + page.jobs.size() + (error ? 1 : 0);
    });
    table.add({QStringLiteral("parsing"),
               QStringLiteral("100-job page (%1 KiB JSON)").arg(body.size() / 1024.0, 0, 'f', 1),
               QStringLiteral("%1 (%2 jobs/s)").arg(formatDuration(ns)).arg(qRound64(100e9 / ns)),
               QStringLiteral("< 0.3 ms"), ns < 300'000});
}
