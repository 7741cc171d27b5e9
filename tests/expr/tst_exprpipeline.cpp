// The seed-002 video pipeline on footage assembled from the real demo photos: three people
// the recognition net tells apart alternate (and appear side by side) making expressions;
// some frames are blurred on purpose and some show a face turned 65 degrees. Identities must
// be separated, FaceQA must reject the blurred and turned faces, the smile reference must tag
// the smiles, summaries must have faces; cancel, bad input and the CLI are covered too.
#include "common/privatedir.h"
#include "expr/demotriplets.h"
#include "expr/expressionanalyzer.h"
#include "expr/feenet.h"
#include "expr/referencelibrary.h"
#include "face/dlibfacefinder.h"
#include "face/faceqa.h"
#include "nets/facerecognizer.h"
#include "synth/facewarper.h"
#include "video/clipreader.h"
#include "video/clipwriter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgproc.hpp>

#include <csignal>
#include <map>
#include <set>

using namespace fm;

namespace {

enum class Kind { Normal, Blurred, Turned };

/** What one frame of the test video shows. */
struct FrameTruth
{
    std::vector<int> persons; ///< left to right
    int action = -1;
    Kind kind = Kind::Normal;
};

struct Segment
{
    std::vector<int> persons; ///< indices into the chosen people (0..2)
    int action;
    Kind kind;
    int frames;
};

} // namespace

class TestExprPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void turnedFaceRejectedByFaceQa();
    void identitiesTagsAndSummaries();
    void cancelAndBadInput();
    void cli();
    void cliInterrupted();

private:
    int personAt(int frame, float x) const;

    QTemporaryDir m_dir;
    DemoFaces m_faces;
    std::vector<int> m_people; ///< indices into m_faces of the three chosen people
    std::vector<FrameTruth> m_truth;
    QString m_video, m_refs;
    cv::Size m_size{640, 480};
    std::shared_ptr<DlibFaceFinder> m_dlib;
};

