#pragma once

#include "project/projecttypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fm {

/**
 * The reviewer's side panel: the clip's markers (reviewed and automatic), its review state,
 * include / exclude with a reason and a note, and the go-to-next buttons. It emits requests;
 * the annotator page turns them into undoable edits.
 */
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(QWidget *parent = nullptr);

    /** Shows a clip's state (call again after every change). */
    void showClip(const QString &title, const Annotation &annotation, const Review &review);
    void clear();
    ExclusionReason selectedReason() const;
    void setSelectedReason(ExclusionReason reason);
    QString note() const;
    /** One line about the analysis (QA summary, motion found, progress). */
    void setAnalysisText(const QString &text);

Q_SIGNALS:
    void includeRequested(bool next);
    void excludeRequested(fm::ExclusionReason reason, const QString &note, bool next);
    void resetRequested();
    void noteEdited(const QString &note);
    void redetectRequested();
    void pendingRequested(bool forward);

private:
    QLabel *m_title;
    QLabel *m_markers;
    QLabel *m_status;
    QLabel *m_analysis;
    QComboBox *m_reason;
    QLineEdit *m_note;
    QString m_shownNote;
};

} // namespace fm
