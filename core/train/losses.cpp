#include "losses.h"

#include "losses_p.h"

#include <QCoreApplication>

#include <torch/torch.h>

#include <array>

namespace fm {

namespace losses {

at::Tensor contrastiveSimilarity(const at::Tensor &a, const at::Tensor &b,
                                 const at::Tensor &positive, double marginC)
{
    const at::Tensor s = (a * b).sum(1);
    const at::Tensor y = 1.0 - positive.to(torch::kFloat); // y = 1 for negative pairs
    return ((1.0 - y) * (1.0 - s) + y * torch::clamp_min(s - marginC, 0.0)).mean();
}

at::Tensor contrastiveDistance(const at::Tensor &a, const at::Tensor &b, const at::Tensor &positive,
                               double marginP, double marginN)
{
    const at::Tensor d = 1.0 - (a * b).sum(1);
    const at::Tensor y = positive.to(torch::kFloat);
    return (y * torch::clamp_min(d - marginP, 0.0) + (1.0 - y) * torch::clamp_min(marginN - d, 0.0))
        .mean();
}

at::Tensor nPair(const at::Tensor &embeddings, const at::Tensor &labels, double temperature)
{
    const int64_t n = embeddings.size(0);
    const at::Tensor logits = embeddings.matmul(embeddings.t()) / temperature;
    const at::Tensor self = torch::eye(n, torch::kBool);
    // log-softmax over k != i: mask the diagonal with -inf before the log-sum-exp.
    const at::Tensor masked = logits.masked_fill(self, -std::numeric_limits<float>::infinity());
    const at::Tensor logProb = masked - torch::logsumexp(masked, 1, true);
    const at::Tensor pos = labels.unsqueeze(0).eq(labels.unsqueeze(1)).logical_and(~self);
    const at::Tensor posF = pos.to(torch::kFloat);
    const at::Tensor count = posF.sum(1);
    const at::Tensor has = count > 0;
    // masked_fill keeps -inf on the diagonal out of the product (0 * -inf would be NaN).
    const at::Tensor perRow = -(logProb.masked_fill(~pos, 0.0) * posF).sum(1)
                              / count.clamp_min(1.0);
    return perRow.masked_select(has).mean();
}

at::Tensor infoNce(const at::Tensor &embeddings, const at::Tensor &viewLabels, double temperature)
{
    return nPair(embeddings, viewLabels, temperature);
}

at::Tensor triplet(const at::Tensor &anchor, const at::Tensor &positive, const at::Tensor &negative,
                   double margin)
{
    const at::Tensor dp = 1.0 - (anchor * positive).sum(1);
    const at::Tensor dn = 1.0 - (anchor * negative).sum(1);
    return torch::clamp_min(dp - dn + margin, 0.0).mean();
}

} // namespace losses

Result<LossValue> evaluateLoss(LossFunction function, const LossInput &input,
                               const TrainConfig &config)
{
    const int64_t rows = input.dim > 0 ? int64_t(input.embeddings.size()) / input.dim : 0;
    if (rows == 0 || int64_t(input.embeddings.size()) != rows * input.dim)
        return Error{QCoreApplication::translate("fm::Losses", "The embeddings are empty or not "
                                                               "a whole number of rows.")};
    torch::NoGradGuard noGrad; // re-enabled below only for the leaf
    at::Tensor e = torch::from_blob(const_cast<float *>(input.embeddings.data()),
                                    {rows, int64_t(input.dim)}, torch::kFloat)
                       .clone();
    torch::AutoGradMode grad(true);
    e.set_requires_grad(true);
    auto index = [](const std::vector<int64_t> &v) { return torch::tensor(v, torch::kLong); };
    at::Tensor loss;
    try {
        if (function == LossFunction::ContrastiveSimilarity
            || function == LossFunction::ContrastiveDistance) {
            std::vector<int64_t> a, b, p;
            for (const LossInput::Pair &pair : input.pairs) {
                a.push_back(pair.a);
                b.push_back(pair.b);
                p.push_back(pair.positive ? 1 : 0);
            }
            const at::Tensor ea = e.index_select(0, index(a)), eb = e.index_select(0, index(b));
            loss = function == LossFunction::ContrastiveSimilarity
                       ? losses::contrastiveSimilarity(ea, eb, index(p), config.marginC)
                       : losses::contrastiveDistance(ea, eb, index(p), config.marginP,
                                                     config.marginN);
        } else if (function == LossFunction::Triplet) {
            std::vector<int64_t> a, p, n;
            for (const std::array<int, 3> &t : input.triplets) {
                a.push_back(t[0]);
                p.push_back(t[1]);
                n.push_back(t[2]);
            }
            loss = losses::triplet(e.index_select(0, index(a)), e.index_select(0, index(p)),
                                   e.index_select(0, index(n)), config.tripletMargin);
        } else {
            std::vector<int64_t> labels(input.labels.begin(), input.labels.end());
            if (int64_t(labels.size()) != rows)
                return Error{QCoreApplication::translate("fm::Losses",
                                                         "One label per embedding is needed.")};
            loss = function == LossFunction::NPair
                       ? losses::nPair(e, index(labels), config.temperature)
                       : losses::infoNce(e, index(labels), config.pretrainTemperature);
        }
        loss.backward();
    } catch (const c10::Error &error) {
        return Error{QCoreApplication::translate("fm::Losses", "The loss could not be computed."),
                     QString::fromStdString(error.what_without_backtrace())};
    }
    LossValue out;
    out.value = loss.item<double>();
    const at::Tensor g = e.grad().contiguous();
    out.gradient.assign(g.data_ptr<float>(), g.data_ptr<float>() + g.numel());
    return out;
}

} // namespace fm
