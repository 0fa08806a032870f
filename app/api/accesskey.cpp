#include "accesskey.h"

QString AccessKey::maskId(const QString &id)
{
    // Short ids would be mostly revealed by a 4+4 mask; hide them entirely.
    if (id.size() <= 8)
        return QStringLiteral("****");
    return id.left(4) + QStringLiteral("****") + id.right(4);
}
