#include "expressionspage.h"

#include "expr/expressionanalyzer.h"
#include "expr/feenet.h"
#include "expr/identityrelative.h"
#include "expr/referencelibrary.h"
#include "exprratebars.h"
#include "exprtimeline.h"
#include "framesource.h"
#include "video/clipreader.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <opencv2/core/mat.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace fm {

/** The page's networks, used by one background task at a time (never by the GUI thread). */
struct ExprPageEngine
{
    std::unique_ptr<ExpressionAnalyzer> analyzer;
    QString headPath; ///< set by the GUI thread only while no task runs
};

/** What a background task hands back to the GUI thread. */
struct ExprTaskOutput
{
    std::shared_ptr<ExpressionReport> report;
    std::vector<ReferenceFace> references;
    QStringList referenceProblems;
    bool referencesLoaded = false;
    QString model;
};

namespace {

QIcon faceIcon(const cv::Mat &bgr)
{
    const QImage image = bgrToImage(bgr);
    if (image.isNull())
        return {};
    return QIcon(
        QPixmap::fromImage(image.scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

using Engine = ExprPageEngine;
using TaskOutput = ExprTaskOutput;

QString ensureAnalyzer(Engine &e)
{
    if (e.analyzer)
        return {};
    ExpressionOptions options;
    options.headPath = e.headPath;
    auto created = ExpressionAnalyzer::create(options);
    if (!created)
        return created.error().message;
    e.analyzer = std::move(created.value());
    return {};
}

/** Loads the library into `out`; a folder without faces is not an error here (empty list). */
void loadLibrary(Engine &e, const QString &folder, TaskOutput &out)
{
    out.referencesLoaded = true;
    if (folder.isEmpty() || !QDir(folder).exists())
        return;
    auto library = ReferenceLibrary::load(folder, e.analyzer->net(), e.analyzer->finder(),
                                          &e.analyzer->recognizer());
    if (!library) {
        out.referenceProblems << library.error().message;
        return;
    }
    out.references = library.value().faces();
    out.referenceProblems = library.value().problems();
}

std::vector<ReferenceEmbedding> embeddingsOf(const std::vector<ReferenceFace> &faces)
{
    return ReferenceLibrary::embeddingsOf(faces);
}

} // namespace

ExpressionsPage::ExpressionsPage(QWidget *parent)
    : QWidget(parent), m_engine(std::make_shared<ExprPageEngine>()),
      m_readerMutex(std::make_shared<QMutex>())
{
    m_open = new QPushButton(tr("Open video…"), this);
    m_refsButton = new QPushButton(tr("Reference folder…"), this);
    m_headButton = new QPushButton(tr("FEENet head…"), this);
    m_headButton->setToolTip(tr("A head trained with `fmstudio-cli expressions train`. By "
                                "default the head ./fm setup trained on the demo faces; without "
                                "one the 16-d head is an untrained fixed projection."));
    m_engine->headPath = FeeNet::installedHeadPath();
    m_addRef = new QPushButton(tr("Add frame as reference…"), this);
    m_run = new QPushButton(tr("Analyse"), this);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_progress = new QProgressBar(this);
    m_status = new QLabel(tr("Open a video to find people and their expressions."), this);
    m_status->setWordWrap(true); // long statuses must not widen the window
    m_status->setMinimumWidth(160);
    m_model = new QLabel(this);
    m_model->setWordWrap(true);
    m_model->setText(tr("Embedding: FEENet with face-api's expression feature extractor as the "
                        "backbone (the paper's EfficientNet-B0 weights are not available) and a "
                        "16-d head. Identities: 128-d face descriptors + DBSCAN. FaceQA: "
                        "eye sharpness ≥ 3.0, |yaw| ≤ 50°. Tags: median over 3 faces, "
                        "distance < 0.5."));
    m_model->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_open->setShortcut(QKeySequence::Open);
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelButton->setEnabled(false);
    m_run->setEnabled(false);
    m_addRef->setEnabled(false);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setMaximumWidth(220);

    auto *toolbar = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_open), static_cast<QWidget *>(m_refsButton),
                       static_cast<QWidget *>(m_headButton), static_cast<QWidget *>(m_addRef),
                       static_cast<QWidget *>(m_run), static_cast<QWidget *>(m_cancelButton),
                       static_cast<QWidget *>(m_progress)})
        toolbar->addWidget(w);
    toolbar->addWidget(m_status, 1);

