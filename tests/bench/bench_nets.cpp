// Face-network speed on this machine: SFE feature extraction (crops/s, batched), the tiny
// face detector on 640x480 frames at several input sizes against dlib's HOG detector on the
// same frames, and the face descriptor per face. Prints figures; asserts nothing.
#include "common/modellocator.h"
#include "face/dlibfacefinder.h"
#include "nets/facefeaturenet.h"
#include "nets/facerecognizer.h"
#include "nets/mobilefacenet.h"
#include "nets/netthreads.h"
#include "nets/tinyfacedetector.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace fm;

namespace {

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

double g_lastMin = 0.0; // fastest run of the last medianMs() call
double g_lastCpu = 0.0; // mean process CPU time (ms) per call of the last medianMs() call

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/** Median wall time in ms of `runs` calls after one warm-up call (fastest in g_lastMin). */
double medianMs(int runs, const std::function<void()> &work)
{
    work();
    std::vector<double> times;
    const double cpuStart = processCpuMs();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    g_lastCpu = (processCpuMs() - cpuStart) / runs;
    std::sort(times.begin(), times.end());
    g_lastMin = times.front();
    return times[times.size() / 2];
}

std::vector<cv::Mat> demoFrames640x480()
{
    std::vector<cv::Mat> frames;
    const auto dir = ModelLocator::demoPhotoDir();
    if (!dir)
        return frames;
    for (const QString &name :
         QDir(dir.value()).entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name)) {
        const cv::Mat photo = cv::imread(QDir(dir.value()).filePath(name).toStdString());
        if (photo.empty())
            continue;
        cv::Mat small;
        cv::resize(photo, small, cv::Size(640, photo.rows * 640 / photo.cols), 0, 0, cv::INTER_AREA);
        if (small.rows >= 480) {
            frames.push_back(small(cv::Rect(0, 0, 640, 480)).clone());
        } else {
            cv::Mat framed;
            cv::copyMakeBorder(small, framed, 0, 480 - small.rows, 0, 0, cv::BORDER_CONSTANT);
            frames.push_back(framed);
        }
    }
    return frames;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("bench_nets  (load average before: %s; torch threads %d; median of runs, "
                "fastest in brackets, cpu = process CPU time per call)\n",
                qPrintable(loadAverage()), faceNetThreads());

    // SFE feature extraction on 112x112 crops, batched.
    std::vector<cv::Mat> crops;
    for (int i = 0; i < 64; ++i) {
        cv::Mat crop(112, 112, CV_8UC3);
        cv::randu(crop, cv::Scalar::all(0), cv::Scalar::all(255));
        crops.push_back(crop);
    }
    for (const auto kind :
         {FaceFeatureNet::Kind::Landmark68, FaceFeatureNet::Kind::Landmark68Tiny}) {
        const auto net = FaceFeatureNet::create(kind);
        if (!net) {
            std::printf("  %s\n", qPrintable(net.error().message));
            return 1;
        }
        for (int batch : {1, 16, 64}) {
            const std::vector<cv::Mat> part(crops.begin(), crops.begin() + batch);
            const double ms = medianMs(5, [&] { (void) net.value()->extract(part); });
            std::printf("  %-11s 112x112 batch %2d: %7.2f ms/batch  %6.0f crops/s  [%6.0f]  cpu "
                        "%.0f crops/cpu-s\n",
                        qPrintable(net.value()->id()), batch, ms, batch * 1000.0 / ms,
                        batch * 1000.0 / g_lastMin, batch * 1000.0 / g_lastCpu);
        }
    }
    {
        MobileFaceNet sfeM;
        for (int batch : {1, 64}) {
            const std::vector<cv::Mat> part(crops.begin(), crops.begin() + batch);
            const double ms = medianMs(5, [&] { (void) sfeM.extract(part); });
            std::printf("  %-11s 112x112 batch %2d: %7.2f ms/batch  %6.0f crops/s  [%6.0f]  cpu "
                        "%.0f crops/cpu-s\n",
                        "sfe-m", batch, ms, batch * 1000.0 / ms, batch * 1000.0 / g_lastMin,
                        batch * 1000.0 / g_lastCpu);
        }
    }

