#include "experimentplan.h"

#include "trainconfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <optional>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::ExperimentPlan", text);
}

const QString kFm = QStringLiteral("facial-motion");
const QString kLm = QStringLiteral("lip-movement");

/** "0.2" for 0.2, "0.25" for 0.25: the shortest text that reads back the same. */
QString number(double v)
{
    return QString::number(v, 'g', 6);
}

/** Sets `key` (dotted for a nested object, e.g. "pretrain.mode") in a config; an undefined
    value removes it. */
void setKey(QJsonObject &config, const QString &key, const QJsonValue &value)
{
    const int dot = key.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        if (value.isUndefined()) // removes the key
            config.remove(key);
        else
            config.insert(key, value);
        return;
    }
    const QString outer = key.left(dot);
    QJsonObject inner = config.value(outer).toObject();
    setKey(inner, key.mid(dot + 1), value);
    config.insert(outer, inner);
}

struct Variant
{
    QString value; ///< name suffix
    QString label;
    QList<QPair<QString, QJsonValue>> keys;
};

std::vector<Variant> axisVariants(const QString &axis)
{
    if (axis == QLatin1String("sfe"))
        return {{QStringLiteral("sfe-l"),
                 QStringLiteral("SFE-L"),
                 {{QStringLiteral("sfe"), QStringLiteral("sfe-l/pooled")}}},
                {QStringLiteral("sfe-e"),
                 QStringLiteral("SFE-E"),
                 {{QStringLiteral("sfe"), QStringLiteral("sfe-e/pooled")}}},
                {QStringLiteral("sfe-m"),
                 QStringLiteral("SFE-M"),
                 {{QStringLiteral("sfe"), QStringLiteral("sfe-m/pooled")}}}};
    if (axis == QLatin1String("loss"))
        return {{QStringLiteral("contrastive"),
                 QStringLiteral("contrastive (m_c)"),
                 {{QStringLiteral("loss"), QStringLiteral("contrastive-similarity")}}},
                {QStringLiteral("npair"),
                 QStringLiteral("N-pair (tau)"),
                 {{QStringLiteral("loss"), QStringLiteral("npair")}}}};
    if (axis == QLatin1String("trimming"))
        return {{QStringLiteral("on"),
                 QStringLiteral("trimming on"),
                 {{QStringLiteral("trimming"), true}}},
                {QStringLiteral("off"),
                 QStringLiteral("trimming off"),
                 {{QStringLiteral("trimming"), false}}}};
    if (axis == QLatin1String("pretrain"))
        return {{QStringLiteral("baseline"),
                 QStringLiteral("baseline"),
                 {{QStringLiteral("pretrain.mode"), QStringLiteral("none")},
                  {QStringLiteral("pretrain.epochs"), 0},
                  {QStringLiteral("pretrain.views"), QJsonValue(QJsonValue::Undefined)}}},
                {QStringLiteral("ss"),
                 QStringLiteral("SS"),
                 {{QStringLiteral("pretrain.mode"), QStringLiteral("ss")},
                  {QStringLiteral("pretrain.epochs"), 10},
                  {QStringLiteral("pretrain.views"), 2}}},
                {QStringLiteral("ssplus"),
                 QStringLiteral("SS+"),
                 {{QStringLiteral("pretrain.mode"), QStringLiteral("ss+")},
                  {QStringLiteral("pretrain.epochs"), 10},
                  {QStringLiteral("pretrain.views"), QJsonValue(QJsonValue::Undefined)}}}};
    if (axis == QLatin1String("data"))
        return {{QStringLiteral("fm"),
                 QStringLiteral("FM"),
                 {{QStringLiteral("kinds"), QJsonArray{kFm}}}},
                {QStringLiteral("lm"),
                 QStringLiteral("LM"),
                 {{QStringLiteral("kinds"), QJsonArray{kLm}}}},
                {QStringLiteral("fm+lm"),
                 QStringLiteral("FM+LM"),
                 {{QStringLiteral("kinds"), QJsonArray{kFm, kLm}}}}};
    return {};
}

/** Parses `base`, returns the normalised config JSON or the config's error (run named). */
Result<QJsonObject> normalised(const QJsonObject &config, const QString &run)
{
    const Result<TrainConfig> c = TrainConfig::fromJson(config);
    if (!c)
        return Error{tr("Run \"%1\": %2").arg(run, c.error().message), c.error().detail};
    return c->toJson();
}

