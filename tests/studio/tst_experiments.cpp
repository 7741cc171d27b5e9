// The Experiments page with real fmstudio-cli processes: a job started from the dialog with
// the keyboard, its progress, stop (checkpoint), resume (metrics.json), the page reopened
// (jobs re-read from the run folders), a failing job with its message, delete; the dialog's
// validation. The project is a real project store whose feature cache holds synthetic
// features (tests/train/synthfeatures.h), so training is real but short.
#include "experimentdialog.h"
#include "experimentspage.h"
#include "trainingchart.h"

#include "nets/featurecache.h"
#include "project/project.h"
#include "project/projectdatabase.h"
#include "project/projectstore.h"
#include "synthproject.h"
#include "train/jobqueue.h"
#include "train/trainconfig.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <signal.h>

using namespace fm;

class TestExperiments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chartThrottlesRepaints();
    void dialogValidates();
    void dialogSsPretraining();
    void jobQueueSsCommandLines();
    void trainStopResumeReopen();
    void failingJobShowsMessage();
    void deleteAskedAndRemovesFolder();
    void screenshots();

private:
    /** Shows the page at a working size and waits until it is active. */
    bool showPage(ExperimentsPage &page);
    ExperimentDialog *openDialog(ExperimentsPage &page);
    void setName(ExperimentDialog *dialog, const QString &name);
    void setSpin(QSpinBox *spin, int value);

    QTemporaryDir m_tmp;
    QString m_folder;
    std::unique_ptr<Project> m_project;
};

void TestExperiments::initTestCase()
{
    qputenv("FM_CLI_PATH", FM_CLI_PATH);
    m_folder = m_tmp.filePath(QStringLiteral("proj"));
    auto created = Project::create(m_folder);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    m_project = std::move(created.value());
    Project &p = *m_project;
    test::SynthOptions o;
    o.subjects = 4;
    o.motions = 3;
    o.repetitions = 4;
    o.dim = 16;
    const FeatureSet synthetic = test::makeSyntheticFeatures(o);
    const Result<QVector<qint64>> ids = test::addSyntheticClips(p, synthetic);
    QVERIFY2(ids.ok(), ids.ok() ? "" : qPrintable(ids.error().message));
}

bool TestExperiments::showPage(ExperimentsPage &page)
{
    page.resize(1100, 700);
    page.show();
    page.activateWindow();
    return QTest::qWaitForWindowActive(&page);
}

