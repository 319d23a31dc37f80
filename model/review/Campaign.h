#pragma once

// An access review campaign as the document and its views see it: what is stored of it, its items with their
// decisions, and the requests that start and close it (storage/ReviewStore.h keeps the rows).
#include "review/Review.h"

namespace rs {

// A member asked to review a campaign, named as they were when it started.
struct Reviewer
{
    Id member = 0;
    QString name;
};

// An access review campaign as stored.
struct Campaign
{
    Id id = 0;
    QString name;
    review::Scope scope;
    QDate due;
    bool delta = false;
    Id follows = 0; // delta mode: the closed campaign it follows
    QString followsName;
    QDateTime startedAt;
    QString startedBy;
    qint64 startedVersion = 0;
    int itemCount = 0;
    QString itemsHash; // review::itemsHash() of the items when the campaign started
    QDateTime closedAt;
    QString closedBy;
    qint64 appliedVersion = 0; // the workspace version its changes were applied at
    // reviewseal::evidenceHash() of the campaign as it was closed; empty while open, and for a campaign closed before
    // schema 8.
    QString evidenceHash;
    QList<Reviewer> reviewers; // those of the last assignment
    int assignment = 0; // 0: the reviewers it started with; each reassignment adds one

    bool isClosed() const { return closedAt.isValid(); }
};

// One item of a campaign with its decision, and whether its access changed since the campaign started.
struct CampaignItem
{
    review::Item item;
    review::Decision decision; // the last of `history`, with the outcome of the close; None when undecided
    QList<review::Decision> history; // every decision on the item, oldest first
    bool changed = false; // the workspace no longer holds the access as it was frozen
};

// What starting a campaign needs.
struct CampaignStart
{
    QString name;
    review::Scope scope;
    QDate due;
    QList<Id> reviewers;
    bool delta = false;
};

// What closing a campaign would do: the changes its revokes make, and the items it leaves alone.
struct ClosePlan
{
    Campaign campaign;
    QList<Change> changes;
    QList<int> revoked; // the items the changes revoke, in the same order
    QList<int> changedItems; // decided, but their access changed since the start: not applied
    int kept = 0;
};

// The member a review step is taken by: on PostgreSQL the member named as the database login, on SQLite the member
// the store acts for (--as).
struct ReviewActor
{
    Id member = 0;
    QString name;
};

} // namespace rs
