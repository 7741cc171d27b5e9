#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace fm {

/** One training run of an expanded plan: a deterministic name and a complete config. */
struct PlannedRun
{
    QString name;       ///< e.g. "grid-mp0.2-mn0.3", "abl-sfe-e", "cv"
    QString label;      ///< what differs from the base, for tables ("m_p 0.2, m_n 0.3")
    QJsonObject config; ///< TrainConfig JSON (TrainConfig::toJson() of the parsed config)
};

/**
 * An experiment plan: a base TrainConfig (JSON, missing keys keep their defaults) and a
 * protocol that expands it into named runs.
 *
 * Protocols:
 *  - "single": the base config as it is (its own "protocol" key decides split or CV);
 *  - "cv": subject-disjoint k-fold cross-validation ("folds" of the base, seed 000 §3);
 *  - "split": one fixed train/validation split (seed 001 §4);
 *  - "grid": seed 001 contrastive loss over margins m_p x m_n (default {0.1,0.2,0.3,0.5}²,
 *    seed 001 Fig. 4), one split run per pair named "grid-mp<m_p>-mn<m_n>";
 *  - "ablation": one run per variant of each chosen axis (seed 000 Tables 1-3, seed 001
 *    Table 2): "sfe" (SFE-L, SFE-E, SFE-M), "loss" (contrastive m_c vs N-pair),
 *    "trimming" (on, off), "pretrain" (baseline vs SS+), "data" (FM, LM, FM+LM). Runs
 *    are named "abl-<axis>-<value>"; identical configs from two axes are kept once.
 *
 * Plan JSON: {"name", "description", "source", "protocol", "base": {...},
 *             "axes": ["sfe", ...], "margins_p": [...], "margins_n": [...]}.
 */
struct ExperimentPlan
{
    QString name;
    QString description;
    QString source; ///< the paper table or figure this plan reproduces
    QString protocol = QStringLiteral("single");
    QJsonObject base;
    QStringList axes; ///< ablation axes
    std::vector<double> marginsP{0.1, 0.2, 0.3, 0.5};
    std::vector<double> marginsN{0.1, 0.2, 0.3, 0.5};

    /** Parses and checks a plan (unknown keys, bad protocol or axis, a bad base config). */
    static Result<ExperimentPlan> fromJson(const QJsonObject &json);
    static Result<ExperimentPlan> fromFile(const QString &path);
    QJsonObject toJson() const;

    /** The runs of the plan, each config validated by TrainConfig::fromJson. */
    Result<std::vector<PlannedRun>> expand() const;
};

/** Protocol ids accepted by ExperimentPlan ("single", "cv", "split", "grid", "ablation"). */
QStringList planProtocols();
/** Ablation axis ids ("sfe", "loss", "trimming", "pretrain", "data"). */
QStringList ablationAxes();

/**
 * Presets reproducing the papers' experiments (all on the open project's clips):
 *  - "seed000-cv-contrastive": seed 000 §3 / Table 1 — 10-fold subject-disjoint CV,
 *    similarity contrastive loss (m_c 0.5), random trimming, SFE-L, FM clips;
 *  - "seed000-cv-npair": seed 000 Table 1 N-pair row — the same with N-pair loss (tau 0.1);
 *  - "seed000-lm": seed 000 Table 2 — the contrastive CV run on lip movements only;
 *  - "seed000-trimming": seed 000 §2.5 / Table 3 — trimming on vs off;
 *  - "seed000-sfe": seed 000 Table 3 — SFE-L vs SFE-E vs SFE-M;
 *  - "seed001-baseline": seed 001 Table 2 baseline — fixed split, distance contrastive
 *    (m_p 0.2, m_n 0.3), compound clips, no pretraining;
 *  - "seed001-ssplus": seed 001 Table 2 SS+ row — the baseline after SS+ pretraining;
 *  - "seed001-pretraining": seed 001 Table 2 — baseline vs SS+ in one plan;
 *  - "seed001-grid": seed 001 Fig. 4 — margin grid {0.1,0.2,0.3,0.5}²;
 *  - "fm-only", "lm-only", "data-ablation": FM, LM, FM vs LM vs FM+LM (seed 000 §3.2).
 */
QStringList planPresetNames();
Result<ExperimentPlan> planPreset(const QString &name);

/** A run name usable as a folder name: letters, digits, ".", "_", "+", "-" (1-80). */
bool isValidRunName(const QString &name);

} // namespace fm