    m_identities = new QListWidget(this);
    m_identities->setViewMode(QListView::ListMode);
    m_identities->setIconSize(QSize(56, 56));
    m_identities->setMinimumWidth(170);
    m_references = new QListWidget(this);
    m_references->setIconSize(QSize(56, 56));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("<b>Identities</b>"), left));
    leftLayout->addWidget(m_identities, 3);
    leftLayout->addWidget(new QLabel(tr("<b>Reference faces</b>"), left));
    leftLayout->addWidget(m_references, 2);

    m_frameView = new QLabel(this);
    m_frameView->setAlignment(Qt::AlignCenter);
    m_frameView->setMinimumSize(480, 270);
    m_frameView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_frameView->setStyleSheet(QStringLiteral("background: #202020; color: #bbbbbb;"));
    m_frameView->setText(tr("No video"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setEnabled(false);
    m_time = new QLabel(QStringLiteral("0:00.00"), this);
    auto *sliderRow = new QHBoxLayout;
    sliderRow->addWidget(m_slider, 1);
    sliderRow->addWidget(m_time);
    m_timeline = new ExprTimeline(this);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_frameView, 1);
    centreLayout->addLayout(sliderRow);
    centreLayout->addWidget(new QLabel(tr("<b>Timeline</b> (tagged segments per identity; "
                                          "click one to seek)"),
                                       centre));
    centreLayout->addWidget(m_timeline);

    m_rates = new ExprRateBars(this);
    m_rates->setColourFunction([this](const QString &tag) { return m_timeline->tagColour(tag); });
    auto *ratesScroll = new QScrollArea(this);
    ratesScroll->setWidget(m_rates);
    ratesScroll->setWidgetResizable(true);
    m_summary = new QListWidget(this);
    m_summary->setViewMode(QListView::IconMode);
    m_summary->setIconSize(QSize(84, 84));
    m_summary->setResizeMode(QListView::Adjust);
    m_summary->setMovement(QListView::Static);
    m_summary->setGridSize(QSize(104, 124));
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("<b>Appearance rates</b>"), right));
    rightLayout->addWidget(ratesScroll, 2);
    rightLayout->addWidget(new QLabel(tr("<b>Expression summary</b> (Ward, 10 clusters)"), right));
    rightLayout->addWidget(m_summary, 3);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(centre);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({190, 760, 380});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_model);
    layout->addWidget(splitter, 1);

    connect(m_open, &QPushButton::clicked, this, &ExpressionsPage::onOpenClicked);
    connect(m_refsButton, &QPushButton::clicked, this, &ExpressionsPage::onRefsFolderClicked);
    connect(m_addRef, &QPushButton::clicked, this, &ExpressionsPage::onAddReferenceClicked);
    connect(m_headButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("FEENet head"), QString(),
                                                          tr("FEENet head (*.pt)"));
        if (!path.isEmpty())
            setHeadPath(path);
    });
    connect(m_run, &QPushButton::clicked, this, &ExpressionsPage::startAnalysis);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExpressionsPage::cancelAnalysis);
    connect(m_slider, &QSlider::valueChanged, this, &ExpressionsPage::requestFrame);
    connect(m_timeline, &ExprTimeline::seekRequested, this, &ExpressionsPage::seek);
    connect(m_identities, &QListWidget::currentRowChanged, this,
            &ExpressionsPage::onIdentitySelected);
    connect(m_summary, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { seek(item->data(Qt::UserRole).toInt()); });
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &ExpressionsPage::onAnalysisDone);
    connect(&m_openWatcher, &QFutureWatcher<QString>::finished, this,
            &ExpressionsPage::onVideoOpened);
    connect(&m_frameWatcher, &QFutureWatcher<QImage>::finished, this, [this] {
        m_currentImage = m_frameWatcher.result();
        const int shown = m_frameWatcher.property("frame").toInt();
        if (!m_currentImage.isNull()) {
            QImage annotated = m_currentImage;
            if (m_report) {
                QPainter p(&annotated);
                p.setPen(QPen(QColor(0x2e, 0xcc, 0x71), 3));
                QFont f = p.font();
                f.setPointSize(std::max(10, annotated.height() / 36));
                p.setFont(f);
                const auto &faces = m_report->faces;
                auto it = std::lower_bound(faces.begin(), faces.end(), shown,
                                           [](const ExprFace &a, int fr) { return a.frame < fr; });
                for (; it != faces.end() && it->frame == shown; ++it) {
                    const QRectF r(it->crop.x, it->crop.y, it->crop.width, it->crop.height);
                    p.drawRect(r);
                    p.drawText(r.topLeft() + QPointF(4, -6),
                               it->identity >= 0 ? tr("Person %1").arg(it->identity + 1)
                                                 : tr("unassigned"));
                }
            }
            m_frameView->setPixmap(QPixmap::fromImage(annotated).scaled(m_frameView->size(),
                                                                        Qt::KeepAspectRatio,
                                                                        Qt::SmoothTransformation));
        }
        m_time->setText(QStringLiteral("%1:%2")
                            .arg(int(shown / m_fps) / 60)
                            .arg(std::fmod(shown / m_fps, 60.0), 5, 'f', 2, QLatin1Char('0')));
        Q_EMIT frameShown(shown);
        if (m_pendingFrame >= 0) {
            const int next = m_pendingFrame;
            m_pendingFrame = -1;
            requestFrame(next);
        }
    });
}

