#include "experimentdialog.h"

#include "nets/featurecache.h"
#include "project/project.h"
#include "train/projectfeatures.h"
#include "train/trainconfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

#include <map>
#include <set>

namespace fm {

namespace {

QDoubleSpinBox *spin(double lo, double hi, double step, int decimals, QWidget *parent)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setRange(lo, hi);
    s->setSingleStep(step);
    s->setDecimals(decimals);
    return s;
}

QSpinBox *intSpin(int lo, int hi, QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setRange(lo, hi);
    return s;
}

const char *const kLossIds[] = {"contrastive-similarity", "contrastive", "npair"};
const char *const kProtocolIds[] = {"split", "cv", "grid", "ablation"};
const int kDefaultSsViews = 2; ///< seed 001 §3.3: two transformed views (a twin pair) per clip

/** The "pretrain" object's mode ("none", "ss", "ss+"), read without TrainConfig. */
QString pretrainMode(const QJsonObject &config)
{
    return config.value(QStringLiteral("pretrain"))
        .toObject()
        .value(QStringLiteral("mode"))
        .toString(QStringLiteral("none"));
}

} // namespace

ExperimentDialog::ExperimentDialog(ExperimentContext context, QWidget *parent)
    : QDialog(parent), m_context(std::move(context))
{
    setWindowTitle(tr("New experiment"));
    setObjectName(QStringLiteral("experimentDialog"));
    auto *root = new QVBoxLayout(this);

    auto *top = new QFormLayout;
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->addItem(tr("Custom"), QString());
    for (const QString &name : planPresetNames()) {
        const Result<ExperimentPlan> p = planPreset(name);
        m_preset->addItem(QStringLiteral("%1 — %2").arg(name, p->description), name);
        m_preset->setItemData(m_preset->count() - 1, p->source, Qt::ToolTipRole);
    }
    top->addRow(tr("&Preset:"), m_preset);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("runNameEdit"));
    m_name->setPlaceholderText(tr("letters, digits, . _ + -"));
    top->addRow(tr("Run &name:"), m_name);
    root->addLayout(top);

    auto *columns = new QHBoxLayout;
    root->addLayout(columns);

    // Model and loss.
    auto *modelBox = new QGroupBox(tr("Model and loss"), this);
    auto *model = new QFormLayout(modelBox);
    m_sfe = new QComboBox(modelBox);
    m_sfe->setObjectName(QStringLiteral("sfeCombo"));
    m_sfe->addItem(tr("SFE-L (landmark net)"), QStringLiteral("sfe-l/pooled"));
    m_sfe->addItem(tr("SFE-E (expression net)"), QStringLiteral("sfe-e/pooled"));
    m_sfe->addItem(tr("SFE-M (MobileFaceNet)"), QStringLiteral("sfe-m/pooled"));
    model->addRow(tr("&SFE (feature extractor):"), m_sfe);
    m_sfeCheckpoint = new QLineEdit(modelBox);
    m_sfeCheckpoint->setObjectName(QStringLiteral("sfeCheckpointEdit"));
    m_sfeCheckpoint->setPlaceholderText(tr("made by fmstudio-cli pretrain-sfe --out FILE"));
    m_sfeCheckpoint->setToolTip(tr("SFE-M: the MobileFaceNet checkpoint whose features the "
                                   "runs use (the job computes missing ones first)"));
    m_browseCheckpoint = new QPushButton(tr("Browse…"), modelBox);
    connect(m_browseCheckpoint, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("SFE-M checkpoint"),
                                                          QFileInfo(m_sfeCheckpoint->text()).path(),
                                                          tr("Checkpoints (*.pt);;All files (*)"));
        if (!file.isEmpty())
            m_sfeCheckpoint->setText(file);
    });
    auto *checkpointRow = new QHBoxLayout;
    checkpointRow->addWidget(m_sfeCheckpoint, 1);
    checkpointRow->addWidget(m_browseCheckpoint);
    model->addRow(tr("SFE-M checkpoint:"), checkpointRow);
    m_loss = new QComboBox(modelBox);
    m_loss->setObjectName(QStringLiteral("lossCombo"));
    m_loss->addItem(tr("Contrastive, similarity (seed 000, m_c)"));
    m_loss->addItem(tr("Contrastive, distance (seed 001, m_p, m_n)"));
    m_loss->addItem(tr("N-pair (temperature τ)"));
    model->addRow(tr("&Loss:"), m_loss);
    m_marginC = spin(-1, 1, 0.05, 2, modelBox);
    model->addRow(tr("Margin m_&c:"), m_marginC);
    m_marginP = spin(0, 2, 0.05, 2, modelBox);
    model->addRow(tr("Pos&itive margin m_p:"), m_marginP);
    m_marginN = spin(0, 2, 0.05, 2, modelBox);
    model->addRow(tr("Ne&gative margin m_n:"), m_marginN);
    m_tau = spin(0.001, 10, 0.01, 3, modelBox);
    model->addRow(tr("Te&mperature τ:"), m_tau);
    m_trimming = new QCheckBox(tr("Random t&rimming of neutral frames"), modelBox);
    model->addRow(m_trimming);
    m_pretrain = new QComboBox(modelBox);
    m_pretrain->setObjectName(QStringLiteral("pretrainCombo"));
    m_pretrain->addItem(tr("None (baseline)"), QStringLiteral("none"));
    m_pretrain->addItem(tr("SS (twin clips by image transforms)"), QStringLiteral("ss"));
    m_pretrain->addItem(tr("SS+ (contrastive subclips)"), QStringLiteral("ss+"));
    model->addRow(tr("Pre&training:"), m_pretrain);
    m_pretrainEpochs = intSpin(1, 10000, modelBox);
    m_pretrainEpochs->setObjectName(QStringLiteral("pretrainEpochsSpin"));
    model->addRow(tr("Pretraining epoc&hs:"), m_pretrainEpochs);
    m_ssViews = intSpin(1, 8, modelBox);
    m_ssViews->setObjectName(QStringLiteral("ssViewsSpin"));
    m_ssViews->setValue(kDefaultSsViews);
    m_ssViews->setToolTip(tr("SS: transformed feature views computed per clip (colour "
                             "distortion, blur, temporal padding; features recomputed)"));
    model->addRow(tr("SS views per clip:"), m_ssViews);
    columns->addWidget(modelBox);

    // Data and protocol.
    auto *dataBox = new QGroupBox(tr("Data and protocol"), this);
    auto *data = new QFormLayout(dataBox);
    m_fm = new QCheckBox(tr("&Facial motions (FM)"), dataBox);
    m_lm = new QCheckBox(tr("Lip mo&vements (LM)"), dataBox);
    m_compoundKind = new QCheckBox(tr("Recorded compo&und motions"), dataBox);
    m_synthCompound = new QCheckBox(tr("S&ynthesise compound clips (seed 001)"), dataBox);
    m_pending = new QCheckBox(tr("Include clips &waiting for review"), dataBox);
    m_excluded = new QCheckBox(tr("Include e&xcluded clips"), dataBox);
    m_fm->setObjectName(QStringLiteral("fmCheck"));
    m_lm->setObjectName(QStringLiteral("lmCheck"));
    m_compoundKind->setObjectName(QStringLiteral("compoundCheck"));
    for (QCheckBox *b : {m_fm, m_lm, m_compoundKind, m_synthCompound, m_pending, m_excluded})
        data->addRow(b);
    m_protocol = new QComboBox(dataBox);
    m_protocol->setObjectName(QStringLiteral("protocolCombo"));
    m_protocol->addItem(tr("Fixed train/validation split"));
    m_protocol->addItem(tr("k-fold cross-validation (subject-disjoint)"));
    m_protocol->addItem(tr("Margin grid m_p × m_n (16 runs)"));
    m_protocol->addItem(tr("Ablation set"));
    data->addRow(tr("Pr&otocol:"), m_protocol);
    m_folds = intSpin(2, 100, dataBox);
    data->addRow(tr("Folds &k:"), m_folds);
    m_validation = spin(0.01, 0.9, 0.05, 2, dataBox);
    data->addRow(tr("Share of validation sub&jects:"), m_validation);
    auto *axes = new QHBoxLayout;
    const QStringList axisLabels{tr("SFE"), tr("Loss"), tr("Trimming"), tr("Pretraining"),
                                 tr("Data")};
    for (int i = 0; i < ablationAxes().size(); ++i) {
        auto *b = new QCheckBox(axisLabels[i], dataBox);
        b->setObjectName(QStringLiteral("axis-") + ablationAxes()[i]);
        axes->addWidget(b);
        m_axes.append(b);
    }
    data->addRow(tr("Ablation axes:"), axes);
    columns->addWidget(dataBox);

    // Optimisation.
    auto *optBox = new QGroupBox(tr("Optimisation"), this);
    auto *opt = new QFormLayout(optBox);
    m_epochs = intSpin(1, 100000, optBox);
    m_epochs->setObjectName(QStringLiteral("epochsSpin"));
    opt->addRow(tr("&Epochs:"), m_epochs);
    m_batch = intSpin(1, 4096, optBox);
    opt->addRow(tr("&Batch (N pos. + N neg. pairs):"), m_batch);
    m_lr = spin(0.00001, 10, 0.005, 5, optBox);
    opt->addRow(tr("Le&arning rate:"), m_lr);
    m_seed = intSpin(0, 2147483647, optBox);
    opt->addRow(tr("Ran&dom seed:"), m_seed);
    root->addWidget(optBox);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    root->addWidget(m_summary);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    root->addWidget(m_problems);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExperimentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExperimentDialog::reject);
    root->addWidget(m_buttons);

    if (Project *project = m_context.project) {
        QHash<qint64, Motion> motions;
        for (const Motion &m : project->motions())
            motions.insert(m.id, m);
        for (const Clip &clip : project->clips()) {
            const auto it = motions.constFind(clip.motionId);
            if (it == motions.constEnd())
                continue;
            m_clips.push_back({it->subjectId, clip.motionId, motionKindName(it->kind),
                               clip.contentHash, int(project->review(clip.id).status)});
        }
        m_cacheDir = QDir(project->cacheDir()).filePath(QStringLiteral("features"));
    }

    // Defaults: TrainConfig's, on facial motions.
    setFromConfig(TrainConfig().toJson());
    m_fm->setChecked(true);
    m_name->setText(m_context.nameTaken ? QStringLiteral("experiment") : QString());
    if (m_context.nameTaken) {
        QString name = QStringLiteral("experiment");
        for (int i = 2; m_context.nameTaken(name); ++i)
            name = QStringLiteral("experiment-%1").arg(i);
        m_name->setText(name);
    }

    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        if (!m_preset->itemData(index).toString().isEmpty())
            applyPreset(m_preset->itemData(index).toString());
    });
    const auto refresh = [this] {
        updateEnabled();
        updateSummary();
    };
    for (QComboBox *c : {m_sfe, m_loss, m_pretrain, m_protocol})
        connect(c, &QComboBox::currentIndexChanged, this, refresh);
    for (QCheckBox *b :
         {m_fm, m_lm, m_compoundKind, m_synthCompound, m_pending, m_excluded, m_trimming})
        connect(b, &QCheckBox::toggled, this, refresh);
    for (QCheckBox *b : std::as_const(m_axes))
        connect(b, &QCheckBox::toggled, this, refresh);
    connect(m_name, &QLineEdit::textChanged, this, refresh);
    connect(m_sfeCheckpoint, &QLineEdit::textChanged, this, refresh);
    connect(m_folds, &QSpinBox::valueChanged, this, refresh);
    connect(m_ssViews, &QSpinBox::valueChanged, this, refresh);
    m_name->setFocus();
    m_name->selectAll();
    refresh();
}

