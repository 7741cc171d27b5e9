#include "projecttypes.h"

#include <QCoreApplication>

namespace fm {

std::optional<int> Annotation::reviewed(Marker marker) const
{
    switch (marker) {
    case Marker::Onset:
        return onset;
    case Marker::Apex:
        return apex;
    case Marker::Offset:
        return offset;
    }
    return std::nullopt;
}

std::optional<int> Annotation::automaticValue(Marker marker) const
{
    switch (marker) {
    case Marker::Onset:
        return automatic.onset;
    case Marker::Apex:
        return automatic.apex;
    case Marker::Offset:
        return automatic.offset;
    }
    return std::nullopt;
}

std::optional<int> Annotation::effective(Marker marker) const
{
    const std::optional<int> value = reviewed(marker);
    return value ? value : automaticValue(marker);
}

namespace {

const char *const kKindNames[] = {"facial-motion", "lip-movement", "compound"};
const char *const kStatusNames[] = {"pending", "included", "excluded"};
const char *const kReasonNames[] = {"",        "tongue-movement", "micro-expression",
                                    "no-face", "wrong-motion",    "bad-quality",
                                    "other"};

template<typename E, size_t N>
std::optional<E> fromName(const char *const (&names)[N], const QString &name)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return E(int(i));
    }
    return std::nullopt;
}

} // namespace

QString motionKindName(MotionKind kind)
{
    return QLatin1String(kKindNames[int(kind)]);
}

std::optional<MotionKind> motionKindFromName(const QString &name)
{
    return fromName<MotionKind>(kKindNames, name);
}

QString reviewStatusName(ReviewStatus status)
{
    return QLatin1String(kStatusNames[int(status)]);
}

std::optional<ReviewStatus> reviewStatusFromName(const QString &name)
{
    return fromName<ReviewStatus>(kStatusNames, name);
}

QString exclusionReasonName(ExclusionReason reason)
{
    return QLatin1String(kReasonNames[int(reason)]);
}

std::optional<ExclusionReason> exclusionReasonFromName(const QString &name)
{
    return fromName<ExclusionReason>(kReasonNames, name);
}

QString exclusionReasonLabel(ExclusionReason reason)
{
    switch (reason) {
    case ExclusionReason::None:
        return {};
    case ExclusionReason::TongueMovement:
        return QCoreApplication::translate("fm::Review", "Tongue movement");
    case ExclusionReason::MicroExpression:
        return QCoreApplication::translate("fm::Review", "Micro-expression");
    case ExclusionReason::NoOrPartialFace:
        return QCoreApplication::translate("fm::Review", "No or partial face");
    case ExclusionReason::WrongMotion:
        return QCoreApplication::translate("fm::Review", "Wrong motion");
    case ExclusionReason::BadQuality:
        return QCoreApplication::translate("fm::Review", "Bad quality");
    case ExclusionReason::Other:
        return QCoreApplication::translate("fm::Review", "Other");
    }
    return {};
}

QString markerName(Marker marker)
{
    switch (marker) {
    case Marker::Onset:
        return QStringLiteral("onset");
    case Marker::Apex:
        return QStringLiteral("apex");
    case Marker::Offset:
        return QStringLiteral("offset");
    }
    return {};
}

} // namespace fm
