#include "runbrowser.h"

#include "chartexport.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QValueAxis>

namespace fm {

namespace {

enum Column { Name, Date, Sfe, Loss, Protocol, Ap, PeakF1, Eer, State, Columns };

QString figure(double v)
{
    return v < 0 ? QStringLiteral("–") : QString::number(v, 'f', 4);
}

/** A table item that sorts numbers as numbers. */
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(double value, const QString &text) : QTableWidgetItem(text), m_value(value)
    {
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        if (const auto *n = dynamic_cast<const NumberItem *>(&other))
            return m_value < n->m_value;
        return QTableWidgetItem::operator<(other);
    }

private:
    double m_value;
};

} // namespace

QMap<QString, QString> flattenJson(const QJsonObject &object, const QString &prefix)
{
    QMap<QString, QString> out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject()) {
            const QMap<QString, QString> inner = flattenJson(it.value().toObject(), key);
            for (auto j = inner.begin(); j != inner.end(); ++j)
                out.insert(j.key(), j.value());
        } else if (it.value().isArray()) {
            out.insert(key, QString::fromUtf8(
                                QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact)));
        } else {
            out.insert(key, it.value().toVariant().toString());
        }
    }
    return out;
}

RunBrowser::RunBrowser(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, Columns);
    m_table->setHorizontalHeaderLabels({tr("Run"), tr("Date"), tr("SFE"), tr("Loss"), tr("Protocol"),
                                        tr("AP"), tr("Peak F1"), tr("EER"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_details = new QTextBrowser;
    m_compare = new QTableWidget;
    m_compare->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compare->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_compareHint = new QLabel(tr("Select two or more runs (Ctrl+click) to compare them."));
    m_compareHint->setWordWrap(true);
    m_chart = new QChart;
    m_chart->setTitle(tr("Precision-recall of the selected runs"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView = new QChartView(m_chart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_chartView->setWindowTitle(tr("Run comparison"));

    auto *refresh = new QPushButton(tr("Refresh"));
    auto *open = new QPushButton(tr("Open run"));
    auto *exportTable = new QPushButton(tr("Export table…"));
    auto *exportChart = new QPushButton(tr("Export chart…"));
    connect(refresh, &QPushButton::clicked, this, &RunBrowser::refresh);
    connect(open, &QPushButton::clicked, this, [this]() {
        const QStringList dirs = selectedDirs();
        if (!dirs.isEmpty())
            Q_EMIT runActivated(dirs.first());
    });
    connect(exportTable, &QPushButton::clicked, this, &RunBrowser::exportTable);
    connect(exportChart, &QPushButton::clicked, this, &RunBrowser::exportChart);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RunBrowser::onSelectionChanged);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem *item = m_table->item(row, Name))
            Q_EMIT runActivated(item->data(Qt::UserRole).toString());
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(refresh);
    buttons->addWidget(open);
    buttons->addStretch(1);
    buttons->addWidget(exportTable);
    buttons->addWidget(exportChart);
    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(m_table);
    top->addWidget(m_details);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *bottom = new QSplitter(Qt::Horizontal);
    auto *compareBox = new QWidget;
    auto *compareLayout = new QVBoxLayout(compareBox);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    compareLayout->addWidget(m_compareHint);
    compareLayout->addWidget(m_compare, 1);
    bottom->addWidget(compareBox);
    bottom->addWidget(m_chartView);
    bottom->setSizes({560, 760});
    m_chartView->setMinimumWidth(380);
    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(top);
    vertical->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(vertical, 1);
    layout->addLayout(buttons);
}

void RunBrowser::setRunsDir(const QString &dir)
{
    m_runsDir = dir;
    refresh();
}

void RunBrowser::refresh()
{
    const QStringList keep = selectedDirs();
    m_runs.clear();
    for (const QString &dir : RunResults::findRuns(m_runsDir))
        m_runs.push_back(RunResults::summary(dir));
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(int(m_runs.size()));
    for (int row = 0; row < int(m_runs.size()); ++row) {
        const RunSummary &r = m_runs[size_t(row)];
        auto *name = new QTableWidgetItem(r.name);
        name->setData(Qt::UserRole, r.dir);
        name->setToolTip(r.dir);
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Date,
                         new QTableWidgetItem(
                             r.date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_table->setItem(row, Sfe, new QTableWidgetItem(r.sfe));
        m_table->setItem(row, Loss, new QTableWidgetItem(r.loss));
        m_table->setItem(row, Protocol, new QTableWidgetItem(r.protocol));
        QString apText = figure(r.ap);
        if (r.apStd >= 0)
            apText += QStringLiteral(" ± %1").arg(r.apStd, 0, 'f', 4);
        m_table->setItem(row, Ap, new NumberItem(r.ap, apText));
        m_table->setItem(row, PeakF1, new NumberItem(r.peakF1, figure(r.peakF1)));
        m_table->setItem(row, Eer, new NumberItem(r.eer, figure(r.eer)));
        m_table->setItem(row, State, new QTableWidgetItem(r.state));
    }
    m_table->setSortingEnabled(true);
    selectRuns(keep);
    if (m_runs.empty())
        m_details->setHtml(tr("<p>No runs in <code>%1</code> yet. Train one with "
                              "<code>fmstudio-cli train --project P --config C.json --run "
                              "NAME</code>.</p>")
                               .arg(m_runsDir.toHtmlEscaped()));
}

void RunBrowser::selectRuns(const QStringList &dirs)
{
    m_table->clearSelection();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *item = m_table->item(row, Name);
        if (item && dirs.contains(item->data(Qt::UserRole).toString())) {
            m_table->selectionModel()->select(m_table->model()->index(row, 0),
                                              QItemSelectionModel::Select
                                                  | QItemSelectionModel::Rows);
        }
    }
}

QStringList RunBrowser::selectedDirs() const
{
    QStringList dirs;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(Name);
    for (const QModelIndex &index : rows)
        dirs.append(index.data(Qt::UserRole).toString());
    return dirs;
}

void RunBrowser::onSelectionChanged()
{
    const QStringList dirs = selectedDirs();
    std::vector<const RunSummary *> chosen;
    for (const RunSummary &r : m_runs) {
        if (dirs.contains(r.dir))
            chosen.push_back(&r);
    }
    if (chosen.size() == 1)
        showDetails(*chosen.front());
    fillCompare(chosen);
}

void RunBrowser::showDetails(const RunSummary &run)
{
    QString html = tr("<h3>%1</h3><p>%2</p>").arg(run.name.toHtmlEscaped(), run.dir.toHtmlEscaped());
    html += tr("<p><b>State:</b> %1 &nbsp; <b>AP:</b> %2 &nbsp; <b>peak F1:</b> %3 &nbsp; "
               "<b>EER:</b> %4</p>")
                .arg(run.state, figure(run.ap), figure(run.peakF1), figure(run.eer));
    // Data manifest summary.
    QFile file(QDir(run.dir).filePath(QStringLiteral("manifest.json")));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject m = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray clips = m.value(QStringLiteral("clips")).toArray();
        QMap<QString, int> roles;
        QSet<QString> subjects, motions;
        for (const QJsonValue &v : clips) {
            const QJsonObject c = v.toObject();
            const QString role = c.contains(QStringLiteral("fold"))
                                     ? c.value(QStringLiteral("fold")).toString()
                                     : c.value(QStringLiteral("set")).toString();
            roles[role] += 1;
            subjects.insert(c.value(QStringLiteral("subject")).toString());
            motions.insert(c.value(QStringLiteral("motion")).toString());
        }
        QStringList parts;
        for (auto it = roles.begin(); it != roles.end(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
        const QJsonObject source = m.value(QStringLiteral("source")).toObject();
        html += tr("<p><b>Data:</b> %1 clips of %2 subjects, %3 motions (%4); features %5 from "
                   "%6 <code>%7</code>; fingerprint %8…</p>")
                    .arg(clips.size())
                    .arg(subjects.size())
                    .arg(motions.size())
                    .arg(parts.join(QStringLiteral(", ")))
                    .arg(source.value(QStringLiteral("sfe")).toString(),
                         source.value(QStringLiteral("kind")).toString(),
                         source.value(QStringLiteral("path")).toString().toHtmlEscaped(),
                         m.value(QStringLiteral("fingerprint")).toString().left(12));
    }
    html += tr("<p><b>Config:</b></p><table>");
    const QMap<QString, QString> config = flattenJson(run.config);
    for (auto it = config.begin(); it != config.end(); ++it)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(it.key().toHtmlEscaped(), it.value().toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

void RunBrowser::fillCompare(const std::vector<const RunSummary *> &runs)
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_compare->clear();
    m_compare->setRowCount(0);
    m_compare->setColumnCount(0);
    m_compareHint->setVisible(runs.size() < 2);
    if (runs.size() < 2)
        return;
    // Config keys whose values differ between the selected runs.
    std::vector<QMap<QString, QString>> configs;
    QStringList keys;
    for (const RunSummary *r : runs) {
        configs.push_back(flattenJson(r->config));
        for (const QString &k : configs.back().keys()) {
            if (!keys.contains(k))
                keys.append(k);
        }
    }
    keys.sort();
    QStringList differing;
    for (const QString &k : keys) {
        for (const auto &c : configs) {
            if (c.value(k) != configs.front().value(k)) {
                differing.append(k);
                break;
            }
        }
    }
    QStringList header{tr("Run"),   tr("AP"),          tr("Peak F1"),      tr("EER"),
                       tr("Clips"), tr("Pairs + / −"), tr("Dropped clips")};
    header += differing;
    m_compare->setColumnCount(header.size());
    m_compare->setHorizontalHeaderLabels(header);
    m_compare->setRowCount(int(runs.size()));
    auto *x = new QValueAxis;
    x->setRange(0, 1);
    x->setTickCount(6);
    x->setLabelFormat(QStringLiteral("%.1f"));
    x->setTitleText(tr("Recall"));
    auto *y = new QValueAxis;
    y->setRange(0, 1);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%.1f"));
    y->setTitleText(tr("Precision"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (int row = 0; row < int(runs.size()); ++row) {
        const RunSummary &r = *runs[size_t(row)];
        QString ap = figure(r.ap);
        if (r.apStd >= 0)
            ap += QStringLiteral(" ± %1").arg(r.apStd, 0, 'f', 4);
        const QStringList values{r.name,
                                 ap,
                                 figure(r.peakF1),
                                 figure(r.eer),
                                 r.clips < 0 ? QStringLiteral("–") : QString::number(r.clips),
                                 r.positives < 0
                                     ? QStringLiteral("–")
                                     : QStringLiteral("%1 / %2").arg(r.positives).arg(r.negatives),
                                 r.droppedClips < 0 ? QStringLiteral("–")
                                                    : QString::number(r.droppedClips)};
        for (int c = 0; c < values.size(); ++c)
            m_compare->setItem(row, c, new QTableWidgetItem(values[c]));
        for (int c = 0; c < differing.size(); ++c)
            m_compare->setItem(row, 7 + c,
                               new QTableWidgetItem(configs[size_t(row)].value(differing[c])));
        // The run's PR curve (CV: the mean over folds).
        const Result<RunResults> loaded = RunResults::load(r.dir, false);
        if (!loaded)
            continue;
        const std::vector<RunCurvePoint> curve = loaded->crossValidation
                                                     ? loaded->meanPrCurve()
                                                     : loaded->partitions.front().pr;
        auto *series = new QLineSeries;
        series->setName(tr("%1 (AP %2)").arg(r.name, figure(r.ap)));
        QList<QPointF> points;
        const size_t step = std::max<size_t>(1, curve.size() / 3000);
        for (size_t i = 0; i < curve.size(); i += step)
            points.append(QPointF(curve[i].x, curve[i].y));
        series->replace(points);
        m_chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

QList<QStringList> RunBrowser::compareCsvRows() const
{
    QList<QStringList> rows;
    QStringList header;
    for (int c = 0; c < m_compare->columnCount(); ++c)
        header.append(m_compare->horizontalHeaderItem(c)->text());
    rows.append(header);
    for (int r = 0; r < m_compare->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m_compare->columnCount(); ++c)
            row.append(m_compare->item(r, c) ? m_compare->item(r, c)->text() : QString());
        rows.append(row);
    }
    return rows;
}

void RunBrowser::exportChart()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"),
                                                      QStringLiteral("runs-pr.png"),
                                                      chartexport::pictureFilter());
    if (path.isEmpty())
        return;
    if (const Result<bool> r = chartexport::exportWidget(m_chartView, path); !r)
        QMessageBox::warning(this, tr("Export"), r.error().message);
}

void RunBrowser::exportTable()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export comparison"),
                                                      QStringLiteral("runs.csv"),
                                                      tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Result<bool> r = chartexport::exportCsv(compareCsvRows(), path); !r)
        QMessageBox::warning(this, tr("Export"), r.error().message);
}

} // namespace fm
