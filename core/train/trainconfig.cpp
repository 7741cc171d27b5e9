#include "trainconfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>
#include <optional>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::TrainConfig", text);
}

const char *const kLossNames[] = {"contrastive-similarity", "contrastive", "npair", "triplet"};

/** Reads typed keys from one JSON object, remembering the first error and unknown keys. */
class Reader
{
public:
    Reader(const QJsonObject &o, QString prefix) : m_o(o), m_prefix(std::move(prefix)) {}

    void number(const char *key, double &out, double lo, double hi)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < lo || v.toDouble() > hi)
            fail(tr("\"%1\" must be a number from %2 to %3.").arg(name(key)).arg(lo).arg(hi));
        else
            out = v.toDouble();
    }
    template<typename Int>
    void integer(const char *key, Int &out, double lo, double hi)
    {
        double d = double(out);
        const QJsonValue v = m_o.value(QLatin1String(key));
        number(key, d, lo, hi);
        if (!v.isUndefined() && v.isDouble() && d != std::floor(d))
            fail(tr("\"%1\" must be a whole number.").arg(name(key)));
        out = Int(d);
    }
    void boolean(const char *key, bool &out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (!v.isBool())
            fail(tr("\"%1\" must be true or false.").arg(name(key)));
        else
            out = v.toBool();
    }
    void text(const char *key, QString &out, const QStringList &allowed = {})
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (!v.isString() || (!allowed.isEmpty() && !allowed.contains(v.toString())))
            fail(allowed.isEmpty()
                     ? tr("\"%1\" must be a text.").arg(name(key))
                     : tr("\"%1\" must be one of: %2.").arg(name(key), allowed.join(", ")));
        else
            out = v.toString();
    }
    /** An array of distinct texts, each one of `allowed`. */
    void textList(const char *key, QStringList &out, const QStringList &allowed)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        QStringList list;
        bool good = v.isArray();
        for (const QJsonValue &item : v.toArray()) {
            good = good && item.isString() && allowed.contains(item.toString())
                   && !list.contains(item.toString());
            list.append(item.toString());
        }
        if (!good)
            fail(tr("\"%1\" must be a list of distinct values among: %2.")
                     .arg(name(key), allowed.join(", ")));
        else
            out = list;
    }
    QJsonObject object(const char *key)
    {
        const QJsonValue v = take(key);
        if (!v.isUndefined() && !v.isObject())
            fail(tr("\"%1\" must be an object.").arg(name(key)));
        return v.toObject();
    }
    /** Call last: any key not read is an error (catches typos such as "learnig_rate"). */
    std::optional<Error> finish()
    {
        for (auto it = m_o.begin(); it != m_o.end(); ++it) {
            if (!m_seen.contains(it.key()))
                fail(tr("Unknown config key \"%1\".").arg(m_prefix + it.key()));
        }
        return m_error;
    }
    void adopt(std::optional<Error> error)
    {
        if (error && !m_error)
            m_error = error;
    }
    void fail(const QString &message)
    {
        if (!m_error)
            m_error = Error{message};
    }

private:
    QJsonValue take(const char *key)
    {
        m_seen.insert(QLatin1String(key));
        return m_o.value(QLatin1String(key));
    }
    QString name(const char *key) const { return m_prefix + QLatin1String(key); }

    QJsonObject m_o;
    QString m_prefix;
    QSet<QString> m_seen;
    std::optional<Error> m_error;
};

} // namespace

QString lossKindName(LossKind kind)
{
    return QLatin1String(kLossNames[int(kind)]);
}

QJsonObject EncoderConfig::toJson() const
{
    return {{QStringLiteral("d_model"), dModel},       {QStringLiteral("heads"), heads},
            {QStringLiteral("ff"), feedForward},       {QStringLiteral("layers"), layers},
            {QStringLiteral("dim"), embeddingDim},     {QStringLiteral("dropout"), dropout},
            {QStringLiteral("max_frames"), maxFrames}, {QStringLiteral("input_norm"), inputNorm},
            {QStringLiteral("pooling"), pooling},      {QStringLiteral("output"), output}};
}

QString pretrainModeName(PretrainMode mode)
{
    switch (mode) {
    case PretrainMode::Twins:
        return QStringLiteral("ss");
    case PretrainMode::Subclips:
        return QStringLiteral("ss+");
    case PretrainMode::None:
        break;
    }
    return QStringLiteral("none");
}

PretrainMode pretrainModeFromName(const QString &name)
{
    if (name == QLatin1String("ss"))
        return PretrainMode::Twins;
    if (name == QLatin1String("ss+"))
        return PretrainMode::Subclips;
    return PretrainMode::None;
}