void TestExprPipeline::initTestCase()
{
    auto dlib = DlibFaceFinder::create();
    QVERIFY(dlib.ok());
    m_dlib = dlib.value();
    auto faces = loadDemoFaces(*m_dlib, QSize(m_size.width, m_size.height));
    QVERIFY2(faces.ok(), qPrintable(faces.ok() ? QString() : faces.error().message));
    m_faces = faces.value();
    // Three people the recognition net considers different (distance >= 0.6, face-api's bound).
    auto recognizer = FaceRecognizer::create();
    QVERIFY(recognizer.ok());
    std::vector<cv::Mat> descriptors;
    for (const auto &w : m_faces.warpers) {
        const auto d = recognizer.value()->descriptors(
            {FaceRecognizer::alignedCrop(w->baseFrame(), w->neutral())});
        QVERIFY(d.ok());
        descriptors.push_back(d.value());
    }
    for (size_t i = 0; i < descriptors.size() && m_people.size() < 3; ++i) {
        bool distinct = true;
        for (int j : m_people)
            distinct = distinct && cv::norm(descriptors[i], descriptors[size_t(j)]) >= 0.6;
        if (distinct)
            m_people.push_back(int(i));
    }
    QString matrix;
    for (size_t i = 0; i < descriptors.size(); ++i) {
        for (size_t j = 0; j < descriptors.size(); ++j)
            matrix += QStringLiteral(" %1").arg(cv::norm(descriptors[i], descriptors[j]), 0, 'f', 2);
        matrix += QLatin1Char('\n');
    }
    qInfo("descriptor distances between the %d usable demo faces:\n%s", int(descriptors.size()),
          qPrintable(matrix));
    QCOMPARE(int(m_people.size()), 3);

    // Smile=0, brow raise=1, mouth open=2, pucker=3 (demoExpressionActions order).
    const std::vector<Segment> script = {
        {{0}, 0, Kind::Normal, 24},    {{1}, 2, Kind::Normal, 24},    {{2}, -1, Kind::Normal, 24},
        {{0}, -1, Kind::Blurred, 12},  {{0, 1}, 1, Kind::Normal, 24}, {{2}, 0, Kind::Normal, 24},
        {{0}, -1, Kind::Turned, 12},   {{1}, 0, Kind::Normal, 24},    {{0}, 2, Kind::Normal, 24},
        {{2, 0}, 3, Kind::Normal, 24}, {{1}, -1, Kind::Normal, 24},   {{0}, 0, Kind::Normal, 24},
    };
    m_video = m_dir.filePath(QStringLiteral("people.mp4"));
    auto writer = ClipWriter::create(m_video, QSize(m_size.width, m_size.height), 30.0);
    QVERIFY(writer.ok());
    for (const Segment &s : script) {
        for (int t = 0; t < s.frames; ++t) {
            const double x = double(t) / (s.frames - 1);
            const float ramp = float(x < 0.3 ? x / 0.3 : x > 0.7 ? (1.0 - x) / 0.3 : 1.0);
            cv::Mat frame(m_size, CV_8UC3);
            for (size_t k = 0; k < s.persons.size(); ++k) {
                const FaceWarper &w = *m_faces.warpers[size_t(m_people[size_t(s.persons[k])])];
                cv::Mat full = s.kind == Kind::Turned ? renderTurnedFace(w, 65.0)
                                                      : renderDemoExpression(w, s.action, ramp);
                if (s.kind == Kind::Blurred)
                    cv::GaussianBlur(full, full, cv::Size(0, 0), 5.0);
                if (s.persons.size() == 1) {
                    frame = full;
                } else {
                    const int half = m_size.width / 2;
                    full(cv::Rect(half / 2, 0, half, m_size.height))
                        .copyTo(frame(cv::Rect(int(k) * half, 0, half, m_size.height)));
                }
            }
            QVERIFY(writer.value()->write(frame));
            m_truth.push_back({s.persons, s.action, s.kind});
        }
    }
    QVERIFY(writer.value()->finish().ok());

    auto finder = ExprFaceFinder::create();
    QVERIFY(finder.ok());
    m_refs = m_dir.filePath(QStringLiteral("refs"));
    QVERIFY(
        ReferenceLibrary::addReference(m_refs, QStringLiteral("smile"), {QStringLiteral("smile")},
                                       renderDemoExpression(*m_faces.warpers[size_t(m_people[0])],
                                                            0, 1.f),
                                       *finder.value())
            .ok());
}

int TestExprPipeline::personAt(int frame, float x) const
{
    const FrameTruth &t = m_truth[size_t(frame)];
    if (t.persons.size() == 1)
        return t.persons[0];
    return t.persons[x < m_size.width / 2 ? 0 : 1];
}

void TestExprPipeline::turnedFaceRejectedByFaceQa()
{
    const FaceWarper &w = *m_faces.warpers[size_t(m_people[0])];
    Landmarks68 points;
    const cv::Mat turned = renderTurnedFace(w, 65.0, &points);
    cv::Mat grey;
    cv::cvtColor(turned, grey, cv::COLOR_BGR2GRAY);
    const FaceQuality q = FaceQa().assess(grey, points);
    qInfo("turned face: yaw %.1f, sharpness %.2f", q.pose.yaw, q.sharpness);
    QVERIFY(q.pose.valid);
    QVERIFY(q.pose.yaw > 50.0);
    QVERIFY(!q.accepted());
    // The same face frontal passes.
    cv::cvtColor(w.baseFrame(), grey, cv::COLOR_BGR2GRAY);
    QVERIFY(FaceQa().assess(grey, w.neutral()).accepted());
}