ExperimentDialog *TestExperiments::openDialog(ExperimentsPage &page)
{
    page.jobList()->setFocus();
    QTest::keyClick(page.jobList(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    ExperimentDialog *dialog = page.findChild<ExperimentDialog *>();
    return dialog;
}

void TestExperiments::setName(ExperimentDialog *dialog, const QString &name)
{
    QLineEdit *edit = dialog->nameEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, name);
    QCOMPARE(edit->text(), name);
}

void TestExperiments::setSpin(QSpinBox *spin, int value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
    QCOMPARE(spin->value(), value);
}

void TestExperiments::chartThrottlesRepaints()
{
    TrainingChart chart;
    chart.resize(600, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const int before = chart.flushCount();
    // A burst of 2,000 progress lines: nothing is drawn at once, one repaint takes them all.
    for (int i = 1; i <= 2000; ++i) {
        chart.appendLoss({QPointF(i, 1.0 / i)});
        if (i % 100 == 0)
            chart.appendAp({QPointF(i, i / 2000.0)});
    }
    QCOMPARE(chart.drawnLossCount(), 0);
    QCOMPARE(chart.lossCount(), 2000);
    QTRY_COMPARE_WITH_TIMEOUT(chart.drawnLossCount(), 2000, 2000);
    QCOMPARE(chart.flushCount(), before + 1);
    QCOMPARE(chart.apCount(), 20);
    // setSeries replaces everything at once.
    chart.setSeries({QPointF(1, 0.5)}, {});
    QCOMPARE(chart.drawnLossCount(), 1);
    QCOMPARE(chart.apCount(), 0);
}

void TestExperiments::dialogValidates()
{
    ExperimentsPage page(m_project.get());
    QVERIFY(showPage(page));
    ExperimentDialog *dialog = openDialog(page);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems().join('\n')));
    auto *start = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *problems = dialog->findChild<QLabel *>(QStringLiteral("problemsLabel"));
    QVERIFY(start->isEnabled());

    // A bad name.
    setName(dialog, QStringLiteral("a/b"));
    QVERIFY(!start->isEnabled());
    QVERIFY(problems->text().contains(QStringLiteral("run name")));
    // A name in use (a folder under runs/).
    QVERIFY(QDir().mkpath(QDir(m_folder).filePath(QStringLiteral("runs/taken"))));
    setName(dialog, QStringLiteral("taken"));
    QVERIFY(problems->text().contains(QStringLiteral("exists already")));
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return); // refused: the dialog stays
    QVERIFY(dialog->isVisible());
    QVERIFY(QDir(m_folder).rmdir(QStringLiteral("runs/taken")));
    setName(dialog, QStringLiteral("fine"));
    QVERIFY(dialog->problems().isEmpty());

    // Only lip movements: the project has none.
    auto *fm = dialog->findChild<QCheckBox *>(QStringLiteral("fmCheck"));
    auto *lm = dialog->findChild<QCheckBox *>(QStringLiteral("lmCheck"));
    QVERIFY(fm->text().contains(QStringLiteral("FM")));
    fm->setFocus();
    QTest::keyClick(fm, Qt::Key_Space);
    QVERIFY(!fm->isChecked());
    QVERIFY(lm->isChecked()); // defaults: all kinds
    lm->setFocus();
    QTest::keyClick(lm, Qt::Key_Space);
    auto *compound = dialog->findChild<QCheckBox *>(QStringLiteral("compoundCheck"));
    compound->setFocus();
    QTest::keyClick(compound, Qt::Key_Space);
    QVERIFY(dialog->problems().join(' ').contains(QStringLiteral("at least one kind")));
    QTest::keyClick(lm, Qt::Key_Space);
    QVERIFY(dialog->problems().join(' ').contains(QStringLiteral("no clips")));
    QTest::keyClick(lm, Qt::Key_Space);
    fm->setFocus();
    QTest::keyClick(fm, Qt::Key_Space);
    QVERIFY(dialog->problems().isEmpty());

    // k-fold with more folds than subjects (4).
    auto *protocol = dialog->findChild<QComboBox *>(QStringLiteral("protocolCombo"));
    protocol->setFocus();
    QTest::keyClick(protocol, Qt::Key_Down); // split -> k-fold
    QCOMPARE(protocol->currentIndex(), 1);
    QVERIFY(dialog->problems().join(' ').contains(QStringLiteral("10-fold")));
    QTest::keyClick(protocol, Qt::Key_Up);

    // SFE-M needs its checkpoint: none, then an unreadable one, are problems; with a
    // checkpoint the job computes the missing features first (a note).
    auto *sfe = dialog->findChild<QComboBox *>(QStringLiteral("sfeCombo"));
    auto *checkpoint = dialog->findChild<QLineEdit *>(QStringLiteral("sfeCheckpointEdit"));
    QVERIFY(checkpoint);
    QVERIFY(!checkpoint->isEnabled());
    sfe->setFocus();
    QTest::keyClick(sfe, Qt::Key_Down);
    QTest::keyClick(sfe, Qt::Key_Down);
    QCOMPARE(sfe->currentData().toString(), QStringLiteral("sfe-m/pooled"));
    QVERIFY(checkpoint->isEnabled());
    QVERIFY(dialog->problems().join(' ').contains(QStringLiteral("SFE-M needs a checkpoint")));
    QVERIFY(!start->isEnabled());
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("sfe-m.pt"));
    QTest::keyClicks(checkpoint, file);
    QVERIFY(dialog->problems().join(' ').contains(QStringLiteral("is not a file")));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("weights");
    }
    QTest::keyClick(checkpoint, Qt::Key_End); // any edit re-checks
    QTest::keyClick(checkpoint, Qt::Key_Space);
    QTest::keyClick(checkpoint, Qt::Key_Backspace);
    QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems().join('\n')));
    QVERIFY(dialog->notes().join(' ').contains(QStringLiteral("computes them first")));
    QCOMPARE(dialog->runs()->front().config[QStringLiteral("sfe_checkpoint")].toString(), file);
    checkpoint->clear();
    sfe->setFocus();
    // SFE-E: missing too, but computed by the job first: a note, not a problem.
    QTest::keyClick(sfe, Qt::Key_Up);
    QVERIFY(dialog->problems().isEmpty());
    QVERIFY(dialog->notes().join(' ').contains(QStringLiteral("computes them first")));
    QTest::keyClick(sfe, Qt::Key_Up);

    // Presets fill the fields; the grid expands into 16 named runs.
    QVERIFY(dialog->applyPreset(QStringLiteral("seed001-grid")));
    QCOMPARE(protocol->currentIndex(), 2);
    const auto runs = dialog->runs();
    QVERIFY(runs.ok());
    QCOMPARE(int(runs->size()), 16);
    QCOMPARE(runs->at(6).name, QStringLiteral("seed001-grid-grid-mp0.2-mn0.3"));
    QVERIFY(dialog->applyPreset(QStringLiteral("seed000-sfe")));
    QCOMPARE(int(dialog->runs()->size()), 3);
    QVERIFY(dialog->problems().join(' ').contains(QStringLiteral("SFE-M")));

    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!page.findChild<ExperimentDialog *>());
    QCOMPARE(page.queue()->rowCount(), 0);
}

