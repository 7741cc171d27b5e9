#pragma once

// Synthetic per-frame features a sequence encoder can learn: each subject has a neutral
// face vector; each (subject, motion) a prototype trajectory (a smooth bump along two random
// directions) that every repetition follows with its own timing, amplitude and noise, padded
// with neutral frames before the onset and after the offset.

#include "train/featureset.h"
#include "train/trainconfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtGlobal>

#include <cmath>
#include <random>

namespace fm::test {

struct SynthOptions
{
    int subjects = 8;
    int motions = 3;
    int repetitions = 4;
    int dim = 32;
    double noise = 0.3;
    double motionScale = 1.0;
    double neutralScale = 1.0;
    unsigned seed = 7;
};

inline FeatureSet makeSyntheticFeatures(const SynthOptions &o)
{
    std::mt19937 rng(o.seed);
    std::normal_distribution<float> normal(0.f, 1.f);
    std::uniform_int_distribution<int> pad(3, 12), active(18, 28);
    std::uniform_real_distribution<float> amp(0.8f, 1.2f);
    auto randomVector = [&](float scale) {
        std::vector<float> v(size_t(o.dim));
        for (float &x : v)
            x = scale * normal(rng);
        return v;
    };
    FeatureSet set;
    set.dim = o.dim;
    set.source = {QStringLiteral("bundle"), QStringLiteral("synthetic"), QStringLiteral("synth")};
    // A pool of "action units" shared by everybody (as SFE features mean the same across
    // people). Each subject uses two of them; motion m plays the two in its own order and
    // overlap, so a subject's motions differ in *when* things happen more than in which
    // frames occur: a random encoder barely separates them, a trained one must use order,
    // and what it learns carries over to held-out subjects.
    std::vector<std::vector<float>> units;
    for (int u = 0; u < 4; ++u)
        units.push_back(randomVector(float(o.motionScale)));
    for (int s = 0; s < o.subjects; ++s) {
        const std::vector<float> neutral = randomVector(float(o.neutralScale));
        const std::vector<float> &d1 = units[size_t(s % 4)];
        const std::vector<float> &d2 = units[size_t((s + 1 + s / 4) % 4)];
        for (int m = 0; m < o.motions; ++m) {
            const float shift = 0.5f + 0.5f * float(m % 3) / 2.f; // second bump starts later
            const bool swap = (m / 3) % 2 == 1 ? true : m % 2 == 1;
            for (int r = 0; r < o.repetitions; ++r) {
                ClipFeatures c;
                c.subject = QStringLiteral("S%1").arg(s + 1, 2, 10, QLatin1Char('0'));
                c.motion = QStringLiteral("M%1").arg(m + 1);
                c.id = QStringLiteral("%1-%2-r%3").arg(c.subject, c.motion).arg(r + 1);
                const int before = pad(rng), length = active(rng), after = pad(rng);
                const float a = amp(rng);
                c.frames = before + length + after;
                c.onset = before;
                c.offset = before + length - 1;
                auto bump = [](float t, float start, float width) {
                    const float u = (t - start) / width;
                    return u > 0.f && u < 1.f ? std::sin(float(M_PI) * u) : 0.f;
                };
                for (int f = 0; f < c.frames; ++f) {
                    float w1 = 0, w2 = 0;
                    if (f >= before && f < before + length) {
                        const float t = float(f - before) / float(length - 1); // 0..1
                        w1 = a * bump(t, 0.f, 0.5f);
                        w2 = a * bump(t, shift - 0.5f, 0.5f);
                        if (swap)
                            std::swap(w1, w2);
                    }
                    for (int k = 0; k < o.dim; ++k)
                        c.values.push_back(neutral[size_t(k)] + w1 * d1[size_t(k)]
                                           + w2 * d2[size_t(k)] + float(o.noise) * normal(rng));
                }
                set.clips.push_back(std::move(c));
            }
        }
    }
    return set;
}

/** A small, fast config for tests. */
inline QJsonObject smallConfig()
{
    return QJsonObject{
        {QStringLiteral("epochs"), 4},
        {QStringLiteral("batch_pairs"), 8},
        {QStringLiteral("lr"), 0.05},
        {QStringLiteral("threads"), 1},
        {QStringLiteral("validation_fraction"), 0.34},
        {QStringLiteral("model"), QJsonObject{{QStringLiteral("d_model"), 32},
                                              {QStringLiteral("heads"), 4},
                                              {QStringLiteral("ff"), 64},
                                              {QStringLiteral("dim"), 16},
                                              {QStringLiteral("dropout"), 0.1}}},
    };
}

/** smallConfig() with top-level keys replaced by `overrides`; a bad config aborts the test. */
inline TrainConfig configFrom(const QJsonObject &overrides)
{
    QJsonObject o = smallConfig();
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        o.insert(it.key(), it.value());
    const Result<TrainConfig> c = TrainConfig::fromJson(o);
    if (!c)
        qFatal("bad test config: %s", qPrintable(c.error().message));
    return c.value();
}

/** The JSON object in a file; empty when it cannot be read. */
inline QJsonObject readJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace fm::test
