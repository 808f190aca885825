#include "mainwindow/filefield.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace sslrec::ui {

FileField::FileField(const QString &dialogTitle, const QString &filter, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_title(dialogTitle)
    , m_filter(filter)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("none"));
    m_edit->setAccessibleName(dialogTitle);
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(tr("Browse for %1").arg(dialogTitle));
    layout->addWidget(m_edit, 1);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = m_saving ? QFileDialog::getSaveFileName(this, m_title, m_edit->text(), m_filter)
                                      : QFileDialog::getOpenFileName(this, m_title, m_edit->text(), m_filter);
        if (!file.isEmpty())
            m_edit->setText(file);
    });
    setFocusProxy(m_edit);
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