void TestExprPipeline::identitiesTagsAndSummaries()
{
    auto analyzer = ExpressionAnalyzer::create({});
    QVERIFY(analyzer.ok());
    auto library = ReferenceLibrary::load(m_refs, analyzer.value()->net(),
                                          analyzer.value()->finder());
    QVERIFY(library.ok());
    QStringList phases;
    auto report = analyzer.value()->analyze(m_video, library.value().embeddings(),
                                            [&](const QString &phase, qint64, qint64) {
                                                if (!phases.contains(phase))
                                                    phases << phase;
                                                return true;
                                            });
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    const ExpressionReport &r = report.value();
    qInfo("%d frames, %d faces found, %d accepted, %d blurry, %d sideways, %d noise, "
          "%d identities, %.1f frames/s",
          r.framesRead, r.facesFound, int(r.faces.size()), r.rejectedBlurry, r.rejectedSideways,
          r.noiseFaces, int(r.identities.size()), r.framesPerSecond);
    QCOMPARE(r.framesRead, int(m_truth.size()));
    QVERIFY(phases.size() >= 2);

    // FaceQA: nothing accepted in blurred or turned frames.
    int blurredFrames = 0;
    for (const FrameTruth &t : m_truth)
        blurredFrames += t.kind == Kind::Blurred ? 1 : 0;
    for (const ExprFace &f : r.faces)
        QVERIFY2(m_truth[size_t(f.frame)].kind == Kind::Normal,
                 qPrintable(QString::number(f.frame)));
    QVERIFY(r.rejectedBlurry >= blurredFrames / 2);

    // Identities: three, each holding one person's faces only, each person in one identity.
    QCOMPARE(int(r.identities.size()), 3);
    std::set<int> personsSeen;
    for (const ExprIdentity &id : r.identities) {
        std::map<int, int> votes;
        for (int f : id.faces) {
            const ExprFace &face = r.faces[size_t(f)];
            ++votes[personAt(face.frame, face.crop.x + face.crop.width / 2)];
        }
        QCOMPARE(int(votes.size()), 1);
        QVERIFY(personsSeen.insert(votes.begin()->first).second);
        QVERIFY(!id.image.empty());
        QCOMPARE(int(id.summary.size()), std::min(10, int(id.faces.size())));
        int members = 0;
        for (const SummaryFace &s : id.summary) {
            QVERIFY(!s.image.empty());
            members += s.clusterSize;
        }
        QCOMPARE(members, int(id.faces.size()));
    }
    QVERIFY(r.noiseFaces <= int(r.faces.size()) / 20);

    // Tagging: the smile reference (person 0 smiling) tags person 0's smiles; report precision.
    for (const ExprIdentity &id : r.identities) {
        const ExprFace &first = r.faces[size_t(id.faces.front())];
        const int person = personAt(first.frame, first.crop.x + first.crop.width / 2);
        int tagged = 0, taggedSmiles = 0, smiles = 0;
        for (const TagSegment &s : id.segments) {
            for (int fr = s.startFrame; fr <= s.endFrame; ++fr) {
                ++tagged;
                taggedSmiles += m_truth[size_t(fr)].action == 0 ? 1 : 0;
            }
        }
        for (int f : id.faces)
            smiles += m_truth[size_t(r.faces[size_t(f)].frame)].action == 0 ? 1 : 0;
        qInfo("person %d: %d faces, %d smiling; smile rate %.3f; %d tagged frames, %d in smiles",
              person, int(id.faces.size()), smiles, id.rates.empty() ? 0.0 : id.rates[0].rate,
              tagged, taggedSmiles);
        QCOMPARE(int(id.rates.size()), 1);
        if (person == 0) {
            QVERIFY(tagged > 0);
            QVERIFY(taggedSmiles >= tagged * 0.8);
        }
    }
}

