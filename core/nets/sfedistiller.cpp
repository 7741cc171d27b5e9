#include "sfedistiller.h"

#include "face/dlibfacefinder.h"
#include "mobilefacenet.h"
#include "mobilefacenet_p.h"
#include "video/clipreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>
#include <random>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::SfeDistiller", text);
}

constexpr int kSide = MobileFaceNet::kInputSize;
constexpr double kCropScale = 1.25;
constexpr double kPi = 3.14159265358979323846;

bool isImageFile(const QString &path)
{
    static const QStringList suffixes = {QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                         QStringLiteral("png"), QStringLiteral("bmp")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

void addFaces(const cv::Mat &image, const QString &group, DlibFaceFinder &finder,
              std::vector<LandmarkSample> &out, bool groupPerFace)
{
    const std::vector<FaceShape> faces = finder.findFaces(image);
    for (size_t i = 0; i < faces.size(); ++i) {
        const QString g = groupPerFace ? group + QStringLiteral("#%1").arg(i) : group;
        out.push_back(LandmarkSample{image, faces[i].points, g});
    }
}

/** Mean L1 of `pred` vs `target` in crop pixels -> landmark points in crop pixels. */
Landmarks68 rowToPoints(const float *row)
{
    return MobileFaceNet::toPoints(row, float(kSide), {0.f, 0.f});
}

torch::Tensor targetsOf(const std::vector<Landmarks68> &points)
{
    torch::Tensor t = torch::empty({int64_t(points.size()), 136}, torch::kFloat32);
    float *dst = t.data_ptr<float>();
    for (size_t i = 0; i < points.size(); ++i) {
        for (size_t k = 0; k < 68; ++k) {
            dst[i * 136 + 2 * k] = points[i][k].x / kSide;
            dst[i * 136 + 2 * k + 1] = points[i][k].y / kSide;
        }
    }
    return t;
}

Result<bool> saveCheckpoint(MobileFaceNet &net, torch::optim::Optimizer &optimizer, int epoch,
                            const QString &path)
{
    const QString part = path + QStringLiteral(".part");
    try {
        torch::serialize::OutputArchive archive;
        torch::serialize::OutputArchive model;
        nets::MobileFaceNetAccess::module(net).save(model);
        archive.write("model", model);
        torch::serialize::OutputArchive opt;
        optimizer.save(opt);
        archive.write("optimizer", opt);
        archive.write("epoch", torch::tensor(int64_t(epoch)));
        archive.save_to(QFile::encodeName(part).toStdString());
    } catch (const std::exception &e) {
        return Error{tr("The checkpoint \"%1\" could not be written.").arg(path),
                     QString::fromLocal8Bit(e.what()).left(400)};
    }
    // Learnt from face crops: owner-only, like everything else FaceMotion writes about faces.
    QFile::setPermissions(part, QFile::ReadOwner | QFile::WriteOwner);
    // rename() replaces the old checkpoint atomically.
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData()) != 0)
        return Error{tr("The checkpoint \"%1\" could not be written.").arg(path)};
    return true;
}

} // namespace

const std::array<int, 68> &SfeDistiller::mirrorIndex()
{
    static const std::array<int, 68> map = [] {
        std::array<int, 68> m{};
        std::iota(m.begin(), m.end(), 0);
        auto pair = [&m](int a, int b) {
            m[size_t(a)] = b;
            m[size_t(b)] = a;
        };
        for (int i = 0; i < 8; ++i)
            pair(i, 16 - i); // jaw
        for (int i = 0; i < 5; ++i)
            pair(17 + i, 26 - i); // brows
        pair(31, 35);
        pair(32, 34); // nostrils; 27-30 and 33 stay
        pair(36, 45);
        pair(37, 44);
        pair(38, 43);
        pair(39, 42);
        pair(40, 47);
        pair(41, 46); // eyes
        pair(48, 54);
        pair(49, 53);
        pair(50, 52);
        pair(55, 59);
        pair(56, 58); // outer lips; 51, 57 stay
        pair(60, 64);
        pair(61, 63);
        pair(65, 67); // inner lips; 62, 66 stay
        return m;
    }();
    return map;
}

