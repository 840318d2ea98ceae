"""Full screens of the app: the review, presentation mode, the session picker, help, the inbox."""
