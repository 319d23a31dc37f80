#pragma once

#include "review/Campaign.h"

#include <optional>

class QWidget;

namespace rs {

// Asks for the start of a campaign: its name, scope, due date, reviewers (the owner ticked) and delta mode; nothing
// when cancelled.
std::optional<CampaignStart> askReviewStart(QWidget *parent, const Workspace &ws);

} // namespace rs
