#pragma once

// Loss functions on torch tensors, shared by the trainer and the loss checks. Torch types are
// only forward-declared so this header stays cheap; every includer is a torch .cpp anyway.

namespace at {
class Tensor;
}

namespace fm::losses {

// Every function takes L2-normalised embeddings (rows) and returns the mean loss (a scalar).

/** Seed 000 Eq. 1-2: (1-y)(1 - S) + y max(0, S - m_c), y = 1 for a negative pair, S = a.b. */
at::Tensor contrastiveSimilarity(const at::Tensor &a, const at::Tensor &b,
                                 const at::Tensor &positive, double marginC);
/** Seed 001 Eq. 1-3: y max(d - m_p, 0) + (1-y) max(m_n - d, 0), d = 1 - a.b, y = 1 positive. */
at::Tensor contrastiveDistance(const at::Tensor &a, const at::Tensor &b, const at::Tensor &positive,
                               double marginP, double marginN);
/**
 * Seed 000 Eq. 5-6 (N-pair, supervised-contrastive form): for each row i with positives P(i)
 * (same label, j != i) in the batch, -1/|P| sum_j log(exp(S_ij/t) / sum_{k != i} exp(S_ik/t)),
 * averaged over the rows that have a positive. `labels` is an int64 vector.
 */
at::Tensor nPair(const at::Tensor &embeddings, const at::Tensor &labels, double temperature);
/** InfoNCE / NT-Xent for self-supervised pretraining: the N-pair form with the view labels
    (two views of one clip share a label; every other clip is a negative). */
at::Tensor infoNce(const at::Tensor &embeddings, const at::Tensor &viewLabels, double temperature);
/** Seed 002: max(0, d(a,p) - d(a,n) + margin), d = 1 - cos. */
at::Tensor triplet(const at::Tensor &anchor, const at::Tensor &positive, const at::Tensor &negative,
                   double margin);

} // namespace fm::losses
