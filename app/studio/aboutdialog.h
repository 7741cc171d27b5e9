#pragma once

#include <QDialog>

namespace fm {

/** Program name, version, licence note and the versions of the libraries actually loaded. */
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /** The library versions as shown, one per line. */
    QString librariesText() const { return m_librariesText; }

private:
    QString m_librariesText;
};

} // namespace fm
