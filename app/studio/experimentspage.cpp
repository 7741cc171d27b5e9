#include "experimentspage.h"

#include "experimentdialog.h"
#include "trainingchart.h"

#include "project/project.h"
#include "train/jobqueue.h"

#include <QAction>
#include <QApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace fm {

namespace {

QString formatEta(double seconds)
{
    if (seconds < 0)
        return {};
    const int s = int(seconds + 0.5);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QIcon stateIcon(JobState state, const QStyle *style)
{
    switch (state) {
    case JobState::Queued:
        return style->standardIcon(QStyle::SP_FileDialogContentsView);
    case JobState::Running:
        return style->standardIcon(QStyle::SP_MediaPlay);
    case JobState::Done:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case JobState::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case JobState::Stopped:
        return style->standardIcon(QStyle::SP_MediaPause);
    }
    return {};
}

QString stateText(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return ExperimentsPage::tr("queued");
    case JobState::Running:
        return ExperimentsPage::tr("running");
    case JobState::Done:
        return ExperimentsPage::tr("done");
    case JobState::Failed:
        return ExperimentsPage::tr("failed");
    case JobState::Stopped:
        return ExperimentsPage::tr("stopped");
    }
    return {};
}

/** Draws a job: state icon, name and state, then a progress bar with epoch and ETA. */
class JobDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {260, option.fontMetrics.height() * 2 + 18};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        const QStyle *style = o.widget ? o.widget->style() : QApplication::style();
        o.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &o, painter, o.widget);
        const auto state = JobState(index.data(JobQueue::StateRole).toInt());
        const QRect r = option.rect.adjusted(6, 4, -6, -4);
        const int line = option.fontMetrics.height();
        const int iconSize = std::min(line + 2, 20);
        stateIcon(state, style).paint(painter, QRect(r.left(), r.top(), iconSize, iconSize));
        painter->save();
        painter->setPen(option.palette.color(
            option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        const QRect nameRect(r.left() + iconSize + 6, r.top(), r.width() - iconSize - 6, line + 2);
        const QString stateLabel = stateText(state);
        const int stateWidth = option.fontMetrics.horizontalAdvance(stateLabel) + 8;
        painter->drawText(nameRect.adjusted(0, 0, -stateWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(index.data(JobQueue::NameRole).toString(),
                                                        Qt::ElideMiddle,
                                                        nameRect.width() - stateWidth));
        painter->setFont(option.font);
        painter->drawText(nameRect, Qt::AlignRight | Qt::AlignVCenter, stateLabel);
        painter->restore();

        QStyleOptionProgressBar bar;
        bar.rect = QRect(r.left() + iconSize + 6, r.top() + line + 6, r.width() - iconSize - 6,
                         line + 2);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(index.data(JobQueue::FractionRole).toDouble() * 1000);
        QStringList parts;
        parts << QStringLiteral("%1%").arg(bar.progress / 10);
        const QString epoch = index.data(JobQueue::EpochRole).toString();
        if (!epoch.isEmpty() && state != JobState::Done)
            parts << epoch;
        const QString eta = formatEta(index.data(JobQueue::EtaRole).toDouble());
        if (!eta.isEmpty())
            parts << ExperimentsPage::tr("ETA %1").arg(eta);
        bar.text = parts.join(QStringLiteral(" · "));
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = QStyle::State_Enabled | QStyle::State_Horizontal;
        bar.palette = option.palette;
        bar.fontMetrics = option.fontMetrics;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, o.widget);
    }
};

} // namespace