cv::Mat SfeDistiller::makeCrop(const LandmarkSample &face, cv::RNG *rng, Landmarks68 *cropPoints)
{
    float minX = face.points[0].x, maxX = minX, minY = face.points[0].y, maxY = minY;
    for (const cv::Point2f &p : face.points) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    cv::Point2f centre((minX + maxX) / 2, (minY + maxY) / 2);
    double side = kCropScale * std::max(maxX - minX, maxY - minY);
    double angle = 0.0;
    bool flip = false;
    if (rng) {
        angle = rng->uniform(-12.0, 12.0);
        side *= rng->uniform(0.9, 1.1);
        centre += cv::Point2f(float(rng->uniform(-0.06, 0.06) * side),
                              float(rng->uniform(-0.06, 0.06) * side));
        flip = rng->uniform(0, 2) == 1;
    }
    const double scale = kSide / std::max(side, 1.0);
    cv::Mat m = cv::getRotationMatrix2D(centre, angle, scale);
    m.at<double>(0, 2) += kSide / 2.0 - centre.x;
    m.at<double>(1, 2) += kSide / 2.0 - centre.y;
    cv::Mat crop;
    cv::warpAffine(face.image, crop, m, cv::Size(kSide, kSide), cv::INTER_LINEAR,
                   cv::BORDER_CONSTANT, cv::Scalar::all(0));
    Landmarks68 points{};
    for (size_t i = 0; i < 68; ++i) {
        const cv::Point2f &p = face.points[i];
        points[i] = cv::Point2f(float(m.at<double>(0, 0) * p.x + m.at<double>(0, 1) * p.y
                                      + m.at<double>(0, 2)),
                                float(m.at<double>(1, 0) * p.x + m.at<double>(1, 1) * p.y
                                      + m.at<double>(1, 2)));
    }
    if (flip) {
        cv::flip(crop, crop, 1);
        Landmarks68 mirrored{};
        for (size_t i = 0; i < 68; ++i) {
            const cv::Point2f &p = points[size_t(mirrorIndex()[i])];
            mirrored[i] = cv::Point2f(float(kSide - 1) - p.x, p.y);
        }
        points = mirrored;
    }
    if (rng) {
        // Colour jitter: contrast, brightness and a per-channel gain.
        const double contrast = rng->uniform(0.75, 1.25);
        const double brightness = rng->uniform(-25.0, 25.0);
        cv::Mat f;
        crop.convertTo(f, CV_32FC3, contrast, brightness);
        const cv::Scalar gain(rng->uniform(0.9, 1.1), rng->uniform(0.9, 1.1),
                              rng->uniform(0.9, 1.1));
        cv::multiply(f, gain, f);
        f.convertTo(crop, CV_8UC3);
    }
    if (cropPoints)
        *cropPoints = points;
    return crop;
}

double SfeDistiller::normalisedError(const Landmarks68 &predicted, const Landmarks68 &reference)
{
    const double interOcular = cv::norm(reference[36] - reference[45]);
    double sum = 0.0;
    for (size_t i = 0; i < 68; ++i)
        sum += cv::norm(predicted[i] - reference[i]);
    return sum / 68.0 / std::max(interOcular, 1e-6);
}

