#include "datasettree.h"

#include "project/project.h"
#include "project/projecteditor.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace fm {

namespace {
enum ItemKind { SubjectItem = 1, MotionItem = 2, ClipItem = 3 };
constexpr int kKindRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;

/** The filter combo's data: the filter, and for Excluded the reason (0 = any). */
int filterKey(DatasetTree::Filter filter, ExclusionReason reason = ExclusionReason::None)
{
    return int(filter) | (int(reason) << 8);
}

QIcon dotIcon(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(140));
    p.setBrush(color);
    p.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

QString kindShort(MotionKind kind)
{
    switch (kind) {
    case MotionKind::FacialMotion:
        return DatasetTree::tr("FM");
    case MotionKind::LipMovement:
        return DatasetTree::tr("LM");
    case MotionKind::Compound:
        return DatasetTree::tr("compound");
    }
    return {};
}
} // namespace

DatasetTree::DatasetTree(Project *project, ProjectEditor *editor, QWidget *parent)
    : QWidget(parent), m_project(project), m_editor(editor), m_search(new QLineEdit(this)),
      m_filter(new QComboBox(this)), m_tree(new QTreeWidget(this))
{
    m_search->setObjectName(QStringLiteral("datasetSearch"));
    m_search->setPlaceholderText(tr("Search subject or motion"));
    m_search->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("datasetFilter"));
    m_filter->addItem(tr("All clips"), filterKey(Filter::All));
    m_filter->addItem(tr("Pending review"), filterKey(Filter::Pending));
    m_filter->addItem(tr("Excluded (any reason)"), filterKey(Filter::Excluded));
    for (int r = int(ExclusionReason::TongueMovement); r <= int(ExclusionReason::Other); ++r)
        m_filter->addItem(tr("Excluded: %1").arg(exclusionReasonLabel(ExclusionReason(r))),
                          filterKey(Filter::Excluded, ExclusionReason(r)));
    m_filter->addItem(tr("Missing annotation"), filterKey(Filter::MissingAnnotation));
    m_filter->addItem(tr("QA warnings"), filterKey(Filter::QaWarnings));
    m_filter->addItem(tr("Not analysed"), filterKey(Filter::NoAnalysis));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_filter->setMinimumContentsLength(12);
    m_tree->setObjectName(QStringLiteral("datasetTree"));
    m_tree->setHeaderLabels({tr("Dataset"), tr("Review")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 170);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setUniformRowHeights(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);

    connect(m_search, &QLineEdit::textChanged, this, &DatasetTree::applyFilter);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        if (Filter(m_filter->currentData().toInt() & 0xff) == Filter::QaWarnings)
            loadQaWarnings();
        applyFilter();
    });
    connect(&m_qaWatcher, &QFutureWatcher<QHash<QString, QStringList>>::finished, this,
            &DatasetTree::onQaWarningsLoaded);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { onCurrentItemChanged(current); });
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, &DatasetTree::showContextMenu);
    connect(m_project, &Project::subjectsChanged, this, &DatasetTree::rebuild);
    connect(m_project, &Project::motionsChanged, this, &DatasetTree::rebuild);
    connect(m_project, &Project::clipsChanged, this, &DatasetTree::rebuild);
    connect(m_project, &Project::clipChanged, this, &DatasetTree::refreshClip);
    rebuild();
}

DatasetTree::ClipState DatasetTree::loadState(qint64 clipId) const
{
    ClipState state;
    const Review review = m_project->review(clipId);
    state.status = review.status;
    state.reason = review.reason;
    const Annotation a = m_project->annotation(clipId);
    state.annotated = a.effective(Marker::Onset).has_value()
                      && a.effective(Marker::Offset).has_value();
    state.analysed = !a.automatic.cacheFile.isEmpty() || a.automatic.analysedAt.isValid();
    if (!a.automatic.cacheFile.isEmpty()) {
        state.cacheFile = QDir(m_project->folder()).filePath(a.automatic.cacheFile);
        state.cacheHash = a.automatic.cacheHash.isEmpty() ? state.cacheFile : a.automatic.cacheHash;
    }
    return state;
}