void ExperimentDialog::setFromConfig(const QJsonObject &json)
{
    // The pretraining fields come from the JSON itself, so a mode the linked TrainConfig does
    // not know yet does not reset every other field to the defaults.
    QJsonObject rest = json;
    rest.remove(QStringLiteral("pretrain"));
    const Result<TrainConfig> parsed = TrainConfig::fromJson(rest);
    const TrainConfig c = parsed ? parsed.value() : TrainConfig();
    m_sfe->setCurrentIndex(std::max(0, m_sfe->findData(c.sfe)));
    if (!c.sfeCheckpoint.isEmpty())
        m_sfeCheckpoint->setText(c.sfeCheckpoint);
    const QString loss = lossKindName(c.loss);
    for (int i = 0; i < 3; ++i) {
        if (loss == QLatin1String(kLossIds[i]))
            m_loss->setCurrentIndex(i);
    }
    m_marginC->setValue(c.marginC);
    m_marginP->setValue(c.marginP);
    m_marginN->setValue(c.marginN);
    m_tau->setValue(c.temperature);
    m_trimming->setChecked(c.trimming);
    const QJsonObject pretrain = json.value(QStringLiteral("pretrain")).toObject();
    m_pretrain->setCurrentIndex(std::max(0, m_pretrain->findData(pretrainMode(json))));
    const int pretrainEpochs = pretrain.value(QStringLiteral("epochs")).toInt(0);
    m_pretrainEpochs->setValue(pretrainEpochs > 0 ? pretrainEpochs : 10);
    m_ssViews->setValue(pretrain.value(QStringLiteral("views")).toInt(kDefaultSsViews));
    m_fm->setChecked(c.kinds.isEmpty() || c.kinds.contains(QStringLiteral("facial-motion")));
    m_lm->setChecked(c.kinds.isEmpty() || c.kinds.contains(QStringLiteral("lip-movement")));
    m_compoundKind->setChecked(c.kinds.isEmpty() || c.kinds.contains(QStringLiteral("compound")));
    m_synthCompound->setChecked(c.compound);
    m_pending->setChecked(c.includePending);
    m_excluded->setChecked(c.includeExcluded);
    m_protocol->setCurrentIndex(c.protocol == QLatin1String("cv") ? 1 : 0);
    m_folds->setValue(c.folds);
    m_validation->setValue(c.validationFraction);
    m_epochs->setValue(c.epochs);
    m_batch->setValue(c.batchPairs);
    m_lr->setValue(c.learningRate);
    m_seed->setValue(int(c.seed));
}

