#include "resultspage.h"

#include "chartexport.h"
#include "failedpairgallery.h"
#include "pairplayer.h"
#include "prcurveview.h"
#include "project/project.h"
#include "runbrowser.h"

#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fm {

namespace {

using LoadResult = std::shared_ptr<Result<RunResults>>;

} // namespace

ResultsPage::ResultsPage(Project *project, QWidget *parent) : QWidget(parent), m_project(project)
{
    m_runLabel = new QLabel(tr("No run open: double-click a run in the list."));
    m_runLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reevalButton = new QPushButton(tr("Re-evaluate on current data"));
    m_reevalButton->setToolTip(tr("Embed the run's validation clips again with its model, "
                                  "leaving out clips excluded since, with the current labels "
                                  "(fmstudio-cli evaluate)"));
    m_reevalButton->setEnabled(false);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setVisible(false);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(220);

    m_browser = new RunBrowser;
    m_curves = new PrCurveView;
    m_gallery = new FailedPairGallery;
    m_gallery->setProject(project);

    auto *curvesPage = new QWidget;
    auto *curvesLayout = new QVBoxLayout(curvesPage);
    curvesLayout->addWidget(m_curves, 1);
    auto *exportRow = new QHBoxLayout;
    exportRow->addStretch(1);
    const QStringList exportNames{tr("Export PR chart…"), tr("Export ROC chart…"),
                                  tr("Export curve data (CSV)…"), tr("Export failed pairs (CSV)…")};
    for (int i = 0; i < exportNames.size(); ++i) {
        auto *button = new QPushButton(exportNames[i]);
        connect(button, &QPushButton::clicked, this, [this, i]() { askExport(i); });
        exportRow->addWidget(button);
    }
    curvesLayout->addLayout(exportRow);

    m_tabs = new QTabWidget;
    m_tabs->addTab(m_browser, tr("Runs"));
    m_tabs->addTab(curvesPage, tr("PR / ROC"));
    m_tabs->addTab(m_gallery, tr("Failed pairs"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_runLabel, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancelButton);
    top->addWidget(m_reevalButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    m_message->hide();

    connect(m_browser, &RunBrowser::runActivated, this, &ResultsPage::openRun);
    connect(m_curves, &PrCurveView::thresholdChanged, m_gallery, &FailedPairGallery::setThreshold);
    connect(m_curves, &PrCurveView::partitionChanged, this, [this](int index) {
        if (m_run && index < int(m_run->partitions.size()))
            m_gallery->setSource(&m_run->partitions[size_t(index)], m_curves->threshold());
    });
    connect(m_gallery, &FailedPairGallery::pairSelected, this, &ResultsPage::pairSelected);
    connect(m_gallery, &FailedPairGallery::pairActivated, this, &ResultsPage::openPair);
    connect(m_reevalButton, &QPushButton::clicked, this, &ResultsPage::reevaluate);
    connect(m_cancelButton, &QPushButton::clicked, this, &ResultsPage::cancelReevaluation);

    if (project)
        m_browser->setRunsDir(project->runsDir());
}

ResultsPage::~ResultsPage()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
    }
    // The views point into m_run: detach them before it goes.
    m_gallery->setSource(nullptr, 0);
    m_curves->setRun(nullptr);
}

void ResultsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Runs appear while the studio is open (training jobs, re-evaluations): re-list them.
    if (m_project && !event->spontaneous())
        m_browser->refresh();
}

void ResultsPage::addResultTab(QWidget *widget, const QString &title)
{
    m_tabs->addTab(widget, title);
}

void ResultsPage::openRun(const QString &runDir)
{
    m_loading = QDir(runDir).absolutePath();
    m_runLabel->setText(tr("Loading %1…").arg(QDir::toNativeSeparators(m_loading)));
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, runDir]() {
        watcher->deleteLater();
        onRunLoaded(QDir(runDir).absolutePath(), watcher->result());
    });
    const QString dir = m_loading;
    watcher->setFuture(QtConcurrent::run(
        [dir]() { return std::make_shared<Result<RunResults>>(RunResults::load(dir, true)); }));
}