void DatasetTree::rebuild()
{
    m_rebuilding = true;
    const qint64 keep = m_currentClip;
    QVector<Subject> subjects = m_project->subjects();
    std::sort(subjects.begin(), subjects.end(),
              [](const Subject &a, const Subject &b) { return a.code < b.code; });
    QVector<Motion> motions = m_project->motions();
    std::sort(motions.begin(), motions.end(),
              [](const Motion &a, const Motion &b) { return a.name < b.name; });
    QVector<Clip> clips = m_project->clips();
    std::sort(clips.begin(), clips.end(),
              [](const Clip &a, const Clip &b) { return a.repetition < b.repetition; });

    m_tree->clear();
    m_order.clear();
    m_states.clear();
    m_clipItems.clear();
    for (const Subject &s : subjects) {
        auto *subjectItem = new QTreeWidgetItem(m_tree, {s.code});
        subjectItem->setData(0, kKindRole, SubjectItem);
        subjectItem->setData(0, kIdRole, s.id);
        for (const Motion &m : motions) {
            if (m.subjectId != s.id)
                continue;
            auto *motionItem = new QTreeWidgetItem(subjectItem);
            motionItem->setData(0, kKindRole, MotionItem);
            motionItem->setData(0, kIdRole, m.id);
            motionItem->setData(0, Qt::UserRole + 2, m.name);
            motionItem->setData(0, Qt::UserRole + 3, kindShort(m.kind));
            motionItem->setData(0, Qt::UserRole + 4, m.targetRepetitions);
            for (const Clip &c : clips) {
                if (c.motionId != m.id)
                    continue;
                auto *clipItem = new QTreeWidgetItem(motionItem);
                clipItem->setData(0, kKindRole, ClipItem);
                clipItem->setData(0, kIdRole, c.id);
                clipItem->setText(0, tr("Repetition %1").arg(c.repetition));
                clipItem->setToolTip(0, c.file);
                m_states.insert(c.id, loadState(c.id));
                m_clipItems.insert(c.id, clipItem);
                m_order.append(c.id);
                updateClipItem(clipItem, c.id);
            }
            updateMotionItem(motionItem);
        }
    }
    m_currentClip = 0;
    m_rebuilding = false;
    applyFilter();
    if (Filter(m_filter->currentData().toInt() & 0xff) == Filter::QaWarnings)
        loadQaWarnings();
    if (m_clipItems.contains(keep))
        selectClip(keep);
}

void DatasetTree::refreshClip(qint64 clipId)
{
    QTreeWidgetItem *item = m_clipItems.value(clipId);
    if (!item)
        return;
    m_states.insert(clipId, loadState(clipId));
    updateClipItem(item, clipId);
    updateMotionItem(item->parent());
    item->setHidden(!passes(m_states.value(clipId)) && clipId != m_currentClip);
    if (Filter(m_filter->currentData().toInt() & 0xff) == Filter::QaWarnings)
        loadQaWarnings(); // a re-analysed clip has a new cache
}

void DatasetTree::updateClipItem(QTreeWidgetItem *item, qint64 clipId)
{
    const ClipState s = m_states.value(clipId);
    QString text;
    QColor color;
    switch (s.status) {
    case ReviewStatus::Pending:
        text = tr("pending");
        color = QColor(200, 200, 200);
        break;
    case ReviewStatus::Included:
        text = tr("included");
        color = QColor(60, 180, 90);
        break;
    case ReviewStatus::Excluded:
        text = tr("excluded: %1").arg(exclusionReasonLabel(s.reason));
        color = QColor(210, 60, 60);
        break;
    }
    if (!s.annotated)
        text += tr(", no onset/offset");
    const QStringList warnings = m_qa.value(s.cacheHash);
    if (!warnings.isEmpty())
        text += tr(", %n QA warning(s)", nullptr, int(warnings.size()));
    item->setIcon(0, dotIcon(color));
    item->setText(1, text);
    // The column is narrow: the whole text and the warnings are in the tooltip.
    item->setToolTip(1, warnings.isEmpty()
                            ? text
                            : text + QLatin1Char('\n') + warnings.join(QLatin1Char('\n')));
}

void DatasetTree::updateMotionItem(QTreeWidgetItem *motionItem)
{
    if (!motionItem)
        return;
    int included = 0;
    for (int i = 0; i < motionItem->childCount(); ++i) {
        const qint64 id = motionItem->child(i)->data(0, kIdRole).toLongLong();
        if (m_states.value(id).status == ReviewStatus::Included)
            ++included;
    }
    const int target = motionItem->data(0, Qt::UserRole + 4).toInt();
    motionItem->setText(0, tr("%1 [%2]").arg(motionItem->data(0, Qt::UserRole + 2).toString(),
                                             motionItem->data(0, Qt::UserRole + 3).toString()));
    motionItem->setText(1, tr("%1/%2 included").arg(included).arg(target));
    motionItem->setIcon(0, dotIcon(included >= target ? QColor(60, 180, 90) : QColor(240, 190, 60)));
}

