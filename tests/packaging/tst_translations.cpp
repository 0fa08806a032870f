// The translation check: runs lupdate over the same sources qt_add_translations uses, into
// temporary copies of the committed .ts files, and fails when a zh_CN string is untranslated
// (type="unfinished") or obsolete (type="vanished"/"obsolete"), when a translation drops or adds a
// %1/%n placeholder, or when an English plural has no forms.
// Fix a failure with: cmake --build build --target update_translations, then translate.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct Message
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; // one, or one per plural form
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message {context, {}, {}, false, {}};
                current.numerus
                    = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n|L\\d+)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

QString describe(const Message &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noUnfinishedOrObsolete_data();
    void noUnfinishedOrObsolete();
    void placeholdersKept_data();
    void placeholdersKept();
    void englishPluralsHaveForms();

private:
    QString updatedCopy(const QString &language) const;
    QTemporaryDir m_dir;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The lupdate project qt_add_translations describes (its sources, include paths), as JSON.
    const QString json = m_dir.filePath(QStringLiteral("project.json"));
    QProcess cmake;
    cmake.start(QStringLiteral(BACKFILL_CMAKE_COMMAND),
                {QStringLiteral("-DIN_FILE=" BACKFILL_LUPDATE_PROJECT_CMAKE),
                 QStringLiteral("-DOUT_FILE=") + json, QStringLiteral("-P"),
                 QStringLiteral(BACKFILL_LUPDATE_PROJECT_SCRIPT)});
    QVERIFY(cmake.waitForFinished(60000));
    QVERIFY2(cmake.exitCode() == 0, cmake.readAllStandardError().constData());

    QStringList copies;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const QString committed
            = QStringLiteral(BACKFILL_TRANSLATIONS_DIR "/backfill-browser_%1.ts").arg(language);
        const QString copy = updatedCopy(language);
        QVERIFY2(QFile::copy(committed, copy), qPrintable(committed));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        copies << copy;
    }
    // Without -no-obsolete, so strings gone from the code stay visible as "vanished".
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(BACKFILL_LUPDATE),
                  QStringList {QStringLiteral("-project"), json, QStringLiteral("-locations"),
                               QStringLiteral("relative"), QStringLiteral("-ts")}
                      + copies);
    if (!lupdate.waitForFinished(120000)) {
        lupdate.kill();
        lupdate.waitForFinished();
        // lupdate 6.4's C++ parser loops forever on some constructs, e.g. a functional cast as
        // translate()'s plural argument: translate("Ctx", "%n file(s)", nullptr, int(x)).
        QFAIL("lupdate did not finish within 120 s: look for a construct it cannot parse, e.g. "
              "int(x) as the n argument of translate() (write static_cast<int>(x))");
    }
    const QByteArray log = lupdate.readAll();
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             log.constData());
    qInfo("%s", log.constData());
}

QString TestTranslations::updatedCopy(const QString &language) const
{
    return m_dir.filePath(QStringLiteral("backfill-browser_%1.ts").arg(language));
}

void TestTranslations::noUnfinishedOrObsolete_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("untranslated") << "unfinished";
    QTest::newRow("removed from the code (vanished)") << "vanished";
    QTest::newRow("removed from the code (obsolete)") << "obsolete";
}

void TestTranslations::noUnfinishedOrObsolete()
{
    QFETCH(QString, type);
    QString error;
    const QList<Message> messages = readTs(updatedCopy(QStringLiteral("zh_CN")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!messages.isEmpty(), "lupdate found no strings at all");
    QStringList offenders;
    for (const Message &m : messages) {
        if (m.type == type)
            offenders << describe(m);
    }
    QVERIFY2(offenders.isEmpty(),
             qPrintable(QStringLiteral("%1 zh_CN string(s) %2 (run the update_translations target "
                                       "and translate):\n  %3")
                            .arg(offenders.size())
                            .arg(type, offenders.join(QStringLiteral("\n  ")))));
}

void TestTranslations::placeholdersKept_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << "zh_CN";
    QTest::newRow("en") << "en";
}

void TestTranslations::placeholdersKept()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(updatedCopy(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList offenders;
    for (const Message &m : messages) {
        if (!m.type.isEmpty())
            continue; // unfinished ones are someone else's failure (or English: the source is used)
        const QSet<QString> expected = placeholders(m.source);
        for (const QString &translation : m.translations) {
            QSet<QString> got = placeholders(translation);
            // Chinese has one plural form; "%n" may be written as a number elsewhere, so a
            // translation of a plural may drop %n but must not invent placeholders.
            if (m.numerus && !got.contains(QStringLiteral("%n")))
                got.insert(QStringLiteral("%n"));
            if (got != expected)
                offenders << describe(m) + QStringLiteral(" -> \"%1\"").arg(translation);
        }
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

void TestTranslations::englishPluralsHaveForms()
{
    // English needs "1 task" / "2 tasks": a plural left unfinished in _en.ts shows "1 task(s)".
    QString error;
    const QList<Message> messages = readTs(updatedCopy(QStringLiteral("en")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList offenders;
    for (const Message &m : messages) {
        if (m.numerus
            && (m.type == QLatin1String("unfinished") || m.translations.size() != 2
                || m.translations.contains(QString())))
            offenders << describe(m);
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