void TestExperiments::dialogSsPretraining()
{
    ExperimentsPage page(m_project.get());
    QVERIFY(showPage(page));
    ExperimentDialog *dialog = openDialog(page);
    QVERIFY(dialog);
    auto *pretrain = dialog->findChild<QComboBox *>(QStringLiteral("pretrainCombo"));
    auto *views = dialog->findChild<QSpinBox *>(QStringLiteral("ssViewsSpin"));
    auto *pretrainEpochs = dialog->findChild<QSpinBox *>(QStringLiteral("pretrainEpochsSpin"));
    QVERIFY(pretrain && views && pretrainEpochs);
    QCOMPARE(pretrain->count(), 3); // none / SS / SS+
    QCOMPARE(pretrain->currentData().toString(), QStringLiteral("none"));
    QVERIFY(!views->isEnabled());
    QVERIFY(!pretrainEpochs->isEnabled());
    QCOMPARE(views->minimum(), 1);
    QCOMPARE(views->maximum(), 8);
    QCOMPARE(views->value(), 2);
    QJsonObject p = dialog->plan().base[QStringLiteral("pretrain")].toObject();
    QCOMPARE(p[QStringLiteral("mode")].toString(), QStringLiteral("none"));
    QVERIFY(!p.contains(QStringLiteral("views")));

    // None -> SS with the keyboard: views and epochs become editable and reach the config.
    pretrain->setFocus();
    QTest::keyClick(pretrain, Qt::Key_Down);
    QCOMPARE(pretrain->currentData().toString(), QStringLiteral("ss"));
    QVERIFY(views->isEnabled());
    QVERIFY(pretrainEpochs->isEnabled());
    setSpin(views, 4);
    setSpin(pretrainEpochs, 3);
    p = dialog->plan().base[QStringLiteral("pretrain")].toObject();
    QCOMPARE(p[QStringLiteral("mode")].toString(), QStringLiteral("ss"));
    QCOMPARE(p[QStringLiteral("epochs")].toInt(), 3);
    QCOMPARE(p[QStringLiteral("views")].toInt(), 4);
    QVERIFY(dialog->notes().join(' ').contains(QStringLiteral("4 transformed")));
    // Out of range: the spin box keeps 1..8.
    views->setFocus();
    views->selectAll();
    QTest::keyClicks(views, QStringLiteral("9"));
    QTest::keyClick(views, Qt::Key_Tab);
    QVERIFY(views->value() >= 1 && views->value() <= 8);
    setSpin(views, 4);
    {
        const auto runs = dialog->runs();
        QVERIFY2(runs.ok(), runs.ok() ? "" : qPrintable(runs.error().message));
        QCOMPARE(runs->front().config[QStringLiteral("pretrain")][QStringLiteral("views")].toInt(),
                 4);
        QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems().join('\n')));
    }
    // SS with SFE-M: the job computes SFE-M views too, given the checkpoint.
    auto *sfe = dialog->findChild<QComboBox *>(QStringLiteral("sfeCombo"));
    sfe->setCurrentIndex(sfe->findData(QStringLiteral("sfe-m/pooled")));
    QVERIFY(dialog->problems().join(' ').contains(QStringLiteral("SFE-M needs a checkpoint")));
    QVERIFY(!dialog->problems().join(' ').contains(QStringLiteral("SS pretraining")));
    sfe->setCurrentIndex(0);

    // SS -> SS+: no views (they belong to SS only).
    pretrain->setFocus();
    QTest::keyClick(pretrain, Qt::Key_Down);
    QCOMPARE(pretrain->currentData().toString(), QStringLiteral("ss+"));
    QVERIFY(!views->isEnabled());
    QVERIFY(pretrainEpochs->isEnabled());
    p = dialog->plan().base[QStringLiteral("pretrain")].toObject();
    QCOMPARE(p[QStringLiteral("mode")].toString(), QStringLiteral("ss+"));
    QCOMPARE(p[QStringLiteral("epochs")].toInt(), 3);
    QVERIFY(!p.contains(QStringLiteral("views")));
    QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems().join('\n')));

    // A config with SS fills the fields back (setFromConfig via the preset's base).
    QVERIFY(dialog->applyPreset(QStringLiteral("seed001-pretraining")));
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("axis-pretrain"))->isChecked());
    {
        const auto runs = dialog->runs();
        QVERIFY2(runs.ok(), runs.ok() ? "" : qPrintable(runs.error().message));
        QCOMPARE(int(runs->size()), 3);
        QCOMPARE(runs->at(1).name, QStringLiteral("seed001-pretraining-abl-pretrain-ss"));
        QCOMPARE(runs->at(1).config[QStringLiteral("pretrain")][QStringLiteral("mode")].toString(),
                 QStringLiteral("ss"));
    }
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!page.findChild<ExperimentDialog *>());
}

