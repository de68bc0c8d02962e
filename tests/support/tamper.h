#pragma once

// What an attacker holding a station's database file can do to it, for the tests that check
// what `verify` finds.

#include "testshop.h"

#include <QStringList>

namespace recaisse::test {

// Runs SQL on the file through another connection, behind the program's back. Returns the
// failure, empty when every statement ran.
QString tamper(const QString &path, const QStringList &statements);
// The same, hiding its tracks: the triggers named are dropped for the change and created again
// after it, as they were.
QString tamperHidden(
    const QString &path, const QStringList &triggers, const QStringList &statements);
// Rewrites the local station's hash chain from `fromSeq` on, as someone who knows the (public)
// hashing rule would after changing a document: every hash matches its content again.
QString rechain(TestShop &shop, qint64 fromSeq);

} // namespace recaisse::test
