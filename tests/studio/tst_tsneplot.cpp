#include "studiofixture.h"
#include "tsnepanel.h"
#include "tsneplot.h"

#include "project/project.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <random>

using namespace fm;

namespace {

/** Three clusters of 12 points on small grids, far apart; clip ids 1..36. */
struct Layout
{
    QStringList clips, subjects, motions;
    std::vector<QPointF> pos;
};

Layout makeLayout()
{
    Layout l;
    const QPointF centres[3] = {{-20, -10}, {25, 5}, {0, 30}};
    for (int c = 0; c < 3; ++c) {
        for (int k = 0; k < 12; ++k) {
            l.clips << QString::number(c * 12 + k + 1);
            l.subjects << QStringLiteral("S%1").arg(c + 1);
            l.motions << (k % 2 ? QStringLiteral("smile") : QStringLiteral("blink"));
            l.pos.push_back(centres[c] + QPointF((k % 4) * 2.5, (k / 4) * 2.5));
        }
    }
    return l;
}

void writeTsneCsv(const QString &path, const Layout &l)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# t-SNE map written by the test\nclip,subject,motion,x,y\n");
    for (int i = 0; i < l.clips.size(); ++i) {
        f.write(QStringLiteral("%1,%2,%3,%4,%5\n")
                    .arg(l.clips[i], l.subjects[i], l.motions[i])
                    .arg(l.pos[size_t(i)].x())
                    .arg(l.pos[size_t(i)].y())
                    .toUtf8());
    }
}

void sendMove(QWidget *w, const QPointF &pos, Qt::MouseButtons buttons,
              Qt::KeyboardModifiers modifiers = {})
{
    QMouseEvent move(QEvent::MouseMove, pos, w->mapToGlobal(pos), Qt::NoButton, buttons, modifiers);
    QApplication::sendEvent(w, &move);
}

void drag(QWidget *w, const QList<QPointF> &path, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mousePress(w, Qt::LeftButton, modifiers, path.first().toPoint());
    for (const QPointF &p : path.mid(1))
        sendMove(w, p, Qt::LeftButton, modifiers);
    QTest::mouseRelease(w, Qt::LeftButton, modifiers, path.last().toPoint());
}

} // namespace

/** The t-SNE plot and panel driven with real mouse, wheel and key events (issue 9). */
class TestTsnePlot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loadsRunMap();
    void clickActivatesClip();
    void wheelZoomsAroundCursor();
    void dragPans();
    void rubberBandSelects();
    void lassoSelects();
    void highlightDrawsRings();
    void colourByMotionAndLegend();
    void staysFittedUntilMoved();
    void exports();
    void badFileIsReported();
    void crossValidationRunShowsFirstFold();
    void computesMissingMapInBackground();
    void cancelsComputation();
    void projectKindsAndThumbnails();
    void demoRunScreenshots();

private:
    QTemporaryDir m_tmp;
    Layout m_layout;
    QString m_run;
    TsnePanel *m_panel = nullptr;
    TsnePlot *m_plot = nullptr;
};

void TestTsnePlot::initTestCase()
{
    m_layout = makeLayout();
    m_run = m_tmp.filePath(QStringLiteral("run"));
    QDir().mkpath(m_run);
    writeTsneCsv(QDir(m_run).filePath(QStringLiteral("tsne.csv")), m_layout);
}

void TestTsnePlot::init()
{
    m_panel = new TsnePanel;
    m_panel->resize(1000, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    QSignalSpy ready(m_panel, &TsnePanel::mapReady);
    m_panel->setRun(m_run, nullptr);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.first().first().toInt(), 36);
    m_plot = m_panel->plot();
    m_plot->fitView();
}

void TestTsnePlot::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
}

void TestTsnePlot::loadsRunMap()
{
    QCOMPARE(m_plot->points().size(), 36);
    QCOMPARE(m_plot->points()[5].clip, QStringLiteral("6"));
    QCOMPARE(m_plot->points()[5].clipId, qint64(6));
    QCOMPARE(m_plot->points()[5].pos, m_layout.pos[5]);
    // Fit: every point is inside the widget.
    for (const TsnePoint &p : m_plot->points())
        QVERIFY(QRectF(m_plot->rect()).contains(m_plot->toScreen(p.pos)));
}