ExpressionsPage::~ExpressionsPage()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
    m_frameWatcher.waitForFinished();
    m_openWatcher.waitForFinished();
}

bool ExpressionsPage::isBusy() const
{
    // Busy until the result has been shown, not only until the worker returned: the
    // watcher's finished signal arrives a moment after isRunning() turns false.
    return m_busy || m_watcher.isRunning() || m_openWatcher.isRunning();
}

int ExpressionsPage::currentFrame() const
{
    return m_slider->value();
}

QString ExpressionsPage::statusText() const
{
    return m_status->text();
}

void ExpressionsPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

bool ExpressionsPage::openVideo(const QString &path)
{
    if (isBusy())
        return false;
    if (!QFileInfo::exists(path)) {
        setStatus(tr("The video %1 does not exist.").arg(path));
        return false;
    }
    // Opening probes the container and decodes a frame: slow on a large file or a network
    // drive, so it runs on a worker thread and the page stays responsive.
    m_opening = path;
    setBusy(true, tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_openWatcher.setFuture(QtConcurrent::run([this, path]() -> QString {
        auto reader = ClipReader::open(path);
        if (!reader)
            return reader.error().message;
        m_opened = std::shared_ptr<ClipReader>(std::move(reader.value()));
        return {};
    }));
    return true;
}

void ExpressionsPage::onVideoOpened()
{
    const QString error = m_openWatcher.result();
    const QString path = std::exchange(m_opening, QString());
    std::shared_ptr<ClipReader> reader = std::exchange(m_opened, nullptr);
    if (!error.isEmpty() || !reader) {
        setBusy(false, error);
        Q_EMIT videoOpened(false);
        if (m_refsPending)
            loadReferences();
        return;
    }
    {
        QMutexLocker lock(m_readerMutex.get());
        m_reader = std::move(reader);
    }
    m_video = path;
    m_frameCount = std::max(1, m_reader->info().frameCount);
    m_fps = m_reader->info().fps > 0 ? m_reader->info().fps : 30.0;
    m_report.reset();
    showReport();
    m_slider->setRange(0, m_frameCount - 1);
    m_slider->setEnabled(true);
    setBusy(false, QString());
    setStatus(tr("%1: %2 frames at %3 fps. Press Analyse.")
                  .arg(QFileInfo(path).fileName())
                  .arg(m_frameCount)
                  .arg(m_fps, 0, 'f', 1));
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(0);
    }
    requestFrame(0);
    Q_EMIT videoOpened(true);
    if (m_refsPending)
        loadReferences();
}