bool ExperimentDialog::applyPreset(const QString &name)
{
    const Result<ExperimentPlan> p = planPreset(name);
    if (!p)
        return false;
    m_presetBase = p->base;
    setFromConfig(p->base);
    for (int i = 0; i < 4; ++i) {
        if (p->protocol == QLatin1String(kProtocolIds[i]))
            m_protocol->setCurrentIndex(i);
    }
    for (int i = 0; i < m_axes.size(); ++i)
        m_axes[i]->setChecked(p->axes.contains(ablationAxes()[i]));
    const int index = m_preset->findData(name);
    if (index >= 0)
        m_preset->setCurrentIndex(index);
    QString runName = name;
    if (m_context.nameTaken) {
        for (int i = 2; m_context.nameTaken(runName); ++i)
            runName = QStringLiteral("%1-%2").arg(name).arg(i);
    }
    m_name->setText(runName);
    updateEnabled();
    updateSummary();
    return true;
}

QJsonObject ExperimentDialog::baseConfig() const
{
    QJsonObject c = m_presetBase; // keeps keys the dialog has no field for (model, ...)
    c.insert(QStringLiteral("sfe"), m_sfe->currentData().toString());
    if (usesSfeM() && !m_sfeCheckpoint->text().trimmed().isEmpty())
        c.insert(QStringLiteral("sfe_checkpoint"), m_sfeCheckpoint->text().trimmed());
    else
        c.remove(QStringLiteral("sfe_checkpoint"));
    c.insert(QStringLiteral("loss"), QLatin1String(kLossIds[m_loss->currentIndex()]));
    c.insert(QStringLiteral("margin_c"), m_marginC->value());
    c.insert(QStringLiteral("margin_p"), m_marginP->value());
    c.insert(QStringLiteral("margin_n"), m_marginN->value());
    c.insert(QStringLiteral("temperature"), m_tau->value());
    c.insert(QStringLiteral("trimming"), m_trimming->isChecked());
    const QString mode = m_pretrain->currentData().toString();
    const bool on = mode != QLatin1String("none");
    QJsonObject pretrain = c.value(QStringLiteral("pretrain")).toObject();
    pretrain.insert(QStringLiteral("mode"), mode);
    pretrain.insert(QStringLiteral("epochs"), on ? m_pretrainEpochs->value() : 0);
    if (mode == QLatin1String("ss")) // transformed feature views per clip, SS only
        pretrain.insert(QStringLiteral("views"), m_ssViews->value());
    else
        pretrain.remove(QStringLiteral("views"));
    pretrain.remove(QStringLiteral("lr")); // 10 x the fine-tuning rate (seed 001 §4)
    c.insert(QStringLiteral("pretrain"), pretrain);
    QJsonArray kinds;
    if (m_fm->isChecked())
        kinds.append(QStringLiteral("facial-motion"));
    if (m_lm->isChecked())
        kinds.append(QStringLiteral("lip-movement"));
    if (m_compoundKind->isChecked())
        kinds.append(QStringLiteral("compound"));
    c.insert(QStringLiteral("kinds"), kinds);
    QJsonObject compound = c.value(QStringLiteral("compound")).toObject();
    compound.insert(QStringLiteral("enabled"), m_synthCompound->isChecked());
    c.insert(QStringLiteral("compound"), compound);
    c.insert(QStringLiteral("include_pending"), m_pending->isChecked());
    c.insert(QStringLiteral("include_excluded"), m_excluded->isChecked());
    c.insert(QStringLiteral("protocol"),
             m_protocol->currentIndex() == 1 ? QStringLiteral("cv") : QStringLiteral("split"));
    c.insert(QStringLiteral("folds"), m_folds->value());
    c.insert(QStringLiteral("validation_fraction"), m_validation->value());
    c.insert(QStringLiteral("epochs"), m_epochs->value());
    c.insert(QStringLiteral("batch_pairs"), m_batch->value());
    c.insert(QStringLiteral("lr"), m_lr->value());
    c.insert(QStringLiteral("seed"), m_seed->value());
    return c;
}

