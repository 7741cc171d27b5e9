#pragma once

#include "train/experimentplan.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QDialogButtonBox;

namespace fm {

class Project;

/** What the dialog checks a new experiment against (the open project, existing runs). */
struct ExperimentContext
{
    Project *project = nullptr;                     ///< for subjects, clips and features
    std::function<bool(const QString &)> nameTaken; ///< run names in use
};

/**
 * "New experiment": feature extractor, loss and its parameters, trimming, pretraining (none,
 * SS with its number of transformed views per clip, SS+),
 * data (FM, LM, compound, excluded clips), protocol (split, k-fold, margin grid, ablation
 * set), epochs, batch, learning rate, seed and run name; a preset combo fills every field
 * from the papers' experiments (ExperimentPlan presets). Start is refused with a clear
 * message while the inputs cannot make a run (name in use, fewer than two subjects with two
 * motions, SFE-M features missing, ...). The accepted result is runs(): named run configs.
 */
class ExperimentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExperimentDialog(ExperimentContext context, QWidget *parent = nullptr);

    /** Fills every field from a preset (planPresetNames()); false if unknown. */
    bool applyPreset(const QString &name);
    /** The plan the fields describe. */
    ExperimentPlan plan() const;
    QString runName() const;
    /** The runs to queue, named "<run name>" (one run) or "<run name>-<plan run>". */
    Result<std::vector<PlannedRun>> runs() const;
    /** Problems that block Start (empty: ready); notes that do not are in notes(). */
    QStringList problems() const;
    QStringList notes() const;

    QLineEdit *nameEdit() const { return m_name; }

public Q_SLOTS:
    void accept() override;

private:
    void updateEnabled();
    void updateSummary();
    QJsonObject baseConfig() const;
    void setFromConfig(const QJsonObject &config);
    /** Whether a run of the plan uses SFE-M (chosen, or the SFE ablation axis). */
    bool usesSfeM() const;

    ExperimentContext m_context;
    QComboBox *m_preset = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_sfe = nullptr;
    QLineEdit *m_sfeCheckpoint = nullptr; ///< SFE-M: a pretrain-sfe checkpoint
    QPushButton *m_browseCheckpoint = nullptr;
    QComboBox *m_loss = nullptr;
    QDoubleSpinBox *m_marginC = nullptr;
    QDoubleSpinBox *m_marginP = nullptr;
    QDoubleSpinBox *m_marginN = nullptr;
    QDoubleSpinBox *m_tau = nullptr;
    QCheckBox *m_trimming = nullptr;
    QComboBox *m_pretrain = nullptr;
    QSpinBox *m_pretrainEpochs = nullptr;
    QSpinBox *m_ssViews = nullptr; ///< SS: transformed feature views per clip
    QCheckBox *m_fm = nullptr;
    QCheckBox *m_lm = nullptr;
    QCheckBox *m_compoundKind = nullptr;
    QCheckBox *m_synthCompound = nullptr;
    QCheckBox *m_excluded = nullptr;
    QCheckBox *m_pending = nullptr;
    QComboBox *m_protocol = nullptr;
    QSpinBox *m_folds = nullptr;
    QDoubleSpinBox *m_validation = nullptr;
    QList<QCheckBox *> m_axes;
    QSpinBox *m_epochs = nullptr;
    QSpinBox *m_batch = nullptr;
    QDoubleSpinBox *m_lr = nullptr;
    QSpinBox *m_seed = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QJsonObject m_presetBase; ///< keys of the preset the fields do not show (model, ...)

    /** The project's clips as the checks need them (read once). */
    struct ClipInfo
    {
        qint64 subjectId = 0, motionId = 0;
        QString kind, hash;
        int status = 0;
    };
    std::vector<ClipInfo> m_clips;
    QString m_cacheDir;
    /** Number of the clips (by hash) without features, per sfe + crop (filled on demand). */
    int missingFeatures(const QString &sfe, const QString &crop, const QStringList &hashes) const;
    mutable QHash<QString, QSet<QString>> m_cached;
};

} // namespace fm
