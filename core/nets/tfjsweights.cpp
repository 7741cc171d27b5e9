#include "tfjsweights.h"

#include "common/modellocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QtEndian>

#include <cmath>
#include <cstring>
#include <limits>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::TfjsWeights", text);
}

QString shapeToText(const std::vector<int64_t> &shape)
{
    QStringList parts;
    for (int64_t d : shape)
        parts << QString::number(d);
    return QStringLiteral("[") + parts.join(QStringLiteral(",")) + QStringLiteral("]");
}

/** How one stored element is encoded in the byte buffer. */
enum class Storage { Float32, Int32, Uint8, Uint16, Float16 };

int bytesPerElement(Storage s)
{
    switch (s) {
    case Storage::Uint8:
        return 1;
    case Storage::Uint16:
    case Storage::Float16:
        return 2;
    default:
        return 4;
    }
}

struct Spec
{
    std::string name;
    std::vector<int64_t> shape;
    Storage storage = Storage::Float32;
    bool roundToInt = false; // int32 dtype stored quantized
    double scale = 1.0;
    double min = 0.0;
};

Result<Spec> parseSpec(const QJsonObject &entry, const QString &manifest)
{
    Spec spec;
    spec.name = entry.value(QStringLiteral("name")).toString().toStdString();
    if (spec.name.empty())
        return Error{tr("A weight entry in \"%1\" has no name.").arg(manifest)};
    const QString tensorName = QString::fromStdString(spec.name);
    const QJsonValue shapeValue = entry.value(QStringLiteral("shape"));
    if (!shapeValue.isArray())
        return Error{tr("Tensor \"%1\" in \"%2\" has no shape.").arg(tensorName, manifest)};
    for (const QJsonValue &d : shapeValue.toArray()) {
        if (!d.isDouble() || d.toDouble() < 0)
            return Error{
                tr("Tensor \"%1\" in \"%2\" has an invalid shape.").arg(tensorName, manifest)};
        spec.shape.push_back(int64_t(d.toDouble()));
    }
    const QString dtype = entry.value(QStringLiteral("dtype")).toString(QStringLiteral("float32"));
    if (dtype != QLatin1String("float32") && dtype != QLatin1String("int32")) {
        return Error{tr("Tensor \"%1\" in \"%2\" has the unsupported type \"%3\".")
                         .arg(tensorName, manifest, dtype)};
    }
    spec.storage = dtype == QLatin1String("int32") ? Storage::Int32 : Storage::Float32;
    const QJsonValue quant = entry.value(QStringLiteral("quantization"));
    if (quant.isObject()) {
        const QJsonObject q = quant.toObject();
        const QString qtype = q.value(QStringLiteral("dtype")).toString();
        if (qtype == QLatin1String("uint8"))
            spec.storage = Storage::Uint8;
        else if (qtype == QLatin1String("uint16"))
            spec.storage = Storage::Uint16;
        else if (qtype == QLatin1String("float16"))
            spec.storage = Storage::Float16;
        else
            return Error{tr("Tensor \"%1\" in \"%2\" has the unsupported quantization \"%3\".")
                             .arg(tensorName, manifest, qtype)};
        spec.roundToInt = dtype == QLatin1String("int32");
        spec.scale = q.value(QStringLiteral("scale")).toDouble(1.0);
        spec.min = q.value(QStringLiteral("min")).toDouble(0.0);
    }
    return spec;
}

/** IEEE 754 binary16 -> float (normals, subnormals, inf, NaN). */
float halfToFloat(quint16 h)
{
    const int sign = (h >> 15) & 1;
    const int exponent = (h >> 10) & 0x1f;
    const int mantissa = h & 0x3ff;
    float v;
    if (exponent == 0)
        v = std::ldexp(float(mantissa), -24);
    else if (exponent == 31)
        v = mantissa ? std::numeric_limits<float>::quiet_NaN()
                     : std::numeric_limits<float>::infinity();
    else
        v = std::ldexp(float(mantissa | 0x400), exponent - 25);
    return sign ? -v : v;
}

std::vector<float> decode(const Spec &spec, const char *bytes, int64_t count)
{
    std::vector<float> values(static_cast<size_t>(count));
    for (int64_t i = 0; i < count; ++i) {
        float v = 0.0f;
        switch (spec.storage) {
        case Storage::Float32: {
            quint32 raw = qFromLittleEndian<quint32>(bytes + 4 * i);
            std::memcpy(&v, &raw, 4);
            break;
        }
        case Storage::Int32:
            v = float(qFromLittleEndian<qint32>(bytes + 4 * i));
            break;
        case Storage::Uint8:
            // tfjs decodeWeights: q * scale + min in JS doubles, stored as float32.
            v = float(double(quint8(bytes[i])) * spec.scale + spec.min);
            break;
        case Storage::Uint16:
            v = float(double(qFromLittleEndian<quint16>(bytes + 2 * i)) * spec.scale + spec.min);
            break;
        case Storage::Float16: {
            v = halfToFloat(qFromLittleEndian<quint16>(bytes + 2 * i));
            break;
        }
        }
        if (spec.roundToInt)
            v = std::round(v);
        values[size_t(i)] = v;
    }
    return values;
}

} // namespace

