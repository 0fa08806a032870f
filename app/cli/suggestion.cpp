#include "suggestion.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace {
int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[size_t(j)]
                = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous.back();
}
} // namespace

QString closestWord(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = 3; // more than two edits is a different word
    const QString lower = word.toLower();
    for (const QString &candidate : candidates) {
        const int distance = editDistance(lower, candidate);
        if (distance < bestDistance && distance < word.size()) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

QString unknownCommandMessage(const QString &word, const QStringList &commands)
{
    const QString guess = closestWord(word, commands);
    if (guess.isEmpty())
        return QCoreApplication::translate("CommandLine", "unknown command '%1'").arg(word);
    return QCoreApplication::translate("CommandLine", "unknown command '%1' (did you mean '%2'?)")
        .arg(word, guess);
}
