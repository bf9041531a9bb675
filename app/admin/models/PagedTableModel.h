#pragma once

#include <QAbstractTableModel>

#include <functional>

namespace companion::admin {

// The shared half of the desk's windowed models: rows arrive a page at a time
// from the database thread as the view scrolls (canFetchMore/fetchMore), never
// the whole table; a new filter or sort starts over, and pages still in flight
// for the old one are dropped when they arrive.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    PagedTableModel(int columns, QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void reload(); // starts over from the first page
    bool isLoading() const { return m_loading; }
    void setPageSize(int rows) { m_pageSize = rows; }
    // How many rows match in all, once counted (after a first page that is not the
    // last, for models that can count); else -1.
    qint64 totalRows() const { return m_total; }
    int pageSize() const { return m_pageSize; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void pageLoaded(int totalRows, bool more);
    void totalCounted(qint64 total);

protected:
    virtual int loadedRows() const = 0;
    virtual void clearRows() = 0;
    virtual bool hasMorePages() const = 0;
    // Starts the query for the next page (the first one after reload()); the
    // answer goes to acceptPage() with the generation it was asked under.
    virtual void requestPage(int generation) = 0;

    // Starts one count of all matching rows, so a view can say "1,000,000 users"
    // while only the rows scrolled to are read; the answer goes to acceptCount().
    // Models that cannot count leave it.
    virtual void requestCount(int generation) { Q_UNUSED(generation) }
    void acceptCount(int generation, qint64 total);

    // On arrival: false when the page is stale or failed (then loadFailed went out).
    bool acceptPage(int generation, const QString &error);
    // Adds `count` rows at the end with `append`. Move the next-page cursor before
    // calling: a view may ask for more while the rows go in.
    void appendRows(int count, const std::function<void()> &append);

private:
    void startPage();
    void setLoading(bool loading);

    int m_columns;
    int m_generation = 0;
    int m_pageSize = 200;
    qint64 m_total = -1;
    bool m_loading = false;
};

} // namespace companion::admin