ExperimentsPage::ExperimentsPage(Project *project, QWidget *parent)
    : QWidget(parent), m_project(project)
{
    setObjectName(QStringLiteral("experimentsPage"));
    m_queue = new JobQueue(project->folder(), this);

    auto *root = new QVBoxLayout(this);
    auto *toolbar = new QHBoxLayout;
    root->addLayout(toolbar);
    const auto makeAction = [this, toolbar](const QString &text, const QKeySequence &key,
                                            QStyle::StandardPixmap icon, const char *name) {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setObjectName(QLatin1String(name));
        action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                         key.toString(QKeySequence::NativeText)));
        addAction(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        toolbar->addWidget(button);
        return action;
    };
    m_newAction = makeAction(tr("New experiment…"), QKeySequence(tr("Ctrl+Shift+E")),
                             QStyle::SP_FileDialogNewFolder, "actionNewExperiment");
    m_stopAction = makeAction(tr("Stop"), QKeySequence(tr("Ctrl+Shift+X")), QStyle::SP_MediaStop,
                              "actionStopJob");
    m_resumeAction = makeAction(tr("Resume"), QKeySequence(tr("Ctrl+Shift+R")),
                                QStyle::SP_MediaPlay, "actionResumeJob");
    m_rerunAction = makeAction(tr("Re-run"), QKeySequence(tr("Ctrl+Shift+N")),
                               QStyle::SP_BrowserReload, "actionRerunJob");
    m_deleteAction = makeAction(tr("Delete…"), QKeySequence(QKeySequence::Delete),
                                QStyle::SP_TrashIcon, "actionDeleteJob");
    m_openAction = makeAction(tr("Open results"), QKeySequence(Qt::Key_Return),
                              QStyle::SP_DialogOpenButton, "actionOpenRun");
    toolbar->addStretch(1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    root->addWidget(split, 1);
    m_list = new QListView(split);
    m_list->setObjectName(QStringLiteral("jobList"));
    m_list->setModel(m_queue);
    m_list->setItemDelegate(new JobDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumWidth(280);
    auto *right = new QSplitter(Qt::Vertical, split);
    auto *chartBox = new QWidget(right);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(chartBox);
    m_status->setObjectName(QStringLiteral("jobStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    chartLayout->addWidget(m_status);
    m_chart = new TrainingChart(chartBox);
    chartLayout->addWidget(m_chart, 1);
    m_log = new QPlainTextEdit(right);
    m_log->setObjectName(QStringLiteral("jobLog"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("The selected job's log appears here."));
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);

    m_logTimer = new QTimer(this);
    m_logTimer->setSingleShot(true);
    m_logTimer->setInterval(200);
    connect(m_logTimer, &QTimer::timeout, this, &ExperimentsPage::refreshLog);

    connect(m_newAction, &QAction::triggered, this, [this] { newExperiment(); });
    connect(m_stopAction, &QAction::triggered, this, &ExperimentsPage::stopJob);
    connect(m_resumeAction, &QAction::triggered, this, &ExperimentsPage::resumeJob);
    connect(m_rerunAction, &QAction::triggered, this, &ExperimentsPage::rerunJob);
    connect(m_deleteAction, &QAction::triggered, this, &ExperimentsPage::deleteJob);
    connect(m_openAction, &QAction::triggered, this, &ExperimentsPage::openJob);
    connect(m_list, &QListView::doubleClicked, this, &ExperimentsPage::openJob);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showJob(current.isValid() ? current.row() : -1); });
    connect(m_queue, &JobQueue::jobChanged, this, &ExperimentsPage::onJobChanged);
    connect(m_queue, &QAbstractItemModel::modelReset, this, [this] { showJob(currentRow()); });
    connect(m_queue, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_shownRow = -1;
        showJob(currentRow());
    });
    connect(m_queue, &JobQueue::jobFinished, this, [this](const QString &runDir, JobState state) {
        if (state == JobState::Done)
            Q_EMIT runFinished(runDir);
    });
    // Show a running job if there is one, else the newest.
    int first = m_queue->rowCount() - 1;
    for (int row = 0; row < m_queue->rowCount(); ++row) {
        if (m_queue->job(row).state == JobState::Running
            || m_queue->job(row).state == JobState::Queued) {
            first = row;
            break;
        }
    }
    if (first >= 0)
        selectRow(first);
    updateActions();
}

ExperimentsPage::~ExperimentsPage() = default;

int ExperimentsPage::currentRow() const
{
    const QModelIndex i = m_list->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void ExperimentsPage::selectRow(int row)
{
    m_list->setCurrentIndex(m_queue->index(row));
}

ExperimentDialog *ExperimentsPage::newExperiment()
{
    ExperimentContext context;
    context.project = m_project;
    context.nameTaken = [this](const QString &name) { return m_queue->nameTaken(name); };
    auto *dialog = new ExperimentDialog(context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Result<std::vector<PlannedRun>> runs = dialog->runs();
        if (!runs)
            return report(runs.error().message);
        int last = -1;
        for (const PlannedRun &run : runs.value()) {
            const Result<int> row = m_queue->enqueue(run.name, run.config);
            if (!row)
                return report(row.error().message);
            last = row.value();
        }
        selectRow(last);
        m_list->setFocus();
        Q_EMIT message(tr("%n experiment run(s) queued.", nullptr, int(runs->size())));
    });
    dialog->open();
    return dialog;
}