ExperimentPlan ExperimentDialog::plan() const
{
    ExperimentPlan p;
    p.name = runName();
    p.protocol = QLatin1String(kProtocolIds[m_protocol->currentIndex()]);
    p.base = baseConfig();
    for (int i = 0; i < m_axes.size(); ++i) {
        if (m_axes[i]->isChecked())
            p.axes.append(ablationAxes()[i]);
    }
    const QString preset = m_preset->currentData().toString();
    if (!preset.isEmpty())
        p.source = planPreset(preset)->source;
    return p;
}

QString ExperimentDialog::runName() const
{
    return m_name->text().trimmed();
}

Result<std::vector<PlannedRun>> ExperimentDialog::runs() const
{
    ExperimentPlan p = plan();
    if (p.protocol == QLatin1String("split") || p.protocol == QLatin1String("cv"))
        p.protocol = QStringLiteral("single"); // the base's "protocol" key says which
    const Result<ExperimentPlan> checked = ExperimentPlan::fromJson(p.toJson());
    if (!checked)
        return checked.error();
    Result<std::vector<PlannedRun>> runs = checked->expand();
    if (!runs)
        return runs;
    for (PlannedRun &r : runs.value())
        r.name = runs->size() == 1 ? runName() : runName() + QLatin1Char('-') + r.name;
    return runs;
}

