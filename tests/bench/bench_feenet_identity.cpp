// Cross-person expression matching with FEENet on the demo expressions (the figure the FEENet
// test reports as "people never trained on"): the head is trained on triplets of 3/4 of the
// demo people and measured on the others, once on raw backbone features and once with each
// person's features made relative to that person (minus their neutral face, minus their
// mean face, or trained with either baseline per triplet row). Also a tagging-like figure: each face of an unseen person matched to the nearest
// of one reference face per expression taken from another unseen person.
// Usage: bench_feenet_identity
#include "expr/demotriplets.h"
#include "expr/feenet.h"
#include "face/dlibfacefinder.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>

#include <cstdio>
#include <map>

using namespace fm;

namespace {

/** Rows of `features` made relative per person as demoTripletRows does. */
cv::Mat normalised(const cv::Mat &features, const std::vector<DemoExpressionSample> &samples,
                   IdentityNormalisation mode)
{
    std::vector<std::array<int, 3>> all;
    for (int i = 0; i < int(samples.size()); ++i)
        all.push_back({i, i, i});
    return demoTripletRows(features, samples, all, mode).anchor;
}

/** Share of `persons`' expressive faces whose nearest reference (one face per action of the
 *  reference person, same intensity rank) shows the same action. */
double nearestReferenceAccuracy(const FeeNet &net, const cv::Mat &rows,
                                const std::vector<DemoExpressionSample> &samples,
                                const std::vector<int> &persons, cv::Mat refSource = {})
{
    if (refSource.empty())
        refSource = rows;
    int hits = 0, total = 0;
    for (int refPerson : persons) {
        std::map<int, int> reference; // action -> sample index (the strongest rendering)
        for (int i = 0; i < int(samples.size()); ++i) {
            const auto &s = samples[size_t(i)];
            if (s.person != refPerson || s.action < 0)
                continue;
            auto it = reference.find(s.action);
            if (it == reference.end() || samples[size_t(it->second)].intensity < s.intensity)
                reference[s.action] = i;
        }
        cv::Mat refRows;
        std::vector<int> refActions;
        for (const auto &[action, index] : reference) {
            refRows.push_back(refSource.row(index));
            refActions.push_back(action);
        }
        const cv::Mat refEmb = net.embedFeatures(refRows);
        for (int i = 0; i < int(samples.size()); ++i) {
            const auto &s = samples[size_t(i)];
            if (s.person == refPerson || s.action < 0
                || std::find(persons.begin(), persons.end(), s.person) == persons.end())
                continue;
            const cv::Mat e = net.embedFeatures(rows.row(i));
            int best = 0;
            double bestD = 1e9;
            for (int r = 0; r < refEmb.rows; ++r) {
                const double d = cv::norm(e, refEmb.row(r));
                if (d < bestD) {
                    bestD = d;
                    best = r;
                }
            }
            hits += refActions[size_t(best)] == s.action;
            ++total;
        }
    }
    return total ? double(hits) / total : 0.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    auto dlib = DlibFaceFinder::create();
    if (!dlib) {
        std::printf("error: %s\n", qPrintable(dlib.error().message));
        return 1;
    }
    auto faces = loadDemoFaces(*dlib.value(), QSize(640, 480));
    if (!faces) {
        std::printf("error: %s\n", qPrintable(faces.error().message));
        return 1;
    }
    const int persons = int(faces.value().warpers.size());
    const auto samples = renderDemoExpressions(faces.value(), 6, 11);
    std::vector<int> trainPersons, testPersons;
    for (int i = 0; i < persons; ++i)
        (i % 4 == 3 ? testPersons : trainPersons).push_back(i);
    const auto trainTriplets = makeDemoTriplets(samples, trainPersons, 3000, 1, true);
    const auto testTriplets = makeDemoTriplets(samples, testPersons, 1000, 2);
    std::printf("%d demo people (%d for training, %d unseen), %d faces, %d actions + neutral\n",
                persons, int(trainPersons.size()), int(testPersons.size()), int(samples.size()),
                int(demoExpressionActions().size()));
    auto net0 = FeeNet::create();
    if (!net0) {
        std::printf("error: %s\n", qPrintable(net0.error().message));
        return 1;
    }
    auto features = demoBackboneFeatures(*net0.value(), samples);
    if (!features) {
        std::printf("error: %s\n", qPrintable(features.error().message));
        return 1;
    }
    const struct
    {
        IdentityNormalisation mode;
        const char *name;
    } modes[] = {{IdentityNormalisation::None, "raw backbone features"},
                 {IdentityNormalisation::SubtractNeutral, "minus the person's neutral face"},
                 {IdentityNormalisation::SubtractPersonMean, "minus the person's mean face"},
                 {IdentityNormalisation::SubtractMeanOrNeutral, "minus mean or neutral (mixed)"}};
    for (const auto &m : modes) {
        auto net = FeeNet::create();
        if (!net)
            return 1;
        const TripletFeatures train = demoTripletRows(features.value(), samples, trainTriplets,
                                                      m.mode);
        const TripletFeatures test = demoTripletRows(features.value(), samples, testTriplets,
                                                     m.mode);
        // Faces are scored as the video pipeline treats them: the mixed mode's faces minus
        // their person's mean (its neutral-relative rows serve as references below).
        const cv::Mat rows = normalised(features.value(), samples,
                                        m.mode == IdentityNormalisation::SubtractMeanOrNeutral
                                            ? IdentityNormalisation::SubtractPersonMean
                                            : m.mode);
        const double before = net.value()->tripletAccuracy(test);
        const double refBefore = nearestReferenceAccuracy(*net.value(), rows, samples, testPersons);
        auto history = net.value()->train(train, test);
        if (!history) {
            std::printf("error: %s\n", qPrintable(history.error().message));
            return 1;
        }
        const double after = net.value()->tripletAccuracy(test);
        const double refAfter = nearestReferenceAccuracy(*net.value(), rows, samples, testPersons);
        std::printf("%-34s unseen-people triplet accuracy %.3f -> %.3f (trained); nearest "
                    "reference from another person %.3f -> %.3f (chance %.3f)\n",
                    m.name, before, after, refBefore, refAfter,
                    1.0 / double(demoExpressionActions().size()));
        if (m.mode == IdentityNormalisation::SubtractPersonMean
            || m.mode == IdentityNormalisation::SubtractMeanOrNeutral) {
            // What a video pipeline could do: video faces minus their identity's mean face,
            // a reference image minus a neutral image of the same person.
            const cv::Mat neutralRows = normalised(features.value(), samples,
                                                   IdentityNormalisation::SubtractNeutral);
            std::printf("%-34s nearest reference (references minus their neutral face, faces "
                        "minus their mean face): %.3f (trained head)\n",
                        "mixed",
                        nearestReferenceAccuracy(*net.value(), rows, samples, testPersons,
                                                 neutralRows));
        }
    }
    return 0;
}