void ResultsPage::onRunLoaded(const QString &dir, const LoadResult &result)
{
    if (dir != m_loading)
        return; // a newer openRun() superseded this one
    if (!result->ok()) {
        const Error &e = result->error();
        m_message->setText(
            QStringLiteral("<span style='color:#b00020'>%1</span>")
                .arg((tr("The run could not be opened: %1").arg(e.message)
                      + (e.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.detail)))
                         .toHtmlEscaped()));
        m_message->show();
        m_runLabel->setText(m_run ? tr("Run: %1").arg(m_run->dir) : tr("No run open."));
        Q_EMIT runFailed(e.message);
        return;
    }
    m_message->hide();
    m_gallery->setSource(nullptr, 0);
    m_curves->setRun(nullptr);
    m_run = std::make_unique<RunResults>(std::move(result->value()));
    const PartitionResults &first = m_run->partitions.front();
    QString label = tr("<b>%1</b> — %2 %3, AP %4")
                        .arg(m_run->name.toHtmlEscaped(),
                             m_run->config.value(QStringLiteral("sfe")).toString(),
                             m_run->config.value(QStringLiteral("loss")).toString())
                        .arg(first.averagePrecision(), 0, 'f', 4);
    if (m_run->crossValidation)
        label = tr("<b>%1</b> — cross-validation, %2 folds")
                    .arg(m_run->name.toHtmlEscaped())
                    .arg(m_run->partitions.size());
    if (m_run->metrics.contains(QStringLiteral("reevaluation"))) {
        const QJsonObject re = m_run->metrics.value(QStringLiteral("reevaluation")).toObject();
        label += tr(" · re-evaluated %1 (clips dropped since training: %2)")
                     .arg(re.value(QStringLiteral("time")).toString())
                     .arg(re.value(QStringLiteral("dropped_clips")).toArray().size());
    }
    m_runLabel->setText(label);
    m_runLabel->setToolTip(m_run->dir);
    m_curves->setRun(m_run.get());
    m_gallery->setSource(&m_run->partitions[size_t(m_curves->partition())], m_curves->threshold());
    m_reevalButton->setEnabled(m_project != nullptr && !isReevaluating());
    if (m_tabs->currentWidget() == m_browser)
        m_tabs->setCurrentIndex(1);
    Q_EMIT runOpened(m_run->dir);
}

void ResultsPage::openPair(const QString &clipA, const QString &clipB)
{
    if (!m_player) {
        m_player = new PairPlayer(m_project, this);
        connect(m_player, &PairPlayer::openClipRequested, this, &ResultsPage::openClipRequested);
    }
    bool okA = false, okB = false;
    const qint64 a = clipA.toLongLong(&okA);
    const qint64 b = clipB.toLongLong(&okB);
    if (!okA || !okB) {
        QMessageBox::information(this, tr("Pair player"),
                                 tr("The clips \"%1\" and \"%2\" are not project clips (the run "
                                    "was trained on a features bundle).")
                                     .arg(clipA, clipB));
        return;
    }
    const double t = m_curves->threshold();
    const int tab = m_gallery->tabs()->currentIndex();
    m_player->showPair(a, b,
                       tr("%1 at threshold %2 — A: clip %3, B: clip %4")
                           .arg(tab == 0 ? tr("False positive") : tr("False negative"))
                           .arg(t, 0, 'f', 4)
                           .arg(a)
                           .arg(b));
    m_player->show();
    m_player->raise();
    m_player->activateWindow();
}

QString ResultsPage::cliPath() const
{
    if (!m_cliPath.isEmpty())
        return m_cliPath;
    const QDir app(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {app.filePath(QStringLiteral("fmstudio-cli")),
                                     app.filePath(QStringLiteral("../cli/fmstudio-cli")),
                                     app.filePath(QStringLiteral("../app/cli/fmstudio-cli"))}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).absoluteFilePath();
    }
    return QStringLiteral("fmstudio-cli"); // on PATH
}

bool ResultsPage::isReevaluating() const
{
    return m_process != nullptr;
}

void ResultsPage::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_reevalButton->setEnabled(!busy && m_run && m_project);
}

void ResultsPage::reevaluate()
{
    if (!m_run || !m_project || m_process)
        return;
    QString runDir = m_run->dir;
    if (QFileInfo(runDir).fileName().startsWith(QLatin1String("reeval-")))
        runDir = QFileInfo(runDir).path();
    m_process = new QProcess(this);
    m_processBuffer.clear();
    m_processOut.clear();
    m_processError.clear();
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ResultsPage::onProcessOutput);
    connect(m_process, &QProcess::finished, this, &ResultsPage::onProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onProcessFinished(-1, QProcess::CrashExit);
    });
    m_progress->setValue(0);
    m_cancelRequested = false;
    setBusy(true);
    m_message->hide();
    m_process->start(cliPath(), {QStringLiteral("evaluate"), QStringLiteral("--project"),
                                 m_project->folder(), QStringLiteral("--run"), runDir});
}

void ResultsPage::cancelReevaluation()
{
    if (!m_process)
        return;
    m_cancelRequested = true;
    if (m_process->state() == QProcess::Starting)
        m_process->waitForStarted(3000);
    m_process->terminate(); // SIGTERM: the CLI stops and writes nothing
}

