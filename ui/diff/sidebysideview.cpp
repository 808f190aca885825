#include "diff/sidebysideview.h"

#include "models/verdictstyle.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>

namespace sslrec::ui {

namespace {
QPlainTextEdit *makePane(const QString &name, QWidget *parent)
{
    auto *pane = new QPlainTextEdit(parent);
    pane->setReadOnly(true);
    pane->setLineWrapMode(QPlainTextEdit::NoWrap);
    pane->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    pane->setAccessibleName(name);
    pane->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    pane->setUndoRedoEnabled(false);
    return pane;
}

// Background tints mixed into the palette's base colour, so they read on
// light and dark themes alike.
QColor tint(const QPalette &palette, const QColor &colour, double amount)
{
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + colour.redF() * amount),
                            float(base.greenF() * (1 - amount) + colour.greenF() * amount),
                            float(base.blueF() * (1 - amount) + colour.blueF() * amount));
}
} // namespace

SideBySideView::SideBySideView(QWidget *parent)
    : QWidget(parent)
    , m_left(makePane(tr("HTTP body"), this))
    , m_right(makePane(tr("HTTPS body"), this))
{
    m_left->setObjectName(QStringLiteral("leftPane"));
    m_right->setObjectName(QStringLiteral("rightPane"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_left);
    layout->addWidget(m_right);
    // One bar for both: the right pane's drives, the left pane follows.
    m_left->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int v) { syncVertical(m_left, v); });
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int v) { syncVertical(m_right, v); });
    connect(m_left->horizontalScrollBar(), &QScrollBar::valueChanged, this, [this](int v) { syncHorizontal(m_left, v); });
    connect(m_right->horizontalScrollBar(), &QScrollBar::valueChanged, this, [this](int v) { syncHorizontal(m_right, v); });
}

void SideBySideView::syncVertical(QPlainTextEdit *from, int value)
{
    if (m_syncing)
        return;
    m_syncing = true;
    QPlainTextEdit *to = from == m_left ? m_right : m_left;
    to->verticalScrollBar()->setValue(value);
    m_syncing = false;
}

void SideBySideView::syncHorizontal(QPlainTextEdit *from, int value)
{
    if (m_syncing)
        return;
    m_syncing = true;
    QPlainTextEdit *to = from == m_left ? m_right : m_left;
    to->horizontalScrollBar()->setValue(value);
    m_syncing = false;
}

void SideBySideView::setMessage(const QString &message)
{
    m_document = {};
    m_current = -1;
    m_left->setExtraSelections({});
    m_right->setExtraSelections({});
    m_left->setPlainText(message);
    m_right->setPlainText(message);
    emit currentChangeChanged(-1, 0);
}

void SideBySideView::setDocument(const DiffDocument &document)
{
    m_document = document;
    m_current = -1;
    m_syncing = true;
    m_left->setPlainText(document.left);
    m_right->setPlainText(document.right);
    m_syncing = false;
    highlight();
    emit currentChangeChanged(-1, int(document.changes.size()));
}

void SideBySideView::highlight()
{
    const QPalette pal = palette();
    const QColor red = verdictstyle::stateColor(NodeState::Different, QPalette());
    const QColor green = verdictstyle::stateColor(NodeState::Same, QPalette());
    const QColor removedLine = tint(pal, red, 0.14);
    const QColor addedLine = tint(pal, green, 0.14);
    const QColor removedChars = tint(pal, red, 0.38);
    const QColor addedChars = tint(pal, green, 0.38);
    const QColor padding = tint(pal, pal.color(QPalette::Text), 0.06);
    const QColor separator = tint(pal, pal.color(QPalette::Highlight), 0.12);

    QList<QTextEdit::ExtraSelection> left;
    QList<QTextEdit::ExtraSelection> right;
    auto lineSelection = [](QPlainTextEdit *pane, int line, const QColor &colour) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(pane->document()->findBlockByNumber(line));
        sel.format.setBackground(colour);
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        return sel;
    };
    auto charSelections = [](QPlainTextEdit *pane, int line, const QList<CharRange> &ranges, const QColor &colour,
                             QList<QTextEdit::ExtraSelection> &out) {
        const QTextBlock block = pane->document()->findBlockByNumber(line);
        for (const CharRange &r : ranges) {
            QTextEdit::ExtraSelection sel;
            sel.cursor = QTextCursor(block);
            sel.cursor.setPosition(block.position() + std::min(r.start, block.length() - 1));
            sel.cursor.setPosition(block.position() + std::min(r.start + r.length, block.length() - 1), QTextCursor::KeepAnchor);
            sel.format.setBackground(colour);
            out.append(sel);
        }
    };
    for (int i = 0; i < m_document.lines.size(); ++i) {
        const DiffDocument::Line &line = m_document.lines.at(i);
        using K = DiffDocument::LineKind;
        switch (line.kind) {
        case K::Equal: break;
        case K::Separator:
            left.append(lineSelection(m_left, i, separator));
            right.append(lineSelection(m_right, i, separator));
            break;
        case K::Changed:
        case K::Inserted:
        case K::Deleted:
            left.append(lineSelection(m_left, i, line.leftPadding ? padding : removedLine));
            right.append(lineSelection(m_right, i, line.rightPadding ? padding : addedLine));
            break;
        }
    }
    // Character ranges after the line backgrounds so they paint on top.
    for (int i = 0; i < m_document.lines.size(); ++i) {
        const DiffDocument::Line &line = m_document.lines.at(i);
        if (line.kind != DiffDocument::LineKind::Changed)
            continue;
        charSelections(m_left, i, line.leftChanges, removedChars, left);
        charSelections(m_right, i, line.rightChanges, addedChars, right);
    }
    m_left->setExtraSelections(left);
    m_right->setExtraSelections(right);
}

void SideBySideView::goToChange(int index)
{
    if (index < 0 || index >= m_document.changes.size())
        return;
    m_current = index;
    const int line = m_document.changes.at(index);
    for (QPlainTextEdit *pane : {m_right, m_left}) {
        QTextCursor cursor(pane->document()->findBlockByNumber(line));
        pane->setTextCursor(cursor);
    }
    // Put the change a few lines below the top, like a diff tool does.
    const int top = std::max(0, line - 3);
    m_right->verticalScrollBar()->setValue(top);
    emit currentChangeChanged(m_current, int(m_document.changes.size()));
}

void SideBySideView::nextChange()
{
    if (m_document.changes.isEmpty())
        return;
    goToChange(std::min(int(m_document.changes.size()) - 1, m_current + 1));
}

void SideBySideView::previousChange()
{
    if (m_document.changes.isEmpty())
        return;
    goToChange(std::max(0, m_current - 1));
}

} // namespace sslrec::ui
