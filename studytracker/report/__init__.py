"""Statistics and the progress report PDF. Uses the store's service API and QtGui for drawing;
no widgets, so the report is made with no screen."""
