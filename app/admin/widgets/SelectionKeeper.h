#pragma once

#include <QObject>
#include <QVariant>

class QAbstractItemView;

namespace companion::admin {

// Keeps the operator's place when a list is read again (Refresh, auto-refresh, a
// change elsewhere): the current row — found again by a key that survives the
// reload, such as a user or event id — stays current and selected, and the list
// stays scrolled where it was. Works with models that reset and then append
// their rows a page at a time.
class SelectionKeeper : public QObject
{
    Q_OBJECT
public:
    // `keyRole` on `keyColumn` identifies a row across reloads.
    static SelectionKeeper *keep(QAbstractItemView *view, int keyRole, int keyColumn = 0);

Q_SIGNALS:
    // The remembered row came back as the current one (after a reload).
    void restored(const QVariant &key);
    // The remembered row is gone (not among the rows read again).
    void lost(const QVariant &key);

private:
    SelectionKeeper(QAbstractItemView *view, int keyRole, int keyColumn);
    void remember();
    void lookFor(int first, int last);
    void giveUp();

    QAbstractItemView *m_view;
    int m_keyRole;
    int m_keyColumn;
    QVariant m_pending; // the key to find again, until it is found or the reload is done
    int m_scroll = 0;
    int m_column = 0;
    bool m_restoring = false;
};

} // namespace companion::admin