double TrainConfig::effectivePretrainLearningRate() const
{
    return pretrainLearningRate > 0 ? pretrainLearningRate : learningRate;
}

Result<TrainConfig> TrainConfig::fromJson(const QJsonObject &json)
{
    TrainConfig c;
    Reader r(json, {});
    r.text("protocol", c.protocol, {QStringLiteral("split"), QStringLiteral("cv")});
    r.integer("folds", c.folds, 2, 100);
    r.integer("fold", c.onlyFold, -1, 99);
    r.number("validation_fraction", c.validationFraction, 0.01, 0.9);
    r.integer("split_seed", c.splitSeed, 0, 4294967295.0);
    r.integer("seed", c.seed, 0, 9007199254740991.0);
    r.integer("threads", c.threads, 1, 256);
    r.integer("epochs", c.epochs, 1, 100000);
    r.integer("batch_pairs", c.batchPairs, 1, 4096);
    r.number("lr", c.learningRate, 1e-9, 100);
    r.number("lr_min", c.minLearningRate, 0, 100);
    r.number("momentum", c.momentum, 0, 0.999);
    r.number("weight_decay", c.weightDecay, 0, 1);
    QString loss = lossKindName(c.loss);
    r.text("loss", loss,
           {QLatin1String(kLossNames[0]), QLatin1String(kLossNames[1]),
            QLatin1String(kLossNames[2]), QLatin1String(kLossNames[3])});
    for (int i = 0; i < 4; ++i) {
        if (loss == QLatin1String(kLossNames[i]))
            c.loss = LossKind(i);
    }
    r.number("margin_c", c.marginC, -1, 1);
    r.number("margin_p", c.marginP, 0, 2);
    r.number("margin_n", c.marginN, 0, 2);
    r.number("temperature", c.temperature, 1e-3, 10);
    r.number("triplet_margin", c.tripletMargin, 0, 2);
    QString negatives = QStringLiteral("same-subject");
    r.text("negatives", negatives, {QStringLiteral("same-subject"), QStringLiteral("any")});
    c.negativesAnySubject = negatives == QLatin1String("any");
    r.boolean("trimming", c.trimming);
    r.number("speed_jitter", c.speedJitter, 0.0, 1.0);
    r.number("feature_gain", c.featureGain, 0.0, 2.0);
    r.boolean("tsne", c.tsne);
    r.integer("max_pair_rows", c.maxPairRows, 1000, 1e9);
    r.text("sfe", c.sfe);
    r.text("sfe_checkpoint", c.sfeCheckpoint);
    r.text("crop", c.crop);
    r.boolean("include_pending", c.includePending);
    r.boolean("include_excluded", c.includeExcluded);
    r.textList("kinds", c.kinds,
               {QStringLiteral("facial-motion"), QStringLiteral("lip-movement"),
                QStringLiteral("compound")});

    const QJsonObject compound = r.object("compound");
    Reader rc(compound, QStringLiteral("compound."));
    rc.boolean("enabled", c.compound);
    rc.integer("copies", c.compoundCopies, 1, 1000);
    r.adopt(rc.finish());

    const QJsonObject pretrain = r.object("pretrain");
    Reader rp(pretrain, QStringLiteral("pretrain."));
    QString mode = QStringLiteral("none");
    rp.text("mode", mode, {QStringLiteral("none"), QStringLiteral("ss"), QStringLiteral("ss+")});
    c.pretrain = pretrainModeFromName(mode);
    c.pretrainViews = c.pretrain == PretrainMode::Twins ? 2 : 0;
    rp.integer("views", c.pretrainViews, 0, 16);
    rp.integer("epochs", c.pretrainEpochs, 0, 100000);
    rp.number("lr", c.pretrainLearningRate, 0, 100);
    rp.number("temperature", c.pretrainTemperature, 1e-3, 10);
    r.adopt(rp.finish());
    if (c.pretrain != PretrainMode::None && c.pretrainEpochs == 0)
        r.fail(tr("\"pretrain.epochs\" must be at least 1 when pretraining is on."));
    if (c.pretrain == PretrainMode::Twins && c.pretrainViews == 0)
        r.fail(tr("\"pretrain.views\" must be at least 1 for SS pretraining (twin clips are "
                  "made from image-transformed views)."));

    const QJsonObject model = r.object("model");
    Reader rm(model, QStringLiteral("model."));
    rm.integer("d_model", c.encoder.dModel, 4, 4096);
    rm.integer("heads", c.encoder.heads, 1, 64);
    rm.integer("ff", c.encoder.feedForward, 4, 16384);
    rm.integer("layers", c.encoder.layers, 1, 24);
    rm.integer("dim", c.encoder.embeddingDim, 2, 4096);
    rm.number("dropout", c.encoder.dropout, 0, 0.9);
    rm.integer("max_frames", c.encoder.maxFrames, 8, 100000);
    rm.text("input_norm", c.encoder.inputNorm,
            {QStringLiteral("none"), QStringLiteral("global"), QStringLiteral("clip"),
             QStringLiteral("clip-rms"), QStringLiteral("start")});
    rm.text("pooling", c.encoder.pooling, {QStringLiteral("max"), QStringLiteral("max+std")});
    rm.text("output", c.encoder.output, {QStringLiteral("linear"), QStringLiteral("linear+std")});
    r.adopt(rm.finish());
    if (c.encoder.dModel % c.encoder.heads != 0)
        r.fail(tr("\"model.d_model\" (%1) must be a multiple of \"model.heads\" (%2).")
                   .arg(c.encoder.dModel)
                   .arg(c.encoder.heads));
    if (c.minLearningRate > c.learningRate)
        r.fail(tr("\"lr_min\" must not exceed \"lr\"."));

    if (const std::optional<Error> e = r.finish())
        return *e;
    return c;
}

