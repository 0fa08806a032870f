// RequestSlots: the shared cap on requests in flight that All accounts gives every member's
// clients. First come, first served; a waiter whose owner is gone never runs.
#include "api/requestslots.h"

#include <QTest>

#include <memory>

class TestRequestSlots : public QObject
{
    Q_OBJECT

private slots:
    void grantsUpToTheCapacityThenInTurn()
    {
        RequestSlots cap(2);
        QObject owner;
        QStringList ran;
        for (const char *name : {"a", "b", "c", "d"})
            cap.acquire(&owner, [&ran, name] { ran << QString::fromLatin1(name); });
        QCOMPARE(ran, (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(cap.inUse(), 2);
        cap.release();
        QCOMPARE(ran.size(), 3);
        QCOMPARE(ran.last(), QStringLiteral("c"));
        QCOMPARE(cap.inUse(), 2);
        cap.release();
        cap.release();
        cap.release();
        QCOMPARE(ran.size(), 4);
        QCOMPARE(cap.inUse(), 0);
        QCOMPARE(cap.peak(), 2);
    }

    void aWaiterWhoseOwnerIsGoneIsSkipped()
    {
        RequestSlots cap(1);
        QObject keeper;
        auto gone = std::make_unique<QObject>();
        int ran = 0;
        cap.acquire(&keeper, [&ran] { ++ran; });
        cap.acquire(gone.get(), [&ran] { ran += 100; });
        cap.acquire(&keeper, [&ran] { ran += 10; });
        gone.reset();
        cap.release();
        QCOMPARE(ran, 11);
        QCOMPARE(cap.inUse(), 1);
    }

    void aGrantMayGiveItsSlotBackAtOnce()
    {
        // A call aborted while it waited releases the slot it is granted: the next one runs.
        RequestSlots cap(1);
        QObject owner;
        int ran = 0;
        cap.acquire(&owner, [] {});
        cap.acquire(&owner, [&cap] { cap.release(); });
        cap.acquire(&owner, [&ran] { ++ran; });
        cap.release();
        QCOMPARE(ran, 1);
        QCOMPARE(cap.inUse(), 1);
    }

    void growingTheCapacityLetsWaitersInOnRelease()
    {
        RequestSlots cap(1);
        QObject owner;
        int ran = 0;
        for (int i = 0; i < 3; ++i)
            cap.acquire(&owner, [&ran] { ++ran; });
        QCOMPARE(ran, 1);
        cap.setCapacity(3);
        cap.release();
        QCOMPARE(ran, 3);
        QCOMPARE(cap.inUse(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRequestSlots)
#include "tst_requestslots.moc"
