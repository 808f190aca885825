#pragma once

#include "tls/certificatedetails.h"
#include "tls/tlsfinding.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QFormLayout;

namespace sslrec::ui {

// Details of one certificate (XCA's CertDetail): subject, issuer, SANs,
// validity with days left in the state's colour, key, signature,
// fingerprints, its own findings, and the PEM with Copy and Save….
class CertificatePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CertificatePanel(QWidget *parent = nullptr);

    void setCertificate(const CertificateDetails &certificate, const QList<TlsFinding> &findings, int expiryWarningDays);
    void clear();
    QString pem() const;

private:
    void savePem();

    QFormLayout *m_form = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_issuer = nullptr;
    QLabel *m_sans = nullptr;
    QLabel *m_validity = nullptr;
    QLabel *m_key = nullptr;
    QLabel *m_signature = nullptr;
    QLabel *m_sha256 = nullptr;
    QLabel *m_sha1 = nullptr;
    QLabel *m_serial = nullptr;
    QListWidget *m_findings = nullptr;
    QPlainTextEdit *m_pem = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QString m_commonName;
};

} // namespace sslrec::ui