void ExpressionsPage::requestFrame(int frame)
{
    m_timeline->setPosition(frame);
    if (!m_reader)
        return;
    if (m_frameWatcher.isRunning()) {
        m_pendingFrame = frame;
        return;
    }
    m_frameWatcher.setProperty("frame", frame);
    auto reader = m_reader;
    auto mutex = m_readerMutex;
    m_frameWatcher.setFuture(QtConcurrent::run([reader, mutex, frame]() {
        QMutexLocker lock(mutex.get());
        cv::Mat bgr;
        if (!reader->frameAt(frame, bgr))
            return QImage();
        return bgrToImage(bgr);
    }));
}

void ExpressionsPage::seek(int frame)
{
    m_slider->setValue(std::clamp(frame, 0, std::max(0, m_frameCount - 1)));
}

void ExpressionsPage::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_open->setEnabled(!busy);
    m_refsButton->setEnabled(!busy);
    m_headButton->setEnabled(!busy);
    m_addRef->setEnabled(!busy && m_reader);
    m_run->setEnabled(!busy && m_reader);
    m_cancelButton->setEnabled(busy);
    if (busy)
        m_progress->setValue(0);
    setStatus(message);
}

void ExpressionsPage::setReferenceFolder(const QString &folder)
{
    m_refsFolder = folder;
    loadReferences();
}

bool ExpressionsPage::setHeadPath(const QString &path)
{
    if (isBusy())
        return false;
    m_engine->headPath = path;
    m_engine->analyzer.reset(); // reloaded with the new head by the next task
    setStatus(path.isEmpty() ? tr("Using the untrained FEENet head.")
                             : tr("FEENet head: %1").arg(QFileInfo(path).fileName()));
    loadReferences(); // reference embeddings change with the head
    return true;
}

void ExpressionsPage::loadReferences()
{
    if (m_refsFolder.isEmpty())
        return;
    if (isBusy()) {
        m_refsPending = !m_opening.isEmpty(); // loaded once the video is open
        return;
    }
    m_refsPending = false;
    auto out = std::make_shared<TaskOutput>();
    m_output = out;
    const QString folder = m_refsFolder;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    setBusy(true, tr("Loading reference faces…"));
    m_watcher.setFuture(QtConcurrent::run([out, folder, engine = m_engine]() -> QString {
        Engine &e = *engine;
        const QString error = ensureAnalyzer(e);
        if (!error.isEmpty())
            return error;
        out->model = e.analyzer->net().description();
        loadLibrary(e, folder, *out);
        return {};
    }));
}

