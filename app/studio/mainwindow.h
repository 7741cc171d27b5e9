#pragma once

#include <QMainWindow>

#include <memory>

class QStackedWidget;
class QTabWidget;
class QUndoGroup;

namespace fm {

class AnnotatorPage;
class EmptyStateWidget;
class Project;
class RecentProjects;
class StartPage;

/** The studio's top-level window: menus, the page area and the status bar. Pages own their wiring. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** The page shown while no project is open. */
    EmptyStateWidget *projectPlaceholder() const;
    StartPage *startPage() const { return m_start; }
    /** The open project (nullptr if none). */
    Project *project() const { return m_project.get(); }
    /** The pages of the open project (annotate, ...); other pages are added as tabs. */
    QTabWidget *projectTabs() const { return m_tabs; }
    AnnotatorPage *annotatorPage() const { return m_annotator; }

public Q_SLOTS:
    /** Opens a project folder; failures are shown to the person and returned as false. */
    bool openProject(const QString &folder);
    bool createProject(const QString &folder);
    void closeProject();
    void importClips();
    void showAbout();

Q_SIGNALS:
    /** A project was opened: pages added later connect here and add their tab. */
    void projectOpened(fm::Project *project);
    void projectClosing();

private:
    void createMenus();
    bool adoptProject(std::unique_ptr<Project> project);
    /** Experiments, Results (with the t-SNE map) and Verify, wired to each other. */
    void addResearchPages();
    void updateTitle();

    std::unique_ptr<RecentProjects> m_recent;
    std::unique_ptr<Project> m_project;
    QStackedWidget *m_pages;
    StartPage *m_start;
    QTabWidget *m_tabs;
    AnnotatorPage *m_annotator = nullptr;
    QUndoGroup *m_undoGroup;
    QAction *m_importAction = nullptr;
    QAction *m_closeAction = nullptr;
};

} // namespace fm
