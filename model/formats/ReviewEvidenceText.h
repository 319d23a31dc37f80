#pragma once

#include "storage/ReviewStore.h"

#include <QDateTime>
#include <QStringList>

// What the evidence's CSV and PDF write the same way.
namespace rs::formats::evidence {

inline QString stamp(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

inline QString reviewerNames(const Campaign &c)
{
    QStringList names;
    for (const Reviewer &r : c.reviewers)
        names.append(r.name);
    return names.join(QStringLiteral("; "));
}

} // namespace rs::formats::evidence