void ExperimentsPage::report(const QString &error)
{
    QMessageBox::warning(this, tr("Experiments"), error);
}

void ExperimentsPage::updateActions()
{
    const int row = currentRow();
    const bool has = row >= 0 && row < m_queue->rowCount();
    const JobState state = has ? m_queue->job(row).state : JobState::Queued;
    m_stopAction->setEnabled(has && (state == JobState::Running || state == JobState::Queued));
    m_resumeAction->setEnabled(has && (state == JobState::Stopped || state == JobState::Failed));
    m_rerunAction->setEnabled(has && !m_queue->job(row).config.isEmpty());
    m_deleteAction->setEnabled(has && state != JobState::Running);
    m_openAction->setEnabled(has && state == JobState::Done);
}

void ExperimentsPage::showJob(int row)
{
    m_shownRow = row;
    updateActions();
    if (row < 0 || row >= m_queue->rowCount()) {
        m_chart->clear();
        m_chart->setTitle(QString());
        m_log->clear();
        m_status->clear();
        m_shownLoss = m_shownAp = 0;
        return;
    }
    const TrainJob &job = m_queue->job(row);
    m_chart->setTitle(job.name);
    m_chart->setSeries(job.progress.lossSeries, job.progress.apSeries);
    m_shownLoss = int(job.progress.lossSeries.size());
    m_shownAp = int(job.progress.apSeries.size());
    refreshLog();
}

void ExperimentsPage::onJobChanged(int row)
{
    if (row == currentRow())
        updateActions();
    if (row != m_shownRow)
        return;
    const TrainJob &job = m_queue->job(row);
    const auto &loss = job.progress.lossSeries;
    const auto &ap = job.progress.apSeries;
    if (loss.size() < m_shownLoss || ap.size() < m_shownAp) { // restarted: replay from scratch
        m_chart->setSeries(loss, ap);
    } else {
        if (loss.size() > m_shownLoss)
            m_chart->appendLoss(loss.mid(m_shownLoss));
        if (ap.size() > m_shownAp)
            m_chart->appendAp(ap.mid(m_shownAp));
    }
    m_shownLoss = int(loss.size());
    m_shownAp = int(ap.size());
    if (!m_logTimer->isActive())
        m_logTimer->start();
}

void ExperimentsPage::refreshLog()
{
    const int row = m_shownRow;
    if (row < 0 || row >= m_queue->rowCount())
        return;
    const TrainJob &job = m_queue->job(row);
    QString status = QStringLiteral("<b>%1</b> — %2")
                         .arg(job.name.toHtmlEscaped(), stateText(job.state));
    if (job.progress.lastAp >= 0)
        status += tr(" — last validation AP %1").arg(job.progress.lastAp, 0, 'f', 4);
    if (!job.message.isEmpty())
        status += QStringLiteral("<br><span style=\"color:#b00020\">%1</span>")
                      .arg(job.message.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                               QStringLiteral("<br>")));
    m_status->setText(status);
    m_log->setPlainText(job.logTail.join(QLatin1Char('\n')));
    m_log->moveCursor(QTextCursor::End);
}

void ExperimentsPage::stopJob()
{
    if (const Result<bool> r = m_queue->stop(currentRow()); !r)
        report(r.error().message);
    updateActions();
}

void ExperimentsPage::resumeJob()
{
    if (const Result<bool> r = m_queue->resume(currentRow()); !r)
        report(r.error().message);
    updateActions();
}

void ExperimentsPage::rerunJob()
{
    const Result<int> r = m_queue->rerun(currentRow());
    if (!r)
        return report(r.error().message);
    selectRow(r.value());
}

void ExperimentsPage::deleteJob()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const TrainJob &job = m_queue->job(row);
    if (job.state == JobState::Running)
        return report(tr("Stop the job before deleting it."));
    if (QMessageBox::question(this, tr("Delete run"),
                              tr("Delete the run \"%1\" and its folder %2 (model, checkpoints, "
                                 "results)? This cannot be undone.")
                                  .arg(job.name, job.runDir),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (const Result<bool> r = m_queue->remove(row); !r)
        report(r.error().message);
}

void ExperimentsPage::openJob()
{
    const int row = currentRow();
    if (row >= 0 && m_queue->job(row).state == JobState::Done)
        Q_EMIT openRunRequested(m_queue->job(row).runDir);
}

} // namespace fm
