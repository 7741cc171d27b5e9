// Clip reading and writing: every listed container round-trips through ClipWriter and
// ClipReader (frame count, size, fps, sequential and random access), image-sequence folders,
// and the bad inputs (unreadable, truncated, empty, zero frames, mixed image sizes).
#include "video/clipreader.h"
#include "video/clipwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

using namespace fm;

namespace {

// Frame `index` carries its number as 8 black/white blocks so it survives lossy codecs.
cv::Mat numberedFrame(int index, cv::Size size)
{
    cv::Mat frame(size, CV_8UC3, cv::Scalar(60, 90, 120));
    const int block = size.width / 10;
    for (int bit = 0; bit < 8; ++bit) {
        const bool on = (index >> bit) & 1;
        cv::rectangle(frame, cv::Rect(block * (bit + 1), size.height / 3, block, size.height / 3),
                      on ? cv::Scalar(255, 255, 255) : cv::Scalar(0, 0, 0), cv::FILLED);
    }
    return frame;
}

int decodeNumber(const cv::Mat &frame)
{
    const int block = frame.cols / 10;
    int value = 0;
    for (int bit = 0; bit < 8; ++bit) {
        const cv::Rect inner(block * (bit + 1) + block / 4, frame.rows / 3 + frame.rows / 12,
                             block / 2, frame.rows / 6);
        cv::Mat grey;
        cv::cvtColor(frame(inner), grey, cv::COLOR_BGR2GRAY);
        if (cv::mean(grey)[0] > 128)
            value |= 1 << bit;
    }
    return value;
}

QString writeClip(const QString &path, int frames, cv::Size size, double fps)
{
    auto writer = ClipWriter::create(path, QSize(size.width, size.height), fps);
    if (!writer)
        return writer.error().message;
    for (int i = 0; i < frames; ++i) {
        if (!writer.value()->write(numberedFrame(i, size)))
            return writer.value()->lastError();
    }
    const auto done = writer.value()->finish();
    return done ? QString() : done.error().message;
}

} // namespace

class TestClipIo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void imageSequence();
    void veryShortClips_data();
    void veryShortClips();
    void badInput_data();
    void badInput();
    void mixedSizes();
    void writerRejectsBadSettings();

private:
    QTemporaryDir m_dir;
};

void TestClipIo::roundTrip_data()
{
    QTest::addColumn<QString>("suffix");
    for (const char *suffix : {"mp4", "avi", "mkv", "mov", "webm", "wmv", "mpg"})
        QTest::newRow(suffix) << QString::fromLatin1(suffix);
}

void TestClipIo::roundTrip()
{
    QFETCH(QString, suffix);
    const QString path = m_dir.filePath(QStringLiteral("clip.") + suffix);
    const int frames = 45;
    const cv::Size size(320, 240);
    QCOMPARE(writeClip(path, frames, size, 25.0), QString());
    QVERIFY(QFile::exists(path));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral(".clip.part.") + suffix)));

    auto reader = ClipReader::open(path);
    QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().message));
    ClipReader &r = *reader.value();
    QCOMPARE(r.info().size, QSize(320, 240));
    QVERIFY2(std::abs(r.info().fps - 25.0) < 0.5, qPrintable(QString::number(r.info().fps)));
    QVERIFY(!r.info().imageSequence);

    cv::Mat frame;
    int count = 0;
    while (r.read(frame)) {
        QCOMPARE(decodeNumber(frame), count);
        ++count;
    }
    QCOMPARE(count, frames);
    QCOMPARE(r.info().frameCount, frames);
    QVERIFY(std::abs(r.info().durationSeconds() - frames / 25.0) < 0.1);

    // Random access for scrubbing: backwards, forwards, far and near.
    for (int index : {40, 3, 17, 18, 44, 0, 30, 29}) {
        QVERIFY2(r.frameAt(index, frame), qPrintable(QStringLiteral("frame %1").arg(index)));
        QCOMPARE(decodeNumber(frame), index);
    }
    QVERIFY(!r.frameAt(frames + 5, frame));
    QVERIFY(!r.frameAt(-1, frame));
}

void TestClipIo::veryShortClips_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("frames");
    QTest::newRow("mp4 1") << "mp4" << 1;
    QTest::newRow("avi 1") << "avi" << 1;
    QTest::newRow("mkv 2") << "mkv" << 2;
}

void TestClipIo::veryShortClips()
{
    QFETCH(QString, suffix);
    QFETCH(int, frames);
    const QString path = m_dir.filePath(QStringLiteral("short%1.%2").arg(frames).arg(suffix));
    QCOMPARE(writeClip(path, frames, cv::Size(160, 120), 30.0), QString());
    auto reader = ClipReader::open(path);
    QVERIFY(reader);
    cv::Mat frame;
    int count = 0;
    while (reader.value()->read(frame))
        QCOMPARE(decodeNumber(frame), count++);
    QCOMPARE(count, frames);
    // Scrubbing back to the start after the end works on the shortest clips too.
    QVERIFY(reader.value()->frameAt(0, frame));
    QCOMPARE(decodeNumber(frame), 0);
    QVERIFY(reader.value()->frameAt(frames - 1, frame));
    QCOMPARE(decodeNumber(frame), frames - 1);
}

