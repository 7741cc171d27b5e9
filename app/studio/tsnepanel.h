#pragma once

#include "common/error.h"
#include "eval/tsnemap.h"
#include "tsneplot.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace fm {

class Project;

/**
 * The t-SNE tab of a run: the TsnePlot with colour-by, selection mode, fit and export
 * controls and the list of selected clips. Reads the run's tsne.csv, or computes it in the
 * background from embeddings.csv (progress, cancel) and writes it into the run folder.
 * Labels, repetitions and motion kinds come from the project when one is given.
 */
class TsnePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TsnePanel(QWidget *parent = nullptr);
    ~TsnePanel() override;

    /** Shows the map of `runDir`; `project` (may be null) supplies kinds and thumbnails. */
    void setRun(const QString &runDir, Project *project);
    QString runDir() const { return m_runDir; }

    TsnePlot *plot() const { return m_plot; }
    QListWidget *selectionList() const { return m_list; }
    bool isComputing() const { return m_computing; }
    void cancelComputation();
    QString statusText() const;

    enum class ExportFormat { Png, Svg, Csv };
    Result<bool> exportTo(const QString &path, ExportFormat format) const;

public Q_SLOTS:
    /** Rings around these clips (e.g. the Results page's selected failed pair). */
    void highlightClips(const QStringList &clips);

Q_SIGNALS:
    void clipActivated(qint64 clipId);
    /** The map is shown (points > 0) or could not be (points == 0, see statusText()). */
    void mapReady(int points);

private:
    void showMap(const TsneMap &map);
    void showStatus(const QString &text);
    void onSelectionChanged(const QStringList &clips);
    void onThumbnailWanted(const QString &clip);
    void pumpThumbnails();
    void exportInteractive(ExportFormat format);

    TsnePlot *m_plot;
    QComboBox *m_colourBy;
    QToolButton *m_pan, *m_rect, *m_lasso;
    QPushButton *m_fit, *m_png, *m_svg, *m_csv;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QListWidget *m_list;
    QLabel *m_listTitle;

    QString m_runDir;
    QPointer<Project> m_project;
    bool m_computing = false;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    QFutureWatcher<Result<TsneMap>> m_tsneWatcher;

    struct ClipSource
    {
        QString path;
        int frames = 0;
    };
    QHash<QString, ClipSource> m_sources; ///< clip name -> where its frames are
    QStringList m_thumbQueue;
    QString m_thumbClip;
    QFutureWatcher<QImage> m_thumbWatcher;
};

} // namespace fm
