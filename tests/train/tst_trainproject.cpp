#include "synthproject.h"

#include "nets/featurecache.h"
#include "project/project.h"
#include "project/projectdatabase.h"
#include "project/projectstore.h"
#include "train/featureset.h"
#include "train/projectfeatures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/core.hpp>

using namespace fm;

/** Training data from a real project store and its feature cache (issue 4 + issue 6). */
class TestTrainProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsClipsAnnotationsAndReviews();
    void missingFeaturesIsAnError();
    void cliTrainsOnProject();
    void cliExportsBundle();
    void cliResolvesSfeMCheckpoint();

private:
    QTemporaryDir m_tmp;
    QString m_project;
    qint64 m_reviewedClip = 0, m_excludedClip = 0;
    QString m_droppedHash;
};

void TestTrainProject::initTestCase()
{
    m_project = m_tmp.filePath(QStringLiteral("proj"));
    auto created = Project::create(m_project);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    Project &p = *created.value();
    test::SynthOptions o;
    o.subjects = 3;
    o.motions = 2;
    o.repetitions = 3;
    o.dim = 16;
    const FeatureSet synthetic = test::makeSyntheticFeatures(o);
    const Result<QVector<qint64>> ids = test::addSyntheticClips(p, synthetic);
    QVERIFY2(ids.ok(), ids.ok() ? "" : qPrintable(ids.error().message));
    m_reviewedClip = ids->at(0);
    Annotation a = p.annotation(m_reviewedClip);
    a.onset = 1; // the reviewer's onset wins over the automatic one
    QVERIFY(p.writeAnnotation(a).ok());
    m_excludedClip = ids->at(1);
    Review r;
    r.clipId = m_excludedClip;
    r.status = ReviewStatus::Excluded;
    r.reason = ExclusionReason::TongueMovement;
    QVERIFY(p.writeReview(r).ok());
    m_droppedHash = p.clip(ids->at(4))->contentHash;
}

void TestTrainProject::loadsClipsAnnotationsAndReviews()
{
    const Result<FeatureSet> set = loadProjectFeatures(m_project, {});
    QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().message));
    QCOMPARE(set->dim, 16);
    QCOMPARE(int(set->clips.size()), 3 * 2 * 3 - 1); // the excluded clip stays out
    QVERIFY(set->validate().ok());
    for (const ClipFeatures &c : set->clips) {
        QVERIFY(c.id != QString::number(m_excludedClip));
        QVERIFY(c.onset && c.offset);
        if (c.id == QString::number(m_reviewedClip))
            QCOMPARE(*c.onset, 1);
    }
    ProjectFeatureOptions withExcluded;
    withExcluded.includeExcluded = true;
    QCOMPARE(int(loadProjectFeatures(m_project, withExcluded)->clips.size()), 18);
    ProjectFeatureOptions otherSfe;
    otherSfe.sfe = QStringLiteral("sfe-e/pooled");
    QVERIFY(!loadProjectFeatures(m_project, otherSfe).ok());
}

void TestTrainProject::missingFeaturesIsAnError()
{
    QTemporaryDir copy;
    const QString cacheDir = copy.filePath(QStringLiteral("features"));
    QDir().mkpath(cacheDir);
    const QString source = QDir(m_project).filePath(QStringLiteral("cache/features"));
    for (const QString &name : QDir(source).entryList(QDir::Files)) {
        const FeatureCacheKey dropped{m_droppedHash, QStringLiteral("sfe-l/pooled"),
                                      QStringLiteral("aligned112;pad0.2;v1")};
        if (name != dropped.fileName())
            QFile::copy(QDir(source).filePath(name), QDir(cacheDir).filePath(name));
    }
    ProjectFeatureOptions options;
    options.cacheDir = cacheDir;
    const Result<FeatureSet> set = loadProjectFeatures(m_project, options);
    QVERIFY(!set.ok());
    QVERIFY2(set.error().message.contains(QStringLiteral("1 clip")),
             qPrintable(set.error().message));
}

