#include "LayoutMemory.h"

#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace companion::admin {

namespace {
const char *const kRestored = "companionLayoutRestored";
}

LayoutMemory *LayoutMemory::track(QWidget *window, QSettings *settings, const QString &group)
{
    auto *memory = new LayoutMemory(window, settings, group);
    memory->restore();
    return memory;
}

LayoutMemory::LayoutMemory(QWidget *window, QSettings *settings, const QString &group)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_group(group)
{
    window->installEventFilter(this);
}

QString LayoutMemory::keyOf(const QObject *object) const
{
    // "usersPage/usersView/header": the names from the window down, so a form's
    // layout change does not move a remembered width to another table.
    QStringList names;
    for (const QObject *o = object; o && o != m_window; o = o->parent()) {
        if (!o->objectName().isEmpty() && !o->objectName().startsWith(QLatin1String("qt_")))
            names.prepend(o->objectName());
    }
    return names.isEmpty() ? QString() : m_group + u'/' + names.join(u'/');
}

bool LayoutMemory::wasRestored(const QObject *headerOrSplitter)
{
    return headerOrSplitter->property(kRestored).toBool();
}

void LayoutMemory::restore()
{
    if (!m_settings)
        return;
    if (auto *main = qobject_cast<QMainWindow *>(m_window)) {
        main->restoreGeometry(m_settings->value(m_group + QStringLiteral("/geometry")).toByteArray());
        main->restoreState(m_settings->value(m_group + QStringLiteral("/state")).toByteArray());
    } else {
        m_window->restoreGeometry(m_settings->value(m_group + QStringLiteral("/geometry")).toByteArray());
    }
    const auto headers = m_window->findChildren<QHeaderView *>();
    for (QHeaderView *header : headers) {
        if (header->orientation() != Qt::Horizontal)
            continue;
        const QString key = keyOf(header->parent());
        if (key.isEmpty())
            continue;
        const QByteArray state = m_settings->value(key + QStringLiteral("/header")).toByteArray();
        if (!state.isEmpty() && header->restoreState(state))
            header->setProperty(kRestored, true);
    }
    const auto splitters = m_window->findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        const QString key = keyOf(splitter);
        if (key.isEmpty())
            continue;
        const QByteArray state = m_settings->value(key + QStringLiteral("/splitter")).toByteArray();
        if (!state.isEmpty() && splitter->restoreState(state))
            splitter->setProperty(kRestored, true);
    }
}

void LayoutMemory::save() const
{
    if (!m_settings)
        return;
    m_settings->setValue(m_group + QStringLiteral("/geometry"), m_window->saveGeometry());
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        m_settings->setValue(m_group + QStringLiteral("/state"), main->saveState());
    const auto headers = m_window->findChildren<QHeaderView *>();
    for (const QHeaderView *header : headers) {
        const QString key = keyOf(header->parent());
        if (header->orientation() == Qt::Horizontal && !key.isEmpty() && header->count() > 0)
            m_settings->setValue(key + QStringLiteral("/header"), header->saveState());
    }
    const auto splitters = m_window->findChildren<QSplitter *>();
    for (const QSplitter *splitter : splitters) {
        const QString key = keyOf(splitter);
        if (!key.isEmpty())
            m_settings->setValue(key + QStringLiteral("/splitter"), splitter->saveState());
    }
}

bool LayoutMemory::eventFilter(QObject *watched, QEvent *event)
{
    // Hide comes before a window's children go, and also when a dialog is closed.
    if (watched == m_window && (event->type() == QEvent::Hide || event->type() == QEvent::Close))
        save();
    return QObject::eventFilter(watched, event);
}

} // namespace companion::admin
