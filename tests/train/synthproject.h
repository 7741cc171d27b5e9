#pragma once

// Synthetic clips (synthfeatures.h) stored in a real project: one subject/motion/clip row per
// clip (no video file), its onset/offset as the automatic annotation and its features in the
// project's SFE-L feature cache, as `fmstudio-cli features` would leave them.

#include "synthfeatures.h"

#include "nets/featurecache.h"
#include "project/project.h"
#include "project/projectdatabase.h"
#include "project/projectstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QHash>

#include <opencv2/core.hpp>

namespace fm::test {

/** Adds every clip of `synthetic` to `p`; returns the new clip ids in order. */
inline Result<QVector<qint64>> addSyntheticClips(Project &p, const FeatureSet &synthetic,
                                                 MotionKind kind = MotionKind::FacialMotion)
{
    const QString cacheDir = QDir(p.cacheDir()).filePath(QStringLiteral("features"));
    QHash<QString, qint64> subjects, motions;
    QVector<qint64> ids;
    int n = 0;
    for (const ClipFeatures &c : synthetic.clips) {
        if (!subjects.contains(c.subject)) {
            Subject s;
            s.code = c.subject;
            const Result<qint64> id = p.addSubject(s);
            if (!id)
                return id.error();
            subjects.insert(c.subject, id.value());
        }
        const QString key = c.subject + QLatin1Char('/') + c.motion;
        if (!motions.contains(key)) {
            Motion m;
            m.subjectId = subjects.value(c.subject);
            m.name = c.motion;
            m.kind = kind;
            const Result<qint64> id = p.addMotion(m);
            if (!id)
                return id.error();
            motions.insert(key, id.value());
        }
        Clip clip;
        clip.motionId = motions.value(key);
        clip.repetition = ++n;
        clip.file = QStringLiteral("media/%1.mp4").arg(c.id);
        clip.contentHash = QString::fromLatin1(
            QCryptographicHash::hash(c.id.toUtf8(), QCryptographicHash::Sha256).toHex());
        clip.frames = c.frames;
        WriteTransaction t(p.database());
        if (const Result<bool> begun = t.begin(); !begun)
            return begun.error();
        const Result<qint64> id = store::insertClip(p.database(), clip);
        if (!id)
            return id.error();
        if (const Result<bool> committed = t.commit(); !committed)
            return committed.error();
        AutoAnnotation automatic;
        automatic.onset = *c.onset;
        automatic.offset = *c.offset;
        automatic.method = QStringLiteral("test");
        if (const Result<bool> set = p.setAutoAnnotation(id.value(), automatic); !set)
            return set.error();
        cv::Mat m(c.frames, synthetic.dim, CV_32F);
        std::copy(c.values.begin(), c.values.end(), m.ptr<float>());
        const Result<bool> stored = FeatureCache(cacheDir,
                                                 {clip.contentHash, QStringLiteral("sfe-l/pooled"),
                                                  QStringLiteral("aligned112;pad0.2;v1")})
                                        .store(m);
        if (!stored)
            return stored.error();
        ids.append(id.value());
    }
    return ids;
}

} // namespace fm::test
