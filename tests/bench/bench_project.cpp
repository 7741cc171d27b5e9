// Project store at the papers' dataset size: 60 subjects x 10 motions x 10 repetitions.
// Generates 6,000 small real videos (64x48, 10 frames) in a temporary folder, imports them
// (metadata: hash + fm::ClipReader probe + one transaction per clip), then measures opening
// the project and listing completeness. FM_BENCH_SUBJECTS=N makes a smaller run.
#include "common/contenthash.h"
#include "project/clipimport.h"
#include "project/completeness.h"
#include "project/datasetsplit.h"
#include "project/project.h"
#include "project/projectexport.h"
#include "video/clipreader.h"
#include "video/clipwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

bool writeVideo(const QString &path, int variant)
{
    auto writer = fm::ClipWriter::create(path, QSize(64, 48), 25.0);
    if (!writer)
        return false;
    for (int f = 0; f < 10; ++f) {
        cv::Mat frame(48, 64, CV_8UC3,
                      cv::Scalar(variant % 251, (variant / 251) % 251, (f * 20) % 256));
        cv::rectangle(frame, cv::Rect((variant * 7 + f) % 56, (variant * 3) % 40, 8, 8),
                      cv::Scalar(255, 255, 255), cv::FILLED);
        writer.value()->write(frame);
    }
    return bool(writer.value()->finish());
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int subjects = qEnvironmentVariableIsSet("FM_BENCH_SUBJECTS")
                             ? qEnvironmentVariableIntValue("FM_BENCH_SUBJECTS")
                             : 60;
    const int motions = 10;
    const int reps = 10;
    const int total = subjects * motions * reps;
    QTemporaryDir tmp;
    const QString src = tmp.filePath(QStringLiteral("recordings"));
    out() << "bench_project: " << subjects << " subjects x " << motions << " motions x " << reps
          << " repetitions = " << total << " clips (64x48, 10 frames, MPEG-4)\n";
    out().flush();

    QElapsedTimer timer;
    timer.start();
    QStringList files;
    for (int s = 1; s <= subjects; ++s)
        for (int m = 1; m <= motions; ++m) {
            const QString dir
                = QStringLiteral("%1/S%2/motion %3").arg(src).arg(s, 2, 10, QLatin1Char('0')).arg(m);
            QDir().mkpath(dir);
            for (int r = 1; r <= reps; ++r) {
                const QString path = QStringLiteral("%1/%2.mp4").arg(dir).arg(r);
                if (!writeVideo(path, int(files.size()) + 1)) {
                    out() << "could not write " << path << "\n";
                    return 1;
                }
                files << path;
            }
        }
    out() << "  generate " << total << " videos:             " << timer.elapsed() / 1000.0
          << " s\n";
    out().flush();

    // Where import time goes: hashing and probing on their own (first 1,000 files).
    const int sample = std::min(1000, total);
    timer.restart();
    for (int i = 0; i < sample; ++i)
        fm::contentHash(files.at(i));
    const double hashMs = double(timer.nsecsElapsed()) / 1e6 / sample;
    timer.restart();
    for (int i = 0; i < sample; ++i)
        fm::ClipReader::open(files.at(i));
    const double probeMs = double(timer.nsecsElapsed()) / 1e6 / sample;
    out() << "  per file: SHA-256 " << QString::number(hashMs, 'f', 3) << " ms, ClipReader probe "
          << QString::number(probeMs, 'f', 3) << " ms (mean of " << sample << ")\n";

    const QString folder = tmp.filePath(QStringLiteral("bench project"));
    if (!fm::Project::create(folder)) {
        out() << "could not create the project\n";
        return 1;
    }
    fm::ImportOptions options;
    options.pattern = QStringLiteral("{subject}/{motion}/{rep}.mp4");
    options.copy = false; // metadata only: reference mode
    timer.restart();
    const fm::Result<fm::ImportPlan> plan = fm::ClipImporter::plan({src}, options);
    const double planS = timer.elapsed() / 1000.0;
    timer.restart();
    const fm::Result<fm::ImportReport> report = fm::ClipImporter::run(folder, plan.value(), options);
    const double importS = timer.elapsed() / 1000.0;
    if (!report || report->imported != total) {
        out() << "import failed: " << (report ? report->failures.size() : -1) << " failures\n";
        return 1;
    }
    out() << "  import preview (scan + pattern):     " << planS << " s\n"
          << "  import " << total << " clips (reference):  " << importS << " s  ("
          << QString::number(importS * 1000.0 / total, 'f', 2) << " ms/clip; target <= 60 s)\n";
    out().flush();

    // Copy mode on a tenth of the clips, into a second project.
    const QString copyFolder = tmp.filePath(QStringLiteral("copy project"));
    fm::Project::create(copyFolder);
    fm::ImportPlan tenth = plan.value();
    tenth.items.resize(total / 10);
    options.copy = true;
    timer.restart();
    fm::ClipImporter::run(copyFolder, tenth, options);
    const double copyS = timer.elapsed() / 1000.0;
    out() << "  import " << tenth.items.size() << " clips (copy):         " << copyS << " s\n";

    std::vector<double> openMs, listMs, totalMs;
    int rows = 0;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        auto project = fm::Project::open(folder);
        const qint64 opened = t.nsecsElapsed();
        const QVector<fm::CompletenessRow> list = fm::completeness(project.value()->database());
        const fm::CompletenessSummary summary = fm::summarize(list);
        const qint64 done = t.nsecsElapsed();
        rows = int(list.size()) + summary.clips * 0;
        openMs.push_back(opened / 1e6);
        listMs.push_back((done - opened) / 1e6);
        totalMs.push_back(done / 1e6);
    }
    out() << "  open project:                        median " << median(openMs) << " ms\n"
          << "  list completeness (" << rows << " rows):      median " << median(listMs) << " ms\n"
          << "  open + completeness:                 median " << median(totalMs) << " ms, max "
          << *std::max_element(totalMs.begin(), totalMs.end()) << " ms (first " << totalMs.front()
          << " ms; target <= 300 ms)\n";

    auto project = fm::Project::open(folder);
    timer.restart();
    const int clips = int(project.value()->clips().size());
    out() << "  read all " << clips << " clip rows:              " << timer.elapsed() << " ms\n";
    fm::SplitOptions splitOptions;
    timer.restart();
    fm::Result<fm::DatasetSplit> split = fm::computeSplit(project.value()->database(), splitOptions);
    out() << "  10-fold split:                       " << timer.elapsed() << " ms\n";
    timer.restart();
    fm::ProjectExport::writeCsv(*project.value(), tmp.filePath(QStringLiteral("a.csv")));
    out() << "  export CSV:                          " << timer.elapsed() << " ms\n";
    timer.restart();
    fm::ProjectExport::writeManifest(*project.value(), tmp.filePath(QStringLiteral("m.json")),
                                     fm::ClipSelection(), split ? &split.value() : nullptr);
    out() << "  write manifest:                      " << timer.elapsed() << " ms\n";
    out().flush();
    return 0;
}
