#pragma once

#include <QElapsedTimer>
#include <QWidget>

#include <deque>

namespace sslrec::ui {

// Requests per second over the last minute, painted as a filled line with
// the palette's highlight colour. No Qt Charts: one sample per progress tick.
class RateGraph : public QWidget
{
    Q_OBJECT

public:
    explicit RateGraph(QWidget *parent = nullptr);

    // Adds a sample at \a elapsedMs since the scan started.
    void addSample(qint64 elapsedMs, double requestsPerSecond);
    void clear();
    int sampleCount() const { return int(m_samples.size()); }

    QSize sizeHint() const override { return {240, 64}; }
    QSize minimumSizeHint() const override { return {120, 40}; }

    static constexpr qint64 kWindowMs = 60000;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Sample
    {
        qint64 ms;   // since the scan started
        double rate; // requests per second
    };
    std::deque<Sample> m_samples;
};

} // namespace sslrec::ui
