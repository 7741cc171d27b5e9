#!/usr/bin/python3
"""Independent reference for the evaluation tests and benchmark: scikit-learn (Debian's
python3-sklearn, run with /usr/bin/python3).

  sklearn_reference.py pr SCORES.csv OUT.json        # lines "score,label"
  sklearn_reference.py prbin SCORES.f64 LABELS.u8 OUT.json   # raw float64 / uint8 arrays
  sklearn_reference.py tsne DATA.csv OUT.json [PERPLEXITY] [SEED]   # rows of floats
  sklearn_reference.py trust X.csv Y.csv OUT.json [K]

Writes JSON (floats printed exactly, repr) with the figures and the seconds each took.
"""
import json
import sys
import time

import numpy as np


def eer_of(fpr, tpr):
    # Same definition as fm::computeMetrics: first ROC point with FPR >= FNR, linear
    # interpolation of the crossing of FPR and FNR = 1 - TPR on the segment before it.
    g = fpr + tpr - 1.0
    i = int(np.argmax(g >= 0.0))
    if i == 0:
        return float(fpr[0])
    g0, g1 = g[i - 1], g[i]
    a = -g0 / (g1 - g0) if g1 > g0 else 0.0
    return float(fpr[i - 1] + a * (fpr[i] - fpr[i - 1]))


def run_pr(scores_path, out_path):
    data = np.loadtxt(scores_path, delimiter=",", ndmin=2, dtype=np.float64)
    pr_figures(data[:, 0], data[:, 1].astype(np.int64), out_path)


def pr_figures(scores, labels, out_path):
    from sklearn.metrics import (average_precision_score, precision_recall_curve,
                                 roc_auc_score, roc_curve)
    t0, c0 = time.perf_counter(), time.process_time()
    ap = average_precision_score(labels, scores)
    t1 = time.perf_counter()
    precision, recall, thresholds = precision_recall_curve(labels, scores)
    t2, c2 = time.perf_counter(), time.process_time()
    fpr, tpr, roc_thr = roc_curve(labels, scores, drop_intermediate=False)
    auc = roc_auc_score(labels, scores)
    t3 = time.perf_counter()
    out = {
        "sklearn": __import__("sklearn").__version__,
        "n": int(len(scores)),
        "average_precision": float(ap),
        "roc_auc": float(auc),
        "eer": eer_of(fpr, tpr),
        "seconds_ap": t1 - t0,
        "seconds_pr_curve": t2 - t1,
        "cpu_seconds_ap_and_pr_curve": c2 - c0,
        "seconds_roc": t3 - t2,
    }
    if len(scores) <= 200000:
        out.update({
            "precision": precision.tolist(), "recall": recall.tolist(),
            "thresholds": thresholds.tolist(), "fpr": fpr.tolist(), "tpr": tpr.tolist(),
            "roc_thresholds": roc_thr.tolist(),
        })
    with open(out_path, "w") as f:
        json.dump(out, f)


def run_tsne(data_path, out_path, perplexity=30.0, seed=0):
    from sklearn.manifold import TSNE, trustworthiness
    X = np.loadtxt(data_path, delimiter=",", ndmin=2, dtype=np.float32)
    t0, c0 = time.perf_counter(), time.process_time()
    Y = TSNE(n_components=2, perplexity=perplexity, init="pca", learning_rate="auto",
             method="barnes_hut", random_state=seed).fit_transform(X)
    t1, c1 = time.perf_counter(), time.process_time()
    trust = trustworthiness(X, Y, n_neighbors=10)
    with open(out_path, "w") as f:
        json.dump({"sklearn": __import__("sklearn").__version__, "seconds": t1 - t0,
                   "cpu_seconds": c1 - c0, "trustworthiness": float(trust), "embedding": Y.astype(float).tolist()}, f)


def run_trust(x_path, y_path, out_path, k=10):
    from sklearn.manifold import trustworthiness
    X = np.loadtxt(x_path, delimiter=",", ndmin=2, dtype=np.float64)
    Y = np.loadtxt(y_path, delimiter=",", ndmin=2, dtype=np.float64)
    with open(out_path, "w") as f:
        json.dump({"trustworthiness": float(trustworthiness(X, Y, n_neighbors=k))}, f)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "pr":
        run_pr(sys.argv[2], sys.argv[3])
    elif mode == "prbin":
        pr_figures(np.fromfile(sys.argv[2], dtype=np.float64),
                   np.fromfile(sys.argv[3], dtype=np.uint8).astype(np.int64), sys.argv[4])
    elif mode == "tsne":
        run_tsne(sys.argv[2], sys.argv[3], *(float(a) for a in sys.argv[4:5]),
                 *(int(a) for a in sys.argv[5:6]))
    elif mode == "trust":
        run_trust(sys.argv[2], sys.argv[3], sys.argv[4], *(int(a) for a in sys.argv[5:6]))
    else:
        sys.exit("unknown mode " + mode)