bool ExpressionsPage::addReferenceFromCurrentFrame(const QString &name, const QStringList &tags)
{
    if (isBusy() || !m_reader || m_currentImage.isNull())
        return false;
    if (m_refsFolder.isEmpty())
        m_refsFolder = QFileInfo(m_video).absoluteFilePath() + QStringLiteral("-references");
    const QImage rgb = m_currentImage.convertToFormat(QImage::Format_BGR888);
    cv::Mat frame(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar *>(rgb.constBits()),
                  size_t(rgb.bytesPerLine()));
    frame = frame.clone();
    auto out = std::make_shared<TaskOutput>();
    m_output = out;
    out->report = m_report ? std::make_shared<ExpressionReport>(*m_report) : nullptr;
    const QString folder = m_refsFolder;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    setBusy(true, tr("Adding reference face “%1”…").arg(name));
    m_watcher.setFuture(
        QtConcurrent::run([out, folder, name, tags, frame, engine = m_engine]() -> QString {
            Engine &e = *engine;
            const QString error = ensureAnalyzer(e);
            if (!error.isEmpty())
                return error;
            auto added = ReferenceLibrary::addReference(folder, name, tags, frame,
                                                        e.analyzer->finder());
            if (!added)
                return added.error().message;
            loadLibrary(e, folder, *out);
            if (out->report) { // new tags without retraining or a new video pass
                ExpressionAnalyzer::embedFaces(*out->report, e.analyzer->net());
                ExpressionAnalyzer::retag(*out->report, embeddingsOf(out->references),
                                          e.analyzer->options().tagging, &e.analyzer->net(),
                                          e.analyzer->options().identities.eps);
            }
            return {};
        }));
    return true;
}

bool ExpressionsPage::startAnalysis()
{
    if (isBusy() || m_video.isEmpty())
        return false;
    auto out = std::make_shared<TaskOutput>();
    m_output = out;
    const QString video = m_video, folder = m_refsFolder;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    QPointer<ExpressionsPage> self(this);
    setBusy(true, tr("Loading networks…"));
    m_watcher.setFuture(
        QtConcurrent::run([out, video, folder, cancel, self, engine = m_engine]() -> QString {
            Engine &e = *engine;
            const QString error = ensureAnalyzer(e);
            if (!error.isEmpty())
                return error;
            out->model = e.analyzer->net().description();
            loadLibrary(e, folder, *out);
            qint64 lastPercent = -1;
            auto report = e.analyzer->analyze(
                video, embeddingsOf(out->references),
                [&](const QString &phase, qint64 done, qint64 total) {
                    const qint64 percent = total > 0 ? done * 100 / total : 0;
                    if (percent != lastPercent) {
                        lastPercent = percent;
                        QMetaObject::invokeMethod(
                            self,
                            [self, phase, done, total, percent] {
                                if (!self)
                                    return;
                                self->m_progress->setValue(int(percent));
                                self->setStatus(tr("%1: %2 / %3").arg(phase).arg(done).arg(total));
                            },
                            Qt::QueuedConnection);
                    }
                    return !cancel->load();
                },
                cancel.get());
            if (!report)
                return report.error().message;
            out->report = std::make_shared<ExpressionReport>(std::move(report.value()));
            return {};
        }));
    return true;
}

void ExpressionsPage::cancelAnalysis()
{
    if (m_cancel)
        m_cancel->store(true);
    setStatus(tr("Cancelling…"));
}

void ExpressionsPage::onAnalysisDone()
{
    const QString error = m_watcher.result();
    std::shared_ptr<TaskOutput> out = m_output;
    setBusy(false, error.isEmpty() ? tr("Done.") : error);
    m_progress->setValue(error.isEmpty() ? 100 : 0);
    if (out && !out->model.isEmpty())
        m_model->setText(out->model
                         + tr(" Identities: 128-d face descriptors + DBSCAN. FaceQA: eye "
                              "sharpness ≥ 3.0, |yaw| ≤ 50°. Tags: median over 3 faces, "
                              "distance < 0.5. Across people (heads trained identity-relative), "
                              "each face is compared as it differs from its person's mean face, "
                              "a reference as it differs from its person's mean face in this "
                              "video (a face picked from the video), else from the neutral face "
                              "stored with it (NAME.neutral.png), else from the library's mean "
                              "face (3 or more references), else from the mean face of the "
                              "video's people."));
    if (out && out->referencesLoaded) {
        m_references->clear();
        for (const ReferenceFace &f : out->references) {
            auto *item = new QListWidgetItem(faceIcon(f.crop),
                                             QStringLiteral("%1\n%2")
                                                 .arg(f.name, f.tags.join(QStringLiteral(", "))));
            ReferenceBaseline baseline = f.baseline;
            if (out->report)
                for (const ReferenceEmbedding &r : out->report->references)
                    if (r.name == f.name)
                        baseline = r.baseline;
            item->setToolTip(tr("Compared as: %1").arg(identityrelative::baselineName(baseline)));
            m_references->addItem(item);
        }
        if (!out->referenceProblems.isEmpty())
            m_references->setToolTip(out->referenceProblems.join(QLatin1Char('\n')));
        Q_EMIT referencesChanged();
    }
    if (error.isEmpty() && out && out->report) {
        m_report = out->report;
        showReport();
        const ExpressionReport &r = *m_report;
        setStatus(tr("%1 identities, %2 of %3 faces accepted by FaceQA, %4 frames/s.")
                      .arg(r.identities.size())
                      .arg(r.faces.size())
                      .arg(r.facesFound)
                      .arg(r.framesPerSecond, 0, 'f', 1));
    }
    Q_EMIT analysisFinished(error.isEmpty());
}

