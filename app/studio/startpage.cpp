#include "startpage.h"

#include "emptystatewidget.h"

#include "project/project.h"
#include "project/recentprojects.h"

#include "synth/demoproject.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace fm {

StartPage::StartPage(RecentProjects *recent, QWidget *parent)
    : QWidget(parent), m_recent(recent), m_placeholder(new EmptyStateWidget(this)),
      m_recentList(new QListWidget(this)), m_recentTitle(new QLabel(tr("Recent projects"), this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_new(new QAction(tr("&New project..."), this)),
      m_open(new QAction(tr("&Open project..."), this)),
      m_demo(new QAction(tr("Open &demo project"), this))
{
    setObjectName(QStringLiteral("startPage"));
    m_placeholder->setObjectName(QStringLiteral("projectPlaceholder"));
    m_new->setObjectName(QStringLiteral("actionNewProject"));
    m_new->setShortcut(QKeySequence::New);
    m_open->setObjectName(QStringLiteral("actionOpenProject"));
    m_open->setShortcut(QKeySequence::Open);
    m_demo->setObjectName(QStringLiteral("actionOpenDemo"));
    m_placeholder->addAction(m_new);
    m_placeholder->addAction(m_open);
    m_placeholder->addAction(m_demo);

    m_recentList->setObjectName(QStringLiteral("recentProjects"));
    m_recentList->setMaximumWidth(520);
    m_recentList->setMaximumHeight(200);
    m_progress->setObjectName(QStringLiteral("demoProgress"));
    m_progress->setMaximumWidth(520);
    m_progress->hide();
    m_cancel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_placeholder, 0, Qt::AlignHCenter);
    layout->addWidget(m_progress, 0, Qt::AlignHCenter);
    layout->addWidget(m_cancel, 0, Qt::AlignHCenter);
    layout->addWidget(m_recentTitle, 0, Qt::AlignHCenter);
    layout->addWidget(m_recentList, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_new, &QAction::triggered, this, &StartPage::chooseNew);
    connect(m_open, &QAction::triggered, this, &StartPage::chooseOpen);
    connect(m_demo, &QAction::triggered, this, &StartPage::openDemoProject);
    connect(m_recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelFlag)
            *m_cancelFlag = true;
        m_cancel->setEnabled(false);
    });
    refreshRecent();
}

StartPage::~StartPage()
{
    if (m_demoThread) {
        *m_cancelFlag = true;
        m_demoThread->wait();
    }
}

QString StartPage::demoProjectFolder()
{
    return defaultDemoProjectDir();
}

void StartPage::refreshRecent()
{
    m_recentList->clear();
    const auto entries = m_recent->entries();
    if (!entries) {
        m_recentTitle->setText(entries.error().message);
        return;
    }
    for (const RecentProjects::Entry &e : entries.value()) {
        auto *item = new QListWidgetItem(tr("%1  (%2)")
                                             .arg(QDir::toNativeSeparators(e.folder),
                                                  QLocale().toString(e.openedAt.toLocalTime(),
                                                                     QLocale::ShortFormat)),
                                         m_recentList);
        item->setData(Qt::UserRole, e.folder);
        if (!e.exists) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("The folder no longer holds a project"));
        }
    }
    m_recentTitle->setVisible(m_recentList->count() > 0);
    m_recentList->setVisible(m_recentList->count() > 0);
}

void StartPage::chooseNew()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("New project: choose an empty folder"),
                                            QDir::homePath());
    if (!folder.isEmpty())
        Q_EMIT createRequested(folder);
}

void StartPage::chooseOpen()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open project folder"),
                                                             QDir::homePath());
    if (!folder.isEmpty())
        Q_EMIT openRequested(folder);
}

void StartPage::openDemoProject()
{
    const QString folder = demoProjectFolder();
    if (Project::isProject(folder)) {
        Q_EMIT openRequested(folder);
        return;
    }
    if (m_demoThread)
        return;
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Generating the demo project..."));
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_demo->setEnabled(false);
    QPointer<StartPage> self(this);
    auto cancel = m_cancelFlag;
    m_demoThread = QThread::create([self, folder, cancel] {
        auto progress = [self](const QString &phase, int done, int total) {
            QMetaObject::invokeMethod(
                self,
                [self, phase, done, total] {
                    if (!self)
                        return;
                    self->m_progress->setRange(0, std::max(1, total));
                    self->m_progress->setValue(done);
                    self->m_progress->setFormat(QStringLiteral("%1 %p%").arg(phase));
                },
                Qt::QueuedConnection);
        };
        auto result = createDemoProject(folder, DemoOptions(), progress, cancel.get());
        const bool ok = result.ok();
        const QString text = ok ? QString() : result.error().message;
        QMetaObject::invokeMethod(
            self,
            [self, ok, text] {
                if (self)
                    self->onDemoFinished(ok, text);
            },
            Qt::QueuedConnection);
    });
    connect(m_demoThread, &QThread::finished, m_demoThread, &QObject::deleteLater);
    m_demoThread->start(QThread::LowPriority);
}

void StartPage::onDemoFinished(bool ok, const QString &text)
{
    m_demoThread = nullptr;
    m_progress->hide();
    m_cancel->hide();
    m_demo->setEnabled(true);
    if (ok)
        Q_EMIT openRequested(demoProjectFolder());
    else
        Q_EMIT message(text.isEmpty() ? tr("The demo project was not made") : text);
}

} // namespace fm
