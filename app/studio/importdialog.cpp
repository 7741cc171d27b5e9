#include "importdialog.h"

#include "project/project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace fm {

ImportDialog::ImportDialog(Project *project, QWidget *parent)
    : QDialog(parent), m_project(project), m_sourceList(new QListWidget(this)),
      m_pattern(new QLineEdit(ImportOptions().pattern, this)), m_mode(new QComboBox(this)),
      m_kind(new QComboBox(this)), m_target(new QSpinBox(this)), m_table(new QTableWidget(this)),
      m_summary(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_log(new QPlainTextEdit(this)), m_importButton(new QPushButton(tr("&Import"), this)),
      m_cancelButton(new QPushButton(tr("Cancel import"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_previewTimer(new QTimer(this))
{
    qRegisterMetaType<fm::ImportReport>();
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import clips"));
    resize(900, 640);

    m_sourceList->setObjectName(QStringLiteral("importSources"));
    m_sourceList->setMaximumHeight(90);
    auto *addFiles = new QPushButton(tr("Add &files..."), this);
    auto *addFolder = new QPushButton(tr("Add f&older..."), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *sourceButtons = new QVBoxLayout;
    sourceButtons->addWidget(addFiles);
    sourceButtons->addWidget(addFolder);
    sourceButtons->addWidget(remove);
    sourceButtons->addStretch(1);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_sourceList, 1);
    sourceRow->addLayout(sourceButtons);

    m_pattern->setObjectName(QStringLiteral("importPattern"));
    m_pattern->setToolTip(tr("Tokens: {subject}, {motion}, {rep}; * matches any text in one "
                             "path part. Examples: {subject}_{motion}_{rep}.* or "
                             "{subject}/{motion}/rep{rep}.*"));
    m_mode->addItem(tr("Copy into the project"), true);
    m_mode->addItem(tr("Reference where they are"), false);
    m_kind->addItem(tr("Facial motion (FM)"), int(MotionKind::FacialMotion));
    m_kind->addItem(tr("Lip movement (LM)"), int(MotionKind::LipMovement));
    m_kind->addItem(tr("Compound"), int(MotionKind::Compound));
    m_target->setRange(1, 100);
    m_target->setValue(ImportOptions().targetRepetitions);
    auto *form = new QFormLayout;
    form->addRow(tr("Naming pattern:"), m_pattern);
    form->addRow(tr("Files:"), m_mode);
    form->addRow(tr("Kind of new motions:"), m_kind);
    form->addRow(tr("Target repetitions:"), m_target);

    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Clip"), tr("Subject"), tr("Motion"), tr("Repetition"), tr("Warning")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->hide();
    m_log->setObjectName(QStringLiteral("importLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumHeight(110);
    m_log->hide();
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    m_cancelButton->setObjectName(QStringLiteral("importCancel"));
    m_buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    m_cancelButton->hide(); // after addButton(), which shows it

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Files and folders to import:"), this));
    layout->addLayout(sourceRow);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_log);
    layout->addWidget(m_buttons);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &ImportDialog::runPreview);
    connect(m_pattern, &QLineEdit::textChanged, this, &ImportDialog::schedulePreview);
    connect(&m_planWatcher, &QFutureWatcher<Result<ImportPlan>>::finished, this, [this] {
        showPlan(m_planWatcher.result());
        if (m_previewPending) {
            m_previewPending = false;
            runPreview();
        }
    });
    connect(addFiles, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Add clips"), QDir::homePath(),
            tr("Videos (*.mp4 *.avi *.mkv *.mov *.webm);;All files (*)"));
        setSources(m_sources + files);
    });
    connect(addFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Add folder"),
                                                                 QDir::homePath());
        if (!folder.isEmpty())
            setSources(m_sources + QStringList{folder});
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_sourceList->currentRow();
        if (row >= 0) {
            QStringList s = m_sources;
            s.removeAt(row);
            setSources(s);
        }
    });
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    showPlan(Error{tr("Add the files or folders to import.")});
}

ImportDialog::~ImportDialog()
{
    cancelImport();
    if (m_thread)
        m_thread->wait();
    m_planWatcher.waitForFinished();
}

void ImportDialog::setSources(const QStringList &sources)
{
    m_sources = sources;
    m_sources.removeDuplicates();
    m_sourceList->clear();
    for (const QString &s : std::as_const(m_sources))
        m_sourceList->addItem(QDir::toNativeSeparators(s));
    schedulePreview();
}

void ImportDialog::setPattern(const QString &pattern)
{
    m_pattern->setText(pattern);
    schedulePreview();
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.pattern = m_pattern->text().trimmed();
    o.copy = m_mode->currentData().toBool();
    o.kind = MotionKind(m_kind->currentData().toInt());
    o.targetRepetitions = m_target->value();
    return o;
}

void ImportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ImportDialog::runPreview()
{
    if (m_planWatcher.isRunning()) {
        m_previewPending = true;
        return;
    }
    // Scanning folders touches the disk: done off the GUI thread.
    const QStringList sources = m_sources;
    const ImportOptions options = this->options();
    m_planWatcher.setFuture(
        QtConcurrent::run([sources, options] { return ClipImporter::plan(sources, options); }));
}

