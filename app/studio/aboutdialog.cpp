#include "aboutdialog.h"

#include "common/buildinfo.h"
#include "common/libraryversions.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace fm {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About FaceMotion Studio"));

    const LibraryVersions versions = LibraryVersions::current();
    m_librariesText = versions.toText();

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/fmstudio.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString libraries;
    for (const QString &line : m_librariesText.split(QLatin1Char('\n')))
        libraries += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    text->setText(tr("<h2>FaceMotion Studio %1</h2>"
                     "<p>Facial-motion biometrics research: record, annotate, train and "
                     "evaluate facial-motion embeddings.</p>"
                     "<p>Libraries loaded in this process:</p><ul>%2</ul>"
                     "<p>Face models: face-api 1.7.15 (MIT) and dlib's 68-point predictor.</p>")
                      .arg(QStringLiteral(FM_VERSION_STRING), libraries));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

} // namespace fm
