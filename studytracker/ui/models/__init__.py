"""Item models that wrap the service API's plain data for stock Qt views."""
