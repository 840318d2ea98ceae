"""The Textual app: screens and widgets that render the model and send commands to the review."""