bool DatasetTree::passes(const ClipState &state) const
{
    const int key = m_filter->currentData().toInt();
    const auto reason = ExclusionReason(key >> 8);
    switch (Filter(key & 0xff)) {
    case Filter::All:
        return true;
    case Filter::Pending:
        return state.status == ReviewStatus::Pending;
    case Filter::Excluded:
        return state.status == ReviewStatus::Excluded
               && (reason == ExclusionReason::None || state.reason == reason);
    case Filter::QaWarnings:
        return !m_qa.value(state.cacheHash).isEmpty();
    case Filter::MissingAnnotation:
        return !state.annotated;
    case Filter::NoAnalysis:
        return !state.analysed;
    }
    return true;
}

void DatasetTree::setFilter(Filter filter, ExclusionReason reason)
{
    m_filter->setCurrentIndex(m_filter->findData(filterKey(filter, reason)));
}

QVector<qint64> DatasetTree::visibleClips() const
{
    QVector<qint64> shown;
    for (qint64 id : m_order) {
        const QTreeWidgetItem *item = m_clipItems.value(id);
        if (item && !item->isHidden() && !item->parent()->isHidden()
            && !item->parent()->parent()->isHidden())
            shown.append(id);
    }
    return shown;
}

QStringList DatasetTree::qaWarnings(qint64 clipId) const
{
    return m_qa.value(m_states.value(clipId).cacheHash);
}

void DatasetTree::loadQaWarnings()
{
    if (m_qaWatcher.isRunning()) {
        m_qaAgain = true;
        return;
    }
    QVector<QPair<QString, QString>> todo; // cache hash, cache file
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it)
        if (!it->cacheHash.isEmpty() && !m_qa.contains(it->cacheHash))
            todo.append({it->cacheHash, it->cacheFile});
    if (todo.isEmpty()) {
        Q_EMIT qaWarningsLoaded();
        return;
    }
    // Hundreds of analysis files are parsed: off the GUI thread.
    m_qaWatcher.setFuture(QtConcurrent::run([todo] {
        QHash<QString, QStringList> found;
        for (const auto &[hash, path] : todo) {
            QStringList warnings;
            QFile file(path);
            if (file.open(QIODevice::ReadOnly)) {
                const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
                for (const QJsonValue &w : json.value(QStringLiteral("warnings")).toArray())
                    warnings << w.toString();
            }
            found.insert(hash, warnings);
        }
        return found;
    }));
}

void DatasetTree::onQaWarningsLoaded()
{
    const QHash<QString, QStringList> found = m_qaWatcher.result();
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        m_qa.insert(it.key(), it.value());
    for (auto it = m_clipItems.cbegin(); it != m_clipItems.cend(); ++it)
        updateClipItem(it.value(), it.key());
    applyFilter();
    if (std::exchange(m_qaAgain, false))
        loadQaWarnings();
    else
        Q_EMIT qaWarningsLoaded();
}

void DatasetTree::applyFilter()
{
    const QString search = m_search->text().trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *subject = m_tree->topLevelItem(i);
        const bool subjectMatches = search.isEmpty()
                                    || subject->text(0).contains(search, Qt::CaseInsensitive);
        bool anySubject = false;
        for (int j = 0; j < subject->childCount(); ++j) {
            QTreeWidgetItem *motion = subject->child(j);
            const bool motionMatches = subjectMatches
                                       || motion->text(0).contains(search, Qt::CaseInsensitive);
            bool anyMotion = false;
            for (int k = 0; k < motion->childCount(); ++k) {
                QTreeWidgetItem *clip = motion->child(k);
                const qint64 id = clip->data(0, kIdRole).toLongLong();
                const bool show = motionMatches
                                  && (passes(m_states.value(id)) || id == m_currentClip);
                clip->setHidden(!show);
                anyMotion = anyMotion || show;
            }
            const bool showMotion = anyMotion
                                    || (motionMatches && motion->childCount() == 0
                                        && m_filter->currentIndex() == 0);
            motion->setHidden(!showMotion);
            anySubject = anySubject || showMotion;
        }
        subject->setHidden(!anySubject && !(subjectMatches && m_filter->currentIndex() == 0));
        if (!search.isEmpty() || m_filter->currentIndex() != 0)
            subject->setExpanded(true);
    }
}

