#include "datasetsplit.h"

#include "project/projectdatabase.h"
#include "project/projectstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <random>

namespace fm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fm::DatasetSplit", text);
}

struct SubjectLoad
{
    qint64 id = 0;
    int clips = 0;
};

// Fisher-Yates with mt19937, whose output the standard fixes: the same seed gives the same
// split with every compiler (std::shuffle's algorithm is not specified).
template<typename T>
void seededShuffle(QVector<T> &items, std::mt19937 &rng)
{
    for (int i = int(items.size()) - 1; i > 0; --i) {
        const int j = int(rng() % quint32(i + 1));
        std::swap(items[i], items[j]);
    }
}

struct UsableCounts
{
    QVector<SubjectLoad> subjects;
    QVector<UnusableMotion> unusable;
};

UsableCounts usableCounts(ProjectDatabase &db, const ClipSelection &selection)
{
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT s.id, s.code, m.id, m.name,"
        " COALESCE(SUM(r.status = 1), 0), COALESCE(SUM(r.status = 0), 0),"
        " COALESCE(SUM(r.status = 2), 0)"
        " FROM subject s LEFT JOIN motion m ON m.subject_id = s.id"
        " LEFT JOIN clip c ON c.motion_id = m.id LEFT JOIN review r ON r.clip_id = c.id"
        " GROUP BY s.id, m.id ORDER BY s.code, m.name"));
    UsableCounts counts;
    if (!q.exec())
        return counts;
    QHash<qint64, int> index;
    while (q.next()) {
        const qint64 subjectId = q.value(0).toLongLong();
        if (!index.contains(subjectId)) {
            index.insert(subjectId, int(counts.subjects.size()));
            counts.subjects.append({subjectId, 0});
        }
        if (q.value(2).isNull())
            continue;
        const int usable = q.value(4).toInt() + (selection.includePending ? q.value(5).toInt() : 0)
                           + (selection.includeExcluded ? q.value(6).toInt() : 0);
        counts.subjects[index.value(subjectId)].clips += usable;
        if (usable < 2)
            counts.unusable.append({q.value(1).toString(), q.value(3).toString(), usable});
    }
    return counts;
}

} // namespace

Result<DatasetSplit> computeSplit(ProjectDatabase &db, const SplitOptions &options)
{
    if (options.folds < 2)
        return Error{tr("Cross-validation needs at least 2 folds.")};
    if (options.validationFraction < 0.0 || options.validationFraction >= 1.0)
        return Error{tr("The validation share must be at least 0 and less than 1.")};
    UsableCounts counts = usableCounts(db, options.selection);
    if (counts.subjects.size() < options.folds) {
        return Error{tr("%1-fold cross-validation needs at least %1 subjects; the project has "
                        "%2.")
                         .arg(options.folds)
                         .arg(counts.subjects.size())};
    }
    DatasetSplit split;
    split.options = options;
    split.unusable = counts.unusable;
    split.clipsPerFold = QVector<int>(options.folds, 0);

    std::mt19937 rng(options.seed);
    QVector<SubjectLoad> order = counts.subjects;
    seededShuffle(order, rng);
    std::stable_sort(order.begin(), order.end(),
                     [](const SubjectLoad &a, const SubjectLoad &b) { return a.clips > b.clips; });
    QVector<int> subjectsPerFold(options.folds, 0);
    for (const SubjectLoad &s : order) {
        // Lightest fold by clips, then by subjects; ties broken by the seeded generator.
        QVector<int> best;
        for (int f = 0; f < options.folds; ++f) {
            if (best.isEmpty())
                best = {f};
            else if (split.clipsPerFold[f] < split.clipsPerFold[best.first()]
                     || (split.clipsPerFold[f] == split.clipsPerFold[best.first()]
                         && subjectsPerFold[f] < subjectsPerFold[best.first()]))
                best = {f};
            else if (split.clipsPerFold[f] == split.clipsPerFold[best.first()]
                     && subjectsPerFold[f] == subjectsPerFold[best.first()])
                best.append(f);
        }
        const int fold = best.at(int(rng() % quint32(best.size())));
        split.foldOfSubject.insert(s.id, fold);
        split.clipsPerFold[fold] += s.clips;
        ++subjectsPerFold[fold];
    }

    // Fixed split: shuffled subjects go to validation until it holds its share of clips.
    int total = 0;
    for (const SubjectLoad &s : counts.subjects)
        total += s.clips;
    QVector<SubjectLoad> shuffled = counts.subjects;
    seededShuffle(shuffled, rng);
    const double wanted = options.validationFraction * total;
    for (int i = 0; i < shuffled.size() - 1 && split.validationClips < wanted; ++i) {
        if (options.validationFraction <= 0.0)
            break;
        split.validationSubjects.insert(shuffled[i].id);
        split.validationClips += shuffled[i].clips;
    }
    split.trainClips = total - split.validationClips;
    return split;
}

