#pragma once
// A small real project for the studio tests: synthetic face clips (real demo-photo faces,
// real video files) imported with the project store's importer.

#include "common/error.h"

#include <QString>
#include <QStringList>

namespace fm::testing {

/** Writes `count` clips named <subject>_<motion>_<rep>.mp4 into `folder`. */
Result<QStringList> writeStudioClips(const QString &folder, const QString &subject,
                                     const QString &motion, int count, int firstRep = 1,
                                     int frames = 60);
/** Creates a project in `projectFolder` and imports the clips of `sourceFolder`. */
Result<int> makeStudioProject(const QString &projectFolder, const QString &sourceFolder);

} // namespace fm::testing