void DatasetTree::selectClip(qint64 clipId)
{
    QTreeWidgetItem *item = m_clipItems.value(clipId);
    if (!item)
        return;
    item->setHidden(false);
    item->parent()->setHidden(false);
    item->parent()->parent()->setHidden(false);
    item->parent()->parent()->setExpanded(true);
    item->parent()->setExpanded(true);
    m_tree->setCurrentItem(item);
    m_tree->scrollToItem(item);
}

void DatasetTree::onCurrentItemChanged(QTreeWidgetItem *current)
{
    if (m_rebuilding || !current || current->data(0, kKindRole).toInt() != ClipItem)
        return;
    const qint64 id = current->data(0, kIdRole).toLongLong();
    if (id == m_currentClip)
        return;
    m_currentClip = id;
    Q_EMIT clipActivated(id);
}

qint64 DatasetTree::nearbyPending(qint64 clipId, bool forward) const
{
    const int n = int(m_order.size());
    if (n == 0)
        return 0;
    const int at = int(m_order.indexOf(clipId));
    for (int step = 1; step <= n; ++step) {
        const int i = ((at < 0 ? (forward ? -1 : 0) : at) + (forward ? step : -step) + n) % n;
        const qint64 id = m_order.at(i);
        if (id != clipId && m_states.value(id).status == ReviewStatus::Pending)
            return id;
    }
    return 0;
}

qint64 DatasetTree::nextClip(qint64 clipId) const
{
    const int at = int(m_order.indexOf(clipId));
    return at >= 0 && at + 1 < m_order.size() ? m_order.at(at + 1) : 0;
}

void DatasetTree::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    const int kind = item ? item->data(0, kKindRole).toInt() : 0;
    const qint64 id = item ? item->data(0, kIdRole).toLongLong() : 0;
    auto report = [this](const Result<bool> &r) {
        if (!r)
            Q_EMIT editFailed(r.error().message);
    };
    QMenu menu(this);
    menu.addAction(tr("Add subject..."), this, [this] {
        const QString code = QInputDialog::getText(this, tr("Add subject"), tr("Subject code:"));
        if (code.trimmed().isEmpty())
            return;
        Subject s;
        s.code = code.trimmed();
        if (auto r = m_editor->addSubject(s); !r)
            Q_EMIT editFailed(r.error().message);
    });
    if (kind == SubjectItem) {
        menu.addAction(tr("Add motion..."), this, [this, id] {
            const QString name = QInputDialog::getText(this, tr("Add motion"), tr("Motion name:"));
            if (name.trimmed().isEmpty())
                return;
            Motion m;
            m.subjectId = id;
            m.name = name.trimmed();
            if (auto r = m_editor->addMotion(m); !r)
                Q_EMIT editFailed(r.error().message);
        });
        menu.addAction(tr("Rename subject..."), this, [this, id, item, report] {
            const QString code = QInputDialog::getText(this, tr("Rename subject"),
                                                       tr("Subject code:"), QLineEdit::Normal,
                                                       item->text(0));
            if (!code.trimmed().isEmpty())
                report(m_editor->renameSubject(id, code.trimmed()));
        });
        menu.addAction(tr("Delete subject"), this,
                       [this, id, report] { report(m_editor->deleteSubject(id)); });
    } else if (kind == MotionItem) {
        menu.addAction(tr("Rename motion..."), this, [this, id, item, report] {
            const QString name = QInputDialog::getText(this, tr("Rename motion"),
                                                       tr("Motion name:"), QLineEdit::Normal,
                                                       item->data(0, Qt::UserRole + 2).toString());
            if (!name.trimmed().isEmpty())
                report(m_editor->renameMotion(id, name.trimmed()));
        });
        menu.addAction(tr("Delete motion"), this,
                       [this, id, report] { report(m_editor->deleteMotion(id)); });
    } else if (kind == ClipItem) {
        QMenu *move = menu.addMenu(tr("Move to motion"));
        const auto clip = m_project->clip(id);
        for (const Motion &m : m_project->motions()) {
            if (clip && m.id == clip->motionId)
                continue;
            const auto subject = m_project->subject(m.subjectId);
            move->addAction(QStringLiteral("%1 / %2").arg(subject ? subject->code : QString(),
                                                          m.name),
                            this, [this, id, m, report] { report(m_editor->moveClip(id, m.id)); });
        }
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace fm
