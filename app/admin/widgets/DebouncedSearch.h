#pragma once

#include <QObject>
#include <QTimer>

class QLineEdit;

namespace companion::admin {

// Type-ahead for a search box: one query once the typist pauses, not one per key;
// Enter searches at once.
class DebouncedSearch : public QObject
{
    Q_OBJECT
public:
    explicit DebouncedSearch(QLineEdit *edit, int delayMs = 250);

Q_SIGNALS:
    void searchRequested(const QString &text);

private:
    void fire();

    QLineEdit *m_edit;
    QTimer m_timer;
};

} // namespace companion::admin
