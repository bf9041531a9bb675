#include "ThemeApplier.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <optional>

namespace companion::admin {

namespace {
const QString kFusion = QStringLiteral("Fusion");

// What the platform gave us before we changed anything.
struct StartingLook {
    QString styleName;
    QPalette palette;
    bool paletteWasSet; // by the command line or the code, rather than the platform theme
};

const StartingLook &startingLook()
{
    static const StartingLook look{QApplication::style()->name(), QApplication::palette(),
                                   QCoreApplication::testAttribute(Qt::AA_SetPalette)};
    return look;
}

void useStyle(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return; // a new style object would repolish every widget for nothing
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

// Qt 6.4 tells only the application object about a new application palette;
// open widgets would keep the old colours. Tell every widget, as later Qt
// versions do: each re-resolves its palette (and our style sheets rebuild).
void announcePaletteChange()
{
    QEvent event(QEvent::ApplicationPaletteChange);
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets)
        QCoreApplication::sendEvent(widget, &event);
}
} // namespace

void ThemeApplier::apply(DisplaySettings::Theme theme)
{
    const StartingLook &start = startingLook();
    switch (theme) {
    case DisplaySettings::Theme::System:
        useStyle(start.styleName);
        // An empty palette hands colours back to the platform theme, which may
        // follow the desktop's own light/dark switch from here on.
        QApplication::setPalette(start.paletteWasSet ? start.palette : QPalette());
        break;
    case DisplaySettings::Theme::Light:
        useStyle(kFusion);
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case DisplaySettings::Theme::Dark:
        useStyle(kFusion);
        QApplication::setPalette(darkPalette());
        break;
    }
    announcePaletteChange();
}

QPalette ThemeApplier::darkPalette()
{
    // Neutral greys (no blue cast), text at ~13:1 on Base, a blue highlight that
    // keeps white text at AA, links light enough to read on Base.
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1f, 0x1f, 0x1f);
    const QColor alternateBase(0x27, 0x27, 0x27);
    const QColor button(0x36, 0x36, 0x36);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x2f, 0x65, 0xca);

    QPalette p;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, alternateBase);
        p.setColor(group, QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
        p.setColor(group, QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
        p.setColor(group, QPalette::Midlight, QColor(0x40, 0x40, 0x40));
        p.setColor(group, QPalette::Mid, QColor(0x24, 0x24, 0x24));
        p.setColor(group, QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
        p.setColor(group, QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
        p.setColor(group, QPalette::Highlight, highlight);
        p.setColor(group, QPalette::HighlightedText, Qt::white);
        p.setColor(group, QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        p.setColor(group, QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    }
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x3a, 0x4a, 0x66));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x44, 0x44));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Link, QColor(0x6a, 0x80, 0xa8));
    return p;
}

} // namespace companion::admin