Result<std::vector<LandmarkSample>> SfeDistiller::collectFaces(const QStringList &inputs,
                                                               DlibFaceFinder &finder,
                                                               int videoStep,
                                                               const std::atomic<bool> *cancel)
{
    std::vector<LandmarkSample> faces;
    for (const QString &input : inputs) {
        if (cancel && cancel->load())
            break;
        const QFileInfo info(input);
        if (!info.exists())
            return Error{tr("The training input \"%1\" does not exist.").arg(input)};
        QStringList images;
        if (info.isDir()) {
            for (const QString &name : QDir(input).entryList(QDir::Files, QDir::Name)) {
                if (isImageFile(name))
                    images << QDir(input).filePath(name);
            }
        } else if (isImageFile(input)) {
            images << input;
        }
        if (images.isEmpty()) {
            // A video: every videoStep-th frame; all frames are one group (one person).
            auto reader = ClipReader::open(input);
            if (!reader)
                return reader.error();
            cv::Mat frame;
            for (int index = 0; reader.value()->read(frame); ++index) {
                if (cancel && cancel->load())
                    break;
                if (index % std::max(1, videoStep) == 0)
                    addFaces(frame.clone(), info.absoluteFilePath(), finder, faces, false);
            }
            continue;
        }
        for (const QString &path : images) {
            const cv::Mat image = cv::imread(QFile::encodeName(path).toStdString());
            if (image.empty())
                return Error{tr("The image \"%1\" could not be read.").arg(path)};
            addFaces(image, QFileInfo(path).absoluteFilePath(), finder, faces, true);
        }
    }
    return faces;
}

void SfeDistiller::splitHeldOut(const std::vector<LandmarkSample> &all,
                                std::vector<LandmarkSample> &train,
                                std::vector<LandmarkSample> &heldOut)
{
    std::map<QString, int> groups;
    for (const LandmarkSample &s : all)
        groups.emplace(s.group, 0);
    int index = 0;
    for (auto &g : groups)
        g.second = index++;
    const int count = int(groups.size());
    for (const LandmarkSample &s : all) {
        const int i = groups[s.group];
        const bool held = count >= 2 && (i % 5 == 4 || (count < 5 && i == count - 1));
        (held ? heldOut : train).push_back(s);
    }
}