void ImportDialog::showPlan(const Result<ImportPlan> &plan)
{
    m_table->setRowCount(0);
    if (!plan) {
        m_plan.reset();
        m_summary->setText(plan.error().message);
        m_importButton->setEnabled(false);
        Q_EMIT previewUpdated(0);
        return;
    }
    m_plan = plan.value();
    // Repetitions the project already has, and repeated targets within the plan.
    QSet<QString> taken;
    for (const Clip &c : m_project->clips()) {
        const auto motion = m_project->motion(c.motionId);
        const auto subject = motion ? m_project->subject(motion->subjectId) : std::nullopt;
        if (motion && subject)
            taken.insert(subject->code + QLatin1Char('\n') + motion->name + QLatin1Char('\n')
                         + QString::number(c.repetition));
    }
    QSet<QString> seen;
    int warnings = 0;
    const QVector<ImportItem> &items = m_plan->items;
    m_table->setRowCount(int(items.size() + m_plan->unmatched.size()));
    int row = 0;
    for (const ImportItem &item : items) {
        const QString key = item.subject + QLatin1Char('\n') + item.motion + QLatin1Char('\n')
                            + QString::number(item.repetition);
        QString warning;
        if (item.repetition > 0 && taken.contains(key))
            warning = tr("repetition already in the project: the next free one is used");
        else if (item.repetition > 0 && seen.contains(key))
            warning = tr("same subject, motion and repetition as another clip");
        seen.insert(key);
        const QStringList cells{QDir::toNativeSeparators(item.path), item.subject, item.motion,
                                item.repetition > 0 ? QString::number(item.repetition)
                                                    : tr("next free"),
                                warning};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        if (!warning.isEmpty()) {
            ++warnings;
            m_table->item(row, 4)->setForeground(QColor(200, 90, 0));
        }
        ++row;
    }
    for (const QString &path : m_plan->unmatched) {
        m_table->setItem(row, 0, new QTableWidgetItem(QDir::toNativeSeparators(path)));
        auto *w = new QTableWidgetItem(tr("does not match the pattern: skipped"));
        w->setForeground(QColor(200, 40, 40));
        m_table->setItem(row, 4, w);
        ++row;
    }
    m_summary->setText(tr("%1 clip(s) to import, %2 with warnings; %3 not matching the pattern; "
                          "%4 other file(s) ignored. Duplicates (same content as a clip in the "
                          "project) and unreadable files are skipped and listed after the import.")
                           .arg(items.size())
                           .arg(warnings)
                           .arg(m_plan->unmatched.size())
                           .arg(m_plan->ignored.size()));
    m_importButton->setEnabled(!items.isEmpty() && !m_thread);
    Q_EMIT previewUpdated(int(items.size()));
}

void ImportDialog::setBusy(bool busy)
{
    m_importButton->setEnabled(!busy && m_plan && !m_plan->items.isEmpty());
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    m_progress->setVisible(busy);
    m_pattern->setEnabled(!busy);
    m_sourceList->setEnabled(!busy);
}

void ImportDialog::startImport()
{
    if (m_thread || !m_plan || m_plan->items.isEmpty())
        return;
    m_log->clear();
    m_log->show();
    m_progress->setRange(0, int(m_plan->items.size()));
    m_progress->setValue(0);
    setBusy(true);
    m_thread = new QThread(this);
    m_worker = new ImportWorker(m_project->folder(), *m_plan, options());
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &ImportWorker::run);
    connect(m_worker, &ImportWorker::progress, this, &ImportDialog::onProgress);
    connect(m_worker, &ImportWorker::finished, this, &ImportDialog::onFinished);
    connect(m_worker, &ImportWorker::failed, this, &ImportDialog::onFailed);
    connect(m_worker, &ImportWorker::finished, m_thread, &QThread::quit, Qt::DirectConnection);
    connect(m_worker, &ImportWorker::failed, m_thread, &QThread::quit, Qt::DirectConnection);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, &ImportDialog::importEnded);
    m_thread->start();
}

void ImportDialog::cancelImport()
{
    if (m_worker) {
        m_worker->cancel();
        m_cancelButton->setEnabled(false);
        m_log->appendPlainText(tr("Cancelling after the clip in progress..."));
    }
}

void ImportDialog::onProgress(int done, int total, const QString &path)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2: %3").arg(done).arg(total).arg(QFileInfo(path).fileName()));
}

void ImportDialog::onFinished(const ImportReport &report)
{
    m_report = report;
    m_log->appendPlainText(
        report.cancelled
            ? tr("Cancelled: %1 clip(s) imported before the cancel.").arg(report.imported)
            : tr("%1 clip(s) imported.").arg(report.imported));
    for (const ImportProblem &p : report.duplicates)
        m_log->appendPlainText(tr("Duplicate, skipped: %1 (%2)").arg(p.path, p.message));
    for (const ImportProblem &p : report.failures)
        m_log->appendPlainText(tr("Not imported: %1 (%2)").arg(p.path, p.message));
    for (const ImportProblem &p : report.renumbered)
        m_log->appendPlainText(tr("Renumbered: %1 (%2)").arg(p.path, p.message));
    m_project->notifyExternalChange();
    Q_EMIT imported(report.imported);
}

void ImportDialog::onFailed(const QString &message)
{
    m_log->appendPlainText(message);
}

void ImportDialog::importEnded()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    m_worker = nullptr;
    setBusy(false);
    schedulePreview(); // the preview now shows what is already in the project
    Q_EMIT importFinished();
}

void ImportDialog::reject()
{
    if (m_thread) {
        cancelImport(); // closing waits for the cancel instead of leaving a thread behind
        connect(this, &ImportDialog::importFinished, this, &QDialog::reject,
                Qt::SingleShotConnection);
        return;
    }
    QDialog::reject();
}

} // namespace fm
