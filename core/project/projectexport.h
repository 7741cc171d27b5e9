#pragma once

#include "common/error.h"
#include "project/datasetsplit.h"

#include <QJsonObject>
#include <QString>

namespace fm {

class Project;

/**
 * Writes a project's annotations and reviews as CSV or JSON (one row/object per clip, the
 * columns listed in kExportColumns) and the dataset manifest a training run records: which
 * clips, which annotation values, which split, with a hash of the clip list so every result
 * traces back to the exact data. Files are written atomically (QSaveFile).
 */
class ProjectExport
{
public:
    /** CSV header / JSON keys, in order. */
    static const QStringList &columns();

    static Result<bool> writeCsv(Project &project, const QString &path);
    static Result<bool> writeJson(Project &project, const QString &path);

    /** The manifest of the clips `selection` accepts, with `split` (may be null). */
    static QJsonObject manifest(Project &project, const ClipSelection &selection,
                                const DatasetSplit *split);
    static Result<bool> writeManifest(Project &project, const QString &path,
                                      const ClipSelection &selection, const DatasetSplit *split);
};

} // namespace fm
