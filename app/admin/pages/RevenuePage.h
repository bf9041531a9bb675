#pragma once

#include "billing/MonthPack.h"
#include "billing/PeriodClose.h"
#include "billing/RevenueFigures.h"

#include <QWidget>

#include <functional>
#include <memory>

class QSettings;
class QTableView;

namespace Ui {
class RevenuePage;
}

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

class Confirmer;
class KpiStrip;
class RevenueCharts;
class RevenueTableModel;

// Finance's view: MRR and its movements, churn, ARPU, LTV and cash over a range
// of days, weeks or months, as charts with the table under each; CSV of every
// table, a month's month-end pack as a PDF, closing a month (its pack frozen), and the customers behind any
// movement. The database computes it, off the GUI thread.
class RevenuePage : public QWidget
{
    Q_OBJECT
public:
    RevenuePage(db::DatabaseThread *database, QSettings *settings, QWidget *parent = nullptr);
    ~RevenuePage() override;

    RevenueTableModel *mrrModel() const { return m_mrrModel; }
    RevenueTableModel *movementsModel() const { return m_movementsModel; }
    RevenueTableModel *cashModel() const { return m_cashModel; }
    billing::RevenueRequest request() const;
    KpiStrip *kpis() const { return m_kpis; }

    // The day (UTC) presets count from and whose period is "not over yet"; tests set it.
    void setToday(const QDate &today);
    QDate today() const;

    // Where file dialogs would ask; tests answer instead of a person.
    using PathChooser = std::function<QString(const QString &title, const QString &suggested, const QString &filter)>;
    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }
    void setConfirmer(Confirmer *confirmer) { m_confirmer = confirmer; }
    // Whether the database role may close months (revenue_closes); else the button is not offered.
    void setMayCloseMonths(bool may);

public Q_SLOTS:
    void refresh();
    void exportCsv();
    void saveMonthPdf();
    void closeSelectedMonth();
    void showMovers(const QModelIndex &index);
    void compareModes();

Q_SIGNALS:
    void reportShown();
    void userActivated(const QString &userId);
    void dialogOpened(QWidget *dialog); // drill-downs, for tests
    void monthPackSaved(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Loaded;
    void show(const Loaded &loaded);
    void writeMonthPdf(const billing::MonthPack &pack, const std::optional<billing::ClosedPeriod> &closed, const QString &path);
    void showDefinitions();
    // A preset picked: the dates and period length it stands for, then the report.
    void applyPreset();
    // Dates or period length changed by hand: the range becomes Custom.
    void rangeEdited();
    // The date fields show days unless the periods are months.
    void followGranularity();
    void saveRange() const;
    QTableView *currentTable() const;
    const billing::PeriodFigures *selectedMonth() const;
    QString operatorName() const;

    std::unique_ptr<Ui::RevenuePage> m_ui;
    db::DatabaseThread *m_database;
    QSettings *m_settings;
    RevenueTableModel *m_mrrModel;
    RevenueTableModel *m_movementsModel;
    RevenueTableModel *m_cashModel;
    RevenueCharts *m_charts;
    KpiStrip *m_kpis;
    QDate m_today; // invalid: the real today
    QHash<QDate, billing::ClosedPeriod> m_closed;
    PathChooser m_choosePath;
    Confirmer *m_confirmer = nullptr;
    bool m_loadedOnce = false;
    int m_generation = 0;
};

} // namespace companion::admin