void ResultsPage::onProcessOutput()
{
    m_processBuffer += m_process->readAllStandardOutput();
    int newline = -1;
    while ((newline = m_processBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_processBuffer.left(newline);
        m_processBuffer.remove(0, newline + 1);
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString phase = o.value(QStringLiteral("phase")).toString();
        if (o.contains(QStringLiteral("fraction")))
            m_progress->setValue(int(1000 * o.value(QStringLiteral("fraction")).toDouble()));
        m_progress->setFormat(phase + QStringLiteral(" %p%"));
        if (phase == QLatin1String("finished"))
            m_processOut = o.value(QStringLiteral("out")).toString();
        else if (phase == QLatin1String("error"))
            m_processError = o.value(QStringLiteral("message")).toString();
    }
}

void ResultsPage::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    onProcessOutput();
    const QString stderrText = QString::fromUtf8(m_process->readAllStandardError()).trimmed();
    const bool started = m_process->error() != QProcess::FailedToStart;
    m_process->deleteLater();
    m_process = nullptr;
    setBusy(false);
    const bool ok = started && status == QProcess::NormalExit && exitCode == 0
                    && !m_processOut.isEmpty();
    if (ok) {
        m_browser->refresh();
        openRun(m_processOut);
    } else {
        QString text;
        if (!started)
            text = tr("fmstudio-cli could not be started (%1).").arg(cliPath());
        else if (m_cancelRequested)
            text = tr("Re-evaluation cancelled; nothing was written.");
        else if (!m_processError.isEmpty())
            text = tr("Re-evaluation failed: %1").arg(m_processError);
        else if (m_processOut.isEmpty() && exitCode == 0)
            text = tr("Re-evaluation cancelled; nothing was written.");
        else
            text = tr("Re-evaluation failed: %1").arg(stderrText.right(400));
        m_message->setText(text.toHtmlEscaped());
        m_message->show();
    }
    Q_EMIT reevaluationFinished(ok, m_processOut);
}

Result<bool> ResultsPage::exportPrChart(const QString &path)
{
    return chartexport::exportWidget(m_curves->prChartView(), path);
}

Result<bool> ResultsPage::exportRocChart(const QString &path)
{
    return chartexport::exportWidget(m_curves->rocChartView(), path);
}

Result<bool> ResultsPage::exportCurvesCsv(const QString &path)
{
    QList<QStringList> rows = m_curves->prCsvRows();
    rows.front().prepend(QStringLiteral("kind"));
    for (int i = 1; i < rows.size(); ++i)
        rows[i].prepend(QStringLiteral("pr"));
    QList<QStringList> roc = m_curves->rocCsvRows();
    for (int i = 1; i < roc.size(); ++i) {
        roc[i].prepend(QStringLiteral("roc"));
        rows.append(roc[i]);
    }
    return chartexport::exportCsv(rows, path);
}

Result<bool> ResultsPage::exportFailedCsv(const QString &path)
{
    QList<QStringList> rows{
        {QStringLiteral("kind"), QStringLiteral("rank"), QStringLiteral("clip_a"),
         QStringLiteral("clip_b"), QStringLiteral("subject_a"), QStringLiteral("subject_b"),
         QStringLiteral("motion_a"), QStringLiteral("motion_b"), QStringLiteral("score"),
         QStringLiteral("threshold"), QStringLiteral("margin")}};
    for (int k = 0; k < 2; ++k) {
        const FailedPairModel *model = m_gallery->model(FailedPairModel::Kind(k));
        for (int r = 0; r < model->rowCount(); ++r) {
            const RunPair *p = model->pairAt(r);
            rows.append(
                {k == 0 ? QStringLiteral("false_positive") : QStringLiteral("false_negative"),
                 QString::number(r + 1), p->clipA, p->clipB, p->subjectA, p->subjectB, p->motionA,
                 p->motionB, QString::number(double(p->score), 'g', 9),
                 QString::number(model->threshold(), 'g', 17),
                 model->index(r).data(FailedPairModel::MarginRole).toString()});
        }
    }
    return chartexport::exportCsv(rows, path);
}

void ResultsPage::askExport(int which)
{
    const bool picture = which < 2;
    const QString name = which == 0   ? QStringLiteral("pr.png")
                         : which == 1 ? QStringLiteral("roc.png")
                         : which == 2 ? QStringLiteral("curves.csv")
                                      : QStringLiteral("failed-pairs.csv");
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export"),
                                       QDir(m_run ? m_run->dir : QDir::homePath()).filePath(name),
                                       picture ? chartexport::pictureFilter()
                                               : tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    const Result<bool> r = which == 0   ? exportPrChart(path)
                           : which == 1 ? exportRocChart(path)
                           : which == 2 ? exportCurvesCsv(path)
                                        : exportFailedCsv(path);
    if (!r)
        QMessageBox::warning(this, tr("Export"), r.error().message);
}

} // namespace fm