int64_t WeightTensor::elementCount() const
{
    int64_t n = 1;
    for (int64_t d : shape)
        n *= d;
    return n;
}

QString WeightTensor::shapeText() const
{
    return shapeToText(shape);
}

Result<TfjsWeights> TfjsWeights::loadModel(const QString &modelName, const QString &modelDir)
{
    const QString file = modelName + QStringLiteral("-weights_manifest.json");
    if (!modelDir.isEmpty())
        return load(QDir(modelDir).filePath(file));
    const Result<QString> found = ModelLocator::findModel(file);
    if (!found)
        return found.error();
    return load(found.value());
}

Result<TfjsWeights> TfjsWeights::load(const QString &manifestPath)
{
    QFile file(manifestPath);
    if (!file.exists())
        return Error{tr("The weights manifest \"%1\" does not exist.").arg(manifestPath)};
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("The weights manifest \"%1\" could not be opened.").arg(manifestPath),
                     file.errorString()};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        return Error{tr("The weights manifest \"%1\" is not a JSON array of weight groups.")
                         .arg(manifestPath),
                     parseError.errorString()};
    }
    TfjsWeights weights;
    weights.m_manifestPath = QFileInfo(manifestPath).absoluteFilePath();
    const QDir dir = QFileInfo(manifestPath).absoluteDir();
    for (const QJsonValue &groupValue : doc.array()) {
        const QJsonObject group = groupValue.toObject();
        // The group's byte buffer is the concatenation of its shards in listed order.
        QByteArray buffer;
        QStringList shardNames;
        for (const QJsonValue &p : group.value(QStringLiteral("paths")).toArray()) {
            const QString shardPath = dir.filePath(p.toString());
            QFile shard(shardPath);
            if (!shard.exists()) {
                return Error{tr("The weights file \"%1\" listed in \"%2\" does not exist.")
                                 .arg(shardPath, manifestPath)};
            }
            if (!shard.open(QIODevice::ReadOnly)) {
                return Error{tr("The weights file \"%1\" could not be opened.").arg(shardPath),
                             shard.errorString()};
            }
            buffer += shard.readAll();
            shardNames << shardPath;
        }
        const QString shardText = shardNames.join(QStringLiteral(" + "));
        int64_t offset = 0;
        for (const QJsonValue &entryValue : group.value(QStringLiteral("weights")).toArray()) {
            const Result<Spec> spec = parseSpec(entryValue.toObject(), manifestPath);
            if (!spec)
                return spec.error();
            WeightTensor tensor;
            tensor.shape = spec->shape;
            const int64_t count = tensor.elementCount();
            const int64_t bytes = count * bytesPerElement(spec->storage);
            const QString tensorName = QString::fromStdString(spec->name);
            if (offset + bytes > buffer.size()) {
                return Error{tr("The weights file \"%1\" is truncated: tensor \"%2\" %3 needs "
                                "bytes %4..%5 but the file has %6 bytes.")
                                 .arg(shardText, tensorName, tensor.shapeText())
                                 .arg(offset)
                                 .arg(offset + bytes)
                                 .arg(buffer.size())};
            }
            tensor.values = decode(spec.value(), buffer.constData() + offset, count);
            offset += bytes;
            if (!weights.m_tensors.emplace(spec->name, std::move(tensor)).second) {
                return Error{
                    tr("Tensor \"%1\" appears twice in \"%2\".").arg(tensorName, manifestPath)};
            }
        }
        if (offset != buffer.size()) {
            return Error{tr("The weights file \"%1\" has %2 bytes but the manifest \"%3\" "
                            "describes %4 bytes.")
                             .arg(shardText)
                             .arg(buffer.size())
                             .arg(manifestPath)
                             .arg(offset)};
        }
    }
    if (weights.m_tensors.empty())
        return Error{tr("The weights manifest \"%1\" lists no tensors.").arg(manifestPath)};
    return weights;
}

Result<const WeightTensor *> TfjsWeights::get(const std::string &name,
                                              const std::vector<int64_t> &shape) const
{
    const auto it = m_tensors.find(name);
    if (it == m_tensors.end()) {
        return Error{tr("Tensor \"%1\" is missing from the weights manifest \"%2\".")
                         .arg(QString::fromStdString(name), m_manifestPath)};
    }
    if (it->second.shape != shape) {
        return Error{tr("Tensor \"%1\" in \"%2\" has shape %3; expected %4.")
                         .arg(QString::fromStdString(name), m_manifestPath, it->second.shapeText(),
                              shapeToText(shape))};
    }
    return &it->second;
}

int64_t TfjsWeights::totalElements() const
{
    int64_t n = 0;
    for (const auto &entry : m_tensors)
        n += entry.second.elementCount();
    return n;
}

} // namespace fm