QStringList ExperimentDialog::problems() const
{
    QStringList out;
    const QString name = runName();
    if (name.isEmpty())
        out << tr("Give the run a name.");
    else if (!isValidRunName(name))
        out << tr("The run name may hold only letters, digits, \".\", \"_\", \"+\" and \"-\".");
    if (usesSfeM()) {
        const Result<QString> id = resolveSfeId(QStringLiteral("sfe-m/pooled"),
                                                m_sfeCheckpoint->text().trimmed());
        if (!id)
            out << (m_sfeCheckpoint->text().trimmed().isEmpty()
                        ? tr("SFE-M needs a checkpoint made by fmstudio-cli pretrain-sfe: choose "
                             "it under \"SFE-M checkpoint\".")
                        : id.error().message);
    }
    const Result<std::vector<PlannedRun>> planned = runs();
    if (!planned) {
        out << planned.error().message;
        return out;
    }
    if (m_context.nameTaken) {
        for (const PlannedRun &r : planned.value()) {
            if (m_context.nameTaken(r.name)) {
                out << tr("A run named \"%1\" exists already; choose another name.").arg(r.name);
                break;
            }
        }
    }
    if (!m_fm->isChecked() && !m_lm->isChecked() && !m_compoundKind->isChecked())
        out << tr("Choose at least one kind of data (FM, LM or compound).");
    if (!m_context.project)
        return out;
    // Subjects with at least two motions of two clips each (positives and negatives).
    const TrainConfig base = TrainConfig::fromJson(baseConfig()).value();
    std::map<qint64, int> clipsPerMotion;
    std::map<qint64, qint64> subjectOf;
    QStringList hashes;
    for (const ClipInfo &clip : m_clips) {
        if (!base.kinds.isEmpty() && !base.kinds.contains(clip.kind))
            continue;
        const auto status = ReviewStatus(clip.status);
        if ((status == ReviewStatus::Pending && !base.includePending)
            || (status == ReviewStatus::Excluded && !base.includeExcluded))
            continue;
        ++clipsPerMotion[clip.motionId];
        subjectOf[clip.motionId] = clip.subjectId;
        hashes << clip.hash;
    }
    std::map<qint64, int> motionsPerSubject;
    for (const auto &[motionId, count] : clipsPerMotion) {
        if (count >= 2)
            ++motionsPerSubject[subjectOf[motionId]];
    }
    int subjects = 0;
    for (const auto &[subjectId, count] : motionsPerSubject)
        subjects += count >= 2 ? 1 : 0;
    if (hashes.isEmpty())
        out << tr("The project has no clips of the chosen kinds and review states.");
    else if (subjects < 2)
        out << tr("Only %1 subject(s) have two motions with two clips each; training needs at "
                  "least 2 (one to train, one to validate).")
                   .arg(subjects);
    else if (base.protocol == QLatin1String("cv") && subjects < base.folds)
        out << tr("%1-fold cross-validation needs at least %1 such subjects; the chosen data "
                  "has %2.")
                   .arg(base.folds)
                   .arg(subjects);
    return out;
}

