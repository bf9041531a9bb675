#pragma once

#include "actions/LearnerRow.h"

#include <QIcon>
#include <QModelIndex>
#include <QPointer>
#include <QString>

#include <functional>

class QAbstractItemView;
class QWidget;

namespace companion::admin {

// One section of the desk as the window's menus and shortcuts see it: its page,
// what Refresh and Find do there, whether it exports, and — for lists of
// learners — which view holds them and who a row is.
struct DeskSection {
    QWidget *page = nullptr;
    QString title;
    QIcon icon;
    std::function<void()> refresh;
    // Find on this page (its own filter box); empty: Find goes to the learner search.
    std::function<void()> find;
    // File ▸ Export CSV… on this page; empty: nothing to export here.
    std::function<void()> exportCsv;
    // The rows the Learner menu and the context menu act on, and who a row is.
    QPointer<QAbstractItemView> learnerView;
    std::function<LearnerRow(const QModelIndex &)> learnerAt;
};

} // namespace companion::admin