void TestTsnePlot::clickActivatesClip()
{
    QSignalSpy activated(m_plot, &TsnePlot::clipActivated);
    QSignalSpy named(m_plot, &TsnePlot::pointActivated);
    for (int i : {0, 17, 35}) {
        const QPoint at = m_plot->toScreen(m_layout.pos[size_t(i)]).toPoint() + QPoint(2, -1);
        QTest::mouseClick(m_plot, Qt::LeftButton, {}, at);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.takeFirst().first().toLongLong(), qint64(i + 1));
        QCOMPARE(named.takeFirst().first().toString(), QString::number(i + 1));
    }
    // Empty space activates nothing.
    QTest::mouseClick(m_plot, Qt::LeftButton, {}, QPoint(5, 5));
    QCOMPARE(activated.count(), 0);
}

void TestTsnePlot::wheelZoomsAroundCursor()
{
    const double before = m_plot->scale();
    const QPointF cursor = m_plot->toScreen(m_layout.pos[20]) + QPointF(10, 5);
    const QPointF anchor = m_plot->toMap(cursor);
    QWheelEvent in(cursor, m_plot->mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton,
                   Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_plot, &in);
    QVERIFY(m_plot->scale() > before * 1.3);
    QVERIFY((m_plot->toMap(cursor) - anchor).manhattanLength() < 1e-9);
    QWheelEvent out(cursor, m_plot->mapToGlobal(cursor), QPoint(), QPoint(0, -240), Qt::NoButton,
                    Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_plot, &out);
    QVERIFY(std::abs(m_plot->scale() - before) < 1e-9 * before);
    // Home fits again after zooming.
    QApplication::sendEvent(m_plot, &in);
    m_plot->setFocus();
    QTest::keyClick(m_plot, Qt::Key_Home);
    QVERIFY(std::abs(m_plot->scale() - before) < 1e-9 * before);
}

void TestTsnePlot::dragPans()
{
    const QPointF centre = m_plot->centre();
    const double s = m_plot->scale();
    const QPointF from(30, 30); // empty space: a pan, not a click on a point
    QSignalSpy activated(m_plot, &TsnePlot::clipActivated);
    drag(m_plot, {from, from + QPointF(20, 10), from + QPointF(60, 40)});
    QCOMPARE(activated.count(), 0);
    QVERIFY(std::abs(m_plot->centre().x() - (centre.x() - 60 / s)) < 1e-6);
    QVERIFY(std::abs(m_plot->centre().y() - (centre.y() + 40 / s)) < 1e-6);
    QVERIFY(m_plot->selectedClips().isEmpty());
}

void TestTsnePlot::rubberBandSelects()
{
    // Shift-drag around the second cluster (map x 25..32.5, y 5..10) with some margin.
    const QPointF a = m_plot->toScreen({23.5, 12}), b = m_plot->toScreen({34, 3.5});
    QSignalSpy changed(m_plot, &TsnePlot::selectionChanged);
    drag(m_plot, {a, (a + b) / 2, b}, Qt::ShiftModifier);
    QCOMPARE(changed.count(), 1);
    QStringList expected;
    for (int i = 12; i < 24; ++i)
        expected << QString::number(i + 1);
    QCOMPARE(m_plot->selectedClips(), expected);
    QCOMPARE(m_panel->selectionList()->count(), 12);
    // Ctrl+Shift adds one point of cluster 1; a rectangle in Rectangle mode replaces.
    const QPointF p0 = m_plot->toScreen(m_layout.pos[0]);
    drag(m_plot, {p0 - QPointF(6, 6), p0 + QPointF(6, 6)}, Qt::ShiftModifier | Qt::ControlModifier);
    QCOMPARE(m_plot->selectedClips().size(), 13);
    QVERIFY(m_plot->selectedClips().contains(QStringLiteral("1")));
    m_panel->findChild<QToolButton *>(QStringLiteral("rectangleMode"))->click();
    QCOMPARE(m_plot->mode(), TsnePlot::Mode::Rectangle);
    drag(m_plot, {p0 - QPointF(6, 6), p0 + QPointF(6, 6)});
    QCOMPARE(m_plot->selectedClips(), QStringList{QStringLiteral("1")});
    // The list activates clips too.
    QSignalSpy activated(m_panel, &TsnePanel::clipActivated);
    Q_EMIT m_panel->selectionList()->itemActivated(m_panel->selectionList()->item(0));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), qint64(1));
    // Escape clears.
    m_plot->setFocus();
    QTest::keyClick(m_plot, Qt::Key_Escape);
    QVERIFY(m_plot->selectedClips().isEmpty());
    QCOMPARE(m_panel->selectionList()->count(), 0);
}