Result<SfeTrainingResult> SfeDistiller::train(
    const std::vector<LandmarkSample> &trainFaces, const std::vector<LandmarkSample> &heldOutFaces,
    const SfeTrainingOptions &options, const std::function<void(const SfeEpochReport &)> &progress,
    const std::atomic<bool> *cancel)
{
    if (trainFaces.empty() || heldOutFaces.empty())
        return Error{tr("Training needs faces for both training and held-out evaluation.")};
    if (options.checkpointPath.isEmpty())
        return Error{tr("Choose a checkpoint path for the trained SFE-M.")};
    MobileFaceNet net;
    torch::nn::Module &module = nets::MobileFaceNetAccess::module(net);
    torch::manual_seed(options.seed);
    torch::optim::Adam optimizer(module.parameters(),
                                 torch::optim::AdamOptions(options.learningRate).weight_decay(1e-5));
    int startEpoch = 0;
    if (options.resume && QFile::exists(options.checkpointPath)) {
        try {
            torch::serialize::InputArchive archive;
            archive.load_from(QFile::encodeName(options.checkpointPath).toStdString());
            torch::serialize::InputArchive model, opt;
            archive.read("model", model);
            module.load(model);
            archive.read("optimizer", opt);
            optimizer.load(opt);
            torch::Tensor epoch;
            archive.read("epoch", epoch);
            startEpoch = int(epoch.item<int64_t>());
        } catch (const std::exception &e) {
            return Error{tr("The checkpoint \"%1\" could not be resumed.")
                             .arg(options.checkpointPath),
                         QString::fromLocal8Bit(e.what()).left(400)};
        }
    }

    // Held-out crops (no augmentation) and the mean-shape baseline.
    std::vector<cv::Mat> heldCrops;
    std::vector<Landmarks68> heldPoints;
    for (const LandmarkSample &s : heldOutFaces) {
        Landmarks68 p;
        heldCrops.push_back(makeCrop(s, nullptr, &p));
        heldPoints.push_back(p);
    }
    Landmarks68 meanShape{};
    for (const LandmarkSample &s : trainFaces) {
        Landmarks68 p;
        makeCrop(s, nullptr, &p);
        for (size_t k = 0; k < 68; ++k)
            meanShape[k] += p[k] * (1.f / float(trainFaces.size()));
    }
    if (startEpoch == 0) {
        // Start from the mean shape: the head's BatchNorm1d bias = mean training landmarks,
        // its scale small, so the first steps refine a face shape instead of finding one.
        torch::NoGradGuard noGrad;
        auto params = module.named_parameters();
        torch::Tensor bias = params["output_layer.bn.bias"];
        torch::Tensor weight = params["output_layer.bn.weight"];
        bias.copy_(targetsOf({meanShape})[0]);
        weight.fill_(0.05);
    }
    SfeTrainingResult result;
    result.trainFaces = int(trainFaces.size());
    result.heldOutFaces = int(heldOutFaces.size());
    for (const Landmarks68 &p : heldPoints)
        result.meanShapeNme += normalisedError(meanShape, p) / double(heldPoints.size());

    auto evaluate = [&]() {
        const Result<cv::Mat> pred = net.predict(heldCrops);
        double nme = 0.0;
        for (int i = 0; i < pred->rows; ++i)
            nme += normalisedError(rowToPoints(pred->ptr<float>(i)), heldPoints[size_t(i)]);
        return nme / std::max(1, pred->rows);
    };

    cv::RNG rng(options.seed + uint64_t(startEpoch) * 7919u);
    const int epochs = std::max(1, options.epochs);
    result.epochsDone = startEpoch;
    for (int epoch = startEpoch; epoch < epochs; ++epoch) {
        QElapsedTimer timer;
        timer.start();
        // Cosine annealing from the base rate to 1% of it.
        const double lr = options.learningRate
                          * (0.01 + 0.99 * 0.5 * (1.0 + std::cos(kPi * epoch / epochs)));
        for (auto &group : optimizer.param_groups())
            static_cast<torch::optim::AdamOptions &>(group.options()).lr(lr);
        std::vector<size_t> order;
        for (size_t i = 0; i < trainFaces.size(); ++i)
            for (int k = 0; k < options.samplesPerFace; ++k)
                order.push_back(i);
        std::shuffle(order.begin(), order.end(), std::mt19937(unsigned(options.seed + epoch)));
        module.train();
        double lossSum = 0.0;
        int steps = 0;
        bool cancelled = false;
        for (size_t start = 0; start < order.size(); start += size_t(options.batchSize)) {
            if (cancel && cancel->load()) {
                cancelled = true;
                break;
            }
            const size_t end = std::min(order.size(), start + size_t(options.batchSize));
            if (end - start < 2)
                break; // BatchNorm needs more than one sample
            std::vector<cv::Mat> crops;
            std::vector<Landmarks68> points;
            for (size_t i = start; i < end; ++i) {
                Landmarks68 p;
                crops.push_back(makeCrop(trainFaces[order[i]], &rng, &p));
                points.push_back(p);
            }
            const torch::Tensor input = nets::MobileFaceNetAccess::toInput(crops);
            const torch::Tensor output = nets::MobileFaceNetAccess::forward(net, input);
            const torch::Tensor loss = torch::l1_loss(output, targetsOf(points));
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            lossSum += loss.item<double>();
            ++steps;
        }
        module.eval();
        if (cancelled) {
            result.cancelled = true;
            const Result<bool> saved = saveCheckpoint(net, optimizer, epoch, options.checkpointPath);
            if (!saved)
                return saved.error();
            result.heldOutNme = evaluate();
            return result;
        }
        const Result<bool> saved = saveCheckpoint(net, optimizer, epoch + 1, options.checkpointPath);
        if (!saved)
            return saved.error();
        result.epochsDone = epoch + 1;
        result.heldOutNme = evaluate();
        if (progress) {
            progress(SfeEpochReport{epoch + 1, epochs, lossSum / std::max(1, steps),
                                    result.heldOutNme, timer.nsecsElapsed() / 1e9});
        }
    }
    if (startEpoch >= epochs)
        result.heldOutNme = evaluate();
    return result;
}

} // namespace fm
