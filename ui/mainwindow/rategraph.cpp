#include "mainwindow/rategraph.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace sslrec::ui {

RateGraph::RateGraph(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Requests per second, last 60 seconds"));
    setToolTip(tr("Requests per second over the last minute"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void RateGraph::addSample(qint64 elapsedMs, double requestsPerSecond)
{
    if (!m_samples.empty() && elapsedMs < m_samples.back().ms)
        m_samples.clear(); // a new scan
    m_samples.push_back({elapsedMs, std::max(0.0, requestsPerSecond)});
    while (m_samples.size() > 2 && elapsedMs - m_samples.front().ms > kWindowMs)
        m_samples.pop_front();
    update();
}

void RateGraph::clear()
{
    m_samples.clear();
    update();
}

void RateGraph::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF area = QRectF(rect()).adjusted(1, 1, -1, -1);
    p.setPen(pal.color(QPalette::Mid));
    p.setBrush(pal.color(QPalette::Base));
    p.drawRoundedRect(area, 3, 3);

    const QFontMetrics fm(font());
    if (m_samples.empty()) {
        p.setPen(pal.color(QPalette::Disabled, QPalette::Text));
        p.drawText(area, Qt::AlignCenter, tr("no requests yet"));
        return;
    }
    const double peak = std::max_element(m_samples.cbegin(), m_samples.cend(), [](const Sample &a, const Sample &b) {
                            return a.rate < b.rate;
                        })->rate;
    // Round the scale up to 1, 2 or 5 times a power of ten so the axis label stays put.
    double scale = 5;
    while (scale < peak)
        scale *= (QString::number(scale).startsWith(QLatin1Char('2')) ? 2.5 : 2);
    const QRectF plot = area.adjusted(4, fm.height() + 2, -4, -4);
    const qint64 end = m_samples.back().ms;
    const qint64 start = end - kWindowMs;
    auto point = [&](const Sample &s) {
        const double x = plot.left() + plot.width() * double(s.ms - start) / double(kWindowMs);
        const double y = plot.bottom() - plot.height() * std::min(1.0, s.rate / scale);
        return QPointF(std::max(plot.left(), x), y);
    };
    QPainterPath line;
    line.moveTo(point(m_samples.front()));
    for (const Sample &s : m_samples)
        line.lineTo(point(s));
    QPainterPath fill = line;
    fill.lineTo(point(m_samples.back()).x(), plot.bottom());
    fill.lineTo(point(m_samples.front()).x(), plot.bottom());
    fill.closeSubpath();
    QColor fillColor = pal.color(QPalette::Highlight);
    fillColor.setAlphaF(0.25);
    p.fillPath(fill, fillColor);
    p.setPen(QPen(pal.color(QPalette::Highlight), 1.5));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);

    p.setPen(pal.color(QPalette::Text));
    p.drawText(area.adjusted(4, 1, -4, 0), Qt::AlignLeft | Qt::AlignTop,
               tr("%1 req/s").arg(m_samples.back().rate, 0, 'f', 1));
    p.setPen(pal.color(QPalette::Disabled, QPalette::Text));
    p.drawText(area.adjusted(4, 1, -4, 0), Qt::AlignRight | Qt::AlignTop, tr("max %1 · 60 s").arg(scale, 0, 'g', 3));
}

} // namespace sslrec::ui