void TestTrainProject::cliTrainsOnProject()
{
    QJsonObject o = test::smallConfig();
    o.insert(QStringLiteral("epochs"), 2);
    const QString config = m_tmp.filePath(QStringLiteral("config.json"));
    QFile f(config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(o).toJson());
    f.close();
    QProcess p;
    p.start(QStringLiteral(FM_CLI_PATH),
            {QStringLiteral("train"), QStringLiteral("--project"), m_project,
             QStringLiteral("--config"), config, QStringLiteral("--run"), QStringLiteral("r1")});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QDir run(QDir(m_project).filePath(QStringLiteral("runs/r1")));
    QVERIFY(QFile::exists(run.filePath(QStringLiteral("metrics.json"))));
    QFile manifest(run.filePath(QStringLiteral("manifest.json")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QJsonObject m = QJsonDocument::fromJson(manifest.readAll()).object();
    QCOMPARE(m[QStringLiteral("source")][QStringLiteral("kind")].toString(),
             QStringLiteral("project"));
    QCOMPARE(m[QStringLiteral("clips")].toArray().size(), 17);
}

void TestTrainProject::cliExportsBundle()
{
    const QString bundle = m_tmp.filePath(QStringLiteral("export.fmfeats"));
    QProcess p;
    p.start(QStringLiteral(FM_CLI_PATH),
            {QStringLiteral("features"), m_project, QStringLiteral("--bundle"), bundle});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const Result<FeatureSet> read = featurebundle::read(bundle);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    const Result<FeatureSet> direct = loadProjectFeatures(m_project, {});
    QVERIFY(direct.ok());
    QCOMPARE(read->clips.size(), direct->clips.size());
    QCOMPARE(read->dim, 16);
    for (size_t i = 0; i < read->clips.size(); ++i) {
        QCOMPARE(read->clips[i].id, direct->clips[i].id);
        QVERIFY(read->clips[i].values == direct->clips[i].values);
    }

    // A bundle that cannot be written (its folder is a file): a clear error, exit 1.
    const QString blocker = m_tmp.filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QProcess bad;
    bad.start(QStringLiteral(FM_CLI_PATH),
              {QStringLiteral("features"), m_project, QStringLiteral("--bundle"),
               blocker + QStringLiteral("/export.fmfeats")});
    QVERIFY(bad.waitForFinished(120000));
    QCOMPARE(bad.exitCode(), 1);
    const QString message = QString::fromUtf8(bad.readAllStandardError());
    QVERIFY2(message.contains(QStringLiteral("export.fmfeats")), qPrintable(message));
    QVERIFY(!QFile::exists(blocker + QStringLiteral("/export.fmfeats")));
}

/**
 * SFE-M: a config naming "sfe-m/pooled" and its checkpoint trains on the features cached under
 * the checkpoint's id, and the run's config.json records that id; without the checkpoint the
 * train and features commands fail with a clear message.
 */
void TestTrainProject::cliResolvesSfeMCheckpoint()
{
    const QString checkpoint = m_tmp.filePath(QStringLiteral("sfe-m.pt"));
    QFile weights(checkpoint);
    QVERIFY(weights.open(QIODevice::WriteOnly));
    weights.write("stands in for MobileFaceNet weights");
    weights.close();
    const Result<QString> id = resolveSfeId(QStringLiteral("sfe-m/pooled"), checkpoint);
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
    auto project = Project::open(m_project);
    QVERIFY(project.ok());
    const QString cacheDir = QDir(project.value()->cacheDir()).filePath(QStringLiteral("features"));
    const QString crop = QStringLiteral("aligned112;pad0.2;v1");
    for (const Clip &clip : project.value()->clips()) {
        const Result<cv::Mat> m = FeatureCache(cacheDir, {clip.contentHash,
                                                          QStringLiteral("sfe-l/pooled"), crop})
                                      .load();
        if (m.ok()) // the test's synthetic features stand in for SFE-M's
            QVERIFY(FeatureCache(cacheDir, {clip.contentHash, id.value(), crop}).store(m.value()));
    }
    project.value()->close();

    auto runWith = [&](const QJsonObject &overrides, const QString &run, QString *output) {
        QJsonObject o = test::smallConfig();
        o.insert(QStringLiteral("epochs"), 1);
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            o.insert(it.key(), it.value());
        const QString config = m_tmp.filePath(run + QStringLiteral(".json"));
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return -1;
        f.write(QJsonDocument(o).toJson());
        f.close();
        QProcess p;
        p.start(QStringLiteral(FM_CLI_PATH),
                {QStringLiteral("train"), QStringLiteral("--project"), m_project,
                 QStringLiteral("--config"), config, QStringLiteral("--run"), run});
        p.waitForFinished(120000);
        *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    };
    QString output;
    QCOMPARE(runWith({{QStringLiteral("sfe"), QStringLiteral("sfe-m/pooled")},
                      {QStringLiteral("sfe_checkpoint"), checkpoint}},
                     QStringLiteral("sfe-m-run"), &output),
             0);
    const QJsonObject written = test::readJsonFile(
        QDir(m_project).filePath(QStringLiteral("runs/sfe-m-run/config.json")));
    QCOMPARE(written[QStringLiteral("sfe")].toString(), id.value());
    QCOMPARE(written[QStringLiteral("sfe_checkpoint")].toString(), checkpoint);

    QVERIFY(runWith({{QStringLiteral("sfe"), QStringLiteral("sfe-m/pooled")}},
                    QStringLiteral("no-checkpoint"), &output)
            != 0);
    QVERIFY2(output.contains(QStringLiteral("checkpoint")), qPrintable(output));
    QVERIFY(!QDir(m_project).exists(QStringLiteral("runs/no-checkpoint")));

    QProcess features;
    features.start(QStringLiteral(FM_CLI_PATH), {QStringLiteral("features"), m_project,
                                                 QStringLiteral("--sfe"), QStringLiteral("sfe-m")});
    QVERIFY(features.waitForFinished(60000));
    QCOMPARE(features.exitCode(), 2);
    QVERIFY(
        QString::fromUtf8(features.readAllStandardError()).contains(QStringLiteral("checkpoint")));
}

QTEST_GUILESS_MAIN(TestTrainProject)
#include "tst_trainproject.moc"