Result<std::vector<double>> readMargins(const QJsonValue &v, const char *key)
{
    std::vector<double> out;
    bool good = v.isArray() && !v.toArray().isEmpty();
    for (const QJsonValue &m : v.toArray()) {
        good = good && m.isDouble() && m.toDouble() >= 0 && m.toDouble() <= 2;
        out.push_back(m.toDouble());
    }
    if (!good)
        return Error{
            tr("\"%1\" must be a non-empty list of margins from 0 to 2.").arg(QLatin1String(key))};
    return out;
}

QJsonArray toArray(const std::vector<double> &v)
{
    QJsonArray a;
    for (double d : v)
        a.append(d);
    return a;
}

} // namespace

QStringList planProtocols()
{
    return {QStringLiteral("single"), QStringLiteral("cv"), QStringLiteral("split"),
            QStringLiteral("grid"), QStringLiteral("ablation")};
}

QStringList ablationAxes()
{
    return {QStringLiteral("sfe"), QStringLiteral("loss"), QStringLiteral("trimming"),
            QStringLiteral("pretrain"), QStringLiteral("data")};
}

bool isValidRunName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_+.-]{1,80}$"));
    return re.match(name).hasMatch() && name != QLatin1String(".") && name != QLatin1String("..")
           && !name.startsWith(QLatin1Char('.'));
}

Result<ExperimentPlan> ExperimentPlan::fromJson(const QJsonObject &json)
{
    static const QSet<QString> known{QStringLiteral("name"),      QStringLiteral("description"),
                                     QStringLiteral("source"),    QStringLiteral("protocol"),
                                     QStringLiteral("base"),      QStringLiteral("axes"),
                                     QStringLiteral("margins_p"), QStringLiteral("margins_n")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return Error{tr("Unknown plan key \"%1\".").arg(it.key())};
    }
    ExperimentPlan plan;
    for (const char *key : {"name", "description", "source", "protocol"}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString())
            return Error{tr("\"%1\" must be a text.").arg(QLatin1String(key))};
    }
    plan.name = json.value(QStringLiteral("name")).toString();
    plan.description = json.value(QStringLiteral("description")).toString();
    plan.source = json.value(QStringLiteral("source")).toString();
    plan.protocol = json.value(QStringLiteral("protocol")).toString(QStringLiteral("single"));
    if (!planProtocols().contains(plan.protocol))
        return Error{tr("\"protocol\" must be one of: %1.").arg(planProtocols().join(", "))};
    if (json.contains(QStringLiteral("base")) && !json.value(QStringLiteral("base")).isObject())
        return Error{tr("\"base\" must be an object (a training config).")};
    plan.base = json.value(QStringLiteral("base")).toObject();
    if (const Result<TrainConfig> c = TrainConfig::fromJson(plan.base); !c)
        return Error{tr("The plan's base config is not valid: %1").arg(c.error().message)};
    if (json.contains(QStringLiteral("axes"))) {
        const QJsonValue axes = json.value(QStringLiteral("axes"));
        if (!axes.isArray())
            return Error{tr("\"axes\" must be a list of: %1.").arg(ablationAxes().join(", "))};
        for (const QJsonValue &a : axes.toArray()) {
            if (!ablationAxes().contains(a.toString()) || plan.axes.contains(a.toString()))
                return Error{tr("\"axes\" must list distinct axes among: %1.")
                                 .arg(ablationAxes().join(", "))};
            plan.axes.append(a.toString());
        }
    }
    if (plan.protocol == QLatin1String("ablation") && plan.axes.isEmpty())
        return Error{tr("An ablation plan needs at least one axis in \"axes\".")};
    for (const char *key : {"margins_p", "margins_n"}) {
        if (!json.contains(QLatin1String(key)))
            continue;
        const Result<std::vector<double>> m = readMargins(json.value(QLatin1String(key)), key);
        if (!m)
            return m.error();
        (key[8] == 'p' ? plan.marginsP : plan.marginsN) = m.value();
    }
    return plan;
}

Result<ExperimentPlan> ExperimentPlan::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The plan \"%1\" could not be read.").arg(path), file.errorString()};
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &perr);
    if (!doc.isObject())
        return Error{tr("The plan \"%1\" is not a JSON object.").arg(path), perr.errorString()};
    return fromJson(doc.object());
}

QJsonObject ExperimentPlan::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("description"), description},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("protocol"), protocol},
                  {QStringLiteral("base"), base}};
    if (!axes.isEmpty())
        o.insert(QStringLiteral("axes"), QJsonArray::fromStringList(axes));
    if (protocol == QLatin1String("grid")) {
        o.insert(QStringLiteral("margins_p"), toArray(marginsP));
        o.insert(QStringLiteral("margins_n"), toArray(marginsN));
    }
    return o;
}

