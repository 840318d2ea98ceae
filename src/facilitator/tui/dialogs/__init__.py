"""Modal dialogs: forms, pickers, confirmations, import and export, text views."""
