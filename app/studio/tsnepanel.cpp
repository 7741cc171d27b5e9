#include "tsnepanel.h"

#include "clipframes.h"
#include "plotexport.h"

#include "project/project.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fm {

namespace {

constexpr int kThumbnailSide = 160;

} // namespace

TsnePanel::TsnePanel(QWidget *parent)
    : QWidget(parent), m_plot(new TsnePlot(this)), m_colourBy(new QComboBox(this)),
      m_pan(new QToolButton(this)), m_rect(new QToolButton(this)), m_lasso(new QToolButton(this)),
      m_fit(new QPushButton(tr("&Fit"), this)), m_png(new QPushButton(tr("PNG..."), this)),
      m_svg(new QPushButton(tr("SVG..."), this)), m_csv(new QPushButton(tr("CSV..."), this)),
      m_status(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_list(new QListWidget(this)),
      m_listTitle(new QLabel(this))
{
    m_colourBy->addItem(tr("Colour by subject"));
    m_colourBy->addItem(tr("Colour by motion"));
    m_colourBy->setAccessibleName(tr("Colour by"));
    connect(m_colourBy, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_plot->setColourBy(i == 1 ? TsnePlot::ColourBy::Motion : TsnePlot::ColourBy::Subject);
    });
    auto *modes = new QButtonGroup(this);
    const std::pair<QToolButton *, QString> buttons[] = {{m_pan, tr("Pan")},
                                                         {m_rect, tr("Rectangle")},
                                                         {m_lasso, tr("Lasso")}};
    for (const auto &[button, text] : buttons) {
        button->setText(text);
        button->setCheckable(true);
        modes->addButton(button);
    }
    m_pan->setObjectName(QStringLiteral("panMode"));
    m_rect->setObjectName(QStringLiteral("rectangleMode"));
    m_lasso->setObjectName(QStringLiteral("lassoMode"));
    m_colourBy->setObjectName(QStringLiteral("colourBy"));
    m_pan->setChecked(true);
    m_pan->setToolTip(tr("Drag to pan, wheel to zoom, Home to fit"));
    m_rect->setToolTip(tr("Drag a rectangle to select clips (or Shift-drag in any mode)"));
    m_lasso->setToolTip(tr("Draw around clips to select them (or Alt-drag in any mode)"));
    connect(m_pan, &QToolButton::toggled, this,
            [this](bool on) { on ? m_plot->setMode(TsnePlot::Mode::Pan) : void(); });
    connect(m_rect, &QToolButton::toggled, this,
            [this](bool on) { on ? m_plot->setMode(TsnePlot::Mode::Rectangle) : void(); });
    connect(m_lasso, &QToolButton::toggled, this,
            [this](bool on) { on ? m_plot->setMode(TsnePlot::Mode::Lasso) : void(); });
    m_plot->setMode(TsnePlot::Mode::Pan);
    connect(m_fit, &QPushButton::clicked, m_plot, &TsnePlot::fitView);
    m_png->setToolTip(tr("Export the plot as a PNG image"));
    m_svg->setToolTip(tr("Export the plot as an SVG drawing"));
    m_csv->setToolTip(tr("Export the points as CSV"));
    connect(m_png, &QPushButton::clicked, this, [this] { exportInteractive(ExportFormat::Png); });
    connect(m_svg, &QPushButton::clicked, this, [this] { exportInteractive(ExportFormat::Svg); });
    connect(m_csv, &QPushButton::clicked, this, [this] { exportInteractive(ExportFormat::Csv); });

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_colourBy);
    tools->addSpacing(8);
    tools->addWidget(m_pan);
    tools->addWidget(m_rect);
    tools->addWidget(m_lasso);
    tools->addWidget(m_fit);
    tools->addStretch(1);
    tools->addWidget(new QLabel(tr("Export:"), this));
    tools->addWidget(m_png);
    tools->addWidget(m_svg);
    tools->addWidget(m_csv);

    auto *statusRow = new QHBoxLayout;
    m_status->setWordWrap(true);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &TsnePanel::cancelComputation);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_listTitle);
    sideLayout->addWidget(m_list, 1);
    m_listTitle->setText(tr("Selected clips: none"));
    m_list->setAccessibleName(tr("Selected clips"));
    m_list->setToolTip(tr("Double-click a clip to open it"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_plot);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    side->setMinimumWidth(260);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addLayout(statusRow);
    layout->addWidget(splitter, 1);

    connect(m_plot, &TsnePlot::clipActivated, this, &TsnePanel::clipActivated);
    connect(m_plot, &TsnePlot::selectionChanged, this, &TsnePanel::onSelectionChanged);
    connect(m_plot, &TsnePlot::thumbnailWanted, this, &TsnePanel::onThumbnailWanted);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (id > 0)
            Q_EMIT clipActivated(id);
    });
    connect(&m_tsneWatcher, &QFutureWatcher<Result<TsneMap>>::finished, this, [this] {
        m_computing = false;
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        const Result<TsneMap> map = m_tsneWatcher.result();
        if (!map) {
            showStatus(map.error().message);
            Q_EMIT mapReady(0);
            return;
        }
        showMap(map.value());
    });
    connect(&m_thumbWatcher, &QFutureWatcher<QImage>::finished, this, [this] {
        const QImage image = m_thumbWatcher.result();
        // A clip that cannot be decoded gets a grey card, so it is not asked for again.
        QImage shown = image;
        if (shown.isNull()) {
            shown = QImage(kThumbnailSide * 4 / 3, kThumbnailSide, QImage::Format_RGB888);
            shown.fill(QColor(0x90, 0x90, 0x90));
        }
        m_plot->setThumbnail(m_thumbClip, shown);
        m_thumbClip.clear();
        pumpThumbnails();
    });
    setRun({}, nullptr);
}

