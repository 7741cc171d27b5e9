#pragma once

#include "project/clipimport.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QThread;
class QTimer;

namespace fm {

class Project;

/**
 * Imports clips into the open project: files and folders, a naming pattern, a live preview of
 * the mapping with warnings, then the import on a worker thread with progress and cancel.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Project *project, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setSources(const QStringList &sources);
    QStringList sources() const { return m_sources; }
    void setPattern(const QString &pattern);
    ImportOptions options() const;
    /** The preview of the last plan (rows: clips, then unmatched paths). */
    QTableWidget *previewTable() const { return m_table; }
    bool isImporting() const { return m_thread != nullptr; }
    ImportReport lastReport() const { return m_report; }

public Q_SLOTS:
    void startImport();
    void cancelImport();

Q_SIGNALS:
    /** The preview table shows the current sources and pattern. */
    void previewUpdated(int clips);
    void imported(int count);
    void importFinished();

protected:
    void reject() override;

private:
    void schedulePreview();
    void runPreview();
    void showPlan(const Result<ImportPlan> &plan);
    void onProgress(int done, int total, const QString &path);
    void onFinished(const ImportReport &report);
    void onFailed(const QString &message);
    void importEnded();
    void setBusy(bool busy);

    Project *m_project;
    QStringList m_sources;
    QListWidget *m_sourceList;
    QLineEdit *m_pattern;
    QComboBox *m_mode;
    QComboBox *m_kind;
    QSpinBox *m_target;
    QTableWidget *m_table;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPlainTextEdit *m_log;
    QPushButton *m_importButton;
    QPushButton *m_cancelButton;
    QDialogButtonBox *m_buttons;
    QTimer *m_previewTimer;
    QFutureWatcher<Result<ImportPlan>> m_planWatcher;
    std::optional<ImportPlan> m_plan;
    bool m_previewPending = false;
    QThread *m_thread = nullptr;
    ImportWorker *m_worker = nullptr;
    ImportReport m_report;
};

} // namespace fm