void TestExprPipeline::cancelAndBadInput()
{
    auto analyzer = ExpressionAnalyzer::create({});
    QVERIFY(analyzer.ok());
    std::atomic<bool> cancel{false};
    auto cancelled = analyzer.value()->analyze(
        m_video, {},
        [&](const QString &, qint64 done, qint64) {
            if (done >= 20)
                cancel = true;
            return true;
        },
        &cancel);
    QVERIFY(!cancelled.ok());
    auto stopped = analyzer.value()->analyze(m_video, {}, [](const QString &, qint64 done, qint64) {
        return done < 10;
    });
    QVERIFY(!stopped.ok());
    QVERIFY(!analyzer.value()->analyze(m_dir.filePath(QStringLiteral("none.mp4")), {}).ok());
    QFile junk(m_dir.filePath(QStringLiteral("junk.mp4")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    QVERIFY(!analyzer.value()->analyze(junk.fileName(), {}).ok());
    ExpressionOptions bad;
    bad.headPath = junk.fileName();
    QVERIFY(!ExpressionAnalyzer::create(bad).ok());
}

void TestExprPipeline::cli()
{
    const QString out = m_dir.filePath(QStringLiteral("cli-out"));
    QProcess cli;
    cli.start(QStringLiteral(FM_CLI_PATH),
              {QStringLiteral("expressions"), m_video, QStringLiteral("--refs"), m_refs,
               QStringLiteral("--out"), out});
    QVERIFY(cli.waitForFinished(300000));
    const QByteArray log = cli.readAllStandardOutput() + cli.readAllStandardError();
    QVERIFY2(cli.exitCode() == 0, log.constData());
    QFile json(QDir(out).filePath(QStringLiteral("expressions.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    const QJsonArray ids = root.value(QStringLiteral("identities")).toArray();
    QCOMPARE(ids.size(), 3);
    for (const QJsonValue &v : ids) {
        const QJsonObject id = v.toObject();
        QVERIFY(QFile::exists(QDir(out).filePath(id.value(QStringLiteral("image")).toString())));
        QVERIFY(!id.value(QStringLiteral("summary")).toArray().isEmpty());
        QCOMPARE(id.value(QStringLiteral("appearanceRates")).toArray().size(), 1);
    }
    QVERIFY(root.value(QStringLiteral("model")).toString().contains(QStringLiteral("EfficientNet")));
    // Train a head on demo triplets (2 epochs) and analyse with it.
    const QString head = m_dir.filePath(QStringLiteral("head.pt"));
    QProcess train;
    train.start(QStringLiteral(FM_CLI_PATH),
                {QStringLiteral("expressions"), QStringLiteral("train"), QStringLiteral("--demo"),
                 QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--out"), head});
    QVERIFY(train.waitForFinished(300000));
    const QByteArray trainLog = train.readAllStandardOutput();
    QVERIFY2(train.exitCode() == 0, (trainLog + train.readAllStandardError()).constData());
    QVERIFY(trainLog.contains("\"epoch\": 2"));
    QVERIFY(QFile::exists(head));
    QProcess withHead;
    withHead.start(QStringLiteral(FM_CLI_PATH),
                   {QStringLiteral("expressions"), m_video, QStringLiteral("--refs"), m_refs,
                    QStringLiteral("--head"), head, QStringLiteral("--out"),
                    m_dir.filePath(QStringLiteral("cli-head"))});
    QVERIFY(withHead.waitForFinished(300000));
    QVERIFY2(withHead.exitCode() == 0, withHead.readAllStandardError().constData());
    QVERIFY(withHead.readAllStandardOutput().contains("trained 16-d head"));
    // Without --head the CLI takes the installed head (`./fm setup` trains one on the demo
    // faces), looked up like the models: here through FM_MODEL_DIR.
    const QString models = m_dir.filePath(QStringLiteral("models"));
    QVERIFY(QDir().mkpath(models));
    QVERIFY(QFile::copy(head, QDir(models).filePath(QLatin1String(FeeNet::kInstalledHeadName))));
    QProcess installed;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FM_MODEL_DIR"), models);
    installed.setProcessEnvironment(env);
    installed.start(QStringLiteral(FM_CLI_PATH),
                    {QStringLiteral("expressions"), m_video, QStringLiteral("--refs"), m_refs,
                     QStringLiteral("--out"), m_dir.filePath(QStringLiteral("cli-installed"))});
    QVERIFY(installed.waitForFinished(300000));
    QVERIFY2(installed.exitCode() == 0, installed.readAllStandardError().constData());
    QVERIFY(installed.readAllStandardOutput().contains("trained 16-d head"));
    // Demo footage and a reference library from the CLI.
    const QString demo = m_dir.filePath(QStringLiteral("demo.mp4"));
    QCOMPARE(QProcess::execute(QStringLiteral(FM_CLI_PATH),
                               {QStringLiteral("expressions"), QStringLiteral("demo-video"), demo,
                                QStringLiteral("--seconds"), QStringLiteral("2"),
                                QStringLiteral("--size"), QStringLiteral("320x240"),
                                QStringLiteral("--refs"),
                                m_dir.filePath(QStringLiteral("demo-refs"))}),
             0);
    QVERIFY(QFile::exists(demo));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("demo-refs/smile.png"))));
    // Usage errors exit 2; a missing reference folder exits 1.
    QCOMPARE(QProcess::execute(QStringLiteral(FM_CLI_PATH),
                               {QStringLiteral("expressions"), m_video}),
             2);
    QCOMPARE(QProcess::execute(QStringLiteral(FM_CLI_PATH),
                               {QStringLiteral("expressions"), m_video, QStringLiteral("--refs"),
                                m_refs, QStringLiteral("--threshold"), QStringLiteral("-1")}),
             2);
    QCOMPARE(QProcess::execute(QStringLiteral(FM_CLI_PATH),
                               {QStringLiteral("expressions"), QStringLiteral("train"),
                                QStringLiteral("--demo")}),
             2);
    QCOMPARE(QProcess::execute(QStringLiteral(FM_CLI_PATH),
                               {QStringLiteral("expressions"), m_video, QStringLiteral("--refs"),
                                m_dir.filePath(QStringLiteral("nope"))}),
             1);
}

void TestExprPipeline::cliInterrupted()
{
    // A longer video (the test footage four times) so the run is surely still going.
    const QString video = m_dir.filePath(QStringLiteral("long.mp4"));
    {
        auto writer = ClipWriter::create(video, QSize(m_size.width, m_size.height), 30.0);
        QVERIFY(writer.ok());
        for (int round = 0; round < 4; ++round) {
            auto reader = ClipReader::open(m_video);
            QVERIFY(reader.ok());
            cv::Mat frame;
            while (reader.value()->read(frame))
                QVERIFY(writer.value()->write(frame));
        }
        QVERIFY(writer.value()->finish().ok());
    }
    const QString out = m_dir.filePath(QStringLiteral("interrupted-out"));
    QProcess cli;
    cli.start(QStringLiteral(FM_CLI_PATH),
              {QStringLiteral("expressions"), video, QStringLiteral("--refs"), m_refs,
               QStringLiteral("--out"), out});
    QVERIFY(cli.waitForStarted());
    // Wait until frames are being analysed ("phase: p% (done/total)" with 0 < done < total).
    QString log;
    const QRegularExpression progress(QStringLiteral("\\((\\d+)/(\\d+)\\)"));
    bool running = false;
    QElapsedTimer timer;
    timer.start();
    while (!running && timer.elapsed() < 120000 && cli.state() == QProcess::Running) {
        cli.waitForReadyRead(500);
        log += QString::fromUtf8(cli.readAllStandardError());
        for (auto it = progress.globalMatch(log); it.hasNext();) {
            const auto m = it.next();
            running = running || (m.captured(1).toInt() > 0 && m.captured(1) != m.captured(2));
        }
    }
    QVERIFY2(running, qPrintable(log));
    ::kill(pid_t(cli.processId()), SIGTERM);
    QVERIFY(cli.waitForFinished(60000));
    log += QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit); // handled, not killed by the signal
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY2(log.contains(QStringLiteral("Interrupted")), qPrintable(log));
    // Nothing half-written: no output folder at all.
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(TestExprPipeline)
#include "tst_exprpipeline.moc"
