#pragma once

#include <QLabel>

#include <functional>

class QAbstractItemView;

namespace companion::admin {

// What an empty list says in its middle: why it is empty and the next step, as
// a link ("Clear the filters", "Open Preferences…"). Shown only while the view
// has no rows and a message is set, so a list still loading stays quiet.
class EmptyState : public QLabel
{
    Q_OBJECT
public:
    static EmptyState *attach(QAbstractItemView *view);

    // `why` is plain text; `step` (optional) becomes a link that runs `onStep`.
    void say(const QString &why, const QString &step = {}, std::function<void()> onStep = {});
    void clear();
    // The message's text without markup, as tests and screen readers read it.
    QString plainText() const { return m_why + (m_step.isEmpty() ? QString() : u' ' + m_step); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit EmptyState(QAbstractItemView *view);
    void showIfEmpty();

    QAbstractItemView *m_view;
    QString m_why;
    QString m_step;
    std::function<void()> m_onStep;
};

} // namespace companion::admin
