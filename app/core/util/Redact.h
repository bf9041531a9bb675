#pragma once

#include <QString>

namespace companion::util {

// How a secret may appear anywhere a person or a log can see it: its kind prefix
// and last four characters ("sk_test_…abcd", "whsec_…9f2e"); short or unknown
// strings become "****". Never reversible, never the whole secret.
QString redactSecret(const QString &secret);

// `text` with every key-looking token (sk_/rk_ test|live, whsec_) replaced by its
// redacted form: for error texts and log lines that may quote what they were given.
QString redactSecretsIn(const QString &text);

} // namespace companion::util
