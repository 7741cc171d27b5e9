#include "mainwindow.h"

#include "aboutdialog.h"
#include "annotatorpage.h"
#include "capturepage.h"
#include "comparepage.h"
#include "datasettree.h"
#include "emptystatewidget.h"
#include "experimentspage.h"
#include "expressionspage.h"
#include "importdialog.h"
#include "resultspage.h"
#include "startpage.h"
#include "tsnepanel.h"
#include "verifypage.h"

#include "project/project.h"
#include "project/recentprojects.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace fm {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_recent(std::make_unique<RecentProjects>()),
      m_pages(new QStackedWidget(this)), m_start(new StartPage(m_recent.get(), m_pages)),
      m_tabs(new QTabWidget(m_pages)), m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("FaceMotion Studio"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/fmstudio.svg")));
    resize(1280, 800);

    projectPlaceholder()->setTitle(tr("No project open"));
    projectPlaceholder()->setText(tr("A project holds the subjects, their facial motions and ten "
                                     "repetitions of each. Project folders are private to your "
                                     "user account: face videos are biometric data."));
    m_tabs->setObjectName(QStringLiteral("projectTabs"));
    m_tabs->setDocumentMode(true);
    m_pages->addWidget(m_start);
    m_pages->addWidget(m_tabs);
    setCentralWidget(m_pages);

    connect(m_start, &StartPage::openRequested, this, &MainWindow::openProject);
    connect(m_start, &StartPage::createRequested, this, &MainWindow::createProject);
    connect(m_start, &StartPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    createMenus();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow()
{
    closeProject();
}

EmptyStateWidget *MainWindow::projectPlaceholder() const
{
    return m_start->placeholder();
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_start->newAction());
    fileMenu->addAction(m_start->openAction());
    fileMenu->addAction(m_start->demoAction());
    fileMenu->addSeparator();
    m_importAction = fileMenu->addAction(tr("&Import clips..."), this, &MainWindow::importClips);
    m_importAction->setObjectName(QStringLiteral("actionImport"));
    m_importAction->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    m_importAction->setEnabled(false);
    m_closeAction = fileMenu->addAction(tr("&Close project"), this, &MainWindow::closeProject);
    m_closeAction->setObjectName(QStringLiteral("actionCloseProject"));
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setEnabled(false);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("actionQuit"));
    // Some platform themes (Windows keyboard scheme, offscreen) define no Quit binding.
    const QKeySequence quitKeys(QKeySequence::Quit);
    quit->setShortcut(quitKeys.isEmpty() ? QKeySequence(tr("Ctrl+Q")) : quitKeys);
    quit->setMenuRole(QAction::QuitRole);
    for (QAction *a :
         {m_start->newAction(), m_start->openAction(), quit, m_importAction, m_closeAction})
        addAction(a); // shortcuts work even while the menu bar is hidden

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    addAction(undo);
    addAction(redo);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = helpMenu->addAction(tr("&About FaceMotion Studio"), this,
                                         &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

bool MainWindow::openProject(const QString &folder)
{
    auto project = Project::open(folder);
    if (!project) {
        QMessageBox::warning(this, tr("Open project"),
                             project.error().message + QLatin1Char('\n') + project.error().detail);
        return false;
    }
    return adoptProject(std::move(project.value()));
}

bool MainWindow::createProject(const QString &folder)
{
    auto project = Project::create(folder);
    if (!project) {
        QMessageBox::warning(this, tr("New project"),
                             project.error().message + QLatin1Char('\n') + project.error().detail);
        return false;
    }
    return adoptProject(std::move(project.value()));
}

bool MainWindow::adoptProject(std::unique_ptr<Project> project)
{
    closeProject();
    m_project = std::move(project);
    if (auto r = m_recent->add(m_project->folder()); !r)
        statusBar()->showMessage(r.error().message, 8000);
    m_undoGroup->addStack(m_project->undoStack());
    m_undoGroup->setActiveStack(m_project->undoStack());
    m_project->setWatchInterval(2000); // imports and CLI jobs write through other connections

    m_annotator = new AnnotatorPage(m_project.get(), m_tabs);
    m_tabs->addTab(m_annotator, tr("&Annotate"));
    connect(m_annotator, &AnnotatorPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    auto *capture = new CapturePage(m_project.get(), m_tabs);
    m_tabs->addTab(capture, tr("&Record"));
    connect(capture, &CapturePage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    m_tabs->addTab(new ComparePage(m_project.get(), m_tabs), tr("&Compare"));
    // Expression analysis works on any video, project or not (seed 002).
    m_tabs->addTab(new ExpressionsPage(m_tabs), tr("E&xpressions"));
    addResearchPages();
    connect(m_project.get(), &Project::editFailed, this, [this](const QString &text) {
        QMessageBox::warning(this, tr("Edit not saved"), text);
    });
    connect(m_project->undoStack(), &QUndoStack::indexChanged, this, [this] {
        statusBar()->showMessage(tr("Saved: %1")
                                     .arg(m_project->undoStack()->undoText().isEmpty()
                                              ? tr("all changes")
                                              : m_project->undoStack()->undoText()),
                                 4000);
    });
    m_pages->setCurrentWidget(m_tabs);
    m_importAction->setEnabled(true);
    m_closeAction->setEnabled(true);
    updateTitle();
    if (!m_project->migrationBackup().isEmpty())
        statusBar()->showMessage(tr("The project was updated to the current format; a backup "
                                    "was kept at %1")
                                     .arg(m_project->migrationBackup()));
    Q_EMIT projectOpened(m_project.get());
    m_annotator->datasetTree()->tree()->setFocus(); // single-key shortcuts work at once
    return true;
}

void MainWindow::addResearchPages()
{
    auto *experiments = new ExperimentsPage(m_project.get(), m_tabs); // Alt+E is the Edit menu
    m_tabs->addTab(experiments, tr("Ex&periments"));
    connect(experiments, &ExperimentsPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    auto *results = new ResultsPage(m_project.get(), m_tabs);
    m_tabs->addTab(results, tr("Re&sults"));
    auto *tsne = new TsnePanel(results);
    results->addResultTab(tsne, tr("t-SNE"));
    m_tabs->addTab(new VerifyPage(m_project.get(), m_tabs), tr("&Verify"));

    // A finished job opens in Results; a run's map follows the run; the selected failed pair
    // is ringed on the map; any clip (pair player, map) opens in the annotator.
    connect(experiments, &ExperimentsPage::openRunRequested, this,
            [this, results](const QString &dir) {
                results->openRun(dir);
                m_tabs->setCurrentWidget(results);
            });
    connect(results, &ResultsPage::runOpened, this,
            [this, tsne](const QString &dir) { tsne->setRun(dir, m_project.get()); });
    connect(results, &ResultsPage::pairSelected, tsne, [tsne](const QString &a, const QString &b) {
        tsne->highlightClips({a, b});
    });
    const auto openInAnnotator = [this](qint64 clipId) {
        m_tabs->setCurrentWidget(m_annotator);
        m_annotator->openClip(clipId);
    };
    connect(results, &ResultsPage::openClipRequested, this, openInAnnotator);
    connect(tsne, &TsnePanel::clipActivated, this, openInAnnotator);
}

void MainWindow::closeProject()
{
    if (!m_project)
        return;
    Q_EMIT projectClosing();
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_annotator = nullptr;
    m_undoGroup->removeStack(m_project->undoStack());
    disconnect(m_project->undoStack(), nullptr, this, nullptr);
    disconnect(m_project.get(), nullptr, this, nullptr);
    m_project.reset();
    m_pages->setCurrentWidget(m_start);
    m_start->refreshRecent();
    if (m_importAction) {
        m_importAction->setEnabled(false);
        m_closeAction->setEnabled(false);
    }
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (!m_project) {
        setWindowTitle(tr("FaceMotion Studio"));
        return;
    }
    setWindowTitle(tr("%1 - FaceMotion Studio").arg(QDir(m_project->folder()).dirName()));
}

void MainWindow::importClips()
{
    if (!m_project)
        return;
    auto *dialog = new ImportDialog(m_project.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](int count) {
        statusBar()->showMessage(tr("%n clip(s) imported", nullptr, count), 8000);
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace fm