void TestTsnePlot::lassoSelects()
{
    // A triangle around cluster 3 (x 0..7.5, y 30..35) that leaves the others out.
    const QList<QPointF> mapPath = {{-3, 27}, {12, 27}, {3, 42}, {-3, 27}};
    QList<QPointF> path;
    for (const QPointF &p : mapPath)
        path << m_plot->toScreen(p);
    m_plot->setMode(TsnePlot::Mode::Lasso);
    drag(m_plot, path);
    QStringList expected;
    QPolygonF polygon(QVector<QPointF>(mapPath.begin(), mapPath.end()));
    for (int i = 0; i < 36; ++i) {
        if (polygon.containsPoint(m_layout.pos[size_t(i)], Qt::OddEvenFill))
            expected << QString::number(i + 1);
    }
    QVERIFY(expected.size() >= 8); // the test's own geometry check
    for (const QString &c : expected)
        QVERIFY(c.toInt() >= 25);
    QCOMPARE(m_plot->selectedClips(), expected);
    // Alt-drag in pan mode is a lasso too.
    m_plot->setMode(TsnePlot::Mode::Pan);
    m_plot->clearSelection();
    drag(m_plot, path, Qt::AltModifier);
    QCOMPARE(m_plot->selectedClips(), expected);
}

void TestTsnePlot::highlightDrawsRings()
{
    const QImage plain = m_plot->grab().toImage();
    m_panel->highlightClips({QStringLiteral("3"), QStringLiteral("30"), QStringLiteral("nope")});
    QCOMPARE(m_plot->highlightedClips(), (QStringList{QStringLiteral("3"), QStringLiteral("30")}));
    const QImage ringed = m_plot->grab().toImage();
    const qreal dpr = ringed.devicePixelRatio();
    for (int i : {2, 29}) {
        // The ring (radius 10 px) passes left of the point; a nearby pixel turns red.
        const QPointF at = m_plot->toScreen(m_layout.pos[size_t(i)]);
        bool red = false;
        for (int dx = 8; dx <= 12 && !red; ++dx) {
            const QColor c = ringed.pixelColor(QPoint(int((at.x() - dx) * dpr), int(at.y() * dpr)));
            red = c.red() > 180 && c.green() < 120 && c.blue() < 140;
        }
        QVERIFY2(red, qPrintable(QStringLiteral("no ring at point %1").arg(i)));
    }
    QVERIFY(plain != ringed);
    m_panel->highlightClips({});
    QVERIFY(m_plot->highlightedClips().isEmpty());
}