Result<TrainConfig> TrainConfig::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The training config \"%1\" could not be read.").arg(path),
                     file.errorString()};
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &perr);
    if (!doc.isObject())
        return Error{tr("The training config \"%1\" is not a JSON object.").arg(path),
                     perr.errorString()};
    return fromJson(doc.object());
}

QJsonObject TrainConfig::toJson() const
{
    QJsonObject json{
        {QStringLiteral("protocol"), protocol},
        {QStringLiteral("folds"), folds},
        {QStringLiteral("fold"), onlyFold},
        {QStringLiteral("validation_fraction"), validationFraction},
        {QStringLiteral("split_seed"), double(splitSeed)},
        {QStringLiteral("seed"), double(seed)},
        {QStringLiteral("threads"), threads},
        {QStringLiteral("epochs"), epochs},
        {QStringLiteral("batch_pairs"), batchPairs},
        {QStringLiteral("lr"), learningRate},
        {QStringLiteral("lr_min"), minLearningRate},
        {QStringLiteral("momentum"), momentum},
        {QStringLiteral("weight_decay"), weightDecay},
        {QStringLiteral("loss"), lossKindName(loss)},
        {QStringLiteral("margin_c"), marginC},
        {QStringLiteral("margin_p"), marginP},
        {QStringLiteral("margin_n"), marginN},
        {QStringLiteral("temperature"), temperature},
        {QStringLiteral("triplet_margin"), tripletMargin},
        {QStringLiteral("negatives"),
         negativesAnySubject ? QStringLiteral("any") : QStringLiteral("same-subject")},
        {QStringLiteral("trimming"), trimming},
        {QStringLiteral("speed_jitter"), speedJitter},
        {QStringLiteral("feature_gain"), featureGain},
        {QStringLiteral("tsne"), tsne},
        {QStringLiteral("max_pair_rows"), maxPairRows},
        {QStringLiteral("sfe"), sfe},
        {QStringLiteral("crop"), crop},
        {QStringLiteral("include_pending"), includePending},
        {QStringLiteral("include_excluded"), includeExcluded},
        {QStringLiteral("kinds"), QJsonArray::fromStringList(kinds)},
        {QStringLiteral("compound"), QJsonObject{{QStringLiteral("enabled"), compound},
                                                 {QStringLiteral("copies"), compoundCopies}}},
        {QStringLiteral("pretrain"),
         QJsonObject{{QStringLiteral("mode"), pretrainModeName(pretrain)},
                     {QStringLiteral("epochs"), pretrainEpochs},
                     {QStringLiteral("lr"), effectivePretrainLearningRate()},
                     {QStringLiteral("temperature"), pretrainTemperature}}},
        {QStringLiteral("model"), encoder.toJson()},
    };
    if (!sfeCheckpoint.isEmpty())
        json.insert(QStringLiteral("sfe_checkpoint"), sfeCheckpoint);
    if (pretrainViews > 0) { // SS views (absent for none and SS+ without views)
        QJsonObject p = json.value(QStringLiteral("pretrain")).toObject();
        p.insert(QStringLiteral("views"), pretrainViews);
        json.insert(QStringLiteral("pretrain"), p);
    }
    return json;
}

} // namespace fm
