#pragma once

// The deterministic fuzz drivers' mutation: a few insertions (from an alphabet close to the
// input's own), deletions, random bytes and repeated runs.

#include <QByteArray>
#include <QRandomGenerator>

namespace recaisse::fuzz {

inline QByteArray mutated(QByteArray input, QRandomGenerator &rng, const QByteArray &alphabet)
{
    const int mutations = 1 + int(rng.bounded(6));
    for (int m = 0; m < mutations; ++m) {
        const int at = input.isEmpty() ? 0 : int(rng.bounded(int(input.size())));
        switch (rng.bounded(4)) {
        case 0:
            input.insert(at, alphabet.at(int(rng.bounded(int(alphabet.size())))));
            break;
        case 1:
            if (!input.isEmpty())
                input.remove(at, 1);
            break;
        case 2:
            if (!input.isEmpty())
                input[at] = char(rng.bounded(256));
            break;
        default:
            input.insert(at, input.mid(at, int(rng.bounded(8))));
            break;
        }
    }
    return input;
}

} // namespace recaisse::fuzz
