#pragma once

#include "common/error.h"
#include "train/verification.h"

#include <QFutureWatcher>
#include <QImage>
#include <QPointer>
#include <QVector>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace fm {

class FrameView;
class Project;
class ThresholdGauge;

/**
 * Enrol / verify (seed 000 Fig. 1): pick a trained run, an enrolment clip and a probe clip
 * (project clips or video files); the two-factor verification (motion embedding at the run's
 * threshold + face descriptor) runs in the background with progress and cancel; shows both
 * clips side by side (playable), each distance against its threshold and the decision.
 */
class VerifyPage : public QWidget
{
    Q_OBJECT

public:
    explicit VerifyPage(Project *project, QWidget *parent = nullptr);
    ~VerifyPage() override;

    /** Re-reads the project's runs (those with a model.pt) and clips. */
    void refresh();
    /** Chooses a run folder (added to the list when it is not a project run). */
    void setRunDir(const QString &runDir);
    QString runDir() const;
    /** Side 0 = enrolment, 1 = probe. */
    void setClipFile(int side, const QString &path);
    void setProjectClip(int side, qint64 clipId);
    QString clipPath(int side) const;

    bool isRunning() const { return m_running; }
    std::optional<VerificationResult> lastResult() const { return m_result; }
    QString decisionText() const;
    QString errorText() const { return m_error; }

public Q_SLOTS:
    void startVerification();
    void cancelVerification();

Q_SIGNALS:
    /** A verification ended: `ok` false on an error or cancel (see errorText()). */
    void verificationFinished(bool ok);
    void message(const QString &text);

private:
    struct Side
    {
        QComboBox *clips = nullptr;
        QPushButton *browse = nullptr;
        QPushButton *play = nullptr;
        QLabel *source = nullptr;
        FrameView *view = nullptr;
        QString path;
        QVector<QImage> frames; ///< decoded for playing
        int shown = 0;
        QFutureWatcher<QVector<QImage>> *loader = nullptr;
    };
    struct Outcome
    {
        Result<VerificationResult> result = Error{};
        std::shared_ptr<Verifier> verifier;
    };

    QWidget *makeSide(int side, const QString &title);
    void setSidePath(int side, const QString &path);
    void playStep();
    void updateButtons();
    void showResult();
    void onFinished();

    QPointer<Project> m_project;
    QComboBox *m_runs;
    QPushButton *m_browseRun;
    Side m_sides[2];
    QPushButton *m_verify, *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_stage;
    ThresholdGauge *m_motionGauge, *m_identityGauge;
    QLabel *m_decision;
    QLabel *m_details;
    QTimer *m_playTimer;

    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    std::shared_ptr<Verifier> m_verifier; ///< kept between verifications of the same run
    QFutureWatcher<Outcome> m_watcher;
    std::optional<VerificationResult> m_result;
    QString m_error;
};

} // namespace fm