void TestExperiments::jobQueueSsCommandLines()
{
    const QJsonObject none = TrainConfig().toJson();
    QJsonObject ss = none, ssplus = none;
    ss.insert(QStringLiteral("pretrain"),
              QJsonObject{{QStringLiteral("mode"), QStringLiteral("ss")},
                          {QStringLiteral("epochs"), 2},
                          {QStringLiteral("views"), 3}});
    ssplus.insert(QStringLiteral("pretrain"),
                  QJsonObject{{QStringLiteral("mode"), QStringLiteral("ss+")},
                              {QStringLiteral("epochs"), 2}});
    QJsonObject ssDefault = ss;
    ssDefault.insert(QStringLiteral("pretrain"),
                     QJsonObject{{QStringLiteral("mode"), QStringLiteral("ss")},
                                 {QStringLiteral("epochs"), 2}});
    QJsonObject sfeE = ss;
    sfeE.insert(QStringLiteral("sfe"), QStringLiteral("sfe-e/pooled"));
    const QString folder = QStringLiteral("/p/proj");
    const QStringList plain{"features", folder, "--sfe", "sfe-l"};
    QCOMPARE(JobQueue::featuresArguments(folder, none), plain);
    QCOMPARE(JobQueue::featuresArguments(folder, ssplus), plain);
    QCOMPARE(JobQueue::featuresArguments(folder, ss), (plain + QStringList{"--ss-views", "3"}));
    QCOMPARE(JobQueue::featuresArguments(folder, ssDefault),
             (plain + QStringList{"--ss-views", "2"}));
    QCOMPARE(JobQueue::featuresArguments(folder, sfeE),
             (QStringList{"features", folder, "--sfe", "sfe-e", "--ss-views", "3"}));
    QJsonObject sfeM = none;
    sfeM.insert(QStringLiteral("sfe"), QStringLiteral("sfe-m/pooled"));
    sfeM.insert(QStringLiteral("sfe_checkpoint"), QStringLiteral("/m/sfe-m.pt"));
    QCOMPARE(JobQueue::featuresArguments(folder, sfeM),
             (QStringList{"features", folder, "--sfe", "sfe-m", "--sfe-checkpoint", "/m/sfe-m.pt"}));
    QCOMPARE(JobQueue::ssViews(none), 0);
    QCOMPARE(JobQueue::ssViews(ssplus), 0);
    QCOMPARE(JobQueue::ssViews(ss), 3);
    QCOMPARE(JobQueue::trainArguments(folder, "/c.json", "/p/proj/runs/r"),
             (QStringList{"train", "--project", folder, "--config", "/c.json", "--run",
                          "/p/proj/runs/r"}));
    // The dialog's SS config reaches the queue's features command line.
    {
        ExperimentDialog dialog({m_project.get(), {}});
        auto *pretrain = dialog.findChild<QComboBox *>(QStringLiteral("pretrainCombo"));
        pretrain->setCurrentIndex(pretrain->findData(QStringLiteral("ss")));
        dialog.findChild<QSpinBox *>(QStringLiteral("ssViewsSpin"))->setValue(5);
        QCOMPARE(JobQueue::featuresArguments(m_folder, dialog.plan().base),
                 (QStringList{"features", m_folder, "--sfe", "sfe-l", "--ss-views", "5"}));
    }
    // A queued SS job runs `features --ss-views K` first although every plain feature is cached.
    JobQueue queue(m_folder);
    queue.setCliPath(QStringLiteral(FM_CLI_PATH));
    const Result<int> row = queue.enqueue(QStringLiteral("ss-job"), ss);
    QVERIFY2(row.ok(), row.ok() ? "" : qPrintable(row.error().message));
    QTRY_COMPARE_WITH_TIMEOUT(int(queue.job(row.value()).state), int(JobState::Running), 10000);
    QCOMPARE(queue.job(row.value()).step, QStringLiteral("features"));
    const QStringList args = queue.processArguments(row.value());
    QCOMPARE(args.mid(0, 2), (QStringList{"features", QDir(m_folder).absolutePath()}));
    QVERIFY2(args.join(' ').endsWith(QStringLiteral("--ss-views 3")), qPrintable(args.join(' ')));
    QVERIFY(queue.stop(row.value()).ok());
    QTRY_VERIFY_WITH_TIMEOUT(queue.job(row.value()).state != JobState::Running, 60000);
    QVERIFY(queue.remove(row.value()).ok());
}

