#include "feenet.h"

#include "common/modellocator.h"

#include "nets/facefeaturenet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <opencv2/core.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <random>
#include <sstream>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::FeeNet", text);
}

constexpr unsigned kInitSeed = 20201;

/** The trainable part: input normalisation buffers, FC 256->128, ReLU, FC 128->16, L2. */
struct HeadImpl : torch::nn::Module
{
    HeadImpl()
        : fc1(register_module("fc1", torch::nn::Linear(FeeNet::kBackboneDim, FeeNet::kHiddenDim))),
          fc2(register_module("fc2", torch::nn::Linear(FeeNet::kHiddenDim, FeeNet::kEmbeddingDim)))
    {
        mean = register_buffer("mean", torch::zeros({FeeNet::kBackboneDim}));
        scale = register_buffer("scale", torch::ones({FeeNet::kBackboneDim}));
        trained = register_buffer("trained", torch::zeros({1}));
    }
    torch::Tensor forward(torch::Tensor x)
    {
        x = (x - mean) * scale;
        x = torch::relu(fc1(x));
        if (is_training())
            x = torch::dropout(x, 0.3, true);
        x = fc2(x);
        return torch::nn::functional::normalize(x, torch::nn::functional::NormalizeFuncOptions()
                                                       .p(2)
                                                       .dim(1)
                                                       .eps(1e-8));
    }
    torch::nn::Linear fc1, fc2;
    torch::Tensor mean, scale, trained;
};
TORCH_MODULE(Head);

torch::Tensor toTensor(const cv::Mat &m)
{
    cv::Mat c = m.isContinuous() ? m : m.clone();
    return torch::from_blob(c.data, {c.rows, c.cols}, torch::kFloat32).clone();
}

cv::Mat toMat(const torch::Tensor &t)
{
    const torch::Tensor c = t.contiguous().to(torch::kFloat32);
    cv::Mat m(int(c.size(0)), int(c.size(1)), CV_32F);
    std::memcpy(m.data, c.data_ptr<float>(), size_t(c.numel()) * sizeof(float));
    return m;
}

/** Two-sided triplet loss of seed 002 on squared distances. */
torch::Tensor tripletLoss(const torch::Tensor &a, const torch::Tensor &p, const torch::Tensor &n,
                          double margin)
{
    const torch::Tensor ap = (a - p).pow(2).sum(1);
    const torch::Tensor an = (a - n).pow(2).sum(1);
    const torch::Tensor pn = (p - n).pow(2).sum(1);
    return (torch::relu(ap - an + margin) + torch::relu(ap - pn + margin)).mean();
}

bool validTriplets(const TripletFeatures &t)
{
    return !t.anchor.empty() && t.anchor.type() == CV_32F && t.anchor.cols == FeeNet::kBackboneDim
           && t.positive.size() == t.anchor.size() && t.negative.size() == t.anchor.size()
           && t.positive.type() == CV_32F && t.negative.type() == CV_32F;
}

} // namespace

struct FeeNet::Private
{
    std::shared_ptr<FaceFeatureNet> backbone;
    Head head{nullptr};
};

FeeNet::FeeNet() : d(std::make_unique<Private>()) {}
FeeNet::~FeeNet() = default;

QString FeeNet::installedHeadPath()
{
    const Result<QString> found = ModelLocator::findModel(QLatin1String(kInstalledHeadName));
    return found ? found.value() : QString();
}

Result<std::shared_ptr<FeeNet>> FeeNet::create(const QString &headPath, const QString &modelDir)
{
    auto backbone = FaceFeatureNet::create(FaceFeatureNet::Kind::Expression, modelDir);
    if (!backbone)
        return backbone.error();
    std::shared_ptr<FeeNet> net(new FeeNet);
    net->d->backbone = backbone.value();
    torch::manual_seed(kInitSeed); // the untrained head is the same projection on every run
    net->d->head = Head();
    net->d->head->eval();
    if (!headPath.isEmpty()) {
        auto loaded = net->loadHead(headPath);
        if (!loaded)
            return loaded.error();
    }
    return net;
}

// The head's `trained` buffer: 0 = untrained, 1 = trained on raw backbone features (and every
// head written before identity-relative training), 2 = trained on identity-relative features.
bool FeeNet::headTrained() const
{
    return d->head->trained.item<float>() > 0.5f;
}

bool FeeNet::identityRelative() const
{
    const float state = d->head->trained.item<float>();
    return state < 0.5f || state > 1.5f;
}

QString FeeNet::description() const
{
    if (headTrained() && identityRelative())
        return tr("FEENet: face-api expression feature extractor (256-d, frozen) + trained 16-d "
                  "head on identity-relative features (each face minus its person's mean "
                  "feature). EfficientNet-B0 weights are not available.");
    return headTrained()
               ? tr("FEENet: face-api expression feature extractor (256-d, frozen) + trained "
                    "16-d head on raw features. EfficientNet-B0 weights are not available.")
               : tr("FEENet: face-api expression feature extractor (256-d) + untrained 16-d head "
                    "(fixed random projection). EfficientNet-B0 weights are not available.");
}

Result<cv::Mat> FeeNet::backboneFeatures(const std::vector<cv::Mat> &bgrCrops) const
{
    if (bgrCrops.empty())
        return cv::Mat(0, kBackboneDim, CV_32F);
    return d->backbone->extract(bgrCrops, FeatureLayer::Pooled);
}

