#pragma once

#include "Confirmer.h"

namespace companion::admin {

// Asks with a QMessageBox, or with a text field when a word must be typed.
class MessageBoxConfirmer : public Confirmer
{
public:
    bool confirm(QWidget *parent, const Confirmation &confirmation) override;
};

} // namespace companion::admin
