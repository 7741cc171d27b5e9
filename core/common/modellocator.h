#pragma once

#include "error.h"

#include <QString>
#include <QStringList>

namespace fm {

/**
 * Finds model files and demo photos at run time along an ordered search path:
 *   1. $FM_MODEL_DIR (models) and $FM_DATA_DIR (a data root with models/ and demo/)
 *   2. next to the binary: <bindir>/models, <bindir>/../share/facemotion/models
 *   3. the install prefix's share folder: <prefix>/share/facemotion/models
 *   4. the setup's cache: $XDG_CACHE_HOME/facemotion/face-api-1.7.15/models
 * A miss is an Error that names the file and the command that installs it.
 */
class ModelLocator
{
public:
    /** Data roots (folders holding models/ and demo/) in search order, existing or not. */
    static QStringList dataRoots();
    /** Model folders in search order, existing or not. */
    static QStringList modelSearchPath();

    /** Full path of a face-api model file such as "face_landmark_68_model-weights_manifest.json". */
    static Result<QString> findModel(const QString &fileName);
    /** dlib's 68-point shape predictor ($FM_DLIB_MODEL, the search path, then libdlib-data). */
    static Result<QString> dlibShapePredictor();
    /** The folder of face photos shipped in face-api's demo/ (the demo generator's default). */
    static Result<QString> demoPhotoDir();

    /** The command a person runs to install the missing data. */
    static QString installHint();
};

} // namespace fm
