#pragma once

#include "RevenueFigures.h"

#include <QJsonObject>

namespace companion::billing {

// A period's figures as stored in a closed month and its pack: amounts in minor
// units, counts, and the trailing churn LTV used in parts per billion, so the
// compact JSON (keys sorted) is canonical and hashes the same everywhere.
QJsonObject figuresToJson(const PeriodFigures &period);
// The inverse, for a period [start, end); keys a pack lacks read as 0.
PeriodFigures figuresFromJson(const QJsonObject &json, const QDate &start, const QDate &end);

} // namespace companion::billing
