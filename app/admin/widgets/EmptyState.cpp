#include "EmptyState.h"

#include <QAbstractItemView>
#include <QEvent>

namespace companion::admin {

namespace {
constexpr int kMargin = 24;
}

EmptyState *EmptyState::attach(QAbstractItemView *view)
{
    return new EmptyState(view);
}

EmptyState::EmptyState(QAbstractItemView *view)
    : QLabel(view->viewport())
    , m_view(view)
{
    setObjectName(QStringLiteral("emptyState"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setForegroundRole(QPalette::PlaceholderText);
    hide();
    connect(this, &QLabel::linkActivated, this, [this] {
        if (m_onStep)
            m_onStep();
    });
    view->viewport()->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::showIfEmpty);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyState::showIfEmpty);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyState::showIfEmpty);
}

void EmptyState::say(const QString &why, const QString &step, std::function<void()> onStep)
{
    m_why = why;
    m_step = step;
    m_onStep = std::move(onStep);
    QString html = why.toHtmlEscaped();
    if (!step.isEmpty())
        html += QStringLiteral("<br><br><a href=\"#step\">%1</a>").arg(step.toHtmlEscaped());
    setText(html);
    // A screen reader hears the sentence, not the markup.
    setAccessibleName(plainText());
    showIfEmpty();
}

void EmptyState::clear()
{
    say(QString());
}

void EmptyState::showIfEmpty()
{
    const bool empty = m_view->model()->rowCount() == 0;
    setVisible(empty && !m_why.isEmpty());
    if (isVisible())
        setGeometry(m_view->viewport()->rect().adjusted(kMargin, kMargin, -kMargin, -kMargin));
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        showIfEmpty();
    return QLabel::eventFilter(watched, event);
}

} // namespace companion::admin