bool ExperimentDialog::usesSfeM() const
{
    if (m_sfe->currentData().toString().startsWith(QLatin1String("sfe-m")))
        return true;
    if (QLatin1String(kProtocolIds[m_protocol->currentIndex()]) != QLatin1String("ablation"))
        return false;
    const int sfeAxis = int(ablationAxes().indexOf(QStringLiteral("sfe")));
    return sfeAxis >= 0 && sfeAxis < m_axes.size() && m_axes[sfeAxis]->isChecked();
}

int ExperimentDialog::missingFeatures(const QString &sfe, const QString &crop,
                                      const QStringList &hashes) const
{
    const QString key = sfe + QLatin1Char('\n') + crop;
    if (!m_cached.contains(key)) {
        QSet<QString> have;
        for (const ClipInfo &clip : m_clips) {
            if (FeatureCache(m_cacheDir, {clip.hash, sfe, crop}).exists())
                have.insert(clip.hash);
        }
        m_cached.insert(key, have);
    }
    const QSet<QString> &have = m_cached[key];
    int missing = 0;
    for (const QString &hash : hashes)
        missing += have.contains(hash) ? 0 : 1;
    return missing;
}

QStringList ExperimentDialog::notes() const
{
    QStringList out;
    if (pretrainMode(baseConfig()) == QLatin1String("ss"))
        out << tr("SS: the job first computes %1 transformed feature view(s) of every clip "
                  "(colour distortion, blur, temporal padding; features recomputed).")
                   .arg(m_ssViews->value());
    if (!m_context.project)
        return out;
    const Result<TrainConfig> base = TrainConfig::fromJson(baseConfig());
    if (!base)
        return out;
    const Result<QString> sfe = resolveSfeId(base->sfe, base->sfeCheckpoint);
    if (!sfe)
        return out; // a problem already
    QStringList hashes;
    for (const ClipInfo &clip : m_clips) {
        if (base->kinds.isEmpty() || base->kinds.contains(clip.kind))
            hashes << clip.hash;
    }
    const int missing = missingFeatures(sfe.value(), base->crop, hashes);
    if (missing > 0)
        out << tr("%1 clips have no %2 features yet; the job computes them first (the clips "
                  "are analysed: this takes a while).")
                   .arg(missing)
                   .arg(base->sfe.section(QLatin1Char('/'), 0, 0));
    return out;
}