Result<qint64> saveSplit(ProjectDatabase &db, const QString &name, DatasetSplit &split)
{
    if (name.trimmed().isEmpty())
        return Error{tr("A split needs a name.")};
    const QString what = tr("The split \"%1\" could not be saved.").arg(name);
    WriteTransaction transaction(db);
    if (Result<bool> r = transaction.begin(); !r)
        return r.error();
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("DELETE FROM split WHERE name = ?"));
    q.addBindValue(name);
    if (Result<bool> r = ProjectDatabase::exec(q, what); !r)
        return r.error();
    q.prepare(QStringLiteral("INSERT INTO split (name, folds, seed, validation_fraction, "
                             "created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(split.options.folds);
    q.addBindValue(qint64(split.options.seed));
    q.addBindValue(split.options.validationFraction);
    q.addBindValue(store::toDbTime(QDateTime::currentDateTimeUtc()));
    if (Result<bool> r = ProjectDatabase::exec(q, what); !r)
        return r.error();
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO split_subject (split_id, subject_id, fold, validation) "
                             "VALUES (?, ?, ?, ?)"));
    for (auto it = split.foldOfSubject.cbegin(); it != split.foldOfSubject.cend(); ++it) {
        q.addBindValue(id);
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        q.addBindValue(split.validationSubjects.contains(it.key()) ? 1 : 0);
        if (Result<bool> r = ProjectDatabase::exec(q, what); !r)
            return r.error();
    }
    if (Result<bool> r = transaction.commit(); !r)
        return r.error();
    split.id = id;
    split.name = name;
    return id;
}

Result<DatasetSplit> loadSplit(ProjectDatabase &db, const QString &name)
{
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT id, folds, seed, validation_fraction FROM split "
                             "WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return Error{tr("There is no split named \"%1\" in this project.").arg(name)};
    DatasetSplit split;
    split.id = q.value(0).toLongLong();
    split.name = name;
    split.options.folds = q.value(1).toInt();
    split.options.seed = quint32(q.value(2).toLongLong());
    split.options.validationFraction = q.value(3).toDouble();
    split.clipsPerFold = QVector<int>(split.options.folds, 0);
    q.prepare(QStringLiteral("SELECT subject_id, fold, validation FROM split_subject "
                             "WHERE split_id = ?"));
    q.addBindValue(split.id);
    if (q.exec()) {
        while (q.next()) {
            split.foldOfSubject.insert(q.value(0).toLongLong(), q.value(1).toInt());
            if (q.value(2).toBool())
                split.validationSubjects.insert(q.value(0).toLongLong());
        }
    }
    const UsableCounts counts = usableCounts(db, split.options.selection);
    split.unusable = counts.unusable;
    for (const SubjectLoad &s : counts.subjects) {
        const int fold = split.foldOfSubject.value(s.id, -1);
        if (fold >= 0 && fold < split.options.folds)
            split.clipsPerFold[fold] += s.clips;
        (split.validationSubjects.contains(s.id) ? split.validationClips : split.trainClips)
            += s.clips;
    }
    return split;
}

QStringList splitNames(ProjectDatabase &db)
{
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT name FROM split ORDER BY name"));
    QStringList names;
    if (q.exec()) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

} // namespace fm
