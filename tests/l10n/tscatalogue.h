#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One Qt Linguist .ts file, read as the tests need it.
struct TsMessage
{
    QString context; // <name> of the enclosing <context>
    QString source; // the English source text
    QString comment; // disambiguation (<comment>)
    bool numerus = false; // a %n plural
    QString type; // translation type attribute: "", "unfinished", "obsolete", "vanished"
    QStringList forms; // the translation, or its numerus forms
};

struct TsCatalogue
{
    QString language; // the TS element's language attribute, e.g. "zh_CN"
    QList<TsMessage> messages;
    QString error; // non-empty when the file could not be read
};

TsCatalogue readTsFile(const QString &path);
// The .ts files of sslrec (translations/sslrec_*.ts), sorted.
QStringList tsFiles();
