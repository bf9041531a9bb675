#include "AuditLogPage.h"

#include "models/AuditModel.h"
#include "ui_AuditLogPage.h"
#include "widgets/LayoutMemory.h"
#include "widgets/SelectionKeeper.h"

#include <QDateEdit>
#include <QDateTime>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLocale>

namespace companion::admin {

namespace {
const QDate kAnyDay(2000, 1, 1); // before any entry: the "no limit" value of the date filters

// Stored JSON, indented for reading; anything else as it is.
QString pretty(const QString &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    return document.isNull() ? json : QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}
} // namespace

AuditLogPage::AuditLogPage(db::DatabaseThread *database, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuditLogPage>())
    , m_model(new AuditModel(database, this))
{
    m_ui->setupUi(this);
    m_ui->entries->setModel(m_model);
    m_ui->entries->verticalHeader()->hide();
    m_ui->entries->horizontalHeader()->setStretchLastSection(true);
    m_ui->entryDetail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->entryDetail->setPlaceholderText(tr("Select an entry to see what it changed."));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &AuditLogPage::applyFilter);
    for (QLineEdit *filter : {m_ui->actorFilter, m_ui->actionFilter, m_ui->userFilter})
        connect(filter, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    // A day range; the earliest date reads "any", so no range is the default.
    for (QDateEdit *edge : {m_ui->sinceFilter, m_ui->untilFilter}) {
        edge->setMinimumDate(kAnyDay);
        edge->setSpecialValueText(edge == m_ui->sinceFilter ? tr("from any day") : tr("to any day"));
        edge->setDate(kAnyDay);
        edge->setMinimumWidth(edge->fontMetrics().horizontalAdvance(edge->specialValueText()) + 48); // text + arrow
        connect(edge, &QDateEdit::dateChanged, &m_debounce, qOverload<>(&QTimer::start));
    }
    connect(m_ui->entries->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditLogPage::showEntry);
    // A new filter or a refresh keeps the entry being read, unless it is no longer listed.
    connect(SelectionKeeper::keep(m_ui->entries, AuditModel::RecordIdRole), &SelectionKeeper::lost, m_ui->entryDetail, &QPlainTextEdit::clear);
    connect(m_model, &AuditModel::loadFailed, this, [this](const QString &message) {
        m_ui->auditStatus->setText(tr("The audit log cannot be read: %1").arg(message));
    });
    connect(m_model, &AuditModel::pageLoaded, this, [this](int rows, bool more) {
        m_ui->auditStatus->setText(more ? tr("%1 entries shown, scroll for more").arg(QLocale().toString(rows))
                                        : tr("%1 entries").arg(QLocale().toString(rows)));
        if (!m_sized && rows > 0 && !LayoutMemory::wasRestored(m_ui->entries->horizontalHeader())) {
            m_ui->entries->resizeColumnsToContents(); // once: after that the widths are the operator's
            m_sized = true;
        }
    });
}

AuditLogPage::~AuditLogPage() = default;

void AuditLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) { // read when first looked at, not at start-up
        m_loadedOnce = true;
        applyFilter();
    }
}

void AuditLogPage::applyFilter()
{
    billing::AuditFilter filter;
    filter.actor = m_ui->actorFilter->text().trimmed();
    filter.action = m_ui->actionFilter->text().trimmed();
    filter.userId = m_ui->userFilter->text().trimmed();
    if (m_ui->sinceFilter->date() > kAnyDay)
        filter.since = m_ui->sinceFilter->date().startOfDay().toSecsSinceEpoch();
    if (m_ui->untilFilter->date() > kAnyDay)
        filter.until = m_ui->untilFilter->date().addDays(1).startOfDay().toSecsSinceEpoch(); // the whole last day
    m_model->setFilter(filter);
}

void AuditLogPage::showEntry()
{
    const billing::AuditRecord *r = m_model->record(m_ui->entries->currentIndex().row());
    if (!r)
        return; // a reload: the entry shown stays until another is chosen
    QStringList lines;
    lines << tr("%1 by %2 (%3)").arg(r->action, r->actor, r->source);
    if (!r->reason.isEmpty())
        lines << tr("Reason: %1").arg(r->reason);
    if (!r->stripeRequestId.isEmpty())
        lines << tr("Stripe request: %1").arg(r->stripeRequestId);
    if (!r->before.isEmpty())
        lines << QString() << tr("Before:") << pretty(r->before);
    if (!r->after.isEmpty())
        lines << QString() << tr("After:") << pretty(r->after);
    m_ui->entryDetail->setPlainText(lines.join(u'\n'));
}

} // namespace companion::admin