TsnePanel::~TsnePanel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_tsneWatcher.waitForFinished();
    m_thumbWatcher.waitForFinished();
}

void TsnePanel::cancelComputation()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

QString TsnePanel::statusText() const
{
    return m_status->text();
}

void TsnePanel::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void TsnePanel::setRun(const QString &runDir, Project *project)
{
    cancelComputation();
    m_tsneWatcher.waitForFinished();
    m_runDir = runDir;
    m_project = project;
    m_sources.clear();
    m_thumbQueue.clear();
    m_plot->setPoints({});
    if (runDir.isEmpty()) {
        showStatus(tr("No run chosen."));
        return;
    }
    QDir run(runDir);
    QString foldNote;
    if (!run.exists(QStringLiteral("embeddings.csv")) && !run.exists(QStringLiteral("tsne.csv"))
        && run.exists(QStringLiteral("fold-01"))) {
        // A cross-validation run: each fold has its own map; show the first.
        run.setPath(run.filePath(QStringLiteral("fold-01")));
        m_runDir = run.path();
        foldNote = tr("Cross-validation run: showing fold-01.");
    }
    const QString tsnePath = run.filePath(QStringLiteral("tsne.csv"));
    if (QFileInfo::exists(tsnePath)) {
        const Result<TsneMap> map = TsneMap::readCsv(tsnePath);
        if (!map) {
            showStatus(map.error().message);
            Q_EMIT mapReady(0);
            return;
        }
        showMap(map.value());
        if (!foldNote.isEmpty())
            showStatus((foldNote + QLatin1Char(' ') + statusText()).trimmed());
        return;
    }
    if (!QFileInfo::exists(run.filePath(QStringLiteral("embeddings.csv")))) {
        showStatus(tr("This run has no embeddings yet: the t-SNE map appears when its "
                      "evaluation has finished."));
        Q_EMIT mapReady(0);
        return;
    }
    // Compute the map in the background from the run's embeddings and keep it in the run.
    m_computing = true;
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    showStatus(tr("Computing the t-SNE map of the run's embeddings..."));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    QPointer<QProgressBar> bar = m_progress;
    auto cancel = m_cancelFlag;
    const QString mapDir = run.path();
    m_tsneWatcher.setFuture(QtConcurrent::run([mapDir, cancel, bar]() {
        return computeRunTsne(
            mapDir,
            [bar](int iteration, int iterations) {
                if (iteration % 10 == 0 || iteration == iterations) {
                    QMetaObject::invokeMethod(
                        bar,
                        [bar, iteration, iterations] {
                            if (bar) {
                                bar->setRange(0, iterations);
                                bar->setValue(iteration);
                            }
                        },
                        Qt::QueuedConnection);
                }
                return true;
            },
            cancel.get());
    }));
}