    // Detectors on 640x480 frames made from the demo photos.
    const std::vector<cv::Mat> frames = demoFrames640x480();
    const auto tiny = TinyFaceDetector::create();
    const auto dlibFinder = DlibFaceFinder::create();
    if (!tiny || !dlibFinder || frames.empty()) {
        std::printf("  detectors or demo photos unavailable\n");
        return 1;
    }
    for (int size : {224, 320, 416, 608}) {
        tiny.value()->setInputSize(size);
        int faces = 0;
        for (const cv::Mat &f : frames)
            faces += int(tiny.value()->detect(f).size());
        const double ms = medianMs(5, [&] {
            for (const cv::Mat &f : frames)
                (void) tiny.value()->detect(f);
        });
        std::printf("  tiny detector input %3d on 640x480: %6.2f ms/frame [%6.2f] cpu %6.2f ms, "
                    "%d faces in %d frames\n",
                    size, ms / frames.size(), g_lastMin / frames.size(), g_lastCpu / frames.size(),
                    faces, int(frames.size()));
    }
    for (int side : {640, 480}) {
        dlibFinder.value()->setDetectSide(side);
        int faces = 0;
        for (const cv::Mat &f : frames)
            faces += int(dlibFinder.value()->detect(f).size());
        const double ms = medianMs(5, [&] {
            for (const cv::Mat &f : frames)
                (void) dlibFinder.value()->detect(f);
        });
        std::printf("  dlib HOG (detect side %d) on 640x480: %6.2f ms/frame [%6.2f] cpu %6.2f ms, "
                    "%d faces in %d frames\n",
                    side, ms / frames.size(), g_lastMin / frames.size(), g_lastCpu / frames.size(),
                    faces, int(frames.size()));
    }

    // Descriptor per face (150x150 crops), one at a time and batched.
    const auto recognizer = FaceRecognizer::create();
    if (!recognizer)
        return 1;
    std::vector<cv::Mat> faces;
    for (int i = 0; i < 16; ++i) {
        cv::Mat face(150, 150, CV_8UC3);
        cv::randu(face, cv::Scalar::all(0), cv::Scalar::all(255));
        faces.push_back(face);
    }
    const double single = medianMs(9, [&] { (void) recognizer.value()->descriptors({faces[0]}); });
    const double singleMin = g_lastMin;
    const double singleCpu = g_lastCpu;
    const double batched = medianMs(5, [&] { (void) recognizer.value()->descriptors(faces); });
    std::printf("  descriptor (150x150 crop): %6.2f ms/face single [%6.2f] cpu %.2f ms, %6.2f "
                "ms/face in batches of 16 [%6.2f] cpu %.2f ms\n",
                single, singleMin, singleCpu, batched / faces.size(), g_lastMin / faces.size(),
                g_lastCpu / faces.size());
    // Landmarks per face (face-api landmark-68 and tiny on a detector box).
    const auto lm = FaceFeatureNet::create(FaceFeatureNet::Kind::Landmark68);
    tiny.value()->setInputSize(416);
    const std::vector<FaceDetection> boxes = tiny.value()->detect(frames[0]);
    if (lm && !boxes.empty()) {
        const double ms = medianMs(7,
                                   [&] { (void) lm.value()->landmarks(frames[0], boxes[0].box); });
        dlibFinder.value()->setDetectSide(640);
        const double dms = medianMs(7, [&] {
            (void) dlibFinder.value()->landmarks(frames[0], boxes[0].box);
        });
        std::printf("  landmarks per face: face-api landmark-68 %.2f ms, dlib shape predictor "
                    "%.2f ms\n",
                    ms, dms);
    }
    std::printf("  load average after: %s\n", qPrintable(loadAverage()));
    return 0;
}
