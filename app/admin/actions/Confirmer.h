#pragma once

#include <QString>

class QWidget;

namespace companion::admin {

// A question put to the support person before an action changes something.
struct Confirmation {
    QString title;
    QString text;
    QString acceptLabel;  // "Cancel subscription", "Grant Premium", …
    bool destructive = false;
    // Live mode: the person must type this (the user's e-mail) to go on, so a
    // reflex click cannot touch a real customer.
    QString typedWord;
};

// The seam between actions and message boxes: the app asks with real dialogs,
// tests answer with a scripted confirmer.
class Confirmer
{
public:
    virtual ~Confirmer() = default;
    virtual bool confirm(QWidget *parent, const Confirmation &confirmation) = 0;
};

} // namespace companion::admin
