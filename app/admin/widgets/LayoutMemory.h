#pragma once

#include <QObject>
#include <QPointer>

class QSettings;
class QWidget;

namespace companion::admin {

// Remembers how an operator arranged a window: every table header's state
// (widths, order, sort) and every splitter's sizes under it, and for a main
// window its geometry and toolbars. Restored now, saved when the window hides
// or closes; keys are the widgets' object-name paths under `group`, so a view
// without a name is not remembered.
class LayoutMemory : public QObject
{
    Q_OBJECT
public:
    static LayoutMemory *track(QWidget *window, QSettings *settings, const QString &group);

    void restore();
    void save() const;
    // Whether a remembered state was applied to this header/splitter at restore().
    static bool wasRestored(const QObject *headerOrSplitter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    LayoutMemory(QWidget *window, QSettings *settings, const QString &group);
    QString keyOf(const QObject *object) const;

    QWidget *m_window;
    QPointer<QSettings> m_settings;
    QString m_group;
};

} // namespace companion::admin
