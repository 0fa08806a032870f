// Parsing ResourceManager ListAccounts: the nested Accounts.Account[] shape the specification
// gives, every field bounded, and an AccountId that could not rewrite a role ARN.
#include "api/responseparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

namespace {
QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject account(const QString &id)
{
    return QJsonObject {
        {QStringLiteral("AccountId"), id},
        {QStringLiteral("DisplayName"), QStringLiteral("prod-") + id},
        {QStringLiteral("Type"), QStringLiteral("ResourceAccount")},
        {QStringLiteral("Status"), QStringLiteral("CreateSuccess")},
        {QStringLiteral("FolderId"), QStringLiteral("fd-bVaRIG****")},
        {QStringLiteral("ResourceDirectoryId"), QStringLiteral("rd-k3****")},
        {QStringLiteral("ResourceDirectoryPath"),
         QStringLiteral("rd-k3****/r-Wm****/fd-bVaRIG****/") + id},
        {QStringLiteral("JoinMethod"), QStringLiteral("created")},
        {QStringLiteral("JoinTime"), QStringLiteral("2026-01-05T02:00:00Z")},
        {QStringLiteral("ModifyTime"), QStringLiteral("2026-01-05T02:00:00Z")},
        {QStringLiteral("Tags"),
         QJsonObject {{QStringLiteral("Tag"),
                       QJsonArray {QJsonObject {{QStringLiteral("Key"), QStringLiteral("k")},
                                                {QStringLiteral("Value"), QStringLiteral("v")}}}}}},
    };
}

// total: the TotalCount claimed; unknownTotal: the number of accounts given.
constexpr int unknownTotal = std::numeric_limits<int>::min();

QByteArray page(const QJsonArray &accounts, int total = unknownTotal)
{
    return bytes(QJsonObject {
        {QStringLiteral("RequestId"), QStringLiteral("REQ-ACCOUNTS")},
        {QStringLiteral("PageNumber"), 1},
        {QStringLiteral("PageSize"), 10},
        {QStringLiteral("TotalCount"), total == unknownTotal ? int(accounts.size()) : total},
        {QStringLiteral("Accounts"), QJsonObject {{QStringLiteral("Account"), accounts}}},
    });
}
} // namespace

class tst_AccountParser : public QObject
{
    Q_OBJECT

private slots:
    void specShape()
    {
        AccountPage parsed;
        const auto error
            = ResponseParser::parseAccountPage(page({account(QStringLiteral("1234567890123456")),
                                                     account(QStringLiteral("2234567890123456"))},
                                                    12),
                                               &parsed);
        QVERIFY2(!error, error ? qPrintable(error->detail) : "");
        QCOMPARE(parsed.accounts.size(), 2);
        QCOMPARE(parsed.totalCount, 12);
        QCOMPARE(parsed.pageNumber, 1);
        QCOMPARE(parsed.pageSize, 10);
        QCOMPARE(parsed.requestId, QStringLiteral("REQ-ACCOUNTS"));
        const MemberAccount &first = parsed.accounts.first();
        QCOMPARE(first.accountId, QStringLiteral("1234567890123456"));
        QCOMPARE(first.displayName, QStringLiteral("prod-1234567890123456"));
        QCOMPARE(first.type, QStringLiteral("ResourceAccount"));
        QCOMPARE(first.joinMethod, QStringLiteral("created"));
        QCOMPARE(first.joinTime, QDateTime(QDate(2026, 1, 5), QTime(2, 0), Qt::UTC));
    }

    void onlyAccountIdIsRequired()
    {
        AccountPage parsed;
        QVERIFY(!ResponseParser::parseAccountPage(
            page({QJsonObject {{QStringLiteral("AccountId"), QStringLiteral("42")}}}), &parsed));
        QCOMPARE(parsed.accounts.first().displayName, QString());
        QVERIFY(parsed.accounts.first().joinTime.isNull());
    }

    void roundTrip()
    {
        AccountPage parsed;
        QVERIFY(!ResponseParser::parseAccountPage(page({account(QStringLiteral("77"))}), &parsed));
        AccountPage again;
        QVERIFY(!ResponseParser::parseAccountPage(bytes(ResponseParser::accountPageToJson(parsed)),
                                                  &again));
        QCOMPARE(again.accounts, parsed.accounts);
        QCOMPARE(again.requestId, parsed.requestId);
        QCOMPARE(again.totalCount, parsed.totalCount);
    }

    void hostileNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("Accounts an array (not the nested object)")
            << bytes(QJsonObject {{QStringLiteral("Accounts"), QJsonArray()},
                                  {QStringLiteral("RequestId"), QStringLiteral("r")}})
            << QStringLiteral("Accounts");
        QTest::newRow("Accounts without Account")
            << bytes(QJsonObject {{QStringLiteral("Accounts"), QJsonObject()}})
            << QStringLiteral("Accounts.Account");
        QTest::newRow("no AccountId")
            << page({QJsonObject {{QStringLiteral("DisplayName"), QStringLiteral("x")}}})
            << QStringLiteral("Accounts.Account[0].AccountId");
        QTest::newRow("AccountId that rewrites a role ARN")
            << page({account(QStringLiteral("1:role/admin"))})
            << QStringLiteral("Accounts.Account[0].AccountId");
        QTest::newRow("AccountId a number")
            << page({QJsonObject {{QStringLiteral("AccountId"), 123}}})
            << QStringLiteral("Accounts.Account[0].AccountId");
        QJsonObject longName = account(QStringLiteral("5"));
        longName.insert(QStringLiteral("DisplayName"),
                        QString(ResponseParser::maxFieldLength + 1, QLatin1Char('a')));
        QTest::newRow("display name too long")
            << page({longName}) << QStringLiteral("Accounts.Account[0].DisplayName");
        QJsonObject badTime = account(QStringLiteral("5"));
        badTime.insert(QStringLiteral("JoinTime"), QStringLiteral("yesterday"));
        QTest::newRow("join time not UTC")
            << page({badTime}) << QStringLiteral("Accounts.Account[0].JoinTime");
        QJsonArray many;
        for (int i = 0; i <= ResponseParser::maxAccountsPerPage; ++i)
            many.append(account(QString::number(1000 + i)));
        QTest::newRow("more than PageSize allows")
            << page(many) << QStringLiteral("Accounts.Account");
        QTest::newRow("negative total")
            << page({account(QStringLiteral("5"))}, -1) << QStringLiteral("TotalCount");
    }
    void hostileNamesTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        AccountPage parsed;
        parsed.requestId = QStringLiteral("untouched");
        const auto error = ResponseParser::parseAccountPage(body, &parsed);
        QVERIFY(error);
        QCOMPARE(error->kind, ApiError::Kind::MalformedResponse);
        QVERIFY2(error->detail.contains(field), qPrintable(error->detail));
        QCOMPARE(parsed.requestId, QStringLiteral("untouched"));
    }

    void notJson()
    {
        AccountPage parsed;
        const auto error = ResponseParser::parseAccountPage("<html>", &parsed);
        QVERIFY(error);
        QVERIFY(error->bodyNotJson);
    }
};

QTEST_GUILESS_MAIN(tst_AccountParser)
#include "tst_accountparser.moc"
