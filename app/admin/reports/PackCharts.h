#pragma once

#include "billing/MonthPack.h"

#include <QImage>
#include <QList>
#include <QSize>

namespace companion::admin {

// The pack's twelve months drawn as the Revenue page draws them (MRR, movements,
// collected/fees/net), in print colours, as images for the month-end PDF. Needs
// the GUI thread, like every widget.
class PackCharts
{
public:
    // Each chart `logical` pixels large (the size its fonts are laid out for), at
    // `scale` device pixels per logical one.
    static QList<QImage> render(const billing::MonthPack &pack, const QSize &logical, qreal scale);
    // A month as the charts' axis names it: "Mar 26".
    static QString label(const QDate &month);
};

} // namespace companion::admin
