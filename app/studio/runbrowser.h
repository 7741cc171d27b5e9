#pragma once

#include "eval/runresults.h"

#include <QMap>
#include <QWidget>

#include <vector>

class QChart;
class QChartView;
class QLabel;
class QTableWidget;
class QTextBrowser;

namespace fm {

/**
 * Every run of a project's runs/ folder in a table (name, date, SFE, loss, protocol, AP, peak
 * F1, EER, state) with the selected run's config, data and metrics; selecting two or more
 * runs fills an ablation-style comparison table (AP, peak F1, EER and only the config keys
 * that differ) and one chart of their PR curves overlaid.
 */
class RunBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit RunBrowser(QWidget *parent = nullptr);

    void setRunsDir(const QString &dir);
    QString runsDir() const { return m_runsDir; }
    /** Re-reads every run's summary. */
    void refresh();
    /** Selects the runs with these folders (absolute paths). */
    void selectRuns(const QStringList &dirs);

    QTableWidget *runTable() const { return m_table; }
    QTableWidget *compareTable() const { return m_compare; }
    QChartView *compareChart() const { return m_chartView; }
    QTextBrowser *details() const { return m_details; }
    const std::vector<RunSummary> &runs() const { return m_runs; }
    /** The comparison table as CSV rows (header first). */
    QList<QStringList> compareCsvRows() const;

Q_SIGNALS:
    /** Double-click or "Open" on a run. */
    void runActivated(const QString &dir);

private:
    QStringList selectedDirs() const;
    void onSelectionChanged();
    void showDetails(const RunSummary &run);
    void fillCompare(const std::vector<const RunSummary *> &runs);
    void exportChart();
    void exportTable();

    QString m_runsDir;
    std::vector<RunSummary> m_runs;
    QTableWidget *m_table;
    QTextBrowser *m_details;
    QTableWidget *m_compare;
    QChart *m_chart;
    QChartView *m_chartView;
    QLabel *m_compareHint;
};

/** Flattens nested JSON objects into "a.b" keys with their values as text. */
QMap<QString, QString> flattenJson(const QJsonObject &object, const QString &prefix = {});

} // namespace fm