void TestTsnePlot::colourByMotionAndLegend()
{
    QCOMPARE(m_plot->legendLabels(),
             (QStringList{QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3")}));
    QVERIFY(m_plot->colourOf(0) != m_plot->colourOf(12));
    auto *combo = m_panel->findChild<QComboBox *>(QStringLiteral("colourBy"));
    QVERIFY(combo);
    combo->setCurrentIndex(1);
    QCOMPARE(m_plot->colourBy(), TsnePlot::ColourBy::Motion);
    QCOMPARE(m_plot->legendLabels(),
             (QStringList{QStringLiteral("blink"), QStringLiteral("smile")}));
    QCOMPARE(m_plot->colourOf(0), m_plot->colourOf(12)); // both blink
    QVERIFY(m_plot->colourOf(0) != m_plot->colourOf(1));
}

/** A map set while its tab is hidden (provisional size) is fitted again when shown; after a
    pan, a resize keeps the user's view. */
void TestTsnePlot::staysFittedUntilMoved()
{
    TsnePlot plot;
    plot.resize(120, 90);
    QVector<TsnePoint> points;
    for (int i = 0; i < 50; ++i) {
        TsnePoint p;
        p.clip = QString::number(i);
        p.subject = QStringLiteral("S%1").arg(i % 3);
        p.pos = QPointF(std::cos(i * 0.7) * (10 + i), std::sin(i * 0.7) * (10 + i));
        points.append(p);
    }
    plot.setPoints(points);
    plot.resize(900, 700);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    double minX = 1e9, maxX = -1e9;
    for (const TsnePoint &p : points) {
        const QPointF s = plot.toScreen(p.pos);
        QVERIFY2(plot.rect().contains(s.toPoint()), qPrintable(p.clip));
        minX = std::min(minX, s.x());
        maxX = std::max(maxX, s.x());
    }
    QVERIFY2(maxX - minX > 300, "the points should spread over the widget, not a corner");
    plot.panBy(QPointF(40, 0));
    const double scale = plot.scale();
    const QPointF centre = plot.centre();
    plot.resize(800, 600);
    QCoreApplication::processEvents();
    QCOMPARE(plot.scale(), scale);
    QCOMPARE(plot.centre(), centre);
}

void TestTsnePlot::exports()
{
    m_plot->setSelectedClips({QStringLiteral("2"), QStringLiteral("4")});
    const QString png = m_tmp.filePath(QStringLiteral("map.png"));
    const QString svg = m_tmp.filePath(QStringLiteral("map.svg"));
    const QString csv = m_tmp.filePath(QStringLiteral("map.csv"));
    QVERIFY(m_panel->exportTo(png, TsnePanel::ExportFormat::Png).ok());
    QVERIFY(m_panel->exportTo(svg, TsnePanel::ExportFormat::Svg).ok());
    QVERIFY(m_panel->exportTo(csv, TsnePanel::ExportFormat::Csv).ok());
    const QImage image(png);
    QCOMPARE(image.size(), m_plot->size() * 2);
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("<svg"));
    QVERIFY(svgText.count("<path") + svgText.count("<ellipse") + svgText.count("<circle") >= 36);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csvFile.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 37);
    QCOMPARE(lines[0], QByteArray("clip,clip_id,subject,motion,repetition,kind,x,y,selected"));
    QVERIFY(lines[2].startsWith("2,2,S1,smile,,,"));
    QVERIFY(lines[2].endsWith(",1"));
    QVERIFY(lines[3].endsWith(",0"));
    // An unwritable path is an error, not a crash.
    QVERIFY(
        !m_panel->exportTo(QStringLiteral("/nonexistent-dir/x.png"), TsnePanel::ExportFormat::Png)
             .ok());
}

void TestTsnePlot::badFileIsReported()
{
    const QString run = m_tmp.filePath(QStringLiteral("badrun"));
    QDir().mkpath(run);
    QFile f(QDir(run).filePath(QStringLiteral("tsne.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("clip,subject,motion,x,y\n1,S1,a,0.5,0.5\n2,S1,a,zero,1\n");
    f.close();
    QSignalSpy ready(m_panel, &TsnePanel::mapReady);
    m_panel->setRun(run, nullptr);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.first().first().toInt(), 0);
    QVERIFY2(m_panel->statusText().contains(QStringLiteral("Line 3")),
             qPrintable(m_panel->statusText()));
    QCOMPARE(m_plot->points().size(), 0);
    // A run without embeddings says so.
    const QString empty = m_tmp.filePath(QStringLiteral("emptyrun"));
    QDir().mkpath(empty);
    m_panel->setRun(empty, nullptr);
    QVERIFY(m_panel->statusText().contains(QStringLiteral("no embeddings")));
}

void TestTsnePlot::crossValidationRunShowsFirstFold()
{
    const QString run = m_tmp.filePath(QStringLiteral("cvrun"));
    QDir().mkpath(run + QStringLiteral("/fold-01"));
    QDir().mkpath(run + QStringLiteral("/fold-02"));
    writeTsneCsv(run + QStringLiteral("/fold-01/tsne.csv"), m_layout);
    QSignalSpy ready(m_panel, &TsnePanel::mapReady);
    m_panel->setRun(run, nullptr);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.first().first().toInt(), 36);
    QVERIFY2(m_panel->statusText().contains(QStringLiteral("fold-01")),
             qPrintable(m_panel->statusText()));
    QCOMPARE(m_panel->runDir(), run + QStringLiteral("/fold-01"));
}

namespace {

void writeEmbeddings(const QString &run, int clips, unsigned seed)
{
    QDir().mkpath(run);
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal(0.f, 1.f);
    QFile f(QDir(run).filePath(QStringLiteral("embeddings.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("clip,subject,motion,e0,e1,e2,e3\n");
    for (int i = 0; i < clips; ++i) {
        const int cls = i % 4;
        QStringList fields{QString::number(i + 1), QStringLiteral("S%1").arg(cls / 2 + 1),
                           QStringLiteral("M%1").arg(cls % 2 + 1)};
        for (int k = 0; k < 4; ++k)
            fields << QString::number((k == cls ? 3.f : 0.f) + 0.3f * normal(rng));
        f.write((fields.join(QLatin1Char(',')) + QLatin1Char('\n')).toUtf8());
    }
}

} // namespace

void TestTsnePlot::computesMissingMapInBackground()
{
    const QString run = m_tmp.filePath(QStringLiteral("embrun"));
    writeEmbeddings(run, 80, 3);
    QSignalSpy ready(m_panel, &TsnePanel::mapReady);
    m_panel->setRun(run, nullptr);
    QVERIFY(m_panel->isComputing());
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 60000);
    QCOMPARE(ready.first().first().toInt(), 80);
    QVERIFY(!m_panel->isComputing());
    QVERIFY(QFile::exists(QDir(run).filePath(QStringLiteral("tsne.csv"))));
    const auto map = TsneMap::readCsv(QDir(run).filePath(QStringLiteral("tsne.csv")));
    QVERIFY(map.ok());
    QCOMPARE(map->size(), 80);
    QCOMPARE(m_plot->points()[7].pos, QPointF(map->xy[14], map->xy[15]));
    // Clusters of the embeddings stay together: each point's nearest neighbour in the map
    // is mostly of its own class.
    int same = 0;
    for (int i = 0; i < 80; ++i) {
        int best = -1;
        double bestD = 1e300;
        for (int j = 0; j < 80; ++j) {
            const QPointF d = m_plot->points()[i].pos - m_plot->points()[j].pos;
            const double d2 = d.x() * d.x() + d.y() * d.y();
            if (j != i && d2 < bestD) {
                bestD = d2;
                best = j;
            }
        }
        same += (best % 4) == (i % 4);
    }
    QVERIFY2(same >= 72, qPrintable(QString::number(same)));
}

void TestTsnePlot::cancelsComputation()
{
    const QString run = m_tmp.filePath(QStringLiteral("bigrun"));
    writeEmbeddings(run, 1500, 4);
    QSignalSpy ready(m_panel, &TsnePanel::mapReady);
    m_panel->setRun(run, nullptr);
    QVERIFY(m_panel->isComputing());
    m_panel->cancelComputation();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 60000);
    QCOMPARE(ready.first().first().toInt(), 0);
    QVERIFY2(m_panel->statusText().contains(QStringLiteral("cancelled")),
             qPrintable(m_panel->statusText()));
    QVERIFY(!QFile::exists(QDir(run).filePath(QStringLiteral("tsne.csv"))));
}

void TestTsnePlot::projectKindsAndThumbnails()
{
    // A real project: three clips of one person; the run's map names them by clip id.
    const QString source = m_tmp.filePath(QStringLiteral("clips"));
    const QString projectDir = m_tmp.filePath(QStringLiteral("project"));
    QVERIFY(
        testing::writeStudioClips(source, QStringLiteral("S01"), QStringLiteral("smile"), 3, 1, 30)
            .ok());
    QVERIFY(testing::makeStudioProject(projectDir, source).ok());
    auto project = Project::open(projectDir);
    QVERIFY(project.ok());
    const QVector<Clip> clips = project.value()->clips();
    QCOMPARE(clips.size(), 3);
    const QString run = QDir(projectDir).filePath(QStringLiteral("runs/r1"));
    QDir().mkpath(run);
    Layout l;
    for (int i = 0; i < 3; ++i) {
        l.clips << QString::number(clips[i].id);
        l.subjects << QStringLiteral("S01");
        l.motions << QStringLiteral("smile");
        l.pos.push_back(QPointF(i * 10.0, i % 2 * 5.0));
    }
    writeTsneCsv(QDir(run).filePath(QStringLiteral("tsne.csv")), l);
    m_panel->setRun(run, project.value().get());
    QCOMPARE(m_plot->points().size(), 3);
    for (const TsnePoint &p : m_plot->points()) {
        QCOMPARE(p.kind, QStringLiteral("FM"));
        QVERIFY(p.repetition >= 1);
    }
    // Hover: the card asks for a thumbnail, decoded in the background from the clip.
    QSignalSpy wanted(m_plot, &TsnePlot::thumbnailWanted);
    const QPointF at = m_plot->toScreen(l.pos[1]);
    sendMove(m_plot, at, Qt::NoButton);
    QCOMPARE(m_plot->hoveredIndex(), 1);
    QCOMPARE(wanted.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_plot->hasThumbnail(l.clips[1]), 20000);
    const QImage card = m_plot->grab().toImage();
    QVERIFY(!card.isNull());
    // Click lands on that clip.
    QSignalSpy activated(m_panel, &TsnePanel::clipActivated);
    // (The status line changed the layout meanwhile: take the point's position again.)
    QTest::mouseClick(m_plot, Qt::LeftButton, {}, m_plot->toScreen(l.pos[1]).toPoint());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), clips[1].id);
}

void TestTsnePlot::demoRunScreenshots()
{
    // A finished run of a real project (use a copy: a missing tsne.csv is written into it).
    const QString run = qEnvironmentVariable("FM_DEMO_RUN");
    if (run.isEmpty())
        QSKIP("Set FM_DEMO_RUN=<copy of a project>/runs/<run> to map a real demo run");
    auto project = Project::open(QDir(run).absoluteFilePath(QStringLiteral("../..")));
    QVERIFY2(project.ok(), project.ok() ? "" : qPrintable(project.error().message));
    QSignalSpy ready(m_panel, &TsnePanel::mapReady);
    m_panel->resize(1200, 800);
    m_panel->setRun(run, project.value().get());
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 120000);
    QVERIFY(ready.first().first().toInt() > 0);
    for (const TsnePoint &p : m_plot->points()) {
        QVERIFY(p.clipId > 0);
        QVERIFY(!p.kind.isEmpty());
    }
    QTest::qWait(50); // let the layout settle before computing screen positions
    m_plot->fitView();
    const QString dir = qEnvironmentVariable("FM_SCREENSHOT_DIR", QDir::tempPath());
    const int hover = int(m_plot->points().size()) / 3;
    sendMove(m_plot, m_plot->toScreen(m_plot->points()[hover].pos), Qt::NoButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_plot->hasThumbnail(m_plot->points()[hover].clip), 20000);
    QVERIFY(m_panel->grab().save(QDir(dir).filePath(QStringLiteral("tsne-demo-hover.png"))));
    sendMove(m_plot, QPointF(2, 2), Qt::NoButton);
    const QRectF r(m_plot->width() * 0.3, m_plot->height() * 0.3, m_plot->width() * 0.25,
                   m_plot->height() * 0.25);
    drag(m_plot, {r.topLeft(), r.center(), r.bottomRight()}, Qt::ShiftModifier);
    m_panel->highlightClips({m_plot->points()[0].clip, m_plot->points()[1].clip});
    m_panel->findChild<QComboBox *>(QStringLiteral("colourBy"))->setCurrentIndex(1);
    QVERIFY(m_panel->grab().save(QDir(dir).filePath(QStringLiteral("tsne-demo-motion.png"))));
    const QString svg = QDir(dir).filePath(QStringLiteral("tsne-demo.svg"));
    QVERIFY(m_panel->exportTo(svg, TsnePanel::ExportFormat::Svg).ok());
    // The SVG as another program would draw it.
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QImage drawn(renderer.defaultSize(), QImage::Format_ARGB32);
    drawn.fill(Qt::white);
    QPainter painter(&drawn);
    renderer.render(&painter);
    painter.end();
    QVERIFY(drawn.save(QDir(dir).filePath(QStringLiteral("tsne-demo-svg.png"))));
}

QTEST_MAIN(TestTsnePlot)
#include "tst_tsneplot.moc"
