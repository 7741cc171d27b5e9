#pragma once

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QThread;

namespace fm {

class EmptyStateWidget;
class RecentProjects;

/**
 * What the studio shows while no project is open: new / open / recent projects and
 * "open demo project", which generates the demo project in the background the first time.
 */
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(RecentProjects *recent, QWidget *parent = nullptr);
    ~StartPage() override;

    EmptyStateWidget *placeholder() const { return m_placeholder; }
    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *demoAction() const { return m_demo; }
    /** Where "open demo project" keeps its project. */
    static QString demoProjectFolder();
    bool isGeneratingDemo() const { return m_demoThread != nullptr; }

public Q_SLOTS:
    void refreshRecent();
    void openDemoProject();

Q_SIGNALS:
    void openRequested(const QString &folder);
    void createRequested(const QString &folder);
    void message(const QString &text);

private:
    void chooseNew();
    void chooseOpen();
    void onDemoFinished(bool ok, const QString &text);

    RecentProjects *m_recent;
    EmptyStateWidget *m_placeholder;
    QListWidget *m_recentList;
    QLabel *m_recentTitle;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QAction *m_new;
    QAction *m_open;
    QAction *m_demo;
    QThread *m_demoThread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
};

} // namespace fm
