#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAbstractButton;
class QLabel;
class QProgressDialog;
class QWidget;

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

class CsvExportSource;
class CsvExporter;

// A list page's "Export CSV…": asks for a file, streams the view's rows into it
// (CsvExporter) behind a progress dialog with Cancel, and says in the page's
// status line how it ended. The GUI stays responsive throughout.
class CsvExportFlow : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Users, Subscriptions }; // the words the messages use
    // Asks where to save; empty: the user changed their mind. Replaceable for tests.
    using PathChooser = std::function<QString(QWidget *parent, const QString &suggestedName)>;

    CsvExportFlow(Kind kind, db::DatabaseThread *database, QWidget *page, QLabel *status, QAbstractButton *button);
    ~CsvExportFlow() override;

    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }
    // The chosen path, or empty.
    QString choosePath() const;
    void exportTo(const QString &path, std::unique_ptr<CsvExportSource> source);

    CsvExporter *exporter() const { return m_exporter; }
    QProgressDialog *progressDialog() const; // while an export runs

private:
    QString progressText(qint64 rows, qint64 total) const;
    void finished(int outcome, qint64 rows, const QString &error);

    Kind m_kind;
    QWidget *m_page;
    QLabel *m_status;
    QAbstractButton *m_button;
    CsvExporter *m_exporter;
    QPointer<QProgressDialog> m_progress;
    QString m_fileName;
    PathChooser m_chooser;
};

} // namespace companion::admin
