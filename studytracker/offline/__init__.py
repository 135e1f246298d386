"""Offline reading: a step's web resources saved for reading without internet, and its links
checked. The network is reached only here, and only when the learner asks."""
