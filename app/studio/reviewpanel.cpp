#include "reviewpanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fm {

namespace {
QString markerText(const Annotation &a, Marker m)
{
    const std::optional<int> reviewed = a.reviewed(m);
    const std::optional<int> automatic = a.automaticValue(m);
    const QString autoText = automatic ? QString::number(*automatic) : QStringLiteral("–");
    if (reviewed)
        return ReviewPanel::tr("<b>%1</b> (auto %2)").arg(*reviewed).arg(autoText);
    return ReviewPanel::tr("%1 (auto)").arg(autoText);
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setFocusPolicy(Qt::NoFocus); // keys stay with the page's shortcuts
    return b;
}
} // namespace

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_markers(new QLabel(this)),
      m_status(new QLabel(this)), m_analysis(new QLabel(this)), m_reason(new QComboBox(this)),
      m_note(new QLineEdit(this))
{
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_markers->setObjectName(QStringLiteral("reviewMarkers"));
    m_markers->setTextFormat(Qt::RichText);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setWordWrap(true);
    m_analysis->setObjectName(QStringLiteral("reviewAnalysis"));
    m_analysis->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reviewReason"));
    m_reason->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reason->setMinimumContentsLength(12);
    for (ExclusionReason r : {ExclusionReason::TongueMovement, ExclusionReason::MicroExpression,
                              ExclusionReason::NoOrPartialFace, ExclusionReason::WrongMotion,
                              ExclusionReason::BadQuality, ExclusionReason::Other})
        m_reason->addItem(tr("%1  (%2)").arg(exclusionReasonLabel(r)).arg(int(r)), int(r));
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setPlaceholderText(tr("Note (Enter saves)"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_markers);
    layout->addWidget(m_analysis);

    auto *markerBox = new QHBoxLayout;
    QPushButton *redetect = button(tr("Re-detect (R)"), QStringLiteral("redetectButton"), this);
    redetect->setToolTip(tr("Drop the reviewed markers and use the automatic onset, apex and "
                            "offset again"));
    markerBox->addWidget(redetect);
    layout->addLayout(markerBox);

    // Buttons in a two-column grid; the long labels (German "Ausschließen && weiter (X)") take a
    // whole row so the panel stays narrow enough for a 1280-pixel window in every language.
    auto *reviewBox = new QGroupBox(tr("Review"), this);
    auto *form = new QFormLayout(reviewBox);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_status);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Note:"), m_note);
    auto *buttons = new QGridLayout;
    QPushButton *include = button(tr("Include"), QStringLiteral("includeButton"), reviewBox);
    QPushButton *exclude = button(tr("Exclude"), QStringLiteral("excludeButton"), reviewBox);
    QPushButton *reset = button(tr("Reset"), QStringLiteral("resetButton"), reviewBox);
    QPushButton *includeNext = button(tr("Include && next (Y)"),
                                      QStringLiteral("includeNextButton"), reviewBox);
    QPushButton *excludeNext = button(tr("Exclude && next (X)"),
                                      QStringLiteral("excludeNextButton"), reviewBox);
    buttons->addWidget(includeNext, 0, 0, 1, 2);
    buttons->addWidget(excludeNext, 1, 0, 1, 2);
    buttons->addWidget(include, 2, 0);
    buttons->addWidget(exclude, 2, 1);
    buttons->addWidget(reset, 3, 0, 1, 2);
    form->addRow(buttons);
    layout->addWidget(reviewBox);

    auto *nav = new QVBoxLayout;
    QPushButton *prev = button(tr("Previous pending (P)"), QStringLiteral("prevPending"), this);
    QPushButton *next = button(tr("Next pending (N)"), QStringLiteral("nextPending"), this);
    nav->addWidget(next);
    nav->addWidget(prev);
    layout->addLayout(nav);
    layout->addStretch(1);

    connect(redetect, &QPushButton::clicked, this, &ReviewPanel::redetectRequested);
    connect(include, &QPushButton::clicked, this, [this] { Q_EMIT includeRequested(false); });
    connect(includeNext, &QPushButton::clicked, this, [this] { Q_EMIT includeRequested(true); });
    connect(exclude, &QPushButton::clicked, this,
            [this] { Q_EMIT excludeRequested(selectedReason(), note(), false); });
    connect(excludeNext, &QPushButton::clicked, this,
            [this] { Q_EMIT excludeRequested(selectedReason(), note(), true); });
    connect(reset, &QPushButton::clicked, this, &ReviewPanel::resetRequested);
    connect(prev, &QPushButton::clicked, this, [this] { Q_EMIT pendingRequested(false); });
    connect(next, &QPushButton::clicked, this, [this] { Q_EMIT pendingRequested(true); });
    connect(m_note, &QLineEdit::editingFinished, this, [this] {
        if (m_note->text() != m_shownNote) {
            m_shownNote = m_note->text();
            Q_EMIT noteEdited(m_shownNote);
        }
    });
    clear();
}

void ReviewPanel::showClip(const QString &title, const Annotation &a, const Review &review)
{
    setEnabled(true);
    m_title->setText(title);
    m_markers->setText(tr("Onset: %1<br>Apex: %2<br>Offset: %3")
                           .arg(markerText(a, Marker::Onset), markerText(a, Marker::Apex),
                                markerText(a, Marker::Offset)));
    switch (review.status) {
    case ReviewStatus::Pending:
        m_status->setText(tr("Status: pending"));
        break;
    case ReviewStatus::Included:
        m_status->setText(tr("Status: included"));
        break;
    case ReviewStatus::Excluded:
        m_status->setText(tr("Status: excluded (%1)").arg(exclusionReasonLabel(review.reason)));
        setSelectedReason(review.reason);
        break;
    }
    if (!review.reviewer.isEmpty())
        m_status->setText(m_status->text() + tr(" by %1").arg(review.reviewer));
    if (!m_note->hasFocus()) {
        m_shownNote = review.note;
        m_note->setText(review.note);
    }
}

void ReviewPanel::clear()
{
    m_title->setText(tr("No clip selected"));
    m_markers->clear();
    m_status->clear();
    m_analysis->clear();
    m_note->clear();
    m_shownNote.clear();
    setEnabled(false);
}

ExclusionReason ReviewPanel::selectedReason() const
{
    return ExclusionReason(m_reason->currentData().toInt());
}

void ReviewPanel::setSelectedReason(ExclusionReason reason)
{
    const int i = m_reason->findData(int(reason));
    if (i >= 0)
        m_reason->setCurrentIndex(i);
}

QString ReviewPanel::note() const
{
    return m_note->text();
}

void ReviewPanel::setAnalysisText(const QString &text)
{
    m_analysis->setText(text);
}

} // namespace fm
