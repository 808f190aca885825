#include "mainwindow/filefield.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace sslrec::ui {

FileField::FileField(const QString &dialogTitle, const QString &filter, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_title(dialogTitle)
    , m_filter(filter)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setClearButtonEnabled(true);
    retranslateUi();
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = m_saving ? QFileDialog::getSaveFileName(this, m_title, m_edit->text(), m_filter)
                                      : QFileDialog::getOpenFileName(this, m_title, m_edit->text(), m_filter);
        if (!file.isEmpty())
            m_edit->setText(file);
    });
    setFocusProxy(m_edit);
}

void FileField::setDialog(const QString &dialogTitle, const QString &filter)
{
    m_title = dialogTitle;
    m_filter = filter;
    retranslateUi();
}

void FileField::retranslateUi()
{
    //: No file chosen
    m_edit->setPlaceholderText(tr("none"));
    m_edit->setAccessibleName(m_title);
    m_browse->setText(tr("Browse…"));
    m_browse->setAccessibleName(tr("Browse for %1").arg(m_title));
}

void FileField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString FileField::path() const
{
    return m_edit->text().trimmed();
}

void FileField::setPath(const QString &path)
{
    m_edit->setText(path);
}

} // namespace sslrec::ui
