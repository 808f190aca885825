#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace sslrec::ui {

// A path line edit with a "Browse…" button, for the options that name a file.
class FileField : public QWidget
{
    Q_OBJECT

public:
    FileField(const QString &dialogTitle, const QString &filter, QWidget *parent = nullptr);

    // The file dialog's title and filter (again after a language change).
    void setDialog(const QString &dialogTitle, const QString &filter);
    QString path() const;
    void setPath(const QString &path);
    QLineEdit *lineEdit() const { return m_edit; }
    // Browse asks for a file to write (may not exist yet) instead of one to read.
    void setForSaving(bool saving) { m_saving = saving; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLineEdit *m_edit;
    QPushButton *m_browse;
    QString m_title;
    QString m_filter;
    bool m_saving = false;
};

} // namespace sslrec::ui