void TsnePanel::showMap(const TsneMap &map)
{
    QHash<qint64, Clip> clips;
    QHash<qint64, Motion> motions;
    QHash<qint64, QString> subjects;
    if (m_project) {
        for (const Clip &c : m_project->clips())
            clips.insert(c.id, c);
        for (const Motion &m : m_project->motions())
            motions.insert(m.id, m);
        for (const Subject &s : m_project->subjects())
            subjects.insert(s.id, s.code);
    }
    QVector<TsnePoint> points;
    points.reserve(map.size());
    int unknown = 0;
    for (int i = 0; i < map.size(); ++i) {
        TsnePoint p;
        p.clip = map.clips[i];
        p.subject = map.subjects[i];
        p.motion = map.motions[i];
        p.pos = QPointF(map.xy[size_t(2 * i)], map.xy[size_t(2 * i + 1)]);
        bool numeric = false;
        const qint64 id = p.clip.toLongLong(&numeric);
        if (numeric && m_project) {
            const auto clip = clips.find(id);
            if (clip != clips.end()) {
                p.clipId = id;
                p.repetition = clip->repetition;
                const Motion motion = motions.value(clip->motionId);
                p.kind = motion.kind == MotionKind::LipMovement ? QStringLiteral("LM")
                         : motion.kind == MotionKind::Compound  ? QStringLiteral("compound")
                                                                : QStringLiteral("FM");
                m_sources.insert(p.clip, {m_project->clipPath(clip.value()), clip->frames});
            } else {
                ++unknown;
            }
        } else if (numeric) {
            p.clipId = id;
        }
        points.append(p);
    }
    m_plot->setPoints(points);
    QString status;
    if (!m_project)
        status = tr("No project open: one marker shape, no thumbnails.");
    else if (unknown > 0)
        status = tr("%n clips of the run are no longer in the project.", nullptr, unknown);
    showStatus(status);
    Q_EMIT mapReady(int(points.size()));
}

void TsnePanel::highlightClips(const QStringList &clips)
{
    m_plot->highlightClips(clips);
}

void TsnePanel::onSelectionChanged(const QStringList &clips)
{
    m_list->clear();
    for (const QString &clip : clips) {
        const int i = m_plot->indexOfClip(clip);
        if (i < 0)
            continue;
        const TsnePoint &p = m_plot->points()[i];
        QString text = p.subject + QStringLiteral(" \u00b7 ") + p.motion;
        if (p.repetition > 0)
            text += tr(" \u00b7 rep %1").arg(p.repetition);
        text += tr("  (clip %1)").arg(p.clip);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, p.clipId);
        item->setData(Qt::UserRole + 1, p.clip);
    }
    m_listTitle->setText(clips.isEmpty() ? tr("Selected clips: none")
                                         : tr("Selected clips: %1").arg(clips.size()));
}

void TsnePanel::onThumbnailWanted(const QString &clip)
{
    if (!m_sources.contains(clip))
        return;
    m_thumbQueue.removeAll(clip);
    m_thumbQueue.append(clip); // newest last: the clip under the cursor goes first
    pumpThumbnails();
}

void TsnePanel::pumpThumbnails()
{
    if (!m_thumbClip.isEmpty() || m_thumbQueue.isEmpty())
        return;
    m_thumbClip = m_thumbQueue.takeLast();
    if (m_plot->hasThumbnail(m_thumbClip)) {
        m_thumbClip.clear();
        pumpThumbnails();
        return;
    }
    const ClipSource source = m_sources.value(m_thumbClip);
    int frame = source.frames / 2;
    if (m_project) {
        const std::optional<int> apex = m_project->annotation(m_thumbClip.toLongLong())
                                            .effective(Marker::Apex);
        if (apex)
            frame = *apex;
    }
    const QString path = source.path;
    m_thumbWatcher.setFuture(
        QtConcurrent::run([path, frame] { return readClipFrame(path, frame, kThumbnailSide); }));
}

Result<bool> TsnePanel::exportTo(const QString &path, ExportFormat format) const
{
    const QSize size = m_plot->size().isEmpty() ? QSize(800, 600) : m_plot->size();
    auto paint = [this](QPainter &painter, const QRectF &area) {
        m_plot->paintPlot(painter, area, true);
    };
    switch (format) {
    case ExportFormat::Png:
        return plotexport::savePng(path, size, paint);
    case ExportFormat::Svg:
        return plotexport::saveSvg(path, size, paint, tr("t-SNE map"));
    case ExportFormat::Csv:
        return plotexport::saveBytes(path, m_plot->csv());
    }
    return false;
}

void TsnePanel::exportInteractive(ExportFormat format)
{
    const QString filter = format == ExportFormat::Png   ? tr("PNG image (*.png)")
                           : format == ExportFormat::Svg ? tr("SVG drawing (*.svg)")
                                                         : tr("CSV table (*.csv)");
    const QString suffix = format == ExportFormat::Png   ? QStringLiteral(".png")
                           : format == ExportFormat::Svg ? QStringLiteral(".svg")
                                                         : QStringLiteral(".csv");
    QString path = QFileDialog::getSaveFileName(this, tr("Export t-SNE map"),
                                                QDir(m_runDir).filePath(QStringLiteral("tsne")
                                                                        + suffix),
                                                filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    const Result<bool> done = exportTo(path, format);
    if (!done)
        QMessageBox::warning(this, tr("Export t-SNE map"), done.error().message);
}

} // namespace fm