void TestExperiments::trainStopResumeReopen()
{
    const int epochs = 120;
    QString runDir;
    {
        ExperimentsPage page(m_project.get());
        QVERIFY(showPage(page));
        QSignalSpy finished(&page, &ExperimentsPage::runFinished);
        ExperimentDialog *dialog = openDialog(page);
        QVERIFY(dialog);
        setName(dialog, QStringLiteral("job1"));
        setSpin(dialog->findChild<QSpinBox *>(QStringLiteral("epochsSpin")), epochs);
        QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems().join('\n')));
        dialog->nameEdit()->setFocus();
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
        QTRY_VERIFY(!page.findChild<ExperimentDialog *>());
        QCOMPARE(page.queue()->rowCount(), 1);
        QCOMPARE(page.currentRow(), 0);
        const TrainJob &job = page.queue()->job(0);
        runDir = job.runDir;
        QCOMPARE(job.config[QStringLiteral("epochs")].toInt(), epochs);

        // Progress rises while the process runs.
        QTRY_COMPARE_WITH_TIMEOUT(int(job.state), int(JobState::Running), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(job.progress.fraction > 0, 60000);
        QVERIFY(job.progress.fraction < 1);
        QTRY_VERIFY_WITH_TIMEOUT(page.chart()->drawnLossCount() > 0, 5000);

        // Stop: SIGTERM, the trainer checkpoints and exits -> stopped.
        page.activateWindow(); // the dialog was the active window
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.jobList()->setFocus();
        QTest::keyClick(page.jobList(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(int(job.state), int(JobState::Stopped), 60000);
        QVERIFY2(job.message.isEmpty(), qPrintable(job.message));
        QVERIFY(
            !QDir(runDir)
                 .entryList({QStringLiteral("*")}, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)
                 .isEmpty());
        QVERIFY(!QDir(QDir(runDir).filePath(QStringLiteral("checkpoints")))
                     .entryList(QDir::Files | QDir::NoDotAndDotDot)
                     .isEmpty());
        QVERIFY(!QFile::exists(QDir(runDir).filePath(QStringLiteral("metrics.json"))));
        const double stoppedAt = job.progress.fraction;
        QVERIFY(stoppedAt < 1);

        // Resume: the same command again continues from the checkpoint and finishes.
        QTest::keyClick(page.jobList(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(int(job.state), int(JobState::Done), 120000);
        QVERIFY(QFile::exists(QDir(runDir).filePath(QStringLiteral("metrics.json"))));
        QCOMPARE(job.progress.apSeries.size(), epochs); // one validation per epoch, no repeat
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toString(), runDir);
        QTRY_COMPARE_WITH_TIMEOUT(page.chart()->apCount(), epochs, 5000);
        QTRY_VERIFY(page.logView()->toPlainText().contains(
            QStringLiteral("epoch %1/%1: loss").arg(epochs)));
        QFile log(QDir(runDir).filePath(QStringLiteral("log.txt")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("resuming at epoch"));

        // Enter on a done job asks to open its results.
        QSignalSpy open(&page, &ExperimentsPage::openRunRequested);
        QTest::keyClick(page.jobList(), Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), runDir);
    }
    // Reopen: the job is re-read from its run folder.
    ExperimentsPage page(m_project.get());
    QCOMPARE(page.queue()->rowCount(), 1);
    const TrainJob &job = page.queue()->job(0);
    QCOMPARE(job.name, QStringLiteral("job1"));
    QCOMPARE(int(job.state), int(JobState::Done));
    QCOMPARE(job.progress.apSeries.size(), epochs);
    QVERIFY(job.progress.lossSeries.size() >= epochs);
    QCOMPARE(page.currentRow(), 0);
    QCOMPARE(page.chart()->apCount(), epochs);
}

void TestExperiments::failingJobShowsMessage()
{
    ExperimentsPage page(m_project.get());
    // 10 folds over 4 subjects: the trainer refuses it (the dialog would too) and exits 1.
    const Result<int> bad = page.queue()->enqueue(QStringLiteral("badfolds"),
                                                  QJsonObject{{QStringLiteral("protocol"), "cv"},
                                                              {QStringLiteral("folds"), 10},
                                                              {QStringLiteral("epochs"), 1}});
    QVERIFY(bad.ok());
    const TrainJob &job = page.queue()->job(bad.value());
    QTRY_COMPARE_WITH_TIMEOUT(int(job.state), int(JobState::Failed), 60000);
    QVERIFY2(job.message.contains(QStringLiteral("exit code 1")), qPrintable(job.message));
    QVERIFY(job.message.contains(QStringLiteral("fold")));
    page.selectRow(bad.value());
    QTRY_VERIFY(page.findChild<QLabel *>(QStringLiteral("jobStatus"))
                    ->text()
                    .contains(QStringLiteral("exit code 1")));

    // Data kinds reach the trainer: only lip movements, and the project has none.
    const Result<int> lm = page.queue()->enqueue(QStringLiteral("lmonly"),
                                                 QJsonObject{{QStringLiteral("kinds"),
                                                              QJsonArray{
                                                                  QStringLiteral("lip-movement")}},
                                                             {QStringLiteral("epochs"), 1}});
    QVERIFY(lm.ok());
    const TrainJob &l = page.queue()->job(lm.value());
    QTRY_COMPARE_WITH_TIMEOUT(int(l.state), int(JobState::Failed), 60000);
    QVERIFY2(l.message.contains(QStringLiteral("exit code 1")), qPrintable(l.message));
    QVERIFY(!QFile::exists(QDir(l.runDir).filePath(QStringLiteral("config.json"))));

    // A killed process: failed, the studio carries on.
    const Result<int> killed = page.queue()->enqueue(QStringLiteral("killed"),
                                                     QJsonObject{{QStringLiteral("epochs"), 200}});
    QVERIFY(killed.ok());
    const TrainJob &k = page.queue()->job(killed.value());
    QTRY_VERIFY_WITH_TIMEOUT(k.progress.fraction > 0, 60000);
    QVERIFY(page.queue()->processId(killed.value()) > 0);
    QVERIFY(::kill(pid_t(page.queue()->processId(killed.value())), SIGKILL) == 0);
    QTRY_COMPARE_WITH_TIMEOUT(int(k.state), int(JobState::Failed), 30000);
    QVERIFY2(k.message.contains(QStringLiteral("crashed or was killed")), qPrintable(k.message));

    // Resume of a job that failed by being killed continues from its checkpoint.
    QVERIFY(page.queue()->resume(killed.value()).ok());
    QTRY_COMPARE_WITH_TIMEOUT(int(k.state), int(JobState::Running), 10000);
    QVERIFY(page.queue()->stop(killed.value()).ok());
    QTRY_COMPARE_WITH_TIMEOUT(int(k.state), int(JobState::Stopped), 60000);

    // A missing fmstudio-cli: failed with a message saying so.
    page.queue()->setCliPath(m_tmp.filePath(QStringLiteral("no-such-cli")));
    const Result<int> nocli = page.queue()->enqueue(QStringLiteral("nocli"), QJsonObject{});
    QVERIFY(nocli.ok());
    const TrainJob &n = page.queue()->job(nocli.value());
    QTRY_COMPARE_WITH_TIMEOUT(int(n.state), int(JobState::Failed), 10000);
    QVERIFY2(n.message.contains(QStringLiteral("could not be started")), qPrintable(n.message));

    // Bad input to the queue: a bad name, a taken name, a bad config; nothing added.
    const int rows = page.queue()->rowCount();
    QVERIFY(!page.queue()->enqueue(QStringLiteral("../x"), {}).ok());
    QVERIFY(!page.queue()->enqueue(QStringLiteral("killed"), {}).ok());
    const auto badConfig = page.queue()->enqueue(QStringLiteral("y"),
                                                 {{QStringLiteral("epochz"), 1}});
    QVERIFY(!badConfig.ok());
    QVERIFY(badConfig.error().message.contains(QStringLiteral("epochz")));
    QCOMPARE(page.queue()->rowCount(), rows);
}

void TestExperiments::deleteAskedAndRemovesFolder()
{
    ExperimentsPage page(m_project.get());
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    const int row = page.queue()->rowOf(QStringLiteral("killed"));
    QVERIFY(row >= 0);
    const QString dir = page.queue()->job(row).runDir;
    QVERIFY(QDir(dir).exists());
    page.selectRow(row);
    page.jobList()->setFocus();
    // First answer No: nothing happens.
    QTimer::singleShot(200, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::No)->click();
    });
    QTest::keyClick(page.jobList(), Qt::Key_Delete);
    QVERIFY(QDir(dir).exists());
    QCOMPARE(page.queue()->rowOf(QStringLiteral("killed")), row);
    page.activateWindow(); // the message box was the active window
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.jobList()->setFocus();
    QTimer::singleShot(200, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(page.jobList(), Qt::Key_Delete);
    QVERIFY(!QDir(dir).exists());
    QCOMPARE(page.queue()->rowOf(QStringLiteral("killed")), -1);

    // Re-run of the done job: a new job with the same config, then stopped and deleted.
    const int done = page.queue()->rowOf(QStringLiteral("job1"));
    page.selectRow(done);
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTest::keyClick(page.jobList(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    const int again = page.queue()->rowOf(QStringLiteral("job1-2"));
    QVERIFY(again >= 0);
    QCOMPARE(page.queue()->job(again).config, page.queue()->job(done).config);
    QVERIFY(page.queue()->stop(again).ok() || page.queue()->job(again).state != JobState::Running);
    QTRY_VERIFY_WITH_TIMEOUT(page.queue()->job(again).state != JobState::Running, 60000);
    QVERIFY(page.queue()->remove(again).ok());
}

void TestExperiments::screenshots()
{
    // Written when FM_SCREENSHOT_DIR is set (for the report); the grabs must not be empty.
    ExperimentsPage page(m_project.get());
    page.resize(1200, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.selectRow(page.queue()->rowOf(QStringLiteral("job1")));
    QTest::qWait(300);
    const QImage pageShot = page.grab().toImage();
    QVERIFY(!pageShot.isNull());
    ExperimentDialog *dialog = page.newExperiment();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->applyPreset(QStringLiteral("seed000-cv-contrastive"));
    QTest::qWait(100);
    const QImage dialogShot = dialog->grab().toImage();
    QVERIFY(!dialogShot.isNull());
    // With SS pretraining chosen (views editable).
    auto *pretrain = dialog->findChild<QComboBox *>(QStringLiteral("pretrainCombo"));
    pretrain->setCurrentIndex(pretrain->findData(QStringLiteral("ss")));
    dialog->findChild<QSpinBox *>(QStringLiteral("ssViewsSpin"))->setValue(4);
    QTest::qWait(100);
    const QImage ssShot = dialog->grab().toImage();
    QVERIFY(!ssShot.isNull());
    const QString dir = qEnvironmentVariable("FM_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(pageShot.save(QDir(dir).filePath(QStringLiteral("experiments-page.png"))));
        QVERIFY(dialogShot.save(QDir(dir).filePath(QStringLiteral("experiment-dialog.png"))));
        QVERIFY(ssShot.save(QDir(dir).filePath(QStringLiteral("experiment-dialog-ss.png"))));
    }
    dialog->reject();
}

QTEST_MAIN(TestExperiments)
#include "tst_experiments.moc"
