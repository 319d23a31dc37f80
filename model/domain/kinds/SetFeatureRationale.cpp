// Explains why a feature exists, in a longer text.
// Fields: feature, text (the rationale).
#include "Common.h"
#include "domain/Applier.h"

namespace rs {

Change Change::setFeatureRationale(Id feature, const QString &rationale)
{
    Change c = kinds::make(Kind::SetFeatureRationale);
    c.feature = feature;
    c.text = rationale;
    return c;
}

namespace kinds {

const Info SetFeatureRationale::info { "set-feature-rationale", Change::Area::Catalog, nullptr };

Status SetFeatureRationale::check(const Workspace &ws, const Change &c)
{
    if (!ws.feature(c.feature))
        return featureGone();
    return Rules::checkText(c.text, QCoreApplication::translate("rs::Rules", "rationale"));
}

void SetFeatureRationale::apply(Applier &a, Change &c)
{
    a.featureAt(c.feature).rationale = c.text;
}

QString SetFeatureRationale::describe(const Workspace &ws, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Explain %1").arg(featureName(ws, c.feature));
}

} // namespace kinds
} // namespace rs
