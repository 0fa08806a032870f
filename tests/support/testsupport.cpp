#include "testsupport.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace TestSupport {
QByteArray readFileOrDie(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "test support: cannot read %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        std::abort();
    }
    return file.readAll();
}

QByteArray listSample()
{
    return readFileOrDie(
        QStringLiteral(BACKFILL_TEST_DATA_DIR "/listdeliveryhistoryjobs-sample.json"));
}

QByteArray getSample()
{
    return readFileOrDie(
        QStringLiteral(BACKFILL_TEST_DATA_DIR "/getdeliveryhistoryjob-sample.json"));
}
} // namespace TestSupport
