#pragma once

#include "diff/diffdocument.h"

#include <QWidget>

class QPlainTextEdit;
class QScrollBar;

namespace sslrec::ui {

// Two read-only plain-text panes (HTTP left, HTTPS right) driven by one
// vertical scrollbar, as in Qt Creator's side-by-side diff editor: the left
// pane's bar is hidden, the right one drives both, and a guard stops the
// two panes from echoing each other's scroll. Origin content is shown as
// text only; nothing is rendered and nothing it references is loaded.
class SideBySideView : public QWidget
{
    Q_OBJECT

public:
    explicit SideBySideView(QWidget *parent = nullptr);

    void setDocument(const DiffDocument &document);
    void setMessage(const QString &message); // instead of a diff: "body not kept", ...
    const DiffDocument &document() const { return m_document; }
    QPlainTextEdit *leftPane() const { return m_left; }
    QPlainTextEdit *rightPane() const { return m_right; }
    // Index into document().changes of the difference shown, -1 before the first.
    int currentChange() const { return m_current; }

public slots:
    void nextChange();
    void previousChange();

signals:
    void currentChangeChanged(int index, int count);

private:
    void syncVertical(QPlainTextEdit *from, int value);
    void syncHorizontal(QPlainTextEdit *from, int value);
    void highlight();
    void goToChange(int index);

    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
    DiffDocument m_document;
    int m_current = -1;
    bool m_syncing = false;
};

} // namespace sslrec::ui
