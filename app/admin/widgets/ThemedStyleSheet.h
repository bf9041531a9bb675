#pragma once

#include "StatusPalette.h"

#include <QObject>

#include <functional>

class QWidget;

namespace companion::admin {

// A widget's style sheet built from the palette (the live banner, a notice
// strip, a label in the danger colour), rebuilt whenever the palette changes
// so a theme switch at runtime reaches it without the widget knowing.
class ThemedStyleSheet : public QObject
{
    Q_OBJECT
public:
    using Builder = std::function<QString(const StatusPalette &)>;

    // Sets `widget`'s style sheet from `build` now and after every palette
    // change; a later call for the same widget replaces the builder.
    static void follow(QWidget *widget, Builder build);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ThemedStyleSheet(QWidget *widget, Builder build);
    void apply();

    QWidget *m_widget;
    Builder m_build;
};

} // namespace companion::admin