Result<std::vector<PlannedRun>> ExperimentPlan::expand() const
{
    std::vector<PlannedRun> runs;
    auto add = [&runs](const QString &name, const QString &label,
                       const QJsonObject &config) -> std::optional<Error> {
        const Result<QJsonObject> c = normalised(config, name);
        if (!c)
            return c.error();
        for (const PlannedRun &r : runs) {
            if (r.config == c.value())
                return std::nullopt; // the same run from two axes: keep the first
        }
        runs.push_back({name, label, c.value()});
        return std::nullopt;
    };
    std::optional<Error> error;
    if (protocol == QLatin1String("single")) {
        error = add(QStringLiteral("run"), tr("as configured"), base);
    } else if (protocol == QLatin1String("cv") || protocol == QLatin1String("split")) {
        QJsonObject c = base;
        c.insert(QStringLiteral("protocol"), protocol);
        error = add(protocol,
                    protocol == QLatin1String("cv")
                        ? tr("%1-fold cross-validation")
                              .arg(base.value(QStringLiteral("folds")).toInt(10))
                        : tr("fixed split"),
                    c);
    } else if (protocol == QLatin1String("grid")) {
        for (double mp : marginsP) {
            for (double mn : marginsN) {
                QJsonObject c = base;
                c.insert(QStringLiteral("loss"), QStringLiteral("contrastive"));
                c.insert(QStringLiteral("margin_p"), mp);
                c.insert(QStringLiteral("margin_n"), mn);
                error = add(QStringLiteral("grid-mp%1-mn%2").arg(number(mp), number(mn)),
                            tr("m_p %1, m_n %2").arg(number(mp), number(mn)), c);
                if (error)
                    return *error;
            }
        }
    } else {
        for (const QString &axis : axes) {
            for (const Variant &v : axisVariants(axis)) {
                QJsonObject c = base;
                for (const auto &[key, value] : v.keys)
                    setKey(c, key, value);
                error = add(QStringLiteral("abl-%1-%2").arg(axis, v.value), v.label, c);
                if (error)
                    return *error;
            }
        }
    }
    if (error)
        return *error;
    if (runs.empty())
        return Error{tr("The plan expands to no run.")};
    return runs;
}

QStringList planPresetNames()
{
    return {QStringLiteral("seed000-cv-contrastive"),
            QStringLiteral("seed000-cv-npair"),
            QStringLiteral("seed000-lm"),
            QStringLiteral("seed000-trimming"),
            QStringLiteral("seed000-sfe"),
            QStringLiteral("seed001-baseline"),
            QStringLiteral("seed001-ssplus"),
            QStringLiteral("seed001-pretraining"),
            QStringLiteral("seed001-grid"),
            QStringLiteral("fm-only"),
            QStringLiteral("lm-only"),
            QStringLiteral("data-ablation")};
}

