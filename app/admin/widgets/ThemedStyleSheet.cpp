#include "ThemedStyleSheet.h"

#include <QEvent>
#include <QWidget>

namespace companion::admin {

ThemedStyleSheet::ThemedStyleSheet(QWidget *widget, Builder build)
    : QObject(widget)
    , m_widget(widget)
    , m_build(std::move(build))
{
    setObjectName(QStringLiteral("themedStyleSheet"));
    widget->installEventFilter(this);
}

void ThemedStyleSheet::follow(QWidget *widget, Builder build)
{
    auto *follower = widget->findChild<ThemedStyleSheet *>(QStringLiteral("themedStyleSheet"), Qt::FindDirectChildrenOnly);
    if (follower)
        follower->m_build = std::move(build);
    else
        follower = new ThemedStyleSheet(widget, std::move(build));
    follower->apply();
}

bool ThemedStyleSheet::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::ApplicationPaletteChange) {
        // The palette the style sheet painted over is stale: polish afresh on the new one.
        m_widget->setStyleSheet(QString());
        apply();
    } else if (watched == m_widget && event->type() == QEvent::PaletteChange) {
        apply();
    }
    return QObject::eventFilter(watched, event);
}

void ThemedStyleSheet::apply()
{
    // Colours come from the application palette: the widget's own palette is
    // already coloured by the style sheet. Setting an equal sheet again would
    // repolish, change the palette and bring us back here.
    const QString sheet = m_build(StatusPalette::current());
    if (m_widget->styleSheet() != sheet)
        m_widget->setStyleSheet(sheet);
}

} // namespace companion::admin
