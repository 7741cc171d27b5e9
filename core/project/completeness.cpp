#include "completeness.h"

#include "project/projectdatabase.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace fm {

QVector<CompletenessRow> completeness(ProjectDatabase &db)
{
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.id, s.code, m.id, m.name, m.kind, m.target_repetitions,"
                             " COALESCE(SUM(r.status = 1), 0), COALESCE(SUM(r.status = 0), 0),"
                             " COALESCE(SUM(r.status = 2), 0)"
                             " FROM subject s"
                             " LEFT JOIN motion m ON m.subject_id = s.id"
                             " LEFT JOIN clip c ON c.motion_id = m.id"
                             " LEFT JOIN review r ON r.clip_id = c.id"
                             " GROUP BY s.id, m.id ORDER BY s.code, m.name"));
    QVector<CompletenessRow> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        CompletenessRow row;
        row.subjectId = q.value(0).toLongLong();
        row.subjectCode = q.value(1).toString();
        row.motionId = q.value(2).toLongLong();
        row.motionName = q.value(3).toString();
        row.kind = MotionKind(q.value(4).toInt());
        row.target = q.value(5).toInt();
        row.included = q.value(6).toInt();
        row.pending = q.value(7).toInt();
        row.excluded = q.value(8).toInt();
        rows.append(row);
    }
    return rows;
}

CompletenessSummary summarize(const QVector<CompletenessRow> &rows)
{
    CompletenessSummary s;
    QSet<qint64> subjects;
    for (const CompletenessRow &row : rows) {
        subjects.insert(row.subjectId);
        if (row.motionId == 0)
            continue;
        ++s.motions;
        s.completeMotions += row.complete() ? 1 : 0;
        s.included += row.included;
        s.pending += row.pending;
        s.excluded += row.excluded;
        s.missingRepetitions += row.missing();
    }
    s.subjects = subjects.size();
    s.clips = s.included + s.pending + s.excluded;
    return s;
}

} // namespace fm