Result<ExperimentPlan> planPreset(const QString &name)
{
    // seed 000: SFE-L, similarity contrastive loss, trimming, 10-fold subject-disjoint CV.
    const QJsonObject seed000{{QStringLiteral("protocol"), QStringLiteral("cv")},
                              {QStringLiteral("folds"), 10},
                              {QStringLiteral("sfe"), QStringLiteral("sfe-l/pooled")},
                              {QStringLiteral("loss"), QStringLiteral("contrastive-similarity")},
                              {QStringLiteral("margin_c"), 0.5},
                              {QStringLiteral("temperature"), 0.1},
                              {QStringLiteral("trimming"), true},
                              {QStringLiteral("kinds"), QJsonArray{kFm}}};
    // seed 001: fixed split, distance contrastive loss (m_p 0.2, m_n 0.3: the grid's best),
    // compound two-action clips.
    const QJsonObject seed001{{QStringLiteral("protocol"), QStringLiteral("split")},
                              {QStringLiteral("sfe"), QStringLiteral("sfe-l/pooled")},
                              {QStringLiteral("loss"), QStringLiteral("contrastive")},
                              {QStringLiteral("margin_p"), 0.2},
                              {QStringLiteral("margin_n"), 0.3},
                              {QStringLiteral("trimming"), true},
                              {QStringLiteral("kinds"), QJsonArray{kFm}},
                              {QStringLiteral("compound"),
                               QJsonObject{{QStringLiteral("enabled"), true}}}};
    const QJsonObject ssplus{{QStringLiteral("mode"), QStringLiteral("ss+")},
                             {QStringLiteral("epochs"), 10}};

    ExperimentPlan p;
    p.name = name;
    if (name == QLatin1String("seed000-cv-contrastive")) {
        p.description = tr("10-fold CV, contrastive loss (m_c), random trimming, SFE-L, FM");
        p.source = QStringLiteral("seed 000 Table 1 (SFE-L, contrastive, trimming)");
        p.protocol = QStringLiteral("cv");
        p.base = seed000;
    } else if (name == QLatin1String("seed000-cv-npair")) {
        p.description = tr("10-fold CV, N-pair loss (tau), random trimming, SFE-L, FM");
        p.source = QStringLiteral("seed 000 Table 1 (N-pair rows)");
        p.protocol = QStringLiteral("cv");
        p.base = seed000;
        p.base.insert(QStringLiteral("loss"), QStringLiteral("npair"));
    } else if (name == QLatin1String("seed000-lm")) {
        p.description = tr("10-fold CV, contrastive loss, lip movements only");
        p.source = QStringLiteral("seed 000 Table 2 (LM row)");
        p.protocol = QStringLiteral("cv");
        p.base = seed000;
        p.base.insert(QStringLiteral("kinds"), QJsonArray{kLm});
    } else if (name == QLatin1String("seed000-trimming")) {
        p.description = tr("Random trimming on vs off (10-fold CV)");
        p.source = QStringLiteral("seed 000 Table 1 (trimming ablation)");
        p.protocol = QStringLiteral("ablation");
        p.base = seed000;
        p.axes = {QStringLiteral("trimming")};
    } else if (name == QLatin1String("seed000-sfe")) {
        p.description = tr("SFE-L vs SFE-E vs SFE-M (10-fold CV)");
        p.source = QStringLiteral("seed 000 Table 1 (SFE-L vs SFE-E); seed 001 SFE-M");
        p.protocol = QStringLiteral("ablation");
        p.base = seed000;
        p.axes = {QStringLiteral("sfe")};
    } else if (name == QLatin1String("seed001-baseline")) {
        p.description = tr("Fixed split, distance contrastive (m_p 0.2, m_n 0.3), compound "
                           "clips, trained from scratch");
        p.source = QStringLiteral("seed 001 Fig. 5 / baseline (AP 0.859)");
        p.protocol = QStringLiteral("split");
        p.base = seed001;
    } else if (name == QLatin1String("seed001-ssplus")) {
        p.description = tr("The seed 001 baseline after SS+ (contrastive subclips) pretraining");
        p.source = QStringLiteral("seed 001 Fig. 5 / SS+ (AP 0.897)");
        p.protocol = QStringLiteral("split");
        p.base = seed001;
        p.base.insert(QStringLiteral("pretrain"), ssplus);
    } else if (name == QLatin1String("seed001-pretraining")) {
        p.description = tr("Baseline vs SS vs SS+ pretraining (fixed split)");
        p.source = QStringLiteral("seed 001 Fig. 5");
        p.protocol = QStringLiteral("ablation");
        p.base = seed001;
        p.axes = {QStringLiteral("pretrain")};
    } else if (name == QLatin1String("seed001-grid")) {
        p.description = tr("Grid over m_p x m_n in {0.1, 0.2, 0.3, 0.5} (16 runs, fixed split)");
        p.source = QStringLiteral("seed 001 Fig. 4 (blue: baseline)");
        p.protocol = QStringLiteral("grid");
        p.base = seed001;
    } else if (name == QLatin1String("fm-only") || name == QLatin1String("lm-only")) {
        const bool fm = name == QLatin1String("fm-only");
        p.description = fm ? tr("Facial motions only (10-fold CV)")
                           : tr("Lip movements only (10-fold CV)");
        p.source = QStringLiteral("seed 000 Table 2");
        p.protocol = QStringLiteral("cv");
        p.base = seed000;
        p.base.insert(QStringLiteral("kinds"), QJsonArray{fm ? kFm : kLm});
    } else if (name == QLatin1String("data-ablation")) {
        p.description = tr("FM vs LM vs FM+LM (10-fold CV)");
        p.source = QStringLiteral("seed 000 Table 2");
        p.protocol = QStringLiteral("ablation");
        p.base = seed000;
        p.axes = {QStringLiteral("data")};
    } else {
        return Error{
            tr("Unknown preset \"%1\"; presets: %2.").arg(name, planPresetNames().join(", "))};
    }
    return p;
}

} // namespace fm