void TestClipIo::imageSequence()
{
    const QString folder = m_dir.filePath(QStringLiteral("sequence"));
    QVERIFY(QDir().mkpath(folder));
    // Numeric order: frame2 before frame10.
    for (int i = 0; i < 12; ++i) {
        cv::imwrite(QDir(folder).filePath(QStringLiteral("frame%1.png").arg(i)).toStdString(),
                    numberedFrame(i, cv::Size(160, 120)));
    }
    QFile notes(QDir(folder).filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a frame");
    notes.close();

    auto reader = ClipReader::open(folder, 12.5);
    QVERIFY(reader);
    ClipReader &r = *reader.value();
    QVERIFY(r.info().imageSequence);
    QCOMPARE(r.info().frameCount, 12);
    QCOMPARE(r.info().fps, 12.5);
    QCOMPARE(r.info().size, QSize(160, 120));
    cv::Mat frame;
    for (int i = 0; i < 12; ++i) {
        QVERIFY(r.read(frame));
        QCOMPARE(decodeNumber(frame), i);
    }
    QVERIFY(!r.read(frame));
    QVERIFY(r.lastError().isEmpty());
    QVERIFY(r.frameAt(7, frame));
    QCOMPARE(decodeNumber(frame), 7);
}

void TestClipIo::badInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected"); // part of the error message
    QTest::newRow("missing") << "missing"
                             << "does not exist";
    QTest::newRow("garbage") << "garbage"
                             << "could not be opened";
    QTest::newRow("empty file") << "empty"
                                << "could not be opened";
    QTest::newRow("truncated mp4") << "truncated"
                                   << "could not be opened";
    QTest::newRow("zero frames") << "zeroframes"
                                 << "";
    QTest::newRow("empty folder") << "emptyfolder"
                                  << "contains no images";
}

void TestClipIo::badInput()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("bad.mp4"));
    if (kind == QLatin1String("garbage")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk(64 * 1024, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) % 251);
        f.write(junk);
    } else if (kind == QLatin1String("empty")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (kind == QLatin1String("truncated")) {
        QCOMPARE(writeClip(path, 30, cv::Size(320, 240), 30.0), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2)); // MP4 index (moov) is at the end: cut off
    } else if (kind == QLatin1String("zeroframes")) {
        cv::VideoWriter w(path.toStdString(), cv::CAP_FFMPEG,
                          cv::VideoWriter::fourcc('m', 'p', '4', 'v'), 30.0, cv::Size(320, 240));
        QVERIFY(w.isOpened());
        w.release();
    } else if (kind == QLatin1String("emptyfolder")) {
        path = dir.filePath(QStringLiteral("frames"));
        QVERIFY(QDir().mkpath(path));
    }
    const auto reader = ClipReader::open(path);
    QVERIFY(!reader);
    QVERIFY2(reader.error().message.contains(expected), qPrintable(reader.error().message));
    QVERIFY(reader.error().message.contains(QFileInfo(path).fileName()));
}

void TestClipIo::mixedSizes()
{
    QTemporaryDir dir;
    for (int i = 0; i < 4; ++i) {
        const cv::Size size = i == 2 ? cv::Size(200, 100) : cv::Size(160, 120);
        cv::imwrite(dir.filePath(QStringLiteral("%1.png").arg(i)).toStdString(),
                    numberedFrame(i, size));
    }
    auto reader = ClipReader::open(dir.path());
    QVERIFY(reader);
    cv::Mat frame;
    QVERIFY(reader.value()->read(frame));
    QVERIFY(reader.value()->read(frame));
    QVERIFY(!reader.value()->read(frame));
    QVERIFY2(reader.value()->lastError().contains(QStringLiteral("200x100")),
             qPrintable(reader.value()->lastError()));
}

void TestClipIo::writerRejectsBadSettings()
{
    QVERIFY(!ClipWriter::create(m_dir.filePath(QStringLiteral("x.mp4")), QSize(0, 0), 30));
    QVERIFY(!ClipWriter::create(m_dir.filePath(QStringLiteral("x.mp4")), QSize(64, 64), 0));
    auto writer = ClipWriter::create(m_dir.filePath(QStringLiteral("none.mp4")), QSize(64, 64), 30);
    QVERIFY(writer);
    QVERIFY(!writer.value()->finish()); // no frames: an error, and no file left behind
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.mp4"))));
}

QTEST_GUILESS_MAIN(TestClipIo)
#include "tst_clipio.moc"
