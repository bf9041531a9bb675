#include "DebouncedSearch.h"

#include <QLineEdit>

namespace companion::admin {

DebouncedSearch::DebouncedSearch(QLineEdit *edit, int delayMs)
    : QObject(edit)
    , m_edit(edit)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(edit, &QLineEdit::textChanged, &m_timer, qOverload<>(&QTimer::start));
    connect(&m_timer, &QTimer::timeout, this, &DebouncedSearch::fire);
    connect(edit, &QLineEdit::returnPressed, this, [this] {
        m_timer.stop();
        fire();
    });
}

void DebouncedSearch::fire()
{
    Q_EMIT searchRequested(m_edit->text());
}

} // namespace companion::admin
