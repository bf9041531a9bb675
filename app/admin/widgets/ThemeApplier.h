#pragma once

#include "settings/DisplaySettings.h"

#include <QPalette>

namespace companion::admin {

// Puts DisplaySettings::Theme on the running application: System is the
// platform's style and palette as they were at the first call, Light and Dark
// are Fusion with a light or a dark palette. Callable again at any time (from
// Preferences); every widget repaints through the palette change events.
class ThemeApplier
{
public:
    static void apply(DisplaySettings::Theme theme);

    // The desk's dark palette, every group (Disabled included) and role set.
    static QPalette darkPalette();
};

} // namespace companion::admin
