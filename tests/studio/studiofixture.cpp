#include "studiofixture.h"

#include "synthclip.h"

#include "project/clipimport.h"
#include "project/project.h"

#include <QDir>

namespace fm::testing {

Result<QStringList> writeStudioClips(const QString &folder, const QString &subject,
                                     const QString &motion, int count, int firstRep, int frames)
{
    auto face = demoFace(cv::Size(320, 240));
    if (!face)
        return face.error();
    QDir().mkpath(folder);
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        SyntheticMotion m;
        m.frames = frames;
        m.onset = frames / 3;
        m.apexStart = m.onset + 6;
        m.apexEnd = m.onset + 10;
        m.offset = std::min(frames - 5, m.onset + 18);
        m.seed = unsigned(firstRep + i);
        const QString path = QDir(folder).filePath(
            QStringLiteral("%1_%2_%3.mp4").arg(subject, motion).arg(firstRep + i));
        auto written = writeSyntheticClip(path, face.value(), m);
        if (!written)
            return written.error();
        paths.append(written.value());
    }
    return paths;
}

Result<int> makeStudioProject(const QString &projectFolder, const QString &sourceFolder)
{
    {
        auto project = Project::create(projectFolder);
        if (!project)
            return project.error();
    }
    ImportOptions options;
    auto plan = ClipImporter::plan({sourceFolder}, options);
    if (!plan)
        return plan.error();
    auto report = ClipImporter::run(projectFolder, plan.value(), options);
    if (!report)
        return report.error();
    return report.value().imported;
}

} // namespace fm::testing