cv::Mat FeeNet::embedFeatures(const cv::Mat &features) const
{
    if (features.empty() || features.cols != kBackboneDim || features.type() != CV_32F)
        return cv::Mat(0, kEmbeddingDim, CV_32F);
    torch::NoGradGuard noGrad;
    d->head->eval();
    return toMat(d->head->forward(toTensor(features)));
}

Result<cv::Mat> FeeNet::embed(const std::vector<cv::Mat> &bgrCrops) const
{
    auto features = backboneFeatures(bgrCrops);
    if (!features)
        return features.error();
    return embedFeatures(features.value());
}

double FeeNet::tripletAccuracyOfEmbeddings(const cv::Mat &a, const cv::Mat &p, const cv::Mat &n)
{
    if (a.empty() || a.size() != p.size() || a.size() != n.size())
        return 0.0;
    int correct = 0;
    for (int i = 0; i < a.rows; ++i) {
        const double ap = cv::norm(a.row(i), p.row(i), cv::NORM_L2SQR);
        const double an = cv::norm(a.row(i), n.row(i), cv::NORM_L2SQR);
        const double pn = cv::norm(p.row(i), n.row(i), cv::NORM_L2SQR);
        correct += (ap < an && ap < pn) ? 1 : 0;
    }
    return double(correct) / a.rows;
}

double FeeNet::tripletAccuracy(const TripletFeatures &t) const
{
    if (!validTriplets(t))
        return 0.0;
    return tripletAccuracyOfEmbeddings(embedFeatures(t.anchor), embedFeatures(t.positive),
                                       embedFeatures(t.negative));
}

Result<std::vector<FeeEpoch>> FeeNet::train(const TripletFeatures &trainSet,
                                            const TripletFeatures &testSet,
                                            const FeeTrainOptions &options,
                                            const std::function<bool(const FeeEpoch &)> &progress)
{
    if (!validTriplets(trainSet))
        return Error{tr("There are no usable training triplets (each needs three %1-d feature "
                        "rows).")
                         .arg(kBackboneDim)};
    const bool haveTest = testSet.size() > 0;
    if (haveTest && !validTriplets(testSet))
        return Error{tr("The held-out triplets are malformed.")};
    if (options.epochs <= 0 || options.batchSize <= 0 || options.learningRate <= 0)
        return Error{tr("Epochs, batch size and learning rate must be positive.")};

    torch::manual_seed(options.seed);
    const torch::Tensor a = toTensor(trainSet.anchor), p = toTensor(trainSet.positive),
                        n = toTensor(trainSet.negative);
    {
        // Input normalisation from all training faces.
        torch::NoGradGuard noGrad;
        const torch::Tensor all = torch::cat({a, p, n}, 0);
        d->head->mean.copy_(all.mean(0));
        d->head->scale.copy_(1.0 / (all.std(0) + 1e-4));
    }
    torch::optim::Adam optimizer(d->head->parameters(),
                                 torch::optim::AdamOptions(options.learningRate)
                                     .weight_decay(options.weightDecay));
    std::mt19937 rng(options.seed);
    std::vector<int64_t> order(size_t(trainSet.size()));
    std::iota(order.begin(), order.end(), 0);
    std::vector<FeeEpoch> history;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        d->head->train();
        std::shuffle(order.begin(), order.end(), rng);
        double lossSum = 0.0;
        int batches = 0;
        for (size_t start = 0; start < order.size(); start += size_t(options.batchSize)) {
            const size_t end = std::min(order.size(), start + size_t(options.batchSize));
            const torch::Tensor idx = torch::tensor(
                std::vector<int64_t>(order.begin() + long(start), order.begin() + long(end)));
            const torch::Tensor loss = tripletLoss(d->head->forward(a.index_select(0, idx)),
                                                   d->head->forward(p.index_select(0, idx)),
                                                   d->head->forward(n.index_select(0, idx)),
                                                   options.margin);
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            lossSum += loss.item<double>();
            ++batches;
        }
        d->head->eval();
        d->head->trained.fill_(options.identityRelative ? 2.0f : 1.0f);
        FeeEpoch e;
        e.epoch = epoch;
        e.loss = lossSum / std::max(1, batches);
        e.trainAccuracy = tripletAccuracy(trainSet);
        e.testAccuracy = haveTest ? tripletAccuracy(testSet) : -1.0;
        history.push_back(e);
        if (progress && !progress(e))
            break;
    }
    return history;
}

Result<bool> FeeNet::saveHead(const QString &path) const
{
    std::ostringstream buffer;
    try {
        torch::serialize::OutputArchive archive;
        d->head->save(archive);
        archive.save_to(buffer);
    } catch (const std::exception &e) {
        return Error{tr("The FEENet head could not be serialised."), QString::fromUtf8(e.what())};
    }
    QSaveFile file(path);
    const std::string bytes = buffer.str();
    if (!file.open(QIODevice::WriteOnly)
        || file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()) || !file.commit())
        return Error{tr("The FEENet head could not be written to %1.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    return true;
}

Result<bool> FeeNet::loadHead(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The FEENet head %1 cannot be read.").arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    const QByteArray bytes = file.readAll();
    Head loaded;
    try {
        std::istringstream in(std::string(bytes.constData(), size_t(bytes.size())));
        torch::serialize::InputArchive archive;
        archive.load_from(in);
        loaded->load(archive);
    } catch (const std::exception &e) {
        return Error{tr("%1 is not a FEENet head file.").arg(QDir::toNativeSeparators(path)),
                     QString::fromUtf8(e.what()).left(300)};
    }
    loaded->eval();
    d->head = loaded;
    return true;
}

} // namespace fm
