// Fuzzes the one CSV writer (JobSerializer::toCsv, used by `jobs list --format csv` and the GUI's
// Export) with whatever trail names and regions a service could send. The input is split at NUL
// bytes into text fields, taken two at a time as (TrailName, HomeRegion) of one job each. Checked
// properties (abort on violation), beyond "never crashes":
//  - the output parses back as RFC 4180: a header and one record of 9 fields per job, and the
//    text fields read back exactly as SafeText::forCsvCell made them;
//  - no field read back starts a spreadsheet formula (=, +, -, @, tab, CR), and none holds an
//    escape character or another control character but line breaks and tabs.
#include "domain/jobserializer.h"
#include "domain/safetext.h"

#include <cstdint>
#include <cstdlib>

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}

/** RFC 4180 records (CRLF-terminated); false when the text is not well-formed CSV. */
bool parseCsv(const QString &text, QList<QStringList> *records)
{
    QStringList record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (!field.isEmpty() || wasQuoted)
                return false;
            quoted = wasQuoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                return false;
            ++i;
            record << field;
            *records << record;
            record.clear();
            field.clear();
            wasQuoted = false;
        } else {
            if (wasQuoted)
                return false;
            field += c;
        }
    }
    return !quoted && record.isEmpty() && field.isEmpty();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QList<QByteArray> parts
        = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\0');
    QList<DeliveryJob> jobs;
    for (qsizetype i = 0; i + 1 < parts.size() || (i == 0 && !parts.isEmpty()); i += 2) {
        DeliveryJob job;
        job.jobId = 1000 + i;
        job.trailName = QString::fromUtf8(parts.at(i));
        job.homeRegion = QString::fromUtf8(parts.value(i + 1));
        job.rawStatus = int(i % 5);
        job.status = job.rawStatus < 4 ? JobStatus(job.rawStatus) : JobStatus::Unknown;
        jobs << job;
    }
    QList<QStringList> records;
    check(parseCsv(JobSerializer::toCsv(jobs), &records));
    check(records.size() == jobs.size() + 1);
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &fields = records.at(r);
        const DeliveryJob &job = jobs.at(r - 1);
        check(fields.size() == 9);
        check(fields.at(1) == SafeText::forCsvCell(job.trailName));
        check(fields.at(2) == SafeText::forCsvCell(job.homeRegion));
        for (const QString &field : fields) {
            if (!field.isEmpty()) {
                const QChar first = field.front();
                check(first != u'=' && first != u'+' && first != u'-' && first != u'@'
                      && first != u'\t' && first != u'\r');
            }
            for (const QChar c : field) {
                const char16_t u = c.unicode();
                check(u == u'\n' || u == u'\r' || u == u'\t'
                      || (u >= 0x20 && u != 0x7F && !(u >= 0x80 && u <= 0x9F)));
            }
        }
    }
    return 0;
}