void ExpressionsPage::showReport()
{
    m_identities->clear();
    m_summary->clear();
    QVector<ExprTimelineRow> rows;
    QVector<ExprRateBars::Group> groups;
    if (m_report) {
        const ExpressionReport &r = *m_report;
        for (const ExprIdentity &id : r.identities) {
            const QString label = tr("Person %1").arg(id.id + 1);
            auto *item = new QListWidgetItem(faceIcon(id.image),
                                             tr("%1\n%2 faces").arg(label).arg(id.faces.size()));
            m_identities->addItem(item);
            ExprTimelineRow row;
            row.label = label;
            for (int f : id.faces) {
                const int frame = r.faces[size_t(f)].frame;
                if (!row.presence.isEmpty() && frame - row.presence.back().second <= 2)
                    row.presence.back().second = frame;
                else
                    row.presence.append({frame, frame});
            }
            for (const TagSegment &s : id.segments)
                row.spans.append({s.tag, s.startFrame, s.endFrame});
            rows.append(row);
            ExprRateBars::Group group;
            group.label = label;
            for (const TagRate &rate : id.rates)
                group.bars.append({rate.tag, rate.rate});
            groups.append(group);
        }
    }
    m_timeline->setRows(rows, m_frameCount);
    m_rates->setGroups(groups);
    if (m_identities->count() > 0)
        m_identities->setCurrentRow(0);
}

void ExpressionsPage::onIdentitySelected()
{
    m_summary->clear();
    const int row = m_identities->currentRow();
    if (!m_report || row < 0 || row >= int(m_report->identities.size()))
        return;
    for (const SummaryFace &s : m_report->identities[size_t(row)].summary) {
        auto *item = new QListWidgetItem(faceIcon(s.image),
                                         tr("%1 faces\n%2 s")
                                             .arg(s.clusterSize)
                                             .arg(m_report->timeOf(s.frame), 0, 'f', 1));
        item->setData(Qt::UserRole, s.frame);
        m_summary->addItem(item);
    }
}

void ExpressionsPage::onOpenClicked()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open video"), QString(),
                                       tr("Videos (*.mp4 *.avi *.mkv *.mov *.webm)"));
    if (!path.isEmpty())
        openVideo(path);
}

void ExpressionsPage::onRefsFolderClicked()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Reference library folder"),
                                                             m_refsFolder);
    if (!folder.isEmpty())
        setReferenceFolder(folder);
}

void ExpressionsPage::onAddReferenceClicked()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add reference face"),
                                               tr("Name of the expression in this frame:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const QString tags = QInputDialog::getText(this, tr("Add reference face"),
                                               tr("Tags (comma separated):"), QLineEdit::Normal,
                                               name.trimmed(), &ok);
    if (!ok)
        return;
    QStringList list;
    for (const QString &t : tags.split(QLatin1Char(',')))
        if (!t.trimmed().isEmpty())
            list << t.trimmed();
    addReferenceFromCurrentFrame(name.trimmed(), list);
}

} // namespace fm