void ExperimentDialog::updateEnabled()
{
    const int loss = m_loss->currentIndex();
    m_marginC->setEnabled(loss == 0);
    m_marginP->setEnabled(loss == 1);
    m_marginN->setEnabled(loss == 1);
    m_tau->setEnabled(loss == 2);
    const QString mode = m_pretrain->currentData().toString();
    m_pretrainEpochs->setEnabled(mode != QLatin1String("none"));
    m_ssViews->setEnabled(mode == QLatin1String("ss"));
    m_sfeCheckpoint->setEnabled(usesSfeM());
    m_browseCheckpoint->setEnabled(usesSfeM());
    const int protocol = m_protocol->currentIndex();
    m_folds->setEnabled(protocol == 1);
    m_validation->setEnabled(protocol != 1);
    for (QCheckBox *b : std::as_const(m_axes))
        b->setEnabled(protocol == 3);
    if (protocol == 2) { // the grid trains with the distance loss over m_p x m_n
        m_loss->setCurrentIndex(1);
        m_marginP->setEnabled(false);
        m_marginN->setEnabled(false);
    }
}

void ExperimentDialog::updateSummary()
{
    const Result<std::vector<PlannedRun>> planned = runs();
    if (planned) {
        QStringList names;
        for (const PlannedRun &r : planned.value())
            names << r.name;
        const int shown = 4;
        m_summary->setText(
            tr("%n run(s) will be queued: %1", nullptr, int(names.size()))
                .arg(names.size() > shown
                         ? names.mid(0, shown).join(QStringLiteral(", ")) + QStringLiteral(", …")
                         : names.join(QStringLiteral(", ")))
            + (notes().isEmpty() ? QString() : QStringLiteral("\n") + notes().join('\n')));
    } else {
        m_summary->clear();
    }
    const QStringList p = problems();
    m_problems->setText(p.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

void ExperimentDialog::accept()
{
    const QStringList p = problems();
    if (!p.isEmpty()) {
        m_problems->setText(p.join(QLatin1Char('\n')));
        return;
    }
    QDialog::accept();
}

} // namespace fm
