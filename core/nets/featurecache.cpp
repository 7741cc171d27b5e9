#include "featurecache.h"

#include "common/contenthash.h"
#include "common/privatedir.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtEndian>
#include <qfloat16.h>

#include <cstring>

namespace fm {

namespace {

constexpr char kMagic[8] = {'F', 'M', 'F', 'E', 'A', 'T', '1', '\0'};
constexpr quint32 kFloat16 = 1;
constexpr int kChecksumSize = 32; // SHA-256

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::FeatureCache", text);
}

void appendU32(QByteArray &out, quint32 v)
{
    char bytes[4];
    qToLittleEndian(v, bytes);
    out.append(bytes, 4);
}

quint32 readU32(const QByteArray &data, qsizetype offset)
{
    return qFromLittleEndian<quint32>(data.constData() + offset);
}

} // namespace

Result<FeatureCacheKey> FeatureCacheKey::forClip(const QString &clipPath,
                                                 const SpatialFeatureExtractor &sfe,
                                                 FeatureLayer layer, const QString &cropSettings)
{
    const Result<QString> hash = contentHash(clipPath);
    if (!hash)
        return hash.error();
    const QString layerName = layer == FeatureLayer::Spatial ? QStringLiteral("spatial")
                                                             : QStringLiteral("pooled");
    return FeatureCacheKey{hash.value(), sfe.id() + QLatin1Char('/') + layerName, cropSettings};
}

bool FeatureCacheKey::isValid() const
{
    return !clipHash.isEmpty() && !sfeId.isEmpty();
}

QString FeatureCacheKey::text() const
{
    return clipHash + QLatin1Char('\n') + sfeId + QLatin1Char('\n') + cropSettings;
}

QString FeatureCacheKey::fileName() const
{
    const QByteArray digest = QCryptographicHash::hash(text().toUtf8(), QCryptographicHash::Sha256)
                                  .toHex();
    QString sfe = sfeId;
    sfe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return clipHash.left(16) + QLatin1Char('-') + sfe + QLatin1Char('-')
           + QString::fromLatin1(digest.left(16)) + QStringLiteral(".fmfeat");
}

FeatureCache::FeatureCache(const QString &folder, FeatureCacheKey key)
    : m_folder(folder), m_key(std::move(key))
{}

QString FeatureCache::filePath() const
{
    return QDir(m_folder).filePath(m_key.fileName());
}

bool FeatureCache::exists() const
{
    return QFile::exists(filePath());
}

bool FeatureCache::remove() const
{
    return QFile::remove(filePath());
}

Result<bool> FeatureCache::store(const cv::Mat &features) const
{
    if (!m_key.isValid())
        return Error{tr("The feature cache key needs a clip hash and an SFE id.")};
    if (features.empty() || features.type() != CV_32F || features.dims != 2)
        return Error{tr("Only a non-empty N x D float matrix can be cached.")};
    const Result<QString> dir = makePrivateDir(m_folder);
    if (!dir)
        return dir.error();
    QByteArray data(kMagic, sizeof(kMagic));
    const QByteArray key = m_key.text().toUtf8();
    appendU32(data, quint32(key.size()));
    data.append(key);
    appendU32(data, quint32(features.rows));
    appendU32(data, quint32(features.cols));
    appendU32(data, kFloat16);
    const cv::Mat m = features.isContinuous() ? features : features.clone();
    const qsizetype count = qsizetype(m.total());
    const qsizetype payloadStart = data.size();
    data.resize(payloadStart + count * 2);
    std::vector<qfloat16> halves(static_cast<size_t>(count));
    qFloatToFloat16(halves.data(), m.ptr<float>(), count);
    for (qsizetype i = 0; i < count; ++i) {
        quint16 bits;
        std::memcpy(&bits, static_cast<const void *>(&halves[size_t(i)]), 2);
        qToLittleEndian(bits, data.data() + payloadStart + 2 * i);
    }
    data.append(QCryptographicHash::hash(data, QCryptographicHash::Sha256));

    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("The feature cache \"%1\" could not be written.").arg(filePath()),
                     file.errorString()};
    file.write(data);
    if (!file.commit())
        return Error{tr("The feature cache \"%1\" could not be written.").arg(filePath()),
                     file.errorString()};
    return true;
}

Result<cv::Mat> FeatureCache::load() const
{
    const QString path = filePath();
    QFile file(path);
    if (!file.exists())
        return Error{tr("No cached features for this clip and SFE (\"%1\").").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The feature cache \"%1\" could not be read.").arg(path),
                     file.errorString()};
    const QByteArray data = file.readAll();
    const Error corrupt{tr("The feature cache \"%1\" is corrupt (truncated or damaged).").arg(path)};
    const qsizetype minimum = qsizetype(sizeof(kMagic)) + 4 + 12 + kChecksumSize;
    if (data.size() < minimum || std::memcmp(data.constData(), kMagic, sizeof(kMagic)) != 0)
        return corrupt;
    const QByteArray body = data.left(data.size() - kChecksumSize);
    if (QCryptographicHash::hash(body, QCryptographicHash::Sha256) != data.right(kChecksumSize))
        return corrupt;
    qsizetype offset = sizeof(kMagic);
    const quint32 keySize = readU32(body, offset);
    offset += 4;
    if (qsizetype(keySize) > body.size() - offset - 12)
        return corrupt;
    const QString key = QString::fromUtf8(body.mid(offset, keySize));
    offset += keySize;
    if (key != m_key.text()) {
        return Error{
            tr("The feature cache \"%1\" belongs to another clip, SFE or crop setting.").arg(path)};
    }
    const quint32 rows = readU32(body, offset);
    const quint32 cols = readU32(body, offset + 4);
    const quint32 type = readU32(body, offset + 8);
    offset += 12;
    if (type != kFloat16 || rows == 0 || cols == 0
        || qint64(rows) * cols * 2 != qint64(body.size() - offset)) {
        return corrupt;
    }
    const qsizetype count = qsizetype(rows) * cols;
    std::vector<qfloat16> halves(static_cast<size_t>(count));
    for (qsizetype i = 0; i < count; ++i) {
        const quint16 bits = qFromLittleEndian<quint16>(body.constData() + offset + 2 * i);
        std::memcpy(static_cast<void *>(&halves[size_t(i)]), &bits, 2);
    }
    cv::Mat features(int(rows), int(cols), CV_32F);
    qFloatFromFloat16(features.ptr<float>(), halves.data(), count);
    return features;
}

Result<cv::Mat> FeatureCache::loadOrCompute(const std::function<Result<cv::Mat>()> &compute,
                                            bool *fromCache) const
{
    const Result<cv::Mat> cached = load();
    if (cached) {
        if (fromCache)
            *fromCache = true;
        return cached;
    }
    if (fromCache)
        *fromCache = false;
    const Result<cv::Mat> computed = compute();
    if (!computed)
        return computed;
    const Result<bool> stored = store(computed.value());
    if (!stored)
        return stored.error();
    return computed;
}

} // namespace fm
