// The display and CSV rules for text from the service: escapes made visible, formulas defused,
// ordinary text untouched.
#include "domain/safetext.h"

#include <QTest>

class tst_SafeText : public QObject
{
    Q_OBJECT

private slots:
    void forDisplay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QStringLiteral("trail-name") << QStringLiteral("trail-name");
        QTest::newRow("CJK and accents")
            << QStringLiteral("审计-trail é") << QStringLiteral("审计-trail é");
        QTest::newRow("clear screen")
            << QStringLiteral("a\x1b[2Jb") << QStringLiteral("a\\x1b[2Jb");
        QTest::newRow("window title + bell")
            << QStringLiteral("\x1b]0;pwned\x07") << QStringLiteral("\\x1b]0;pwned\\x07");
        QTest::newRow("newline and tab")
            << QStringLiteral("a\nb\tc") << QStringLiteral("a\\x0ab\\x09c");
        QTest::newRow("DEL") << QStringLiteral("a\x7f") << QStringLiteral("a\\x7f");
        QTest::newRow("C1 CSI") << QString(QChar(0x9b)) + QStringLiteral("31m")
                                << QStringLiteral("\\x9b31m");
        QTest::newRow("NUL") << QString(QChar(0)) << QStringLiteral("\\x00");
        QTest::newRow("right-to-left override") << QString(QChar(0x202e))
                + QStringLiteral("gpj.exe") << QStringLiteral("\\u202egpj.exe");
        QTest::newRow("empty") << QString() << QString();
    }
    void forDisplay()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(SafeText::forDisplay(text), shown);
        QCOMPARE(SafeText::needsEscaping(text), text != shown);
    }

    void forCsvCell_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << QStringLiteral("trail-name") << QStringLiteral("trail-name");
        QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\")")
                           << QStringLiteral("'=HYPERLINK(\"http://x\")");
        QTest::newRow("+") << QStringLiteral("+1+2") << QStringLiteral("'+1+2");
        QTest::newRow("-") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("leading tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("leading CR") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("= inside is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("line break kept for quoting")
            << QStringLiteral("a\nb") << QStringLiteral("a\nb");
        QTest::newRow("escape made visible")
            << QStringLiteral("a\x1b[2J") << QStringLiteral("a\\x1b[2J");
        QTest::newRow("empty") << QString() << QString();
    }
    void forCsvCell()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(SafeText::forCsvCell(text), cell);
    }
};

QTEST_GUILESS_MAIN(tst_SafeText)
#include "tst_safetext.moc"
