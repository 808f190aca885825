#pragma once

#include <QWidget>

class QLineEdit;

namespace sslrec::ui {

// A path line edit with a "Browse…" button, for the options that name a file.
class FileField : public QWidget
{
    Q_OBJECT

public:
    FileField(const QString &dialogTitle, const QString &filter, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    QLineEdit *lineEdit() const { return m_edit; }

private:
    QLineEdit *m_edit;
    QString m_title;
    QString m_filter;
};

} // namespace sslrec::ui
